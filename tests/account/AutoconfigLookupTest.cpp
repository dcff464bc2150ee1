// AutoconfigLookup against a real HTTPS server on loopback (HttpsFixture) whose certificate
// the test makes for the providers' host names; the lookup's network overrides send it
// there while it still asks for, and checks the certificate of, the real names.
#include "account/AutoconfigLookup.h"
#include "CandidateText.h"
#include "HttpsFixture.h"

#include <QElapsedTimer>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using Core::Account::AutoconfigLookup;
using Core::Account::NetworkOverrides;
using Core::Account::ServerCandidate;

namespace {

enum class Serve {
    NotFound,
    ConfigA, // imaps://imap.<domain>:993
    ConfigB, // imap://mail.<domain>:143
    TooLarge, // 200 KB, announced by Content-Length
    TooLargeUnannounced, // 200 KB, no Content-Length
    Malformed,
    Hang, // accepts the request, never answers
    Unreachable, // the route leaves the host out
};

constexpr std::chrono::milliseconds Timeout { 1500 };
const QString FirstPath = QStringLiteral("/mail/config-v1.1.xml");
const QString SecondPath = QStringLiteral("/.well-known/autoconfig/mail/config-v1.1.xml");
// The domains the test certificate is made for; "uncovered.example" is not among them.
const QStringList CoveredDomains = { QStringLiteral("first.example"), QStringLiteral("second.example"),
    QStringLiteral("both.example"), QStringLiteral("brokenfirst.example"), QStringLiteral("neither.example"),
    QStringLiteral("large.example"), QStringLiteral("largestream.example"),
    QStringLiteral("malformed.example"), QStringLiteral("slow.example"), QStringLiteral("slowfirst.example"),
    QStringLiteral("unreachable.example") };

QByteArray configFile(const QByteArray& host, const QByteArray& port, const QByteArray& socketType)
{
    return R"(<?xml version="1.0" encoding="UTF-8"?>
<clientConfig version="1.1"><emailProvider id="x"><domain>%EMAILDOMAIN%</domain>
<incomingServer type="imap"><hostname>)"
        + host + "</hostname><port>" + port + "</port><socketType>" + socketType
        + "</socketType><username>%EMAILLOCALPART%</username><authentication>password-cleartext</"
          "authentication>"
          "</incomingServer></emailProvider></clientConfig>\n";
}

HttpsFixture::Response responseFor(Serve serve, const QString& domain)
{
    const QByteArray name = domain.toLatin1();
    switch (serve) {
    case Serve::ConfigA:
        return { 200, configFile("imap.%EMAILDOMAIN%", "993", "SSL"), true, false };
    case Serve::ConfigB:
        return { 200, configFile("mail." + name, "143", "STARTTLS"), true, false };
    case Serve::TooLarge:
        return { 200, configFile("imap." + name, "993", "SSL") + QByteArray(200 * 1024, ' '), true, false };
    case Serve::TooLargeUnannounced:
        return { 200, configFile("imap." + name, "993", "SSL") + QByteArray(200 * 1024, ' '), false, false };
    case Serve::Malformed:
        return { 200, configFile("imap." + name, "993", "SSL").left(150), true, false };
    case Serve::Hang:
        return { 200, {}, true, true };
    case Serve::NotFound:
    case Serve::Unreachable:
        break;
    }
    return { 404, "no such file", true, false };
}

} // namespace

class AutoconfigLookupTest : public QObject {
    Q_OBJECT

private:
    HttpsFixture m_https;
    QSet<QString> m_unreachable;

    NetworkOverrides overrides()
    {
        NetworkOverrides overrides;
        overrides.route
            = [this](const QString& host, quint16 port) -> std::optional<NetworkOverrides::Endpoint> {
            if (port != 443 || m_unreachable.contains(host))
                return std::nullopt;
            return NetworkOverrides::Endpoint { QStringLiteral("127.0.0.1"), m_https.port() };
        };
        overrides.extraCaCertificates = { m_https.certificate() };
        return overrides;
    }

private slots:
    void initTestCase()
    {
        QStringList names;
        for (const QString& domain : CoveredDomains)
            names << QStringLiteral("autoconfig.") + domain << domain;
        QString error;
        QVERIFY2(m_https.start(names, &error), qPrintable(error));
    }

    void lookup_data()
    {
        QTest::addColumn<QString>("domain");
        QTest::addColumn<Serve>("first");
        QTest::addColumn<Serve>("second");
        QTest::addColumn<QStringList>("servers");
        QTest::newRow("autoconfig host")
            << QStringLiteral("first.example") << Serve::ConfigA << Serve::NotFound
            << QStringList { QStringLiteral("imaps://imap.first.example:993 sam") };
        QTest::newRow("well-known path")
            << QStringLiteral("second.example") << Serve::NotFound << Serve::ConfigB
            << QStringList { QStringLiteral("imap://mail.second.example:143 sam") };
        QTest::newRow("both: autoconfig host wins")
            << QStringLiteral("both.example") << Serve::ConfigA << Serve::ConfigB
            << QStringList { QStringLiteral("imaps://imap.both.example:993 sam") };
        QTest::newRow("broken first, second used")
            << QStringLiteral("brokenfirst.example") << Serve::Malformed << Serve::ConfigB
            << QStringList { QStringLiteral("imap://mail.brokenfirst.example:143 sam") };
        QTest::newRow("404 at both") << QStringLiteral("neither.example") << Serve::NotFound
                                     << Serve::NotFound << QStringList();
        QTest::newRow("too large, announced")
            << QStringLiteral("large.example") << Serve::TooLarge << Serve::NotFound << QStringList();
        QTest::newRow("too large, not announced")
            << QStringLiteral("largestream.example") << Serve::TooLargeUnannounced << Serve::NotFound
            << QStringList();
        QTest::newRow("malformed") << QStringLiteral("malformed.example") << Serve::Malformed
                                   << Serve::NotFound << QStringList();
        QTest::newRow("slow server: timeout")
            << QStringLiteral("slow.example") << Serve::Hang << Serve::Hang << QStringList();
        QTest::newRow("slow first, second used at the timeout")
            << QStringLiteral("slowfirst.example") << Serve::Hang << Serve::ConfigB
            << QStringList { QStringLiteral("imap://mail.slowfirst.example:143 sam") };
        QTest::newRow("hosts unreachable") << QStringLiteral("unreachable.example") << Serve::Unreachable
                                           << Serve::Unreachable << QStringList();
        QTest::newRow("certificate for other names")
            << QStringLiteral("uncovered.example") << Serve::ConfigA << Serve::ConfigB << QStringList();
    }

