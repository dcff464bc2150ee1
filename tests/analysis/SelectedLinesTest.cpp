// The lines a pattern runs over instead of a whole notice, and where its matches lie in
// the notice: a wrong position would pick the wrong recipient or cut the notice wrongly.
#include "analysis/SelectedLines.h"

#include <QRegularExpression>
#include <QTest>

using Core::Analysis::SelectedLines;

class SelectedLinesTest : public QObject {
    Q_OBJECT

private slots:
    void sameMatchesAsInTheWholeText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("lines between")
            << QStringLiteral("Hello\nTo: a@example.org\nnothing\n  b@example.net  \nend");
        QTest::newRow("CRLF lines") << QStringLiteral("x\r\n<c@example.org>: no\r\ny\r\n");
        QTest::newRow("last line without a line end") << QStringLiteral("first\nlast d@example.org");
        QTest::newRow("two on a line") << QStringLiteral("e@example.org, f@example.org\n");
        QTest::newRow("none") << QStringLiteral("no address\nhere\n");
        QTest::newRow("empty") << QString();
    }

    void sameMatchesAsInTheWholeText()
    {
        QFETCH(QString, text);
        static const QRegularExpression address(
            QStringLiteral(R"(^[^\n]*?(\S+@\S+?)[,>]?[ \t]*(?::|,|$))"), QRegularExpression::MultilineOption);
        const SelectedLines lines(text, [](QStringView line) { return line.contains(u'@'); });
        QList<QPair<qsizetype, QString>> inWhole;
        for (auto it = address.globalMatch(text); it.hasNext();) {
            const auto match = it.next();
            inWhole.append({ match.capturedStart(1), match.captured(1) });
        }
        QList<QPair<qsizetype, QString>> inSelected;
        for (auto it = address.globalMatch(lines.text()); it.hasNext();) {
            const auto match = it.next();
            inSelected.append({ lines.originalPosition(match.capturedStart(1)), match.captured(1) });
        }
        QCOMPARE(inSelected, inWhole);
        for (const auto& [position, found] : std::as_const(inSelected))
            QCOMPARE(text.mid(position, found.size()), found);
    }

    void keepsOnlyTheChosenLines()
    {
        const SelectedLines lines(
            QStringLiteral("a\nbb\nab\n\nb"), [](QStringView line) { return line.contains(u'b'); });
        QCOMPARE(lines.text(), QStringLiteral("bb\nab\nb\n"));
        QCOMPARE(lines.originalPosition(0), 2);
        QCOMPARE(lines.originalPosition(4), 6);
        QCOMPARE(lines.originalPosition(6), 9);
    }
};

QTEST_GUILESS_MAIN(SelectedLinesTest)
#include "SelectedLinesTest.moc"
