#pragma once

#include <QString>

#include <optional>
#include <string>
#include <string_view>

namespace vmime {
class contentTypeField;
}

namespace Core::Analysis {

// A part's Content-Type as the analysis reads it: the media type, the charset, the
// report type and the boundary. vmime is the reference; `readSimple` reads the common
// plain forms without it ("multipart/report; report-type=delivery-status;
// boundary=\"...\"", folded or not), which was a tenth of the analysis, since every
// multipart's field is its own and parsing it cannot be kept for the next message.
// A differential test and a fuzzer hold `readSimple` to what vmime gives.
struct PartContentType {
    QString mediaType = QStringLiteral("text/plain"); // lower case, "type/subtype"
    std::string charset; // as written
    QString reportType; // lower case
    bool multipart = false;
    std::optional<std::string> boundary; // as written

    // What vmime's parse of the field says.
    static PartContentType fromVmime(const vmime::contentTypeField& field);
    // The whole field ("Content-Type: ...", its name in any case, up to the end of its
    // last line) when its value is ASCII tokens, plain quoted strings and folding
    // white space only, each parameter named once; nullopt for anything else, which
    // vmime then reads (comments, RFC 2231 and RFC 2047 values, escapes, 8-bit bytes,
    // blanks around "/" or "=").
    static std::optional<PartContentType> readSimple(std::string_view field);

    friend bool operator==(const PartContentType&, const PartContentType&) = default;
};

} // namespace Core::Analysis
