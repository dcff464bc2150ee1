#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>

class QTcpServer;
class QTcpSocket;

namespace Core::OAuth {

// Where the browser brings the user back after signing in (RFC 8252 7.3): a listener on a
// free port of this computer's loopback interface only, for one answer. The answer must
// carry the state of the sign-in NeverSent started; one that does not is turned away and
// the listener goes on waiting (a stale tab, or a page trying to push its own code in).
// With the right state it ends the sign-in, with a code or with the provider's refusal,
// and the listener closes at once: nothing else can reach it after that.
class RedirectListener : public QObject {
    Q_OBJECT

public:
    // How the redirect URI names this computer. Microsoft matches the port of a redirect
    // URI only for "localhost"; Google takes the loopback address.
    enum class HostName {
        Localhost,
        LoopbackAddress,
    };

    explicit RedirectListener(QObject* parent = nullptr);
    ~RedirectListener() override;

    bool listen(HostName name, const QByteArray& state, QString* error);
    // http://localhost:PORT/ or http://127.0.0.1:PORT/; empty when not listening.
    QString redirectUri() const { return m_redirectUri; }
    bool isListening() const;
    void close();

signals:
    void codeReceived(const QString& code);
    // The sign-in ended without a code: the user declined, or the provider said why not.
    void refused(const QString& message);

private:
    void accept(QTcpServer& server);
    void read(QTcpSocket& socket);
    void answerRequest(QTcpSocket& socket, const QByteArray& target);
    static void respond(QTcpSocket& socket, int status, const QByteArray& reason, const QString& text);

    QList<QTcpServer*> m_servers;
    QByteArray m_state;
    QString m_redirectUri;
    bool m_answered = false;
};

} // namespace Core::OAuth
