#pragma once

#include "account/ServerCandidate.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace Core::Account {

// Reads Thunderbird's mail configuration file (config-v1.1.xml,
// https://wiki.mozilla.org/Thunderbird:Autoconfiguration:ConfigFileFormat) as a
// provider publishes it. The file comes from the network, so it is treated as hostile:
// no DTD (and so no entity expansion), strict host names and ports, no plaintext.
class AutoconfigParser {
public:
    // The usable IMAP servers for this address in the file's order (source "autoconfig"),
    // with %EMAILADDRESS%, %EMAILLOCALPART% and %EMAILDOMAIN% filled in; nothing, with the
    // reason in *error (for the log), when the file is broken or names none.
    static std::optional<QList<ServerCandidate>> parse(
        const QByteArray& xml, const QString& emailAddress, QString* error);

    static bool isValidHostName(const QString& host);
};

} // namespace Core::Account
