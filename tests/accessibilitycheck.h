#pragma once

#include "changesdialog.h"
#include "site/siteconfig.h"
#include "testgit.h"
#include "vcs/sitechanges.h"

#include <QAbstractItemView>
#include <QAbstractScrollArea>
#include <QAccessible>
#include <QColor>
#include <QMetaEnum>
#include <QPalette>
#include <QStringList>
#include <QWidget>

#include <memory>

// What the accessibility tests share: which widgets a screen reader must be able to name and
// describe, and high-contrast palettes. (The WCAG contrast ratio: HighlightPalette::contrast.)
namespace EventDesk::A11y {

// The roles of the controls a user acts on or reads: each must have a name and a description.
inline bool isControlRole(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::PushButton:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::SpinBox:
    case QAccessible::EditableText:
    case QAccessible::Document:
    case QAccessible::List:
    case QAccessible::Tree:
    case QAccessible::Table:
    case QAccessible::PageTabList:
    case QAccessible::Slider:
    case QAccessible::ProgressBar:
        return true;
    default:
        return false;
    }
}

inline QString describe(const QWidget* widget, QAccessible::Role role)
{
    return QStringLiteral("%1 \"%2\" (%3)")
        .arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName(),
             QString::fromLatin1(QMetaEnum::fromType<QAccessible::Role>().valueToKey(role)));
}

// What is wrong with one widget for a screen reader: empty when it has a name and a description
// that says more than the name, through QAccessible as an assistive technology reads them.
inline QString problemOf(QWidget* widget, bool mustBeControl = false)
{
    // A widget that hands its focus to another (a combo box's line edit) is read as that one.
    if (widget->focusProxy() && !mustBeControl)
        return QString();
    QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(widget);
    if (!accessible)
        return mustBeControl ? QStringLiteral("%1: no accessible interface").arg(widget->objectName()) : QString();
    const QAccessible::Role role = accessible->role();
    // Content in a scroll area (the form) is read through the area: it is a control too.
    // (Not a view's header: a screen reader reads it through its view's table.)
    const bool scrollArea = qobject_cast<QAbstractScrollArea*>(widget) && !qobject_cast<QAbstractItemView*>(widget)
        && role == QAccessible::Client;
    if (!mustBeControl && !isControlRole(role) && !scrollArea)
        return QString();
    const QString name = accessible->text(QAccessible::Name).trimmed();
    const QString description = accessible->text(QAccessible::Description).trimmed();
    if (name.isEmpty())
        return describe(widget, role) + QStringLiteral(": no name");
    if (description.isEmpty())
        return describe(widget, role) + QStringLiteral(": no description for \"%1\"").arg(name);
    if (description.compare(name, Qt::CaseInsensitive) == 0)
        return describe(widget, role) + QStringLiteral(": the description repeats the name \"%1\"").arg(name);
    return QString();
}

// Every visible control under `root` (and `root` itself) without a name or a useful description.
inline QStringList unnamedControls(QWidget* root)
{
    QStringList problems;
    QList<QWidget*> widgets = root->findChildren<QWidget*>();
    widgets.prepend(root);
    for (QWidget* widget : std::as_const(widgets)) {
        if (!widget->isVisible())
            continue;
        const QString problem = problemOf(widget);
        if (!problem.isEmpty())
            problems.append(problem);
    }
    return problems;
}

// High-contrast palettes as the desktop's accessibility settings give them: light text on black
// (yellow selection), or black text on white (blue selection).
inline QPalette highContrastPalette(bool dark)
{
    const QColor background = dark ? Qt::black : Qt::white;
    const QColor text = dark ? Qt::white : Qt::black;
    const QColor highlight = dark ? QColor(Qt::yellow) : QColor(0, 0, 160);
    const QColor highlightedText = dark ? Qt::black : Qt::white;
    QPalette palette;
    for (QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        for (QPalette::ColorRole role :
             {QPalette::Window, QPalette::Base, QPalette::AlternateBase, QPalette::Button, QPalette::ToolTipBase})
            palette.setColor(group, role, background);
        for (QPalette::ColorRole role :
             {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::ToolTipText, QPalette::BrightText})
            palette.setColor(group, role, text);
        palette.setColor(group, QPalette::PlaceholderText, dark ? QColor(200, 200, 200) : QColor(60, 60, 60));
        palette.setColor(group, QPalette::Highlight, highlight);
        palette.setColor(group, QPalette::HighlightedText, highlightedText);
        palette.setColor(group, QPalette::Link, dark ? QColor(Qt::cyan) : QColor(0, 0, 200));
        palette.setColor(group, QPalette::LinkVisited, dark ? QColor(255, 128, 255) : QColor(128, 0, 128));
        palette.setColor(group, QPalette::Light, text);
        palette.setColor(group, QPalette::Midlight, text);
        palette.setColor(group, QPalette::Mid, text);
        palette.setColor(group, QPalette::Dark, text);
        palette.setColor(group, QPalette::Shadow, text);
    }
    return palette;
}

// A git checkout of a committed then edited site (testgit.h) made in `root`, its changes shown in a
// changes dialog of 900 × 600 (not shown yet); null with `error` said when that failed.
inline std::unique_ptr<ChangesDialog> gitChangesDialog(const QString& root, QString* error)
{
    if (!TestGit::committedThenEdited(root)) {
        *error = QStringLiteral("the git site could not be made in ") + root;
        return nullptr;
    }
    ChangesContext context;
    if (!SiteConfig::load(root, &context.config, error))
        return nullptr;
    context.root = root;
    context.isGit = true;
    QVector<FileChange> changes;
    if (!SiteChanges::againstGit(root, &changes, error))
        return nullptr;
    if (changes.isEmpty()) {
        *error = QStringLiteral("no changes in ") + root;
        return nullptr;
    }
    auto dialog = std::make_unique<ChangesDialog>(context);
    dialog->setChanges(changes);
    dialog->resize(900, 600);
    return dialog;
}

} // namespace EventDesk::A11y
