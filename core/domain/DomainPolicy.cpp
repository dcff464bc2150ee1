#include "domain/DomainPolicy.h"

#include <QRegularExpression>

namespace Core::Domain {

namespace {

    QStringList recordsStartingWith(const QStringList& texts, const QRegularExpression& version)
    {
        QStringList found;
        for (const QString& text : texts) {
            if (version.match(text.trimmed()).hasMatch())
                found.append(text.trimmed());
        }
        return found;
    }

    void readSpf(const QString& record, DomainPolicy* policy)
    {
        static const QRegularExpression all(
            QStringLiteral(R"(^([-+~?]?)all$)"), QRegularExpression::CaseInsensitiveOption);
        policy->spf = DomainPolicy::Spf::Neutral;
        const QStringList terms = record.split(u' ', Qt::SkipEmptyParts).mid(1);
        for (const QString& term : terms) {
            if (term.startsWith(u"redirect=", Qt::CaseInsensitive)) {
                policy->spfRedirect = term.section(u'=', 1).toLower();
                policy->spf = DomainPolicy::Spf::Redirect;
            } else if (const auto match = all.match(term); match.hasMatch()) {
                // "all" ends the record: a redirect after it is never followed.
                const QString qualifier = match.captured(1);
                policy->spf = qualifier == u"-" ? DomainPolicy::Spf::Fail
                    : qualifier == u"~"         ? DomainPolicy::Spf::SoftFail
                    : qualifier == u"?"         ? DomainPolicy::Spf::Neutral
                                                : DomainPolicy::Spf::AllowsAll;
                policy->spfRedirect.clear();
                return;
            }
        }
    }

    const QRegularExpression& dmarcVersion()
    {
        static const QRegularExpression version(QStringLiteral(R"(^v\s*=\s*DMARC1\s*(?:;|$))"));
        return version;
    }

