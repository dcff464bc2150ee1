#include "account/DnsQuestions.h"

#include "common/LogCategories.h"

namespace Core::Account {

DnsQuestions::DnsQuestions(std::chrono::milliseconds timeout, QObject* parent)
    : QObject(parent)
    , m_deadline(this) // a child, so that moveToThread() takes it along
{
    m_deadline.setSingleShot(true);
    m_deadline.setInterval(timeout);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        qCInfo(lcAccount) << "DNS: no full answer within" << m_deadline.interval() << "ms";
        finish(true);
    });
}

DnsQuestions::~DnsQuestions()
{
    cancel();
}

void DnsQuestions::setNetworkOverrides(const NetworkOverrides& overrides)
{
    m_overrides = overrides;
}

void DnsQuestions::setNameserver(const QHostAddress& nameserver)
{
    m_overrides.nameserver = nameserver;
}

void DnsQuestions::setTimeout(std::chrono::milliseconds timeout)
{
    m_deadline.setInterval(timeout);
}

void DnsQuestions::ask(const QList<Question>& questions)
{
    cancel();
    m_running = true;
    if ((m_overrides.isActive() && m_overrides.nameserver.isNull()) || questions.isEmpty()) {
        // A test without its own DNS server: the real ones are not to be asked.
        QTimer::singleShot(0, this, [this, run = m_run] {
            if (m_running && run == m_run)
                finish(false);
        });
        return;
    }
    m_pending = int(questions.size());
    for (const auto& [type, name] : questions) {
        auto lookup = std::make_unique<QDnsLookup>(type, name);
        if (!m_overrides.nameserver.isNull())
            lookup->setNameserver(m_overrides.nameserver);
        QDnsLookup* asked = lookup.get();
        connect(asked, &QDnsLookup::finished, this, [this, asked] {
            if (asked->error() != QDnsLookup::NoError)
                qCInfo(lcAccount) << "DNS" << asked->name() << asked->errorString();
            emit answered(*asked);
            if (--m_pending == 0)
                finish(false);
        });
        m_lookups.push_back(std::move(lookup));
    }
    m_deadline.start();
    for (const auto& lookup : m_lookups)
        lookup->lookup();
}

void DnsQuestions::cancel()
{
    m_running = false;
    ++m_run;
    m_deadline.stop();
    for (auto& lookup : m_lookups) {
        lookup->disconnect(this);
        lookup->abort();
        // The lookup runs on a thread of Qt's pool; deleteLater lets it wind down.
        lookup.release()->deleteLater();
    }
    m_lookups.clear();
    m_pending = 0;
}

void DnsQuestions::finish(bool timedOut)
{
    if (!m_running)
        return;
    cancel();
    emit done(timedOut);
}

} // namespace Core::Account
