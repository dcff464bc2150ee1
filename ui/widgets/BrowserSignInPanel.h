#pragma once

#include "oauth/BrowserSignIn.h"
#include "oauth/ProviderProfile.h"
#include "oauth/Tokens.h"

#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;

namespace Gui::Widgets {

// "Sign in with Microsoft" (or Google): the sign-in in the user's own browser, with
// what to do while it is open there (finish it, open the browser again, or cancel) and
// what went wrong in plain words. Used by the setup assistant and by "Sign in again".
class BrowserSignInPanel : public QWidget {
    Q_OBJECT

public:
    explicit BrowserSignInPanel(QWidget* parent = nullptr);
    ~BrowserSignInPanel() override;

    // Before start(): the provider, the address the provider is asked to sign in, and how
    // the browser is opened (QDesktopServices::openUrl unless a test gives its own).
    void setUp(const Core::OAuth::ProviderProfile& profile, const QString& emailAddress,
        Core::OAuth::BrowserSignIn::Opener opener);
    void start();
    void cancel();
    bool isWaiting() const { return m_signIn != nullptr; }

signals:
    void signedIn(const Core::OAuth::Tokens& tokens);

private:
    void showIdle(const QString& status);
    void failed(const QString& message);

    Core::OAuth::ProviderProfile m_profile;
    QString m_emailAddress;
    Core::OAuth::BrowserSignIn::Opener m_opener;
    std::unique_ptr<Core::OAuth::BrowserSignIn> m_signIn;
    QLabel* m_status;
    QPushButton* m_start;
    QPushButton* m_openAgain;
    QPushButton* m_cancel;
};

} // namespace Gui::Widgets
