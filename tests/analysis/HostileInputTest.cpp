// Messages written by an attacker or mangled on the way: the analyzer must come back
// from every one of them, in reasonable time, with a report that makes sense.
#include "analysis/BounceAnalyzer.h"
#include "analysis/MessageSanitizer.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>

using namespace Core::Analysis;

namespace {

// Not a performance limit: only something that would pass for a hang.
constexpr qint64 AbsurdMilliseconds = 60 * 1000;

const QByteArray Victim = QByteArrayLiteral("victim@example.org");

QByteArray readCase(const char* file)
{
    QFile message(QStringLiteral(NEVERSENT_TEST_DATA "/cases/") + QString::fromLatin1(file));
    if (!message.open(QIODevice::ReadOnly))
        return {};
    return message.readAll();
}

// A delivery report for victim@example.org whose multipart/report is left open, so a
// case can append whatever parts it needs (and close the boundary, or not).
QByteArray openReport(const QByteArray& extraHeader = {})
{
    return QByteArrayLiteral("Return-Path: <>\n"
                             "From: Mail Delivery System <MAILER-DAEMON@mx.example.net>\n"
                             "To: alice@example.com\n"
                             "Subject: Undelivered Mail Returned to Sender\n"
                             "Date: Tue, 09 Apr 2024 10:00:00 +0000\n"
                             "Message-ID: <hostile-report@mx.example.net>\n")
        + extraHeader
        + QByteArrayLiteral(
            "MIME-Version: 1.0\n"
            "Content-Type: multipart/report; report-type=delivery-status; boundary=\"outer\"\n"
            "\n"
            "--outer\n"
            "Content-Type: text/plain; charset=us-ascii\n"
            "\n"
            "This is the mail system at host mx.example.net.\n"
            "\n"
            "<victim@example.org>: host mx.example.org[192.0.2.50] said: 550 5.1.1 User unknown\n"
            "\n"
            "--outer\n"
            "Content-Type: message/delivery-status\n"
            "\n"
            "Reporting-MTA: dns; mx.example.net\n"
            "\n"
            "Final-Recipient: rfc822; victim@example.org\n"
            "Action: failed\n"
            "Status: 5.1.1\n"
            "Diagnostic-Code: smtp; 550 5.1.1 User unknown\n"
            "\n");
}

QByteArray closedReport(const QByteArray& parts = {})
{
    return openReport() + parts + QByteArrayLiteral("--outer--\n");
}

// The field that overflows vmime 0.9.2's address parser: thousands of empty groups.
QByteArray craftedTo()
{
    QByteArray field = QByteArrayLiteral("To: ");
    while (field.size() < 32 * 1024)
        field += ":,";
    return field + '\n';
}

QByteArray originalWith(const QByteArray& field)
{
    return QByteArrayLiteral("Message-ID: <crafted-original@example.com>\n"
                             "From: alice@example.com\n")
        + field
        + QByteArrayLiteral("Subject: crafted\n"
                            "Date: Tue, 09 Apr 2024 09:59:00 +0000\n"
                            "\n"
                            "body\n");
}

QByteArray base64Lines(const QByteArray& data)
{
    const QByteArray encoded = data.toBase64();
    QByteArray lines;
    lines.reserve(encoded.size() + encoded.size() / 76 + 2);
    for (qsizetype i = 0; i < encoded.size(); i += 76)
        lines += encoded.mid(i, 76) + '\n';
    return lines;
}

QByteArray garbage(qsizetype size)
{
    QRandomGenerator random(20240409); // the same bytes every run
    QByteArray bytes(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        bytes[i] = static_cast<char>(random.bounded(256));
    return bytes;
}

QByteArray manyParts(int count)
{
    QByteArray parts;
    for (int i = 0; i < count; ++i)
        parts += "--outer\nContent-Type: text/plain\n\npart " + QByteArray::number(i) + '\n';
    return closedReport(parts);
}

QByteArray nestedMultiparts(int depth)
{
    QByteArray message = QByteArrayLiteral("From: someone@example.net\n"
                                           "To: alice@example.com\n"
                                           "Subject: nested\n"
                                           "Date: Tue, 09 Apr 2024 10:00:00 +0000\n"
                                           "MIME-Version: 1.0\n");
    for (int i = 0; i < depth; ++i) {
        const QByteArray boundary = "n" + QByteArray::number(i);
        message += "Content-Type: multipart/mixed; boundary=\"" + boundary + "\"\n\n--" + boundary + '\n';
    }
    message += "Content-Type: text/plain\n\ninnermost\n";
    for (int i = depth - 1; i >= 0; --i)
        message += "--n" + QByteArray::number(i) + "--\n";
    return message;
}

QByteArray manyHeaderFields(int count)
{
    QByteArray message;
    message.reserve(count * 12 + 200);
    for (int i = 0; i < count; ++i)
        message += "X-F" + QByteArray::number(i % 10) + ": a\n";
    return message
        + QByteArrayLiteral("From: someone@example.net\n"
                            "To: alice@example.com\n"
                            "Subject: many fields\n"
                            "\n"
                            "body\n");
}

} // namespace

class HostileInputTest : public QObject {
    Q_OBJECT

private slots:
    void analyzeReturnsASaneReport_data();
    void analyzeReturnsASaneReport();
    void returnedHeaderIsFoundPastABacktrackingTrap();
    void sanitizerDefusesTheCraftedAddressField();
    void sanitizerCutsOversizedMessages();
};

void HostileInputTest::analyzeReturnsASaneReport_data()
{
    QTest::addColumn<QByteArray>("input");
    // Accepted kinds separated by '|', "*" for any kind.
    QTest::addColumn<QString>("kinds");
    // An address the failed recipients must contain, empty when none is asked for.
    QTest::addColumn<QByteArray>("recipient");
    QTest::addColumn<QString>("status"); // "*" for any
    // The least number of fields MessageSanitizer::prepare must empty.
    QTest::addColumn<int>("minDefused");

    const QString any = QStringLiteral("*");
    const QString failure = QStringLiteral("delivery-failure");
    const QString notABounce = QStringLiteral("unreadable|not-a-bounce");
    const QString fiveOneOne = QStringLiteral("5.1.1");

    QTest::newRow("empty") << QByteArray() << QStringLiteral("unreadable") << QByteArray() << QString() << 0;
    QTest::newRow("only blank lines")
        << QByteArray("\n\r\n \t\n") << QStringLiteral("unreadable") << QByteArray() << QString() << 0;
    QTest::newRow("binary garbage") << garbage(64 * 1024) << notABounce << QByteArray() << QString() << 0;
    QTest::newRow("nul bytes") << QByteArray(4096, '\0') << notABounce << QByteArray() << QString() << 0;

    QByteArray bareCr = closedReport();
    bareCr.replace('\n', '\r');
    QTest::newRow("bare CR line ends") << bareCr << failure << Victim << fiveOneOne << 0;
    QByteArray crlf = closedReport();
    crlf.replace("\n", "\r\n");
    QTest::newRow("CRLF line ends") << crlf << failure << Victim << fiveOneOne << 0;
    QByteArray mixed = closedReport();
    mixed.replace("\n\n", "\r\n\r");
    QTest::newRow("mixed line ends") << mixed << any << QByteArray() << any << 0;

    QTest::newRow("8-bit raw bytes in headers")
        << openReport(QByteArrayLiteral("X-Name: caf\xe9 \xff\xfe\x80\n"
                                        "Comments: \xc3\x28 invalid utf-8 \xed\xa0\x80\n"
                                        "Reply-To: \"J\xf6rg \xe2\x82\" <postmaster@mx.example.net>\n"))
            + QByteArrayLiteral("--outer--\n")
        << failure << Victim << fiveOneOne << 0;
    QTest::newRow("unknown charset everywhere")
        << openReport(QByteArrayLiteral(
               "X-Label: =?x-no-such-charset?B?/////w==?= =?x-no-such-charset?Q?=FF=FE?=\n"))
            + QByteArrayLiteral("--outer\n"
                                "Content-Type: text/rfc822-headers; charset=\"x-no-such-charset\"\n"
                                "Content-Transfer-Encoding: 8bit\n"
                                "\n"
                                "Message-ID: <unknown-charset@example.com>\n"
                                "Subject: =?x-no-such-charset?Q?=E9t=E9?= \xe9\xff\n"
                                "\n"
                                "--outer--\n")
        << failure << Victim << fiveOneOne << 0;

    QTest::newRow("missing closing boundary") << openReport() << failure << Victim << fiveOneOne << 0;
    QByteArray unused = closedReport();
    unused.replace("boundary=\"outer\"", "boundary=\"never-used\"");
    QTest::newRow("boundary never used") << unused << any << QByteArray() << any << 0;
    QByteArray noBoundary = closedReport();
    noBoundary.replace("; boundary=\"outer\"", "");
    QTest::newRow("multipart without boundary") << noBoundary << any << QByteArray() << any << 0;
    QTest::newRow("empty boundary") << QByteArray(
        closedReport().replace("boundary=\"outer\"", "boundary=\"\""))
                                    << any << QByteArray() << any << 0;

    const QByteArray attachment = base64Lines(garbage(8 * 1024));
    const QByteArray withBase64 = closedReport(QByteArrayLiteral("--outer\n"
                                                                 "Content-Type: application/octet-stream\n"
                                                                 "Content-Transfer-Encoding: base64\n"
                                                                 "\n")
        + attachment);
    const qsizetype attachmentAt = withBase64.indexOf(attachment);
    QTest::newRow("truncated in a base64 part")
        << withBase64.left(attachmentAt + attachment.size() / 2 + 37) << failure << Victim << fiveOneOne << 0;
    const QByteArray report = closedReport();
    QTest::newRow("truncated in the header")
        << report.left(report.indexOf("report-type=") + 7) << any << QByteArray() << any << 0;
    QTest::newRow("truncated in a field name")
        << report.left(report.indexOf("Message-ID") + 4) << any << QByteArray() << any << 0;

    QByteArray huge = QByteArrayLiteral("--outer\n"
                                        "Content-Type: application/octet-stream; name=\"huge.bin\"\n"
                                        "Content-Transfer-Encoding: base64\n"
                                        "\n");
    const QByteArray line = QByteArray(76, 'A') + '\n';
    huge.reserve(50 * 1024 * 1024 + 1024);
    while (huge.size() < 50 * 1024 * 1024)
        huge += line;
    QTest::newRow("50 MB attachment") << closedReport(huge) << failure << Victim << fiveOneOne << 0;
    huge.clear();

    QTest::newRow("10,000 parts") << manyParts(10000) << failure << Victim << fiveOneOne << 0;
    QTest::newRow("10,000 nested multiparts") << nestedMultiparts(10000) << any << QByteArray() << any << 1;

    QTest::newRow("32 KB To: of :,") << openReport(craftedTo()) + "--outer--\n"
                                     << failure << Victim << fiveOneOne << 1;
    QTest::newRow("crafted To: in an attached message/rfc822")
        << closedReport("--outer\nContent-Type: message/rfc822\n\n" + originalWith(craftedTo())) << failure
        << Victim << fiveOneOne << 1;
    QTest::newRow("crafted To: in a base64 message/rfc822")
        << closedReport("--outer\nContent-Type: message/rfc822\nContent-Transfer-Encoding: base64\n\n"
               + base64Lines(originalWith(craftedTo())))
        << failure << Victim << fiveOneOne << 0;
    QTest::newRow("crafted Cc: folded over many lines")
        << openReport("Cc: " + QByteArray(":,\n ").repeated(4000) + "x@example.net\n") + "--outer--\n"
        << failure << Victim << fiveOneOne << 1;
    QTest::newRow("crafted Reply-To: of angle brackets")
        << openReport("Reply-To: " + QByteArray("<").repeated(20000) + '\n') + "--outer--\n"
        << failure << Victim << fiveOneOne << 1;

    QTest::newRow("256 KB of unclosed <style in an HTML notice")
        << QByteArray("From: MAILER-DAEMON@example.net\nSubject: Undeliverable\nMIME-Version: 1.0\n"
                      "Content-Type: text/html\n\n"
               + QByteArray("<style</").repeated(32 * 1024))
        << any << QByteArray() << any << 0;
    QTest::newRow("100,000 header fields") << manyHeaderFields(100000) << any << QByteArray() << any << 0;
    QTest::newRow("5 MB line without newline in the body")
        << QByteArray("From: someone@example.net\nTo: alice@example.com\nSubject: long\n\n"
               + QByteArray(5 * 1024 * 1024, 'x'))
        << QStringLiteral("not-a-bounce") << QByteArray() << QString() << 0;
    QTest::newRow("5 MB line without any newline")
        << QByteArray("Subject: " + QByteArray(5 * 1024 * 1024, 'y')) << notABounce << QByteArray()
        << QString() << 0;
    QTest::newRow("5 MB header field value")
        << QByteArray("From: someone@example.net\nX-Long: " + QByteArray(5 * 1024 * 1024, 'z') + "\n\nbody\n")
        << notABounce << QByteArray() << QString() << 0;

    QByteArray postfixCr = readCase("failure-postfix.eml");
    postfixCr.replace('\n', '\r');
    QTest::newRow("fixture with bare CR line ends")
        << postfixCr << failure << QByteArrayLiteral("bob.full@example.net") << QStringLiteral("5.2.2") << 0;
}

void HostileInputTest::analyzeReturnsASaneReport()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, kinds);
    QFETCH(QByteArray, recipient);
    QFETCH(QString, status);
    QFETCH(int, minDefused);

    QVERIFY(minDefused == 0 || MessageSanitizer::prepare(input).defusedFields >= minDefused);

    QElapsedTimer timer;
    timer.start();
    const BounceReport report = BounceAnalyzer::analyze(input);
    const qint64 elapsed = timer.elapsed();
    QVERIFY2(elapsed < AbsurdMilliseconds, qPrintable(QStringLiteral("took %1 ms").arg(elapsed)));

    const QString kind = kindName(report.kind);
    QVERIFY(!kind.isEmpty());
    if (kinds != u"*")
        QVERIFY2(kinds.split(u'|').contains(kind), qPrintable(kind + QStringLiteral(", expected ") + kinds));
    // An unreadable message says why; a readable one has no error.
    QCOMPARE(report.kind == MessageKind::Unreadable, !report.error.isEmpty());
    if (!isAutomatic(report.kind)) {
        QVERIFY(report.recipients.isEmpty());
        QVERIFY(report.status.isEmpty());
        QCOMPARE(reasonName(report.reason), QString());
    }
    for (const QString& address : report.recipients) {
        QVERIFY2(address.contains(u'@'), qPrintable(address));
        QVERIFY2(address.size() < 512, qPrintable(address.left(80)));
        QCOMPARE(address, address.toLower());
    }
    QStringList unique = report.recipients;
    QCOMPARE(unique.removeDuplicates(), 0);
    QVERIFY(report.diagnostic.size() <= 500);
    QVERIFY(report.subject.size() <= MessageSanitizer::MaxMessageBytes);
    if (!recipient.isEmpty())
        QVERIFY2(report.recipients.contains(QString::fromLatin1(recipient)),
            qPrintable(report.recipients.join(u',')));
    if (status != u"*")
        QCOMPARE(report.status, status);
}

