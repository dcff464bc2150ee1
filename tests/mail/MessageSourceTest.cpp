// Where messages come from: files, folders (Maildir included) and mbox files, each named
// the way the user gave it, one message at a time.
#include "mail/MessageSource.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using Core::Mail::MessageSource;

namespace {

QByteArray messageText(const QByteArray& tag)
{
    return "From: someone@example.net\nTo: alice@example.com\nSubject: " + tag + "\n\nbody of " + tag + '\n';
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return false;
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

struct Read {
    QStringList sources;
    QList<QByteArray> bytes;
    QStringList errors;
};

Read readAll(const QStringList& paths)
{
    Read read;
    MessageSource source(paths);
    MessageSource::Message message;
    while (source.next(&message)) {
        read.sources.append(message.source);
        read.bytes.append(message.bytes);
        read.errors.append(message.error);
        if (read.sources.size() > 10000)
            break; // a source that never ends fails below instead of hanging
    }
    return read;
}

// Changes the working directory for one test and puts it back afterwards.
class WorkingDirectory {
public:
    explicit WorkingDirectory(const QString& path)
        : m_previous(QDir::currentPath())
    {
        m_changed = QDir::setCurrent(path);
    }
    ~WorkingDirectory() { QDir::setCurrent(m_previous); }
    WorkingDirectory(const WorkingDirectory&) = delete;
    WorkingDirectory& operator=(const WorkingDirectory&) = delete;
    bool changed() const { return m_changed; }

private:
    QString m_previous;
    bool m_changed = false;
};

} // namespace

class MessageSourceTest : public QObject {
    Q_OBJECT

private slots:
    void singleFile();
    void folder_data();
    void folder();
    void maildir();
    void mbox();
    void mboxInsideAFolder();
    void pathsKeepTheirOrder();
    void emptyFolder();
    void missingPaths_data();
    void missingPaths();
    void unreadablePathGivesAnError();
    void oversizedFileIsCut();
    void oversizedMboxMessageIsCut();
    void longMboxLinesStayWhole_data();
    void longMboxLinesStayWhole();
};

void MessageSourceTest::singleFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("one.eml"));
    QVERIFY(writeFile(path, messageText("one")));

    const Read read = readAll({ path });
    QCOMPARE(read.sources, QStringList { path });
    QCOMPARE(read.bytes, QList<QByteArray> { messageText("one") });
    QCOMPARE(read.errors, QStringList { QString() });

    // Relative as given, relative as reported.
    const WorkingDirectory cwd(dir.path());
    QVERIFY(cwd.changed());
    QCOMPARE(readAll({ QStringLiteral("one.eml") }).sources, QStringList { QStringLiteral("one.eml") });
    QCOMPARE(readAll({ QStringLiteral("./one.eml") }).sources, QStringList { QStringLiteral("./one.eml") });
}

void MessageSourceTest::folder_data()
{
    QTest::addColumn<QString>("argument");
    QTest::addColumn<bool>("relative");
    QTest::addColumn<QString>("prefix"); // what every source must start with

    QTest::newRow("relative") << QStringLiteral("mail") << true << QStringLiteral("mail/");
    QTest::newRow("relative with slash") << QStringLiteral("mail/") << true << QStringLiteral("mail/");
    QTest::newRow("dot relative") << QStringLiteral("./mail") << true << QStringLiteral("./mail/");
    QTest::newRow("nested relative") << QStringLiteral("mail/b") << true << QStringLiteral("mail/b/");
    QTest::newRow("absolute") << QStringLiteral("mail") << false << QString();
    QTest::newRow("absolute with slash") << QStringLiteral("mail/") << false << QString();
}

