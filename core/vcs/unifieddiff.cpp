#include "unifieddiff.h"

#include <QVector>

namespace EventDesk {

namespace {

QVector<QByteArray> splitLines(const QByteArray& text)
{
    QVector<QByteArray> lines;
    int start = 0;
    while (start < text.size()) {
        const int newline = text.indexOf('\n', start);
        const int end = newline < 0 ? int(text.size()) : newline + 1;
        lines.append(text.mid(start, end - start));
        start = end;
    }
    return lines;
}

enum class Op { Keep, Remove, Add };

struct Edit
{
    Op op;
    int a; // index in before (Keep, Remove)
    int b; // index in after (Keep, Add)
};

constexpr qint64 MaxTraceCells = 20000000;

// Myers' O((N+M)D) shortest edit script.
QVector<Edit> editScript(const QVector<QByteArray>& a, const QVector<QByteArray>& b)
{
    const int n = a.size(), m = b.size(), max = n + m;
    const int offset = max + 1;
    QVector<int> v(2 * max + 3, 0);
    QVector<QVector<int>> trace;
    int finalD = 0;
    for (int d = 0; d <= max; ++d) {
        if (qint64(trace.size() + 1) * v.size() > MaxTraceCells) {
            // Too different to be worth a minimal script: everything removed, then added.
            QVector<Edit> edits;
            for (int i = 0; i < n; ++i)
                edits.append({Op::Remove, i, 0});
            for (int j = 0; j < m; ++j)
                edits.append({Op::Add, n, j});
            return edits;
        }
        trace.append(v);
        bool done = false;
        for (int k = -d; k <= d; k += 2) {
            int x = (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1])) ? v[offset + k + 1]
                                                                                   : v[offset + k - 1] + 1;
            int y = x - k;
            while (x < n && y < m && a.at(x) == b.at(y)) {
                ++x;
                ++y;
            }
            v[offset + k] = x;
            if (x >= n && y >= m) {
                done = true;
                break;
            }
        }
        if (done) {
            finalD = d;
            trace.append(v);
            break;
        }
    }
    QVector<Edit> edits;
    int x = n, y = m;
    for (int d = finalD; d > 0; --d) {
        const QVector<int>& pv = trace.at(d);
        const int k = x - y;
        const bool down = (k == -d || (k != d && pv[offset + k - 1] < pv[offset + k + 1]));
        const int prevK = down ? k + 1 : k - 1;
        const int prevX = pv[offset + prevK];
        const int prevY = prevX - prevK;
        while (x > prevX && y > prevY) {
            edits.append({Op::Keep, --x, --y});
        }
        if (down)
            edits.append({Op::Add, x, --y});
        else
            edits.append({Op::Remove, --x, y});
    }
    while (x > 0 && y > 0)
        edits.append({Op::Keep, --x, --y});
    std::reverse(edits.begin(), edits.end());
    return edits;
}

void appendLine(QByteArray* out, char prefix, const QByteArray& line)
{
    out->append(prefix);
    out->append(line);
    if (!line.endsWith('\n'))
        out->append("\n\\ No newline at end of file\n");
}

QByteArray range(int start, int count)
{
    // `start` is 0-based; an empty range names the line before it.
    const int first = count == 0 ? start : start + 1;
    if (count == 1)
        return QByteArray::number(first);
    return QByteArray::number(first) + ',' + QByteArray::number(count);
}

} // namespace

QByteArray UnifiedDiff::diff(
    const QByteArray& before, const QByteArray& after, const QString& beforeName, const QString& afterName, int context)
{
    if (before == after)
        return {};
    const QVector<QByteArray> a = splitLines(before);
    const QVector<QByteArray> b = splitLines(after);
    const QVector<Edit> edits = editScript(a, b);

    QByteArray out = "--- " + beforeName.toUtf8() + "\n+++ " + afterName.toUtf8() + "\n";
    int i = 0;
    while (i < edits.size()) {
        if (edits.at(i).op == Op::Keep) {
            ++i;
            continue;
        }
        // A hunk: from `context` lines before this change to `context` lines after the last
        // change that is at most 2*context lines from the previous one.
        int start = qMax(0, i - context);
        int end = i;
        int lastChange = i;
        while (end < edits.size()) {
            if (edits.at(end).op != Op::Keep)
                lastChange = end;
            else if (end - lastChange > 2 * context)
                break;
            ++end;
        }
        end = qMin(int(edits.size()), lastChange + context + 1);
        int aStart = edits.at(start).a, bStart = edits.at(start).b;
        int aCount = 0, bCount = 0;
        for (int k = start; k < end; ++k) {
            if (edits.at(k).op != Op::Add)
                ++aCount;
            if (edits.at(k).op != Op::Remove)
                ++bCount;
        }
        out += "@@ -" + range(aStart, aCount) + " +" + range(bStart, bCount) + " @@\n";
        for (int k = start; k < end; ++k) {
            const Edit& e = edits.at(k);
            if (e.op == Op::Keep)
                appendLine(&out, ' ', a.at(e.a));
            else if (e.op == Op::Remove)
                appendLine(&out, '-', a.at(e.a));
            else
                appendLine(&out, '+', b.at(e.b));
        }
        i = end;
    }
    return out;
}

} // namespace EventDesk
