#include "setup/BrowserSignInPage.h"

#include "oauth/BrowserSignIn.h"
#include "oauth/ProviderProfile.h"
#include "setup/SetupAssistant.h"
#include "widgets/BrowserSignInPanel.h"
#include "widgets/HelpPageLink.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Gui::Setup {

BrowserSignInPage::BrowserSignInPage(SetupAssistant* assistant)
    : QWizardPage(assistant)
    , m_assistant(assistant)
    , m_panel(new Widgets::BrowserSignInPanel(this))
    , m_unavailable(new QLabel(this))
    , m_helpPage(new Widgets::HelpPageLink(this))
    , m_usePassword(new QPushButton(tr("Use an &app password"), this))
{
    m_unavailable->setTextFormat(Qt::PlainText);
    m_unavailable->setWordWrap(true);
    m_unavailable->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_unavailable->setAccessibleName(tr("Problem"));
    m_usePassword->setAccessibleName(tr("Use an app password"));
    m_usePassword->setAutoDefault(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_panel);
    layout->addWidget(m_unavailable);
    layout->addWidget(m_helpPage);
    layout->addWidget(m_usePassword, 0, Qt::AlignLeft);
    layout->addStretch();

    connect(m_panel, &Widgets::BrowserSignInPanel::signedIn, this, [this](const Core::OAuth::Tokens& tokens) {
        m_assistant->setTokens(tokens);
        m_signedIn = true;
        emit completeChanged();
        m_assistant->next();
    });
    connect(m_usePassword, &QPushButton::clicked, this, [this] {
        m_assistant->setTokens({});
        m_signedIn = true;
        emit completeChanged();
        m_assistant->next();
    });
}

void BrowserSignInPage::initializePage()
{
    m_signedIn = false;
    m_assistant->setTokens({});
    const Core::Account::ServerCandidate candidate = m_assistant->candidates().value(0);
    const auto profile = Core::OAuth::ProviderProfiles::builtIn().byId(candidate.browserSignIn);
    const QString name = profile ? profile->name : candidate.providerName;
    setTitle(tr("Sign in with %1").arg(name));
    const bool ready = profile && !profile->clientId.isEmpty();
    m_panel->setVisible(ready);
    if (ready)
        m_panel->setUp(*profile, m_assistant->emailAddress(), m_assistant->browserOpener());
    m_unavailable->setVisible(!ready);
    // Personal Gmail accounts with 2-Step Verification still take an app password; work
    // and school accounts mostly do not, so it is offered only where the table says so.
    const bool appPassword = !ready && Widgets::HelpPageLink::isSecure(candidate.appPasswordHelp);
    m_unavailable->setText(
        appPassword ? tr(
            "This copy of NeverSent is not set up for %1 sign-in. With a personal account you can use an app "
            "password instead: a separate password you make on their website. Their page explains how:")
                          .arg(name)
                    : Core::OAuth::BrowserSignIn::notSetUp(name));
    if (appPassword)
        m_helpPage->showPage(candidate.appPasswordHelp);
    else
        m_helpPage->hide();
    m_usePassword->setVisible(appPassword);
}

void BrowserSignInPage::cleanupPage()
{
    m_panel->cancel();
}

bool BrowserSignInPage::isComplete() const
{
    return m_signedIn;
}

int BrowserSignInPage::nextId() const
{
    return SetupAssistant::TestPageId;
}

} // namespace Gui::Setup
