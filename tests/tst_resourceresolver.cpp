#include "render/resourceresolver.h"
#include "site/siteconfig.h"
#include "testfiles.h"

#include <QDir>
#include <QFile>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace EventDesk;

using Kind = ResolvedResource::Kind;

class TestResourceResolver : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void resolves_data();
    void resolves();
    void baseurlIsRemoved();
    void symbolicLinksOutAreRefused();
    void documentInNoSite();
    void fromSiteConfig();
    void externalUrlsAreNeverFetched();

private:
    QString file(const QString& relative) const { return QDir(m_site).filePath(relative); }
    QString canonical(const QString& relative) const { return QFileInfo(file(relative)).canonicalFilePath(); }

    QTemporaryDir m_dir;
    QString m_site;
    QString m_document;
};

void TestResourceResolver::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_site = m_dir.filePath(QStringLiteral("site"));
    QVERIFY(!TestFiles::write(m_dir.filePath(QStringLiteral("secret.png")), "outside").isEmpty());
    QVERIFY(!TestFiles::write(file(QStringLiteral("_config.yml")), "title: x\n").isEmpty());
    QVERIFY(!TestFiles::write(file(QStringLiteral("uploads/x y.png")), "png").isEmpty());
    QVERIFY(!TestFiles::write(file(QStringLiteral("uploads/café.jpg")), "jpg").isEmpty());
    QVERIFY(!TestFiles::write(file(QStringLiteral("_evenements/img/plan.png")), "png").isEmpty());
    m_document = TestFiles::write(file(QStringLiteral("_evenements/atelier.markdown")), "---\ntitle: A\n---\n");
    QVERIFY(!m_document.isEmpty());
}

void TestResourceResolver::resolves_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("file"); // relative to the site, for LocalFile

    QTest::newRow("site path, percent-encoded space")
        << QStringLiteral("/uploads/x%20y.png") << int(Kind::LocalFile) << QStringLiteral("uploads/x y.png");
    QTest::newRow("site path, percent-encoded UTF-8")
        << QStringLiteral("/uploads/caf%C3%A9.jpg") << int(Kind::LocalFile) << QStringLiteral("uploads/café.jpg");
    QTest::newRow("site path, written as is")
        << QStringLiteral("/uploads/café.jpg") << int(Kind::LocalFile) << QStringLiteral("uploads/café.jpg");
    QTest::newRow("query and fragment ignored")
        << QStringLiteral("/uploads/x%20y.png?v=2#top") << int(Kind::LocalFile) << QStringLiteral("uploads/x y.png");
    QTest::newRow("relative to the document")
        << QStringLiteral("img/plan.png") << int(Kind::LocalFile) << QStringLiteral("_evenements/img/plan.png");
    QTest::newRow("relative, up inside the site")
        << QStringLiteral("../uploads/x y.png") << int(Kind::LocalFile) << QStringLiteral("uploads/x y.png");
    QTest::newRow("dot segments inside the site") << QStringLiteral("/uploads/../uploads/./x%20y.png")
                                                  << int(Kind::LocalFile) << QStringLiteral("uploads/x y.png");
    QTest::newRow("missing file") << QStringLiteral("/uploads/absent.png") << int(Kind::Missing) << QString();
    QTest::newRow("folder") << QStringLiteral("/uploads/") << int(Kind::Missing) << QString();
    QTest::newRow("empty") << QString() << int(Kind::Missing) << QString();
    QTest::newRow("up out of the site") << QStringLiteral("../../secret.png") << int(Kind::Refused) << QString();
    QTest::newRow("site path up out of the site")
        << QStringLiteral("/../secret.png") << int(Kind::Refused) << QString();
    QTest::newRow("encoded dots") << QStringLiteral("/%2e%2e/secret.png") << int(Kind::Refused) << QString();
    QTest::newRow("backslashes") << QStringLiteral("..\\..\\secret.png") << int(Kind::Refused) << QString();
    QTest::newRow("file URL") << QStringLiteral("file:///etc/passwd") << int(Kind::Refused) << QString();
    QTest::newRow("file URL in capitals") << QStringLiteral("FILE:/etc/passwd") << int(Kind::Refused) << QString();
    QTest::newRow("windows path") << QStringLiteral("C:\\Windows\\win.ini") << int(Kind::Refused) << QString();
    QTest::newRow("javascript") << QStringLiteral("javascript:alert(1)") << int(Kind::Refused) << QString();
    QTest::newRow("https") << QStringLiteral("https://www.numerique.gouv.fr/logo.png") << int(Kind::External)
                           << QString();
    QTest::newRow("http") << QStringLiteral("http://127.0.0.1:1/x.png") << int(Kind::External) << QString();
    QTest::newRow("protocol-relative") << QStringLiteral("//cdn.example/x.png") << int(Kind::External) << QString();
    QTest::newRow("ftp") << QStringLiteral("ftp://example.org/x.png") << int(Kind::External) << QString();
    QTest::newRow("data image") << QStringLiteral("data:image/png;base64,AAAA") << int(Kind::External) << QString();
}

