#include "results/ResultsModel.h"

#include "explain/Explanation.h"

#include <QLocale>
#include <QSet>
#include <QTextDocument>

namespace Gui::Results {

using Core::Session::MailboxScanner;
using Core::Verdict::Verdict;

namespace {

    // Message rows carry their group's number plus one; group rows carry zero.
    constexpr quintptr GroupRowId = 0;

    QDateTime dateOf(const Core::Session::ScanResult& result)
    {
        return result.report.date.isValid() ? result.report.date : result.report.original.date;
    }

    QString subjectOf(const Core::Session::ScanResult& result)
    {
        return result.report.original.subject.isEmpty() ? result.report.subject
                                                        : result.report.original.subject;
    }

    // Kinds first, reasons within them: the same words stay together.
    int whatHappenedKey(const Core::Session::ScanResult& result)
    {
        constexpr int ReasonsPerKind = 100;
        return int(result.report.kind) * ReasonsPerKind + int(result.report.reason);
    }

} // namespace

ResultsModel::ResultsModel(QObject* parent)
    : QAbstractItemModel(parent)
{
    m_batchTimer.setSingleShot(true);
    m_batchTimer.setInterval(BatchIntervalMs);
    connect(&m_batchTimer, &QTimer::timeout, this, &ResultsModel::flush);
}

std::optional<ResultsModel::Group> ResultsModel::groupOf(const Core::Session::ScanResult& result)
{
    using Core::Analysis::MessageKind;
    switch (result.judgement.verdict) {
    case Verdict::Backscatter:
        return Group::Forged;
    case Verdict::Genuine:
        if (result.report.kind == MessageKind::AutoReply || result.report.kind == MessageKind::DeliveryReport)
            return Group::Replies;
        return Group::Yours;
    case Verdict::Unknown:
        return Group::Unsure;
    case Verdict::None:
        break;
    }
    return std::nullopt;
}

QModelIndex ResultsModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, GroupRowId);
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex ResultsModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == GroupRowId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, GroupRowId);
}

int ResultsModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return GroupCount;
    if (parent.internalId() != GroupRowId || parent.column() != 0)
        return 0;
    return int(m_groups.at(parent.row()).shown.size());
}

int ResultsModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

Qt::ItemFlags ResultsModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (index.internalId() == GroupRowId)
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QModelIndex ResultsModel::groupIndex(Group group) const
{
    return index(int(group), 0);
}

std::optional<ResultsModel::Group> ResultsModel::group(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this)
        return std::nullopt;
    if (index.internalId() == GroupRowId)
        return Group(index.row());
    return Group(index.internalId() - 1);
}

const Core::Session::ScanResult* ResultsModel::result(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() == GroupRowId)
        return nullptr;
    const QList<Core::Session::ScanResult>& rows = m_groups.at(index.internalId() - 1).shown;
    if (index.row() >= rows.size())
        return nullptr;
    return &rows.at(index.row());
}

int ResultsModel::count(Group group) const
{
    return int(m_groups.at(int(group)).shown.size());
}

QList<Core::Session::ScanResult> ResultsModel::results(Group group) const
{
    return m_groups.at(int(group)).shown;
}

QMap<QString, QList<quint32>> ResultsModel::uids(Group group) const
{
    QMap<QString, QList<quint32>> byFolder;
    for (const Core::Session::ScanResult& result : m_groups.at(int(group)).shown)
        byFolder[result.folder].append(result.uid);
    return byFolder;
}

int ResultsModel::compare(
    const Core::Session::ScanResult& left, const Core::Session::ScanResult& right, int column)
{
    switch (column) {
    case DateColumn: {
        const QDateTime a = dateOf(left);
        const QDateTime b = dateOf(right);
        return a < b ? -1 : (b < a ? 1 : 0);
    }
    case RecipientsColumn: {
        const QStringList& a = left.report.recipients;
        const QStringList& b = right.report.recipients;
        for (qsizetype i = 0; i < a.size() && i < b.size(); ++i) {
            if (const int order = a.at(i).compare(b.at(i), Qt::CaseInsensitive); order != 0)
                return order;
        }
        return int(a.size() - b.size());
    }
    case SubjectColumn:
        return subjectOf(left).compare(subjectOf(right), Qt::CaseInsensitive);
    case WhatHappenedColumn:
        return whatHappenedKey(left) - whatHappenedKey(right);
    case FolderColumn:
        return left.folder.compare(right.folder, Qt::CaseInsensitive);
    default:
        break;
    }
    return 0;
}

QVariant ResultsModel::data(const QModelIndex& index, int role) const
{
    const std::optional<Group> of = group(index);
    if (!of)
        return {};
    if (index.internalId() == GroupRowId)
        return groupData(*of, index.column(), role);
    const Core::Session::ScanResult* message = result(index);
    return message ? messageData(*message, *of, index.column(), role) : QVariant();
}

QString ResultsModel::groupLabel(Group group) const
{
    const int messages = count(group);
    switch (group) {
    case Group::Forged:
        return tr("Forged: you did not send these (%Ln)", nullptr, messages);
    case Group::Yours:
        return tr("Sent by you: delivery problems (%Ln)", nullptr, messages);
    case Group::Replies:
        return tr("Sent by you: automatic replies (%Ln)", nullptr, messages);
    case Group::Unsure:
        return tr("Can't tell (%Ln)", nullptr, messages);
    }
    return {};
}

