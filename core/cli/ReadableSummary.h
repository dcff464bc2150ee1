#pragma once

#include "analysis/BounceReport.h"
#include "verdict/Judgement.h"

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
    int m_messages = 0;
    int m_forged = 0;
    int m_genuine = 0;
    int m_unknown = 0;
    int m_ordinary = 0;
    int m_unreadable = 0;
};

} // namespace Core::Cli
