// How the server's bytes are cut into responses, whatever pieces they come in.
#include "imap/ResponseAssembler.h"

#include <QTest>

using Core::Imap::ImapResponse;
using Core::Imap::ResponseAssembler;

namespace {

struct Assembled {
    QByteArrayList texts;
    QList<QByteArrayList> literals;
    QByteArrayList trace;
    QString error;
};

// Feeds input in pieces of piece bytes and collects every response that comes out.
Assembled assemble(const QByteArray& input, qsizetype piece)
{
    Assembled result;
    ResponseAssembler assembler([&](const QByteArray& line, qsizetype literalBytes) {
        result.trace.append(literalBytes < 0 ? line : "{" + QByteArray::number(literalBytes) + " bytes}");
    });
    for (qsizetype at = 0; at < input.size() && assembler.error().isEmpty(); at += piece) {
        assembler.append(input.mid(at, piece));
        while (const std::optional<ImapResponse> response = assembler.next()) {
            result.texts.append(response->text);
            result.literals.append(response->literals);
        }
    }
    result.error = assembler.error();
    return result;
}

} // namespace

class ResponseAssemblerTest : public QObject {
    Q_OBJECT

private slots:
    void cutsResponses_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArrayList>("texts");
        QTest::addColumn<QList<QByteArrayList>>("literals");

        QTest::newRow("lines") << QByteArray("* 3 EXISTS\r\n* OK [UIDNEXT 9] x\r\na1 OK done\r\n")
                               << QByteArrayList { "* 3 EXISTS", "* OK [UIDNEXT 9] x", "a1 OK done" }
                               << QList<QByteArrayList> { {}, {}, {} };
        QTest::newRow("literal, then the rest of the line")
            << QByteArray("* 1 FETCH (UID 7 BODY[HEADER] {12}\r\nSubject: a\r\n RFC822.SIZE 40)\r\na2 OK\r\n")
            << QByteArrayList { "* 1 FETCH (UID 7 BODY[HEADER] {12} RFC822.SIZE 40)", "a2 OK" }
            << QList<QByteArrayList> { { "Subject: a\r\n" }, {} };
        QTest::newRow("two literals, CRLF and braces inside them")
            << QByteArray("* 2 FETCH (BODY[1] {7}\r\n{3}\r\n\r\n BODY[2] {4}\r\n\r\n\r\n)\r\n")
            << QByteArrayList { "* 2 FETCH (BODY[1] {7} BODY[2] {4})" }
            << QList<QByteArrayList> { { "{3}\r\n\r\n", "\r\n\r\n" } };
        QTest::newRow("empty literal")
            << QByteArray("* 3 FETCH (BODY[] {0}\r\n)\r\n") << QByteArrayList { "* 3 FETCH (BODY[] {0})" }
            << QList<QByteArrayList> { { "" } };
        QTest::newRow("bare LF as vmime takes it")
            << QByteArray("* 1 EXISTS\na OK\n") << QByteArrayList { "* 1 EXISTS", "a OK" }
            << QList<QByteArrayList> { {}, {} };
        QTest::newRow("braces that are no literal")
            << QByteArray("* OK {x}\r\n* OK {}\r\n") << QByteArrayList { "* OK {x}", "* OK {}" }
            << QList<QByteArrayList> { {}, {} };
        // Nothing after the literal: the response ends there, and its "{3}" is not read
        // as a second announcement.
        QTest::newRow("a literal that ends the response")
            << QByteArray("* 4 FETCH (BODY[] {3}\r\nabc\r\n* 5 EXISTS\r\n")
            << QByteArrayList { "* 4 FETCH (BODY[] {3}", "* 5 EXISTS" }
            << QList<QByteArrayList> { { "abc" }, {} };
        QTest::newRow("status text ending in braces is text")
            << QByteArray("* OK [ALERT] quota {5}\r\n* BYE {2}\r\n+ {1}\r\na1 NO try {3}\r\n")
            << QByteArrayList { "* OK [ALERT] quota {5}", "* BYE {2}", "+ {1}", "a1 NO try {3}" }
            << QList<QByteArrayList> { {}, {}, {}, {} };
        QTest::newRow("a list of mailbox names with a literal")
            << QByteArray("* LIST () \"/\" {4}\r\nA\"b}\r\n") << QByteArrayList { "* LIST () \"/\" {4}" }
            << QList<QByteArrayList> { { "A\"b}" } };
        QTest::newRow("an unfinished line waits")
            << QByteArray("* 1 EXISTS\r\n* 2 EXI") << QByteArrayList { "* 1 EXISTS" }
            << QList<QByteArrayList> { {} };
        QTest::newRow("an unfinished literal waits")
            << QByteArray("* 1 FETCH (BODY[] {10}\r\nabc") << QByteArrayList {} << QList<QByteArrayList> {};
    }

    void cutsResponses()
    {
        QFETCH(QByteArray, input);
        QFETCH(QByteArrayList, texts);
        QFETCH(QList<QByteArrayList>, literals);
        // Every way the socket could split it gives the same responses.
        for (qsizetype piece = 1; piece <= input.size(); ++piece) {
            const Assembled assembled = assemble(input, piece);
            QVERIFY2(assembled.error.isEmpty(), qPrintable(assembled.error));
            QCOMPARE(assembled.texts, texts);
            QCOMPARE(assembled.literals, literals);
        }
    }

    void tracesLinesAndCountsLiterals()
    {
        const Assembled assembled = assemble("* 1 FETCH (BODY[] {5}\r\nhello)\r\nt OK\r\n", 3);
        QCOMPARE(assembled.trace, (QByteArrayList { "* 1 FETCH (BODY[] {5}", "{5 bytes}", ")", "t OK" }));
    }

    void refusesHostileSizes_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::newRow("a literal over the limit")
            << "* 1 FETCH (BODY[] {" + QByteArray::number(ResponseAssembler::MaxLiteralBytes + 1) + "}\r\n";
        QTest::newRow("a literal size of eleven digits") << QByteArray("* 1 FETCH (BODY[] {00000000001}\r\n");
        QTest::newRow("a line over the limit") << QByteArray(ResponseAssembler::MaxTextBytes + 1, 'x');
        QTest::newRow("a line over the limit in pieces")
            << "* 1 FETCH (BODY[1] {1}\r\nx" + QByteArray(ResponseAssembler::MaxTextBytes, ' ') + "\r\n";
    }

    void refusesHostileSizes()
    {
        QFETCH(QByteArray, input);
        const Assembled assembled = assemble(input, 64 * 1024);
        QVERIFY(!assembled.error.isEmpty());
        QVERIFY(assembled.texts.isEmpty());
    }

    void keepsWhatFollowsTheLastResponse()
    {
        ResponseAssembler assembler;
        assembler.append("a OK\r\n* 5 EXPUNGE\r");
        QCOMPARE(assembler.next()->text, QByteArray("a OK"));
        QCOMPARE(assembler.pendingBytes(), 12);
        QVERIFY(!assembler.next());
        assembler.append("\n");
        QCOMPARE(assembler.next()->text, QByteArray("* 5 EXPUNGE"));
        QCOMPARE(assembler.pendingBytes(), 0);
    }
};

QTEST_GUILESS_MAIN(ResponseAssemblerTest)
#include "ResponseAssemblerTest.moc"
