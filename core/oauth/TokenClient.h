#pragma once

#include "oauth/Tokens.h"

#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QString>
#include <QUrl>

#include <utility>

class QNetworkReply;

namespace Core::OAuth {

// The token endpoint of RFC 6749 over Qt Network: redeems the code of a browser sign-in
// (with the PKCE verifier) and refreshes access tokens. Written here rather than with Qt
// Network Auth, whose 6.4 has no PKCE, names only 127.0.0.1 in its redirect URI (which
// Microsoft does not match by port) and sends a refresh token unencoded, so that its "+"
// arrives as a space. Every request is form-encoded in full, and only https (or http to
// this computer, for tests) is spoken.
class TokenClient : public QObject {
    Q_OBJECT

public:
    struct Client {
        QUrl tokenUrl;
        QString clientId;
        QString clientSecret; // Google's desktop clients have one (not secret in a desktop app); others none
    };

    explicit TokenClient(QObject* parent = nullptr);

    void setTimeout(int milliseconds) { m_timeoutMilliseconds = milliseconds; }
    void redeemCode(
        const Client& client, const QString& code, const QByteArray& verifier, const QString& redirectUri);
    void refresh(const Client& client, const QString& refreshToken);

    // application/x-www-form-urlencoded, every reserved character escaped ("+" too).
    static QByteArray formBody(const QList<std::pair<QString, QString>>& fields);
    // The endpoint's answer (RFC 6749 5.1 and 5.2) as tokens or a problem in words.
    static TokenAnswer readAnswer(int httpStatus, const QByteArray& body, const QDateTime& now);

signals:
    void answered(const Core::OAuth::TokenAnswer& answer);

private:
    void post(const Client& client, QList<std::pair<QString, QString>> fields);
    void finished(QNetworkReply& reply);

    QNetworkAccessManager m_network;
    int m_timeoutMilliseconds = 30000;
};

} // namespace Core::OAuth
