#pragma once

#include "site/editorsettings.h"
#include "site/schema.h"
#include "site/siteconfig.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace EventDesk {

// Asks for the title of a new document and shows, as it is typed, the file it will be saved in
// and the address the site will give it (NewDocument::prepare: nothing is written here).
class NewDocumentDialog : public QDialog
{
    Q_OBJECT

public:
    NewDocumentDialog(const SiteConfig& config,
                      const EditorSettings& settings,
                      const CollectionSchema& schema,
                      QWidget* parent = nullptr);

    QString title() const;
    void setTitle(const QString& title);
    // The file name shown for the current title ("_evenements/atelier.markdown"), empty when none.
    QString fileName() const;
    QString url() const;

private:
    void updatePreview();

    SiteConfig m_config;
    EditorSettings m_settings;
    CollectionSchema m_schema;
    QLineEdit* m_title;
    QLabel* m_file;
    QLabel* m_url;
    QDialogButtonBox* m_buttons;
    QString m_fileName;
    QString m_urlText;
};

} // namespace EventDesk
