#include "../../testfiles.h"
#include "documentbrowser.h"
#include "documentlistmodel.h"
#include "site/siteindex.h"

#include <QAbstractItemModel>
#include <QComboBox>
#include <QDirIterator>
#include <QFont>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QSaveFile>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace EventDesk;

namespace {

// 2025-03-10 12:00 in Paris.
const QDateTime referenceTime(QDate(2025, 3, 10), QTime(11, 0), QTimeZone::utc());

// The list as shown: "Group: title, title" per group.
QStringList shown(const QAbstractItemModel* model)
{
    QStringList groups;
    for (int g = 0; g < model->rowCount(); ++g) {
        const QModelIndex group = model->index(g, 0);
        QStringList titles;
        for (int row = 0; row < model->rowCount(group); ++row)
            titles.append(model->index(row, 0, group).data().toString());
        groups.append(group.data().toString() + QStringLiteral(": ") + titles.join(QStringLiteral(", ")));
    }
    return groups;
}

QModelIndex find(const QAbstractItemModel* model, const QString& title)
{
    const QModelIndexList found =
        model->match(model->index(0, 0), Qt::DisplayRole, title, 1, Qt::MatchExactly | Qt::MatchRecursive);
    return found.value(0);
}

void grab(QWidget* widget, const QString& name)
{
    // Screenshots for a look at the result: EVENTDESK_GRAB_DIR=/tmp ctest -R tst_documentbrowser
    const QString folder = qEnvironmentVariable("EVENTDESK_GRAB_DIR");
    if (!folder.isEmpty())
        widget->grab().save(QDir(folder).filePath(name));
}

} // namespace

class TestDocumentBrowser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void readingThenGrouped();
    void statesAndIcons();
    void dateTextInTheUserLocale();
    void search();
    void collections();
    void selectPathSwitchesCollection();
    void currentStaysWhileHidden();
    void keyboard();
    void modifiedPaths();
    void followsEditsOnDisk();
    void realSite();

private:
    QString file(const QString& relativePath) const { return QDir(m_dir->path()).filePath(relativePath); }
    void openSite(const QString& root);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SiteIndex> m_index;
    std::unique_ptr<DocumentBrowser> m_browser;
};

void TestDocumentBrowser::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    const QDir root(m_dir->path());
    TestFiles::write(file(QStringLiteral("_config.yml")),
                     "title: Test\ntimezone: Europe/Paris\ncollections:\n  evenements:\n    title: Événements\n"
                     "    output: true\n  actualites:\n    title: Actualités\n    output: true\n"
                     "defaults:\n- scope:\n    path: ''\n    type: evenements\n  values:\n    layout: evenement\n"
                     "    event_start_date:\n    event_end_date:\n    categories:\n");
    TestFiles::write(file(QStringLiteral("_evenements/soon.md")),
                     "---\ntitle: Atelier accessibilité\nevent_start_date: 2025-03-12 09:30:00 +01:00\n"
                     "categories:\n- Atelier\n---\n");
    TestFiles::write(file(QStringLiteral("_evenements/later.md")),
                     "---\ntitle: Conférence numérique\nevent_start_date: 2025-04-02 14:00:00 +02:00\n"
                     "categories:\n- Événement partenaire\n---\n");
    TestFiles::write(file(QStringLiteral("_evenements/running.md")),
                     "---\ntitle: Salon en cours\nevent_start_date: 2025-03-08\nevent_end_date: 2025-03-11\n---\n");
    TestFiles::write(file(QStringLiteral("_evenements/today.md")),
                     "---\ntitle: Journée du jour\nevent_start_date: 2025-03-10\n---\n");
    TestFiles::write(file(QStringLiteral("_evenements/old.md")),
                     "---\ntitle: Forum ancien\nevent_start_date: 2025-01-15 10:00:00 +01:00\n---\n");
    TestFiles::write(file(QStringLiteral("_evenements/older.md")),
                     "---\ntitle: Webinaire d'hiver\nevent_start_date: 2024-12-01 10:00:00 +01:00\n"
                     "published: false\n---\n");
    TestFiles::write(file(QStringLiteral("_evenements/broken.md")), "---\ntitle: [x\n---\n");
    TestFiles::write(file(QStringLiteral("_evenements/nodate.md")), "---\ntitle: Réunion sans date\n---\n");
    TestFiles::write(file(QStringLiteral("_actualites/printemps.md")),
                     "---\ntitle: Le printemps du numérique\ndate: 2025-02-01 10:00:00 +01:00\n---\n");
    TestFiles::write(file(QStringLiteral("_drafts/idee.md")), "---\ntitle: Une idée\ndate: 2025-05-01\n---\n");
    TestFiles::write(file(QStringLiteral("about.md")), "---\ntitle: À propos\n---\n");
    m_browser = std::make_unique<DocumentBrowser>();
    m_browser->resize(320, 600);
    m_browser->setReferenceTime(referenceTime);
}

