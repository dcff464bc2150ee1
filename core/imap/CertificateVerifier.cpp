#include "imap/CertificateVerifier.h"

#include "imap/TlsSocket.h"

#include "common/LogCategories.h"

#include <QCoreApplication>
#include <QSslError>

#include <vmime/security/cert/X509Certificate.hpp>
#include <vmime/security/cert/certificateNotTrustedException.hpp>
#include <vmime/utility/outputStreamStringAdapter.hpp>

namespace Core::Imap {

namespace {

    // A name as a set of attribute values, compared without case and runs of spaces:
    // looser than OpenSSL's comparison, so whatever OpenSSL could take for self-issued
    // this takes for self-issued as well.
    QStringList looseName(const QSslCertificate& certificate, bool issuer)
    {
        QStringList parts;
        const QList<QByteArray> attributes
            = issuer ? certificate.issuerInfoAttributes() : certificate.subjectInfoAttributes();
        for (const QByteArray& attribute : attributes) {
            const QStringList values
                = issuer ? certificate.issuerInfo(attribute) : certificate.subjectInfo(attribute);
            for (const QString& value : values)
                parts.append(QString::fromLatin1(attribute).toLower() + u'=' + value.simplified().toLower());
        }
        parts.sort();
        return parts;
    }

    bool looksSelfIssued(const QSslCertificate& certificate)
    {
        return looseName(certificate, true) == looseName(certificate, false);
    }

    bool onlySelfSignedErrors(const QList<QSslError>& errors)
    {
        for (const QSslError& error : errors) {
            if (error.error() != QSslError::SelfSignedCertificate
                && error.error() != QSslError::SelfSignedCertificateInChain)
                return false;
        }
        return true;
    }

} // namespace

CertificateVerifier::CertificateVerifier(std::shared_ptr<TlsPolicy> policy)
    : m_policy(std::move(policy))
{
}

// QSslCertificate::verify() trusts the system roots only, and the one way to add roots
// to it is QSslConfiguration::setDefaultConfiguration(): global, so every other socket of
// the process would trust this user's roots for as long as it was set. Instead the chain
// is checked a second time with the root appended, and every certificate that could
// stand in for a root left out: then the only untrusted errors OpenSSL can report are
// "self-signed" ones about that root at the top, and it has checked every signature
// below it, the dates, the CA flags and the host name, each of which is an error of its
// own kind when it fails.
bool CertificateVerifier::leadsTo(
    const QList<QSslCertificate>& chain, const QSslCertificate& root, const QString& hostName)
{
    if (chain.isEmpty() || root.isNull())
        return false;
    QList<QSslCertificate> candidate;
    if (chain.first() != root) {
        // A self-issued leaf would be its own top, whatever follows it.
        if (looksSelfIssued(chain.first()))
            return false;
        candidate.append(chain.first());
        for (qsizetype i = 1; i < chain.size(); ++i) {
            if (chain.at(i) != root && !looksSelfIssued(chain.at(i)))
                candidate.append(chain.at(i));
        }
    }
    candidate.append(root);
    return onlySelfSignedErrors(QSslCertificate::verify(candidate, hostName));
}

QString CertificateVerifier::problems(const QList<QSslCertificate>& chain, const QString& hostName) const
{
    if (chain.isEmpty() || chain.first().isNull())
        return tr("the server sent no certificate");
    const QList<QSslError> errors = QSslCertificate::verify(chain, hostName);
    if (errors.isEmpty() || m_policy->acceptsExplicitly(chain.first()))
        return {};
    for (const QSslCertificate& root : m_policy->extraRoots) {
        if (leadsTo(chain, root, hostName))
            return {};
    }
    QString reasons;
    for (const QSslError& error : errors)
        reasons += (reasons.isEmpty() ? QString() : QStringLiteral("; ")) + error.errorString();
    return reasons;
}

void CertificateVerifier::verify(
    std::shared_ptr<vmime::security::cert::certificateChain> chain, const vmime::string& hostname)
{
    QList<QSslCertificate> certificates;
    for (std::size_t i = 0; chain && i < chain->getCount(); ++i) {
        const auto x509 = std::dynamic_pointer_cast<vmime::security::cert::X509Certificate>(chain->getAt(i));
        std::string der;
        if (x509) {
            vmime::utility::outputStreamStringAdapter out(der);
            x509->write(out, vmime::security::cert::X509Certificate::FORMAT_DER);
        }
        // An unreadable certificate stays in its place as a null one and fails below.
        certificates.append(QSslCertificate(QByteArray(der.data(), qsizetype(der.size())), QSsl::Der));
    }
    const QString host = QString::fromStdString(hostname);
    const QString reasons = problems(certificates, host);
    if (reasons.isEmpty()) {
        qCDebug(lcMail) << "STARTTLS certificate of" << host << "accepted";
        return;
    }
    const QSslCertificate leaf = certificates.value(0);
    // The implicit-TLS path's words (TlsSocket), under its context: one text and one
    // translation for both ways of connecting.
    m_policy->refusedFingerprint = TlsPolicy::fingerprintOf(leaf);
    m_policy->refusal
        = TlsSocket::tr("The certificate of %1 cannot be trusted (%2). Its SHA-256 fingerprint is %3. "
                        "Only if your mail provider confirms this fingerprint, accept it "
                        "(--trust-fingerprint %3).")
              .arg(host, reasons, TlsPolicy::fingerprintOf(leaf));
    vmime::security::cert::certificateNotTrustedException refused;
    if (chain && chain->getCount() > 0)
        refused.setCertificate(chain->getAt(0));
    throw refused;
}

} // namespace Core::Imap
