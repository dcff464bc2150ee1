#pragma once

#include "account/NetworkOverrides.h"
#include "account/ServerCandidate.h"

#include <QByteArray>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <chrono>
#include <vector>

class QNetworkReply;

namespace Core::Account {

// Fetches the mail configuration file a provider publishes for Thunderbird, from
//   https://autoconfig.<domain>/mail/config-v1.1.xml?emailaddress=<address>  (asked first)
//   https://<domain>/.well-known/autoconfig/mail/config-v1.1.xml
// Both are asked at once; the first one's servers win when it has any. HTTPS only, with
// the certificate checked as usual, at most MaximumFileSize bytes, within the timeout.
class AutoconfigLookup : public QObject {
    Q_OBJECT

public:
    static constexpr qsizetype MaximumFileSize = 64 * 1024;

    explicit AutoconfigLookup(QObject* parent = nullptr);
    ~AutoconfigLookup() override;

    // TEST ONLY: see NetworkOverrides.
    void setNetworkOverrides(const NetworkOverrides& overrides);
    void setTimeout(std::chrono::milliseconds timeout);

    // domain: the address's domain as the network knows it (lower case, IDNs in ACE form).
    void start(const QString& emailAddress, const QString& domain);
    // Stops without emitting finished().
    void cancel();

signals:
    // Empty when neither place had a usable file.
    void finished(const QList<Core::Account::ServerCandidate>& candidates);

private:
    struct Attempt {
        QUrl url;
        QPointer<QNetworkReply> reply;
        QByteArray body;
        bool done = false;
        QList<ServerCandidate> found;
    };

    void request(qsizetype index);
    void readBody(qsizetype index);
    void replyFinished(qsizetype index);
    void fail(qsizetype index, const QString& reason);
    void settle();
    void stopReplies();
    // Stops the attempt's request, if still running, and lets its reply go.
    void dropReply(Attempt& attempt);

    QNetworkAccessManager m_network;
    NetworkOverrides m_overrides;
    QTimer m_deadline;
    QString m_emailAddress;
    std::vector<Attempt> m_attempts;
    quint64 m_run = 0; // which start() a queued step belongs to
    bool m_running = false;
};

} // namespace Core::Account
