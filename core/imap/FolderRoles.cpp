#include "imap/FolderRoles.h"

#include <QList>
#include <QStringView>

#include <utility>

namespace Core::Imap {

namespace {

    const QList<std::pair<FolderRole, QList<QStringView>>>& nameTable()
    {
        // Lower-cased, accents as servers and clients write them (and without, as some do).
        static const QList<std::pair<FolderRole, QList<QStringView>>> table {
            { FolderRole::Sent,
                { u"sent", u"sent items", u"sent messages", u"sent mail", u"sent-mail", u"gesendet",
                    u"gesendete elemente", u"gesendete objekte", u"envoyés", u"envoyes", u"éléments envoyés",
                    u"elements envoyes", u"messages envoyés", u"elementos enviados", u"enviados", u"enviado",
                    u"posta inviata", u"inviati", u"verzonden items", u"verzonden", u"skickat",
                    u"skickade objekt", u"sendt", u"sendte elementer", u"lähetetyt", u"wysłane",
                    u"elementy wysłane", u"odeslaná pošta", u"отправленные", u"送信済み", u"已发送" } },
            { FolderRole::Trash,
                { u"trash", u"deleted items", u"deleted messages", u"bin", u"papierkorb",
                    u"gelöschte elemente", u"gelöschte objekte", u"corbeille", u"éléments supprimés",
                    u"elements supprimes", u"papelera", u"elementos eliminados", u"cestino",
                    u"posta eliminata", u"prullenbak", u"verwijderde items", u"papperskorgen",
                    u"borttagna objekt", u"papirkurv", u"kosz", u"elementy usunięte", u"koš", u"удаленные",
                    u"корзина", u"ゴミ箱", u"已删除" } },
            { FolderRole::Junk,
                { u"junk", u"junk e-mail", u"junk email", u"spam", u"bulk mail", u"spamverdacht",
                    u"courrier indésirable", u"correo no deseado", u"posta indesiderata",
                    u"ongewenste e-mail" } },
            { FolderRole::Drafts,
                { u"drafts", u"entwürfe", u"brouillons", u"borradores", u"bozze", u"concepten" } },
            { FolderRole::Archive, { u"archive", u"archives", u"archiv" } },
        };
        return table;
    }

} // namespace

FolderRole FolderRoles::roleOf(const QString& path, QChar separator, const QString& specialUse)
{
    const QString use = specialUse.toLower();
    if (use == u"\\sent")
        return FolderRole::Sent;
    if (use == u"\\trash")
        return FolderRole::Trash;
    if (use == u"\\junk")
        return FolderRole::Junk;
    if (use == u"\\drafts")
        return FolderRole::Drafts;
    if (use == u"\\archive")
        return FolderRole::Archive;
    if (path.compare(u"INBOX", Qt::CaseInsensitive) == 0)
        return FolderRole::Inbox;
    // "[Gmail]/Sent Mail", "INBOX.Sent", "INBOX/Gesendet": the last component names it.
    const QString last = (separator.isNull() ? path : path.section(separator, -1)).trimmed().toLower();
    for (const auto& [role, names] : nameTable()) {
        for (const QStringView name : names) {
            if (last == name)
                return role;
        }
    }
    return FolderRole::Other;
}

QString FolderRoles::roleName(FolderRole role)
{
    switch (role) {
    case FolderRole::Inbox:
        return QStringLiteral("inbox");
    case FolderRole::Sent:
        return QStringLiteral("sent");
    case FolderRole::Trash:
        return QStringLiteral("trash");
    case FolderRole::Junk:
        return QStringLiteral("junk");
    case FolderRole::Drafts:
        return QStringLiteral("drafts");
    case FolderRole::Archive:
        return QStringLiteral("archive");
    case FolderRole::Other:
        break;
    }
    return QStringLiteral("other");
}

} // namespace Core::Imap
