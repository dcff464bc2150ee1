// `neversent-cli report` against a real Dovecot holding the demo mailbox and a DNS server
// on loopback holding the demo domain's records: the report counts what the scan judged,
// and says what the domain's records mean.
#include "CliRun.h"
#include "DnsFixture.h"
#include "DovecotFixture.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

class ReportCommandTest : public QObject {
    Q_OBJECT

public:
    bool dnsRan() const { return m_dnsRunning; }

private:
    DovecotFixture m_server;
    DnsFixture m_dns;
    bool m_dnsRunning = false;
    QTemporaryDir m_storeDir;
    const QString m_demo = QStringLiteral(NEVERSENT_TEST_DATA "/../../resources/demo");
    const QString m_me = QStringLiteral("sam.taylor@bluebird-office.example");

    QStringList arguments(const QString& command, const QStringList& extra = {}) const
    {
        return QStringList { command, QStringLiteral("--server"),
            QStringLiteral("imap+plain://127.0.0.1:%1").arg(m_server.plainPort()), QStringLiteral("--user"),
            QString::fromLatin1(DovecotFixture::User), QStringLiteral("--password-env"),
            QStringLiteral("NEVERSENT_TEST_PASSWORD"), QStringLiteral("--db"),
            m_storeDir.filePath(QStringLiteral("store.sqlite")) }
        + extra;
    }

    static CliRun run(const QStringList& arguments)
    {
        return CliRun::run(arguments, QString::fromLatin1(DovecotFixture::Password));
    }

