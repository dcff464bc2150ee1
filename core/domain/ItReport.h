#pragma once

#include "domain/DomainPolicy.h"
#include "explain/SpamRun.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace Core::Domain {

// The report a user hands to their IT department: the time range, the counts, where the
// forged mail came from, a few forged bounces' key facts, the domain's SPF and DMARC
// records and what could be changed. No message text, no password, nothing the user did
// not see on screen.
struct ItReport {
    Q_DECLARE_TR_FUNCTIONS(Core::Domain::ItReport)

public:
    QString account; // user@server, as the user knows it
    QStringList folders;
    Explain::SpamRun run;
    std::optional<DomainPolicy> policy; // empty: no domain to look up

    QString text() const;
    // The same as a web page (for the window, saving and PDF): every value taken from a
    // message or from DNS is escaped.
    QString html() const;
    QJsonObject json() const;
};

} // namespace Core::Domain
