#include "MainWindow.h"

#include "Autostart.h"
#include "LanguageSettings.h"
#include "analysis/MimeHeader.h"
#include "dialogs/CleanPreviewDialog.h"
#include "dialogs/HelpDialog.h"
#include "dialogs/HistoryDialog.h"
#include "dialogs/ItReportDialog.h"
#include "explain/Explanation.h"
#include "explain/ScanSummary.h"
#include "results/AddressDelegate.h"
#include "results/ResultsFilterModel.h"
#include "results/ResultsModel.h"
#include "session/WorkerHost.h"
#include "widgets/ExplanationView.h"
#include "widgets/MessageBar.h"
#include "widgets/PrimaryButton.h"
#include "widgets/SpamRunChart.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace Gui {

using Core::Session::CleanCoordinator;
using Core::Session::MailboxScanner;
using Core::Verdict::Verdict;

namespace {

    constexpr int FolderNameRole = Qt::UserRole;
    constexpr int WelcomeTextWidth = 560;
    constexpr int WelcomeIconSize = 96;
    // Shares of the results list's width, beyond the date (and the folder, when shown):
    // what happened and who it went to are the key facts; the subject takes the rest.
    constexpr double WhatHappenedShare = 0.4;
    constexpr double RecipientsShare = 0.32;

    // Folders a person or a mail filter may have made for bounces: offered for the scan.
    bool nameSuggestsBounces(const QString& folder)
    {
        static const QStringList hints = { QStringLiteral("bounce"), QStringLiteral("undeliver"),
            QStringLiteral("mailer-daemon"), QStringLiteral("postmaster"), QStringLiteral("returned"),
            QStringLiteral("unzustellbar"), QStringLiteral("non remis"), QStringLiteral("backscatter") };
        const QString lower = folder.toLower();
        return std::any_of(
            hints.cbegin(), hints.cend(), [&lower](const QString& hint) { return lower.contains(hint); });
    }

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("NeverSent"));
    connect(&m_moves, &CleanCoordinator::cleanStarted, this,
        [this] { setBusy(true, tr("Moving to the Trash...")); });
    connect(&m_moves, &CleanCoordinator::undoStarted, this,
        [this] { setBusy(true, tr("Putting the messages back...")); });
    connect(&m_moves, &CleanCoordinator::messagesMoved, this,
        [this](
            const QString& folder, const QList<quint32>& uids) { m_results->removeMessages(folder, uids); });
    connect(&m_moves, &CleanCoordinator::cleanFinished, this, &MainWindow::onCleanFinished);
    connect(&m_moves, &CleanCoordinator::undoFinished, this, &MainWindow::onUndoFinished);
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    m_messages = new Widgets::MessageBar(central);
    m_messages->setObjectName(QStringLiteral("messageBar"));
    layout->addWidget(m_messages);
    m_pages = new QStackedWidget(central);
    m_pages->addWidget(makeWelcomePage());
    m_pages->addWidget(makeMailboxPage());
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);
    makeActions();
    updateTray();
    restoreLayout();
    m_newMailTimer.setSingleShot(true);
    m_newMailTimer.setInterval(DefaultNewMailInterval);
    connect(&m_newMailTimer, &QTimer::timeout, this, &MainWindow::lookForNewMail);
}

MainWindow::~MainWindow() = default;

QWidget* MainWindow::makeWelcomePage()
{
    // A start page as desktop apps have them: one centred block, the icon, a heading, a
    // few words, one primary action and the sample mailbox beside it.
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("welcome"));
    auto* outer = new QVBoxLayout(page);
    outer->setContentsMargins(32, 32, 32, 32);
    auto* block = new QWidget(page);
    block->setMaximumWidth(WelcomeTextWidth);
    auto* layout = new QVBoxLayout(block);
    layout->setSpacing(16);
    auto* icon = new QLabel(block);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/org.neversent.NeverSent.svg"))
                        .pixmap(WelcomeIconSize, WelcomeIconSize, QIcon::Normal));
    icon->setAlignment(Qt::AlignHCenter);
    layout->addWidget(icon);
    auto* title = new QLabel(tr("Bounce messages for mail you never sent?"), block);
    title->setObjectName(QStringLiteral("welcomeTitle"));
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    title->setFont(big);
    title->setWordWrap(true);
    title->setAlignment(Qt::AlignHCenter);
    layout->addWidget(title);
    auto* intro
        = new QLabel(tr("Spammers sometimes put your address on mail they send. When that mail cannot be "
                        "delivered, the \"Undeliverable\" replies come back to you.\n\n"
                        "NeverSent looks through your inbox, compares every such reply with the mail you "
                        "really sent, tells you in plain words which ones are forged and which are real "
                        "delivery problems, and moves the forged ones to the Trash, with an undo."),
            block);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    intro->setAlignment(Qt::AlignHCenter);
    layout->addWidget(intro);
    layout->addSpacing(8);
    auto* add = new Widgets::PrimaryButton(tr("&Connect to my mail account..."), block);
    add->setObjectName(QStringLiteral("connectAccount"));
    add->setDefault(true);
    add->setMinimumHeight(add->sizeHint().height() * 3 / 2);
    auto* demo = new QPushButton(tr("Try it on a &sample mailbox"), block);
    demo->setObjectName(QStringLiteral("openSample"));
    demo->setFlat(true);
    auto* buttons = new QVBoxLayout;
    buttons->setSpacing(8);
    buttons->addWidget(add, 0, Qt::AlignHCenter);
    buttons->addWidget(demo, 0, Qt::AlignHCenter);
    layout->addLayout(buttons);
    // Stretches on both sides rather than an alignment: the block then takes its full
    // width, and the wrapped text its full height.
    auto* centred = new QHBoxLayout;
    centred->addStretch(1);
    centred->addWidget(block, 100);
    centred->addStretch(1);
    outer->addStretch(2);
    outer->addLayout(centred);
    outer->addStretch(3);
    connect(add, &QPushButton::clicked, this, &MainWindow::addAccountRequested);
    connect(demo, &QPushButton::clicked, this, &MainWindow::demoRequested);
    return page;
}