    QJsonObject jsonReport(const QStringList& extra)
    {
        const CliRun report
            = run(arguments(QStringLiteral("report"), extra + QStringList { u"--format"_qs, u"json"_qs }));
        if (report.exitCode != 0 || report.lines.size() != 1)
            qWarning("report ended with %d: %s", report.exitCode, qPrintable(report.stderrText));
        return report.lines.value(0).value(u"report").toObject();
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.addMessagesFrom(u"INBOX"_qs, m_demo + u"/INBOX"_qs, &error) > 5, qPrintable(error));
        QVERIFY2(m_server.addMessagesFrom(u"Sent"_qs, m_demo + u"/Sent"_qs, &error) > 5, qPrintable(error));
        QVERIFY2(m_server.start(&error), qPrintable(error));
        bool needsRoot = false;
        m_dnsRunning = m_dns.start(&error, &needsRoot);
        if (!m_dnsRunning && !needsRoot)
            QFAIL(qPrintable(error));
        m_dns.addText(u"bluebird-office.example"_qs, { "v=spf1 mx include:_spf.mail.example.net ~all" });
        m_dns.addText(u"_dmarc.bluebird-office.example"_qs,
            { "v=DMARC1; p=none; rua=mailto:dmarc@bluebird-office.example" });
        m_dns.leaveUnanswered(u"_dmarc.slow.example"_qs);
    }

    void countsWhatTheScanJudged()
    {
        const CliRun scan = run(arguments(QStringLiteral("scan"), { u"--me"_qs, m_me }));
        QVERIFY2(scan.exitCode == 0, qPrintable(scan.stderrText));
        const QJsonObject summary = scan.summary();
        const QJsonObject report = jsonReport(
            { u"--me"_qs, m_me, u"--domain"_qs, u"nowhere.invalid"_qs, u"--nameserver"_qs, u"127.0.0.1"_qs });
        QCOMPARE(report.value(u"backscatter").toInt(), summary.value(u"backscatter").toInt());
        QCOMPARE(report.value(u"genuine").toInt(), summary.value(u"genuine").toInt());
        QCOMPARE(report.value(u"unknown").toInt(), summary.value(u"unknown").toInt());
        QVERIFY(report.value(u"backscatter").toInt() > 0);
        int perDay = 0;
        for (const QJsonValue& day : report.value(u"days").toArray())
            perDay += day.toObject().value(u"forged").toInt();
        QCOMPARE(perDay, report.value(u"backscatter").toInt());
        int fromOrigins = 0;
        for (const QJsonValue& origin : report.value(u"origins").toArray()) {
            QVERIFY(origin.toObject().value(u"network").toString().contains(u'/'));
            fromOrigins += origin.toObject().value(u"forged").toInt();
        }
        QVERIFY(fromOrigins > 0 && fromOrigins <= perDay);
        const QJsonArray samples = report.value(u"samples").toArray();
        QCOMPARE(samples.size(), std::min(5, report.value(u"backscatter").toInt()));
        for (const QJsonValue& sample : samples)
            QVERIFY(!sample.toObject().value(u"original_message_id").toString().isEmpty());
        QVERIFY(!report.value(u"first").toString().isEmpty());
    }

    void saysWhatTheDomainsRecordsMean()
    {
        if (!m_dnsRunning)
            QSKIP("the test DNS server needs root to listen on 127.0.0.1:53");
        const QJsonObject domain = jsonReport({ u"--me"_qs, m_me, u"--nameserver"_qs, u"127.0.0.1"_qs })
                                       .value(u"domain")
                                       .toObject();
        QCOMPARE(domain.value(u"name").toString(), u"bluebird-office.example"_qs);
        QVERIFY(domain.value(u"answered").toBool());
        QCOMPARE(domain.value(u"spf").toString(), u"~all"_qs);
        QCOMPARE(domain.value(u"dmarc").toString(), u"none"_qs);
        QVERIFY(domain.value(u"dmarc_record").toString().startsWith(u"v=DMARC1; p=none"));
        const QString advice = domain.value(u"advice").toVariant().toStringList().join(u' ');
        QVERIFY2(advice.contains(u"p=reject"), qPrintable(advice));

        const CliRun text = run(
            arguments(QStringLiteral("report"), { u"--me"_qs, m_me, u"--nameserver"_qs, u"127.0.0.1"_qs }));
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.stderrText.isEmpty(), qPrintable(text.stderrText));
        QVERIFY2(text.stdoutText.contains(u"The DMARC policy of bluebird-office.example is p=none"),
            qPrintable(text.stdoutText));
        QVERIFY2(text.stdoutText.contains(u"v=spf1 mx include:_spf.mail.example.net ~all"),
            qPrintable(text.stdoutText));
    }

    void anUnansweredLookupIsSaid()
    {
        if (!m_dnsRunning)
            QSKIP("the test DNS server needs root to listen on 127.0.0.1:53");
        const QJsonObject domain
            = jsonReport({ u"--domain"_qs, u"Slow.Example"_qs, u"--nameserver"_qs, u"127.0.0.1"_qs })
                  .value(u"domain")
                  .toObject();
        QCOMPARE(domain.value(u"name").toString(), u"slow.example"_qs);
        QCOMPARE(domain.value(u"answered").toBool(), false);
    }

    void withoutADomainNothingIsLookedUp()
    {
        const qsizetype asked = m_dns.questions().size();
        const QJsonObject report = jsonReport({ u"--nameserver"_qs, u"127.0.0.1"_qs });
        QVERIFY(report.contains(u"domain"));
        QVERIFY(report.value(u"domain").isNull());
        QCOMPARE(m_dns.questions().size(), asked);
    }

    void badOptionsAreUsageErrors_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::newRow("format") << QStringList { u"--format"_qs, u"xml"_qs };
        QTest::newRow("name server") << QStringList { u"--nameserver"_qs, u"dns.example.net"_qs };
    }

    void badOptionsAreUsageErrors()
    {
        QFETCH(QStringList, extra);
        const CliRun report = run(arguments(QStringLiteral("report"), extra));
        QCOMPARE(report.exitCode, 2);
        QVERIFY(report.lines.isEmpty());
        QVERIFY(report.stderrText.contains(extra.first()));
    }
};

// QTEST_GUILESS_MAIN, except that a run without the DNS server ends as skipped for ctest.
int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    ReportCommandTest test;
    QTEST_SET_MAIN_SOURCE_PATH
    const int failures = QTest::qExec(&test, argc, argv);
    return failures == 0 && !test.dnsRan() ? DnsFixture::SkippedForRootExitCode : failures;
}
#include "ReportCommandTest.moc"
