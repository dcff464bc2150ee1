// Reading a Maildir message's header alone (what the clean's undo needs to find a message
// again, without reading the whole file), and the UIDs a folder gives its files.
#include "mail/MaildirFolder.h"

#include "analysis/MessageSanitizer.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using Core::Mail::MaildirFolder;

namespace {

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// A folder with cur/ and new/, these files in cur/ and this UID list (none when empty).
bool makeFolder(const QString& path, const QStringList& files, const QByteArray& list)
{
    if (!QDir().mkpath(path + QStringLiteral("/cur")) || !QDir().mkpath(path + QStringLiteral("/new")))
        return false;
    for (const QString& file : files) {
        if (!writeFile(path + QStringLiteral("/cur/") + file, "Subject: x\n\nbody\n"))
            return false;
    }
    return list.isEmpty() || writeFile(path + QStringLiteral("/.neversent-uidlist"), list);
}

QList<quint32> uidsOf(const MaildirFolder& folder)
{
    QList<quint32> uids;
    for (const MaildirFolder::Message& message : folder.messages())
        uids.append(message.uid);
    return uids;
}

} // namespace

class MaildirFolderTest : public QObject {
    Q_OBJECT

private slots:
    void readHeader_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("LF") << QByteArray("Subject: a\nMessage-ID: <a@x>\n\nbody\n\nmore\n")
                            << QByteArray("Subject: a\nMessage-ID: <a@x>\n\n");
        QTest::newRow("CRLF") << QByteArray("Subject: a\r\nMessage-ID: <a@x>\r\n\r\nbody\r\n")
                              << QByteArray("Subject: a\r\nMessage-ID: <a@x>\r\n\r\n");
        QTest::newRow("no body") << QByteArray("Subject: a\n") << QByteArray("Subject: a\n");
        QTest::newRow("empty file") << QByteArray() << QByteArray();
        const QByteArray endless(Core::Analysis::MessageSanitizer::MaxMessageBytes + 4096, 'x');
        QTest::newRow("one endless line")
            << endless << endless.first(Core::Analysis::MessageSanitizer::MaxMessageBytes);
    }

    void readHeader()
    {
        QFETCH(QByteArray, file);
        QFETCH(QByteArray, expected);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile written(dir.filePath(QStringLiteral("message")));
        QVERIFY(written.open(QIODevice::WriteOnly));
        QCOMPARE(written.write(file), file.size());
        written.close();
        QString error;
        const auto header = MaildirFolder::readHeader(written.fileName(), &error);
        QVERIFY2(header, qPrintable(error));
        QCOMPARE(*header, expected);
    }

    void readHeaderOfAMissingFileSaysWhy()
    {
        QTemporaryDir dir;
        QString error;
        QVERIFY(!MaildirFolder::readHeader(dir.filePath(QStringLiteral("gone")), &error));
        QVERIFY(!error.isEmpty());
    }

    // Found by fuzzing: a list whose next UID was near 2^32 made the numbers wrap to 0.
    void uidsUsedUpNumberTheFolderAnew()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("folder"));
        QVERIFY(makeFolder(path, { QStringLiteral("1.a:2,S"), QStringLiteral("2.b"), QStringLiteral("3.c") },
            "neversent-uidlist 1 7 4294967295\n4294967290 1.a\n"));
        QString error;
        const auto folder = MaildirFolder::open(path, &error);
        QVERIFY2(folder, qPrintable(error));
        QCOMPARE(uidsOf(*folder), (QList<quint32> { 1, 2, 3 }));
        QVERIFY(folder->uidValidity() != 7);
        const auto again = MaildirFolder::open(path, &error);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(again->uidValidity(), folder->uidValidity());
        QCOMPARE(uidsOf(*again), uidsOf(*folder));
    }

    // Found by fuzzing: names with blanks at an end or other odd bytes came back from the
    // list as other names, and their files were numbered anew on every opening.
    void oddFileNamesKeepTheirUids_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("a blank before the flags") << QStringLiteral("1700000000.M1P1.host :2,S");
        QTest::newRow("a leading blank") << QStringLiteral(" 1700000000.M1P1.host");
        QTest::newRow("a percent sign") << QStringLiteral("1700000000.M1P1.host%41");
        QTest::newRow("a line end") << QStringLiteral("1700000000.M1P1\nhost");
        QTest::newRow("not ASCII") << QStringLiteral("1700000000.M1P1.h\u00f6st");
    }

    void oddFileNamesKeepTheirUids()
    {
        QFETCH(QString, name);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("folder"));
        QVERIFY(makeFolder(path, { QStringLiteral("0.first"), name, QStringLiteral("9.last") }, {}));
        QString error;
        const auto folder = MaildirFolder::open(path, &error);
        QVERIFY2(folder, qPrintable(error));
        QCOMPARE(folder->messages().size(), 3);
        const auto again = MaildirFolder::open(path, &error);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(again->uidValidity(), folder->uidValidity());
        QCOMPARE(uidsOf(*again), uidsOf(*folder));
        for (const MaildirFolder::Message& message : again->messages())
            QCOMPARE(again->message(message.uid)->filePath, message.filePath);
    }

    // Found by fuzzing: a name in both cur/ and new/ (without flags, so its unique part is
    // the whole name) gave both files one key in the list, and numbers that changed.
    void oneNameInCurAndNewKeepsTwoUids()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("folder"));
        QVERIFY(makeFolder(path, { QStringLiteral("1.a") }, {}));
        QVERIFY(writeFile(path + QStringLiteral("/new/1.a"), "Subject: y\n\nbody\n"));
        QString error;
        const auto folder = MaildirFolder::open(path, &error);
        QVERIFY2(folder, qPrintable(error));
        QCOMPARE(uidsOf(*folder), (QList<quint32> { 1, 2 }));
        const auto again = MaildirFolder::open(path, &error);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(uidsOf(*again), uidsOf(*folder));
        QVERIFY(again->message(1)->filePath != again->message(2)->filePath);
        QCOMPARE(again->message(1)->filePath, folder->message(1)->filePath);
    }

    // What earlier versions wrote is still read: the numbers stay.
    void aVersion1ListIsRead()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("folder"));
        QVERIFY(makeFolder(path, { QStringLiteral("1.a:2,S"), QStringLiteral("2.b") },
            "neversent-uidlist 1 7 12\n5 1.a\n9 2.b\n"));
        QString error;
        const auto folder = MaildirFolder::open(path, &error);
        QVERIFY2(folder, qPrintable(error));
        QCOMPARE(folder->uidValidity(), quint32(7));
        QCOMPARE(uidsOf(*folder), (QList<quint32> { 5, 9 }));
    }
};

QTEST_GUILESS_MAIN(MaildirFolderTest)
#include "MaildirFolderTest.moc"
