// SrvLookup against a real DNS responder on 127.0.0.1:53 (DnsFixture) that the lookup asks
// through its network overrides instead of the system's name servers.
#include "account/SrvLookup.h"
#include "CandidateText.h"
#include "DnsFixture.h"

#include <QSignalSpy>
#include <QTest>

using Core::Account::NetworkOverrides;
using Core::Account::ServerCandidate;
using Core::Account::SrvLookup;

class SrvLookupTest : public QObject {
    Q_OBJECT

public:
    bool dnsRan() const { return m_dnsRunning; }

private:
    DnsFixture m_dns;
    bool m_dnsRunning = false;

    NetworkOverrides overrides() const
    {
        NetworkOverrides overrides;
        overrides.route = [](const QString&, quint16) { return std::optional<NetworkOverrides::Endpoint>(); };
        overrides.nameserver = m_dns.address();
        return overrides;
    }

private slots:
    void initTestCase()
    {
        QString error;
        bool needsRoot = false;
        m_dnsRunning = m_dns.start(&error, &needsRoot);
        if (!m_dnsRunning) {
            if (needsRoot)
                QSKIP("the test DNS server needs root to listen on 127.0.0.1:53 (Qt 6.4 asks a DNS server on "
                      "port 53 only)");
            QFAIL(qPrintable(error));
        }
    }

    void lookup_data()
    {
        QTest::addColumn<QString>("domain");
        // "service priority weight port target" lines for the DNS server.
        QTest::addColumn<QStringList>("records");
        QTest::addColumn<QStringList>("servers");
        QTest::newRow("implicit TLS only")
            << QStringLiteral("tls.example")
            << QStringList { QStringLiteral("_imaps 0 1 993 imap.tls.example") }
            << QStringList { QStringLiteral("imaps://imap.tls.example:993 sam@tls.example") };
        QTest::newRow("STARTTLS only, own port")
            << QStringLiteral("starttls.example")
            << QStringList { QStringLiteral("_imap 0 1 1143 mx.starttls.example") }
            << QStringList { QStringLiteral("imap://mx.starttls.example:1143 sam@starttls.example") };
        QTest::newRow("equal priority: implicit TLS first")
            << QStringLiteral("both.example")
            << QStringList { QStringLiteral("_imap 10 1 143 mail.both.example"),
                   QStringLiteral("_imaps 10 1 993 imap.both.example") }
            << QStringList { QStringLiteral("imaps://imap.both.example:993 sam@both.example"),
                   QStringLiteral("imap://mail.both.example:143 sam@both.example") };
        QTest::newRow("priority before kind of TLS")
            << QStringLiteral("priority.example")
            << QStringList { QStringLiteral("_imaps 20 1 993 imap.priority.example"),
                   QStringLiteral("_imap 5 1 143 mail.priority.example") }
            << QStringList { QStringLiteral("imap://mail.priority.example:143 sam@priority.example"),
                   QStringLiteral("imaps://imap.priority.example:993 sam@priority.example") };
        QTest::newRow("priority, then heavier weight first")
            << QStringLiteral("weight.example")
            << QStringList { QStringLiteral("_imaps 5 10 993 light.weight.example"),
                   QStringLiteral("_imaps 5 60 993 heavy.weight.example"),
                   QStringLiteral("_imaps 1 0 993 first.weight.example") }
            << QStringList { QStringLiteral("imaps://first.weight.example:993 sam@weight.example"),
                   QStringLiteral("imaps://heavy.weight.example:993 sam@weight.example"),
                   QStringLiteral("imaps://light.weight.example:993 sam@weight.example") };
        QTest::newRow("dot: implicit TLS not offered")
            << QStringLiteral("dot.example")
            << QStringList { QStringLiteral("_imaps 0 0 0 ."),
                   QStringLiteral("_imap 0 1 143 mail.dot.example") }
            << QStringList { QStringLiteral("imap://mail.dot.example:143 sam@dot.example") };
        QTest::newRow("dots at both: no IMAP")
            << QStringLiteral("nomail.example")
            << QStringList { QStringLiteral("_imaps 0 0 0 ."), QStringLiteral("_imap 0 0 0 .") }
            << QStringList();
        QTest::newRow("no records (NXDOMAIN)")
            << QStringLiteral("nothing.example") << QStringList() << QStringList();
        QTest::newRow("impossible target skipped")
            << QStringLiteral("odd.example")
            << QStringList { QStringLiteral("_imaps 0 1 993 bad_host!.odd.example"),
                   QStringLiteral("_imaps 1 1 993 imap.odd.example") }
            << QStringList { QStringLiteral("imaps://imap.odd.example:993 sam@odd.example") };
    }

