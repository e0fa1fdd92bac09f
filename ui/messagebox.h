#pragma once

#include <QMessageBox>

namespace EventDesk {

// The application's questions and warnings, with a seam for tests: an answer given in advance
// is taken instead of showing the dialog (KeePassXC's MessageBox::setNextAnswer).
class MessageBox
{
public:
    static QMessageBox::StandardButton question(QWidget* parent,
                                                const QString& title,
                                                const QString& text,
                                                QMessageBox::StandardButtons buttons,
                                                QMessageBox::StandardButton defaultButton);
    // The same, with the buttons' own texts (a verb that says what happens).
    static QMessageBox::StandardButton question(QWidget* parent,
                                                const QString& title,
                                                const QString& text,
                                                const QList<QPair<QMessageBox::StandardButton, QString>>& buttons,
                                                QMessageBox::StandardButton defaultButton);
    static void warning(QWidget* parent, const QString& title, const QString& text);

    // The answer the next question() gets without asking; NoButton asks again.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    // How many questions and warnings were answered or shown since the start (for tests).
    static int asked();
    // The text of the last question or warning.
    static QString lastText();
};

} // namespace EventDesk
