#include "render/kramdowntext.h"
#include "render/markdownrenderer.h"
#include "testfiles.h"

#include <QDir>
#include <QTest>

using namespace EventDesk;

// Golden tests: each folder of tests/data/render holds input.md and the expected.html the
// renderer gives. Except for the Liquid placeholder and the safety rules (where the preview
// departs from the site on purpose), each expected.html shows the same text, elements and
// attributes as kramdown 2.4 configured as Jekyll configures it (checked with
// ../shared/oracle/htmlcompare.py when the cases were written).
class TestMarkdownRenderer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void golden_data();
    void golden();
    void typography_data();
    void typography();
    void entities_data();
    void entities();
    void sourceLines();
    void emptyAndOddInput_data();
    void emptyAndOddInput();
};

void TestMarkdownRenderer::golden_data()
{
    QTest::addColumn<QString>("folder");
    const QDir root(QFINDTESTDATA("data/render"));
    QVERIFY(root.exists());
    const QStringList cases = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    QVERIFY(cases.size() >= 15);
    for (const QString& name : cases)
        QTest::newRow(qPrintable(name)) << root.filePath(name);
}

void TestMarkdownRenderer::golden()
{
    QFETCH(QString, folder);
    const QString input = QString::fromUtf8(TestFiles::read(QDir(folder).filePath(QStringLiteral("input.md"))));
    const QString expected = QString::fromUtf8(TestFiles::read(QDir(folder).filePath(QStringLiteral("expected.html"))));
    QVERIFY(!input.isEmpty());
    QCOMPARE(MarkdownRenderer::render(input).html, expected);
}

void TestMarkdownRenderer::typography_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    // kramdown's results for the same runs of text.
    QTest::newRow("apostrophe") << QStringLiteral("l'atelier") << QStringLiteral("l’atelier");
    QTest::newRow("apostrophe before accent") << QStringLiteral("l'été") << QStringLiteral("l’été");
    QTest::newRow("double quotes") << QStringLiteral("un \"mot\" ici") << QStringLiteral("un “mot” ici");
    QTest::newRow("single quotes") << QStringLiteral("un 'mot' ici") << QStringLiteral("un ‘mot’ ici");
    QTest::newRow("quote at start") << QStringLiteral("\"Bonjour\"") << QStringLiteral("“Bonjour”");
    QTest::newRow("quote before punctuation") << QStringLiteral("dit \"oui\".") << QStringLiteral("dit “oui”.");
    QTest::newRow("decade") << QStringLiteral("les '80s") << QStringLiteral("les ’80s");
    QTest::newRow("nested") << QStringLiteral("\"'mot'\"") << QStringLiteral("“‘mot’”");
    QTest::newRow("possessive") << QStringLiteral("Custer's") << QStringLiteral("Custer’s");
    QTest::newRow("dashes") << QStringLiteral("a -- b --- c") << QStringLiteral("a – b — c");
    QTest::newRow("ellipsis") << QStringLiteral("et...") << QStringLiteral("et…");
    QTest::newRow("guillemets spaced") << QStringLiteral("<< mot >>") << QStringLiteral("«\u00A0mot\u00A0»");
    QTest::newRow("guillemets tight") << QStringLiteral("<<mot>>") << QStringLiteral("«mot»");
    QTest::newRow("typographic quotes kept") << QStringLiteral("l’été « x »") << QStringLiteral("l’été « x »");
}

void TestMarkdownRenderer::typography()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(KramdownText::typography(text), expected);
}

void TestMarkdownRenderer::entities_data()
{
    QTest::addColumn<QString>("entity");
    QTest::addColumn<QString>("expected");
    QTest::newRow("named") << QStringLiteral("&eacute;") << QStringLiteral("é");
    QTest::newRow("nbsp") << QStringLiteral("&nbsp;") << QStringLiteral("\u00A0");
    QTest::newRow("decimal") << QStringLiteral("&#233;") << QStringLiteral("é");
    QTest::newRow("hexadecimal") << QStringLiteral("&#x2019;") << QStringLiteral("’");
    QTest::newRow("beyond the BMP") << QStringLiteral("&#x1F389;") << QStringLiteral("🎉");
    QTest::newRow("unknown name") << QStringLiteral("&nothing;") << QStringLiteral("&nothing;");
    QTest::newRow("invalid number") << QStringLiteral("&#xD800;") << QStringLiteral("\uFFFD");
}

void TestMarkdownRenderer::entities()
{
    QFETCH(QString, entity);
    QFETCH(QString, expected);
    QCOMPARE(KramdownText::decodeEntity(entity), expected);
}

void TestMarkdownRenderer::sourceLines()
{
    // Line numbers are the file's: the body starts on line 10 here.
    const QString body = QStringLiteral(
        "\n# Titre\n\nUn paragraphe\nsur deux lignes.\n{: .x}\n\n- a\n- b\n\n<div>\n\nbrut\n</div>\n\n---\n\n"
        "| a | b |\n\nFin.\n");
    const RenderedMarkdown rendered = MarkdownRenderer::render(body, 10);
    QVector<int> lines;
    for (const SourceBlock& block : rendered.blocks) {
        lines.append(block.line);
        QVERIFY(block.htmlOffset >= 0 && block.htmlOffset < rendered.html.size());
        QCOMPARE(rendered.html.at(block.htmlOffset), QLatin1Char('<'));
    }
    QCOMPARE(lines, (QVector<int>{11, 13, 17, 20, 25, 27, 29}));
    QVERIFY(rendered.html.mid(rendered.blocks.at(1).htmlOffset).startsWith(QLatin1String("<p class=\"x\">")));
    QVERIFY(rendered.html.mid(rendered.blocks.at(3).htmlOffset).startsWith(QLatin1String("<div>")));
    QVERIFY(rendered.html.mid(rendered.blocks.at(5).htmlOffset).startsWith(QLatin1String("<table>")));
}

void TestMarkdownRenderer::emptyAndOddInput_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::newRow("empty") << QString();
    QTest::newRow("blank lines") << QStringLiteral("\n\n\n");
    QTest::newRow("unclosed tag") << QStringLiteral("<div>\n<section>\ntexte");
    QTest::newRow("unclosed fence") << QStringLiteral("```\ncode");
    QTest::newRow("attribute list alone") << QStringLiteral("{: .x}");
    QTest::newRow("stray end tag") << QStringLiteral("</div>\n\ntexte");
    QTest::newRow("deep nesting") << QString(2000, QLatin1Char('>')) + QStringLiteral(" x");
    QTest::newRow("NUL") << QStringLiteral("a\u0000b");
}

void TestMarkdownRenderer::emptyAndOddInput()
{
    QFETCH(QString, markdown);
    const RenderedMarkdown rendered = MarkdownRenderer::render(markdown);
    // No crash, and nothing of the text is lost or left unescaped.
    QVERIFY(!rendered.html.contains(QLatin1String("<script")));
    for (const SourceBlock& block : rendered.blocks)
        QVERIFY(block.htmlOffset <= rendered.html.size());
}

QTEST_GUILESS_MAIN(TestMarkdownRenderer)
#include "tst_markdownrenderer.moc"
