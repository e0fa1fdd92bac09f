#include "cli/commandline.h"
#include "site/slug.h"

#include "testcli.h"
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <QTest>
#include <QTextStream>

using namespace EventDesk;
using TestCli::Result;
using TestCli::run;

class TestSlug : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void siteleaf_data();
    void siteleaf();
    void clean_data();
    void clean();
    void veryLongTitlesAreNotCut();
    void jekyllSlug_data();
    void jekyllSlug();
    void jekyllRemovesGuillemetsFromSiteleafNames();

    void uniqueNameWithoutCollision();
    void collisionGetsHexSuffix_data();
    void collisionGetsHexSuffix();
    void otherFilesDoNotCollide();
    void suffixIsDrawnAgainUntilFree();
    void longSlugFitsAFileName();
    void emptySlugGetsDigitsAlone();

    void cliPrintsTheName_data();
    void cliPrintsTheName();
    void cliHelp();
    void cliUsageErrors_data();
    void cliUsageErrors();

private:
    static void touch(const QString& path)
    {
        QFile file(path);
        QVERIFY2(file.open(QIODevice::WriteOnly), qPrintable(path));
    }
};

void TestSlug::siteleaf_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("name");

    QTest::newRow("plain words") << QStringLiteral("Atelier du jeudi") << QStringLiteral("atelier-du-jeudi");
    QTest::newRow("accents and capitals")
        << QStringLiteral("Été À Sète : Visites Éphémères") << QStringLiteral("ete-a-sete-visites-ephemeres");
    QTest::newRow("ligatures and sharp s") << QStringLiteral("Cœur de l'Œuvre, Æsthétique, Straße")
                                           << QStringLiteral("coeur-de-loeuvre-aesthetique-strasse");
    QTest::newRow("percent") << QStringLiteral("Remise de 20% aux agents")
                             << QStringLiteral("remise-de-20-percent-aux-agents");
    QTest::newRow("percent after a space")
        << QStringLiteral("Baisse de 5 % des coûts") << QStringLiteral("baisse-de-5-percent-des-couts");
    QTest::newRow("hash before a digit") << QStringLiteral("Rencontre #4 des archivistes")
                                         << QStringLiteral("rencontre-number-4-des-archivistes");
    QTest::newRow("hashtag") << QStringLiteral("Semaine #OpenData") << QStringLiteral("semaine-number-opendata");
    QTest::newRow("dots between letters") << QStringLiteral("Inscriptions sur agenda.gouv.fr")
                                          << QStringLiteral("inscriptions-sur-agenda-dot-gouv-dot-fr");
    // The rule matches two characters around the dot, so "u.e.s" gives one "dot" only.
    QTest::newRow("dots between single letters")
        << QStringLiteral("Élu.e.s locaux") << QStringLiteral("elu-dot-e-s-locaux");
    QTest::newRow("dot at the end") << QStringLiteral("Fin du programme.") << QStringLiteral("fin-du-programme");
    QTest::newRow("dot in a number") << QStringLiteral("Version 2.0 du guide")
                                     << QStringLiteral("version-2-dot-0-du-guide");
    QTest::newRow("abbreviation") << QStringLiteral("Visite de la D.G.F.I.P. à Lyon")
                                  << QStringLiteral("visite-de-la-dgfip-a-lyon");
    QTest::newRow("guillemets with spaces")
        << QStringLiteral("Forum « Données ouvertes »") << QStringLiteral("forum-<<-donnees-ouvertes->>");
    QTest::newRow("guillemets against the words")
        << QStringLiteral("Prix «Jeunes talents»") << QStringLiteral("prix-<<jeunes-talents>>");
    QTest::newRow("straight apostrophes")
        << QStringLiteral("L'atelier d'écriture") << QStringLiteral("latelier-decriture");
    QTest::newRow("typographic apostrophes")
        << QStringLiteral("L’heure de l’innovation") << QStringLiteral("lheure-de-linnovation");
    QTest::newRow("dashes") << QStringLiteral("Lille – Roubaix — Tourcoing")
                            << QStringLiteral("lille-roubaix-tourcoing");
    QTest::newRow("colon, question and exclamation marks")
        << QStringLiteral("Pourquoi voter ? Parlons-en : maintenant !")
        << QStringLiteral("pourquoi-voter-parlons-en-maintenant");
    QTest::newRow("quotes and brackets") << QStringLiteral("[Report] \"Les outils\" (2e édition)")
                                         << QStringLiteral("report-les-outils-2e-edition");
    QTest::newRow("ampersand") << QStringLiteral("Recherche & innovation")
                               << QStringLiteral("recherche-and-innovation");
    QTest::newRow("plus, slash and at") << QStringLiteral("Santé+ / Bien-être @ Paris")
                                        << QStringLiteral("sante-plus-slash-bien-etre-at-paris");
    QTest::newRow("equals and star") << QStringLiteral("Égalité = *tous*")
                                     << QStringLiteral("egalite-equals-star-tous-star");
    QTest::newRow("degree sign") << QStringLiteral("Salle n°12") << QStringLiteral("salle-n-degrees-12");
    QTest::newRow("inclusive-writing points")
        << QStringLiteral("Chercheur·e·s") << QStringLiteral("chercheur-star-e-star-s");
    QTest::newRow("emoji") << QStringLiteral("Fête 🎉 de la science 🔬") << QStringLiteral("fete-de-la-science");
    QTest::newRow("repeated and outer separators")
        << QStringLiteral("  Atelier   ---  numérique  !!  ") << QStringLiteral("atelier-numerique");
    QTest::newRow("non-breaking spaces") << QStringLiteral("Accessibilité\u00A0: les\u202Fbases")
                                         << QStringLiteral("accessibilite-les-bases");
    QTest::newRow("line break") << QStringLiteral("Première ligne\nseconde ligne")
                                << QStringLiteral("premiere-ligne-seconde-ligne");
    QTest::newRow("euros") << QStringLiteral("Billets à 10 € l'entrée") << QStringLiteral("billets-a-10-euros-lentree");
    QTest::newRow("euro sign against the number")
        << QStringLiteral("Billets à 10€") << QStringLiteral("billets-a-10eu");
    QTest::newRow("dollars and cents") << QStringLiteral("Offre à $19.99 seulement")
                                       << QStringLiteral("offre-a-19-dollars-99-cents-seulement");
    QTest::newRow("thousands separator") << QStringLiteral("Les 1,000 premiers") << QStringLiteral("les-1000-premiers");
    QTest::newRow("ellipsis") << QStringLiteral("Et après…") << QStringLiteral("et-apres-dot-dot-dot");
    QTest::newRow("fraction") << QStringLiteral("Une journée et ½") << QStringLiteral("une-journee-et-half");
    QTest::newRow("html tags") << QStringLiteral("<em>Important</em> : réunion") << QStringLiteral("important-reunion");
    QTest::newRow("html entities") << QStringLiteral("Recherche &amp; d&eacute;veloppement")
                                   << QStringLiteral("recherche-and-developpement");
    QTest::newRow("digits") << QStringLiteral("Les 3, 4 et 5 mars 2031") << QStringLiteral("les-3-4-et-5-mars-2031");
    // Siteleaf's accidents, kept so that names match the ones it made.
    QTest::newRow("quirk: R at the end is a currency")
        << QStringLiteral("Ateliers du langage R") << QStringLiteral("ateliers-du-langage");
    QTest::newRow("quirk: O acute is a quote") << QStringLiteral("Visite à Óbidos") << QStringLiteral("visite-a-bidos");
    QTest::newRow("quirk: & to ; is an entity") << QStringLiteral("R&D; suite") << QStringLiteral("r-suite");
    QTest::newRow("nothing left") << QStringLiteral("🎉 🎉") << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestSlug::siteleaf()
{
    QFETCH(QString, title);
    QFETCH(QString, name);
    QCOMPARE(Slug::siteleaf(title), name);
}

