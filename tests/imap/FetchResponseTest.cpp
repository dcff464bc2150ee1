// What is read from a FETCH response, and what is stepped over or refused.
#include "imap/FetchResponse.h"

#include <QTest>

using Core::Imap::FetchResponse;
using Core::Imap::ImapResponse;

Q_DECLARE_METATYPE(FetchResponse::Reading)

class FetchResponseTest : public QObject {
    Q_OBJECT

private slots:
    void read_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QByteArrayList>("literals");
        QTest::addColumn<FetchResponse::Reading>("reading");
        QTest::addColumn<quint32>("uid");
        QTest::addColumn<qint64>("size"); // -1: none
        QTest::addColumn<QByteArrayList>("sectionNames");
        QTest::addColumn<QByteArrayList>("sectionBytes");

        using R = FetchResponse::Reading;
        QTest::newRow("header fields")
            << QByteArray("* 12 FETCH (UID 4711 RFC822.SIZE 2048 BODY[HEADER.FIELDS (SUBJECT FROM)] {12})")
            << QByteArrayList { "Subject: a\r\n" } << R::Read << 4711u << qint64(2048)
            << QByteArrayList { "HEADER.FIELDS (SUBJECT FROM)" } << QByteArrayList { "Subject: a\r\n" };
        QTest::newRow("partial body, attributes in another order")
            << QByteArray("* 1 FETCH (BODY[]<0> {5} UID 9 RFC822.SIZE 99999)") << QByteArrayList { "hello" }
            << R::Read << 9u << qint64(99999) << QByteArrayList { "" } << QByteArrayList { "hello" };
        QTest::newRow("quoted section with escapes")
            << QByteArray("* 1 FETCH (UID 3 BODY[1.MIME] \"a \\\"b\\\" \\\\c\")") << QByteArrayList {}
            << R::Read << 3u << qint64(-1) << QByteArrayList { "1.MIME" } << QByteArrayList { "a \"b\" \\c" };
        QTest::newRow("NIL section") << QByteArray("* 1 FETCH (UID 3 BODY[2] NIL)") << QByteArrayList {}
                                     << R::Read << 3u << qint64(-1) << QByteArrayList { "2" }
                                     << QByteArrayList { "" };
        QTest::newRow("two sections") << QByteArray("* 1 FETCH (UID 3 BODY[HEADER] {2} BODY[2] {3})")
                                      << QByteArrayList { "h\n", "two" } << R::Read << 3u << qint64(-1)
                                      << QByteArrayList { "HEADER", "2" } << QByteArrayList { "h\n", "two" };
        // Flags, a modification sequence and an envelope with a literal of its own are
        // stepped over, and the literal count stays in step.
        QTest::newRow("other attributes stepped over")
            << QByteArray("* 5 FETCH (FLAGS (\\Seen $Forwarded) MODSEQ (12) ENVELOPE (\"date\" {7} NIL NIL) "
                          "UID 8 BODY[] {4})")
            << QByteArrayList { "subject", "body" } << R::Read << 8u << qint64(-1) << QByteArrayList { "" }
            << QByteArrayList { "body" };
        QTest::newRow("a body structure stepped over")
            << QByteArray("* 5 FETCH (BODYSTRUCTURE ((\"text\" \"plain\" (\"charset\" \"us-ascii\") NIL NIL "
                          "\"7bit\" 10 1)\"mixed\") UID 2)")
            << QByteArrayList {} << R::Read << 2u << qint64(-1) << QByteArrayList {} << QByteArrayList {};
        QTest::newRow("flags alone (another program's change)")
            << QByteArray("* 7 FETCH (FLAGS (\\Deleted) UID 70)") << QByteArrayList {} << R::Read << 70u
            << qint64(-1) << QByteArrayList {} << QByteArrayList {};
        QTest::newRow("lower case") << QByteArray("* 7 fetch (uid 70 body[header] {1})")
                                    << QByteArrayList { "x" } << R::Read << 70u << qint64(-1)
                                    << QByteArrayList { "header" } << QByteArrayList { "x" };
        QTest::newRow("not a fetch: exists") << QByteArray("* 3 EXISTS") << QByteArrayList {} << R::NotFetch
                                             << 0u << qint64(-1) << QByteArrayList {} << QByteArrayList {};
        QTest::newRow("not a fetch: status line")
            << QByteArray("* OK [UIDNEXT 4] Predicted next UID") << QByteArrayList {} << R::NotFetch << 0u
            << qint64(-1) << QByteArrayList {} << QByteArrayList {};
        QTest::newRow("not a fetch: tagged")
            << QByteArray("a4 OK Fetch completed.") << QByteArrayList {} << R::NotFetch << 0u << qint64(-1)
            << QByteArrayList {} << QByteArrayList {};
        QTest::newRow("no parenthesis") << QByteArray("* 1 FETCH UID 3") << QByteArrayList {} << R::Malformed
                                        << 0u << qint64(-1) << QByteArrayList {} << QByteArrayList {};
        QTest::newRow("unterminated list")
            << QByteArray("* 1 FETCH (UID 3") << QByteArrayList {} << R::Malformed << 3u << qint64(-1)
            << QByteArrayList {} << QByteArrayList {};
        QTest::newRow("literal missing")
            << QByteArray("* 1 FETCH (UID 3 BODY[] {4})") << QByteArrayList {} << R::Malformed << 3u
            << qint64(-1) << QByteArrayList {} << QByteArrayList {};
        QTest::newRow("uid zero") << QByteArray("* 1 FETCH (UID 0)") << QByteArrayList {} << R::Malformed
                                  << 0u << qint64(-1) << QByteArrayList {} << QByteArrayList {};
        QTest::newRow("uid past 32 bits")
            << QByteArray("* 1 FETCH (UID 4294967296)") << QByteArrayList {} << R::Malformed << 0u
            << qint64(-1) << QByteArrayList {} << QByteArrayList {};
        QTest::newRow("size past 64 bits")
            << QByteArray("* 1 FETCH (RFC822.SIZE 99999999999999999999)") << QByteArrayList {} << R::Malformed
            << 0u << qint64(-1) << QByteArrayList {} << QByteArrayList {};
        QTest::newRow("unterminated quoted")
            << QByteArray("* 1 FETCH (UID 3 BODY[] \"abc)") << QByteArrayList {} << R::Malformed << 3u
            << qint64(-1) << QByteArrayList {} << QByteArrayList {};
        QTest::newRow("unterminated section")
            << QByteArray("* 1 FETCH (UID 3 BODY[HEADER {1}") << QByteArrayList { "x" } << R::Malformed << 3u
            << qint64(-1) << QByteArrayList {} << QByteArrayList {};
        QTest::newRow("unterminated nested list")
            << QByteArray("* 1 FETCH (FLAGS ((((") << QByteArrayList {} << R::Malformed << 0u << qint64(-1)
            << QByteArrayList {} << QByteArrayList {};
    }

    void read()
    {
        QFETCH(QByteArray, text);
        QFETCH(QByteArrayList, literals);
        QFETCH(FetchResponse::Reading, reading);
        QFETCH(quint32, uid);
        QFETCH(qint64, size);
        QFETCH(QByteArrayList, sectionNames);
        QFETCH(QByteArrayList, sectionBytes);

        FetchResponse fetched;
        QCOMPARE(FetchResponse::read(ImapResponse { text, literals }, &fetched), reading);
        if (reading != FetchResponse::Reading::Read)
            return;
        QCOMPARE(fetched.uid, uid);
        QCOMPARE(fetched.size.has_value(), size >= 0);
        if (size >= 0)
            QCOMPARE(qint64(*fetched.size), size);
        QByteArrayList names;
        QByteArrayList bytes;
        for (const FetchResponse::Section& section : std::as_const(fetched.sections)) {
            names.append(section.name);
            bytes.append(section.bytes);
        }
        QCOMPARE(names, sectionNames);
        QCOMPARE(bytes, sectionBytes);
    }

    // A deeply nested list (a hostile BODYSTRUCTURE, say) is stepped over without
    // running out of stack.
    void deepNesting()
    {
        const QByteArray text
            = "* 1 FETCH (X " + QByteArray(100000, '(') + QByteArray(100000, ')') + " UID 5)";
        FetchResponse fetched;
        QCOMPARE(FetchResponse::read(ImapResponse { text, {} }, &fetched), FetchResponse::Reading::Read);
        QCOMPARE(fetched.uid, 5u);
    }
};

QTEST_GUILESS_MAIN(FetchResponseTest)
#include "FetchResponseTest.moc"
