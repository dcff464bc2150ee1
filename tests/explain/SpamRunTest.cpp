// A scan's bounces gathered for IT: per day, by the network the forged mail came from,
// and the newest few forged ones.
#include "explain/SpamRun.h"

#include <QTest>

using Core::Explain::SpamRun;
using Core::Session::ScanResult;
using Core::Verdict::Verdict;

namespace {

ScanResult bounce(
    Verdict verdict, const QDateTime& date, const QString& sourceIp = {}, const QString& host = {})
{
    ScanResult result;
    result.folder = QStringLiteral("INBOX");
    result.report.kind = Core::Analysis::MessageKind::DeliveryFailure;
    result.report.date = date;
    result.report.subject = QStringLiteral("Undelivered Mail Returned to Sender");
    result.report.original.messageId = date.toString(Qt::ISODate) + QStringLiteral("@forged.example");
    result.report.original.sourceIp = sourceIp;
    result.report.original.sourceHost = host;
    result.judgement.verdict = verdict;
    return result;
}

QDateTime at(int day, int hour)
{
    return QDateTime(QDate(2026, 11, day), QTime(hour, 0), Qt::UTC);
}

} // namespace

class SpamRunTest : public QObject {
    Q_OBJECT

private slots:
    void networkOf_data()
    {
        QTest::addColumn<QString>("ip");
        QTest::addColumn<QString>("network");
        QTest::newRow("IPv4") << u"203.0.113.77"_qs << u"203.0.113.0/24"_qs;
        QTest::newRow("IPv6") << u"2001:db8:1:2::5"_qs << u"2001:db8:1::/48"_qs;
        QTest::newRow("not an address") << u"bot.example.net"_qs << QString();
        QTest::newRow("empty") << QString() << QString();
    }

    void networkOf()
    {
        QFETCH(QString, ip);
        QFETCH(QString, network);
        QCOMPARE(SpamRun::networkOf(ip), network);
    }

    void countsByDayAndOrigin()
    {
        SpamRun run;
        run.add(bounce(Verdict::Backscatter, at(20, 9), u"203.0.113.77"_qs, u"bot1.example.net"_qs));
        run.add(bounce(Verdict::Backscatter, at(20, 23), u"203.0.113.9"_qs, u"bot2.example.net"_qs));
        run.add(bounce(Verdict::Backscatter, at(21, 1), u"203.0.113.77"_qs, u"bot1.example.net"_qs));
        run.add(bounce(Verdict::Backscatter, at(21, 2), u"198.51.100.4"_qs));
        run.add(bounce(Verdict::Backscatter, at(21, 3)));
        run.add(bounce(Verdict::Genuine, at(21, 4), u"192.0.2.1"_qs));
        run.add(bounce(Verdict::Unknown, at(22, 5)));
        ScanResult ordinary = bounce(Verdict::None, at(23, 6));
        ordinary.report.kind = Core::Analysis::MessageKind::NotABounce;
        run.add(ordinary);

        QCOMPARE(run.forged(), 5);
        QCOMPARE(run.genuine(), 1);
        QCOMPARE(run.unknown(), 1);
        QCOMPARE(run.first(), at(20, 9));
        QCOMPARE(run.last(), at(22, 5));
        QCOMPARE(run.days().size(), 2);
        QCOMPARE(run.days().value(QDate(2026, 11, 20)).forged, 2);
        QCOMPARE(run.days().value(QDate(2026, 11, 21)).forged, 3);
        QCOMPARE(run.days().value(QDate(2026, 11, 21)).genuine, 1);
        // Hours, for a short run: each bounce in the hour it came, minutes dropped.
        run.add(bounce(Verdict::Backscatter, at(21, 1).addSecs(59 * 60)));
        QCOMPARE(run.hours().size(), 6);
        QCOMPARE(run.hours().value(at(21, 1)).forged, 2);
        QCOMPARE(run.hours().value(at(21, 4)).genuine, 1);
        QCOMPARE(run.hours().value(at(20, 23)).forged, 1);
        QVERIFY(!run.hours().contains(at(22, 5))); // undecided: in neither count
        const QList<SpamRun::Origin> origins = run.origins();
        QCOMPARE(origins.size(), 2); // the genuine one's network is no origin of forged mail
        QCOMPARE(origins.at(0).network, u"203.0.113.0/24"_qs);
        QCOMPARE(origins.at(0).forged, 3);
        QCOMPARE(origins.at(0).hosts, (QStringList { u"bot1.example.net"_qs, u"bot2.example.net"_qs }));
        QCOMPARE(origins.at(1).network, u"198.51.100.0/24"_qs);
    }

    void keepsTheNewestForgedOnesAsSamples()
    {
        SpamRun run;
        for (int hour : { 5, 1, 9, 3, 7, 2, 8 })
            run.add(bounce(Verdict::Backscatter, at(20, hour), u"203.0.113.77"_qs));
        run.add(bounce(Verdict::Genuine, at(20, 12)));
        QCOMPARE(run.samples().size(), SpamRun::MaxSamples);
        QList<int> hours;
        for (const SpamRun::Sample& sample : run.samples())
            hours.append(sample.date.time().hour());
        QCOMPARE(hours, (QList<int> { 9, 8, 7, 5, 3 }));
        QCOMPARE(
            run.samples().first().originalMessageId, at(20, 9).toString(Qt::ISODate) + u"@forged.example"_qs);
    }
};

QTEST_GUILESS_MAIN(SpamRunTest)
#include "SpamRunTest.moc"
