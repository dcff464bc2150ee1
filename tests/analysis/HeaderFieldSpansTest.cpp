// The header splitter the analyzer uses so that vmime parses only the fields it reads:
// it must see the same fields, in the same places, as vmime's own header parser does,
// or a field would be read with the wrong value or not at all. A field vmime reads as
// text must read the same through MimeHeader, which never asks vmime for its structure.
#include "analysis/HeaderFieldSpans.h"
#include "analysis/MessageSanitizer.h"
#include "analysis/MimeHeader.h"
#include "analysis/VmimeRuntime.h"

#include <QFile>
#include <QTest>

#include "CaseExpectations.h"

#include <vmime/vmime.hpp>

using namespace Core::Analysis;

namespace {

struct Split {
    QStringList names; // lower-cased
    QStringList values; // each field's value as vmime reads it
    QStringList texts; // each field's decoded text, where vmime reads the field as text
    qsizetype bodyStart = 0;
};

QString valueOf(const vmime::headerField& field)
{
    return QString::fromStdString(field.getValue()->generate());
}

Split splitByVmime(const std::string& text)
{
    Split result;
    vmime::header header;
    std::size_t end = 0;
    header.parse(text, 0, text.size(), &end);
    for (std::size_t i = 0; i < header.getFieldCount(); ++i) {
        const auto field = header.getFieldAt(i);
        result.names.append(QString::fromStdString(field->getName()).toLower());
        result.values.append(valueOf(*field));
        const bool isText = std::dynamic_pointer_cast<const vmime::text>(field->getValue()) != nullptr;
        result.texts.append(isText ? MimeHeader::valueText(*field) : QString());
    }
    result.bodyStart = static_cast<qsizetype>(end);
    return result;
}

Split splitBySpans(const std::string& text)
{
    Split result;
    const HeaderFieldSpans spans = HeaderFieldSpans::split(text);
    // What the analyzer reads: each field's text without vmime's structured parse.
    const QList<MimeHeader::Field> read = MimeHeader::fromText(text, spans).fields();
    for (qsizetype i = 0; i < qsizetype(spans.fields().size()); ++i) {
        const HeaderFieldSpans::Span& span = spans.fields()[std::size_t(i)];
        result.names.append(QString::fromStdString(span.lowerName));
        const auto field = vmime::headerField::parseNext(
            vmime::parsingContext::getDefaultContext(), text, span.begin, span.end);
        result.values.append(field ? valueOf(*field) : QStringLiteral("(none)"));
        const bool isText
            = field && std::dynamic_pointer_cast<const vmime::text>(field->getValue()) != nullptr;
        result.texts.append(isText ? read.at(i).value : QString());
    }
    result.bodyStart = static_cast<qsizetype>(spans.bodyStart());
    return result;
}

} // namespace

class HeaderFieldSpansTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { VmimeRuntime::ensureInitialized(); }

    void sameFieldsAsVmime_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QStringList>("names");
        QTest::addColumn<int>("bodyStart");
        QTest::newRow("plain") << QByteArray("From: a@example.com\nSubject: hi\n\nbody\n")
                               << QStringList { u"from"_qs, u"subject"_qs } << 33;
        QTest::newRow("folded") << QByteArray("Subject: one\n two\n\tthree\nTo: b@example.org\n\nx")
                                << QStringList { u"subject"_qs, u"to"_qs } << 44;
        QTest::newRow("CRLF") << QByteArray("Subject: one\r\n two\r\nTo: b@example.org\r\n\r\nx")
                              << QStringList { u"subject"_qs, u"to"_qs } << 41;
        QTest::newRow("a line of blanks inside a field continues it")
            << QByteArray("Subject: one\n  \nTo: b@example.org\n\nx")
            << QStringList { u"subject"_qs, u"to"_qs } << 35;
        QTest::newRow("a line of blanks before any field ends the header")
            << QByteArray("  \nSubject: one\n\nx") << QStringList {} << 3;
        QTest::newRow("a line without a colon is skipped")
            << QByteArray("Subject: one\nnot a field\nTo: b@example.org\n\nx")
            << QStringList { u"subject"_qs, u"to"_qs } << 44;
        QTest::newRow("a continuation before any field")
            << QByteArray("  stray\nSubject: one\n\nx") << QStringList { u"subject"_qs } << 22;
        QTest::newRow("blanks before the colon") << QByteArray("Subject  : one\nX-Odd\t:two\n\nx")
                                                 << QStringList { u"subject"_qs, u"x-odd"_qs } << 27;
        QTest::newRow("a space inside a name")
            << QByteArray("Bad Name: one\nSubject: two\n\nx") << QStringList { u"subject"_qs } << 28;
        QTest::newRow("an empty first line") << QByteArray("Subject:\n folded\nTo: b@example.org\n\nx")
                                             << QStringList { u"subject"_qs, u"to"_qs } << 36;
        QTest::newRow("no body") << QByteArray("Subject: one\nTo: b@example.org")
                                 << QStringList { u"subject"_qs, u"to"_qs } << 30;
        QTest::newRow("starts with a blank line") << QByteArray("\nSubject: one\n") << QStringList {} << 1;
        QTest::newRow("a bare CR line") << QByteArray("Subject: one\n\rjunk\nTo: b@example.org\n\nx")
                                        << QStringList { u"subject"_qs, u"to"_qs } << 38;
        QTest::newRow("repeated fields") << QByteArray("Received: from a\nReceived: from b\n\tby c\n\nx")
                                         << QStringList { u"received"_qs, u"received"_qs } << 41;
    }

    void sameFieldsAsVmime()
    {
        QFETCH(QByteArray, text);
        QFETCH(QStringList, names);
        QFETCH(int, bodyStart);
        const std::string input = text.toStdString();
        const Split vmime = splitByVmime(input);
        const Split spans = splitBySpans(input);
        QCOMPARE(vmime.names, names);
        QCOMPARE(spans.names, vmime.names);
        QCOMPARE(spans.values, vmime.values);
        QCOMPARE(spans.texts, vmime.texts);
        QCOMPARE(vmime.bodyStart, qsizetype(bodyStart));
        QCOMPARE(spans.bodyStart, vmime.bodyStart);
    }

    // Every header of every sample message, as the analyzer gets it from the sanitizer.
    void sameFieldsAsVmimeOnEverySample()
    {
        int messages = 0;
        int fields = 0;
        for (const QString& file : CaseExpectations::sampleFiles()) {
            QFile in(file);
            QVERIFY2(in.open(QIODevice::ReadOnly), qPrintable(file));
            const std::string text = MessageSanitizer::prepare(in.readAll()).text;
            const Split vmime = splitByVmime(text);
            const Split spans = splitBySpans(text);
            QVERIFY2(spans.names == vmime.names, qPrintable(file));
            QVERIFY2(spans.values == vmime.values, qPrintable(file));
            QVERIFY2(spans.texts == vmime.texts, qPrintable(file));
            QVERIFY2(spans.bodyStart == vmime.bodyStart, qPrintable(file));
            ++messages;
            fields += static_cast<int>(vmime.names.size());
        }
        QVERIFY(messages > 700);
        QVERIFY(fields > 10000);
    }
};

QTEST_GUILESS_MAIN(HeaderFieldSpansTest)
#include "HeaderFieldSpansTest.moc"
