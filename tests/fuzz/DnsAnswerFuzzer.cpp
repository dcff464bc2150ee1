// What a name server answers to server discovery's SRV and MX questions and to the TXT
// questions for a domain's SPF and DMARC records, read by Qt's resolver and then by
// SrvLookup, MxLookup and DomainPolicyLookup. A name server in this process, on
// 127.0.0.1:53 (Qt 6.4 asks a chosen server on port 53 only, so the target runs as root),
// answers every question with the input: its first 2 bytes are the answer's flags, the
// next 6 its answer, authority and additional counts, the rest follows the question it
// repeats. The ID and the question are the query's, or the resolver would keep waiting.
#include "account/MxLookup.h"
#include "account/SrvLookup.h"
#include "domain/DomainPolicyLookup.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QNetworkDatagram>
#include <QUdpSocket>

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace Core::Account;
using Core::Domain::DomainPolicy;
using Core::Domain::DomainPolicyLookup;

namespace {

QByteArray answerBytes;
QUdpSocket* server = nullptr;

// Where the question of a query ends (its name, type and class); -1 when it is cut short.
qsizetype questionEnd(const QByteArray& query)
{
    qsizetype at = 12;
    while (at < query.size() && query.at(at) != 0)
        at += quint8(query.at(at)) + 1;
    at += 5;
    return at <= query.size() ? at : -1;
}

void answerQueries()
{
    while (server->hasPendingDatagrams()) {
        const QNetworkDatagram query = server->receiveDatagram();
        const QByteArray asked = query.data();
        const qsizetype end = asked.size() >= 12 ? questionEnd(asked) : -1;
        if (end < 0)
            continue;
        QByteArray reply = asked.left(2);
        // An answer (QR), never truncated: TC would send the resolver to TCP.
        const QByteArray flags = answerBytes.left(2).leftJustified(2, '\0');
        reply += char((quint8(flags.at(0)) | 0x80) & ~0x02);
        reply += flags.at(1);
        reply += asked.mid(4, 2);
        reply += answerBytes.mid(2, 6).leftJustified(6, '\0', true);
        reply += asked.mid(12, end - 12);
        reply += answerBytes.mid(8);
        server->writeDatagram(reply, query.senderAddress(), query.senderPort());
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    new QCoreApplication(*argc, *argv);
    server = new QUdpSocket;
    if (!server->bind(QHostAddress(QHostAddress::LocalHost), 53)) {
        std::fprintf(stderr, "fuzz_dns_answers: cannot listen on 127.0.0.1:53 (%s); run it as root\n",
            qPrintable(server->errorString()));
        std::exit(1);
    }
    QObject::connect(server, &QUdpSocket::readyRead, server, answerQueries);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    answerBytes = QByteArray(reinterpret_cast<const char*>(data), qsizetype(size));
    NetworkOverrides overrides;
    overrides.route = [](const QString&, quint16) { return std::optional<NetworkOverrides::Endpoint>(); };
    overrides.nameserver = QHostAddress(QHostAddress::LocalHost);
    // Well under the fuzzer's 1 s: an answer the resolver will not take is not a hang.
    constexpr std::chrono::milliseconds Deadline(300);
    {
        SrvLookup srv;
        srv.setNetworkOverrides(overrides);
        srv.setTimeout(Deadline);
        MxLookup mx;
        mx.setNetworkOverrides(overrides);
        mx.setTimeout(Deadline);
        DomainPolicyLookup policy;
        policy.setNetworkOverrides(overrides);
        policy.setTimeout(Deadline);
        QEventLoop loop;
        int pending = 3;
        const auto finished = [&] {
            if (--pending == 0)
                loop.quit();
        };
        QObject::connect(&srv, &SrvLookup::finished, &loop, finished);
        QObject::connect(&mx, &MxLookup::finished, &loop, finished);
        // Whatever the records said, the user is told something.
        QObject::connect(&policy, &DomainPolicyLookup::finished, &loop, [&](const DomainPolicy& found) {
            if (found.advice().isEmpty())
                std::abort();
            finished();
        });
        srv.start(QStringLiteral("sam@bluebird-office.example"), QStringLiteral("bluebird-office.example"));
        mx.start(QStringLiteral("sam@bluebird-office.example"), QStringLiteral("bluebird-office.example"));
        policy.start(QStringLiteral("bluebird-office.example"));
        loop.exec();
    }
    // The lookups are let go with deleteLater(), which no event loop here would carry out.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    return 0;
}
