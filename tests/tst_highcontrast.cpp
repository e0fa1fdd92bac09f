#include "accessibilitycheck.h"
#include "changesdialog.h"
#include "documentbrowser.h"
#include "documenteditor.h"
#include "documentlistmodel.h"
#include "highlightpalette.h"
#include "mainwindow.h"
#include "mainwindowtest.h"
#include "markdowneditor.h"
#include "markdownhighlighter.h"
#include "previewpane.h"
#include "problemmodel.h"
#include "problemspanel.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QImage>
#include <QLabel>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QStandardPaths>
#include <QTest>
#include <QTreeView>

#include <algorithm>
#include <functional>

using namespace EventDesk;

namespace {

// The strongest contrast of a pixel of `rect` against `background`: text drawn there in a
// readable colour has its glyphs' cores at that colour.
double inkContrast(const QImage& image, const QRect& rect, const QColor& background)
{
    double best = 1.0;
    const QRect inside = rect.intersected(image.rect());
    for (int y = inside.top(); y <= inside.bottom(); ++y) {
        for (int x = inside.left(); x <= inside.right(); ++x)
            best = std::max(best, HighlightPalette::contrast(image.pixelColor(x, y), background));
    }
    return best;
}

// The colour most pixels of the image have, and how many pixels stand out from it.
struct Pixels
{
    QColor background;
    int ink = 0;
};

Pixels countPixels(const QImage& image)
{
    QHash<QRgb, int> counts;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            ++counts[image.pixel(x, y)];
    }
    QRgb most = 0;
    int mostCount = -1;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > mostCount) {
            most = it.key();
            mostCount = it.value();
        }
    }
    Pixels pixels{QColor::fromRgb(most), 0};
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (HighlightPalette::contrast(image.pixelColor(x, y), pixels.background) >= 2.0)
                ++pixels.ink;
        }
    }
    return pixels;
}

} // namespace

// The window under high-contrast palettes (light on black, black on white): the problems, the
// document list and its marks, the Markdown colours, the form's error messages, the raw-mode
// banner and the preview all stay readable (WCAG 4.5:1).
class TestHighContrast : public MainWindowTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void problemsRowsAreReadable_data();
    void problemsRowsAreReadable();
    void documentRowsAndMarksAreReadable_data();
    void documentRowsAndMarksAreReadable();
    void markdownColoursAreReadable_data();
    void markdownColoursAreReadable();
    void changesDialogIsReadable_data();
    void changesDialogIsReadable();
    void formErrorsAreReadable_data();
    void formErrorsAreReadable();
    void rawModeBannerKeepsItsColours();
    void previewKeepsItsTextOnItsPage_data();
    void previewKeepsItsTextOnItsPage();

private:
    void addPalettes();
    QPalette m_original;
};

void TestHighContrast::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setStyle(QStringLiteral("Fusion"));
    m_original = QApplication::palette();
}

void TestHighContrast::init()
{
    QVERIFY(setUpSite());
    // Documents with every mark of the list: not published, past (quiet title), unreadable.
    QVERIFY(QDir(m_site).mkpath(QStringLiteral("_evenements")));
    QFile hidden(QDir(m_site).filePath(QStringLiteral("_evenements/cache.markdown")));
    QVERIFY(hidden.open(QIODevice::WriteOnly));
    hidden.write("---\ntitle: Caché\npublished: false\nevent_start_date: 2027-06-01 10:00:00 +02:00\n---\n\nTexte.\n");
    hidden.close();
    QFile past(QDir(m_site).filePath(QStringLiteral("_evenements/passe.markdown")));
    QVERIFY(past.open(QIODevice::WriteOnly));
    past.write("---\ntitle: Passé\nevent_start_date: 2020-06-01 10:00:00 +02:00\n---\n\nTexte.\n");
    past.close();
}

void TestHighContrast::cleanup()
{
    QApplication::setPalette(m_original);
    tearDownSite();
}

void TestHighContrast::addPalettes()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light on black") << true;
    QTest::newRow("black on white") << false;
}

void TestHighContrast::problemsRowsAreReadable_data()
{
    addPalettes();
}

