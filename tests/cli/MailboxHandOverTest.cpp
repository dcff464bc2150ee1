// neversent-cli runs classify itself and hands the mailbox commands to neversent-cli-mailbox
// (core/cli/CliApplication.h says why): what each process loads, and what a user sees when
// the mailbox program is not where neversent-cli looks for it.
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

constexpr int AbsurdMilliseconds = 120 * 1000; // only to turn a hang into a failure

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

// ld.so's list of the libraries it loads goes to stderr with the program's own messages.
Run runCli(const QString& program, const QStringList& arguments, bool listLoadedLibraries)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (listLoadedLibraries)
        environment.insert(QStringLiteral("LD_DEBUG"), QStringLiteral("files"));
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    Run run;
    if (!process.waitForStarted())
        return run;
    process.closeWriteChannel();
    if (!process.waitForFinished(AbsurdMilliseconds)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

bool loaded(const Run& run, const QString& library)
{
    return run.err.contains(QStringLiteral("file=") + library);
}

} // namespace

class MailboxHandOverTest : public QObject {
    Q_OBJECT

private slots:
    void classifyLoadsNoMailboxLibrary()
    {
        const Run run = runCli(QStringLiteral(NEVERSENT_CLI),
            { QStringLiteral("classify"),
                QStringLiteral(NEVERSENT_TEST_DATA "/cases/autoreply-outlook.eml") },
            true);
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(u"\"kind\":\"auto-reply\""));
        QVERIFY2(
            loaded(run, QStringLiteral("libvmime")), "ld.so listed no libraries: LD_DEBUG had no effect");
        for (const QString& library : { QStringLiteral("libqt6keychain"), QStringLiteral("libQt6Sql"),
                 QStringLiteral("libQt6DBus"), QStringLiteral("libQt6Network") })
            QVERIFY2(!loaded(run, library), qPrintable(library + QStringLiteral(" was loaded for classify")));
    }

    void mailboxCommandsRunInTheMailboxProgram_data()
    {
        QTest::addColumn<QString>("command");
        for (const char* command : { "scan", "clean", "undo", "report", "watch" })
            QTest::newRow(command) << QString::fromLatin1(command);
    }

    void mailboxCommandsRunInTheMailboxProgram()
    {
        QFETCH(QString, command);
        const Run run = runCli(QStringLiteral(NEVERSENT_CLI), { command, QStringLiteral("--help") }, true);
        QCOMPARE(run.exitCode, 0);
        // The command's own help, not the program's.
        QVERIFY2(run.out.startsWith(u"Usage:") && !run.out.contains(u"Commands:"), qPrintable(run.out));
        // Only the mailbox program links the keychain (classify's test shows neversent-cli
        // does not).
        QVERIFY2(loaded(run, QStringLiteral("libqt6keychain")), qPrintable(run.err.left(2000)));
    }

    void aMissingMailboxProgramIsSaidPlainly()
    {
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        const QString alone = folder.filePath(QStringLiteral("neversent-cli"));
        QVERIFY(QFile::copy(QStringLiteral(NEVERSENT_CLI), alone));
        const Run run = runCli(alone, { QStringLiteral("scan"), QStringLiteral("--help") }, false);
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.endsWith(u'\n') && run.err.count(u'\n') == 1, qPrintable(run.err));
        QVERIFY2(run.err.contains(u"neversent-cli-mailbox") && run.err.contains(u"Install NeverSent again"),
            qPrintable(run.err));
        // classify needs nothing beside the program.
        const Run classify = runCli(alone,
            { QStringLiteral("classify"),
                QStringLiteral(NEVERSENT_TEST_DATA "/cases/autoreply-outlook.eml") },
            false);
        QCOMPARE(classify.exitCode, 0);
        QVERIFY(classify.out.contains(u"\"kind\":\"auto-reply\""));
    }
};

QTEST_GUILESS_MAIN(MailboxHandOverTest)
#include "MailboxHandOverTest.moc"