    void lookup()
    {
        QFETCH(QString, domain);
        QFETCH(QStringList, records);
        QFETCH(QStringList, servers);
        for (const QString& line : records) {
            const QStringList parts = line.split(u' ');
            m_dns.addService(parts[0] + QStringLiteral("._tcp.") + domain,
                DnsFixture::ServiceRecord {
                    parts[1].toUShort(), parts[2].toUShort(), parts[3].toUShort(), parts[4] });
        }
        SrvLookup lookup;
        lookup.setNetworkOverrides(overrides());
        QSignalSpy finished(&lookup, &SrvLookup::finished);
        lookup.start(QStringLiteral("sam@") + domain, domain);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
        const auto candidates = finished.at(0).at(0).value<QList<ServerCandidate>>();
        QCOMPARE(describe(candidates), servers);
        for (const ServerCandidate& candidate : candidates)
            QCOMPARE(candidate.source, QStringLiteral("srv"));
        QVERIFY(m_dns.questions().contains(QStringLiteral("_imaps._tcp.") + domain));
        QVERIFY(m_dns.questions().contains(QStringLiteral("_imap._tcp.") + domain));
    }

    // One of the two questions is never answered: the deadline ends the lookup with what
    // the other answer said.
    void anUnansweredQuestionEndsAtTheDeadline()
    {
        m_dns.addService(QStringLiteral("_imaps._tcp.half.example"),
            DnsFixture::ServiceRecord { 0, 1, 993, QStringLiteral("imap.half.example") });
        m_dns.leaveUnanswered(QStringLiteral("_imap._tcp.half.example"));
        SrvLookup lookup;
        lookup.setNetworkOverrides(overrides());
        lookup.setTimeout(std::chrono::milliseconds(400));
        QSignalSpy finished(&lookup, &SrvLookup::finished);
        lookup.start(QStringLiteral("sam@half.example"), QStringLiteral("half.example"));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
        QCOMPARE(describe(finished.at(0).at(0).value<QList<ServerCandidate>>()),
            QStringList { QStringLiteral("imaps://imap.half.example:993 sam@half.example") });
        QVERIFY(m_dns.questions().contains(QStringLiteral("_imap._tcp.half.example")));
    }

    void noNameServerUnderTestRouteAsksNobody()
    {
        NetworkOverrides withoutDns = overrides();
        withoutDns.nameserver = QHostAddress();
        SrvLookup lookup;
        lookup.setNetworkOverrides(withoutDns);
        QSignalSpy finished(&lookup, &SrvLookup::finished);
        const qsizetype before = m_dns.questions().size();
        lookup.start(QStringLiteral("sam@tls.example"), QStringLiteral("tls.example"));
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY(finished.at(0).at(0).value<QList<ServerCandidate>>().isEmpty());
        QCOMPARE(m_dns.questions().size(), before);
    }
};

// QTEST_GUILESS_MAIN, except that a run without the DNS server ends as skipped for ctest.
int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    SrvLookupTest test;
    QTEST_SET_MAIN_SOURCE_PATH
    const int failures = QTest::qExec(&test, argc, argv);
    return failures == 0 && !test.dnsRan() ? DnsFixture::SkippedForRootExitCode : failures;
}
#include "SrvLookupTest.moc"
