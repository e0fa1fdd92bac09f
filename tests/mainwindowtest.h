#pragma once

#include "appsettings.h"
#include "document/recoverystore.h"
#include "documenteditor.h"
#include "linkcheckrun.h"
#include "mainwindow.h"
#include "markdowneditor.h"
#include "messagebox.h"
#include "site/samplesite.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// What the main window's tests share: a fresh copy of the bundled sample site (with a broken
// file) and settings of its own for each test, and ways to open a document in the window.
namespace EventDesk {

inline const QString Atelier = QStringLiteral("_evenements/atelier-accessibilite-numerique.markdown");

inline QByteArray readAll(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    return file.readAll();
}

// Types text key by key (QTest::keyClicks takes only what keyClick knows: ASCII).
inline void typeAscii(QWidget* widget, const QString& text)
{
    for (const QChar c : text)
        QTest::keyClick(widget, c.toLatin1());
}

// The lines of `after` that are not in `before` at the same place, and the other way round.
inline QStringList changedLines(const QByteArray& before, const QByteArray& after)
{
    const QList<QByteArray> a = before.split('\n');
    const QList<QByteArray> b = after.split('\n');
    QStringList changed;
    int head = 0;
    while (head < a.size() && head < b.size() && a.at(head) == b.at(head))
        ++head;
    int tail = 0;
    while (tail < a.size() - head && tail < b.size() - head && a.at(a.size() - 1 - tail) == b.at(b.size() - 1 - tail))
        ++tail;
    for (int i = head; i < a.size() - tail; ++i)
        changed.append(QStringLiteral("-") + QString::fromUtf8(a.at(i)));
    for (int i = head; i < b.size() - tail; ++i)
        changed.append(QStringLiteral("+") + QString::fromUtf8(b.at(i)));
    return changed;
}

class MainWindowTest : public QObject
{
protected:
    // For init(): the site copied, no edits kept by an earlier run; false when that failed.
    bool setUpSite()
    {
        QDir(RecoveryStore::defaultFolder()).removeRecursively();

        m_dir = std::make_unique<QTemporaryDir>();
        if (!m_dir->isValid())
            return false;
        QString error;
        m_site = SampleSite::install(QStringLiteral(":/sample-site"), m_dir->filePath(QStringLiteral("site")), &error);
        if (m_site.isEmpty()) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        QFile broken(QDir(m_site).filePath(QStringLiteral("_evenements/casse.markdown")));
        if (!broken.open(QIODevice::WriteOnly))
            return false;
        broken.write("---\ntitle: Cassé\nlieu: [Paris\n---\n\nLe texte reste là.\n");
        broken.close();
        m_settings = std::make_unique<AppSettings>(m_dir->filePath(QStringLiteral("settings.ini")));
        return true;
    }
    // For cleanup().
    void tearDownSite()
    {
        MessageBox::setNextAnswer(QMessageBox::NoButton);
        m_settings.reset();
        m_dir.reset();
    }
    // Opens the site and selects a document (relative path), waiting for its preview.
    bool openDocument(MainWindow& window, const QString& relative)
    {
        window.setCheckLinksOnSave(false); // no network in tests
        if (!window.openSite(m_site))
            return false;
        if (!QTest::qWaitFor([&] { return window.isSiteReady(); }, 10000))
            return false;
        const int previews = window.previewCount();
        if (!window.selectDocument(QDir(m_site).filePath(relative)))
            return false;
        return QTest::qWaitFor([&] { return window.previewCount() > previews; }, 10000);
    }
    // Opens a page whose only web links will be those the test types (to its own server on
    // 127.0.0.1), with the cursor at the end of its body and the link cache off.
    bool openLinkPage(MainWindow& window)
    {
        const QString relative = QStringLiteral("_evenements/liens.markdown");
        QFile file(QDir(m_site).filePath(relative));
        if (!file.open(QIODevice::WriteOnly))
            return false;
        file.write("---\ntitle: Liens\nevent_start_date: 2027-05-04 10:00:00 +02:00\n---\nUne page [du site](/).\n");
        file.close();
        window.show();
        if (!openDocument(window, relative))
            return false;
        window.linkCheck()->checker()->setCacheEnabled(false);
        window.editor()->bodyEditor()->moveCursor(QTextCursor::End);
        return true;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AppSettings> m_settings;
    QString m_site;
};

} // namespace EventDesk
