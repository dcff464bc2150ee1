#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace Core::Store {

// Server certificates the user accepted by their SHA-256 fingerprint, per host and port:
// once accepted, trusted for that server afterwards (and for no other).
class TrustedCertificates {
    Q_DECLARE_TR_FUNCTIONS(Core::Store::TrustedCertificates)

public:
    explicit TrustedCertificates(QSqlDatabase database);

    QStringList fingerprints(const QString& host, quint16 port) const;
    bool remember(const QString& host, quint16 port, const QString& fingerprint, QString* error);

private:
    QSqlDatabase m_database;
};

} // namespace Core::Store
