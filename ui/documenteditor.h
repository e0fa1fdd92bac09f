#pragma once

#include "documentform.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QSplitter;
class QTextDocument;
class QToolBar;

namespace EventDesk {

class DocumentSession;
class MarkdownEditor;
class SpellService;
struct Problem;

// The centre of the window: one document's title, its front matter as a form generated from
// the collection's schema, and its Markdown body with a formatting tool bar. Edits go to the
// DocumentSession (one undo stack for both); Ctrl+Z anywhere in the pane undoes through it.
// A file whose front matter does not parse shows as raw text with the error line marked.
class DocumentEditor : public QWidget
{
    Q_OBJECT

public:
    explicit DocumentEditor(QWidget* parent = nullptr);
    ~DocumentEditor() override;

    void setContext(const FormContext& context);
    // Shows a session (null: nothing). The session is not owned.
    void setSession(DocumentSession* session);
    DocumentSession* session() const { return m_session; }
    // Shows why a document cannot be opened at all, instead of a session.
    void showUnreadable(const QString& title, const QString& message);

    DocumentForm* form() const { return m_form; }
    MarkdownEditor* bodyEditor() const { return m_body; }
    // Spelling in the body and the form's text fields (the service outlives the editor).
    void setSpellService(SpellService* service);
    QSplitter* splitter() const { return m_splitter; }
    QToolBar* formatBar() const { return m_formatBar; }

    // Moves the cursor to where a problem is: its form field or its line.
    bool showProblem(const Problem& problem);
    void focusForm();
    void focusBody();
    // French typography fixed (FrenchTypography) as one undoable step: in the body's selection,
    // else in the whole body when the body has the focus, else in the field that has it; or,
    // with `wholeDocument`, in every text of the front matter and the body.
    void fixTypography(bool wholeDocument);

Q_SIGNALS:
    // The first body line in view changed by scrolling the editor.
    void bodyTopLineChanged(int fileLine);
    // A form edit could not be written (the reason, for the status bar).
    void editRefused(const QString& message);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateMode();
    void updateHeader();
    void onFormEdited(const QString& key, const YamlValue& value, const QString& description);

    QPointer<DocumentSession> m_session;
    QLabel* m_title;
    QLabel* m_banner;
    DocumentForm* m_form;
    MarkdownEditor* m_body;
    QToolBar* m_formatBar;
    QSplitter* m_splitter;
    QWidget* m_bodyPane;
    QTextDocument* m_emptyBody; // shown when no document is
    SpellService* m_spelling = nullptr;
    QMetaObject::Connection m_sessionConnections[3];
    bool m_formEditing = false; // a form edit is being written
};

} // namespace EventDesk
