#pragma once

#include "account/ServerCandidate.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

namespace Core::Account {

// The mail services NeverSent knows without asking the network
// (resources/providers/providers.json, compiled in), looked up by an address's domain.
class ProviderTable {
public:
    struct Provider {
        QString name;
        QStringList domains;
        QList<Core::Imap::ServerAddress> servers; // best first
        bool userIsLocalPart = false; // log in with the part before the @, not the whole address
        QUrl appPasswordHelp;
    };

    // The table shipped with the program, read once.
    static const ProviderTable& builtIn();
    static std::optional<ProviderTable> fromJson(const QByteArray& json, QString* error);

    // The provider's servers for this address, best first; empty for a domain not in
    // the table (or no domain at all).
    QList<ServerCandidate> candidatesFor(const QString& emailAddress) const;
    const QList<Provider>& providers() const { return m_providers; }

private:
    QList<Provider> m_providers;
    QHash<QString, qsizetype> m_byDomain; // lower-case domain -> index in m_providers
};

} // namespace Core::Account
