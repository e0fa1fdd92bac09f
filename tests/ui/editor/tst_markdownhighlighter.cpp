#include "highlightpalette.h"
#include "markdownhighlighter.h"

#include <QPalette>
#include <QPlainTextDocumentLayout>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>

using namespace EventDesk;

namespace {

// The format the highlighter gave to one character.
QTextCharFormat formatAt(const QTextDocument& document, int line, int column)
{
    const QTextBlock block = document.findBlockByNumber(line);
    for (const QTextLayout::FormatRange& range : block.layout()->formats()) {
        if (column >= range.start && column < range.start + range.length)
            return range.format;
    }
    return {};
}

// Whether `format` carries every property of the role's format.
bool hasRole(const QTextCharFormat& format, MarkdownRole role, const HighlightPalette& palette)
{
    const QMap<int, QVariant> properties = palette.format(role).properties();
    for (auto it = properties.begin(); it != properties.end(); ++it) {
        if (format.property(it.key()) != it.value())
            return false;
    }
    return !properties.isEmpty();
}

QPalette darkPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
    palette.setColor(QPalette::Text, QColor(0xdf, 0xe1, 0xe5));
    palette.setColor(QPalette::Highlight, QColor(0x2f, 0x65, 0xca));
    return palette;
}

QPalette lightPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::Text, Qt::black);
    palette.setColor(QPalette::Highlight, QColor(0x30, 0x8c, 0xc6));
    return palette;
}

const QString None = QStringLiteral("none");

} // namespace

class TestMarkdownHighlighter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roles_data();
    void roles();
    void plainTextHasNoFormat();
    void setextHeadingFollowsItsUnderline();
    void frontMatterOfAWholeFile();
    void colorsAreReadable_data();
    void colorsAreReadable();
};

void TestMarkdownHighlighter::roles_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("role"); // a MarkdownRole name, or "none"

    const auto row = [](const char* name, const char* text, int line, int column, const char* role) {
        QTest::newRow(name) << QString::fromUtf8(text) << line << column << QString::fromLatin1(role);
    };
    row("liquid tag", "Hello {% include encart.html %} there", 0, 8, "Liquid");
    row("text before liquid", "Hello {% include encart.html %} there", 0, 2, "none");
    row("liquid output", "Le {{ page.lieu }} accueille", 0, 6, "Liquid");
    row("liquid inside code", "`{{ x }}`", 0, 3, "Liquid");
    row("attribute list", "Un paragraphe\n{: .encadre #programme}", 1, 4, "Attribute");
    row("span attribute list", "[lien](https://a.fr){:target=\"_blank\"}", 0, 24, "Attribute");
    row("underscores of an attribute are not emphasis", "[lien](https://a.fr){:target=\"_blank\"}", 0, 32, "Attribute");
    row("short attribute list", "> {:.text-center}", 0, 4, "Attribute");
    row("options extension", "{::options parse_block_html=\"true\" /}", 0, 5, "Attribute");
    row("kramdown comment opening", "{::comment}\nhidden text\n{:/comment}\nafter", 0, 3, "Attribute");
    row("kramdown comment body", "{::comment}\nhidden text\n{:/comment}\nafter", 1, 2, "Comment");
    row("after a kramdown comment", "{::comment}\nhidden text\n{:/comment}\nafter", 3, 1, "none");
    row("fenced code line", "```ruby\nputs 'x'\n# not a heading\n```\n# Heading", 1, 1, "CodeBlock");
    row("hash inside fenced code", "```ruby\nputs 'x'\n# not a heading\n```\n# Heading", 2, 3, "CodeBlock");
    row("fence marker", "```ruby\nputs 'x'\n```", 0, 1, "Marker");
    row("heading after fenced code", "```ruby\nputs 'x'\n# not a heading\n```\n# Heading", 4, 3, "Heading");
    row("tilde fence", "~~~\n*not emphasis*\n~~~\n*emphasis*", 1, 3, "CodeBlock");
    row("after tilde fence", "~~~\n*not emphasis*\n~~~\n*emphasis*", 3, 3, "Emphasis");
    row("longer closing fence needed", "````\n```\nstill code\n````", 2, 1, "CodeBlock");
    row("indented code", "Para\n\n    code line", 2, 5, "CodeBlock");
    row("lazy continuation is not code", "Para\n    continued", 1, 5, "none");
    row("list continuation is not code", "* item\n\n    more of the item", 2, 5, "none");
    row("atx heading text", "## Programme", 0, 4, "Heading");
    row("atx heading marker", "## Programme", 0, 0, "Marker");
    row("heading without space", "###Programme", 0, 4, "Heading");
    row("setext heading text", "Title\n=====", 0, 1, "Heading");
    row("setext underline", "Title\n=====", 1, 0, "Marker");
    row("dashes after a blank line are a rule", "Text\n\n---", 2, 1, "Rule");
    row("strong", "a **bold** b", 0, 4, "Strong");
    row("strong marker", "a **bold** b", 0, 2, "Marker");
    row("strong with underscores", "a __bold__ b", 0, 4, "Strong");
    row("emphasis", "a *it* b", 0, 3, "Emphasis");
    row("emphasis with underscores", "a _it_ b", 0, 3, "Emphasis");
    row("snake_case is not emphasis", "a snake_case_name b", 0, 9, "none");
    row("bold inside a list item", "* **[14h]** Accueil", 0, 5, "Strong");
    row("inline code", "use `x*y*z` here", 0, 6, "Code");
    row("star inside code", "use `x*y*z` here", 0, 7, "Code");
    row("link text", "see [the site](https://x.org) now", 0, 6, "LinkText");
    row("link url", "see [the site](https://x.org) now", 0, 17, "LinkUrl");
    row("underscores of a url are not emphasis", "[a](https://x.org/a_b_c)", 0, 20, "LinkUrl");
    row("image alt", "![alt text](/uploads/a_b_c.png)", 0, 3, "LinkText");
    row("image source", "![alt text](/uploads/a_b_c.png)", 0, 15, "LinkUrl");
    row("reference link", "[text][ref]", 0, 8, "LinkUrl");
    row("reference definition", "[ref]: https://x.org \"Title\"", 0, 9, "LinkUrl");
    row("autolink", "<https://x.org/a_b_>", 0, 5, "LinkUrl");
    row("bullet", "* item", 0, 0, "ListMarker");
    row("bullet item text", "* item", 0, 3, "none");
    row("number", "12. item", 0, 1, "ListMarker");
    row("blockquote", "> quoted", 0, 0, "Marker");
    row("rule", "* * *", 0, 0, "Rule");
    row("html tag", "<div class=\"x\">text</div>", 0, 3, "HtmlTag");
    row("text between tags", "<div class=\"x\">text</div>", 0, 16, "none");
    row("html tag on two lines", "<iframe src=\"x\"\n  width=\"5\"></iframe>\ntext", 1, 3, "HtmlTag");
    row("after a two-line tag", "<iframe src=\"x\"\n  width=\"5\"></iframe>\ntext", 2, 1, "none");
    row("html comment on three lines", "<!-- a\nb\n--> c", 1, 0, "Comment");
    row("after a comment", "<!-- a\nb\n--> c", 2, 4, "none");
    row("escaped stars", "a \\*not\\* b", 0, 4, "none");
    row("plain text", "Just words.", 0, 3, "none");
}

