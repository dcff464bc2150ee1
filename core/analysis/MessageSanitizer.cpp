#include "analysis/MessageSanitizer.h"

#include <QByteArray>

#include <array>
#include <cstring>
#include <string_view>

namespace Core::Analysis {

namespace {

    bool isAddressField(std::string_view name)
    {
        static constexpr std::array<std::string_view, 14> addressFields {
            "from", "to", "cc", "bcc", "reply-to", "sender", "return-path", "delivered-to",
            "resent-from", "resent-to", "resent-cc", "resent-bcc", "resent-sender",
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
            std::string out;
            out.reserve(m_text.size());
            std::size_t pos = 0;
            const std::size_t size = m_text.size();
            while (pos < size) {
                std::size_t end = m_text.find('\n', pos);
                end = end == std::string::npos ? size : end + 1;
                while (end < size && (m_text[end] == ' ' || m_text[end] == '\t')) {
                    const std::size_t next = m_text.find('\n', end);
                    end = next == std::string::npos ? size : next + 1;
                }
                appendLogicalLine(out, std::string_view(m_text).substr(pos, end - pos));
                pos = end;
            }
            m_text.swap(out);
            return m_defused;
        }

    private:
        void appendLogicalLine(std::string& out, std::string_view line)
        {
            const std::size_t colon = line.find(':');
            if (colon == std::string_view::npos || colon == 0 || colon > 76) {
                out.append(line);
                return;
            }
            const std::string_view name = line.substr(0, colon);
            const std::string_view value = line.substr(colon + 1);
            if (isAddressField(name)) {
                std::size_t colons = 0;
                for (char c : value)
                    colons += c == ':' || c == '(' || c == '<';
                if (colons > MessageSanitizer::MaxColonsInAddressField) {
                    out.append(name);
                    out.append(": \n");
                    ++m_defused;
                    return;
                }
            } else if (startsWithCaseless(name, "content-type")
                && value.find("multipart") != std::string_view::npos) {
                if (++m_multipartHeaders > MessageSanitizer::MaxMultipartHeaders) {
                    // Deeper nests are read as opaque leaves instead of recursed into.
                    out.append(name);
                    out.append(": application/octet-stream\n");
                    ++m_defused;
                    return;
                }
            }
            out.append(line);
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
    for (qsizetype i = 0; i < size; ++i) {
        const char c = data[i];
        if (c == '\r') {
            result.text.push_back('\n');
            if (i + 1 < size && data[i + 1] == '\n')
                ++i;
        } else if (c == '\0') {
            result.text.push_back(' ');
        } else {
            result.text.push_back(c);
        }
    }
    result.defusedFields = FieldDefuser(result.text).run();
    return result;
}

} // namespace Core::Analysis
