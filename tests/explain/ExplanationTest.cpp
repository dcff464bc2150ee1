// The words a non-technical reader gets for each message and for a whole scan: the right
// story and advice for each verdict, kind and reason, this message's own facts as
// evidence, and strangers' text passed through exactly as it came.
#include "explain/Explanation.h"
#include "analysis/BounceAnalyzer.h"
#include "explain/ScanSummary.h"
#include "verdict/SentIndex.h"
#include "verdict/VerdictJudge.h"

#include <QDir>
#include <QFile>
#include <QLocale>
#include <QRegularExpression>
#include <QTest>

#include <ctime>

using namespace Core::Analysis;
using namespace Core::Explain;
using Core::Session::MailboxScanner;
using Core::Verdict::Judgement;
using Core::Verdict::SentIndex;
using Core::Verdict::Verdict;
using Core::Verdict::VerdictJudge;

namespace {

const QString Me = QStringLiteral("sam.taylor@bluebird-office.example");

QByteArray readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QStringList demoFiles(const QString& folder)
{
    QStringList files;
    for (const QString& sub : { QStringLiteral("cur"), QStringLiteral("new") }) {
        const QDir dir(QStringLiteral(NEVERSENT_DEMO_MAILBOX "/") + folder + u'/' + sub);
        for (const QString& name : dir.entryList(QDir::Files | QDir::NoDotAndDotDot)) {
            if (!name.startsWith(u'.'))
                files.append(dir.filePath(name));
        }
    }
    return files;
}

// "M4" for ".../1794280378.M4P3650.demo!2,S": the demo README names messages so.
QString demoName(const QString& path)
{
    static const QRegularExpression number(QStringLiteral(R"(\.(M\d+)P)"));
    return number.match(path).captured(1);
}

Core::Session::ScanResult handMade(Verdict verdict, MessageKind kind, Reason reason,
    const QStringList& recipients = { QStringLiteral("bob@example.org") })
{
    Core::Session::ScanResult result;
    result.folder = QStringLiteral("INBOX");
    result.uid = 7;
    result.report.kind = kind;
    result.report.reason = reason;
    result.report.recipients = recipients;
    result.report.subject = QStringLiteral("Undeliverable: Quarterly figures");
    result.report.date = QDateTime(QDate(2026, 11, 20), QTime(9, 30), Qt::UTC);
    result.report.original.subject = QStringLiteral("Quarterly figures");
    result.report.original.date = QDateTime(QDate(2026, 11, 19), QTime(16, 5), Qt::UTC);
    result.report.original.sourceIp = QStringLiteral("203.0.113.9");
    result.report.original.sourceHost = QStringLiteral("infected-pc.example.net");
    result.judgement.verdict = verdict;
    return result;
}

Core::Session::ScanResult dated(Verdict verdict, const QDate& day)
{
    Core::Session::ScanResult result = handMade(verdict, MessageKind::DeliveryFailure, Reason::UserUnknown);
    result.report.date = QDateTime(day, QTime(12, 0), Qt::UTC);
    if (verdict == Verdict::None)
        result.report.kind = MessageKind::NotABounce;
    return result;
}

QString allText(const Explanation& explanation)
{
    return explanation.toPlainText();
}

void verifyContainsAll(const QString& text, const QStringList& fragments)
{
    for (const QString& fragment : fragments)
        QVERIFY2(text.contains(fragment),
            qPrintable(QStringLiteral("missing \"%1\" in:\n%2").arg(fragment, text)));
}

} // namespace

class ExplanationTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void demoMessages_data();
    void demoMessages();
    void forgedKinds_data();
    void forgedKinds();
    void genuineReasons_data();
    void genuineReasons();
    void unsure_data();
    void unsure();
    void hostileStrings_data();
    void hostileStrings();
    void accountWarning();
    void plainTextLayout();
    void scanSummary_data();
    void scanSummary();
    void demoScanSummary();

private:
    QHash<QString, Core::Session::ScanResult> m_demo;
    QList<Core::Session::ScanResult> m_demoInOrder;
};

