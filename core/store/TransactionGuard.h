#pragma once

#include <QSqlDatabase>

namespace Core::Store {

// Rolls back unless commit() was called: an early return or a failed statement can never
// leave half of a change behind.
class TransactionGuard {
public:
    explicit TransactionGuard(QSqlDatabase database);
    ~TransactionGuard();
    TransactionGuard(const TransactionGuard&) = delete;
    TransactionGuard& operator=(const TransactionGuard&) = delete;

    bool isActive() const { return m_active; }
    bool commit();

private:
    QSqlDatabase m_database;
    bool m_active = false;
};

} // namespace Core::Store
