#include "TimedCliRun.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryFile>

namespace {

const QString TimeProgram = QStringLiteral("/usr/bin/time");
constexpr int TimeoutMs = 60 * 60 * 1000;

} // namespace

TimedCliRun::TimedCliRun(QString cli, QString password, QString environmentRoot)
    : m_cli(std::move(cli))
    , m_password(std::move(password))
    , m_environmentRoot(std::move(environmentRoot))
{
}

bool TimedCliRun::timeAvailable()
{
    return QFileInfo(TimeProgram).isExecutable();
}

bool TimedCliRun::run(const QStringList& arguments)
{
    m_ok = false;
    m_error.clear();
    m_summary = {};
    m_messageLines = 0;
    m_peakKilobytes = 0;

    QTemporaryFile timeOutput;
    if (!timeOutput.open()) {
        m_error = QStringLiteral("cannot make a temporary file for /usr/bin/time");
        return false;
    }
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QString::fromLatin1(PasswordVariable), m_password);
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_environmentRoot + QStringLiteral("/config"));
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), m_environmentRoot + QStringLiteral("/cache"));
    process.setProcessEnvironment(environment);
    // %M: the child's maximum resident set size in kilobytes.
    const QStringList timeArguments = QStringList {
        QStringLiteral("-f"), QStringLiteral("%M"), QStringLiteral("-o"), timeOutput.fileName(), m_cli
    } + arguments;

    QElapsedTimer clock;
    clock.start();
    process.start(TimeProgram, timeArguments);
    if (!process.waitForStarted(30000)) {
        m_error = QStringLiteral("cannot start %1: %2").arg(TimeProgram, process.errorString());
        return false;
    }
    // Read as it comes, so that a long output never blocks the child; of the progress on
    // stderr only the end is kept, for an error message.
    QByteArray out;
    QByteArray err;
    while (process.state() != QProcess::NotRunning) {
        process.waitForReadyRead(1000);
        out += process.readAllStandardOutput();
        err += process.readAllStandardError();
        if (err.size() > 65536)
            err = err.right(4096);
        if (clock.hasExpired(TimeoutMs)) {
            process.kill();
            process.waitForFinished(10000);
            m_error = QStringLiteral("neversent-cli did not finish within an hour");
            return false;
        }
    }
    process.waitForFinished(-1);
    m_seconds = double(clock.nsecsElapsed()) / 1e9;
    out += process.readAllStandardOutput();
    err += process.readAllStandardError();

    QFile timeFile(timeOutput.fileName());
    if (timeFile.open(QIODevice::ReadOnly)) {
        // The last line is %M; a "Command exited with non-zero status" line may come before.
        const QList<QByteArray> lines = timeFile.readAll().trimmed().split('\n');
        m_peakKilobytes = lines.isEmpty() ? 0 : lines.last().trimmed().toLongLong();
    }
    for (const QByteArray& line : out.split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        const QJsonObject object = QJsonDocument::fromJson(line).object();
        if (object.contains(u"summary"))
            m_summary = object.value(u"summary").toObject();
        else
            ++m_messageLines;
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        m_error = QStringLiteral("neversent-cli %1 exited with %2: %3")
                      .arg(arguments.value(0))
                      .arg(process.exitCode())
                      .arg(QString::fromUtf8(err.trimmed().right(2000)));
        return false;
    }
    if (m_summary.isEmpty()) {
        m_error = QStringLiteral("neversent-cli %1 printed no summary").arg(arguments.value(0));
        return false;
    }
    m_ok = true;
    return true;
}
