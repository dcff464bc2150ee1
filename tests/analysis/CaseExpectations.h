#pragma once

// What the analyzer tests share: reading a hand-written case and the little language of
// their expectation tables.
#include <QByteArray>
#include <QFile>
#include <QString>

namespace CaseExpectations {

// In an expectation table: "*" leaves a value unchecked, "~text" asks that the value
// contains text (case-insensitive), anything else must match exactly ("" = empty).
inline const QString Unchecked = QStringLiteral("*");

inline QByteArray readCase(const QString& folder, const QString& file)
{
    QFile message(folder + u'/' + file);
    if (!message.open(QIODevice::ReadOnly))
        return {};
    return message.readAll();
}

inline bool matches(const QString& actual, const QString& expected)
{
    if (expected == Unchecked)
        return true;
    if (expected.startsWith(u'~'))
        return actual.contains(expected.mid(1), Qt::CaseInsensitive);
    return actual == expected;
}

} // namespace CaseExpectations
