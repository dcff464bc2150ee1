// "Report for IT" as the user meets it: the domain's records looked up (from a DNS server
// the test starts on 127.0.0.1, or none at all), the report shown, copied as text, and
// saved as PDF, web page and text; a file that cannot be written says so and loses nothing.
#include "dialogs/ItReportDialog.h"
#include "DnsFixture.h"

#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using Core::Account::NetworkOverrides;
using Core::Domain::ItReport;
using Core::Verdict::Verdict;
using Gui::Dialogs::ItReportDialog;

namespace {

ItReport scannedReport()
{
    ItReport report;
    report.account = u"Sample mailbox"_qs;
    report.folders = { u"INBOX"_qs };
    for (int i = 0; i < 3; ++i) {
        Core::Session::ScanResult result;
        result.report.kind = Core::Analysis::MessageKind::DeliveryFailure;
        result.report.date = QDateTime(QDate(2026, 11, 20 + i), QTime(9, 0), Qt::UTC);
        result.report.subject = u"<b>Undeliverable</b> %1"_qs.arg(i);
        result.report.original.sourceIp = u"203.0.113.%1"_qs.arg(i + 1);
        result.judgement.verdict = Verdict::Backscatter;
        report.run.add(result);
    }
    return report;
}

QByteArray contentsOf(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class ItReportDialogTest : public QObject {
    Q_OBJECT

private:
    DnsFixture m_dns;
    bool m_dnsRunning = false;
    QString m_dnsProblem;

    // No DNS server of the test's own: the real ones are never asked.
    static NetworkOverrides nowhere()
    {
        NetworkOverrides overrides;
        overrides.route = [](const QString&, quint16) { return std::optional<NetworkOverrides::Endpoint>(); };
        return overrides;
    }

private slots:
    void initTestCase()
    {
        bool needsRoot = false;
        m_dnsRunning = m_dns.start(&m_dnsProblem, &needsRoot);
        if (!m_dnsRunning && !needsRoot)
            QFAIL(qPrintable(m_dnsProblem));
        m_dns.addText(u"bluebird-office.example"_qs, { "v=spf1 mx ~all" });
        m_dns.addText(u"_dmarc.bluebird-office.example"_qs, { "v=DMARC1; p=none" });
    }

    void showsTheDomainsRecordsAndAdvice()
    {
        if (!m_dnsRunning)
            QSKIP("the test DNS server needs root to listen on 127.0.0.1:53");
        ItReportDialog dialog(scannedReport(), u"Bluebird-Office.example"_qs);
        NetworkOverrides overrides = nowhere();
        overrides.nameserver = m_dns.address();
        dialog.setNetworkOverrides(overrides);
        QSignalSpy ready(&dialog, &ItReportDialog::ready);
        dialog.show();
        dialog.start();
        QVERIFY(!dialog.saveButton()->isEnabled()); // not before the records are in
        QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 15000);
        QVERIFY(dialog.report().policy && dialog.report().policy->answered);
        const QString shown = dialog.view()->toPlainText();
        QVERIFY2(shown.contains(u"v=DMARC1; p=none"_qs), qPrintable(shown));
        QVERIFY2(shown.contains(u"v=spf1 mx ~all"_qs), qPrintable(shown));
        QVERIFY2(shown.contains(u"p=reject"_qs), qPrintable(shown)); // what IT could change
        QVERIFY(shown.contains(u"<b>Undeliverable</b> 2"_qs)); // a stranger's text, shown as text
    }

    void noAnswerIsSaidAndTheRestShown()
    {
        ItReportDialog dialog(scannedReport(), u"bluebird-office.example"_qs);
        dialog.setNetworkOverrides(nowhere());
        QSignalSpy ready(&dialog, &ItReportDialog::ready);
        dialog.start();
        QTRY_COMPARE(ready.count(), 1);
        QVERIFY(dialog.report().policy && !dialog.report().policy->answered);
        const QString shown = dialog.view()->toPlainText();
        QVERIFY2(shown.contains(u"did not answer"_qs), qPrintable(shown));
        QVERIFY(shown.contains(u"203.0.113.0/24"_qs));
    }

    void copiesAndSavesInEachKind()
    {
        ItReportDialog dialog(scannedReport(), QString());
        QSignalSpy ready(&dialog, &ItReportDialog::ready);
        dialog.start();
        QCOMPARE(ready.count(), 1); // nothing to look up: at once
        QVERIFY(dialog.view()->toPlainText().contains(u"No domain was given"_qs));

        dialog.copyButton()->click();
        QCOMPARE(QApplication::clipboard()->text(), dialog.report().text());

        QTemporaryDir folder;
        const QString pdf = folder.filePath(u"report.pdf"_qs);
        const QString page = folder.filePath(u"report.HTML"_qs);
        const QString text = folder.filePath(u"report.txt"_qs);
        QVERIFY(dialog.saveTo(pdf));
        QVERIFY(dialog.saveTo(page));
        QVERIFY(dialog.saveTo(text));
        const QByteArray pdfBytes = contentsOf(pdf);
        QVERIFY(pdfBytes.startsWith("%PDF-"));
        QVERIFY(pdfBytes.contains("%%EOF"));
        QCOMPARE(QString::fromUtf8(contentsOf(page)), dialog.report().html());
        QVERIFY(contentsOf(page).contains("&lt;b&gt;Undeliverable&lt;/b&gt; 0"));
        QCOMPARE(QString::fromUtf8(contentsOf(text)), dialog.report().text());
    }

    void aFileThatCannotBeWrittenSaysSoAndLosesNothing()
    {
        ItReportDialog dialog(scannedReport(), QString());
        dialog.start();
        QTemporaryDir folder;
        const Core::Common::Done missing = dialog.saveTo(folder.filePath(u"no such folder/report.pdf"_qs));
        QVERIFY(!missing);
        QVERIFY2(missing.error().message.contains(u"report.pdf"_qs), qPrintable(missing.error().message));
        // A file there before, in a folder that may no longer be written: left as it was.
        const QString kept = folder.filePath(u"kept.txt"_qs);
        {
            QFile file(kept);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("an earlier report");
        }
        QVERIFY(QFile::setPermissions(folder.path(), QFile::ReadOwner | QFile::ExeOwner));
        const Core::Common::Done refused = dialog.saveTo(kept);
        QVERIFY(QFile::setPermissions(folder.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        if (refused) // root writes anyway: then the new report is whole
            QCOMPARE(QString::fromUtf8(contentsOf(kept)), dialog.report().text());
        else
            QCOMPARE(contentsOf(kept), QByteArray("an earlier report"));
    }
};

QTEST_MAIN(ItReportDialogTest)
#include "ItReportDialogTest.moc"
