#include "newdocumentdialog.h"

#include "focusstyle.h"

#include "site/newdocument.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace EventDesk {

NewDocumentDialog::NewDocumentDialog(const SiteConfig& config,
                                     const EditorSettings& settings,
                                     const CollectionSchema& schema,
                                     QWidget* parent)
    : QDialog(parent)
    , m_config(config)
    , m_settings(settings)
    , m_schema(schema)
    , m_title(new QLineEdit)
    , m_file(new QLabel)
    , m_url(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    const QString collection = config.collectionTitle(schema.collection);
    setWindowTitle(tr("New Document in %1").arg(collection));
    m_title->setObjectName(QStringLiteral("newDocumentTitle"));
    m_title->setAccessibleName(tr("Title"));
    m_title->setAccessibleDescription(tr("The file name and the address on the site are made from it."));
    m_title->setPlaceholderText(tr("The title of the page, as visitors will read it"));
    m_title->setMinimumWidth(420);
    for (QLabel* label : {m_file, m_url}) {
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setWordWrap(true);
        QPalette palette = label->palette();
        palette.setColor(QPalette::WindowText, palette.color(QPalette::PlaceholderText));
        label->setPalette(palette);
    }
    m_file->setObjectName(QStringLiteral("newDocumentFile"));
    m_file->setAccessibleName(tr("File name"));
    m_url->setObjectName(QStringLiteral("newDocumentUrl"));
    m_url->setAccessibleName(tr("Address on the site"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("File:"), m_file);
    form->addRow(tr("Address:"), m_url);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    m_buttons->button(QDialogButtonBox::Ok)->setAccessibleDescription(tr("Creates the file and opens it in the form."));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleDescription(tr("Closes this window; no file is made."));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_title, &QLineEdit::textChanged, this, &NewDocumentDialog::updatePreview);
    FocusStyle::applyToButtons(this); // Create is the default button: its focus must show too
    updatePreview();
}

QString NewDocumentDialog::title() const
{
    return m_title->text().simplified();
}

void NewDocumentDialog::setTitle(const QString& title)
{
    m_title->setText(title);
    m_title->selectAll();
}

QString NewDocumentDialog::fileName() const
{
    return m_fileName;
}

QString NewDocumentDialog::url() const
{
    return m_urlText;
}

void NewDocumentDialog::updatePreview()
{
    m_fileName.clear();
    m_urlText.clear();
    NewDocument document;
    document.collection = m_schema.collection;
    document.title = title();
    NewDocument::Result result;
    QString error;
    if (!document.title.isEmpty() && document.prepare(m_config, m_settings, m_schema, &result, &error)) {
        m_fileName = result.relativePath;
        m_urlText = result.url;
    }
    m_file->setText(m_fileName.isEmpty() ? tr("(type a title)") : m_fileName);
    m_url->setText(m_fileName.isEmpty() ? QString() : m_urlText.isEmpty() ? tr("not published") : m_urlText);
    // Their names say what they are: the values are read as their descriptions.
    m_file->setAccessibleDescription(m_file->text());
    m_url->setAccessibleDescription(m_url->text().isEmpty() ? tr("Known once a title is typed.") : m_url->text());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_fileName.isEmpty());
}

} // namespace EventDesk
