// The real neversent-cli binary against the contract in docs/cli.md: exit codes, the one
// line on stderr, and one JSON object per message on stdout.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

namespace {

constexpr int AbsurdMilliseconds = 120 * 1000; // only to turn a hang into a failure

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    bool finished = false;
};

Run runCli(const QStringList& arguments, const QString& workingDirectory = QString())
{
    QProcess process;
    process.setProgram(QStringLiteral(NEVERSENT_CLI));
    process.setArguments(arguments);
    if (!workingDirectory.isEmpty())
        process.setWorkingDirectory(workingDirectory);
    process.start();
    Run run;
    if (!process.waitForStarted())
        return run;
    process.closeWriteChannel();
    run.finished = process.waitForFinished(AbsurdMilliseconds);
    if (!run.finished) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

bool isOneLine(const QByteArray& text)
{
    return text.endsWith('\n') && text.count('\n') == 1 && text.trimmed().size() > 10;
}

QString casePath(const QString& relative)
{
    return QStringLiteral(NEVERSENT_TEST_DATA "/cases/") + relative;
}

// The fixtures the classify runs read, copied below a folder of their own.
const QStringList& inputFiles()
{
    static const QStringList files { QStringLiteral("autoreply-rfc3834.eml"),
        QStringLiteral("failure-dsn-rfc822.eml"), QStringLiteral("failure-exim.eml"),
        QStringLiteral("failure-global-dsn.eml"), QStringLiteral("failure-postfix.eml"),
        QStringLiteral("plain-ordinary.eml") };
    return files;
}

const QString EmptyFile = QStringLiteral("m-empty.eml");

bool prepareInput(const QTemporaryDir& dir)
{
    if (!QDir(dir.path()).mkpath(QStringLiteral("in/sub")))
        return false;
    for (const QString& file : inputFiles()) {
        // One of them one folder down: the folder is read recursively.
        const QString target
            = file == u"plain-ordinary.eml" ? QStringLiteral("in/sub/") + file : QStringLiteral("in/") + file;
        if (!QFile::copy(casePath(file), dir.filePath(target)))
            return false;
    }
    QFile empty(dir.filePath(QStringLiteral("in/") + EmptyFile));
    return empty.open(QIODevice::WriteOnly);
}

QStringList expectedSources(const QString& folderArgument)
{
    QStringList sources;
    for (const QString& file : inputFiles())
        sources.append(file == u"plain-ordinary.eml" ? QStringLiteral("sub/") + file : file);
    sources.append(EmptyFile);
    std::sort(sources.begin(), sources.end());
    for (QString& source : sources)
        source.prepend(folderArgument);
    return sources;
}

bool isStringOrNull(const QJsonValue& value)
{
    return value.isString() || value.isNull();
}

bool isStringArray(const QJsonValue& value)
{
    if (!value.isArray())
        return false;
    for (const QJsonValue& item : value.toArray()) {
        if (!item.isString())
            return false;
    }
    return true;
}

// Parses JSON Lines output, checking every object against the contract; the problems
// found go to *problems.
QList<QJsonObject> parseLines(const QByteArray& out, QStringList* problems)
{
    static const QSet<QString> kinds { QStringLiteral("delivery-failure"), QStringLiteral("delivery-delay"),
        QStringLiteral("delivery-report"), QStringLiteral("auto-reply"), QStringLiteral("challenge-response"),
        QStringLiteral("virus-notice"), QStringLiteral("feedback-report"), QStringLiteral("not-a-bounce"),
        QStringLiteral("unreadable") };
    static const QSet<QString> verdicts { QStringLiteral("backscatter"), QStringLiteral("genuine"),
        QStringLiteral("unknown") };
    QList<QJsonObject> objects;
    const QList<QByteArray> lines = out.split('\n');
    if (!out.endsWith('\n'))
        problems->append(QStringLiteral("output does not end with a newline"));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArray& line = lines.at(i);
        if (i == lines.size() - 1 && line.isEmpty())
            break;
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(line, &error);
        if (error.error != QJsonParseError::NoError || !document.isObject()) {
            problems->append(
                QStringLiteral("line %1 is no JSON object: %2").arg(i + 1).arg(QString::fromUtf8(line)));
            continue;
        }
        const QJsonObject object = document.object();
        const QString where = object.value(u"source").toString();
        const auto problem
            = [&](const QString& what) { problems->append(where + QStringLiteral(": ") + what); };
        if (!object.value(u"source").isString() || where.isEmpty())
            problem(QStringLiteral("no source"));
        const QString kind = object.value(u"kind").toString();
        if (!kinds.contains(kind))
            problem(QStringLiteral("kind ") + kind);
        if (!isStringArray(object.value(u"recipients")))
            problem(QStringLiteral("recipients"));
        for (const char* field : { "status", "reason", "reporting_mta", "diagnostic" }) {
            if (!object.contains(QLatin1StringView(field))
                || !isStringOrNull(object.value(QLatin1StringView(field))))
                problem(QString::fromLatin1(field));
        }
        const QJsonValue original = object.value(u"original");
        if (!object.contains(u"original") || !(original.isNull() || original.isObject()))
            problem(QStringLiteral("original"));
        if (original.isObject()) {
            const QJsonObject fields = original.toObject();
            for (const char* field : { "message_id", "from", "subject", "date" }) {
                if (!fields.contains(QLatin1StringView(field))
                    || !isStringOrNull(fields.value(QLatin1StringView(field))))
                    problem(QStringLiteral("original.") + QString::fromLatin1(field));
            }
            if (!isStringArray(fields.value(u"to")))
                problem(QStringLiteral("original.to"));
            const QString messageId = fields.value(u"message_id").toString();
            if (messageId.startsWith(u'<') || messageId.endsWith(u'>'))
                problem(QStringLiteral("message_id with angle brackets"));
        }
        const QJsonValue verdict = object.value(u"verdict");
        if (!object.contains(u"verdict") || !(verdict.isNull() || verdicts.contains(verdict.toString())))
            problem(QStringLiteral("verdict"));
        // Automatic replies get a verdict, ordinary and unreadable mail none.
        const bool automatic = kind != u"not-a-bounce" && kind != u"unreadable";
        if (automatic != verdict.isString())
            problem(QStringLiteral("verdict %1 for kind %2").arg(verdict.toString(), kind));
        if (!isStringArray(object.value(u"evidence")))
            problem(QStringLiteral("evidence"));
        if (kind == u"unreadable") {
            if (object.value(u"error").toString().isEmpty())
                problem(QStringLiteral("unreadable without error"));
        } else if (object.contains(u"error")) {
            problem(QStringLiteral("error on a readable message"));
        }
        if (kind == u"not-a-bounce"
            && (!object.value(u"recipients").toArray().isEmpty() || !object.value(u"status").isNull()))
            problem(QStringLiteral("ordinary mail with bounce details"));
        objects.append(object);
    }
    return objects;
}

