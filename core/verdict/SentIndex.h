#pragma once

#include <QByteArrayView>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace Core::Verdict {

// What a bounce is compared with: the identity of every message the user sent.
class SentIndex {
public:
    struct Entry {
        QString messageId; // without angle brackets
        QStringList recipients; // To, Cc and Bcc, lower-cased
        QString subject;
        QDateTime date;
    };

    void add(Entry entry);
    // The identity in a sent message's header; nothing when it has none worth keeping.
    static std::optional<Entry> readEntry(QByteArrayView message);
    // Reads only the header of a sent message; false when it has none worth keeping.
    bool addMessage(QByteArrayView message);

    qsizetype size() const { return m_entries.size(); }
    bool isEmpty() const { return m_entries.isEmpty(); }
    bool containsMessageId(const QString& messageId) const;
    QList<const Entry*> sentTo(const QString& address) const;
    QDateTime earliest() const { return m_earliest; }
    QDateTime latest() const { return m_latest; }

private:
    QList<Entry> m_entries;
    QSet<QString> m_messageIds;
    QHash<QString, QList<qsizetype>> m_byRecipient;
    QDateTime m_earliest;
    QDateTime m_latest;
};

} // namespace Core::Verdict
