#include "previewrenderer.h"

#include "render/eventpage.h"

#include <QtConcurrent/QtConcurrentRun>

namespace EventDesk {

PreviewRenderer::PreviewRenderer(QObject* parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<PreviewResult>::finished, this, [this] {
        PreviewResult result = m_watcher.result();
        result.elapsedMs = m_runningClock.elapsed();
        if (m_pending) {
            Request next = std::move(*m_pending);
            m_pending.reset();
            start(std::move(next));
        }
        Q_EMIT rendered(result);
    });
}

PreviewRenderer::~PreviewRenderer()
{
    m_watcher.waitForFinished();
}

void PreviewRenderer::setSite(const SiteConfig& config, std::shared_ptr<const PermalinkIndex> permalinks)
{
    m_config = config;
    m_permalinks = std::move(permalinks);
}

bool PreviewRenderer::isBusy() const
{
    return m_watcher.isRunning() || m_pending.has_value();
}

void PreviewRenderer::request(const EventDocument& document,
                              const CollectionSchema& schema,
                              const QString& relativePath,
                              int maxImageWidth)
{
    Request request{document, schema, relativePath, maxImageWidth, QElapsedTimer()};
    request.clock.start();
    if (m_watcher.isRunning()) {
        // Keep the clock of the oldest waiting request: the delay the user sees.
        if (m_pending)
            request.clock = m_pending->clock;
        m_pending = std::move(request);
        return;
    }
    start(std::move(request));
}

void PreviewRenderer::start(Request request)
{
    m_runningClock = request.clock;
    const SiteConfig config = m_config;
    const std::shared_ptr<const PermalinkIndex> permalinks = m_permalinks;
    m_watcher.setFuture(QtConcurrent::run([request = std::move(request), config, permalinks] {
        return PreviewRenderer::run(request.document, request.schema, config, permalinks.get(), request.relativePath,
                                    request.maxImageWidth);
    }));
}

PreviewResult PreviewRenderer::run(const EventDocument& document,
                                   const CollectionSchema& schema,
                                   const SiteConfig& config,
                                   const PermalinkIndex* permalinks,
                                   const QString& relativePath,
                                   int maxImageWidth)
{
    PreviewResult result;
    result.path = document.path();
    RenderedMarkdown body;
    if (document.status() == EventDocument::Status::Ok)
        body = MarkdownRenderer::render(document.body(), document.bodyLine());
    result.html = EventPage::build(document, schema, config, body, maxImageWidth);
    result.blocks = body.blocks;
    if (document.status() == EventDocument::Status::Ok) {
        DocumentChecker::Context context;
        context.config = &config;
        context.schema = &schema;
        context.permalinks = permalinks;
        context.relativePath = relativePath;
        result.problems = DocumentChecker::check(document, context, &result.links);
    }
    return result;
}

} // namespace EventDesk