void TestResourceResolver::resolves()
{
    QFETCH(QString, url);
    QFETCH(int, kind);
    QFETCH(QString, file);
    const ResourceResolver resolver(m_site, QString(), m_document);
    const ResolvedResource resource = resolver.resolve(url);
    QCOMPARE(int(resource.kind), kind);
    if (kind == int(Kind::LocalFile)) {
        QCOMPARE(resource.localPath, canonical(file));
        QCOMPARE(resource.localUrl(), QUrl::fromLocalFile(canonical(file)));
        QVERIFY(resource.message.isEmpty());
    } else {
        QVERIFY(resource.localPath.isEmpty());
        QVERIFY(resource.localUrl().isEmpty());
        QVERIFY(!resource.message.isEmpty());
    }
}

void TestResourceResolver::baseurlIsRemoved()
{
    const ResourceResolver resolver(m_site, QStringLiteral("/blog/"), m_document);
    ResolvedResource resource = resolver.resolve(QStringLiteral("/blog/uploads/x%20y.png"));
    QCOMPARE(resource.kind, Kind::LocalFile);
    QCOMPARE(resource.localPath, canonical(QStringLiteral("uploads/x y.png")));
    // Without it, the path is still a site path.
    resource = resolver.resolve(QStringLiteral("/uploads/x%20y.png"));
    QCOMPARE(resource.kind, Kind::LocalFile);
    // Only a whole segment is the baseurl.
    QCOMPARE(resolver.resolve(QStringLiteral("/bloguploads/x%20y.png")).kind, Kind::Missing);
}

void TestResourceResolver::symbolicLinksOutAreRefused()
{
    const QString outside = m_dir.filePath(QStringLiteral("secret.png"));
    QVERIFY(QFile::link(outside, file(QStringLiteral("uploads/link.png"))));
    QVERIFY(QFile::link(m_dir.path(), file(QStringLiteral("uploads/up"))));
    QVERIFY(QFile::link(file(QStringLiteral("uploads/x y.png")), file(QStringLiteral("uploads/inside.png"))));
    const ResourceResolver resolver(m_site, QString(), m_document);
    QCOMPARE(resolver.resolve(QStringLiteral("/uploads/link.png")).kind, Kind::Refused);
    QCOMPARE(resolver.resolve(QStringLiteral("/uploads/up/secret.png")).kind, Kind::Refused);
    const ResolvedResource inside = resolver.resolve(QStringLiteral("/uploads/inside.png"));
    QCOMPARE(inside.kind, Kind::LocalFile);
    QCOMPARE(inside.localPath, canonical(QStringLiteral("uploads/x y.png")));
}

void TestResourceResolver::documentInNoSite()
{
    // The document's folder stands for the site.
    const ResourceResolver resolver(QString(), QString(), m_document);
    QCOMPARE(resolver.resolve(QStringLiteral("img/plan.png")).kind, Kind::LocalFile);
    QCOMPARE(resolver.resolve(QStringLiteral("../uploads/x%20y.png")).kind, Kind::Refused);
    QCOMPARE(resolver.resolve(QStringLiteral("/img/plan.png")).kind, Kind::LocalFile);
}

void TestResourceResolver::fromSiteConfig()
{
    SiteConfig config;
    Diagnostic error;
    QVERIFY(SiteConfig::fromYaml("baseurl: /agenda\n", m_site, &config, &error));
    const ResourceResolver resolver(config, m_document);
    QCOMPARE(resolver.resolve(QStringLiteral("/agenda/uploads/x%20y.png")).kind, Kind::LocalFile);
    QCOMPARE(resolver.resolve(QStringLiteral("/agenda/../../secret.png")).kind, Kind::Refused);
}

void TestResourceResolver::externalUrlsAreNeverFetched()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    const QString url = QStringLiteral("http://127.0.0.1:%1/image.png").arg(server.serverPort());
    const ResourceResolver resolver(m_site, QString(), m_document);
    const ResolvedResource resource = resolver.resolve(url);
    QCOMPARE(resource.kind, Kind::External);
    QVERIFY(resource.localUrl().isEmpty());
    QVERIFY(resource.message.contains(url));
    // Nothing connected to the server while resolving, nor after.
    QVERIFY(!server.waitForNewConnection(200));
}

QTEST_GUILESS_MAIN(TestResourceResolver)
#include "tst_resourceresolver.moc"
