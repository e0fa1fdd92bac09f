#pragma once

#include "spell/spellchecker.h"

#include <QSyntaxHighlighter>

class QLineEdit;

namespace EventDesk {

class SpellService;

// Underlines the misspelled words of a text document that has no other highlighting (the form's
// multi-line fields). Redraws when the service changes.
class SpellHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    SpellHighlighter(QTextDocument* document, SpellService* service, SpellChecker::TextKind kind);

protected:
    void highlightBlock(const QString& text) override;

private:
    SpellService* m_service;
    SpellChecker::TextKind m_kind;
};

// Underlines the misspelled words of a QLineEdit, and adds suggestions to its context menu. The
// underline is set as input method formats, the only styling a line edit draws; they are set
// again after every change of the text.
class LineEditSpelling : public QObject
{
    Q_OBJECT

public:
    // Attached to the line edit (its child).
    LineEditSpelling(QLineEdit* edit, SpellService* service);

    // The words underlined now.
    QVector<SpellChecker::Word> underlined() const { return m_underlined; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void update();

    QLineEdit* m_edit;
    SpellService* m_service;
    QVector<SpellChecker::Word> m_underlined;
    bool m_updating = false;
    bool m_composing = false; // the input method shows a character being composed
};

} // namespace EventDesk
