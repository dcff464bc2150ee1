#pragma once

#include <QList>
#include <QSslCertificate>
#include <QString>

namespace Core::Imap {

// Which server certificates to accept beyond what the system's roots vouch for, and why
// the last one was refused.
struct TlsPolicy {
    QList<QSslCertificate> extraRoots; // --ca-file: a private server's own root
    QString trustedFingerprint; // SHA-256 the user accepted for this server
    QString refusal; // plain-language reason of the last refused certificate

    bool acceptsExplicitly(const QSslCertificate& certificate) const;
    static QString fingerprintOf(const QSslCertificate& certificate); // "AB:CD:..."
};

} // namespace Core::Imap
