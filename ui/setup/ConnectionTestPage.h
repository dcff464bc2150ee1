#pragma once

#include "account/ConnectionTester.h"

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Gui::Widgets {
class HelpPageLink;
}

namespace Gui::Setup {

class SetupAssistant;

// Signs in once with what the user gave, trying the servers found in turn, and says what
// went wrong in plain words right here: a wrong password (or the app password some
// providers require, with the provider's page as plain text), a server out of reach, or
// a certificate nobody vouches for, which the user may choose to trust by its fingerprint.
class ConnectionTestPage : public QWizardPage {
    Q_OBJECT

public:
    explicit ConnectionTestPage(SetupAssistant* assistant);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    int nextId() const override;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void testCurrent();
    void tested(const Core::Account::ConnectionTester::Result& result);
    void showProblem(const Core::Account::ConnectionTester::Result& result);
    void retry();

    SetupAssistant* m_assistant;
    QLabel* m_status;
    QLabel* m_problem;
    Widgets::HelpPageLink* m_helpPage;
    QLabel* m_passwordLabel;
    QLineEdit* m_password;
    QCheckBox* m_trust;
    QPushButton* m_retry;
    QPushButton* m_manual;
    QPushButton* m_signInAgain;
    int m_index = 0;
    QString m_refusedFingerprint;
    bool m_passed = false;
};

} // namespace Gui::Setup
