#include "demo/DemoMailbox.h"

#include "mail/MaildirFolder.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

namespace Core::Demo {

namespace {

    const QStringList maildirSubfolders { QStringLiteral("cur"), QStringLiteral("new"),
        QStringLiteral("tmp") };

} // namespace

QString DemoMailbox::resourceRoot()
{
    return QStringLiteral(":/demo");
}

QStringList DemoMailbox::folderNames()
{
    return { QStringLiteral("INBOX"), QStringLiteral("Sent"), QStringLiteral("Trash") };
}

std::optional<QString> DemoMailbox::copyTo(const QString& directory, QString* error)
{
    const QDir target(directory);
    const QString root = target.filePath(QStringLiteral("Maildir"));
    if (QFileInfo::exists(root)) {
        *error = tr("The demo mailbox cannot be set up in %1: a folder named Maildir is there already.")
                     .arg(directory);
        return std::nullopt;
    }
    const QDir source(resourceRoot());
    if (!source.exists()) {
        *error = tr("This copy of NeverSent was built without its demo mailbox.");
        return std::nullopt;
    }
    // Maildir needs all three subfolders even when empty; resources hold files only.
    for (const QString& folder : folderNames()) {
        for (const QString& subfolder : maildirSubfolders) {
            if (!QDir().mkpath(QDir(root).filePath(folder + u'/' + subfolder))) {
                *error = tr("The demo mailbox cannot be set up in %1: the folder cannot be created.")
                             .arg(directory);
                return std::nullopt;
            }
        }
    }
    QDirIterator it(resourceRoot(), QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString from = it.next();
        // Dot files are git's placeholders for the empty subfolders, not mail (and
        // resources do not count them as hidden, so they are left out by name).
        if (it.fileName().startsWith(u'.'))
            continue;
        // The files carry Maildir's flags after "!" (as Maildir on Windows does): a ":" in a
        // name cannot be checked out on Windows nor be named in a Makefile. The copy
        // takes the separator of the platform's Maildir.
        QString relative = source.relativeFilePath(from);
        relative.replace(
            QStringLiteral("!2,"), QString(Mail::MaildirFolder::InfoSeparator) + QStringLiteral("2,"));
        const QString to = QDir(root).filePath(relative);
        if (!QDir().mkpath(QFileInfo(to).absolutePath()) || !QFile::copy(from, to)) {
            *error = tr("The demo mailbox cannot be set up in %1: %2 cannot be written.").arg(directory, to);
            return std::nullopt;
        }
        // A copy takes the resource's read-only mode; the demo must be cleanable.
        QFile::setPermissions(to, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    return root;
}

} // namespace Core::Demo
