// The report for IT as text and as a web page: the same facts in both, and everything
// taken from a message or from DNS escaped in the web page.
#include "domain/ItReport.h"

#include <QRegularExpression>
#include <QTest>

using Core::Domain::DomainPolicy;
using Core::Domain::ItReport;
using Core::Verdict::Verdict;

namespace {

Core::Session::ScanResult forged(const QDateTime& date, const QString& subject, const QString& host)
{
    Core::Session::ScanResult result;
    result.report.kind = Core::Analysis::MessageKind::DeliveryFailure;
    result.report.date = date;
    result.report.subject = subject;
    result.report.reportingMta = u"mx.receiver.example"_qs;
    result.report.recipients = { u"victim@receiver.example"_qs };
    result.report.original.messageId = u"forged.1@bluebird-office.example"_qs;
    result.report.original.from = u"sam.taylor@bluebird-office.example"_qs;
    result.report.original.sourceIp = u"203.0.113.7"_qs;
    result.report.original.sourceHost = host;
    result.report.original.receiverChecks = { { u"dmarc"_qs, u"fail"_qs, u"bluebird-office.example"_qs } };
    result.judgement.verdict = Verdict::Backscatter;
    return result;
}

// What a browser shows of the page: its text without the tags, entities read, blanks
// made one.
QString shownText(QString html)
{
    html.replace(QRegularExpression(u"<[^>]*>"_qs), u" "_qs);
    html.replace(u"&lt;"_qs, u"<"_qs).replace(u"&gt;"_qs, u">"_qs).replace(u"&quot;"_qs, u"\""_qs);
    html.replace(u"&amp;"_qs, u"&"_qs);
    return html.simplified();
}

ItReport hostileReport()
{
    ItReport report;
    report.account = u"sam <sam@bluebird-office.example>"_qs;
    report.folders = { u"INBOX"_qs };
    const QDateTime day(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC);
    report.run.add(forged(day, u"<script>alert(1)</script> Undeliverable"_qs, u"bot.<b>evil</b>.example"_qs));
    report.run.add(forged(day.addDays(1), u"Undeliverable & returned"_qs, u"bot2.example.net"_qs));
    Core::Session::ScanResult genuine = forged(day.addDays(1), u"Mail delivery failed"_qs, QString());
    genuine.judgement.verdict = Verdict::Genuine;
    report.run.add(genuine);
    report.policy = DomainPolicy::read(u"bluebird-office.example"_qs, { u"v=spf1 mx <img src=x> -all"_qs },
        { u"v=DMARC1; p=none; rua=mailto:<dmarc@bluebird-office.example>"_qs });
    return report;
}

} // namespace

class ItReportTest : public QObject {
    Q_OBJECT

private slots:
    void webPageEscapesWhatStrangersWrote()
    {
        const ItReport report = hostileReport();
        const QString html = report.html();
        QVERIFY(!html.contains(u"<script>"_qs));
        QVERIFY(!html.contains(u"<b>evil"_qs));
        QVERIFY(!html.contains(u"<img"_qs));
        QVERIFY(!html.contains(u"<sam@"_qs));
        QVERIFY(html.contains(u"&lt;script&gt;alert(1)&lt;/script&gt; Undeliverable"_qs));
        QVERIFY(html.contains(u"Undeliverable &amp; returned"_qs));
        QVERIFY(html.contains(u"bot.&lt;b&gt;evil&lt;/b&gt;.example"_qs));
    }

    void textAndWebPageSayTheSame()
    {
        const ItReport report = hostileReport();
        const QString shown = shownText(report.html());
        const QString text = report.text();
        // What a person reads in the web page: the counts, the days, the network, the
        // samples, the records and the advice, as in the text.
        for (const QString& fact : { u"2026-11-20"_qs, u"2026-11-21"_qs, u"203.0.113.0/24"_qs,
                 u"<script>alert(1)</script> Undeliverable"_qs, u"forged.1@bluebird-office.example"_qs,
                 u"dmarc=fail bluebird-office.example"_qs, u"v=spf1 mx <img src=x> -all"_qs,
                 u"v=DMARC1; p=none; rua=mailto:<dmarc@bluebird-office.example>"_qs }) {
            QVERIFY2(shown.contains(fact), qPrintable(fact));
            QVERIFY2(text.contains(fact), qPrintable(fact));
        }
        for (const QString& sentence : report.policy->advice()) {
            QVERIFY2(shown.contains(sentence), qPrintable(sentence));
            QVERIFY2(text.contains(sentence), qPrintable(sentence));
        }
        QVERIFY(shown.contains(u"Forged bounces (backscatter) 2 About mail really sent 1 Undecided 0"_qs));
        QVERIFY(text.contains(u"Forged bounces (backscatter): 2. About mail really sent: 1."_qs));
    }

    void withoutADomain()
    {
        ItReport report = hostileReport();
        report.policy.reset();
        QVERIFY(report.html().contains(u"No domain was given"_qs));
        QVERIFY(report.text().contains(u"No domain was given"_qs));
    }
};

QTEST_GUILESS_MAIN(ItReportTest)
#include "ItReportTest.moc"
