// Where a plain-text bounce announces the copy of the original: a decorated line that
// holds one of the phrases anywhere, or a line that is nothing but the announcement; a
// sentence that merely contains a phrase is part of the notice.
#include "analysis/MailSystemRules.h"

#include <QTest>

using namespace Core::Analysis;

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
};

QTEST_GUILESS_MAIN(OriginalMarkerTest)
#include "OriginalMarkerTest.moc"
