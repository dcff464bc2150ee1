#include "analysis/ReceiverChecks.h"

#include "analysis/MimeHeader.h"

#include <QRegularExpression>

namespace Core::Analysis {

namespace {

    // A value's words outside comments, split where `separator` stands outside quotes and
    // comments; quoted strings keep their blanks and lose their quotes. The comments are
    // handed back on their own.
    struct Split {
        QList<QStringList> parts; // each part's words
        QStringList comments;
    };

    Split split(const QString& value, QChar separator)
    {
        Split result;
        QStringList words;
        QString word;
        QString comment;
        int depth = 0;
        bool quoted = false;
        const auto endWord = [&] {
            if (!word.isEmpty())
                words.append(word);
            word.clear();
        };
        for (qsizetype i = 0; i < value.size(); ++i) {
            const QChar c = value.at(i);
            if (c == u'\\' && (quoted || depth > 0) && i + 1 < value.size()) {
                (depth > 0 ? comment : word) += value.at(++i);
            } else if (depth > 0) {
                if (c == u'(')
                    ++depth;
                else if (c == u')')
                    --depth;
                if (depth == 0) {
                    result.comments.append(comment.simplified());
                    comment.clear();
                } else {
                    comment += c;
                }
            } else if (quoted) {
                if (c == u'"')
                    quoted = false;
                else
                    word += c;
            } else if (c == u'"') {
                quoted = true;
            } else if (c == u'(') {
                endWord();
                depth = 1;
            } else if (c == separator) {
                endWord();
                result.parts.append(words);
                words.clear();
            } else if (c.isSpace()) {
                endWord();
            } else {
                word += c;
            }
        }
        endWord();
        result.parts.append(words);
        return result;
    }

    // An address or a domain as a domain: what follows the last '@', without brackets or a
    // final dot.
    QString domainOf(QString value)
    {
        value = value.trimmed().toLower();
        if (value.startsWith(u'<') && value.endsWith(u'>'))
            value = value.mid(1, value.size() - 2);
        if (const qsizetype at = value.lastIndexOf(u'@'); at >= 0)
            value = value.mid(at + 1);
        while (value.endsWith(u'.'))
            value.chop(1);
        // Microsoft 365 writes "header.d=none" for a message nobody signed.
        return value == u"none" ? QString() : value;
    }

    bool isKeptMethod(const QString& method)
    {
        return method == u"spf" || method == u"dkim" || method == u"dmarc";
    }

    // The property that names the domain a method checked, in order of preference
    // ("smtp.mfrom": Sendmail's sid-milter, before RFC 8601 named it).
    QStringList domainProperties(const QString& method)
    {
        if (method == u"spf")
            return { QStringLiteral("smtp.mailfrom"), QStringLiteral("smtp.mfrom"),
                QStringLiteral("smtp.helo") };
        if (method == u"dkim")
            return { QStringLiteral("header.d"), QStringLiteral("header.i") };
        return { QStringLiteral("header.from") };
    }

} // namespace

QList<ReceiverCheck> ReceiverChecks::read(const MimeHeader& header)
{
    QList<ReceiverCheck> checks;
    const auto keep = [&](const QList<ReceiverCheck>& found) {
        for (const ReceiverCheck& check : found) {
            if (!checks.contains(check))
                checks.append(check);
        }
    };
    for (const char* name : { "Authentication-Results", "ARC-Authentication-Results" }) {
        for (const QString& value : header.texts(name))
            keep(fromAuthenticationResults(value));
    }
    for (const QString& value : header.texts("Received-SPF"))
        keep(fromReceivedSpf(value));
    return checks;
}

QList<ReceiverCheck> ReceiverChecks::fromAuthenticationResults(const QString& value)
{
    QList<ReceiverCheck> checks;
    for (const QStringList& part : split(value, u';').parts) {
        // The server's name ("mx.google.com", with or without a version), ARC's instance
        // ("i=1"), "none": no result. Microsoft 365 leaves the name out altogether.
        if (part.isEmpty() || !part.first().contains(u'=') || part.first().startsWith(u"i="))
            continue;
        const qsizetype equals = part.first().indexOf(u'=');
        ReceiverCheck check;
        check.method = part.first().left(equals).section(u'/', 0, 0).toLower();
        check.result = part.first().mid(equals + 1).toLower();
        if (!isKeptMethod(check.method) || check.result.isEmpty())
            continue;
        for (const QString& property : domainProperties(check.method)) {
            for (const QString& word : part.mid(1)) {
                if (word.startsWith(property + u'=', Qt::CaseInsensitive) && check.domain.isEmpty())
                    check.domain = domainOf(word.mid(property.size() + 1));
            }
        }
        checks.append(check);
    }
    return checks;
}

QList<ReceiverCheck> ReceiverChecks::fromReceivedSpf(const QString& value)
{
    const Split words = split(value, u';');
    if (words.parts.isEmpty() || words.parts.first().isEmpty())
        return {};
    ReceiverCheck check;
    check.method = QStringLiteral("spf");
    check.result = words.parts.first().first().toLower();
    static const QRegularExpression result(QStringLiteral("^[a-z]+$"));
    if (!result.match(check.result).hasMatch())
        return {};
    QString identity;
    for (const QStringList& part : words.parts) {
        for (const QString& word : part) {
            if (word.startsWith(u"envelope-from=", Qt::CaseInsensitive))
                check.domain = domainOf(word.section(u'=', 1));
            else if (word.startsWith(u"identity=", Qt::CaseInsensitive))
                identity = word.section(u'=', 1).toLower();
        }
    }
    // An SPF check of the HELO name is about the sending host, not the sender's domain.
    if (identity == u"helo")
        check.domain.clear();
    if (check.domain.isEmpty() && identity != u"helo") {
        static const QRegularExpression domainOfSender(
            QStringLiteral(R"(domain of (?:transitioning )?(?:\S*@)?([^\s@]+))"),
            QRegularExpression::CaseInsensitiveOption);
        for (const QString& comment : words.comments) {
            if (const auto match = domainOfSender.match(comment); match.hasMatch()) {
                check.domain = domainOf(match.captured(1));
                break;
            }
        }
    }
    return { check };
}

} // namespace Core::Analysis
