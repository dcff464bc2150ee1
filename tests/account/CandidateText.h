#pragma once

#include "account/ServerCandidate.h"

#include <QStringList>

// "imaps://host:993 user" for each candidate: what the discovery tests compare.
inline QStringList describe(const QList<Core::Account::ServerCandidate>& candidates)
{
    QStringList described;
    for (const Core::Account::ServerCandidate& candidate : candidates)
        described.append(candidate.address.toString() + u' ' + candidate.user);
    return described;
}
