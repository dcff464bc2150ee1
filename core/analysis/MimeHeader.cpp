#include "analysis/MimeHeader.h"

#include "analysis/LowerCase.h"
#include "analysis/MessageSanitizer.h"
#include "analysis/PatternMatch.h"
#include "analysis/TextDecoder.h"

#include <QByteArray>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>
#include <array>
#include <cstring>
#include <string_view>
#include <utility>

#include <vmime/vmime.hpp>

namespace Core::Analysis {

namespace {

    // Where a field's value lies: after the colon and its blanks, before the line end.
    std::pair<std::size_t, std::size_t> valueBounds(
        const std::string& text, const HeaderFieldSpans::Span& span)
    {
        std::size_t begin = text.find(':', span.begin);
        if (begin == std::string::npos || begin >= span.end)
            return { span.end, span.end };
        ++begin;
        while (begin < span.end && (text[begin] == ' ' || text[begin] == '\t'))
            ++begin;
        std::size_t end = span.end;
        while (end > begin
            && (text[end - 1] == ' ' || text[end - 1] == '\t' || text[end - 1] == '\r'
                || text[end - 1] == '\n'))
            --end;
        return { begin, end };
    }

    // Line ends, tabs and other blanks as QString::simplified() takes them: each run one
    // space, none at either end. In one pass over the value's own characters: simplified()
    // copied each value once more, and values are read by the thousand.
    QString unfold(QString text)
    {
        if (text.isEmpty())
            return text;
        QChar* const begin = text.data();
        const QChar* const end = begin + text.size();
        QChar* out = begin;
        bool blank = false;
        for (const QChar* in = begin; in != end; ++in) {
            if (in->isSpace()) {
                blank = out != begin;
                continue;
            }
            if (blank) {
                *out++ = u' ';
                blank = false;
            }
            *out++ = *in;
        }
        text.truncate(out - begin);
        return text;
    }

    const QRegularExpression& addressPattern()
    {
        // An addr-spec as it appears in the wild: no spaces, brackets or separators.
        static const QRegularExpression pattern(QStringLiteral(
            R"([A-Za-z0-9.!#$%&'*+/=?^_`{|}~\-\x{80}-\x{FFFF}]+@[A-Za-z0-9\-\x{80}-\x{FFFF}]+(?:\.[A-Za-z0-9\-\x{80}-\x{FFFF}]+)*)"));
        return pattern;
    }

    // Addresses are compared lower-cased, without the dots some mail systems leave after
    // the domain.
    QString normalizedAddress(const QString& address)
    {
        QString result = LowerCase::of(address);
        while (result.endsWith(u'.'))
            result.chop(1);
        return result;
    }

    void appendOnce(const QString& address, QStringList& result)
    {
        if (!address.isEmpty() && !result.contains(address))
            result.append(address);
    }

} // namespace

struct MimeHeader::Fields {
    std::string text;
    std::vector<HeaderFieldSpans::Span> spans;
    std::vector<std::shared_ptr<vmime::headerField>> parsed; // one per span, filled on use
};

std::shared_ptr<vmime::headerField> MimeHeader::fieldAt(std::size_t index) const
{
    std::shared_ptr<vmime::headerField>& field = m_fields->parsed[index];
    if (!field) {
        const HeaderFieldSpans::Span& span = m_fields->spans[index];
        try {
            field = vmime::headerField::parseNext(
                vmime::parsingContext::getDefaultContext(), m_fields->text, span.begin, span.end);
        } catch (const std::exception&) {
        }
        if (!field) // unreadable: present, with an empty value
            field = vmime::headerFieldFactory::getInstance()->create(span.lowerName);
    }
    return field;
}

std::vector<std::size_t> MimeHeader::indexesNamed(const char* name, bool firstOnly) const
{
    std::vector<std::size_t> result;
    if (!m_fields)
        return result;
    // Only a name as long as the one asked for can match (or one a NUL cuts to its
    // length, as qstricmp reads it): most fields are passed over without a comparison.
    const std::size_t length = std::strlen(name);
    for (std::size_t i = 0; i < m_fields->spans.size(); ++i) {
        const std::string& lowerName = m_fields->spans[i].lowerName;
        const bool sameLength
            = lowerName.size() == length || (lowerName.size() > length && lowerName[length] == '\0');
        if (sameLength && qstricmp(lowerName.c_str(), name) == 0) {
            result.push_back(i);
            if (firstOnly)
                break;
        }
    }
    return result;
}

QString MimeHeader::textAt(std::size_t index) const
{
    // Read as text, a structured value needs no structure: vmime's parse of it as an
    // address list or a date, and its generate() back to text, were a sixth of the
    // analysis.
    const std::string& text = m_fields->text;
    const auto [begin, end] = valueBounds(text, m_fields->spans[index]);
    if (begin == end)
        return {};
    // Plain ASCII with no encoded word in it is its own text: most values are, and vmime's
    // word parse of them was a tenth of the analysis.
    const std::string_view raw(text.data() + begin, end - begin);
    if (raw.find("=?") == std::string_view::npos
        && std::all_of(raw.begin(), raw.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; }))
        return unfold(QString::fromLatin1(raw.data(), static_cast<qsizetype>(raw.size())));
    vmime::text value;
    try {
        value.parse(text, begin, end);
    } catch (const std::exception&) {
        return {};
    }
    return unfold(TextDecoder::decode(value));
}