void TestHighContrast::problemsRowsAreReadable()
{
    QFETCH(bool, dark);
    QApplication::setPalette(A11y::highContrastPalette(dark));
    ProblemsPanel panel;
    panel.resize(800, 300);
    QVector<Problem> problems;
    for (const Problem::Severity severity :
         {Problem::Severity::Error, Problem::Severity::Warning, Problem::Severity::Info}) {
        Problem problem;
        problem.severity = severity;
        problem.code = QStringLiteral("test");
        problem.message = QStringLiteral("Un problème de niveau %1").arg(Problem::severityName(severity));
        problem.file = Atelier;
        problem.line = 12;
        problems.append(problem);
    }
    panel.setProblems(QStringLiteral("test"), problems);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QTreeView* view = panel.view();
    view->clearSelection();
    view->setCurrentIndex(QModelIndex());
    QCOMPARE(view->model()->rowCount(), 3);
    const QImage image = view->viewport()->grab().toImage();
    const QColor base = view->palette().color(QPalette::Base);
    for (int row = 0; row < 3; ++row) {
        const QModelIndex index = view->model()->index(row, ProblemModel::DescriptionColumn);
        // What the model asks for, if anything, and what the view paints.
        const QVariant foreground = index.data(Qt::ForegroundRole);
        if (foreground.isValid())
            QVERIFY2(HighlightPalette::contrast(foreground.value<QBrush>().color(), base) >= 4.5,
                     qPrintable(index.data().toString()));
        const double painted = inkContrast(image, view->visualRect(index), base);
        QVERIFY2(painted >= 4.5, qPrintable(QStringLiteral("%1: %2").arg(index.data().toString()).arg(painted)));
    }
}

void TestHighContrast::documentRowsAndMarksAreReadable_data()
{
    addPalettes();
}

void TestHighContrast::documentRowsAndMarksAreReadable()
{
    QFETCH(bool, dark);
    QApplication::setPalette(A11y::highContrastPalette(dark));
    MainWindow window(m_settings.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openSite(m_site));
    QTRY_VERIFY_WITH_TIMEOUT(window.isSiteReady(), 10000);
    QTreeView* view = window.browser()->view();
    view->expandAll();
    view->clearSelection();
    QCoreApplication::processEvents();
    const QImage image = view->viewport()->grab().toImage();
    const QColor base = view->palette().color(QPalette::Base);
    QStringList unreadable;
    QSet<int> marks;
    const int iconRight = 8 + 16 + 3; // the delegate's margin and icon, then the text
    std::function<void(const QModelIndex&)> visit = [&](const QModelIndex& parent) {
        for (int row = 0; row < view->model()->rowCount(parent); ++row) {
            const QModelIndex index = view->model()->index(row, 0, parent);
            visit(index);
            const QRect rect = view->visualRect(index);
            if (!rect.isValid() || !image.rect().intersects(rect))
                continue;
            const QString name = index.data().toString();
            if (index.data(DocumentListModel::IsGroupRole).toBool()) {
                if (inkContrast(image, rect, base) < 4.5)
                    unreadable.append(QStringLiteral("group ") + name);
                continue;
            }
            const QRect text = rect.adjusted(iconRight, 0, 0, 0);
            const QRect title(text.left(), text.top(), text.width(), text.height() / 2);
            const QRect detail(text.left(), text.top() + text.height() / 2, text.width(), text.height() / 2);
            if (inkContrast(image, title, base) < 4.5)
                unreadable.append(QStringLiteral("title of ") + name);
            if (inkContrast(image, detail, base) < 4.5)
                unreadable.append(QStringLiteral("details of ") + name);
            const int state = index.data(DocumentListModel::StateRole).toInt();
            const QVariant foreground = index.data(Qt::ForegroundRole);
            if (foreground.isValid() && HighlightPalette::contrast(foreground.value<QBrush>().color(), base) < 4.5)
                unreadable.append(QStringLiteral("foreground of ") + name);
            if (!index.data(Qt::DecorationRole).value<QIcon>().isNull()) {
                marks.insert(state);
                if (inkContrast(image, QRect(rect.left(), rect.top(), iconRight, rect.height()), base) < 4.5)
                    unreadable.append(QStringLiteral("mark of ") + name);
            }
        }
    };
    visit(QModelIndex());
    QVERIFY2(unreadable.isEmpty(), qPrintable(unreadable.join(QStringLiteral(", "))));
    // The marks were there to be seen: not published, unreadable.
    QVERIFY(std::any_of(marks.cbegin(), marks.cend(), [](int s) { return s & DocumentListModel::Unpublished; }));
    QVERIFY(std::any_of(marks.cbegin(), marks.cend(), [](int s) { return s & DocumentListModel::Error; }));
}

