// The analyzer's matches that skip PCRE2's check of a subject must find what
// QRegularExpression's own matches find, and leave every text with a surrogate to that
// check.
#include "analysis/PatternMatch.h"
#include "analysis/MailSystemRules.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

#include "CaseExpectations.h"

using namespace Core::Analysis;
using namespace Qt::StringLiterals;

namespace {

bool holdsNoSurrogateOneByOne(QStringView text)
{
    return std::none_of(text.begin(), text.end(), [](QChar c) { return c.isSurrogate(); });
}

QString describe(const QRegularExpressionMatch& match)
{
    if (!match.hasMatch())
        return u"no match"_s;
    QString described;
    for (int group = 0; group <= match.lastCapturedIndex(); ++group) {
        described += u"%1:%2-%3 '%4' "_s.arg(group)
                         .arg(match.capturedStart(group))
                         .arg(match.capturedEnd(group))
                         .arg(match.captured(group));
    }
    return described;
}

QString describeAll(QRegularExpressionMatchIterator matches)
{
    QString described;
    while (matches.hasNext())
        described += describe(matches.next()) + u'\n';
    return described;
}

// The analysis's own patterns: the recipient rules and the announcement of a copy.
QList<const QRegularExpression*> analysisPatterns()
{
    QList<const QRegularExpression*> patterns;
    for (const auto& rule : MailSystemRules::recipientRules())
        patterns.append(&rule.pattern);
    patterns.append(&MailSystemRules::originalMarkerPattern());
    return patterns;
}

} // namespace

class PatternMatchTest : public QObject {
    Q_OBJECT

private slots:
    void holdsNoSurrogate_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("expected");
        const QString ascii = u"Delivery to the following recipients failed: sam@example.org. "_s.repeated(3);
        QTest::newRow("empty") << QString() << true;
        QTest::newRow("ASCII, longer than a block") << ascii << true;
        QTest::newRow("the characters beside the surrogates")
            << (ascii + QChar(0xd7ff) + QChar(0xe000) + QChar(0xffff)) << true;
        QTest::newRow("accented and Japanese") << u"Empf\u00e4nger unbekannt \u5143\u306e"_s << true;
        // A surrogate at each kind of place: in the first block, at a block's edges, in
        // the tail after the last whole block.
        const QString plain = ascii.repeated(2).left(191);
        for (const qsizetype at : { 0, 5, 31, 32, 33, 63, 64, 150, 190 }) {
            QString high = plain;
            high[at] = QChar(0xd83d);
            QTest::addRow("a lone high surrogate at %lld", qlonglong(at)) << high << false;
            QString low = plain;
            low[at] = QChar(0xdc00);
            QTest::addRow("a lone low surrogate at %lld", qlonglong(at)) << low << false;
        }
        QTest::newRow("a pair: valid, but left to PCRE2") << (ascii + u"\U0001F600"_s) << false;
        QTest::newRow("short, with a surrogate") << QString(QChar(0xdfff)) << false;
    }

    void holdsNoSurrogate()
    {
        QFETCH(QString, text);
        QFETCH(bool, expected);
        QCOMPARE(holdsNoSurrogateOneByOne(text), expected);
        QCOMPARE(PatternMatch::holdsNoSurrogate(text), expected);
    }

    // Texts with and without surrogates, valid and not: the same matches as Qt's, and no
    // crash where a lone surrogate makes the subject invalid.
    void sameAsQt_data()
    {
        QTest::addColumn<QString>("subject");
        QTest::newRow("a recipient line") << u"  <sam@example.org>: user unknown\n"_s;
        QTest::newRow("an announcement") << u"----- This is a copy of the message -----\n"_s;
        QTest::newRow("an address beyond the BMP") << u"To: \U0001F600@example.org\n"_s;
        QTest::newRow("a lone high surrogate before an address")
            << (QString(QChar(0xd800)) + u" sam@example.org\n"_s);
        QTest::newRow("a lone low surrogate in an address") << (u"sa"_s + QChar(0xdc01) + u"m@example.org"_s);
        QTest::newRow("a pair the wrong way round")
            << (u"Original message "_s + QChar(0xdc00) + QChar(0xd800) + u"\nrcpt to: <a@b.example>"_s);
    }

    void sameAsQt()
    {
        QFETCH(QString, subject);
        for (const QRegularExpression* pattern : analysisPatterns()) {
            QCOMPARE(describe(PatternMatch::first(*pattern, subject)), describe(pattern->match(subject)));
            QCOMPARE(describe(PatternMatch::first(*pattern, QStringView(subject))),
                describe(pattern->match(QStringView(subject))));
            QCOMPARE(
                describe(PatternMatch::first(*pattern, subject, 3)), describe(pattern->match(subject, 3)));
            QCOMPARE(describeAll(PatternMatch::all(*pattern, subject)),
                describeAll(pattern->globalMatch(subject)));
        }
    }

    void sameAsQtOnEverySample()
    {
        int samples = 0;
        for (const QString& file : CaseExpectations::sampleFiles()) {
            QFile in(file);
            QVERIFY2(in.open(QIODevice::ReadOnly), qPrintable(file));
            const QString text = QString::fromUtf8(in.readAll());
            for (const QRegularExpression* pattern : analysisPatterns()) {
                QVERIFY2(
                    describeAll(PatternMatch::all(*pattern, text)) == describeAll(pattern->globalMatch(text)),
                    qPrintable(file + u' ' + pattern->pattern().left(40)));
            }
            ++samples;
        }
        QVERIFY(samples > 700);
    }

    // Made-up texts of addresses, announcements and surrogates, lone and paired.
    void sameAsQtOnMadeUpText()
    {
        const QStringList pieces { u"sam@example.org"_s, u"<"_s, u">"_s, u" "_s, u"\n"_s, u"rcpt to:"_s,
            u"-----"_s, u"original message"_s, u"\u00e4"_s, u"\U0001F600"_s, QString(QChar(0xd800)),
            QString(QChar(0xdc00)), u"550 5.1.1"_s, u"user unknown"_s };
        QRandomGenerator random(20261207);
        const QList<const QRegularExpression*> patterns = analysisPatterns();
        for (int round = 0; round < 2000; ++round) {
            QString text;
            const int length = int(random.bounded(1, 40));
            for (int i = 0; i < length; ++i)
                text += pieces.at(int(random.bounded(qsizetype(pieces.size()))));
            QCOMPARE(PatternMatch::holdsNoSurrogate(text), holdsNoSurrogateOneByOne(text));
            const QRegularExpression& pattern = *patterns.at(int(random.bounded(qsizetype(patterns.size()))));
            const QString ours = describeAll(PatternMatch::all(pattern, text));
            const QString qts = describeAll(pattern.globalMatch(text));
            QVERIFY2(ours == qts, qPrintable(text));
        }
    }
};

QTEST_GUILESS_MAIN(PatternMatchTest)
#include "PatternMatchTest.moc"
