#include "analysis/MimeDocument.h"

#include "analysis/MessageSanitizer.h"
#include "analysis/MultipartSpans.h"
#include "analysis/PartContentType.h"
#include "analysis/QuotedPrintable.h"
#include "analysis/TextDecoder.h"

#include <QCoreApplication>

#include <vmime/contentTypeField.hpp>
#include <vmime/vmime.hpp>

#include <algorithm>
#include <unordered_map>

namespace Core::Analysis {

namespace {

    bool isMultipart(const std::shared_ptr<vmime::headerField>& field)
    {
        const auto type = std::dynamic_pointer_cast<vmime::contentTypeField>(field);
        return type && type->getValue<vmime::mediaType>()->getType() == vmime::mediaTypes::MULTIPART;
    }

    // vmime's parse of a part's Content-Type or Content-Transfer-Encoding, kept for the
    // thread by the field's text: most parts say one of a few dozen ("text/plain;
    // charset=us-ascii", "7bit"), and parsing them again was a fifth of the analysis. A
    // multipart's field, with its boundary, is its message's own and is not kept; nothing
    // reads a kept field but to look.
    std::shared_ptr<vmime::headerField> parsedField(
        const std::string& text, const HeaderFieldSpans::Span& span)
    {
        constexpr std::size_t MaxKeptLength = 256;
        constexpr std::size_t MaxKept = 1024;
        thread_local std::unordered_map<std::string, std::shared_ptr<vmime::headerField>> kept;
        std::string key;
        if (span.end - span.begin <= MaxKeptLength) {
            key.assign(text, span.begin, span.end - span.begin);
            if (const auto found = kept.find(key); found != kept.end())
                return found->second;
        }
        auto field = vmime::headerField::parseNext(
            vmime::parsingContext::getDefaultContext(), text, span.begin, span.end);
        if (field && !key.empty() && !isMultipart(field)) {
            if (kept.size() >= MaxKept)
                kept.clear();
            kept.emplace(std::move(key), field);
        }
        return field;
    }

    // What is read of a header to know a part's structure: the first Content-Type and
    // Content-Transfer-Encoding fields vmime can read.
    struct PartFields {
        PartContentType type;
        vmime::encoding encoding { vmime::encodingTypes::SEVEN_BIT };
    };

    PartFields partFieldsOf(const std::string& text, const HeaderFieldSpans& spans)
    {
        PartFields fields;
        bool typed = false;
        bool encoded = false;
        for (const HeaderFieldSpans::Span& span : spans.fields()) {
            if (!typed && span.lowerName == "content-type") {
                if (auto simple = PartContentType::readSimple(
                        std::string_view(text).substr(span.begin, span.end - span.begin))) {
                    fields.type = std::move(*simple);
                    typed = true;
                } else if (const auto field
                    = std::dynamic_pointer_cast<vmime::contentTypeField>(parsedField(text, span))) {
                    fields.type = PartContentType::fromVmime(*field);
                    typed = true;
                }
            } else if (!encoded && span.lowerName == "content-transfer-encoding") {
                if (const auto field = parsedField(text, span)) {
                    fields.encoding = *field->getValue<vmime::encoding>();
                    encoded = true;
                }
            }
        }
        return fields;
    }

    // The boundary of a multipart body, as vmime finds it; none for any other body.
    MultipartSpans::Boundary boundaryOf(
        const PartContentType& type, const std::string& text, std::size_t begin, std::size_t end)
    {
        if (!type.multipart)
            return {};
        return type.boundary ? MultipartSpans::named(*type.boundary)
                             : MultipartSpans::guess(text, begin, end);
    }

    // 7bit, 8bit and binary content is its own decoding (vmime copies it through streams).
    bool isIdentity(const std::string& encodingName)
    {
        return encodingName == "7bit" || encodingName == "8bit" || encodingName == "binary";
    }