void TestHighContrast::markdownColoursAreReadable_data()
{
    addPalettes();
}

void TestHighContrast::markdownColoursAreReadable()
{
    QFETCH(bool, dark);
    MainWindow window(m_settings.get());
    window.show();
    QVERIFY(openDocument(window, Atelier));
    QApplication::setPalette(A11y::highContrastPalette(dark));
    MarkdownEditor* editor = window.editor()->bodyEditor();
    // The editor follows the palette (the window hears of the change through the event loop).
    QTRY_COMPARE(editor->palette().color(QPalette::Base), A11y::highContrastPalette(dark).color(QPalette::Base));
    const QColor base = editor->palette().color(QPalette::Base);
    const QColor text = editor->palette().color(QPalette::Text);
    const HighlightPalette& colours = editor->highlighter()->palette();
    QStringList unreadable;
    for (int role = int(MarkdownRole::Heading); role <= int(MarkdownRole::Liquid); ++role) {
        const QTextCharFormat format = colours.format(MarkdownRole(role));
        const QColor background = format.hasProperty(QTextFormat::BackgroundBrush) ? format.background().color() : base;
        const QColor foreground = format.hasProperty(QTextFormat::ForegroundBrush) ? format.foreground().color() : text;
        const double ratio = HighlightPalette::contrast(foreground, background);
        if (ratio < 4.5)
            unreadable.append(QStringLiteral("role %1: %2").arg(role).arg(ratio));
    }
    if (HighlightPalette::contrast(text, colours.currentLineBackground()) < 4.5)
        unreadable.append(QStringLiteral("current line"));
    if (HighlightPalette::contrast(text, colours.markedLineBackground()) < 4.5)
        unreadable.append(QStringLiteral("marked line"));
    QVERIFY2(unreadable.isEmpty(), qPrintable(unreadable.join(QStringLiteral(", "))));
}

void TestHighContrast::formErrorsAreReadable_data()
{
    addPalettes();
}

void TestHighContrast::formErrorsAreReadable()
{
    QFETCH(bool, dark);
    // A key the form does not know is edited as YAML: YAML that does not read gets a message
    // under it. It reads on each palette, set before or after it shows.
    const QString relative = QStringLiteral("_evenements/divers.markdown");
    QFile file(QDir(m_site).filePath(relative));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("---\ntitle: Divers\nreglages:\n  cle: valeur\n---\n\nTexte.\n");
    file.close();
    QApplication::setPalette(A11y::highContrastPalette(dark));
    MainWindow window(m_settings.get());
    window.show();
    QVERIFY(openDocument(window, relative));
    auto* yaml = window.findChild<QPlainTextEdit*>(QStringLiteral("reglages"));
    QVERIFY(yaml);
    yaml->setPlainText(QStringLiteral("cle: [valeur"));
    auto* message = window.findChild<QLabel*>(QStringLiteral("reglages:error"));
    QVERIFY(message && message->isVisible());
    for (const QPalette& palette : {A11y::highContrastPalette(dark), A11y::highContrastPalette(!dark), m_original}) {
        QApplication::setPalette(palette);
        QTRY_COMPARE(message->palette().color(QPalette::Window), palette.color(QPalette::Window));
        const QColor window = palette.color(QPalette::Window);
        const QColor ink = message->palette().color(message->foregroundRole());
        QVERIFY2(HighlightPalette::contrast(ink, window) >= 4.5, qPrintable(ink.name() + u' ' + window.name()));
        QVERIFY(ink.red() > ink.green()); // still red: it is an error
        const QImage image = message->grab().toImage();
        QVERIFY(inkContrast(image, image.rect(), window) >= 4.5);
    }
}

void TestHighContrast::changesDialogIsReadable_data()
{
    addPalettes();
}

