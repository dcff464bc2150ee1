// The main window's list of bounces: four groups with their counts, results shown in
// batches however fast they come, removal after a clean, search and sorting through the
// proxy, all checked by QAbstractItemModelTester as well.
#include "results/ResultsModel.h"
#include "results/ResultsFilterModel.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QThread>

#include <memory>

using Core::Analysis::MessageKind;
using Core::Analysis::Reason;
using Core::Session::MailboxScanner;
using Core::Verdict::Verdict;
using Gui::Results::ResultsFilterModel;
using Gui::Results::ResultsModel;
using Group = ResultsModel::Group;

namespace {

const QString Inbox = QStringLiteral("INBOX");
const QString Junk = QStringLiteral("Junk");

const QDateTime Start(QDate(2026, 11, 1), QTime(8, 0), Qt::UTC);

Core::Session::ScanResult message(Verdict verdict, quint32 uid, const QString& folder = Inbox,
    const QString& subject = QStringLiteral("Cheap watches"), const QDateTime& date = Start,
    const QString& recipient = QStringLiteral("nobody@example.org"), Reason reason = Reason::UserUnknown)
{
    Core::Session::ScanResult result;
    result.folder = folder;
    result.uid = uid;
    result.size = 2048;
    result.report.kind = verdict == Verdict::None ? MessageKind::NotABounce : MessageKind::DeliveryFailure;
    result.report.reason = reason;
    result.report.recipients = { recipient };
    result.report.subject = QStringLiteral("Undeliverable: ") + subject;
    result.report.date = date;
    result.report.original.subject = subject;
    result.report.original.from = QStringLiteral("sam.taylor@bluebird-office.example");
    result.report.original.sourceIp = QStringLiteral("203.0.113.%1").arg(uid % 250);
    result.report.original.sourceHost = QStringLiteral("dsl-%1.example.net").arg(uid);
    result.judgement.verdict = verdict;
    return result;
}

// The verdict of the i-th of many messages: mostly forged, a few of each other kind.
Verdict spreadVerdict(int i)
{
    switch (i % 100) {
    case 0:
        return Verdict::Genuine;
    case 1:
        return Verdict::Unknown;
    case 2:
        return Verdict::None;
    default:
        return Verdict::Backscatter;
    }
}

int shownMessages(const ResultsModel& model)
{
    return model.count(Group::Forged) + model.count(Group::Yours) + model.count(Group::Replies)
        + model.count(Group::Unsure);
}

QList<quint32> uidsUnder(const QAbstractItemModel& model, const QModelIndex& group,
    const ResultsModel& source, const ResultsFilterModel& proxy)
{
    QList<quint32> uids;
    for (int row = 0; row < model.rowCount(group); ++row)
        uids.append(source.result(proxy.mapToSource(model.index(row, 0, group)))->uid);
    return uids;
}

} // namespace

class ResultsModelTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void groupsAndCounts();
    void timerShowsQueuedResults();
    void cellsAndRoles();
    void hostileTextStaysPlain_data();
    void hostileTextStaysPlain();
    void queuedStreamFewInsertions();
    void manyInsertionsTimed();
    void removal_data();
    void removal();
    void scatteredRemovalResets();
    void clearEmpties();
    void search_data();
    void search();
    void groupFilter();
    void sortingKeepsGroupOrder();
    void compareMatchesSortRole_data();
    void compareMatchesSortRole();
};

