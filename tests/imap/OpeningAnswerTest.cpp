// What SELECT and EXAMINE say of a folder, read line by line from the server's own words.
#include "imap/OpeningAnswer.h"

#include <QTest>

using Core::Imap::FolderStatus;
using Core::Imap::OpeningAnswer;

class OpeningAnswerTest : public QObject {
    Q_OBJECT

private slots:
    void read_data()
    {
        QTest::addColumn<QByteArrayList>("lines");
        QTest::addColumn<quint32>("messages");
        QTest::addColumn<quint32>("uidValidity");
        QTest::addColumn<quint32>("uidNext");
        QTest::addColumn<quint64>("highestModSeq");
        QTest::newRow("Dovecot")
            << QByteArrayList { "* FLAGS (\\Answered \\Flagged \\Deleted \\Seen \\Draft)",
                   "* OK [PERMANENTFLAGS ()] Read-only mailbox.", "* 12 EXISTS", "* 0 RECENT",
                   "* OK [UIDVALIDITY 1700000000] UIDs valid", "* OK [UIDNEXT 13] Predicted next UID",
                   "* OK [HIGHESTMODSEQ 42] Highest",
                   "OK [READ-ONLY] Examine completed (0.001 + 0.000 secs)." }
            << quint32(12) << quint32(1700000000) << quint32(13) << quint64(42);
        QTest::newRow("lower case") << QByteArrayList { "* 3 exists", "* ok [uidvalidity 5] x",
            "* ok [uidnext 4]" } << quint32(3)
                                    << quint32(5) << quint32(4) << quint64(0);
        QTest::newRow("codes in the tagged line only")
            << QByteArrayList { "* 0 EXISTS", "OK [HIGHESTMODSEQ 9] done" } << quint32(0) << quint32(0)
            << quint32(0) << quint64(9);
        QTest::newRow("words that are not the ones read")
            << QByteArrayList { "* 5 EXISTSX", "* OKAY [UIDNEXT 4]", "* OK [UIDNEXT 4 5]", "* OK UIDNEXT 4",
                   "* OK [UIDNEXT", "* NO [UIDVALIDITY 3] no" }
            << quint32(0) << quint32(0) << quint32(0) << quint64(0);
        QTest::newRow("numbers out of range are no numbers")
            << QByteArrayList { "* 99999999999 EXISTS", "* OK [UIDVALIDITY -1]", "* OK [UIDNEXT 4294967296]" }
            << quint32(0) << quint32(0) << quint32(0) << quint64(0);
    }

    void read()
    {
        QFETCH(QByteArrayList, lines);
        FolderStatus status;
        for (const QByteArray& line : std::as_const(lines))
            OpeningAnswer::read(line, &status);
        QTEST(status.messages, "messages");
        QTEST(status.uidValidity, "uidValidity");
        QTEST(status.uidNext, "uidNext");
        QTEST(status.highestModSeq, "highestModSeq");
    }
};

QTEST_GUILESS_MAIN(OpeningAnswerTest)
#include "OpeningAnswerTest.moc"
