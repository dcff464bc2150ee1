// Where a plain-text bounce announces the copy of the original: a decorated line that
// holds one of the phrases anywhere, or a line that is nothing but the announcement; a
// sentence that merely contains a phrase is part of the notice.
#include "analysis/MailSystemRules.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTest>

#include "CaseExpectations.h"

using namespace Core::Analysis;

namespace {

// The reference: the pattern over the whole text, without picking the lines first or
// stopping at the first announcement. Where it finds one, originalMarker must say the same
// place; where it finds none, originalMarker falls back to the quoted header block.
void compareWithThePatternAlone(const QString& text)
{
    const QRegularExpressionMatch expected = MailSystemRules::originalMarkerPattern().match(text);
    qsizetype headerStart = 0;
    const qsizetype marker = MailSystemRules::originalMarker(text, &headerStart);
    if (expected.hasMatch())
        QCOMPARE(marker, expected.capturedStart());
    else
        QCOMPARE(marker, headerStart);
}

} // namespace

class OriginalMarkerTest : public QObject {
    Q_OBJECT

private slots:
    void findsTheAnnouncement_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("markerLine"); // the line the copy starts at, or empty for none
        const QString notice = QStringLiteral("Delivery to the following recipient failed:\n  a@b.example\n");
        const auto row = [&notice](const char* name, const char* line, bool marks) {
            const QString announcement = QString::fromUtf8(line);
            QTest::newRow(name) << notice + announcement + QStringLiteral("\nbody of the original\n")
                                << (marks ? announcement : QString());
        };
        row("decorated, Exim", "------ This is a copy of the message, including all the headers. ------",
            true);
        row("decorated, phrase last", "--- Below this line is a copy of the message.", true);
        row("decorated with >", ">> original message", true);
        row("plain announcement", "Original message follows:", true);
        row("plain, any case, with blanks and dashes", "  ORIGINAL MESSAGE  :  ----", true);
        row("plain, 'was'", "The original message was", true);
        row("plain, another language", "Ursprüngliche Nachricht:", true);
        row("a sentence that contains a phrase", "The original message was received at Mon, 1 Jan 2026",
            false);
        row("a phrase after other words", "See the returned message below for details.", false);
        row("one decoration character is not a decoration", "- original message and more words", false);
        row("decorated, without a phrase", "------ end of the notice ------", false);
    }

    void findsTheAnnouncement()
    {
        QFETCH(QString, text);
        QFETCH(QString, markerLine);
        qsizetype headerStart = 0;
        const qsizetype marker = MailSystemRules::originalMarker(text, &headerStart);
        if (markerLine.isEmpty()) {
            QCOMPARE(marker, qsizetype(-1));
            return;
        }
        QCOMPARE(marker, text.indexOf(markerLine));
    }

    void findsWhatThePatternAloneFinds_data()
    {
        QTest::addColumn<QString>("file");
        for (const QString& file : CaseExpectations::sampleFiles(true))
            QTest::newRow(qPrintable(file.section(u'/', -2))) << file;
    }

    // Every sample, read whole as text (headers, parts and all).
    void findsWhatThePatternAloneFinds()
    {
        QFETCH(QString, file);
        QFile in(file);
        QVERIFY(in.open(QIODevice::ReadOnly));
        compareWithThePatternAlone(QString::fromUtf8(in.readAll()).replace(u"\r\n"_qs, u"\n"_qs));
    }

    // Made-up lines of phrases in every case, decorations, blanks, endings and words around
    // them, several announcements in one text among them.
    void findsWhatThePatternAloneFindsInMadeUpText()
    {
        QStringList pieces = MailSystemRules::originalMarkerPhrases();
        for (const QString& phrase : MailSystemRules::originalMarkerPhrases())
            pieces.append(phrase.toUpper());
        pieces += { u"--"_qs, u"=="_qs, u">>"_qs, u"-"_qs, u" "_qs, u"\t"_qs, u":"_qs, u"."_qs,
            u" follows"_qs, u" below"_qs, u" was"_qs, u"\n"_qs, u"\n"_qs, u"the"_qs, u"mail"_qs, u"s"_qs,
            QString(QChar(0x017f)), QString(QChar(0x212a)), u"\u00dc"_qs, u"\r"_qs, u"\u2028"_qs,
            QString(QChar(0x0130)), u" is following"_qs, u"*"_qs, u"#|"_qs, u"\U0001F600"_qs };
        QRandomGenerator random(20261207);
        for (int round = 0; round < 5000; ++round) {
            QString text = u"Delivery failed.\n"_qs;
            const int length = int(random.bounded(1, 14));
            for (int i = 0; i < length; ++i)
                text += pieces.at(int(random.bounded(qsizetype(pieces.size()))));
            text += u"\nReceived: from a.example\nSubject: x\n"_qs;
            compareWithThePatternAlone(text);
            if (QTest::currentTestFailed()) {
                qWarning() << text;
                return;
            }
        }
    }
};

QTEST_GUILESS_MAIN(OriginalMarkerTest)
#include "OriginalMarkerTest.moc"
