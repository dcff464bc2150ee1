#pragma once

#include <QStringList>

class QIODevice;

namespace Core::Cli {

// `neversent-cli classify`: offline analysis of message files, folders and mbox files.
class ClassifyCommand {
public:
    // arguments: everything after the command word. Returns the process exit code.
    static int run(const QStringList& arguments, QIODevice& out, QIODevice& err);
};

} // namespace Core::Cli