void TestMarkdownHighlighter::roles()
{
    QFETCH(QString, text);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, role);

    QTextDocument document;
    document.setDocumentLayout(new QPlainTextDocumentLayout(&document)); // as in the editor
    auto* highlighter = new MarkdownHighlighter(&document);
    highlighter->setPalette(HighlightPalette(lightPalette()));
    QCoreApplication::processEvents(); // the highlighter's first, delayed pass
    document.setPlainText(text);
    const QTextCharFormat format = formatAt(document, line, column);
    if (role == None) {
        QVERIFY2(format.properties().isEmpty(),
                 qPrintable(QStringLiteral("%1 properties").arg(format.propertyCount())));
        return;
    }
    static const QHash<QString, MarkdownRole> roles = {
        {QStringLiteral("Heading"), MarkdownRole::Heading},       {QStringLiteral("Marker"), MarkdownRole::Marker},
        {QStringLiteral("ListMarker"), MarkdownRole::ListMarker}, {QStringLiteral("Emphasis"), MarkdownRole::Emphasis},
        {QStringLiteral("Strong"), MarkdownRole::Strong},         {QStringLiteral("Code"), MarkdownRole::Code},
        {QStringLiteral("CodeBlock"), MarkdownRole::CodeBlock},   {QStringLiteral("LinkText"), MarkdownRole::LinkText},
        {QStringLiteral("LinkUrl"), MarkdownRole::LinkUrl},       {QStringLiteral("Rule"), MarkdownRole::Rule},
        {QStringLiteral("HtmlTag"), MarkdownRole::HtmlTag},       {QStringLiteral("Comment"), MarkdownRole::Comment},
        {QStringLiteral("Attribute"), MarkdownRole::Attribute},   {QStringLiteral("Liquid"), MarkdownRole::Liquid},
    };
    QVERIFY(roles.contains(role));
    QVERIFY2(hasRole(format, roles.value(role), highlighter->palette()),
             qPrintable(QStringLiteral("no %1 format at %2:%3").arg(role).arg(line).arg(column)));
}

