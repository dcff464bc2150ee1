#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace Core::Domain {

// What a domain publishes in DNS against mail forged in its name, read from its TXT
// records: SPF (RFC 7208, at the domain) says which servers send its mail, DMARC
// (RFC 7489, at _dmarc.<domain>) what receiving servers should do with mail that fails;
// a subdomain without a DMARC record of its own is under the nearest parent's (its
// subdomain policy sp= where it has one), as receiving servers look it up.
// Both are written by whoever runs the domain, often by hand: a record that breaks the
// rules is reported as broken, as receiving servers treat it, never guessed at.
struct DomainPolicy {
    Q_DECLARE_TR_FUNCTIONS(Core::Domain::DomainPolicy)

public:
    enum class Spf {
        Missing, // no SPF record
        Broken, // more than one, or unreadable
        AllowsAll, // "+all": any server may send
        Neutral, // "?all", or no "all" at all: says nothing about other servers
        SoftFail, // "~all": other servers' mail is suspicious
        Fail, // "-all": other servers may not send
        Redirect, // "redirect=": another domain's record decides
    };
    enum class Dmarc {
        Missing,
        Broken,
        None, // p=none: watch only, deliver what fails
        Quarantine, // to the junk folder
        Reject, // refused at the door
    };

    QString domain;
    bool answered = false; // false: the name server did not answer in time
    QString spfRecord; // as published, when there is exactly one
    Spf spf = Spf::Missing;
    QString spfRedirect; // the domain named by redirect=
    QString dmarcRecord;
    QString dmarcDomain; // where dmarcRecord is published: domain, or the parent it comes from
    Dmarc dmarc = Dmarc::Missing;
    int dmarcPercent = 100; // pct=: the share of failing mail the policy is applied to
    QString spfProblem; // for Spf::Broken, in plain words
    QString dmarcProblem; // for Dmarc::Broken

    // The TXT records (each one's strings joined, as RFC 7208 says) at the domain and at
    // _dmarc.<dmarcDomain>: the domain's own (empty: the same), or a parent's when the
    // domain has none.
    static DomainPolicy read(const QString& domain, const QStringList& domainTexts,
        const QStringList& dmarcTexts, const QString& dmarcDomain = QString());
    // Whether any of these TXT records is a DMARC record.
    static bool hasDmarcRecord(const QStringList& texts);
    // Where a receiving server looks for the DMARC record of domain, nearest first: the
    // domain, then each parent down to two labels (the tree walk of DMARCbis, which needs
    // no public suffix list), at most eight names.
    static QStringList dmarcCandidates(const QString& domain);

    static QString spfName(Spf spf);
    static QString dmarcName(Dmarc dmarc);
    // What the records mean for forged mail and its bounces, and what the people who run
    // the domain could change: short plain sentences, for the user and their IT.
    QStringList advice() const;
};

} // namespace Core::Domain
