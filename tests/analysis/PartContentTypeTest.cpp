// The analyzer reads the plain Content-Type fields itself and hands the others to vmime:
// wherever it reads one itself, it must find what vmime finds (media type, charset,
// report type, boundary), and it must read the common forms, or it saves nothing.
#include "analysis/PartContentType.h"
#include "analysis/HeaderFieldSpans.h"
#include "analysis/MessageSanitizer.h"
#include "analysis/VmimeRuntime.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

#include <vmime/contentTypeField.hpp>
#include <vmime/vmime.hpp>

#include "CaseExpectations.h"

using namespace Core::Analysis;

namespace {

std::optional<PartContentType> byVmime(const std::string& field)
{
    const auto parsed = std::dynamic_pointer_cast<vmime::contentTypeField>(
        vmime::headerField::parseNext(vmime::parsingContext::getDefaultContext(), field, 0, field.size()));
    if (!parsed)
        return std::nullopt;
    return PartContentType::fromVmime(*parsed);
}

QString describe(const std::optional<PartContentType>& type)
{
    if (!type)
        return QStringLiteral("<none>");
    return QStringLiteral("%1 charset=%2 report-type=%3 multipart=%4 boundary=%5")
        .arg(type->mediaType, QString::fromStdString(type->charset), type->reportType)
        .arg(type->multipart)
        .arg(type->boundary ? QString::fromStdString(*type->boundary) : QStringLiteral("<none>"));
}

} // namespace

class PartContentTypeTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { VmimeRuntime::ensureInitialized(); }

    void readsWhatVmimeReads_data()
    {
        QTest::addColumn<QByteArray>("field");
        QTest::addColumn<bool>("readWithoutVmime");
        const auto row = [](const char* name, const char* field, bool simple) {
            QTest::newRow(name) << QByteArray(field) << simple;
        };
        row("type only", "Content-Type: text/plain\r\n", true);
        row("charset", "Content-Type: text/plain; charset=us-ascii\r\n", true);
        row("upper-case name, type and parameter", "CONTENT-TYPE: Text/PLAIN; CHARSET=UTF-8\r\n", true);
        row("quoted charset", "Content-Type: text/plain; charset=\"iso-8859-1\"\n", true);
        row("report, folded with a tab",
            "Content-Type: multipart/report; "
            "report-type=delivery-status;\r\n\tboundary=\"9B095B5ADSN=_01D2\"\r\n",
            true);
        row("folded with spaces, LF", "Content-Type: multipart/mixed;\n    boundary=\"----=_Part_1_2.3\"\n",
            true);
        row("boundary as a token", "Content-Type: multipart/alternative; boundary=000000000000abcdef\r\n",
            true);
        row("report type in capitals",
            "Content-Type: multipart/report; report-type=Delivery-Status; boundary=b\r\n", true);
        row("trailing semicolon", "Content-Type: text/plain; charset=utf-8;\r\n", true);
        row("no blank after the colon", "Content-Type:text/html;charset=utf-8\r\n", true);
        row("boundary with blanks inside quotes", "Content-Type: multipart/mixed; boundary=\"a b c\"\r\n",
            true);
        row("other parameters", "Content-Type: message/rfc822; name=\"returned.eml\"; format=flowed\r\n",
            true);
        row("no line end", "Content-Type: message/delivery-status", true);
        // What vmime reads its own way: these go to vmime.
        row("comment", "Content-Type: text/plain (plain text); charset=us-ascii\r\n", false);
        row("RFC 2231 value", "Content-Type: text/plain; charset*=us-ascii'en'us-ascii\r\n", false);
        row("RFC 2231 continuation",
            "Content-Type: multipart/mixed; boundary*0=\"ab\"; boundary*1=\"cd\"\r\n", false);
        row("encoded word in a value", "Content-Type: text/plain; name=\"=?utf-8?q?r=C3=A9sum=C3=A9?=\"\r\n",
            false);
        row("escape in quotes", "Content-Type: multipart/mixed; boundary=\"a\\\"b\"\r\n", false);
        row("twice the same parameter", "Content-Type: multipart/mixed; boundary=one; Boundary=two\r\n",
            false);
        row("blanks around the slash", "Content-Type: text / plain\r\n", false);
        row("blanks around the equals sign", "Content-Type: text/plain; charset = utf-8\r\n", false);
        row("no subtype", "Content-Type: text\r\n", false);
        row("empty value", "Content-Type:\r\n", false);
        row("empty parameter value", "Content-Type: text/plain; charset=\r\n", false);
        row("empty quoted value", "Content-Type: multipart/mixed; boundary=\"\"\r\n", false);
        row("padded quoted value", "Content-Type: multipart/mixed; boundary=\" b\"\r\n", false);
        row("unterminated quotes", "Content-Type: multipart/mixed; boundary=\"abc\r\n", false);
        row("8-bit byte", "Content-Type: text/plain; charset=\"\xe9t\xe9\"\r\n", false);
        row("line end inside quotes", "Content-Type: multipart/mixed; boundary=\"ab\r\n cd\"\r\n", false);
        row("parameter without a value", "Content-Type: text/plain; flowed\r\n", false);
        row("text after the type", "Content-Type: text/plain garbage\r\n", false);
        row("two slashes", "Content-Type: text/plain/extra\r\n", false);
        row("bare CR", "Content-Type: text/plain;\rcharset=utf-8\r\n", false);
    }

    void readsWhatVmimeReads()
    {
        QFETCH(QByteArray, field);
        QFETCH(bool, readWithoutVmime);
        const std::string text = field.toStdString();
        const std::optional<PartContentType> simple = PartContentType::readSimple(text);
        QCOMPARE(simple.has_value(), readWithoutVmime);
        if (simple)
            QCOMPARE(describe(simple), describe(byVmime(text)));
    }

    // Every Content-Type field of every sample, in its message's header and in its parts',
    // as the analyzer gets them from the sanitizer.
    void readsWhatVmimeReadsOnEverySample()
    {
        static const QRegularExpression fieldStart(QStringLiteral("^content-type[ \\t]*:"),
            QRegularExpression::CaseInsensitiveOption | QRegularExpression::MultilineOption);
        int fields = 0;
        int simple = 0;
        for (const QString& file : CaseExpectations::sampleFiles()) {
            QFile in(file);
            QVERIFY2(in.open(QIODevice::ReadOnly), qPrintable(file));
            const std::string text = MessageSanitizer::prepare(in.readAll()).text;
            const QString latin1 = QString::fromLatin1(text.data(), qsizetype(text.size()));
            auto matches = fieldStart.globalMatch(latin1);
            while (matches.hasNext()) {
                const qsizetype begin = matches.next().capturedStart();
                // The field runs on over every line that starts with a blank, as
                // HeaderFieldSpans and vmime read it.
                const HeaderFieldSpans spans = HeaderFieldSpans::split(text, std::size_t(begin));
                if (spans.fields().empty())
                    continue;
                const HeaderFieldSpans::Span& span = spans.fields().front();
                const std::string field = text.substr(span.begin, span.end - span.begin);
                ++fields;
                const std::optional<PartContentType> read = PartContentType::readSimple(field);
                if (!read)
                    continue;
                ++simple;
                QVERIFY2(describe(read) == describe(byVmime(field)),
                    qPrintable(QStringLiteral("%1: %2\nread: %3\nvmime: %4")
                                   .arg(file, QString::fromLatin1(field), describe(read),
                                       describe(byVmime(field)))));
            }
        }
        qInfo("%d Content-Type fields, %d read without vmime", fields, simple);
        QVERIFY(fields > 1500);
        QVERIFY2(simple * 10 >= fields * 9, "fewer than nine in ten fields read without vmime");
    }
};

QTEST_GUILESS_MAIN(PartContentTypeTest)
#include "PartContentTypeTest.moc"
