#pragma once

#include <QCoreApplication>
#include <QStringList>

class QIODevice;

namespace Core::Cli {

// `neversent-cli undo`: puts the messages of a clean action back where they were.
class UndoCommand {
    Q_DECLARE_TR_FUNCTIONS(Core::Cli::UndoCommand)

public:
    static int run(const QStringList& arguments, QIODevice& out, QIODevice& err);
};

} // namespace Core::Cli
