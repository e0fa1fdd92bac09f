#include "changelistmodel.h"
#include "changesdialog.h"
#include "diffhighlighter.h"
#include "diffview.h"
#include "testgit.h"
#include "vcs/gitcommit.h"

#include <QApplication>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace EventDesk;
using namespace EventDesk::TestGit;

namespace {

template <typename T> T* child(QWidget& parent, const char* name)
{
    auto* widget = parent.findChild<T*>(QLatin1String(name));
    Q_ASSERT_X(widget, "child", name);
    return widget;
}

const QString Atelier = QStringLiteral("_evenements/atelier.markdown");

} // namespace

// The Changes view over a real git checkout: list, diff, export, commit, push, revert.
class TestChangesDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void listsEachFileWithItsKind();
    void selectingAFileShowsItsDiff();
    void exportWritesTheFilesAndAPatchGitAccepts();
    void commitTakesTheDocumentsAndTheirUploadWithTheEditedMessage();
    void commitOnANewBranch();
    void commitFailureIsShownPlainly();
    void revertAsksThenEmitsThePath();
    void emptyStateAndNoCommitOutsideGit();
    void everyControlIsNamedForScreenReaders();

private:
    ChangesContext context(bool isGit = true) const;
    QVector<FileChange> changes() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_site;
};

void TestChangesDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_site = m_dir->filePath(QStringLiteral("site"));
    QVERIFY(committedThenEdited(m_site));
    // Not the editor's work: a note lying in the checkout.
    TestFiles::write(QDir(m_site).filePath(QStringLiteral("notes-perso.txt")), "not for the site\n");
}

ChangesContext TestChangesDialog::context(bool isGit) const
{
    ChangesContext context;
    QString error;
    [&] { QVERIFY2(SiteConfig::load(m_site, &context.config, &error), qPrintable(error)); }();
    context.root = m_site;
    context.isGit = isGit;
    context.author = PatchAuthor{QStringLiteral("Marie Dupont"), QStringLiteral("marie@example.invalid")};
    return context;
}

QVector<FileChange> TestChangesDialog::changes() const
{
    QVector<FileChange> changes;
    QString error;
    [&] { QVERIFY2(SiteChanges::againstGit(m_site, &changes, &error), qPrintable(error)); }();
    return changes;
}

void TestChangesDialog::listsEachFileWithItsKind()
{
    ChangesDialog dialog(context());
    dialog.setChanges(changes());
    QAbstractItemModel* model = child<QListView>(dialog, "changesList")->model();
    QStringList rows;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        rows << index.data(ChangeListModel::BadgeRole).toString() + u' '
                + index.data(ChangeListModel::PathRole).toString();
        const QString folder = index.data(ChangeListModel::FolderRole).toString();
        QCOMPARE(folder.isEmpty() ? index.data().toString() : folder + u'/' + index.data().toString(),
                 index.data(ChangeListModel::PathRole).toString());
    }
    QCOMPARE(rows,
             (QStringList{QStringLiteral("D _actualites/bilan.md"), QStringLiteral("M _evenements/atelier.markdown"),
                          QStringLiteral("A _evenements/cafe-donnees.markdown"), QStringLiteral("A notes-perso.txt"),
                          QStringLiteral("A uploads/cafe.png")}));
    QCOMPARE(model->index(1, 0).data(Qt::AccessibleTextRole).toString(),
             QStringLiteral("_evenements/atelier.markdown, Modified"));
    // The first file is selected, and the count said.
    QCOMPARE(dialog.currentPath(), QStringLiteral("_actualites/bilan.md"));
    QVERIFY(child<QLabel>(dialog, "changesSummary")->text().contains(QLatin1String("5")));
}

