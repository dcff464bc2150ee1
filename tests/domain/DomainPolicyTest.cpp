// Reading a domain's SPF and DMARC records as receiving servers read them, and what they
// mean for forged mail in plain words.
#include "domain/DomainPolicy.h"

#include <QTest>

using Core::Domain::DomainPolicy;

class DomainPolicyTest : public QObject {
    Q_OBJECT

private slots:
    void read_data()
    {
        QTest::addColumn<QStringList>("domainTexts");
        QTest::addColumn<QStringList>("dmarcTexts");
        QTest::addColumn<QString>("spf");
        QTest::addColumn<QString>("dmarc");
        QTest::addColumn<int>("percent");
        QTest::addColumn<QString>("advice"); // a part of one of the sentences
        const QString strict = QStringLiteral("v=spf1 mx include:_spf.example.net -all");
        QTest::newRow("no records") << QStringList {} << QStringList {} << u"missing"_qs << u"missing"_qs
                                    << 100 << u"publishes no DMARC policy"_qs;
        QTest::newRow("other TXT records only")
            << QStringList { u"google-site-verification=abc"_qs, u"v=spf10 not spf"_qs }
            << QStringList { u"v=DMARC10; p=reject"_qs } << u"missing"_qs << u"missing"_qs << 100
            << u"publishes no SPF record"_qs;
        QTest::newRow("p=none") << QStringList { strict }
                                << QStringList { u"v=DMARC1; p=none; rua=mailto:d@example.com"_qs }
                                << u"-all"_qs << u"none"_qs << 100 << u"p=quarantine and then p=reject"_qs;
        QTest::newRow("p=quarantine, spaces and capitals")
            << QStringList { u"v=spf1 a ~all"_qs }
            << QStringList { u"v = DMARC1 ; P = Quarantine ; pct=25"_qs } << u"~all"_qs << u"quarantine"_qs
            << 25 << u"only 25%"_qs;
        QTest::newRow("p=reject") << QStringList { strict } << QStringList { u"v=DMARC1;p=reject"_qs }
                                  << u"-all"_qs << u"reject"_qs << 100 << u"few bounces should come back"_qs;
        QTest::newRow("DMARC without a policy")
            << QStringList { strict } << QStringList { u"v=DMARC1; rua=mailto:d@example.com"_qs }
            << u"-all"_qs << u"broken"_qs << 100 << u"has no policy"_qs;
        QTest::newRow("DMARC with a made-up policy")
            << QStringList { strict } << QStringList { u"v=DMARC1; p=block"_qs } << u"-all"_qs << u"broken"_qs
            << 100 << u"p=block"_qs;
        QTest::newRow("two DMARC records")
            << QStringList { strict } << QStringList { u"v=DMARC1; p=reject"_qs, u"v=DMARC1; p=none"_qs }
            << u"-all"_qs << u"broken"_qs << 100 << u"2 DMARC records"_qs;
        QTest::newRow("two SPF records")
            << QStringList { strict, u"v=spf1 -all"_qs } << QStringList { u"v=DMARC1; p=reject"_qs }
            << u"broken"_qs << u"reject"_qs << 100 << u"2 SPF records"_qs;
        QTest::newRow("SPF that allows everyone") << QStringList { u"v=spf1 +all"_qs } << QStringList {}
                                                  << u"+all"_qs << u"missing"_qs << 100 << u"any server"_qs;
        QTest::newRow("SPF without all") << QStringList { u"v=spf1 mx"_qs } << QStringList {} << u"?all"_qs
                                         << u"missing"_qs << 100 << u"says nothing"_qs;
        QTest::newRow("SPF redirect")
            << QStringList { u"v=spf1 redirect=_spf.example.net"_qs } << QStringList {} << u"redirect"_qs
            << u"missing"_qs << 100 << u"publishes no DMARC"_qs;
        QTest::newRow("a percentage out of range is ignored")
            << QStringList { strict } << QStringList { u"v=DMARC1; p=reject; pct=250"_qs } << u"-all"_qs
            << u"reject"_qs << 100 << u"p=reject"_qs;
    }

    void read()
    {
        QFETCH(QStringList, domainTexts);
        QFETCH(QStringList, dmarcTexts);
        QFETCH(QString, spf);
        QFETCH(QString, dmarc);
        QFETCH(int, percent);
        QFETCH(QString, advice);
        const DomainPolicy policy = DomainPolicy::read(u"Example.COM"_qs, domainTexts, dmarcTexts);
        QCOMPARE(policy.domain, u"example.com"_qs);
        QVERIFY(policy.answered);
        QCOMPARE(DomainPolicy::spfName(policy.spf), spf);
        QCOMPARE(DomainPolicy::dmarcName(policy.dmarc), dmarc);
        QCOMPARE(policy.dmarcPercent, percent);
        const QString sentences = policy.advice().join(u' ');
        QVERIFY2(sentences.contains(advice), qPrintable(sentences));
        QVERIFY2(sentences.contains(u"example.com"), qPrintable(sentences));
    }

    // A parent's record read for a subdomain: sp= where it says one, else p=; the
    // domain's own record ignores sp=.
    void aParentsRecordSpeaksForSubdomainsWithSp()
    {
        const QStringList record { u"v=DMARC1; p=reject; sp=quarantine"_qs };
        const DomainPolicy inherited
            = DomainPolicy::read(u"sales.example.com"_qs, {}, record, u"Example.com"_qs);
        QCOMPARE(inherited.dmarcDomain, u"example.com"_qs);
        QCOMPARE(DomainPolicy::dmarcName(inherited.dmarc), u"quarantine"_qs);
        QVERIFY(inherited.advice().first().contains(u"example.com"));
        const DomainPolicy own = DomainPolicy::read(u"example.com"_qs, {}, record);
        QCOMPARE(own.dmarcDomain, u"example.com"_qs);
        QCOMPARE(DomainPolicy::dmarcName(own.dmarc), u"reject"_qs);
        QVERIFY(!own.advice().join(u' ').contains(u"of its own"));
        const DomainPolicy withoutSp = DomainPolicy::read(
            u"sales.example.com"_qs, {}, { u"v=DMARC1; p=reject"_qs }, u"example.com"_qs);
        QCOMPARE(DomainPolicy::dmarcName(withoutSp.dmarc), u"reject"_qs);
    }

    void dmarcCandidatesWalkUpToTwoLabels()
    {
        QCOMPARE(DomainPolicy::dmarcCandidates(u"A.b.Example.com"_qs),
            (QStringList { u"a.b.example.com"_qs, u"b.example.com"_qs, u"example.com"_qs }));
        QCOMPARE(DomainPolicy::dmarcCandidates(u"example.com"_qs), QStringList { u"example.com"_qs });
        QCOMPARE(DomainPolicy::dmarcCandidates(u"1.2.3.4.5.6.7.8.9.10.example"_qs).size(), 8);
    }

    void noAnswerSaysSoAndNothingElse()
    {
        DomainPolicy policy = DomainPolicy::read(u"example.com"_qs, {}, {});
        policy.answered = false;
        const QStringList advice = policy.advice();
        QCOMPARE(advice.size(), 1);
        QVERIFY(advice.first().contains(u"did not answer"));
    }
};

QTEST_GUILESS_MAIN(DomainPolicyTest)
#include "DomainPolicyTest.moc"