void TestSlug::clean_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("name");

    QTest::newRow("plain words") << QStringLiteral("Atelier du jeudi") << QStringLiteral("atelier-du-jeudi");
    QTest::newRow("percent") << QStringLiteral("Remise de 20% aux agents")
                             << QStringLiteral("remise-de-20-pourcent-aux-agents");
    QTest::newRow("hash before a digit") << QStringLiteral("Rencontre #4") << QStringLiteral("rencontre-numero-4");
    QTest::newRow("hashtag") << QStringLiteral("Semaine #OpenData") << QStringLiteral("semaine-opendata");
    QTest::newRow("guillemets") << QStringLiteral("Forum « Données ouvertes »")
                                << QStringLiteral("forum-donnees-ouvertes");
    QTest::newRow("guillemets against the words")
        << QStringLiteral("Prix «Jeunes talents»") << QStringLiteral("prix-jeunes-talents");
    QTest::newRow("numero sign") << QStringLiteral("Salle n°12 et N° 13")
                                 << QStringLiteral("salle-numero-12-et-numero-13");
    QTest::newRow("degree sign") << QStringLiteral("Il fait 30 °C") << QStringLiteral("il-fait-30-degres-c");
    QTest::newRow("dots between letters") << QStringLiteral("Inscriptions sur agenda.gouv.fr")
                                          << QStringLiteral("inscriptions-sur-agenda-point-gouv-point-fr");
    QTest::newRow("dot in a number") << QStringLiteral("Version 2.0") << QStringLiteral("version-2-point-0");
    QTest::newRow("dot at the end") << QStringLiteral("Fin.") << QStringLiteral("fin");
    QTest::newRow("inclusive-writing points")
        << QStringLiteral("Chercheur·e·s et agent•e•s") << QStringLiteral("chercheures-et-agentes");
    QTest::newRow("ampersand") << QStringLiteral("Recherche & innovation") << QStringLiteral("recherche-et-innovation");
    QTest::newRow("slash and star") << QStringLiteral("Santé / bien-être * 2") << QStringLiteral("sante-bien-etre-2");
    QTest::newRow("decimal comma") << QStringLiteral("1,5 million d'usagers") << QStringLiteral("1-5-million-dusagers");
    QTest::newRow("euro sign against the number")
        << QStringLiteral("Billets à 10€") << QStringLiteral("billets-a-10-euros");
    QTest::newRow("ellipsis") << QStringLiteral("Et après…") << QStringLiteral("et-apres");
    QTest::newRow("apostrophes") << QStringLiteral("L’heure de l'innovation")
                                 << QStringLiteral("lheure-de-linnovation");
    QTest::newRow("accents, capitals, ligatures")
        << QStringLiteral("ÉCOLE d’Été, Cœur") << QStringLiteral("ecole-dete-coeur");
    QTest::newRow("emoji and marks") << QStringLiteral("Fête 🎉 ! ?") << QStringLiteral("fete");
    QTest::newRow("only a-z, 0-9 and hyphens")
        << QStringLiteral("Prix <3 ~ `x` {y} >>") << QStringLiteral("prix-3-x-y");
    QTest::newRow("html tag") << QStringLiteral("Prix <b>Jeunes</b>") << QStringLiteral("prix-jeunes");
    QTest::newRow("no Siteleaf quirks") << QStringLiteral("Ateliers du langage R à Óbidos")
                                        << QStringLiteral("ateliers-du-langage-r-a-obidos");
}

