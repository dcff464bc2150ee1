#include "verdict/SentIndex.h"

#include "analysis/LowerCase.h"
#include "analysis/MessageSanitizer.h"
#include "analysis/MimeHeader.h"
#include "analysis/VmimeRuntime.h"

namespace Core::Verdict {

using Analysis::MimeHeader;

void SentIndex::add(Entry entry)
{
    const qsizetype index = m_entries.size();
    if (!entry.messageId.isEmpty())
        m_messageIds.insert(Analysis::LowerCase::of(entry.messageId));
    for (const QString& recipient : entry.recipients)
        m_byRecipient[recipient].append(index);
    if (entry.date.isValid()) {
        if (!m_earliest.isValid() || entry.date < m_earliest)
            m_earliest = entry.date;
        if (!m_latest.isValid() || entry.date > m_latest)
            m_latest = entry.date;
    }
    m_entries.append(std::move(entry));
}

std::optional<SentIndex::Entry> SentIndex::readEntry(QByteArrayView message)
{
    Analysis::VmimeRuntime::ensureInitialized();
    const auto prepared = Analysis::MessageSanitizer::prepare(message);
    const MimeHeader header = MimeHeader::parseMessageHeader(prepared.text);
    if (header.isEmpty())
        return std::nullopt;
    Entry entry;
    entry.messageId = header.messageId("Message-ID");
    for (const char* field : { "To", "Cc", "Bcc" }) {
        for (const QString& address : header.addresses(field)) {
            if (!entry.recipients.contains(address))
                entry.recipients.append(address);
        }
    }
    entry.subject = header.text("Subject");
    entry.date = header.date("Date");
    if (entry.messageId.isEmpty() && entry.recipients.isEmpty())
        return std::nullopt;
    return entry;
}

bool SentIndex::addMessage(QByteArrayView message)
{
    std::optional<Entry> entry = readEntry(message);
    if (!entry)
        return false;
    add(std::move(*entry));
    return true;
}

bool SentIndex::containsMessageId(const QString& messageId) const
{
    return m_messageIds.contains(Analysis::LowerCase::of(messageId));
}

QList<const SentIndex::Entry*> SentIndex::sentTo(const QString& address) const
{
    QList<const Entry*> result;
    for (qsizetype index : m_byRecipient.value(Analysis::LowerCase::of(address)))
        result.append(&m_entries.at(index));
    return result;
}

} // namespace Core::Verdict