void ExplanationTest::initTestCase()
{
    // Dates are told in local time and the reader's language: pin both.
    qputenv("TZ", "UTC");
    tzset();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));

    SentIndex sent;
    const QStringList sentFiles = demoFiles(QStringLiteral("Sent"));
    QCOMPARE(sentFiles.size(), 9);
    for (const QString& path : sentFiles)
        QVERIFY2(sent.addMessage(readFile(path)), qPrintable(path));
    const VerdictJudge judge(&sent, { Me });
    QStringList inbox = demoFiles(QStringLiteral("INBOX"));
    QCOMPARE(inbox.size(), 19);
    inbox.sort();
    for (const QString& path : std::as_const(inbox)) {
        Core::Session::ScanResult result;
        result.folder = QStringLiteral("INBOX");
        result.uid = quint32(m_demoInOrder.size() + 1);
        result.report = BounceAnalyzer::analyze(readFile(path));
        result.judgement = judge.judge(result.report);
        m_demo.insert(demoName(path), result);
        m_demoInOrder.append(result);
    }
}

void ExplanationTest::demoMessages_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<Verdict>("verdict");
    QTest::addColumn<QString>("headline");
    QTest::addColumn<QStringList>("story");
    QTest::addColumn<QStringList>("evidence");
    QTest::addColumn<QStringList>("advice");
    QTest::addColumn<QString>("absent");

    const QString notSent = QStringLiteral("not in your Sent folder");
    const QString trash = QStringLiteral("safe to move it to the Trash");
    const QString notYourFault = QStringLiteral("This is not your fault");
    QTest::newRow("forged Postfix failure")
        << QStringLiteral("M4") << Verdict::Backscatter << QStringLiteral("You did not send this")
        << QStringList { QStringLiteral("address that does not exist"), notYourFault }
        << QStringList { notSent, QStringLiteral("ivana.petrovic@kestrel-hosting.example"),
               QStringLiteral("\"Re: Your invoice\""), QStringLiteral("203.0.113.57"),
               QStringLiteral("10 November 2026") }
        << QStringList { trash } << QStringLiteral("really sent");
    QTest::newRow("forged Sendmail failure, source with a name")
        << QStringLiteral("M14") << Verdict::Backscatter
        << QStringLiteral("a bounce for mail sent in your name") << QStringList { notYourFault }
        << QStringList { QStringLiteral("jperez@coastal-univ.example"),
               QStringLiteral("dsl-203-0-113-19.example.net (203.0.113.19)") }
        << QStringList { trash } << QStringLiteral("really sent");
    QTest::newRow("forged virus notice")
        << QStringLiteral("M16") << Verdict::Backscatter << QStringLiteral("a virus warning")
        << QStringList { QStringLiteral("does not mean that your computer is infected"), notYourFault }
        << QStringList { QStringLiteral("r.haddad@atlas-freight.example"),
               QStringLiteral("broadband-203-0-113-240.example.net") }
        << QStringList { QStringLiteral("Do not open any attachment"), trash }
        << QStringLiteral("really sent");
    QTest::newRow("forged delay") << QStringLiteral("M17") << Verdict::Backscatter
                                  << QStringLiteral("a delay notice")
                                  << QStringList { QStringLiteral("still trying") }
                                  << QStringList { QStringLiteral("sales@harborview-realty.example"),
                                         QStringLiteral("198.51.100.77") }
                                  << QStringList { trash,
                                         QStringLiteral("more notices about the same message") }
                                  << QStringLiteral("really sent");
    QTest::newRow("forged challenge-response")
        << QStringLiteral("M18") << Verdict::Backscatter << QStringLiteral("please confirm you are human")
        << QStringList { QStringLiteral("confirm that they are a real person") }
        << QStringList { QStringLiteral("ahmed.rahman@orbit-supplies.example"),
               QStringLiteral("Work from home - earn $5,000 a week") }
        << QStringList { QStringLiteral("Do not click any link in it and do not answer it"), trash }
        << QStringLiteral("really sent");
    QTest::newRow("yours: mistyped address")
        << QStringLiteral("M5") << Verdict::Genuine
        << QStringLiteral("Your message to j.morgen@northwind-trading.example was not delivered")
        << QStringList { QStringLiteral("really sent"), QStringLiteral("may be mistyped") }
        << QStringList { QStringLiteral("\"Samples for the spring catalogue\""),
               QStringLiteral("Your sent mail has the original message") }
        << QStringList { QStringLiteral("Check the spelling of j.morgen@northwind-trading.example") }
        << trash;
    QTest::newRow("yours: mailbox full")
        << QStringLiteral("M8") << Verdict::Genuine
        << QStringLiteral("Your message to helen.brooks@greenfield-dental.example was not delivered")
        << QStringList { QStringLiteral("mailbox is full") }
        << QStringList { QStringLiteral("\"Your renewed service contract\""),
               QStringLiteral("Quota exceeded") }
        << QStringList { QStringLiteral("Try again in a day or two"),
               QStringLiteral("reach helen.brooks@greenfield-dental.example another way") }
        << trash;
    QTest::newRow("yours: out-of-office reply")
        << QStringLiteral("M11") << Verdict::Genuine
        << QStringLiteral("An automatic reply from d.okafor@harbourline-logistics.example")
        << QStringList { QStringLiteral("out-of-office") }
        << QStringList { QStringLiteral("Your sent mail has") }
        << QStringList { QStringLiteral("Nothing to fix") } << trash;
}

