#include "render/htmlsanitizer.h"

#include <QTest>

using namespace EventDesk;

class TestHtmlSanitizer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keepsSafeHtmlByteForByte_data();
    void keepsSafeHtmlByteForByte();
    void removes_data();
    void removes();
    void chunks_data();
    void chunks();
    void everySplitGivesTheSameResult_data();
    void everySplitGivesTheSameResult();
    void finishEndsWhatIsOpen_data();
    void finishEndsWhatIsOpen();
    void isDroppingFollowsTheInput();
    void urls_data();
    void urls();
};

void TestHtmlSanitizer::keepsSafeHtmlByteForByte_data()
{
    QTest::addColumn<QString>("html");
    QTest::newRow("plain text") << QStringLiteral("Un texte sans balise, 100 % sûr.\n");
    QTest::newRow("block with odd spacing")
        << QStringLiteral("<div   class='encadre'  data-x = \"1\" >\n  <p>Texte</p>\n</div >\n");
    QTest::newRow("uppercase tags") << QStringLiteral("<DIV ALIGN=center><B>Gras</B></DIV>");
    QTest::newRow("links and images") << QStringLiteral(
        "<a href=\"https://www.numerique.gouv.fr/?a=1&amp;b=2\" target=\"_blank\">lien</a> "
        "<img src=\"/uploads/Visuel_caf%C3%A9.jpg\" alt=\"Un café\"/>");
    QTest::newRow("relative and anchor urls")
        << QStringLiteral("<a href=\"../agenda/\">a</a><a href=\"#programme\">b</a><a href='mailto:x@y.fr'>c</a>");
    QTest::newRow("allowed data images") << QStringLiteral(
        "<img src=\"data:image/png;base64,iVBORw0KGgo=\"><img src='DATA:image/JPEG;base64,/9j/'>"
        "<img src=data:image/gif;base64,R0lGOD><img src=\"data:image/webp,x\">");
    QTest::newRow("comment with markup") << QStringLiteral("<!-- <script>alert(1)</script> -->\n<p>après</p>");
    QTest::newRow("doctype and cdata") << QStringLiteral("<!DOCTYPE html><![CDATA[ x ]]><?xml version=\"1.0\"?>");
    QTest::newRow("lone angle brackets") << QStringLiteral("a < b > c, 3<4, <>, <<, </ x>, <3");
    QTest::newRow("attribute named like a handler inside a value")
        << QStringLiteral("<p title=\"onclick=alert(1)\" class=\"x onload\">t</p>");
    QTest::newRow("greater-than inside quoted value") << QStringLiteral("<abbr title=\"a > b\">gt</abbr>");
    QTest::newRow("entities kept as written") << QStringLiteral("<p>&eacute;t&#233; &amp; &lt;script&gt;</p>");
    QTest::newRow("svg without script") << QStringLiteral(
        "<svg viewBox=\"0 0 10 10\"><use xlink:href=\"#icone\"/></svg>");
    QTest::newRow("form posting to the site") << QStringLiteral(
        "<form action=\"/recherche/\" method=get><button formaction=\"/ailleurs\">Chercher</button></form>");
    QTest::newRow("crlf line endings") << QStringLiteral("<table>\r\n<tr><td>1</td></tr>\r\n</table>\r\n");
}

void TestHtmlSanitizer::keepsSafeHtmlByteForByte()
{
    QFETCH(QString, html);
    QCOMPARE(HtmlSanitizer::sanitize(html), html);
}

