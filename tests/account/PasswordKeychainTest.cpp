// The password in a real Secret Service: tests/account/with-keyring.sh runs this test in
// a private D-Bus session with an unlocked GNOME Keyring of its own. The fallback runs
// this program again with a session bus address that leads nowhere, as on a desktop
// without a password safe.
#include "account/PasswordKeychain.h"

#include <QCoreApplication>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace Core;
using namespace Core::Account;

namespace {

const QString ReadOnce = QStringLiteral("--read-once");

Imap::ServerAddress server(const QString& url)
{
    QString error;
    return Imap::ServerAddress::parse(url, &error).value_or(Imap::ServerAddress {});
}

// What one read() ended in, as "<signal>\n<text>": the child process's whole output.
QString readOnce(const Imap::ServerAddress& address, const QString& user)
{
    PasswordKeychain keychain;
    QString outcome;
    QObject context;
    const auto finish = [&outcome](const QString& line) {
        outcome = line;
        QCoreApplication::quit();
    };
    QObject::connect(&keychain, &PasswordKeychain::passwordRead, &context,
        [&](const QString&, const QString&) { finish(QStringLiteral("passwordRead\n")); });
    QObject::connect(&keychain, &PasswordKeychain::passwordNotFound, &context,
        [&](const QString&) { finish(QStringLiteral("passwordNotFound\n")); });
    QObject::connect(&keychain, &PasswordKeychain::unavailable, &context,
        [&](const QString&, const QString& reason) { finish(QStringLiteral("unavailable\n") + reason); });
    QObject::connect(&keychain, &PasswordKeychain::failed, &context,
        [&](const QString&, const QString& reason) { finish(QStringLiteral("failed\n") + reason); });
    keychain.read(address, user);
    QCoreApplication::exec();
    return outcome;
}

} // namespace

class PasswordKeychainTest : public QObject {
    Q_OBJECT

private:
    const Imap::ServerAddress m_server = server(QStringLiteral("imaps://mail.example.org"));

    // The password read back, or the name of the signal that came instead.
    static QString readBack(
        PasswordKeychain& keychain, const Imap::ServerAddress& address, const QString& user)
    {
        QSignalSpy read(&keychain, &PasswordKeychain::passwordRead);
        QSignalSpy notFound(&keychain, &PasswordKeychain::passwordNotFound);
        QSignalSpy unavailable(&keychain, &PasswordKeychain::unavailable);
        QSignalSpy failed(&keychain, &PasswordKeychain::failed);
        keychain.read(address, user);
        if (!QTest::qWaitFor(
                [&] { return read.size() + notFound.size() + unavailable.size() + failed.size() > 0; },
                20000))
            return QStringLiteral("<no answer>");
        if (!read.isEmpty()) {
            if (read.first().at(0).toString() != PasswordKeychain::keyFor(address, user))
                return QStringLiteral("<answer for another key>");
            return read.first().at(1).toString();
        }
        if (!notFound.isEmpty())
            return QStringLiteral("<not found>");
        if (!unavailable.isEmpty())
            return QStringLiteral("<unavailable: %1>").arg(unavailable.first().at(1).toString());
        return QStringLiteral("<failed: %1>").arg(failed.first().at(1).toString());
    }

    static bool store(PasswordKeychain& keychain, const Imap::ServerAddress& address, const QString& user,
        const QString& password)
    {
        QSignalSpy written(&keychain, &PasswordKeychain::passwordWritten);
        keychain.write(address, user, password);
        return QTest::qWaitFor([&] { return !written.isEmpty(); }, 20000)
            && written.first().at(0).toString() == PasswordKeychain::keyFor(address, user);
    }

    static bool erase(PasswordKeychain& keychain, const Imap::ServerAddress& address, const QString& user)
    {
        QSignalSpy removed(&keychain, &PasswordKeychain::passwordRemoved);
        keychain.remove(address, user);
        return QTest::qWaitFor([&] { return !removed.isEmpty(); }, 20000);
    }

    // The Secret Service's own answer, read past QtKeychain with libsecret's tool.
    static QString secretToolLookup(const QString& key)
    {
        QProcess tool;
        tool.start(QStringLiteral("secret-tool"),
            { QStringLiteral("lookup"), QStringLiteral("server"),
                QString::fromLatin1(PasswordKeychain::Service), QStringLiteral("user"), key });
        if (!tool.waitForFinished(20000))
            return QStringLiteral("<secret-tool did not finish>");
        return QString::fromUtf8(tool.readAllStandardOutput());
    }

