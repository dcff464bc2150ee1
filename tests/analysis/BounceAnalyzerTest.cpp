// The analyzer against hand-written messages, one or more per kind of automatic reply:
// what kind it is, for whom delivery failed and why, and which original it is about.
#include "analysis/BounceAnalyzer.h"
#include "CaseExpectations.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Core::Analysis;
using CaseExpectations::matches;
using CaseExpectations::Unchecked;

namespace {

QString casesPath()
{
    return QStringLiteral(NEVERSENT_TEST_DATA "/cases");
}

QByteArray readCase(const QString& file)
{
    return CaseExpectations::readCase(casesPath(), file);
}

// The bounce's own Message-ID, straight from the bytes of its top-level header.
QString ownMessageId(const QByteArray& bytes)
{
    const qsizetype end = bytes.indexOf("\n\n");
    const QString header = QString::fromLatin1(end < 0 ? bytes : bytes.left(end));
    static const QRegularExpression field(QStringLiteral(R"(^Message-I[Dd]:\s*<([^>\s]+)>)"),
        QRegularExpression::MultilineOption | QRegularExpression::CaseInsensitiveOption);
    const auto match = field.match(header);
    return match.hasMatch() ? match.captured(1) : QString();
}

QString describe(const char* field, const QString& actual, const QString& expected)
{
    return QStringLiteral("%1: got \"%2\", expected \"%3\"")
        .arg(QString::fromLatin1(field), actual, expected);
}

struct Expectation {
    const char* row;
    QString file;
    QString kind;
    QStringList recipients;
    QString status;
    QString reason;
    QString messageId;
    QString originalFrom;
    QString originalSubject;
    QString sourceIp;
    QString reportingMta;
    QString subject;
    QString diagnostic;
};

const QList<Expectation>& expectations()
{
    using namespace Qt::StringLiterals;
    const QString any = Unchecked;
    const QString none;
    static const QList<Expectation> table {
        // Delivery failures.
        { "dsn with message/rfc822", u"failure-dsn-rfc822.eml"_s, u"delivery-failure"_s,
            QStringList { u"nobody@example.org"_s }, u"5.1.1"_s, u"user-unknown"_s,
            u"cheap-pills-7731@example.com"_s, u"alice@example.com"_s, u"Cheap watches for you"_s,
            u"192.0.2.66"_s, u"mx.example.net"_s, u"Returned mail: see transcript for details"_s,
            u"~User unknown"_s },
        // iMail's hop: the address in brackets after the name, no ";" before the date;
        // below it a sendmail hop on the sender's own machine, whose version looks like
        // an address.
        { "sendmail Received chain", u"failure-sendmail-received.eml"_s, u"delivery-failure"_s,
            QStringList { u"left.company@example.org"_s }, u"5.1.1"_s, u"user-unknown"_s,
            u"price-list-0313@example.com"_s, u"alice@example.com"_s, u"New price list"_s, u"192.0.2.45"_s,
            u"mx.example.net"_s, u"Returned mail: see transcript for details"_s, u"~User unknown"_s },
        { "postfix with text/rfc822-headers", u"failure-postfix.eml"_s, u"delivery-failure"_s,
            QStringList { u"bob.full@example.net"_s }, u"5.2.2"_s, u"mailbox-full"_s,
            u"3b1c7d2e-55aa-4e0f-9a51-0c6f1d2e7a10@example.com"_s, u"alice@example.com"_s,
            u"Minutes of the Tuesday meeting"_s, none, u"mail.example.com"_s,
            u"Undelivered Mail Returned to Sender"_s, u"~Mailbox full"_s },
        { "exim plain text with X-Failed-Recipients", u"failure-exim.eml"_s, u"delivery-failure"_s,
            QStringList { u"gone@example.org"_s }, u"5.1.1"_s, u"user-unknown"_s,
            u"5f0e1a2b.exim.demo@example.com"_s, u"alice@example.com"_s, u"Your invoice 2024-117"_s,
            u"192.0.2.99"_s, any, u"Mail delivery failed: returning message to sender"_s, u"~550 5.1.1"_s },
        { "qmail", u"failure-qmail.eml"_s, u"delivery-failure"_s, QStringList { u"absent@example.org"_s },
            u"5.1.1"_s, u"user-unknown"_s, u"qmail-orig-0315@pc.example.com"_s, u"alice@example.com"_s,
            u"Garden party on Saturday"_s, u"192.0.2.71"_s, u"mx.example.net"_s, u"failure notice"_s,
            u"~No such user"_s },
        // A forgery older than the sent mail, with the receiver's own SPF and DMARC results.
        { "postfix, receiver's checks in the returned header", u"failure-forged-dmarc.eml"_s,
            u"delivery-failure"_s, QStringList { u"kim.lee@example.org"_s }, u"5.1.1"_s, u"user-unknown"_s,
            u"parcel-88213@example.com"_s, u"alice@example.com"_s, u"Your parcel is waiting"_s,
            u"203.0.113.77"_s, u"mx.example.org"_s, u"Undelivered Mail Returned to Sender"_s,
            u"~unknown user"_s },
        { "office 365 Undeliverable:", u"failure-office365.eml"_s, u"delivery-failure"_s,
            QStringList { u"finance@example.org"_s }, u"5.1.10"_s, u"user-unknown"_s,
            u"AM0PR01MB0001A1B2C3D4E5F6@AM0PR01MB0001.eurprd01.prod.example.com"_s, u"alice@example.com"_s,
            u"Quarterly figures"_s, none, u"~AM0PR01MB0001.eurprd01.prod.example.com"_s,
            u"Undeliverable: Quarterly figures"_s, u"~RecipientNotFound"_s },
        { "german Unzustellbar: in iso-8859-1", u"failure-german-latin1.eml"_s, u"delivery-failure"_s,
            QStringList { u"max.mustermann@example.org"_s }, u"5.1.1"_s, u"user-unknown"_s,
            u"angebot-maerz-42@example.com"_s, u"alice@example.com"_s, u"Angebot für März"_s, u"192.0.2.12"_s,
            any, u"Unzustellbar: Angebot für März"_s, u"~550 5.1.1"_s },
        { "message/global-delivery-status with a UTF-8 address", u"failure-global-dsn.eml"_s,
            u"delivery-failure"_s, QStringList { u"josé@example.org"_s }, u"5.1.1"_s, u"user-unknown"_s,
            u"utf8-orig-0323@example.com"_s, u"alice@example.com"_s, u"Café tomorrow?"_s, u"192.0.2.12"_s,
            u"mx.example.net"_s, u"Undelivered Mail Returned to Sender"_s, u"~User unknown"_s },
        { "RFC 2047 subjects", u"failure-rfc2047.eml"_s, u"delivery-failure"_s,
            QStringList { u"oma@example.org"_s }, u"5.1.1"_s, u"user-unknown"_s,
            u"gruesse-0405@example.com"_s, u"alice@example.com"_s, u"Grüße aus Köln"_s, u"192.0.2.88"_s,
            u"mail.example.com"_s, u"Undelivered Mail Returned to Sender – Grüße aus Köln"_s,
            u"~User unknown"_s },
        { "koi8-r body and subject", u"failure-koi8r.eml"_s, u"delivery-failure"_s,
            QStringList { u"ivan@example.org"_s }, u"5.1.1"_s, u"user-unknown"_s,
            u"otchet-0406@example.com"_s, u"alice@example.com"_s, u"Report"_s, u"192.0.2.12"_s, any,
            u"Почта не доставлена"_s, u"~пользователь не найден"_s },
        { "unknown charset name", u"failure-unknown-charset.eml"_s, u"delivery-failure"_s,
            QStringList { u"quinn@example.org"_s }, u"5.1.1"_s, u"user-unknown"_s,
            u"odd-charset-0408@example.com"_s, u"alice@example.com"_s, u"~menu"_s, none,
            u"mail.example.com"_s, u"Undelivered Mail Returned to Sender"_s, u"~User unknown"_s },
        // Delays and delivery reports.
        { "delayed 4.4.7", u"delay-dsn.eml"_s, u"delivery-delay"_s, QStringList { u"slow@example.net"_s },
            u"4.4.7"_s, u"expired"_s, u"delay-orig-0321@example.com"_s, u"alice@example.com"_s,
            u"Travel plans"_s, none, u"mail.example.com"_s,
            u"Warning: could not send message for past 4 hours"_s, any },
        { "delivered", u"report-delivered.eml"_s, u"delivery-report"_s,
            QStringList { u"carol@example.org"_s }, u"2.0.0"_s, none, u"receipt-wanted-0322@example.com"_s,
            u"alice@example.com"_s, u"Signed contract"_s, none, u"mx.example.org"_s,
            u"Successful Mail Delivery Report"_s, u"~delivered to mailbox"_s },
        { "relayed", u"report-relayed.eml"_s, u"delivery-report"_s, QStringList { u"dan@legacy.example"_s },
            u"2.0.0"_s, none, u"relay-orig-0322@example.com"_s, u"alice@example.com"_s,
            u"Old system migration"_s, none, u"gateway.example.net"_s, u"Return receipt (relay)"_s, any },
        // Automatic replies: the recipient is the mailbox that answered.
        { "RFC 3834 vacation", u"autoreply-rfc3834.eml"_s, u"auto-reply"_s,
            QStringList { u"bob@example.org"_s }, none, none, u"project-plan-april@example.com"_s, any, any,
            none, none, u"Auto: Project plan for April"_s, any },
        { "outlook Automatic reply:", u"autoreply-outlook.eml"_s, u"auto-reply"_s,
            QStringList { u"carol@example.net"_s }, none, none, u"invoice-2291@example.com"_s, any, any, none,
            none, u"Automatic reply: Invoice 2291"_s, any },
        { "windows-1252 Réponse automatique", u"autoreply-windows1252.eml"_s, u"auto-reply"_s,
            QStringList { u"nina@example.net"_s }, none, none, u"rapport-trimestriel-0407@example.com"_s, any,
            any, none, none, u"Réponse automatique : Rapport trimestriel"_s, any },
        // Challenges: the recipient is the protected mailbox the original was written to.
        { "spam arrest", u"challenge-spamarrest.eml"_s, u"challenge-response"_s,
            QStringList { u"dave@example.org"_s }, none, none, u"board-agenda-0327@example.com"_s, any,
            u"Board meeting agenda"_s, none, none, u"Please verify your message to dave@example.org"_s, any },
        { "tmda", u"challenge-tmda.eml"_s, u"challenge-response"_s, QStringList { u"frank@example.org"_s },
            none, none, u"weekend-hike-0328@example.com"_s, u"alice@example.com"_s, u"Weekend hike"_s,
            u"192.0.2.12"_s, none, u"Please confirm your message"_s, any },
        { "boxbe", u"challenge-boxbe.eml"_s, u"challenge-response"_s, QStringList { u"eve@example.org"_s },
            none, none, none, any, any, none, none, u"Request to join Eve Example's Guest List"_s, any },
        // Virus notices and spam complaints.
        { "virus notice", u"virus-notice.eml"_s, u"virus-notice"_s, QStringList { u"grace@example.org"_s },
            none, u"virus-detected"_s, u"infected-0330@example.com"_s, u"alice@example.com"_s,
            u"Invoice overdue"_s, u"192.0.2.133"_s, any, u"VIRUS in message you sent: Invoice overdue"_s,
            any },
        { "ARF with message/rfc822", u"feedback-arf.eml"_s, u"feedback-report"_s,
            QStringList { u"henry@example.net"_s }, none, u"spam-detected"_s, u"spam-run-0331@example.com"_s,
            u"alice@example.com"_s, u"You have won a prize"_s, u"192.0.2.150"_s, any,
            u"Abuse report: complaint about mail from example.com"_s, any },
        { "ARF with headers only", u"feedback-headers-only.eml"_s, u"feedback-report"_s,
            QStringList { u"ivy@example.net"_s }, none, u"spam-detected"_s,
            u"newsletter-april-1@example.com"_s, u"news@example.com"_s, u"April newsletter"_s,
            u"192.0.2.160"_s, any, u"FW: Complaint"_s, any },
        // Ordinary mail, however much it talks about bounces.
        { "ordinary mail", u"plain-ordinary.eml"_s, u"not-a-bounce"_s, QStringList {}, none, none, none, none,
            none, none, none, u"Lunch next week?"_s, none },
        { "human reply about undeliverable mail", u"plain-human-undeliverable.eml"_s, u"not-a-bounce"_s,
            QStringList {}, none, none, none, none, none, none, none,
            u"Re: Undeliverable mail from the office printer"_s, none },
        { "mailing list post about bounces", u"plain-list-post.eml"_s, u"not-a-bounce"_s, QStringList {},
            none, none, none, none, none, none, none,
            u"[users] Bounce handling: returned mail after the upgrade"_s, none },
    };
    return table;
}

} // namespace

