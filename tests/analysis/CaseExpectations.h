#pragma once

// What the analyzer tests share: reading a hand-written case and the little language of
// their expectation tables.
#include "analysis/BounceReport.h"

#include <QByteArray>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QString>
#include <QTest>

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

// A "file" column and one row per hand-written case (*.eml) in folder, named after it.
inline void addCaseFileRows(const QString& folder)
{
    QTest::addColumn<QString>("file");
    for (const QString& file : QDir(folder).entryList({ QStringLiteral("*.eml") }, QDir::Files, QDir::Name))
        QTest::newRow(qPrintable(file)) << file;
}

// Every sample message below the corpus and the hand-written cases (and the demo mailbox
// when asked), sorted; the labels and notes beside them left out.
inline QStringList sampleFiles(bool withDemoMailbox = false)
{
    QStringList roots { QStringLiteral(NEVERSENT_TEST_DATA "/corpus"),
        QStringLiteral(NEVERSENT_TEST_DATA "/cases") };
    if (withDemoMailbox)
        roots.append(QStringLiteral(NEVERSENT_DEMO_MAILBOX));
    QStringList files;
    for (const QString& root : std::as_const(roots)) {
        QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            if (!file.endsWith(u".jsonl") && !file.endsWith(u".md") && !file.endsWith(u".json"))
                files.append(file);
        }
    }
    files.sort();
    return files;
}

// What two readings of one message must agree on, whatever its line ends.
inline void compareReadings(
    const Core::Analysis::BounceReport& actual, const Core::Analysis::BounceReport& expected)
{
    using namespace Core::Analysis;
    QCOMPARE(kindName(actual.kind), kindName(expected.kind));
    QCOMPARE(actual.recipients, expected.recipients);
    QCOMPARE(actual.status, expected.status);
    QCOMPARE(reasonName(actual.reason), reasonName(expected.reason));
    QCOMPARE(actual.original.messageId, expected.original.messageId);
    QCOMPARE(actual.original.subject, expected.original.subject);
    QCOMPARE(actual.subject, expected.subject);
}

} // namespace CaseExpectations
