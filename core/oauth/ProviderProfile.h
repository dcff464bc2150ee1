#pragma once

#include "oauth/RedirectListener.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

class QSettings;

namespace Core::OAuth {

// How one provider's browser sign-in goes (resources/providers/oauth.json, compiled in),
// with the client ID this copy of NeverSent signs in as.
struct ProviderProfile {
    QString id; // "microsoft", "google"
    QString name; // for "Sign in with %1"
    QUrl authorizeUrl;
    QUrl tokenUrl;
    QStringList scopes;
    RedirectListener::HostName redirectHost = RedirectListener::HostName::LoopbackAddress;
    QStringList imapHosts;
    QStringList mxSuffixes;
    // Empty when neither the build nor the system's settings name one: this copy cannot
    // sign in with the provider, and says so.
    QString clientId;
    QString clientSecret;

    // Whether a mail exchanger (an MX record's host) is this provider's.
    bool servesMx(const QString& mxHost) const;
};

class ProviderProfiles {
public:
    // The shipped profiles, with the build's client IDs, overridden by the system-wide
    // settings an organisation deploys ([oauth] microsoft\clientId=..., google\clientId=...,
    // google\clientSecret=...).
    static const ProviderProfiles& builtIn();
    // TEST ONLY: builtIn() gives these instead (profiles pointing at a local authorization
    // server), until called with nothing. The application never calls it.
    static void replaceBuiltInForTests(std::optional<ProviderProfiles> profiles);
    static std::optional<ProviderProfiles> fromJson(const QByteArray& json, QString* error);

    // The build's IDs first, then those of settings where it has any.
    void applyClientIds(const QSettings* systemSettings);

    std::optional<ProviderProfile> byId(const QString& id) const;
    std::optional<ProviderProfile> forImapHost(const QString& host) const;
    std::optional<ProviderProfile> forMxHost(const QString& mxHost) const;
    const QList<ProviderProfile>& profiles() const { return m_profiles; }
    void add(const ProviderProfile& profile) { m_profiles.append(profile); }

private:
    QList<ProviderProfile> m_profiles;
};

} // namespace Core::OAuth