void ResultsModelTest::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void ResultsModelTest::groupsAndCounts()
{
    ResultsModel model;
    QAbstractItemModelTester tester(&model);
    QSignalSpy counts(&model, &ResultsModel::countsChanged);

    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.columnCount(), int(ResultsModel::ColumnCount));
    model.addResult(message(Verdict::Backscatter, 1));
    model.addResult(message(Verdict::Backscatter, 2));
    model.addResult(message(Verdict::Genuine, 3));
    model.addResult(message(Verdict::Unknown, 4));
    model.addResult(message(Verdict::None, 5));
    // Mail the user sent that arrived: answered automatically, no delivery problem. A
    // forged one is forged whatever it says.
    auto outOfOffice = message(Verdict::Genuine, 6);
    outOfOffice.report.kind = MessageKind::AutoReply;
    model.addResult(outOfOffice);
    auto receipt = message(Verdict::Genuine, 7);
    receipt.report.kind = MessageKind::DeliveryReport;
    model.addResult(receipt);
    auto forgedOutOfOffice = message(Verdict::Backscatter, 8);
    forgedOutOfOffice.report.kind = MessageKind::AutoReply;
    model.addResult(forgedOutOfOffice);
    // Queued, not yet shown: nothing changes before the batch.
    QCOMPARE(model.rowCount(model.groupIndex(Group::Forged)), 0);
    QCOMPARE(counts.count(), 0);

    model.flush();
    QCOMPARE(counts.count(), 1);
    QCOMPARE(model.count(Group::Forged), 3);
    QCOMPARE(model.count(Group::Yours), 1);
    QCOMPARE(model.count(Group::Replies), 2);
    QCOMPARE(model.count(Group::Unsure), 1);
    QCOMPARE(model.rowCount(model.groupIndex(Group::Forged)), 3);
    QCOMPARE(model.groupIndex(Group::Forged).data().toString(),
        QStringLiteral("Forged: you did not send these (3)"));
    QCOMPARE(model.groupIndex(Group::Replies).data().toString(),
        QStringLiteral("Sent by you: automatic replies (2)"));
    QCOMPARE(model.uids(Group::Replies), (QMap<QString, QList<quint32>> { { Inbox, { 6, 7 } } }));
    QCOMPARE(model.groupIndex(Group::Yours).data().toString(),
        QStringLiteral("Sent by you: delivery problems (1)"));
    QCOMPARE(model.groupIndex(Group::Unsure).data().toString(), QStringLiteral("Can't tell (1)"));

    const QModelIndex yours = model.index(0, 0, model.groupIndex(Group::Yours));
    QCOMPARE(*model.group(yours), Group::Yours);
    QCOMPARE(model.result(yours)->uid, 3u);
    QVERIFY(model.result(model.groupIndex(Group::Yours)) == nullptr);
    QCOMPARE(model.uids(Group::Forged), (QMap<QString, QList<quint32>> { { Inbox, { 1, 2, 8 } } }));
    QVERIFY(!ResultsModel::groupOf(message(Verdict::None, 9)));
}

void ResultsModelTest::timerShowsQueuedResults()
{
    ResultsModel model;
    QAbstractItemModelTester tester(&model);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    for (quint32 uid = 1; uid <= 50; ++uid)
        model.addResult(message(uid % 2 ? Verdict::Backscatter : Verdict::Genuine, uid));
    QCOMPARE(inserted.count(), 0);
    QTRY_COMPARE(shownMessages(model), 50);
    // One insertion per group for the whole batch.
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(model.count(Group::Forged), 25);
}

