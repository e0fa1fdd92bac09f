#include "imageeditor.h"

#include "errorlabel.h"

#include "formenvironment.h"
#include "uploadstore.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QStandardPaths>
#include <QUrl>
#include <QVBoxLayout>

namespace EventDesk {

ImageEditor::ImageEditor(const SchemaField& field, const FormEnvironment* environment, QWidget* parent)
    : FieldEditor(field, environment, parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    auto* pathLayout = new QHBoxLayout;
    pathLayout->setSpacing(4);
    m_edit = new QLineEdit(this);
    pathLayout->addWidget(m_edit, 1);
    m_chooseButton = new QPushButton(this);
    pathLayout->addWidget(m_chooseButton);
    layout->addLayout(pathLayout);
    m_thumbnail = new QLabel(this);
    m_thumbnail->setFixedSize(ThumbnailWidth, ThumbnailHeight);
    m_thumbnail->setAlignment(Qt::AlignCenter);
    m_thumbnail->setWordWrap(true);
    m_thumbnail->setFrameShape(QFrame::StyledPanel);
    m_thumbnail->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_thumbnail);
    m_error = new ErrorLabel(this);
    m_error->hide();
    layout->addWidget(m_error);

    connect(m_edit, &QLineEdit::textEdited, this, &ImageEditor::onTextEdited);
    connect(m_chooseButton, &QPushButton::clicked, this, &ImageEditor::chooseImage);
    retranslate();
}

void ImageEditor::setValue(const YamlValue& value)
{
    m_value = value;
    m_edit->setText(value.isNull() ? QString() : value.toString());
    m_edit->setCursorPosition(0);
    m_error->hide();
    updateThumbnail();
}

bool ImageEditor::accepts(const YamlValue& value) const
{
    return value.isNull() || (value.type() == YamlValue::Type::String && !value.toString().contains(QLatin1Char('\n')));
}

QWidget* ImageEditor::focusTarget() const
{
    return m_edit;
}

void ImageEditor::setReadOnly(bool readOnly)
{
    m_edit->setReadOnly(readOnly);
    m_chooseButton->setEnabled(!readOnly);
}

void ImageEditor::appendTabChain(QVector<QWidget*>* chain) const
{
    chain->append(m_edit);
    chain->append(m_chooseButton);
}

void ImageEditor::chooseImage()
{
    // The dialog's event loop may see the form rebuilt (the file reloaded after a change on
    // disk), and this editor deleted with it.
    const QPointer<ImageEditor> self(this);
    const QString chosen = pickFile();
    if (!self || chosen.isEmpty())
        return;
    QString error;
    const QString name = UploadStore::copyIntoFolder(chosen, environment()->context.uploadsFolder, &error);
    if (name.isEmpty()) {
        m_error->setText(error);
        m_error->show();
        return;
    }
    m_error->hide();
    m_value = YamlValue::fromString(environment()->context.uploadsUrlPrefix + name);
    m_edit->setText(m_value.toString());
    updateThumbnail();
    notifyEdited();
}

void ImageEditor::updateNames()
{
    FieldEditor::updateNames();
    nameWidget(m_chooseButton, QStringLiteral(":choose"), tr("Choose an image for %1").arg(accessibleLabel()));
    m_thumbnail->setObjectName(path() + QStringLiteral(":thumbnail"));
    m_thumbnail->setAccessibleName(tr("Preview of %1").arg(accessibleLabel()));
}

void ImageEditor::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    FieldEditor::changeEvent(event);
}

void ImageEditor::retranslate()
{
    m_chooseButton->setText(tr("Choose…"));
    m_chooseButton->setToolTip(tr("Copy an image into the site's uploads folder and use it"));
    m_edit->setPlaceholderText(tr("/uploads/image.png"));
    updateNames();
    updateThumbnail();
}

void ImageEditor::onTextEdited(const QString& text)
{
    m_value = text.isEmpty() ? emptyValue() : YamlValue::fromString(text);
    updateThumbnail();
    notifyEdited();
}

void ImageEditor::updateThumbnail()
{
    const QString path = m_edit->text().trimmed();
    m_thumbnail->setPixmap(QPixmap());
    if (path.isEmpty()) {
        m_thumbnail->setText(tr("No image"));
        return;
    }
    const QUrl url(path);
    if (!url.scheme().isEmpty() && url.scheme() != QLatin1String("file")) {
        m_thumbnail->setText(tr("Image on another site"));
        return;
    }
    // The path is a URL path: percent-encoded, from the site root; a query or fragment is not
    // part of the file.
    QString relative = QUrl::fromPercentEncoding(url.path(QUrl::FullyEncoded).toUtf8());
    while (relative.startsWith(QLatin1Char('/')))
        relative.remove(0, 1);
    const QString file = QDir(environment()->context.siteRoot).filePath(relative);
    QImageReader reader(file);
    reader.setAutoTransform(true);
    const QSize size = reader.size();
    if (size.isValid())
        reader.setScaledSize(size.scaled(ThumbnailWidth - 4, ThumbnailHeight - 4, Qt::KeepAspectRatio));
    const QImage image = reader.read();
    if (image.isNull()) {
        m_thumbnail->setText(QFileInfo::exists(file) ? tr("Not an image") : tr("Image not found"));
        m_thumbnail->setToolTip(QDir::toNativeSeparators(file));
        return;
    }
    m_thumbnail->setToolTip(QDir::toNativeSeparators(file));
    m_thumbnail->setPixmap(QPixmap::fromImage(image));
}

QString ImageEditor::pickFile()
{
    if (environment()->imagePicker)
        return environment()->imagePicker();
    // On the heap and owned by the window, not by this editor, which may go while it is open.
    const QPointer<QFileDialog> dialog = new QFileDialog(
        window(), tr("Choose an image"), QStandardPaths::writableLocation(QStandardPaths::PicturesLocation),
        tr("Images (*.png *.jpg *.jpeg *.gif *.webp *.svg);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose, false);
    dialog->setOption(QFileDialog::DontUseNativeDialog);
    dialog->setFileMode(QFileDialog::ExistingFile);
    const bool accepted = dialog->exec() == QDialog::Accepted;
    if (!dialog)
        return QString();
    const QStringList files = dialog->selectedFiles();
    delete dialog;
    return accepted && !files.isEmpty() ? files.constFirst() : QString();
}

QString ImageEditor::expectation() const
{
    return tr("The address of an image of the site, such as /uploads/image.png.");
}

} // namespace EventDesk
