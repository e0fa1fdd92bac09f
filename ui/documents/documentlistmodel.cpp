#include "documentlistmodel.h"

#include "documentdates.h"
#include "documenticons.h"

#include <QFileInfo>
#include <QFont>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

namespace EventDesk {

namespace {

// Group rows have internal id 0; a document's internal id is its group's row + 1.
constexpr quintptr GroupId = 0;

QString displayTitle(const IndexEntry& entry)
{
    return entry.title.isEmpty() ? QFileInfo(entry.path).fileName() : entry.title;
}

} // namespace

DocumentListModel::DocumentListModel(QObject* parent)
    : QAbstractItemModel(parent)
    , m_zone(DocumentDates::zone(QString()))
{
}

void DocumentListModel::setEntries(const QVector<IndexEntry>& entries, const QString& collection)
{
    m_collection = collection;
    rebuild(entries);
}

void DocumentListModel::updateEntries(const QVector<IndexEntry>& entries)
{
    rebuild(entries);
}

void DocumentListModel::setTimeZone(const QString& ianaName)
{
    m_zone = DocumentDates::zone(ianaName);
}

void DocumentListModel::setReferenceTime(const QDateTime& now)
{
    m_referenceTime = now;
    QVector<IndexEntry> entries;
    for (const Document& document : std::as_const(m_documents))
        entries.append(document.entry);
    rebuild(entries);
}

void DocumentListModel::setModifiedPaths(const QSet<QString>& paths)
{
    const QSet<QString> before = m_modified;
    m_modified = paths;
    for (int g = 0; g < m_groups.size(); ++g) {
        const QVector<int>& rows = m_groups.at(g).documents;
        for (int row = 0; row < rows.size(); ++row) {
            Document& document = m_documents[rows.at(row)];
            const bool modified = paths.contains(document.entry.path);
            if (modified == before.contains(document.entry.path))
                continue;
            document.state.setFlag(Modified, modified);
            const QModelIndex changed = createIndex(row, 0, quintptr(g + 1));
            Q_EMIT dataChanged(changed, changed);
        }
    }
}

void DocumentListModel::rebuild(const QVector<IndexEntry>& entries)
{
    beginResetModel();
    m_documents.clear();
    m_groups.clear();
    const QDateTime now = m_referenceTime.isValid() ? m_referenceTime : QDateTime::currentDateTimeUtc();
    QVector<int> byGroup[3];
    for (const IndexEntry& entry : entries) {
        if (entry.collection != m_collection)
            continue;
        Document document;
        document.entry = entry;
        document.sortDate = DocumentDates::start(entry.sortDate(), m_zone);
        // Past once it is over: its end, else its start, else its publication date.
        const YamlValue& last = !entry.end.isNull() ? entry.end : entry.sortDate();
        const QDateTime over = DocumentDates::end(last, m_zone);
        document.state.setFlag(Draft, entry.draft);
        document.state.setFlag(Unpublished, !entry.published);
        document.state.setFlag(Error, entry.hasError);
        document.state.setFlag(Modified, m_modified.contains(entry.path));
        if (!document.sortDate.isValid()) {
            document.group = Group::NoDate;
        } else if (over.isValid() && over <= now) {
            document.group = Group::Past;
            document.state.setFlag(Past);
        } else {
            document.group = Group::Upcoming;
        }
        byGroup[int(document.group)].append(m_documents.size());
        m_documents.append(document);
    }
    for (const Group group : {Group::Upcoming, Group::Past, Group::NoDate}) {
        if (!byGroup[int(group)].isEmpty())
            m_groups.append({group, byGroup[int(group)]});
    }
    endResetModel();
}

QModelIndex DocumentListModel::indexOfPath(const QString& path) const
{
    for (int g = 0; g < m_groups.size(); ++g) {
        const QVector<int>& rows = m_groups.at(g).documents;
        for (int row = 0; row < rows.size(); ++row) {
            if (m_documents.at(rows.at(row)).entry.path == path)
                return createIndex(row, 0, quintptr(g + 1));
        }
    }
    return {};
}

void DocumentListModel::retranslate()
{
    if (m_groups.isEmpty())
        return;
    // Group names, tool tips and date texts all change.
    Q_EMIT dataChanged(index(0, 0), index(m_groups.size() - 1, 0));
    for (int g = 0; g < m_groups.size(); ++g) {
        const QModelIndex group = index(g, 0);
        Q_EMIT dataChanged(index(0, 0, group), index(rowCount(group) - 1, 0, group));
    }
}

QModelIndex DocumentListModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, GroupId);
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex DocumentListModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == GroupId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, GroupId);
}

int DocumentListModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return m_groups.size();
    if (parent.column() != 0 || parent.internalId() != GroupId)
        return 0;
    return m_groups.at(parent.row()).documents.size();
}

int DocumentListModel::columnCount(const QModelIndex& parent) const
{
    Q_UNUSED(parent)
    return 1;
}

const DocumentListModel::Document* DocumentListModel::document(const QModelIndex& index) const
{
    if (!index.isValid() || index.internalId() == GroupId)
        return nullptr;
    const GroupRows& group = m_groups.at(int(index.internalId() - 1));
    return &m_documents.at(group.documents.at(index.row()));
}

QVariant DocumentListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (const Document* doc = document(index))
        return documentData(*doc, role);
    return groupData(m_groups.at(index.row()), role);
}

QVariant DocumentListModel::groupData(const GroupRows& group, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return groupName(group.group);
    case IsGroupRole:
        return true;
    case GroupRole:
        return int(group.group);
    case StateRole:
        return int(NoState);
    default:
        return {};
    }
}

QVariant DocumentListModel::documentData(const Document& document, int role) const
{
    const IndexEntry& entry = document.entry;
    switch (role) {
    case Qt::DisplayRole:
        return displayTitle(entry);
    case Qt::DecorationRole:
        if (document.state & Error)
            return DocumentIcons::error();
        if (document.state & Unpublished)
            return DocumentIcons::unpublished();
        if (document.state & Draft)
            return DocumentIcons::draft();
        return {};
    case Qt::ToolTipRole:
        return toolTip(document);
    case Qt::AccessibleTextRole: {
        QString text = displayTitle(entry);
        const QString date = documentData(document, DateTextRole).toString();
        if (!date.isEmpty())
            text += QStringLiteral(", ") + date;
        if (document.state & Error)
            text += QStringLiteral(", ") + tr("cannot be read");
        if (document.state & Unpublished)
            text += QStringLiteral(", ") + tr("not published");
        if (document.state & Draft)
            text += QStringLiteral(", ") + tr("draft");
        if (document.state & Modified)
            text += QStringLiteral(", ") + tr("unsaved changes");
        return text;
    }
    case Qt::ForegroundRole:
        if (document.state & Past)
            return QGuiApplication::palette().brush(QPalette::PlaceholderText);
        return {};
    case Qt::FontRole:
        if (document.state & Modified) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case PathRole:
        return entry.path;
    case SortDateRole:
        return document.sortDate;
    case StateRole:
        return int(document.state);
    case DateTextRole:
        return DocumentDates::shortText(entry.start.isNull() ? entry.date : entry.start, m_zone, QLocale());
    case IsGroupRole:
        return false;
    case GroupRole:
        return int(document.group);
    case RelativePathRole:
        return entry.relativePath;
    case CategoriesRole:
        return entry.categories;
    default:
        return {};
    }
}

QString DocumentListModel::toolTip(const Document& document) const
{
    const IndexEntry& entry = document.entry;
    // The whole title first: the list elides long ones.
    QStringList lines{displayTitle(entry), entry.relativePath};
    if (document.state & Error)
        lines.append(tr("The front matter cannot be read: %1").arg(entry.error));
    if (document.state & Draft)
        lines.append(tr("Draft: not on the site yet."));
    if (document.state & Unpublished)
        lines.append(tr("Not published: the site leaves it out."));
    if (document.state & Past)
        lines.append(tr("Past."));
    if (document.state & Modified)
        lines.append(tr("Unsaved changes."));
    return lines.join(QLatin1Char('\n'));
}

Qt::ItemFlags DocumentListModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    // Groups are headings: neither selectable nor reachable with the arrow keys.
    if (index.internalId() == GroupId)
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> DocumentListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(PathRole, "path");
    names.insert(SortDateRole, "sortDate");
    names.insert(StateRole, "state");
    names.insert(DateTextRole, "dateText");
    names.insert(IsGroupRole, "isGroup");
    names.insert(GroupRole, "group");
    names.insert(RelativePathRole, "relativePath");
    names.insert(CategoriesRole, "categories");
    return names;
}

QString DocumentListModel::groupName(Group group)
{
    switch (group) {
    case Group::Upcoming:
        return tr("Upcoming");
    case Group::Past:
        return tr("Past");
    case Group::NoDate:
        break;
    }
    return tr("No date");
}

} // namespace EventDesk
