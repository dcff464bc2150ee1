#pragma once

#include "imap/TlsPolicy.h"

#include <QCoreApplication>
#include <QList>
#include <QSslCertificate>
#include <QString>

#include <vmime/security/cert/certificateVerifier.hpp>

#include <memory>

namespace Core::Imap {

// Decides whether vmime may go on with a STARTTLS connection. vmime 0.9.2's own
// verifier checks chains by issuer name only and would accept a forged chain; this one
// hands the chain to Qt (OpenSSL) instead: system roots, signatures, dates and host name.
// Beyond that it accepts what the TlsPolicy accepts, like the implicit-TLS path does:
// a chain that leads to one of the user's extra roots, or the one certificate whose
// fingerprint the user confirmed. On refusal it leaves the plain-language reason with
// the certificate's fingerprint in the policy and throws vmime's certificate exception.
class CertificateVerifier : public vmime::security::cert::certificateVerifier {
    Q_DECLARE_TR_FUNCTIONS(Core::Imap::CertificateVerifier)

public:
    explicit CertificateVerifier(std::shared_ptr<TlsPolicy> policy);

    void verify(std::shared_ptr<vmime::security::cert::certificateChain> chain,
        const vmime::string& hostname) override;

    // The Qt half, for a chain already read: empty when trusted, else the reasons.
    QString problems(const QList<QSslCertificate>& chain, const QString& hostName) const;

private:
    static bool leadsTo(
        const QList<QSslCertificate>& chain, const QSslCertificate& root, const QString& hostName);

    std::shared_ptr<TlsPolicy> m_policy;
};

} // namespace Core::Imap