void TestMarkdownHighlighter::plainTextHasNoFormat()
{
    QTextDocument document;
    document.setDocumentLayout(new QPlainTextDocumentLayout(&document)); // as in the editor
    new MarkdownHighlighter(&document);
    QCoreApplication::processEvents();
    document.setPlainText(QStringLiteral("Une phrase simple, sans balise.\n\nUne autre phrase : 10 % de 3 * 4."));
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next())
        QVERIFY2(block.layout()->formats().isEmpty(), qPrintable(block.text()));
}

void TestMarkdownHighlighter::setextHeadingFollowsItsUnderline()
{
    QTextDocument document;
    document.setDocumentLayout(new QPlainTextDocumentLayout(&document)); // as in the editor
    auto* highlighter = new MarkdownHighlighter(&document);
    QCoreApplication::processEvents();
    document.setPlainText(QStringLiteral("Titre\n"));
    QVERIFY(!hasRole(formatAt(document, 0, 1), MarkdownRole::Heading, highlighter->palette()));

    // Typing the underline turns the line above into a heading...
    QTextCursor cursor(document.findBlockByNumber(1));
    cursor.insertText(QStringLiteral("---"));
    QTRY_VERIFY(hasRole(formatAt(document, 0, 1), MarkdownRole::Heading, highlighter->palette()));
    QVERIFY(hasRole(formatAt(document, 1, 0), MarkdownRole::Marker, highlighter->palette()));

    // ...and making it something else turns it back.
    cursor.insertText(QStringLiteral(" x"));
    QTRY_VERIFY(!hasRole(formatAt(document, 0, 1), MarkdownRole::Heading, highlighter->palette()));
}

void TestMarkdownHighlighter::frontMatterOfAWholeFile()
{
    QTextDocument document;
    document.setDocumentLayout(new QPlainTextDocumentLayout(&document));
    auto* highlighter = new MarkdownHighlighter(&document);
    QCoreApplication::processEvents();
    const HighlightPalette& palette = highlighter->palette();
    document.setPlainText(QStringLiteral("---\ntitle: 'Atelier : design'\ntags:\n- Design\nlien: x\n---\n# Titre"));

    // A body: the first line is a rule, "lien: x" above "---" a setext heading.
    QVERIFY(hasRole(formatAt(document, 0, 0), MarkdownRole::Rule, palette));
    QVERIFY(hasRole(formatAt(document, 4, 1), MarkdownRole::Heading, palette));

    highlighter->setFrontMatterAllowed(true);
    QVERIFY(hasRole(formatAt(document, 0, 0), MarkdownRole::Marker, palette));
    QVERIFY(hasRole(formatAt(document, 1, 2), MarkdownRole::Attribute, palette)); // title:
    QVERIFY(!hasRole(formatAt(document, 1, 10), MarkdownRole::Attribute, palette)); // its value
    QVERIFY(hasRole(formatAt(document, 3, 0), MarkdownRole::ListMarker, palette));
    QVERIFY(!hasRole(formatAt(document, 4, 6), MarkdownRole::Heading, palette));
    QVERIFY(hasRole(formatAt(document, 5, 0), MarkdownRole::Marker, palette));
    QVERIFY(hasRole(formatAt(document, 6, 3), MarkdownRole::Heading, palette)); // the body again
}

void TestMarkdownHighlighter::colorsAreReadable_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::newRow("light") << lightPalette();
    QTest::newRow("dark") << darkPalette();
}

void TestMarkdownHighlighter::colorsAreReadable()
{
    QFETCH(QPalette, palette);
    const HighlightPalette colors(palette);
    QCOMPARE(colors.isDark(), palette.color(QPalette::Base).lightness() < 128);
    const QColor base = palette.color(QPalette::Base);
    for (int role = int(MarkdownRole::Heading); role <= int(MarkdownRole::Liquid); ++role) {
        const QTextCharFormat format = colors.format(MarkdownRole(role));
        if (!format.hasProperty(QTextFormat::ForegroundBrush))
            continue;
        const QColor background = format.hasProperty(QTextFormat::BackgroundBrush) ? format.background().color() : base;
        const double contrast = HighlightPalette::contrast(format.foreground().color(), background);
        QVERIFY2(contrast >= 4.4, qPrintable(QStringLiteral("role %1: contrast %2").arg(role).arg(contrast)));
    }
    // The line backgrounds stay close to the base, so the text on them stays readable.
    const QColor text = palette.color(QPalette::Text);
    QVERIFY(HighlightPalette::contrast(text, colors.currentLineBackground()) >= 7);
    QVERIFY(HighlightPalette::contrast(text, colors.markedLineBackground()) >= 7);
    QVERIFY(colors.currentLineBackground() != base);
    QVERIFY(colors.markedLineBackground().red() > colors.markedLineBackground().green());
}

QTEST_MAIN(TestMarkdownHighlighter)
#include "tst_markdownhighlighter.moc"
