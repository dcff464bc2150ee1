#pragma once

#include "analysis/BounceReport.h"
#include "imap/ImapConnection.h"
#include "verdict/Judgement.h"

#include <QStringList>

#include <functional>

namespace Core::Imap {

// Reads an account's sent mail and the folders to check, analyses every message and
// judges every bounce against the sent mail. Read-only: nothing on the server changes.
class MailboxScanner {
public:
    struct Options {
        QStringList folders; // empty: INBOX
        QStringList sentFolders; // empty: every folder the server or its name calls Sent
        QStringList myAddresses;
    };

    struct Totals {
        int scanned = 0;
        int bounces = 0;
        int backscatter = 0;
        int genuine = 0;
        int unknown = 0;
    };

    using Sink = std::function<void(const QString& folder, const MailboxMessage& message,
        const Analysis::BounceReport& report, const Verdict::Judgement& judgement)>;
    // phase in plain words, done of total (total 0 when not known yet)
    using Progress = std::function<void(const QString& phase, int done, int total)>;

    static bool run(ImapConnection& connection, const Options& options, const Sink& sink, const Progress& progress,
        Totals* totals, QString* error);
};

} // namespace Core::Imap
