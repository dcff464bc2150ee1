#include "analysis/ReceivedChain.h"

#include "analysis/PatternMatch.h"
#include <QHostAddress>
#include <QRegularExpression>

namespace Core::Analysis {

bool ReceivedChain::isPrivateAddress(const QString& ip)
{
    const QHostAddress address(ip);
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
    for (const auto& network : privateNetworks) {
        if (address.isInSubnet(network))
            return true;
    }
    return false;
}

ReceivedChain::Hop ReceivedChain::firstExternalHop(const QStringList& receivedValues)
{
    // "from HELO (rdns.host [192.0.2.1])", "from host (HELO x) (192.0.2.1)", "from [192.0.2.1]"
    // Sendmail writes no space in "[127.0.0.1])by".
    static const QRegularExpression fromPart(
        QStringLiteral(R"(^\s*from\s+(.*?)(?:(?:\s+|(?<=[\])]))by\s+|;|$))"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    // Not part of a longer run of digits: "(8.12.11.20060308/8.12.11)" is a version.
    static const QRegularExpression ipPattern(QStringLiteral(
        R"((?:IPv6:)?((?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d])|[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}))"));
    static const QRegularExpression hasLetter(QStringLiteral("[A-Za-z]"));
    static const QRegularExpression hostPattern(QStringLiteral(R"(([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)\.?)"));
    for (qsizetype i = receivedValues.size() - 1; i >= 0; --i) {
        const auto from = PatternMatch::first(fromPart, receivedValues.at(i));
        if (!from.hasMatch())
            continue;
        const QString sender = from.captured(1);
        // What is in parentheses the receiving server saw itself (the connecting address
        // and its reverse lookup); the first word is the sender's own claim (HELO).
        // Exim writes the sender's claim inside them instead: "(helo=...)", as qmail "(HELO ...)".
        static const QRegularExpression claim(
            QStringLiteral(R"(\bhelo[= ]\s*\S+)"), QRegularExpression::CaseInsensitiveOption);
        const qsizetype paren = sender.indexOf(u'(');
        const QString verified = paren >= 0 ? sender.mid(paren).remove(claim) : QString();
        const QString unverified = paren >= 0 ? sender.left(paren) : sender;
        bool inVerified = PatternMatch::first(ipPattern, verified).hasMatch();
        auto ips = PatternMatch::all(ipPattern, inVerified ? verified : unverified);
        while (ips.hasNext() || inVerified) {
            if (!ips.hasNext()) {
                // Only private addresses in parentheses: the first word may still be public.
                inVerified = false;
                ips = PatternMatch::all(ipPattern, unverified);
                continue;
            }
            const QString ip = ips.next().captured(1);
            if (QHostAddress(ip).isNull() || isPrivateAddress(ip))
                continue;
            Hop hop { ip, {} };
            auto hosts = PatternMatch::all(hostPattern, verified.isEmpty() ? sender : verified);
            while (hosts.hasNext()) {
                const QString host = hosts.next().captured(1);
                if (!QHostAddress(host).isNull() || !host.contains(hasLetter))
                    continue;
                hop.host = host.toLower();
                break;
            }
            return hop;
        }
    }
    return {};
}

} // namespace Core::Analysis
