#pragma once

#include "analysis/BounceReport.h"

#include <QList>
#include <QString>

namespace Core::Analysis {

class MimeHeader;

// The receiving side's own SPF, DKIM and DMARC results for a message, read from the
// fields it added to the header: Authentication-Results (RFC 8601), its ARC copy
// ARC-Authentication-Results (RFC 8617) and Received-SPF (RFC 7208). Written by
// Microsoft 365 (without the server's name in front), Google, OpenDMARC, rspamd, Exim and
// policyd-spf alike. Only these three methods are kept; anything unreadable is skipped.
class ReceiverChecks {
public:
    static QList<ReceiverCheck> read(const MimeHeader& header);

    // One field's value each, unfolded.
    static QList<ReceiverCheck> fromAuthenticationResults(const QString& value);
    static QList<ReceiverCheck> fromReceivedSpf(const QString& value);
};

} // namespace Core::Analysis
