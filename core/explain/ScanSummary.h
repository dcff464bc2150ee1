#pragma once

#include "session/ScanResult.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace Core::Explain {

// The few sentences above the list of a whole scan: how many bounces came over what
// time, how many are forged, how many are about mail the user sent, and what to do.
class ScanSummary {
    Q_DECLARE_TR_FUNCTIONS(Core::Explain::ScanSummary)

public:
    void add(const Session::ScanResult& result);

    int messages() const { return m_totals.scanned; }
    // The bounces judged: forged, about mail the user sent, or not to be told apart.
    int bounces() const { return m_totals.backscatter + m_totals.genuine + m_totals.unknown; }
    int forged() const { return m_totals.backscatter; }
    int genuine() const { return m_totals.genuine; }
    int unknown() const { return m_totals.unknown; }
    // The days the bounces arrived, in local time; invalid when none had a date.
    QDate oldest() const { return m_oldest; }
    QDate newest() const { return m_newest; }

    // today decides how the time is told: "today", "in the last 7 days", "since ...".
    QString text(const QDate& today) const;

private:
    QString period(const QDate& today) const;

    Session::ScanTotals m_totals;
    QDate m_oldest;
    QDate m_newest;
};

} // namespace Core::Explain