    std::string extractContent(
        const std::string& text, std::size_t begin, std::size_t end, const vmime::encoding& encoding)
    {
        const std::size_t length = std::min(end - begin, MimeDocument::MaxTextBytes);
        if (isIdentity(encoding.getName()))
            return text.substr(begin, length);
        if (encoding.getName() == vmime::encodingTypes::QUOTED_PRINTABLE)
            return QuotedPrintable::decode(std::string_view(text).substr(begin, end - begin), length);
        std::string bytes;
        vmime::utility::outputStreamStringAdapter out(bytes);
        try {
            // vmime 0.9.2's adapter over a range of a string overruns its reader's buffer.
            vmime::utility::inputStreamStringAdapter in(text.substr(begin, end - begin));
            encoding.getEncoder()->decode(in, out);
        } catch (const std::exception&) {
            // An undecodable encoding: the raw bytes are the best there is.
            bytes.assign(text, begin, end - begin);
        }
        if (bytes.size() > MimeDocument::MaxTextBytes)
            bytes.resize(MimeDocument::MaxTextBytes);
        return bytes;
    }

} // namespace

bool MimePart::isOriginalMessage() const
{
    return headerIsOriginal || mediaType == u"message/rfc822" || mediaType == u"message/global"
        || mediaType == u"text/rfc822-headers" || mediaType == u"message/global-headers"
        || mediaType == u"message/rfc822-headers" || mediaType == u"text/rfc822-header"
        || mediaType == u"message/partial";
}

bool MimePart::isDeliveryStatus() const
{
    return mediaType == u"message/delivery-status" || mediaType == u"message/global-delivery-status"
        || mediaType == u"message/feedback-report";
}

std::optional<MimeDocument> MimeDocument::parse(const std::string& text, QString* error)
{
    MimeDocument document;
    try {
        // vmime reads the structure from the MIME fields alone; the rest of the header
        // is parsed only where the analyzer reads it.
        const HeaderFieldSpans spans = HeaderFieldSpans::split(text);
        const PartFields fields = partFieldsOf(text, spans);
        document.m_header = MimeHeader::fromText(text.substr(0, spans.bodyStart()), spans);
        document.m_reportType = fields.type.reportType;
        document.collectBody(text, fields.type, fields.encoding, {}, spans.bodyStart(), text.size(), 0);
    } catch (const std::exception& e) {
        if (error)
            *error = tr("The message structure cannot be read (%1).").arg(QString::fromUtf8(e.what()));
        return std::nullopt;
    }
    return document;
}

void MimeDocument::collectPart(const std::string& text, std::size_t begin, std::size_t end, int depth)
{
    const HeaderFieldSpans spans = HeaderFieldSpans::split(text, begin, end);
    MimeHeader quoted;
    for (const HeaderFieldSpans::Span& span : spans.fields()) {
        if (span.lowerName == "received" || span.lowerName == "message-id") {
            quoted = MimeHeader::parse(text.substr(begin, spans.bodyStart() - begin));
            break;
        }
    }
    const PartFields fields = partFieldsOf(text, spans);
    collectBody(text, fields.type, fields.encoding, quoted, spans.bodyStart(), end, depth);
}

void MimeDocument::collectBody(const std::string& text, const PartContentType& type,
    const vmime::encoding& encoding, const MimeHeader& quotedHeader, std::size_t begin, std::size_t end,
    int depth)
{
    if (m_parts.size() >= MaxLeaves)
        return;
    // Like vmime: an empty body has no parts, and a multipart body no text of its own.
    const MultipartSpans::Boundary boundary
        = begin == end ? MultipartSpans::Boundary() : boundaryOf(type, text, begin, end);
    if (!boundary.bytes.empty()) {
        const std::vector<MultipartSpans::Span> children = MultipartSpans::split(text, begin, end, boundary);
        if (!children.empty() && depth < MaxDepth) {
            for (std::size_t i = 0; i < children.size() && m_parts.size() < MaxLeaves; ++i)
                collectPart(text, children[i].begin, children[i].end, depth + 1);
            return;
        }
    }
    MimePart leaf;
    // A multipart whose boundary never appears is one block of text.
    leaf.mediaType = type.mediaType.startsWith(u"multipart/") ? QStringLiteral("text/plain") : type.mediaType;
    leaf.depth = depth;
    if (!quotedHeader.isEmpty()) {
        leaf.headerIsOriginal = true;
        leaf.embeddedHeader = quotedHeader;
    }
    const bool isMessage = leaf.mediaType.startsWith(u"message/") || leaf.mediaType == u"text/rfc822-headers";
    if (!leaf.isText() && !isMessage && !leaf.headerIsOriginal) {
        m_parts.append(std::move(leaf));
        return;
    }
    const bool hasContent = boundary.bytes.empty() && begin != end;
    std::string bytes = hasContent ? extractContent(text, begin, end, encoding) : std::string();
    // A transfer-encoded attachment reaches vmime's parser again below without having
    // passed the sanitizer in its encoded form: it must pass the same door as the message.
    // Unencoded parts are already the sanitized text.
    const bool decoded = hasContent && !encoding.getName().empty() && !isIdentity(encoding.getName());
    if (isMessage && decoded)
        bytes = MessageSanitizer::prepare(QByteArrayView(bytes.data(), static_cast<qsizetype>(bytes.size())))
                    .text;
    leaf.text = TextDecoder::decode(bytes, type.charset);
    if (leaf.isOriginalMessage() && !leaf.headerIsOriginal) {
        leaf.embeddedHeader = MimeHeader::parseMessageHeader(bytes);
        leaf.raw = std::move(bytes);
    } else if (isMessage) {
        leaf.raw = std::move(bytes);
    }
    m_parts.append(std::move(leaf));
}

} // namespace Core::Analysis
