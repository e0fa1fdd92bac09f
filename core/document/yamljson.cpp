#include "yamljson.h"

#include <QHash>

#include <cmath>

namespace EventDesk {

namespace {

void writeString(const QString& text, QByteArray* out)
{
    out->append('"');
    const QByteArray utf8 = text.toUtf8();
    for (char c : utf8) {
        switch (c) {
        case '"':
            out->append("\\\"");
            break;
        case '\\':
            out->append("\\\\");
            break;
        case '\n':
            out->append("\\n");
            break;
        case '\r':
            out->append("\\r");
            break;
        case '\t':
            out->append("\\t");
            break;
        case '\b':
            out->append("\\b");
            break;
        case '\f':
            out->append("\\f");
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20)
                out->append("\\u00").append(
                    QByteArray::number(static_cast<unsigned char>(c), 16).rightJustified(2, '0'));
            else
                out->append(c);
        }
    }
    out->append('"');
}

bool writeValue(const YamlValue& value, QByteArray* out, Diagnostic* error)
{
    switch (value.type()) {
    case YamlValue::Type::Null:
        out->append("null");
        return true;
    case YamlValue::Type::Bool:
        out->append(value.toBool() ? "true" : "false");
        return true;
    case YamlValue::Type::Integer:
        out->append(value.integerText().toLatin1());
        return true;
    case YamlValue::Type::Float: {
        const double d = value.toFloat();
        if (!std::isfinite(d)) {
            *error = Diagnostic{Diagnostic::Severity::Error, value.line(), value.column(),
                                QStringLiteral("%1 cannot be written as JSON").arg(value.rubyString())};
            return false;
        }
        out->append(value.rubyString().toLatin1());
        return true;
    }
    case YamlValue::Type::String:
        writeString(value.toString(), out);
        return true;
    case YamlValue::Type::Date:
        writeString(value.toDate().toIsoString(), out);
        return true;
    case YamlValue::Type::DateTime:
        writeString(value.toDateTime().toIsoString(), out);
        return true;
    case YamlValue::Type::List: {
        out->append('[');
        bool first = true;
        for (const YamlValue& item : value.items()) {
            if (!first)
                out->append(',');
            first = false;
            if (!writeValue(item, out, error))
                return false;
        }
        out->append(']');
        return true;
    }
    case YamlValue::Type::Map: {
        // Keys become strings; two keys with the same text (1 and "1") keep the first place and
        // the last value, as a Ruby Hash filled in order does.
        QVector<QPair<QString, YamlValue>> members;
        QHash<QString, int> index;
        for (const YamlMapEntry& entry : value.entries()) {
            const QString name = entry.key.rubyString();
            const auto it = index.constFind(name);
            if (it != index.constEnd()) {
                members[*it].second = entry.value;
            } else {
                index.insert(name, int(members.size()));
                members.append({name, entry.value});
            }
        }
        out->append('{');
        bool first = true;
        for (const auto& member : members) {
            if (!first)
                out->append(',');
            first = false;
            writeString(member.first, out);
            out->append(':');
            if (!writeValue(member.second, out, error))
                return false;
        }
        out->append('}');
        return true;
    }
    }
    return false;
}

} // namespace

bool YamlJson::write(const YamlValue& value, QByteArray* json, Diagnostic* error)
{
    json->clear();
    return writeValue(value, json, error);
}

} // namespace EventDesk