void ExplanationTest::demoMessages()
{
    QFETCH(QString, message);
    QFETCH(Verdict, verdict);
    QFETCH(QString, headline);
    QFETCH(QStringList, story);
    QFETCH(QStringList, evidence);
    QFETCH(QStringList, advice);
    QFETCH(QString, absent);

    QVERIFY2(m_demo.contains(message), qPrintable(message));
    const Core::Session::ScanResult& result = m_demo.value(message);
    QCOMPARE(result.judgement.verdict, verdict);
    const Explanation explanation = Explanation::forResult(result);
    QVERIFY2(explanation.headline.contains(headline), qPrintable(explanation.headline));
    verifyContainsAll(explanation.paragraphs.join(u'\n'), story);
    verifyContainsAll(explanation.evidence.join(u'\n'), evidence);
    verifyContainsAll(explanation.advice.join(u'\n'), advice);
    QVERIFY2(!allText(explanation).contains(absent), qPrintable(allText(explanation)));
}

void ExplanationTest::forgedKinds_data()
{
    QTest::addColumn<MessageKind>("kind");
    QTest::addColumn<Reason>("reason");
    QTest::addColumn<QString>("headline");
    QTest::addColumn<QString>("story");

    QTest::newRow("refused, not unknown") << MessageKind::DeliveryFailure << Reason::SpamDetected
                                          << QStringLiteral("a bounce") << QStringLiteral("refused it");
    QTest::newRow("unknown domain") << MessageKind::DeliveryFailure << Reason::HostUnknown
                                    << QStringLiteral("a bounce") << QStringLiteral("does not exist");
    QTest::newRow("auto-reply") << MessageKind::AutoReply << Reason::None
                                << QStringLiteral("an automatic reply")
                                << QStringLiteral("answers a message you did not send");
    QTest::newRow("feedback report") << MessageKind::FeedbackReport << Reason::None
                                     << QStringLiteral("a spam complaint")
                                     << QStringLiteral("reported it as spam");
    QTest::newRow("delivery report") << MessageKind::DeliveryReport << Reason::None
                                     << QStringLiteral("a delivery report")
                                     << QStringLiteral("report about its delivery");
}

void ExplanationTest::forgedKinds()
{
    QFETCH(MessageKind, kind);
    QFETCH(Reason, reason);
    QFETCH(QString, headline);
    QFETCH(QString, story);

    const Explanation explanation = Explanation::forResult(handMade(Verdict::Backscatter, kind, reason));
    QVERIFY2(explanation.headline.contains(headline), qPrintable(explanation.headline));
    QVERIFY2(explanation.paragraphs.join(u'\n').contains(story), qPrintable(allText(explanation)));
    verifyContainsAll(explanation.evidence.join(u'\n'),
        { QStringLiteral("bob@example.org"), QStringLiteral("infected-pc.example.net"),
            QStringLiteral("\"Quarterly figures\""), QStringLiteral("19 November 2026") });
    QVERIFY(explanation.advice.join(u'\n').contains(QStringLiteral("Trash")));
}