MimeHeader MimeHeader::parse(const std::string& block)
{
    return fromText(block, HeaderFieldSpans::split(block));
}

MimeHeader MimeHeader::fromText(std::string text, const HeaderFieldSpans& spans)
{
    MimeHeader header;
    if (spans.fields().empty())
        return header;
    header.m_fields = std::make_shared<Fields>();
    header.m_fields->text = std::move(text);
    header.m_fields->spans = spans.fields();
    header.m_fields->parsed.resize(header.m_fields->spans.size());
    return header;
}

MimeHeader MimeHeader::parseMessageHeader(const std::string& message)
{
    const HeaderFieldSpans spans = HeaderFieldSpans::split(message);
    return fromText(message.substr(0, spans.bodyStart()), spans);
}

QString MimeHeader::messageIdOfMessage(QByteArrayView bytes)
{
    return parseMessageHeader(MessageSanitizer::prepare(bytes).text).messageId("Message-ID");
}

bool MimeHeader::isEmpty() const
{
    return !m_fields || m_fields->spans.empty();
}

bool MimeHeader::has(const char* name) const
{
    return !indexesNamed(name, true).empty();
}

QString MimeHeader::valueText(const vmime::headerField& field)
{
    const auto value = field.getValue();
    if (!value)
        return {};
    if (const auto text = std::dynamic_pointer_cast<const vmime::text>(value))
        return unfold(TextDecoder::decode(*text));
    return unfold(TextDecoder::decode(value->generate(), std::string()));
}

QString MimeHeader::text(const char* name) const
{
    const auto indexes = indexesNamed(name, true);
    return indexes.empty() ? QString() : textAt(indexes.front());
}

QStringList MimeHeader::texts(const char* name) const
{
    QStringList result;
    for (const std::size_t index : indexesNamed(name, false))
        result.append(textAt(index));
    return result;
}

namespace {

    // Letters, digits, '-' and single dots (and '_' and '+' before the @): an address part
    // that vmime writes back unchanged, neither quoted nor converted.
    bool isPlainAddressPart(const std::string& part, bool isDomain)
    {
        if (part.empty() || part.front() == '.')
            return false;
        char previous = 0;
        for (const char c : part) {
            const bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '-' || c == '.' || (!isDomain && (c == '_' || c == '+'));
            if (!plain || (c == '.' && previous == '.'))
                return false;
            previous = c;
        }
        return true;
    }

    // "To: <Undisclosed Recipients>" has no domain; vmime fills in this machine's host
    // name for it. Neither is an address anyone wrote.
    const std::string& localHostName()
    {
        static const std::string name = vmime::platform::getHandler()->getHostName();
        return name;
    }

