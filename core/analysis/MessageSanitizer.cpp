#include "analysis/MessageSanitizer.h"

#include <QByteArray>

#include <array>
#include <cstring>
#include <optional>
#include <string_view>

namespace Core::Analysis {

namespace {

    bool isAddressField(std::string_view name)
    {
        static constexpr std::array<std::string_view, 14> addressFields {
            "from",
            "to",
            "cc",
            "bcc",
            "reply-to",
            "sender",
            "return-path",
            "delivered-to",
            "resent-from",
            "resent-to",
            "resent-cc",
            "resent-bcc",
            "resent-sender",
            "disposition-notification-to",
        };
        if (name.size() > 32)
            return false;
        char lower[32];
        for (std::size_t i = 0; i < name.size(); ++i)
            lower[i] = static_cast<char>(name[i] >= 'A' && name[i] <= 'Z' ? name[i] + 32 : name[i]);
        const std::string_view lowered(lower, name.size());
        for (std::string_view field : addressFields) {
            if (field == lowered)
                return true;
        }
        return false;
    }

    bool startsWithCaseless(std::string_view text, std::string_view prefix)
    {
        if (text.size() < prefix.size())
            return false;
        for (std::size_t i = 0; i < prefix.size(); ++i) {
            const char c = text[i] >= 'A' && text[i] <= 'Z' ? static_cast<char>(text[i] + 32) : text[i];
            if (c != prefix[i])
                return false;
        }
        return true;
    }

    // Walks the text once, one logical line (a line and its folded continuations) at a
    // time, and empties the values that would make vmime recurse without bound.
    class FieldDefuser {
    public:
        explicit FieldDefuser(std::string& text)
            : m_text(text)
        {
        }

        int run()
        {
            // Most messages need nothing defused: they are only read, and copied only
            // from the first line that must change.
            std::string out;
            bool copying = false;
            std::size_t pos = 0;
            const std::size_t size = m_text.size();
            while (pos < size) {
                std::size_t end = m_text.find('\n', pos);
                end = end == std::string::npos ? size : end + 1;
                while (end < size && (m_text[end] == ' ' || m_text[end] == '\t')) {
                    const std::size_t next = m_text.find('\n', end);
                    end = next == std::string::npos ? size : next + 1;
                }
                const std::string_view line = std::string_view(m_text).substr(pos, end - pos);
                const std::optional<std::string> replacement = replacementOf(line);
                if (replacement && !copying) {
                    out.reserve(size);
                    out.append(m_text, 0, pos);
                    copying = true;
                }
                if (copying)
                    out.append(replacement ? std::string_view(*replacement) : line);
                pos = end;
            }
            if (copying)
                m_text.swap(out);
            return m_defused;
        }

    private:
        // What a logical line becomes when its value would make vmime recurse without
        // bound; nothing for the lines that stay.
        std::optional<std::string> replacementOf(std::string_view line)
        {
            const std::size_t colon = line.find(':');
            if (colon == std::string_view::npos || colon == 0 || colon > 76)
                return std::nullopt;
            const std::string_view name = line.substr(0, colon);
            const std::string_view value = line.substr(colon + 1);
            if (isAddressField(name)) {
                std::size_t colons = 0;
                for (char c : value)
                    colons += c == ':' || c == '(' || c == '<';
                if (colons > MessageSanitizer::MaxColonsInAddressField) {
                    ++m_defused;
                    return std::string(name) + ": \n";
                }
            } else if (startsWithCaseless(name, "content-type")
                && value.find("multipart") != std::string_view::npos) {
                if (++m_multipartHeaders > MessageSanitizer::MaxMultipartHeaders) {
                    // Deeper nests are read as opaque leaves instead of recursed into.
                    ++m_defused;
                    return std::string(name) + ": application/octet-stream\n";
                }
            }
            return std::nullopt;
        }

        std::string& m_text;
        int m_defused = 0;
        int m_multipartHeaders = 0;
    };

} // namespace

MessageSanitizer::Result MessageSanitizer::prepare(QByteArrayView raw)
{
    Result result;
    const qsizetype size = std::min(raw.size(), MaxMessageBytes);
    result.truncated = raw.size() > MaxMessageBytes;
    result.text.reserve(static_cast<std::size_t>(size) + 1);
    const char* data = raw.data();
    const char* const end = data + size;
    // Where the next CR and NUL are, found a run at a time by memchr: a byte loop over
    // every message was a twentieth of the analysis.
    const auto next = [end](const char* from, char byte) {
        if (from == end)
            return end; // memchr may not be given the null data of an empty message
        const void* found = std::memchr(from, byte, static_cast<std::size_t>(end - from));
        return found ? static_cast<const char*>(found) : end;
    };
    const char* nextCr = next(data, '\r');
    const char* nextNul = next(data, '\0');
    // Runs of ordinary bytes are copied whole; CR, CR LF and NUL are rewritten.
    for (qsizetype i = 0; i < size;) {
        if (nextCr < data + i)
            nextCr = next(data + i, '\r');
        if (nextNul < data + i)
            nextNul = next(data + i, '\0');
        const qsizetype run = std::min(nextCr, nextNul) - data;
        result.text.append(data + i, static_cast<std::size_t>(run - i));
        if (run == size)
            break;
        if (data[run] == '\r') {
            result.text.push_back('\n');
            i = run + 1 < size && data[run + 1] == '\n' ? run + 2 : run + 1;
        } else {
            result.text.push_back(' ');
            i = run + 1;
        }
    }
    result.defusedFields = FieldDefuser(result.text).run();
    return result;
}

} // namespace Core::Analysis