// Found by fuzzing: a field folded over many lines that start with many blanks could be
// matched in exponentially many ways by the pattern that finds the returned header; PCRE
// gave up at its match limit (a second or more) and the header was then not found at all.
void HostileInputTest::returnedHeaderIsFoundPastABacktrackingTrap()
{
    QByteArray trap = "Received: by relay.example.net\n";
    for (int i = 0; i < 30; ++i)
        trap += QByteArray(12, ' ') + "(comment " + QByteArray::number(i) + ")\n";
    trap += "this line is no header field\n\n";
    const QByteArray bounce
        = QByteArrayLiteral("From: Mail Delivery System <MAILER-DAEMON@mx.example.net>\n"
                            "To: alice@example.com\n"
                            "Subject: Undelivered Mail Returned to Sender\n"
                            "\n"
                            "This is the mail system at host mx.example.net.\n"
                            "\n"
                            "<victim@example.org>: host mx.example.org[192.0.2.50] said: 550 5.1.1 "
                            "User unknown\n"
                            "\n"
                            "------ This is a copy of the message, including all the headers. ------\n"
                            "\n")
        + trap
        + QByteArrayLiteral("Received: from pc.example.com by mx.example.com\n"
                            "Message-ID: <returned@example.com>\n"
                            "From: alice@example.com\n"
                            "To: victim@example.org\n"
                            "Subject: lunch\n"
                            "\n"
                            "body\n");
    const BounceReport report = BounceAnalyzer::analyze(bounce);
    QCOMPARE(report.kind, MessageKind::DeliveryFailure);
    QCOMPARE(report.original.messageId, QStringLiteral("returned@example.com"));
    QCOMPARE(report.original.subject, QStringLiteral("lunch"));
}