void TestChangesDialog::selectingAFileShowsItsDiff()
{
    ChangesDialog dialog(context());
    dialog.setChanges(changes());
    auto* list = child<QListView>(dialog, "changesList");
    auto* diff = child<DiffView>(dialog, "changesDiff");
    QVERIFY(diff->isReadOnly());
    QVERIFY(diff->toPlainText().contains(QLatin1String("\n-title: Bilan\n")));

    list->setCurrentIndex(list->model()->index(1, 0));
    QCOMPARE(dialog.currentPath(), Atelier);
    const QStringList lines = diff->toPlainText().split(u'\n');
    QVERIFY2(lines.contains(QStringLiteral("+lieu: Salle 2")), qPrintable(diff->toPlainText()));
    QVERIFY(lines.contains(QStringLiteral("-lieu: Salle 1")));
    QVERIFY(lines.contains(QStringLiteral("+++ b/_evenements/atelier.markdown")));

    list->setCurrentIndex(list->model()->index(4, 0));
    QCOMPARE(diff->toPlainText(), QStringLiteral("Binary file (image), 0 bytes before, 42 after"));

    // The tints follow the palette: light on a light theme, dark on a dark one.
    QPalette light;
    light.setColor(QPalette::Base, Qt::white);
    QPalette dark;
    dark.setColor(QPalette::Base, QColor(0x20, 0x20, 0x20));
    const QColor added = DiffHighlighter::background(DiffHighlighter::LineKind::Added, light);
    QVERIFY(added.green() > added.red() && added.lightnessF() > 0.8);
    QVERIFY(DiffHighlighter::background(DiffHighlighter::LineKind::Added, dark).lightnessF() < 0.3);
    const QColor removed = DiffHighlighter::background(DiffHighlighter::LineKind::Removed, light);
    QVERIFY(removed.red() > removed.green());
    QCOMPARE(DiffHighlighter::lineKind(QStringLiteral("@@ -1,7 +1,7 @@")), DiffHighlighter::LineKind::Hunk);
    QVERIFY(!DiffHighlighter::background(DiffHighlighter::LineKind::Context, light).isValid());
}

void TestChangesDialog::exportWritesTheFilesAndAPatchGitAccepts()
{
    const QString clone = m_dir->filePath(QStringLiteral("clone"));
    int status = 0;
    git(m_dir->path(), {QStringLiteral("clone"), QStringLiteral("-q"), m_site, clone}, &status);
    QCOMPARE(status, 0);

    const QString out = m_dir->filePath(QStringLiteral("remise"));
    ChangesDialog dialog(context());
    dialog.setChanges(changes());
    int asked = 0;
    dialog.setFolderPicker([&] {
        ++asked;
        return asked == 1 ? QString() : out; // cancelled first
    });
    auto* exportButton = child<QPushButton>(dialog, "exportButton");
    exportButton->click();
    QVERIFY(!QFileInfo::exists(out));
    exportButton->click();
    QCOMPARE(asked, 2);

    QCOMPARE(TestFiles::read(QDir(out).filePath(Atelier)), TestFiles::read(QDir(m_site).filePath(Atelier)));
    QCOMPARE(TestFiles::read(QDir(out).filePath(QStringLiteral("uploads/cafe.png"))), Png + "new image");
    QVERIFY(QFileInfo::exists(QDir(out).filePath(QStringLiteral("_evenements/cafe-donnees.markdown"))));
    QVERIFY(!QFileInfo::exists(QDir(out).filePath(QStringLiteral("_actualites/bilan.md"))));
    const QString patch = QDir(out).filePath(QStringLiteral("modifications.patch"));
    QVERIFY(TestFiles::read(patch).contains("From: Marie Dupont <marie@example.invalid>"));
    QVERIFY2(dialog.statusText().contains(QLatin1String("modifications.patch")), qPrintable(dialog.statusText()));

    const QString check = git(clone, {QStringLiteral("apply"), QStringLiteral("--check"), patch}, &status);
    QVERIFY2(status == 0, qPrintable(check));
    git(clone, {QStringLiteral("am"), QStringLiteral("-q"), patch}, &status);
    QCOMPARE(status, 0);
    QCOMPARE(TestFiles::read(QDir(clone).filePath(Atelier)), TestFiles::read(QDir(m_site).filePath(Atelier)));

    // The patch alone, where the save-file chooser says.
    const QString alone = m_dir->filePath(QStringLiteral("seul.patch"));
    dialog.setPatchFilePicker([&] { return alone; });
    child<QPushButton>(dialog, "savePatchButton")->click();
    QVERIFY(TestFiles::read(alone).contains("+lieu: Salle 2"));
}