void TestHtmlSanitizer::removes_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("expected");
    // Elements removed with their content.
    QTest::newRow("script") << QStringLiteral("<p>a</p><script>alert(1)</script><p>b</p>")
                            << QStringLiteral("<p>a</p><p>b</p>");
    QTest::newRow("script with attributes and odd case")
        << QStringLiteral("x<ScRiPt type=\"text/javascript\" src=\"/x.js\">var a = '</p>';</sCrIpT >y")
        << QStringLiteral("xy");
    QTest::newRow("script end tag needs its name")
        << QStringLiteral("<script>a</scriptx>b</script>c") << QStringLiteral("c");
    QTest::newRow("script self-closed still runs to its end tag")
        << QStringLiteral("<script src=x.js/>secret</script>ok") << QStringLiteral("ok");
    QTest::newRow("script on several lines")
        << QStringLiteral("<div>\n<script>\nif (a < b) { x(); }\n</script>\n</div>\n")
        << QStringLiteral("<div>\n\n</div>\n");
    QTest::newRow("style") << QStringLiteral("<style>body { display: none }</style><p>t</p>")
                           << QStringLiteral("<p>t</p>");
    QTest::newRow("iframe") << QStringLiteral(
        "<iframe src=\"https://evil.example/\" width=\"560\">no frames</iframe>ok")
                            << QStringLiteral("ok");
    QTest::newRow("iframe content is text")
        << QStringLiteral("<iframe><p>x</p><script>y</script></iframe>z") << QStringLiteral("z");
    QTest::newRow("object with nested object")
        << QStringLiteral("<object data=a><object data=b><p>fallback</p></object><param name=x></object>after")
        << QStringLiteral("after");
    QTest::newRow("object holding a script")
        << QStringLiteral("<object><script>alert('</object>')</script></object>ok") << QStringLiteral("ok");
    QTest::newRow("embed") << QStringLiteral("a<embed src=\"x.swf\" type=\"application/x-shockwave-flash\">b</embed>c")
                           << QStringLiteral("abc");
    QTest::newRow("stray end tags") << QStringLiteral("a</script>b</iframe>c</object>d</style>e")
                                    << QStringLiteral("abcde");
    // Event handlers.
    QTest::newRow("onclick") << QStringLiteral("<a href=\"/x\" onclick=\"steal()\">x</a>")
                             << QStringLiteral("<a href=\"/x\">x</a>");
    QTest::newRow("handler in upper case, unquoted")
        << QStringLiteral("<img src=a.png ONERROR=alert(1) alt=\"x\">") << QStringLiteral("<img src=a.png alt=\"x\">");
    QTest::newRow("handler after a slash") << QStringLiteral("<img/onerror=alert(1)>") << QStringLiteral("<img/>");
    QTest::newRow("handler glued to a quoted value")
        << QStringLiteral("<a href=\"/x\"onmouseover=\"y()\">x</a>") << QStringLiteral("<a href=\"/x\">x</a>");
    QTest::newRow("handler with spaces around =") << QStringLiteral("<div class=\"a\"\n  onload = 'x()'\n  id=\"b\">")
                                                  << QStringLiteral("<div class=\"a\"\n  id=\"b\">");
    QTest::newRow("handler without value")
        << QStringLiteral("<input onfocus autofocus>") << QStringLiteral("<input autofocus>");
    QTest::newRow("several handlers") << QStringLiteral("<body onload=a() onunload=b() class=c>")
                                      << QStringLiteral("<body class=c>");
    QTest::newRow("handler in svg") << QStringLiteral("<svg onload=\"alert(1)\"><circle r=\"1\"/></svg>")
                                    << QStringLiteral("<svg><circle r=\"1\"/></svg>");
    // URLs.
    QTest::newRow("javascript href") << QStringLiteral("<a href=\"javascript:alert(1)\" title=\"t\">x</a>")
                                     << QStringLiteral("<a title=\"t\">x</a>");
    QTest::newRow("javascript in capitals, single quotes")
        << QStringLiteral("<a href='JaVaScRiPt:alert(1)'>x</a>") << QStringLiteral("<a>x</a>");
    QTest::newRow("javascript unquoted") << QStringLiteral("<a href=javascript:alert(1)>x</a>")
                                         << QStringLiteral("<a>x</a>");
    QTest::newRow("tab entity inside the scheme")
        << QStringLiteral("<a href=\"java&#09;script:alert(1)\">x</a>") << QStringLiteral("<a>x</a>");
    QTest::newRow("hex entities without semicolons")
        << QStringLiteral("<a href=\"&#x6A&#x61&#x76&#x61script&#x3A;alert(1)\">x</a>") << QStringLiteral("<a>x</a>");
    QTest::newRow("decimal entities with leading zeros")
        << QStringLiteral("<a href=\"&#0000106avascript:x\">x</a>") << QStringLiteral("<a>x</a>");
    QTest::newRow("named entities for colon and newline")
        << QStringLiteral("<a href=\"javas&NewLine;cript&colon;x\">x</a>") << QStringLiteral("<a>x</a>");
    QTest::newRow("leading spaces and control characters")
        << QStringLiteral("<a href=\" \x01\tjavascript:x\">x</a>") << QStringLiteral("<a>x</a>");
    QTest::newRow("real newline in the scheme")
        << QStringLiteral("<a href=\"java\nscript:x\">x</a>") << QStringLiteral("<a>x</a>");
    QTest::newRow("vbscript") << QStringLiteral("<a href=\"vbscript:msgbox(1)\">x</a>") << QStringLiteral("<a>x</a>");
    QTest::newRow("data html") << QStringLiteral("<a href=\"data:text/html;base64,PHNjcmlwdD4=\">x</a>")
                               << QStringLiteral("<a>x</a>");
    QTest::newRow("data svg image") << QStringLiteral("<img src=\"data:image/svg+xml,<svg onload=x>\" alt=a>")
                                    << QStringLiteral("<img alt=a>");
    QTest::newRow("data image with a longer type")
        << QStringLiteral("<img src=\"data:image/pngx;base64,AA\">") << QStringLiteral("<img>");
    QTest::newRow("src of an image") << QStringLiteral("<img src=\"javascript:x\" alt=\"y\">")
                                     << QStringLiteral("<img alt=\"y\">");
    QTest::newRow("form action and formaction")
        << QStringLiteral("<form action=\"javascript:x\"><button formaction=\"javascript:y\">b</button></form>")
        << QStringLiteral("<form><button>b</button></form>");
    QTest::newRow("xlink:href") << QStringLiteral("<svg><a xlink:href=\"javascript:x\"><text>t</text></a></svg>")
                                << QStringLiteral("<svg><a><text>t</text></a></svg>");
    QTest::newRow("comment closed by --!>")
        << QStringLiteral("<!-- a --!><script>alert(1)</script>b") << QStringLiteral("<!-- a --!>b");
    QTest::newRow("abrupt empty comment") << QStringLiteral("<!--><script>x</script>y") << QStringLiteral("<!-->y");
    QTest::newRow("bogus comment ends at the first >")
        << QStringLiteral("<![CDATA[ > <script>x</script> ]]>") << QStringLiteral("<![CDATA[ >  ]]>");
}