    std::string_view trimmedBlanks(std::string_view text)
    {
        const auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
        while (!text.empty() && blank(text.front()))
            text.remove_prefix(1);
        while (!text.empty() && blank(text.back()))
            text.remove_suffix(1);
        return text;
    }

    // One mailbox written plainly, read without vmime: an address, bare or in brackets
    // after a name of plain words or (in a field vmime reads as mailboxes) after one quoted
    // string without escapes or line ends. Its lower-cased address, or nothing where vmime
    // must read it.
    std::optional<QString> plainMailbox(std::string_view value, bool quotedNameAllowed)
    {
        value = trimmedBlanks(value);
        std::string_view address = value;
        if (const std::size_t open = value.find('<'); open != std::string_view::npos) {
            const std::string_view name = trimmedBlanks(value.substr(0, open));
            bool plainName = false;
            if (quotedNameAllowed && name.size() >= 2 && name.front() == '"' && name.back() == '"') {
                const std::string_view inner = name.substr(1, name.size() - 2);
                plainName = inner.find_first_of("\"\\\r\n") == std::string_view::npos;
            } else {
                plainName = std::all_of(name.begin(), name.end(), [](char c) {
                    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                        || c == ' ' || c == '\t' || c == '\r' || c == '\n';
                });
            }
            if (!plainName || !value.ends_with('>'))
                return std::nullopt;
            address = value.substr(open + 1, value.size() - open - 2);
        }
        const std::size_t at = address.find('@');
        if (at == std::string_view::npos)
            return std::nullopt;
        const std::string local(address.substr(0, at));
        const std::string domain(address.substr(at + 1));
        // An address at this machine's name is dropped from address fields, not from text:
        // it takes the slow way.
        if (!isPlainAddressPart(local, false) || !isPlainAddressPart(domain, true)
            || domain == localHostName())
            return std::nullopt;
        return normalizedAddress(QString::fromLatin1(local + '@' + domain));
    }

    // A domain as vmime writes it back in an address: each label that is not ASCII as
    // Punycode.
    std::string asciiDomain(const std::string& rawDomain)
    {
        if (vmime::utility::stringUtils::is7bit(rawDomain))
            return rawDomain;
        // vmime's Punycode step reads UTF-8 unchecked: a sequence cut short at the end of
        // a label made it read past the label, and the same domain came out differently
        // from one call to the next (found by fuzz_header_spans). It is given valid UTF-8
        // alone, each broken sequence as U+FFFD.
        const std::string domain
            = QString::fromUtf8(rawDomain.data(), qsizetype(rawDomain.size())).toUtf8().toStdString();
        std::string result;
        std::size_t begin = 0;
        for (;;) {
            const std::size_t dot = domain.find('.', begin);
            std::string label;
            vmime::charset::convert(domain.substr(begin, dot == std::string::npos ? dot : dot - begin), label,
                vmime::charsets::UTF_8, vmime::charsets::IDNA);
            result += label;
            if (dot == std::string::npos)
                return result;
            result += '.';
            begin = dot + 1;
        }
    }

    void appendMailbox(const vmime::mailbox& mailbox, QStringList& result)
    {
        const vmime::emailAddress& email = mailbox.getEmail();
        const std::string& domain = email.getDomainName().getBuffer();
        if (domain.empty() || domain == localHostName())
            return;
        const std::string& local = email.getLocalName().getBuffer();
        if (isPlainAddressPart(local, false) && isPlainAddressPart(domain, true)) {
            appendOnce(normalizedAddress(QString::fromLatin1(local + '@' + domain)), result);
            return;
        }
        // Decoded here, not written back by vmime: it writes a local part in a charset that
        // ICU opens only one way as an encoded word, and leaks the converter it opened.
        QString address = TextDecoder::decode(local, email.getLocalName().getCharset().getName());
        // Quoted where vmime quotes it, so that the search below finds only what can be
        // mailed (its escapes would add nothing the search can find).
        static const QString specials = QStringLiteral(" \t\"(),:;<>@[\\]");
        if (std::any_of(address.cbegin(), address.cend(), [](QChar c) { return specials.contains(c); }))
            address = u'"' + address + u'"';
        try {
            address += u'@' + QString::fromStdString(asciiDomain(domain));
        } catch (const std::exception&) {
            return;
        }
        for (const QString& found : MimeHeader::addressesIn(address))
            appendOnce(found, result);
    }