void ResultsModelTest::cellsAndRoles()
{
    ResultsModel model;
    Core::Session::ScanResult mistyped
        = message(Verdict::Genuine, 7, Inbox, QStringLiteral("Samples for the spring catalogue"),
            QDateTime(QDate(2026, 11, 10), QTime(11, 2), Qt::UTC),
            QStringLiteral("j.morgen@northwind-trading.example"));
    mistyped.report.recipients.append(QStringLiteral("j.morgan@northwind-trading.example"));
    model.addResult(mistyped);
    Core::Session::ScanResult noOriginalSubject = message(Verdict::Backscatter, 8, Junk);
    noOriginalSubject.report.original.subject.clear();
    model.addResult(noOriginalSubject);
    model.flush();

    const QModelIndex group = model.groupIndex(Group::Yours);
    const auto cell = [&](int column) { return model.index(0, column, group); };
    QCOMPARE(cell(ResultsModel::DateColumn).data().toString(),
        QLocale().toString(mistyped.report.date.toLocalTime(), QLocale::ShortFormat));
    QCOMPARE(cell(ResultsModel::RecipientsColumn).data().toString(),
        QStringLiteral("j.morgen@northwind-trading.example, j.morgan@northwind-trading.example"));
    QCOMPARE(cell(ResultsModel::SubjectColumn).data().toString(),
        QStringLiteral("Samples for the spring catalogue"));
    QCOMPARE(cell(ResultsModel::WhatHappenedColumn).data().toString(),
        QStringLiteral("A message could not be delivered: the address does not exist"));
    QCOMPARE(cell(ResultsModel::FolderColumn).data().toString(), Inbox);

    const QVariant date = cell(ResultsModel::DateColumn).data(ResultsModel::SortRole);
    QCOMPARE(date.metaType(), QMetaType::fromType<QDateTime>());
    QCOMPARE(date.toDateTime(), mistyped.report.date);
    QCOMPARE(model.groupIndex(Group::Unsure).data(ResultsModel::SortRole).toInt(), int(Group::Unsure));

    const QString tip = cell(ResultsModel::SubjectColumn).data(Qt::ToolTipRole).toString();
    QVERIFY2(
        tip.contains(QStringLiteral("Your message to j.morgen@northwind-trading.example")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("Samples for the spring catalogue")), qPrintable(tip));
    QVERIFY(!model.groupIndex(Group::Forged).data(Qt::ToolTipRole).toString().isEmpty());
    QVERIFY(cell(ResultsModel::DateColumn)
                .data(Qt::AccessibleTextRole)
                .toString()
                .startsWith(QStringLiteral("Sent by you, ")));
    QCOMPARE(cell(ResultsModel::FolderColumn).data(Qt::AccessibleTextRole).toString(),
        QStringLiteral("Folder: INBOX"));
    QCOMPARE(model.headerData(ResultsModel::RecipientsColumn, Qt::Horizontal).toString(),
        QStringLiteral("Sent to"));

    // Without the original's subject, the bounce's own.
    QCOMPARE(model.index(0, ResultsModel::SubjectColumn, model.groupIndex(Group::Forged)).data().toString(),
        QStringLiteral("Undeliverable: Cheap watches"));
}

void ResultsModelTest::hostileTextStaysPlain_data()
{
    QTest::addColumn<QString>("hostile");
    QTest::newRow("markup") << QStringLiteral("<b>x</b><img src=\"http://203.0.113.1/t.png\">");
    QTest::newRow("entity") << QStringLiteral("&lt;i&gt;");
    QTest::newRow("right-to-left") << QStringLiteral("\u202Eexe.txt\u202C \u200F\u05E9\u05DC\u05D5\u05DD");
    QTest::newRow("very long") << QString(100000, u'W');
}

void ResultsModelTest::hostileTextStaysPlain()
{
    QFETCH(QString, hostile);
    ResultsModel model;
    model.addResult(message(Verdict::Backscatter, 1, hostile, hostile, Start, hostile));
    model.flush();
    const QModelIndex group = model.groupIndex(Group::Forged);
    for (const int column :
        { ResultsModel::RecipientsColumn, ResultsModel::SubjectColumn, ResultsModel::FolderColumn }) {
        const QModelIndex cell = model.index(0, column, group);
        QCOMPARE(cell.data().toString(), hostile);
        const QString tip = cell.data(Qt::ToolTipRole).toString();
        QVERIFY(Qt::mightBeRichText(tip));
        QVERIFY(!tip.contains(QStringLiteral("<b>")));
        QVERIFY(QTextDocumentFragment::fromHtml(tip).toPlainText().endsWith(hostile));
        QVERIFY(cell.data(Qt::AccessibleTextRole).toString().endsWith(QStringLiteral(": ") + hostile));
    }
}