QWidget* MainWindow::makeMailboxPage()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);

    m_summary = new QLabel(page);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    QFont summaryFont = m_summary->font();
    summaryFont.setPointSizeF(summaryFont.pointSizeF() * 1.2);
    m_summary->setFont(summaryFont);
    m_summary->setAccessibleName(tr("Summary"));
    m_chart = new Widgets::SpamRunChart(page);
    m_chart->setObjectName(QStringLiteral("spamRunChart"));
    m_chart->hide();
    auto* summaryRow = new QHBoxLayout;
    summaryRow->addWidget(m_summary, 3);
    summaryRow->addWidget(m_chart, 2);
    layout->addLayout(summaryRow);

    m_splitter = new QSplitter(page);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setChildrenCollapsible(false);

    auto* folderPanel = new QWidget(m_splitter);
    auto* folderLayout = new QVBoxLayout(folderPanel);
    folderLayout->setContentsMargins(0, 0, 0, 0);
    auto* foldersTitle = new QLabel(tr("&Folders to look through"), folderPanel);
    m_folders = new QListWidget(folderPanel);
    m_folders->setObjectName(QStringLiteral("folders"));
    m_folders->setAccessibleName(tr("Folders to look through"));
    foldersTitle->setBuddy(m_folders);
    m_sentLabel = new QLabel(folderPanel);
    m_sentLabel->setTextFormat(Qt::PlainText);
    m_sentLabel->setWordWrap(true);
    folderLayout->addWidget(foldersTitle);
    folderLayout->addWidget(m_folders);
    folderLayout->addWidget(m_sentLabel);

    auto* resultsPanel = new QWidget(m_splitter);
    auto* resultsLayout = new QVBoxLayout(resultsPanel);
    resultsLayout->setContentsMargins(0, 0, 0, 0);
    m_search = new QLineEdit(resultsPanel);
    m_search->setPlaceholderText(tr("Search by address, subject or reason"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search the results"));
    m_show = new QComboBox(resultsPanel);
    m_show->setObjectName(QStringLiteral("show"));
    m_show->setAccessibleName(tr("Which bounces to show"));
    m_show->addItem(tr("All bounces"));
    m_show->addItem(tr("Forged only"), int(Results::ResultsModel::Group::Forged));
    m_show->addItem(tr("Sent by you only"), int(Results::ResultsModel::Group::Yours));
    m_show->addItem(tr("Automatic replies only"), int(Results::ResultsModel::Group::Replies));
    m_show->addItem(tr("Can't tell only"), int(Results::ResultsModel::Group::Unsure));
    auto* filterRow = new QHBoxLayout;
    filterRow->addWidget(m_search, 1);
    filterRow->addWidget(m_show);
    resultsLayout->addLayout(filterRow);
    m_results = new Results::ResultsModel(this);
    m_results->setObjectName(QStringLiteral("resultsModel"));
    m_filter = new Results::ResultsFilterModel(this);
    m_filter->setObjectName(QStringLiteral("resultsFilter"));
    m_filter->setSourceModel(m_results);
    m_view = new QTreeView(resultsPanel);
    m_view->setObjectName(QStringLiteral("results"));
    m_view->setModel(m_filter);
    m_view->setSortingEnabled(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setAccessibleName(tr("Bounce messages found"));
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->header()->setSectionResizeMode(Results::ResultsModel::SubjectColumn, QHeaderView::Stretch);
    m_view->setItemDelegateForColumn(
        Results::ResultsModel::RecipientsColumn, new Results::AddressDelegate(m_view));
    m_view->viewport()->installEventFilter(this);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    resultsLayout->addWidget(m_view);
    m_cleanForged = new Widgets::PrimaryButton(QString(), resultsPanel);
    m_cleanForged->setObjectName(QStringLiteral("cleanForged"));
    m_cleanForged->setEnabled(false);
    resultsLayout->addWidget(m_cleanForged);

    auto* explanationPanel = new QWidget(m_splitter);
    auto* explanationLayout = new QVBoxLayout(explanationPanel);
    explanationLayout->setContentsMargins(0, 0, 0, 0);
    m_explanation = new Widgets::ExplanationView(explanationPanel);
    m_explanation->setObjectName(QStringLiteral("explanation"));
    explanationLayout->addWidget(m_explanation);
    m_notMine = new QPushButton(tr("I did &not write this message"), explanationPanel);
    m_notMine->setToolTip(tr("Tell NeverSent that this message in your Sent folder was not written by you"));
    m_notMine->hide();
    explanationLayout->addWidget(m_notMine);

    m_splitter->addWidget(folderPanel);
    m_splitter->addWidget(resultsPanel);
    m_splitter->addWidget(explanationPanel);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 4);
    m_splitter->setStretchFactor(2, 3);
    m_splitter->setSizes({ 150, 700, 430 });
    layout->addWidget(m_splitter, 1);

    auto* progressRow = new QHBoxLayout;
    m_phase = new QLabel(page);
    m_phase->setTextFormat(Qt::PlainText);
    m_progress = new QProgressBar(page);
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->setAccessibleName(tr("Progress"));
    m_cancel = new QPushButton(tr("Cancel"), page);
    m_cancel->setObjectName(QStringLiteral("cancel"));
    m_cancel->setShortcut(QKeySequence(Qt::Key_Escape));
    progressRow->addWidget(m_phase, 1);
    progressRow->addWidget(m_progress, 2);
    progressRow->addWidget(m_cancel);
    layout->addLayout(progressRow);
    m_phase->hide();
    m_progress->hide();
    m_cancel->hide();

    connect(m_search, &QLineEdit::textChanged, m_filter, &Results::ResultsFilterModel::setSearchText);
    connect(m_show, &QComboBox::currentIndexChanged, this, [this] {
        const QVariant group = m_show->currentData();
        m_filter->setGroupFilter(
            group.isValid() ? std::optional(Results::ResultsModel::Group(group.toInt())) : std::nullopt);
    });
    connect(
        m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::onCurrentChanged);
    connect(m_results, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex& parent) {
        // Groups open as they fill, so results show as they come.
        if (!parent.isValid())
            return;
        m_view->expand(m_filter->mapFromSource(parent));
    });
    connect(m_results, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateCleanButton);
    // A group's label spans the row instead of being cut to the date column's width.
    connect(m_filter, &QAbstractItemModel::modelReset, this, &MainWindow::spanGroupRows);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &MainWindow::spanGroupRows);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &MainWindow::spanGroupRows);
    connect(m_results, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateCleanButton);
    connect(m_cleanForged, &QPushButton::clicked, this, &MainWindow::moveForgedToTrash);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_worker)
            m_worker->cancel();
        m_phase->setText(tr("Stopping..."));
    });
    connect(m_notMine, &QPushButton::clicked, this, [this] {
        const auto* result = m_results->result(m_filter->mapToSource(m_view->currentIndex()));
        if (!result)
            return;
        if (!m_notWrittenByMe.contains({ result->folder, result->uid })) {
            m_notWrittenByMe.insert({ result->folder, result->uid });
            m_notWritten.append(*result);
        }
        const auto warning = Core::Explain::Explanation::accountWarning(m_notWritten);
        m_explanation->showExplanation(warning);
        m_messages->showMessage(Widgets::MessageBar::Tone::Warning, warning.headline);
    });
    return page;
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        fitColumns();
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::fitColumns()
{
    // The date as wide as the locale writes the widest one; the rest in shares of what is
    // left, so the key facts show without scrolling sideways at any window size.
    using Results::ResultsModel;
    QHeaderView* header = m_view->header();
    const QFontMetrics metrics(m_view->font());
    const QDateTime widestDate(QDate(2026, 12, 28), QTime(22, 58));
    const int padding = 4 * m_view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_view) + 8;
    // Messages sit one level in: the group's branch and their own.
    const int dateWidth = 2 * m_view->indentation()
        + metrics.horizontalAdvance(QLocale().toString(widestDate, QLocale::ShortFormat)) + padding;
    header->resizeSection(ResultsModel::DateColumn, dateWidth);
    int rest = m_view->viewport()->width() - dateWidth;
    if (!m_view->isColumnHidden(ResultsModel::FolderColumn)) {
        int folderWidth = header->sectionSizeHint(ResultsModel::FolderColumn);
        for (const QString& folder : std::as_const(m_scannedFolders))
            folderWidth = std::max(folderWidth, metrics.horizontalAdvance(folder) + padding);
        header->resizeSection(ResultsModel::FolderColumn, folderWidth);
        rest -= folderWidth;
    }
    rest = std::max(rest, 3 * header->minimumSectionSize());
    header->resizeSection(ResultsModel::WhatHappenedColumn, int(rest * WhatHappenedShare));
    header->resizeSection(ResultsModel::RecipientsColumn, int(rest * RecipientsShare));
}

