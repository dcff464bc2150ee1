#include "analysis/ReceivedChain.h"

#include "analysis/PatternMatch.h"
#include <QRegularExpression>

#include <array>
#include <cstdint>
#include <optional>

namespace Core::Analysis {

namespace {

    struct Address {
        bool isIpv6 = false;
        std::uint32_t ipv4 = 0;
        std::array<std::uint16_t, 8> ipv6 {};
    };

    int digitValue(QChar c)
    {
        if (c >= u'0' && c <= u'9')
            return c.unicode() - u'0';
        if (c >= u'a' && c <= u'f')
            return c.unicode() - u'a' + 10;
        if (c >= u'A' && c <= u'F')
            return c.unicode() - u'A' + 10;
        return 99;
    }

    // One number of an IPv4 address as strtoull reads it with base 0 ("0x" hexadecimal, a
    // leading zero octal), from `at`; nothing when there is no digit or it passes 32 bits.
    std::optional<std::uint32_t> ipv4Number(QStringView text, qsizetype& at)
    {
        int base = 10;
        if (at < text.size() && text[at] == u'0') {
            base = 8;
            if (at + 2 < text.size() && (text[at + 1] == u'x' || text[at + 1] == u'X')
                && digitValue(text[at + 2]) < 16) {
                base = 16;
                at += 2;
            }
        }
        const qsizetype start = at;
        std::uint64_t value = 0;
        while (at < text.size() && digitValue(text[at]) < base) {
            value = value * std::uint64_t(base) + std::uint64_t(digitValue(text[at]));
            if (value > 0xffffffffu)
                return std::nullopt;
            ++at;
        }
        if (at == start)
            return std::nullopt;
        return std::uint32_t(value);
    }

    // "a.b.c.d", "a.b.c" (c fills 16 bits), "a.b" (b fills 24 bits) or "a" (32 bits).
    std::optional<std::uint32_t> ipv4Of(QStringView text)
    {
        std::uint32_t address = 0;
        qsizetype at = 0;
        for (int dots = 0;; ++dots) {
            const std::optional<std::uint32_t> number = ipv4Number(text, at);
            if (!number)
                return std::nullopt;
            const bool last = at == text.size() || dots == 3;
            const int bits = last ? 8 * (4 - dots) : 8;
            if (bits < 32 && *number >> bits)
                return std::nullopt;
            address = bits < 32 ? (address << bits) | *number : *number;
            if (last)
                return at == text.size() ? std::optional(address) : std::nullopt;
            if (text[at] != u'.')
                return std::nullopt;
            ++at;
        }
    }

    // Groups of one to four hexadecimal digits; one "::" stands for at least one zero group.
    std::optional<std::array<std::uint16_t, 8>> ipv6Of(QStringView text)
    {
        const qsizetype gap = text.indexOf(u"::");
        if (gap >= 0 && text.indexOf(u"::", gap + 1) >= 0)
            return std::nullopt;
        const auto groupsOf = [](QStringView part, std::array<std::uint16_t, 8>& groups, int& count) {
            if (part.isEmpty())
                return true;
            for (const QStringView group : part.tokenize(u':')) {
                if (group.isEmpty() || group.size() > 4 || count == 8)
                    return false;
                std::uint16_t value = 0;
                for (const QChar c : group) {
                    const int digit = digitValue(c);
                    if (digit > 15)
                        return false;
                    value = std::uint16_t(value * 16 + digit);
                }
                groups[std::size_t(count++)] = value;
            }
            return true;
        };
        std::array<std::uint16_t, 8> head {};
        std::array<std::uint16_t, 8> tail {};
        int headCount = 0;
        int tailCount = 0;
        if (gap < 0) {
            if (!groupsOf(text, head, headCount) || headCount != 8)
                return std::nullopt;
            return head;
        }
        if (!groupsOf(text.first(gap), head, headCount) || !groupsOf(text.sliced(gap + 2), tail, tailCount)
            || headCount + tailCount > 7)
            return std::nullopt;
        std::array<std::uint16_t, 8> groups {};
        std::copy_n(head.begin(), headCount, groups.begin());
        std::copy_n(tail.begin(), tailCount, groups.end() - tailCount);
        return groups;
    }

    std::optional<Address> addressOf(QStringView text)
    {
        const bool plain = std::all_of(text.begin(), text.end(), [](QChar c) {
            return digitValue(c) < 16 || (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'.'
                || c == u':' || c == u'-';
        });
        if (!plain || text.isEmpty())
            return std::nullopt;
        Address address;
        if (text.contains(u':')) {
            const auto groups = ipv6Of(text);
            if (!groups)
                return std::nullopt;
            address.isIpv6 = true;
            address.ipv6 = *groups;
            return address;
        }
        const auto ipv4 = ipv4Of(text);
        if (!ipv4)
            return std::nullopt;
        address.ipv4 = *ipv4;
        return address;
    }

    bool inNetwork(std::uint32_t ipv4, std::uint32_t network, int prefixBits)
    {
        return (ipv4 >> (32 - prefixBits)) == (network >> (32 - prefixBits));
    }

    // Loopback, link-local, multicast and broadcast: what QHostAddress sees of an IPv4
    // address, written alone or mapped into IPv6.
    bool isSpecialIpv4(std::uint32_t ipv4)
    {
        return inNetwork(ipv4, 0x7f000000, 8) || inNetwork(ipv4, 0xa9fe0000, 16)
            || inNetwork(ipv4, 0xe0000000, 4) || ipv4 == 0xffffffff;
    }

} // namespace

bool ReceivedChain::isAddress(QStringView text)
{
    return addressOf(text).has_value();
}

bool ReceivedChain::isPrivateAddress(QStringView ip)
{
    const std::optional<Address> address = addressOf(ip);
    if (!address)
        return true;
    if (!address->isIpv6) {
        const std::uint32_t v4 = address->ipv4;
        // 0/8 (with the unspecified address), 10/8, 100.64/10 (carrier NAT), 172.16/12,
        // 192.168/16.
        return isSpecialIpv4(v4) || inNetwork(v4, 0x00000000, 8) || inNetwork(v4, 0x0a000000, 8)
            || inNetwork(v4, 0x64400000, 10) || inNetwork(v4, 0xac100000, 12)
            || inNetwork(v4, 0xc0a80000, 16);
    }
    const std::array<std::uint16_t, 8>& groups = address->ipv6;
    const bool zeroHead
        = std::all_of(groups.begin(), groups.begin() + 5, [](std::uint16_t g) { return g == 0; });
    // "::ffff:a.b.c.d" is classified as its IPv4 address, but not by the private ranges.
    if (zeroHead && groups[5] == 0xffff)
        return isSpecialIpv4((std::uint32_t(groups[6]) << 16) | groups[7]);
    const bool unspecifiedOrLoopback = zeroHead && groups[5] == 0 && groups[6] == 0 && groups[7] <= 1;
    // fe80::/10 link-local, fec0::/10 site-local, fc00::/7 unique local, ff00::/8 multicast.
    return unspecifiedOrLoopback || (groups[0] & 0xffc0) == 0xfe80 || (groups[0] & 0xffc0) == 0xfec0
        || (groups[0] & 0xfe00) == 0xfc00 || (groups[0] & 0xff00) == 0xff00;
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
            if (isPrivateAddress(ip))
                continue;
            Hop hop { ip, {} };
            auto hosts = PatternMatch::all(hostPattern, verified.isEmpty() ? sender : verified);
            while (hosts.hasNext()) {
                const QString host = hosts.next().captured(1);
                if (isAddress(host) || !host.contains(hasLetter))
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