void MessageSourceTest::folder()
{
    QFETCH(QString, argument);
    QFETCH(bool, relative);
    QFETCH(QString, prefix);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // Written out of order on purpose.
    const QStringList files { QStringLiteral("z.eml"), QStringLiteral("b/d.eml"), QStringLiteral("a.eml"),
        QStringLiteral("b/c.eml"), QStringLiteral("b/deeper/e.eml") };
    for (const QString& file : files)
        QVERIFY(writeFile(dir.filePath(QStringLiteral("mail/") + file), messageText(file.toLatin1())));

    const WorkingDirectory cwd(dir.path());
    QVERIFY(cwd.changed());
    const QString given = relative ? argument : dir.path() + QStringLiteral("/") + argument;
    if (!relative)
        prefix = given.endsWith(u'/') ? given : given + u'/';

    QStringList expected;
    const bool onlyB = argument == u"mail/b";
    for (const QString& file : { QStringLiteral("a.eml"), QStringLiteral("b/c.eml"),
             QStringLiteral("b/d.eml"), QStringLiteral("b/deeper/e.eml"), QStringLiteral("z.eml") }) {
        if (onlyB && !file.startsWith(u"b/"))
            continue;
        expected.append(prefix + (onlyB ? file.mid(2) : file));
    }

    const Read read = readAll({ given });
    QCOMPARE(read.sources, expected);
    for (qsizetype i = 0; i < read.sources.size(); ++i) {
        QVERIFY(read.errors.at(i).isEmpty());
        QVERIFY2(!read.sources.at(i).contains(u"//"), qPrintable(read.sources.at(i)));
        if (relative)
            QVERIFY2(!QDir::isAbsolutePath(read.sources.at(i)), qPrintable(read.sources.at(i)));
        // The bytes are those of the file the source names.
        QFile file(read.sources.at(i));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(read.bytes.at(i), file.readAll());
    }
}

void MessageSourceTest::maildir()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString root = dir.filePath(QStringLiteral("Maildir"));
    QVERIFY(writeFile(root + QStringLiteral("/new/1711000002.M2P2.host.example"), messageText("new")));
    QVERIFY(writeFile(root + QStringLiteral("/cur/1711000001.M1P1.host.example:2,S"), messageText("seen")));
    QVERIFY(
        writeFile(root + QStringLiteral("/cur/1711000003.M3P3.host.example:2,RS"), messageText("replied")));
    QVERIFY(writeFile(root + QStringLiteral("/tmp/1711000004.M4P4.host.example"), messageText("tmp")));

    const Read read = readAll({ root });
    QCOMPARE(read.sources,
        QStringList({ root + QStringLiteral("/cur/1711000001.M1P1.host.example:2,S"),
            root + QStringLiteral("/cur/1711000003.M3P3.host.example:2,RS"),
            root + QStringLiteral("/new/1711000002.M2P2.host.example"),
            root + QStringLiteral("/tmp/1711000004.M4P4.host.example") }));
    QCOMPARE(read.bytes.at(0), messageText("seen"));
    QCOMPARE(read.bytes.at(2), messageText("new"));
}

void MessageSourceTest::mbox()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QByteArray mbox = "From alice@example.com Mon Mar 11 10:00:00 2024\n" + messageText("first")
        + "\n"
          "From MAILER-DAEMON Tue Mar 12 10:17:02 2024\n"
          "From: MAILER-DAEMON@mx.example.net\n"
          "Subject: second\n"
          "\n"
          ">From the start of this line, it was quoted.\n"
          ">>From here, one level stays.\n"
          "> From with a space is a normal quote.\n"
          "\n"
          "From bob@example.net Wed Mar 13 08:00:00 2024\n"
        + messageText("third");
    QVERIFY(writeFile(dir.filePath(QStringLiteral("box.mbox")), mbox));

    const WorkingDirectory cwd(dir.path());
    QVERIFY(cwd.changed());
    const Read read = readAll({ QStringLiteral("box.mbox") });
    QCOMPARE(read.sources,
        QStringList(
            { QStringLiteral("box.mbox#1"), QStringLiteral("box.mbox#2"), QStringLiteral("box.mbox#3") }));
    QCOMPARE(read.errors, QStringList({ QString(), QString(), QString() }));
    // No envelope line in the message; the blank line before the next one may stay.
    QVERIFY(read.bytes.at(0).startsWith("From: someone@example.net\n"));
    QVERIFY(read.bytes.at(0).contains("body of first\n"));
    QVERIFY(!read.bytes.at(0).contains("From alice@example.com"));
    QVERIFY(!read.bytes.at(0).contains("MAILER-DAEMON"));
    QVERIFY(read.bytes.at(1).startsWith("From: MAILER-DAEMON@mx.example.net\n"));
    QVERIFY(read.bytes.at(1).contains("\nFrom the start of this line, it was quoted.\n"));
    QVERIFY(!read.bytes.at(1).contains(">From the start"));
    QVERIFY(read.bytes.at(1).contains("\n>From here, one level stays.\n"));
    QVERIFY(read.bytes.at(1).contains("\n> From with a space is a normal quote.\n"));
    QVERIFY(!read.bytes.at(1).contains("body of third"));
    QCOMPARE(read.bytes.at(2), messageText("third"));

    // CRLF mbox files are mbox files too.
    QByteArray crlf = mbox;
    crlf.replace("\n", "\r\n");
    QVERIFY(writeFile(dir.filePath(QStringLiteral("crlf.mbox")), crlf));
    QCOMPARE(readAll({ QStringLiteral("crlf.mbox") }).sources.size(), 3);
}