void TestSlug::clean()
{
    QFETCH(QString, title);
    QFETCH(QString, name);
    QCOMPARE(Slug::clean(title), name);
    QVERIFY(QRegularExpression(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$")).match(name).hasMatch());
}

void TestSlug::veryLongTitlesAreNotCut()
{
    // Siteleaf applies no limit (its longest names run past 140 characters).
    const QString title = QStringLiteral("Atelier numérique ").repeated(20) + QStringLiteral("final");
    const QString expected = QStringLiteral("atelier-numerique-").repeated(20) + QStringLiteral("final");
    QCOMPARE(Slug::siteleaf(title), expected);
    QCOMPARE(Slug::clean(title), expected);
    QCOMPARE(expected.size(), 365);
}

void TestSlug::jekyllSlug_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("pretty");
    QTest::addColumn<bool>("cased");
    QTest::addColumn<QString>("slug");

    const QString symbols = QStringLiteral("a.b_c~d!e$f&g'h(i)j+k,l;m=n@o");
    QTest::newRow("default lowercases") << QStringLiteral("Hello World") << false << false
                                        << QStringLiteral("hello-world");
    QTest::newRow("default cased") << QStringLiteral("ABC def") << false << true << QStringLiteral("ABC-def");
    QTest::newRow("pretty keeps its symbols") << symbols << true << false << symbols;
    QTest::newRow("default keeps no symbol")
        << symbols << false << false << QStringLiteral("a-b-c-d-e-f-g-h-i-j-k-l-m-n-o");
    QTest::newRow("accents kept") << QStringLiteral("Été à Sète") << false << false << QStringLiteral("été-à-sète");
    QTest::newRow("pretty cased") << QStringLiteral("Été à Sète") << true << true << QStringLiteral("Été-à-Sète");
    QTest::newRow("ligatures kept") << QStringLiteral("Œuvre/Straße?") << true << true
                                    << QStringLiteral("Œuvre-Straße");
    QTest::newRow("outer hyphens") << QStringLiteral("--Hello--") << false << false << QStringLiteral("hello");
    QTest::newRow("outer spaces") << QStringLiteral("  a  ") << true << false << QStringLiteral("a");
    QTest::newRow("emoji") << QStringLiteral("Fête 🎉") << false << false << QStringLiteral("fête");
    QTest::newRow("pretty number") << QStringLiteral("2.0") << true << false << QStringLiteral("2.0");
    QTest::newRow("default number") << QStringLiteral("2.0") << false << false << QStringLiteral("2-0");
    QTest::newRow("nothing left") << QStringLiteral("!!!") << false << false << QString();
}

void TestSlug::jekyllSlug()
{
    QFETCH(QString, text);
    QFETCH(bool, pretty);
    QFETCH(bool, cased);
    QFETCH(QString, slug);
    QCOMPARE(Slug::jekyllSlug(text, pretty, cased), slug);
}

void TestSlug::jekyllRemovesGuillemetsFromSiteleafNames()
{
    // The `:title` of the URL: the pretty, cased slug of the file's base name.
    QCOMPARE(Slug::jekyllSlug(Slug::siteleaf(QStringLiteral("Forum « Données ouvertes »")), true, true),
             QStringLiteral("forum-donnees-ouvertes"));
    QCOMPARE(Slug::jekyllSlug(Slug::siteleaf(QStringLiteral("«Prix» 100%")), true, true),
             QStringLiteral("prix-100-percent"));
}

void TestSlug::uniqueNameWithoutCollision()
{
    QTemporaryDir dir;
    QRandomGenerator random(1);
    QCOMPARE(Slug::uniqueFileName(dir.path(), QStringLiteral("atelier"), QStringLiteral("markdown"), &random),
             QStringLiteral("atelier.markdown"));
    QCOMPARE(Slug::uniqueFileName(dir.filePath(QStringLiteral("missing")), QStringLiteral("atelier"),
                                  QStringLiteral("md"), &random),
             QStringLiteral("atelier.md"));
}

void TestSlug::collisionGetsHexSuffix_data()
{
    QTest::addColumn<QString>("existing");
    QTest::newRow("same extension") << QStringLiteral("atelier.markdown");
    QTest::newRow("md") << QStringLiteral("atelier.md");
    QTest::newRow("mkdn") << QStringLiteral("atelier.mkdn");
    QTest::newRow("mkd") << QStringLiteral("atelier.mkd");
    QTest::newRow("mdown") << QStringLiteral("atelier.mdown");
    QTest::newRow("other case") << QStringLiteral("Atelier.MD");
}

void TestSlug::collisionGetsHexSuffix()
{
    QFETCH(QString, existing);
    QTemporaryDir dir;
    touch(dir.filePath(existing));
    QRandomGenerator random(7);
    const QString name =
        Slug::uniqueFileName(dir.path(), QStringLiteral("atelier"), QStringLiteral("markdown"), &random);
    QVERIFY2(QRegularExpression(QStringLiteral("^atelier-[0-9a-f]{6}\\.markdown$")).match(name).hasMatch(),
             qPrintable(name));
    QVERIFY(!QFileInfo::exists(dir.filePath(name)));
    // The same seed gives the same name.
    QRandomGenerator again(7);
    QCOMPARE(Slug::uniqueFileName(dir.path(), QStringLiteral("atelier"), QStringLiteral("markdown"), &again), name);
}

void TestSlug::otherFilesDoNotCollide()
{
    QTemporaryDir dir;
    touch(dir.filePath(QStringLiteral("atelier.png")));
    touch(dir.filePath(QStringLiteral("atelier-bis.md")));
    QRandomGenerator random(3);
    QCOMPARE(Slug::uniqueFileName(dir.path(), QStringLiteral("atelier"), QStringLiteral("md"), &random),
             QStringLiteral("atelier.md"));
    // A non-Markdown extension still never names an existing file.
    const QString name = Slug::uniqueFileName(dir.path(), QStringLiteral("atelier"), QStringLiteral("png"), &random);
    QVERIFY2(name.startsWith(QLatin1String("atelier-")) && name.endsWith(QLatin1String(".png")), qPrintable(name));
}

void TestSlug::suffixIsDrawnAgainUntilFree()
{
    QTemporaryDir dir;
    touch(dir.filePath(QStringLiteral("atelier.md")));
    QRandomGenerator first(42);
    const QString taken = Slug::uniqueFileName(dir.path(), QStringLiteral("atelier"), QStringLiteral("md"), &first);
    touch(dir.filePath(taken));
    QRandomGenerator second(42);
    const QString name = Slug::uniqueFileName(dir.path(), QStringLiteral("atelier"), QStringLiteral("md"), &second);
    QVERIFY(name != taken);
    QVERIFY2(QRegularExpression(QStringLiteral("^atelier-[0-9a-f]{6}\\.md$")).match(name).hasMatch(), qPrintable(name));
    QVERIFY(!QFileInfo::exists(dir.filePath(name)));
}

void TestSlug::longSlugFitsAFileName()
{
    QTemporaryDir dir;
    QRandomGenerator random(5);
    const QString slug = QStringLiteral("atelier-numerique-").repeated(20) + QStringLiteral("final");
    const QString name = Slug::uniqueFileName(dir.path(), slug, QStringLiteral("markdown"), &random);
    QVERIFY(name.toUtf8().size() <= 255 - 7);
    QVERIFY2(name.endsWith(QLatin1String("-numerique.markdown")) || name.endsWith(QLatin1String("-atelier.markdown")),
             qPrintable(name));
    QVERIFY(slug.startsWith(name.chopped(QStringLiteral(".markdown").size())));
    touch(dir.filePath(name));
    const QString suffixed = Slug::uniqueFileName(dir.path(), slug, QStringLiteral("markdown"), &random);
    QVERIFY(suffixed.toUtf8().size() <= 255);
    QVERIFY(QFile(dir.filePath(suffixed)).open(QIODevice::WriteOnly));
}

void TestSlug::emptySlugGetsDigitsAlone()
{
    QTemporaryDir dir;
    QRandomGenerator random(9);
    const QString name = Slug::uniqueFileName(dir.path(), QString(), QStringLiteral("md"), &random);
    QVERIFY2(QRegularExpression(QStringLiteral("^[0-9a-f]{6}\\.md$")).match(name).hasMatch(), qPrintable(name));
}

void TestSlug::cliPrintsTheName_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("out");

    const QString title = QStringLiteral("Rencontre #4 : 100% « ouvert »");
    QTest::newRow("siteleaf by default") << QStringList{QStringLiteral("slug"), title}
                                         << QStringLiteral("rencontre-number-4-100-percent-<<-ouvert->>\n");
    QTest::newRow("siteleaf style") << QStringList{QStringLiteral("slug"), QStringLiteral("--style"),
                                                   QStringLiteral("siteleaf"), title}
                                    << QStringLiteral("rencontre-number-4-100-percent-<<-ouvert->>\n");
    QTest::newRow("clean style") << QStringList{QStringLiteral("slug"), QStringLiteral("--style"),
                                                QStringLiteral("clean"), title}
                                 << QStringLiteral("rencontre-numero-4-100-pourcent-ouvert\n");
    QTest::newRow("style after the title")
        << QStringList{QStringLiteral("slug"), title, QStringLiteral("--style=clean")}
        << QStringLiteral("rencontre-numero-4-100-pourcent-ouvert\n");
    QTest::newRow("title starting with a hyphen")
        << QStringList{QStringLiteral("slug"), QStringLiteral("--"), QStringLiteral("-20% sur tout")}
        << QStringLiteral("20-percent-sur-tout\n");
}