class BounceAnalyzerTest : public QObject {
    Q_OBJECT

private slots:
    void analyze_data();
    void analyze();
    void everyFixtureIsListed();
    void crlfLineEndsGiveTheSameReport_data();
    void crlfLineEndsGiveTheSameReport();
    void analysisIsPure();
    void receiversChecksOfTheOriginalAreRead();
};

void BounceAnalyzerTest::analyze_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QStringList>("recipients");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("messageId");
    QTest::addColumn<QString>("originalFrom");
    QTest::addColumn<QString>("originalSubject");
    QTest::addColumn<QString>("sourceIp");
    QTest::addColumn<QString>("reportingMta");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("diagnostic");
    for (const Expectation& e : expectations()) {
        QTest::newRow(e.row) << e.file << e.kind << e.recipients << e.status << e.reason << e.messageId
                             << e.originalFrom << e.originalSubject << e.sourceIp << e.reportingMta
                             << e.subject << e.diagnostic;
    }
}

void BounceAnalyzerTest::analyze()
{
    QFETCH(QString, file);
    QFETCH(QString, kind);
    QFETCH(QStringList, recipients);
    QFETCH(QString, status);
    QFETCH(QString, reason);
    QFETCH(QString, messageId);
    QFETCH(QString, originalFrom);
    QFETCH(QString, originalSubject);
    QFETCH(QString, sourceIp);
    QFETCH(QString, reportingMta);
    QFETCH(QString, subject);
    QFETCH(QString, diagnostic);

    const QByteArray bytes = readCase(file);
    QVERIFY2(!bytes.isEmpty(), qPrintable(file));
    const BounceReport report = BounceAnalyzer::analyze(bytes);

    // Every mismatch at once, so one run tells the whole story of a fixture.
    QStringList problems;
    const auto check = [&problems](const char* field, const QString& actual, const QString& expected) {
        if (!matches(actual, expected))
            problems.append(describe(field, actual, expected));
    };
    check("kind", kindName(report.kind), kind);
    if (report.recipients != recipients)
        problems.append(describe("recipients", report.recipients.join(u','), recipients.join(u',')));
    check("status", report.status, status);
    check("reason", reasonName(report.reason), reason);
    check("original.messageId", report.original.messageId, messageId);
    check("original.from", report.original.from, originalFrom);
    check("original.subject", report.original.subject, originalSubject);
    check("original.sourceIp", report.original.sourceIp, sourceIp);
    if (!matches(report.reportingMta.toLower(), reportingMta.toLower()))
        problems.append(describe("reportingMta", report.reportingMta, reportingMta));
    check("subject", report.subject, subject);
    check("diagnostic", report.diagnostic, diagnostic);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"; ")));

    // Never the bounce's own identity in place of the original's.
    const QString own = ownMessageId(bytes);
    if (!own.isEmpty())
        QVERIFY2(report.original.messageId.compare(own, Qt::CaseInsensitive) != 0, qPrintable(own));
    QVERIFY(report.error.isEmpty());
    QVERIFY(report.date.isValid());
    for (const QString& recipient : std::as_const(report.recipients))
        QCOMPARE(recipient, recipient.toLower());
}

