#include "listeditor.h"

#include "formenvironment.h"

#include <QApplication>
#include <QCompleter>
#include <QEvent>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMenu>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace EventDesk {

namespace {
constexpr int MaxQuickPicks = 15;
}

ListEditor::ListEditor(const SchemaField& field, const FormEnvironment* environment, QWidget* parent)
    : FieldEditor(field, environment, parent)
{
    for (const KnownValue& known : field.knownValues)
        m_known.append(known.value);
    for (const QString& choice : field.choices) {
        if (!m_known.contains(choice))
            m_known.append(choice);
    }

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_rowsLayout = new QVBoxLayout;
    m_rowsLayout->setSpacing(2);
    layout->addLayout(m_rowsLayout);
    m_addButton = new QToolButton(this);
    m_addButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_addButton->setIcon(QIcon::fromTheme(QStringLiteral("list-add")));
    m_addButton->setAutoRaise(true);
    if (!m_known.isEmpty()) {
        m_quickPicks = new QMenu(m_addButton);
        m_addButton->setMenu(m_quickPicks);
        m_addButton->setPopupMode(QToolButton::MenuButtonPopup);
        connect(m_quickPicks, &QMenu::aboutToShow, this, &ListEditor::fillQuickPicks);
    }
    auto* addRowLayout = new QHBoxLayout;
    addRowLayout->addWidget(m_addButton);
    addRowLayout->addStretch(1);
    layout->addLayout(addRowLayout);
    connect(m_addButton, &QToolButton::clicked, this, [this] { addEntry(QString()); });
    retranslate();
}

YamlValue ListEditor::value() const
{
    QVector<YamlValue> items;
    for (const Row& row : m_rows) {
        if (!row.modified) {
            items.append(row.original);
            continue;
        }
        const QString text = row.edit->text();
        if (!text.isEmpty())
            items.append(YamlValue::fromString(text));
    }
    return items.isEmpty() ? YamlValue() : YamlValue::fromList(items);
}

void ListEditor::setValue(const YamlValue& value)
{
    clearRows();
    for (const YamlValue& item : value.items())
        addRow(item);
    updateNames();
}

bool ListEditor::accepts(const YamlValue& value) const
{
    if (value.isNull())
        return true;
    if (value.type() != YamlValue::Type::List)
        return false;
    for (const YamlValue& item : value.items()) {
        if (item.type() != YamlValue::Type::String || item.toString().contains(QLatin1Char('\n')))
            return false;
    }
    return true;
}

QWidget* ListEditor::focusTarget() const
{
    return m_rows.isEmpty() ? static_cast<QWidget*>(m_addButton) : static_cast<QWidget*>(m_rows.first().edit);
}

void ListEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    applyReadOnly();
}

QWidget* ListEditor::widgetAt(const QString& subPath) const
{
    if (subPath.isEmpty())
        return focusTarget();
    bool ok = false;
    const int index = subPath.mid(1, subPath.size() - 2).toInt(&ok);
    if (!subPath.startsWith(QLatin1Char('[')) || !subPath.endsWith(QLatin1Char(']')) || !ok || index < 0
        || index >= m_rows.size())
        return nullptr;
    return m_rows.at(index).edit;
}

void ListEditor::appendTabChain(QVector<QWidget*>* chain) const
{
    for (const Row& row : m_rows) {
        chain->append(row.edit);
        chain->append(row.remove);
    }
    chain->append(m_addButton);
}

void ListEditor::updateNames()
{
    for (int i = 0; i < m_rows.size(); ++i) {
        const QString index = QStringLiteral("[%1]").arg(i);
        nameWidget(m_rows[i].edit, index, tr("%1, entry %2").arg(accessibleLabel()).arg(i + 1));
        m_rows[i].edit->setAccessibleDescription(accessibleHelp());
        nameWidget(m_rows[i].remove, index + QStringLiteral(":remove"),
                   tr("Remove entry %1 of %2").arg(i + 1).arg(accessibleLabel()));
        m_rows[i].remove->setAccessibleDescription(tr("Takes this entry out of the list."));
    }
    nameWidget(m_addButton, QStringLiteral(":add"), tr("Add an entry to %1").arg(accessibleLabel()));
}