void ResultsModelTest::queuedStreamFewInsertions()
{
    constexpr int Total = 100000;
    ResultsModel model;
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QElapsedTimer elapsed;
    elapsed.start();
    // As from the worker's thread: each result a queued call of its own.
    std::unique_ptr<QThread> producer(QThread::create([&model] {
        for (int i = 0; i < Total; ++i) {
            QMetaObject::invokeMethod(
                &model,
                [&model, result = message(spreadVerdict(i), quint32(i + 1))] { model.addResult(result); },
                Qt::QueuedConnection);
        }
    }));
    producer->start();
    QTRY_COMPARE_WITH_TIMEOUT(shownMessages(model), Total - Total / 100, 120000);
    const qint64 ms = elapsed.elapsed();
    QVERIFY(producer->wait(10000));
    QCOMPARE(model.count(Group::Yours), Total / 100);
    QCOMPARE(model.count(Group::Unsure), Total / 100);
    // Batches come at least BatchIntervalMs apart, at most one insertion per group each.
    QVERIFY2(inserted.count() <= 3 * (ms / ResultsModel::BatchIntervalMs + 1),
        qPrintable(QStringLiteral("%1 insertions in %2 ms").arg(inserted.count()).arg(ms)));
    QVERIFY2(inserted.count() < 1000, qPrintable(QString::number(inserted.count())));
    qInfo("%d results from another thread, one queued call each: shown in %lld ms with %lld rowsInserted "
          "signals",
        Total, ms, qlonglong(inserted.count()));
}

void ResultsModelTest::manyInsertionsTimed()
{
    constexpr int Total = 100000;
    QList<Core::Session::ScanResult> results;
    results.reserve(Total);
    for (int i = 0; i < Total; ++i) {
        results.append(message(spreadVerdict(i), quint32(i + 1), Inbox, QStringLiteral("Offer %1").arg(i),
            Start.addSecs(qint64(i * 7919) % (30 * 24 * 3600)), QStringLiteral("user%1@example.org").arg(i)));
    }

    ResultsModel model;
    QElapsedTimer timer;
    timer.start();
    for (const Core::Session::ScanResult& result : std::as_const(results))
        model.addResult(result);
    model.flush();
    const qint64 modelMs = timer.elapsed();
    QCOMPARE(shownMessages(model), Total - Total / 100);

    ResultsModel sortedModel;
    ResultsFilterModel proxy;
    proxy.setSourceModel(&sortedModel);
    proxy.sort(ResultsModel::DateColumn, Qt::AscendingOrder);
    timer.restart();
    for (const Core::Session::ScanResult& result : std::as_const(results))
        sortedModel.addResult(result);
    sortedModel.flush();
    const qint64 proxyMs = timer.elapsed();
    QCOMPARE(proxy.rowCount(proxy.index(int(Group::Forged), 0)), sortedModel.count(Group::Forged));

    timer.restart();
    proxy.setSearchText(QStringLiteral("user4242@"));
    const qint64 searchMs = timer.elapsed();
    QCOMPARE(proxy.rowCount(proxy.index(0, 0)), 1);

    timer.restart();
    proxy.setSearchText(QString());
    const qint64 clearSearchMs = timer.elapsed();
    timer.restart();
    proxy.sort(ResultsModel::SubjectColumn, Qt::DescendingOrder);
    const qint64 sortMs = timer.elapsed();
    QCOMPARE(proxy.rowCount(proxy.index(int(Group::Forged), 0)), sortedModel.count(Group::Forged));

    qInfo("%d results added and shown: %lld ms into the model alone, %lld ms with a date-sorted proxy; "
          "a search over them %lld ms, clearing it %lld ms; sorting them by subject %lld ms",
        Total, modelMs, proxyMs, searchMs, clearSearchMs, sortMs);
}

void ResultsModelTest::removal_data()
{
    QTest::addColumn<QString>("folder");
    QTest::addColumn<QList<quint32>>("uids");
    QTest::addColumn<int>("forged");
    QTest::addColumn<int>("yours");
    QTest::addColumn<int>("removals");

    // The model holds forged INBOX 1-20, forged Junk 1-5 and genuine INBOX 21-25.
    QList<quint32> inboxForged;
    for (quint32 uid = 1; uid <= 20; ++uid)
        inboxForged.append(uid);
    QTest::newRow("one run") << Inbox << inboxForged << 5 << 5 << 1;
    QTest::newRow("several runs in two groups")
        << Inbox << QList<quint32> { 2, 3, 4, 10, 21 } << 21 << 4 << 3;
    QTest::newRow("only that folder's messages") << Junk << QList<quint32> { 1, 2 } << 23 << 5 << 1;
    QTest::newRow("unknown uids") << Inbox << QList<quint32> { 99, 100 } << 25 << 5 << 0;
}

