#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace Core::Mail {

// One folder of a Maildir, numbered the way an IMAP server numbers a mailbox: every
// message file has a UID that stays while other files come and go, a file moved in
// gets the next free UID, and UIDVALIDITY says whether old UIDs still mean the same.
// The numbers live in a hidden ".neversent-uidlist" beside cur/ and new/ (the Maildir
// custom Dovecot's dovecot-uidlist follows): they belong to the folder, not to a
// cache of what was scanned, and mail readers and `neversent-cli classify` skip the file.
// A file is known by the unique part of its name (before InfoSeparator), which flag
// changes leave alone.
class MaildirFolder {
    Q_DECLARE_TR_FUNCTIONS(Core::Mail::MaildirFolder)

public:
    // What separates a file name's unique part from its flags ("2,S"): ":" as Maildir
    // says, "!" on Windows, whose file names cannot hold ":".
#ifdef Q_OS_WIN
    static constexpr QChar InfoSeparator = u'!';
#else
    static constexpr QChar InfoSeparator = u':';
#endif

    struct Message {
        quint32 uid = 0;
        QString filePath;
        qint64 size = 0;
    };

    // Opens the folder (it must have cur/ and new/), numbering any file not seen before
    // in the order of its name (Maildir names start with the delivery time).
    static std::optional<MaildirFolder> open(const QString& path, QString* error);

    QString path() const
    {
        return m_path;
    }
    quint32 uidValidity() const
    {
        return m_uidValidity;
    }
    // In UID order.
    const QList<Message>& messages() const
    {
        return m_messages;
    }
    std::optional<Message> message(quint32 uid) const;

    // The first maxBytes of a message file; nothing with the reason when it cannot be read.
    static std::optional<QByteArray> read(const QString& filePath, qint64 maxBytes, QString* error);
    // The header of a message file, up to and with its blank line (what an IMAP server
    // sends for BODY[HEADER]), no longer than a whole message may be.
    static std::optional<QByteArray> readHeader(const QString& filePath, QString* error);

    // Renames the file of uid into target's subfolder ("cur" or "new") under the same
    // name, never over another file, and returns its UID there.
    std::optional<quint32> moveTo(
        quint32 uid, MaildirFolder& target, const QString& subfolder, QString* error);
    // Copies the file of uid into target's subfolder under the same name and returns the
    // copy's UID there.
    std::optional<quint32> copyTo(
        quint32 uid, MaildirFolder& target, const QString& subfolder, QString* error);

    // The flags in a message file's name ("RS" for "...:2,RS"): T is IMAP's \Deleted.
    static QString flags(const Message& message);
    // Adds or takes away one flag by renaming the file in cur/; its UID stays.
    bool setFlag(quint32 uid, QChar flag, bool on, QString* error);
    // Deletes the file of uid: what an expunge does.
    bool remove(quint32 uid, QString* error);

private:
    explicit MaildirFolder(QString path);

    bool load(QString* error);
    bool save(QString* error) const;
    QString listPath() const;
    static QString uniquePart(const QString& fileName);
    // What the UID list knows a file by: its unique part, unless another file has it.
    static QString keyOf(
        const QString& subfolder, const QString& fileName, const std::function<bool(const QString&)>& taken);
    // Numbers a file that has just arrived in this folder; its UID.
    quint32 adopt(const QString& filePath, qint64 size);
    void forget(quint32 uid);

    QString m_path;
    quint32 m_uidValidity = 0;
    quint32 m_nextUid = 1;
    QList<Message> m_messages;
    QHash<QString, quint32> m_uids; // unique part of the file name -> UID
};

} // namespace Core::Mail
