#include "setup/ManualPage.h"

#include "imap/ServerAddress.h"
#include "setup/SetupAssistant.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Gui::Setup {

using Core::Imap::ServerAddress;

namespace {

    QString scheme(ServerAddress::Security security)
    {
        switch (security) {
        case ServerAddress::Security::ImplicitTls:
            return QStringLiteral("imaps");
        case ServerAddress::Security::StartTls:
            return QStringLiteral("imap");
        case ServerAddress::Security::Plain:
            break;
        }
        return QStringLiteral("imap+plain");
    }

    QLabel* labelFor(const QString& text, QWidget* buddy)
    {
        auto* label = new QLabel(text, buddy->parentWidget());
        label->setBuddy(buddy);
        return label;
    }

} // namespace

ManualPage::ManualPage(SetupAssistant* assistant)
    : QWizardPage(assistant)
    , m_assistant(assistant)
    , m_email(new QLineEdit(this))
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_security(new QComboBox(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_problem(new QLabel(this))
{
    setTitle(tr("Your mail server"));
    setSubTitle(tr("Type what your mail provider or IT department gave you for reading mail (IMAP)."));
    m_email->setAccessibleName(tr("Email address"));
    m_host->setAccessibleName(tr("Server"));
    m_host->setPlaceholderText(tr("imap.example.com"));
    m_port->setAccessibleName(tr("Port"));
    m_port->setRange(1, 65535);
    m_port->setValue(993);
    m_security->setAccessibleName(tr("Encryption"));
    m_security->addItem(tr("TLS (usually port 993)"),
        QVariant::fromValue(static_cast<int>(ServerAddress::Security::ImplicitTls)));
    m_security->addItem(tr("STARTTLS (usually port 143)"),
        QVariant::fromValue(static_cast<int>(ServerAddress::Security::StartTls)));
    m_security->addItem(tr("None: a server on this computer only"),
        QVariant::fromValue(static_cast<int>(ServerAddress::Security::Plain)));
    m_user->setAccessibleName(tr("User name"));
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_problem->setAccessibleName(tr("Problem with the server settings"));
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    m_problem->hide();

    auto* form = new QFormLayout;
    form->addRow(labelFor(tr("&Email address:"), m_email), m_email);
    form->addRow(labelFor(tr("&Server:"), m_host), m_host);
    form->addRow(labelFor(tr("P&ort:"), m_port), m_port);
    form->addRow(labelFor(tr("Encr&yption:"), m_security), m_security);
    form->addRow(labelFor(tr("&User name:"), m_user), m_user);
    form->addRow(labelFor(tr("&Password:"), m_password), m_password);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addStretch();

    for (QLineEdit* edit : { m_email, m_host, m_user, m_password })
        connect(edit, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    connect(m_security, &QComboBox::currentIndexChanged, this, &ManualPage::securityChanged);
}

void ManualPage::securityChanged()
{
    // The usual port goes with the encryption, unless the user typed another.
    const int port = m_port->value();
    if (port == 993 || port == 143) {
        const auto security = static_cast<ServerAddress::Security>(m_security->currentData().toInt());
        m_port->setValue(security == ServerAddress::Security::ImplicitTls ? 993 : 143);
    }
}

void ManualPage::initializePage()
{
    const QString email = m_assistant->emailAddress();
    m_email->setText(email);
    m_password->setText(m_assistant->password());
    if (m_user->text().isEmpty())
        m_user->setText(email);
    if (m_host->text().isEmpty() && email.contains(u'@'))
        m_host->setText(email.section(u'@', -1));
    m_problem->hide();
}

bool ManualPage::isComplete() const
{
    return m_email->text().contains(u'@') && !m_host->text().trimmed().isEmpty() && !m_user->text().isEmpty()
        && !m_password->text().isEmpty();
}

bool ManualPage::validatePage()
{
    const auto security = static_cast<ServerAddress::Security>(m_security->currentData().toInt());
    QString host = m_host->text().trimmed();
    if (host.contains(u':') && !host.startsWith(u'['))
        host = u'[' + host + u']';
    QString error;
    const auto address = ServerAddress::parse(
        QStringLiteral("%1://%2:%3").arg(scheme(security), host).arg(m_port->value()), &error);
    if (!address) {
        // The parser's words name URL schemes; these name the choices on this page. The
        // host alone being fine, it was the encryption that was refused.
        const bool hostUsable
            = ServerAddress::parse(QStringLiteral("imaps://%1").arg(host), &error).has_value();
        m_problem->setText(hostUsable
                ? tr("Without encryption your password could be read on its way, so NeverSent allows this "
                     "only for a mail "
                     "server on this computer. Choose TLS or STARTTLS.")
                : tr("NeverSent cannot use \"%1\" as a server name. Check it for typing mistakes.")
                      .arg(m_host->text().trimmed()));
        m_problem->show();
        return false;
    }
    m_problem->hide();
    Core::Account::ServerCandidate candidate;
    candidate.address = *address;
    candidate.user = m_user->text();
    candidate.source = QStringLiteral("manual");
    m_assistant->setEmailAddress(m_email->text());
    m_assistant->setPassword(m_password->text());
    m_assistant->setCandidates({ candidate });
    return true;
}

int ManualPage::nextId() const
{
    return SetupAssistant::TestPageId;
}

} // namespace Gui::Setup
