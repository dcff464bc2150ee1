#include "analysis/PartContentType.h"

#include <vmime/contentTypeField.hpp>
#include <vmime/mediaType.hpp>

#include <QStringList>

namespace Core::Analysis {

namespace {

    // RFC 2045's token characters, less those vmime gives a meaning of its own in a
    // parameter's name or value ('*' for RFC 2231, '%' and '\'' in its values).
    bool isTokenCharacter(char c)
    {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '!'
            || c == '#' || c == '$' || c == '&' || c == '+' || c == '-' || c == '.' || c == '^' || c == '_'
            || c == '`' || c == '|' || c == '~';
    }

    // Inside quotes: printable ASCII but the quote, the escape, and what could start a
    // comment or end a parameter where a reader loses track of quotes.
    bool isPlainQuotedCharacter(char c)
    {
        return c >= 0x20 && c < 0x7f && c != '"' && c != '\\' && c != '(' && c != ')' && c != ';';
    }

    class Reader {
    public:
        explicit Reader(std::string_view text)
            : m_text(text)
        {
        }

        bool atEnd() const { return m_at == m_text.size(); }
        char peek() const { return m_text[m_at]; }
        void advance() { ++m_at; }

        // Blanks, and line ends that a blank follows (folding); a line end with no blank
        // after it ends the field, and is allowed only at the end.
        void skipBlanks()
        {
            for (;;) {
                if (atEnd())
                    return;
                const char c = peek();
                if (c == ' ' || c == '\t') {
                    ++m_at;
                    continue;
                }
                const std::size_t lineEnd = c == '\r' && next(1) == '\n' ? 2 : c == '\n' ? 1 : 0;
                if (lineEnd == 0)
                    return;
                const char after = next(lineEnd);
                if (after != ' ' && after != '\t' && m_at + lineEnd != m_text.size())
                    return;
                m_at += lineEnd;
            }
        }

        std::string_view token()
        {
            const std::size_t start = m_at;
            while (!atEnd() && isTokenCharacter(peek()))
                ++m_at;
            return m_text.substr(start, m_at - start);
        }

        // A quoted string's content, or nullopt where it is not a plain one.
        std::optional<std::string_view> quoted()
        {
            ++m_at;
            const std::size_t start = m_at;
            while (!atEnd() && isPlainQuotedCharacter(peek()))
                ++m_at;
            if (atEnd() || peek() != '"')
                return std::nullopt;
            const std::string_view content = m_text.substr(start, m_at - start);
            ++m_at;
            return content;
        }

    private:
        char next(std::size_t ahead) const
        {
            return m_at + ahead < m_text.size() ? m_text[m_at + ahead] : '\0';
        }

        std::string_view m_text;
        std::size_t m_at = 0;
    };

    QString lowerLatin1(std::string_view text)
    {
        return QString::fromLatin1(text.data(), qsizetype(text.size())).toLower();
    }

} // namespace

PartContentType PartContentType::fromVmime(const vmime::contentTypeField& field)
{
    PartContentType result;
    const auto type = field.getValue<vmime::mediaType>();
    // What mediaType::generate() writes, without its output stream.
    if (type && !type->getType().empty())
        result.mediaType = QString::fromStdString(type->getType() + '/' + type->getSubType())
                               .toLower()
                               .simplified()
                               .remove(u' ');
    result.multipart = type && type->getType() == vmime::mediaTypes::MULTIPART;
    if (const auto param = field.findParameter("charset"))
        result.charset = param->getValue().getBuffer();
    if (const auto param = field.findParameter("report-type"))
        result.reportType = QString::fromStdString(param->getValue().getBuffer()).toLower().trimmed();
    if (field.hasBoundary())
        result.boundary = field.getBoundary();
    return result;
}

std::optional<PartContentType> PartContentType::readSimple(std::string_view field)
{
    const std::size_t colon = field.find(':');
    if (colon == std::string_view::npos)
        return std::nullopt;
    Reader reader(field.substr(colon + 1));
    reader.skipBlanks();
    const std::string_view type = reader.token();
    if (type.empty() || reader.atEnd() || reader.peek() != '/')
        return std::nullopt;
    reader.advance();
    const std::string_view subType = reader.token();
    if (subType.empty())
        return std::nullopt;
    PartContentType result;
    result.mediaType = lowerLatin1(type) + u'/' + lowerLatin1(subType);
    result.multipart = lowerLatin1(type) == u"multipart";
    QStringList names;
    for (;;) {
        reader.skipBlanks();
        if (reader.atEnd())
            return result;
        if (reader.peek() != ';')
            return std::nullopt;
        reader.advance();
        reader.skipBlanks();
        if (reader.atEnd())
            return result;
        const std::string_view name = reader.token();
        if (name.empty() || reader.atEnd() || reader.peek() != '=')
            return std::nullopt;
        reader.advance();
        if (reader.atEnd())
            return std::nullopt;
        std::optional<std::string_view> value;
        if (reader.peek() == '"')
            value = reader.quoted();
        else
            value = reader.token();
        // Encoded words in a value are decoded by vmime, and the edges of an empty or
        // padded value are its own to decide.
        if (!value || value->empty() || value->find("=?") != std::string_view::npos || value->front() == ' '
            || value->back() == ' ')
            return std::nullopt;
        // vmime reads the first of two parameters of a name, RFC 2045 neither.
        const QString lowerName = lowerLatin1(name);
        if (names.contains(lowerName))
            return std::nullopt;
        names.append(lowerName);
        if (lowerName == u"charset")
            result.charset = std::string(*value);
        else if (lowerName == u"report-type")
            result.reportType = lowerLatin1(*value).trimmed();
        else if (lowerName == u"boundary")
            result.boundary = std::string(*value);
    }
}

} // namespace Core::Analysis
