#include "imap/FolderListing.h"

#include "common/LogCategories.h"
#include "imap/StatusAnswer.h"

#include <vmime/net/imap/IMAPUtils.hpp>
#include <vmime/vmime.hpp>

namespace Core::Imap {

using Parser = vmime::net::imap::IMAPParser;

namespace {

    // A mailbox name as the server wrote it (modified UTF-7) as our path: the same name in
    // UTF-8, with the server's own separator ("INBOX.Trash" stays so).
    QString pathOf(const std::string& name, char separator)
    {
        const auto path = vmime::net::imap::IMAPUtils::stringToPath(separator, name);
        return QString::fromStdString(
            path.toString(std::string(1, separator ? separator : '/'), vmime::charsets::UTF_8));
    }

} // namespace

QList<FolderInfo> FolderListing::read(const ParsedResponse& answer,
    const std::shared_ptr<vmime::net::imap::IMAPConnection>& connection, char separator,
    QHash<QString, FolderStatus>* statuses)
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
            vmime::net::folderAttributes attributes;
            vmime::net::imap::IMAPUtils::mailboxFlagsToFolderAttributes(
                connection, list->mailbox_flag_list(), attributes);
            if (attributes.getFlags() & vmime::net::folderAttributes::FLAG_NO_OPEN)
                return;
            FolderInfo info;
            const char pathSeparator = list->quoted_char() ? list->quoted_char() : separator;
            info.path = pathOf(list->mailbox()->name(), pathSeparator);
            info.role = FolderRoles::roleOf(info.path, QChar::fromLatin1(pathSeparator ? pathSeparator : '/'),
                FolderRoles::attributeOf(attributes.getSpecialUse()));
            result.append(info);
        } catch (const std::exception& failure) {
            qCDebug(lcMail) << "folder name:" << failure.what();
        }
    });
    return result;
}

} // namespace Core::Imap