void MainWindow::spanGroupRows()
{
    for (int row = 0; row < m_filter->rowCount(); ++row)
        m_view->setFirstColumnSpanned(row, QModelIndex(), true);
}

void MainWindow::makeActions()
{
    auto* mailbox = menuBar()->addMenu(tr("&Mailbox"));
    m_scanAction = mailbox->addAction(tr("&Scan again"), this, &MainWindow::scan);
    m_scanAction->setObjectName(QStringLiteral("scan"));
    m_scanAction->setShortcut(QKeySequence::Refresh);
    m_moveSelectedAction
        = mailbox->addAction(tr("&Move selected to Trash..."), this, &MainWindow::moveSelectedToTrash);
    m_moveSelectedAction->setShortcut(QKeySequence::Delete);
    m_view->addAction(m_moveSelectedAction);
    m_undoAction = mailbox->addAction(tr("&Undo last clean-up"), this, &MainWindow::undoLastClean);
    m_undoAction->setObjectName(QStringLiteral("undo"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_historyAction = mailbox->addAction(tr("&History..."), this, &MainWindow::showHistory);
    m_historyAction->setObjectName(QStringLiteral("history"));
    m_historyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    m_reportAction = mailbox->addAction(tr("&Report for IT..."), this, &MainWindow::showItReport);
    m_reportAction->setObjectName(QStringLiteral("itReport"));
    m_reportAction->setToolTip(tr("A report for whoever runs your organisation's e-mail: the forged bounces, "
                                  "where they came from and how to make them stop"));
    auto* find
        = mailbox->addAction(tr("&Find"), this, [this] { m_search->setFocus(Qt::ShortcutFocusReason); });
    find->setShortcut(QKeySequence::Find);
    mailbox->addSeparator();
    m_accountsMenu = mailbox->addMenu(tr("&Accounts"));
    m_accountsMenu->setObjectName(QStringLiteral("accountsMenu"));
    m_accountsMenu->addAction(tr("&Add an account..."), this, &MainWindow::addAccountRequested);
    m_accountsMenu->addAction(tr("Open the &sample mailbox"), this, &MainWindow::demoRequested);
    mailbox->addSeparator();
    auto* quit = mailbox->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    for (QAction* action :
        { m_scanAction, m_moveSelectedAction, m_undoAction, m_historyAction, m_reportAction })
        action->setEnabled(false);

    auto* settings = menuBar()->addMenu(tr("&Settings"));
    m_moveNewForgedAction = settings->addAction(tr("&Move new forged bounces to Trash automatically"));
    m_moveNewForgedAction->setObjectName(QStringLiteral("moveNewForged"));
    m_moveNewForgedAction->setCheckable(true);
    m_moveNewForgedAction->setToolTip(tr("Forged bounces that arrive while NeverSent is open go to the Trash "
                                         "without asking; each move is in History and can be undone"));
    m_moveNewForgedAction->setChecked(
        QSettings().value(QStringLiteral("watch/moveNewForged"), false).toBool());
    connect(m_moveNewForgedAction, &QAction::toggled, this,
        [](bool on) { QSettings().setValue(QStringLiteral("watch/moveNewForged"), on); });
    m_keepWatchingAction = settings->addAction(tr("&Keep watching when the window is closed"));
    m_keepWatchingAction->setObjectName(QStringLiteral("keepWatching"));
    m_keepWatchingAction->setCheckable(true);
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_keepWatchingAction->setToolTip(
            tr("NeverSent stays in the system tray, starts when you log in and says "
               "when more forged bounces come"));
        // The login entry is the switch's state: there is nothing else to keep in step.
        m_keepWatchingAction->setChecked(Autostart::isEnabled());
    } else {
        m_keepWatchingAction->setEnabled(false);
        m_keepWatchingAction->setToolTip(tr("This desktop has no system tray to stay in"));
    }
    connect(m_keepWatchingAction, &QAction::toggled, this, &MainWindow::keepWatching);
    m_languageMenu = settings->addMenu(tr("&Language"));
    m_languageMenu->setObjectName(QStringLiteral("languageMenu"));
    auto* languages = new QActionGroup(this);
    const QString chosen = LanguageSettings::chosen();
    const auto addLanguage = [&](const QString& code, const QString& name) {
        QAction* action = m_languageMenu->addAction(name, this, [this, code, name] {
            LanguageSettings::choose(code);
            m_messages->showMessage(Widgets::MessageBar::Tone::Information,
                tr("NeverSent will use %1 from its next start.").arg(name));
        });
        action->setCheckable(true);
        action->setChecked(code == chosen);
        languages->addAction(action);
    };
    addLanguage(QString(), tr("The system's language"));
    for (const QString& code : LanguageSettings::available()) {
        const QLocale locale(code);
        addLanguage(code, locale.nativeLanguageName());
    }

    auto* help = menuBar()->addMenu(tr("&Help"));
    auto* whatAreThese = help->addAction(tr("&What are these messages?"), this, [this] {
        Dialogs::HelpDialog dialog(this);
        dialog.exec();
    });
    whatAreThese->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("&About NeverSent"), this, [this] {
        QMessageBox::about(this, tr("About NeverSent"),
            tr("NeverSent %1\n\nExplains and cleans up bounce messages for mail you never sent. It only ever "
               "moves "
               "messages to the Trash, and every clean-up can be undone.")
                .arg(QApplication::applicationVersion()));
    });

    auto* toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_scanAction->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_undoAction->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    m_historyAction->setIcon(style()->standardIcon(QStyle::SP_FileDialogDetailedView));
    whatAreThese->setIcon(style()->standardIcon(QStyle::SP_MessageBoxQuestion));
    toolbar->addAction(m_scanAction);
    toolbar->addAction(m_undoAction);
    toolbar->addAction(m_historyAction);
    m_reportAction->setIcon(style()->standardIcon(QStyle::SP_FileDialogInfoView));
    toolbar->addAction(m_reportAction);
    toolbar->addAction(whatAreThese);
    toolbar->hide();
    statusBar();
}

