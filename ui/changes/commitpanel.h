#pragma once

#include "vcs/gitpatch.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;

namespace EventDesk {

class ErrorLabel;

// The commit part of the Changes view: an editable message, the branch to commit on (the
// current one or a new one), a Commit button and, once committed, a Push button; git's answer
// or error is shown plainly underneath.
class CommitPanel : public QWidget
{
    Q_OBJECT

public:
    explicit CommitPanel(QWidget* parent = nullptr);

    // The checkout (any folder inside it) and the identity commits are made with.
    void setRepository(const QString& folder, const PatchAuthor& author);
    // What the next commit takes: paths relative to the checkout's top folder, and the message
    // proposed (subject, blank line, body), which the user may edit.
    void setCommit(const QStringList& paths, const QString& message);
    QString message() const;
    // What git last said, or the last error.
    QString resultText() const;

Q_SIGNALS:
    void committed(const QString& commitId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void commit();
    void push();
    void showResult(const QString& text, bool error);

    QString m_folder;
    PatchAuthor m_author;
    QStringList m_paths;
    QString m_committedBranch;
    QLabel* m_messageLabel = nullptr;
    QPlainTextEdit* m_message = nullptr;
    QLabel* m_branchLabel = nullptr;
    QRadioButton* m_currentBranch = nullptr;
    QRadioButton* m_newBranch = nullptr;
    QLineEdit* m_branchName = nullptr;
    QPushButton* m_commit = nullptr;
    QPushButton* m_push = nullptr;
    ErrorLabel* m_result = nullptr;
};

} // namespace EventDesk
