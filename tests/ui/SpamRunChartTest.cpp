// The chart beside the summary: a bar per day (or per hour for a short run), quiet days
// included, bar heights by count, the theme's colours in light and dark, and the same
// numbers in words for screen readers.
#include "widgets/SpamRunChart.h"

#include <QApplication>
#include <QImage>
#include <QLocale>
#include <QTest>

using Core::Explain::SpamRun;
using Core::Verdict::Verdict;
using Gui::Widgets::SpamRunChart;

namespace {

Core::Session::ScanResult bounce(Verdict verdict, const QDateTime& date)
{
    Core::Session::ScanResult result;
    result.report.kind = Core::Analysis::MessageKind::DeliveryFailure;
    result.report.date = date;
    result.judgement.verdict = verdict;
    return result;
}

QDateTime at(int day, int hour)
{
    return QDateTime(QDate(2026, 11, day), QTime(hour, 30), Qt::UTC);
}

} // namespace

class SpamRunChartTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void daysWithTheQuietOnes()
    {
        SpamRun run;
        for (int i = 0; i < 4; ++i)
            run.add(bounce(Verdict::Backscatter, at(20, i)));
        run.add(bounce(Verdict::Genuine, at(20, 9)));
        run.add(bounce(Verdict::Backscatter, at(23, 1)));
        run.add(bounce(Verdict::Backscatter, at(23, 2)));
        run.add(bounce(Verdict::Unknown, at(24, 2))); // in no bar
        run.add(bounce(Verdict::Backscatter, QDateTime())); // no date: in no bar

        SpamRunChart chart;
        chart.resize(400, chart.sizeHint().height());
        chart.setRun(run);
        QVERIFY(!chart.byHour());
        QCOMPARE(chart.bars().size(), 4); // the 20th to the 23rd
        QCOMPARE(chart.bars().at(0).forged, 4);
        QCOMPARE(chart.bars().at(0).genuine, 1);
        QCOMPARE(chart.bars().at(1).forged + chart.bars().at(1).genuine, 0);
        QCOMPARE(chart.bars().at(3).forged, 2);
        // Heights by count: the busiest day fills the plot, a day of 2 out of 5 is 2/5 of it.
        const int full = chart.barRect(0).height();
        QVERIFY(full > 20);
        QVERIFY(chart.barRect(1).height() == 0);
        QVERIFY(qAbs(chart.barRect(3).height() - full * 2 / 5) <= 1);
        QVERIFY(chart.barRect(0).bottom() == chart.barRect(3).bottom());
        QVERIFY(chart.barRect(3).left() > chart.barRect(0).right());
        QVERIFY(chart.rect().contains(chart.barRect(3)));

        const QString said = chart.accessibleDescription();
        QVERIFY2(said.startsWith(QStringLiteral("Bounces per day: ")), qPrintable(said));
        QVERIFY2(
            said.contains(QStringLiteral("11/20/26: 4 forged, 1 about mail you sent")), qPrintable(said));
        QVERIFY2(
            said.contains(QStringLiteral("11/21/26: 0 forged, 0 about mail you sent")), qPrintable(said));
        QVERIFY2(
            said.contains(QStringLiteral("11/23/26: 2 forged, 0 about mail you sent")), qPrintable(said));
        QVERIFY(!chart.accessibleName().isEmpty());
    }

    void aShortRunByTheHour()
    {
        SpamRun run;
        run.add(bounce(Verdict::Backscatter, at(20, 22)));
        run.add(bounce(Verdict::Backscatter, at(21, 1)));
        run.add(bounce(Verdict::Backscatter, at(21, 1)));
        SpamRunChart chart;
        chart.setRun(run);
        QVERIFY(chart.byHour());
        QCOMPARE(chart.bars().size(), 4); // 22:00 to 1:00, the quiet hours too
        QCOMPARE(chart.bars().at(3).forged, 2);
        QCOMPARE(chart.bars().at(0).start.toUTC(), QDateTime(QDate(2026, 11, 20), QTime(22, 0), Qt::UTC));
        QVERIFY(chart.accessibleDescription().startsWith(QStringLiteral("Bounces per hour: ")));
    }

    void nothingToDraw()
    {
        SpamRun run;
        run.add(bounce(Verdict::Backscatter, QDateTime()));
        SpamRunChart chart;
        chart.setRun(run);
        QVERIFY(chart.isEmpty());
        QVERIFY(chart.accessibleDescription().isEmpty());
    }

    void drawnInTheThemesColours_data()
    {
        QTest::addColumn<QColor>("window");
        QTest::addColumn<QColor>("accent");
        QTest::addColumn<QColor>("muted");
        QTest::newRow("light") << QColor(0xef, 0xef, 0xef) << QColor(0x30, 0x8c, 0xc6)
                               << QColor(0x80, 0x80, 0x80);
        QTest::newRow("dark") << QColor(0x2b, 0x2b, 0x2b) << QColor(0x3d, 0x7a, 0xd6)
                              << QColor(0x90, 0x90, 0x90);
    }

    void drawnInTheThemesColours()
    {
        QFETCH(QColor, window);
        QFETCH(QColor, accent);
        QFETCH(QColor, muted);
        SpamRun run;
        run.add(bounce(Verdict::Backscatter, at(20, 1)));
        run.add(bounce(Verdict::Genuine, at(20, 2)));
        run.add(bounce(Verdict::Backscatter, at(22, 1)));
        SpamRunChart chart;
        QPalette palette;
        palette.setColor(QPalette::Window, window);
        palette.setColor(QPalette::Highlight, accent);
        palette.setColor(QPalette::PlaceholderText, muted);
        chart.setPalette(palette);
        chart.setAutoFillBackground(true);
        chart.resize(300, chart.sizeHint().height());
        chart.setRun(run);
        const QImage picture = chart.grab().toImage();
        const qreal scale = picture.devicePixelRatio();
        const auto colourAt = [&](const QPoint& point) {
            return QColor(picture.pixel(int(point.x() * scale), int(point.y() * scale)));
        };
        const QRect first = chart.barRect(0);
        // Forged below, genuine above, the quiet day left as background.
        QCOMPARE(colourAt(QPoint(first.center().x(), first.bottom() - 2)), accent);
        QCOMPARE(colourAt(QPoint(first.center().x(), first.top() + 2)), muted);
        const QRect quiet = chart.barRect(1);
        QCOMPARE(colourAt(QPoint(quiet.center().x(), first.center().y())), window);
    }
};

QTEST_MAIN(SpamRunChartTest)
#include "SpamRunChartTest.moc"
