// The analyzer's lower-casing must give what QString::toLower() gives, ASCII or not.
#include "analysis/LowerCase.h"

#include <QFile>
#include <QTest>

#include "CaseExpectations.h"

using namespace Core::Analysis;

class LowerCaseTest : public QObject {
    Q_OBJECT

private slots:
    void sameAsToLower_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("lower");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("ASCII") << QStringLiteral("550 5.1.1 <Sam@Example.COM>: User Unknown")
                               << QStringLiteral("550 5.1.1 <sam@example.com>: user unknown");
        QTest::newRow("the neighbours of A and Z")
            << QStringLiteral("@AZ[`az{") << QStringLiteral("@az[`az{");
        QTest::newRow("accented, after ASCII")
            << QStringLiteral("Mailbox UNAVAILABLE: DESTINATAIRE INCONNU \u00c9T\u00c9")
            << QStringLiteral("mailbox unavailable: destinataire inconnu \u00e9t\u00e9");
        QTest::newRow("Greek and Cyrillic") << QStringLiteral("\u0391\u0392\u0393 \u0410\u0411\u0412")
                                            << QStringLiteral("\u03b1\u03b2\u03b3 \u0430\u0431\u0432");
        QTest::newRow("a character outside the BMP")
            << QStringLiteral("A\U00010400B") << QStringLiteral("a\U00010428b");
        QTest::newRow("a lone surrogate")
            << QString(QChar(0xd800)) + QStringLiteral("AB") << QString(QChar(0xd800)) + QStringLiteral("ab");
        QTest::newRow("lower-case already")
            << QStringLiteral("user unknown") << QStringLiteral("user unknown");
        QTest::newRow("lower-case, then accented capitals")
            << QStringLiteral("destinataire \u00c9T\u00c9") << QStringLiteral("destinataire \u00e9t\u00e9");
        QTest::newRow("accented first")
            << QStringLiteral("\u00c9t\u00e9 ABC") << QStringLiteral("\u00e9t\u00e9 abc");
    }

    // A text with nothing to lower is its own result, not a copy.
    void sharesWhatHasNothingToLower()
    {
        const QString lower = QStringLiteral("mailbox full") + QString::number(42);
        QVERIFY(LowerCase::of(lower).isSharedWith(lower));
        const QString mixed = QStringLiteral("Mailbox full") + QString::number(42);
        QVERIFY(!LowerCase::of(mixed).isSharedWith(mixed));
    }

    void sameAsToLower()
    {
        QFETCH(QString, text);
        QFETCH(QString, lower);
        QCOMPARE(text.toLower(), lower);
        QCOMPARE(LowerCase::of(text), lower);
    }

    void sameAsToLowerOnEverySample()
    {
        int samples = 0;
        for (const QString& file : CaseExpectations::sampleFiles()) {
            QFile in(file);
            QVERIFY2(in.open(QIODevice::ReadOnly), qPrintable(file));
            const QString text = QString::fromUtf8(in.readAll());
            QVERIFY2(LowerCase::of(text) == text.toLower(), qPrintable(file));
            ++samples;
        }
        QVERIFY(samples > 700);
    }
};

QTEST_GUILESS_MAIN(LowerCaseTest)
#include "LowerCaseTest.moc"