QVariant ResultsModel::groupData(Group group, int column, int role) const
{
    if (role == SortRole)
        return int(group);
    if (column != DateColumn)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return groupLabel(group);
    case Qt::ToolTipRole:
        switch (group) {
        case Group::Forged:
            return tr(
                "Bounces about mail someone else sent with your address in the From line. Not your fault, "
                "and safe to move to the Trash.");
        case Group::Yours:
            return tr("Bounces about mail you really sent: each one tells of a delivery problem to look at.");
        case Group::Replies:
            return tr("Out-of-office notes and delivery receipts about mail you really sent: it arrived, and "
                      "there is nothing to fix.");
        case Group::Unsure:
            return tr(
                "Bounces NeverSent cannot match with your sent mail either way. Check your Sent folder.");
        }
        break;
    default:
        break;
    }
    return {};
}

QString ResultsModel::cellText(const Core::Session::ScanResult& result, int column) const
{
    switch (column) {
    case DateColumn:
        if (const QDateTime date = dateOf(result); date.isValid())
            return QLocale().toString(date.toLocalTime(), QLocale::ShortFormat);
        return {};
    case RecipientsColumn:
        return result.report.recipients.join(QStringLiteral(", "));
    case SubjectColumn:
        return subjectOf(result);
    case WhatHappenedColumn:
        return Core::Explain::Explanation::whatHappened(result.report);
    case FolderColumn:
        return result.folder;
    default:
        break;
    }
    return {};
}

QVariant ResultsModel::messageData(
    const Core::Session::ScanResult& result, Group group, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return cellText(result, column);
    case SortRole:
        if (column == DateColumn)
            return dateOf(result);
        if (column == WhatHappenedColumn)
            return whatHappenedKey(result);
        return cellText(result, column);
    case Qt::ToolTipRole: {
        const QString headline = Core::Explain::Explanation::forResult(result).headline;
        const QString text = cellText(result, column);
        // QToolTip would guess rich text from a stranger's "<b>": give it escaped rich text.
        return Qt::convertFromPlainText(
            text.isEmpty() ? headline : headline + u'\n' + text, Qt::WhiteSpaceNormal);
    }
    case Qt::AccessibleTextRole: {
        const QString text = cellText(result, column);
        if (column == DateColumn) {
            // A screen reader starts a row here: say which group it belongs to.
            const QString kind = group == Group::Forged ? tr("Forged")
                : group == Group::Yours                 ? tr("Sent by you")
                : group == Group::Replies               ? tr("Automatic reply")
                                                        : tr("Can't tell");
            return text.isEmpty() ? kind : tr("%1, %2", "group, date").arg(kind, text);
        }
        return tr("%1: %2", "column name: cell text")
            .arg(headerData(column, Qt::Horizontal).toString(), text);
    }
    default:
        break;
    }
    return {};
}

QVariant ResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn:
        return tr("Date");
    case RecipientsColumn:
        return tr("Sent to");
    case SubjectColumn:
        return tr("Subject");
    case WhatHappenedColumn:
        return tr("What happened");
    case FolderColumn:
        return tr("Folder");
    default:
        break;
    }
    return {};
}

void ResultsModel::addResult(const Core::Session::ScanResult& result)
{
    const std::optional<Group> to = groupOf(result);
    if (!to)
        return;
    m_groups[int(*to)].pending.append(result);
    if (!m_batchTimer.isActive())
        m_batchTimer.start();
}

void ResultsModel::flush()
{
    m_batchTimer.stop();
    bool changed = false;
    for (int group = 0; group < GroupCount; ++group) {
        GroupRows& rows = m_groups[group];
        if (rows.pending.isEmpty())
            continue;
        const QModelIndex parentIndex = index(group, 0);
        const int first = int(rows.shown.size());
        beginInsertRows(parentIndex, first, first + int(rows.pending.size()) - 1);
        rows.shown.append(std::move(rows.pending));
        rows.pending.clear();
        endInsertRows();
        emit dataChanged(parentIndex, parentIndex, { Qt::DisplayRole, Qt::AccessibleTextRole });
        changed = true;
    }
    if (changed)
        emit countsChanged();
}

void ResultsModel::clear()
{
    m_batchTimer.stop();
    beginResetModel();
    for (GroupRows& rows : m_groups) {
        rows.shown.clear();
        rows.pending.clear();
    }
    endResetModel();
    emit countsChanged();
}

void ResultsModel::removeMessages(const QString& folder, const QList<quint32>& uids)
{
    flush();
    const QSet<quint32> gone(uids.cbegin(), uids.cend());
    const auto isGone = [&](const Core::Session::ScanResult& result) {
        return result.folder == folder && gone.contains(result.uid);
    };
    // Runs of rows to remove per group, last first, so earlier rows keep their numbers.
    std::array<QList<std::pair<int, int>>, GroupCount> runs;
    qsizetype runCount = 0;
    for (int group = 0; group < GroupCount; ++group) {
        const QList<Core::Session::ScanResult>& rows = m_groups.at(group).shown;
        for (int row = int(rows.size()) - 1; row >= 0; --row) {
            if (!isGone(rows.at(row)))
                continue;
            int first = row;
            while (first > 0 && isGone(rows.at(first - 1)))
                --first;
            runs[group].append({ first, row });
            row = first;
        }
        runCount += runs.at(group).size();
    }
    if (runCount == 0)
        return;

    if (runCount > MostRemovalRuns) {
        beginResetModel();
        for (GroupRows& rows : m_groups)
            rows.shown.removeIf(isGone);
        endResetModel();
    } else {
        for (int group = 0; group < GroupCount; ++group) {
            if (runs.at(group).isEmpty())
                continue;
            const QModelIndex parentIndex = index(group, 0);
            for (const auto& [first, last] : runs.at(group)) {
                beginRemoveRows(parentIndex, first, last);
                m_groups[group].shown.remove(first, last - first + 1);
                endRemoveRows();
            }
            emit dataChanged(parentIndex, parentIndex, { Qt::DisplayRole, Qt::AccessibleTextRole });
        }
    }
    emit countsChanged();
}

} // namespace Gui::Results
