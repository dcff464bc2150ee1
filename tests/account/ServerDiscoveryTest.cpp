// ServerDiscovery end to end, each step against real servers on loopback: the test's
// HTTPS server (autoconfig), DNS server (SRV) and a listening TCP socket (guesses). The
// network overrides send every host name there; names they leave out are unreachable.
#include "account/ServerDiscovery.h"
#include "CandidateText.h"
#include "DnsFixture.h"
#include "HttpsFixture.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using Core::Account::NetworkOverrides;
using Core::Account::ServerCandidate;
using Core::Account::ServerDiscovery;

namespace {

constexpr const char* NeedsRootForDns
    = "the test DNS server needs root to listen on 127.0.0.1:53 (Qt 6.4 asks a DNS server on port 53 only)";

// Which step found each candidate, then what CandidateText.h says of it.
QStringList describeWithSource(const QList<ServerCandidate>& candidates)
{
    QStringList described = describe(candidates);
    for (qsizetype i = 0; i < candidates.size(); ++i)
        described[i].prepend(candidates.at(i).source + u' ');
    return described;
}

} // namespace

class ServerDiscoveryTest : public QObject {
    Q_OBJECT

public:
    bool dnsRan() const { return m_dnsRunning; }

private:
    HttpsFixture m_https;
    DnsFixture m_dns;
    QTcpServer m_imap; // stands in for imap.guess.example:993
    quint16 m_closedPort = 0; // nothing listens there
    QHash<QString, quint16> m_routes; // "host:port" -> loopback port
    QStringList m_contacted; // every "host:port" the discovery asked the route for
    bool m_dnsRunning = false;

    NetworkOverrides overrides()
    {
        NetworkOverrides overrides;
        overrides.route
            = [this](const QString& host, quint16 port) -> std::optional<NetworkOverrides::Endpoint> {
            const QString key = host + u':' + QString::number(port);
            m_contacted.append(key);
            const auto found = m_routes.constFind(key);
            if (found == m_routes.constEnd())
                return std::nullopt;
            return NetworkOverrides::Endpoint { QStringLiteral("127.0.0.1"), *found };
        };
        overrides.extraCaCertificates = { m_https.certificate() };
        if (m_dnsRunning)
            overrides.nameserver = m_dns.address();
        return overrides;
    }

    QList<ServerCandidate> discover(
        ServerDiscovery& discovery, const QString& address, QStringList* steps = nullptr)
    {
        QSignalSpy progress(&discovery, &ServerDiscovery::progress);
        QSignalSpy finished(&discovery, &ServerDiscovery::finished);
        QElapsedTimer clock;
        clock.start();
        discovery.start(address);
        if (!finished.isEmpty()) {
            qWarning("finished() came from inside start()");
            return { ServerCandidate() };
        }
        if (!QTest::qWaitFor([&] { return !finished.isEmpty(); }, 20000))
            return { ServerCandidate() };
        qInfo("%s: %lld ms", qPrintable(address), clock.elapsed());
        if (steps) {
            for (const QList<QVariant>& step : progress)
                steps->append(step.at(0).toString());
        }
        return finished.at(0).at(0).value<QList<ServerCandidate>>();
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_https.start({ QStringLiteral("autoconfig.auto.example"), QStringLiteral("auto.example"),
                                   QStringLiteral("autoconfig.slow.example") },
                     &error),
            qPrintable(error));
        bool needsRoot = false;
        m_dnsRunning = m_dns.start(&error, &needsRoot);
        if (!m_dnsRunning && !needsRoot)
            QFAIL(qPrintable(error));
        QVERIFY(m_imap.listen(QHostAddress::LocalHost, 0));
        QTcpServer closing;
        QVERIFY(closing.listen(QHostAddress::LocalHost, 0));
        m_closedPort = closing.serverPort();
        closing.close();

