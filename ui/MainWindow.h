#pragma once

#include "account/NetworkOverrides.h"
#include "explain/ScanSummary.h"
#include "explain/SpamRun.h"
#include "session/CleanCoordinator.h"
#include "session/MailboxScanner.h"
#include "session/MailboxWorker.h"

#include <QMainWindow>
#include <QPointer>
#include <QSet>
#include <QTime>
#include <QTimer>

#include <chrono>
#include <memory>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QMenu;
class QProgressBar;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QSystemTrayIcon;
class QTreeView;

namespace Core::Session {
class WorkerHost;
}

namespace Gui {

namespace Dialogs {
    class HistoryDialog;
}
namespace Results {
    class ResultsFilterModel;
    class ResultsModel;
}
namespace Widgets {
    class ExplanationView;
    class MessageBar;
    class SpamRunChart;
}

// The window a user lives in: which folders to look at, the scan with its progress, the
// results grouped by verdict with an explanation of the selected one, and cleaning with
// a preview, an undo bar and a history. It talks to the mailbox only through a
// MailboxWorker on its own thread, so it never waits on the network.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Takes the worker; the scan of the inbox starts as soon as its folders are known.
    void openMailbox(
        Core::Session::MailboxWorker* worker, const QString& mailboxName, const QStringList& myAddresses);

    // The parts the account controller fills in. Tests and screenshots find the others
    // by their object names ("results", "cleanForged", "scan", ...).
    Widgets::MessageBar* messageBar() const { return m_messages; }
    QMenu* accountsMenu() const { return m_accountsMenu; }
    bool isBusy() const { return m_busy; }

    // Asks before moving (the preview); tests and the menu both come through here.
    void moveToTrash(const QList<Core::Session::ScanResult>& messages);
    void moveForgedToTrash();
    void moveSelectedToTrash();
    void scan();
    void undoLastClean();
    void showHistory();
    // Opens "Report for IT" on the last scan; it looks up the user's domain's records.
    void showItReport();
    // While the window is open, new mail is looked for this often after each scan, and
    // what is new joins the list and the summary.
    static constexpr std::chrono::milliseconds DefaultNewMailInterval { std::chrono::minutes(2) };
    void setNewMailInterval(std::chrono::milliseconds interval);
    // Whether it keeps watch from the system tray when its window is closed (the user's
    // opt-in, where the desktop has a tray): then it may start hidden (--background).
    bool waitsInTray() const;
    // TEST ONLY: where the report's DNS questions go (see Account::NetworkOverrides).
    void setNetworkOverrides(const Core::Account::NetworkOverrides& overrides)
    {
        m_networkOverrides = overrides;
    }

signals:
    void addAccountRequested();
    void demoRequested();
    // A scan, clean or undo ended (for tests and scripts that wait on the window).
    void idle();

protected:
    void closeEvent(QCloseEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* makeWelcomePage();
    QWidget* makeMailboxPage();
    void makeActions();
    void restoreLayout();
    void spanGroupRows();
    void fitColumns();

    void onFoldersListed(bool ok, const QString& error, const QList<Core::Session::MailboxFolder>& folders);
    void lookForNewMail();
    // Where the mailbox's server tells of new mail (IMAP IDLE), a worker of its own waits
    // on folder for it, and each arrival starts a look at once instead of at the next tick.
    void waitForNewMailIn(const QString& folder);
    void keepWatching(bool on);
    void updateTray();
    // From the tray: the window shown and in front again.
    void comeBack();
    void onProgress(const QString& phase, int done, int total);
    // The scan's totals are the command line's report; the window counts its results.
    void onScanFinished(bool ok, const QString& error);
    void onCleanFinished(const Core::Session::CleanCoordinator::CleanReport& report);
    void onUndoFinished(const Core::Session::CleanCoordinator::UndoReport& report);
    void onCurrentChanged();

    void setBusy(bool busy, const QString& phase = QString());
    void updateCleanButton();
    void updateSummary();
    QList<Core::Session::ScanResult> selectedResults() const;
    QStringList checkedFolders() const;

    std::unique_ptr<Core::Session::WorkerHost> m_host;
    QPointer<Core::Session::MailboxWorker> m_worker;
    QStringList m_myAddresses;
    Core::Explain::ScanSummary m_scanSummary;
    // The same bounces gathered for the chart and the report for IT.
    Core::Explain::SpamRun m_spamRun;
    QString m_mailboxName;
    QStringList m_scannedFolders;
    Core::Account::NetworkOverrides m_networkOverrides;
    // What the list holds, by folder and UID, so that a look for new mail adds the new only.
    QSet<QPair<QString, quint32>> m_listed;
    QTimer m_newMailTimer;
    std::unique_ptr<Core::Session::WorkerHost> m_newMailWaiter;
    QString m_waitedFolder;
    bool m_lookingForNewMail = false;
    bool m_lookWhenIdle = false; // mail came while the window was busy
    QList<Core::Session::ScanResult> m_newForged; // of the look under way
    QTime m_lastLook;
    QStringList m_sentFolders;
    bool m_busy = false;
    bool m_scanAfterListing = true;

    Core::Session::CleanCoordinator m_moves;

    QStackedWidget* m_pages = nullptr;
    Widgets::MessageBar* m_messages = nullptr;
    QLabel* m_summary = nullptr;
    Widgets::SpamRunChart* m_chart = nullptr;
    QListWidget* m_folders = nullptr;
    QLabel* m_sentLabel = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_show = nullptr;
    QTreeView* m_view = nullptr;
    Results::ResultsModel* m_results = nullptr;
    Results::ResultsFilterModel* m_filter = nullptr;
    Widgets::ExplanationView* m_explanation = nullptr;
    QSplitter* m_splitter = nullptr;
    QLabel* m_phase = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_cleanForged = nullptr;
    QPushButton* m_notMine = nullptr;
    QAction* m_scanAction = nullptr;
    QAction* m_moveSelectedAction = nullptr;
    QAction* m_undoAction = nullptr;
    QAction* m_historyAction = nullptr;
    QAction* m_reportAction = nullptr;
    QAction* m_moveNewForgedAction = nullptr;
    QAction* m_keepWatchingAction = nullptr;
    QPointer<QSystemTrayIcon> m_tray;
    bool m_quitting = false; // the tray's Quit: the window closes for good
    QMenu* m_accountsMenu = nullptr;
    QMenu* m_languageMenu = nullptr;
    QPointer<Dialogs::HistoryDialog> m_history;
    // Bounces of mail in Sent that the user says they did not write.
    QSet<QPair<QString, quint32>> m_notWrittenByMe;
    QList<Core::Session::ScanResult> m_notWritten;
};

} // namespace Gui
