#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Core::Imap {

// Where and how to connect, from the URL the user gives:
//   imaps://host[:port]          implicit TLS, port 993 by default
//   imap://host[:port]           STARTTLS, required, port 143 by default
//   imap+plain://127.0.0.1:port  no TLS: loopback addresses only (tests, local servers)
struct ServerAddress {
    enum class Security {
        ImplicitTls,
        StartTls,
        Plain,
    };

    Security security = Security::ImplicitTls;
    QString host;
    quint16 port = 993;

    // Nothing, with a plain-language reason in *error, for a URL that cannot be used.
    static std::optional<ServerAddress> parse(const QString& url, QString* error);
    QString toString() const;

    // Last: the macro leaves what follows private.
    Q_DECLARE_TR_FUNCTIONS(Core::Imap::ServerAddress)
};

} // namespace Core::Imap
