#pragma once

#include "session/MailboxScanner.h"

#include <QAbstractItemModel>
#include <QList>
#include <QMap>
#include <QTimer>

#include <array>
#include <optional>

namespace Gui::Results {

// The bounces of a scan as the main window lists them: four groups (forged, sent by you
// with a delivery problem, sent by you and answered automatically, can't tell), each
// holding its messages. An out-of-office note or a delivery receipt about mail the user
// sent tells of no problem, so it is not listed with the failures. Results come one by one from the worker
// thread; they wait in a queue and are shown in batches, one insertion per group at most
// every BatchIntervalMs, so a mailbox of 100,000 bounces does not cost 100,000 insertions.
// Ordinary mail is not listed. Every string taken from a message is returned as the plain
// text it was; tool tips, which QToolTip may read as rich text, come already escaped.
class ResultsModel : public QAbstractItemModel {
    Q_OBJECT

public:
    enum class Group { Forged, Yours, Replies, Unsure }; // also the order of the top-level rows
    static constexpr int GroupCount = 4;

    enum Column {
        DateColumn,
        RecipientsColumn,
        SubjectColumn,
        WhatHappenedColumn,
        FolderColumn,
        ColumnCount
    };

    enum Role {
        // The raw value behind a cell, for sorting: QDateTime for dates, the kind and the
        // reason as one number for what happened, strings otherwise, the group's number
        // for group rows.
        SortRole = Qt::UserRole + 1,
    };

    static constexpr int BatchIntervalMs = 100;

    explicit ResultsModel(QObject* parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    QModelIndex groupIndex(Group group) const;
    // The group of a group row or of a message row.
    std::optional<Group> group(const QModelIndex& index) const;
    // Null for a group row or an invalid index; valid until the model next changes.
    const Core::Session::ScanResult* result(const QModelIndex& index) const;
    // Counts and UIDs are of the messages shown: queued ones join at the next batch.
    int count(Group group) const;
    // The messages of a group by folder, as MailboxWorker::clean() takes them.
    QMap<QString, QList<quint32>> uids(Group group) const;
    QList<Core::Session::ScanResult> results(Group group) const;

    // Empty for ordinary mail, which is not listed.
    static std::optional<Group> groupOf(const Core::Session::ScanResult& result);
    // Orders two messages by a column's SortRole values, without building them: negative,
    // zero or positive. Sorting 100,000 rows asks this millions of times.
    static int compare(
        const Core::Session::ScanResult& left, const Core::Session::ScanResult& right, int column);

public slots:
    void addResult(const Core::Session::ScanResult& result);
    // Shows every queued result now.
    void flush();
    void clear();
    // Takes out messages that are no longer in folder, after a clean.
    void removeMessages(const QString& folder, const QList<quint32>& uids);

signals:
    void countsChanged();

private:
    struct GroupRows {
        QList<Core::Session::ScanResult> shown;
        QList<Core::Session::ScanResult> pending;
    };

    // Beyond this many separate runs of rows to remove, one reset is cheaper than the
    // removals, each of which moves every row behind it.
    static constexpr int MostRemovalRuns = 100;

    QVariant groupData(Group group, int column, int role) const;
    QVariant messageData(const Core::Session::ScanResult& result, Group group, int column, int role) const;
    QString groupLabel(Group group) const;
    QString cellText(const Core::Session::ScanResult& result, int column) const;

    std::array<GroupRows, GroupCount> m_groups;
    QTimer m_batchTimer;
};

} // namespace Gui::Results
