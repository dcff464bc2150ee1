#include "imap/CopyUidCode.h"

#include <QList>

#include <utility>

namespace Core::Imap {

using Parser = vmime::net::imap::IMAPParser;

namespace {

    // Far more than one command moves (the cleaner sends a few hundred UIDs at a time);
    // a set that says more, like "1:4294967295", is not believed and not spelled out.
    constexpr qsizetype MaxUids = 1 << 20;

    bool appendUids(const Parser::uid_set* set, QList<quint32>* uids)
    {
        for (; set; set = set->next_uid_set()) {
            if (set->uniqueid()) {
                uids->append(static_cast<quint32>(set->uniqueid()->value()));
            } else if (const Parser::uid_range* range = set->uid_range()) {
                quint32 first = static_cast<quint32>(range->uniqueid1()->value());
                quint32 last = static_cast<quint32>(range->uniqueid2()->value());
                if (first > last)
                    std::swap(first, last);
                if (qsizetype(last - first) >= MaxUids - uids->size())
                    return false;
                for (quint32 uid = first; uid <= last && uid != 0; ++uid)
                    uids->append(uid);
            }
            if (uids->size() > MaxUids)
                return false;
        }
        return true;
    }

} // namespace

void CopyUidCode::read(const Parser::resp_text* text, UidMapping* mapping)
{
    if (!text || !text->resp_text_code() || text->resp_text_code()->type() != Parser::resp_text_code::COPYUID)
        return;
    QList<quint32> sources;
    QList<quint32> targets;
    if (!appendUids(text->resp_text_code()->uid_set(), &sources)
        || !appendUids(text->resp_text_code()->uid_set2(), &targets) || sources.size() != targets.size())
        return;
    for (qsizetype i = 0; i < sources.size(); ++i)
        mapping->insert(sources.at(i), targets.at(i));
}

} // namespace Core::Imap