    // A parent's record speaks for its subdomains with sp= where it has one (RFC 7489 6.3).
    void readDmarc(const QString& record, bool forSubdomain, DomainPolicy* policy)
    {
        QString requested;
        QString forSubdomains;
        for (const QString& tag : record.split(u';', Qt::SkipEmptyParts)) {
            const QString name = tag.section(u'=', 0, 0).trimmed().toLower();
            const QString value = tag.section(u'=', 1).trimmed().toLower();
            if (name == u"p") {
                requested = value;
            } else if (name == u"sp") {
                forSubdomains = value;
            } else if (name == u"pct") {
                bool number = false;
                const int percent = value.toInt(&number);
                if (number && percent >= 0 && percent <= 100)
                    policy->dmarcPercent = percent;
            }
        }
        if (forSubdomain && !forSubdomains.isEmpty() && !requested.isEmpty())
            requested = forSubdomains;
        if (requested == u"none") {
            policy->dmarc = DomainPolicy::Dmarc::None;
        } else if (requested == u"quarantine") {
            policy->dmarc = DomainPolicy::Dmarc::Quarantine;
        } else if (requested == u"reject") {
            policy->dmarc = DomainPolicy::Dmarc::Reject;
        } else {
            policy->dmarc = DomainPolicy::Dmarc::Broken;
            policy->dmarcProblem = requested.isEmpty()
                ? DomainPolicy::tr("the DMARC record has no policy (p=)")
                : DomainPolicy::tr(
                    "the DMARC record's policy \"p=%1\" is not one of none, quarantine, reject")
                      .arg(requested);
        }
    }

} // namespace

DomainPolicy DomainPolicy::read(const QString& domain, const QStringList& domainTexts,
    const QStringList& dmarcTexts, const QString& dmarcDomain)
{
    DomainPolicy policy;
    policy.domain = domain.toLower();
    policy.dmarcDomain = dmarcDomain.isEmpty() ? policy.domain : dmarcDomain.toLower();
    policy.answered = true;
    static const QRegularExpression spfVersion(
        QStringLiteral(R"(^v=spf1(?: |$))"), QRegularExpression::CaseInsensitiveOption);
    const QStringList spf = recordsStartingWith(domainTexts, spfVersion);
    if (spf.size() > 1) {
        policy.spf = Spf::Broken;
        policy.spfProblem = tr("%1 publishes %2 SPF records, and receiving servers use none of them")
                                .arg(policy.domain)
                                .arg(spf.size());
    } else if (spf.size() == 1) {
        policy.spfRecord = spf.first();
        readSpf(policy.spfRecord, &policy);
    }
    const QStringList dmarc = recordsStartingWith(dmarcTexts, dmarcVersion());
    if (dmarc.size() > 1) {
        policy.dmarc = Dmarc::Broken;
        policy.dmarcProblem = tr("%1 publishes %2 DMARC records, and receiving servers use none of them")
                                  .arg(policy.dmarcDomain)
                                  .arg(dmarc.size());
    } else if (dmarc.size() == 1) {
        policy.dmarcRecord = dmarc.first();
        readDmarc(policy.dmarcRecord, policy.dmarcDomain != policy.domain, &policy);
    }
    return policy;
}

bool DomainPolicy::hasDmarcRecord(const QStringList& texts)
{
    return !recordsStartingWith(texts, dmarcVersion()).isEmpty();
}

QStringList DomainPolicy::dmarcCandidates(const QString& domain)
{
    constexpr qsizetype MostNames = 8;
    QStringList labels = domain.toLower().split(u'.', Qt::SkipEmptyParts);
    QStringList names;
    while (labels.size() >= 2 && names.size() < MostNames) {
        names.append(labels.join(u'.'));
        labels.removeFirst();
    }
    return names;
}

QString DomainPolicy::spfName(Spf spf)
{
    switch (spf) {
    case Spf::Missing:
        return QStringLiteral("missing");
    case Spf::Broken:
        return QStringLiteral("broken");
    case Spf::AllowsAll:
        return QStringLiteral("+all");
    case Spf::Neutral:
        return QStringLiteral("?all");
    case Spf::SoftFail:
        return QStringLiteral("~all");
    case Spf::Fail:
        return QStringLiteral("-all");
    case Spf::Redirect:
        return QStringLiteral("redirect");
    }
    return {};
}

QString DomainPolicy::dmarcName(Dmarc dmarc)
{
    switch (dmarc) {
    case Dmarc::Missing:
        return QStringLiteral("missing");
    case Dmarc::Broken:
        return QStringLiteral("broken");
    case Dmarc::None:
        return QStringLiteral("none");
    case Dmarc::Quarantine:
        return QStringLiteral("quarantine");
    case Dmarc::Reject:
        return QStringLiteral("reject");
    }
    return {};
}

QStringList DomainPolicy::advice() const
{
    if (!answered)
        return { tr("The DNS records of %1 could not be looked up: the name server did not answer in time.")
                     .arg(domain) };
    QStringList sentences;
    if (dmarc != Dmarc::Missing && dmarcDomain != domain)
        sentences << tr("%1 has no DMARC record of its own, so receiving servers apply that of %2.")
                         .arg(domain, dmarcDomain);
    switch (dmarc) {
    case Dmarc::Missing:
        sentences
            << tr("%1 publishes no DMARC policy, so receiving servers accept mail forged in its name and "
                  "send their bounces back to you.")
                   .arg(domain)
            << tr("Publishing a DMARC record (at _dmarc.%1) with p=reject tells them to refuse such mail "
                  "at the door; most of the bounces then stop.")
                   .arg(domain);
        break;
    case Dmarc::Broken:
        sentences << tr(
            "The DMARC record of %1 cannot be used (%2): receiving servers ignore it, as if there "
            "were none, and accept mail forged in its name.")
                         .arg(domain, dmarcProblem)
                  << tr("Correcting it, with p=reject, tells them to refuse such mail at the door.");
        break;
    case Dmarc::None:
        sentences << tr(
            "The DMARC policy of %1 is p=none: receiving servers only watch, accept mail forged in "
            "its name and send their bounces back to you.")
                         .arg(domain)
                  << tr("Once its own mail passes the checks, changing the policy to p=quarantine and then "
                        "p=reject makes most of them refuse forged mail, and most of the bounces stop.");
        break;
    case Dmarc::Quarantine:
        sentences << tr(
            "The DMARC policy of %1 is p=quarantine: most receiving servers put forged mail in the "
            "junk folder, but some still accept it and bounce it back to you.")
                         .arg(domain)
                  << tr("Changing it to p=reject makes them refuse forged mail at the door.");
        break;
    case Dmarc::Reject:
        sentences << tr(
            "The DMARC policy of %1 is p=reject: most receiving servers refuse mail forged in its "
            "name, so few bounces should come back. The ones that still come are from servers "
            "that ignore DMARC.")
                         .arg(domain);
        break;
    }
    if ((dmarc == Dmarc::Quarantine || dmarc == Dmarc::Reject) && dmarcPercent < 100)
        sentences << tr("The policy applies to only %1% of the failing mail (pct=%1); the rest is delivered.")
                         .arg(dmarcPercent);
    switch (spf) {
    case Spf::Missing:
        sentences << tr("%1 publishes no SPF record, so receiving servers cannot tell which servers may send "
                        "its mail.")
                         .arg(domain);
        break;
    case Spf::Broken:
        sentences << tr("The SPF record of %1 cannot be used (%2).").arg(domain, spfProblem);
        break;
    case Spf::AllowsAll:
        sentences << tr("The SPF record of %1 ends in +all: it lets any server in the world send mail in its "
                        "name. It should end in -all or ~all.")
                         .arg(domain);
        break;
    case Spf::Neutral:
        sentences << tr(
            "The SPF record of %1 says nothing about servers it does not list (?all, or no \"all\"). "
            "Ending it in -all lets receiving servers reject forged mail.")
                         .arg(domain);
        break;
    case Spf::SoftFail:
    case Spf::Fail:
    case Spf::Redirect:
        break;
    }
    return sentences;
}

} // namespace Core::Domain
