#include "slugcommand.h"

#include "site/slug.h"

#include <QTextStream>

namespace EventDesk {

namespace {

const char usageText[] = "Usage: eventdesk-cli slug [--style siteleaf|clean] TITLE\n";

} // namespace

int SlugCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    if (arguments.size() == 1
        && (arguments.first() == QLatin1String("--help") || arguments.first() == QLatin1String("-h"))) {
        out << usageText
            << "\nPrints the file name, without extension, that a document with this TITLE gets.\n"
               "--style siteleaf (the default) names it as Siteleaf does: \"Atelier #2 : 100%\" ->\n"
               "atelier-number-2-100-percent. --style clean gives French words and only a-z, 0-9\n"
               "and hyphens: atelier-numero-2-100-pourcent. A title that starts with - follows --.\n";
        return 0;
    }
    QString style = QStringLiteral("siteleaf");
    QStringList titles;
    bool options = true;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (options && argument == QLatin1String("--")) {
            options = false;
        } else if (options && argument == QLatin1String("--style")) {
            if (i + 1 == arguments.size()) {
                err << "eventdesk-cli slug: --style needs a value (siteleaf or clean)\n";
                return 2;
            }
            style = arguments.at(++i);
        } else if (options && argument.startsWith(QLatin1String("--style="))) {
            style = argument.mid(8);
        } else if (options && argument.startsWith(QLatin1Char('-')) && argument.size() > 1) {
            err << "eventdesk-cli slug: unknown option " << argument << '\n';
            return 2;
        } else {
            titles.append(argument);
        }
    }
    if (style != QLatin1String("siteleaf") && style != QLatin1String("clean")) {
        err << "eventdesk-cli slug: unknown style \"" << style << "\" (siteleaf or clean)\n";
        return 2;
    }
    if (titles.size() != 1) {
        err << usageText << (titles.size() > 1 ? "Quote the title: it is one argument.\n" : "");
        return 2;
    }
    const QString slug = style == QLatin1String("clean") ? Slug::clean(titles.first()) : Slug::siteleaf(titles.first());
    if (slug.isEmpty()) {
        err << "eventdesk-cli slug: nothing in \"" << titles.first() << "\" can make a file name\n";
        return 2;
    }
    out << slug << '\n';
    return 0;
}

} // namespace EventDesk