QJsonObject objectFor(const QList<QJsonObject>& objects, const QString& source)
{
    for (const QJsonObject& object : objects) {
        if (object.value(u"source").toString() == source)
            return object;
    }
    return {};
}

QStringList strings(const QJsonValue& value)
{
    QStringList result;
    for (const QJsonValue& item : value.toArray())
        result.append(item.toString());
    return result;
}

} // namespace

class ClassifyCommandTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void help_data();
    void help();
    void version_data();
    void version();
    void usageErrors_data();
    void usageErrors();
    void missingPath_data();
    void missingPath();
    void classifyFolder_data();
    void classifyFolder();
    void classifyWithSentMail();
    void classifyMbox();
    void textFormat();
};

void ClassifyCommandTest::initTestCase()
{
    QVERIFY2(QFileInfo(QStringLiteral(NEVERSENT_CLI)).isExecutable(), NEVERSENT_CLI);
}

void ClassifyCommandTest::help_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("--help") << QStringList { QStringLiteral("--help") } << QStringLiteral("classify");
    QTest::newRow("-h") << QStringList { QStringLiteral("-h") } << QStringLiteral("classify");
    QTest::newRow("classify --help") << QStringList { QStringLiteral("classify"), QStringLiteral("--help") }
                                     << QStringLiteral("--sent");
}

void ClassifyCommandTest::help()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);
    const Run run = runCli(arguments);
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(QString::fromUtf8(run.out).contains(mentions), run.out.constData());
    QCOMPARE(run.err, QByteArray());
}

void ClassifyCommandTest::version_data()
{
    QTest::addColumn<QString>("option");
    QTest::newRow("--version") << QStringLiteral("--version");
    QTest::newRow("-v") << QStringLiteral("-v");
}

