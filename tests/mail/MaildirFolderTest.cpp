// Reading a Maildir message's header alone: what the clean's undo needs to find a message
// again, without reading the whole file.
#include "mail/MaildirFolder.h"

#include "analysis/MessageSanitizer.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using Core::Mail::MaildirFolder;

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
};

QTEST_GUILESS_MAIN(MaildirFolderTest)
#include "MaildirFolderTest.moc"
