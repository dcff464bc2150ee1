#include "analysis/DeliveryStatus.h"

#include "analysis/MimeHeader.h"
#include "analysis/ReasonRules.h"

namespace Core::Analysis {

QString DeliveryStatus::valueOf(const QString& typedValue)
{
    const qsizetype semicolon = typedValue.indexOf(u';');
    QString value = semicolon >= 0 ? typedValue.mid(semicolon + 1) : typedValue;
    return value.trimmed();
}

QString DeliveryStatus::addressOf(const QString& typedAddress)
{
    QString value = valueOf(typedAddress);
    if (value.startsWith(u'<') && value.endsWith(u'>'))
        value = value.mid(1, value.size() - 2).trimmed();
    const QStringList addresses = MimeHeader::addressesIn(value);
    return addresses.isEmpty() ? QString() : addresses.first();
}

DeliveryStatus DeliveryStatus::parse(const std::string& body)
{
    DeliveryStatus status;
    // Blocks are separated by blank lines; some mail systems forget them, so a new
    // recipient also starts wherever a recipient field repeats.
    std::string flattened;
    flattened.reserve(body.size());
    {
        std::size_t pos = 0;
        while (pos < body.size()) {
            std::size_t end = body.find('\n', pos);
            end = end == std::string::npos ? body.size() : end + 1;
            const auto line = std::string_view(body).substr(pos, end - pos);
            if (line.find_first_not_of(" \t\r\n") != std::string_view::npos)
                flattened.append(line);
            pos = end;
        }
    }
    const MimeHeader fields = MimeHeader::parse(flattened);
    Recipient* current = nullptr;
    for (const MimeHeader::Field& field : fields.fields()) {
        const QString& name = field.name;
        if (name == u"final-recipient" || name == u"original-recipient") {
            const bool isFinal = name == u"final-recipient";
            // Original-Recipient and Final-Recipient come in either order; a field seen
            // twice starts the next recipient.
            if (!current || !(isFinal ? current->finalRecipient : current->originalRecipient).isEmpty()) {
                status.m_recipients.append(Recipient {});
                current = &status.m_recipients.last();
            }
            (isFinal ? current->finalRecipient : current->originalRecipient) = addressOf(field.value);
        } else if (!current) {
            if (name == u"reporting-mta")
                status.m_reportingMta = valueOf(field.value);
            else if (name == u"x-original-message-id" || name == u"original-message-id")
                status.m_originalMessageId = MimeHeader::messageIdIn(field.value);
            else if (name == u"action" || name == u"status" || name == u"diagnostic-code") {
                // Recipient fields before any recipient: keep them for a recipient-less report.
                status.m_recipients.append(Recipient {});
                current = &status.m_recipients.last();
            }
        }
        if (!current)
            continue;
        if (name == u"action")
            current->action = field.value.toLower().trimmed();
        else if (name == u"status")
            current->status = ReasonRules::statusCodeIn(field.value);
        else if (name == u"remote-mta")
            current->remoteMta = valueOf(field.value);
        else if (name == u"diagnostic-code")
            current->diagnostic = valueOf(field.value);
        else if (name == u"reporting-mta" && status.m_reportingMta.isEmpty())
            status.m_reportingMta = valueOf(field.value);
    }
    return status;
}

} // namespace Core::Analysis
