#include "imap/OpeningAnswer.h"

#include "imap/PipelinedAnswers.h"

namespace Core::Imap {

void OpeningAnswer::read(QByteArrayView line, FolderStatus* status)
{
    if (line.startsWith("* "))
        line = line.sliced(2);
    const qsizetype space = line.indexOf(' ');
    if (space > 0 && PipelinedAnswers::startsWithWord(line.sliced(space + 1), "EXISTS")) {
        status->messages = line.first(space).toUInt();
        return;
    }
    const QByteArrayList words = PipelinedAnswers::okCodeOf(line);
    if (words.size() != 2)
        return;
    const QByteArray name = words.first().toUpper();
    if (name == "UIDVALIDITY")
        status->uidValidity = words.last().toUInt();
    else if (name == "UIDNEXT")
        status->uidNext = words.last().toUInt();
    else if (name == "HIGHESTMODSEQ")
        status->highestModSeq = words.last().toULongLong();
}

} // namespace Core::Imap
