#include "setup/DonePage.h"

#include "account/PasswordKeychain.h"
#include "setup/SetupAssistant.h"
#include "store/TrustedCertificates.h"

#include <QDateTime>
#include <QLabel>
#include <QVBoxLayout>

namespace Gui::Setup {

using Core::Account::PasswordKeychain;

DonePage::DonePage(SetupAssistant* assistant)
    : QWizardPage(assistant)
    , m_assistant(assistant)
    , m_status(new QLabel(this))
    , m_password(new QLabel(this))
{
    setTitle(tr("Your account is ready"));
    setFinalPage(true);
    for (QLabel* label : { m_status, m_password }) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    }
    m_status->setAccessibleName(tr("Account"));
    m_password->setAccessibleName(tr("Where the password is kept"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_password);
    layout->addStretch();

    PasswordKeychain& keychain = assistant->keychain();
    connect(&keychain, &PasswordKeychain::passwordWritten, this, [this] {
        m_assistant->setPasswordSaved(true);
        passwordKept(m_assistant->signsInInBrowser()
                ? tr("Your sign-in is kept in your desktop's password safe.")
                : tr("Your password is kept in your desktop's password safe."));
    });
    connect(&keychain, &PasswordKeychain::unavailable, this, [this](const QString&, const QString& reason) {
        passwordKept(m_assistant->signsInInBrowser() ? browserSignInNotKept() : reason);
    });
    connect(&keychain, &PasswordKeychain::failed, this, [this](const QString&, const QString& reason) {
        passwordKept(m_assistant->signsInInBrowser()
                ? reason + u' ' + browserSignInNotKept()
                : tr("%1 NeverSent will ask for the password each time it starts.").arg(reason));
    });
}

void DonePage::initializePage()
{
    m_done = false;
    m_assistant->setPasswordSaved(false);
    emit completeChanged();
    const Core::Account::ServerCandidate server = m_assistant->workingServer();
    Core::Account::Account account;
    account.emailAddress = m_assistant->emailAddress();
    account.server = server.address;
    account.user = server.user;
    account.browserSignIn = m_assistant->signsInInBrowser() ? server.browserSignIn : QString();
    Core::Account::AccountStore store(m_assistant->database());
    QString error;
    const auto id = store.add(account, &error);
    if (id) {
        account.id = *id;
        account.lastUsedAt = QDateTime::currentDateTimeUtc();
        if (!store.markUsed(*id, account.lastUsedAt, &error))
            account.lastUsedAt = QDateTime();
    }
    const QString fingerprint = m_assistant->trustedFingerprint();
    if (id && !fingerprint.isEmpty())
        Core::Store::TrustedCertificates(m_assistant->database())
            .remember(server.address.host, server.address.port, fingerprint, &error);
    if (!error.isEmpty()) {
        m_status->setText(tr("NeverSent signed in to %1, but could not save the account: %2")
                              .arg(server.address.host, error));
        m_password->clear();
        return;
    }
    m_assistant->setAccount(account);
    m_status->setText(
        tr("NeverSent will read the mail of %1 from %2.").arg(account.emailAddress, server.address.host));
    if (m_assistant->signsInInBrowser()) {
        m_password->setText(tr("Saving your sign-in …"));
        // Only the refresh token lasts; the access token stays in memory.
        m_assistant->keychain().write(server.address, server.user, m_assistant->tokens().refreshToken);
        return;
    }
    m_password->setText(tr("Saving your password …"));
    m_assistant->keychain().write(server.address, server.user, m_assistant->password());
}

QString DonePage::browserSignInNotKept() const
{
    return tr(
        "Your sign-in cannot be kept without a password safe, so you will sign in again in your browser each "
        "time NeverSent starts.");
}

void DonePage::passwordKept(const QString& outcome)
{
    if (m_assistant->currentPage() != this)
        return;
    m_password->setText(outcome);
    m_done = true;
    emit completeChanged();
}

bool DonePage::isComplete() const
{
    return m_done;
}

} // namespace Gui::Setup
