#include "imap/FolderListing.h"

#include "common/LogCategories.h"
#include "imap/StatusAnswer.h"

#include <vmime/net/imap/IMAPUtils.hpp>
#include <vmime/vmime.hpp>

namespace Core::Imap {

using Parser = vmime::net::imap::IMAPParser;

namespace {

    struct Flags {
        bool openable = true;
        QString specialUse; // as RFC 6154 names it: "\\Sent"
    };

    // \Noselect: a name in the hierarchy only, which cannot be opened (RFC 3501 7.2.2).
    // vmime reads the special-use attributes of RFC 6154 into their own types.
    Flags flagsOf(const Parser::mailbox_flag_list* list)
    {
        Flags flags;
        if (!list)
            return flags;
        for (const Parser::mailbox_flag* flag : list->flags()) {
            switch (flag->type()) {
            case Parser::mailbox_flag::NOSELECT:
                flags.openable = false;
                break;
            case Parser::mailbox_flag::SPECIALUSE_SENT:
                flags.specialUse = QStringLiteral("\\Sent");
                break;
            case Parser::mailbox_flag::SPECIALUSE_TRASH:
                flags.specialUse = QStringLiteral("\\Trash");
                break;
            case Parser::mailbox_flag::SPECIALUSE_JUNK:
                flags.specialUse = QStringLiteral("\\Junk");
                break;
            case Parser::mailbox_flag::SPECIALUSE_DRAFTS:
                flags.specialUse = QStringLiteral("\\Drafts");
                break;
            case Parser::mailbox_flag::SPECIALUSE_ARCHIVE:
                flags.specialUse = QStringLiteral("\\Archive");
                break;
            default:
                break;
            }
        }
        return flags;
    }

    // A mailbox name as the server wrote it (modified UTF-7) as our path: the same name in
    // UTF-8, with the server's own separator ("INBOX.Trash" stays so).
    QString pathOf(const std::string& name, char separator)
    {
        const auto path = vmime::net::imap::IMAPUtils::stringToPath(separator, name);
        return QString::fromStdString(
            path.toString(std::string(1, separator ? separator : '/'), vmime::charsets::UTF_8));
    }

} // namespace

QList<FolderInfo> FolderListing::read(
    const ParsedResponse& answer, char separator, QHash<QString, FolderStatus>* statuses)
{
    QList<FolderInfo> result;
    answer.forEachData([&](const Parser::response_data& data) {
        const Parser::mailbox_data* mailbox = data.mailbox_data();
        if (!mailbox)
            return;
        try {
            if (mailbox->type() == Parser::mailbox_data::STATUS && statuses && mailbox->mailbox()) {
                FolderStatus status;
                StatusAnswer::read(mailbox->status_att_list(), &status);
                statuses->insert(pathOf(mailbox->mailbox()->name(), separator), status);
                return;
            }
            if (mailbox->type() != Parser::mailbox_data::LIST || !mailbox->mailbox_list())
                return;
            const Parser::mailbox_list* list = mailbox->mailbox_list();
            const Flags flags = flagsOf(list->mailbox_flag_list());
            if (!flags.openable)
                return;
            FolderInfo info;
            const char pathSeparator = list->quoted_char() ? list->quoted_char() : separator;
            info.path = pathOf(list->mailbox()->name(), pathSeparator);
            info.role = FolderRoles::roleOf(
                info.path, QChar::fromLatin1(pathSeparator ? pathSeparator : '/'), flags.specialUse);
            result.append(info);
        } catch (const std::exception& failure) {
            qCDebug(lcMail) << "folder name:" << failure.what();
        }
    });
    return result;
}

} // namespace Core::Imap