void MainWindow::keepWatching(bool on)
{
    if (const Core::Common::Done changed = Autostart::setEnabled(on); !changed) {
        m_messages->showMessage(Widgets::MessageBar::Tone::Error, changed.error().message);
        const QSignalBlocker quiet(m_keepWatchingAction);
        m_keepWatchingAction->setChecked(!on);
        return;
    }
    updateTray();
}

void MainWindow::updateTray()
{
    const bool wanted = m_keepWatchingAction->isChecked();
    QGuiApplication::setQuitOnLastWindowClosed(!wanted);
    if (!wanted) {
        delete m_tray;
        return;
    }
    if (m_tray)
        return;
    // The program's own icon, whoever started the window (not only main() sets it).
    m_tray = new QSystemTrayIcon(QIcon(QStringLiteral(":/icons/org.neversent.NeverSent.svg")), this);
    m_tray->setToolTip(tr("NeverSent keeps watch for forged bounces"));
    auto* menu = new QMenu(this);
    menu->addAction(tr("&Open NeverSent"), this, &MainWindow::comeBack);
    menu->addAction(tr("&Quit"), this, [this] {
        m_quitting = true;
        close();
        QCoreApplication::quit();
    });
    m_tray->setContextMenu(menu);
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger)
            comeBack();
    });
    m_tray->show();
}