void ResultsModelTest::removal()
{
    QFETCH(QString, folder);
    QFETCH(QList<quint32>, uids);
    QFETCH(int, forged);
    QFETCH(int, yours);
    QFETCH(int, removals);

    ResultsModel model;
    ResultsFilterModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&model);
    QAbstractItemModelTester proxyTester(&proxy);
    for (quint32 uid = 1; uid <= 20; ++uid)
        model.addResult(message(Verdict::Backscatter, uid));
    for (quint32 uid = 1; uid <= 5; ++uid)
        model.addResult(message(Verdict::Backscatter, uid, Junk));
    for (quint32 uid = 21; uid <= 25; ++uid)
        model.addResult(message(Verdict::Genuine, uid));
    model.flush();

    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.removeMessages(folder, uids);
    QCOMPARE(removed.count(), removals);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(model.count(Group::Forged), forged);
    QCOMPARE(model.count(Group::Yours), yours);
    QCOMPARE(proxy.rowCount(proxy.index(int(Group::Forged), 0)), forged);
    for (Group group : { Group::Forged, Group::Yours }) {
        const QList<quint32> left = model.uids(group).value(folder);
        for (quint32 uid : uids)
            QVERIFY(!left.contains(uid));
    }
    QVERIFY(model.groupIndex(Group::Forged).data().toString().endsWith(QStringLiteral("(%1)").arg(forged)));
}

void ResultsModelTest::scatteredRemovalResets()
{
    ResultsModel model;
    QAbstractItemModelTester tester(&model);
    QList<quint32> everyOther;
    for (quint32 uid = 1; uid <= 1000; ++uid) {
        model.addResult(message(Verdict::Backscatter, uid));
        if (uid % 2)
            everyOther.append(uid);
    }
    // Removal right after adding: the queued results count too.
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.removeMessages(Inbox, everyOther);
    QCOMPARE(removed.count(), 0);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.count(Group::Forged), 500);
    const QList<quint32> left = model.uids(Group::Forged).value(Inbox);
    QCOMPARE(left.size(), 500);
    for (quint32 uid : left)
        QCOMPARE(uid % 2, 0u);
}

void ResultsModelTest::clearEmpties()
{
    ResultsModel model;
    QAbstractItemModelTester tester(&model);
    model.addResult(message(Verdict::Backscatter, 1));
    model.flush();
    model.addResult(message(Verdict::Genuine, 2)); // still queued
    model.clear();
    QCOMPARE(shownMessages(model), 0);
    QCOMPARE(model.rowCount(), ResultsModel::GroupCount);
    model.flush();
    QCOMPARE(shownMessages(model), 0);
    QCOMPARE(model.groupIndex(Group::Forged).data().toString(),
        QStringLiteral("Forged: you did not send these (0)"));
}

void ResultsModelTest::search_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<int>>("visiblePerGroup"); // -1: the group row is hidden

    QTest::newRow("nothing typed") << QString() << QList<int> { 3, 2, 0, 0 };
    QTest::newRow("recipient, other case")
        << QStringLiteral("IVANA.Petrovic@") << QList<int> { 1, -1, -1, -1 };
    QTest::newRow("subject") << QStringLiteral("spring catalogue") << QList<int> { -1, 1, -1, -1 };
    QTest::newRow("source host") << QStringLiteral("infected-pc") << QList<int> { 2, -1, -1, -1 };
    QTest::newRow("reason in words") << QStringLiteral("mailbox is full") << QList<int> { -1, 1, -1, -1 };
    QTest::newRow("reason name") << QStringLiteral("mailbox-full") << QList<int> { -1, 1, -1, -1 };
    QTest::newRow("sender") << QStringLiteral("bluebird-office") << QList<int> { 3, 2, -1, -1 };
    QTest::newRow("no match") << QStringLiteral("zebra") << QList<int> { -1, -1, -1, -1 };
    QTest::newRow("blanks around") << QStringLiteral("  ivana.petrovic@  ") << QList<int> { 1, -1, -1, -1 };
}

