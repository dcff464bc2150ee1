#include "analysis/PhraseSet.h"

#include <climits>

namespace Core::Analysis {

void PhraseSet::add(QStringView phrase, int rank)
{
    if (phrase.isEmpty())
        return;
    if (m_lowestRank < 0 || rank < m_lowestRank)
        m_lowestRank = rank;
    if (phrase.size() == 1) {
        m_singleCharacters.append({ phrase, rank });
        return;
    }
    const std::uint32_t start = startOf(phrase[0], phrase[1]);
    const std::size_t bit = bitOf(start);
    m_startBits[bit / 64] |= std::uint64_t(1) << (bit % 64);
    m_byStart[start].append({ phrase, rank });
}

int PhraseSet::lowestRankIn(QStringView text) const
{
    int best = INT_MAX;
    for (const Entry& entry : m_singleCharacters) {
        if (entry.rank < best && text.contains(entry.phrase))
            best = entry.rank;
    }
    const qsizetype size = text.size();
    const QChar* chars = text.data();
    for (qsizetype i = 0; i + 1 < size && best != m_lowestRank; ++i) {
        const std::uint32_t start = startOf(chars[i], chars[i + 1]);
        const std::size_t bit = bitOf(start);
        if (!(m_startBits[bit / 64] & (std::uint64_t(1) << (bit % 64))))
            continue;
        const auto found = m_byStart.constFind(start);
        if (found == m_byStart.constEnd())
            continue;
        for (const Entry& entry : *found) {
            if (entry.rank < best && entry.phrase.size() <= size - i
                && text.sliced(i, entry.phrase.size()) == entry.phrase)
                best = entry.rank;
        }
    }
    return best == INT_MAX ? -1 : best;
}

} // namespace Core::Analysis
