#pragma once

#include <QList>
#include <QStringView>

#include <array>
#include <cstdint>
#include <vector>

namespace Core::Analysis {

// Many phrases, each with a rank, looked for in a text in one pass over it. The rule
// tables hold hundreds of phrases; searching the text once per phrase was a tenth of the
// analysis. A phrase is found where `QStringView::contains` would find it.
class PhraseSet {
public:
    struct Phrase {
        QStringView text;
        int rank = 0;
    };

    PhraseSet() = default;
    // Phrases are views: their text must outlive the set (the tables are literals). The
    // set is made whole at once: added one at a time, each was sorted in and the table
    // made anew, which for the sets of hundreds cost more than a thousand look-ups.
    explicit PhraseSet(const QList<Phrase>& phrases);
    // The lowest rank of a phrase the text contains, or -1.
    int lowestRankIn(QStringView text) const;
    bool anyIn(QStringView text) const { return lowestRankIn(text) >= 0; }

private:
    struct Entry {
        QStringView phrase;
        int rank;
    };
    // The phrases that start with one pair of characters: m_entries[first, first + count).
    struct Slot {
        std::uint32_t start = 0;
        std::uint32_t first = 0;
        std::uint32_t count = 0;
    };

    static std::uint32_t startOf(QChar first, QChar second)
    {
        return (std::uint32_t(first.unicode()) << 16) | second.unicode();
    }
    static std::size_t bitOf(std::uint32_t start) { return (start * 2654435761u) >> 16; }
    const Slot* slotOf(std::uint32_t start) const;
    void buildSlots();

    // A bit per hash of a phrase's first two characters: most places in a text start no
    // phrase, and one bit says so.
    std::array<std::uint64_t, 1024> m_startBits {};
    // The phrases of two characters or more, those with the same start side by side, and
    // an open-addressing table of their starts: a look-up is an index and a comparison.
    std::vector<Entry> m_entries;
    std::vector<Slot> m_slots;
    QList<Entry> m_singleCharacters;
    int m_lowestRank = -1;
};

} // namespace Core::Analysis
