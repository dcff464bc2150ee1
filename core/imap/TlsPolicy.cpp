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

bool TlsPolicy::acceptsExplicitly(const QSslCertificate& certificate) const
{
    return !trustedFingerprint.isEmpty() && !certificate.isNull()
        && normalized(trustedFingerprint) == normalized(fingerprintOf(certificate));
}

} // namespace Core::Imap