void TestChangesDialog::commitTakesTheDocumentsAndTheirUploadWithTheEditedMessage()
{
    const QString remote = m_dir->filePath(QStringLiteral("remote.git"));
    int status = 0;
    git(m_dir->path(), {QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("--bare"), remote}, &status);
    QCOMPARE(status, 0);
    git(m_site, {QStringLiteral("remote"), QStringLiteral("add"), QStringLiteral("origin"), remote}, &status);
    QCOMPARE(status, 0);

    ChangesDialog dialog(context());
    dialog.setChanges(changes());
    QSignalSpy committed(&dialog, &ChangesDialog::committed);
    auto* box = child<QGroupBox>(dialog, "commitBox");
    dialog.show();
    QVERIFY(!box->isVisible());
    child<QPushButton>(dialog, "openCommitButton")->click();
    QVERIFY(box->isVisible());
    auto* message = child<QPlainTextEdit>(dialog, "commitMessage");
    // Subject, blank line, body: of what is committed only (not the note lying in the checkout).
    const QString proposed = message->toPlainText();
    QVERIFY2(proposed.section(u'\n', 0, 0).contains(QStringLiteral("« Café des données »")), qPrintable(proposed));
    QCOMPARE(proposed.section(u'\n', 1, 1), QString());
    QVERIFY(proposed.contains(QLatin1String("- uploads/cafe.png")));
    QVERIFY(!proposed.contains(QLatin1String("notes-perso.txt")));
    QVERIFY(child<QRadioButton>(dialog, "currentBranch")->text().contains(QLatin1String("main")));
    auto* push = child<QPushButton>(dialog, "pushButton");
    QVERIFY(!push->isEnabled());

    message->setPlainText(QStringLiteral("Agenda : le café et l'atelier\n\nRelu par Marie."));
    child<QPushButton>(dialog, "commitButton")->click();
    QCOMPARE(committed.count(), 1);
    const QString id = committed.at(0).at(0).toString();
    QCOMPARE(id, git(m_site, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")}).trimmed());
    QVERIFY(child<QLabel>(dialog, "commitResult")->text().contains(id.left(7)));

    const QString show = git(m_site,
                             {QStringLiteral("show"), QStringLiteral("--name-only"), QStringLiteral("--format=%an|%B"),
                              QStringLiteral("HEAD")});
    QCOMPARE(show.split(u'\n', Qt::SkipEmptyParts),
             (QStringList{QStringLiteral("Marie Dupont|Agenda : le café et l'atelier"),
                          QStringLiteral("Relu par Marie."), QStringLiteral("_actualites/bilan.md"), Atelier,
                          QStringLiteral("_evenements/cafe-donnees.markdown"), QStringLiteral("uploads/cafe.png")}));
    QCOMPARE(git(m_site, {QStringLiteral("status"), QStringLiteral("--porcelain")}).trimmed(),
             QStringLiteral("?? notes-perso.txt"));

    QVERIFY(push->isEnabled());
    push->click();
    QCOMPARE(git(remote, {QStringLiteral("rev-parse"), QStringLiteral("main")}).trimmed(), id);
    QVERIFY(!push->isEnabled());
}

void TestChangesDialog::commitOnANewBranch()
{
    ChangesDialog dialog(context());
    dialog.setChanges(changes());
    child<QPushButton>(dialog, "openCommitButton")->click();
    auto* name = child<QLineEdit>(dialog, "newBranchName");
    QVERIFY(!name->isEnabled());
    child<QRadioButton>(dialog, "newBranch")->setChecked(true);
    QVERIFY(name->isEnabled());
    name->setText(QStringLiteral("agenda-cafe"));
    QSignalSpy committed(&dialog, &ChangesDialog::committed);
    child<QPushButton>(dialog, "commitButton")->click();
    QCOMPARE(committed.count(), 1);
    QCOMPARE(GitCommit::currentBranch(m_site), QStringLiteral("agenda-cafe"));
    QCOMPARE(git(m_site, {QStringLiteral("rev-parse"), QStringLiteral("agenda-cafe")}).trimmed(),
             committed.at(0).at(0).toString());
    QCOMPARE(git(m_site, {QStringLiteral("rev-list"), QStringLiteral("--count"), QStringLiteral("main")}).trimmed(),
             QStringLiteral("1"));
}

void TestChangesDialog::commitFailureIsShownPlainly()
{
    ChangesDialog dialog(context());
    dialog.setChanges(changes());
    child<QPushButton>(dialog, "openCommitButton")->click();
    child<QRadioButton>(dialog, "newBranch")->setChecked(true);
    QSignalSpy committed(&dialog, &ChangesDialog::committed);
    auto* result = child<QLabel>(dialog, "commitResult");
    child<QPushButton>(dialog, "commitButton")->click(); // no name
    QVERIFY(!result->text().isEmpty());
    child<QLineEdit>(dialog, "newBranchName")->setText(QStringLiteral("main")); // exists already
    child<QPushButton>(dialog, "commitButton")->click();
    QCOMPARE(committed.count(), 0);
    QVERIFY2(result->text().contains(QLatin1String("main")), qPrintable(result->text()));
    QVERIFY(!child<QPushButton>(dialog, "pushButton")->isEnabled());
    QCOMPARE(git(m_site, {QStringLiteral("rev-list"), QStringLiteral("--count"), QStringLiteral("HEAD")}).trimmed(),
             QStringLiteral("1"));
}

void TestChangesDialog::revertAsksThenEmitsThePath()
{
    ChangesDialog dialog(context());
    dialog.setChanges(changes());
    auto* list = child<QListView>(dialog, "changesList");
    list->setCurrentIndex(list->model()->index(1, 0));
    QSignalSpy reverts(&dialog, &ChangesDialog::revertRequested);
    dialog.setConfirmReverts(false);
    child<QPushButton>(dialog, "revertButton")->click();
    QCOMPARE(reverts.count(), 1);
    QCOMPARE(reverts.at(0).at(0).toString(), Atelier);

    // With the question: cancelling (Escape) emits nothing.
    dialog.setConfirmReverts(true);
    QTimer::singleShot(0, &dialog, [] {
        QWidget* box = QApplication::activeModalWidget();
        QVERIFY(box);
        QTest::keyClick(box, Qt::Key_Escape);
    });
    child<QPushButton>(dialog, "revertButton")->click();
    QCOMPARE(reverts.count(), 1);

    // Answering "Revert" emits it.
    QTimer::singleShot(0, &dialog, [] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        QVERIFY(box);
        QVERIFY(box->text().contains(QLatin1String("atelier.markdown")));
        for (QAbstractButton* button : box->buttons()) {
            if (button->text() == QLatin1String("Revert"))
                button->click();
        }
    });
    child<QPushButton>(dialog, "revertButton")->click();
    QCOMPARE(reverts.count(), 2);
    QCOMPARE(reverts.at(1).at(0).toString(), Atelier);
}

void TestChangesDialog::emptyStateAndNoCommitOutsideGit()
{
    ChangesDialog dialog(context(false));
    dialog.show();
    auto* empty = child<QLabel>(dialog, "changesEmpty");
    QVERIFY(empty->isVisible());
    QVERIFY(!empty->text().isEmpty());
    const QString shots = qEnvironmentVariable("EVENTDESK_SCREENSHOTS");
    if (!shots.isEmpty() && QTest::qWaitForWindowExposed(&dialog))
        QVERIFY(dialog.grab().save(QDir(shots).filePath(QStringLiteral("changesdialog-empty.png"))));
    QVERIFY(!child<QPushButton>(dialog, "exportButton")->isEnabled());
    QVERIFY(!child<QPushButton>(dialog, "revertButton")->isEnabled());
    QVERIFY(!child<QPushButton>(dialog, "openCommitButton")->isVisible());
    QCOMPARE(dialog.currentPath(), QString());

    dialog.setChanges(changes());
    QVERIFY(!empty->isVisible());
    QVERIFY(child<QListView>(dialog, "changesList")->isVisible());
    QVERIFY(child<QPushButton>(dialog, "exportButton")->isEnabled());
    QVERIFY(!child<QPushButton>(dialog, "openCommitButton")->isVisible());
}

void TestChangesDialog::everyControlIsNamedForScreenReaders()
{
    ChangesDialog dialog(context());
    dialog.setChanges(changes());
    dialog.resize(900, 600);
    dialog.show();
    auto* list = child<QListView>(dialog, "changesList");
    list->setCurrentIndex(list->model()->index(1, 0));
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QString shots = qEnvironmentVariable("EVENTDESK_SCREENSHOTS");
    if (!shots.isEmpty())
        QVERIFY(dialog.grab().save(QDir(shots).filePath(QStringLiteral("changesdialog.png"))));
    child<QPushButton>(dialog, "openCommitButton")->click();
    const QList<QWidget*> widgets = dialog.findChildren<QWidget*>();
    for (QWidget* widget : widgets) {
        if (!widget->isVisible() || widget->focusPolicy() == Qt::NoFocus || widget->objectName().startsWith(u'q'))
            continue;
        QVERIFY2(!widget->objectName().isEmpty(), widget->metaObject()->className());
        QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
    }
    // A look at it, when asked: EVENTDESK_SCREENSHOTS names a folder.
    if (!shots.isEmpty())
        QVERIFY(dialog.grab().save(QDir(shots).filePath(QStringLiteral("changesdialog-commit.png"))));
}

QTEST_MAIN(TestChangesDialog)
#include "tst_changesdialog.moc"