void ExplanationTest::genuineReasons_data()
{
    QTest::addColumn<MessageKind>("kind");
    QTest::addColumn<Reason>("reason");
    QTest::addColumn<QString>("advice");
    QTest::addColumn<QString>("notAdvice");

    const QString it = QStringLiteral("Ask your IT support");
    QTest::newRow("user unknown") << MessageKind::DeliveryFailure << Reason::UserUnknown
                                  << QStringLiteral("Check the spelling of bob@example.org") << it;
    QTest::newRow("mailbox full") << MessageKind::DeliveryFailure << Reason::MailboxFull
                                  << QStringLiteral("Try again in a day or two") << it;
    QTest::newRow("host unknown") << MessageKind::DeliveryFailure << Reason::HostUnknown
                                  << QStringLiteral("Check the part after the @ in bob@example.org") << it;
    QTest::newRow("spam detected") << MessageKind::DeliveryFailure << Reason::SpamDetected << it
                                   << QStringLiteral("Check the spelling");
    QTest::newRow("blocked") << MessageKind::DeliveryFailure << Reason::Blocked << it
                             << QStringLiteral("day or two");
    QTest::newRow("policy") << MessageKind::DeliveryFailure << Reason::PolicyViolation << it
                            << QStringLiteral("Check the spelling");
    QTest::newRow("too big") << MessageKind::DeliveryFailure << Reason::MessageTooBig
                             << QStringLiteral("smaller attachments") << it;
    QTest::newRow("expired") << MessageKind::DeliveryFailure << Reason::Expired
                             << QStringLiteral("Try again later, or reach bob@example.org another way") << it;
    QTest::newRow("network") << MessageKind::DeliveryFailure << Reason::NetworkError
                             << QStringLiteral("Try again later") << QStringLiteral("Check the spelling");
    QTest::newRow("suspended") << MessageKind::DeliveryFailure << Reason::Suspended
                               << QStringLiteral("ask for their current address") << it;
    QTest::newRow("virus") << MessageKind::DeliveryFailure << Reason::VirusDetected
                           << QStringLiteral("check your computer") << QStringLiteral("Try again");
    QTest::newRow("no reason") << MessageKind::DeliveryFailure << Reason::None
                               << QStringLiteral("Try sending it again later")
                               << QStringLiteral("Check the spelling");
    QTest::newRow("delay: still trying")
        << MessageKind::DeliveryDelay << Reason::Expired << QStringLiteral("Nothing to do yet")
        << QStringLiteral("Try again later");
    QTest::newRow("delay, mailbox full")
        << MessageKind::DeliveryDelay << Reason::MailboxFull << QStringLiteral("Nothing to do yet")
        << QStringLiteral("day or two");
    QTest::newRow("challenge") << MessageKind::ChallengeResponse << Reason::None
                               << QStringLiteral("follow its instructions to confirm")
                               << QStringLiteral("Trash");
    QTest::newRow("virus notice") << MessageKind::VirusNotice << Reason::VirusDetected
                                  << QStringLiteral("check your computer") << QStringLiteral("Trash");
    QTest::newRow("spam complaint") << MessageKind::FeedbackReport << Reason::None
                                    << QStringLiteral("make sure they asked for it")
                                    << QStringLiteral("Trash");
}

void ExplanationTest::genuineReasons()
{
    QFETCH(MessageKind, kind);
    QFETCH(Reason, reason);
    QFETCH(QString, advice);
    QFETCH(QString, notAdvice);

    Core::Session::ScanResult result = handMade(Verdict::Genuine, kind, reason);
    result.report.diagnostic = QStringLiteral("550 sorry, computer says no");
    const Explanation explanation = Explanation::forResult(result);
    QVERIFY2(
        explanation.headline.contains(QStringLiteral("bob@example.org")), qPrintable(explanation.headline));
    const QString adviceText = explanation.advice.join(u'\n');
    QVERIFY2(adviceText.contains(advice), qPrintable(adviceText));
    QVERIFY2(!adviceText.contains(notAdvice), qPrintable(adviceText));
    if (kind == MessageKind::DeliveryDelay) {
        QVERIFY2(!allText(explanation).contains(QStringLiteral("gave up")), qPrintable(allText(explanation)));
        QVERIFY2(!Explanation::whatHappened(result.report).contains(QStringLiteral("given up")),
            qPrintable(Explanation::whatHappened(result.report)));
    }
    verifyContainsAll(explanation.evidence.join(u'\n'),
        { QStringLiteral("bob@example.org"), QStringLiteral("\"Quarterly figures\""),
            QStringLiteral("550 sorry, computer says no") });
}

