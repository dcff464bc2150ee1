#pragma once

#include "analysis/BounceReport.h"
#include "verdict/Judgement.h"

#include <QMetaType>
#include <QString>

namespace Core::Session {

// One message as a scan read and judged it: what every layer above the scan shows.
struct ScanResult {
    QString folder;
    quint32 uid = 0;
    quint64 size = 0;
    Analysis::BounceReport report;
    Verdict::Judgement judgement;
};

// What a scan did, counted as it went.
struct ScanTotals {
    int scanned = 0;
    int bounces = 0; // automatic messages of any kind (auto-replies and receipts too)
    int backscatter = 0;
    int genuine = 0;
    int unknown = 0;
    int unreadable = 0;
    int fetchedHeaders = 0; // messages whose header fields came over the network
    int fetchedBodies = 0; // messages fetched whole or in parts
    int fetchedInParts = 0; // huge messages of which only the parts with the notice came
    int reconnects = 0;

    // The one place a judged message is counted: scans, the demo and the summaries all
    // count through here.
    void add(const Analysis::BounceReport& report, const Verdict::Judgement& judgement);
    // Messages that are no bounce of any verdict and could be read.
    int ordinary() const { return scanned - backscatter - genuine - unknown - unreadable; }
};

} // namespace Core::Session
