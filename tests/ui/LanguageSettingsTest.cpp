// The language NeverSent speaks: the system's, or the one chosen in the Settings menu,
// from the next start on, with dates and numbers to match.
#include "LanguageSettings.h"
#include "MainWindow.h"
#include "WindowPart.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QTest>

class LanguageSettingsTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QApplication::setOrganizationName(QStringLiteral("NeverSentLanguageTest"));
        QSettings().clear();
    }

    void shipsEveryCatalogue()
    {
        QCOMPARE(Gui::LanguageSettings::available(),
            QStringList({ QStringLiteral("de"), QStringLiteral("en"), QStringLiteral("es"),
                QStringLiteral("fr"), QStringLiteral("it"), QStringLiteral("nl") }));
    }

    void theMenuOffersThemAndRemembersTheChoice()
    {
        QCOMPARE(Gui::LanguageSettings::chosen(), QString());
        Gui::MainWindow window;
        const QList<QAction*> actions = windowPart<QMenu>(window, "languageMenu")->actions();
        QCOMPARE(actions.size(), 7);
        QVERIFY(actions.first()->isChecked());
        QAction* german = nullptr;
        for (QAction* action : actions) {
            if (action->text() == QStringLiteral("Deutsch"))
                german = action;
        }
        QVERIFY(german);
        german->trigger();
        QCOMPARE(Gui::LanguageSettings::chosen(), QStringLiteral("de"));
        QVERIFY(german->isChecked());
        actions.first()->trigger();
        QCOMPARE(Gui::LanguageSettings::chosen(), QString());
        // Something that is not a catalogue is not a choice.
        Gui::LanguageSettings::choose(QStringLiteral("xx"));
        QCOMPARE(Gui::LanguageSettings::chosen(), QString());
    }

    // Last: it installs German for the rest of this process.
    void theChosenLanguageIsSpokenAfterInstall()
    {
        Gui::LanguageSettings::choose(QStringLiteral("de"));
        Gui::LanguageSettings::install();
        QCOMPARE(QLocale().language(), QLocale::German);
        QCOMPARE(
            QCoreApplication::translate("Gui::MainWindow", "All bounces"), QStringLiteral("Alle Rückläufer"));
        // Plural forms, and numbers written the German way.
        QCOMPARE(QCoreApplication::translate(
                     "Gui::Dialogs::HistoryDialog", "Moved %n message(s) from %1 to %2", nullptr, 1)
                     .arg(QStringLiteral("INBOX"), QStringLiteral("Papierkorb")),
            QStringLiteral("1 Nachricht von INBOX nach Papierkorb verschoben"));
        QCOMPARE(QCoreApplication::translate(
                     "Gui::Dialogs::HistoryDialog", "Moved %n message(s) from %1 to %2", nullptr, 2)
                     .arg(QStringLiteral("INBOX"), QStringLiteral("Papierkorb")),
            QStringLiteral("2 Nachrichten von INBOX nach Papierkorb verschoben"));
        QCOMPARE(QLocale().toString(1234567), QStringLiteral("1.234.567"));
        // Qt's own words (dialog buttons) from Debian's Qt translations.
        QDialogButtonBox buttons(QDialogButtonBox::Cancel);
        QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Abbrechen"));
        Gui::LanguageSettings::choose(QString());
    }
};

QTEST_MAIN(LanguageSettingsTest)
#include "LanguageSettingsTest.moc"
