// neversent-cli watch against a real Dovecot on loopback, as IT would run it as a service:
// 1,000 bounces (forged and genuine mixed) arrive over a minute while it watches, the
// server ends the session in the middle, and every one is judged exactly once; nothing
// moves without --move-forged, and with it exactly the new forged ones move, as a clean
// that undo takes back. SIGTERM ends it with the summary line. IDLE brings new mail long
// before the interval's next look; a server without IDLE is asked every interval.
#include "CliRun.h"
#include "DovecotFixture.h"
#include "NumberedBounce.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString Me = QStringLiteral("sam@bluebird-office.example");

} // namespace

class WatchCommandTest : public QObject {
    Q_OBJECT

private:
    static constexpr int Arriving = 1000;
    static constexpr int Batches = 40;
    static constexpr int BatchIntervalMs = 1500;

    DovecotFixture m_server;
    QTemporaryDir m_dir;
    int m_nextBounce = 0;

    // What every command takes.
    QStringList connection() const { return connectionTo(m_server, QStringLiteral("store.sqlite")); }

    QStringList connectionTo(const DovecotFixture& server, const QString& store) const
    {
        return { QStringLiteral("--server"),
            QStringLiteral("imap+plain://127.0.0.1:%1").arg(server.plainPort()), QStringLiteral("--user"),
            QString::fromLatin1(DovecotFixture::User), QStringLiteral("--password-env"),
            QStringLiteral("NEVERSENT_TEST_PASSWORD"), QStringLiteral("--db"), m_dir.filePath(store) };
    }

    // Watches m_server, asking every second.
    void startWatch(QProcess& process, const QStringList& extra, QList<QJsonObject>* lines)
    {
        startWatchWith(process,
            QStringList { QStringLiteral("--interval"), QStringLiteral("1") } + connection() + extra, lines);
    }

