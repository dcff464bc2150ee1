#include "dialogs/SignInDialog.h"

#include "widgets/BrowserSignInPanel.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

namespace Gui::Dialogs {

SignInDialog::SignInDialog(const Core::OAuth::ProviderProfile& profile, const QString& emailAddress,
    const QString& reason, Core::OAuth::BrowserSignIn::Opener opener, QWidget* parent)
    : QDialog(parent)
    , m_panel(new Widgets::BrowserSignInPanel(this))
{
    setWindowTitle(tr("Sign in to %1").arg(emailAddress));
    auto* why = new QLabel(reason, this);
    why->setTextFormat(Qt::PlainText);
    why->setWordWrap(true);
    why->setAccessibleName(tr("Why you sign in again"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(why);
    layout->addWidget(m_panel);
    layout->addWidget(buttons);
    m_panel->setUp(profile, emailAddress, std::move(opener));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(this, &QDialog::rejected, m_panel, &Widgets::BrowserSignInPanel::cancel);
    connect(m_panel, &Widgets::BrowserSignInPanel::signedIn, this, [this](const Core::OAuth::Tokens& tokens) {
        m_tokens = tokens;
        accept();
    });
}

} // namespace Gui::Dialogs
