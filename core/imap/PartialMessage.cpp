#include "imap/PartialMessage.h"

namespace Core::Imap {

namespace {

    // The parts the analyzer reads: notices, status reports, returned messages and headers.
    bool carriesTheNotice(const MessagePart& part)
    {
        return part.mediaType.startsWith("text/") || part.mediaType.startsWith("message/");
    }

    bool plan(const MessagePart& part, QList<QByteArray>* items, qsizetype* parts)
    {
        if (part.isMultipart()) {
            if (part.boundary.isEmpty() || part.parts.isEmpty())
                return false;
            for (const MessagePart& child : part.parts) {
                if (++*parts > PartialMessage::MaxParts)
                    return false;
                items->append("BODY.PEEK[" + child.section + ".MIME]");
                if (!plan(child, items, parts))
                    return false;
            }
            return true;
        }
        if (carriesTheNotice(part))
            items->append(
                "BODY.PEEK[" + part.section + "]<0." + QByteArray::number(PartialMessage::PartBytes) + '>');
        return true;
    }

    void appendPart(
        QByteArray& message, const MessagePart& part, const QHash<QByteArray, QByteArray>& sections)
    {
        if (!part.isMultipart()) {
            message += sections.value(part.section);
            return;
        }
        for (const MessagePart& child : part.parts) {
            message += "\r\n--" + part.boundary + "\r\n";
            message += sections.value(child.section + ".MIME");
            appendPart(message, child, sections);
        }
        message += "\r\n--" + part.boundary + "--\r\n";
    }

} // namespace

std::optional<QList<QByteArray>> PartialMessage::fetchItems(const MessagePart& structure)
{
    if (!structure.isMultipart())
        return std::nullopt;
    QList<QByteArray> items { QByteArrayLiteral("BODY.PEEK[HEADER]") };
    qsizetype parts = 0;
    if (!plan(structure, &items, &parts))
        return std::nullopt;
    return items;
}

QByteArray PartialMessage::assemble(
    const MessagePart& structure, const QHash<QByteArray, QByteArray>& sections)
{
    QByteArray message = sections.value("HEADER");
    appendPart(message, structure, sections);
    return message;
}

} // namespace Core::Imap
