// Keeping watch from the tray, on a real X server with a real system tray (run through
// tests/ui/with-tray.sh): the switch puts the icon in the tray and the login entry in
// place, closing the window hides it, new forged bounces found meanwhile come as one
// notification, the tray's menu brings the window back, and switching off takes both away.
#include "Autostart.h"
#include "MainWindow.h"
#include "WindowPart.h"
#include "demo/DemoMailbox.h"
#include "demo/DemoWorker.h"
#include "results/ResultsModel.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QTemporaryDir>
#include <QTest>

namespace {

// The notification balloons Qt shows beside an XEmbed tray icon, with their text.
QStringList balloons()
{
    QStringList texts;
    for (QWidget* widget : QApplication::topLevelWidgets()) {
        if (!widget->isVisible() || qstrcmp(widget->metaObject()->className(), "QBalloonTip") != 0)
            continue;
        QString text;
        for (const QLabel* label : widget->findChildren<QLabel*>())
            text += label->text() + u'\n';
        texts.append(text);
    }
    return texts;
}

} // namespace

class TrayTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QTRY_VERIFY2_WITH_TIMEOUT(QSystemTrayIcon::isSystemTrayAvailable(),
            "no system tray: run this test through tests/ui/with-tray.sh", 10000);
    }

    void keepsWatchFromTheTray()
    {
        QString error;
        const auto maildir = Core::Demo::DemoMailbox::copyTo(m_dir.filePath(QStringLiteral("demo")), &error);
        QVERIFY2(maildir, qPrintable(error));
        Gui::MainWindow window;
        window.setNewMailInterval(std::chrono::milliseconds(200));
        window.show();
        QSignalSpy idle(&window, &Gui::MainWindow::idle);
        window.openMailbox(new Core::Demo::DemoWorker(*maildir), QStringLiteral("Sample"),
            { QStringLiteral("sam.taylor@bluebird-office.example") });
        QTRY_VERIFY_WITH_TIMEOUT(!idle.isEmpty() && !window.isBusy(), 60000);

        auto* keepWatching = windowPart<QAction>(window, "keepWatching");
        QVERIFY(keepWatching->isEnabled());
        QVERIFY(!keepWatching->isChecked());
        QVERIFY(!window.findChild<QSystemTrayIcon*>());
        keepWatching->setChecked(true);
        auto* tray = window.findChild<QSystemTrayIcon*>();
        QVERIFY(tray && tray->isVisible());
        QVERIFY(!tray->icon().isNull());
        QVERIFY(Gui::Autostart::isEnabled());

        // Closed, it stays in the tray and keeps looking.
        window.close();
        QVERIFY(!window.isVisible());
        QVERIFY(balloons().isEmpty());
        QStringList inbox;
        for (const QString& part : { QStringLiteral("cur"), QStringLiteral("new") }) {
            const QDir from(*maildir + QStringLiteral("/INBOX/") + part);
            for (const QString& name : from.entryList(QDir::Files))
                inbox.append(from.filePath(name));
        }
        for (const QString& path : std::as_const(inbox))
            QVERIFY(QFile::copy(path,
                *maildir + QStringLiteral("/INBOX/new/again-")
                    + QFileInfo(path).fileName().section(u':', 0, 0)));
        auto* model = windowPart<Gui::Results::ResultsModel>(window, "resultsModel");
        QTRY_COMPARE_WITH_TIMEOUT(model->count(Gui::Results::ResultsModel::Group::Forged), 20, 30000);
        // One notification for the lot, never one per message.
        QTRY_COMPARE_WITH_TIMEOUT(balloons().size(), 1, 10000);
        QVERIFY2(balloons().first().contains(QStringLiteral("10 more forged bounce")),
            qPrintable(balloons().first()));

        // The tray's menu brings the window back.
        QVERIFY(tray->contextMenu());
        const QList<QAction*> entries = tray->contextMenu()->actions();
        QCOMPARE(entries.size(), 2);
        entries.first()->trigger();
        QTRY_VERIFY(window.isVisible());

        keepWatching->setChecked(false);
        QVERIFY(!window.findChild<QSystemTrayIcon*>());
        QVERIFY(!Gui::Autostart::isEnabled());
        QVERIFY(!QFileInfo::exists(Gui::Autostart::entryPath()));
    }
};

QTEST_MAIN(TrayTest)
#include "TrayTest.moc"
