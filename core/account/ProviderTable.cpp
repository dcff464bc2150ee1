#include "account/ProviderTable.h"

#include "common/LogCategories.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Core::Account {

namespace {

    const QString ResourcePath = QStringLiteral(":/providers/providers.json");

    std::optional<ProviderTable::Provider> readProvider(const QJsonObject& object, QString* error)
    {
        ProviderTable::Provider provider;
        provider.name = object.value(u"name").toString();
        if (provider.name.isEmpty()) {
            *error = QStringLiteral("a provider without a name");
            return std::nullopt;
        }
        for (const QJsonValue& domain : object.value(u"domains").toArray())
            provider.domains.append(domain.toString().toLower());
        if (provider.domains.isEmpty() || provider.domains.contains(QString())) {
            *error = QStringLiteral("%1: no domains, or one that is not text").arg(provider.name);
            return std::nullopt;
        }
        for (const QJsonValue& server : object.value(u"servers").toArray()) {
            QString serverError;
            const auto address = Core::Imap::ServerAddress::parse(server.toString(), &serverError);
            if (!address || address->security == Core::Imap::ServerAddress::Security::Plain) {
                *error = QStringLiteral("%1: server %2 cannot be used").arg(provider.name, server.toString());
                return std::nullopt;
            }
            provider.servers.append(*address);
        }
        if (provider.servers.isEmpty()) {
            *error = QStringLiteral("%1: no servers").arg(provider.name);
            return std::nullopt;
        }
        const QString user = object.value(u"user").toString();
        if (user != u"address" && user != u"localPart") {
            *error = QStringLiteral("%1: user must be \"address\" or \"localPart\"").arg(provider.name);
            return std::nullopt;
        }
        provider.userIsLocalPart = user == u"localPart";
        if (object.contains(u"appPasswordHelp")) {
            provider.appPasswordHelp = QUrl(object.value(u"appPasswordHelp").toString(), QUrl::StrictMode);
            if (!provider.appPasswordHelp.isValid() || provider.appPasswordHelp.scheme() != u"https") {
                *error = QStringLiteral("%1: appPasswordHelp is not an https:// address").arg(provider.name);
                return std::nullopt;
            }
        }
        return provider;
    }

} // namespace

const ProviderTable& ProviderTable::builtIn()
{
    static const ProviderTable table = [] {
        QFile file(ResourcePath);
        QString error;
        std::optional<ProviderTable> read;
        if (file.open(QIODevice::ReadOnly))
            read = fromJson(file.readAll(), &error);
        else
            error = file.errorString();
        // The file is part of the program and checked by its tests: a failure here is a
        // build mistake, and discovery carries on with the network steps alone.
        if (!read) {
            qCWarning(lcAccount) << "provider table" << ResourcePath << "unusable:" << error;
            return ProviderTable();
        }
        return *read;
    }();
    return table;
}

std::optional<ProviderTable> ProviderTable::fromJson(const QByteArray& json, QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject()) {
        *error = parseError.errorString();
        return std::nullopt;
    }
    ProviderTable table;
    for (const QJsonValue& value : document.object().value(u"providers").toArray()) {
        auto provider = readProvider(value.toObject(), error);
        if (!provider)
            return std::nullopt;
        for (const QString& domain : std::as_const(provider->domains)) {
            if (table.m_byDomain.contains(domain)) {
                *error = QStringLiteral("%1 is listed twice").arg(domain);
                return std::nullopt;
            }
            table.m_byDomain.insert(domain, table.m_providers.size());
        }
        table.m_providers.append(std::move(*provider));
    }
    if (table.m_providers.isEmpty()) {
        *error = QStringLiteral("no providers");
        return std::nullopt;
    }
    return table;
}

QList<ServerCandidate> ProviderTable::candidatesFor(const QString& typedAddress) const
{
    const QString emailAddress = typedAddress.trimmed();
    const qsizetype at = emailAddress.lastIndexOf(u'@');
    if (at <= 0)
        return {};
    const auto found = m_byDomain.constFind(emailAddress.mid(at + 1).toLower());
    if (found == m_byDomain.constEnd())
        return {};
    const Provider& provider = m_providers.at(*found);
    QList<ServerCandidate> candidates;
    for (const Core::Imap::ServerAddress& server : provider.servers) {
        ServerCandidate candidate;
        candidate.address = server;
        candidate.user = provider.userIsLocalPart ? emailAddress.left(at) : emailAddress;
        candidate.source = QStringLiteral("provider");
        candidate.providerName = provider.name;
        candidate.appPasswordHelp = provider.appPasswordHelp;
        candidates.append(candidate);
    }
    return candidates;
}

} // namespace Core::Account