void MainWindow::comeBack()
{
    showNormal();
    raise();
    activateWindow();
}

bool MainWindow::waitsInTray() const
{
    return m_tray && m_tray->isVisible();
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1100, 700);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    if (waitsInTray() && !m_quitting) {
        // Keeps watch from the tray: the worker and its connection stay.
        settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
        hide();
        event->ignore();
        return;
    }
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    // The worker is cancelled and its thread waited for; a clean in flight has its every
    // step in the audit log and is settled at the next start.
    m_newMailWaiter.reset();
    m_host.reset();
    event->accept();
}

void MainWindow::openMailbox(
    Core::Session::MailboxWorker* worker, const QString& mailboxName, const QStringList& myAddresses)
{
    m_newMailWaiter.reset();
    m_waitedFolder.clear();
    m_host.reset();
    // A look for new mail under way ended with the worker it asked.
    m_newMailTimer.stop();
    m_lookingForNewMail = false;
    m_lookWhenIdle = false;
    m_results->clear();
    m_listed.clear();
    m_myAddresses = myAddresses;
    m_host = std::make_unique<Core::Session::WorkerHost>(worker);
    m_worker = worker;
    connect(worker, &Core::Session::MailboxWorker::foldersListed, this, &MainWindow::onFoldersListed);
    connect(worker, &Core::Session::MailboxWorker::progress, this, &MainWindow::onProgress);
    connect(worker, &Core::Session::MailboxWorker::messageScanned, this,
        [this](const Core::Session::ScanResult& result) {
            // A look for new mail hands on everything again; only what is new joins.
            if (!m_listed.contains({ result.folder, result.uid })) {
                m_listed.insert({ result.folder, result.uid });
                m_scanSummary.add(result);
                m_spamRun.add(result);
                m_results->addResult(result);
                if (m_lookingForNewMail && result.judgement.verdict == Verdict::Backscatter)
                    m_newForged.append(result);
            }
        });
    connect(worker, &Core::Session::MailboxWorker::scanFinished, this, &MainWindow::onScanFinished);
    m_moves.setWorker(worker);
    connect(worker, &Core::Session::MailboxWorker::actionsListed, this,
        [this](const QList<Core::Session::ActionSummary>& actions) {
            if (m_history)
                m_history->setActions(actions);
        });
    setWindowTitle(tr("%1 - NeverSent").arg(mailboxName));
    m_mailboxName = mailboxName;
    m_pages->setCurrentIndex(1);
    findChild<QToolBar*>(QStringLiteral("mainToolbar"))->show();
    m_scanAfterListing = true;
    setBusy(true, tr("Looking for your folders..."));
    QMetaObject::invokeMethod(worker, &Core::Session::MailboxWorker::listFolders, Qt::QueuedConnection);
}

