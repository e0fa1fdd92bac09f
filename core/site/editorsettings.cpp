#include "editorsettings.h"

#include "document/eventdocument.h"
#include "document/yamlparser.h"

#include <QDir>
#include <QFileInfo>

namespace EventDesk {

namespace {

QString text(const YamlValue& value)
{
    return value.isScalar() && !value.isNull() ? value.rubyString() : QString();
}

struct Reader
{
    Diagnostic* error;

    bool fail(const YamlValue& where, const QString& message)
    {
        *error = Diagnostic{Diagnostic::Severity::Error, where.line(), where.column(), message};
        return false;
    }

    // `message` says what must be a mapping.
    bool requireMap(const YamlValue& value, const QString& message)
    {
        return value.isNull() || value.type() == YamlValue::Type::Map || fail(value, message);
    }

    bool field(const QString& key, const YamlValue& value, FieldSettings* settings)
    {
        if (!requireMap(value, EditorSettings::tr("the settings of field \"%1\" must be a mapping").arg(key)))
            return false;
        for (const YamlMapEntry& entry : value.entries()) {
            const QString name = entry.key.rubyString();
            const YamlValue& v = entry.value;
            if (name == QLatin1String("label")) {
                if (v.type() == YamlValue::Type::Map) {
                    settings->labelFr = text(v.value(QStringLiteral("fr")));
                    settings->labelEn = text(v.value(QStringLiteral("en")));
                } else {
                    settings->labelFr = settings->labelEn = text(v);
                }
            } else if (name == QLatin1String("help")) {
                settings->help = text(v);
            } else if (name == QLatin1String("required") || name == QLatin1String("hidden")) {
                if (v.type() != YamlValue::Type::Bool)
                    return fail(v, EditorSettings::tr("\"%1\" of field \"%2\" must be true or false").arg(name, key));
                (name == QLatin1String("required") ? settings->hasRequired : settings->hasHidden) = true;
                (name == QLatin1String("required") ? settings->required : settings->hidden) = v.toBool();
            } else if (name == QLatin1String("order")) {
                if (v.type() != YamlValue::Type::Integer)
                    return fail(v, EditorSettings::tr("\"order\" of field \"%1\" must be a number").arg(key));
                settings->order = int(v.toInteger());
            } else if (name == QLatin1String("choices")) {
                if (v.type() != YamlValue::Type::List)
                    return fail(v, EditorSettings::tr("\"choices\" of field \"%1\" must be a list").arg(key));
                for (const YamlValue& choice : v.items())
                    settings->choices.append(text(choice));
            } else if (name == QLatin1String("widget")) {
                settings->widget = text(v);
            } else if (name == QLatin1String("role")) {
                settings->role = text(v);
            } else if (name == QLatin1String("fields")) {
                if (!fields(v, &settings->fields))
                    return false;
            } else {
                return fail(entry.key,
                            EditorSettings::tr("unknown setting \"%1\" for field \"%2\" (known: label, help, "
                                               "required, hidden, order, choices, widget, role, fields)")
                                .arg(name, key));
            }
        }
        return true;
    }

    bool fields(const YamlValue& value, QHash<QString, FieldSettings>* result)
    {
        if (!requireMap(value, EditorSettings::tr("\"fields\" must be a mapping")))
            return false;
        for (const YamlMapEntry& entry : value.entries()) {
            FieldSettings settings;
            if (!field(entry.key.rubyString(), entry.value, &settings))
                return false;
            result->insert(entry.key.rubyString(), settings);
        }
        return true;
    }