void TestHtmlSanitizer::removes()
{
    QFETCH(QString, html);
    QFETCH(QString, expected);
    QCOMPARE(HtmlSanitizer::sanitize(html), expected);
}

void TestHtmlSanitizer::chunks_data()
{
    QTest::addColumn<QStringList>("chunks");
    QTest::addColumn<QString>("expected");
    QTest::newRow("script across lines of an HTML block")
        << QStringList{QStringLiteral("<div>\n"), QStringLiteral("<script>\n"), QStringLiteral("alert(1);\n"),
                       QStringLiteral("</script>\n"), QStringLiteral("</div>\n")}
        << QStringLiteral("<div>\n\n</div>\n");
    QTest::newRow("end tag split in the middle of its name")
        << QStringList{QStringLiteral("a<script>x</scr"), QStringLiteral("ipt>b")} << QStringLiteral("ab");
    QTest::newRow("end tag split before its >")
        << QStringList{QStringLiteral("<style>p{}</style"), QStringLiteral(">ok")} << QStringLiteral("ok");
    QTest::newRow("tag split inside an attribute value")
        << QStringList{QStringLiteral("<a href=\"java"), QStringLiteral("script:x\" class=\"c\">t</a>")}
        << QStringLiteral("<a class=\"c\">t</a>");
    QTest::newRow("handler on the next line of a tag")
        << QStringList{QStringLiteral("<img src=\"a.png\"\n"), QStringLiteral("     onerror=\"x()\"\n"),
                       QStringLiteral("     alt=\"A\">\n")}
        << QStringLiteral("<img src=\"a.png\"\n     alt=\"A\">\n");
    QTest::newRow("comment across chunks keeps its markup")
        << QStringList{QStringLiteral("<!-- début\n"), QStringLiteral("<script>x</script>\n"), QStringLiteral("-->ok")}
        << QStringLiteral("<!-- début\n<script>x</script>\n-->ok");
    QTest::newRow("object across chunks")
        << QStringList{QStringLiteral("<object data=\"x\">\n"), QStringLiteral("<embed src=y>\n"),
                       QStringLiteral("</object>\n"), QStringLiteral("<p>fin</p>\n")}
        << QStringLiteral("\n<p>fin</p>\n");
    QTest::newRow("single inline tags") << QStringList{QStringLiteral("<span class=\"a\" onclick=\"b\">"),
                                                       QStringLiteral("</span>"), QStringLiteral("<br/>")}
                                        << QStringLiteral("<span class=\"a\"></span><br/>");
    QTest::newRow("lt at the end of a chunk")
        << QStringList{QStringLiteral("a <"), QStringLiteral("b>c</b> d <"), QStringLiteral(" e")}
        << QStringLiteral("a <b>c</b> d < e");
}

void TestHtmlSanitizer::chunks()
{
    QFETCH(QStringList, chunks);
    QFETCH(QString, expected);
    HtmlSanitizer sanitizer;
    QString out;
    for (const QString& chunk : chunks)
        out += sanitizer.feed(chunk);
    out += sanitizer.finish();
    QCOMPARE(out, expected);
}

void TestHtmlSanitizer::everySplitGivesTheSameResult_data()
{
    QTest::addColumn<QString>("html");
    QTest::newRow("mixed") << QStringLiteral(
        "<div class=\"x\" onclick='y'>\n<!-- c --><script>a</script><a href=\"java&#x09;script:z\" "
        "id=k>t</a><object><p>o</p></object><img/onerror=q src=\"/u.png\"></div>");
    QTest::newRow("kept") << QStringLiteral("<p title=\"a > b\">x &amp; <em>y</em></p><!-- z -->\n");
}

