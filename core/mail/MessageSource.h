#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
#include <QString>
#include <QStringList>

#include <deque>
#include <memory>

namespace Core::Mail {

// Messages from files, folders (Maildir included) and mbox files, one at a time, so a
// mailbox of any size is read in constant memory.
class MessageSource {
    Q_DECLARE_TR_FUNCTIONS(Core::Mail::MessageSource)

public:
    // A message larger than this is cut: what a bounce says is at its top.
    static constexpr qint64 MaxMessageBytes = 4 * 1024 * 1024;

    struct Message {
        QString source; // "path/file.eml", "box.mbox#12"
        QByteArray bytes;
        QString error; // set when the message could not be read at all
    };

    explicit MessageSource(const QStringList& paths);
    ~MessageSource();

    // The paths that name nothing readable: checked before any work starts.
    static QStringList missingPaths(const QStringList& paths);

    bool next(Message* message);

private:
    struct Entry {
        QString source;
        QString filePath;
        bool named = false; // named by the caller: may be a folder
    };

    void expandFolder(const QString& path);
    bool nextFromMbox(Message* message);
    static bool isMbox(QByteArrayView start);

    static constexpr qint64 LineBufferBytes = 64 * 1024;

    std::deque<Entry> m_pending;
    std::unique_ptr<QFile> m_mbox;
    QString m_mboxSource;
    QByteArray m_mboxFromLine;
    QByteArray m_lineBuffer;
    int m_mboxIndex = 0;
};

} // namespace Core::Mail
