#pragma once

#include "analysis/MimeHeader.h"

#include <QList>
#include <QString>

#include <optional>
#include <string>

namespace vmime {
class bodyPart;
}

namespace Core::Analysis {

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

// A message parsed by vmime, flattened to its leaves in document order.
class MimeDocument {
public:
    static constexpr int MaxDepth = 24;
    static constexpr int MaxLeaves = 256;
    static constexpr std::size_t MaxTextBytes = 256 * 1024;

    static std::optional<MimeDocument> parse(const std::string& text, QString* error);

    const MimeHeader& header() const { return m_header; }
    QString mediaType() const { return m_mediaType; }
    QString reportType() const { return m_reportType; }
    const QList<MimePart>& parts() const { return m_parts; }

private:
    void collect(const vmime::bodyPart& part, int depth);

    MimeHeader m_header;
    QString m_mediaType;
    QString m_reportType;
    QList<MimePart> m_parts;
};

} // namespace Core::Analysis