void MainWindow::onFoldersListed(
    bool ok, const QString& error, const QList<Core::Session::MailboxFolder>& folders)
{
    setBusy(false);
    if (!ok) {
        m_messages->showMessage(Widgets::MessageBar::Tone::Error, error, tr("Try again"), [this] {
            setBusy(true, tr("Looking for your folders..."));
            QMetaObject::invokeMethod(
                m_worker, &Core::Session::MailboxWorker::listFolders, Qt::QueuedConnection);
        });
        return;
    }
    m_folders->clear();
    m_sentFolders.clear();
    for (const auto& folder : folders) {
        using Core::Imap::FolderRole;
        if (folder.role == FolderRole::Sent) {
            m_sentFolders.append(folder.name);
            continue;
        }
        if (folder.role == FolderRole::Trash || folder.role == FolderRole::Drafts)
            continue;
        const bool inbox = folder.role == FolderRole::Inbox
            || folder.name.compare(QLatin1String("INBOX"), Qt::CaseInsensitive) == 0;
        const bool suggested = !inbox
            && (folder.mayHoldBounces || nameSuggestsBounces(folder.name) || folder.role == FolderRole::Junk);
        QString label = inbox ? tr("Inbox") : folder.name;
        if (suggested)
            label = tr("%1 (may hold bounces)").arg(label);
        auto* item = new QListWidgetItem(label, m_folders);
        item->setData(FolderNameRole, folder.name);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(inbox ? Qt::Checked : Qt::Unchecked);
        item->setToolTip(tr("%n message(s)", nullptr, folder.messages));
        if (inbox)
            m_folders->insertItem(0, m_folders->takeItem(m_folders->row(item)));
    }
    m_sentLabel->setText(m_sentFolders.isEmpty()
            ? tr("No Sent folder was found, so NeverSent cannot tell which bounces are about mail you sent.")
            : tr("Checked against the mail you sent in: %1").arg(m_sentFolders.join(QStringLiteral(", "))));
    m_scanAction->setEnabled(true);
    m_historyAction->setEnabled(true);
    if (m_scanAfterListing) {
        m_scanAfterListing = false;
        scan();
    }
}

QStringList MainWindow::checkedFolders() const
{
    QStringList result;
    for (int row = 0; row < m_folders->count(); ++row) {
        const QListWidgetItem* item = m_folders->item(row);
        if (item->checkState() == Qt::Checked)
            result.append(item->data(FolderNameRole).toString());
    }
    return result;
}

void MainWindow::scan()
{
    if (!m_worker || m_busy)
        return;
    const QStringList folders = checkedFolders();
    if (folders.isEmpty()) {
        m_messages->showMessage(
            Widgets::MessageBar::Tone::Information, tr("Tick at least one folder to look through."));
        return;
    }
    m_results->clear();
    m_listed.clear();
    m_scanSummary = {};
    m_spamRun = {};
    m_scannedFolders = folders;
    m_explanation->clear();
    // One folder needs no column saying which.
    m_view->setColumnHidden(Results::ResultsModel::FolderColumn, folders.size() < 2);
    fitColumns();
    m_summary->clear();
    setBusy(true, tr("Starting..."));
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, folders, sent = m_sentFolders, me = m_myAddresses] {
            worker->scan(folders, sent, me);
        },
        Qt::QueuedConnection);
}

void MainWindow::lookForNewMail()
{
    // Only between the user's own work, on the folders of the last scan, and unseen: no
    // progress bar comes and goes every few minutes.
    if (!m_worker || m_scannedFolders.isEmpty())
        return;
    if (m_busy) {
        m_lookWhenIdle = true;
        return;
    }
    m_newMailTimer.stop();
    m_lookingForNewMail = true;
    m_newForged.clear();
    m_busy = true;
    updateCleanButton();
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, folders = m_scannedFolders, sent = m_sentFolders, me = m_myAddresses] {
            worker->scan(folders, sent, me);
        },
        Qt::QueuedConnection);
}

