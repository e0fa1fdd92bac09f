#include "documenteditor.h"

#include "check/frenchtypography.h"
#include "check/problem.h"
#include "check/prosefields.h"
#include "documentsession.h"
#include "markdowneditor.h"
#include "markdownhighlighter.h"
#include "markdowntoolbar.h"
#include "spellmenu.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QSplitter>
#include <QTextDocument>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace EventDesk {

namespace {

bool isInside(QObject* object, const QWidget* ancestor)
{
    for (QObject* o = object; o; o = o->parent()) {
        if (o == ancestor)
            return true;
    }
    return false;
}

} // namespace

DocumentEditor::DocumentEditor(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel)
    , m_banner(new QLabel)
    , m_form(new DocumentForm)
    , m_body(new MarkdownEditor)
    , m_formatBar(new MarkdownToolBar(m_body))
    , m_splitter(new QSplitter(Qt::Vertical))
    , m_bodyPane(new QWidget)
    , m_emptyBody(new QTextDocument(this))
{
    MarkdownEditor::prepareDocument(m_emptyBody);
    m_title->setObjectName(QStringLiteral("documentTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_banner->setObjectName(QStringLiteral("errorBanner"));
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::PlainText);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_banner->setStyleSheet(QStringLiteral("QLabel { background: #fde8e8; color: #8a1c1c; border: 1px solid #e8a0a0; "
                                           "border-radius: 3px; padding: 6px; }"));
    m_banner->hide();

    m_form->setObjectName(QStringLiteral("documentForm"));
    m_body->setObjectName(QStringLiteral("bodyEditor"));
    m_formatBar->setObjectName(QStringLiteral("formatBar"));

    auto* bodyLayout = new QVBoxLayout(m_bodyPane);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    bodyLayout->setSpacing(0);
    bodyLayout->addWidget(m_formatBar);
    bodyLayout->addWidget(m_body, 1);

    m_splitter->setObjectName(QStringLiteral("documentSplitter"));
    m_splitter->addWidget(m_form);
    m_splitter->addWidget(m_bodyPane);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({480, 320});
    m_splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_banner);
    layout->addWidget(m_splitter, 1);

    connect(m_form, &DocumentForm::edited, this, &DocumentEditor::onFormEdited);
    connect(m_body, &MarkdownEditor::topLineChanged, this, &DocumentEditor::bodyTopLineChanged);
    qApp->installEventFilter(this);
    setTabOrder(m_form, m_body);
    retranslate();
    setSession(nullptr);
}

DocumentEditor::~DocumentEditor()
{
    qApp->removeEventFilter(this);
}

void DocumentEditor::setContext(const FormContext& context)
{
    m_form->setContext(context);
}

void DocumentEditor::setSession(DocumentSession* session)
{
    for (QMetaObject::Connection& connection : m_sessionConnections)
        disconnect(connection);
    m_session = session;
    if (!session) {
        m_form->clear();
        m_body->setTextDocument(m_emptyBody);
        m_body->setReadOnly(true);
        m_banner->hide();
        setEnabled(false);
        updateHeader();
        return;
    }
    setEnabled(true);
    m_body->setReadOnly(false);
    m_body->setTextDocument(session->body());
    m_sessionConnections[0] = connect(session, &DocumentSession::valueChanged, this, [this](const QString& key) {
        if (key.isEmpty())
            m_form->setDocument(m_session->schema(), m_session->frontMatter());
        else if (!m_formEditing)
            m_form->setValue(key, m_session->frontMatter().value(key));
        updateHeader();
    });
    m_sessionConnections[1] = connect(session, &DocumentSession::rawModeChanged, this, &DocumentEditor::updateMode);
    m_sessionConnections[2] = connect(session, &DocumentSession::modifiedChanged, this, &DocumentEditor::updateHeader);
    updateMode();
}

