#pragma once

#include <QCoreApplication>
#include <QStringList>

class QIODevice;

namespace Core::Cli {

// `neversent-cli classify`: offline analysis of message files, folders and mbox files.
class ClassifyCommand {
    Q_DECLARE_TR_FUNCTIONS(Core::Cli::ClassifyCommand)

public:
    // arguments: everything after the command word. Returns the process exit code.
    static int run(const QStringList& arguments, QIODevice& out, QIODevice& err);
};

} // namespace Core::Cli
