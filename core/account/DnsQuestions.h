#pragma once

#include "account/NetworkOverrides.h"

#include <QDnsLookup>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

#include <chrono>
#include <memory>
#include <utility>
#include <vector>

namespace Core::Account {

// A few DNS questions asked at once, with one deadline for all of them: each answer is
// handed on as it comes, and done() says when every one has answered or the time is up.
// A test without its own name server (NetworkOverrides) never reaches the real ones: it is
// done at once, with no answers. What the answers mean is the asker's business.
class DnsQuestions : public QObject {
    Q_OBJECT

public:
    using Question = std::pair<QDnsLookup::Type, QString>;

    explicit DnsQuestions(std::chrono::milliseconds timeout, QObject* parent = nullptr);
    ~DnsQuestions() override;

    // TEST ONLY: see NetworkOverrides (the name server is the part used here).
    void setNetworkOverrides(const NetworkOverrides& overrides);
    void setTimeout(std::chrono::milliseconds timeout);
    // Asks this name server (on port 53) instead of the system's: for networks whose own
    // DNS answers differently, and for the tests.
    void setNameserver(const QHostAddress& nameserver);

    // Forgets the questions before and asks these.
    void ask(const QList<Question>& questions);
    // Stops without emitting anything more.
    void cancel();

signals:
    // One answer (or the error instead of one: see lookup.error()).
    void answered(const QDnsLookup& lookup);
    // Every question answered, or timedOut.
    void done(bool timedOut);

private:
    void finish(bool timedOut);

    NetworkOverrides m_overrides;
    QTimer m_deadline;
    std::vector<std::unique_ptr<QDnsLookup>> m_lookups;
    int m_pending = 0;
    quint64 m_run = 0; // which ask() a queued step belongs to
    bool m_running = false;
};

} // namespace Core::Account
