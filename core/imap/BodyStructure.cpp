#include "imap/BodyStructure.h"

namespace Core::Imap {

using Parser = vmime::net::imap::IMAPParser;

namespace {

    QByteArray lowerString(const Parser::xstring* text)
    {
        return text ? QByteArray::fromStdString(text->value()).toLower() : QByteArray();
    }

    quint64 octets(const Parser::body_fields* fields)
    {
        return fields && fields->body_fld_octets() ? fields->body_fld_octets()->value() : 0;
    }

    MessagePart partOf(const Parser::xbody* body, const QByteArray& section, int depth)
    {
        MessagePart part;
        part.section = section;
        if (!body || depth > BodyStructure::MaxDepth)
            return part;
        if (const Parser::body_type_mpart* multipart = body->body_type_mpart()) {
            part.mediaType = "multipart/" + lowerString(multipart->media_subtype());
            if (const Parser::body_ext_mpart* extension = multipart->body_ext_mpart();
                extension && extension->body_fld_param()) {
                for (const Parser::body_fld_param_item* item : extension->body_fld_param()->items()) {
                    if (lowerString(item->string1()) == "boundary" && item->string2())
                        part.boundary = QByteArray::fromStdString(item->string2()->value());
                }
            }
            if (depth == BodyStructure::MaxDepth)
                return part;
            int index = 0;
            for (const Parser::xbody* child : multipart->list()) {
                const QByteArray number = QByteArray::number(++index);
                part.parts.append(
                    partOf(child, section.isEmpty() ? number : section + '.' + number, depth + 1));
            }
            return part;
        }
        const Parser::body_type_1part* single = body->body_type_1part();
        if (!single)
            return part;
        if (const Parser::body_type_text* text = single->body_type_text()) {
            part.mediaType
                = "text/" + lowerString(text->media_text() ? text->media_text()->media_subtype() : nullptr);
            part.size = octets(text->body_fields());
        } else if (const Parser::body_type_msg* message = single->body_type_msg()) {
            part.mediaType = "message/rfc822";
            part.size = octets(message->body_fields());
        } else if (const Parser::body_type_basic* basic = single->body_type_basic()) {
            if (basic->media_basic())
                part.mediaType = lowerString(basic->media_basic()->media_type()) + '/'
                    + lowerString(basic->media_basic()->media_subtype());
            part.size = octets(basic->body_fields());
        }
        return part;
    }

} // namespace

MessagePart BodyStructure::read(const Parser::xbody* body)
{
    return partOf(body, QByteArray(), 0);
}

} // namespace Core::Imap
