// What the scan cache keeps of a report comes back whole: a rescan judges cached bounces
// again from it, so a field lost here would change a verdict.
#include "store/StoredReport.h"

#include <QTest>

using namespace Core;
using Analysis::BounceReport;

class StoredReportTest : public QObject {
    Q_OBJECT

private slots:
    void roundTripKeepsEveryField()
    {
        BounceReport report;
        report.kind = Analysis::MessageKind::DeliveryDelay;
        report.recipients = { QStringLiteral("a@example.org"), QStringLiteral("b@example.net") };
        report.status = QStringLiteral("4.4.7");
        report.reason = Analysis::Reason::Expired;
        report.reportingMta = QStringLiteral("mx.example.net");
        report.diagnostic = QStringLiteral("451 4.4.7 Delivery time expired \"quoted\"\nsecond line");
        report.subject = QStringLiteral("Delayed Mail (still being retried) – Größe");
        report.date = QDateTime(QDate(2026, 11, 20), QTime(3, 52, 6, 250), Qt::OffsetFromUTC, 3600);
        report.original.messageId = QStringLiteral("x@y.example");
        report.original.from = QStringLiteral("sam@bluebird-office.example");
        report.original.to = { QStringLiteral("a@example.org") };
        report.original.subject = QStringLiteral("Invoice");
        report.original.date = QDateTime(QDate(2026, 11, 19), QTime(23, 0), Qt::UTC);
        report.original.sourceIp = QStringLiteral("203.0.113.9");
        report.original.sourceHost = QStringLiteral("bad.example");
        report.original.receiverChecks
            = { { QStringLiteral("spf"), QStringLiteral("fail"), QStringLiteral("bluebird-office.example") },
                  { QStringLiteral("dkim"), QStringLiteral("none"), QString() } };

        const BounceReport back = Store::StoredReport::decode(Store::StoredReport::encode(report));
        QCOMPARE(back.kind, report.kind);
        QCOMPARE(back.recipients, report.recipients);
        QCOMPARE(back.status, report.status);
        QCOMPARE(back.reason, report.reason);
        QCOMPARE(back.reportingMta, report.reportingMta);
        QCOMPARE(back.diagnostic, report.diagnostic);
        QCOMPARE(back.subject, report.subject);
        QCOMPARE(back.date, report.date); // the same instant
        QCOMPARE(back.original.messageId, report.original.messageId);
        QCOMPARE(back.original.from, report.original.from);
        QCOMPARE(back.original.to, report.original.to);
        QCOMPARE(back.original.subject, report.original.subject);
        QCOMPARE(back.original.date, report.original.date);
        QCOMPARE(back.original.sourceIp, report.original.sourceIp);
        QCOMPARE(back.original.sourceHost, report.original.sourceHost);
        QCOMPARE(back.original.receiverChecks, report.original.receiverChecks);
    }

    // Binary reports stored before the receivers' checks were kept end after the source
    // host: they still read, with no checks.
    void binaryOfEarlierVersionsStillReads()
    {
        BounceReport report;
        report.kind = Analysis::MessageKind::DeliveryFailure;
        report.original.sourceHost = QStringLiteral("bad.example");
        const QByteArray withoutChecks = Store::StoredReport::encode(report).chopped(4); // the empty list
        const BounceReport back = Store::StoredReport::decode(withoutChecks);
        QCOMPARE(back.kind, Analysis::MessageKind::DeliveryFailure);
        QCOMPARE(back.original.sourceHost, QStringLiteral("bad.example"));
        QVERIFY(back.original.receiverChecks.isEmpty());
    }

    void missingDatesStayMissing()
    {
        const BounceReport back = Store::StoredReport::decode(Store::StoredReport::encode(BounceReport {}));
        QCOMPARE(back.kind, Analysis::MessageKind::NotABounce);
        QVERIFY(!back.date.isValid());
        QVERIFY(!back.original.date.isValid());
    }

    // A store written before reports were kept in binary holds JSON: it still reads.
    void jsonOfEarlierVersionsStillReads()
    {
        const BounceReport back = Store::StoredReport::decode(
            R"({"date":1795000000000,"diagnostic":"550 5.1.1 no such user","error":"","kind":"delivery-failure",)"
            R"("original":{"date":null,"from":"sam@bluebird-office.example","message_id":"x@y.example","source_host":"",)"
            R"("source_ip":"203.0.113.9","subject":"Invoice","to":["a@example.org"]},"reason":"user-unknown",)"
            R"("recipients":["a@example.org"],"reporting_mta":"mx.example.net","status":"5.1.1","subject":"Undelivered"})");
        QCOMPARE(back.kind, Analysis::MessageKind::DeliveryFailure);
        QCOMPARE(back.reason, Analysis::Reason::UserUnknown);
        QCOMPARE(back.recipients, QStringList { QStringLiteral("a@example.org") });
        QCOMPARE(back.status, QStringLiteral("5.1.1"));
        QCOMPARE(back.date, QDateTime::fromMSecsSinceEpoch(1795000000000, Qt::UTC));
        QCOMPARE(back.original.messageId, QStringLiteral("x@y.example"));
        QCOMPARE(back.original.sourceIp, QStringLiteral("203.0.113.9"));
        QVERIFY(!back.original.date.isValid());
    }

    void garbageIsUnreadableNotACrash_data()
    {
        QTest::addColumn<QByteArray>("stored");
        QTest::newRow("broken JSON") << QByteArray("{not json");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("binary cut short") << Store::StoredReport::encode(BounceReport {}).chopped(3);
        QTest::newRow("binary form byte alone") << QByteArray(1, '\x01');
    }

    void garbageIsUnreadableNotACrash()
    {
        QFETCH(QByteArray, stored);
        const BounceReport back = Store::StoredReport::decode(stored);
        QCOMPARE(back.kind, Analysis::MessageKind::Unreadable);
        QVERIFY(!back.error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(StoredReportTest)
#include "StoredReportTest.moc"
