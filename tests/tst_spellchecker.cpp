#include "check/markdownprose.h"
#include "spell/spellchecker.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace EventDesk;

class TestSpellChecker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wordsOfMarkdown_data();
    void wordsOfMarkdown();
    void wordsOfPlainText();
    void liquidOverLines_data();
    void liquidOverLines();
    void dictionariesFound();
    void findsTheLanguage();
    void frenchSample();
    void suggestions();
    void personalWords();
    void noDictionary();

private:
    static QStringList wordsOf(const QString& text, SpellChecker::TextKind kind);
    bool openFrench(SpellChecker* checker);
};

QStringList TestSpellChecker::wordsOf(const QString& text, SpellChecker::TextKind kind)
{
    QStringList found;
    const QVector<SpellChecker::Word> words = SpellChecker::words(text, kind);
    for (const SpellChecker::Word& word : words)
        found.append(text.mid(word.position, word.length));
    return found;
}

bool TestSpellChecker::openFrench(SpellChecker* checker)
{
    const SpellDictionary french = SpellDictionary::find(SpellDictionary::installed(), QStringLiteral("fr"));
    if (french.language.isEmpty())
        return false;
    return checker->open(french);
}

void TestSpellChecker::wordsOfMarkdown_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("words");

    auto list = [](const char* words) { return QString::fromUtf8(words).split(QLatin1Char(' '), Qt::SkipEmptyParts); };
    QTest::newRow("prose") << QStringLiteral("Un atelier sur l’accessibilité, c’est-à-dire pour tous.")
                           << list("Un atelier sur l’accessibilité c’est-à-dire pour tous");
    QTest::newRow("emphasis and headings")
        << QStringLiteral("## Le **programme** et _les_ ateliers") << list("Le programme et les ateliers");
    QTest::newRow("code span") << QStringLiteral("Lancez `jekyll serve` puis") << list("Lancez puis");
    QTest::newRow("fenced code") << QStringLiteral("Avant\n```\nconst foo = bar;\n```\naprès") << list("Avant après");
    QTest::newRow("link destination") << QStringLiteral("Voir [le site](https://exemple.fr/pagee) ici")
                                      << list("Voir le site ici");
    QTest::newRow("bare address") << QStringLiteral("Sur www.exemplle.fr ou https://exemplle.fr/x") << list("Sur ou");
    QTest::newRow("bare domain and entity")
        << QStringLiteral("Sur numerique.gouv.fr/agenda et demarches-simplifiees.fr&nbsp;: ok") << list("Sur et ok");
    QTest::newRow("mail") << QStringLiteral("Écrire à contaact@exemple.fr") << list("Écrire à");
    QTest::newRow("html") << QStringLiteral("<span class=\"visuallyhidden\">caché</span> texte") << list("caché texte");
    QTest::newRow("liquid") << QStringLiteral("{% include bouton.html lien=page.url %} et {{ site.titre }}")
                            << list("et");
    QTest::newRow("kramdown") << QStringLiteral("Encadré\n{: .encadre #lien-utile}\n{::comment}notte{:/}")
                              << list("Encadré");
    QTest::newRow("numbers and acronyms")
        << QStringLiteral("La DINUM, le 12e jour, 14h30, mp3 et COVID-19") << list("La le jour et");
    QTest::newRow("escapes and names") << QStringLiteral("\\*étoile et nom_de_fichier \\n") << list("étoile et");
    QTest::newRow("hyphens and apostrophes at edges")
        << QStringLiteral("- élément -tiret 'cité' l'été") << list("élément tiret cité l'été");
}

void TestSpellChecker::wordsOfMarkdown()
{
    QFETCH(QString, text);
    QFETCH(QStringList, words);
    QCOMPARE(wordsOf(text, SpellChecker::TextKind::Markdown), words);
}

void TestSpellChecker::wordsOfPlainText()
{
    // A title is not Markdown: a backquote is a character, but addresses are still skipped.
    QCOMPARE(wordsOf(QStringLiteral("Atelier `code` sur https://exemple.fr"), SpellChecker::TextKind::Plain),
             (QStringList{QStringLiteral("Atelier"), QStringLiteral("code"), QStringLiteral("sur")}));
}

