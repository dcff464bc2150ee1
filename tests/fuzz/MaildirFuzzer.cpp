// A Maildir folder as another program (or a person) may leave it: its UID list and its
// message files, names and contents, come from the input, and MaildirFolder opens it,
// numbers it and reads every file's flags and header. The input is split at every 0xFF
// byte: the first piece is the UID list, then a file name and its content, in turn (a
// name's first byte picks cur/ or new/). Every message must come out with a UID of its
// own that is not 0, in UID order: the clean-up and its undo stand on that.
#include "mail/MaildirFolder.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>

using Core::Mail::MaildirFolder;

namespace {

std::unique_ptr<QTemporaryDir> directory;

// A file name the file system takes: no '/', no NUL, not "." or "..", not too long.
QString fileNameOf(const QByteArray& piece)
{
    QByteArray name = piece.left(100);
    name.replace('/', '_').replace('\0', '_');
    if (name.isEmpty() || name == "." || name == "..")
        name.prepend('m');
    return QString::fromLatin1(name);
}

void fail(const char* what)
{
    std::fprintf(stderr, "MaildirFolder broke its promise: %s\n", what);
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    directory = std::make_unique<QTemporaryDir>();
    return directory->isValid() ? 0 : 1;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QString path = directory->filePath(QStringLiteral("folder"));
    QDir(path).removeRecursively();
    QDir().mkpath(path + QStringLiteral("/cur"));
    QDir().mkpath(path + QStringLiteral("/new"));
    const QList<QByteArray> pieces
        = QByteArray(reinterpret_cast<const char*>(data), qsizetype(size)).split('\xff');
    {
        QFile list(path + QStringLiteral("/.neversent-uidlist"));
        if (list.open(QIODevice::WriteOnly))
            list.write(pieces.first());
    }
    for (qsizetype i = 1; i + 1 < pieces.size() && i < 40; i += 2) {
        const QString subfolder = pieces.at(i).isEmpty() || (pieces.at(i).at(0) & 1)
            ? QStringLiteral("/cur/")
            : QStringLiteral("/new/");
        QFile file(path + subfolder + fileNameOf(pieces.at(i)));
        if (file.open(QIODevice::WriteOnly))
            file.write(pieces.at(i + 1));
    }

    QString error;
    const std::optional<MaildirFolder> folder = MaildirFolder::open(path, &error);
    if (!folder)
        return 0;
    QSet<quint32> uids;
    quint32 previous = 0;
    for (const MaildirFolder::Message& message : folder->messages()) {
        if (message.uid == 0)
            fail("a message numbered 0");
        if (message.uid <= previous)
            fail("messages out of UID order, or two with one UID");
        previous = message.uid;
        uids.insert(message.uid);
        if (!folder->message(message.uid))
            fail("a listed UID that message() does not find");
        MaildirFolder::flags(message);
        MaildirFolder::readHeader(message.filePath, &error);
    }
    // Opened again, the folder keeps its numbers.
    const std::optional<MaildirFolder> again = MaildirFolder::open(path, &error);
    if (!again || again->uidValidity() != folder->uidValidity()
        || again->messages().size() != folder->messages().size())
        fail("numbers not kept from one opening to the next");
    for (qsizetype i = 0; i < again->messages().size(); ++i) {
        if (again->messages().at(i).uid != folder->messages().at(i).uid)
            fail("numbers not kept from one opening to the next");
    }
    return 0;
}
