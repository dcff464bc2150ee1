#include "imap/StatusAnswer.h"

namespace Core::Imap {

using Parser = vmime::net::imap::IMAPParser;

void StatusAnswer::read(const Parser::status_att_list* values, FolderStatus* status)
{
    if (!values)
        return;
    for (const Parser::status_att_val* value : values->values()) {
        switch (value->type()) {
        case Parser::status_att_val::MESSAGES:
            status->messages = static_cast<quint32>(value->value_as_number()->value());
            break;
        case Parser::status_att_val::UIDNEXT:
            status->uidNext = static_cast<quint32>(value->value_as_number()->value());
            break;
        case Parser::status_att_val::UIDVALIDITY:
            status->uidValidity = static_cast<quint32>(value->value_as_number()->value());
            break;
        case Parser::status_att_val::HIGHESTMODSEQ:
            status->highestModSeq = value->value_as_mod_sequence_value()->value();
            break;
        default:
            break;
        }
    }
}

} // namespace Core::Imap