void TestSpellChecker::liquidOverLines_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<int>("before");
    QTest::addColumn<QString>("prose");
    QTest::addColumn<int>("after");

    QTest::newRow("plain") << QStringLiteral("du texte") << 0 << QStringLiteral("du texte") << 0;
    QTest::newRow("closed on the line") << QStringLiteral("a {% include x.html %} b") << 0
                                        << QStringLiteral("a {% include x.html %} b") << 0;
    QTest::newRow("tag left open") << QStringLiteral("avant {% include x.html") << 0 << QStringLiteral("avant ")
                                   << int(MarkdownProse::InTag);
    QTest::newRow("inside a tag") << QStringLiteral("  legende=\"x\"") << int(MarkdownProse::InTag) << QString()
                                  << int(MarkdownProse::InTag);
    QTest::newRow("tag closed") << QStringLiteral("  legende=\"x\" %} après") << int(MarkdownProse::InTag)
                                << QStringLiteral(" après") << 0;
    QTest::newRow("output left open") << QStringLiteral("voir {{ page.titre") << 0 << QStringLiteral("voir ")
                                      << int(MarkdownProse::InOutput);
    QTest::newRow("highlight opens") << QStringLiteral("{% highlight ruby %}") << 0 << QString()
                                     << int(MarkdownProse::InHighlight);
    QTest::newRow("inside highlight") << QStringLiteral("puts %} {{ x") << int(MarkdownProse::InHighlight) << QString()
                                      << int(MarkdownProse::InHighlight);
    QTest::newRow("highlight ends") << QStringLiteral("{% endhighlight %} fin") << int(MarkdownProse::InHighlight)
                                    << QStringLiteral(" fin") << 0;
    QTest::newRow("comment with trim marks")
        << QStringLiteral("x {%- comment -%}") << 0 << QStringLiteral("x ") << int(MarkdownProse::InComment);
    QTest::newRow("raw closed on the line")
        << QStringLiteral("{% raw %}{{ a }}{% endraw %} puis {% raw %}") << 0
        << QStringLiteral("{% raw %}{{ a }}{% endraw %} puis ") << int(MarkdownProse::InRaw);
}

void TestSpellChecker::liquidOverLines()
{
    QFETCH(QString, line);
    QFETCH(int, before);
    QFETCH(QString, prose);
    QFETCH(int, after);
    int start = -1;
    int end = -1;
    QCOMPARE(int(MarkdownProse::liquidLine(line, MarkdownProse::LiquidState(before), &start, &end)), after);
    QCOMPARE(line.mid(start, end - start), prose);
}

void TestSpellChecker::dictionariesFound()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto touch = [&](const QString& name) {
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
    };
    touch(QStringLiteral("fr_FR.aff"));
    touch(QStringLiteral("fr_FR.dic"));
    touch(QStringLiteral("de_DE.aff")); // no .dic: not a dictionary
    touch(QStringLiteral("en_GB.dic"));
    touch(QStringLiteral("en_GB.aff"));
    const QVector<SpellDictionary> found = SpellDictionary::installed({dir.path()});
    QCOMPARE(found.size(), 2);
    QCOMPARE(found.at(0).language, QStringLiteral("en_GB"));
    QCOMPARE(found.at(1).language, QStringLiteral("fr_FR"));
    QCOMPARE(found.at(1).wordFile, dir.filePath(QStringLiteral("fr_FR.dic")));

    // One dictionary under several names (as Debian installs hunspell-fr): listed once, plainly.
    QTemporaryDir linked;
    QVERIFY(linked.isValid());
    for (const char* extension : {".aff", ".dic"}) {
        QFile file(linked.filePath(QStringLiteral("de_DE") + QLatin1String(extension)));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        for (const char* other : {"de_AT", "de_CH"})
            QVERIFY(QFile::link(file.fileName(), linked.filePath(QLatin1String(other) + QLatin1String(extension))));
    }
    const QVector<SpellDictionary> german = SpellDictionary::installed({linked.path()});
    QCOMPARE(german.size(), 1);
    QCOMPARE(german.at(0).language, QStringLiteral("de_DE"));
}

void TestSpellChecker::findsTheLanguage()
{
    const QVector<SpellDictionary> dictionaries{{QStringLiteral("fr_BE"), {}, {}},
                                                {QStringLiteral("fr_CA"), {}, {}},
                                                {QStringLiteral("fr_FR"), {}, {}},
                                                {QStringLiteral("en_US"), {}, {}}};
    QCOMPARE(SpellDictionary::find(dictionaries, QStringLiteral("fr")).language, QStringLiteral("fr_FR"));
    QCOMPARE(SpellDictionary::find(dictionaries, QStringLiteral("fr-CA")).language, QStringLiteral("fr_CA"));
    QCOMPARE(SpellDictionary::find(dictionaries, QStringLiteral("fr_CH")).language, QStringLiteral("fr_BE"));
    QCOMPARE(SpellDictionary::find(dictionaries, QStringLiteral("en")).language, QStringLiteral("en_US"));
    QVERIFY(SpellDictionary::find(dictionaries, QStringLiteral("de")).language.isEmpty());
}

