#include "oauth/ProviderProfile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>

namespace Core::OAuth {

namespace {

    QStringList strings(const QJsonValue& value)
    {
        QStringList result;
        for (const QJsonValue& item : value.toArray())
            result.append(item.toString().toLower());
        return result;
    }

    // A host name is compared without its final dot and case.
    QString normalHost(const QString& host)
    {
        QString name = host.toLower();
        while (name.endsWith(u'.'))
            name.chop(1);
        return name;
    }

    QString buildClientId(const QString& id)
    {
        if (id == u"microsoft")
            return QStringLiteral(NEVERSENT_MICROSOFT_CLIENT_ID);
        if (id == u"google")
            return QStringLiteral(NEVERSENT_GOOGLE_CLIENT_ID);
        return {};
    }

    QString buildClientSecret(const QString& id)
    {
        return id == u"google" ? QStringLiteral(NEVERSENT_GOOGLE_CLIENT_SECRET) : QString();
    }

} // namespace

bool ProviderProfile::servesMx(const QString& mxHost) const
{
    const QString host = normalHost(mxHost);
    for (const QString& suffix : mxSuffixes) {
        if (host.endsWith(u'.' + suffix))
            return true;
    }
    return false;
}

namespace {

    std::optional<ProviderProfiles>& testProfiles()
    {
        static std::optional<ProviderProfiles> profiles;
        return profiles;
    }

} // namespace

void ProviderProfiles::replaceBuiltInForTests(std::optional<ProviderProfiles> profiles)
{
    testProfiles() = std::move(profiles);
}

const ProviderProfiles& ProviderProfiles::builtIn()
{
    if (testProfiles())
        return *testProfiles();
    static const ProviderProfiles profiles = [] {
        QFile file(QStringLiteral(":/providers/oauth.json"));
        QString error;
        std::optional<ProviderProfiles> read;
        if (file.open(QIODevice::ReadOnly))
            read = fromJson(file.readAll(), &error);
        ProviderProfiles result = read.value_or(ProviderProfiles());
        // QSettings' system scope: /etc/xdg/NeverSent/NeverSent.conf, or where XDG_CONFIG_DIRS says.
        const QSettings system(QSettings::IniFormat, QSettings::SystemScope, QStringLiteral("NeverSent"),
            QStringLiteral("NeverSent"));
        result.applyClientIds(&system);
        return result;
    }();
    return profiles;
}

std::optional<ProviderProfiles> ProviderProfiles::fromJson(const QByteArray& json, QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = parseError.errorString();
        return std::nullopt;
    }
    ProviderProfiles result;
    for (const QJsonValue& value : document.object().value(u"profiles").toArray()) {
        const QJsonObject object = value.toObject();
        ProviderProfile profile;
        profile.id = object.value(u"id").toString();
        profile.name = object.value(u"name").toString();
        profile.authorizeUrl = QUrl(object.value(u"authorizeUrl").toString(), QUrl::StrictMode);
        profile.tokenUrl = QUrl(object.value(u"tokenUrl").toString(), QUrl::StrictMode);
        for (const QJsonValue& scope : object.value(u"scopes").toArray())
            profile.scopes.append(scope.toString());
        profile.redirectHost = object.value(u"redirectHost").toString() == u"localhost"
            ? RedirectListener::HostName::Localhost
            : RedirectListener::HostName::LoopbackAddress;
        profile.imapHosts = strings(object.value(u"imapHosts"));
        profile.mxSuffixes = strings(object.value(u"mxSuffixes"));
        if (profile.id.isEmpty() || profile.authorizeUrl.scheme() != u"https"
            || profile.tokenUrl.scheme() != u"https" || profile.scopes.isEmpty()) {
            *error = QStringLiteral("profile \"%1\" needs an id, https endpoints and scopes").arg(profile.id);
            return std::nullopt;
        }
        result.m_profiles.append(profile);
    }
    return result;
}

void ProviderProfiles::applyClientIds(const QSettings* systemSettings)
{
    for (ProviderProfile& profile : m_profiles) {
        profile.clientId = buildClientId(profile.id);
        profile.clientSecret = buildClientSecret(profile.id);
        if (!systemSettings)
            continue;
        const QString key = QStringLiteral("oauth/") + profile.id;
        const QString organisationId = systemSettings->value(key + QStringLiteral("/clientId")).toString();
        if (!organisationId.isEmpty()) {
            profile.clientId = organisationId;
            profile.clientSecret = systemSettings->value(key + QStringLiteral("/clientSecret")).toString();
        }
    }
}

std::optional<ProviderProfile> ProviderProfiles::byId(const QString& id) const
{
    for (const ProviderProfile& profile : m_profiles) {
        if (profile.id == id)
            return profile;
    }
    return std::nullopt;
}

std::optional<ProviderProfile> ProviderProfiles::forImapHost(const QString& host) const
{
    const QString name = normalHost(host);
    for (const ProviderProfile& profile : m_profiles) {
        if (profile.imapHosts.contains(name))
            return profile;
    }
    return std::nullopt;
}

std::optional<ProviderProfile> ProviderProfiles::forMxHost(const QString& mxHost) const
{
    for (const ProviderProfile& profile : m_profiles) {
        if (profile.servesMx(mxHost))
            return profile;
    }
    return std::nullopt;
}

} // namespace Core::OAuth
