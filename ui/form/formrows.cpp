#include "formrows.h"

#include "fieldeditor.h"
#include "site/schema.h"

#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace EventDesk {

QFormLayout* FormRows::createLayout(QWidget* parent)
{
    auto* layout = new QFormLayout(parent);
    layout->setRowWrapPolicy(QFormLayout::WrapLongRows);
    layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    return layout;
}

QString FormRows::labelText(const SchemaField& field, const QString& language)
{
    // As the problems name it (SchemaField::displayLabel), in the language given.
    return field.displayLabel(language);
}

void FormRows::addRow(QFormLayout* layout, FieldEditor* editor, bool wide)
{
    const SchemaField& field = editor->field();
    QWidget* parent = layout->parentWidget();
    auto* container = new QWidget(parent);
    auto* box = new QVBoxLayout(container);
    box->setContentsMargins(0, 0, 0, 0);
    box->setSpacing(1);
    editor->setParent(container);
    box->addWidget(editor);
    // setParent() hides it; rows added to a visible form (a new group item) show at once.
    editor->show();
    if (!field.help.isEmpty()) {
        auto* help = new QLabel(field.help, container);
        help->setWordWrap(true);
        help->setObjectName(editor->path() + QStringLiteral(":help"));
        help->setForegroundRole(QPalette::PlaceholderText);
        QFont font = help->font();
        font.setPointSizeF(font.pointSizeF() * 0.9);
        help->setFont(font);
        box->addWidget(help);
    }

    const bool checkbox = editor->focusTarget() && editor->focusTarget()->inherits("QCheckBox");
    container->show();
    if (checkbox && !field.required) {
        layout->addRow(QString(), container);
        return;
    }
    QString text = editor->label().toHtmlEscaped();
    if (field.required)
        text += QStringLiteral("<span style=\"color:#b01e1e\">&nbsp;*</span>");
    auto* label = new QLabel(text, parent);
    label->setTextFormat(Qt::RichText);
    label->setObjectName(editor->path() + QStringLiteral(":label"));
    label->setToolTip(field.help);
    label->setBuddy(editor->focusTarget());
    label->show();
    if (wide) {
        QFont font = label->font();
        font.setBold(true);
        label->setFont(font);
        layout->addRow(label);
        layout->addRow(container);
    } else {
        layout->addRow(label, container);
    }
}

} // namespace EventDesk
