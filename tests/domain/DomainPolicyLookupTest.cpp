// DomainPolicyLookup against a real DNS responder on 127.0.0.1:53 (DnsFixture), asked
// through the lookup's network overrides instead of the system's name servers.
#include "domain/DomainPolicyLookup.h"
#include "DnsFixture.h"

#include <QSignalSpy>
#include <QTest>

using Core::Account::NetworkOverrides;
using Core::Domain::DomainPolicy;
using Core::Domain::DomainPolicyLookup;

class DomainPolicyLookupTest : public QObject {
    Q_OBJECT

public:
    bool dnsRan() const { return m_dnsRunning; }

private:
    DnsFixture m_dns;
    bool m_dnsRunning = false;

    NetworkOverrides overrides() const
    {
        NetworkOverrides overrides;
        overrides.route = [](const QString&, quint16) { return std::optional<NetworkOverrides::Endpoint>(); };
        overrides.nameserver = m_dns.address();
        return overrides;
    }

    DomainPolicy lookUp(const QString& domain)
    {
        DomainPolicyLookup lookup;
        lookup.setNetworkOverrides(overrides());
        lookup.setTimeout(std::chrono::milliseconds(500));
        QSignalSpy finished(&lookup, &DomainPolicyLookup::finished);
        lookup.start(domain);
        [&] { QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000); }();
        return finished.isEmpty() ? DomainPolicy() : finished.at(0).at(0).value<DomainPolicy>();
    }

