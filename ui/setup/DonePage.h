#pragma once

#include <QWizardPage>

class QLabel;

namespace Gui::Setup {

class SetupAssistant;

// Saves the account that signed in (list of accounts, a certificate the user chose to
// trust) and puts the password in the desktop's password safe; without one, says so
// and why: the password is then kept for this run only.
class DonePage : public QWizardPage {
    Q_OBJECT

public:
    explicit DonePage(SetupAssistant* assistant);

    void initializePage() override;
    bool isComplete() const override;

private:
    void passwordKept(const QString& outcome);
    QString browserSignInNotKept() const;

    SetupAssistant* m_assistant;
    QLabel* m_status;
    QLabel* m_password;
    bool m_done = false;
};

} // namespace Gui::Setup
