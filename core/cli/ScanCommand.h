#pragma once

#include <QCoreApplication>
#include <QStringList>

class QIODevice;

namespace Core::Cli {

// `neversent-cli scan`: reads an IMAP account read-only and reports every message.
class ScanCommand {
    Q_DECLARE_TR_FUNCTIONS(Core::Cli::ScanCommand)

public:
    static int run(const QStringList& arguments, QIODevice& out, QIODevice& err);
};

} // namespace Core::Cli
