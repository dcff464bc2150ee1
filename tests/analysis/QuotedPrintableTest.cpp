// The analyzer decodes quoted-printable content itself: it must give the very bytes vmime's
// decoder gives, whatever the text, since vmime is the reference for MIME.
#include "analysis/QuotedPrintable.h"
#include "analysis/VmimeRuntime.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTest>

#include <vmime/vmime.hpp>

#include "CaseExpectations.h"

using namespace Core::Analysis;

namespace {

std::string byVmime(const std::string& encoded)
{
    const vmime::encoding encoding(vmime::encodingTypes::QUOTED_PRINTABLE);
    std::string decoded;
    vmime::utility::outputStreamStringAdapter out(decoded);
    vmime::utility::inputStreamStringAdapter in(encoded);
    encoding.getEncoder()->decode(in, out);
    return decoded;
}

QByteArray shown(const std::string& bytes)
{
    return QByteArray::fromStdString(bytes).toPercentEncoding(" =_");
}

} // namespace

class QuotedPrintableTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { VmimeRuntime::ensureInitialized(); }

    void decodesAsVmimeDecodes_data()
    {
        QTest::addColumn<QByteArray>("encoded");
        QTest::addColumn<QByteArray>("decoded");
        const auto row = [](const char* name, QByteArray encoded, QByteArray decoded) {
            QTest::newRow(name) << encoded << decoded;
        };
        row("empty", "", "");
        row("plain text", "Delivery to the following recipients failed.",
            "Delivery to the following recipients failed.");
        row("hex escapes", "r=C3=A9sum=C3=A9", "r\xc3\xa9sum\xc3\xa9");
        row("lower-case hex", "r=c3=a9sum=c3=a9", "r\xc3\xa9sum\xc3\xa9");
        row("soft line break, CRLF", "long li=\r\nne", "long line");
        row("soft line break, LF", "long li=\nne", "long line");
        row("equals and CR drops the next byte", "a=\rXb", "ab");
        row("equals and CR at the end", "a=\r", "a");
        row("equals at the end", "a=", "a");
        row("equals and one byte at the end", "a=4", "a");
        row("not hex counts as zero", "=ZZ|=4Z|=Z4", QByteArray("\x00|\x40|\x04", 5));
        row("blank after equals", "= \n", QByteArray("\x00", 1));
        row("equals twice", "==41",
            "\x04"
            "1");
        row("underscore stays", "a_b", "a_b");
        row("hard line ends stay", "a\r\nb\nc\rd", "a\r\nb\nc\rd");
        row("8-bit bytes and NUL stay", QByteArray("\xe9\x00\xff", 3), QByteArray("\xe9\x00\xff", 3));
        row("trailing blanks stay", "a  \r\nb\t", "a  \r\nb\t");
    }

    void decodesAsVmimeDecodes()
    {
        QFETCH(QByteArray, encoded);
        QFETCH(QByteArray, decoded);
        const std::string text = encoded.toStdString();
        QCOMPARE(shown(byVmime(text)), shown(decoded.toStdString()));
        QCOMPARE(shown(QuotedPrintable::decode(text)), shown(decoded.toStdString()));
    }

    void stopsAtTheLimitWithTheStartOfTheWhole()
    {
        const std::string text = "ab=C3=A9c=\r\nde=\nf";
        const std::string whole = byVmime(text);
        for (std::size_t limit = 0; limit <= whole.size() + 1; ++limit)
            QCOMPARE(shown(QuotedPrintable::decode(text, limit)), shown(whole.substr(0, limit)));
    }

    // Every sample, read whole as if it were quoted-printable: real mail is full of "=",
    // line ends and 8-bit bytes in every arrangement.
    void decodesEverySampleAsVmime()
    {
        const QStringList files = CaseExpectations::sampleFiles(true);
        QVERIFY(files.size() > 700);
        for (const QString& file : files) {
            QFile in(file);
            QVERIFY2(in.open(QIODevice::ReadOnly), qPrintable(file));
            const std::string text = in.readAll().toStdString();
            QVERIFY2(QuotedPrintable::decode(text) == byVmime(text), qPrintable(file));
        }
    }

    void decodesMadeUpTextAsVmime()
    {
        static const char alphabet[] = { '=', '=', '=', '\r', '\n', '0', '9', 'A', 'F', 'a', 'f', 'G', 'z',
            '_', ' ', '\t', '\0', '\x80', '\xff' };
        QRandomGenerator random(20261207);
        for (int round = 0; round < 20000; ++round) {
            std::string text;
            const int length = int(random.bounded(0, 24));
            for (int i = 0; i < length; ++i)
                text += alphabet[random.bounded(int(sizeof alphabet))];
            QVERIFY2(QuotedPrintable::decode(text) == byVmime(text), shown(text).constData());
        }
    }
};

QTEST_GUILESS_MAIN(QuotedPrintableTest)
#include "QuotedPrintableTest.moc"