    // With the IMAP trace on stderr.
    void startWatchWith(QProcess& process, const QStringList& arguments, QList<QJsonObject>* lines)
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(
            QStringLiteral("NEVERSENT_TEST_PASSWORD"), QString::fromLatin1(DovecotFixture::Password));
        environment.insert(
            QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("neversent.imap.trace.debug=true"));
        process.setProcessEnvironment(environment);
        QObject::connect(&process, &QProcess::readyReadStandardOutput, &process, [&process, lines] {
            while (process.canReadLine())
                lines->append(QJsonDocument::fromJson(process.readLine()).object());
        });
        process.start(QStringLiteral(NEVERSENT_CLI), QStringList { QStringLiteral("watch") } + arguments);
        QVERIFY(process.waitForStarted());
        // New mail is what comes after the first look: wait for it.
        QByteArray said;
        QTRY_VERIFY_WITH_TIMEOUT((said += process.readAllStandardError()).contains("already there"), 30000);
    }

    void addBounces(int count)
    {
        for (int i = 0; i < count; ++i) {
            QString error;
            QVERIFY2(
                m_server.deliver(QStringLiteral("INBOX"), NumberedBounce::bounce(m_nextBounce++), &error),
                qPrintable(error));
        }
    }

    static QJsonObject stop(QProcess& process, QList<QJsonObject>* lines)
    {
        process.terminate(); // SIGTERM
        if (!process.waitForFinished(30000))
            return {};
        while (process.canReadLine())
            lines->append(QJsonDocument::fromJson(process.readLine()).object());
        if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0 || lines->isEmpty())
            return {};
        return lines->takeLast().value(QStringLiteral("summary")).toObject();
    }

    static int numberOf(const QJsonObject& message)
    {
        const QString id = message.value(QStringLiteral("original"))
                               .toObject()
                               .value(QStringLiteral("message_id"))
                               .toString();
        return id.section(u'@', 0, 0).section(u'-', 1).toInt();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        // Sent reaches back before the run, and holds the originals of the even ones.
        QVERIFY2(m_server.addMessage(QStringLiteral("Sent"),
                     "From: sam@bluebird-office.example\r\nTo: a@example.org\r\nSubject: Hello\r\n"
                     "Date: Thu, 01 Oct 2026 09:00:00 +0000\r\nMessage-ID: "
                     "<early@bluebird-office.example>\r\n\r\nHi\r\n",
                     &error),
            qPrintable(error));
        for (int n = 0; n < Arriving + 100; n += 2)
            QVERIFY2(m_server.addMessage(QStringLiteral("Sent"), NumberedBounce::sentOriginal(n), &error),
                qPrintable(error));
        // Already there when the watch begins: never reported as new.
        addBounces(3);
    }

    void judgesEachNewBounceOnceAndResumesAfterTheServerCutsIt()
    {
        QProcess process;
        QList<QJsonObject> lines;
        startWatch(process, {}, &lines);
        const int first = m_nextBounce;
        for (int batch = 0; batch < Batches; ++batch) {
            addBounces(Arriving / Batches);
            if (batch == Batches / 2) {
                QString error;
                QVERIFY2(m_server.kickUser(&error), qPrintable(error)); // as a server restart would
            }
            QTest::qWait(BatchIntervalMs);
        }
        QTRY_VERIFY2_WITH_TIMEOUT(lines.size() >= Arriving,
            qPrintable(QStringLiteral("%1 lines; %2")
                           .arg(lines.size())
                           .arg(QString::fromUtf8(process.readAllStandardError()))),
            60000);
        const QJsonObject summary = stop(process, &lines);
        QVERIFY2(!summary.isEmpty(), process.readAllStandardError().constData());

        QCOMPARE(lines.size(), Arriving);
        QSet<qint64> uids;
        int forged = 0;
        for (const QJsonObject& message : std::as_const(lines)) {
            const int n = numberOf(message);
            QVERIFY(n >= first && n < first + Arriving);
            uids.insert(message.value(QStringLiteral("uid")).toInteger());
            const QString verdict = message.value(QStringLiteral("verdict")).toString();
            QCOMPARE(verdict, n % 2 == 0 ? QStringLiteral("genuine") : QStringLiteral("backscatter"));
            forged += verdict == u"backscatter";
        }
        QCOMPARE(uids.size(), Arriving); // each judged once
        QCOMPARE(summary.value(QStringLiteral("new")).toInt(), Arriving);
        QCOMPARE(summary.value(QStringLiteral("backscatter")).toInt(), forged);
        QCOMPARE(forged, Arriving / 2);
        QVERIFY(summary.value(QStringLiteral("reconnects")).toInt() >= 1);
        QCOMPARE(summary.value(QStringLiteral("moved")).toInt(), 0);
        // Nothing moved without the opt-in.
        QString error;
        QCOMPARE(m_server.messageIds(QStringLiteral("INBOX"), &error).size(), m_nextBounce);
        QCOMPARE(m_server.messageIds(QStringLiteral("Trash"), &error).size(), 0);
    }

    void movesOnlyNewForgedBouncesWithTheOptIn()
    {
        QString error;
        const QStringList before = m_server.messageIds(QStringLiteral("INBOX"), &error);
        QProcess process;
        QList<QJsonObject> lines;
        startWatch(process, { QStringLiteral("--move-forged") }, &lines);
        const int first = m_nextBounce;
        addBounces(20);
        QTest::qWait(BatchIntervalMs);
        addBounces(20);
        // 40 messages, and an entry for each of the 20 forged ones moved.
        QTRY_VERIFY2_WITH_TIMEOUT(lines.size() >= 60,
            qPrintable(QStringLiteral("%1 lines; %2")
                           .arg(lines.size())
                           .arg(QString::fromUtf8(process.readAllStandardError()))),
            30000);
        const QJsonObject summary = stop(process, &lines);
        QVERIFY2(!summary.isEmpty(), process.readAllStandardError().constData());
        QCOMPARE(summary.value(QStringLiteral("new")).toInt(), 40);
        QCOMPARE(summary.value(QStringLiteral("moved")).toInt(), 20);

        QStringList movedIds; // the forged ones: odd numbers
        QStringList kept = before;
        for (int n = first; n < first + 40; ++n)
            (n % 2 == 1 ? movedIds : kept).append(QStringLiteral("<bounce-%1@mx.receiver.example>").arg(n));
        movedIds.sort();
        kept.sort();
        QCOMPARE(m_server.messageIds(QStringLiteral("Trash"), &error), movedIds);
        QCOMPARE(m_server.messageIds(QStringLiteral("INBOX"), &error), kept);
        QSet<qint64> actions;
        for (const QJsonObject& line : std::as_const(lines)) {
            if (line.contains(QStringLiteral("action"))) {
                QCOMPARE(line.value(QStringLiteral("state")).toString(), QStringLiteral("moved"));
                actions.insert(line.value(QStringLiteral("action")).toInteger());
            }
        }
        QVERIFY(!actions.isEmpty());

        // Each automatic move is an audited clean: undo takes them back.
        for (const qint64 action : std::as_const(actions)) {
            const CliRun undo = CliRun::run(
                QStringList { QStringLiteral("undo"), QStringLiteral("--action"), QString::number(action) }
                    + connection(),
                QString::fromLatin1(DovecotFixture::Password));
            QVERIFY2(undo.exitCode == 0, qPrintable(undo.stderrText));
        }
        QCOMPARE(m_server.messageIds(QStringLiteral("Trash"), &error).size(), 0);
        QStringList everything = kept + movedIds;
        everything.sort();
        QCOMPARE(m_server.messageIds(QStringLiteral("INBOX"), &error), everything);
    }

    // An hour between looks, and yet new mail comes within moments: the INBOX is idled. (A
    // Dovecot that misses a change still looks again after 30 s of IDLE.)
    void idleBringsNewMailBeforeTheInterval()
    {
        QProcess process;
        QList<QJsonObject> lines;
        startWatchWith(process,
            QStringList { QStringLiteral("--interval"), QStringLiteral("3600") } + connection(), &lines);
        // Everything the watch traces from here on, for the checks and for a failure's message.
        QByteArray trace;
        const auto traced = [&] {
            trace += process.readAllStandardError();
            return QString::fromUtf8(trace.right(6000));
        };
        const int first = m_nextBounce;
        addBounces(3);
        QTRY_VERIFY2_WITH_TIMEOUT(lines.size() >= 3,
            qPrintable(QStringLiteral("%1 lines; %2").arg(lines.size()).arg(traced())), 45000);
        addBounces(2); // and again, from the next IDLE
        QTRY_VERIFY2_WITH_TIMEOUT(lines.size() >= 5,
            qPrintable(QStringLiteral("%1 lines; %2").arg(lines.size()).arg(traced())), 45000);
        traced();
        const QJsonObject summary = stop(process, &lines); // SIGTERM while idling
        QVERIFY(!summary.isEmpty());
        QCOMPARE(summary.value(QStringLiteral("new")).toInt(), 5);
        QCOMPARE(summary.value(QStringLiteral("reconnects")).toInt(), 0); // nothing cut it
        QCOMPARE(lines.size(), 5);
        for (const QJsonObject& message : std::as_const(lines))
            QVERIFY(numberOf(message) >= first && numberOf(message) < first + 5);
        QVERIFY2(trace.contains(" IDLE\n") && trace.contains("C: DONE"), trace.right(2000).constData());
    }

    // Where the server does not announce IDLE, the watch asks every interval, and never idles.
    void pollsAServerWithoutIdle()
    {
        DovecotFixture server;
        server.setCapabilities(
            QStringLiteral("IMAP4rev1 LITERAL+ UIDPLUS UNSELECT MOVE CONDSTORE SPECIAL-USE LIST-EXTENDED"));
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        QProcess process;
        QList<QJsonObject> lines;
        startWatchWith(process,
            QStringList { QStringLiteral("--interval"), QStringLiteral("1") }
                + connectionTo(server, QStringLiteral("no-idle.sqlite")),
            &lines);
        for (int n = 1; n <= 4; ++n)
            QVERIFY2(server.deliver(QStringLiteral("INBOX"), NumberedBounce::bounce(n), &error),
                qPrintable(error));
        QTRY_VERIFY2_WITH_TIMEOUT(
            lines.size() >= 4, qPrintable(QStringLiteral("%1 lines").arg(lines.size())), 20000);
        const QByteArray trace = process.readAllStandardError();
        const QJsonObject summary = stop(process, &lines);
        QCOMPARE(summary.value(QStringLiteral("new")).toInt(), 4);
        QVERIFY(trace.contains("STATUS"));
        QVERIFY2(!trace.contains("IDLE"), trace.right(2000).constData());
    }

    void signalEndsItCleanlyWithNothingNew()
    {
        QProcess process;
        QList<QJsonObject> lines;
        startWatch(process, {}, &lines);
        const QJsonObject summary = stop(process, &lines);
        QVERIFY(!summary.isEmpty());
        QCOMPARE(summary.value(QStringLiteral("new")).toInt(), 0);
        QCOMPARE(summary.value(QStringLiteral("reconnects")).toInt(), 0);
        QVERIFY(lines.isEmpty());
    }

    void usageErrors()
    {
        const CliRun run = CliRun::run(
            QStringList { QStringLiteral("watch"), QStringLiteral("--interval"), QStringLiteral("0") }
                + connection(),
            QString::fromLatin1(DovecotFixture::Password));
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.stderrText.contains(QStringLiteral("--interval")));
    }
};

QTEST_GUILESS_MAIN(WatchCommandTest)
#include "WatchCommandTest.moc"
