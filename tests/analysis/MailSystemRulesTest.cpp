// The rules' quick forms must say what their plain forms say: mentionsAny what asking
// every signal would, isSystemSender what it said when it copied the local part and took
// the separators out before comparing.
#include "analysis/MailSystemRules.h"
#include "analysis/LowerCase.h"
#include "analysis/MimeHeader.h"
#include "analysis/VmimeRuntime.h"

#include <QFile>
#include <QTest>

#include "CaseExpectations.h"

using namespace Core::Analysis;

namespace {

bool mentionsOneByOne(const QString& lowerText)
{
    using Signal = MailSystemRules::Signal;
    for (const Signal signal :
        { Signal::FailureSubject, Signal::DelaySubject, Signal::AutoReplySubject, Signal::FailureText,
            Signal::DelayText, Signal::ChallengeText, Signal::VirusText, Signal::FeedbackSubject }) {
        if (MailSystemRules::mentions(signal, lowerText))
            return true;
    }
    return false;
}

bool systemSenderAsBefore(const QString& lowerAddress, const QString& lowerDisplayName)
{
    QString localPart = lowerAddress.section(u'@', 0, 0);
    localPart.remove(u'_');
    localPart.remove(u'.');
    localPart.remove(u'-');
    for (const char16_t* candidate : { u"mailerdaemon", u"maildaemon", u"postmaster", u"maildelivery",
             u"mdaemon", u"microsoftexchange", u"mailer" }) {
        if (localPart.startsWith(QStringView(candidate)))
            return true;
    }
    for (const char16_t* candidate : { u"mail delivery", u"mailer-daemon", u"mailer daemon", u"postmaster",
             u"mail administrator", u"delivery subsystem", u"mail system", u"administrator" }) {
        if (lowerDisplayName.contains(QStringView(candidate)))
            return true;
    }
    return false;
}

} // namespace

class MailSystemRulesTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { VmimeRuntime::ensureInitialized(); }

    void isSystemSender_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("expected");
        QTest::newRow("mailer-daemon") << u"mailer-daemon@example.org"_qs << QString() << true;
        QTest::newRow("separators") << u"post_master@example.org"_qs << QString() << true;
        QTest::newRow("dots") << u"mailer.daemon@example.org"_qs << QString() << true;
        QTest::newRow("the longest, then more")
            << u"microsoft.exchange.329e71ec88ae@example.org"_qs << QString() << true;
        QTest::newRow("separators past the longest")
            << u"m-i-c-r-o-s-o-f-t-e-x-c-h-a-n-g-e@example.org"_qs << QString() << true;
        QTest::newRow("a word before") << u"the-postmaster@example.org"_qs << QString() << false;
        QTest::newRow("no at sign") << u"postmaster"_qs << QString() << true;
        QTest::newRow("the word after the at sign") << u"ann@postmaster.example.org"_qs << QString() << false;
        QTest::newRow("display name") << u"ann@example.org"_qs << u"mail delivery subsystem"_qs << true;
        QTest::newRow("a person") << u"ann@example.org"_qs << u"ann lee"_qs << false;
        QTest::newRow("nothing") << QString() << QString() << false;
    }

    void isSystemSender()
    {
        QFETCH(QString, address);
        QFETCH(QString, name);
        QFETCH(bool, expected);
        QCOMPARE(systemSenderAsBefore(address, name), expected);
        QCOMPARE(MailSystemRules::isSystemSender(address, name), expected);
    }

    // Every line of every sample, as a subject and as a sender.
    void quickFormsAgreeOnEverySample()
    {
        int lines = 0;
        for (const QString& file : CaseExpectations::sampleFiles(true)) {
            QFile in(file);
            QVERIFY2(in.open(QIODevice::ReadOnly), qPrintable(file));
            for (const QByteArray& bytes : in.readAll().split('\n')) {
                const QString lower = LowerCase::of(QString::fromUtf8(bytes));
                ++lines;
                QVERIFY2(MailSystemRules::mentionsAny(lower) == mentionsOneByOne(lower), qPrintable(lower));
                const QString address = MimeHeader::firstAddressIn(lower);
                QVERIFY2(
                    MailSystemRules::isSystemSender(address, lower) == systemSenderAsBefore(address, lower),
                    qPrintable(lower));
            }
        }
        QVERIFY(lines > 50000);
    }
};

QTEST_GUILESS_MAIN(MailSystemRulesTest)
#include "MailSystemRulesTest.moc"
