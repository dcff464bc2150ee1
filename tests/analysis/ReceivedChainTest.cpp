// ReceivedChain reads the addresses in Received fields without Qt Network. Held to
// QHostAddress (the reference it replaced) on the texts its patterns can capture: strings
// of hexadecimal digits and colons (IPv6), and of letters, digits, dots and hyphens (IPv4
// and host names), from a table, from every Received field of the corpus, and made up.
#include "analysis/ReceivedChain.h"
#include "analysis/MimeHeader.h"
#include "analysis/VmimeRuntime.h"

#include <QDirIterator>
#include <QFile>
#include <QHostAddress>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

using namespace Core::Analysis;

namespace {

bool isAddressByQt(const QString& text)
{
    return !QHostAddress(text).isNull();
}

// The classification before Qt Network left the analysis.
bool isPrivateByQt(const QString& text)
{
    const QHostAddress address(text);
    if (address.isNull())
        return true;
    if (address.isLoopback() || address.isLinkLocal() || address.isSiteLocal()
        || address.isUniqueLocalUnicast() || address.isBroadcast() || address.isMulticast()
        || address == QHostAddress::AnyIPv4 || address == QHostAddress::AnyIPv6)
        return true;
    static const QList<QPair<QHostAddress, int>> privateNetworks {
        QHostAddress::parseSubnet(QStringLiteral("10.0.0.0/8")),
        QHostAddress::parseSubnet(QStringLiteral("172.16.0.0/12")),
        QHostAddress::parseSubnet(QStringLiteral("192.168.0.0/16")),
        QHostAddress::parseSubnet(QStringLiteral("100.64.0.0/10")),
        QHostAddress::parseSubnet(QStringLiteral("0.0.0.0/8")),
    };
    return std::any_of(privateNetworks.begin(), privateNetworks.end(),
        [&](const auto& network) { return address.isInSubnet(network); });
}

// Empty when both agree, else what differs.
QString differenceOn(const QString& text)
{
    const bool isAddress = ReceivedChain::isAddress(text);
    if (isAddress != isAddressByQt(text))
        return QStringLiteral("\"%1\": address %2, QHostAddress %3").arg(text).arg(isAddress).arg(!isAddress);
    const bool isPrivate = ReceivedChain::isPrivateAddress(text);
    if (isPrivate != isPrivateByQt(text))
        return QStringLiteral("\"%1\": private %2, QHostAddress %3").arg(text).arg(isPrivate).arg(!isPrivate);
    return {};
}

QString randomOf(QRandomGenerator& random, QStringView alphabet, int length)
{
    QString text;
    for (int i = 0; i < length; ++i)
        text += alphabet[random.bounded(alphabet.size())];
    return text;
}

} // namespace

class ReceivedChainTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { VmimeRuntime::ensureInitialized(); }

    void addresses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("isAddress");
        QTest::addColumn<bool>("isPrivate");
        const auto row = [](const char* text, bool isAddress, bool isPrivate) {
            QTest::newRow(text) << QString::fromLatin1(text) << isAddress << isPrivate;
        };
        row("192.0.2.1", true, false);
        row("10.1.2.3", true, true);
        row("172.31.255.255", true, true);
        row("172.32.0.1", true, false);
        row("192.168.0.1", true, true);
        row("100.64.0.1", true, true);
        row("100.128.0.1", true, false);
        row("127.0.0.1", true, true);
        row("169.254.10.1", true, true);
        row("224.0.0.251", true, true);
        row("255.255.255.255", true, true);
        row("0.0.0.0", true, true);
        row("0.1.2.3", true, true);
        row("256.1.1.1", false, true);
        // inet_aton's forms, as QHostAddress reads them: octal, hexadecimal, short.
        row("010.0.0.1", true, false); // 8.0.0.1
        row("012.0.0.1", true, true); // 10.0.0.1
        row("09.1.1.1", false, true);
        row("0x7f.0.0.1", true, true);
        row("0xc0.0xa8.1.1", true, true);
        row("127.1", true, true);
        row("1.2.65535", true, false);
        row("1.2.65536", false, true);
        row("3232235777", true, true); // 192.168.1.1
        row("4294967296", false, true);
        row("1.2.3.4.", false, true);
        row("1..2", false, true);
        row("0x", false, true);
        row("-0.0.0.1", false, true);
        row("mx1.example.org", false, true);
        row("0xab.0xcd", true, false);
        row("2001:db8::1", true, false);
        row("::1", true, true);
        row("::", true, true);
        row("fe80::1", true, true);
        row("fec0::1", true, true);
        row("fd12:3456::1", true, true);
        row("ff02::1", true, true);
        row("::ffff:7f00:1", true, true); // ::ffff:127.0.0.1
        row("::ffff:a00:1", true, false); // ::ffff:10.0.0.1: QHostAddress applies no range to it
        row("::7f00:1", true, false);
        row("1:2:3:4:5:6:7:8", true, false);
        row("1:2:3:4:5:6:7:8:9", false, true);
        row("::1:2:3:4:5:6:7", true, false);
        row("1:2::3:4:5:6:7:8", false, true);
        row("1::2::3", false, true);
        row(":::", false, true);
        row("1:2:", false, true);
        row(":1:2", false, true);
        row("12345::1", false, true);
        row("1:2:3", false, true);
    }

    void addresses()
    {
        QFETCH(QString, text);
        QFETCH(bool, isAddress);
        QFETCH(bool, isPrivate);
        QCOMPARE(ReceivedChain::isAddress(text), isAddress);
        QCOMPARE(ReceivedChain::isPrivateAddress(text), isPrivate);
        QCOMPARE(isAddressByQt(text), isAddress);
        QCOMPARE(isPrivateByQt(text), isPrivate);
    }

    // Every run of the patterns' characters in every Received field of the corpus, without
    // the "IPv6:" before an address and a host's final dot.
    void asQtOnTheCorpus()
    {
        static const QRegularExpression run(QStringLiteral(R"([A-Za-z0-9.:-]+)"));
        int compared = 0;
        QDirIterator files(
            QStringLiteral(NEVERSENT_TEST_DATA "/corpus"), QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const MimeHeader header = MimeHeader::parseMessageHeader(file.readAll().toStdString());
            for (const QString& received : header.texts("Received")) {
                auto runs = run.globalMatch(received);
                while (runs.hasNext()) {
                    QString text = runs.next().captured(0);
                    if (text.startsWith(u"IPv6:", Qt::CaseInsensitive))
                        text.remove(0, 5);
                    if (text.endsWith(u'.'))
                        text.chop(1);
                    if (text.contains(u':')
                        && text.contains(QRegularExpression(QStringLiteral("[^0-9A-Fa-f:]"))))
                        continue; // "host:port", "id:..": no capture holds a colon beside anything but hex
                    const QString difference = differenceOn(text);
                    QVERIFY2(difference.isEmpty(), qPrintable(difference));
                    ++compared;
                }
            }
        }
        QVERIFY2(compared > 10000, qPrintable(QString::number(compared)));
    }

    void asQtOnMadeUpTexts()
    {
        QRandomGenerator random(17);
        const QStringList ipv4Parts { QStringLiteral("0"), QStringLiteral("00"), QStringLiteral("010"),
            QStringLiteral("08"), QStringLiteral("0x"), QStringLiteral("0x1f"), QStringLiteral("0XFF"),
            QStringLiteral("0x100"), QStringLiteral("255"), QStringLiteral("256"), QStringLiteral("65535"),
            QStringLiteral("65536"), QStringLiteral("16777215"), QStringLiteral("16777216"),
            QStringLiteral("4294967295"), QStringLiteral("4294967296"),
            QStringLiteral("99999999999999999999"), QStringLiteral(""), QStringLiteral("-1"),
            QStringLiteral("a"), QStringLiteral("1a") };
        for (int i = 0; i < 60000; ++i) {
            QString text;
            switch (i % 4) {
            case 0: { // dotted numbers
                const int parts = 1 + random.bounded(5);
                for (int p = 0; p < parts; ++p) {
                    if (p)
                        text += u'.';
                    text += random.bounded(3) == 0 ? ipv4Parts[random.bounded(ipv4Parts.size())]
                                                   : QString::number(random.bounded(300));
                }
                break;
            }
            case 1: // IPv6 groups
                text = randomOf(random, u"0123456789abcdefABCDEF:::::", random.bounded(24));
                break;
            case 2: // host-like
                text = randomOf(random, u"0123456789abcdefxyzXABC.-", random.bounded(16));
                break;
            default: { // hex groups, one "::" or none
                const int groups = random.bounded(10);
                for (int g = 0; g < groups; ++g) {
                    if (g)
                        text += random.bounded(8) == 0 ? QStringLiteral("::") : QStringLiteral(":");
                    text += randomOf(random, u"0123456789abcdef", random.bounded(6));
                }
                if (random.bounded(4) == 0)
                    text.insert(random.bounded(text.size() + 1), QStringLiteral("::"));
                break;
            }
            }
            // The pattern captures eight groups at most (seven colons): beyond them, with a
            // "::" at the end, QHostAddress drops the groups after the eighth.
            if (text.count(u':') > 7)
                continue;
            const QString difference = differenceOn(text);
            QVERIFY2(difference.isEmpty(), qPrintable(difference));
        }
    }
};

QTEST_GUILESS_MAIN(ReceivedChainTest)
#include "ReceivedChainTest.moc"