void ClassifyCommandTest::version()
{
    QFETCH(QString, option);
    const Run run = runCli({ option });
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QByteArray("neversent-cli " NEVERSENT_VERSION "\n"));
    QCOMPARE(run.err, QByteArray());
}

void ClassifyCommandTest::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    const QString someFile = casePath(QStringLiteral("plain-ordinary.eml"));
    QTest::newRow("no command") << QStringList {};
    QTest::newRow("unknown command") << QStringList { QStringLiteral("frobnicate") };
    QTest::newRow("unknown top-level option") << QStringList { QStringLiteral("--frobnicate") };
    QTest::newRow("unknown option") << QStringList { QStringLiteral("classify"),
        QStringLiteral("--frobnicate"), someFile };
    QTest::newRow("no PATH") << QStringList { QStringLiteral("classify") };
    QTest::newRow("only options, no PATH") << QStringList { QStringLiteral("classify"),
        QStringLiteral("--me"), QStringLiteral("alice@example.com") };
    QTest::newRow("option without its value")
        << QStringList { QStringLiteral("classify"), someFile, QStringLiteral("--sent") };
    QTest::newRow("unknown format") << QStringList { QStringLiteral("classify"), QStringLiteral("--format"),
        QStringLiteral("xml"), someFile };
}

void ClassifyCommandTest::usageErrors()
{
    QFETCH(QStringList, arguments);
    const Run run = runCli(arguments);
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(isOneLine(run.err), run.err.constData());
    QCOMPARE(run.out, QByteArray());
}

void ClassifyCommandTest::missingPath_data()
{
    QTest::addColumn<bool>("asSent");
    QTest::newRow("message path") << false;
    QTest::newRow("sent path") << true;
}

void ClassifyCommandTest::missingPath()
{
    QFETCH(bool, asSent);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString missing = dir.filePath(QStringLiteral("no-such-folder"));
    const QString present = casePath(QStringLiteral("plain-ordinary.eml"));
    const QStringList arguments = asSent
        ? QStringList { QStringLiteral("classify"), QStringLiteral("--sent"), missing, present }
        : QStringList { QStringLiteral("classify"), present, missing };
    const Run run = runCli(arguments);
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(isOneLine(run.err), run.err.constData());
    QVERIFY2(QString::fromUtf8(run.err).contains(missing), run.err.constData());
    // Plain language, not a stack trace or a JSON object.
    QVERIFY(!run.err.startsWith('{'));
    QCOMPARE(run.out, QByteArray()); // checked before any work starts
}

void ClassifyCommandTest::classifyFolder_data()
{
    QTest::addColumn<QString>("argument");
    QTest::addColumn<QString>("prefix");
    QTest::newRow("folder") << QStringLiteral("in") << QStringLiteral("in/");
    QTest::newRow("folder with slash") << QStringLiteral("in/") << QStringLiteral("in/");
    QTest::newRow("dot folder") << QStringLiteral("./in") << QStringLiteral("./in/");
}

