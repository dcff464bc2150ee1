#pragma once

#include "results/ResultsModel.h"

#include <QHash>
#include <QPointer>
#include <QSortFilterProxyModel>

#include <optional>

namespace Gui::Results {

// What the list shows of a ResultsModel: the messages matching the search text (in their
// recipients, subject, sender, reason or the computer they came from) and the chosen
// group, sorted within their groups. Groups stay while they have a matching message and
// keep their fixed order whichever way the messages are sorted.
class ResultsFilterModel : public QSortFilterProxyModel {
    Q_OBJECT

public:
    explicit ResultsFilterModel(QObject* parent = nullptr);

    // Only a ResultsModel: any other model shows nothing.
    void setSourceModel(QAbstractItemModel* model) override;

    QString searchText() const { return m_searchText; }
    void setSearchText(const QString& text);
    // Only this group's messages; nullopt: every group.
    std::optional<ResultsModel::Group> groupFilter() const { return m_groupFilter; }
    void setGroupFilter(std::optional<ResultsModel::Group> group);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    bool matchesSearch(const Core::Session::ScanResult& result) const;
    bool whatHappenedMatches(const Core::Analysis::BounceReport& report) const;

    QPointer<ResultsModel> m_results;
    QString m_searchText;
    std::optional<ResultsModel::Group> m_groupFilter;
    // Whether the words for a kind and reason match the search: a handful of answers
    // instead of building those words for each of 100,000 messages.
    mutable QHash<std::pair<int, int>, bool> m_whatHappenedMatches;
};

} // namespace Gui::Results
