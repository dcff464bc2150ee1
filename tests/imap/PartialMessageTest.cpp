// Which parts of a huge message are asked for, and how the answer is put back together.
#include "imap/PartialMessage.h"

#include <QTest>

using Core::Imap::MessagePart;
using Core::Imap::PartialMessage;

Q_DECLARE_METATYPE(MessagePart)

namespace {

MessagePart leaf(const QByteArray& section, const QByteArray& type, quint64 size = 100)
{
    MessagePart part;
    part.section = section;
    part.mediaType = type;
    part.size = size;
    return part;
}

MessagePart multipart(const QByteArray& section, const QByteArray& boundary, const QList<MessagePart>& parts)
{
    MessagePart part;
    part.section = section;
    part.mediaType = "multipart/mixed";
    part.boundary = boundary;
    part.parts = parts;
    return part;
}

// A report with a nested alternative, a status part, the returned message and a picture.
MessagePart report()
{
    return multipart({}, "outer",
        { multipart("1", "inner", { leaf("1.1", "text/plain"), leaf("1.2", "text/html") }),
            leaf("2", "message/delivery-status"), leaf("3", "message/rfc822", 5000000),
            leaf("4", "image/png", 2000000) });
}

} // namespace

class PartialMessageTest : public QObject {
    Q_OBJECT

private slots:
    void fetchItems_data()
    {
        QTest::addColumn<MessagePart>("structure");
        QTest::addColumn<QByteArrayList>("items"); // empty: read the plain way

        QTest::newRow("single part") << leaf({}, "text/plain") << QByteArrayList {};
        QTest::newRow("no boundary") << multipart({}, {}, { leaf("1", "text/plain") }) << QByteArrayList {};
        QTest::newRow("no parts") << multipart({}, "b", {}) << QByteArrayList {};
        QList<MessagePart> many;
        for (int i = 1; i <= PartialMessage::MaxParts + 1; ++i)
            many.append(leaf(QByteArray::number(i), "text/plain"));
        QTest::newRow("too many parts") << multipart({}, "b", many) << QByteArrayList {};
        QTest::newRow("nested multipart without boundary") << multipart(
            {}, "b", { leaf("1", "text/plain"), multipart("2", {}, { leaf("2.1", "text/plain") }) })
                                                           << QByteArrayList {};
        QTest::newRow("report") << report()
                                << QByteArrayList { "BODY.PEEK[HEADER]", "BODY.PEEK[1.MIME]",
                                       "BODY.PEEK[1.1.MIME]", "BODY.PEEK[1.1]<0.262144>",
                                       "BODY.PEEK[1.2.MIME]", "BODY.PEEK[1.2]<0.262144>", "BODY.PEEK[2.MIME]",
                                       "BODY.PEEK[2]<0.262144>", "BODY.PEEK[3.MIME]",
                                       "BODY.PEEK[3]<0.262144>", "BODY.PEEK[4.MIME]" };
    }

    void fetchItems()
    {
        QFETCH(MessagePart, structure);
        QFETCH(QByteArrayList, items);
        const std::optional<QList<QByteArray>> planned = PartialMessage::fetchItems(structure);
        QCOMPARE(planned.has_value(), !items.isEmpty());
        if (planned)
            QCOMPARE(*planned, items);
    }

    // The message's own boundaries around each part's MIME header and content; an
    // attachment keeps its MIME header and loses its content.
    void assembleKeepsTheMessagesShape()
    {
        const QHash<QByteArray, QByteArray> sections {
            { "HEADER", "Subject: x\r\nContent-Type: multipart/mixed; boundary=outer\r\n\r\n" },
            { "1.MIME", "Content-Type: multipart/alternative; boundary=inner\r\n\r\n" },
            { "1.1.MIME", "Content-Type: text/plain\r\n\r\n" },
            { "1.1", "plain" },
            { "1.2.MIME", "Content-Type: text/html\r\n\r\n" },
            { "1.2", "<p>html</p>" },
            { "2.MIME", "Content-Type: message/delivery-status\r\n\r\n" },
            { "2", "Status: 5.1.1\r\n" },
            { "3.MIME", "Content-Type: message/rfc822\r\n\r\n" },
            { "3", "Subject: original\r\n\r\nstart" },
            { "4.MIME", "Content-Type: image/png\r\n\r\n" },
        };
        const QByteArray expected
            = "Subject: x\r\nContent-Type: multipart/mixed; boundary=outer\r\n\r\n"
              "\r\n--outer\r\nContent-Type: multipart/alternative; boundary=inner\r\n\r\n"
              "\r\n--inner\r\nContent-Type: text/plain\r\n\r\nplain"
              "\r\n--inner\r\nContent-Type: text/html\r\n\r\n<p>html</p>"
              "\r\n--inner--\r\n"
              "\r\n--outer\r\nContent-Type: message/delivery-status\r\n\r\nStatus: 5.1.1\r\n"
              "\r\n--outer\r\nContent-Type: message/rfc822\r\n\r\nSubject: original\r\n\r\nstart"
              "\r\n--outer\r\nContent-Type: image/png\r\n\r\n"
              "\r\n--outer--\r\n";
        QCOMPARE(PartialMessage::assemble(report(), sections), expected);
    }
};

QTEST_GUILESS_MAIN(PartialMessageTest)
#include "PartialMessageTest.moc"