void TestSpellChecker::frenchSample()
{
    SpellChecker checker;
    if (!openFrench(&checker))
        QSKIP("No French Hunspell dictionary: install hunspell-fr (packaging/install-deps.sh does)");
    const QString text = QStringLiteral(
        "## Programme de la journée\n\n"
        "Nous vous attendons pour un atelier sur l’accessibilité numérique, avec des démonstrations "
        "et une table rondde à 14 h 30. Inscrivez-vous sur [le formulaire](https://exemple.fr/formullaire) "
        "ou écrivez à inscriptions@exemple.fr.\n\n"
        "```\nbundle exec jekyll serv\n```\n\n"
        "Aujourd’hui, la DINUM présente sa nouvele feuille de route.\n"
        "{: .encadre}\n");
    QStringList wrong;
    for (const SpellChecker::Word& word : checker.misspelled(text, SpellChecker::TextKind::Markdown))
        wrong.append(text.mid(word.position, word.length));
    QCOMPARE(wrong, (QStringList{QStringLiteral("rondde"), QStringLiteral("nouvele")}));
    QVERIFY(checker.isCorrect(QStringLiteral("événement")));
    QVERIFY(checker.isCorrect(QStringLiteral("Numérique")));
    QVERIFY(!checker.isCorrect(QStringLiteral("numérik")));
}

void TestSpellChecker::suggestions()
{
    SpellChecker checker;
    if (!openFrench(&checker))
        QSKIP("No French Hunspell dictionary: install hunspell-fr (packaging/install-deps.sh does)");
    QVERIFY(checker.suggestions(QStringLiteral("rondde")).contains(QStringLiteral("ronde")));
    QVERIFY(checker.suggestions(QStringLiteral("rencontrre")).contains(QStringLiteral("rencontre")));
    QCOMPARE(checker.suggestions(QStringLiteral("rencontrre"), 1).size(), 1);
    // Written with ’, suggested with ’.
    const QStringList curly = checker.suggestions(QStringLiteral("l’acessibilité"));
    QVERIFY2(curly.contains(QStringLiteral("l’accessibilité")), qPrintable(curly.join(QLatin1Char('|'))));
}

void TestSpellChecker::personalWords()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("words/personal.txt"));
    {
        SpellChecker checker;
        if (!openFrench(&checker))
            QSKIP("No French Hunspell dictionary: install hunspell-fr (packaging/install-deps.sh does)");
        checker.setPersonalFile(file);
        QVERIFY(!checker.isCorrect(QStringLiteral("Siteleaf")));
        QVERIFY(checker.addToPersonal(QStringLiteral("Siteleaf")));
        QVERIFY(checker.addToPersonal(QStringLiteral("numérithèque")));
        QVERIFY(checker.isCorrect(QStringLiteral("Siteleaf")));
        // Hunspell's case rules apply to added words: a lower-case word may start a sentence.
        QVERIFY(checker.isCorrect(QStringLiteral("Numérithèque")));
        checker.ignore(QStringLiteral("Zorglub"));
        QVERIFY(checker.isCorrect(QStringLiteral("Zorglub")));
    }
    QFile written(file);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(written.readAll()), QStringLiteral("numérithèque\nSiteleaf\n"));

    // Another session: the list is read again, the ignored word is forgotten; a dictionary opened
    // after the list was read knows its words too.
    SpellChecker next;
    next.setPersonalFile(file);
    QVERIFY(openFrench(&next));
    QVERIFY(next.isCorrect(QStringLiteral("Siteleaf")));
    QVERIFY(!next.isCorrect(QStringLiteral("Zorglub")));
    QCOMPARE(next.personalWords(), (QStringList{QStringLiteral("numérithèque"), QStringLiteral("Siteleaf")}));
}

void TestSpellChecker::noDictionary()
{
    SpellChecker checker;
    QVERIFY(!checker.open(
        {QStringLiteral("xx_XX"), QStringLiteral("/nonexistent/xx_XX.aff"), QStringLiteral("/nonexistent/xx_XX.dic")}));
    QVERIFY(checker.error().contains(QStringLiteral("xx_XX")));
    QVERIFY(!checker.isOpen());
    // Nothing is reported as misspelled without a dictionary.
    QVERIFY(checker.misspelled(QStringLiteral("rondde nouvele"), SpellChecker::TextKind::Plain).isEmpty());
}

QTEST_GUILESS_MAIN(TestSpellChecker)
#include "tst_spellchecker.moc"
