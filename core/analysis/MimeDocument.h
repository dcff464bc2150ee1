#pragma once

#include "analysis/MimeHeader.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>
#include <string>

namespace vmime {
class encoding;
}

namespace Core::Analysis {

struct PartContentType;

// One leaf of a message's MIME tree, decoded to what the analyzer reads.
struct MimePart {
    QString mediaType; // lower-cased, such as "text/plain"
    QString text; // transfer- and charset-decoded text of text and message parts
    std::string raw; // decoded bytes of message/* parts, for parsing their own fields
    MimeHeader embeddedHeader; // the header of an attached or quoted message
    int depth = 0;
    // A part whose own header is a returned message's header: some mail systems write
    // the original's fields straight after the boundary, with no part header of its own.
    bool headerIsOriginal = false;

    bool isText() const { return mediaType.startsWith(u"text/"); }
    bool isOriginalMessage() const;
    bool isDeliveryStatus() const;
};

// A message's MIME tree, flattened to its leaves in document order: split as vmime splits
// it (HeaderFieldSpans, MultipartSpans), with vmime reading each part's MIME fields and
// decoding its content.
class MimeDocument {
    Q_DECLARE_TR_FUNCTIONS(Core::Analysis::MimeDocument)

public:
    static constexpr int MaxDepth = 24;
    static constexpr int MaxLeaves = 256;
    static constexpr std::size_t MaxTextBytes = 256 * 1024;

    static std::optional<MimeDocument> parse(const std::string& text, QString* error);

    const MimeHeader& header() const { return m_header; }
    QString reportType() const { return m_reportType; }
    const QList<MimePart>& parts() const { return m_parts; }

private:
    // A part of a multipart body: its header, then its body.
    void collectPart(const std::string& text, std::size_t begin, std::size_t end, int depth);
    // quotedHeader: a part header that is a returned message's header (see MimePart).
    void collectBody(const std::string& text, const PartContentType& type, const vmime::encoding& encoding,
        const MimeHeader& quotedHeader, std::size_t begin, std::size_t end, int depth);

    MimeHeader m_header;
    QString m_reportType;
    QList<MimePart> m_parts;
};

} // namespace Core::Analysis
