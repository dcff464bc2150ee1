#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace Core::Demo {

// The invented mailbox of resources/demo, compiled into the program: a Maildir with
// INBOX, Sent and Trash that anyone can scan and clean without a server or an account.
// It is never worked on where it lies (resources cannot change): copyTo() gives each
// session a writable copy of its own.
class DemoMailbox {
    Q_DECLARE_TR_FUNCTIONS(Core::Demo::DemoMailbox)

public:
    // Where the compiled-in Maildir lives.
    static QString resourceRoot();
    static QStringList folderNames();

    // Copies the demo Maildir into a new folder "Maildir" inside directory and returns
    // that folder, or nothing with the reason in *error. An existing "Maildir" there is
    // never written into.
    static std::optional<QString> copyTo(const QString& directory, QString* error);
};

} // namespace Core::Demo