    static bool keyringRuns() { return qEnvironmentVariableIsSet("NEVERSENT_TEST_KEYRING"); }

private slots:
    void keyNamesServerAndUser()
    {
        QCOMPARE(PasswordKeychain::keyFor(m_server, QStringLiteral("sam")),
            QStringLiteral("sam@imaps://mail.example.org:993"));
        QVERIFY(
            PasswordKeychain::keyFor(server(QStringLiteral("imap://mail.example.org")), QStringLiteral("sam"))
            != PasswordKeychain::keyFor(m_server, QStringLiteral("sam")));
    }

    void writeReadOverwriteRemove()
    {
        if (!keyringRuns())
            QSKIP("needs a Secret Service: run through tests/account/with-keyring.sh (as ctest does)");
        PasswordKeychain keychain;
        const QString user = QStringLiteral("sam");
        QCOMPARE(readBack(keychain, m_server, user), QStringLiteral("<not found>"));

        QVERIFY(store(keychain, m_server, user, QStringLiteral("first password")));
        QCOMPARE(readBack(keychain, m_server, user), QStringLiteral("first password"));
        QCOMPARE(
            secretToolLookup(PasswordKeychain::keyFor(m_server, user)), QStringLiteral("first password"));

        const QString second = QStringLiteral("zweites Passwört ✓ with spaces");
        QVERIFY(store(keychain, m_server, user, second));
        QCOMPARE(readBack(keychain, m_server, user), second);

        QVERIFY(erase(keychain, m_server, user));
        QCOMPARE(readBack(keychain, m_server, user), QStringLiteral("<not found>"));
        QCOMPARE(secretToolLookup(PasswordKeychain::keyFor(m_server, user)), QString());
        QVERIFY(erase(keychain, m_server, user));
    }

    void eachAccountHasItsOwnPassword()
    {
        if (!keyringRuns())
            QSKIP("needs a Secret Service: run through tests/account/with-keyring.sh (as ctest does)");
        PasswordKeychain keychain;
        const Imap::ServerAddress other = server(QStringLiteral("imap://mail.example.com"));
        QVERIFY(store(keychain, m_server, QStringLiteral("kim"), QStringLiteral("kim's")));
        QVERIFY(store(keychain, other, QStringLiteral("kim"), QStringLiteral("kim's other")));
        QVERIFY(store(keychain, m_server, QStringLiteral("lee"), QStringLiteral("lee's")));
        QCOMPARE(readBack(keychain, m_server, QStringLiteral("kim")), QStringLiteral("kim's"));
        QCOMPARE(readBack(keychain, other, QStringLiteral("kim")), QStringLiteral("kim's other"));
        QCOMPARE(readBack(keychain, m_server, QStringLiteral("lee")), QStringLiteral("lee's"));
        QVERIFY(erase(keychain, other, QStringLiteral("kim")));
        QCOMPARE(readBack(keychain, m_server, QStringLiteral("kim")), QStringLiteral("kim's"));
    }

    void unavailableWithoutASessionBus()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
            QStringLiteral("unix:path=") + dir.filePath(QStringLiteral("no-bus-here")));
        environment.remove(QStringLiteral("DISPLAY"));
        QProcess child;
        child.setProcessEnvironment(environment);
        child.start(QCoreApplication::applicationFilePath(), { ReadOnce });
        QVERIFY(child.waitForFinished(30000));
        QCOMPARE(child.exitCode(), 0);
        const QStringList outcome = QString::fromUtf8(child.readAllStandardOutput()).split(u'\n');
        QCOMPARE(outcome.value(0), QStringLiteral("unavailable"));
        QCOMPARE(outcome.value(1),
            QStringLiteral("Your desktop has no password safe running, so NeverSent will ask for the "
                           "password each time it starts."));
    }
};

int main(int argc, char* argv[])
{
    QCoreApplication application(argc, argv);
    if (QCoreApplication::arguments().contains(ReadOnce)) {
        const QString outcome
            = readOnce(server(QStringLiteral("imaps://mail.example.org")), QStringLiteral("sam"));
        std::fputs(outcome.toUtf8().constData(), stdout);
        return 0;
    }
    PasswordKeychainTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "PasswordKeychainTest.moc"
