#pragma once

#include "analysis/HeaderFieldSpans.h"

#include <QByteArrayView>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace vmime {
class headerField;
}

namespace Core::Analysis {

// Read access to a header, with every value decoded to Unicode. Names are matched without
// regard to case. Fields are parsed by vmime one at a time, when first asked for. Copies
// share that work: a header and its copies belong to one thread.
class MimeHeader {
public:
    struct Field {
        QString name; // lower-cased
        QString value; // decoded and unfolded
    };

    MimeHeader() = default;
    // A bare block of header fields: a message/delivery-status block, text/rfc822-headers.
    static MimeHeader parse(const std::string& block);
    // The header of a whole message (LF line ends, as the sanitizer leaves them): the
    // fields before its first blank line.
    static MimeHeader parseMessageHeader(const std::string& message);
    // The fields `spans` found in `text`.
    static MimeHeader fromText(std::string text, const HeaderFieldSpans& spans);
    // The Message-ID of a message as it arrived (whole, or its header alone), read through
    // the sanitizer as the analyzer reads it, so that the scan, the clean and the undo find
    // the same identity for the same message; without angle brackets, empty when none.
    static QString messageIdOfMessage(QByteArrayView bytes);

    bool isEmpty() const;
    bool has(const char* name) const;
    QString text(const char* name) const;
    QStringList texts(const char* name) const;
    QStringList addresses(const char* name) const; // lower-cased addr-specs
    // The same as vmime alone reads them: the reference addresses() agrees with, read
    // without vmime where a value is plainly written.
    QStringList addressesByVmime(const char* name) const;
    QString messageId(const char* name) const; // without angle brackets
    QDateTime date(const char* name) const; // invalid when absent or unreadable
    QList<Field> fields() const;

    static QString valueText(const vmime::headerField& field);
    static QStringList addressesIn(const QString& text);
    // The first of addressesIn(text), found without the pattern; empty when none.
    static QString firstAddressIn(const QString& text);
    // What follows the last '@' of an address; empty without one.
    static QString domainOf(const QString& address);
    static QString messageIdIn(const QString& text);
    static QDateTime parseDate(const QString& text);

private:
    struct Fields;

    std::vector<std::size_t> indexesNamed(const char* name, bool firstOnly) const;
    std::shared_ptr<vmime::headerField> fieldAt(std::size_t index) const;
    QString textAt(std::size_t index) const;
    // The addresses of a value of plainly written mailboxes (one, or a list where vmime
    // reads a list), read without vmime; nothing where vmime must read it.
    std::optional<QStringList> plainAddressesAt(std::size_t index) const;
    void appendAddressesByVmime(std::size_t index, QStringList& result) const;

    std::shared_ptr<Fields> m_fields;
};

} // namespace Core::Analysis
