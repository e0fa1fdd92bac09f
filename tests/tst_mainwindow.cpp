#include "mainwindow.h"
#include "site/samplesite.h"
#include "translations.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace EventDesk;

// The first window, offscreen, on the sample site bundled in the application's resources.
class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void listsTheSampleSite();
    void showsFieldsAndBody();
    void showsFrontMatterErrors();
    void speaksFrench();

private:
    QTemporaryDir m_dir;
    QString m_site;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QString error;
    m_site = SampleSite::install(QStringLiteral(":/sample-site"), m_dir.filePath(QStringLiteral("site")), &error);
    QVERIFY2(!m_site.isEmpty(), qPrintable(error));
    QFile broken(QDir(m_site).filePath(QStringLiteral("_evenements/casse.markdown")));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("---\ntitle: Cassé\nlieu: [Paris\n---\n\nLe texte reste là.\n");
}

void TestMainWindow::listsTheSampleSite()
{
    MainWindow window;
    QVERIFY(window.openSite(m_site));
    QVERIFY(window.windowTitle().contains(QLatin1String("EventDesk")));
    auto* list = window.findChild<QTreeWidget*>(QStringLiteral("documentList"));
    QVERIFY(list);
    QTreeWidgetItem* events = nullptr;
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        if (list->topLevelItem(i)->text(0) == QStringLiteral("Événements"))
            events = list->topLevelItem(i);
    }
    QVERIFY(events);
    QVERIFY(events->childCount() >= 7);
    QStringList titles;
    for (int i = 0; i < events->childCount(); ++i)
        titles.append(events->child(i)->text(0));
    QVERIFY2(titles.contains(QStringLiteral("Atelier accessibilité numérique")), qPrintable(titles.join(u'|')));
}

void TestMainWindow::showsFieldsAndBody()
{
    MainWindow window;
    QVERIFY(window.openSite(m_site));
    const QString path = QDir(m_site).filePath(QStringLiteral("_evenements/atelier-accessibilite-numerique.markdown"));
    QVERIFY(window.selectDocument(path));
    auto* fields = window.findChild<QTreeWidget*>(QStringLiteral("frontMatterView"));
    auto* body = window.findChild<QPlainTextEdit*>(QStringLiteral("bodyView"));
    auto* banner = window.findChild<QLabel*>(QStringLiteral("errorBanner"));
    QVERIFY(fields && body && banner);
    QVERIFY(body->isReadOnly());
    QVERIFY(!body->toPlainText().isEmpty());
    QVERIFY(!body->toPlainText().startsWith(QLatin1String("---")));
    QVERIFY(banner->isHidden());
    const QList<QTreeWidgetItem*> title = fields->findItems(QStringLiteral("title"), Qt::MatchExactly, 0);
    QCOMPARE(title.size(), 1);
    QCOMPARE(title.first()->text(1), QStringLiteral("Atelier accessibilité numérique"));
    const QList<QTreeWidgetItem*> start = fields->findItems(QStringLiteral("event_start_date"), Qt::MatchExactly, 0);
    QCOMPARE(start.size(), 1);
    QCOMPARE(start.first()->text(1), QStringLiteral("2027-02-11 14:00:00 +01:00"));
    const QList<QTreeWidgetItem*> info = fields->findItems(QStringLiteral("champs_informations"), Qt::MatchExactly, 0);
    QCOMPARE(info.size(), 1);
    QVERIFY(info.first()->childCount() >= 2);
    QCOMPARE(info.first()->text(1), QString()); // a list shows its items as child rows
    QCOMPARE(info.first()->child(0)->child(0)->text(0), QStringLiteral("intitule"));
    const QList<QTreeWidgetItem*> map = fields->findItems(QStringLiteral("afficher_la_carte"), Qt::MatchExactly, 0);
    QCOMPARE(map.first()->text(1), QStringLiteral("yes"));

    // The page as the site shows it, in the site's language (French), whatever the desktop's.
    auto* preview = window.findChild<QTextBrowser*>(QStringLiteral("previewView"));
    QVERIFY(preview);
    const QString page = preview->toPlainText();
    QVERIFY2(page.contains(QStringLiteral("Atelier accessibilité numérique")), qPrintable(page.left(300)));
    QVERIFY2(page.contains(QStringLiteral("Jeudi 11 février 2027, de 14 h à 17 h")), qPrintable(page.left(300)));
    QVERIFY(!preview->openLinks()); // links are handled, never followed inside the preview
}

void TestMainWindow::showsFrontMatterErrors()
{
    MainWindow window;
    window.show();
    QVERIFY(window.openSite(m_site));
    QVERIFY(window.selectDocument(QDir(m_site).filePath(QStringLiteral("_evenements/casse.markdown"))));
    auto* banner = window.findChild<QLabel*>(QStringLiteral("errorBanner"));
    auto* body = window.findChild<QPlainTextEdit*>(QStringLiteral("bodyView"));
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().startsWith(QLatin1String("_evenements/casse.markdown:3:7: ")), qPrintable(banner->text()));
    QVERIFY(body->toPlainText().contains(QLatin1String("lieu: [Paris")));
    QVERIFY(body->toPlainText().contains(QStringLiteral("Le texte reste là.")));
}

void TestMainWindow::speaksFrench()
{
    QCOMPARE(Translations::install(QCoreApplication::instance(), QLocale(QLocale::French, QLocale::France)),
             QStringLiteral("fr"));
    MainWindow window;
    QVERIFY(window.openSite(m_site));
    QStringList menus;
    for (QAction* action : window.menuBar()->actions())
        menus.append(action->text());
    QCOMPARE(menus, (QStringList{QStringLiteral("&Fichier"), QStringLiteral("&Aide")}));
    auto* fields = window.findChild<QTreeWidget*>(QStringLiteral("frontMatterView"));
    QCOMPARE(fields->headerItem()->text(0), QStringLiteral("Champ"));
    QVERIFY(window.selectDocument(
        QDir(m_site).filePath(QStringLiteral("_evenements/atelier-accessibilite-numerique.markdown"))));
    const QList<QTreeWidgetItem*> start = fields->findItems(QStringLiteral("event_start_date"), Qt::MatchExactly, 0);
    QCOMPARE(start.first()->text(2), QStringLiteral("date et heure"));
    QCOMPARE(Translations::install(QCoreApplication::instance(), QLocale(QLocale::German)), QStringLiteral("en"));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
