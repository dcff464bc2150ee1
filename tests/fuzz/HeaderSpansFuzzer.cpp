// Differential: the header splitter the analyzer uses must find the fields vmime's own
// header parser finds, with the same values, and the body where vmime finds it; and where
// the analyzer reads a Content-Type field or an address field without vmime, it must find
// what vmime finds. Both read the text as the analyzer hands it to them, after the
// sanitizer. A difference aborts.
#include "analysis/HeaderFieldSpans.h"
#include "analysis/MessageSanitizer.h"
#include "analysis/MimeHeader.h"
#include "analysis/PartContentType.h"
#include "analysis/VmimeRuntime.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <exception>

#include <vmime/contentTypeField.hpp>
#include <vmime/vmime.hpp>

using namespace Core::Analysis;

namespace {

// Where vmime found a field and its value in the text: the same places mean the same
// field, without writing values back (which, for an encoded word in a charset ICU does not
// know, leaks inside vmime).
bool samePlace(const vmime::headerField& one, const vmime::headerField& other)
{
    return one.getParsedOffset() == other.getParsedOffset()
        && one.getParsedLength() == other.getParsedLength()
        && one.getValue()->getParsedOffset() == other.getValue()->getParsedOffset()
        && one.getValue()->getParsedLength() == other.getValue()->getParsedLength();
}

[[noreturn]] void differ(const char* what, const std::string& text)
{
    std::fprintf(stderr, "HeaderFieldSpans and vmime differ (%s) on %zu bytes\n", what, text.size());
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    VmimeRuntime::ensureInitialized();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string text
        = MessageSanitizer::prepare(QByteArrayView(reinterpret_cast<const char*>(data), qsizetype(size)))
              .text;
    vmime::header header;
    std::size_t vmimeEnd = 0;
    try {
        header.parse(text, 0, text.size(), &vmimeEnd);
    } catch (const std::exception&) {
        // vmime gives up on some values (an encoded word with NUL bytes throws
        // std::length_error): it has no answer to compare with, and the analyzer, which
        // parses one field at a time, catches the same exception for that field alone.
        return 0;
    }
    const HeaderFieldSpans spans = HeaderFieldSpans::split(text);
    if (spans.bodyStart() != vmimeEnd)
        differ("where the body starts", text);
    if (spans.fields().size() != header.getFieldCount())
        differ("how many fields", text);
    for (std::size_t i = 0; i < spans.fields().size(); ++i) {
        const HeaderFieldSpans::Span& span = spans.fields()[i];
        const auto byVmime = header.getFieldAt(i);
        if (vmime::utility::stringUtils::toLower(byVmime->getName()) != span.lowerName)
            differ("a field's name", text);
        const auto bySpan = vmime::headerField::parseNext(
            vmime::parsingContext::getDefaultContext(), text, span.begin, span.end);
        if (!bySpan || !samePlace(*bySpan, *byVmime))
            differ("where a field or its value lies", text);
        if (span.lowerName != "content-type")
            continue;
        const auto simple
            = PartContentType::readSimple(std::string_view(text).substr(span.begin, span.end - span.begin));
        const auto type = std::dynamic_pointer_cast<vmime::contentTypeField>(byVmime);
        if (simple && (!type || !(*simple == PartContentType::fromVmime(*type))))
            differ("a Content-Type read without vmime", text);
    }
    const MimeHeader fields = MimeHeader::fromText(text, spans);
    for (const char* name : { "from", "sender", "reply-to", "delivered-to", "to", "cc", "bcc" }) {
        if (fields.addresses(name) != fields.addressesByVmime(name))
            differ("addresses read without vmime", text);
    }
    return 0;
}
