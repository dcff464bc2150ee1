#include "oauth/Pkce.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

#include <array>

namespace Core::OAuth {

namespace {

    template <qsizetype Words> QByteArray randomBase64Url()
    {
        std::array<quint32, Words> random;
        // The system's cryptographic source, not a seeded generator.
        QRandomGenerator::system()->fillRange(random.data(), Words);
        return QByteArray(reinterpret_cast<const char*>(random.data()), Words * sizeof(quint32))
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    }

} // namespace

QByteArray Pkce::makeVerifier()
{
    return randomBase64Url<8>();
}

QByteArray Pkce::challenge(const QByteArray& verifier)
{
    return QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray Pkce::makeState()
{
    return randomBase64Url<4>();
}

} // namespace Core::OAuth
