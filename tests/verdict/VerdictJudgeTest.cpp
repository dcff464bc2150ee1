// Did the user really send what a bounce is about? Genuine only on evidence, backscatter
// only when the sent mail could have shown the original and does not, unknown otherwise.
#include "verdict/VerdictJudge.h"
#include "analysis/BounceAnalyzer.h"
#include "verdict/SentIndex.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Core::Analysis;
using namespace Core::Verdict;

namespace {

const QString Me = QStringLiteral("alice@example.com");

QDateTime march(int day, int hour = 12)
{
    return QDateTime(QDate(2024, 3, day), QTime(hour, 0), Qt::UTC);
}

SentIndex::Entry sentEntry(
    const QString& messageId, const QStringList& recipients, const QString& subject, const QDateTime& date)
{
    return SentIndex::Entry { messageId, recipients, subject, date };
}

// The user's sent mail: one message early in February, so it reaches back that far, and
// two in March.
SentIndex typicalSentMail()
{
    SentIndex sent;
    sent.add(sentEntry(QStringLiteral("newsletter-feb@example.com"), { QStringLiteral("kim@example.net") },
        QStringLiteral("Club newsletter"), QDateTime(QDate(2024, 2, 1), QTime(8, 0), Qt::UTC)));
    sent.add(sentEntry(QStringLiteral("budget-0310@example.com"), { QStringLiteral("bob@example.net") },
        QStringLiteral("Budget 2024"), march(10)));
    sent.add(sentEntry(QStringLiteral("party-0311@example.com"),
        { QStringLiteral("carol@example.org"), QStringLiteral("dan@example.org") },
        QStringLiteral("Garden party"), march(11)));
    return sent;
}

BounceReport bounce(const QStringList& recipients, const QString& messageId, const QString& subject,
    const QDateTime& originalDate, MessageKind kind = MessageKind::DeliveryFailure)
{
    BounceReport report;
    report.kind = kind;
    report.recipients = recipients;
    report.status = QStringLiteral("5.1.1");
    report.reason = Reason::UserUnknown;
    report.original.messageId = messageId;
    report.original.subject = subject;
    report.original.date = originalDate;
    report.date = originalDate.isValid() ? originalDate.addSecs(60) : march(20);
    return report;
}

QString joined(const Judgement& judgement)
{
    return judgement.evidence.join(QStringLiteral(" | "));
}

QByteArray readCase(const QString& relative)
{
    QFile file(QStringLiteral(NEVERSENT_TEST_DATA "/cases/") + relative);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace

class VerdictJudgeTest : public QObject {
    Q_OBJECT

private slots:
    void genuineByMessageId_data();
    void genuineByMessageId();
    void genuineByRecipientAndSubject_data();
    void genuineByRecipientAndSubject();
    void backscatterWhenSentMailCoversTheDate();
    void unknownWhenSentMailDoesNotReachBack();
    void unknownWithoutOriginalIdentity();
    void unknownWithoutSentMail_data();
    void unknownWithoutSentMail();
    void unknownWithEmptySentMail();
    void unknownWhenUserWroteToTheRecipient_data();
    void unknownWhenUserWroteToTheRecipient();
    void noVerdictForOrdinaryMail_data();
    void noVerdictForOrdinaryMail();
    void myAddressesAreNotRecipients();
    void sentIndexReadsHeaders();
    void receiversChecksDecideWhereSentMailCannot_data();
    void receiversChecksDecideWhereSentMailCannot();
    void fixturesAgainstSentFixtures_data();
    void fixturesAgainstSentFixtures();
};

void VerdictJudgeTest::genuineByMessageId_data()
{
    QTest::addColumn<QString>("messageId");
    QTest::addColumn<QStringList>("recipients");
    QTest::newRow("same id") << QStringLiteral("budget-0310@example.com")
                             << QStringList { QStringLiteral("bob@example.net") };
    QTest::newRow("id in other case")
        << QStringLiteral("Budget-0310@Example.COM") << QStringList { QStringLiteral("bob@example.net") };
    // The id alone is proof, whoever the bounce names.
    QTest::newRow("id with an unknown recipient")
        << QStringLiteral("party-0311@example.com") << QStringList { QStringLiteral("someone@example.net") };
    QTest::newRow("id without recipients") << QStringLiteral("newsletter-feb@example.com") << QStringList {};
}

void VerdictJudgeTest::genuineByMessageId()
{
    QFETCH(QString, messageId);
    QFETCH(QStringList, recipients);
    const SentIndex sent = typicalSentMail();
    const VerdictJudge judge(&sent, { Me });
    const Judgement judgement
        = judge.judge(bounce(recipients, messageId, QStringLiteral("Whatever"), march(15)));
    QCOMPARE(verdictName(judgement.verdict), verdictName(Verdict::Genuine));
    QVERIFY(!judgement.evidence.isEmpty());
    QVERIFY2(joined(judgement).contains(messageId), qPrintable(joined(judgement)));
}

void VerdictJudgeTest::genuineByRecipientAndSubject_data()
{
    QTest::addColumn<QString>("recipient");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QDateTime>("originalDate");

    QTest::newRow("same subject, same day")
        << QStringLiteral("bob@example.net") << QStringLiteral("Budget 2024") << march(10, 13);
    QTest::newRow("Re: added") << QStringLiteral("bob@example.net") << QStringLiteral("Re: Budget 2024")
                               << march(11);
    QTest::newRow("RE: Re: and other case")
        << QStringLiteral("bob@example.net") << QStringLiteral("RE: Re:  budget   2024") << march(12);
    QTest::newRow("AW: and Fwd:") << QStringLiteral("carol@example.org")
                                  << QStringLiteral("AW: Fwd: Garden party") << march(11, 18);
    QTest::newRow("second recipient, days later")
        << QStringLiteral("dan@example.org") << QStringLiteral("Re: Garden party") << march(15);
    QTest::newRow("clock two days behind")
        << QStringLiteral("bob@example.net") << QStringLiteral("Budget 2024") << march(8);
}

void VerdictJudgeTest::genuineByRecipientAndSubject()
{
    QFETCH(QString, recipient);
    QFETCH(QString, subject);
    QFETCH(QDateTime, originalDate);
    const SentIndex sent = typicalSentMail();
    const VerdictJudge judge(&sent, { Me });
    // A Message-ID the sent mail does not have: the mail system rewrote it.
    const Judgement judgement = judge.judge(
        bounce({ recipient }, QStringLiteral("rewritten-by-gateway@example.net"), subject, originalDate));
    QCOMPARE(verdictName(judgement.verdict), verdictName(Verdict::Genuine));
    QVERIFY2(joined(judgement).contains(recipient), qPrintable(joined(judgement)));
}

void VerdictJudgeTest::backscatterWhenSentMailCoversTheDate()
{
    const SentIndex sent = typicalSentMail();
    const VerdictJudge judge(&sent, { Me });
    BounceReport report = bounce({ QStringLiteral("stranger@example.org") },
        QStringLiteral("forged-1234@example.com"), QStringLiteral("Cheap watches"), march(12));
    report.original.from = Me;
    report.original.sourceIp = QStringLiteral("192.0.2.66");
    const Judgement judgement = judge.judge(report);
    QCOMPARE(verdictName(judgement.verdict), verdictName(Verdict::Backscatter));
    QVERIFY(!judgement.evidence.isEmpty());
    const QString evidence = joined(judgement);
    QVERIFY2(evidence.contains(QStringLiteral("forged-1234@example.com")), qPrintable(evidence));
    QVERIFY2(evidence.contains(QStringLiteral("stranger@example.org")), qPrintable(evidence));
    QVERIFY2(evidence.contains(QStringLiteral("192.0.2.66")), qPrintable(evidence));
    for (const QString& sentence : judgement.evidence)
        QVERIFY(!sentence.trimmed().isEmpty());

    // The same bounce about a recipient the user did write to, with that subject, is not
    // backscatter: the Message-ID alone does not decide against the user.
    const Judgement written = judge.judge(bounce({ QStringLiteral("bob@example.net") },
        QStringLiteral("forged-1234@example.com"), QStringLiteral("Budget 2024"), march(12)));
    QCOMPARE(verdictName(written.verdict), verdictName(Verdict::Genuine));
}

void VerdictJudgeTest::unknownWhenSentMailDoesNotReachBack()
{
    const SentIndex sent = typicalSentMail(); // from 1 February on
    const VerdictJudge judge(&sent, { Me });
    const QDateTime january(QDate(2024, 1, 15), QTime(9, 0), Qt::UTC);
    const Judgement judgement = judge.judge(bounce({ QStringLiteral("stranger@example.org") },
        QStringLiteral("old-1234@example.com"), QStringLiteral("Old mail"), january));
    QCOMPARE(verdictName(judgement.verdict), verdictName(Verdict::Unknown));
    QVERIFY(!judgement.evidence.isEmpty());
    QVERIFY2(joined(judgement).contains(QStringLiteral("2024-02-01")), qPrintable(joined(judgement)));

    // Only the original's own date counts when it is known; without it, the bounce's.
    BounceReport undated = bounce({ QStringLiteral("stranger@example.org") },
        QStringLiteral("old-1234@example.com"), QStringLiteral("Old mail"), QDateTime());
    undated.date = january;
    QCOMPARE(verdictName(judge.judge(undated).verdict), verdictName(Verdict::Unknown));
}

void VerdictJudgeTest::unknownWithoutOriginalIdentity()
{
    const SentIndex sent = typicalSentMail();
    const VerdictJudge judge(&sent, { Me });
    const Judgement judgement = judge.judge(bounce({}, QString(), QString(), march(12)));
    QCOMPARE(verdictName(judgement.verdict), verdictName(Verdict::Unknown));
    QVERIFY(!judgement.evidence.isEmpty());

    // Only the user's own address as recipient is no identity either.
    const Judgement onlyMe = judge.judge(bounce({ Me }, QString(), QString(), march(12)));
    QCOMPARE(verdictName(onlyMe.verdict), verdictName(Verdict::Unknown));
}

void VerdictJudgeTest::unknownWithoutSentMail_data()
{
    QTest::addColumn<int>("kind");
    for (MessageKind kind : { MessageKind::DeliveryFailure, MessageKind::DeliveryDelay,
             MessageKind::DeliveryReport, MessageKind::AutoReply, MessageKind::ChallengeResponse,
             MessageKind::VirusNotice, MessageKind::FeedbackReport })
        QTest::newRow(qPrintable(kindName(kind))) << static_cast<int>(kind);
}

void VerdictJudgeTest::unknownWithoutSentMail()
{
    QFETCH(int, kind);
    const VerdictJudge judge(nullptr, { Me });
    const Judgement judgement = judge.judge(
        bounce({ QStringLiteral("stranger@example.org") }, QStringLiteral("forged-1234@example.com"),
            QStringLiteral("Cheap watches"), march(12), static_cast<MessageKind>(kind)));
    QCOMPARE(verdictName(judgement.verdict), verdictName(Verdict::Unknown));
    QVERIFY(!judgement.evidence.isEmpty());
}

void VerdictJudgeTest::unknownWithEmptySentMail()
{
    const SentIndex sent;
    const VerdictJudge judge(&sent, { Me });
    const Judgement judgement = judge.judge(bounce({ QStringLiteral("stranger@example.org") },
        QStringLiteral("forged-1234@example.com"), QStringLiteral("Cheap watches"), march(12)));
    QCOMPARE(verdictName(judgement.verdict), verdictName(Verdict::Unknown));
    QVERIFY(!judgement.evidence.isEmpty());
}

void VerdictJudgeTest::unknownWhenUserWroteToTheRecipient_data()
{
    QTest::addColumn<QString>("recipient");
    QTest::addColumn<QString>("messageId");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QDateTime>("originalDate");

    QTest::newRow("subject unknown") << QStringLiteral("bob@example.net")
                                     << QStringLiteral("other-1@example.com") << QString() << march(10, 15);
    QTest::newRow("subject differs") << QStringLiteral("bob@example.net")
                                     << QStringLiteral("other-2@example.com")
                                     << QStringLiteral("Holiday photos") << march(11);
    QTest::newRow("no message id, subject differs")
        << QStringLiteral("carol@example.org") << QString() << QStringLiteral("Something else") << march(12);
    QTest::newRow("nothing but the recipient")
        << QStringLiteral("dan@example.org") << QString() << QString() << march(13);
    QTest::newRow("five days later") << QStringLiteral("bob@example.net")
                                     << QStringLiteral("other-3@example.com")
                                     << QStringLiteral("Holiday photos") << march(15);
    QTest::newRow("recipient in other case")
        << QStringLiteral("Bob@Example.NET") << QStringLiteral("other-4@example.com")
        << QStringLiteral("Photos") << march(10);
}

void VerdictJudgeTest::unknownWhenUserWroteToTheRecipient()
{
    QFETCH(QString, recipient);
    QFETCH(QString, messageId);
    QFETCH(QString, subject);
    QFETCH(QDateTime, originalDate);
    const SentIndex sent = typicalSentMail();
    const VerdictJudge judge(&sent, { Me });
    const Judgement judgement = judge.judge(bounce({ recipient }, messageId, subject, originalDate));
    QCOMPARE(verdictName(judgement.verdict), verdictName(Verdict::Unknown));
    QVERIFY(!judgement.evidence.isEmpty());
    QVERIFY2(joined(judgement).contains(recipient, Qt::CaseInsensitive), qPrintable(joined(judgement)));
}

void VerdictJudgeTest::noVerdictForOrdinaryMail_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<bool>("withSentMail");
    QTest::newRow("not a bounce, no sent mail") << static_cast<int>(MessageKind::NotABounce) << false;
    QTest::newRow("not a bounce, sent mail") << static_cast<int>(MessageKind::NotABounce) << true;
    QTest::newRow("unreadable, no sent mail") << static_cast<int>(MessageKind::Unreadable) << false;
    QTest::newRow("unreadable, sent mail") << static_cast<int>(MessageKind::Unreadable) << true;
}

void VerdictJudgeTest::noVerdictForOrdinaryMail()
{
    QFETCH(int, kind);
    QFETCH(bool, withSentMail);
    const SentIndex sent = typicalSentMail();
    const VerdictJudge judge(withSentMail ? &sent : nullptr, { Me });
    // Even a message that names a forged original is left alone when it is no bounce.
    const Judgement judgement = judge.judge(
        bounce({ QStringLiteral("stranger@example.org") }, QStringLiteral("forged-1234@example.com"),
            QStringLiteral("Cheap watches"), march(12), static_cast<MessageKind>(kind)));
    QCOMPARE(verdictName(judgement.verdict), verdictName(Verdict::None));
    QVERIFY(verdictName(judgement.verdict).isEmpty());
    QVERIFY(judgement.evidence.isEmpty());
}

void VerdictJudgeTest::myAddressesAreNotRecipients()
{
    // The user once wrote to herself (a Bcc copy) around that date, about something else.
    SentIndex sent = typicalSentMail();
    sent.add(sentEntry(
        QStringLiteral("note-to-self@example.com"), { Me }, QStringLiteral("Note to self"), march(12)));
    const BounceReport report = bounce({ Me, QStringLiteral("stranger@example.org") },
        QStringLiteral("forged-5678@example.com"), QStringLiteral("Cheap watches"), march(12));

    // Without knowing her address, the copy to herself makes it doubtful.
    const VerdictJudge unaware(&sent, {});
    QCOMPARE(verdictName(unaware.judge(report).verdict), verdictName(Verdict::Unknown));

    // Knowing it, only the stranger counts; spelling and spaces do not matter.
    const VerdictJudge judge(&sent, { QStringLiteral("  Alice@Example.COM ") });
    const Judgement judgement = judge.judge(report);
    QCOMPARE(verdictName(judgement.verdict), verdictName(Verdict::Backscatter));
    for (const QString& sentence : judgement.evidence)
        QVERIFY2(!sentence.contains(Me, Qt::CaseInsensitive), qPrintable(sentence));
    QVERIFY(joined(judgement).contains(QStringLiteral("stranger@example.org")));
}

void VerdictJudgeTest::receiversChecksDecideWhereSentMailCannot_data()
{
    QTest::addColumn<QList<ReceiverCheck>>("checks");
    QTest::addColumn<QString>("sentMail"); // "reaches back", "too recent", "none"
    QTest::addColumn<QString>("messageId");
    QTest::addColumn<QString>("diagnostic");
    QTest::addColumn<QString>("verdict");
    QTest::addColumn<QString>("evidence");
    const auto check = [](const char* method, const char* result, const char* domain) {
        return ReceiverCheck { QString::fromLatin1(method), QString::fromLatin1(result),
            QString::fromLatin1(domain) };
    };
    const QString unknownUser = QStringLiteral("550 5.1.1 <stranger@example.org>: User unknown");
    const QString forgedId = QStringLiteral("old-1234@example.com");
    QTest::newRow("DMARC failed for my domain")
        << QList<ReceiverCheck> { check("dmarc", "fail", "example.com") } << u"too recent"_qs << forgedId
        << unknownUser << u"backscatter"_qs << u"(DMARC)"_qs;
    QTest::newRow("SPF failed for my domain")
        << QList<ReceiverCheck> { check("spf", "fail", "example.com") } << u"too recent"_qs << forgedId
        << unknownUser << u"backscatter"_qs << u"(SPF)"_qs;
    QTest::newRow("an SPF soft fail says so and decides nothing")
        << QList<ReceiverCheck> { check("spf", "softfail", "example.com") } << u"too recent"_qs << forgedId
        << unknownUser << u"unknown"_qs << u"soft fail"_qs;
    QTest::newRow("a DKIM failure says so and decides nothing")
        << QList<ReceiverCheck> { check("dkim", "fail", "example.com") } << u"too recent"_qs << forgedId
        << unknownUser << u"unknown"_qs << u"(DKIM)"_qs;
    QTest::newRow("failed for another domain")
        << QList<ReceiverCheck> { check("dmarc", "fail", "example.net") } << u"too recent"_qs << forgedId
        << unknownUser << u"unknown"_qs << u"2024-02-01"_qs;
    QTest::newRow("another check passed")
        << QList<ReceiverCheck> { check("spf", "fail", "example.com"), check("dmarc", "pass", "example.com") }
        << u"too recent"_qs << forgedId << unknownUser << u"unknown"_qs << u"(SPF)"_qs;
    // The user's own mail, refused because it failed the check: a problem to act on.
    QTest::newRow("refused for failing the check")
        << QList<ReceiverCheck> { check("dmarc", "fail", "example.com") } << u"too recent"_qs << forgedId
        << u"550 5.7.26 Unauthenticated email from example.com is not accepted due to domain's DMARC policy"_qs
        << u"unknown"_qs << u"(DMARC)"_qs;
    QTest::newRow("never over a Message-ID in sent mail")
        << QList<ReceiverCheck> { check("dmarc", "fail", "example.com") } << u"reaches back"_qs
        << u"budget-0310@example.com"_qs << unknownUser << u"genuine"_qs << u"budget-0310@example.com"_qs;
    QTest::newRow("sent mail settles it, the check adds to it")
        << QList<ReceiverCheck> { check("dmarc", "fail", "example.com") } << u"reaches back"_qs << forgedId
        << unknownUser << u"backscatter"_qs << u"(DMARC)"_qs;
    // Without sent mail the command line promises "unknown" for every bounce.
    QTest::newRow("no sent mail given")
        << QList<ReceiverCheck> { check("dmarc", "fail", "example.com") } << u"none"_qs << forgedId
        << unknownUser << u"unknown"_qs << u"(DMARC)"_qs;
}

void VerdictJudgeTest::receiversChecksDecideWhereSentMailCannot()
{
    QFETCH(QList<ReceiverCheck>, checks);
    QFETCH(QString, sentMail);
    QFETCH(QString, messageId);
    QFETCH(QString, diagnostic);
    QFETCH(QString, verdict);
    QFETCH(QString, evidence);
    const SentIndex sent = typicalSentMail(); // from 1 February on
    const QDateTime when
        = sentMail == u"too recent" ? QDateTime(QDate(2024, 1, 15), QTime(9, 0), Qt::UTC) : march(15);
    BounceReport report = bounce(
        { QStringLiteral("stranger@example.org") }, messageId, QStringLiteral("Cheap watches"), when);
    report.original.from = Me;
    report.original.receiverChecks = checks;
    report.diagnostic = diagnostic;
    const VerdictJudge judge(sentMail == u"none" ? nullptr : &sent, { Me });
    const Judgement judgement = judge.judge(report);
    QCOMPARE(verdictName(judgement.verdict), verdict);
    QVERIFY2(joined(judgement).contains(evidence), qPrintable(joined(judgement)));
}

void VerdictJudgeTest::sentIndexReadsHeaders()
{
    SentIndex sent;
    QVERIFY(sent.isEmpty());
    QVERIFY(!sent.earliest().isValid());
    QVERIFY(!sent.addMessage(QByteArray()));
    QVERIFY(!sent.addMessage(QByteArrayLiteral("just some text without a header")));
    QVERIFY(!sent.addMessage(QByteArrayLiteral("Subject: no identity\n\nbody\n")));
    QCOMPARE(sent.size(), 0);

    QVERIFY(sent.addMessage(QByteArrayLiteral("Message-ID: <Mixed-Case-1@Example.com>\r\n"
                                              "Date: Fri, 01 Mar 2024 10:00:00 +0100\r\n"
                                              "To: \"Bob\" <Bob@Example.NET>, carol@example.org\r\n"
                                              "Cc: dan@example.org\r\n"
                                              "Bcc: eve@example.org\r\n"
                                              "Subject: =?utf-8?Q?Gr=C3=BC=C3=9Fe?=\r\n"
                                              "\r\n"
                                              "To: not-a-recipient@example.org\r\n")));
    QVERIFY(sent.addMessage(
        QByteArrayLiteral("To: frank@example.org\nDate: Sun, 10 Mar 2024 10:00:00 +0000\n\n")));
    QCOMPARE(sent.size(), 2);
    QVERIFY(sent.containsMessageId(QStringLiteral("mixed-case-1@example.com")));
    QVERIFY(!sent.containsMessageId(QStringLiteral("other@example.com")));
    for (const char* address :
        { "bob@example.net", "carol@example.org", "dan@example.org", "eve@example.org" }) {
        const QList<const SentIndex::Entry*> entries = sent.sentTo(QString::fromLatin1(address));
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first()->subject, QStringLiteral("Grüße"));
    }
    QVERIFY(sent.sentTo(QStringLiteral("not-a-recipient@example.org")).isEmpty());
    QCOMPARE(sent.sentTo(QStringLiteral("FRANK@example.org")).size(), 1);
    QCOMPARE(sent.earliest(), QDateTime(QDate(2024, 3, 1), QTime(9, 0), Qt::UTC));
    QCOMPARE(sent.latest(), march(10, 10));
}