void TestSlug::cliPrintsTheName()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, out);
    const Result result = run(arguments);
    QCOMPARE(result.err, QString());
    QCOMPARE(result.out, out);
    QCOMPARE(result.status, 0);
}

void TestSlug::cliHelp()
{
    const Result help = run({QStringLiteral("slug"), QStringLiteral("--help")});
    QCOMPARE(help.status, 0);
    QVERIFY(help.out.startsWith(
        QLatin1String("Usage: eventdesk-cli slug [--style siteleaf|clean] [--site SITE --collection NAME] TITLE\n")));
    const Result general = run({QStringLiteral("--help")});
    QVERIFY(general.out.contains(
        QLatin1String("\n  slug [--style siteleaf|clean] [--site SITE --collection NAME] TITLE\n")));
}

void TestSlug::cliUsageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no title") << QStringList{QStringLiteral("slug")};
    QTest::newRow("two titles") << QStringList{QStringLiteral("slug"), QStringLiteral("Atelier"),
                                               QStringLiteral("jeudi")};
    QTest::newRow("unknown style") << QStringList{QStringLiteral("slug"), QStringLiteral("--style"),
                                                  QStringLiteral("jekyll"), QStringLiteral("Atelier")};
    QTest::newRow("style without value") << QStringList{QStringLiteral("slug"), QStringLiteral("Atelier"),
                                                        QStringLiteral("--style")};
    QTest::newRow("unknown option") << QStringList{QStringLiteral("slug"), QStringLiteral("--pretty"),
                                                   QStringLiteral("Atelier")};
    QTest::newRow("nothing left of the title") << QStringList{QStringLiteral("slug"), QStringLiteral("🎉 !")};
    QTest::newRow("empty title") << QStringList{QStringLiteral("slug"), QString()};
}

void TestSlug::cliUsageErrors()
{
    QFETCH(QStringList, arguments);
    const Result result = run(arguments);
    QCOMPARE(result.status, 2);
    QVERIFY(!result.err.isEmpty());
    QCOMPARE(result.out, QString());
}

QTEST_GUILESS_MAIN(TestSlug)
#include "tst_slug.moc"
