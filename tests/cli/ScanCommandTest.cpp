// `neversent-cli scan` against a real Dovecot holding the demo mailbox: the same
// verdicts as `classify` on the same files, and nothing on the server changes.
#include "CliRun.h"
#include "DovecotFixture.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>

class ScanCommandTest : public QObject {
    Q_OBJECT

private:
    DovecotFixture m_server;
    QTemporaryDir m_storeDir;
    QString m_demo = QStringLiteral(NEVERSENT_TEST_DATA "/../../resources/demo");

    using Run = CliRun;

    static Run runCli(
        const QStringList& arguments, const QString& password = QString::fromLatin1(DovecotFixture::Password))
    {
        return CliRun::run(arguments, password);
    }

    QStringList scanArguments(const QStringList& extra = {}) const
    {
        return QStringList { QStringLiteral("scan"), QStringLiteral("--server"),
            QStringLiteral("imap+plain://127.0.0.1:%1").arg(m_server.plainPort()), QStringLiteral("--user"),
            QString::fromLatin1(DovecotFixture::User), QStringLiteral("--password-env"),
            QStringLiteral("NEVERSENT_TEST_PASSWORD"), QStringLiteral("--db"),
            m_storeDir.filePath(QStringLiteral("store.sqlite")) }
        + extra;
    }

    static QStringList messageFiles(const QString& folder)
    {
        QStringList files;
        QDirIterator it(folder, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (it.hasNext())
            files.append(it.next());
        files.sort();
        return files;
    }

    // What a message was judged, without where it is stored: the two commands name
    // messages differently (file path, folder and UID).
    static QStringList judgements(const QList<QJsonObject>& lines)
    {
        QStringList result;
        for (const QJsonObject& line : lines) {
            if (line.contains(u"summary"))
                continue;
            QStringList recipients;
            for (const QJsonValue& recipient : line.value(u"recipients").toArray())
                recipients.append(recipient.toString());
            result.append(line.value(u"kind").toString() + u' ' + line.value(u"verdict").toString() + u' '
                + recipients.join(u','));
        }
        result.sort();
        return result;
    }

private slots:
    void initTestCase()
    {
        QString error;
        for (const auto& [folder, server] : { std::pair { QStringLiteral("INBOX"), QStringLiteral("INBOX") },
                 std::pair { QStringLiteral("Sent"), QStringLiteral("Sent") } }) {
            QVERIFY2(m_server.addMessagesFrom(server, m_demo + u'/' + folder, &error) > 5, qPrintable(error));
        }
        QVERIFY2(m_server.start(&error), qPrintable(error));
    }

    void givesTheVerdictsClassifyGivesOnTheSameMail()
    {
        const Run scan = runCli(scanArguments());
        QVERIFY2(scan.exitCode == 0, qPrintable(scan.stderrText + m_server.log()));
        QVERIFY(!scan.lines.isEmpty());
        const QJsonObject summary = scan.lines.last().value(u"summary").toObject();
        const int inbox = int(messageFiles(m_demo + QStringLiteral("/INBOX")).size());
        QCOMPARE(summary.value(u"scanned").toInt(), inbox);
        QCOMPARE(scan.lines.size(), inbox + 1);
        for (qsizetype i = 0; i + 1 < scan.lines.size(); ++i) {
            QCOMPARE(scan.lines.at(i).value(u"folder").toString(), QStringLiteral("INBOX"));
            QVERIFY(scan.lines.at(i).value(u"uid").toInteger() > 0);
        }

        const Run classify = runCli({ QStringLiteral("classify"), QStringLiteral("--sent"),
            m_demo + QStringLiteral("/Sent"), m_demo + QStringLiteral("/INBOX") });
        QCOMPARE(classify.exitCode, 0);
        QCOMPARE(judgements(scan.lines), judgements(classify.lines));
        int backscatter = 0;
        for (const QJsonObject& line : classify.lines)
            backscatter += line.value(u"verdict").toString() == u"backscatter";
        QCOMPARE(summary.value(u"backscatter").toInt(), backscatter);
        QVERIFY(backscatter > 0);
        QVERIFY(summary.value(u"genuine").toInt() > 0);
    }

    void leavesTheMailboxAsItWas()
    {
        const QStringList before = m_server.storedFiles();
        const Run scan = runCli(scanArguments());
        QCOMPARE(scan.exitCode, 0);
        // Dovecot renames a Maildir file when its flags change: \Seen would add an S.
        QCOMPARE(m_server.storedFiles(), before);
        for (const QString& file : before)
            QVERIFY2(!file.section(u',', -1).contains(u'S'), qPrintable(file));
    }

    void wrongPasswordIsOneLine()
    {
        const Run scan = runCli(scanArguments(), QStringLiteral("not the password"));
        QCOMPARE(scan.exitCode, 1);
        QCOMPARE(scan.stderrText.count(u'\n'), 1);
        QVERIFY2(scan.stderrText.contains(QStringLiteral("did not accept the user name or password")),
            qPrintable(scan.stderrText));
        QVERIFY(scan.lines.isEmpty());
    }

    void missingFolderIsOneLine()
    {
        const Run scan = runCli(scanArguments({ QStringLiteral("--folder"), QStringLiteral("Nowhere") }));
        QCOMPARE(scan.exitCode, 1);
        QCOMPARE(scan.stderrText.count(u'\n'), 1);
        QVERIFY2(scan.stderrText.contains(QStringLiteral("does not exist")), qPrintable(scan.stderrText));
    }

    void overTls_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("trust");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("private root given") << QStringLiteral("localhost") << QStringLiteral("ca-file") << 0;
        QTest::newRow("fingerprint accepted")
            << QStringLiteral("127.0.0.1") << QStringLiteral("fingerprint") << 0;
        QTest::newRow("nothing accepted") << QStringLiteral("localhost") << QString() << 1;
    }

