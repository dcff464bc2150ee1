#pragma once

#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QStringList>

namespace Core::Imap {

// Which server certificates to accept beyond what the system's roots vouch for, and why
// the last one was refused.
struct TlsPolicy {
    QList<QSslCertificate> extraRoots; // --ca-file: a private server's own root
    QStringList trustedFingerprints; // SHA-256 fingerprints the user accepted for this server
    QString refusal; // plain-language reason of the last refused certificate
    QString refusedFingerprint; // and that certificate's fingerprint, for "trust this certificate"
    QString acceptedFingerprint; // set when the last certificate got through by its fingerprint alone

    // For a certificate the roots do not vouch for: true (and remembered in
    // acceptedFingerprint) when the user accepted this one.
    bool acceptsExplicitly(const QSslCertificate& certificate);
    static QString fingerprintOf(const QSslCertificate& certificate); // "AB:CD:..."
};

} // namespace Core::Imap