    bool slugStyle(const YamlValue& value, QString* style)
    {
        *style = text(value);
        return *style == QLatin1String("siteleaf") || *style == QLatin1String("clean")
            || fail(value, EditorSettings::tr("\"slug\" must be siteleaf or clean"));
    }
};

} // namespace

bool EditorSettings::load(const QString& siteRoot, EditorSettings* settings, QString* error)
{
    const QString path = QDir(siteRoot).filePath(QLatin1String(FileName));
    *settings = EditorSettings();
    if (!QFileInfo::exists(path))
        return true;
    QByteArray bytes;
    Diagnostic diagnostic;
    if (!EventDocument::readFile(path, &bytes, &diagnostic) || !fromYaml(bytes, settings, &diagnostic)) {
        *error = diagnostic.format(path);
        return false;
    }
    return true;
}

bool EditorSettings::fromYaml(const QByteArray& yaml, EditorSettings* settings, Diagnostic* error)
{
    YamlDocument parsed;
    if (!YamlParser::parse(yaml, &parsed, error))
        return false;
    EditorSettings result;
    Reader reader{error};
    if (!reader.requireMap(parsed.root, tr("the file must be a mapping")))
        return false;
    for (const YamlMapEntry& entry : parsed.root.entries()) {
        const QString name = entry.key.rubyString();
        if (name == QLatin1String("fields")) {
            if (!reader.fields(entry.value, &result.m_fields))
                return false;
        } else if (name == QLatin1String("slug")) {
            if (!reader.slugStyle(entry.value, &result.m_slugStyle))
                return false;
        } else if (name == QLatin1String("collections")) {
            if (!reader.requireMap(entry.value, tr("\"collections\" must be a mapping")))
                return false;
            for (const YamlMapEntry& collection : entry.value.entries()) {
                const QString label = collection.key.rubyString();
                if (!reader.requireMap(collection.value, tr("collection \"%1\" must be a mapping").arg(label)))
                    return false;
                for (const YamlMapEntry& setting : collection.value.entries()) {
                    const QString key = setting.key.rubyString();
                    if (key == QLatin1String("fields")) {
                        if (!reader.fields(setting.value, &result.m_collectionFields[label]))
                            return false;
                    } else if (key == QLatin1String("order")) {
                        if (setting.value.type() != YamlValue::Type::List)
                            return reader.fail(setting.value, tr("\"order\" must be a list of keys"));
                        for (const YamlValue& item : setting.value.items())
                            result.m_orders[label].append(text(item));
                    } else if (key == QLatin1String("slug")) {
                        QString style;
                        if (!reader.slugStyle(setting.value, &style))
                            return false;
                        result.m_collectionSlugStyles.insert(label, style);
                    } else {
                        return reader.fail(setting.key,
                                           tr("unknown setting \"%1\" for collection \"%2\" "
                                              "(known: fields, order, slug)")
                                               .arg(key, label));
                    }
                }
            }
        } else {
            return reader.fail(entry.key, tr("unknown setting \"%1\" (known: fields, collections, slug)").arg(name));
        }
    }
    *settings = result;
    return true;
}

namespace {

// `over` wins where it says something.
FieldSettings merged(const FieldSettings& base, const FieldSettings& over)
{
    FieldSettings result = base;
    if (!over.labelFr.isEmpty())
        result.labelFr = over.labelFr;
    if (!over.labelEn.isEmpty())
        result.labelEn = over.labelEn;
    if (!over.help.isEmpty())
        result.help = over.help;
    if (over.hasRequired) {
        result.hasRequired = true;
        result.required = over.required;
    }
    if (over.hasHidden) {
        result.hasHidden = true;
        result.hidden = over.hidden;
    }
    if (over.order >= 0)
        result.order = over.order;
    if (!over.choices.isEmpty())
        result.choices = over.choices;
    if (!over.widget.isEmpty())
        result.widget = over.widget;
    if (!over.role.isEmpty())
        result.role = over.role;
    for (auto it = over.fields.cbegin(); it != over.fields.cend(); ++it)
        result.fields.insert(it.key(), merged(result.fields.value(it.key()), it.value()));
    return result;
}

} // namespace

FieldSettings EditorSettings::field(const QString& collection, const QString& key) const
{
    return merged(m_fields.value(key), m_collectionFields.value(collection).value(key));
}

QStringList EditorSettings::fieldKeys(const QString& collection) const
{
    QStringList keys = m_fields.keys();
    for (const QString& key : m_collectionFields.value(collection).keys()) {
        if (!keys.contains(key))
            keys.append(key);
    }
    keys.sort();
    return keys;
}

QStringList EditorSettings::order(const QString& collection) const
{
    return m_orders.value(collection);
}

QString EditorSettings::slugStyle(const QString& collection) const
{
    return m_collectionSlugStyles.value(collection, m_slugStyle);
}

} // namespace EventDesk
