#pragma once

#include <QWizardPage>

class QLabel;
class QPushButton;

namespace Gui::Widgets {
class BrowserSignInPanel;
class HelpPageLink;
}

namespace Gui::Setup {

class SetupAssistant;

// For a server that takes the provider's own sign-in (Microsoft 365, Outlook.com,
// Google): "Sign in with ..." in the browser, then on to the connection test with the
// tokens. A copy of NeverSent built without the provider's client ID says so, and for
// Gmail offers the app password that personal accounts can still use.
class BrowserSignInPage : public QWizardPage {
    Q_OBJECT

public:
    explicit BrowserSignInPage(SetupAssistant* assistant);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    int nextId() const override;

private:
    SetupAssistant* m_assistant;
    Widgets::BrowserSignInPanel* m_panel;
    QLabel* m_unavailable;
    Widgets::HelpPageLink* m_helpPage;
    QPushButton* m_usePassword;
    bool m_signedIn = false;
};

} // namespace Gui::Setup
