#include "imap/CopyUidCode.h"

#include "imap/PipelinedAnswers.h"

#include <QList>

#include <optional>
#include <utility>

namespace Core::Imap {

namespace {

    // Far more than one command moves (the cleaner sends a few hundred UIDs at a time);
    // a set that says more, like "1:4294967295", is not believed and not spelled out.
    constexpr qsizetype MaxUids = 1 << 20;

    // A UID: 1 to 2^32 - 1, digits only.
    std::optional<quint32> uidOf(QByteArrayView digits)
    {
        if (digits.isEmpty() || digits.size() > 10)
            return std::nullopt;
        quint64 value = 0;
        for (const char c : digits) {
            if (c < '0' || c > '9')
                return std::nullopt;
            value = value * 10 + quint64(c - '0');
        }
        if (value == 0 || value > 0xFFFFFFFFu)
            return std::nullopt;
        return quint32(value);
    }

    // "3:5,9" spelled out in order; nothing for anything else.
    std::optional<QList<quint32>> uidsOf(QByteArrayView set)
    {
        QList<quint32> uids;
        while (!set.isEmpty()) {
            const qsizetype comma = set.indexOf(',');
            const QByteArrayView item = comma < 0 ? set : set.first(comma);
            set = comma < 0 ? QByteArrayView() : set.sliced(comma + 1);
            if (comma >= 0 && set.isEmpty())
                return std::nullopt;
            const qsizetype colon = item.indexOf(':');
            std::optional<quint32> first = uidOf(colon < 0 ? item : item.first(colon));
            std::optional<quint32> last = colon < 0 ? first : uidOf(item.sliced(colon + 1));
            if (!first || !last)
                return std::nullopt;
            if (*first > *last)
                std::swap(first, last);
            if (qsizetype(*last - *first) >= MaxUids - uids.size())
                return std::nullopt;
            for (quint32 uid = *first;; ++uid) {
                uids.append(uid);
                if (uid == *last)
                    break;
            }
        }
        if (uids.isEmpty())
            return std::nullopt;
        return uids;
    }

} // namespace

void CopyUidCode::read(QByteArrayView line, UidMapping* mapping)
{
    if (line.startsWith("* "))
        line = line.sliced(2);
    const QByteArrayList words = PipelinedAnswers::okCodeOf(line);
    if (words.size() != 4 || words.first().toUpper() != "COPYUID" || !uidOf(words.at(1)))
        return;
    const std::optional<QList<quint32>> sources = uidsOf(words.at(2));
    const std::optional<QList<quint32>> targets = uidsOf(words.at(3));
    if (!sources || !targets || sources->size() != targets->size())
        return;
    for (qsizetype i = 0; i < sources->size(); ++i)
        mapping->insert(sources->at(i), targets->at(i));
}

} // namespace Core::Imap