// The result does not depend on where md4c cuts the input.
void TestHtmlSanitizer::everySplitGivesTheSameResult()
{
    QFETCH(QString, html);
    const QString whole = HtmlSanitizer::sanitize(html);
    for (int a = 0; a <= html.size(); ++a) {
        for (int b = a; b <= html.size(); b += 7) {
            HtmlSanitizer sanitizer;
            QString out = sanitizer.feed(html.left(a));
            out += sanitizer.feed(html.mid(a, b - a));
            out += sanitizer.feed(html.mid(b));
            out += sanitizer.finish();
            if (out != whole)
                QFAIL(qPrintable(QStringLiteral("split at %1 and %2 gives %3").arg(a).arg(b).arg(out)));
        }
    }
}

void TestHtmlSanitizer::finishEndsWhatIsOpen_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unclosed script") << QStringLiteral("a<script>alert(1)") << QStringLiteral("a");
    QTest::newRow("unclosed object") << QStringLiteral("a<object><p>x</p>") << QStringLiteral("a");
    QTest::newRow("tag cut by the end") << QStringLiteral("a<a href=\"javascript:x") << QStringLiteral("a");
    QTest::newRow("unclosed comment") << QStringLiteral("a<!-- b") << QStringLiteral("a<!-- b");
    QTest::newRow("lone lt") << QStringLiteral("a <") << QStringLiteral("a <");
}

void TestHtmlSanitizer::finishEndsWhatIsOpen()
{
    QFETCH(QString, html);
    QFETCH(QString, expected);
    HtmlSanitizer sanitizer;
    QString out = sanitizer.feed(html);
    out += sanitizer.finish();
    QCOMPARE(out, expected);
    // and starts afresh
    out = sanitizer.feed(QStringLiteral("<p>ok</p>"));
    out += sanitizer.finish();
    QCOMPARE(out, QStringLiteral("<p>ok</p>"));
}

void TestHtmlSanitizer::isDroppingFollowsTheInput()
{
    HtmlSanitizer sanitizer;
    QVERIFY(!sanitizer.isDropping());
    QCOMPARE(sanitizer.feed(QStringLiteral("<b>")), QStringLiteral("<b>"));
    QVERIFY(!sanitizer.isDropping());
    QCOMPARE(sanitizer.feed(QStringLiteral("<script>")), QString());
    QVERIFY(sanitizer.isDropping());
    QCOMPARE(sanitizer.feed(QStringLiteral("</script>")), QString());
    QVERIFY(!sanitizer.isDropping());
    sanitizer.feed(QStringLiteral("<object>"));
    QVERIFY(sanitizer.isDropping());
    QCOMPARE(sanitizer.finish(), QString());
    QVERIFY(!sanitizer.isDropping());
}

void TestHtmlSanitizer::urls_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("safe");
    QTest::newRow("https") << QStringLiteral("https://www.numerique.gouv.fr/") << true;
    QTest::newRow("site path") << QStringLiteral("/uploads/Visuel_caf%C3%A9.jpg") << true;
    QTest::newRow("relative") << QStringLiteral("../images/a.png") << true;
    QTest::newRow("fragment") << QStringLiteral("#programme") << true;
    QTest::newRow("mailto") << QStringLiteral("mailto:contact@numerique.gouv.fr") << true;
    QTest::newRow("colon after a slash") << QStringLiteral("/agenda/javascript:x") << true;
    QTest::newRow("colon in the query") << QStringLiteral("?q=javascript:x") << true;
    QTest::newRow("empty") << QString() << true;
    QTest::newRow("png data") << QStringLiteral("data:image/png;base64,AAAA") << true;
    QTest::newRow("jpeg data") << QStringLiteral("data:image/jpeg,AAAA") << true;
    QTest::newRow("javascript") << QStringLiteral("javascript:alert(1)") << false;
    QTest::newRow("javascript with spaces around") << QStringLiteral("  JAVASCRIPT : alert(1)") << false;
    QTest::newRow("javascript with a tab entity") << QStringLiteral("java&Tab;script:x") << false;
    QTest::newRow("javascript with a NUL") << QStringLiteral("java\0script:x") << false;
    QTest::newRow("vbscript") << QStringLiteral("VBScript:x") << false;
    QTest::newRow("data text") << QStringLiteral("data:text/html,<script>x</script>") << false;
    QTest::newRow("data without type") << QStringLiteral("data:,x") << false;
    QTest::newRow("data svg") << QStringLiteral("data:image/svg+xml;base64,AA") << false;
}

void TestHtmlSanitizer::urls()
{
    QFETCH(QString, url);
    QFETCH(bool, safe);
    QCOMPARE(HtmlSanitizer::isSafeUrl(url), safe);
    QCOMPARE(HtmlSanitizer::sanitizeUrl(url), safe ? url : QString());
}

QTEST_GUILESS_MAIN(TestHtmlSanitizer)
#include "tst_htmlsanitizer.moc"
