// How long neversent-cli takes to scan, rescan and clean a large account on a real Dovecot,
// directly and through a proxy that adds round-trip time, next to a minimal client that
// fetches the same bytes in the fewest commands (the lower bound). With --memory-only N:
// the peak memory of a first scan of an N-message INBOX.
//   tests/benchmarks/imap-benchmark.sh [--messages N] [--rtt-ms MS] [--runs R] [--memory-only N]
// Reports numbers; it asserts nothing and is not registered with ctest.
#include "BenchmarkAccount.h"
#include "DovecotFixture.h"
#include "FaultProxy.h"
#include "MinimalImapClient.h"
#include "TimedCliRun.h"

#include "analysis/HeaderTriage.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>
#include <limits>
#include <optional>

namespace {

const QByteArray SentFields = QByteArrayLiteral("MESSAGE-ID TO CC BCC SUBJECT DATE");

// The best time and the highest peak over the runs of one case.
struct Figure {
    double seconds = std::numeric_limits<double>::infinity();
    double peakMegabytes = 0;
    qint64 bytes = -1; // through the proxy, both directions; -1: not counted
    bool measured() const { return seconds != std::numeric_limits<double>::infinity(); }
    void add(double runSeconds, double runPeak, qint64 runBytes)
    {
        seconds = qMin(seconds, runSeconds);
        peakMegabytes = qMax(peakMegabytes, runPeak);
        if (runBytes >= 0)
            bytes = qMax(bytes, runBytes);
    }
};

struct Case {
    const char* name;
    Figure cliDirect;
    Figure cliAtRtt;
    Figure lowerDirect;
    Figure lowerAtRtt;
};

struct Settings {
    QString cli;
    int inbox = 10000;
    int sent = 5000;
    int rttMs = 50;
    int runs = 3;
};

void progress(const QString& text)
{
    std::fprintf(stderr, "# %s\n", text.toLocal8Bit().constData());
    std::fflush(stderr);
}

QString cell(const Figure& figure, double Figure::*value, int decimals)
{
    if (!figure.measured())
        return QStringLiteral("-");
    return QString::number(figure.*value, 'f', decimals);
}

QString bytesCell(const Figure& figure)
{
    return figure.bytes < 0 ? QStringLiteral("-") : QString::number(double(figure.bytes) / 1e3, 'f', 1);
}

void print(const QString& text)
{
    std::fputs(text.toLocal8Bit().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

// The measurements on one account, directly and through the proxy, and the table.
class Benchmark {
public:
    Benchmark(const Settings& settings, DovecotFixture& server, const QString& workDirectory)
        : m_settings(settings)
        , m_server(server)
        , m_work(workDirectory)
    {
    }

    QStringList connection(quint16 port, const QString& store) const
    {
        return { QStringLiteral("--server"), QStringLiteral("imap+plain://127.0.0.1:%1").arg(port),
            QStringLiteral("--user"), QString::fromLatin1(DovecotFixture::User),
            QStringLiteral("--password-env"), QString::fromLatin1(TimedCliRun::PasswordVariable),
            QStringLiteral("--db"), store };
    }

    TimedCliRun cli() const
    {
        return TimedCliRun(m_settings.cli, QString::fromLatin1(DovecotFixture::Password), m_work);
    }

    MinimalImapClient minimalClient(quint16 port) const
    {
        return MinimalImapClient(
            port, QByteArray(DovecotFixture::User), QByteArray(DovecotFixture::Password));
    }

    // Dovecot indexes a Maildir and fills its cache the first time it is read: a first scan
    // by the minimal client, straight to the server, so that every measured run finds the
    // server in the same state.
    bool warmUp(const QString& label, QString* error)
    {
        MinimalImapClient client = minimalClient(m_server.plainPort());
        const MinimalImapClient::Outcome outcome
            = client.firstScan(Core::Analysis::HeaderTriage::fieldNames(), SentFields);
        if (!outcome.ok) {
            *error = QStringLiteral("warm-up: %1").arg(outcome.error);
            return false;
        }
        progress(QStringLiteral("%1: server warm-up (minimal first scan, direct) %2 s")
                     .arg(label)
                     .arg(outcome.seconds, 0, 'f', 3));
        m_lastLower = outcome;
        return true;
    }

    // Everything for one way to the server. proxy: null for direct.
    bool measure(quint16 port, FaultProxy* proxy, bool atRtt, QString* error)
    {
        const QString label
            = atRtt ? QStringLiteral("at %1 ms RTT").arg(m_settings.rttMs) : QStringLiteral("direct");
        if (!warmUp(label, error))
            return false;
        const auto forwarded = [proxy] { return proxy ? proxy->bytesForwarded() : qint64(-1); };
        const auto delta
            = [proxy, forwarded](qint64 before) { return proxy ? forwarded() - before : qint64(-1); };

        for (int run = 1; run <= m_settings.runs; ++run) {
            MinimalImapClient client = minimalClient(port);
            qint64 before = forwarded();
            const MinimalImapClient::Outcome scan
                = client.firstScan(Core::Analysis::HeaderTriage::fieldNames(), SentFields);
            if (!scan.ok) {
                *error = QStringLiteral("lower bound, first scan %1: %2").arg(label, scan.error);
                return false;
            }
            (atRtt ? m_firstScan.lowerAtRtt : m_firstScan.lowerDirect).add(scan.seconds, 0, delta(before));
            m_lastLower = scan;
            before = forwarded();
            const MinimalImapClient::Outcome rescan = client.unchangedRescan();
            if (!rescan.ok) {
                *error = QStringLiteral("lower bound, rescan %1: %2").arg(label, rescan.error);
                return false;
            }
            (atRtt ? m_rescan.lowerAtRtt : m_rescan.lowerDirect).add(rescan.seconds, 0, delta(before));
            progress(QStringLiteral("%1, run %2: lower bound first scan %3 s (%4 commands), rescan %5 s")
                         .arg(label)
                         .arg(run)
                         .arg(scan.seconds, 0, 'f', 3)
                         .arg(scan.commands)
                         .arg(rescan.seconds, 0, 'f', 3));
        }

        QString store;
        for (int run = 1; run <= m_settings.runs; ++run) {
            store = QStringLiteral("%1/store-%2-%3.sqlite")
                        .arg(m_work, atRtt ? QStringLiteral("rtt") : QStringLiteral("direct"))
                        .arg(run);
            TimedCliRun scan = cli();
            qint64 before = forwarded();
            if (!scan.run(QStringList { QStringLiteral("scan") } + connection(port, store))) {
                *error = QStringLiteral("first scan %1: %2").arg(label, scan.error());
                return false;
            }
            (atRtt ? m_firstScan.cliAtRtt : m_firstScan.cliDirect)
                .add(scan.seconds(), scan.peakMegabytes(), delta(before));
            m_scanSummary = scan.summary();
            TimedCliRun rescan = cli();
            before = forwarded();
            if (!rescan.run(QStringList { QStringLiteral("scan") } + connection(port, store))) {
                *error = QStringLiteral("rescan %1: %2").arg(label, rescan.error());
                return false;
            }
            (atRtt ? m_rescan.cliAtRtt : m_rescan.cliDirect)
                .add(rescan.seconds(), rescan.peakMegabytes(), delta(before));
            m_rescanSummary = rescan.summary();
            progress(QStringLiteral("%1, run %2: neversent-cli first scan %3 s (%4 MB), rescan %5 s (%6 MB)")
                         .arg(label)
                         .arg(run)
                         .arg(scan.seconds(), 0, 'f', 3)
                         .arg(scan.peakMegabytes(), 0, 'f', 1)
                         .arg(rescan.seconds(), 0, 'f', 3)
                         .arg(rescan.peakMegabytes(), 0, 'f', 1));
        }

        // The clean moves the backscatter of the last scan; the lower bound then moves the
        // same messages back in one command, which also leaves the account as it was.
        TimedCliRun dryRun = cli();
        qint64 before = forwarded();
        if (!dryRun.run(QStringList { QStringLiteral("clean"), QStringLiteral("--dry-run") }
                + connection(port, store))) {
            *error = QStringLiteral("clean --dry-run %1: %2").arg(label, dryRun.error());
            return false;
        }
        (atRtt ? m_dryRun.cliAtRtt : m_dryRun.cliDirect)
            .add(dryRun.seconds(), dryRun.peakMegabytes(), delta(before));
        m_wouldMove = dryRun.summary().value(u"would_move").toInt();
        TimedCliRun clean = cli();
        before = forwarded();
        if (!clean.run(QStringList { QStringLiteral("clean") } + connection(port, store))) {
            *error = QStringLiteral("clean %1: %2").arg(label, clean.error());
            return false;
        }
        (atRtt ? m_clean.cliAtRtt : m_clean.cliDirect)
            .add(clean.seconds(), clean.peakMegabytes(), delta(before));
        m_moved = clean.summary().value(u"moved").toInt();
        MinimalImapClient client = minimalClient(port);
        before = forwarded();
        const MinimalImapClient::Outcome back = client.moveAll("Trash", "INBOX");
        if (!back.ok) {
            *error = QStringLiteral("lower bound, moving back %1: %2").arg(label, back.error);
            return false;
        }
        (atRtt ? m_clean.lowerAtRtt : m_clean.lowerDirect).add(back.seconds, 0, delta(before));
        progress(QStringLiteral("%1: clean --dry-run %2 s (would move %3), clean %4 s (moved %5), lower "
                                "bound moved %6 back in %7 s")
                     .arg(label)
                     .arg(dryRun.seconds(), 0, 'f', 3)
                     .arg(m_wouldMove)
                     .arg(clean.seconds(), 0, 'f', 3)
                     .arg(m_moved)
                     .arg(back.headers)
                     .arg(back.seconds, 0, 'f', 3));
        if (back.headers != m_moved) {
            *error = QStringLiteral("the Trash held %1 messages after a clean that moved %2")
                         .arg(back.headers)
                         .arg(m_moved);
            return false;
        }
        return true;
    }

    void report(const BenchmarkAccount::Composition& account) const
    {
        const int rtt = m_settings.rttMs;
        print(QStringLiteral("\nneversent-cli against Dovecot on loopback: INBOX %1 messages (%2 bounces, %3 "
                             "ordinary, %4 MB), Sent %5 (%6 of them originals of bounces)")
                  .arg(account.inbox)
                  .arg(account.bounces)
                  .arg(account.ordinary)
                  .arg(double(account.inboxBytes) / 1e6, 0, 'f', 1)
                  .arg(account.sent)
                  .arg(account.sentOriginals));
        print(QStringLiteral(
            "seconds: whole process, best of %1 (clean: 1); peak RSS: highest of all runs of the case; "
            "bytes: through the %2 ms proxy, both directions")
                  .arg(m_settings.runs)
                  .arg(rtt));
        print(QString());
        print(QString::asprintf("%-18s %10s %10s %10s %10s %7s %8s %10s %10s", "case", "direct s",
            "lower dir", "RTT s", "lower RTT", "ratio", "peak MB", "bytes kB", "lower kB"));
        for (const Case* row : { &m_firstScan, &m_rescan, &m_dryRun, &m_clean }) {
            const QString ratio = row->cliAtRtt.measured() && row->lowerAtRtt.measured()
                ? QString::asprintf("%.2f", row->cliAtRtt.seconds / row->lowerAtRtt.seconds)
                : QStringLiteral("-");
            Figure peak = row->cliDirect;
            peak.peakMegabytes = qMax(row->cliDirect.peakMegabytes, row->cliAtRtt.peakMegabytes);
            print(QString::asprintf("%-18s %10s %10s %10s %10s %7s %8s %10s %10s", row->name,
                qPrintable(cell(row->cliDirect, &Figure::seconds, 3)),
                qPrintable(cell(row->lowerDirect, &Figure::seconds, 3)),
                qPrintable(cell(row->cliAtRtt, &Figure::seconds, 3)),
                qPrintable(cell(row->lowerAtRtt, &Figure::seconds, 3)), qPrintable(ratio),
                qPrintable(cell(peak, &Figure::peakMegabytes, 1)), qPrintable(bytesCell(row->cliAtRtt)),
                qPrintable(bytesCell(row->lowerAtRtt))));
        }
        print(QString());
        print(QStringLiteral(
            "lower bound: LOGIN, EXAMINE INBOX, one UID FETCH 1:* of the triage header fields, "
            "HeaderTriage::mayBeAutomatic on each header in the client (%1 s of the time), "
            "one UID FETCH of the first 1 MB of the %2 candidates, EXAMINE Sent, "
            "one UID FETCH 1:* of the Sent fields, LOGOUT (%3 commands); "
            "rescan: LOGIN, STATUS INBOX, STATUS Sent, LOGOUT; "
            "clean: LOGIN, SELECT Trash, one UID FETCH of the Message-IDs, "
            "one UID MOVE of all back to INBOX, LOGOUT. It analyses nothing and stores nothing.")
                  .arg(m_lastLower.triageSeconds, 0, 'f', 3)
                  .arg(m_lastLower.candidates)
                  .arg(m_lastLower.commands));
        print(QStringLiteral(
            "first scan summary: scanned %1, bounces %2, backscatter %3, genuine %4, "
            "unknown %5, fetched_headers %6, fetched_bodies %7, its own seconds (last run, at RTT) %8")
                  .arg(m_scanSummary.value(u"scanned").toInt())
                  .arg(m_scanSummary.value(u"bounces").toInt())
                  .arg(m_scanSummary.value(u"backscatter").toInt())
                  .arg(m_scanSummary.value(u"genuine").toInt())
                  .arg(m_scanSummary.value(u"unknown").toInt())
                  .arg(m_scanSummary.value(u"fetched_headers").toInt())
                  .arg(m_scanSummary.value(u"fetched_bodies").toInt())
                  .arg(m_scanSummary.value(u"seconds").toDouble(), 0, 'f', 3));
        print(QStringLiteral("rescan summary: fetched_headers %1, fetched_bodies %2, its own seconds (last "
                             "run, at RTT) %3; clean: would move %4, moved %5")
                  .arg(m_rescanSummary.value(u"fetched_headers").toInt())
                  .arg(m_rescanSummary.value(u"fetched_bodies").toInt())
                  .arg(m_rescanSummary.value(u"seconds").toDouble(), 0, 'f', 3)
                  .arg(m_wouldMove)
                  .arg(m_moved));

        print(QStringLiteral("\ntargets%1:")
                  .arg(rtt == 50 ? QString()
                                 : QStringLiteral(" (stated for 50 ms RTT; this run used %1 ms)").arg(rtt)));
        const double bound = 1.3 * m_firstScan.lowerAtRtt.seconds;
        print(QStringLiteral("  first scan at RTT <= 1.3 x lower bound: %1 s vs %2 s: %3")
                  .arg(m_firstScan.cliAtRtt.seconds, 0, 'f', 3)
                  .arg(bound, 0, 'f', 3)
                  .arg(m_firstScan.cliAtRtt.seconds <= bound ? QStringLiteral("met")
                                                             : QStringLiteral("NOT met")));
        print(QStringLiteral("  unchanged rescan at RTT < 0.4 s: %1 s: %2")
                  .arg(m_rescan.cliAtRtt.seconds, 0, 'f', 3)
                  .arg(m_rescan.cliAtRtt.seconds < 0.4 ? QStringLiteral("met") : QStringLiteral("NOT met")));
        print(QStringLiteral("  peak memory, 100,000-message folder < 200 MB: not measured in this run "
                             "(--memory-only 100000); this %1-message first scan peaked at %2 MB")
                  .arg(m_settings.inbox)
                  .arg(qMax(m_firstScan.cliDirect.peakMegabytes, m_firstScan.cliAtRtt.peakMegabytes), 0, 'f',
                      1));
        if (m_scanSummary.value(u"fetched_bodies").toInt() != m_lastLower.candidates)
            print(QStringLiteral("  note: the scan read %1 bodies, the lower bound %2")
                      .arg(m_scanSummary.value(u"fetched_bodies").toInt())
                      .arg(m_lastLower.candidates));
    }

private:
    const Settings& m_settings;
    DovecotFixture& m_server;
    const QString m_work;
    Case m_firstScan { "first scan", {}, {}, {}, {} };
    Case m_rescan { "unchanged rescan", {}, {}, {}, {} };
    Case m_dryRun { "clean --dry-run", {}, {}, {}, {} };
    Case m_clean { "clean", {}, {}, {}, {} };
    MinimalImapClient::Outcome m_lastLower;
    QJsonObject m_scanSummary;
    QJsonObject m_rescanSummary;
    int m_wouldMove = 0;
    int m_moved = 0;
};

int fail(const QString& message)
{
    std::fprintf(stderr, "neversent_imap_benchmark: %s\n", message.toLocal8Bit().constData());
    return 1;
}

std::optional<int> positive(const QCommandLineParser& parser, const QString& name, bool allowZero = false)
{
    bool ok = false;
    const int value = parser.value(name).toInt(&ok);
    if (!ok || value < (allowZero ? 0 : 1))
        return std::nullopt;
    return value;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Times neversent-cli scan, rescan and clean against Dovecot, directly and "
                       "through a proxy that adds round-trip time, next to a minimal IMAP client."));
    parser.addHelpOption();
    parser.addOptions({
        { QStringLiteral("messages"),
            QStringLiteral("INBOX messages (default 10000; Sent gets half as many)."), QStringLiteral("N"),
            QStringLiteral("10000") },
        { QStringLiteral("sent"), QStringLiteral("Sent messages (default: half of the INBOX)."),
            QStringLiteral("N") },
        { QStringLiteral("rtt-ms"), QStringLiteral("Round-trip time the proxy adds (default 50)."),
            QStringLiteral("MS"), QStringLiteral("50") },
        { QStringLiteral("runs"), QStringLiteral("Runs of each scan case; the best time counts (default 3)."),
            QStringLiteral("R"), QStringLiteral("3") },
        { QStringLiteral("cli"), QStringLiteral("The neversent-cli to measure (default: this build's)."),
            QStringLiteral("PATH"), QStringLiteral(NEVERSENT_CLI) },
        { QStringLiteral("memory-only"),
            QStringLiteral("Only build an N-message INBOX and report the peak memory of a first scan and a "
                           "rescan, direct."),
            QStringLiteral("N") },
    });
    parser.process(app);

    Settings settings;
    settings.cli = parser.value(QStringLiteral("cli"));
    const bool memoryOnly = parser.isSet(QStringLiteral("memory-only"));
    const auto inbox
        = positive(parser, memoryOnly ? QStringLiteral("memory-only") : QStringLiteral("messages"));
    const auto rtt = positive(parser, QStringLiteral("rtt-ms"), true);
    const auto runs = positive(parser, QStringLiteral("runs"));
    if (!inbox || !rtt || !runs)
        return fail(QStringLiteral("--messages, --memory-only, --rtt-ms and --runs take whole numbers"));
    settings.inbox = *inbox;
    settings.sent = settings.inbox / 2;
    if (parser.isSet(QStringLiteral("sent"))) {
        const auto sent = positive(parser, QStringLiteral("sent"), true);
        if (!sent)
            return fail(QStringLiteral("--sent takes a whole number"));
        settings.sent = *sent;
    }
    settings.rttMs = *rtt;
    settings.runs = memoryOnly ? 1 : *runs;
    if (!QFileInfo(settings.cli).isExecutable())
        return fail(QStringLiteral("no neversent-cli at %1 (build it, or give --cli)").arg(settings.cli));
    if (!TimedCliRun::timeAvailable())
        return fail(QStringLiteral("needs /usr/bin/time for peak memory (apt-get install time)"));

    QString error;
    BenchmarkAccount account(QStringLiteral(NEVERSENT_CORPUS));
    if (!account.load(&error))
        return fail(error);
    QTemporaryDir work;
    if (!work.isValid())
        return fail(QStringLiteral("no temporary folder"));
    DovecotFixture server;
    QElapsedTimer clock;
    clock.start();
    if (!account.fill(server, settings.inbox, settings.sent, &error) || !server.start(&error))
        return fail(error);
    const BenchmarkAccount::Composition composition = account.composition();
    progress(QStringLiteral(
        "account written and Dovecot started in %1 s: INBOX %2 (%3 bounces from %4 corpus files, %5 ordinary "
        "from %6), Sent %7")
                 .arg(double(clock.elapsed()) / 1000.0, 0, 'f', 1)
                 .arg(composition.inbox)
                 .arg(composition.bounces)
                 .arg(account.bounceFiles())
                 .arg(composition.ordinary)
                 .arg(account.ordinaryFiles())
                 .arg(composition.sent));

    Benchmark benchmark(settings, server, work.path());
    if (memoryOnly) {
        // Straight to the server, no warm-up: Dovecot indexes the Maildir during this scan.
        const QString store = work.filePath(QStringLiteral("memory.sqlite"));
        TimedCliRun scan = benchmark.cli();
        if (!scan.run(
                QStringList { QStringLiteral("scan") } + benchmark.connection(server.plainPort(), store)))
            return fail(scan.error());
        TimedCliRun rescan = benchmark.cli();
        if (!rescan.run(
                QStringList { QStringLiteral("scan") } + benchmark.connection(server.plainPort(), store)))
            return fail(rescan.error());
        const QJsonObject summary = scan.summary();
        print(QStringLiteral("\nneversent-cli scan, direct, INBOX %1 messages (%2 bounces, %3 MB), Sent %4")
                  .arg(composition.inbox)
                  .arg(composition.bounces)
                  .arg(double(composition.inboxBytes) / 1e6, 0, 'f', 1)
                  .arg(composition.sent));
        print(QString::asprintf("%-18s %10s %8s", "case", "seconds", "peak MB"));
        print(QString::asprintf("%-18s %10.3f %8.1f", "first scan", scan.seconds(), scan.peakMegabytes()));
        print(QString::asprintf(
            "%-18s %10.3f %8.1f", "unchanged rescan", rescan.seconds(), rescan.peakMegabytes()));
        print(QStringLiteral("first scan summary: scanned %1, bounces %2, backscatter %3, genuine %4, "
                             "unknown %5, fetched_headers %6, fetched_bodies %7 (one run each, no warm-up: "
                             "the first scan includes Dovecot indexing the new Maildir)")
                  .arg(summary.value(u"scanned").toInt())
                  .arg(summary.value(u"bounces").toInt())
                  .arg(summary.value(u"backscatter").toInt())
                  .arg(summary.value(u"genuine").toInt())
                  .arg(summary.value(u"unknown").toInt())
                  .arg(summary.value(u"fetched_headers").toInt())
                  .arg(summary.value(u"fetched_bodies").toInt()));
        const double peak = qMax(scan.peakMegabytes(), rescan.peakMegabytes());
        print(QStringLiteral(
            "\ntarget: peak memory for a 100,000-message folder < 200 MB: %1 MB at %2 messages: %3")
                  .arg(peak, 0, 'f', 1)
                  .arg(composition.inbox)
                  .arg(composition.inbox < 100000
                          ? QStringLiteral("not measured at 100,000")
                          : (peak < 200 ? QStringLiteral("met") : QStringLiteral("NOT met"))));
        return 0;
    }

    if (!benchmark.measure(server.plainPort(), nullptr, false, &error))
        return fail(error);
    FaultProxy proxy(server.plainPort());
    proxy.setLatency(settings.rttMs / 2);
    if (!proxy.start(&error))
        return fail(error);
    if (!benchmark.measure(proxy.port(), &proxy, true, &error))
        return fail(error);
    benchmark.report(composition);
    return 0;
}
