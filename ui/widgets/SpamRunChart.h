#pragma once

#include "explain/SpamRun.h"

#include <QDateTime>
#include <QList>
#include <QWidget>

namespace Gui::Widgets {

// The spam run at a glance, beside the summary: forged and genuine bounces per day, or
// per hour when they all came within two days, as stacked bars in the theme's colours
// (forged in its accent colour), readable in dark mode. The same numbers are its
// accessible description and each bar's tool tip, for screen readers and exact counts.
class SpamRunChart : public QWidget {
    Q_OBJECT

public:
    // Runs longer than this are drawn per day.
    static constexpr qint64 MostHoursDrawnByHour = 48;

    explicit SpamRunChart(QWidget* parent = nullptr);

    // Empty (and hidden by the window) when no bounce had a date.
    void setRun(const Core::Explain::SpamRun& run);
    bool isEmpty() const { return m_bars.isEmpty(); }
    bool byHour() const { return m_byHour; }

    struct Bar {
        QDateTime start; // local time: the day's or the hour's start
        int forged = 0;
        int genuine = 0;
    };
    const QList<Bar>& bars() const { return m_bars; }
    // Where bar i is drawn in the widget, both parts together.
    QRect barRect(int i) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;

private:
    QRect plotArea() const;
    QString barLabel(const Bar& bar) const;
    QString barText(const Bar& bar) const;
    void describe();

    QList<Bar> m_bars;
    bool m_byHour = false;
    int m_highest = 0;
};

} // namespace Gui::Widgets