void MainWindow::waitForNewMailIn(const QString& folder)
{
    if (m_newMailWaiter && m_waitedFolder == folder)
        return;
    m_newMailWaiter.reset();
    m_waitedFolder.clear();
    std::unique_ptr<Core::Session::MailboxWorker> waiter = m_worker ? m_worker->newMailWaiter() : nullptr;
    if (!waiter)
        return;
    // A look under way may have read the folder before this mail came: one more follows.
    connect(waiter.get(), &Core::Session::MailboxWorker::newMailArrived, this, &MainWindow::lookForNewMail);
    Core::Session::MailboxWorker* waiting = waiter.get();
    m_newMailWaiter = std::make_unique<Core::Session::WorkerHost>(waiter.release());
    m_waitedFolder = folder;
    QMetaObject::invokeMethod(
        waiting, [waiting, folder] { waiting->waitForNewMail(folder); }, Qt::QueuedConnection);
}

void MainWindow::setNewMailInterval(std::chrono::milliseconds interval)
{
    m_newMailTimer.setInterval(interval);
}

void MainWindow::onProgress(const QString& phase, int done, int total)
{
    if (m_lookingForNewMail)
        return;
    m_phase->setText(phase);
    m_progress->setRange(0, std::max(total, 0));
    if (total > 0)
        m_progress->setValue(std::min(done, total));
}

void MainWindow::onScanFinished(bool ok, const QString& error)
{
    m_results->flush();
    const bool lookedForNewMail = std::exchange(m_lookingForNewMail, false);
    setBusy(false);
    const int newForged = int(m_newForged.size());
    if (lookedForNewMail) {
        // A failed look is said once the user acts (the next scan says why); a quiet
        // window stays quiet.
        if (ok && newForged > 0) {
            const QString news = tr("%n more forged bounce(s) since %1.", nullptr, newForged)
                                     .arg(QLocale().toString(m_lastLook, QLocale::ShortFormat));
            m_messages->showMessage(Widgets::MessageBar::Tone::Information, news);
            // One notice for the lot, never one per message.
            if (!isVisible() && waitsInTray())
                m_tray->showMessage(tr("NeverSent"), news, QSystemTrayIcon::Information);
        }
    } else if (!ok) {
        m_messages->showMessage(Widgets::MessageBar::Tone::Error, error);
    }
    if (ok && (!lookedForNewMail || newForged > 0))
        m_lastLook = QTime::currentTime();
    if (ok && !m_scannedFolders.isEmpty())
        waitForNewMailIn(m_scannedFolders.first());
    // Only the forged verdict ever moves by itself, and only with the user's opt-in: as a
    // clean like any other, in History, with an undo.
    if (lookedForNewMail && ok && newForged > 0 && m_moveNewForgedAction->isChecked())
        m_moves.clean(std::exchange(m_newForged, {}));
    updateSummary();
    updateCleanButton();
    // After a failed look too: the network may be back by the next one.
    m_newMailTimer.start();
    emit idle();
}

void MainWindow::updateSummary()
{
    m_summary->setText(m_scanSummary.text(QDate::currentDate()));
    m_chart->setRun(m_spamRun);
    m_chart->setVisible(!m_chart->isEmpty());
}

void MainWindow::updateCleanButton()
{
    const int forged = m_results->count(Results::ResultsModel::Group::Forged);
    m_cleanForged->setText(tr("Move %n forged bounce(s) to Trash...", nullptr, forged));
    m_cleanForged->setEnabled(!m_busy && forged > 0);
    m_moveSelectedAction->setEnabled(!m_busy && m_worker);
}

void MainWindow::setBusy(bool busy, const QString& phase)
{
    m_busy = busy;
    if (!busy && std::exchange(m_lookWhenIdle, false))
        QTimer::singleShot(0, this, &MainWindow::lookForNewMail);
    m_phase->setVisible(busy);
    m_progress->setVisible(busy);
    m_cancel->setVisible(busy);
    m_phase->setText(phase);
    m_progress->setRange(0, 0);
    m_scanAction->setEnabled(!busy && m_worker);
    m_reportAction->setEnabled(!busy && m_spamRun.forged() + m_spamRun.genuine() + m_spamRun.unknown() > 0);
    m_undoAction->setEnabled(!busy && m_moves.canUndo());
    m_folders->setEnabled(!busy);
    updateCleanButton();
}

void MainWindow::onCurrentChanged()
{
    const auto* result = m_results->result(m_filter->mapToSource(m_view->currentIndex()));
    if (!result) {
        m_explanation->clear();
        m_notMine->hide();
        return;
    }
    m_explanation->showExplanation(Core::Explain::Explanation::forResult(*result));
    m_notMine->setVisible(result->judgement.verdict == Verdict::Genuine);
}

