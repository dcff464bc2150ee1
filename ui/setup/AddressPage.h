#pragma once

#include <QWizardPage>

class QLineEdit;

namespace Gui::Setup {

class SetupAssistant;

// First page: the email address and password, all most people need to type, and the
// way to set the server up by hand for those who know it.
class AddressPage : public QWizardPage {
    Q_OBJECT

public:
    explicit AddressPage(SetupAssistant* assistant);

    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;

private:
    SetupAssistant* m_assistant;
    QLineEdit* m_email;
    QLineEdit* m_password;
};

} // namespace Gui::Setup