void TestDocumentBrowser::cleanup()
{
    m_browser.reset();
    m_index.reset();
    m_dir.reset();
}

void TestDocumentBrowser::openSite(const QString& root)
{
    SiteConfig config;
    QString error;
    QVERIFY2(SiteConfig::load(root, &config, &error), qPrintable(error));
    m_index = std::make_unique<SiteIndex>();
    m_browser->setIndex(m_index.get());
    m_index->open(config, EditorSettings());
    QTRY_VERIFY(m_index->isReady());
}

void TestDocumentBrowser::readingThenGrouped()
{
    SiteConfig config;
    QString error;
    QVERIFY(SiteConfig::load(m_dir->path(), &config, &error));
    m_index = std::make_unique<SiteIndex>();
    m_index->open(config, EditorSettings());
    QSignalSpy collection(m_browser.get(), &DocumentBrowser::collectionChanged);
    m_browser->setIndex(m_index.get());
    auto* message = m_browser->findChild<QLabel*>(QStringLiteral("documentListMessage"));
    auto* stack = m_browser->findChild<QStackedWidget*>();
    QVERIFY(message && stack);
    QCOMPARE(message->text(), QStringLiteral("Reading the site…"));
    QVERIFY(stack->currentWidget() != m_browser->view());
    grab(m_browser.get(), QStringLiteral("documents-reading.png"));

    QTRY_COMPARE(stack->currentWidget(), m_browser->view());
    // The first collection with a start date, not the first one (posts).
    QCOMPARE(m_browser->currentCollection(), QStringLiteral("evenements"));
    QCOMPARE(collection.count(), 1);
    QCOMPARE(
        shown(m_browser->view()->model()),
        (QStringList{
            QStringLiteral("Upcoming: Salon en cours, Journée du jour, Atelier accessibilité, Conférence numérique"),
            QStringLiteral("Past: Forum ancien, Webinaire d'hiver"),
            QStringLiteral("No date: broken.md, Réunion sans date"),
        }));
    QVERIFY(m_browser->currentPath().isEmpty());
    m_browser->show();
    grab(m_browser.get(), QStringLiteral("documents-test-site.png"));
}

