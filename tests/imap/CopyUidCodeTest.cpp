// Which UIDs the copies got, read from the server's COPYUID code: what it says exactly,
// or nothing when what it says cannot be taken at its word.
#include "imap/CopyUidCode.h"

#include <QTest>

using Core::Imap::CopyUidCode;
using Core::Imap::UidMapping;

class CopyUidCodeTest : public QObject {
    Q_OBJECT

private slots:
    void read_data()
    {
        QTest::addColumn<QByteArray>("line");
        // "source>target" pairs, in the order of the source set.
        QTest::addColumn<QByteArrayList>("pairs");
        QTest::newRow("MOVE's untagged OK") << QByteArray("* OK [COPYUID 7 3:4,9 10:12] Moved UIDs.")
                                            << QByteArrayList { "3>10", "4>11", "9>12" };
        QTest::newRow("COPY's tagged OK")
            << QByteArray("OK [COPYUID 1700000000 5 20] Copy completed.") << QByteArrayList { "5>20" };
        QTest::newRow("lower case, a range written backwards")
            << QByteArray("ok [copyuid 7 6:4 1:3] done") << QByteArrayList { "4>1", "5>2", "6>3" };
        QTest::newRow("the largest UID")
            << QByteArray("OK [COPYUID 7 4294967295 1]") << QByteArrayList { "4294967295>1" };
        QTest::newRow("another code") << QByteArray("OK [APPENDUID 7 3] done") << QByteArrayList();
        QTest::newRow("no code") << QByteArray("* OK still here") << QByteArrayList();
        QTest::newRow("a NO") << QByteArray("NO [COPYUID 7 3 4] refused") << QByteArrayList();
        QTest::newRow("sets of different sizes") << QByteArray("OK [COPYUID 7 3:4 10]") << QByteArrayList();
        QTest::newRow("every UID there is")
            << QByteArray("OK [COPYUID 7 1:4294967295 1:4294967295]") << QByteArrayList();
        QTest::newRow("many ranges, together too many")
            << QByteArray("OK [COPYUID 7 1:900000,1000000:1900000 1:900000,1000000:1900000]")
            << QByteArrayList();
        QTest::newRow("UID 0") << QByteArray("OK [COPYUID 7 0 4]") << QByteArrayList();
        QTest::newRow("over 32 bits") << QByteArray("OK [COPYUID 7 4294967296 4]") << QByteArrayList();
        QTest::newRow("a star") << QByteArray("OK [COPYUID 7 3:* 4:5]") << QByteArrayList();
        QTest::newRow("an empty item") << QByteArray("OK [COPYUID 7 3,,4 5:6]") << QByteArrayList();
        QTest::newRow("a trailing comma") << QByteArray("OK [COPYUID 7 3, 5]") << QByteArrayList();
        QTest::newRow("no closing bracket") << QByteArray("OK [COPYUID 7 3 5") << QByteArrayList();
        QTest::newRow("a validity that is no number") << QByteArray("OK [COPYUID x 3 5]") << QByteArrayList();
    }

    void read()
    {
        QFETCH(QByteArray, line);
        QFETCH(QByteArrayList, pairs);
        UidMapping mapping;
        CopyUidCode::read(line, &mapping);
        QCOMPARE(mapping.size(), pairs.size());
        for (const QByteArray& pair : pairs) {
            const QByteArrayList uids = pair.split('>');
            QCOMPARE(mapping.value(uids.first().toUInt()), uids.last().toUInt());
        }
    }
};

QTEST_GUILESS_MAIN(CopyUidCodeTest)
#include "CopyUidCodeTest.moc"
