// "Keep watching when the window is closed" starts NeverSent at login through an XDG
// autostart entry: written with this program and --background when switched on, removed
// when switched off, and a folder that cannot be written is said in words.
#include "Autostart.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class AutostartTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_config;

private slots:
    void initTestCase()
    {
        QVERIFY(m_config.isValid());
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_config.path()));
    }

    void switchedOnAndOff()
    {
        const QString path = Gui::Autostart::entryPath();
        QCOMPARE(path, m_config.filePath(QStringLiteral("autostart/org.neversent.NeverSent.desktop")));
        QVERIFY(!Gui::Autostart::isEnabled());

        QVERIFY(Gui::Autostart::setEnabled(true));
        QVERIFY(Gui::Autostart::isEnabled());
        QFile entry(path);
        QVERIFY(entry.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(entry.readAll()).split(u'\n');
        QCOMPARE(lines.value(0), QStringLiteral("[Desktop Entry]"));
        QVERIFY(lines.contains(QStringLiteral("Type=Application")));
        QVERIFY(lines.contains(
            QStringLiteral("Exec=\"%1\" --background").arg(QCoreApplication::applicationFilePath())));
        // Written twice, still one entry.
        QVERIFY(Gui::Autostart::setEnabled(true));

        QVERIFY(Gui::Autostart::setEnabled(false));
        QVERIFY(!QFile::exists(path));
        QVERIFY(Gui::Autostart::setEnabled(false)); // nothing to remove: fine
    }

    void aFolderThatCannotBeWrittenIsSaid()
    {
        QTemporaryDir blocked;
        // A file where the autostart folder should be.
        QFile file(blocked.filePath(QStringLiteral("autostart")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(blocked.path()));
        const Core::Common::Done done = Gui::Autostart::setEnabled(true);
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_config.path()));
        QVERIFY(!done);
        QVERIFY2(
            done.error().message.contains(QStringLiteral("autostart")), qPrintable(done.error().message));
    }
};

QTEST_GUILESS_MAIN(AutostartTest)
#include "AutostartTest.moc"
