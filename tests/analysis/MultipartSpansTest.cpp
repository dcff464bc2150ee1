// The multipart splitter the analyzer uses instead of vmime's body parser: it must find
// the same parts, at the same places, as vmime does, or a notice, a status part or a
// returned message would be read whole, cut or not at all.
#include "analysis/MultipartSpans.h"
#include "analysis/HeaderFieldSpans.h"
#include "analysis/MessageSanitizer.h"
#include "analysis/VmimeRuntime.h"

#include <QFile>
#include <QTest>

#include "CaseExpectations.h"

#include <functional>

#include <vmime/contentTypeField.hpp>
#include <vmime/vmime.hpp>

using namespace Core::Analysis;

namespace {

// Each part of the tree in document order, as "offset+length@depth".
QStringList partsByVmime(const std::string& text)
{
    QStringList parts;
    vmime::message message;
    message.parse(text);
    const std::function<void(const vmime::bodyPart&, int)> visit
        = [&](const vmime::bodyPart& part, int depth) {
              for (std::size_t i = 0; i < part.getBody()->getPartCount(); ++i) {
                  const auto child = part.getBody()->getPartAt(i);
                  parts.append(QStringLiteral("%1+%2@%3")
                                   .arg(child->getParsedOffset())
                                   .arg(child->getParsedLength())
                                   .arg(depth));
                  visit(*child, depth + 1);
              }
          };
    visit(message, 0);
    return parts;
}

QStringList partsBySpans(const std::string& text)
{
    QStringList parts;
    // The part's own header tells whether it is a multipart and its boundary, read by
    // vmime here: only the splitting is under test.
    const std::function<void(std::size_t, std::size_t, int)> visit = [&](std::size_t begin, std::size_t end,
                                                                         int depth) {
        const HeaderFieldSpans spans = HeaderFieldSpans::split(text, begin, end);
        vmime::header header;
        header.parse(text, begin, spans.bodyStart());
        const auto field = header.findField<vmime::contentTypeField>(vmime::fields::CONTENT_TYPE);
        if (spans.bodyStart() == end || !field
            || field->getValue<vmime::mediaType>()->getType() != vmime::mediaTypes::MULTIPART)
            return;
        const std::string boundary = field->hasBoundary()
            ? field->getBoundary()
            : MultipartSpans::guessBoundary(text, spans.bodyStart(), end);
        for (const MultipartSpans::Span& child :
            MultipartSpans::split(text, spans.bodyStart(), end, boundary)) {
            parts.append(QStringLiteral("%1+%2@%3").arg(child.begin).arg(child.end - child.begin).arg(depth));
            visit(child.begin, child.end, depth + 1);
        }
    };
    visit(0, text.size(), 0);
    return parts;
}

} // namespace

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
