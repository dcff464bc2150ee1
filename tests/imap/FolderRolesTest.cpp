#include "imap/FolderRoles.h"

#include <QTest>

using Core::Imap::FolderRole;
using Core::Imap::FolderRoles;

class FolderRolesTest : public QObject {
    Q_OBJECT

private slots:
    void roleOf_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("specialUse");
        QTest::addColumn<QString>("role");
        QTest::newRow("special use wins over the name")
            << QStringLiteral("Archive 2019") << QStringLiteral("\\Sent") << QStringLiteral("sent");
        QTest::newRow("special use trash")
            << QStringLiteral("Bin") << QStringLiteral("\\Trash") << QStringLiteral("trash");
        QTest::newRow("inbox any case") << QStringLiteral("Inbox") << QString() << QStringLiteral("inbox");
        QTest::newRow("sent") << QStringLiteral("Sent") << QString() << QStringLiteral("sent");
        QTest::newRow("sent items") << QStringLiteral("Sent Items") << QString() << QStringLiteral("sent");
        QTest::newRow("gmail") << QStringLiteral("[Gmail]/Sent Mail") << QString() << QStringLiteral("sent");
        QTest::newRow("below inbox") << QStringLiteral("INBOX/Sent Messages") << QString()
                                     << QStringLiteral("sent");
        QTest::newRow("german") << QStringLiteral("Gesendete Elemente") << QString()
                                << QStringLiteral("sent");
        QTest::newRow("french") << QStringLiteral("Éléments envoyés") << QString() << QStringLiteral("sent");
        QTest::newRow("french without accents")
            << QStringLiteral("Envoyes") << QString() << QStringLiteral("sent");
        QTest::newRow("spanish") << QStringLiteral("Elementos enviados") << QString()
                                 << QStringLiteral("sent");
        QTest::newRow("italian") << QStringLiteral("Posta inviata") << QString() << QStringLiteral("sent");
        QTest::newRow("dutch") << QStringLiteral("Verzonden items") << QString() << QStringLiteral("sent");
        QTest::newRow("deleted items")
            << QStringLiteral("Deleted Items") << QString() << QStringLiteral("trash");
        QTest::newRow("papierkorb") << QStringLiteral("Papierkorb") << QString() << QStringLiteral("trash");
        QTest::newRow("corbeille") << QStringLiteral("INBOX/Corbeille") << QString()
                                   << QStringLiteral("trash");
        QTest::newRow("junk") << QStringLiteral("Junk E-mail") << QString() << QStringLiteral("junk");
        QTest::newRow("a sent folder's child is not sent")
            << QStringLiteral("Sent/2019") << QString() << QStringLiteral("other");
        QTest::newRow("ordinary") << QStringLiteral("Customers/Sentinel Ltd") << QString()
                                  << QStringLiteral("other");
    }

    void roleOf()
    {
        QFETCH(QString, path);
        QFETCH(QString, specialUse);
        QFETCH(QString, role);
        QCOMPARE(FolderRoles::roleName(FolderRoles::roleOf(path, u'/', specialUse)), role);
    }
};

QTEST_GUILESS_MAIN(FolderRolesTest)
#include "FolderRolesTest.moc"
