#include "setup/SetupAssistant.h"

#include "account/ConnectionTester.h"
#include "account/PasswordKeychain.h"
#include "account/ServerDiscovery.h"
#include "setup/AddressPage.h"
#include "setup/BrowserSignInPage.h"
#include "setup/ConnectionTestPage.h"
#include "setup/DiscoveryPage.h"
#include "setup/DonePage.h"
#include "setup/ManualPage.h"

namespace Gui::Setup {

SetupAssistant::SetupAssistant(QSqlDatabase database, QWidget* parent)
    : QWizard(parent)
    , m_database(std::move(database))
    , m_discovery(new Core::Account::ServerDiscovery(this))
    , m_tester(new Core::Account::ConnectionTester(this))
    , m_keychain(new Core::Account::PasswordKeychain(this))
{
    setWindowTitle(tr("Set up your mail account"));
    setAccessibleName(tr("Set up your mail account"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setPage(AddressPageId, new AddressPage(this));
    setPage(DiscoveryPageId, new DiscoveryPage(this));
    setPage(BrowserSignInPageId, new BrowserSignInPage(this));
    setPage(ManualPageId, new ManualPage(this));
    setPage(TestPageId, new ConnectionTestPage(this));
    setPage(DonePageId, new DonePage(this));
    setStartId(AddressPageId);
}

SetupAssistant::~SetupAssistant() = default;

void SetupAssistant::setWorkingServer(
    const Core::Account::ServerCandidate& server, const QString& trustedFingerprint)
{
    m_working = server;
    m_trustedFingerprint = trustedFingerprint;
}

void SetupAssistant::goToManualPage()
{
    m_tester->cancel();
    m_discovery->cancel();
    while (currentId() != AddressPageId && currentId() != ManualPageId)
        back();
    if (currentId() == ManualPageId)
        return;
    // Only this one step goes to the manual page: back on the first page, Next finds the
    // server again.
    m_manualPageRequested = true;
    next();
    m_manualPageRequested = false;
}

} // namespace Gui::Setup