void TestDocumentBrowser::statesAndIcons()
{
    openSite(m_dir->path());
    const QAbstractItemModel* model = m_browser->view()->model();
    const auto state = [&](const QString& title) {
        return DocumentListModel::State(find(model, title).data(DocumentListModel::StateRole).toInt());
    };
    QCOMPARE(state(QStringLiteral("Atelier accessibilité")), DocumentListModel::State());
    QCOMPARE(state(QStringLiteral("Forum ancien")), DocumentListModel::State(DocumentListModel::Past));
    QCOMPARE(state(QStringLiteral("Webinaire d'hiver")),
             DocumentListModel::State(DocumentListModel::Past | DocumentListModel::Unpublished));
    QCOMPARE(state(QStringLiteral("broken.md")), DocumentListModel::State(DocumentListModel::Error));

    const QModelIndex soon = find(model, QStringLiteral("Atelier accessibilité"));
    QCOMPARE(soon.data(DocumentListModel::PathRole).toString(), file(QStringLiteral("_evenements/soon.md")));
    QCOMPARE(soon.data(DocumentListModel::SortDateRole).toDateTime(),
             QDateTime(QDate(2025, 3, 12), QTime(8, 30), QTimeZone::utc()));
    QVERIFY(soon.data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(!soon.data(Qt::ForegroundRole).isValid());
    // A date without a zone is a day on the site's clock.
    QCOMPARE(find(model, QStringLiteral("Journée du jour")).data(DocumentListModel::SortDateRole).toDateTime(),
             QDateTime(QDate(2025, 3, 9), QTime(23, 0), QTimeZone::utc()));

    const QModelIndex broken = find(model, QStringLiteral("broken.md"));
    QVERIFY(!broken.data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY2(broken.data(Qt::ToolTipRole).toString().contains(QLatin1String("_evenements/broken.md:2:")),
             qPrintable(broken.data(Qt::ToolTipRole).toString()));
    const QModelIndex hidden = find(model, QStringLiteral("Webinaire d'hiver"));
    QVERIFY(!hidden.data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(hidden.data(Qt::ForegroundRole).isValid());
    QVERIFY(hidden.data(Qt::ToolTipRole).toString().contains(QLatin1String("Not published")));

    // Groups are headings: not selectable.
    QVERIFY(model->index(0, 0).data(DocumentListModel::IsGroupRole).toBool());
    QVERIFY(!(model->flags(model->index(0, 0)) & Qt::ItemIsSelectable));
    QVERIFY(model->flags(soon) & Qt::ItemIsSelectable);

    m_browser->setCurrentCollection(QStringLiteral("posts"));
    const QModelIndex draft = find(model, QStringLiteral("Une idée"));
    QVERIFY(draft.isValid());
    QVERIFY(DocumentListModel::State(draft.data(DocumentListModel::StateRole).toInt()) & DocumentListModel::Draft);
    QVERIFY(!draft.data(Qt::DecorationRole).value<QIcon>().isNull());
}

void TestDocumentBrowser::dateTextInTheUserLocale()
{
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    openSite(m_dir->path());
    const QAbstractItemModel* model = m_browser->view()->model();
    const QString soon =
        find(model, QStringLiteral("Atelier accessibilité")).data(DocumentListModel::DateTextRole).toString();
    const QString later =
        find(model, QStringLiteral("Conférence numérique")).data(DocumentListModel::DateTextRole).toString();
    const QString day = find(model, QStringLiteral("Journée du jour")).data(DocumentListModel::DateTextRole).toString();
    QLocale::setDefault(before);
    QCOMPARE(soon, QStringLiteral("12 mars 2025, 09:30"));
    QCOMPARE(later, QStringLiteral("2 avril 2025, 14:00"));
    QCOMPARE(day, QStringLiteral("10 mars 2025"));
}

void TestDocumentBrowser::search()
{
    openSite(m_dir->path());
    auto* search = m_browser->findChild<QLineEdit*>(QStringLiteral("documentSearch"));
    auto* stack = m_browser->findChild<QStackedWidget*>();
    auto* message = m_browser->findChild<QLabel*>(QStringLiteral("documentListMessage"));
    QVERIFY(search && stack && message);
    QCOMPARE(search->placeholderText(), QStringLiteral("Search…"));
    QVERIFY(search->isClearButtonEnabled());
    const QAbstractItemModel* model = m_browser->view()->model();

    // Categories, without accents or case.
    QTest::keyClicks(search, QStringLiteral("EVENEMENT"));
    QCOMPARE(shown(model), QStringList{QStringLiteral("Upcoming: Conférence numérique")});
    // Titles, several words.
    search->setText(QStringLiteral("atelier ACCESSIBILITE"));
    QCOMPARE(shown(model), QStringList{QStringLiteral("Upcoming: Atelier accessibilité")});
    // Relative paths; the groups of the matches only.
    search->setText(QStringLiteral("old"));
    QCOMPARE(shown(model), QStringList{QStringLiteral("Past: Forum ancien, Webinaire d'hiver")});
    QCOMPARE(stack->currentWidget(), m_browser->view());

    search->setText(QStringLiteral("zzz"));
    QCOMPARE(model->rowCount(), 0);
    QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("documentListMessagePage"));
    QCOMPARE(message->text(), QStringLiteral("No document matches “zzz”."));
    m_browser->show();
    grab(m_browser.get(), QStringLiteral("documents-no-match.png"));

    // Escape clears the search.
    QTest::keyClick(search, Qt::Key_Escape);
    QCOMPARE(search->text(), QString());
    QCOMPARE(stack->currentWidget(), m_browser->view());
    QCOMPARE(model->rowCount(), 3);
    // The groups the search brought back are open.
    for (int g = 0; g < model->rowCount(); ++g)
        QVERIFY(m_browser->view()->isExpanded(model->index(g, 0)));
}

void TestDocumentBrowser::collections()
{
    openSite(m_dir->path());
    auto* switcher = m_browser->findChild<QComboBox*>(QStringLiteral("collectionSwitcher"));
    QVERIFY(switcher);
    QStringList items;
    for (int row = 0; row < switcher->count(); ++row)
        items.append(switcher->itemText(row));
    QCOMPARE(items,
             (QStringList{QStringLiteral("Posts (1)"), QStringLiteral("Événements (8)"),
                          QStringLiteral("Actualités (1)"), QStringLiteral("Pages (1)")}));
    QCOMPARE(switcher->currentText(), QStringLiteral("Événements (8)"));

    QSignalSpy changed(m_browser.get(), &DocumentBrowser::collectionChanged);
    switcher->setCurrentIndex(2); // as the user does
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().first().toString(), QStringLiteral("actualites"));
    QCOMPARE(m_browser->currentCollection(), QStringLiteral("actualites"));
    // A news item: its publication date, past.
    QCOMPARE(shown(m_browser->view()->model()), QStringList{QStringLiteral("Past: Le printemps du numérique")});

    m_browser->setCurrentCollection(QString());
    QCOMPARE(switcher->currentText(), QStringLiteral("Pages (1)"));
    QCOMPARE(shown(m_browser->view()->model()), QStringList{QStringLiteral("No date: À propos")});
    m_browser->setCurrentCollection(QStringLiteral("unknown"));
    QCOMPARE(m_browser->currentCollection(), QString());
    QCOMPARE(changed.count(), 2);
}

void TestDocumentBrowser::selectPathSwitchesCollection()
{
    openSite(m_dir->path());
    QSignalSpy path(m_browser.get(), &DocumentBrowser::currentPathChanged);
    QSignalSpy collection(m_browser.get(), &DocumentBrowser::collectionChanged);
    const QString news = file(QStringLiteral("_actualites/printemps.md"));
    QVERIFY(m_browser->selectPath(news));
    QCOMPARE(m_browser->currentCollection(), QStringLiteral("actualites"));
    QCOMPARE(collection.count(), 1);
    QCOMPARE(m_browser->currentPath(), news);
    QCOMPARE(path.count(), 1);
    QCOMPARE(path.first().first().toString(), news);
    QCOMPARE(m_browser->view()->currentIndex().data(DocumentListModel::PathRole).toString(), news);
    QVERIFY(m_browser->view()->selectionModel()->isSelected(m_browser->view()->currentIndex()));

    QVERIFY(!m_browser->selectPath(file(QStringLiteral("_evenements/missing.md"))));
    QCOMPARE(m_browser->currentPath(), news);

    // A search that hides the document is cleared.
    auto* search = m_browser->findChild<QLineEdit*>(QStringLiteral("documentSearch"));
    search->setText(QStringLiteral("zzz"));
    const QString soon = file(QStringLiteral("_evenements/soon.md"));
    QVERIFY(m_browser->selectPath(soon));
    QCOMPARE(search->text(), QString());
    QCOMPARE(m_browser->view()->currentIndex().data(DocumentListModel::PathRole).toString(), soon);
    QCOMPARE(path.count(), 2);
}

void TestDocumentBrowser::currentStaysWhileHidden()
{
    openSite(m_dir->path());
    QSignalSpy path(m_browser.get(), &DocumentBrowser::currentPathChanged);
    const QString soon = file(QStringLiteral("_evenements/soon.md"));
    // The user clicks a document.
    QTreeView* view = m_browser->view();
    m_browser->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_browser.get()));
    const QModelIndex index = find(view->model(), QStringLiteral("Atelier accessibilité"));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
    QCOMPARE(m_browser->currentPath(), soon);
    QCOMPARE(path.count(), 1);

    auto* search = m_browser->findChild<QLineEdit*>(QStringLiteral("documentSearch"));
    search->setText(QStringLiteral("forum"));
    QCOMPARE(m_browser->currentPath(), soon);
    QVERIFY(!view->selectionModel()->hasSelection());
    search->clear();
    QCOMPARE(view->currentIndex().data(DocumentListModel::PathRole).toString(), soon);
    m_browser->setCurrentCollection(QStringLiteral("actualites"));
    m_browser->setCurrentCollection(QStringLiteral("evenements"));
    QCOMPARE(view->currentIndex().data(DocumentListModel::PathRole).toString(), soon);
    QCOMPARE(path.count(), 1);
}

