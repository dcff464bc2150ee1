#include "cli/JsonObjectWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

// The writer must give the very bytes QJsonDocument gives for the same object: the CLI's
// lines did not change when it replaced QJsonObject, and must not.

using Core::Cli::JsonObjectWriter;

namespace {

QByteArray qtJson(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

class JsonObjectWriterTest : public QObject {
    Q_OBJECT

private slots:
    void textsAreEscapedAsQtEscapesThem_data()
    {
        QTest::addColumn<QString>("text");
        for (char16_t unit = 0; unit < 0x80; ++unit)
            QTest::addRow("U+%04X", unsigned(unit)) << QString(QChar(unit));
        QTest::newRow("empty") << QString();
        QTest::newRow("quotes and backslashes") << QStringLiteral("say \"\\\\hi\\\" \"");
        QTest::newRow("latin") << QStringLiteral("Zürich, Montréal, ½");
        QTest::newRow("three-byte") << QStringLiteral("€ 邮件 ✉");
        QTest::newRow("surrogate pair") << QStringLiteral("📧 and 𝔘");
        QTest::newRow("lone high surrogate") << (QStringLiteral("a") + QChar(0xd83d) + QStringLiteral("b"));
        QTest::newRow("lone low surrogate") << (QStringLiteral("a") + QChar(0xdce7) + QStringLiteral("b"));
        QTest::newRow("high surrogate at the end") << (QStringLiteral("a") + QChar(0xd83d));
        QTest::newRow("swapped pair") << (QString(QChar(0xdce7)) + QChar(0xd83d));
        QTest::newRow("line separator and BOM") << (QString(QChar(0x2028)) + QChar(0xfeff) + QChar(0xfffd));
        QTest::newRow("mixed controls") << QStringLiteral("550\t5.1.1\r\n<user@example.org>\x01\x1f\x7f");
    }

    void textsAreEscapedAsQtEscapesThem()
    {
        QFETCH(QString, text);
        JsonObjectWriter object;
        object.insert(QLatin1StringView("text"), text);
        object.insert(QLatin1StringView("list"), QStringList { text, text });
        QCOMPARE(object.toJson(),
            qtJson(
                { { QStringLiteral("text"), text }, { QStringLiteral("list"), QJsonArray { text, text } } }));
    }

    void membersOfEveryKindInSortedOrder()
    {
        JsonObjectWriter inner;
        inner.insertTextOrNull(QLatin1StringView("subject"), QStringLiteral("Hello"));
        inner.insertTextOrNull(QLatin1StringView("from"), QString());
        inner.insert(QLatin1StringView("to"), QStringList());
        JsonObjectWriter object;
        object.insert(QLatin1StringView("uid"), qint64(4711));
        object.insert(QLatin1StringView("big"), qint64(1) << 40);
        object.insert(QLatin1StringView("zero"), qint64(0));
        object.insertNull(QLatin1StringView("status"));
        object.insert(QLatin1StringView("original"), inner);
        object.insert(QLatin1StringView("kind"), QStringLiteral("first"));
        object.insert(QLatin1StringView("kind"), QStringLiteral("delivery-failure")); // the last value counts
        object.insert(QLatin1StringView("recipients"),
            QStringList { QStringLiteral("a@example.org"), QStringLiteral("b@example.org") });
        object.insertTextOrNull(QLatin1StringView("diagnostic"), QStringLiteral("550 no such user"));

        const QJsonObject expected {
            { QStringLiteral("uid"), qint64(4711) },
            { QStringLiteral("big"), qint64(1) << 40 },
            { QStringLiteral("zero"), qint64(0) },
            { QStringLiteral("status"), QJsonValue(QJsonValue::Null) },
            { QStringLiteral("original"),
                QJsonObject { { QStringLiteral("subject"), QStringLiteral("Hello") },
                    { QStringLiteral("from"), QJsonValue(QJsonValue::Null) },
                    { QStringLiteral("to"), QJsonArray() } } },
            { QStringLiteral("kind"), QStringLiteral("delivery-failure") },
            { QStringLiteral("recipients"),
                QJsonArray { QStringLiteral("a@example.org"), QStringLiteral("b@example.org") } },
            { QStringLiteral("diagnostic"), QStringLiteral("550 no such user") },
        };
        QCOMPARE(object.toJson(), qtJson(expected));
        QCOMPARE(object.toJsonLine(), qtJson(expected) + '\n');
        QCOMPARE(JsonObjectWriter().toJson(), QByteArray("{}"));
    }
};

QTEST_GUILESS_MAIN(JsonObjectWriterTest)
#include "JsonObjectWriterTest.moc"
