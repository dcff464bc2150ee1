#pragma once

#include <QList>
#include <QString>

#include <string>

namespace Core::Analysis {

// An RFC 3464 / RFC 6533 delivery-status body: one block of per-message fields, then one
// block per recipient. Each block is parsed with vmime's header parser.
class DeliveryStatus {
public:
    struct Recipient {
        QString finalRecipient; // lower-cased address, type prefix removed
        QString originalRecipient;
        QString action; // lower-cased: failed, delayed, delivered, relayed, expanded
        QString status; // enhanced status code, such as 5.1.1
        QString remoteMta;
        QString diagnostic;
    };

    static DeliveryStatus parse(const std::string& body);

    bool isEmpty() const { return m_recipients.isEmpty() && m_reportingMta.isEmpty(); }
    QString reportingMta() const { return m_reportingMta; }
    QString originalMessageId() const { return m_originalMessageId; }
    const QList<Recipient>& recipients() const { return m_recipients; }

    // "rfc822; User@Example.org" -> "user@example.org"
    static QString addressOf(const QString& typedAddress);
    // "dns; mx.example.net" -> "mx.example.net"
    static QString valueOf(const QString& typedValue);

private:
    QString m_reportingMta;
    QString m_originalMessageId;
    QList<Recipient> m_recipients;
};

} // namespace Core::Analysis