QList<Core::Session::ScanResult> MainWindow::selectedResults() const
{
    QList<Core::Session::ScanResult> result;
    QSet<QPair<QString, quint32>> seen;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex& row : rows) {
        const QModelIndex source = m_filter->mapToSource(row);
        if (const auto* message = m_results->result(source)) {
            if (!seen.contains({ message->folder, message->uid })) {
                seen.insert({ message->folder, message->uid });
                result.append(*message);
            }
            continue;
        }
        // A whole group selected: all of its messages.
        const auto group = m_results->group(source);
        if (!group)
            continue;
        for (const auto& message : m_results->results(*group)) {
            if (!seen.contains({ message.folder, message.uid })) {
                seen.insert({ message.folder, message.uid });
                result.append(message);
            }
        }
    }
    return result;
}

void MainWindow::moveForgedToTrash()
{
    moveToTrash(m_results->results(Results::ResultsModel::Group::Forged));
}

void MainWindow::moveSelectedToTrash()
{
    const auto selected = selectedResults();
    if (selected.isEmpty()) {
        m_messages->showMessage(
            Widgets::MessageBar::Tone::Information, tr("Select the messages to move first."));
        return;
    }
    moveToTrash(selected);
}

void MainWindow::moveToTrash(const QList<Core::Session::ScanResult>& messages)
{
    if (!m_worker || m_busy || messages.isEmpty())
        return;
    Dialogs::CleanPreviewDialog preview(messages, this);
    if (preview.exec() != QDialog::Accepted)
        return;
    m_moves.clean(messages);
}

void MainWindow::undoLastClean()
{
    if (!m_busy)
        m_moves.undoLastClean();
}

void MainWindow::showHistory()
{
    if (!m_worker)
        return;
    if (!m_history) {
        m_history = new Dialogs::HistoryDialog(this);
        m_history->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_history, &Dialogs::HistoryDialog::undoRequested, this, [this](qint64 id) {
            if (!m_busy)
                m_moves.undo(id);
        });
    }
    m_history->show();
    m_history->raise();
    QMetaObject::invokeMethod(m_worker, &Core::Session::MailboxWorker::listActions, Qt::QueuedConnection);
}

void MainWindow::showItReport()
{
    if (m_busy)
        return;
    Core::Domain::ItReport report;
    report.account = m_mailboxName;
    report.folders = m_scannedFolders;
    report.run = m_spamRun;
    auto* dialog = new Dialogs::ItReportDialog(
        std::move(report), Core::Analysis::MimeHeader::domainOf(m_myAddresses.value(0)), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_networkOverrides.isActive())
        dialog->setNetworkOverrides(m_networkOverrides);
    dialog->show();
    dialog->start();
}

void MainWindow::onUndoFinished(const CleanCoordinator::UndoReport& report)
{
    setBusy(false);
    if (!report.ok)
        m_messages->showMessage(Widgets::MessageBar::Tone::Error, report.error);
    else if (report.notFound > 0)
        m_messages->showMessage(Widgets::MessageBar::Tone::Warning,
            tr("The other messages are back where they were, but %n could not be put back: they are no "
               "longer in the "
               "Trash (it was emptied, or another mail program moved them).",
                nullptr, report.notFound));
    else
        m_messages->showMessage(
            Widgets::MessageBar::Tone::Success, tr("The messages are back where they were."));
    if (m_history)
        QMetaObject::invokeMethod(m_worker, &Core::Session::MailboxWorker::listActions, Qt::QueuedConnection);
    // They are back: a rescan shows them again (it only reads what changed).
    scan();
}

void MainWindow::onCleanFinished(const CleanCoordinator::CleanReport& report)
{
    setBusy(false);
    const std::function<void()> undo
        = report.undoable ? [this] { undoLastClean(); } : std::function<void()>();
    if (!report.ok) {
        m_messages->showMessage(Widgets::MessageBar::Tone::Error,
            report.moved > 0
                ? tr("%1\n%n message(s) were moved before that.", nullptr, report.moved).arg(report.error)
                : report.error,
            tr("&Undo"), undo);
    } else {
        QString text = tr("%n message(s) moved to the Trash.", nullptr, report.moved);
        if (report.skipped > 0)
            text += QLatin1Char(' ')
                + tr("%n changed since the scan and stayed where they were.", nullptr, report.skipped);
        if (report.flaggedOnly)
            text += QLatin1Char(' ')
                + tr("Your mail server cannot move messages: they were copied to the Trash and marked as "
                     "deleted, and go "
                     "from the inbox when your mail program empties deleted messages.");
        m_messages->showMessage(Widgets::MessageBar::Tone::Success, text, tr("&Undo"), undo);
    }
    updateSummary();
    emit idle();
}

} // namespace Gui
