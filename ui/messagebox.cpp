#include "messagebox.h"

#include <QPushButton>

namespace EventDesk {

namespace {

QMessageBox::StandardButton nextAnswer = QMessageBox::NoButton;
int askedCount = 0;
QString lastShownText;

// Counts the question, and gives the answer set in advance (NoButton: ask).
QMessageBox::StandardButton takeAnswer(const QString& text)
{
    ++askedCount;
    lastShownText = text;
    const QMessageBox::StandardButton answer = nextAnswer;
    nextAnswer = QMessageBox::NoButton;
    return answer;
}

} // namespace

QMessageBox::StandardButton MessageBox::question(QWidget* parent,
                                                 const QString& title,
                                                 const QString& text,
                                                 QMessageBox::StandardButtons buttons,
                                                 QMessageBox::StandardButton defaultButton)
{
    if (const QMessageBox::StandardButton answer = takeAnswer(text); answer != QMessageBox::NoButton)
        return answer;
    return QMessageBox::question(parent, title, text, buttons, defaultButton);
}

QMessageBox::StandardButton MessageBox::question(QWidget* parent,
                                                 const QString& title,
                                                 const QString& text,
                                                 const QList<QPair<QMessageBox::StandardButton, QString>>& buttons,
                                                 QMessageBox::StandardButton defaultButton)
{
    if (const QMessageBox::StandardButton answer = takeAnswer(text); answer != QMessageBox::NoButton)
        return answer;
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    for (const auto& button : buttons)
        box.addButton(button.first)->setText(button.second);
    box.setDefaultButton(defaultButton);
    box.exec();
    return box.standardButton(box.clickedButton());
}

void MessageBox::warning(QWidget* parent, const QString& title, const QString& text)
{
    if (takeAnswer(text) != QMessageBox::NoButton)
        return;
    QMessageBox::warning(parent, title, text);
}

void MessageBox::setNextAnswer(QMessageBox::StandardButton answer)
{
    nextAnswer = answer;
}

int MessageBox::asked()
{
    return askedCount;
}

QString MessageBox::lastText()
{
    return lastShownText;
}

} // namespace EventDesk
