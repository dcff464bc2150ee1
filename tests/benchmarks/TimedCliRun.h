#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

// One whole neversent-cli process, timed from start to exit, with its peak resident memory
// as GNU time (/usr/bin/time, Debian package "time") reports it.
class TimedCliRun {
public:
    static constexpr const char* PasswordVariable = "NEVERSENT_BENCH_PASSWORD";

    // environmentRoot: XDG_CONFIG_HOME and XDG_CACHE_HOME of the child go below it, so that
    // nothing of the user's is read or written.
    TimedCliRun(QString cli, QString password, QString environmentRoot);

    bool run(const QStringList& arguments);

    bool ok() const { return m_ok; }
    QString error() const { return m_error; }
    double seconds() const { return m_seconds; }
    double peakMegabytes() const { return double(m_peakKilobytes) / 1024.0; }
    QJsonObject summary() const { return m_summary; }
    int messageLines() const { return m_messageLines; }

    static bool timeAvailable();

private:
    const QString m_cli;
    const QString m_password;
    const QString m_environmentRoot;
    bool m_ok = false;
    QString m_error;
    double m_seconds = 0;
    qint64 m_peakKilobytes = 0;
    QJsonObject m_summary;
    int m_messageLines = 0;
};
