#include "setup/DiscoveryPage.h"

#include "account/ServerDiscovery.h"
#include "setup/SetupAssistant.h"

#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace Gui::Setup {

using Core::Account::ServerDiscovery;

DiscoveryPage::DiscoveryPage(SetupAssistant* assistant)
    : QWizardPage(assistant)
    , m_assistant(assistant)
    , m_status(new QLabel(this))
    , m_busy(new QProgressBar(this))
{
    setTitle(tr("Finding your mail server"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Search for your mail server"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setAccessibleName(tr("Searching"));
    auto* manual = new QPushButton(tr("Set up &manually"), this);
    manual->setAccessibleName(tr("Set up manually"));
    manual->setAccessibleDescription(tr("Type the mail server's address yourself"));
    manual->setAutoDefault(false); // Return means Next
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_busy);
    layout->addStretch();
    layout->addWidget(manual, 0, Qt::AlignLeft);

    connect(manual, &QPushButton::clicked, assistant, &SetupAssistant::goToManualPage);
    connect(&assistant->discovery(), &ServerDiscovery::progress, this,
        [this](const QString& step) { m_status->setText(step); });
    connect(&assistant->discovery(), &ServerDiscovery::finished, this, &DiscoveryPage::found);
}

void DiscoveryPage::initializePage()
{
    m_found = false;
    m_busy->show();
    m_status->setText(tr("Looking for the mail server of %1 …").arg(m_assistant->emailAddress()));
    m_assistant->discovery().start(m_assistant->emailAddress());
}

void DiscoveryPage::cleanupPage()
{
    m_assistant->discovery().cancel();
}

void DiscoveryPage::found(const QList<Core::Account::ServerCandidate>& candidates)
{
    m_busy->hide();
    if (candidates.isEmpty()) {
        m_status->setText(
            tr("NeverSent could not find the mail server for %1. If your mail provider or IT department "
               "gave you the server's name, choose \"Set up manually\".")
                .arg(m_assistant->emailAddress()));
        return;
    }
    m_assistant->setCandidates(candidates);
    m_found = true;
    emit completeChanged();
    m_assistant->next();
}

bool DiscoveryPage::isComplete() const
{
    return m_found;
}

int DiscoveryPage::nextId() const
{
    if (!m_assistant->candidates().value(0).browserSignIn.isEmpty())
        return SetupAssistant::BrowserSignInPageId;
    return SetupAssistant::TestPageId;
}

} // namespace Gui::Setup
