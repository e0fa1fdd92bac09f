#include "yamleditor.h"

#include "errorlabel.h"

#include "document/yamlparser.h"
#include "document/yamlwriter.h"

#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace EventDesk {

namespace {
constexpr int MinLines = 2;
constexpr int MaxLines = 10;
} // namespace

YamlEditor::YamlEditor(const SchemaField& field, const FormEnvironment* environment, QWidget* parent)
    : FieldEditor(field, environment, parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_edit = new QPlainTextEdit(this);
    m_edit->setTabChangesFocus(true);
    m_edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_edit->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    layout->addWidget(m_edit);
    m_error = new ErrorLabel(this);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();
    layout->addWidget(m_error);
    connect(m_edit, &QPlainTextEdit::textChanged, this, &YamlEditor::onTextChanged);
    updateHeight();
}

QString YamlEditor::yamlText(const YamlValue& value)
{
    if (value.isNull())
        return QString();
    QString text;
    if (value.type() == YamlValue::Type::Map) {
        text = QString::fromUtf8(YamlWriter::mapping(value));
    } else {
        // `x: value`, or `x:` then the list's lines at the key's column.
        text = QString::fromUtf8(YamlWriter::entry(QStringLiteral("x"), value));
        if (value.type() == YamlValue::Type::List)
            text = text.mid(text.indexOf(QLatin1Char('\n')) + 1);
        else
            text = text.mid(3);
    }
    if (text.endsWith(QLatin1Char('\n')))
        text.chop(1);
    return text;
}

void YamlEditor::setValue(const YamlValue& value)
{
    m_value = value;
    const QSignalBlocker blocker(m_edit);
    m_edit->setPlainText(yamlText(value));
    m_error->hide();
    updateHeight();
}

bool YamlEditor::accepts(const YamlValue&) const
{
    return true;
}

QWidget* YamlEditor::focusTarget() const
{
    return m_edit;
}

void YamlEditor::setReadOnly(bool readOnly)
{
    m_edit->setReadOnly(readOnly);
}

void YamlEditor::updateNames()
{
    FieldEditor::updateNames();
    m_error->setObjectName(path() + QStringLiteral(":error"));
    if (field().help.isEmpty())
        m_edit->setToolTip(tr("Written as YAML, as in the file"));
}

void YamlEditor::onTextChanged()
{
    updateHeight();
    QString raw = m_edit->document()->toRawText(); // no-break spaces kept
    raw.replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
    const QByteArray text = raw.toUtf8();
    YamlDocument document;
    Diagnostic error;
    if (!YamlParser::parse(text, &document, &error)) {
        m_error->setText(tr("Line %1, column %2: %3").arg(error.line).arg(error.column).arg(error.message));
        m_error->show();
        m_edit->setAccessibleDescription(m_error->text());
        return;
    }
    if (!m_error->isHidden()) {
        m_error->hide();
        m_edit->setAccessibleDescription(accessibleHelp());
    }
    m_value = document.root;
    notifyEdited();
}

void YamlEditor::updateHeight()
{
    const int lines = qBound(MinLines, m_edit->document()->blockCount(), MaxLines);
    const QMargins margins = m_edit->contentsMargins();
    const int height = lines * m_edit->fontMetrics().lineSpacing() + 2 * int(m_edit->document()->documentMargin())
        + margins.top() + margins.bottom() + 2;
    if (m_edit->height() != height)
        m_edit->setFixedHeight(height);
}

QString YamlEditor::expectation() const
{
    return tr("A value written in YAML, as in the file.");
}

} // namespace EventDesk
