#include "setup/AddressPage.h"

#include "setup/SetupAssistant.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Gui::Setup {

AddressPage::AddressPage(SetupAssistant* assistant)
    : QWizardPage(assistant)
    , m_assistant(assistant)
    , m_email(new QLineEdit(this))
    , m_password(new QLineEdit(this))
{
    setTitle(tr("Your mail account"));
    setSubTitle(
        tr("Type the email address and password you use for your mail. NeverSent finds the rest. "
           "Microsoft 365, Outlook.com and Google need no password here: you sign in in your browser."));
    m_email->setAccessibleName(tr("Email address"));
    m_email->setPlaceholderText(tr("name@example.com"));
    m_email->setInputMethodHints(Qt::ImhEmailCharactersOnly);
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);

    auto* manual = new QPushButton(tr("Set up &manually"), this);
    manual->setAccessibleName(tr("Set up manually"));
    manual->setAccessibleDescription(tr("Type the mail server's address yourself"));
    manual->setAutoDefault(false); // Return means Next
    connect(manual, &QPushButton::clicked, assistant, &SetupAssistant::goToManualPage);

    auto* form = new QFormLayout;
    auto* emailLabel = new QLabel(tr("&Email address:"), this);
    emailLabel->setBuddy(m_email);
    auto* passwordLabel = new QLabel(tr("&Password:"), this);
    passwordLabel->setBuddy(m_password);
    form->addRow(emailLabel, m_email);
    form->addRow(passwordLabel, m_password);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(manual, 0, Qt::AlignLeft);

    connect(m_email, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
}

bool AddressPage::isComplete() const
{
    const QString email = m_email->text().trimmed();
    const qsizetype at = email.indexOf(u'@');
    // The password may wait: the browser sign-in needs none, and the sign-in test asks
    // for it when the server wants one.
    return at > 0 && at < email.size() - 1;
}

bool AddressPage::validatePage()
{
    m_assistant->setEmailAddress(m_email->text());
    m_assistant->setPassword(m_password->text());
    return true;
}

int AddressPage::nextId() const
{
    return m_assistant->manualPageRequested() ? SetupAssistant::ManualPageId
                                              : SetupAssistant::DiscoveryPageId;
}

} // namespace Gui::Setup