void DocumentEditor::showUnreadable(const QString& title, const QString& message)
{
    setSession(nullptr);
    m_title->setText(title);
    m_title->setAccessibleDescription(tr("The file that cannot be read; the message below says why."));
    m_banner->setText(message);
    m_banner->setAccessibleDescription(message);
    m_banner->show();
}

void DocumentEditor::updateMode()
{
    if (!m_session)
        return;
    const bool raw = m_session->isRaw();
    m_form->setVisible(!raw);
    m_formatBar->setEnabled(!raw);
    if (raw) {
        m_form->clear();
        const Diagnostic error = m_session->rawError();
        m_banner->setText(
            tr("The front matter of this file cannot be read (line %1, column %2: %3). It is shown as text: correct "
               "it and save to get the form back.")
                .arg(error.line)
                .arg(error.column)
                .arg(error.message));
        m_banner->setAccessibleDescription(m_banner->text());
        m_banner->show();
        m_body->setFirstLineNumber(1);
        m_body->setMarkedLine(error.line, error.message);
    } else {
        m_banner->hide();
        m_body->setMarkedLine(0, QString());
        m_body->setFirstLineNumber(m_session->bodyFirstLine());
        m_form->setDocument(m_session->schema(), m_session->frontMatter());
    }
    updateHeader();
}

void DocumentEditor::updateHeader()
{
    if (!m_session) {
        m_title->setText(tr("Select a document in the list."));
        m_title->setToolTip(QString());
        m_title->setAccessibleDescription(tr("No document is open."));
        return;
    }
    QString title;
    const FieldPath titleField = m_session->schema().find(FieldRole::Title);
    if (titleField.isValid() && !m_session->isRaw())
        title = m_session->frontMatter().value(titleField.key).toString();
    if (title.isEmpty())
        title = m_session->relativePath();
    m_title->setText(m_session->isModified() ? tr("%1 (modified)").arg(title) : title);
    m_title->setToolTip(m_session->relativePath());
    // Read as the title itself, then what it is.
    m_title->setAccessibleDescription(tr("The document being edited, in the file %1.").arg(m_session->relativePath()));
}

void DocumentEditor::onFormEdited(const QString& key, const YamlValue& value, const QString& description)
{
    if (!m_session)
        return;
    QString error;
    // The form shows the value already: it is not filled again (that would move the cursor).
    m_formEditing = true;
    const bool written = m_session->setValue(key, value, description, &error);
    m_formEditing = false;
    if (!written) {
        Q_EMIT editRefused(tr("“%1” was not changed: %2").arg(key, error));
        // The field shows the value again once its editor is done sending the edit: filling it
        // now could delete the widget that is sending it.
        QMetaObject::invokeMethod(
            this,
            [this, key] {
                if (m_session && !m_session->isRaw())
                    m_form->setValue(key, m_session->frontMatter().value(key));
            },
            Qt::QueuedConnection);
    }
    updateHeader();
}

bool DocumentEditor::showProblem(const Problem& problem)
{
    if (!m_session)
        return false;
    if (!problem.field.isEmpty() && !m_session->isRaw() && m_form->focusField(problem.field))
        return true;
    if (problem.line > 0) {
        m_body->goToLine(qMax(problem.line, m_session->bodyFirstLine()), qMax(1, problem.column));
        return true;
    }
    return false;
}

