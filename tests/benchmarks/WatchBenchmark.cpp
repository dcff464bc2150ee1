// How long `neversent-cli watch` takes from a bounce's arrival in the mailbox to its
// verdict on stdout, against a real Dovecot on loopback: for each poll interval, bounces
// arrive one at a time at random moments, and the delay of each is timed. Prints the
// smallest, median, 90th percentile and largest delay; asserts nothing.
//   neversent_watch_benchmark [--intervals 1,5] [--bounces 20] [--without-idle]
#include "DovecotFixture.h"
#include "NumberedBounce.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>

namespace {

double percentile(QList<qint64> values, double share)
{
    std::sort(values.begin(), values.end());
    return double(values.at(std::min(qsizetype(share * double(values.size())), values.size() - 1)));
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption intervals(QStringLiteral("intervals"),
        QStringLiteral("Poll intervals to time, in seconds."), QStringLiteral("LIST"), QStringLiteral("1,5"));
    const QCommandLineOption bounces(QStringLiteral("bounces"), QStringLiteral("Bounces per interval."),
        QStringLiteral("N"), QStringLiteral("20"));
    const QCommandLineOption withoutIdle(QStringLiteral("without-idle"),
        QStringLiteral("The server announces no IDLE: only the STATUS poll brings new mail."));
    parser.addOptions({ intervals, bounces, withoutIdle });
    parser.addHelpOption();
    parser.process(app);
    const int perInterval = std::max(1, parser.value(bounces).toInt());

    DovecotFixture server;
    if (parser.isSet(withoutIdle))
        server.setCapabilities(
            QStringLiteral("IMAP4rev1 LITERAL+ UIDPLUS UNSELECT MOVE CONDSTORE SPECIAL-USE LIST-EXTENDED"));
    QString error;
    if (!server.start(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const QStringList list = parser.value(intervals).split(u',', Qt::SkipEmptyParts);
    server.addMessage(QStringLiteral("Sent"), NumberedBounce::earliestSent(), &error);
    for (int n = 0; n < perInterval * int(list.size()); n += 2)
        server.addMessage(QStringLiteral("Sent"), NumberedBounce::sentOriginal(n), &error);
    QTemporaryDir store;
    int next = 0;
    std::printf(
        "%-10s %8s %10s %10s %10s %10s\n", "interval", "bounces", "min ms", "median ms", "p90 ms", "max ms");
    for (const QString& interval : list) {
        QProcess watch;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(
            QStringLiteral("NEVERSENT_TEST_PASSWORD"), QString::fromLatin1(DovecotFixture::Password));
        watch.setProcessEnvironment(environment);
        watch.start(QStringLiteral(NEVERSENT_CLI),
            { QStringLiteral("watch"), QStringLiteral("--interval"), interval, QStringLiteral("--server"),
                QStringLiteral("imap+plain://127.0.0.1:%1").arg(server.plainPort()), QStringLiteral("--user"),
                QString::fromLatin1(DovecotFixture::User), QStringLiteral("--password-env"),
                QStringLiteral("NEVERSENT_TEST_PASSWORD"), QStringLiteral("--db"),
                store.filePath(QStringLiteral("store.sqlite")), QStringLiteral("--me"),
                QStringLiteral("sam@bluebird-office.example") });
        QByteArray said;
        while (!said.contains("already there") && watch.waitForReadyRead(30000))
            said += watch.readAllStandardError();
        QList<qint64> delays;
        const int intervalMs = interval.toInt() * 1000;
        for (int i = 0; i < perInterval; ++i) {
            // Mail comes at any moment of the poll's cycle.
            QThread::msleep(QRandomGenerator::global()->bounded(std::max(intervalMs, 1)));
            QElapsedTimer clock;
            clock.start();
            server.deliver(QStringLiteral("INBOX"), NumberedBounce::bounce(next++), &error);
            while (!watch.canReadLine() && clock.elapsed() < 10 * intervalMs + 30000)
                watch.waitForReadyRead(50);
            if (!watch.canReadLine()) {
                std::fprintf(stderr, "no verdict came for bounce %d\n", next - 1);
                break;
            }
            delays.append(clock.elapsed());
            watch.readLine();
        }
        watch.terminate();
        watch.waitForFinished(30000);
        if (delays.isEmpty())
            return 1;
        std::printf("%-10s %8d %10.0f %10.0f %10.0f %10.0f\n", qPrintable(interval + QStringLiteral(" s")),
            int(delays.size()), percentile(delays, 0), percentile(delays, 0.5), percentile(delays, 0.9),
            percentile(delays, 1));
    }
    return 0;
}