    void appendAddresses(const vmime::headerFieldValue& value, QStringList& result)
    {
        if (const auto* list = dynamic_cast<const vmime::addressList*>(&value)) {
            for (std::size_t i = 0; i < list->getAddressCount(); ++i)
                appendAddresses(*list->getAddressAt(i), result);
        } else if (const auto* group = dynamic_cast<const vmime::mailboxGroup*>(&value)) {
            for (std::size_t i = 0; i < group->getMailboxCount(); ++i)
                appendMailbox(*group->getMailboxAt(i), result);
        } else if (const auto* mailboxes = dynamic_cast<const vmime::mailboxList*>(&value)) {
            for (std::size_t i = 0; i < mailboxes->getMailboxCount(); ++i)
                appendMailbox(*mailboxes->getMailboxAt(i), result);
        } else if (const auto* mailbox = dynamic_cast<const vmime::mailbox*>(&value)) {
            appendMailbox(*mailbox, result);
        }
    }

} // namespace

std::optional<QStringList> MimeHeader::plainAddressesAt(std::size_t index) const
{
    const std::string& text = m_fields->text;
    const HeaderFieldSpans::Span& span = m_fields->spans[index];
    const auto [begin, end] = valueBounds(text, span);
    const std::string_view value(text.data() + begin, end - begin);
    // vmime reads these as mailboxes (the first of a list) or as lists of them; other
    // fields as text, where an address is searched for, and a quoted name could hold one.
    static const std::array<std::string_view, 4> mailboxFields { "from", "sender", "reply-to",
        "delivered-to" };
    static const std::array<std::string_view, 3> listFields { "to", "cc", "bcc" };
    const bool isList = std::find(listFields.begin(), listFields.end(), span.lowerName) != listFields.end();
    const bool isMailbox = isList
        || std::find(mailboxFields.begin(), mailboxFields.end(), span.lowerName) != mailboxFields.end();
    QStringList result;
    std::size_t from = 0;
    bool quoted = false;
    for (std::size_t at = 0; at <= value.size(); ++at) {
        if (at < value.size() && value[at] == '"')
            quoted = !quoted;
        if (at < value.size() && (quoted || value[at] != ','))
            continue;
        if (at < value.size() && !isList)
            return std::nullopt;
        const std::optional<QString> address = plainMailbox(value.substr(from, at - from), isMailbox);
        if (!address)
            return std::nullopt;
        appendOnce(*address, result);
        from = at + 1;
    }
    return result;
}

QStringList MimeHeader::addresses(const char* name) const
{
    QStringList result;
    for (const std::size_t index : indexesNamed(name, false)) {
        if (const std::optional<QStringList> plain = plainAddressesAt(index)) {
            for (const QString& address : *plain)
                appendOnce(address, result);
            continue;
        }
        appendAddressesByVmime(index, result);
    }
    return result;
}

QStringList MimeHeader::addressesByVmime(const char* name) const
{
    QStringList result;
    for (const std::size_t index : indexesNamed(name, false))
        appendAddressesByVmime(index, result);
    return result;
}

void MimeHeader::appendAddressesByVmime(std::size_t index, QStringList& result) const
{
    const auto value = fieldAt(index)->getValue();
    if (!value)
        return;
    if (std::dynamic_pointer_cast<const vmime::text>(value)) {
        // Fields vmime does not know as address fields: read the addresses in the text.
        for (const QString& address : addressesIn(textAt(index)))
            appendOnce(address, result);
    } else {
        appendAddresses(*value, result);
    }
}

QString MimeHeader::messageId(const char* name) const
{
    return messageIdIn(text(name));
}

QDateTime MimeHeader::date(const char* name) const
{
    return parseDate(text(name));
}

QList<MimeHeader::Field> MimeHeader::fields() const
{
    QList<Field> result;
    if (!m_fields)
        return result;
    for (std::size_t i = 0; i < m_fields->spans.size(); ++i)
        result.append({ QString::fromStdString(m_fields->spans[i].lowerName), textAt(i) });
    return result;
}