void TestHighContrast::changesDialogIsReadable()
{
    QFETCH(bool, dark);
    QApplication::setPalette(A11y::highContrastPalette(dark));
    QString error;
    const std::unique_ptr<ChangesDialog> made =
        A11y::gitChangesDialog(m_dir->filePath(QStringLiteral("git-site")), &error);
    QVERIFY2(made, qPrintable(error));
    ChangesDialog& dialog = *made;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    // Each file: its name on the list's background, its badge's letter on the badge.
    auto* list = dialog.findChild<QListView*>(QStringLiteral("changesList"));
    const QImage image = list->viewport()->grab().toImage();
    const int side = list->fontMetrics().height();
    QStringList unreadable;
    for (int row = 0; row < list->model()->rowCount(); ++row) {
        const QModelIndex index = list->model()->index(row, 0);
        const QRect rect = list->visualRect(index);
        const bool selected = list->selectionModel()->isSelected(index);
        const QColor background = list->palette().color(selected ? QPalette::Highlight : QPalette::Base);
        if (inkContrast(image, rect.adjusted(6 + side + 6, 0, 0, 0), background) < 4.5)
            unreadable.append(QStringLiteral("name of ") + index.data().toString());
        const QRect badge(rect.left() + 6, rect.center().y() - side / 2, side, side);
        const QColor fill = countPixels(image.copy(badge)).background; // most of the badge
        if (inkContrast(image, badge, fill) < 4.5)
            unreadable.append(QStringLiteral("badge of ") + index.data().toString());
    }
    QVERIFY2(unreadable.isEmpty(), qPrintable(unreadable.join(QStringLiteral(", "))));

    // An error of the commit is red and reads on the dialog, whichever palette comes after.
    dialog.findChild<QPushButton*>(QStringLiteral("openCommitButton"))->click();
    dialog.findChild<QRadioButton*>(QStringLiteral("newBranch"))->click();
    dialog.findChild<QPushButton*>(QStringLiteral("commitButton"))->click();
    auto* result = dialog.findChild<QLabel*>(QStringLiteral("commitResult"));
    QVERIFY(result->isVisible() && !result->text().isEmpty());
    for (const QPalette& palette : {A11y::highContrastPalette(dark), A11y::highContrastPalette(!dark)}) {
        QApplication::setPalette(palette);
        QTRY_COMPARE(result->palette().color(QPalette::Window), palette.color(QPalette::Window));
        const QColor ink = result->palette().color(result->foregroundRole());
        QVERIFY2(HighlightPalette::contrast(ink, palette.color(QPalette::Window)) >= 4.5, qPrintable(ink.name()));
        QVERIFY(ink.red() > ink.green());
    }
}

void TestHighContrast::rawModeBannerKeepsItsColours()
{
    QApplication::setPalette(A11y::highContrastPalette(true));
    MainWindow window(m_settings.get());
    window.show();
    QVERIFY(openDocument(window, QStringLiteral("_evenements/casse.markdown")));
    auto* banner = window.findChild<QLabel*>(QStringLiteral("errorBanner"));
    QVERIFY(banner && banner->isVisible());
    // Both its colours are its own: its text reads on its background whatever the palette.
    const QImage image = banner->grab().toImage();
    const QColor background = image.pixelColor(image.width() / 2, 3);
    QCOMPARE(background, QColor(0xfd, 0xe8, 0xe8));
    QVERIFY(inkContrast(image, image.rect().adjusted(4, 4, -4, -4), background) >= 4.5);
    QVERIFY(HighlightPalette::contrast(QColor(0x8a, 0x1c, 0x1c), background) >= 4.5);
}

void TestHighContrast::previewKeepsItsTextOnItsPage_data()
{
    addPalettes();
}

void TestHighContrast::previewKeepsItsTextOnItsPage()
{
    QFETCH(bool, dark);
    MainWindow window(m_settings.get());
    PreviewPane* preview = window.preview();
    // The page's width stays the same (images are sized to it): no scroll bar comes and goes.
    preview->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    window.show();
    QVERIFY(openDocument(window, Atelier));
    const Pixels normal = countPixels(preview->viewport()->grab().toImage());
    QApplication::setPalette(A11y::highContrastPalette(dark));
    QTRY_COMPARE(window.palette().color(QPalette::Window), A11y::highContrastPalette(dark).color(QPalette::Window));
    const QImage image = preview->viewport()->grab().toImage();
    const Pixels contrasted = countPixels(image);
    // The page keeps its own background and all its text: no palette-coloured text on the page's
    // white, no page-coloured text on the palette's background.
    QCOMPARE(contrasted.background, normal.background);
    QCOMPARE(contrasted.ink, normal.ink);
    QVERIFY(inkContrast(image, image.rect(), contrasted.background) >= 4.5);
    // The viewport around the page is the page's colour too.
    QCOMPARE(image.pixelColor(image.width() - 2, image.height() - 2), contrasted.background);
}

QTEST_MAIN(TestHighContrast)
#include "tst_highcontrast.moc"
