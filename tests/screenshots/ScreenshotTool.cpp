// Saves a picture of each main screen, in a light and a dark palette, so a person can look
// at the layouts (long German and French strings included) without running the program.
// Run by take-screenshots.sh under Xvfb: ScreenshotTool <output folder> [language]
#include "../ui/WindowPart.h"
#include "MainWindow.h"
#include "demo/DemoMailbox.h"
#include "demo/DemoWorker.h"
#include "dialogs/CleanPreviewDialog.h"
#include "dialogs/HelpDialog.h"
#include "dialogs/HistoryDialog.h"
#include "dialogs/ItReportDialog.h"
#include "results/ResultsFilterModel.h"
#include "results/ResultsModel.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QPalette>
#include <QSignalSpy>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QTreeView>

namespace {

QPalette darkPalette()
{
    QPalette palette;
    const QColor window(0x2b, 0x2b, 0x2b);
    const QColor base(0x1e, 0x1e, 0x1e);
    const QColor text(0xe8, 0xe8, 0xe8);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, window);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, window);
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::ToolTipBase, base);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
    palette.setColor(QPalette::Disabled, QPalette::Text, QColor(0x70, 0x70, 0x70));
    palette.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x70, 0x70, 0x70));
    return palette;
}

bool save(QWidget* widget, const QDir& output, const QString& name)
{
    widget->show();
    QApplication::processEvents();
    const QString path = output.filePath(name + QStringLiteral(".png"));
    if (!widget->grab().save(path)) {
        qWarning("could not write %s", qPrintable(path));
        return false;
    }
    qInfo("%s", qPrintable(path));
    return true;
}

bool shootTheme(const QString& theme, const QDir& output)
{
    QApplication::setPalette(
        theme == QLatin1String("dark") ? darkPalette() : QApplication::style()->standardPalette());
    QTemporaryDir copy;
    QString error;
    const auto maildir = Core::Demo::DemoMailbox::copyTo(copy.path(), &error);
    if (!maildir) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    bool ok = true;
    {
        Gui::MainWindow welcome;
        welcome.resize(1100, 700);
        ok = save(&welcome, output, theme + QStringLiteral("-welcome")) && ok;
    }
    Gui::MainWindow window;
    window.resize(1280, 760);
    window.show();
    QSignalSpy idle(&window, &Gui::MainWindow::idle);
    window.openMailbox(new Core::Demo::DemoWorker(*maildir), QObject::tr("Sample mailbox"),
        { QStringLiteral("sam.taylor@bluebird-office.example") });
    if (!QTest::qWaitFor([&] { return !idle.isEmpty() && !window.isBusy(); }, 60000)) {
        qWarning("the demo scan did not finish");
        return false;
    }
    auto* model = windowPart<Gui::Results::ResultsModel>(window, "resultsModel");
    const QModelIndex forged
        = windowPart<Gui::Results::ResultsFilterModel>(window, "resultsFilter")
              ->mapFromSource(model->groupIndex(Gui::Results::ResultsModel::Group::Forged));
    windowPart<QTreeView>(window, "results")
        ->setCurrentIndex(
            windowPart<Gui::Results::ResultsFilterModel>(window, "resultsFilter")->index(0, 0, forged));
    ok = save(&window, output, theme + QStringLiteral("-forged")) && ok;
    const QModelIndex yours
        = windowPart<Gui::Results::ResultsFilterModel>(window, "resultsFilter")
              ->mapFromSource(model->groupIndex(Gui::Results::ResultsModel::Group::Yours));
    windowPart<QTreeView>(window, "results")
        ->setCurrentIndex(
            windowPart<Gui::Results::ResultsFilterModel>(window, "resultsFilter")->index(0, 0, yours));
    ok = save(&window, output, theme + QStringLiteral("-yours")) && ok;

    Gui::Dialogs::CleanPreviewDialog preview(
        model->results(Gui::Results::ResultsModel::Group::Forged), &window);
    ok = save(&preview, output, theme + QStringLiteral("-preview")) && ok;
    preview.hide();
    Gui::Dialogs::HelpDialog help(&window);
    ok = save(&help, output, theme + QStringLiteral("-help")) && ok;
    help.hide();
    Gui::Dialogs::HistoryDialog history(&window);
    Core::Session::ActionSummary clean;
    clean.id = 1;
    clean.kind = QStringLiteral("clean");
    clean.state = QStringLiteral("done");
    clean.startedAt = QDateTime::currentDateTime();
    clean.sourceFolder = QStringLiteral("INBOX");
    clean.targetFolder = QStringLiteral("Trash");
    clean.messages = clean.moved = model->count(Gui::Results::ResultsModel::Group::Forged);
    history.setActions({ clean });
    ok = save(&history, output, theme + QStringLiteral("-history")) && ok;
    history.hide();

    // The report for IT; no DNS is asked from here, so it says the records could not be had.
    Core::Account::NetworkOverrides nowhere;
    nowhere.route
        = [](const QString&, quint16) { return std::optional<Core::Account::NetworkOverrides::Endpoint>(); };
    window.setNetworkOverrides(nowhere);
    windowPart<QAction>(window, "itReport")->trigger();
    auto* report = window.findChild<Gui::Dialogs::ItReportDialog*>();
    if (!report || !QTest::qWaitFor([report] { return report->isReady(); }, 10000)) {
        qWarning("the report for IT did not show");
        return false;
    }
    ok = save(report, output, theme + QStringLiteral("-itreport")) && ok;
    report->close();
    return ok;
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("NeverSentScreenshots"));
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    const QStringList arguments = QApplication::arguments();
    if (arguments.size() < 2) {
        qWarning("usage: ScreenshotTool <output folder> [language]");
        return 2;
    }
    QDir output(arguments.at(1));
    if (!output.mkpath(QStringLiteral("."))) {
        qWarning("cannot make %s", qPrintable(output.path()));
        return 1;
    }
    if (arguments.size() > 2)
        QLocale::setDefault(QLocale(arguments.at(2)));
    QTranslator translator;
    QTranslator qtTranslator;
    if (translator.load(
            QLocale(), QStringLiteral("neversent"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    bool ok = true;
    for (const QString& theme : { QStringLiteral("light"), QStringLiteral("dark") })
        ok = shootTheme(theme, output) && ok;
    return ok ? 0 : 1;
}
