// The readers of what an IMAP server sends, bytes in as they come off the socket: the
// assembler that cuts them into responses (lines, literals, continuations) in pieces of
// any size, then the FETCH, SELECT/EXAMINE and COPYUID readers on every response (and
// on its text after the first word, as they get a tagged line's).
#include "imap/CopyUidCode.h"
#include "imap/FetchResponse.h"
#include "imap/OpeningAnswer.h"
#include "imap/ResponseAssembler.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <optional>

using namespace Core::Imap;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0)
        return 0;
    // The first byte says how the network cut the rest: pieces of 1 to 256 bytes.
    const std::size_t piece = std::size_t(data[0]) + 1;
    ResponseAssembler assembler;
    FolderStatus status;
    for (std::size_t at = 1; at < size && assembler.error().isEmpty(); at += piece) {
        const std::size_t length = std::min(piece, size - at);
        assembler.append(QByteArray(reinterpret_cast<const char*>(data + at), qsizetype(length)));
        while (const std::optional<ImapResponse> response = assembler.next()) {
            FetchResponse fetched;
            FetchResponse::read(*response, &fetched);
            OpeningAnswer::read(response->text, &status);
            UidMapping mapping;
            CopyUidCode::read(response->text, &mapping);
            const qsizetype space = response->text.indexOf(' ');
            if (space > 0) {
                OpeningAnswer::read(QByteArrayView(response->text).sliced(space + 1), &status);
                CopyUidCode::read(QByteArrayView(response->text).sliced(space + 1), &mapping);
            }
        }
    }
    return 0;
}