void ExplanationTest::unsure_data()
{
    QTest::addColumn<QStringList>("recipients");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("advice");

    QTest::newRow("recipient and date")
        << QStringList { QStringLiteral("bob@example.org") } << QStringLiteral("Quarterly figures")
        << QStringLiteral("for a message to bob@example.org around Thursday, 19 November 2026");
    QTest::newRow("subject only") << QStringList {} << QStringLiteral("Quarterly figures")
                                  << QStringLiteral("with the subject \"Quarterly figures\"");
    QTest::newRow("nothing to look for")
        << QStringList {} << QString()
        << QStringLiteral("check whether the message it quotes is one you wrote");
}

void ExplanationTest::unsure()
{
    QFETCH(QStringList, recipients);
    QFETCH(QString, subject);
    QFETCH(QString, advice);

    Core::Session::ScanResult result
        = handMade(Verdict::Unknown, MessageKind::DeliveryFailure, Reason::MailboxFull, recipients);
    result.report.original.subject = subject;
    result.report.subject = subject;
    const QString why = QStringLiteral(
        "Your sent mail only reaches back to 2026-11-20; this bounce is about mail from 2026-11-19.");
    result.judgement.evidence = { why };
    const Explanation explanation = Explanation::forResult(result);
    QVERIFY2(explanation.headline.contains(QStringLiteral("Not sure")), qPrintable(explanation.headline));
    QVERIFY(explanation.evidence.contains(why));
    QVERIFY2(explanation.paragraphs.join(u'\n').contains(QStringLiteral("the mailbox is full")),
        qPrintable(allText(explanation)));
    const QString adviceText = explanation.advice.join(u'\n');
    QVERIFY2(adviceText.contains(advice), qPrintable(adviceText));
    QVERIFY2(adviceText.contains(QStringLiteral("If you find nothing")), qPrintable(adviceText));
}

void ExplanationTest::hostileStrings_data()
{
    QTest::addColumn<Verdict>("verdict");
    QTest::addColumn<QString>("hostile");

    const QList<QPair<QString, QString>> strings {
        { QStringLiteral("markup"), QStringLiteral("<b>x</b><img src=\"http://203.0.113.1/t.png\">") },
        { QStringLiteral("entity"), QStringLiteral("&lt;script&gt; &amp;") },
        { QStringLiteral("right-to-left"),
            QStringLiteral("\u202Etxt.exe\u202C invoice \u200F\u05E9\u05DC\u05D5\u05DD") },
        { QStringLiteral("placeholders"), QStringLiteral("%1 %2 %n %L1") },
        { QStringLiteral("very long"), QString(100000, u'W') },
    };
    for (const Verdict verdict : { Verdict::Backscatter, Verdict::Genuine, Verdict::Unknown }) {
        for (const auto& [name, text] : strings) {
            QTest::addRow("%s, %s", qPrintable(Core::Verdict::verdictName(verdict)), qPrintable(name))
                << verdict << text;
        }
    }
}

void ExplanationTest::hostileStrings()
{
    QFETCH(Verdict, verdict);
    QFETCH(QString, hostile);

    Core::Session::ScanResult result = handMade(verdict, MessageKind::DeliveryFailure, Reason::UserUnknown,
        { hostile + QStringLiteral("@example.org") });
    result.report.original.subject = hostile;
    result.report.original.sourceHost = hostile;
    result.report.diagnostic = hostile;
    result.judgement.evidence = { hostile };
    const Explanation explanation = Explanation::forResult(result);
    const QString evidence = explanation.evidence.join(u'\n');
    QVERIFY(evidence.contains(QStringLiteral("\"%1\"").arg(hostile)));
    QVERIFY(evidence.contains(hostile + QStringLiteral("@example.org")));
    if (verdict == Verdict::Backscatter)
        QVERIFY(evidence.contains(hostile + QStringLiteral(" (203.0.113.9)")));
    // Nothing escaped, nothing built around it: the text is passed on as it came.
    QVERIFY(
        !allText(explanation).contains(QStringLiteral("&amp;")) || hostile.contains(QStringLiteral("&amp;")));
    QVERIFY(!allText(explanation).contains(QStringLiteral("<br")));
    QVERIFY(!allText(explanation).contains(QStringLiteral("<p>")));
}

