#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace Gui::Setup {

class SetupAssistant;

// The server typed by hand: host, port, kind of encryption and user name, for people
// whose IT department gave them these, or when NeverSent could not find the server.
class ManualPage : public QWizardPage {
    Q_OBJECT

public:
    explicit ManualPage(SetupAssistant* assistant);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;

private:
    void securityChanged();

    SetupAssistant* m_assistant;
    QLineEdit* m_email;
    QLineEdit* m_host;
    QSpinBox* m_port;
    QComboBox* m_security;
    QLineEdit* m_user;
    QLineEdit* m_password;
    QLabel* m_problem;
};

} // namespace Gui::Setup
