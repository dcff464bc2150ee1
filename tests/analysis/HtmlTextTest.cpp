// The text of an HTML notice: the analyzer's own reading must give exactly what the three
// regular expressions it replaced gave, which this test keeps as the reference.
#include "analysis/HtmlText.h"
#include "analysis/MessageSanitizer.h"

#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

#include "CaseExpectations.h"

using namespace Core::Analysis;

namespace {

QString byPatterns(const QString& html)
{
    static const QRegularExpression hidden(QStringLiteral(R"(<(style|script|head)\b.*?</\1\s*>)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression breaks(
        QStringLiteral(R"(<\s*(?:br|/p|/div|/tr|/li|/h\d|p|div|tr|li)\b[^>]*>)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression tags(QStringLiteral(R"(<[^>]*>)"));
    QString text = html;
    text.remove(hidden);
    text.replace(breaks, QStringLiteral("\n"));
    text.remove(tags);
    text.replace(QStringLiteral("&nbsp;"), QStringLiteral(" "));
    text.replace(QStringLiteral("&lt;"), QStringLiteral("<"));
    text.replace(QStringLiteral("&gt;"), QStringLiteral(">"));
    text.replace(QStringLiteral("&quot;"), QStringLiteral("\""));
    text.replace(QStringLiteral("&#39;"), QStringLiteral("'"));
    text.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    return text;
}

} // namespace

class HtmlTextTest : public QObject {
    Q_OBJECT

private slots:
    void sameAsThePatterns_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("text");
        const auto row = [](const char* name, const char* html, const char* text) {
            QTest::newRow(name) << QString::fromUtf8(html) << QString::fromUtf8(text);
        };
        row("a notice",
            "<html><head><title>x</title></head><body><p>Delivery has failed "
            "to:<br>a@b.example</p></body></html>",
            "\nDelivery has failed to:\na@b.example\n");
        row("style and script, any case", "a<STYLE type=x>p{}</style >b<script>1<2</SCRIPT>c", "abc");
        row("a hidden element without its end stays, less its tags", "a<style>b", "ab");
        row("the first end of the same name ends it", "<head>x</header></head>y</head>z", "yz");
        row("a longer name is no hidden element", "<styles>a</styles>", "a");
        row("the long s is an s to a caseless match", "a<\u017ftyle>b</STYLE>c", "ac");
        row("line breaks", "a<br/>b< p class=x>c</P>d</h2>e<h2>f</h12>g<li>h<tr >i", "a\nb\nc\nd\nefg\nh\ni");
        row("not line breaks", "<pre>a</pre><bra>b</div2>c", "abc");
        row("a tag without its end stays", "a<b>c<d", "ac<d");
        row("a tag runs to the first >", "a<b<c>d>e", "ad>e");
        row("a line break without its end", "a<br", "a<br");
        row("blanks of every kind after <", "a<\t\r\n\v\fbr>b", "a\nb");
        row("entities", "&lt;a@b&gt; &amp;lt; &quot;x&quot; &#39;y&#39;&nbsp;z", "<a@b> &lt; \"x\" 'y' z");
        row("no tags", "plain text", "plain text");
        row("empty", "", "");
    }

    void sameAsThePatterns()
    {
        QFETCH(QString, html);
        QFETCH(QString, text);
        QCOMPARE(byPatterns(html), text);
        QCOMPARE(HtmlText::toText(html), text);
    }

    // Every sample read as HTML, whatever it is.
    void sameAsThePatternsOnEverySample()
    {
        int samples = 0;
        for (const QString& file : CaseExpectations::sampleFiles()) {
            QFile in(file);
            QVERIFY2(in.open(QIODevice::ReadOnly), qPrintable(file));
            const QString html = QString::fromUtf8(in.readAll());
            QVERIFY2(HtmlText::toText(html) == byPatterns(html), qPrintable(file));
            ++samples;
        }
        QVERIFY(samples > 700);
    }

    // Made-up markup from the pieces that matter, in every order.
    void sameAsThePatternsOnMadeUpMarkup()
    {
        const QStringList pieces { QStringLiteral("<"), QStringLiteral(">"), QStringLiteral("</"),
            QStringLiteral("style"), QStringLiteral("SCRIPT"), QStringLiteral("head"), QStringLiteral("br"),
            QStringLiteral("/p"), QStringLiteral("p"), QStringLiteral("/h3"), QStringLiteral("li"),
            QStringLiteral("x"), QStringLiteral(" "), QStringLiteral("\n"), QStringLiteral("1"),
            QStringLiteral("_"), QStringLiteral("&amp;"), QStringLiteral("&lt;"), QStringLiteral("\u017f"),
            QStringLiteral("\u00e9") };
        QRandomGenerator random(20261206);
        for (int round = 0; round < 20000; ++round) {
            QString html;
            const int length = int(random.bounded(1, 24));
            for (int i = 0; i < length; ++i)
                html += pieces.at(int(random.bounded(qsizetype(pieces.size()))));
            QVERIFY2(HtmlText::toText(html) == byPatterns(html), qPrintable(html));
        }
    }
};

QTEST_GUILESS_MAIN(HtmlTextTest)
#include "HtmlTextTest.moc"