void ResultsModelTest::search()
{
    QFETCH(QString, text);
    QFETCH(QList<int>, visiblePerGroup);

    ResultsModel model;
    ResultsFilterModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy);
    Core::Session::ScanResult forgedA = message(Verdict::Backscatter, 1, Inbox,
        QStringLiteral("Re: Your invoice"), Start, QStringLiteral("ivana.petrovic@kestrel-hosting.example"));
    forgedA.report.original.sourceHost = QStringLiteral("infected-pc.example.net");
    Core::Session::ScanResult forgedB = message(Verdict::Backscatter, 2);
    forgedB.report.original.sourceHost = QStringLiteral("other-infected-pc.example.net");
    model.addResult(forgedA);
    model.addResult(forgedB);
    model.addResult(message(Verdict::Backscatter, 3));
    model.addResult(message(Verdict::Genuine, 4, Inbox, QStringLiteral("Samples for the spring catalogue")));
    model.addResult(message(Verdict::Genuine, 5, Inbox, QStringLiteral("Your renewed service contract"),
        Start, QStringLiteral("helen.brooks@greenfield-dental.example"), Reason::MailboxFull));
    model.flush();

    proxy.setSearchText(text);
    QCOMPARE(proxy.searchText(), text.trimmed());
    QList<int> visible(ResultsModel::GroupCount, -1);
    for (int row = 0; row < proxy.rowCount(); ++row) {
        const QModelIndex group = proxy.index(row, 0);
        visible[int(*model.group(proxy.mapToSource(group)))] = proxy.rowCount(group);
    }
    QCOMPARE(visible, visiblePerGroup);

    // Results arriving while a search is set are filtered as they come.
    model.addResult(message(Verdict::Unknown, 6, Inbox, QStringLiteral("Samples for the spring catalogue")));
    model.flush();
    if (text == QStringLiteral("spring catalogue"))
        QCOMPARE(proxy.rowCount(), 2);
}

void ResultsModelTest::groupFilter()
{
    ResultsModel model;
    ResultsFilterModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy);
    model.addResult(message(Verdict::Backscatter, 1, Inbox, QStringLiteral("Cheap watches")));
    model.addResult(message(Verdict::Genuine, 2, Inbox, QStringLiteral("Cheap flights for the team")));
    model.addResult(message(Verdict::Unknown, 3));
    model.flush();

    proxy.setGroupFilter(Group::Yours);
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(*model.group(proxy.mapToSource(proxy.index(0, 0))), Group::Yours);
    QCOMPARE(proxy.rowCount(proxy.index(0, 0)), 1);

    proxy.setSearchText(QStringLiteral("watches"));
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setSearchText(QStringLiteral("cheap"));
    QCOMPARE(proxy.rowCount(), 1);

    proxy.setGroupFilter(std::nullopt);
    QCOMPARE(proxy.rowCount(), 3);
    proxy.setSearchText(QString());
    QCOMPARE(proxy.rowCount(), ResultsModel::GroupCount);
}

void ResultsModelTest::sortingKeepsGroupOrder()
{
    ResultsModel model;
    ResultsFilterModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy);
    // uid n is n days after Start; subjects run the other way.
    const QList<quint32> order { 4, 1, 5, 3, 2 };
    for (quint32 uid : order) {
        const QString subject = QString(QChar(u'z' - char16_t(uid)));
        model.addResult(message(Verdict::Backscatter, uid, Inbox, subject, Start.addDays(uid)));
        model.addResult(message(Verdict::Genuine, uid + 10, Inbox, subject, Start.addDays(uid)));
    }
    model.addResult(message(Verdict::Unknown, 30));
    model.flush();

    const auto groupsInOrder = [&] {
        QList<int> groups;
        for (int row = 0; row < proxy.rowCount(); ++row)
            groups.append(int(*model.group(proxy.mapToSource(proxy.index(row, 0)))));
        return groups;
    };
    const QList<int> fixed { 0, 1, 2, 3 };

    proxy.sort(ResultsModel::DateColumn, Qt::AscendingOrder);
    QCOMPARE(groupsInOrder(), fixed);
    QCOMPARE(uidsUnder(proxy, proxy.index(0, 0), model, proxy), (QList<quint32> { 1, 2, 3, 4, 5 }));
    QCOMPARE(uidsUnder(proxy, proxy.index(1, 0), model, proxy), (QList<quint32> { 11, 12, 13, 14, 15 }));

    proxy.sort(ResultsModel::DateColumn, Qt::DescendingOrder);
    QCOMPARE(groupsInOrder(), fixed);
    QCOMPARE(uidsUnder(proxy, proxy.index(0, 0), model, proxy), (QList<quint32> { 5, 4, 3, 2, 1 }));

    proxy.sort(ResultsModel::SubjectColumn, Qt::AscendingOrder);
    QCOMPARE(groupsInOrder(), fixed);
    QCOMPARE(uidsUnder(proxy, proxy.index(0, 0), model, proxy), (QList<quint32> { 5, 4, 3, 2, 1 }));

    // A new result takes its sorted place.
    model.addResult(message(Verdict::Backscatter, 6, Inbox, QStringLiteral("zz"), Start));
    model.flush();
    QCOMPARE(uidsUnder(proxy, proxy.index(0, 0), model, proxy), (QList<quint32> { 5, 4, 3, 2, 1, 6 }));
}