void ClassifyCommandTest::classifyFolder()
{
    QFETCH(QString, argument);
    QFETCH(QString, prefix);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(prepareInput(dir));

    const Run run = runCli({ QStringLiteral("classify"), argument }, dir.path());
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 0);
    QStringList problems;
    const QList<QJsonObject> objects = parseLines(run.out, &problems);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));

    QStringList sources;
    for (const QJsonObject& object : objects)
        sources.append(object.value(u"source").toString());
    QCOMPARE(sources, expectedSources(prefix));

    // Without sent mail nothing is decided: bounces are "unknown" and say why.
    for (const QJsonObject& object : objects) {
        const QString kind = object.value(u"kind").toString();
        if (kind == u"not-a-bounce" || kind == u"unreadable")
            continue;
        QCOMPARE(object.value(u"verdict").toString(), QStringLiteral("unknown"));
        QVERIFY(!object.value(u"evidence").toArray().isEmpty());
    }

    // The empty file is unreadable, says why, and the run went on past it.
    const QJsonObject empty = objectFor(objects, prefix + EmptyFile);
    QCOMPARE(empty.value(u"kind").toString(), QStringLiteral("unreadable"));
    QVERIFY(!empty.value(u"error").toString().isEmpty());
    QVERIFY(empty.value(u"verdict").isNull());
    QVERIFY(sources.indexOf(prefix + EmptyFile) < sources.size() - 1);

    const QJsonObject ordinary = objectFor(objects, prefix + QStringLiteral("sub/plain-ordinary.eml"));
    QCOMPARE(ordinary.value(u"kind").toString(), QStringLiteral("not-a-bounce"));
    QVERIFY(ordinary.value(u"verdict").isNull());
    QVERIFY(ordinary.value(u"original").isNull());

    const QJsonObject postfix = objectFor(objects, prefix + QStringLiteral("failure-postfix.eml"));
    QCOMPARE(postfix.value(u"kind").toString(), QStringLiteral("delivery-failure"));
    QCOMPARE(strings(postfix.value(u"recipients")), QStringList { QStringLiteral("bob.full@example.net") });
    QCOMPARE(postfix.value(u"status").toString(), QStringLiteral("5.2.2"));
    QCOMPARE(postfix.value(u"reason").toString(), QStringLiteral("mailbox-full"));
    QCOMPARE(postfix.value(u"reporting_mta").toString(), QStringLiteral("mail.example.com"));
    QVERIFY(postfix.value(u"diagnostic").toString().contains(QStringLiteral("552")));
    const QJsonObject original = postfix.value(u"original").toObject();
    QCOMPARE(original.value(u"message_id").toString(),
        QStringLiteral("3b1c7d2e-55aa-4e0f-9a51-0c6f1d2e7a10@example.com"));
    QCOMPARE(original.value(u"from").toString(), QStringLiteral("alice@example.com"));
    QCOMPARE(strings(original.value(u"to")), QStringList { QStringLiteral("bob.full@example.net") });
    QCOMPARE(original.value(u"subject").toString(), QStringLiteral("Minutes of the Tuesday meeting"));
    const QDateTime date = QDateTime::fromString(original.value(u"date").toString(), Qt::ISODate);
    QVERIFY2(date.isValid(), qPrintable(original.value(u"date").toString()));
    QCOMPARE(date, QDateTime(QDate(2024, 3, 13), QTime(8, 2, 8), Qt::UTC));

    // UTF-8 on stdout.
    const QJsonObject global = objectFor(objects, prefix + QStringLiteral("failure-global-dsn.eml"));
    QCOMPARE(strings(global.value(u"recipients")), QStringList { QStringLiteral("josé@example.org") });
}

void ClassifyCommandTest::classifyWithSentMail()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(prepareInput(dir));

    const Run run
        = runCli({ QStringLiteral("classify"), QStringLiteral("--sent"), casePath(QStringLiteral("sent")),
                     QStringLiteral("--me"), QStringLiteral("alice@example.com"), QStringLiteral("in") },
            dir.path());
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 0);
    QStringList problems;
    const QList<QJsonObject> objects = parseLines(run.out, &problems);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    QCOMPARE(objects.size(), expectedSources(QStringLiteral("in/")).size());

    const QJsonObject genuine = objectFor(objects, QStringLiteral("in/failure-postfix.eml"));
    QCOMPARE(genuine.value(u"verdict").toString(), QStringLiteral("genuine"));
    QVERIFY(!genuine.value(u"evidence").toArray().isEmpty());

    const QJsonObject forged = objectFor(objects, QStringLiteral("in/failure-dsn-rfc822.eml"));
    QCOMPARE(forged.value(u"verdict").toString(), QStringLiteral("backscatter"));
    const QStringList evidence = strings(forged.value(u"evidence"));
    QVERIFY(!evidence.isEmpty());
    QVERIFY2(evidence.join(u' ').contains(QStringLiteral("cheap-pills-7731@example.com")),
        qPrintable(evidence.join(u'\n')));

    QVERIFY(objectFor(objects, QStringLiteral("in/sub/plain-ordinary.eml")).value(u"verdict").isNull());
    QVERIFY(objectFor(objects, QStringLiteral("in/") + EmptyFile).value(u"verdict").isNull());
}