void TestDocumentBrowser::keyboard()
{
    openSite(m_dir->path());
    m_browser->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_browser.get()));
    QSignalSpy activated(m_browser.get(), &DocumentBrowser::activated);
    QTreeView* view = m_browser->view();
    QVERIFY(m_browser->selectPath(file(QStringLiteral("_evenements/later.md"))));
    // Down from the last upcoming document skips the "Past" heading.
    QTest::keyClick(view, Qt::Key_Down);
    QCOMPARE(m_browser->currentPath(), file(QStringLiteral("_evenements/old.md")));
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.first().first().toString(), file(QStringLiteral("_evenements/old.md")));

    // From the search, Down goes to the list and Enter takes the first match.
    m_browser->focusSearch();
    auto* search = m_browser->findChild<QLineEdit*>(QStringLiteral("documentSearch"));
    QTRY_VERIFY(search->hasFocus());
    QTest::keyClicks(search, QStringLiteral("sans date"));
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(m_browser->currentPath(), file(QStringLiteral("_evenements/nodate.md")));
    QTRY_VERIFY(view->hasFocus());

    // Every control has a name for screen readers.
    for (QWidget* widget : m_browser->findChildren<QWidget*>()) {
        if (widget->focusPolicy() != Qt::NoFocus && !widget->objectName().isEmpty())
            QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
    }
}