void ResultsModelTest::compareMatchesSortRole_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Core::Session::ScanResult>("left");
    QTest::addColumn<Core::Session::ScanResult>("right");

    Core::Session::ScanResult early = message(Verdict::Backscatter, 1, Inbox, QStringLiteral("b"), Start);
    Core::Session::ScanResult late = message(Verdict::Backscatter, 2, Junk, QStringLiteral("A"),
        Start.addSecs(1), QStringLiteral("Zed@example.org"), Reason::MailboxFull);
    Core::Session::ScanResult undated = early;
    undated.report.date = QDateTime();
    undated.report.original.date = Start.addDays(-1);
    Core::Session::ScanResult twoRecipients = early;
    twoRecipients.report.recipients.append(QStringLiteral("a@example.org"));
    Core::Session::ScanResult delayed = early;
    delayed.report.kind = MessageKind::DeliveryDelay;

    QTest::newRow("date") << int(ResultsModel::DateColumn) << early << late;
    QTest::newRow("date of the original when the bounce has none")
        << int(ResultsModel::DateColumn) << undated << early;
    QTest::newRow("recipients, any case") << int(ResultsModel::RecipientsColumn) << early << late;
    QTest::newRow("recipients, one more") << int(ResultsModel::RecipientsColumn) << early << twoRecipients;
    QTest::newRow("subject, any case") << int(ResultsModel::SubjectColumn) << late << early;
    QTest::newRow("reason within kind") << int(ResultsModel::WhatHappenedColumn) << early << late;
    QTest::newRow("kind before reason") << int(ResultsModel::WhatHappenedColumn) << late << delayed;
    QTest::newRow("folder") << int(ResultsModel::FolderColumn) << early << late;
}

// The proxy sorts with compare() instead of SortRole values for speed: both must agree.
void ResultsModelTest::compareMatchesSortRole()
{
    QFETCH(int, column);
    QFETCH(Core::Session::ScanResult, left);
    QFETCH(Core::Session::ScanResult, right);

    QVERIFY(ResultsModel::compare(left, right, column) < 0);
    QVERIFY(ResultsModel::compare(right, left, column) > 0);
    QCOMPARE(ResultsModel::compare(left, left, column), 0);

    ResultsModel model;
    left.uid = 1;
    right.uid = 2;
    model.addResult(left);
    model.addResult(right);
    model.flush();
    const QModelIndex group = model.groupIndex(Group::Forged);
    const QVariant a = model.index(0, column, group).data(ResultsModel::SortRole);
    const QVariant b = model.index(1, column, group).data(ResultsModel::SortRole);
    if (column == ResultsModel::RecipientsColumn || column == ResultsModel::SubjectColumn
        || column == ResultsModel::FolderColumn)
        QVERIFY(a.toString().compare(b.toString(), Qt::CaseInsensitive) < 0);
    else
        QCOMPARE(QVariant::compare(a, b), QPartialOrdering::Less);
}

QTEST_GUILESS_MAIN(ResultsModelTest)
#include "ResultsModelTest.moc"
