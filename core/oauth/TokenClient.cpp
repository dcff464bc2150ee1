#include "oauth/TokenClient.h"

#include "common/LogCategories.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace Core::OAuth {

namespace {

    TokenAnswer problem(TokenAnswer::Problem kind, const QString& message)
    {
        TokenAnswer answer;
        answer.problem = kind;
        answer.message = message;
        return answer;
    }

    bool isSafe(const QUrl& url)
    {
        return url.scheme() == u"https" || (url.scheme() == u"http" && QHostAddress(url.host()).isLoopback());
    }

} // namespace

TokenClient::TokenClient(QObject* parent)
    : QObject(parent)
{
    // A token endpoint never redirects; following one would send the secrets elsewhere.
    m_network.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

QByteArray TokenClient::formBody(const QList<std::pair<QString, QString>>& fields)
{
    QByteArray body;
    for (const auto& [name, value] : fields) {
        if (!body.isEmpty())
            body += '&';
        // Unreserved characters (RFC 3986) stay, everything else is %XX: a "+" or "/" of a
        // token must not turn into a space or a path.
        body += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return body;
}

TokenAnswer TokenClient::readAnswer(int httpStatus, const QByteArray& body, const QDateTime& now)
{
    QJsonParseError parseError;
    const QJsonObject json = QJsonDocument::fromJson(body, &parseError).object();
    const QString error = json.value(u"error").toString();
    if (httpStatus == 200 && parseError.error == QJsonParseError::NoError && error.isEmpty()) {
        TokenAnswer answer;
        answer.tokens.accessToken = json.value(u"access_token").toString();
        answer.tokens.refreshToken = json.value(u"refresh_token").toString();
        answer.tokens.scope = json.value(u"scope").toString();
        // expires_in is a number, some servers send it as a string.
        const qint64 expiresIn = json.value(u"expires_in").isString()
            ? json.value(u"expires_in").toString().toLongLong()
            : json.value(u"expires_in").toInteger();
        if (expiresIn > 0)
            answer.tokens.expiresAt = now.addSecs(expiresIn);
        const QString type = json.value(u"token_type").toString();
        if (!answer.tokens.accessToken.isEmpty() && type.compare(u"Bearer", Qt::CaseInsensitive) == 0)
            return answer;
        return problem(TokenAnswer::Problem::ServerRefused,
            tr("Your mail provider's sign-in service answered without an access token. Try again later."));
    }
    if (!error.isEmpty()) {
        qCInfo(lcAccount) << "token endpoint refused:" << error
                          << json.value(u"error_description").toString();
        if (error == u"invalid_grant")
            return problem(TokenAnswer::Problem::LoginRefused,
                tr("Your sign-in has ended (it was revoked, it expired, or your password changed). Sign in "
                   "again."));
        return problem(TokenAnswer::Problem::ServerRefused,
            tr("Your mail provider refused the sign-in (%1). Your IT department may have to allow NeverSent.")
                .arg(error));
    }
    return problem(TokenAnswer::Problem::ServerRefused,
        tr("Your mail provider's sign-in service has a problem (HTTP %1). Try again later.").arg(httpStatus));
}

void TokenClient::redeemCode(
    const Client& client, const QString& code, const QByteArray& verifier, const QString& redirectUri)
{
    post(client,
        { { QStringLiteral("grant_type"), QStringLiteral("authorization_code") },
            { QStringLiteral("code"), code },
            { QStringLiteral("code_verifier"), QString::fromLatin1(verifier) },
            { QStringLiteral("redirect_uri"), redirectUri } });
}

void TokenClient::refresh(const Client& client, const QString& refreshToken)
{
    post(client,
        { { QStringLiteral("grant_type"), QStringLiteral("refresh_token") },
            { QStringLiteral("refresh_token"), refreshToken } });
}

void TokenClient::post(const Client& client, QList<std::pair<QString, QString>> fields)
{
    if (!isSafe(client.tokenUrl)) {
        emit answered(problem(TokenAnswer::Problem::ServerRefused,
            tr("The sign-in service address %1 is not encrypted, so nothing was sent to it.")
                .arg(client.tokenUrl.toString())));
        return;
    }
    fields.append({ QStringLiteral("client_id"), client.clientId });
    if (!client.clientSecret.isEmpty())
        fields.append({ QStringLiteral("client_secret"), client.clientSecret });
    QNetworkRequest request(client.tokenUrl);
    request.setHeader(
        QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(m_timeoutMilliseconds);
    QNetworkReply* reply = m_network.post(request, formBody(fields));
    connect(reply, &QNetworkReply::finished, this, [this, reply] { finished(*reply); });
}

void TokenClient::finished(QNetworkReply& reply)
{
    reply.deleteLater();
    const int status = reply.attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply.error() == QNetworkReply::OperationCanceledError
        || reply.error() == QNetworkReply::TimeoutError) {
        emit answered(problem(TokenAnswer::Problem::Timeout,
            tr("Your mail provider's sign-in service did not answer in time. Check the network connection "
               "and try again.")));
        return;
    }
    if (status == 0) {
        emit answered(problem(TokenAnswer::Problem::CannotReach,
            tr("Your mail provider's sign-in service cannot be reached (%1). Check the network connection "
               "and try again.")
                .arg(reply.errorString())));
        return;
    }
    emit answered(readAnswer(status, reply.readAll(), QDateTime::currentDateTimeUtc()));
}

} // namespace Core::OAuth