void TestDocumentBrowser::modifiedPaths()
{
    openSite(m_dir->path());
    const QString soon = file(QStringLiteral("_evenements/soon.md"));
    m_browser->setModifiedPaths({soon});
    const QModelIndex index = find(m_browser->view()->model(), QStringLiteral("Atelier accessibilité"));
    QVERIFY(DocumentListModel::State(index.data(DocumentListModel::StateRole).toInt()) & DocumentListModel::Modified);
    QVERIFY(index.data(Qt::FontRole).value<QFont>().bold());
    m_browser->show();
    QVERIFY(m_browser->selectPath(file(QStringLiteral("_evenements/older.md"))));
    m_browser->view()->setFocus();
    grab(m_browser.get(), QStringLiteral("documents-modified-selected.png"));
    m_browser->setModifiedPaths({});
    QVERIFY(
        !(DocumentListModel::State(index.data(DocumentListModel::StateRole).toInt()) & DocumentListModel::Modified));
    QVERIFY(!index.data(Qt::FontRole).isValid());
}

void TestDocumentBrowser::followsEditsOnDisk()
{
    // A list long enough to scroll.
    for (int i = 0; i < 30; ++i) {
        TestFiles::write(file(QStringLiteral("_evenements/serie-%1.md").arg(i, 2, 10, QLatin1Char('0'))),
                         QStringLiteral("---\ntitle: Séance %1\nevent_start_date: 2025-05-%2 10:00:00 +02:00\n---\n")
                             .arg(i)
                             .arg(i + 1, 2, 10, QLatin1Char('0'))
                             .toUtf8());
    }
    openSite(m_dir->path());
    m_browser->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_browser.get()));
    const QString target = file(QStringLiteral("_evenements/serie-20.md"));
    QVERIFY(m_browser->selectPath(target));
    QTreeView* view = m_browser->view();
    QVERIFY(view->verticalScrollBar()->value() > 0);
    const int top = view->visualRect(view->currentIndex()).top();
    QSignalSpy path(m_browser.get(), &DocumentBrowser::currentPathChanged);

    QSaveFile save(target);
    QVERIFY(save.open(QIODevice::WriteOnly));
    save.write("---\ntitle: Séance 20 (complet)\nevent_start_date: 2025-05-21 10:00:00 +02:00\n---\n");
    QVERIFY(save.commit());
    // An event added before it in the list.
    TestFiles::write(file(QStringLiteral("_evenements/ajout.md")),
                     "---\ntitle: Ajout\nevent_start_date: 2025-03-20 10:00:00 +01:00\n---\n");

    QTRY_COMPARE(view->currentIndex().data().toString(), QStringLiteral("Séance 20 (complet)"));
    QTRY_VERIFY(find(view->model(), QStringLiteral("Ajout")).isValid());
    QCOMPARE(m_browser->currentPath(), target);
    QVERIFY(view->selectionModel()->isSelected(view->currentIndex()));
    QCOMPARE(view->visualRect(view->currentIndex()).top(), top);
    QCOMPARE(path.count(), 0);

    // The current document removed: nothing is current.
    QVERIFY(QFile::remove(target));
    QTRY_COMPARE(path.count(), 1);
    QCOMPARE(m_browser->currentPath(), QString());
}

