#include "account/NetworkOverrides.h"

namespace Core::Account {

std::optional<NetworkOverrides::Endpoint> NetworkOverrides::endpointFor(
    const QString& host, quint16 port) const
{
    if (!route)
        return Endpoint { host, port };
    return route(host, port);
}

} // namespace Core::Account
