// The multipart splitter the analyzer uses instead of vmime's body parser: it must find
// the same parts, at the same places, as vmime does, or a notice, a status part or a
// returned message would be read whole, cut or not at all.
#include "analysis/MultipartSpans.h"
#include "analysis/MessageSanitizer.h"
#include "analysis/VmimeRuntime.h"

#include <QFile>
#include <QTest>

#include "CaseExpectations.h"
#include "MultipartParts.h"

using namespace Core::Analysis;
using MultipartParts::partsBySpans;
using MultipartParts::partsByVmime;

class MultipartSpansTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { VmimeRuntime::ensureInitialized(); }

    void samePartsAsVmime_data()
    {
        QTest::addColumn<QByteArray>("body"); // after a multipart/mixed header with boundary "b"
        QTest::addColumn<int>("parts");
        QTest::newRow("two parts, CRLF") << QByteArray("--b\r\n\r\none\r\n--b\r\n\r\ntwo\r\n--b--\r\n") << 2;
        QTest::newRow("two parts, LF") << QByteArray("--b\n\none\n--b\n\ntwo\n--b--\n") << 2;
        QTest::newRow("preamble and epilogue")
            << QByteArray("This is MIME.\n--b\n\none\n--b--\nafter\n") << 1;
        QTest::newRow("no closing delimiter") << QByteArray("--b\n\none\n--b\n\ntwo\n") << 2;
        QTest::newRow("a longer boundary that starts with this one")
            << QByteArray("--b\n\none\n--bb\n\nstill one\n--b--\n") << 1;
        QTest::newRow("blanks between the dashes and the boundary")
            << QByteArray("--b\n\none\n--  b\n\ntwo\n--b--\n") << 2;
        // vmime wants a line end or a dash straight after the boundary.
        QTest::newRow("blanks after the boundary make no delimiter")
            << QByteArray("--b  \n\none\n--b--  \n") << 0;
        QTest::newRow("not at a line's start") << QByteArray("--b\n\none --b\n--b--\n") << 1;
        QTest::newRow("delimiters with nothing between") << QByteArray("--b\n--b\n--b--\n") << 2;
        QTest::newRow("boundary never appears") << QByteArray("just text\n") << 1;
        QTest::newRow("only a closing delimiter") << QByteArray("--b--\n") << 0;
        QTest::newRow("nested") << QByteArray(
            "--b\nContent-Type: multipart/alternative; boundary=c\n\n--c\n\nx\n--c\n\ny\n--c--\n--b--\n")
                                << 3;
        // Neither a delimiter nor "none left": the rest is the epilogue, and there is no part.
        QTest::newRow("the boundary at the very end, no line end") << QByteArray("--b\n\none\n--b") << 0;
    }

    void samePartsAsVmime()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, parts);
        const std::string text = "Content-Type: multipart/mixed; boundary=b\n\n" + body.toStdString();
        const QStringList vmime = partsByVmime(text);
        QCOMPARE(partsBySpans(text), vmime);
        QCOMPARE(vmime.size(), parts);
    }

    void guessesTheBoundaryAsVmime_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("boundary");
        QTest::addColumn<bool>("findable");
        QTest::newRow("first line") << QByteArray("--abc\n\none\n--abc--\n") << QByteArray("abc") << true;
        QTest::newRow("after a preamble, with blanks")
            << QByteArray("Hello\n-- xyz  \n\none\n") << QByteArray("xyz") << true;
        QTest::newRow("on the line after the dashes")
            << QByteArray("--\n\nb\n--b\n\none\n--b--\n") << QByteArray("b") << true;
        QTest::newRow("none") << QByteArray("no dashes here\n") << QByteArray() << true;
        QTest::newRow("too long") << "--" + QByteArray(120, 'a') + "\n" << QByteArray() << true;
        QTest::newRow("99 bytes, no line end") << "--" + QByteArray(99, 'a') << QByteArray(99, 'a') << true;
        // Found by fuzzing against vmime: see boundariesVmimeNeverFinds.
        QTest::newRow("a lone non-ASCII byte") << QByteArray("--\x8b") << QByteArray("\x8b") << false;
        QTest::newRow("starting with a non-ASCII byte")
            << QByteArray("--\xe9x\nbody\n--\xe9x--\n") << QByteArray("\xe9x") << false;
        QTest::newRow("a non-ASCII byte after blanks")
            << QByteArray("-- \x8b\nb\n-- \x8b--\n") << QByteArray("\x8b") << false;
    }

    void guessesTheBoundaryAsVmime()
    {
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, boundary);
        QFETCH(bool, findable);
        const std::string text = "Content-Type: multipart/mixed\n\n" + body.toStdString();
        const std::size_t bodyStart = text.find("\n\n") + 2;
        const MultipartSpans::Boundary guessed = MultipartSpans::guess(text, bodyStart, text.size());
        QCOMPARE(QByteArray::fromStdString(guessed.bytes), boundary);
        QCOMPARE(guessed.findable, findable);
        QVERIFY(!guessed.fromUnfilledBytes);
        QCOMPARE(partsBySpans(text), partsByVmime(text));
    }

    // Spaces up to the end of what vmime read (found by fuzzing against it: "--\n"): vmime
    // goes on taking bytes of its buffer it never filled, as many as it read. Unless those
    // stale bytes hold a line end, the boundary is then one nothing matches, and the whole
    // body is one part; over 99 of them, there is no boundary.
    void guessesFromBytesVmimeNeverRead_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("parts");
        QTest::newRow("nothing after the dashes but a line end") << QByteArray("--\n") << 1;
        QTest::newRow("blanks and a CRLF") << QByteArray("--  \r\n") << 1;
        QTest::newRow("98 blanks") << "--" + QByteArray(97, ' ') + "\n" << 1;
        QTest::newRow("blanks, then text without a line end") << QByteArray("-- ab") << 1;
        QTest::newRow("dashes at the very end") << QByteArray("text\n--") << 1;
        QTest::newRow("past the 256 bytes vmime reads") << "--" + QByteArray(250, ' ') + "abcdefgh\n\none\n"
                                                        << 0;
        QTest::newRow("100 blanks") << "--" + QByteArray(99, ' ') + "\n" << 0;
        QTest::newRow("100 blanks, no line end") << "--" + QByteArray(100, ' ') << 0;
    }

    void guessesFromBytesVmimeNeverRead()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, parts);
        const std::string text = "Content-Type: multipart/mixed\n\n" + body.toStdString();
        const std::size_t bodyStart = text.find("\n\n") + 2;
        const MultipartSpans::Boundary guessed = MultipartSpans::guess(text, bodyStart, text.size());
        QVERIFY(guessed.fromUnfilledBytes);
        QCOMPARE(guessed.bytes.empty(), parts == 0);
        const std::vector<MultipartSpans::Span> split
            = MultipartSpans::split(text, bodyStart, text.size(), guessed);
        QCOMPARE(int(split.size()), parts);
        if (parts == 1) {
            QCOMPARE(split.front().begin, bodyStart);
            QCOMPARE(split.front().end, text.size());
        }
    }

    // vmime 0.9.2 finds no delimiter for a boundary whose first byte is not ASCII, named
    // or guessed: the whole body is then one part, as when the boundary is never used. A
    // non-ASCII byte later in the boundary does not matter.
    void boundariesVmimeNeverFinds_data()
    {
        QTest::addColumn<QByteArray>("boundary");
        QTest::addColumn<int>("parts");
        QTest::newRow("first byte 0xE9") << QByteArray("\xe9x") << 1;
        QTest::newRow("first byte 0x80") << QByteArray("\x80") << 1;
        QTest::newRow("first byte 0xFF") << QByteArray("\xff"
                                                       "abc")
                                         << 1;
        QTest::newRow("0xE9 second") << QByteArray("x\xe9") << 2;
        QTest::newRow("DEL first") << QByteArray("\x7fx") << 2;
    }

    void boundariesVmimeNeverFinds()
    {
        QFETCH(QByteArray, boundary);
        QFETCH(int, parts);
        const std::string b = boundary.toStdString();
        const std::string text = "Content-Type: multipart/mixed; boundary=\"" + b + "\"\n\npreamble\n--" + b
            + "\n\none\n--" + b + "\n\ntwo\n--" + b + "--\n";
        const QStringList vmime = partsByVmime(text);
        QCOMPARE(partsBySpans(text), vmime);
        QCOMPARE(vmime.size(), parts);
    }

    // Every sample message, as the analyzer gets it from the sanitizer.
    void samePartsAsVmimeOnEverySample()
    {
        int messages = 0;
        int parts = 0;
        for (const QString& file : CaseExpectations::sampleFiles()) {
            QFile in(file);
            QVERIFY2(in.open(QIODevice::ReadOnly), qPrintable(file));
            const std::string text = MessageSanitizer::prepare(in.readAll()).text;
            const QStringList vmime = partsByVmime(text);
            QVERIFY2(partsBySpans(text) == vmime, qPrintable(file));
            ++messages;
            parts += int(vmime.size());
        }
        qInfo("%d messages, %d parts", messages, parts);
        QVERIFY(messages > 700);
        QVERIFY(parts > 1000);
    }
};

QTEST_GUILESS_MAIN(MultipartSpansTest)
#include "MultipartSpansTest.moc"
