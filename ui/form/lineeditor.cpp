#include "lineeditor.h"

#include "formenvironment.h"
#include "spellhighlighter.h"

#include <QCompleter>
#include <QDesktopServices>
#include <QEvent>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QStyle>
#include <QToolButton>
#include <QUrl>

namespace EventDesk {

LineEditor::LineEditor(const SchemaField& field, Mode mode, const FormEnvironment* environment, QWidget* parent)
    : FieldEditor(field, environment, parent)
    , m_mode(mode)
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_edit = new QLineEdit(this);
    m_edit->setClearButtonEnabled(false);
    m_edit->setPlaceholderText(defaultText());
    layout->addWidget(m_edit, 1);

    QStringList known;
    for (const KnownValue& value : field.knownValues)
        known.append(value.value);
    if (!known.isEmpty()) {
        auto* completer = new QCompleter(known, m_edit);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        completer->setFilterMode(Qt::MatchContains);
        m_edit->setCompleter(completer);
    }

    if (m_mode == Mode::Url) {
        m_openButton = new QToolButton(this);
        m_openButton->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));
        m_openButton->setAutoRaise(true);
        m_openButton->setFocusPolicy(Qt::TabFocus);
        layout->addWidget(m_openButton);
        connect(m_openButton, &QToolButton::clicked, this,
                [this] { QDesktopServices::openUrl(QUrl(m_edit->text().trimmed())); });
    }
    connect(m_edit, &QLineEdit::textEdited, this, &LineEditor::onTextEdited);
    if (m_mode == Mode::Text && environment->spelling)
        new LineEditSpelling(m_edit, environment->spelling);
    retranslate();
}

void LineEditor::setValue(const YamlValue& value)
{
    m_value = value;
    m_edit->setText(value.isNull() ? QString() : value.toString());
    m_edit->setCursorPosition(0);
    updateUrlState();
}

bool LineEditor::accepts(const YamlValue& value) const
{
    return value.isNull() || (value.type() == YamlValue::Type::String && !value.toString().contains(QLatin1Char('\n')));
}

QWidget* LineEditor::focusTarget() const
{
    return m_edit;
}

void LineEditor::setReadOnly(bool readOnly)
{
    m_edit->setReadOnly(readOnly);
}

void LineEditor::appendTabChain(QVector<QWidget*>* chain) const
{
    chain->append(m_edit);
    if (m_openButton)
        chain->append(m_openButton);
}

void LineEditor::updateNames()
{
    FieldEditor::updateNames();
    if (m_openButton)
        nameWidget(m_openButton, QStringLiteral(":open"), tr("Open %1 in the browser").arg(label()));
}

void LineEditor::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    FieldEditor::changeEvent(event);
}

void LineEditor::retranslate()
{
    if (m_mode == Mode::Url && defaultText().isEmpty())
        m_edit->setPlaceholderText(tr("https://…"));
    if (m_openButton) {
        m_openButton->setToolTip(tr("Open the address in the web browser"));
        updateNames();
    }
}

void LineEditor::onTextEdited(const QString& text)
{
    m_value = text.isEmpty() ? emptyValue() : YamlValue::fromString(text);
    updateUrlState();
    notifyEdited();
}

void LineEditor::updateUrlState()
{
    if (!m_openButton)
        return;
    const QString text = m_edit->text().trimmed();
    const QUrl url(text, QUrl::StrictMode);
    const bool web = url.isValid() && (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"))
        && !url.host().isEmpty();
    const bool plausible = text.isEmpty() || web || text.startsWith(QLatin1Char('/'))
        || text.startsWith(QLatin1String("mailto:")) || text.startsWith(QLatin1Char('#'));
    m_openButton->setEnabled(web);
    m_edit->setToolTip(plausible ? field().help
                                 : tr("This does not look like a web address: it should start with https://"));
}

QString LineEditor::expectation() const
{
    if (m_mode == Mode::Url)
        return tr("A web address starting with https://, or an address on the site starting with /.");
    if (!field().knownValues.isEmpty())
        return tr("Text on one line; the values already used are offered as you type.");
    return tr("Text on one line.");
}

} // namespace EventDesk
