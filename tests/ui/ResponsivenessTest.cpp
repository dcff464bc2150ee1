// The window never waits on the network: while it scans a real Dovecot through a proxy
// that makes every round trip slow, the GUI thread's event loop keeps turning. A timer
// that should fire every 10 ms measures the longest gap between its ticks.
#include "DovecotFixture.h"
#include "FaultProxy.h"
#include "MainWindow.h"
#include "WindowPart.h"
#include "results/ResultsModel.h"
#include "session/AccountWorker.h"
#include "widgets/MessageBar.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

class ResponsivenessTest : public QObject {
    Q_OBJECT

private:
    DovecotFixture m_server;
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        // The demo inbox five times over: a scan of a few hundred messages.
        for (int copy = 0; copy < 5; ++copy)
            QVERIFY2(m_server.addMessagesFrom(
                         QStringLiteral("INBOX"), QStringLiteral(NEVERSENT_DEMO_MAILBOX "/INBOX"), &error)
                    > 0,
                qPrintable(error));
        QVERIFY2(m_server.addMessagesFrom(
                     QStringLiteral("Sent"), QStringLiteral(NEVERSENT_DEMO_MAILBOX "/Sent"), &error)
                > 0,
            qPrintable(error));
        QVERIFY2(m_server.start(&error), qPrintable(error));
    }

    void eventLoopKeepsTurningDuringASlowScan()
    {
        FaultProxy proxy(m_server.plainPort());
        QString error;
        QVERIFY2(proxy.start(&error), qPrintable(error));
        proxy.setLatency(100);

        Core::Session::AccountSettings settings;
        settings.address = *Core::Imap::ServerAddress::parse(
            QStringLiteral("imap+plain://127.0.0.1:%1").arg(proxy.port()), &error);
        settings.user = QString::fromLatin1(DovecotFixture::User);
        settings.credential = Core::Imap::Credential::password(QString::fromLatin1(DovecotFixture::Password));
        settings.storePath = m_dir.filePath(QStringLiteral("store.sqlite"));

        Gui::MainWindow window;
        window.show();
        QSignalSpy idle(&window, &Gui::MainWindow::idle);

        QElapsedTimer sinceTick;
        qint64 longestGap = 0;
        int ticks = 0;
        QTimer heartbeat;
        heartbeat.setInterval(10);
        connect(&heartbeat, &QTimer::timeout, this, [&] {
            if (ticks++ > 0)
                longestGap = std::max(longestGap, sinceTick.elapsed());
            sinceTick.restart();
        });
        heartbeat.start();
        QElapsedTimer whole;
        whole.start();
        window.openMailbox(new Core::Session::AccountWorker(settings), QStringLiteral("Dovecot"),
            { QStringLiteral("sam.taylor@bluebird-office.example") });
        QVERIFY(QTest::qWaitFor([&] { return idle.count() >= 1 && !window.isBusy(); }, 120000));
        heartbeat.stop();

        QVERIFY2(windowPart<Gui::Results::ResultsModel>(window, "resultsModel")
                     ->count(Gui::Results::ResultsModel::Group::Forged)
                >= 10,
            qPrintable(window.messageBar()->text()));
        qInfo("scan through a 100 ms proxy took %lld ms; the GUI thread's longest gap between 10 ms ticks "
              "was %lld ms over %d ticks",
            whole.elapsed(), longestGap, ticks);
        // Generous: a blocked GUI thread would show the round trips themselves (100 ms each).
        QVERIFY2(longestGap < 500, qPrintable(QString::number(longestGap)));
        QVERIFY(ticks > 10);
    }
};

QTEST_MAIN(ResponsivenessTest)
#include "ResponsivenessTest.moc"