void MessageSourceTest::mboxInsideAFolder()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(writeFile(dir.filePath(QStringLiteral("in/a.eml")), messageText("a")));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("in/sub/box.mbox")),
        "From x@example.net Mon Mar 11 10:00:00 2024\n" + messageText("m1")
            + "From y@example.net Mon Mar 11 11:00:00 2024\n" + messageText("m2")));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("in/z.eml")), messageText("z")));

    const WorkingDirectory cwd(dir.path());
    QVERIFY(cwd.changed());
    const Read read = readAll({ QStringLiteral("in") });
    QCOMPARE(read.sources,
        QStringList({ QStringLiteral("in/a.eml"), QStringLiteral("in/sub/box.mbox#1"),
            QStringLiteral("in/sub/box.mbox#2"), QStringLiteral("in/z.eml") }));
    QVERIFY(read.bytes.at(2).contains("body of m2"));
    QCOMPARE(read.bytes.at(3), messageText("z"));
}

void MessageSourceTest::pathsKeepTheirOrder()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(writeFile(dir.filePath(QStringLiteral("2.eml")), messageText("2")));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("1.eml")), messageText("1")));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("f/y.eml")), messageText("y")));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("f/x.eml")), messageText("x")));
    const WorkingDirectory cwd(dir.path());
    QVERIFY(cwd.changed());
    // A folder's messages come in its place, in the order of their names.
    const Read read = readAll({ QStringLiteral("2.eml"), QStringLiteral("f"), QStringLiteral("1.eml") });
    QCOMPARE(read.sources,
        QStringList({ QStringLiteral("2.eml"), QStringLiteral("f/x.eml"), QStringLiteral("f/y.eml"),
            QStringLiteral("1.eml") }));
}

void MessageSourceTest::emptyFolder()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("empty/sub")));
    MessageSource source({ dir.filePath(QStringLiteral("empty")) });
    MessageSource::Message message;
    QVERIFY(!source.next(&message));
    QVERIFY(!source.next(&message));
}

void MessageSourceTest::missingPaths_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("missing");
    QTest::newRow("file") << QStringLiteral("present.eml") << false;
    QTest::newRow("folder") << QStringLiteral("folder") << false;
    QTest::newRow("no such file") << QStringLiteral("absent.eml") << true;
    QTest::newRow("no such folder") << QStringLiteral("absent/") << true;
    QTest::newRow("below a file") << QStringLiteral("present.eml/inner.eml") << true;
    QTest::newRow("dangling link") << QStringLiteral("dangling.eml") << true;
    QTest::newRow("empty path") << QString() << true;
}

void MessageSourceTest::missingPaths()
{
    QFETCH(QString, name);
    QFETCH(bool, missing);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(writeFile(dir.filePath(QStringLiteral("present.eml")), messageText("present")));
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("folder")));
    QVERIFY(
        QFile::link(dir.filePath(QStringLiteral("gone.eml")), dir.filePath(QStringLiteral("dangling.eml"))));

    const QString path = name.isEmpty() ? name : dir.filePath(name);
    const QString present = dir.filePath(QStringLiteral("present.eml"));
    // Only the missing ones, in the order given.
    QCOMPARE(Core::Mail::MessageSource::missingPaths({ present, path, present }),
        missing ? QStringList { path } : QStringList {});
}