void ExplanationTest::accountWarning()
{
    QList<Core::Session::ScanResult> notWritten;
    for (int i = 0; i < 12; ++i) {
        Core::Session::ScanResult result = handMade(Verdict::Genuine, MessageKind::DeliveryFailure,
            Reason::UserUnknown, { QStringLiteral("target%1@example.org").arg(i) });
        result.report.original.subject = QStringLiteral("Offer %1").arg(i);
        notWritten.append(result);
    }
    const Explanation warning = Explanation::accountWarning(notWritten);
    QVERIFY2(
        warning.headline.contains(QStringLiteral("using your email account")), qPrintable(warning.headline));
    QVERIFY2(warning.paragraphs.join(u'\n').contains(QStringLiteral("12")), qPrintable(allText(warning)));
    QCOMPARE(warning.evidence.size(), 11);
    QVERIFY(warning.evidence.first().contains(QStringLiteral("target0@example.org")));
    QVERIFY(warning.evidence.first().contains(QStringLiteral("\"Offer 0\"")));
    QVERIFY(!warning.evidence.join(u'\n').contains(QStringLiteral("target10@")));
    QVERIFY2(warning.evidence.last().contains(QStringLiteral("2 more")), qPrintable(warning.evidence.last()));
    const QString advice = warning.advice.join(u'\n');
    QVERIFY2(advice.contains(QStringLiteral("Change your email password")), qPrintable(advice));
    QVERIFY2(advice.contains(QStringLiteral("IT support")), qPrintable(advice));

    const Explanation one = Explanation::accountWarning(notWritten.mid(0, 1));
    QCOMPARE(one.evidence.size(), 1);
}

void ExplanationTest::plainTextLayout()
{
    const Explanation explanation = Explanation::forResult(m_demo.value(QStringLiteral("M4")));
    const QString text = explanation.toPlainText();
    QVERIFY(text.startsWith(explanation.headline + QStringLiteral("\n\n")));
    const qsizetype shows = text.indexOf(QStringLiteral("What this message shows:"));
    const qsizetype todo = text.indexOf(QStringLiteral("What to do:"));
    QVERIFY(shows > 0);
    QVERIFY(todo > shows);
    for (const QString& item : explanation.evidence)
        QVERIFY(text.indexOf(QStringLiteral("\n- ") + item) > shows);
    for (const QString& item : explanation.advice)
        QVERIFY(text.indexOf(QStringLiteral("\n- ") + item) > todo);

    const Explanation ordinary = Explanation::forResult(m_demo.value(QStringLiteral("M1")));
    QCOMPARE(m_demo.value(QStringLiteral("M1")).judgement.verdict, Verdict::None);
    QVERIFY(!ordinary.toPlainText().contains(QStringLiteral("What to do:")));
}

