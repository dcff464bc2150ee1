#include "dialogs/ItReportDialog.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLabel>
#include <QPageSize>
#include <QPdfWriter>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QTextDocument>
#include <QUrl>
#include <QVBoxLayout>

namespace Gui::Dialogs {

ItReportDialog::ItReportDialog(Core::Domain::ItReport report, const QString& domain, QWidget* parent)
    : QDialog(parent)
    , m_report(std::move(report))
    , m_domain(domain.trimmed().toLower())
    , m_status(new QLabel(this))
    , m_view(new QTextBrowser(this))
    , m_copy(new QPushButton(tr("&Copy as text"), this))
    , m_save(new QPushButton(tr("&Save..."), this))
{
    setWindowTitle(tr("Report for IT"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Give this report to whoever runs your organisation's e-mail: it shows the "
                                "forged bounces, where the forged mail came from, and what they could change "
                                "so that it stops. It holds no message text and no password."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_status->setTextFormat(Qt::PlainText);
    layout->addWidget(m_status);
    m_view->setObjectName(QStringLiteral("itReport"));
    m_view->setAccessibleName(tr("Report for IT"));
    m_view->setOpenLinks(false);
    layout->addWidget(m_view, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_copy, QDialogButtonBox::ActionRole);
    buttons->addButton(m_save, QDialogButtonBox::ActionRole);
    layout->addWidget(buttons);
    m_copy->setEnabled(false);
    m_save->setEnabled(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_copy, &QPushButton::clicked, this, &ItReportDialog::copy);
    connect(m_save, &QPushButton::clicked, this, &ItReportDialog::askAndSave);
    connect(&m_lookup, &Core::Domain::DomainPolicyLookup::finished, this,
        [this](const Core::Domain::DomainPolicy& policy) { showReport(&policy); });
    resize(720, 640);
}

void ItReportDialog::setNetworkOverrides(const Core::Account::NetworkOverrides& overrides)
{
    m_lookup.setNetworkOverrides(overrides);
}

void ItReportDialog::setLookupTimeout(std::chrono::milliseconds timeout)
{
    m_lookup.setTimeout(timeout);
}

void ItReportDialog::start()
{
    if (m_domain.isEmpty()) {
        showReport(nullptr);
        return;
    }
    m_status->setText(tr("Looking up the SPF and DMARC records of %1...").arg(m_domain));
    m_lookup.start(QString::fromLatin1(QUrl::toAce(m_domain)));
}

void ItReportDialog::showReport(const Core::Domain::DomainPolicy* policy)
{
    if (policy)
        m_report.policy = *policy;
    else
        m_report.policy.reset();
    m_status->clear();
    m_status->hide();
    m_view->setHtml(m_report.html());
    m_copy->setEnabled(true);
    m_save->setEnabled(true);
    m_ready = true;
    emit ready();
}

void ItReportDialog::copy()
{
    QGuiApplication::clipboard()->setText(m_report.text());
    m_status->setText(tr("The report is copied: paste it into a message to your IT department."));
    m_status->show();
}

void ItReportDialog::askAndSave()
{
    const QString pdf = tr("PDF document (*.pdf)");
    const QString web = tr("Web page (*.html)");
    const QString text = tr("Plain text (*.txt)");
    QString filter = pdf;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(this, tr("Save the report for IT"),
        QDir(folder).filePath(tr("NeverSent report for IT") + QStringLiteral(".pdf")),
        QStringList { pdf, web, text }.join(QStringLiteral(";;")), &filter);
    if (path.isEmpty())
        return;
    // A name typed without an ending gets the chosen kind's.
    if (QFileInfo(path).suffix().isEmpty())
        path += filter == web ? QStringLiteral(".html")
            : filter == text  ? QStringLiteral(".txt")
                              : QStringLiteral(".pdf");
    const Core::Common::Done saved = saveTo(path);
    m_status->setText(saved ? tr("Saved as %1.").arg(QDir::toNativeSeparators(path)) : saved.error().message);
    m_status->show();
}

Core::Common::Done ItReportDialog::saveTo(const QString& path) const
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    const auto failed = [&path](const QString& why) {
        return Core::Common::Error { Core::Common::Problem::LocalStorage,
            tr("The report could not be saved as %1: %2").arg(QDir::toNativeSeparators(path), why) };
    };
    // Written aside and moved in place at the end: an existing file is never left half
    // overwritten.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failed(file.errorString());
    if (suffix == u"pdf") {
        QPdfWriter writer(&file);
        writer.setTitle(tr("NeverSent report for IT"));
        writer.setCreator(QStringLiteral("NeverSent"));
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setResolution(300);
        QTextDocument document;
        document.setHtml(m_report.html());
        document.print(&writer);
    } else if (suffix == u"html" || suffix == u"htm") {
        file.write(m_report.html().toUtf8());
    } else {
        file.write(m_report.text().toUtf8());
    }
    if (!file.commit())
        return failed(file.errorString());
    return {};
}

} // namespace Gui::Dialogs
