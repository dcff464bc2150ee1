#include "store/TrustedCertificates.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Core::Store {

TrustedCertificates::TrustedCertificates(QSqlDatabase database)
    : m_database(std::move(database))
{
}

QStringList TrustedCertificates::fingerprints(const QString& host, quint16 port) const
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral(
        "SELECT sha256 FROM trusted_certificates WHERE host = ? AND port = ? ORDER BY accepted_at"));
    query.addBindValue(host.toLower());
    query.addBindValue(port);
    QStringList result;
    if (query.exec()) {
        while (query.next())
            result.append(query.value(0).toString());
    }
    return result;
}

bool TrustedCertificates::remember(
    const QString& host, quint16 port, const QString& fingerprint, QString* error)
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO trusted_certificates (host, port, sha256, accepted_at) VALUES (?, ?, ?, ?)"));
    query.addBindValue(host.toLower());
    query.addBindValue(port);
    query.addBindValue(fingerprint.toUpper());
    query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (query.exec())
        return true;
    *error = tr("The accepted certificate could not be remembered: %1").arg(query.lastError().text());
    return false;
}

} // namespace Core::Store