        m_https.setResponse(QStringLiteral("autoconfig.auto.example"),
            QStringLiteral("/mail/config-v1.1.xml"),
            { 200, R"(<?xml version="1.0"?><clientConfig version="1.1"><emailProvider id="auto.example">
                <incomingServer type="imap"><hostname>imap.auto.example</hostname><port>993</port><socketType>SSL</socketType>
                <username>%EMAILADDRESS%</username></incomingServer>
                <incomingServer type="imap"><hostname>imap.auto.example</hostname><port>143</port><socketType>STARTTLS</socketType>
                <username>%EMAILADDRESS%</username></incomingServer></emailProvider></clientConfig>)",
                true, false });
        m_https.setResponse(QStringLiteral("autoconfig.slow.example"),
            QStringLiteral("/mail/config-v1.1.xml"), { 200, {}, true, true });
        for (const QString& host : { QStringLiteral("autoconfig.auto.example"),
                 QStringLiteral("auto.example"), QStringLiteral("autoconfig.slow.example") })
            m_routes.insert(host + QStringLiteral(":443"), m_https.port());
        m_dns.addService(
            QStringLiteral("_imaps._tcp.srv.example"), { 0, 1, 993, QStringLiteral("mailhost.srv.example") });
        m_dns.addMailExchanger(QStringLiteral("contoso.example"), 10,
            QStringLiteral("contoso-example.mail.protection.outlook.com"));
        m_dns.addMailExchanger(
            QStringLiteral("fabrikam.example"), 5, QStringLiteral("alt1.aspmx.l.google.com"));
        m_dns.addMailExchanger(QStringLiteral("fabrikam.example"), 1, QStringLiteral("aspmx.l.google.com"));
        // Mail received by a host of its own: the usual names are tried.
        m_dns.addMailExchanger(QStringLiteral("guess.example"), 10, QStringLiteral("mx.guess.example"));
        m_routes.insert(QStringLiteral("imap.guess.example:993"), m_imap.serverPort());
        // Connections refused for real, not just left out of the route.
        m_routes.insert(QStringLiteral("mail.guess.example:143"), m_closedPort);
        m_routes.insert(QStringLiteral("imap.nothing.example:993"), m_closedPort);
        m_routes.insert(QStringLiteral("nothing.example:143"), m_closedPort);
    }

    void init() { m_contacted.clear(); }

    void providerFromTheTableWithoutNetwork()
    {
        ServerDiscovery discovery;
        discovery.setNetworkOverrides(overrides());
        const qsizetype questions = m_dns.questions().size();
        const auto candidates = discover(discovery, QStringLiteral("  Office.Team@GMail.com "));
        QCOMPARE(describeWithSource(candidates),
            QStringList { QStringLiteral("provider imaps://imap.gmail.com:993 Office.Team@GMail.com") });
        QCOMPARE(candidates.at(0).providerName, QStringLiteral("Gmail"));
        QCOMPARE(candidates.at(0).browserSignIn, QStringLiteral("google"));
        QCOMPARE(candidates.at(0).appPasswordHelp,
            QUrl(QStringLiteral("https://support.google.com/accounts/answer/185833")));
        QCOMPARE(m_contacted, QStringList());
        QCOMPARE(m_dns.questions().size(), questions);
    }

    void autoconfig()
    {
        ServerDiscovery discovery;
        discovery.setNetworkOverrides(overrides());
        const qsizetype questions = m_dns.questions().size();
        QStringList steps;
        const auto candidates = discover(discovery, QStringLiteral("ann@auto.example"), &steps);
        QCOMPARE(describeWithSource(candidates),
            (QStringList { QStringLiteral("autoconfig imaps://imap.auto.example:993 ann@auto.example"),
                QStringLiteral("autoconfig imap://imap.auto.example:143 ann@auto.example") }));
        QVERIFY(candidates.at(0).providerName.isEmpty());
        QCOMPARE(steps.size(), 2); // the table, the configuration file
        QCOMPARE(m_dns.questions().size(), questions); // stopped before DNS
        QVERIFY(!m_contacted.contains(QStringLiteral("imap.auto.example:993"))); // and before guessing
    }

    void srvOnly()
    {
        if (!m_dnsRunning)
            QSKIP(NeedsRootForDns);
        ServerDiscovery discovery;
        discovery.setNetworkOverrides(overrides());
        QStringList steps;
        const auto candidates = discover(discovery, QStringLiteral("bo@srv.example"), &steps);
        QCOMPARE(describeWithSource(candidates),
            QStringList { QStringLiteral("srv imaps://mailhost.srv.example:993 bo@srv.example") });
        QCOMPARE(steps.size(), 3);
        QVERIFY(m_contacted.contains(QStringLiteral("autoconfig.srv.example:443")));
        QVERIFY(!m_contacted.contains(QStringLiteral("imap.srv.example:993")));
    }

    // A custom domain whose mail Microsoft 365 or Google receives: their IMAP server, with
    // the browser sign-in, found by the MX records and nothing contacted for it.
    void customDomainByItsMailExchangers_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("found");
        QTest::addColumn<QString>("browserSignIn");
        QTest::addRow("Microsoft 365")
            << QStringLiteral("dee@contoso.example")
            << QStringLiteral("mx imaps://outlook.office365.com:993 dee@contoso.example")
            << QStringLiteral("microsoft");
        QTest::addRow("Google Workspace")
            << QStringLiteral("eve@fabrikam.example")
            << QStringLiteral("mx imaps://imap.gmail.com:993 eve@fabrikam.example")
            << QStringLiteral("google");
    }

    void customDomainByItsMailExchangers()
    {
        if (!m_dnsRunning)
            QSKIP(NeedsRootForDns);
        QFETCH(QString, address);
        QFETCH(QString, found);
        QFETCH(QString, browserSignIn);
        ServerDiscovery discovery;
        discovery.setNetworkOverrides(overrides());
        const auto candidates = discover(discovery, address);
        QCOMPARE(describeWithSource(candidates), QStringList { found });
        QCOMPARE(candidates.first().browserSignIn, browserSignIn);
        QVERIFY(!m_contacted.contains(QStringLiteral("outlook.office365.com:993")));
        QVERIFY(!m_contacted.contains(QStringLiteral("imap.gmail.com:993")));
    }

    void guessOnly()
    {
        if (!m_dnsRunning)
            QSKIP(NeedsRootForDns);
        ServerDiscovery discovery;
        discovery.setNetworkOverrides(overrides());
        discovery.setTimeouts(std::chrono::seconds(5), std::chrono::seconds(2));
        QStringList steps;
        const auto candidates = discover(discovery, QStringLiteral("cy@guess.example"), &steps);
        QCOMPARE(describeWithSource(candidates),
            QStringList { QStringLiteral("guess imaps://imap.guess.example:993 cy@guess.example") });
        QCOMPARE(steps.size(), 5);
        // All six usual names were tried.
        for (const QString& probe :
            { QStringLiteral("imap.guess.example:993"), QStringLiteral("imap.guess.example:143"),
                QStringLiteral("mail.guess.example:993"), QStringLiteral("mail.guess.example:143"),
                QStringLiteral("guess.example:993"), QStringLiteral("guess.example:143") })
            QVERIFY2(m_contacted.contains(probe), qPrintable(probe));
    }

    void nothingAnswers()
    {
        if (!m_dnsRunning)
            QSKIP(NeedsRootForDns);
        ServerDiscovery discovery;
        discovery.setNetworkOverrides(overrides());
        discovery.setTimeouts(std::chrono::seconds(5), std::chrono::seconds(2));
        QCOMPARE(describe(discover(discovery, QStringLiteral("di@nothing.example"))), QStringList());
    }

    void internationalDomainAskedInAceForm()
    {
        ServerDiscovery discovery;
        discovery.setNetworkOverrides(overrides());
        discovery.setTimeouts(std::chrono::seconds(5), std::chrono::seconds(2));
        QStringList steps;
        QCOMPARE(describe(discover(discovery, QStringLiteral("anna@Bücher.example"), &steps)), QStringList());
        QVERIFY2(m_contacted.contains(QStringLiteral("autoconfig.xn--bcher-kva.example:443")),
            qPrintable(m_contacted.join(u' ')));
        QVERIFY2(m_contacted.contains(QStringLiteral("imap.xn--bcher-kva.example:993")),
            qPrintable(m_contacted.join(u' ')));
        // The user is shown the name as written.
        QVERIFY2(steps.value(1).contains(QStringLiteral("Bücher.example")), qPrintable(steps.join(u'\n')));
    }

    void startAgainReplacesTheRunningDiscovery()
    {
        ServerDiscovery discovery;
        discovery.setNetworkOverrides(overrides());
        discovery.setTimeouts(std::chrono::milliseconds(300), std::chrono::milliseconds(300));
        QSignalSpy finished(&discovery, &ServerDiscovery::finished);
        discovery.start(QStringLiteral("ed@slow.example"));
        discovery.start(QStringLiteral("ed@auto.example"));
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(describeWithSource(finished.at(0).at(0).value<QList<ServerCandidate>>()).value(0),
            QStringLiteral("autoconfig imaps://imap.auto.example:993 ed@auto.example"));
        // A twin of the replaced one, started now: once it has answered, the replaced one
        // would have too.
        ServerDiscovery twin;
        twin.setNetworkOverrides(overrides());
        twin.setTimeouts(std::chrono::milliseconds(300), std::chrono::milliseconds(300));
        QSignalSpy twinFinished(&twin, &ServerDiscovery::finished);
        twin.start(QStringLiteral("ed@slow.example"));
        QTRY_COMPARE(twinFinished.size(), 1);
        QCOMPARE(finished.size(), 1);
    }

    void notAnAddress_data()
    {
        QTest::addColumn<QString>("address");
        QTest::newRow("empty") << QString();
        QTest::newRow("no at sign") << QStringLiteral("example.org");
        QTest::newRow("no domain") << QStringLiteral("sam@");
        QTest::newRow("space inside") << QStringLiteral("sam smith@example.org");
        QTest::newRow("impossible domain") << QStringLiteral("sam@exa_mple..org");
    }

    void notAnAddress()
    {
        QFETCH(QString, address);
        ServerDiscovery discovery;
        discovery.setNetworkOverrides(overrides());
        QCOMPARE(describe(discover(discovery, address)), QStringList());
        QCOMPARE(m_contacted, QStringList());
    }

    void cancel()
    {
        ServerDiscovery discovery;
        discovery.setNetworkOverrides(overrides());
        discovery.setTimeouts(std::chrono::milliseconds(300), std::chrono::milliseconds(300));
        QSignalSpy finished(&discovery, &ServerDiscovery::finished);
        const qsizetype before = m_https.requests().size();
        discovery.start(QStringLiteral("ed@slow.example"));
        QTRY_VERIFY(m_https.requests().size() > before); // waiting on the slow server
        discovery.cancel();
        QTRY_COMPARE(m_https.openConnections(), 0);

        // Started again for another address: only that one answers, although the cancelled
        // one's 300 ms timeout came first.
        ServerDiscovery twin;
        twin.setNetworkOverrides(overrides());
        twin.setTimeouts(std::chrono::milliseconds(300), std::chrono::milliseconds(300));
        QSignalSpy twinFinished(&twin, &ServerDiscovery::finished);
        twin.start(QStringLiteral("ed@slow.example"));
        discovery.start(QStringLiteral("ed@gmail.com"));
        QTRY_COMPARE(twinFinished.size(), 1);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(describeWithSource(finished.at(0).at(0).value<QList<ServerCandidate>>()),
            QStringList { QStringLiteral("provider imaps://imap.gmail.com:993 ed@gmail.com") });
    }
};

// QTEST_GUILESS_MAIN, except that a run without the DNS server ends as skipped for ctest.
int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    ServerDiscoveryTest test;
    QTEST_SET_MAIN_SOURCE_PATH
    const int failures = QTest::qExec(&test, argc, argv);
    return failures == 0 && !test.dnsRan() ? DnsFixture::SkippedForRootExitCode : failures;
}
#include "ServerDiscoveryTest.moc"
