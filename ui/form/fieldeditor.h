#pragma once

#include "site/schema.h"

#include <QVector>
#include <QWidget>

namespace EventDesk {

struct FormEnvironment;

// The common base of the editors of one front matter value, whatever its kind: the form asks it
// for the value, fills it without signals and hears `edited()` when the user changes it.
class FieldEditor : public QWidget
{
    Q_OBJECT

public:
    // What the last edit did: the form names undo steps after it.
    enum class Change { Value, AddItem, RemoveItem, MoveItem };

    FieldEditor(const SchemaField& field, const FormEnvironment* environment, QWidget* parent = nullptr);

    const SchemaField& field() const { return m_field; }

    virtual YamlValue value() const = 0;
    // Shows a value without emitting edited().
    virtual void setValue(const YamlValue& value) = 0;
    // Whether the editor can show the value without losing anything of it.
    virtual bool accepts(const YamlValue& value) const = 0;
    virtual QWidget* focusTarget() const = 0;
    virtual void setReadOnly(bool readOnly) = 0;

    // The widget a path inside the editor names: "" for the editor, "[2].lien" inside a group.
    // Null when there is none.
    virtual QWidget* widgetAt(const QString& subPath) const;
    // Appends the widgets the Tab key visits, in the order of the form.
    virtual void appendTabChain(QVector<QWidget*>* chain) const;

    // Names the editor: `path` ("acces[1].lignes[0].nom") becomes the object names of its
    // widgets, `label` is shown, `accessibleName` is what a screen reader says.
    void setIdentity(const QString& path, const QString& label, const QString& accessibleName);
    QString path() const { return m_path; }
    QString label() const { return m_label; }
    QString accessibleLabel() const { return m_accessibleName; }
    // The accessible description: whether the field is required, its help, and what the editor
    // expects (a date format, a web address...).
    QString accessibleHelp() const;

    Change lastChange() const { return m_lastChange; }

Q_SIGNALS:
    void edited();

protected:
    // Applies path(), label() and accessibleLabel() to the widgets. The default names the focus
    // target.
    virtual void updateNames();
    // What the editor takes, in a sentence for screen readers ("A date, such as 31/01/2027.").
    virtual QString expectation() const = 0;
    void changeEvent(QEvent* event) override;
    void notifyEdited(Change change = Change::Value);
    const FormEnvironment* environment() const { return m_environment; }
    // What an emptied text field gives: null, or an empty text for a required field.
    YamlValue emptyValue() const;
    // The default value as a text, for placeholders.
    QString defaultText() const;
    void nameWidget(QWidget* widget, const QString& suffix, const QString& accessibleName) const;

private:
    SchemaField m_field;
    const FormEnvironment* m_environment;
    QString m_path;
    QString m_label;
    QString m_accessibleName;
    Change m_lastChange = Change::Value;
};

} // namespace EventDesk