void MessageSourceTest::unreadablePathGivesAnError()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString dangling = dir.filePath(QStringLiteral("dangling.eml"));
    QVERIFY(QFile::link(dir.filePath(QStringLiteral("gone.eml")), dangling));
    const QString good = dir.filePath(QStringLiteral("good.eml"));
    QVERIFY(writeFile(good, messageText("good")));

    // The bad one does not stop the ones after it.
    const Read read = readAll({ dangling, good });
    QCOMPARE(read.sources, QStringList({ dangling, good }));
    QVERIFY(!read.errors.at(0).isEmpty());
    QVERIFY(read.bytes.at(0).isEmpty());
    QVERIFY(read.errors.at(1).isEmpty());
    QCOMPARE(read.bytes.at(1), messageText("good"));
}

void MessageSourceTest::oversizedFileIsCut()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QByteArray big = messageText("big");
    while (big.size() < MessageSource::MaxMessageBytes + 5000)
        big += QByteArray(99, 'b') + '\n';
    const QString path = dir.filePath(QStringLiteral("big.eml"));
    QVERIFY(writeFile(path, big));
    QVERIFY(QFileInfo(path).size() > MessageSource::MaxMessageBytes);

    const Read read = readAll({ path, path });
    QCOMPARE(read.sources.size(), 2);
    QCOMPARE(static_cast<qint64>(read.bytes.at(0).size()), MessageSource::MaxMessageBytes);
    QVERIFY(big.startsWith(read.bytes.at(0)));
    QVERIFY(read.errors.at(0).isEmpty());
    QCOMPARE(read.bytes.at(1), read.bytes.at(0));
}

void MessageSourceTest::oversizedMboxMessageIsCut()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QByteArray line = QByteArray(999, 'm') + '\n';
    QByteArray mbox = "From a@example.net Mon Mar 11 10:00:00 2024\n" + messageText("big");
    while (mbox.size() < MessageSource::MaxMessageBytes + 50000)
        mbox += line;
    mbox += "From b@example.net Mon Mar 11 11:00:00 2024\n" + messageText("after");
    const QString path = dir.filePath(QStringLiteral("big.mbox"));
    QVERIFY(writeFile(path, mbox));

    const Read read = readAll({ path });
    QCOMPARE(read.sources, QStringList({ path + QStringLiteral("#1"), path + QStringLiteral("#2") }));
    // Cut at a line end near the limit: never more than one line past it.
    QVERIFY(read.bytes.at(0).size() <= MessageSource::MaxMessageBytes + line.size());
    QVERIFY(read.bytes.at(0).size() >= MessageSource::MaxMessageBytes - line.size());
    QVERIFY(read.bytes.at(0).startsWith(messageText("big")));
    QCOMPARE(read.bytes.at(1), messageText("after"));
}

void MessageSourceTest::longMboxLinesStayWhole_data()
{
    QTest::addColumn<int>("length");
    // Lines are read through a buffer; these fall short of it, fill it, and pass it
    // once and twice, each with "From " where the buffer breaks the line.
    for (const int length : { 1000, 65535, 65536, 70000, 200000 })
        QTest::newRow(qPrintable(QString::number(length))) << length;
}

void MessageSourceTest::longMboxLinesStayWhole()
{
    QFETCH(int, length);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QByteArray longLine;
    while (longLine.size() < length)
        longLine += QByteArray(65535, 'x') + "From inside a line, not an envelope ";
    longLine.truncate(length);
    longLine += '\n';
    const QByteArray first = messageText("long") + longLine + ">From quoted after it\n";
    const QByteArray mbox = "From a@example.net Mon Mar 11 10:00:00 2024\n" + first
        + "From b@example.net Mon Mar 11 11:00:00 2024\n" + messageText("after");
    const QString path = dir.filePath(QStringLiteral("long.mbox"));
    QVERIFY(writeFile(path, mbox));

    const Read read = readAll({ path });
    QCOMPARE(read.sources, QStringList({ path + QStringLiteral("#1"), path + QStringLiteral("#2") }));
    QCOMPARE(read.bytes.at(0), messageText("long") + longLine + "From quoted after it\n");
    QCOMPARE(read.bytes.at(1), messageText("after"));
}

QTEST_GUILESS_MAIN(MessageSourceTest)
#include "MessageSourceTest.moc"