void TestDocumentBrowser::realSite()
{
    // The sample of the reference site, copied: EVENTDESK_CORPUS=/work/shared/corpus
    QString source = qEnvironmentVariable("EVENTDESK_CORPUS");
    if (source.isEmpty())
        QSKIP("EVENTDESK_CORPUS is not set: no real site to show");
    if (!QFileInfo::exists(QDir(source).filePath(QStringLiteral("_config.yml"))))
        source = QDir(source).filePath(QStringLiteral("numerique"));
    QDirIterator it(source, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QVERIFY(!TestFiles::write(file(QStringLiteral("site/") + QDir(source).relativeFilePath(path)),
                                  TestFiles::read(path))
                     .isEmpty());
    }
    m_browser->setReferenceTime(QDateTime(QDate(2023, 6, 1), QTime(10, 0), QTimeZone::utc()));
    openSite(file(QStringLiteral("site")));
    QCOMPARE(m_browser->currentCollection(), QStringLiteral("evenements"));
    QCOMPARE(m_browser->findChild<QComboBox*>()->currentText(), QStringLiteral("Evénements (67)"));
    m_browser->show();
    grab(m_browser.get(), QStringLiteral("documents-numerique.png"));
    m_browser->findChild<QLineEdit*>()->setText(QStringLiteral("numerique"));
    grab(m_browser.get(), QStringLiteral("documents-numerique-search.png"));
}

QTEST_MAIN(TestDocumentBrowser)

#include "tst_documentbrowser.moc"
