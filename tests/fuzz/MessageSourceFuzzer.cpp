// The mbox and single-file readers behind `neversent-cli classify`: the bytes as a file on
// disk, read message by message as the command reads them.
#include "mail/MessageSource.h"

#include <QFile>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>
#include <memory>

namespace {

std::unique_ptr<QTemporaryDir> directory;

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    directory = std::make_unique<QTemporaryDir>();
    return directory->isValid() ? 0 : 1;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QString path = directory->filePath(QStringLiteral("input"));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 0;
        file.write(reinterpret_cast<const char*>(data), qint64(size));
    }
    Core::Mail::MessageSource source({ path });
    Core::Mail::MessageSource::Message message;
    while (source.next(&message)) { }
    return 0;
}
