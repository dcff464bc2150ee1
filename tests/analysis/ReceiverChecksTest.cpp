// The receiving side's SPF, DKIM and DMARC results as the main receiving systems write
// them into a message's header: Microsoft 365, Google, Postfix with OpenDMARC and
// policyd-spf, rspamd and Exim.
#include "analysis/ReceiverChecks.h"
#include "analysis/MimeHeader.h"
#include "analysis/VmimeRuntime.h"

#include <QTest>

using namespace Core::Analysis;

namespace {

ReceiverCheck check(const char* method, const char* result, const char* domain)
{
    return { QString::fromLatin1(method), QString::fromLatin1(result), QString::fromLatin1(domain) };
}

} // namespace

class ReceiverChecksTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { VmimeRuntime::ensureInitialized(); }

    void authenticationResults_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QList<ReceiverCheck>>("expected");
        QTest::newRow("Microsoft 365, no server name in front")
            << u"spf=fail (sender IP is 203.0.113.45) smtp.mailfrom=bluebird-office.example; dkim=none "
               "(message not signed) header.d=none;dmarc=fail action=none "
               "header.from=bluebird-office.example;compauth=fail reason=001"_qs
            << QList<ReceiverCheck> { check("spf", "fail", "bluebird-office.example"),
                   check("dkim", "none", ""), check("dmarc", "fail", "bluebird-office.example") };
        QTest::newRow("Google") << u"mx.google.com; dkim=pass header.i=@news.example.net header.s=s1 "
                                   "header.b=Ab12Cd; spf=softfail (google.com: domain of transitioning "
                                   "sam@bluebird-office.example does not designate 203.0.113.45 as permitted "
                                   "sender) smtp.mailfrom=sam@bluebird-office.example; dmarc=fail (p=NONE "
                                   "sp=NONE dis=NONE) header.from=bluebird-office.example"_qs
                                << QList<ReceiverCheck> { check("dkim", "pass", "news.example.net"),
                                       check("spf", "softfail", "bluebird-office.example"),
                                       check("dmarc", "fail", "bluebird-office.example") };
        QTest::newRow("Google's ARC copy")
            << u"i=1; mx.google.com; spf=fail (google.com: domain of "
               "sam@bluebird-office.example does not designate 203.0.113.45 as "
               "permitted sender) smtp.mailfrom=sam@bluebird-office.example; "
               "dmarc=fail (p=REJECT sp=REJECT dis=QUARANTINE) "
               "header.from=bluebird-office.example"_qs
            << QList<ReceiverCheck> { check("spf", "fail", "bluebird-office.example"),
                   check("dmarc", "fail", "bluebird-office.example") };
        QTest::newRow("OpenDMARC")
            << u"mail.example.net; dmarc=fail (p=reject dis=none) header.from=Bluebird-Office.example"_qs
            << QList<ReceiverCheck> { check("dmarc", "fail", "bluebird-office.example") };
        QTest::newRow("Postfix's SPF milter, with a version")
            << u"mail.example.net 1; spf=fail (sender IP is 203.0.113.45) "
               "smtp.mailfrom=sam@bluebird-office.example smtp.helo=bot.example.net"_qs
            << QList<ReceiverCheck> { check("spf", "fail", "bluebird-office.example") };
        QTest::newRow("rspamd, a quoted reason with a semicolon and brackets")
            << u"mx.example.net; dkim=none; dmarc=fail reason=\"SPF not aligned (relaxed); No valid DKIM\" "
               "header.from=bluebird-office.example (policy=reject); spf=fail (mx.example.net: domain of "
               "sam@bluebird-office.example does not designate 203.0.113.45 as permitted sender) "
               "smtp.mailfrom=sam@bluebird-office.example"_qs
            << QList<ReceiverCheck> { check("dkim", "none", ""),
                   check("dmarc", "fail", "bluebird-office.example"),
                   check("spf", "fail", "bluebird-office.example") };
        QTest::newRow("Exim") << u"mx.example.net; iprev=fail smtp.remote-ip=203.0.113.45; spf=fail "
                                 "smtp.mailfrom=bluebird-office.example; dkim=none; dmarc=fail "
                                 "header.from=bluebird-office.example"_qs
                              << QList<ReceiverCheck> { check("spf", "fail", "bluebird-office.example"),
                                     check("dkim", "none", ""),
                                     check("dmarc", "fail", "bluebird-office.example") };
        QTest::newRow("Sendmail's sid-milter, Sender ID beside SPF")
            << u"mx.example.org; sender-id=pass header.from=sam@bluebird-office.example; auth=pass "
               u"(CRAM-MD5); "
               "spf=pass smtp.mfrom=sam@bluebird-office.example"_qs
            << QList<ReceiverCheck> { check("spf", "pass", "bluebird-office.example") };
        QTest::newRow("nested comment, escaped bracket")
            << u"mx.example.net; spf=pass (a (nested) comment \\) here) smtp.mailfrom=<x@Example.ORG.>"_qs
            << QList<ReceiverCheck> { check("spf", "pass", "example.org") };
        QTest::newRow("nothing checked") << u"mx.example.net; none"_qs << QList<ReceiverCheck> {};
        QTest::newRow("unclosed comment") << u"mx.example.net; spf=fail (((never closed"_qs
                                          << QList<ReceiverCheck> { check("spf", "fail", "") };
        QTest::newRow("unclosed quote") << u"mx.example.net; dmarc=fail reason=\"open"_qs
                                        << QList<ReceiverCheck> { check("dmarc", "fail", "") };
        QTest::newRow("empty") << QString() << QList<ReceiverCheck> {};
        QTest::newRow("no result") << u"mx.example.net; spf=; dkim"_qs << QList<ReceiverCheck> {};
    }

    void authenticationResults()
    {
        QFETCH(QString, value);
        QFETCH(QList<ReceiverCheck>, expected);
        QCOMPARE(ReceiverChecks::fromAuthenticationResults(value), expected);
    }

    void receivedSpf_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QList<ReceiverCheck>>("expected");
        QTest::newRow("Microsoft 365")
            << u"Fail (protection.outlook.com: domain of bluebird-office.example does not designate "
               "203.0.113.45 as permitted sender) receiver=protection.outlook.com; client-ip=203.0.113.45; "
               "helo=bot.example.net;"_qs
            << QList<ReceiverCheck> { check("spf", "fail", "bluebird-office.example") };
        QTest::newRow("Google")
            << u"softfail (google.com: domain of transitioning sam@bluebird-office.example "
               "does not designate 203.0.113.45 as permitted sender) client-ip=203.0.113.45;"_qs
            << QList<ReceiverCheck> { check("spf", "softfail", "bluebird-office.example") };
        QTest::newRow("policyd-spf") << u"Fail (mailfrom) identity=mailfrom; client-ip=203.0.113.45; "
                                        "helo=bot.example.net; envelope-from=sam@bluebird-office.example; "
                                        "receiver=<UNKNOWN>"_qs
                                     << QList<ReceiverCheck> { check(
                                            "spf", "fail", "bluebird-office.example") };
        QTest::newRow("a check of the HELO name")
            << u"None (no SPF record) identity=helo; client-ip=203.0.113.45; helo=bot.example.net; "
               "envelope-from=<>"_qs
            << QList<ReceiverCheck> { check("spf", "none", "") };
        QTest::newRow("not a result") << u"(only a comment)"_qs << QList<ReceiverCheck> {};
        QTest::newRow("empty") << QString() << QList<ReceiverCheck> {};
    }

    void receivedSpf()
    {
        QFETCH(QString, value);
        QFETCH(QList<ReceiverCheck>, expected);
        QCOMPARE(ReceiverChecks::fromReceivedSpf(value), expected);
    }

    // Every field that holds results counts, and a result the ARC copy repeats once.
    void aHeaderGivesEachResultOnce()
    {
        const MimeHeader header = MimeHeader::parse(
            "Received-SPF: Fail (mailfrom) identity=mailfrom; envelope-from=sam@bluebird-office.example\n"
            "ARC-Authentication-Results: i=1; mx.example.net; dmarc=fail "
            "header.from=bluebird-office.example\n"
            "Authentication-Results: mx.example.net;\n"
            "\tdmarc=fail header.from=bluebird-office.example;\n"
            "\tspf=fail smtp.mailfrom=bluebird-office.example\n"
            "Subject: Invoice\n");
        const QList<ReceiverCheck> expected { check("dmarc", "fail", "bluebird-office.example"),
            check("spf", "fail", "bluebird-office.example") };
        QCOMPARE(ReceiverChecks::read(header), expected);
    }
};

QTEST_GUILESS_MAIN(ReceiverChecksTest)
#include "ReceiverChecksTest.moc"
