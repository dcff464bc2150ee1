#include "store/TransactionGuard.h"

#include <QSqlQuery>

namespace Core::Store {

TransactionGuard::TransactionGuard(QSqlDatabase database, Durability durability)
    : m_database(std::move(database))
    , m_durability(durability)
{
    if (m_durability == Durability::ProgramCrash)
        setSynchronous("NORMAL");
    m_active = m_database.transaction();
    if (!m_active)
        end();
}

TransactionGuard::~TransactionGuard()
{
    if (m_active) {
        m_database.rollback();
        end();
    }
}

bool TransactionGuard::commit()
{
    if (!m_active)
        return false;
    m_active = false;
    const bool committed = m_database.commit();
    end();
    return committed;
}

void TransactionGuard::setSynchronous(const char* level)
{
    QSqlQuery query(m_database);
    query.exec(QStringLiteral("PRAGMA synchronous=") + QLatin1StringView(level));
}

void TransactionGuard::end()
{
    if (m_durability == Durability::ProgramCrash)
        setSynchronous("FULL");
}

} // namespace Core::Store
