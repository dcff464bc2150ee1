#include "AppController.h"

#include "MainWindow.h"
#include "account/AccountStore.h"
#include "account/PasswordKeychain.h"
#include "demo/DemoMailbox.h"
#include "demo/DemoWorker.h"
#include "imap/AccountWorker.h"
#include "setup/SetupAssistant.h"
#include "store/Database.h"
#include "store/TrustedCertificates.h"
#include "widgets/MessageBar.h"

#include <QDir>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenu>
#include <QTemporaryDir>

#include <functional>

namespace Ui {

namespace {

// The person the demo mailbox belongs to (resources/demo/README.md).
const QString DemoOwner = QStringLiteral("sam.taylor@bluebird-office.example");

} // namespace

AppController::AppController(MainWindow* window, QString storePath, QObject* parent)
    : QObject(parent)
    , m_window(window)
    , m_storePath(std::move(storePath))
    , m_keychain(new Core::Account::PasswordKeychain(this))
{
    connect(m_window, &MainWindow::demoRequested, this, &AppController::openDemo);
    connect(m_window, &MainWindow::addAccountRequested, this, &AppController::addAccount);
}

AppController::~AppController() = default;

void AppController::start(bool demo)
{
    if (demo)
        openDemo();
    else
        openLastAccount();
}

void AppController::openDemo()
{
    auto copy = std::make_unique<QTemporaryDir>(QDir::temp().filePath(QStringLiteral("neversent-demo-XXXXXX")));
    QString error;
    const auto root = copy->isValid() ? Core::Demo::DemoMailbox::copyTo(copy->path(), &error) : std::nullopt;
    if (!root) {
        m_window->messageBar()->showMessage(Widgets::MessageBar::Tone::Error,
            tr("The sample mailbox could not be prepared: %1").arg(copy->isValid() ? error : copy->errorString()));
        return;
    }
    // The window's old worker may still be using the old copy: it goes first.
    m_window->openMailbox(new Core::Demo::DemoWorker(*root), tr("Sample mailbox"), { DemoOwner });
    m_demoCopy = std::move(copy);
}

void AppController::openLastAccount()
{
    QSqlDatabase database;
    QString error;
    if (!Core::Store::Database::open(m_storePath, &database, &error)) {
        m_window->messageBar()->showMessage(Widgets::MessageBar::Tone::Error, error);
        return;
    }
    fillAccountsMenu(database);
    const auto last = Core::Account::AccountStore(database).lastUsed(&error);
    if (!last) {
        if (!error.isEmpty())
            m_window->messageBar()->showMessage(Widgets::MessageBar::Tone::Error, error);
        return; // the welcome page stays
    }
    openStoredAccount(*last);
}

void AppController::fillAccountsMenu(QSqlDatabase database)
{
    QMenu* menu = m_window->accountsMenu();
    menu->clear();
    QString error;
    const auto accounts = Core::Account::AccountStore(database).all(&error);
    for (const Core::Account::Account& account : accounts.value_or(QList<Core::Account::Account>())) {
        menu->addAction(account.displayName(), this, [this, account] { openStoredAccount(account); });
    }
    if (!menu->isEmpty())
        menu->addSeparator();
    menu->addAction(tr("&Add an account..."), this, &AppController::addAccount);
    menu->addAction(tr("Open the &sample mailbox"), this, &AppController::openDemo);
}

void AppController::openStoredAccount(const Core::Account::Account& account)
{
    const QString key = Core::Account::PasswordKeychain::keyFor(account.server, account.user);
    // One answer per read: the first signal for this key ends the listening.
    auto* context = new QObject(this);
    const auto answer = [=, this](const QString& forKey, const std::function<void()>& open) {
        if (forKey != key)
            return;
        context->deleteLater();
        open();
    };
    const auto askWithReason = [=, this](const QString& forKey, const QString& reason) {
        answer(forKey, [=, this] { askPasswordAndOpen(account, reason); });
    };
    connect(m_keychain, &Core::Account::PasswordKeychain::passwordRead, context,
        [=, this](const QString& forKey, const QString& password) { answer(forKey, [=, this] { openAccount(account, password); }); });
    connect(m_keychain, &Core::Account::PasswordKeychain::passwordNotFound, context,
        [=](const QString& forKey) { askWithReason(forKey, tr("Your password is not in the password safe.")); });
    connect(m_keychain, &Core::Account::PasswordKeychain::unavailable, context, askWithReason);
    connect(m_keychain, &Core::Account::PasswordKeychain::failed, context, askWithReason);
    m_keychain->read(account.server, account.user);
}

void AppController::askPasswordAndOpen(const Core::Account::Account& account, const QString& reason)
{
    bool ok = false;
    const QString password = QInputDialog::getText(m_window, tr("Password for %1").arg(account.emailAddress),
        tr("%1\nPlease type the password of %2.").arg(reason, account.emailAddress), QLineEdit::Password, QString(), &ok);
    if (ok && !password.isEmpty())
        openAccount(account, password);
}

void AppController::openAccount(const Core::Account::Account& account, const QString& password)
{
    Core::Imap::AccountSettings settings;
    settings.address = account.server;
    settings.user = account.user;
    settings.credential = Core::Imap::Credential::password(password);
    settings.storePath = m_storePath;
    QSqlDatabase database;
    QString error;
    if (Core::Store::Database::open(m_storePath, &database, &error)) {
        Core::Account::AccountStore(database).markUsed(account.id, QDateTime::currentDateTimeUtc(), &error);
        settings.tls.trustedFingerprints = Core::Store::TrustedCertificates(database).fingerprints(account.server.host, account.server.port);
    }
    m_window->openMailbox(new Core::Imap::AccountWorker(settings), account.displayName(), { account.emailAddress });
    m_demoCopy.reset();
    if (database.isValid())
        fillAccountsMenu(database);
}

void AppController::addAccount()
{
    QSqlDatabase database;
    QString error;
    if (!Core::Store::Database::open(m_storePath, &database, &error)) {
        m_window->messageBar()->showMessage(Widgets::MessageBar::Tone::Error, error);
        return;
    }
    auto* assistant = new Setup::SetupAssistant(database, m_window);
    assistant->setAttribute(Qt::WA_DeleteOnClose);
    connect(assistant, &QWizard::accepted, this, [this, assistant] { openAccount(assistant->account(), assistant->password()); });
    assistant->open();
}

} // namespace Ui
