#include "results/ResultsFilterModel.h"

#include "explain/Explanation.h"

namespace Gui::Results {

using Core::Session::MailboxScanner;

ResultsFilterModel::ResultsFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    setSortRole(ResultsModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void ResultsFilterModel::setSourceModel(QAbstractItemModel* model)
{
    m_results = qobject_cast<ResultsModel*>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

void ResultsFilterModel::setSearchText(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_searchText)
        return;
    m_searchText = trimmed;
    m_whatHappenedMatches.clear();
    invalidateFilter();
}

void ResultsFilterModel::setGroupFilter(std::optional<ResultsModel::Group> group)
{
    if (group == m_groupFilter)
        return;
    m_groupFilter = group;
    invalidateFilter();
}

bool ResultsFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (!m_results)
        return false;
    const QModelIndex source = m_results->index(sourceRow, 0, sourceParent);
    const std::optional<ResultsModel::Group> group = m_results->group(source);
    if (!group || (m_groupFilter && *m_groupFilter != *group))
        return false;
    if (m_searchText.isEmpty())
        return true;
    // A group row is not itself searched: recursive filtering keeps it for its messages.
    const Core::Session::ScanResult* result = m_results->result(source);
    return result && matchesSearch(*result);
}

bool ResultsFilterModel::matchesSearch(const Core::Session::ScanResult& result) const
{
    const auto has = [this](const QString& text) { return text.contains(m_searchText, Qt::CaseInsensitive); };
    const Core::Analysis::BounceReport& report = result.report;
    for (const QString& recipient : report.recipients) {
        if (has(recipient))
            return true;
    }
    return has(report.original.subject) || has(report.subject) || has(report.original.from)
        || has(report.original.sourceHost) || has(report.original.sourceIp) || whatHappenedMatches(report);
}

bool ResultsFilterModel::whatHappenedMatches(const Core::Analysis::BounceReport& report) const
{
    const std::pair<int, int> key { int(report.kind), int(report.reason) };
    auto known = m_whatHappenedMatches.constFind(key);
    if (known == m_whatHappenedMatches.cend()) {
        const bool matches
            = Core::Analysis::reasonName(report.reason).contains(m_searchText, Qt::CaseInsensitive)
            || Core::Explain::Explanation::whatHappened(report).contains(m_searchText, Qt::CaseInsensitive);
        known = m_whatHappenedMatches.insert(key, matches);
    }
    return *known;
}

bool ResultsFilterModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    // The groups' order is fixed: answered so that sorting either way keeps it.
    if (!left.parent().isValid() && !right.parent().isValid())
        return sortOrder() == Qt::AscendingOrder ? left.row() < right.row() : left.row() > right.row();
    const Core::Session::ScanResult* a = m_results ? m_results->result(left) : nullptr;
    const Core::Session::ScanResult* b = m_results ? m_results->result(right) : nullptr;
    if (!a || !b)
        return QSortFilterProxyModel::lessThan(left, right);
    return ResultsModel::compare(*a, *b, left.column()) < 0;
}

} // namespace Gui::Results