void DocumentEditor::fixTypography(bool wholeDocument)
{
    if (!m_session || m_session->isRaw())
        return;
    QWidget* focus = QApplication::focusWidget();
    const bool inBody = focus == m_body || (focus && m_body->isAncestorOf(focus));
    QStringList keys;
    if (wholeDocument) {
        for (const YamlMapEntry& entry : m_session->frontMatter().entries())
            keys.append(entry.key.rubyString());
    } else if (!inBody && focus && m_form->isAncestorOf(focus)) {
        // The field's top-level key: its editors are named by path ("lieu", "acces[0].nom").
        for (QWidget* w = focus; w && w != m_form; w = w->parentWidget()) {
            const QString name = w->objectName().section(u':', -1);
            const QString key = name.section(u'[', 0, 0).section(u'.', 0, 0);
            if (!key.isEmpty() && m_session->frontMatter().contains(key)) {
                keys.append(key);
                break;
            }
        }
    }
    const QString text = tr("Fix French typography");
    m_session->undoStack()->beginMacro(text);
    for (const QString& key : std::as_const(keys)) {
        bool changed = false;
        const YamlValue fixed = ProseFields::map(
            key, m_session->frontMatter().value(key), m_session->schema(),
            [](const QString& text) { return FrenchTypography::fix(text); }, &changed);
        QString error;
        if (changed && !m_session->setValue(key, fixed, text, &error))
            Q_EMIT editRefused(tr("“%1” was not changed: %2").arg(key, error));
    }
    if (wholeDocument || inBody) {
        QTextCursor cursor = m_body->textCursor();
        if (wholeDocument || !cursor.hasSelection())
            cursor.select(QTextCursor::Document);
        const QString selected = cursor.selectedText().replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
        const QString fixed = FrenchTypography::fix(selected);
        if (fixed != selected) {
            cursor.beginEditBlock();
            cursor.insertText(fixed);
            cursor.endEditBlock();
        }
    }
    m_session->undoStack()->endMacro();
}

void DocumentEditor::setSpellService(SpellService* service)
{
    m_spelling = service;
    m_body->highlighter()->setSpellService(service);
    m_form->setSpellService(service);
}

void DocumentEditor::focusForm()
{
    if (QWidget* first = m_form->firstInput())
        first->setFocus(Qt::ShortcutFocusReason);
}

void DocumentEditor::focusBody()
{
    m_body->setFocus(Qt::ShortcutFocusReason);
}

bool DocumentEditor::eventFilter(QObject* watched, QEvent* event)
{
    // Undo and redo go through the document's stack, wherever the focus is in the pane, so that
    // form and body edits undo in the order they were made.
    const QEvent::Type type = event->type();
    if ((type == QEvent::ShortcutOverride || type == QEvent::KeyPress) && m_session && isInside(watched, this)) {
        auto* key = static_cast<QKeyEvent*>(event);
        const bool undo = key->matches(QKeySequence::Undo);
        const bool redo = key->matches(QKeySequence::Redo);
        if (undo || redo) {
            if (type == QEvent::ShortcutOverride) {
                event->accept(); // the key press comes here, not to a shortcut
                return true;
            }
            if (undo)
                m_session->undoStack()->undo();
            else
                m_session->undoStack()->redo();
            return true;
        }
    }
    if (type == QEvent::ContextMenu && watched == m_body->viewport() && m_session) {
        // The editor's own menu, with Undo and Redo taken from the document's stack, and the
        // spelling of the word under the pointer first.
        auto* menuEvent = static_cast<QContextMenuEvent*>(event);
        QMenu* menu = m_body->createStandardContextMenu(menuEvent->pos());
        SpellMenu::addTo(menu, m_spelling, m_body, menuEvent, SpellChecker::TextKind::Markdown);
        QUndoStack* stack = m_session->undoStack();
        for (QAction* action : menu->actions()) {
            if (action->objectName() == QLatin1String("edit-undo")
                || action->objectName() == QLatin1String("edit-redo")) {
                const bool undo = action->objectName() == QLatin1String("edit-undo");
                disconnect(action, &QAction::triggered, nullptr, nullptr);
                action->setEnabled(undo ? stack->canUndo() : stack->canRedo());
                connect(action, &QAction::triggered, stack, undo ? &QUndoStack::undo : &QUndoStack::redo);
            }
        }
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(menuEvent->globalPos());
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void DocumentEditor::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DocumentEditor::retranslate()
{
    m_banner->setAccessibleName(tr("Problem with this file"));
    m_form->setAccessibleName(tr("Fields of the document"));
    m_body->setAccessibleName(tr("Body of the document, in Markdown"));
    updateHeader();
}

} // namespace EventDesk
