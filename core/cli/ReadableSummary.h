#pragma once

#include "session/ScanResult.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Core::Cli {

// The words a person reads instead of JSON: one line per message and what to do.
class ReadableSummary {
    Q_DECLARE_TR_FUNCTIONS(Core::Cli::ReadableSummary)

public:
    void add(
        const QString& source, const Analysis::BounceReport& report, const Verdict::Judgement& judgement);
    QString text(bool sentMailGiven) const;

private:
    // The verdict labels line up in a column as wide as the longest in the user's language.
    static int labelWidth();

    QStringList m_lines;
    Session::ScanTotals m_totals;
};

} // namespace Core::Cli