    void lookup()
    {
        QFETCH(QString, domain);
        QFETCH(Serve, first);
        QFETCH(Serve, second);
        QFETCH(QStringList, servers);
        const QString firstHost = QStringLiteral("autoconfig.") + domain;
        m_https.setResponse(firstHost, FirstPath, responseFor(first, domain));
        m_https.setResponse(domain, SecondPath, responseFor(second, domain));
        if (first == Serve::Unreachable)
            m_unreachable.insert(firstHost);
        if (second == Serve::Unreachable)
            m_unreachable.insert(domain);
        const qsizetype requestsBefore = m_https.requests().size();

        AutoconfigLookup lookup;
        lookup.setNetworkOverrides(overrides());
        lookup.setTimeout(Timeout);
        QSignalSpy finished(&lookup, &AutoconfigLookup::finished);
        QElapsedTimer clock;
        clock.start();
        lookup.start(QStringLiteral("sam@") + domain, domain);
        QCOMPARE(finished.size(), 0); // never from inside start()
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        const qint64 elapsed = clock.elapsed();
        qInfo("%s: answered in %lld ms", QTest::currentDataTag(), elapsed);
        const auto candidates = finished.at(0).at(0).value<QList<ServerCandidate>>();
        QCOMPARE(describe(candidates), servers);
        for (const ServerCandidate& candidate : candidates)
            QCOMPARE(candidate.source, QStringLiteral("autoconfig"));

        const bool waitsForTimeout = first == Serve::Hang;
        if (waitsForTimeout)
            QVERIFY2(elapsed >= Timeout.count() - 50, qPrintable(QString::number(elapsed)));
        else
            QVERIFY2(elapsed < Timeout.count(), qPrintable(QString::number(elapsed)));
        const qsizetype requests = m_https.requests().size() - requestsBefore;
        const qsizetype expectedRequests
            = (first == Serve::Unreachable ? 0 : 1) + (second == Serve::Unreachable ? 0 : 1);
        if (domain != u"uncovered.example")
            QCOMPARE(requests, expectedRequests);
        else
            QCOMPARE(requests, 0); // refused at the TLS handshake, before any request
        // Nothing left hanging on the server: the lookup closed what it gave up on.
        QTRY_COMPARE(m_https.openConnections(), 0);
    }

    void asksWithTheRealHostNameAndTheAddress()
    {
        const QString domain = QStringLiteral("first.example");
        m_https.setResponse(
            QStringLiteral("autoconfig.") + domain, FirstPath, responseFor(Serve::ConfigA, domain));
        AutoconfigLookup lookup;
        lookup.setNetworkOverrides(overrides());
        QSignalSpy finished(&lookup, &AutoconfigLookup::finished);
        const qsizetype before = m_https.requests().size();
        lookup.start(QStringLiteral("sam+office@first.example"), domain);
        QTRY_COMPARE(finished.size(), 1);
        const QStringList requests = m_https.requests().mid(before);
        QVERIFY2(
            requests.contains(QStringLiteral(
                "autoconfig.first.example /mail/config-v1.1.xml?emailaddress=sam%2Boffice%40first.example")),
            qPrintable(requests.join(u'\n')));
        QVERIFY2(
            requests.contains(QStringLiteral("first.example /.well-known/autoconfig/mail/config-v1.1.xml")),
            qPrintable(requests.join(u'\n')));
    }

    void cancelStopsWithoutAnswer()
    {
        const QString domain = QStringLiteral("slow.example");
        const std::chrono::milliseconds shortTimeout(200);
        AutoconfigLookup cancelled;
        cancelled.setNetworkOverrides(overrides());
        cancelled.setTimeout(shortTimeout);
        QSignalSpy cancelledFinished(&cancelled, &AutoconfigLookup::finished);
        const qsizetype before = m_https.requests().size();
        cancelled.start(QStringLiteral("sam@") + domain, domain);
        QTRY_COMPARE(m_https.requests().size() - before, 2);
        cancelled.cancel();
        QTRY_COMPARE(m_https.openConnections(), 0);

        // A twin started later with the same timeout: once it has answered, the cancelled
        // one would have answered too, had it still run.
        AutoconfigLookup twin;
        twin.setNetworkOverrides(overrides());
        twin.setTimeout(shortTimeout);
        QSignalSpy twinFinished(&twin, &AutoconfigLookup::finished);
        twin.start(QStringLiteral("sam@") + domain, domain);
        QTRY_COMPARE(twinFinished.size(), 1);
        QCOMPARE(cancelledFinished.size(), 0);
    }
};

QTEST_GUILESS_MAIN(AutoconfigLookupTest)
#include "AutoconfigLookupTest.moc"
