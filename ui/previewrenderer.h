#pragma once

#include "check/documentchecker.h"
#include "document/eventdocument.h"
#include "render/markdownrenderer.h"
#include "site/permalinkindex.h"
#include "site/schema.h"
#include "site/siteconfig.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QObject>

#include <memory>
#include <optional>

namespace EventDesk {

// What one pass over a document gives the window: the preview page, the body's blocks (for
// scroll sync), and the problems the offline checks find.
struct PreviewResult
{
    QString path; // of the document
    QString html;
    QVector<SourceBlock> blocks;
    QVector<Problem> problems;
    QVector<LinkVerdict> links;
    qint64 elapsedMs = 0; // from the request to the end of the work
};

// Renders the preview and runs the offline checks off the GUI thread (QtConcurrent), one pass at
// a time: requests that come while a pass runs are merged into one more pass with the latest
// document (Ghostwriter's HtmlPreview).
class PreviewRenderer : public QObject
{
    Q_OBJECT

public:
    explicit PreviewRenderer(QObject* parent = nullptr);
    ~PreviewRenderer() override;

    void setSite(const SiteConfig& config, std::shared_ptr<const PermalinkIndex> permalinks);
    void request(const EventDocument& document,
                 const CollectionSchema& schema,
                 const QString& relativePath,
                 int maxImageWidth);
    bool isBusy() const;

    // The work itself, on the calling thread.
    static PreviewResult run(const EventDocument& document,
                             const CollectionSchema& schema,
                             const SiteConfig& config,
                             const PermalinkIndex* permalinks,
                             const QString& relativePath,
                             int maxImageWidth);

    // The breaks of French typography in the body and the front matter's texts, as notes (the
    // Format menu fixes them).
    static QVector<Problem>
    typographyProblems(const EventDocument& document, const CollectionSchema& schema, const QString& relativePath);

Q_SIGNALS:
    void rendered(const EventDesk::PreviewResult& result);

private:
    static void typographyProblems(const QString& text,
                                   int firstLine,
                                   const QString& field,
                                   const QString& relativePath,
                                   QVector<Problem>* problems);
    struct Request
    {
        EventDocument document;
        CollectionSchema schema;
        QString relativePath;
        int maxImageWidth = 0;
        QElapsedTimer clock;
    };
    void start(Request request);

    SiteConfig m_config;
    std::shared_ptr<const PermalinkIndex> m_permalinks;
    QFutureWatcher<PreviewResult> m_watcher;
    std::optional<Request> m_pending;
    QElapsedTimer m_runningClock;
};

} // namespace EventDesk

Q_DECLARE_METATYPE(EventDesk::PreviewResult)
