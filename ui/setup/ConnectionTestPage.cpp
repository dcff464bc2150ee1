#include "setup/ConnectionTestPage.h"

#include "setup/SetupAssistant.h"
#include "widgets/HelpPageLink.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Gui::Setup {

using Core::Account::ConnectionTester;

namespace {

    QLabel* plainLabel(QWidget* parent, const QString& accessibleName)
    {
        auto* label = new QLabel(parent);
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        label->setAccessibleName(accessibleName);
        return label;
    }

    // Worth trying the next server found: this one did not answer as a mail server.
    bool serverMissing(ConnectionTester::Problem problem)
    {
        return problem == ConnectionTester::Problem::CannotReach
            || problem == ConnectionTester::Problem::Timeout || problem == ConnectionTester::Problem::NotImap;
    }

} // namespace

ConnectionTestPage::ConnectionTestPage(SetupAssistant* assistant)
    : QWizardPage(assistant)
    , m_assistant(assistant)
    , m_status(plainLabel(this, tr("Connection test")))
    , m_problem(plainLabel(this, tr("Problem")))
    , m_helpPage(new Widgets::HelpPageLink(this))
    , m_passwordLabel(new QLabel(tr("&Password:"), this))
    , m_password(new QLineEdit(this))
    , m_trust(new QCheckBox(tr("T&rust this certificate"), this))
    , m_retry(new QPushButton(tr("&Try again"), this))
    , m_manual(new QPushButton(tr("Set up &manually"), this))
    , m_signInAgain(new QPushButton(tr("&Sign in again"), this))
{
    setTitle(tr("Signing in"));
    setSubTitle(tr("NeverSent signs in to your mail server once to check that everything is right."));
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_passwordLabel->setBuddy(m_password);
    m_trust->setAccessibleName(tr("Trust this certificate"));
    m_retry->setAccessibleName(tr("Try again"));
    m_manual->setAccessibleName(tr("Set up manually"));
    m_signInAgain->setAccessibleName(tr("Sign in again"));
    // Return belongs to the wizard's Next (and, in the password field, to trying again:
    // see eventFilter), never to whichever of these buttons Qt would make the default.
    for (QPushButton* button : { m_retry, m_manual, m_signInAgain })
        button->setAutoDefault(false);

    auto* passwordRow = new QHBoxLayout;
    passwordRow->addWidget(m_passwordLabel);
    passwordRow->addWidget(m_password, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_signInAgain);
    buttons->addWidget(m_retry);
    buttons->addWidget(m_manual);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_problem);
    layout->addWidget(m_helpPage);
    layout->addLayout(passwordRow);
    layout->addWidget(m_trust);
    layout->addLayout(buttons);
    layout->addStretch();

    connect(&assistant->tester(), &ConnectionTester::finished, this, &ConnectionTestPage::tested);
    connect(m_retry, &QPushButton::clicked, this, &ConnectionTestPage::retry);
    m_password->installEventFilter(this);
    connect(m_manual, &QPushButton::clicked, assistant, &SetupAssistant::goToManualPage);
    connect(m_signInAgain, &QPushButton::clicked, assistant, &QWizard::back);
}

// Return in the retyped password tries again, and goes no further: the dialog would hand
// it to a default button (with Next disabled, Back), leaving the page.
bool ConnectionTestPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_password && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            retry();
            return true;
        }
    }
    return QWizardPage::eventFilter(watched, event);
}

void ConnectionTestPage::initializePage()
{
    m_index = 0;
    m_refusedFingerprint.clear();
    m_trust->setChecked(false);
    m_password->setText(m_assistant->password());
    testCurrent();
}

void ConnectionTestPage::cleanupPage()
{
    m_assistant->tester().cancel();
}

bool ConnectionTestPage::isComplete() const
{
    return m_passed;
}

int ConnectionTestPage::nextId() const
{
    return SetupAssistant::DonePageId;
}

