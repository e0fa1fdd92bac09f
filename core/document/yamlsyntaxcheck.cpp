#include "yamlsyntaxcheck.h"

#include <yaml.h>

namespace EventDesk {

bool YamlSyntaxCheck::check(const QByteArray& yaml, Diagnostic* error)
{
    yaml_parser_t parser;
    if (!yaml_parser_initialize(&parser)) {
        *error = Diagnostic{Diagnostic::Severity::Error, 0, 0, QStringLiteral("out of memory")};
        return false;
    }
    yaml_parser_set_input_string(&parser, reinterpret_cast<const unsigned char*>(yaml.constData()),
                                 size_t(yaml.size()));
    bool ok = true;
    for (;;) {
        yaml_event_t event;
        if (!yaml_parser_parse(&parser, &event)) {
            ok = false;
            // Psych reports the context mark (where the construct that failed starts, e.g. the
            // opening quote of an unterminated string), and so do we; the problem's own position
            // follows when it is elsewhere.
            QString message = QString::fromUtf8(parser.problem ? parser.problem : "syntax error");
            const yaml_mark_t& where = parser.context ? parser.context_mark : parser.problem_mark;
            if (parser.context)
                message += QLatin1Char(' ') + QString::fromUtf8(parser.context);
            if (where.line != parser.problem_mark.line || where.column != parser.problem_mark.column) {
                message += QStringLiteral(" (the problem is at line %1, column %2)")
                               .arg(parser.problem_mark.line + 1)
                               .arg(parser.problem_mark.column + 1);
            }
            error->severity = Diagnostic::Severity::Error;
            error->line = int(where.line) + 1;
            error->column = int(where.column) + 1;
            error->message = message;
            break;
        }
        const bool done = event.type == YAML_STREAM_END_EVENT;
        yaml_event_delete(&event);
        if (done)
            break;
    }
    yaml_parser_delete(&parser);
    return ok;
}

} // namespace EventDesk