void ListEditor::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    FieldEditor::changeEvent(event);
}

void ListEditor::retranslate()
{
    m_addButton->setText(tr("Add"));
    m_addButton->setToolTip(m_quickPicks ? tr("Add an entry (the arrow lists the values already used)")
                                         : tr("Add an entry"));
    for (const Row& row : m_rows)
        row.remove->setToolTip(tr("Remove this entry"));
    updateNames();
}

void ListEditor::clearRows()
{
    for (const Row& row : m_rows)
        delete row.widget;
    m_rows.clear();
}

ListEditor::Row& ListEditor::addRow(const YamlValue& value)
{
    Row row;
    row.original = value;
    row.widget = new QWidget(this);
    auto* layout = new QHBoxLayout(row.widget);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    row.edit = new QLineEdit(row.widget);
    row.edit->setText(value.toString());
    row.edit->setCursorPosition(0);
    if (!m_known.isEmpty()) {
        auto* completer = new QCompleter(m_known, row.edit);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        completer->setFilterMode(Qt::MatchContains);
        row.edit->setCompleter(completer);
    }
    layout->addWidget(row.edit, 1);
    row.remove = new QToolButton(row.widget);
    row.remove->setIcon(style()->standardIcon(QStyle::SP_LineEditClearButton));
    row.remove->setAutoRaise(true);
    row.remove->setToolTip(tr("Remove this entry"));
    row.remove->setFocusPolicy(Qt::TabFocus);
    layout->addWidget(row.remove);
    m_rowsLayout->addWidget(row.widget);
    row.widget->show();

    QWidget* rowWidget = row.widget;
    connect(row.edit, &QLineEdit::textEdited, this, [this, rowWidget] {
        const int index = rowOf(rowWidget);
        if (index < 0)
            return;
        m_rows[index].modified = true;
        notifyEdited();
    });
    connect(row.remove, &QToolButton::clicked, this, [this, rowWidget] { removeRow(rowWidget); });
    m_rows.append(row);
    applyReadOnly();
    return m_rows.last();
}

void ListEditor::addEntry(const QString& text)
{
    Row& row = addRow(text.isEmpty() ? YamlValue() : YamlValue::fromString(text));
    row.modified = true;
    row.edit->setText(text);
    QLineEdit* edit = row.edit;
    updateNames();
    edit->setFocus(Qt::OtherFocusReason);
    notifyEdited(Change::AddItem);
}

void ListEditor::removeRow(QWidget* rowWidget)
{
    const int index = rowOf(rowWidget);
    if (index < 0)
        return;
    const bool hadFocus = rowWidget->isAncestorOf(QApplication::focusWidget());
    m_rows.removeAt(index);
    rowWidget->hide();
    rowWidget->setParent(nullptr);
    rowWidget->deleteLater();
    updateNames();
    if (hadFocus) {
        QWidget* next = index < m_rows.size() ? m_rows.at(index).edit
            : m_rows.isEmpty()                ? static_cast<QWidget*>(m_addButton)
                                              : m_rows.last().edit;
        next->setFocus(Qt::OtherFocusReason);
    }
    notifyEdited(Change::RemoveItem);
}

int ListEditor::rowOf(QWidget* rowWidget) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).widget == rowWidget)
            return i;
    }
    return -1;
}

void ListEditor::fillQuickPicks()
{
    m_quickPicks->clear();
    const QVector<YamlValue> present = value().items();
    int count = 0;
    for (const QString& known : m_known) {
        if (present.contains(YamlValue::fromString(known)))
            continue;
        QAction* action = m_quickPicks->addAction(known);
        connect(action, &QAction::triggered, this, [this, known] { addEntry(known); });
        if (++count == MaxQuickPicks)
            break;
    }
    if (count == 0)
        m_quickPicks->addAction(tr("(every known value is in the list)"))->setEnabled(false);
}

void ListEditor::applyReadOnly()
{
    for (const Row& row : m_rows) {
        row.edit->setReadOnly(m_readOnly);
        row.remove->setEnabled(!m_readOnly);
    }
    m_addButton->setEnabled(!m_readOnly);
}

QString ListEditor::expectation() const
{
    return tr("A list: each entry has a text field of its own.");
}

} // namespace EventDesk
