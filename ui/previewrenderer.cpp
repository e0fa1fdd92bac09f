#include "previewrenderer.h"

#include "check/frenchtypography.h"
#include "check/prosefields.h"
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

QVector<Problem> PreviewRenderer::typographyProblems(const EventDocument& document,
                                                     const CollectionSchema& schema,
                                                     const QString& relativePath)
{
    QVector<Problem> problems;
    // The front matter's texts first, at their field (and line), then the body's, at their line.
    const QVector<ProseFields::Field> fields = ProseFields::find(document.frontMatter(), schema);
    for (const ProseFields::Field& field : fields)
        typographyProblems(field.value.toString(), field.value.line(), field.path, relativePath, &problems);
    typographyProblems(document.body(), document.bodyLine(), QString(), relativePath, &problems);
    return problems;
}

void PreviewRenderer::typographyProblems(
    const QString& text, int firstLine, const QString& field, const QString& relativePath, QVector<Problem>* problems)
{
    int line = firstLine;
    int lineStart = 0;
    int scanned = 0;
    for (const FrenchTypography::Issue& issue : FrenchTypography::check(text)) {
        for (; scanned < issue.position; ++scanned) {
            if (text.at(scanned) == u'\n') {
                if (field.isEmpty()) // a field's value is placed at its first line
                    ++line;
                lineStart = scanned + 1;
            }
        }
        Problem problem;
        problem.severity = Problem::Severity::Info;
        problem.code = QStringLiteral("typography");
        problem.file = relativePath;
        problem.field = field;
        problem.line = line;
        // In a field, the place in the value is not a column of the file.
        problem.column = field.isEmpty() ? issue.position - lineStart + 1 : 0;
        problem.fix = issue.replacement;
        // About a dozen characters each side, whole words (up to ten more characters), one line.
        const int start = lineStart;
        int from = qMax(start, issue.position - 12);
        for (int extra = 0; from > start && !text.at(from - 1).isSpace() && extra < 10; ++extra)
            --from;
        int to = qMin(int(text.size()), issue.position + issue.length + 12);
        for (int extra = 0; to < text.size() && !text.at(to).isSpace() && extra < 10; ++extra)
            ++to;
        QString around = text.mid(from, to - from);
        around =
            around
                .left(around.indexOf(u'\n', issue.position - from) < 0 ? around.size()
                                                                       : around.indexOf(u'\n', issue.position - from))
                .simplified();
        if (issue.rule == QLatin1String("space-before"))
            problem.message = tr("French typography: a no-break space before the punctuation in “%1”").arg(around);
        else if (issue.rule == QLatin1String("guillemets"))
            problem.message = tr("French typography: no-break spaces inside « » in “%1”").arg(around);
        else if (issue.rule == QLatin1String("hour"))
            problem.message = tr("French typography: hours are written “16 h 30”, in “%1”").arg(around);
        else
            problem.message = tr("French typography: the apostrophe ’ in “%1”").arg(around);
        problems->append(problem);
    }
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
        context.labelLanguage = config.labelLanguage(); // as the form names the fields
        result.problems = DocumentChecker::check(document, context, &result.links);
        if (config.language().startsWith(QLatin1String("fr")))
            result.problems += typographyProblems(document, schema, relativePath);
    }
    return result;
}

} // namespace EventDesk
