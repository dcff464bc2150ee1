#pragma once

#include <QStringList>

class QIODevice;

namespace Core::Cli {

// `neversent-cli scan`: reads an IMAP account read-only and reports every message.
class ScanCommand {
public:
    static int run(const QStringList& arguments, QIODevice& out, QIODevice& err);
};

} // namespace Core::Cli
