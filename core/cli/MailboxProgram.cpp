#include "cli/MailboxProgram.h"

#include "cli/RuntimeError.h"

#include <QDir>
#include <QFile>

#include <cerrno>

#include <unistd.h>

namespace Core::Cli {

namespace {

    QString path()
    {
        return QDir::cleanPath(
            QCoreApplication::applicationDirPath() + u'/' + QStringLiteral(NEVERSENT_MAILBOX_PROGRAM));
    }

} // namespace

int MailboxProgram::handOver(char* argv[], QIODevice& err)
{
    const QString program = path();
    ::execv(QFile::encodeName(program).constData(), argv);
    const QString reason = qt_error_string(errno);
    return RuntimeError::report(err,
        tr("The part of NeverSent that works on mailboxes cannot start (%1: %2). Install NeverSent again.")
            .arg(QDir::toNativeSeparators(program), reason));
}

} // namespace Core::Cli
