// The one-pass phrase search the rule tables use: it must find exactly what a search for
// each phrase in turn finds, and report the best-ranked one.
#include "analysis/PhraseSet.h"

#include <QDirIterator>
#include <QFile>
#include <QTest>

using namespace Core::Analysis;

namespace {

// The way the rules searched before: each phrase in turn.
int lowestRankOneByOne(const QList<std::pair<QString, int>>& phrases, const QString& text)
{
    int best = -1;
    for (const auto& [phrase, rank] : phrases) {
        if (text.contains(phrase) && (best < 0 || rank < best))
            best = rank;
    }
    return best;
}

} // namespace

class PhraseSetTest : public QObject {
    Q_OBJECT

private slots:
    void lowestRank_data()
    {
        QTest::addColumn<QStringList>("phrases"); // ranked by position
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("expected");
        const QStringList rules { u"mailbox full"_qs, u"user unknown"_qs, u"unknown"_qs, u"#"_qs,
            u"grüße"_qs };
        QTest::newRow("none") << rules << u"delivered fine"_qs << -1;
        QTest::newRow("empty text") << rules << QString() << -1;
        QTest::newRow("at the start") << rules << u"mailbox full, sorry"_qs << 0;
        QTest::newRow("at the very end") << rules << u"sorry: user unknown"_qs << 1;
        QTest::newRow("better rank later in the text") << rules << u"unknown reason: mailbox full"_qs << 0;
        QTest::newRow("same first letters, only the longer one") << rules << u"mailbox fu"_qs << -1;
        QTest::newRow("one character") << rules << u"abc #"_qs << 3;
        QTest::newRow("not ASCII") << rules << u"viele grüße"_qs << 4;
        QTest::newRow("text shorter than the phrase") << rules << u"mail"_qs << -1;
        QTest::newRow("shared start, second phrase")
            << QStringList { u"user unknown"_qs, u"user quota"_qs } << u"the user quota is reached"_qs << 1;
    }

    void lowestRank()
    {
        QFETCH(QStringList, phrases);
        QFETCH(QString, text);
        QFETCH(int, expected);
        QList<PhraseSet::Phrase> ranked;
        for (qsizetype i = 0; i < phrases.size(); ++i)
            ranked.append({ phrases.at(i), int(i) });
        const PhraseSet set(ranked);
        QCOMPARE(set.lowestRankIn(text), expected);
        QCOMPARE(set.anyIn(text), expected >= 0);
    }

    // Every sample's text against word pairs taken from the samples themselves: the one
    // pass finds what the one-by-one search finds.
    void sameAsOneByOneOnEverySample()
    {
        QStringList texts;
        QDirIterator it(
            QStringLiteral(NEVERSENT_TEST_DATA "/corpus"), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile in(it.next());
            QVERIFY(in.open(QIODevice::ReadOnly));
            texts.append(QString::fromUtf8(in.readAll()).toLower());
        }
        QVERIFY(texts.size() > 600);
        // Phrases of 1 to 3 words from every 37th sample, so that many occur and many do not.
        QList<std::pair<QString, int>> phrases;
        for (qsizetype t = 0; t < texts.size(); t += 37) {
            const QStringList words = texts.at(t).split(u' ', Qt::SkipEmptyParts);
            for (qsizetype w = 0; w + 2 < words.size() && w < 300; w += 29)
                phrases.append({ words.mid(w, 1 + w % 3).join(u' '), int(phrases.size()) });
        }
        QList<PhraseSet::Phrase> ranked;
        for (const auto& [phrase, rank] : std::as_const(phrases))
            ranked.append({ phrase, rank });
        const PhraseSet set(ranked);
        QVERIFY(phrases.size() > 100);
        int found = 0;
        for (const QString& text : std::as_const(texts)) {
            const int expected = lowestRankOneByOne(phrases, text);
            QCOMPARE(set.lowestRankIn(text), expected);
            found += expected >= 0;
        }
        QVERIFY(found > 100);
    }
};

QTEST_GUILESS_MAIN(PhraseSetTest)
#include "PhraseSetTest.moc"
