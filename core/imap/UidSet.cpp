#include "imap/UidSet.h"

#include <algorithm>
#include <utility>

namespace Core::Imap {

namespace {

    void sortUnique(QList<quint32>& uids)
    {
        std::sort(uids.begin(), uids.end());
        uids.erase(std::unique(uids.begin(), uids.end()), uids.end());
    }

} // namespace

QByteArray UidSet::format(QList<quint32> uids)
{
    sortUnique(uids);
    QByteArray text;
    qsizetype i = 0;
    while (i < uids.size()) {
        qsizetype last = i;
        while (last + 1 < uids.size() && uids.at(last + 1) == uids.at(last) + 1)
            ++last;
        if (!text.isEmpty())
            text += ',';
        text += QByteArray::number(uids.at(i));
        if (last > i)
            text += ':' + QByteArray::number(uids.at(last));
        i = last + 1;
    }
    return text;
}

QList<QList<quint32>> UidSet::chunks(QList<quint32> uids, qsizetype size)
{
    sortUnique(uids);
    QList<QList<quint32>> result;
    QList<quint32> chunk;
    qsizetype length = 0; // of the chunk's set
    const auto digits = [](quint32 uid) { return qsizetype(QByteArray::number(uid).size()); };
    for (qsizetype i = 0; i < uids.size();) {
        // The run from i, as long as the chunk has room for its count.
        qsizetype last = i;
        while (last + 1 < uids.size() && uids.at(last + 1) == uids.at(last) + 1
            && chunk.size() + (last + 1 - i) < size)
            ++last;
        const qsizetype runLength
            = (chunk.isEmpty() ? 0 : 1) + digits(uids.at(i)) + (last > i ? 1 + digits(uids.at(last)) : 0);
        if (!chunk.isEmpty() && length + runLength > MaxSetLength) {
            result.append(std::exchange(chunk, {}));
            length = 0;
            continue;
        }
        chunk.append(uids.mid(i, last - i + 1));
        length += runLength;
        i = last + 1;
        if (chunk.size() >= size) {
            result.append(std::exchange(chunk, {}));
            length = 0;
        }
    }
    if (!chunk.isEmpty())
        result.append(chunk);
    return result;
}

} // namespace Core::Imap