void ClassifyCommandTest::classifyMbox()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QByteArray three;
    for (const char* file : { "failure-postfix.eml", "plain-ordinary.eml", "failure-exim.eml" }) {
        QFile message(casePath(QString::fromLatin1(file)));
        QVERIFY(message.open(QIODevice::ReadOnly));
        three += "From MAILER-DAEMON Wed Mar 13 08:02:11 2024\n" + message.readAll() + '\n';
    }
    // Many more than the analysis hands to its threads at a time: the output keeps the
    // mbox's order across those batches.
    constexpr int Rounds = 40;
    const QByteArray mbox = three.repeated(Rounds);
    QFile box(dir.filePath(QStringLiteral("box.mbox")));
    QVERIFY(box.open(QIODevice::WriteOnly));
    QVERIFY(box.write(mbox) == mbox.size());
    box.close();

    const Run run = runCli({ QStringLiteral("classify"), QStringLiteral("box.mbox") }, dir.path());
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 0);
    QStringList problems;
    const QList<QJsonObject> objects = parseLines(run.out, &problems);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    QCOMPARE(objects.size(), 3 * Rounds);
    for (int i = 0; i < objects.size(); i += 3) {
        QCOMPARE(objects.at(i).value(u"source").toString(), QStringLiteral("box.mbox#%1").arg(i + 1));
        QCOMPARE(objects.at(i + 1).value(u"source").toString(), QStringLiteral("box.mbox#%1").arg(i + 2));
        QCOMPARE(objects.at(i + 2).value(u"source").toString(), QStringLiteral("box.mbox#%1").arg(i + 3));
        QCOMPARE(objects.at(i).value(u"kind").toString(), QStringLiteral("delivery-failure"));
        QCOMPARE(strings(objects.at(i).value(u"recipients")),
            QStringList { QStringLiteral("bob.full@example.net") });
        QCOMPARE(objects.at(i + 1).value(u"kind").toString(), QStringLiteral("not-a-bounce"));
        QCOMPARE(strings(objects.at(i + 2).value(u"recipients")),
            QStringList { QStringLiteral("gone@example.org") });
    }
}

void ClassifyCommandTest::textFormat()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(prepareInput(dir));
    const QStringList sources = expectedSources(QStringLiteral("in/"));

    // The lines that speak of one message: from its name to the next blank line or name.
    const auto blockOf = [&sources](const QString& text, const QString& source) {
        const qsizetype start = text.indexOf(source);
        qsizetype end = text.indexOf(QStringLiteral("\n\n"), start);
        for (const QString& other : sources) {
            const qsizetype next = text.indexOf(other, start + source.size());
            if (other != source && next > start && (end < 0 || next < end))
                end = next;
        }
        return start < 0 ? QString() : text.mid(start, end < 0 ? -1 : end - start);
    };

    QString texts[2];
    for (const bool withSent : { false, true }) {
        QStringList arguments { QStringLiteral("classify"), QStringLiteral("--format"),
            QStringLiteral("text") };
        if (withSent)
            arguments << QStringLiteral("--sent") << casePath(QStringLiteral("sent"));
        arguments << QStringLiteral("in");
        const Run run = runCli(arguments, dir.path());
        QVERIFY(run.finished);
        QCOMPARE(run.exitCode, 0);
        const QString text = QString::fromUtf8(run.out);
        QVERIFY2(!text.contains(u'{'), qPrintable(text));
        for (const QString& source : sources)
            QVERIFY2(text.contains(source), qPrintable(source));
        QVERIFY2(text.contains(QString::number(sources.size())), qPrintable(text));
        // Each bounce says for whom delivery failed.
        QVERIFY(blockOf(text, QStringLiteral("in/failure-dsn-rfc822.eml"))
                    .contains(QStringLiteral("nobody@example.org")));
        QVERIFY(blockOf(text, QStringLiteral("in/failure-postfix.eml"))
                    .contains(QStringLiteral("bob.full@example.net")));
        texts[withSent ? 1 : 0] = text;
    }
    // With sent mail the forged and the genuine bounce are told apart: what is said about
    // them changes, and no longer alike.
    const QString forgedBefore = blockOf(texts[0], QStringLiteral("in/failure-dsn-rfc822.eml"));
    const QString forgedAfter = blockOf(texts[1], QStringLiteral("in/failure-dsn-rfc822.eml"));
    const QString genuineAfter = blockOf(texts[1], QStringLiteral("in/failure-postfix.eml"));
    QVERIFY2(forgedBefore != forgedAfter, qPrintable(forgedAfter));
    QVERIFY2(blockOf(texts[0], QStringLiteral("in/failure-postfix.eml")) != genuineAfter,
        qPrintable(genuineAfter));
    const auto advice = [](const QString& block) { return block.section(u'.', -2); };
    QVERIFY2(advice(forgedAfter) != advice(genuineAfter), qPrintable(forgedAfter + u'\n' + genuineAfter));
}

QTEST_GUILESS_MAIN(ClassifyCommandTest)
#include "ClassifyCommandTest.moc"
