#pragma once

#include "oauth/BrowserSignIn.h"
#include "oauth/ProviderProfile.h"
#include "oauth/Tokens.h"

#include <QDialog>

namespace Gui::Widgets {
class BrowserSignInPanel;
}

namespace Gui::Dialogs {

// "Sign in again" for an account that signs in in the browser: why it is needed (the
// provider ended the sign-in, or there is no password safe to keep it in), then the same
// browser sign-in as in the setup assistant.
class SignInDialog : public QDialog {
    Q_OBJECT

public:
    SignInDialog(const Core::OAuth::ProviderProfile& profile, const QString& emailAddress,
        const QString& reason, Core::OAuth::BrowserSignIn::Opener opener, QWidget* parent = nullptr);

    Core::OAuth::Tokens tokens() const { return m_tokens; }

private:
    Widgets::BrowserSignInPanel* m_panel;
    Core::OAuth::Tokens m_tokens;
};

} // namespace Gui::Dialogs
