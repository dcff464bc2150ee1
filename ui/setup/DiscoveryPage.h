#pragma once

#include "account/ServerCandidate.h"

#include <QList>
#include <QWizardPage>

class QLabel;
class QProgressBar;

namespace Gui::Setup {

class SetupAssistant;

// "Finding your server": asks ServerDiscovery for the email address's server and says
// what it is doing; goes on to the sign-in test by itself once something was found, or
// offers the manual page when nothing was.
class DiscoveryPage : public QWizardPage {
    Q_OBJECT

public:
    explicit DiscoveryPage(SetupAssistant* assistant);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    int nextId() const override;

private:
    void found(const QList<Core::Account::ServerCandidate>& candidates);

    SetupAssistant* m_assistant;
    QLabel* m_status;
    QProgressBar* m_busy;
    bool m_found = false;
};

} // namespace Gui::Setup