void VerdictJudgeTest::fixturesAgainstSentFixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("verdict");
    QTest::addColumn<QString>("evidence");

    QTest::newRow("sent: Message-ID in sent mail")
        << QStringLiteral("failure-postfix.eml") << QStringLiteral("genuine")
        << QStringLiteral("3b1c7d2e-55aa-4e0f-9a51-0c6f1d2e7a10@example.com");
    QTest::newRow("sent: recipient and subject")
        << QStringLiteral("failure-exim.eml") << QStringLiteral("genuine")
        << QStringLiteral("gone@example.org");
    QTest::newRow("forged: nothing in sent mail")
        << QStringLiteral("failure-dsn-rfc822.eml") << QStringLiteral("backscatter")
        << QStringLiteral("cheap-pills-7731@example.com");
    QTest::newRow("forged: older than sent mail, the receiver's DMARC check decides") << QStringLiteral(
        "failure-forged-dmarc.eml") << QStringLiteral("backscatter") << QStringLiteral("(DMARC)");
    QTest::newRow("ordinary mail") << QStringLiteral("plain-ordinary.eml") << QString() << QString();
}

void VerdictJudgeTest::fixturesAgainstSentFixtures()
{
    QFETCH(QString, file);
    QFETCH(QString, verdict);
    QFETCH(QString, evidence);

    SentIndex sent;
    const QDir sentDir(QStringLiteral(NEVERSENT_TEST_DATA "/cases/sent"));
    const QStringList sentFiles = sentDir.entryList(QDir::Files, QDir::Name);
    QVERIFY(sentFiles.size() >= 3);
    for (const QString& name : sentFiles)
        QVERIFY2(sent.addMessage(readCase(QStringLiteral("sent/") + name)), qPrintable(name));
    QCOMPARE(sent.size(), sentFiles.size());

    const QByteArray bytes = readCase(file);
    QVERIFY(!bytes.isEmpty());
    const BounceReport report = BounceAnalyzer::analyze(bytes);
    const Judgement judgement = VerdictJudge(&sent, { Me }).judge(report);
    QCOMPARE(verdictName(judgement.verdict), verdict);
    QVERIFY2(joined(judgement).contains(evidence), qPrintable(joined(judgement)));
}

QTEST_GUILESS_MAIN(VerdictJudgeTest)
#include "VerdictJudgeTest.moc"