private slots:
    void initTestCase()
    {
        QString error;
        bool needsRoot = false;
        m_dnsRunning = m_dns.start(&error, &needsRoot);
        if (!m_dnsRunning) {
            if (needsRoot)
                QSKIP("the test DNS server needs root to listen on 127.0.0.1:53 (Qt 6.4 asks a DNS server on "
                      "port 53 only)");
            QFAIL(qPrintable(error));
        }
        m_dns.addText(u"none.example"_qs, { "v=spf1 mx -all" });
        m_dns.addText(u"_dmarc.none.example"_qs, { "v=DMARC1; p=none; rua=mailto:reports@none.example" });
        m_dns.addText(u"quarantine.example"_qs, { "v=spf1 ip4:192.0.2.0/24 ~all" });
        m_dns.addText(u"_dmarc.quarantine.example"_qs, { "v=DMARC1; p=quarantine" });
        // A long record comes in several strings, to be joined.
        m_dns.addText(u"reject.example"_qs, { "google-site-verification=x1" });
        m_dns.addText(u"reject.example"_qs,
            { "v=spf1 include:_spf.mail.example.net ", "include:_spf.crm.example -all" });
        m_dns.addText(u"_dmarc.reject.example"_qs, { "v=DMARC1; ", "p=reject; pct=100" });
        m_dns.addText(u"broken.example"_qs, { "v=spf1 -all" });
        m_dns.addText(u"_dmarc.broken.example"_qs, { "v=DMARC1; p=rejected" });
        // Subdomains without a record of their own, under a parent's (RFC 7489 6.6.3).
        m_dns.addText(u"_dmarc.parent.example"_qs, { "v=DMARC1; p=reject; sp=none" });
        m_dns.addText(u"_dmarc.own.parent.example"_qs, { "v=DMARC1; p=quarantine" });
        m_dns.addText(u"_dmarc.strict.example"_qs, { "v=DMARC1; p=reject" });
        m_dns.addText(u"slow.example"_qs, { "v=spf1 -all" });
        m_dns.leaveUnanswered(u"_dmarc.slow.example"_qs);
    }

    void lookup_data()
    {
        QTest::addColumn<QString>("domain");
        QTest::addColumn<QString>("spf");
        QTest::addColumn<QString>("dmarc");
        QTest::addColumn<QString>("spfRecord");
        QTest::newRow("no records") << u"nothing.example"_qs << u"missing"_qs << u"missing"_qs << QString();
        QTest::newRow("p=none") << u"none.example"_qs << u"-all"_qs << u"none"_qs << u"v=spf1 mx -all"_qs;
        QTest::newRow("p=quarantine") << u"quarantine.example"_qs << u"~all"_qs << u"quarantine"_qs
                                      << u"v=spf1 ip4:192.0.2.0/24 ~all"_qs;
        QTest::newRow("p=reject, in pieces, beside other TXT records")
            << u"reject.example"_qs << u"-all"_qs << u"reject"_qs
            << u"v=spf1 include:_spf.mail.example.net include:_spf.crm.example -all"_qs;
        QTest::newRow("a broken record")
            << u"broken.example"_qs << u"-all"_qs << u"broken"_qs << u"v=spf1 -all"_qs;
    }

    void lookup()
    {
        QFETCH(QString, domain);
        QFETCH(QString, spf);
        QFETCH(QString, dmarc);
        QFETCH(QString, spfRecord);
        const DomainPolicy policy = lookUp(domain);
        QCOMPARE(policy.domain, domain);
        QVERIFY(policy.answered);
        QCOMPARE(DomainPolicy::spfName(policy.spf), spf);
        QCOMPARE(DomainPolicy::dmarcName(policy.dmarc), dmarc);
        QCOMPARE(policy.spfRecord, spfRecord);
        QVERIFY(m_dns.questions().contains(u"_dmarc."_qs + domain));
    }

    void subdomainsTakeTheNearestParentsRecord_data()
    {
        QTest::addColumn<QString>("domain");
        QTest::addColumn<QString>("dmarc");
        QTest::addColumn<QString>("dmarcDomain");
        QTest::newRow("the parent's sp= for subdomains")
            << u"sales.parent.example"_qs << u"none"_qs << u"parent.example"_qs;
        QTest::newRow("a record of its own comes first")
            << u"own.parent.example"_qs << u"quarantine"_qs << u"own.parent.example"_qs;
        QTest::newRow("two levels up, p= without sp=")
            << u"mail.eu.strict.example"_qs << u"reject"_qs << u"strict.example"_qs;
        QTest::newRow("the parent itself") << u"parent.example"_qs << u"reject"_qs << u"parent.example"_qs;
        QTest::newRow("nowhere up the tree")
            << u"a.b.nothing.example"_qs << u"missing"_qs << u"a.b.nothing.example"_qs;
    }

    void subdomainsTakeTheNearestParentsRecord()
    {
        QFETCH(QString, domain);
        QFETCH(QString, dmarc);
        QFETCH(QString, dmarcDomain);
        const DomainPolicy policy = lookUp(domain);
        QVERIFY(policy.answered);
        QCOMPARE(DomainPolicy::dmarcName(policy.dmarc), dmarc);
        QCOMPARE(policy.dmarcDomain, dmarcDomain);
        const bool inherited = dmarcDomain != domain;
        QCOMPARE(policy.advice().first().contains(u"no DMARC record of its own"), inherited);
        QVERIFY(!m_dns.questions().contains(u"_dmarc.example"_qs)); // never a top-level domain
    }

    // The DMARC question is never answered: the deadline ends the lookup, which says it
    // could not find out rather than "no DMARC policy".
    void anUnansweredQuestionIsNoAnswer()
    {
        const DomainPolicy policy = lookUp(u"slow.example"_qs);
        QVERIFY(!policy.answered);
        QCOMPARE(DomainPolicy::spfName(policy.spf), u"-all"_qs);
        QCOMPARE(policy.advice().size(), 1);
        QVERIFY(policy.advice().first().contains(u"did not answer"));
    }
};

// QTEST_GUILESS_MAIN, except that a run without the DNS server ends as skipped for ctest.
int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    DomainPolicyLookupTest test;
    QTEST_SET_MAIN_SOURCE_PATH
    const int failures = QTest::qExec(&test, argc, argv);
    return failures == 0 && !test.dnsRan() ? DnsFixture::SkippedForRootExitCode : failures;
}
#include "DomainPolicyLookupTest.moc"
