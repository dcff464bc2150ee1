#include "oauth/RedirectListener.h"

#include "common/LogCategories.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>
#include <QUrlQuery>

namespace Core::OAuth {

namespace {

    // A browser's GET with its headers fits in a few kilobytes; anything longer is not one.
    constexpr qsizetype MaxRequest = 16 * 1024;

} // namespace

RedirectListener::RedirectListener(QObject* parent)
    : QObject(parent)
{
}

RedirectListener::~RedirectListener()
{
    close();
}

bool RedirectListener::listen(HostName name, const QByteArray& state, QString* error)
{
    close();
    m_state = state;
    m_answered = false;
    auto* ipv4 = new QTcpServer(this);
    if (!ipv4->listen(QHostAddress::LocalHost, 0)) {
        *error = tr("NeverSent cannot wait for the browser's answer on this computer: %1")
                     .arg(ipv4->errorString());
        delete ipv4;
        return false;
    }
    m_servers.append(ipv4);
    const quint16 port = ipv4->serverPort();
    if (name == HostName::Localhost) {
        // The browser may take "localhost" to be ::1: the same port there too, where the
        // system has IPv6 on its loopback interface.
        auto* ipv6 = new QTcpServer(this);
        if (ipv6->listen(QHostAddress::LocalHostIPv6, port))
            m_servers.append(ipv6);
        else
            delete ipv6;
    }
    for (QTcpServer* server : std::as_const(m_servers))
        connect(server, &QTcpServer::newConnection, this, [this, server] { accept(*server); });
    m_redirectUri
        = QStringLiteral("http://%1:%2/")
              .arg(name == HostName::Localhost ? QStringLiteral("localhost") : QStringLiteral("127.0.0.1"))
              .arg(port);
    return true;
}

bool RedirectListener::isListening() const
{
    return !m_servers.isEmpty();
}

void RedirectListener::close()
{
    for (QTcpServer* server : std::as_const(m_servers)) {
        server->close();
        server->deleteLater();
    }
    m_servers.clear();
    m_redirectUri.clear();
}

void RedirectListener::accept(QTcpServer& server)
{
    while (QTcpSocket* socket = server.nextPendingConnection()) {
        socket->setParent(this);
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        // Only this computer may answer; the listener is bound to loopback, so this is
        // the second line of defence.
        if (!socket->peerAddress().isLoopback()) {
            qCWarning(lcAccount) << "sign-in listener: refused a connection from" << socket->peerAddress();
            socket->abort();
            socket->deleteLater();
            continue;
        }
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(*socket); });
    }
}

void RedirectListener::read(QTcpSocket& socket)
{
    QByteArray request = socket.property("request").toByteArray() + socket.readAll();
    if (request.size() > MaxRequest) {
        respond(socket, 431, "Request Header Fields Too Large", tr("This request is too long."));
        return;
    }
    socket.setProperty("request", request);
    if (!request.contains("\r\n\r\n"))
        return;
    const QList<QByteArray> requestLine = request.left(request.indexOf("\r\n")).split(' ');
    if (requestLine.size() != 3 || requestLine.at(0) != "GET" || !requestLine.at(2).startsWith("HTTP/1.")) {
        respond(socket, 400, "Bad Request", tr("This is not a sign-in answer."));
        return;
    }
    answerRequest(socket, requestLine.at(1));
}

void RedirectListener::answerRequest(QTcpSocket& socket, const QByteArray& target)
{
    if (m_answered) {
        respond(socket, 410, "Gone", tr("This sign-in is over. You can close this window."));
        return;
    }
    const QUrl url(QString::fromLatin1(target), QUrl::StrictMode);
    if (!url.isValid() || url.path() != u"/") {
        respond(socket, 404, "Not Found", tr("There is nothing here."));
        return;
    }
    const QUrlQuery query(url);
    const QString state = query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded);
    if (state.toLatin1() != m_state || state.isEmpty()) {
        qCWarning(lcAccount) << "sign-in listener: turned away an answer for another sign-in";
        respond(socket, 400, "Bad Request",
            tr("This answer does not belong to the sign-in NeverSent started. Go back to NeverSent and sign "
               "in from "
               "there."));
        return;
    }
    m_answered = true;
    const QString code = query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    const QString failure = query.queryItemValue(QStringLiteral("error"), QUrl::FullyDecoded);
    const QString description = query.queryItemValue(QStringLiteral("error_description"), QUrl::FullyDecoded);
    if (!failure.isEmpty() || code.isEmpty()) {
        QString message;
        if (failure == u"access_denied")
            message = tr(
                "The sign-in was cancelled in the browser, so NeverSent cannot open this mailbox. Sign in "
                "again and allow NeverSent to read your mail.");
        else if (!failure.isEmpty())
            message = tr("Your mail provider ended the sign-in with an error: %1. Try again, or ask your IT "
                         "department.")
                          .arg(description.isEmpty() ? failure : description);
        else
            message = tr("Your mail provider's answer held no sign-in code. Try signing in again.");
        respond(socket, 200, "OK", message);
        close();
        emit refused(message);
        return;
    }
    respond(socket, 200, "OK", tr("You are signed in. You can close this window and go back to NeverSent."));
    close();
    emit codeReceived(code);
}

void RedirectListener::respond(QTcpSocket& socket, int status, const QByteArray& reason, const QString& text)
{
    // Text from the provider's answer is shown, never interpreted.
    const QByteArray page
        = QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>NeverSent</title>"
                         "</head><body><p>%1</p></body></html>")
              .arg(text.toHtmlEscaped())
              .toUtf8();
    socket.write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reason
        + "\r\nContent-Type: text/html; charset=utf-8\r\nCache-Control: no-store\r\nConnection: close\r\n"
          "Content-Length: "
        + QByteArray::number(page.size()) + "\r\n\r\n" + page);
    socket.disconnectFromHost();
}

} // namespace Core::OAuth