void HostileInputTest::sanitizerDefusesTheCraftedAddressField()
{
    const QByteArray message = openReport(craftedTo()) + "--outer--\n";
    const MessageSanitizer::Result result = MessageSanitizer::prepare(message);
    QCOMPARE(result.defusedFields, 1);
    QVERIFY(!result.truncated);
    // The field is still there, empty; the rest of the message is untouched.
    QVERIFY(result.text.find(":,:,:,") == std::string::npos);
    QVERIFY(result.text.find("\nTo:") != std::string::npos);
    QVERIFY(result.text.find("Final-Recipient: rfc822; victim@example.org\n") != std::string::npos);

    // An ordinary list of many recipients is not touched.
    QByteArray many = QByteArrayLiteral("To: ");
    for (int i = 0; i < 50; ++i)
        many += "\"Person " + QByteArray::number(i) + "\" <p" + QByteArray::number(i) + "@example.net>, ";
    many += "last@example.net\n";
    QCOMPARE(MessageSanitizer::prepare(openReport(many)).defusedFields, 0);
}

void HostileInputTest::sanitizerCutsOversizedMessages()
{
    const QByteArray big = closedReport(
        "--outer\nContent-Type: text/plain\n\n" + QByteArray(MessageSanitizer::MaxMessageBytes, 'q') + '\n');
    const MessageSanitizer::Result result = MessageSanitizer::prepare(big);
    QVERIFY(result.truncated);
    QVERIFY(result.text.size() <= static_cast<std::size_t>(MessageSanitizer::MaxMessageBytes));
    QVERIFY(result.text.find("Final-Recipient: rfc822; victim@example.org") != std::string::npos);

    const MessageSanitizer::Result small = MessageSanitizer::prepare(closedReport());
    QVERIFY(!small.truncated);
}

QTEST_GUILESS_MAIN(HostileInputTest)
#include "HostileInputTest.moc"
