#include "analysis/MimeDocument.h"

#include "analysis/MessageSanitizer.h"
#include "analysis/TextDecoder.h"

#include <QCoreApplication>

#include <vmime/contentTypeField.hpp>
#include <vmime/vmime.hpp>

namespace Core::Analysis {

namespace {

    struct ContentType {
        QString mediaType;
        std::string charset;
        QString reportType;
    };

    ContentType contentTypeOf(const vmime::header& header)
    {
        ContentType result { QStringLiteral("text/plain"), {}, {} };
        const auto field = std::dynamic_pointer_cast<vmime::contentTypeField>(header.findField(vmime::fields::CONTENT_TYPE));
        if (!field)
            return result;
        const auto type = std::dynamic_pointer_cast<const vmime::mediaType>(field->getValue());
        if (type && !type->getType().empty())
            result.mediaType = QString::fromStdString(type->generate()).toLower().simplified().remove(u' ');
        if (const auto param = field->findParameter("charset"))
            result.charset = param->getValue().getBuffer();
        if (const auto param = field->findParameter("report-type"))
            result.reportType = QString::fromStdString(param->getValue().getBuffer()).toLower().trimmed();
        return result;
    }

    std::string extractContent(const vmime::body& body)
    {
        std::string bytes;
        vmime::utility::outputStreamStringAdapter out(bytes);
        try {
            body.getContents()->extract(out);
        } catch (const std::exception&) {
            // An undecodable encoding: the raw bytes are the best there is.
            bytes.clear();
            body.getContents()->extractRaw(out);
        }
        if (bytes.size() > MimeDocument::MaxTextBytes)
            bytes.resize(MimeDocument::MaxTextBytes);
        return bytes;
    }

} // namespace

bool MimePart::isOriginalMessage() const
{
    return headerIsOriginal || mediaType == u"message/rfc822" || mediaType == u"message/global" || mediaType == u"text/rfc822-headers"
        || mediaType == u"message/global-headers" || mediaType == u"message/rfc822-headers"
        || mediaType == u"text/rfc822-header" || mediaType == u"message/partial";
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
        std::string mimeFields;
        for (const HeaderFieldSpans::Span& span : spans.fields()) {
            if (span.lowerName.starts_with("content-") || span.lowerName == "mime-version")
                mimeFields.append(text, span.begin, span.end - span.begin);
        }
        auto message = std::make_shared<vmime::message>();
        message->getHeader()->parse(mimeFields);
        message->getBody()->parse(text, spans.bodyStart(), text.size());
        document.m_header = MimeHeader::fromText(text.substr(0, spans.bodyStart()), spans);
        const ContentType type = contentTypeOf(*message->getHeader());
        document.m_mediaType = type.mediaType;
        document.m_reportType = type.reportType;
        document.collect(*message, 0);
    } catch (const std::exception& e) {
        if (error)
            *error = QCoreApplication::translate("Core::Analysis::MimeDocument", "The message structure cannot be read (%1).")
                         .arg(QString::fromUtf8(e.what()));
        return std::nullopt;
    }
    return document;
}

void MimeDocument::collect(const vmime::bodyPart& part, int depth)
{
    if (m_parts.size() >= MaxLeaves)
        return;
    const auto body = part.getBody();
    const std::size_t children = body->getPartCount();
    if (children > 0 && depth < MaxDepth) {
        for (std::size_t i = 0; i < children && m_parts.size() < MaxLeaves; ++i)
            collect(*body->getPartAt(i), depth + 1);
        return;
    }
    const ContentType type = contentTypeOf(*part.getHeader());
    MimePart leaf;
    // A multipart whose boundary never appears is one block of text.
    leaf.mediaType = type.mediaType.startsWith(u"multipart/") ? QStringLiteral("text/plain") : type.mediaType;
    leaf.depth = depth;
    const auto header = part.getHeader();
    if (depth > 0 && (header->hasField("Received") || header->hasField("Message-ID"))) {
        leaf.headerIsOriginal = true;
        leaf.embeddedHeader = MimeHeader(std::const_pointer_cast<vmime::header>(header));
    }
    const bool isMessage = leaf.mediaType.startsWith(u"message/") || leaf.mediaType == u"text/rfc822-headers";
    if (!leaf.isText() && !isMessage && !leaf.headerIsOriginal) {
        m_parts.append(std::move(leaf));
        return;
    }
    std::string bytes = extractContent(*body);
    // A transfer-encoded attachment reaches vmime's parser again below without having
    // passed the sanitizer in its encoded form: it must pass the same door as the message.
    // Unencoded parts are already the sanitized text.
    const std::string encoding = body->getContents()->getEncoding().getName();
    const bool decoded = !encoding.empty() && encoding != "7bit" && encoding != "8bit" && encoding != "binary";
    if (isMessage && decoded)
        bytes = MessageSanitizer::prepare(QByteArrayView(bytes.data(), static_cast<qsizetype>(bytes.size()))).text;
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