    void overTls()
    {
        QFETCH(QString, host);
        QFETCH(QString, trust);
        QFETCH(int, exitCode);
        const QList<QSslCertificate> certificates = QSslCertificate::fromPath(m_server.certificatePath());
        QCOMPARE(certificates.size(), 1);
        const QString fingerprint = QString::fromLatin1(
            certificates.first().digest(QCryptographicHash::Sha256).toHex(':').toUpper());
        QStringList arguments { QStringLiteral("scan"), QStringLiteral("--server"),
            QStringLiteral("imaps://%1:%2").arg(host).arg(m_server.tlsPort()), QStringLiteral("--user"),
            QString::fromLatin1(DovecotFixture::User), QStringLiteral("--password-env"),
            QStringLiteral("NEVERSENT_TEST_PASSWORD"), QStringLiteral("--db"),
            m_storeDir.filePath(QStringLiteral("tls.sqlite")) };
        if (trust == u"ca-file")
            arguments << QStringLiteral("--ca-file") << m_server.certificatePath();
        else if (trust == u"fingerprint")
            arguments << QStringLiteral("--trust-fingerprint") << fingerprint;
        const Run scan = runCli(arguments);
        QCOMPARE(scan.exitCode, exitCode);
        if (exitCode == 0) {
            QCOMPARE(scan.lines.last().value(u"summary").toObject().value(u"scanned").toInt(),
                int(messageFiles(m_demo + QStringLiteral("/INBOX")).size()));
        } else {
            // The refusal shows the fingerprint, so the user can compare it and accept it.
            QCOMPARE(scan.stderrText.count(u'\n'), 1);
            QVERIFY2(scan.stderrText.contains(fingerprint), qPrintable(scan.stderrText));
            QVERIFY(scan.lines.isEmpty());
        }
    }

    // Accepted once with --trust-fingerprint, trusted for that server afterwards (same store).
    void anAcceptedFingerprintIsRemembered()
    {
        const QList<QSslCertificate> certificates = QSslCertificate::fromPath(m_server.certificatePath());
        QCOMPARE(certificates.size(), 1);
        const QString fingerprint = QString::fromLatin1(
            certificates.first().digest(QCryptographicHash::Sha256).toHex(':').toUpper());
        const auto arguments = [&](const QString& store) {
            return QStringList { QStringLiteral("scan"), QStringLiteral("--server"),
                QStringLiteral("imaps://127.0.0.1:%1").arg(m_server.tlsPort()), QStringLiteral("--user"),
                QString::fromLatin1(DovecotFixture::User), QStringLiteral("--password-env"),
                QStringLiteral("NEVERSENT_TEST_PASSWORD"), QStringLiteral("--db"),
                m_storeDir.filePath(store) };
        };
        QCOMPARE(runCli(arguments(QStringLiteral("remember.sqlite"))
                     << QStringLiteral("--trust-fingerprint") << fingerprint.toLower())
                     .exitCode,
            0);
        const Run again = runCli(arguments(QStringLiteral("remember.sqlite")));
        QVERIFY2(again.exitCode == 0, qPrintable(again.stderrText));
        // Another store never saw it accepted.
        const Run elsewhere = runCli(arguments(QStringLiteral("other.sqlite")));
        QCOMPARE(elsewhere.exitCode, 1);
        QVERIFY(elsewhere.stderrText.contains(fingerprint));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no server") << QStringList { QStringLiteral("scan"), QStringLiteral("--user"),
            QStringLiteral("sam"), QStringLiteral("--password-env"), QStringLiteral("X") };
        QTest::newRow("no password") << QStringList { QStringLiteral("scan"), QStringLiteral("--server"),
            QStringLiteral("imaps://mail.example.org"), QStringLiteral("--user"), QStringLiteral("sam") };
        QTest::newRow("plain to a remote host")
            << QStringList { QStringLiteral("scan"), QStringLiteral("--server"),
                   QStringLiteral("imap+plain://mail.example.org:143"), QStringLiteral("--user"),
                   QStringLiteral("sam"), QStringLiteral("--password-env"), QStringLiteral("X") };
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        const Run scan = runCli(arguments);
        QCOMPARE(scan.exitCode, 2);
        QCOMPARE(scan.stderrText.count(u'\n'), 1);
    }
};

QTEST_GUILESS_MAIN(ScanCommandTest)
#include "ScanCommandTest.moc"