void ConnectionTestPage::testCurrent()
{
    m_passed = false;
    emit completeChanged();
    const Core::Account::ServerCandidate candidate = m_assistant->candidates().value(m_index);
    m_status->setText(tr("Signing in to %1 …").arg(candidate.address.host));
    for (QWidget* widget : std::initializer_list<QWidget*> {
             m_problem, m_helpPage, m_passwordLabel, m_password, m_trust, m_retry, m_manual, m_signInAgain })
        widget->hide();
    if (!m_assistant->signsInInBrowser() && m_assistant->password().isEmpty()) {
        // Nothing to try yet: a server that wants a password is asked with one.
        m_status->setText(tr("Type the password for %1.").arg(m_assistant->emailAddress()));
        for (QWidget* widget :
            std::initializer_list<QWidget*> { m_passwordLabel, m_password, m_retry, m_manual })
            widget->show();
        m_password->setFocus();
        return;
    }
    const QStringList trusted = m_trust->isChecked() ? QStringList { m_refusedFingerprint } : QStringList();
    const Core::Imap::Credential credential = m_assistant->signsInInBrowser()
        ? Core::Imap::Credential::accessToken(m_assistant->tokens().accessToken)
        : Core::Imap::Credential::password(m_assistant->password());
    m_assistant->tester().start(candidate.address, candidate.user, credential, trusted);
}

void ConnectionTestPage::retry()
{
    m_assistant->setPassword(m_password->text());
    testCurrent();
}

void ConnectionTestPage::tested(const ConnectionTester::Result& result)
{
    const QList<Core::Account::ServerCandidate> candidates = m_assistant->candidates();
    if (result.problem == ConnectionTester::Problem::None) {
        const auto& candidate = candidates.value(m_index);
        m_assistant->setWorkingServer(candidate, m_trust->isChecked() ? m_refusedFingerprint : QString());
        m_status->setText(
            tr("NeverSent signed in to %1. Everything is ready: choose Next.").arg(candidate.address.host));
        m_passed = true;
        emit completeChanged();
        return;
    }
    if (serverMissing(result.problem) && m_index + 1 < candidates.size()) {
        ++m_index;
        testCurrent();
        return;
    }
    showProblem(result);
}

void ConnectionTestPage::showProblem(const ConnectionTester::Result& result)
{
    const Core::Account::ServerCandidate candidate = m_assistant->candidates().value(m_index);
    m_status->setText(tr("NeverSent could not sign in to %1.").arg(candidate.address.host));
    m_problem->setText(result.message);
    m_problem->show();
    m_retry->show();
    m_manual->show();
    switch (result.problem) {
    case ConnectionTester::Problem::LoginRefused:
        if (m_assistant->signsInInBrowser()) {
            // The provider signed in whichever account was chosen in the browser; the mail
            // server takes its token only for that account's own mailbox.
            m_problem->setText(
                tr("%1 did not let NeverSent into the mailbox of %2 with this sign-in. Perhaps another "
                   "account was chosen in the browser: choose \"Sign in again\" and pick %2. If it was "
                   "%2, mail programs may be turned off for it: ask your IT department.")
                    .arg(candidate.address.host, m_assistant->emailAddress()));
            m_retry->hide();
            m_signInAgain->show();
            m_signInAgain->setFocus();
            break;
        }
        // Only a secure web page is ever offered for opening, whatever a candidate carries.
        if (Widgets::HelpPageLink::isSecure(candidate.appPasswordHelp)) {
            const QString provider
                = candidate.providerName.isEmpty() ? candidate.address.host : candidate.providerName;
            m_problem->setText(
                tr("%1 did not accept the password. %1 needs an app password for programs like NeverSent: "
                   "a separate password you make on their website, not the one you sign in there with. "
                   "Their page explains how:")
                    .arg(provider));
            m_helpPage->showPage(candidate.appPasswordHelp);
        }
        m_passwordLabel->show();
        m_password->show();
        m_password->setFocus();
        m_password->selectAll();
        break;
    case ConnectionTester::Problem::Certificate:
        m_refusedFingerprint = result.fingerprint;
        m_trust->setText(tr("T&rust this certificate (fingerprint %1)").arg(result.fingerprint));
        m_trust->setAccessibleDescription(tr("Fingerprint %1").arg(result.fingerprint));
        m_trust->setChecked(false);
        m_trust->show();
        m_trust->setFocus();
        break;
    case ConnectionTester::Problem::None:
    case ConnectionTester::Problem::CannotReach:
    case ConnectionTester::Problem::Timeout:
    case ConnectionTester::Problem::NotImap:
    case ConnectionTester::Problem::Cancelled:
    case ConnectionTester::Problem::NoEncryption:
    case ConnectionTester::Problem::Tls:
    case ConnectionTester::Problem::ServerRefused:
    case ConnectionTester::Problem::ConnectionLost:
    case ConnectionTester::Problem::LocalStorage:
    case ConnectionTester::Problem::Other:
        m_retry->setFocus();
        break;
    }
}

} // namespace Gui::Setup
