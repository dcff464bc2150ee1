// The header-only triage a scan uses to pick the messages it fetches whole: it must let
// through every message the full analyzer reads as an automatic reply, seeing only the
// header fields IMAP hands it, and it must hold back most ordinary mail.
#include "analysis/HeaderTriage.h"
#include "analysis/BounceAnalyzer.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include "CaseExpectations.h"

using namespace Core::Analysis;

class HeaderTriageTest : public QObject {
    Q_OBJECT

private:
    // What BODY.PEEK[HEADER.FIELDS (...)] returns: the named fields, continuation lines
    // included, in their order, then a blank line.
    static QByteArray serverHeaderFields(const QByteArray& message)
    {
        QList<QByteArray> wanted = HeaderTriage::fieldNames().toLower().split(' ');
        QByteArray result;
        bool keeping = false;
        for (QByteArray line : message.split('\n')) {
            if (line.endsWith('\r'))
                line.chop(1);
            if (line.isEmpty())
                break;
            if (line.front() != ' ' && line.front() != '\t') {
                const qsizetype colon = line.indexOf(':');
                keeping = colon > 0 && wanted.contains(line.left(colon).trimmed().toLower());
            }
            if (keeping)
                result += line + "\r\n";
        }
        return result + "\r\n";
    }

private slots:
    void triage_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<bool>("expected");
        QTest::newRow("multipart/report") << QByteArray(
            "Content-Type: multipart/report; report-type=delivery-status;\r\n"
            " boundary=x\r\n\r\n") << true;
        QTest::newRow("null return path") << QByteArray("Return-Path: <>\r\nSubject: hello\r\n\r\n") << true;
        QTest::newRow("mailer-daemon")
            << QByteArray("From: MAILER-DAEMON@mx.example.net\r\nSubject: hi\r\n\r\n") << true;
        QTest::newRow("auto-submitted")
            << QByteArray("Auto-Submitted: auto-replied\r\nSubject: Re: x\r\n\r\n") << true;
        QTest::newRow("auto-submitted: no")
            << QByteArray("Auto-Submitted: no\r\nFrom: a@b.example\r\nSubject: lunch\r\n\r\n") << false;
        QTest::newRow("undeliverable subject")
            << QByteArray("From: it@b.example\r\nSubject: Undeliverable: invoice\r\n\r\n") << true;
        QTest::newRow("german subject")
            << QByteArray("From: it@b.example\r\nSubject: Unzustellbar: Rechnung\r\n\r\n") << true;
        QTest::newRow("out of office")
            << QByteArray("From: a@b.example\r\nSubject: Out of Office: plans\r\n\r\n") << true;
        QTest::newRow("ordinary") << QByteArray("From: Ann <ann@b.example>\r\nSubject: Minutes of Monday\r\n"
                                                "Content-Type: text/plain; charset=utf-8\r\n\r\n")
                                  << false;
        QTest::newRow("no header at all") << QByteArray("\r\n") << true;
        // Localized subjects (de, fr, it, nl, pt, pl, ja), RFC 2047 encoded where mail programs do.
        QTest::newRow("localized: Non remis")
            << QByteArray("From: Ann <ann@b.example>\r\nSubject: Non remis : Devis cuisine\r\n\r\n") << true;
        QTest::newRow("localized: Non recapitabile")
            << QByteArray("From: Ann <ann@b.example>\r\nSubject: Non recapitabile: Preventivo\r\n\r\n")
            << true;
        QTest::newRow("localized: Onbestelbaar")
            << QByteArray("From: Ann <ann@b.example>\r\nSubject: Onbestelbaar: Offerte dakkapel\r\n\r\n")
            << true;
        QTest::newRow("localized: Nao e possivel entregar")
            << QByteArray("From: Ann <ann@b.example>\r\nSubject: "
                          "=?utf-8?Q?N=C3=A3o_=C3=A9_poss=C3=ADvel_entregar=3A_Or=C3=A7amento?=\r\n\r\n")
            << true;
        QTest::newRow("localized: Niedostarczalne")
            << QByteArray("From: Ann <ann@b.example>\r\nSubject: Niedostarczalne: Faktura 04/2024\r\n\r\n")
            << true;
        QTest::newRow("localized: Wiadomosc niedostarczona")
            << QByteArray("From: Ann <ann@b.example>\r\nSubject: "
                          "=?ISO-8859-2?Q?Wiadomo=B6=E6_niedostarczona=3A_Faktura?=\r\n\r\n")
            << true;
        QTest::newRow("localized: haishin shippai in ISO-2022-JP")
            << QByteArray("From: Ann <ann@b.example>\r\nSubject: "
                          "=?ISO-2022-JP?B?GyRCR1s/Ljw6R1QkTiQqQ04kaSQ7GyhC?=\r\n\r\n")
            << true;
        QTest::newRow("localized: Remise differee")
            << QByteArray("From: Ann <ann@b.example>\r\nSubject: "
                          "=?utf-8?Q?Remise_diff=C3=A9r=C3=A9e_=3A_R=C3=A9union_de_mardi?=\r\n\r\n")
            << true;
        QTest::newRow("localized: Resposta automatica")
            << QByteArray("From: Ann <ann@b.example>\r\nSubject: "
                          "=?utf-8?B?UmVzcG9zdGEgYXV0b23DoXRpY2E6IE9yw6dhbWVudG8=?=\r\n\r\n")
            << true;
        QTest::newRow("localized: Automatyczna odpowiedz")
            << QByteArray("From: Ann <ann@b.example>\r\nSubject: "
                          "=?ISO-8859-2?Q?Automatyczna_odpowied=BC=3A_Faktura?=\r\n\r\n")
            << true;
        QTest::newRow("localized: jidou outou in ISO-2022-JP")
            << QByteArray("From: Ann <ann@b.example>\r\nSubject: "
                          "=?ISO-2022-JP?B?GyRCPCtGMDF+RXobKEI6IBskQkJHJEE5ZyRvJDskTjdvGyhC?=\r\n\r\n")
            << true;
        QTest::newRow("localized ordinary: German")
            << QByteArray("From: Ann <ann@b.example>\r\nSubject: Einladung zum Sommerfest\r\n\r\n") << false;
        QTest::newRow("localized ordinary: Japanese") << QByteArray(
            "From: Ann <ann@b.example>\r\nSubject: =?ISO-2022-JP?B?GyRCMnE1RCRONUQ7dk8/GyhC?=\r\n\r\n")
                                                      << false;
    }

    void triage()
    {
        QFETCH(QByteArray, header);
        QFETCH(bool, expected);
        QCOMPARE(HeaderTriage::mayBeAutomatic(header), expected);
    }

    // The invariant the scan relies on, over every sample message the project has.
    void letsThroughEveryAutomaticReplyOfTheSamples()
    {
        QStringList missed;
        int automatic = 0;
        int ordinary = 0;
        int ordinaryLetThrough = 0;
        for (const QString& file : CaseExpectations::sampleFiles(true)) {
            QFile in(file);
            QVERIFY2(in.open(QIODevice::ReadOnly), qPrintable(file));
            const QByteArray message = in.readAll();
            const bool candidate = HeaderTriage::mayBeAutomatic(serverHeaderFields(message));
            if (isAutomatic(BounceAnalyzer::analyze(message).kind)) {
                ++automatic;
                if (!candidate)
                    missed.append(file);
            } else {
                ++ordinary;
                ordinaryLetThrough += candidate;
            }
        }
        qInfo("automatic replies let through: %lld of %d; other mail let through: %d of %d",
            qint64(automatic - missed.size()), automatic, ordinaryLetThrough, ordinary);
        QVERIFY(automatic > 600);
        QVERIFY2(missed.isEmpty(), qPrintable(missed.join(u'\n')));
        // Triage that fetched everything would be no triage.
        QVERIFY2(ordinaryLetThrough * 4 < ordinary, "most ordinary mail is read from its header alone");
    }
};

QTEST_GUILESS_MAIN(HeaderTriageTest)
#include "HeaderTriageTest.moc"
