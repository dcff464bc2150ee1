#include "imap/TlsPolicy.h"

#include <QCryptographicHash>

namespace Core::Imap {

namespace {

    QString normalized(QString fingerprint)
    {
        fingerprint.remove(u':');
        fingerprint.remove(u' ');
        return fingerprint.toLower();
    }

} // namespace

QString TlsPolicy::fingerprintOf(const QSslCertificate& certificate)
{
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
}

bool TlsPolicy::acceptsExplicitly(const QSslCertificate& certificate)
{
    if (certificate.isNull())
        return false;
    const QString presented = fingerprintOf(certificate);
    for (const QString& trusted : std::as_const(trustedFingerprints)) {
        if (!trusted.isEmpty() && normalized(trusted) == normalized(presented)) {
            acceptedFingerprint = presented;
            return true;
        }
    }
    return false;
}

} // namespace Core::Imap
