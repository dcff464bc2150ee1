#include "imap/UidSet.h"

#include <algorithm>

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
    for (qsizetype start = 0; start < uids.size(); start += size)
        result.append(uids.mid(start, size));
    return result;
}

} // namespace Core::Imap
