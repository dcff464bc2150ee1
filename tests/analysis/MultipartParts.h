#pragma once

// The parts of a message as vmime's parser finds them and as the analyzer's splitters find
// them, each written "offset+length@depth" in document order: equal lists mean the
// analyzer sees the parts vmime would. Used by tst_multipartspans and the fuzzer that
// compares the two on what it makes up.
#include "analysis/HeaderFieldSpans.h"
#include "analysis/MultipartSpans.h"

#include <QStringList>

#include <functional>
#include <string>

#include <vmime/contentTypeField.hpp>
#include <vmime/vmime.hpp>

namespace MultipartParts {

using namespace Core::Analysis;

// Each part of the tree in document order, as "offset+length@depth".
inline QStringList partsByVmime(const std::string& text)
{
    QStringList parts;
    vmime::message message;
    message.parse(text);
    const std::function<void(const vmime::bodyPart&, int)> visit
        = [&](const vmime::bodyPart& part, int depth) {
              for (std::size_t i = 0; i < part.getBody()->getPartCount(); ++i) {
                  const auto child = part.getBody()->getPartAt(i);
                  parts.append(QStringLiteral("%1+%2@%3")
                                   .arg(child->getParsedOffset())
                                   .arg(child->getParsedLength())
                                   .arg(depth));
                  visit(*child, depth + 1);
              }
          };
    visit(message, 0);
    return parts;
}

// unfilled, when given, tells whether a guessed boundary took in bytes vmime never read,
// where what vmime does depends on stale memory.
inline QStringList partsBySpans(const std::string& text, bool* unfilled = nullptr)
{
    QStringList parts;
    // The part's own header tells whether it is a multipart and its boundary, read by
    // vmime here: only the splitting is under test.
    const std::function<void(std::size_t, std::size_t, int)> visit = [&](std::size_t begin, std::size_t end,
                                                                         int depth) {
        const HeaderFieldSpans spans = HeaderFieldSpans::split(text, begin, end);
        vmime::header header;
        header.parse(text, begin, spans.bodyStart());
        const auto field = header.findField<vmime::contentTypeField>(vmime::fields::CONTENT_TYPE);
        if (spans.bodyStart() == end || !field
            || field->getValue<vmime::mediaType>()->getType() != vmime::mediaTypes::MULTIPART)
            return;
        const MultipartSpans::Boundary boundary = field->hasBoundary()
            ? MultipartSpans::named(field->getBoundary())
            : MultipartSpans::guess(text, spans.bodyStart(), end);
        if (unfilled && boundary.fromUnfilledBytes)
            *unfilled = true;
        for (const MultipartSpans::Span& child :
            MultipartSpans::split(text, spans.bodyStart(), end, boundary)) {
            parts.append(QStringLiteral("%1+%2@%3").arg(child.begin).arg(child.end - child.begin).arg(depth));
            visit(child.begin, child.end, depth + 1);
        }
    };
    visit(0, text.size(), 0);
    return parts;
}

} // namespace MultipartParts