// Counts follow the project's source-text convention, "%n bounce(s)": without an English
// catalogue that is what a reader sees, and what these rows expect.
void ExplanationTest::scanSummary_data()
{
    QTest::addColumn<QList<int>>("verdicts"); // Verdict values, one per message
    QTest::addColumn<QList<int>>("daysAgo"); // one per message
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QStringList>("unexpected");

    const auto v = [](Verdict verdict) { return int(verdict); };
    const int forged = v(Verdict::Backscatter);
    const int yours = v(Verdict::Genuine);
    const int unsure = v(Verdict::Unknown);
    const int plain = v(Verdict::None);

    QTest::newRow("nothing") << QList<int> {} << QList<int> {}
                             << QStringList { QStringLiteral("no messages") }
                             << QStringList { QStringLiteral("bounce") };
    QTest::newRow("ordinary mail only")
        << QList<int> { plain, plain, plain } << QList<int> { 0, 1, 2 }
        << QStringList { QStringLiteral("looked at 3 message(s)"), QStringLiteral("found no bounces") }
        << QStringList { QStringLiteral("forged"), QStringLiteral("Trash") };
    QTest::newRow("today")
        << QList<int> { forged, forged, yours, plain } << QList<int> { 0, 0, 0, 5 }
        << QStringList { QStringLiteral(
                             "Today you received 3 bounce(s): 2 forged and 1 about mail you sent."),
               QStringLiteral("not your fault"), QStringLiteral("real delivery problems") }
        << QStringList { QStringLiteral("cannot tell") };
    QList<int> week(312, forged);
    week[0] = yours;
    week[1] = yours;
    week[2] = yours;
    QList<int> weekDays;
    for (int i = 0; i < 312; ++i)
        weekDays.append(i % 7);
    QTest::newRow("last 7 days")
        << week << weekDays
        << QStringList { QStringLiteral(
               "In the last 7 day(s) you received 312 bounce(s): 309 forged and 3 about mail you sent.") }
        << QStringList { QStringLiteral("cannot tell") };
    QTest::newRow("with can't tell") << QList<int> { forged, unsure, unsure } << QList<int> { 1, 2, 2 }
                                     << QStringList { QStringLiteral(
                                                          "In the last 3 day(s) you received 3 bounce(s): 1 "
                                                          "forged and 2 where NeverSent cannot tell."),
                                            QStringLiteral("look in your Sent folder") }
                                     << QStringList { QStringLiteral("about mail you sent") };
    QTest::newRow("long ago") << QList<int> { forged, forged } << QList<int> { 60, 1 }
                              << QStringList { QStringLiteral(
                                     "Since Thursday, 24 September 2026 you received 2 bounce(s)") }
                              << QStringList { QStringLiteral("In the last") };
    QTest::newRow("dated in the future")
        << QList<int> { forged } << QList<int> { -2 }
        << QStringList { QStringLiteral("Since Wednesday, 25 November 2026") }
        << QStringList { QStringLiteral("Today") };
    QTest::newRow("thousands") << QList<int>(12345, forged) << QList<int>(12345, 3)
                               << QStringList { QStringLiteral(
                                      "In the last 4 day(s) you received 12,345 bounce(s): 12,345 forged.") }
                               << QStringList {};
}

void ExplanationTest::scanSummary()
{
    QFETCH(QList<int>, verdicts);
    QFETCH(QList<int>, daysAgo);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, unexpected);

    const QDate today(2026, 11, 23);
    ScanSummary summary;
    for (qsizetype i = 0; i < verdicts.size(); ++i)
        summary.add(dated(Verdict(verdicts.at(i)), today.addDays(-daysAgo.at(i))));
    const QString text = summary.text(today);
    verifyContainsAll(text, expected);
    for (const QString& fragment : unexpected)
        QVERIFY2(!text.contains(fragment), qPrintable(text));
}

void ExplanationTest::demoScanSummary()
{
    ScanSummary summary;
    for (const Core::Session::ScanResult& result : std::as_const(m_demoInOrder))
        summary.add(result);
    QCOMPARE(summary.messages(), 19);
    // The demo README: ten forged (M18's challenge included), two genuine bounces and the
    // out-of-office reply to mail Sam really sent, from 10 to 20 November.
    QCOMPARE(summary.forged(), 10);
    QCOMPARE(summary.genuine(), 3);
    QCOMPARE(summary.unknown(), 0);
    QCOMPARE(summary.oldest(), QDate(2026, 11, 10));
    QCOMPARE(summary.newest(), QDate(2026, 11, 20));
    const QString text = summary.text(QDate(2026, 11, 23));
    QVERIFY2(text.startsWith(QStringLiteral(
                 "In the last 14 day(s) you received 13 bounce(s): 10 forged and 3 about mail you sent.")),
        qPrintable(text));
}

QTEST_GUILESS_MAIN(ExplanationTest)
#include "ExplanationTest.moc"
