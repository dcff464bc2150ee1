#include "account/ServerCandidate.h"

namespace Core::Account {

bool ServerCandidate::sameServerAs(const ServerCandidate& other) const
{
    return address.security == other.address.security && address.port == other.address.port
        && address.host.compare(other.address.host, Qt::CaseInsensitive) == 0;
}

} // namespace Core::Account
