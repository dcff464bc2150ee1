#include "analysis/MimeHeader.h"

#include "analysis/TextDecoder.h"

#include <QByteArray>
#include <QRegularExpression>
#include <QTimeZone>

#include <vmime/vmime.hpp>

namespace Core::Analysis {

namespace {

    QString unfold(QString text)
    {
        for (QChar& c : text) {
            if (c == u'\n' || c == u'\r' || c == u'\t')
                c = u' ';
        }
        return text.simplified();
    }

    const QRegularExpression& addressPattern()
    {
        // An addr-spec as it appears in the wild: no spaces, brackets or separators.
        static const QRegularExpression pattern(
            QStringLiteral(R"([A-Za-z0-9.!#$%&'*+/=?^_`{|}~\-\x{80}-\x{FFFF}]+@[A-Za-z0-9\-\x{80}-\x{FFFF}]+(?:\.[A-Za-z0-9\-\x{80}-\x{FFFF}]+)*)"));
        return pattern;
    }

} // namespace

// vmime's findField() lower-cases both names for every field it passes, a string
// allocation each: on the analyzer's many lookups that was a tenth of vmime's time.
std::vector<std::shared_ptr<vmime::headerField>> MimeHeader::fieldsNamed(const char* name, bool firstOnly) const
{
    std::vector<std::shared_ptr<vmime::headerField>> result;
    if (!m_header)
        return result;
    const std::size_t count = m_header->getFieldCount();
    for (std::size_t i = 0; i < count; ++i) {
        std::shared_ptr<vmime::headerField> field = m_header->getFieldAt(i);
        if (qstricmp(field->getName().c_str(), name) == 0) {
            result.push_back(std::move(field));
            if (firstOnly)
                break;
        }
    }
    return result;
}

MimeHeader::MimeHeader(std::shared_ptr<vmime::header> header)
    : m_header(std::move(header))
{
}

MimeHeader MimeHeader::parse(const std::string& block)
{
    auto header = std::make_shared<vmime::header>();
    try {
        header->parse(block);
    } catch (const std::exception&) {
        return {};
    }
    return MimeHeader(std::move(header));
}

MimeHeader MimeHeader::parseMessageHeader(const std::string& message)
{
    if (message.rfind('\n', 0) == 0)
        return {};
    const std::size_t end = message.find("\n\n");
    return parse(end == std::string::npos ? message : message.substr(0, end + 1));
}

bool MimeHeader::isEmpty() const
{
    return !m_header || m_header->getFieldCount() == 0;
}

bool MimeHeader::has(const char* name) const
{
    return !fieldsNamed(name, true).empty();
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
    if (!m_header)
        return {};
    const auto fields = fieldsNamed(name, true);
    return fields.empty() ? QString() : valueText(*fields.front());
}

QStringList MimeHeader::texts(const char* name) const
{
    QStringList result;
    if (!m_header)
        return result;
    for (const auto& field : fieldsNamed(name, false))
        result.append(valueText(*field));
    return result;
}

namespace {

    void appendMailbox(const vmime::mailbox& mailbox, QStringList& result)
    {
        const vmime::emailAddress& email = mailbox.getEmail();
        // "To: <Undisclosed Recipients>" has no domain; vmime fills in this machine's host
        // name for it. Neither is an address anyone wrote.
        static const std::string localHost = vmime::platform::getHandler()->getHostName();
        const std::string& domain = email.getDomainName().getBuffer();
        if (domain.empty() || domain == localHost)
            return;
        for (const QString& address : MimeHeader::addressesIn(QString::fromStdString(email.toString()))) {
            if (!result.contains(address))
                result.append(address);
        }
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

QStringList MimeHeader::addresses(const char* name) const
{
    QStringList result;
    if (!m_header)
        return result;
    for (const auto& field : fieldsNamed(name, false)) {
        const auto value = field->getValue();
        if (!value)
            continue;
        if (std::dynamic_pointer_cast<const vmime::text>(value)) {
            // Fields vmime does not know as address fields: read the addresses in the text.
            for (const QString& address : addressesIn(valueText(*field))) {
                if (!result.contains(address))
                    result.append(address);
            }
        } else {
            appendAddresses(*value, result);
        }
    }
    return result;
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
    if (!m_header)
        return result;
    const std::size_t count = m_header->getFieldCount();
    result.reserve(static_cast<qsizetype>(count));
    for (std::size_t i = 0; i < count; ++i) {
        const auto field = m_header->getFieldAt(i);
        result.append({ QString::fromStdString(field->getName()).toLower(), valueText(*field) });
    }
    return result;
}

QStringList MimeHeader::addressesIn(const QString& text)
{
    QStringList result;
    auto it = addressPattern().globalMatch(text);
    while (it.hasNext()) {
        QString address = it.next().captured(0).toLower();
        while (address.endsWith(u'.'))
            address.chop(1);
        if (!address.isEmpty() && !result.contains(address))
            result.append(address);
    }
    return result;
}

QString MimeHeader::messageIdIn(const QString& text)
{
    // Some mail systems write Message-IDs without brackets or without a domain part.
    static const QRegularExpression bracketed(QStringLiteral(R"(<\s*([^<>\s]+)\s*>)"));
    static const QRegularExpression bare(QStringLiteral(R"(([^<>\s"]+))"));
    if (const auto match = bracketed.match(text); match.hasMatch())
        return match.captured(1);
    if (const auto match = bare.match(text); match.hasMatch())
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
    if (value.getYear() < 1980 || value.getYear() > 2200)
        return {};
    const QDate date(value.getYear(), value.getMonth(), value.getDay());
    const QTime time(value.getHour(), value.getMinute(), value.getSecond());
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, QTimeZone(value.getZone() * 60)).toUTC();
}

} // namespace Core::Analysis
