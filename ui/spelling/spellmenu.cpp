#include "spellmenu.h"

#include "spellservice.h"

#include <QContextMenuEvent>
#include <QCoreApplication>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPointer>
#include <QTextBlock>
#include <QTextLayout>

namespace EventDesk {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("EventDesk::SpellMenu", text);
}

} // namespace

bool SpellMenu::addTo(QMenu* menu,
                      SpellService* service,
                      QPlainTextEdit* edit,
                      const QContextMenuEvent* event,
                      SpellChecker::TextKind kind)
{
    if (edit->isReadOnly())
        return false;
    const QTextCursor at =
        event->reason() == QContextMenuEvent::Mouse ? edit->cursorForPosition(event->pos()) : edit->textCursor();
    const QTextBlock block = at.block();
    if (!isUnderlined(block, at.positionInBlock()))
        return false;
    const QPointer<QPlainTextEdit> editor = edit;
    return addTo(menu, service, block.text(), at.positionInBlock(), kind,
                 [editor, start = block.position()](int position, int length, const QString& replacement) {
                     if (!editor)
                         return;
                     QTextCursor cursor(editor->document());
                     cursor.setPosition(start + position);
                     cursor.setPosition(start + position + length, QTextCursor::KeepAnchor);
                     cursor.insertText(replacement);
                 });
}

bool SpellMenu::isUnderlined(const QTextBlock& block, int positionInBlock)
{
    if (!block.isValid() || !block.layout())
        return false;
    const QList<QTextLayout::FormatRange> formats = block.layout()->formats();
    for (const QTextLayout::FormatRange& range : formats) {
        if (range.format.underlineStyle() == QTextCharFormat::SpellCheckUnderline && positionInBlock >= range.start
            && positionInBlock <= range.start + range.length)
            return true;
    }
    return false;
}

SpellChecker::Word
SpellMenu::wordAt(const SpellService* service, const QString& text, int position, SpellChecker::TextKind kind)
{
    if (!service || !service->isActive())
        return {};
    const QVector<SpellChecker::Word> wrong = service->misspelled(text, kind);
    for (const SpellChecker::Word& word : wrong) {
        if (position >= word.position && position <= word.position + word.length)
            return word;
    }
    return {};
}

bool SpellMenu::addTo(QMenu* menu,
                      SpellService* service,
                      const QString& text,
                      int position,
                      SpellChecker::TextKind kind,
                      const Replace& replace)
{
    const SpellChecker::Word word = wordAt(service, text, position, kind);
    if (word.length == 0)
        return false;
    const QString written = text.mid(word.position, word.length);
    QAction* before = menu->actions().isEmpty() ? nullptr : menu->actions().constFirst();
    QList<QAction*> added;
    const QStringList suggestions = service->suggestions(written);
    for (const QString& suggestion : suggestions) {
        auto* action = new QAction(suggestion, menu);
        action->setObjectName(QStringLiteral("spelling-suggestion"));
        QFont font = action->font();
        font.setBold(true);
        action->setFont(font);
        QObject::connect(action, &QAction::triggered, menu,
                         [replace, word, suggestion] { replace(word.position, word.length, suggestion); });
        added.append(action);
    }
    if (suggestions.isEmpty()) {
        auto* none = new QAction(tr("No Suggestions"), menu);
        none->setEnabled(false);
        added.append(none);
    }
    auto* separator = new QAction(menu);
    separator->setSeparator(true);
    added.append(separator);
    auto* add = new QAction(tr("Add “%1” to Dictionary").arg(written), menu);
    add->setObjectName(QStringLiteral("spelling-add"));
    QObject::connect(add, &QAction::triggered, menu, [service, written] { service->addToDictionary(written); });
    added.append(add);
    auto* ignore = new QAction(tr("Ignore “%1”").arg(written), menu);
    ignore->setObjectName(QStringLiteral("spelling-ignore"));
    QObject::connect(ignore, &QAction::triggered, menu, [service, written] { service->ignore(written); });
    added.append(ignore);
    if (before) {
        auto* end = new QAction(menu);
        end->setSeparator(true);
        added.append(end);
    }
    menu->insertActions(before, added);
    return true;
}

} // namespace EventDesk