void BounceAnalyzerTest::everyFixtureIsListed()
{
    // A fixture without expectations would be dead weight.
    QSet<QString> listed;
    for (const Expectation& e : expectations())
        listed.insert(e.file);
    const QStringList files
        = QDir(casesPath()).entryList({ QStringLiteral("*.eml") }, QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 25);
    for (const QString& file : files)
        QVERIFY2(listed.contains(file), qPrintable(file + QStringLiteral(" has no expectations")));
}

void BounceAnalyzerTest::crlfLineEndsGiveTheSameReport_data()
{
    CaseExpectations::addCaseFileRows(casesPath());
}

void BounceAnalyzerTest::crlfLineEndsGiveTheSameReport()
{
    QFETCH(QString, file);
    const QByteArray lf = readCase(file);
    QVERIFY(!lf.isEmpty());
    QVERIFY2(!lf.contains('\r'), "fixtures are written with LF line ends");
    QByteArray crlf = lf;
    crlf.replace("\n", "\r\n");
    const BounceReport a = BounceAnalyzer::analyze(lf);
    const BounceReport b = BounceAnalyzer::analyze(crlf);
    CaseExpectations::compareReadings(b, a);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(b.original.sourceIp, a.original.sourceIp);
}

void BounceAnalyzerTest::receiversChecksOfTheOriginalAreRead()
{
    const BounceReport report = BounceAnalyzer::analyze(readCase(QStringLiteral("failure-forged-dmarc.eml")));
    const QList<ReceiverCheck> expected {
        { QStringLiteral("dmarc"), QStringLiteral("fail"), QStringLiteral("example.com") },
        { QStringLiteral("spf"), QStringLiteral("fail"), QStringLiteral("example.com") },
    };
    QCOMPARE(report.original.receiverChecks, expected);
}

void BounceAnalyzerTest::analysisIsPure()
{
    const QByteArray bytes = readCase(QStringLiteral("failure-postfix.eml"));
    QVERIFY(!bytes.isEmpty());
    const BounceReport first = BounceAnalyzer::analyze(bytes);
    // Something else in between must leave no trace in the next result.
    BounceAnalyzer::analyze(readCase(QStringLiteral("autoreply-rfc3834.eml")));
    const BounceReport second = BounceAnalyzer::analyze(bytes);
    QCOMPARE(kindName(second.kind), kindName(first.kind));
    QCOMPARE(second.recipients, first.recipients);
    QCOMPARE(second.status, first.status);
    QCOMPARE(second.diagnostic, first.diagnostic);
    QCOMPARE(second.original.messageId, first.original.messageId);
    QCOMPARE(second.date, first.date);
}

QTEST_GUILESS_MAIN(BounceAnalyzerTest)
#include "BounceAnalyzerTest.moc"
