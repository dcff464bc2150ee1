#pragma once

#include "account/NetworkOverrides.h"
#include "common/Error.h"
#include "domain/DomainPolicyLookup.h"
#include "domain/ItReport.h"

#include <QDialog>

#include <chrono>

class QLabel;
class QPushButton;
class QTextBrowser;

namespace Gui::Dialogs {

// "Report for IT": the scan's bounces over time, where the forged mail came from, a few
// of them, and the user's domain's SPF and DMARC records with what IT could change. It
// looks the records up when opened, shows the report, copies it as plain text and saves
// it as PDF, as a web page or as text. It holds only what the window showed: no message
// bodies, no password.
class ItReportDialog : public QDialog {
    Q_OBJECT

public:
    // domain: the one the forged mail claims to come from; empty: nothing to look up.
    ItReportDialog(Core::Domain::ItReport report, const QString& domain, QWidget* parent = nullptr);

    // TEST ONLY: see Account::NetworkOverrides; before start().
    void setNetworkOverrides(const Core::Account::NetworkOverrides& overrides);
    void setLookupTimeout(std::chrono::milliseconds timeout);
    // Looks the domain's records up, then shows the report (at once without a domain).
    void start();

    bool isReady() const { return m_ready; }
    const Core::Domain::ItReport& report() const { return m_report; }
    // By the file's ending: .pdf a PDF document, .html or .htm a web page, anything else
    // plain text. An error says in plain words why the file could not be written.
    Core::Common::Done saveTo(const QString& path) const;

    QTextBrowser* view() const { return m_view; }
    QPushButton* copyButton() const { return m_copy; }
    QPushButton* saveButton() const { return m_save; }

signals:
    void ready();

private:
    void showReport(const Core::Domain::DomainPolicy* policy);
    void copy();
    void askAndSave();

    Core::Domain::ItReport m_report;
    QString m_domain;
    Core::Domain::DomainPolicyLookup m_lookup;
    bool m_ready = false;
    QLabel* m_status;
    QTextBrowser* m_view;
    QPushButton* m_copy;
    QPushButton* m_save;
};

} // namespace Gui::Dialogs
