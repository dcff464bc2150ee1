#include "widgets/BrowserSignInPanel.h"

#include <QDesktopServices>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Gui::Widgets {

BrowserSignInPanel::BrowserSignInPanel(QWidget* parent)
    : QWidget(parent)
    , m_opener([](const QUrl& url) { return QDesktopServices::openUrl(url); })
    , m_status(new QLabel(this))
    , m_start(new QPushButton(this))
    , m_openAgain(new QPushButton(tr("&Open the browser again"), this))
    , m_cancel(new QPushButton(tr("&Cancel the sign-in"), this))
{
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_status->setAccessibleName(tr("Sign-in"));
    m_openAgain->setAccessibleName(tr("Open the browser again"));
    m_cancel->setAccessibleName(tr("Cancel the sign-in"));
    for (QPushButton* button : { m_start, m_openAgain, m_cancel })
        button->setAutoDefault(false);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_start);
    buttons->addWidget(m_openAgain);
    buttons->addWidget(m_cancel);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_status);
    layout->addLayout(buttons);
    layout->addStretch();
    connect(m_start, &QPushButton::clicked, this, &BrowserSignInPanel::start);
    connect(m_openAgain, &QPushButton::clicked, this, [this] {
        if (m_signIn && !m_signIn->openBrowserAgain())
            failed(tr("NeverSent could not open your web browser to sign in. Set a default web browser and "
                      "try again."));
    });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        cancel();
        showIdle(
            tr("The sign-in was cancelled. Choose \"Sign in with %1\" to start again.").arg(m_profile.name));
    });
}

BrowserSignInPanel::~BrowserSignInPanel() = default;

void BrowserSignInPanel::setUp(const Core::OAuth::ProviderProfile& profile, const QString& emailAddress,
    Core::OAuth::BrowserSignIn::Opener opener)
{
    cancel();
    m_profile = profile;
    m_emailAddress = emailAddress;
    if (opener)
        m_opener = std::move(opener);
    m_start->setText(tr("&Sign in with %1").arg(profile.name));
    m_start->setAccessibleName(tr("Sign in with %1").arg(profile.name));
    showIdle(tr("%1 asks you to sign in on its own page, in your web browser. NeverSent never sees your "
                "password there.")
                 .arg(profile.name));
}

void BrowserSignInPanel::start()
{
    cancel();
    m_signIn = std::make_unique<Core::OAuth::BrowserSignIn>(m_profile, m_opener);
    connect(m_signIn.get(), &Core::OAuth::BrowserSignIn::signedIn, this,
        [this](const Core::OAuth::Tokens& tokens) {
            // Ended: the listener closed, the object goes later (this is one of its signals).
            cancel();
            showIdle(tr("You are signed in with %1.").arg(m_profile.name));
            emit signedIn(tokens);
        });
    connect(m_signIn.get(), &Core::OAuth::BrowserSignIn::failed, this, &BrowserSignInPanel::failed);
    m_status->setText(
        tr("Finish signing in in your browser. If you closed its page, choose \"Open the browser again\"."));
    m_start->hide();
    m_openAgain->show();
    m_cancel->show();
    m_signIn->start(m_emailAddress);
}

void BrowserSignInPanel::cancel()
{
    if (!m_signIn)
        return;
    m_signIn->cancel();
    // A token answer already on its way must not count.
    m_signIn->disconnect(this);
    m_signIn.release()->deleteLater();
}

void BrowserSignInPanel::failed(const QString& message)
{
    cancel();
    showIdle(message);
}

void BrowserSignInPanel::showIdle(const QString& status)
{
    m_status->setText(status);
    m_start->show();
    m_openAgain->hide();
    m_cancel->hide();
    m_start->setFocus();
}

} // namespace Gui::Widgets
