#pragma once

#include <QByteArray>
#include <QLatin1StringView>
#include <QStringList>
#include <QStringView>
#include <QVarLengthArray>

namespace Core::Cli {

// One JSON object written straight to bytes, exactly as QJsonDocument writes it compact:
// keys in sorted order, strings as UTF-8 with the same escapes. Building a QJsonObject and
// writing it out was most of the time of making a scan's lines.
class JsonObjectWriter {
public:
    void insert(QLatin1StringView key, QStringView text);
    // An empty text is null.
    void insertTextOrNull(QLatin1StringView key, QStringView text);
    void insert(QLatin1StringView key, qint64 number);
    void insert(QLatin1StringView key, const QStringList& texts);
    void insert(QLatin1StringView key, const JsonObjectWriter& object);
    void insertNull(QLatin1StringView key);

    QByteArray toJson() const;
    // The object and a newline: one line of JSON Lines.
    QByteArray toJsonLine() const;

private:
    struct Member {
        QLatin1StringView key;
        qsizetype begin = 0; // of its value in m_values
        qsizetype end = 0;
    };
    void append(QLatin1StringView key, qsizetype valueBegin);
    void appendText(QStringView text);

    QVarLengthArray<Member, 16> m_members;
    QByteArray m_values;
};

} // namespace Core::Cli