QStringList MimeHeader::addressesIn(const QString& text)
{
    QStringList result;
    auto it = PatternMatch::all(addressPattern(), text);
    while (it.hasNext())
        appendOnce(normalizedAddress(it.next().captured(0)), result);
    return result;
}

QString MimeHeader::firstAddressIn(const QString& text)
{
    // The pattern's classes, over code points: ASCII marks and letters, and every code
    // point from U+0080 to U+FFFF; one beyond the BMP (a surrogate pair) is in neither.
    const auto isLocal = [](char16_t c) {
        return (c >= 0x80 && !QChar::isSurrogate(c)) || (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z')
            || (c >= u'0' && c <= u'9')
            || (c < 0x80
                && std::u16string_view(u".!#$%&'*+/=?^_`{|}~-").find(c) != std::u16string_view::npos);
    };
    const auto isDomain = [](char16_t c) {
        return (c >= 0x80 && !QChar::isSurrogate(c)) || (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z')
            || (c >= u'0' && c <= u'9') || c == u'-';
    };
    const char16_t* const units = QStringView(text).utf16();
    const qsizetype size = text.size();
    // A text that is not valid UTF-16 is one the pattern does not search at all.
    for (qsizetype i = 0; i < size; ++i) {
        if (QChar::isHighSurrogate(units[i]) && i + 1 < size && QChar::isLowSurrogate(units[i + 1]))
            ++i;
        else if (QChar::isSurrogate(units[i]))
            return {};
    }
    // The leftmost match ends its local part at the first '@' with a local character
    // before it and a domain character after it; it starts where that run starts.
    for (qsizetype at = text.indexOf(u'@'); at >= 0; at = text.indexOf(u'@', at + 1)) {
        if (at == 0 || !isLocal(units[at - 1]) || at + 1 >= size || !isDomain(units[at + 1]))
            continue;
        qsizetype begin = at - 1;
        while (begin > 0 && isLocal(units[begin - 1]))
            --begin;
        qsizetype end = at + 1;
        while (end < size && isDomain(units[end]))
            ++end;
        while (end + 1 < size && units[end] == u'.' && isDomain(units[end + 1])) {
            end += 2;
            while (end < size && isDomain(units[end]))
                ++end;
        }
        return normalizedAddress(text.mid(begin, end - begin));
    }
    return {};
}

QString MimeHeader::domainOf(const QString& address)
{
    const qsizetype at = address.lastIndexOf(u'@');
    return at < 0 ? QString() : address.mid(at + 1);
}

QString MimeHeader::messageIdIn(const QString& text)
{
    // Some mail systems write Message-IDs without brackets or without a domain part.
    static const QRegularExpression bracketed(QStringLiteral(R"(<\s*([^<>\s]+)\s*>)"));
    static const QRegularExpression bare(QStringLiteral(R"(([^<>\s"]+))"));
    if (const auto match = PatternMatch::first(bracketed, text); match.hasMatch())
        return match.captured(1);
    if (const auto match = PatternMatch::first(bare, text); match.hasMatch())
        return match.captured(1);
    return {};
}

QDateTime MimeHeader::parseDate(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    QDateTime parsed = QDateTime::fromString(trimmed, Qt::RFC2822Date);
    if (parsed.isValid())
        return parsed.toUTC();
    vmime::datetime value;
    try {
        value.parse(trimmed.toStdString());
    } catch (const std::exception&) {
        return {};
    }
    // vmime takes any number for the offset; one of a day or more is no clock's.
    constexpr int MaxZoneMinutes = 24 * 60;
    if (value.getYear() < 1980 || value.getYear() > 2200 || value.getZone() <= -MaxZoneMinutes
        || value.getZone() >= MaxZoneMinutes)
        return {};
    const QDate date(value.getYear(), value.getMonth(), value.getDay());
    const QTime time(value.getHour(), value.getMinute(), value.getSecond());
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, QTimeZone(value.getZone() * 60)).toUTC();
}

} // namespace Core::Analysis
