// The main window end to end on the demo mailbox, as a person would use it: the scan
// starts by itself, results land in their groups, the explanation follows the selection,
// and a clean goes through the preview, moves the files and is undone from the bar.
#include "MainWindow.h"
#include "WindowPart.h"
#include "demo/DemoMailbox.h"
#include "demo/DemoWorker.h"
#include "dialogs/CleanPreviewDialog.h"
#include "dialogs/HistoryDialog.h"
#include "dialogs/ItReportDialog.h"
#include "results/ResultsFilterModel.h"
#include "results/ResultsModel.h"
#include "widgets/ExplanationView.h"
#include "widgets/MessageBar.h"
#include "widgets/PrimaryButton.h"
#include "widgets/SpamRunChart.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>

using Gui::Results::ResultsModel;
using Group = ResultsModel::Group;

namespace {

const QString DemoOwner = QStringLiteral("sam.taylor@bluebird-office.example");

int filesIn(const QString& maildir, const QString& folder)
{
    int count = 0;
    for (const QString& part : { QStringLiteral("cur"), QStringLiteral("new") })
        count += int(
            QDir(maildir + u'/' + folder + u'/' + part).entryList(QDir::Files | QDir::NoDotAndDotDot).size());
    return count;
}

// Answers the next modal preview: accepts it (ticking "move anyway" when asked), or cancels.
void answerPreview(bool accept, QString* seen)
{
    QTimer::singleShot(0, qApp, [accept, seen] {
        auto* preview = qobject_cast<Gui::Dialogs::CleanPreviewDialog*>(QApplication::activeModalWidget());
        if (!preview) {
            answerPreview(accept, seen);
            return;
        }
        *seen = preview->windowTitle();
        if (!accept) {
            preview->reject();
            return;
        }
        if (preview->sentByYouConfirmation()) {
            QVERIFY(!preview->moveButton()->isEnabled());
            preview->sentByYouConfirmation()->setChecked(true);
        }
        QVERIFY(preview->moveButton()->isEnabled());
        preview->moveButton()->click();
    });
}

} // namespace

class MainWindowTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_copies = 0;

    QString demoCopy()
    {
        QString error;
        const auto root
            = Core::Demo::DemoMailbox::copyTo(m_dir.filePath(QString::number(++m_copies)), &error);
        if (!root)
            qWarning() << error;
        return root.value_or(QString());
    }

    static void openDemo(Gui::MainWindow& window, const QString& maildir)
    {
        window.openMailbox(new Core::Demo::DemoWorker(maildir), QStringLiteral("Sample"), { DemoOwner });
    }

    static bool waitIdle(Gui::MainWindow& window, QSignalSpy& idle, int count)
    {
        return QTest::qWaitFor([&] { return idle.count() >= count && !window.isBusy(); }, 60000);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QApplication::setOrganizationName(QStringLiteral("NeverSentTest"));
    }

    void welcomePageOffersBothStarts()
    {
        Gui::MainWindow window;
        window.resize(1100, 700);
        window.show();
        auto* connect = windowPart<QPushButton>(window, "connectAccount");
        auto* sample = windowPart<QPushButton>(window, "openSample");
        QVERIFY(connect->isVisible() && sample->isVisible());
        // The primary action stands out in the theme's accent colour; the other does not.
        QVERIFY(qobject_cast<Gui::Widgets::PrimaryButton*>(connect));
        QCOMPARE(
            connect->palette().color(QPalette::Button), QApplication::palette().color(QPalette::Highlight));
        QVERIFY(!qobject_cast<Gui::Widgets::PrimaryButton*>(sample));
        QVERIFY(connect->isDefault());
        // Centred: as much room on its left as on its right.
        const QRect area = connect->geometry().translated(connect->parentWidget()->mapTo(&window, QPoint()));
        QVERIFY2(qAbs(area.left() - (window.width() - area.right())) <= 4,
            qPrintable(
                QStringLiteral("%1 .. %2 of %3").arg(area.left()).arg(area.right()).arg(window.width())));

        // A new theme (dark mode switched on) is followed.
        const QPalette before = QApplication::palette();
        QPalette dark = before;
        dark.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
        QApplication::setPalette(dark);
        QTRY_COMPARE(connect->palette().color(QPalette::Button), QColor(0x3d, 0x7a, 0xd6));
        QApplication::setPalette(before);

        QSignalSpy account(&window, &Gui::MainWindow::addAccountRequested);
        QSignalSpy demo(&window, &Gui::MainWindow::demoRequested);
        connect->click();
        sample->click();
        QCOMPARE(account.count(), 1);
        QCOMPARE(demo.count(), 1);
    }

    void resultsFitWithoutScrollingSideways()
    {
        const QString maildir = demoCopy();
        Gui::MainWindow window;
        window.resize(1280, 760);
        window.show();
        QSignalSpy idle(&window, &Gui::MainWindow::idle);
        openDemo(window, maildir);
        QVERIFY(waitIdle(window, idle, 1));
        auto* view = windowPart<QTreeView>(window, "results");
        QCOMPARE(view->horizontalScrollBar()->maximum(), 0);
        // One folder scanned: no column to say which.
        QVERIFY(view->isColumnHidden(ResultsModel::FolderColumn));
        // Every date shows whole.
        auto* filter = windowPart<Gui::Results::ResultsFilterModel>(window, "resultsFilter");
        const QModelIndex forged = filter->index(0, 0);
        for (int row = 0; row < filter->rowCount(forged); ++row) {
            const QString date = filter->index(row, ResultsModel::DateColumn, forged).data().toString();
            QVERIFY(!date.isEmpty());
            QVERIFY2(view->visualRect(filter->index(row, 0, forged)).width()
                    > view->fontMetrics().horizontalAdvance(date),
                qPrintable(date));
        }
        // A narrower window keeps the columns inside it.
        window.resize(900, 700);
        QTRY_COMPARE(view->horizontalScrollBar()->maximum(), 0);
        QVERIFY(view->header()->sectionSize(ResultsModel::WhatHappenedColumn)
            > view->header()->sectionSize(ResultsModel::SubjectColumn) / 2);
    }

    void scansTheDemoIntoGroupsAndExplains()
    {
        const QString maildir = demoCopy();
        QVERIFY(!maildir.isEmpty());
        Gui::MainWindow window;
        window.show();
        QSignalSpy idle(&window, &Gui::MainWindow::idle);
        openDemo(window, maildir);
        QVERIFY(waitIdle(window, idle, 1));

        // INBOX checked, Sent found and named, Trash not offered.
        QCOMPARE(windowPart<QListWidget>(window, "folders")->count(), 1);
        QCOMPARE(windowPart<QListWidget>(window, "folders")->item(0)->checkState(), Qt::Checked);
        ResultsModel* model = windowPart<Gui::Results::ResultsModel>(window, "resultsModel");
        QCOMPARE(model->count(Group::Forged), 10);
        // The out-of-office note about mail the user sent is no delivery problem.
        QCOMPARE(model->count(Group::Yours), 2);
        QCOMPARE(model->count(Group::Replies), 1);
        QCOMPARE(model->results(Group::Replies).value(0).report.kind, Core::Analysis::MessageKind::AutoReply);
        QCOMPARE(model->count(Group::Unsure), 0);
        QCOMPARE(windowPart<QPushButton>(window, "cleanForged")->text(),
            QStringLiteral("Move 10 forged bounce(s) to Trash..."));
        QVERIFY(windowPart<QPushButton>(window, "cleanForged")->isEnabled());
        QVERIFY2(windowPart<QLabel>(window, "summary")->text().contains(QStringLiteral("13")),
            qPrintable(windowPart<QLabel>(window, "summary")->text()));
        QVERIFY(!windowPart<QProgressBar>(window, "progress")->isVisible());
        // The chart beside the summary counts the same bounces.
        auto* chart = windowPart<Gui::Widgets::SpamRunChart>(window, "spamRunChart");
        QVERIFY(chart->isVisible());
        int charted = 0;
        for (const auto& bar : chart->bars())
            charted += bar.forged + bar.genuine;
        QCOMPARE(charted, 13);

        // The report for IT of this scan, its DNS questions kept from the network.
        Core::Account::NetworkOverrides nowhere;
        nowhere.route = [](const QString&, quint16) {
            return std::optional<Core::Account::NetworkOverrides::Endpoint>();
        };
        window.setNetworkOverrides(nowhere);
        QVERIFY(windowPart<QAction>(window, "itReport")->isEnabled());
        windowPart<QAction>(window, "itReport")->trigger();
        auto* report = window.findChild<Gui::Dialogs::ItReportDialog*>();
        QVERIFY(report);
        QTRY_VERIFY(report->isReady());
        QCOMPARE(report->report().run.forged(), 10);
        QCOMPARE(report->report().policy->domain, QStringLiteral("bluebird-office.example"));
        QVERIFY(report->view()->toPlainText().contains(QStringLiteral("Forged bounces (backscatter)")));
        report->close();

        // The explanation follows the selection and names this message's own evidence.
        QTreeView* view = windowPart<QTreeView>(window, "results");
        const QModelIndex forgedGroup = windowPart<Gui::Results::ResultsFilterModel>(window, "resultsFilter")
                                            ->mapFromSource(model->groupIndex(Group::Forged));
        QVERIFY(view->isExpanded(forgedGroup));
        view->setCurrentIndex(
            windowPart<Gui::Results::ResultsFilterModel>(window, "resultsFilter")->index(0, 0, forgedGroup));
        const auto* forged
            = model->result(windowPart<Gui::Results::ResultsFilterModel>(window, "resultsFilter")
                                ->mapToSource(view->currentIndex()));
        QVERIFY(forged);
        QCOMPARE(forged->judgement.verdict, Core::Verdict::Verdict::Backscatter);
        const QString explanation
            = windowPart<Gui::Widgets::ExplanationView>(window, "explanation")->toPlainText();
        QVERIFY2(explanation.contains(forged->report.recipients.value(0)), qPrintable(explanation));
        QVERIFY2(explanation.contains(QStringLiteral("Sent")), qPrintable(explanation));

        const QModelIndex yoursGroup = windowPart<Gui::Results::ResultsFilterModel>(window, "resultsFilter")
                                           ->mapFromSource(model->groupIndex(Group::Yours));
        view->setCurrentIndex(
            windowPart<Gui::Results::ResultsFilterModel>(window, "resultsFilter")->index(0, 0, yoursGroup));
        const auto* yours
            = model->result(windowPart<Gui::Results::ResultsFilterModel>(window, "resultsFilter")
                                ->mapToSource(view->currentIndex()));
        QVERIFY(yours);
        QCOMPARE(yours->judgement.verdict, Core::Verdict::Verdict::Genuine);
        QVERIFY(
            windowPart<Gui::Widgets::ExplanationView>(window, "explanation")->toPlainText() != explanation);

        // Search narrows the list; groups stay while they have matches.
        auto* search = window.findChild<QLineEdit*>();
        QVERIFY(search);
        search->setText(forged->report.recipients.value(0));
        QCOMPARE(
            windowPart<Gui::Results::ResultsFilterModel>(window, "resultsFilter")->rowCount(forgedGroup), 1);
        search->clear();
        QCOMPARE(
            windowPart<Gui::Results::ResultsFilterModel>(window, "resultsFilter")->rowCount(forgedGroup), 10);

        // Showing one group only.
        windowPart<QComboBox>(window, "show")->setCurrentIndex(2);
        QCOMPARE(windowPart<Gui::Results::ResultsFilterModel>(window, "resultsFilter")->rowCount(), 1);
        QCOMPARE(windowPart<Gui::Results::ResultsFilterModel>(window, "resultsFilter")
                     ->rowCount(
                         windowPart<Gui::Results::ResultsFilterModel>(window, "resultsFilter")->index(0, 0)),
            2);
        windowPart<QComboBox>(window, "show")->setCurrentIndex(0);
        QCOMPARE(windowPart<Gui::Results::ResultsFilterModel>(window, "resultsFilter")->rowCount(),
            ResultsModel::GroupCount);
    }

    void cleansForgedWithPreviewAndUndoesFromTheBar()
    {
        const QString maildir = demoCopy();
        QVERIFY(!maildir.isEmpty());
        const int inboxBefore = filesIn(maildir, QStringLiteral("INBOX"));
        const int trashBefore = filesIn(maildir, QStringLiteral("Trash"));
        Gui::MainWindow window;
        window.show();
        QSignalSpy idle(&window, &Gui::MainWindow::idle);
        openDemo(window, maildir);
        QVERIFY(waitIdle(window, idle, 1));

        // Cancelled preview: nothing moves.
        QString title;
        answerPreview(false, &title);
        windowPart<QPushButton>(window, "cleanForged")->click();
        QCOMPARE(title, QStringLiteral("Move 10 message(s) to the Trash?"));
        QCOMPARE(filesIn(maildir, QStringLiteral("INBOX")), inboxBefore);
        QCOMPARE(idle.count(), 1);

        answerPreview(true, &title);
        windowPart<QPushButton>(window, "cleanForged")->click();
        QVERIFY(waitIdle(window, idle, 2));
        QCOMPARE(filesIn(maildir, QStringLiteral("INBOX")), inboxBefore - 10);
        QCOMPARE(filesIn(maildir, QStringLiteral("Trash")), trashBefore + 10);
        QCOMPARE(windowPart<Gui::Results::ResultsModel>(window, "resultsModel")->count(Group::Forged), 0);
        QCOMPARE(windowPart<Gui::Results::ResultsModel>(window, "resultsModel")->count(Group::Yours), 2);
        QCOMPARE(window.messageBar()->tone(), Gui::Widgets::MessageBar::Tone::Success);
        QVERIFY2(window.messageBar()->text().contains(QStringLiteral("10")),
            qPrintable(window.messageBar()->text()));
        QVERIFY(window.messageBar()->actionButton()->isVisible());
        QVERIFY(windowPart<QAction>(window, "undo")->isEnabled());

        // Undo from the bar: back in the inbox, and a rescan shows them again.
        window.messageBar()->actionButton()->click();
        QVERIFY(waitIdle(window, idle, 3));
        QCOMPARE(filesIn(maildir, QStringLiteral("INBOX")), inboxBefore);
        QCOMPARE(filesIn(maildir, QStringLiteral("Trash")), trashBefore);
        QTRY_COMPARE(
            windowPart<Gui::Results::ResultsModel>(window, "resultsModel")->count(Group::Forged), 10);
    }

    void movingMailYouSentAsksOnceMore()
    {
        const QString maildir = demoCopy();
        Gui::MainWindow window;
        window.show();
        QSignalSpy idle(&window, &Gui::MainWindow::idle);
        openDemo(window, maildir);
        QVERIFY(waitIdle(window, idle, 1));
        const int inboxBefore = filesIn(maildir, QStringLiteral("INBOX"));
        const QModelIndex yours
            = windowPart<Gui::Results::ResultsFilterModel>(window, "resultsFilter")
                  ->mapFromSource(windowPart<Gui::Results::ResultsModel>(window, "resultsModel")
                                      ->groupIndex(Group::Yours));
        windowPart<QTreeView>(window, "results")
            ->selectionModel()
            ->select(
                windowPart<Gui::Results::ResultsFilterModel>(window, "resultsFilter")->index(0, 0, yours),
                QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QString title;
        answerPreview(true, &title);
        window.moveSelectedToTrash();
        QVERIFY(waitIdle(window, idle, 2));
        QCOMPARE(title, QStringLiteral("Move 1 message(s) to the Trash?"));
        QCOMPARE(filesIn(maildir, QStringLiteral("INBOX")), inboxBefore - 1);
        QCOMPARE(windowPart<Gui::Results::ResultsModel>(window, "resultsModel")->count(Group::Yours), 1);
    }

    void anyEarlierCleanIsUndoneFromHistory()
    {
        const QString maildir = demoCopy();
        Gui::MainWindow window;
        window.show();
        QSignalSpy idle(&window, &Gui::MainWindow::idle);
        openDemo(window, maildir);
        QVERIFY(waitIdle(window, idle, 1));
        const int inboxBefore = filesIn(maildir, QStringLiteral("INBOX"));
        QString title;
        answerPreview(true, &title);
        windowPart<QPushButton>(window, "cleanForged")->click();
        QVERIFY(waitIdle(window, idle, 2));
        // A second, later clean of one message: the first stays undoable from History.
        const QModelIndex yours
            = windowPart<Gui::Results::ResultsFilterModel>(window, "resultsFilter")
                  ->mapFromSource(windowPart<Gui::Results::ResultsModel>(window, "resultsModel")
                                      ->groupIndex(Group::Yours));
        windowPart<QTreeView>(window, "results")
            ->selectionModel()
            ->select(
                windowPart<Gui::Results::ResultsFilterModel>(window, "resultsFilter")->index(0, 0, yours),
                QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        answerPreview(true, &title);
        window.moveSelectedToTrash();
        QVERIFY(waitIdle(window, idle, 3));
        QCOMPARE(filesIn(maildir, QStringLiteral("INBOX")), inboxBefore - 11);

        windowPart<QAction>(window, "history")->trigger();
        auto* history = window.findChild<Gui::Dialogs::HistoryDialog*>();
        QVERIFY(history);
        QTRY_COMPARE(history->list()->topLevelItemCount(), 2);
        QVERIFY(history->list()->topLevelItem(0)->text(1).contains(QStringLiteral("1 message")));
        QVERIFY(history->list()->topLevelItem(1)->text(1).contains(QStringLiteral("10 message")));
        history->list()->setCurrentItem(history->list()->topLevelItem(1));
        QVERIFY(history->undoButton()->isEnabled());
        history->undoButton()->click();
        QVERIFY(waitIdle(window, idle, 4));
        QCOMPARE(filesIn(maildir, QStringLiteral("INBOX")), inboxBefore - 1);
        QTRY_COMPARE(
            windowPart<Gui::Results::ResultsModel>(window, "resultsModel")->count(Group::Forged), 10);
        // The history now shows the undo, and that clean can no longer be undone twice.
        QTRY_COMPARE(history->list()->topLevelItemCount(), 3);
        history->list()->setCurrentItem(history->list()->topLevelItem(2));
        QCOMPARE(history->list()->topLevelItem(2)->text(2), QStringLiteral("Undone"));
        QVERIFY(!history->undoButton()->isEnabled());
    }

    void newMailJoinsWhileTheWindowIsOpen()
    {
        const QString maildir = demoCopy();
        Gui::MainWindow window;
        window.setNewMailInterval(std::chrono::milliseconds(200));
        window.show();
        QSignalSpy idle(&window, &Gui::MainWindow::idle);
        openDemo(window, maildir);
        QVERIFY(waitIdle(window, idle, 1));
        auto* model = windowPart<Gui::Results::ResultsModel>(window, "resultsModel");
        QCOMPARE(model->count(Group::Forged), 10);
        // Nothing new: the looks that follow add nothing and say nothing.
        QVERIFY(waitIdle(window, idle, 3));
        QCOMPARE(model->count(Group::Forged), 10);
        QVERIFY(window.messageBar()->text().isEmpty() || !window.messageBar()->isVisible());

        // The same mail arrives again, as new messages.
        QStringList inbox;
        for (const QString& part : { QStringLiteral("cur"), QStringLiteral("new") }) {
            const QDir from(maildir + QStringLiteral("/INBOX/") + part);
            for (const QString& name : from.entryList(QDir::Files))
                inbox.append(from.filePath(name));
        }
        for (const QString& path : std::as_const(inbox))
            QVERIFY(QFile::copy(path,
                maildir + QStringLiteral("/INBOX/new/again-")
                    + QFileInfo(path).fileName().section(u':', 0, 0)));
        QTRY_COMPARE_WITH_TIMEOUT(model->count(Group::Forged), 20, 30000);
        QCOMPARE(model->count(Group::Yours), 4);
        QVERIFY2(window.messageBar()->text().contains(QStringLiteral("10 more forged bounce")),
            qPrintable(window.messageBar()->text()));
        QVERIFY(windowPart<QLabel>(window, "summary")->text().contains(QStringLiteral("26")));
        // Each once, however often it looks again.
        const int looks = int(idle.count());
        QVERIFY(waitIdle(window, idle, looks + 2));
        QCOMPARE(model->count(Group::Forged), 20);
        QVERIFY(!windowPart<QProgressBar>(window, "progress")->isVisible());
    }

    void newForgedBouncesMoveByThemselvesOnlyWhenAsked()
    {
        const QString maildir = demoCopy();
        Gui::MainWindow window;
        window.setNewMailInterval(std::chrono::milliseconds(200));
        auto* option = windowPart<QAction>(window, "moveNewForged");
        QVERIFY(!option->isChecked()); // off unless the user turns it on
        option->setChecked(true);
        const auto off = qScopeGuard([option] { option->setChecked(false); });
        window.show();
        QSignalSpy idle(&window, &Gui::MainWindow::idle);
        openDemo(window, maildir);
        QVERIFY(waitIdle(window, idle, 1));
        auto* model = windowPart<Gui::Results::ResultsModel>(window, "resultsModel");
        // What was there before is the user's to decide on: it stays.
        QCOMPARE(model->count(Group::Forged), 10);
        const int inboxBefore = filesIn(maildir, QStringLiteral("INBOX"));
        const int trashBefore = filesIn(maildir, QStringLiteral("Trash"));

        const QDir cur(maildir + QStringLiteral("/INBOX/cur"));
        const QStringList names = cur.entryList(QDir::Files);
        for (const QString& name : names)
            QVERIFY(QFile::copy(cur.filePath(name),
                maildir + QStringLiteral("/INBOX/new/again-") + name.section(u':', 0, 0)));
        const int arrived = int(names.size());
        // The new forged ones (not the genuine ones, not the ordinary mail) go to the Trash.
        QTRY_VERIFY_WITH_TIMEOUT(filesIn(maildir, QStringLiteral("Trash")) > trashBefore, 30000);
        QTRY_VERIFY(!window.isBusy());
        const int moved = filesIn(maildir, QStringLiteral("Trash")) - trashBefore;
        QVERIFY(moved > 0 && moved < arrived);
        QCOMPARE(filesIn(maildir, QStringLiteral("INBOX")), inboxBefore + arrived - moved);
        QCOMPARE(model->count(Group::Forged), 10);
        QCOMPARE(window.messageBar()->tone(), Gui::Widgets::MessageBar::Tone::Success);
        // A clean like any other: undone from the bar.
        QVERIFY(windowPart<QAction>(window, "undo")->isEnabled());
        window.messageBar()->actionButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(filesIn(maildir, QStringLiteral("Trash")), trashBefore, 30000);
        QCOMPARE(filesIn(maildir, QStringLiteral("INBOX")), inboxBefore + arrived);
    }

    void cancelStopsALongScan()
    {
        const QString maildir = demoCopy();
        // 100 copies of each inbox message: long enough to cancel in the middle.
        const QDir cur(maildir + QStringLiteral("/INBOX/cur"));
        const QStringList originals = cur.entryList(QDir::Files);
        for (int copy = 0; copy < 100; ++copy) {
            for (const QString& name : originals)
                QVERIFY(QFile::copy(cur.filePath(name),
                    cur.filePath(QStringLiteral("copy%1-%2").arg(copy).arg(name.section(u':', 0, 0)))));
        }
        Gui::MainWindow window;
        window.show();
        QSignalSpy idle(&window, &Gui::MainWindow::idle);
        openDemo(window, maildir);
        QTRY_VERIFY_WITH_TIMEOUT(windowPart<QProgressBar>(window, "progress")->isVisible()
                && windowPart<QProgressBar>(window, "progress")->maximum() > 0,
            30000);
        QVERIFY(windowPart<QPushButton>(window, "cancel")->isVisible());
        windowPart<QPushButton>(window, "cancel")->click();
        QVERIFY(waitIdle(window, idle, 1));
        QCOMPARE(window.messageBar()->tone(), Gui::Widgets::MessageBar::Tone::Error);
        QVERIFY2(window.messageBar()->text().contains(QStringLiteral("ancel")),
            qPrintable(window.messageBar()->text()));
        QVERIFY(windowPart<Gui::Results::ResultsModel>(window, "resultsModel")->count(Group::Forged) < 1000);
        QVERIFY(windowPart<QAction>(window, "scan")->isEnabled());
    }
};

QTEST_MAIN(MainWindowTest)
#include "MainWindowTest.moc"
