#pragma once

#include <QSqlDatabase>

namespace Core::Store {

// Rolls back unless commit() was called: an early return or a failed statement can never
// leave half of a change behind.
class TransactionGuard {
public:
    // What a committed transaction survives. Every connection syncs to disk on each commit
    // (SQLite's synchronous=FULL), which on a scan was one fdatasync for every few hundred
    // messages and a third of the time spent storing them. A cache that the next scan
    // fills again only needs to survive a crash of the program (synchronous=NORMAL: the
    // log reaches the disk at checkpoints, and a power cut can lose the last commits but
    // never corrupts the file). The audit log and the settings keep the full sync.
    enum class Durability { PowerLoss, ProgramCrash };

    explicit TransactionGuard(QSqlDatabase database, Durability durability = Durability::PowerLoss);
    ~TransactionGuard();
    TransactionGuard(const TransactionGuard&) = delete;
    TransactionGuard& operator=(const TransactionGuard&) = delete;

    bool isActive() const { return m_active; }
    bool commit();

private:
    // SQLite takes the level only between transactions.
    void setSynchronous(const char* level);
    void end();

    QSqlDatabase m_database;
    Durability m_durability;
    bool m_active = false;
};

} // namespace Core::Store
