#pragma once

#include <QObject>
#include <QSqlDatabase>
#include <QPointer>
#include <QString>

#include <memory>

class QTemporaryDir;

namespace Core::Account {
struct Account;
class PasswordKeychain;
}

namespace Ui {

class MainWindow;

// Decides what the window opens: the demo, the account used last (its password from the
// keychain, else asked for), or the welcome page that leads to the setup assistant.
class AppController : public QObject {
    Q_OBJECT

public:
    AppController(MainWindow* window, QString storePath, QObject* parent = nullptr);
    ~AppController() override;

    void start(bool demo);
    // A writable copy of the bundled demo mailbox, opened like an account.
    void openDemo();
    void addAccount();

private:
    void openLastAccount();
    void openStoredAccount(const Core::Account::Account& account);
    // Every account the user added, to switch to, and the ways to add one or try the demo.
    void fillAccountsMenu(QSqlDatabase database);
    void askPasswordAndOpen(const Core::Account::Account& account, const QString& reason);
    void openAccount(const Core::Account::Account& account, const QString& password);

    MainWindow* m_window;
    QString m_storePath;
    std::unique_ptr<QTemporaryDir> m_demoCopy;
    Core::Account::PasswordKeychain* m_keychain;
};

} // namespace Ui
