// The one place a judged message is counted: each kind and verdict lands in exactly the
// counters the scan, the demo and both summaries report.
#include "session/ScanResult.h"

#include <QTest>

using namespace Core;
using Analysis::MessageKind;
using VerdictKind = Core::Verdict::Verdict;

class ScanTotalsTest : public QObject {
    Q_OBJECT

private slots:
    void countsEachMessageOnce_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("verdict");
        // scanned, bounces, backscatter, genuine, unknown, unreadable, ordinary
        QTest::addColumn<QList<int>>("expected");
        QTest::newRow("forged failure") << int(MessageKind::DeliveryFailure) << int(VerdictKind::Backscatter)
                                        << QList<int> { 1, 1, 1, 0, 0, 0, 0 };
        QTest::newRow("real failure") << int(MessageKind::DeliveryFailure) << int(VerdictKind::Genuine)
                                      << QList<int> { 1, 1, 0, 1, 0, 0, 0 };
        QTest::newRow("delay, cannot tell") << int(MessageKind::DeliveryDelay) << int(VerdictKind::Unknown)
                                            << QList<int> { 1, 1, 0, 0, 1, 0, 0 };
        QTest::newRow("auto-reply, not judged")
            << int(MessageKind::AutoReply) << int(VerdictKind::None) << QList<int> { 1, 1, 0, 0, 0, 0, 1 };
        QTest::newRow("ordinary mail")
            << int(MessageKind::NotABounce) << int(VerdictKind::None) << QList<int> { 1, 0, 0, 0, 0, 0, 1 };
        QTest::newRow("unreadable") << int(MessageKind::Unreadable) << int(VerdictKind::None)
                                    << QList<int> { 1, 0, 0, 0, 0, 1, 0 };
    }

    void countsEachMessageOnce()
    {
        QFETCH(int, kind);
        QFETCH(int, verdict);
        QFETCH(QList<int>, expected);
        Analysis::BounceReport report;
        report.kind = MessageKind(kind);
        Verdict::Judgement judgement;
        judgement.verdict = VerdictKind(verdict);
        Session::ScanTotals totals;
        totals.add(report, judgement);
        totals.add(report, judgement);
        const QList<int> counted { totals.scanned, totals.bounces, totals.backscatter, totals.genuine,
            totals.unknown, totals.unreadable, totals.ordinary() };
        QList<int> twice;
        for (const int count : expected)
            twice.append(2 * count);
        QCOMPARE(counted, twice);
    }
};

QTEST_GUILESS_MAIN(ScanTotalsTest)
#include "ScanTotalsTest.moc"
