#pragma once

#include "session/ScanResult.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace Core::Explain {

// A scan's bounces gathered for the people who can stop the spam run: forged and genuine
// ones per day, where the forged mail entered the mail system (the first hop outside
// private networks in the returned Received lines), and a few forged ones to look at.
// Only what the user saw in the list: no message text.
class SpamRun {
public:
    static constexpr int MaxSamples = 5;

    struct Day {
        int forged = 0;
        int genuine = 0;
    };
    struct Origin {
        QString network; // 203.0.113.0/24, 2001:db8:1::/48
        QStringList hosts; // the names the hops gave, each once
        int forged = 0;
    };
    struct Sample {
        QDateTime date; // the bounce's
        QString subject; // the bounce's
        QString reportingMta;
        QStringList recipients;
        QString originalMessageId;
        QString originalFrom;
        QString sourceIp;
        QString sourceHost;
        QStringList receiverChecks; // "dmarc=fail example.com"
    };

    void add(const Session::ScanResult& result);

    int forged() const { return m_forged; }
    int genuine() const { return m_genuine; }
    int unknown() const { return m_unknown; }
    // The time the bounces arrived over; invalid when none had a date.
    QDateTime first() const { return m_first; }
    QDateTime last() const { return m_last; }
    // By the day (UTC) the bounce arrived.
    const QMap<QDate, Day>& days() const { return m_days; }
    // By the hour (UTC) the bounce arrived, for a short run; bounces without a date are
    // in days() only.
    const QMap<QDateTime, Day>& hours() const { return m_hours; }
    // Most forged bounces first; ties by network.
    QList<Origin> origins() const;
    // The newest forged bounces, up to MaxSamples, newest first.
    const QList<Sample>& samples() const { return m_samples; }

    // The network an address belongs to for counting: /24 for IPv4, /48 for IPv6; empty
    // for what is no address.
    static QString networkOf(const QString& ip);

private:
    int m_forged = 0;
    int m_genuine = 0;
    int m_unknown = 0;
    QDateTime m_first;
    QDateTime m_last;
    QMap<QDate, Day> m_days;
    QMap<QDateTime, Day> m_hours;
    QMap<QString, Origin> m_origins;
    QList<Sample> m_samples;
};

} // namespace Core::Explain
