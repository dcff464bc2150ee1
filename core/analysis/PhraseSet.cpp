#include "analysis/PhraseSet.h"

#include <algorithm>
#include <climits>

namespace Core::Analysis {

PhraseSet::PhraseSet(const QList<Phrase>& phrases)
{
    for (const Phrase& phrase : phrases) {
        if (phrase.text.isEmpty())
            continue;
        if (m_lowestRank < 0 || phrase.rank < m_lowestRank)
            m_lowestRank = phrase.rank;
        if (phrase.text.size() == 1) {
            m_singleCharacters.append({ phrase.text, phrase.rank });
            continue;
        }
        const std::size_t bit = bitOf(startOf(phrase.text[0], phrase.text[1]));
        m_startBits[bit / 64] |= std::uint64_t(1) << (bit % 64);
        m_entries.push_back({ phrase.text, phrase.rank });
    }
    // Stable: phrases of one start keep their order.
    std::stable_sort(m_entries.begin(), m_entries.end(), [](const Entry& left, const Entry& right) {
        return startOf(left.phrase[0], left.phrase[1]) < startOf(right.phrase[0], right.phrase[1]);
    });
    buildSlots();
}

void PhraseSet::buildSlots()
{
    std::size_t starts = 0;
    for (std::size_t i = 0; i < m_entries.size(); ++i) {
        if (i == 0
            || startOf(m_entries[i].phrase[0], m_entries[i].phrase[1])
                != startOf(m_entries[i - 1].phrase[0], m_entries[i - 1].phrase[1]))
            ++starts;
    }
    std::size_t size = 16;
    while (size < 2 * starts)
        size *= 2;
    m_slots.assign(size, Slot {});
    for (std::size_t i = 0; i < m_entries.size();) {
        const std::uint32_t start = startOf(m_entries[i].phrase[0], m_entries[i].phrase[1]);
        std::size_t end = i + 1;
        while (end < m_entries.size() && startOf(m_entries[end].phrase[0], m_entries[end].phrase[1]) == start)
            ++end;
        std::size_t index = bitOf(start) & (size - 1);
        while (m_slots[index].count != 0)
            index = (index + 1) & (size - 1);
        m_slots[index] = { start, std::uint32_t(i), std::uint32_t(end - i) };
        i = end;
    }
}

const PhraseSet::Slot* PhraseSet::slotOf(std::uint32_t start) const
{
    const std::size_t mask = m_slots.size() - 1;
    for (std::size_t index = bitOf(start) & mask; m_slots[index].count != 0; index = (index + 1) & mask) {
        if (m_slots[index].start == start)
            return &m_slots[index];
    }
    return nullptr;
}

int PhraseSet::lowestRankIn(QStringView text) const
{
    int best = INT_MAX;
    for (const Entry& entry : m_singleCharacters) {
        if (entry.rank < best && text.contains(entry.phrase))
            best = entry.rank;
    }
    const qsizetype size = text.size();
    const char16_t* const chars = text.utf16();
    for (qsizetype i = 0; i + 1 < size && best != m_lowestRank; ++i) {
        const std::uint32_t start = startOf(QChar(chars[i]), QChar(chars[i + 1]));
        const std::size_t bit = bitOf(start);
        if (!(m_startBits[bit / 64] & (std::uint64_t(1) << (bit % 64))))
            continue;
        const Slot* const slot = slotOf(start);
        if (!slot)
            continue;
        for (std::uint32_t e = slot->first; e < slot->first + slot->count; ++e) {
            const Entry& entry = m_entries[e];
            const qsizetype length = entry.phrase.size();
            if (entry.rank >= best || length > size - i)
                continue;
            // The first two characters are the slot's.
            const char16_t* const phrase = entry.phrase.utf16();
            qsizetype k = 2;
            while (k < length && phrase[k] == chars[i + k])
                ++k;
            if (k == length)
                best = entry.rank;
        }
    }
    return best == INT_MAX ? -1 : best;
}

} // namespace Core::Analysis
