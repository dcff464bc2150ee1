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
        QTest::newRow("first line") << QByteArray("--abc\n\none\n--abc--\n") << QByteArray("abc");
        QTest::newRow("after a preamble, with blanks")
            << QByteArray("Hello\n-- xyz  \n\none\n") << QByteArray("xyz");
        QTest::newRow("none") << QByteArray("no dashes here\n") << QByteArray();
        QTest::newRow("too long") << "--" + QByteArray(120, 'a') + "\n" << QByteArray();
        // Found by fuzzing against vmime: see boundariesVmimeNeverFinds.
        QTest::newRow("a lone non-ASCII byte") << QByteArray("--\x8b") << QByteArray("\x8b");
        QTest::newRow("starting with a non-ASCII byte")
            << QByteArray("--\xe9x\nbody\n--\xe9x--\n") << QByteArray("\xe9x");
        QTest::newRow("a non-ASCII byte after blanks")
            << QByteArray("-- \x8b\nb\n-- \x8b--\n") << QByteArray("\x8b");
    }

    void guessesTheBoundaryAsVmime()
    {
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, boundary);
        const std::string text = "Content-Type: multipart/mixed\n\n" + body.toStdString();
        const std::size_t bodyStart = text.find("\n\n") + 2;
        QCOMPARE(
            QByteArray::fromStdString(MultipartSpans::guessBoundary(text, bodyStart, text.size())), boundary);
        QCOMPARE(partsBySpans(text), partsByVmime(text));
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
