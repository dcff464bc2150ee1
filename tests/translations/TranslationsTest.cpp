// Every language the program ships is complete: each string of the sources has a finished
// translation in each .ts file (English: its plural forms), with the same placeholders as
// the English text, and no translation is left over from strings that are gone.
#include <QDir>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message {
    QString context;
    QString source;
    bool numerus = false;
    QString type; // "unfinished", "vanished", "obsolete" or empty when finished
    QStringList translations; // one, or one per plural form
};

QString keyOf(const Message& message)
{
    return message.context + u'\x1f' + message.source;
}

bool readTs(const QString& path, QList<Message>* messages, QString* language, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return false;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        // A numerus message is complete at the end of its translation, after its forms.
        if (xml.isEndElement() && message.numerus && xml.name() == QLatin1String("translation"))
            messages->append(message);
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("TS")) {
            *language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            message = Message();
            message.context = context;
            message.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!message.numerus) {
                message.translations = { xml.readElementText() };
                messages->append(message);
            }
        } else if (name == QLatin1String("numerusform")) {
            message.translations.append(xml.readElementText());
        }
    }
    if (xml.hasError()) {
        *error = xml.errorString();
        return false;
    }
    return true;
}

QStringList placeholders(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("%(L?n|L?[1-9])"));
    QStringList result;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        result.append(it.next().captured(0).remove(u'L'));
    result.sort();
    result.removeDuplicates();
    return result;
}

// Plural forms per language, as Qt counts them.
int pluralForms(const QString& language)
{
    static const QHash<QString, int> forms
        = { { QStringLiteral("en"), 2 }, { QStringLiteral("de"), 2 }, { QStringLiteral("fr"), 2 },
              { QStringLiteral("es"), 2 }, { QStringLiteral("it"), 2 }, { QStringLiteral("nl"), 2 } };
    return forms.value(language.section(u'_', 0, 0), -1);
}

} // namespace

class TranslationsTest : public QObject {
    Q_OBJECT

private:
    QList<Message> m_sources;

private slots:
    void initTestCase()
    {
        // What the sources ask for today, read by lupdate the way the build reads them.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString ts = dir.filePath(QStringLiteral("sources.ts"));
        QProcess lupdate;
        lupdate.setWorkingDirectory(QStringLiteral(NEVERSENT_SOURCE_DIR));
        lupdate.start(QStringLiteral(NEVERSENT_LUPDATE),
            { QStringLiteral("-silent"), QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                QStringLiteral("none"), QStringLiteral("-I"), QStringLiteral("core"), QStringLiteral("-I"),
                QStringLiteral("ui"), QStringLiteral("core"), QStringLiteral("ui"), QStringLiteral("app"),
                QStringLiteral("-ts"), ts });
        QVERIFY(lupdate.waitForFinished(120000));
        QCOMPARE(lupdate.exitCode(), 0);
        QString language;
        QString error;
        QVERIFY2(readTs(ts, &m_sources, &language, &error), qPrintable(error));
        QVERIFY(m_sources.size() > 100);
    }

    void shipsTheLanguagesOfItsUsers()
    {
        const QDir translations(QStringLiteral(NEVERSENT_SOURCE_DIR "/translations"));
        QStringList languages;
        for (const QString& file : translations.entryList({ QStringLiteral("neversent_*.ts") }, QDir::Files))
            languages.append(file.section(u'_', 1).section(u'.', 0, 0));
        for (const char* language : { "de", "en", "es", "fr", "it", "nl" })
            QVERIFY2(languages.contains(QLatin1String(language)), language);
    }

    void everyLanguageIsComplete_data()
    {
        QTest::addColumn<QString>("path");
        const QDir translations(QStringLiteral(NEVERSENT_SOURCE_DIR "/translations"));
        const QStringList files = translations.entryList({ QStringLiteral("neversent_*.ts") }, QDir::Files);
        for (const QString& file : files)
            QTest::newRow(qPrintable(file)) << translations.filePath(file);
    }

    void everyLanguageIsComplete()
    {
        QFETCH(QString, path);
        QList<Message> messages;
        QString language;
        QString error;
        QVERIFY2(readTs(path, &messages, &language, &error), qPrintable(error));
        const int pluralCount = pluralForms(language);
        QVERIFY2(pluralCount > 0, qPrintable(QStringLiteral("unknown language %1").arg(language)));
        // English is the source language: only its plural forms are translated.
        const bool pluralsOnly = language.startsWith(QLatin1String("en"));

        QHash<QString, Message> byKey;
        for (const Message& message : std::as_const(messages))
            byKey.insert(keyOf(message), message);
        QStringList problems;
        for (const Message& wanted : std::as_const(m_sources)) {
            if (pluralsOnly && !wanted.numerus)
                continue;
            const auto found = byKey.constFind(keyOf(wanted));
            if (found == byKey.constEnd()) {
                problems.append(QStringLiteral("missing: %1 \"%2\"").arg(wanted.context, wanted.source));
                continue;
            }
            const QStringList& translations = found->translations;
            if (!found->type.isEmpty() || translations.isEmpty()
                || std::any_of(translations.cbegin(), translations.cend(),
                    [](const QString& text) { return text.trimmed().isEmpty(); })) {
                problems.append(QStringLiteral("unfinished: %1 \"%2\"").arg(wanted.context, wanted.source));
                continue;
            }
            if (found->numerus && translations.size() != pluralCount)
                problems.append(QStringLiteral("%1 plural forms instead of %2: \"%3\"")
                                    .arg(translations.size())
                                    .arg(pluralCount)
                                    .arg(wanted.source));
            for (const QString& text : translations) {
                QStringList expected = placeholders(wanted.source);
                QStringList got = placeholders(text);
                // A singular form may say "one" instead of %n.
                if (found->numerus && translations.size() > 1 && &text == &translations.first()) {
                    expected.removeAll(QStringLiteral("%n"));
                    got.removeAll(QStringLiteral("%n"));
                }
                if (expected != got)
                    problems.append(QStringLiteral("placeholders %1 instead of %2: \"%3\"")
                                        .arg(got.join(u' '), expected.join(u' '), text));
            }
        }
        QSet<QString> wantedKeys;
        for (const Message& wanted : std::as_const(m_sources))
            wantedKeys.insert(keyOf(wanted));
        for (const Message& message : std::as_const(messages)) {
            if (!wantedKeys.contains(keyOf(message)))
                problems.append(QStringLiteral("left over: %1 \"%2\"").arg(message.context, message.source));
        }
        if (!problems.isEmpty())
            qWarning().noquote() << problems.mid(0, 40).join(u'\n');
        QVERIFY2(problems.isEmpty(),
            qPrintable(QStringLiteral("%1: %2 problem(s); run the update_translations target and translate")
                           .arg(language)
                           .arg(problems.size())));
    }
};

QTEST_GUILESS_MAIN(TranslationsTest)
#include "TranslationsTest.moc"
