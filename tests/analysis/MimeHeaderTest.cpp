// Reading header fields the way the analyzer does: addresses through vmime's address
// parser, every other value as decoded text.
#include "analysis/MimeHeader.h"
#include "analysis/HeaderFieldSpans.h"
#include "analysis/MessageSanitizer.h"
#include "analysis/VmimeRuntime.h"

#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

#include "CaseExpectations.h"

using namespace Core::Analysis;

class MimeHeaderTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { VmimeRuntime::ensureInitialized(); }

    void addresses_data()
    {
        QTest::addColumn<QByteArray>("field");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("bare") << QByteArray("To: ann@example.org") << QStringList { u"ann@example.org"_qs };
        QTest::newRow("name and brackets, upper case")
            << QByteArray("To: Ann Example <Ann.Example@Example.ORG>")
            << QStringList { u"ann.example@example.org"_qs };
        QTest::newRow("several, folded, one twice") << QByteArray(
            "To: a@example.org,\n b+tag@example.org, \"Doe, J\" <j_doe@mx-1.example.org>, A@example.org")
                                                    << QStringList { u"a@example.org"_qs,
                                                           u"b+tag@example.org"_qs,
                                                           u"j_doe@mx-1.example.org"_qs };
        QTest::newRow("a domain ending in a dot")
            << QByteArray("To: ann@example.org.") << QStringList { u"ann@example.org"_qs };
        QTest::newRow("group") << QByteArray("To: team: ann@example.org, bob@example.net;")
                               << QStringList { u"ann@example.org"_qs, u"bob@example.net"_qs };
        QTest::newRow("undisclosed recipients")
            << QByteArray("To: undisclosed-recipients:;") << QStringList {};
        QTest::newRow("no domain") << QByteArray("To: <Undisclosed Recipients>") << QStringList {};
        QTest::newRow("marks beyond the plain ones")
            << QByteArray("To: o'brien!x@example.org") << QStringList { u"o'brien!x@example.org"_qs };
        QTest::newRow("UTF-8 domain") << QByteArray("To: jose@ejemplo-espa\xc3\xb1"
                                                    "a.example")
                                      << QStringList { u"jose@xn--ejemplo-espaa-tkb.example"_qs };
        // vmime's Punycode step read past a sequence cut short at a label's end, and wrote
        // the same domain differently from call to call (found by fuzz_header_spans).
        QTest::newRow("a UTF-8 sequence cut short at a label's end")
            << QByteArray("To: fbl@example\xe2.com") << QStringList { u"fbl@xn--example-6e14b.com"_qs };
        QTest::newRow("a byte that starts no UTF-8 sequence")
            << QByteArray("To: fbl@exa\xffmple.com") << QStringList { u"fbl@xn--example-2e14b.com"_qs };
        QTest::newRow("encoded name") << QByteArray("From: =?utf-8?Q?Jos=C3=A9?= <jose@example.org>")
                                      << QStringList { u"jose@example.org"_qs };
        QTest::newRow("an encoded local part") << QByteArray("To: =?utf-8?Q?jos=C3=A9?=@example.org")
                                               << QStringList { u"jos\u00e9@example.org"_qs };
        // vmime wrote this one back as an encoded word, opening an ICU converter it never
        // closed (found by fuzz_analyzer): it is decoded without vmime writing anything.
        QTest::newRow("an encoded local part in a broken charset name") << QByteArray(
            "To: =?ut\x14-8?B?am9zw6k=?=@example.org") << QStringList { u"jos\u00e9@example.org"_qs };
        QTest::newRow("a local part that needs quotes")
            << QByteArray("To: \"ann lee\"@example.org") << QStringList {};
        QTest::newRow("two addresses where vmime reads one") << QByteArray(
            "From: neko@example.jp, daemon@example.jp") << QStringList { u"neko@example.jp"_qs };
        QTest::newRow("a field vmime reads as text")
            << QByteArray("X-Original-To: Ann <ann@example.org>, bob@example.net")
            << QStringList { u"ann@example.org"_qs, u"bob@example.net"_qs };
        // One plain address is read without vmime; anything more goes to vmime.
        QTest::newRow("brackets alone")
            << QByteArray("To: <Ann@Example.ORG>") << QStringList { u"ann@example.org"_qs };
        QTest::newRow("a plain name, folded") << QByteArray("From: Ann Lee 2\n <ann.lee+x@example.org>")
                                              << QStringList { u"ann.lee+x@example.org"_qs };
        QTest::newRow("a quoted name with a comma")
            << QByteArray("To: \"Lee, Ann\" <ann@example.org>") << QStringList { u"ann@example.org"_qs };
        QTest::newRow("a comment after")
            << QByteArray("To: ann@example.org (Ann Lee)") << QStringList { u"ann@example.org"_qs };
        QTest::newRow("a plain field read as text")
            << QByteArray("X-Failed-Recipients: Bob@Example.net") << QStringList { u"bob@example.net"_qs };
        // Lists and quoted names, read without vmime where they are plain.
        QTest::newRow("a list of plain mailboxes") << QByteArray(
            "Cc: Ann <ann@example.org>, \"Lee, Bob\" <bob@example.net>,\n\tcid@example.com, ANN@example.org")
                                                   << QStringList { u"ann@example.org"_qs,
                                                          u"bob@example.net"_qs, u"cid@example.com"_qs };
        QTest::newRow("an address in a quoted name")
            << QByteArray("From: \"ann@example.org\" <bob@example.net>")
            << QStringList { u"bob@example.net"_qs };
        QTest::newRow("an address in a quoted name, in a field read as text")
            << QByteArray("X-Original-From: \"ann@example.org\" <bob@example.net>")
            << QStringList { u"ann@example.org"_qs, u"bob@example.net"_qs };
        QTest::newRow("an empty element") << QByteArray("To: ann@example.org,, bob@example.net")
                                          << QStringList { u"ann@example.org"_qs, u"bob@example.net"_qs };
        QTest::newRow("a trailing comma")
            << QByteArray("To: ann@example.org,") << QStringList { u"ann@example.org"_qs };
        QTest::newRow("an escaped quote in a name")
            << QByteArray("To: \"Ann \\\"A\\\" Lee\" <ann@example.org>, bob@example.net")
            << QStringList { u"ann@example.org"_qs, u"bob@example.net"_qs };
        QTest::newRow("an unbalanced quote")
            << QByteArray("To: \"Ann <ann@example.org>, bob@example.net") << QStringList {};
        QTest::newRow("a list in a mailbox field")
            << QByteArray("Reply-To: \"Ann\" <ann@example.org>, bob@example.net")
            << QStringList { u"ann@example.org"_qs };
    }

    void addresses()
    {
        QFETCH(QByteArray, field);
        QFETCH(QStringList, expected);
        const std::string text = field.toStdString() + "\n\n";
        const QByteArray name = field.left(field.indexOf(':'));
        QCOMPARE(MimeHeader::parseMessageHeader(text).addresses(name.constData()), expected);
        QCOMPARE(MimeHeader::parseMessageHeader(text).addressesByVmime(name.constData()), expected);
    }

    // Every address field of every sample (the message's header and every header quoted
    // in it), and made-up lists: read without vmime where plain, they must give what
    // vmime gives.
    void addressesAsVmimeOnEverySample()
    {
        static const QRegularExpression fieldStart(
            QStringLiteral(
                "^(from|to|cc|bcc|sender|reply-to|delivered-to|x-original-to|x-failed-recipients)[ \\t]*:"),
            QRegularExpression::CaseInsensitiveOption | QRegularExpression::MultilineOption);
        int fields = 0;
        for (const QString& file : CaseExpectations::sampleFiles(true)) {
            QFile in(file);
            QVERIFY2(in.open(QIODevice::ReadOnly), qPrintable(file));
            const std::string text = MessageSanitizer::prepare(in.readAll()).text;
            const QString latin1 = QString::fromLatin1(text.data(), qsizetype(text.size()));
            auto matches = fieldStart.globalMatch(latin1);
            while (matches.hasNext()) {
                const auto match = matches.next();
                const HeaderFieldSpans spans
                    = HeaderFieldSpans::split(text, std::size_t(match.capturedStart()));
                if (spans.fields().empty())
                    continue;
                const HeaderFieldSpans::Span& span = spans.fields().front();
                const MimeHeader header = MimeHeader::parse(text.substr(span.begin, span.end - span.begin));
                const QByteArray name = match.captured(1).toLatin1();
                ++fields;
                QVERIFY2(header.addresses(name.constData()) == header.addressesByVmime(name.constData()),
                    qPrintable(file + u": "_qs
                        + QString::fromLatin1(text.substr(span.begin, span.end - span.begin))));
            }
        }
        QVERIFY(fields > 1500);
    }

    void addressesAsVmimeInMadeUpLists()
    {
        const QList<QByteArray> pieces { "ann@example.org", "Bob@Example.NET", "<cid@example.com>",
            "Ann Lee ", "\"Lee, Ann\" ", "\"a@b.example\" ", "\"x\\\"y\" ", "=?utf-8?Q?Jos=C3=A9?= ", ", ",
            ",", " ", "\n ", "(comment) ", "team: ", ";", "\"", "<", ">", "d.e@mx-1.example.org",
            "\xc3\xa9t\xc3\xa9@example.org", "f@localhost", "g@" };
        QRandomGenerator random(20261207);
        for (int round = 0; round < 5000; ++round) {
            QByteArray value;
            const int length = int(random.bounded(1, 8));
            for (int i = 0; i < length; ++i)
                value += pieces.at(int(random.bounded(qsizetype(pieces.size()))));
            for (const char* name : { "To", "From", "X-Original-To" }) {
                const MimeHeader header
                    = MimeHeader::parse(QByteArray(name).append(": ").append(value).toStdString() + "\n");
                QVERIFY2(header.addresses(name) == header.addressesByVmime(name),
                    qPrintable(QString::fromLatin1(name) + u": "_qs + QString::fromUtf8(value)));
            }
        }
    }

    // The first address in a text, found by hand, is the first the pattern finds.
    void firstAddressIn_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("none") << u"Mail Delivery System"_qs << QString();
        QTest::newRow("name and brackets") << u"Mail Delivery System <MAILER-DAEMON@mx.Example.org>"_qs
                                           << u"mailer-daemon@mx.example.org"_qs;
        QTest::newRow("the first of two") << u"a@b.example, c@d.example"_qs << u"a@b.example"_qs;
        QTest::newRow("an at sign with nothing before") << u"@x a@b.example"_qs << u"a@b.example"_qs;
        QTest::newRow("an at sign with nothing after") << u"a@ b@c.example"_qs << u"b@c.example"_qs;
        QTest::newRow("two at signs") << u"a@b@c.example"_qs << u"a@b"_qs;
        QTest::newRow("trailing dots") << u"a@b.example.."_qs << u"a@b.example"_qs;
        QTest::newRow("a dot after the at sign") << u"a@.b x@y"_qs << u"x@y"_qs;
        QTest::newRow("marks in the local part")
            << u"(o'brien!x+y@ex-ample.org)"_qs << u"o'brien!x+y@ex-ample.org"_qs;
        QTest::newRow("not ASCII") << u"José <josé@ejemplo.example>"_qs << u"josé@ejemplo.example"_qs;
        QTest::newRow("a character beyond the BMP ends the local part")
            << (u"x"_qs + QString::fromUcs4(U"\U0001F600") + u"ann@example.org"_qs) << u"ann@example.org"_qs;
        QTest::newRow("beyond the BMP in the domain")
            << (u"ann@exa"_qs + QString::fromUcs4(U"\U0001F600") + u"mple.org"_qs) << u"ann@exa"_qs;
        QTest::newRow("a lone surrogate anywhere") << (u"ann@example.org "_qs + QChar(0xd800)) << QString();
    }

    void firstAddressIn()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(MimeHeader::addressesIn(text).value(0), expected);
        QCOMPARE(MimeHeader::firstAddressIn(text), expected);
    }

    void firstAddressInAsThePatternOnEverySample()
    {
        int withAddress = 0;
        for (const QString& file : CaseExpectations::sampleFiles(true)) {
            QFile in(file);
            QVERIFY2(in.open(QIODevice::ReadOnly), qPrintable(file));
            for (const QByteArray& line : in.readAll().split('\n')) {
                if (!line.contains('@'))
                    continue;
                for (const QString& text : { QString::fromUtf8(line), QString::fromLatin1(line) }) {
                    const QString expected = MimeHeader::addressesIn(text).value(0);
                    withAddress += !expected.isEmpty();
                    QVERIFY2(MimeHeader::firstAddressIn(text) == expected, qPrintable(text));
                }
            }
        }
        QVERIFY(withAddress > 10000);
    }

    void texts_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("folded subject")
            << QByteArray("Subject: one\n\ttwo\n") << u"Subject"_qs << QStringList { u"one two"_qs };
        QTest::newRow("encoded words")
            << QByteArray("Subject: =?iso-8859-1?Q?Gr=FC=DFe?= aus =?utf-8?B?S8O2bG4=?=\n") << u"subject"_qs
            << QStringList { u"Grüße aus Köln"_qs };
        QTest::newRow("an empty first line")
            << QByteArray("Subject:\n folded\n") << u"Subject"_qs << QStringList { u"folded"_qs };
        // Structured fields read as they were written, not as vmime would write them.
        QTest::newRow("received, comments kept")
            << QByteArray("Received: from a.example (a.example [192.0.2.1])\n\tby b.example; Mon, 1 Jan 2024 "
                          "10:00:00 +0000\n"
                          "Received: from c.example [192.0.2.2] by a.example\n")
            << u"Received"_qs
            << QStringList {
                   u"from a.example (a.example [192.0.2.1]) by b.example; Mon, 1 Jan 2024 10:00:00 +0000"_qs,
                   u"from c.example [192.0.2.2] by a.example"_qs
               };
        QTest::newRow("message-id") << QByteArray("Message-ID:  <abc@example.org>  \n") << u"Message-Id"_qs
                                    << QStringList { u"<abc@example.org>"_qs };
        QTest::newRow("absent") << QByteArray("Subject: x\n") << u"To"_qs << QStringList {};
        // Every run of blanks, Unicode's too (no-break space, em space, form feed), is one
        // space, and none is left at either end.
        QTest::newRow("runs of blanks") << QByteArray("Subject: \t a \x0b\x0c b\t\n \tc  \n") << u"Subject"_qs
                                        << QStringList { u"a b c"_qs };
        QTest::newRow("Unicode blanks") << QByteArray("Subject: =?utf-8?Q?=C2=A0x=E2=80=83y=C2=A0?=\n")
                                        << u"Subject"_qs << QStringList { u"x y"_qs };
        QTest::newRow("nothing but blanks") << QByteArray("Subject: =?utf-8?Q?=C2=A0_=E2=80=83?=\n")
                                            << u"Subject"_qs << QStringList { QString() };
        QTest::newRow("other names as long or longer") << QByteArray("Subjects: a\nSubjekt: b\nSUBJECT: c\n")
                                                       << u"Subject"_qs << QStringList { u"c"_qs };
    }

    void texts()
    {
        QFETCH(QByteArray, header);
        QFETCH(QString, name);
        QFETCH(QStringList, expected);
        const MimeHeader parsed = MimeHeader::parseMessageHeader(header.toStdString() + "\nbody\n");
        QCOMPARE(parsed.texts(name.toLatin1().constData()), expected);
        QCOMPARE(parsed.has(name.toLatin1().constData()), !expected.isEmpty());
    }

    // Dates as strangers write them: Qt reads RFC 5322's form, vmime the rest; what no
    // clock could show is no date.
    void date_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QDateTime>("expected");
        QTest::newRow("RFC 5322") << QByteArray("Thu, 29 Apr 2012 23:34:45 +0100")
                                  << QDateTime(QDate(2012, 4, 29), QTime(22, 34, 45), Qt::UTC);
        QTest::newRow("a zone name after it") << QByteArray("Fri, 13 Nov 2020 09:43:26 +0900 (JST)")
                                              << QDateTime(QDate(2020, 11, 13), QTime(0, 43, 26), Qt::UTC);
        QTest::newRow("an offset of millions of hours")
            << QByteArray("Thu, 29 Apr 2012 23:34:45 +01113004335.2041FC0196A@smtp.example.jp>")
            << QDateTime();
        QTest::newRow("an offset of a day") << QByteArray("Thu, 29 Apr 2012 23:34:45 -2400") << QDateTime();
        QTest::newRow("a year no mail was sent in")
            << QByteArray("Thu, 29 Apr 1212 23:34:45 +0000") << QDateTime();
        QTest::newRow("no date at all") << QByteArray("soon") << QDateTime();
    }

    void date()
    {
        QFETCH(QByteArray, value);
        QFETCH(QDateTime, expected);
        const MimeHeader parsed
            = MimeHeader::parseMessageHeader("Date: " + value.toStdString() + "\n\nbody\n");
        QCOMPARE(parsed.date("Date"), expected);
    }

    // The scan reads whole messages, the clean's undo a header alone (IMAP's
    // HEADER.FIELDS answer, or a Maildir file's header): each must find the same identity.
    void messageIdOfMessage_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::newRow("whole message, CRLF")
            << QByteArray("From: a@example.net\r\nMessage-ID: <abc.1@example.net>\r\n\r\nbody\r\n")
            << QStringLiteral("abc.1@example.net");
        QTest::newRow("header fields alone")
            << QByteArray("Message-ID: <abc.1@example.net>\r\n\r\n") << QStringLiteral("abc.1@example.net");
        QTest::newRow("folded") << QByteArray("Subject: x\nMessage-Id:\n <folded@example.net>\n\nbody\n")
                                << QStringLiteral("folded@example.net");
        QTest::newRow("bare CR line ends") << QByteArray("Subject: x\rMessage-ID: <cr@example.net>\r\rbody\r")
                                           << QStringLiteral("cr@example.net");
        QTest::newRow("only in the body")
            << QByteArray("Subject: x\n\nMessage-ID: <body@example.net>\n") << QString();
        QTest::newRow("none") << QByteArray("Subject: x\n\nbody\n") << QString();
        QTest::newRow("empty") << QByteArray() << QString();
    }

    void messageIdOfMessage()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        QCOMPARE(MimeHeader::messageIdOfMessage(bytes), expected);
    }
};

QTEST_GUILESS_MAIN(MimeHeaderTest)
#include "MimeHeaderTest.moc"
