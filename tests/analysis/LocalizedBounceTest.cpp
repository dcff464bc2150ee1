// The analyzer against hand-written bounces and automatic replies in German, French,
// Spanish, Italian, Dutch, Portuguese, Polish and Japanese, as Office 365, GMX, web.de,
// Orange, Libero and other systems write them. Many carry no delivery-status part, so
// the kind, the failed recipient, the reason and the original's Message-ID must come
// from the localized words of the notice alone.
#include "CaseExpectations.h"
#include "analysis/BounceAnalyzer.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QTest>

using namespace Core::Analysis;
using CaseExpectations::matches;
using CaseExpectations::Unchecked;

namespace {

QString localizedPath()
{
    return QStringLiteral(NEVERSENT_TEST_DATA "/cases/localized");
}

QByteArray readCase(const QString& file)
{
    return CaseExpectations::readCase(localizedPath(), file);
}

struct Expectation {
    const char* row;
    QString file;
    QString kind;
    QStringList recipients;
    QString status;
    QString reason;
    QString messageId;
    QString originalSubject;
    QString subject;
    QString diagnostic;
};

const QList<Expectation>& expectations()
{
    using namespace Qt::StringLiterals;
    const QString any = Unchecked;
    const QString none;
    static const QList<Expectation> table {
        // German.
        { "de: Office 365 Unzustellbar, mailbox full", u"de-office365-mailbox-full.eml"_s,
            u"delivery-failure"_s, { u"lena.schmidt@example.de"_s }, u"5.2.2"_s, u"mailbox-full"_s,
            u"DB8PR03MB0104RE0412@DB8PR03MB0104.eurprd03.prod.example.com"_s, u"Rechnung April"_s,
            u"Unzustellbar: Rechnung April"_s, u"~QuotaExceeded"_s },
        { "de: GMX text only, unknown recipient", u"de-gmx-user-unknown.eml"_s, u"delivery-failure"_s,
            { u"jonas.weber@example.de"_s, u"mia.becker@example.de"_s }, none, u"user-unknown"_s,
            u"sommerfest-2024-0415@example.com"_s, u"Einladung zum Sommerfest"_s,
            u"Nachricht nicht zugestellt: Einladung zum Sommerfest"_s, u"~existiert nicht"_s },
        { "de: web.de text only, delay", u"de-webde-delay.eml"_s, u"delivery-delay"_s,
            { u"tobias.wagner@example.de"_s }, u"4.3.0"_s, u"expired"_s, u"wanderung-0414@example.com"_s,
            u"Wanderung am Samstag"_s, u"Warnung: Nachricht noch nicht zugestellt (Wanderung am Samstag)"_s,
            u"~Temporärer lokaler Fehler"_s },
        { "de: GMX Abwesenheitsnotiz", u"de-gmx-autoreply.eml"_s, u"auto-reply"_s,
            { u"jonas.weber@example.de"_s }, none, none, u"umbau-angebot-0416@example.com"_s, any,
            u"Abwesenheitsnotiz: Angebot für den Umbau"_s, any },
        // French.
        { "fr: Office 365 Non remis, unknown recipient", u"fr-office365-user-unknown.eml"_s,
            u"delivery-failure"_s, { u"paul.martin@example.fr"_s }, u"5.1.10"_s, u"user-unknown"_s,
            u"DB8PR03MB0104DEV0409@DB8PR03MB0104.eurprd03.prod.example.com"_s, u"Devis cuisine"_s,
            u"Non remis : Devis cuisine"_s, u"~RecipientNotFound"_s },
        { "fr: Office 365 Remise différée", u"fr-office365-delay.eml"_s, u"delivery-delay"_s,
            { u"claire.bernard@example.fr"_s }, u"4.4.7"_s, u"expired"_s,
            u"DB8PR03MB0104REU0405@DB8PR03MB0104.eurprd03.prod.example.com"_s, u"Réunion de mardi"_s,
            u"Remise différée : Réunion de mardi"_s, any },
        { "fr: Orange text only, mailbox full", u"fr-orange-mailbox-full.eml"_s, u"delivery-failure"_s,
            { u"sophie.lefebvre@example.fr"_s }, none, u"mailbox-full"_s, u"vacances-0417@example.com"_s,
            u"Photos des vacances"_s, u"Message non délivré"_s, u"~boîte aux lettres pleine"_s },
        { "fr: Orange Réponse automatique", u"fr-orange-autoreply.eml"_s, u"auto-reply"_s,
            { u"sophie.lefebvre@example.fr"_s }, none, none, u"inscription-0418@example.com"_s, any,
            u"Réponse automatique : Dossier d'inscription"_s, any },
        // Spanish.
        { "es: Office 365 No se puede entregar", u"es-office365-user-unknown.eml"_s, u"delivery-failure"_s,
            { u"carlos.garcia@example.es"_s }, u"5.1.1"_s, u"user-unknown"_s,
            u"DB8PR03MB0104PRE0402@DB8PR03MB0104.eurprd03.prod.example.com"_s, u"Presupuesto de la reforma"_s,
            u"No se puede entregar: Presupuesto de la reforma"_s, u"~User unknown"_s },
        { "es: provider text only, mailbox full", u"es-isp-mailbox-full.eml"_s, u"delivery-failure"_s,
            { u"carmen.lopez@example.es"_s }, none, u"mailbox-full"_s, u"cena-viernes-0419@example.com"_s,
            u"Cena del viernes"_s, u"Mensaje no entregado: Cena del viernes"_s, u"~buzón lleno"_s },
        { "es: Outlook Respuesta automática", u"es-outlook-autoreply.eml"_s, u"auto-reply"_s,
            { u"carlos.garcia@example.es"_s }, none, none, u"presupuesto-reforma-0422@example.com"_s, any,
            u"Respuesta automática: Presupuesto de la reforma"_s, any },
        // Italian.
        { "it: Libero text only, mailbox full", u"it-libero-mailbox-full.eml"_s, u"delivery-failure"_s,
            { u"giulia.bianchi@example.it"_s }, none, u"mailbox-full"_s, u"preventivo-0420@example.com"_s,
            u"Preventivo per il trasloco"_s, u"Messaggio non recapitato: Preventivo per il trasloco"_s,
            u"~casella piena"_s },
        { "it: Libero text only, unknown recipient", u"it-libero-user-unknown.eml"_s, u"delivery-failure"_s,
            { u"marco.rossi@example.it"_s, u"luca.ferrari@example.it"_s }, none, u"user-unknown"_s,
            u"cena-0421@example.com"_s, u"Cena di lunedì"_s, u"Mancato recapito: Cena di lunedì"_s,
            u"~sconosciuto"_s },
        { "it: Libero text only, delay", u"it-libero-delay.eml"_s, u"delivery-delay"_s,
            { u"francesca.romano@example.it"_s }, u"4.4.2"_s, u"network-error"_s,
            u"riunione-0506@example.com"_s, u"Riunione di condominio"_s,
            u"Avviso: recapito del messaggio ritardato (Riunione di condominio)"_s, u"~421 4.4.2"_s },
        { "it: Libero Risposta automatica", u"it-libero-autoreply.eml"_s, u"auto-reply"_s,
            { u"giulia.bianchi@example.it"_s }, none, none, u"trasloco-0422@example.com"_s, any,
            u"Risposta automatica: Preventivo per il trasloco"_s, any },
        // Dutch.
        { "nl: Office 365 Onbestelbaar", u"nl-office365-user-unknown.eml"_s, u"delivery-failure"_s,
            { u"daan.jansen@example.nl"_s }, u"5.1.10"_s, u"user-unknown"_s,
            u"DB8PR03MB0104OFF0403@DB8PR03MB0104.eurprd03.prod.example.com"_s, u"Offerte dakkapel"_s,
            u"Onbestelbaar: Offerte dakkapel"_s, u"~RecipientNotFound"_s },
        { "nl: Ziggo text only, mailbox full", u"nl-ziggo-mailbox-full.eml"_s, u"delivery-failure"_s,
            { u"sanne.devries@example.nl"_s }, none, u"mailbox-full"_s, u"verjaardag-0423@example.com"_s,
            u"Verjaardag zaterdag"_s, u"Bericht niet afgeleverd: Verjaardag zaterdag"_s, u"~postvak vol"_s },
        { "nl: Outlook Automatisch antwoord", u"nl-outlook-autoreply.eml"_s, u"auto-reply"_s,
            { u"daan.jansen@example.nl"_s }, none, none, u"offerte-dakkapel-0424@example.com"_s, any,
            u"Automatisch antwoord: Offerte dakkapel"_s, any },
        // Portuguese.
        { "pt: Office 365 Não é possível entregar", u"pt-office365-mailbox-full.eml"_s, u"delivery-failure"_s,
            { u"ana.souza@example.com.br"_s }, u"5.2.2"_s, u"mailbox-full"_s,
            u"DB8PR03MB0104ORC0408@DB8PR03MB0104.eurprd03.prod.example.com"_s, u"Orçamento da obra"_s,
            u"Não é possível entregar: Orçamento da obra"_s, u"~Caixa postal cheia"_s },
        { "pt: UOL text only, unknown recipient", u"pt-uol-user-unknown.eml"_s, u"delivery-failure"_s,
            { u"joao.silva@example.com.br"_s, u"maria.oliveira@example.com.br"_s }, none, u"user-unknown"_s,
            u"churrasco-0425@example.com"_s, u"Churrasco no domingo"_s,
            u"Mensagem não entregue: Churrasco no domingo"_s, u"~não existe"_s },
        { "pt: Outlook Resposta automática", u"pt-outlook-autoreply.eml"_s, u"auto-reply"_s,
            { u"ana.souza@example.com.br"_s }, none, none, u"orcamento-obra-0426@example.com"_s, any,
            u"Resposta automática: Orçamento da obra"_s, any },
        // Polish.
        { "pl: Office 365 Niedostarczalne", u"pl-office365-user-unknown.eml"_s, u"delivery-failure"_s,
            { u"piotr.nowak@example.pl"_s }, u"5.1.10"_s, u"user-unknown"_s,
            u"DB8PR03MB0104FAK0410@DB8PR03MB0104.eurprd03.prod.example.com"_s, u"Faktura 04/2024"_s,
            u"Niedostarczalne: Faktura 04/2024"_s, u"~RecipientNotFound"_s },
        { "pl: Onet text only, unknown recipient", u"pl-onet-user-unknown.eml"_s, u"delivery-failure"_s,
            { u"jan.kowalski@example.pl"_s, u"anna.wisniewska@example.pl"_s }, none, u"user-unknown"_s,
            u"spotkanie-0427@example.com"_s, u"Spotkanie w poniedzialek"_s,
            u"Wiadomość niedostarczona: Spotkanie w poniedzialek"_s, u"~Adresat nieznany"_s },
        { "pl: Interia text only, delay", u"pl-interia-delay.eml"_s, u"delivery-delay"_s,
            { u"tomasz.zielinski@example.pl"_s }, u"4.2.2"_s, u"mailbox-full"_s, u"umowa-0507@example.com"_s,
            u"Umowa najmu"_s, u"Opóźnienie w doręczeniu wiadomości: Umowa najmu"_s,
            u"~skrzynka odbiorcy jest pełna"_s },
        { "pl: Automatyczna odpowiedź without Auto-Submitted", u"pl-wp-autoreply.eml"_s, u"auto-reply"_s,
            { u"piotr.nowak@example.pl"_s }, none, none, u"faktura-0428@example.com"_s, any,
            u"Automatyczna odpowiedź: Faktura 04/2024"_s, any },
        // A person's reply about a notice ("Odp:" is Polish for "Re:") is no notice itself.
        { "pl: colleague's Odp: about a notice", u"pl-human-reply-about-ndr.eml"_s, u"not-a-bounce"_s, {},
            none, none, none, none, u"Odp: Niedostarczalne: Faktura 04/2024"_s, none },
        // Japanese.
        { "ja: Office 365 配信不能 in UTF-8 base64", u"ja-office365-user-unknown.eml"_s,
            u"delivery-failure"_s, { u"tanaka.ichiro@example.jp"_s }, u"5.1.10"_s, u"user-unknown"_s,
            u"DB8PR03MB0104MIT0411@DB8PR03MB0104.eurprd03.prod.example.com"_s, u"見積書の送付"_s,
            u"配信不能: 見積書の送付"_s, u"~RecipientNotFound"_s },
        { "ja: provider text only in ISO-2022-JP", u"ja-isp-user-unknown-iso2022jp.eml"_s,
            u"delivery-failure"_s, { u"hanako.yamada@example.jp"_s, u"jiro.sato@example.jp"_s }, none,
            u"user-unknown"_s, u"uchiawase-0429@example.com"_s, u"打ち合わせの件"_s, u"配信失敗のお知らせ"_s,
            u"~存在しません"_s },
        { "ja: mobile carrier text only in UTF-8 quoted-printable", u"ja-mobile-mailbox-full-utf8.eml"_s,
            u"delivery-failure"_s, { u"ken.suzuki@example.jp"_s, u"yui.ito@example.jp"_s }, none,
            u"mailbox-full"_s, u"nomikai-0501@example.com"_s, u"飲み会のお知らせ"_s,
            u"送信エラー: 飲み会のお知らせ"_s, u"~容量超過"_s },
        { "ja: 自動応答 in ISO-2022-JP without Auto-Submitted", u"ja-autoreply-iso2022jp.eml"_s,
            u"auto-reply"_s, { u"hanako.yamada@example.jp"_s }, none, none, u"uchiawase-0430@example.com"_s,
            any, u"自動応答: 打ち合わせの件"_s, any },
    };
    return table;
}

} // namespace

class LocalizedBounceTest : public QObject {
    Q_OBJECT

private slots:
    void analyze_data();
    void analyze();
    void everyFixtureIsListed();
    void crlfLineEndsGiveTheSameReport_data();
    void crlfLineEndsGiveTheSameReport();
};

void LocalizedBounceTest::analyze_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QStringList>("recipients");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("messageId");
    QTest::addColumn<QString>("originalSubject");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("diagnostic");
    for (const Expectation& e : expectations()) {
        QTest::newRow(e.row) << e.file << e.kind << e.recipients << e.status << e.reason << e.messageId
                             << e.originalSubject << e.subject << e.diagnostic;
    }
}

void LocalizedBounceTest::analyze()
{
    QFETCH(QString, file);
    QFETCH(QString, kind);
    QFETCH(QStringList, recipients);
    QFETCH(QString, status);
    QFETCH(QString, reason);
    QFETCH(QString, messageId);
    QFETCH(QString, originalSubject);
    QFETCH(QString, subject);
    QFETCH(QString, diagnostic);

    const QByteArray bytes = readCase(file);
    QVERIFY2(!bytes.isEmpty(), qPrintable(file));
    const BounceReport report = BounceAnalyzer::analyze(bytes);

    // Every mismatch at once, so one run tells the whole story of a fixture.
    QStringList problems;
    const auto check = [&problems](const char* field, const QString& actual, const QString& expected) {
        if (!matches(actual, expected))
            problems.append(QStringLiteral("%1: got \"%2\", expected \"%3\"")
                                .arg(QLatin1String(field), actual, expected));
    };
    check("kind", kindName(report.kind), kind);
    check("recipients", report.recipients.join(u','), recipients.join(u','));
    check("status", report.status, status);
    check("reason", reasonName(report.reason), reason);
    check("original.messageId", report.original.messageId, messageId);
    check("original.subject", report.original.subject, originalSubject);
    check("subject", report.subject, subject);
    check("diagnostic", report.diagnostic, diagnostic);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"; ")));
    QVERIFY(report.error.isEmpty());
    QVERIFY(report.date.isValid());
}

void LocalizedBounceTest::everyFixtureIsListed()
{
    QSet<QString> listed;
    for (const Expectation& e : expectations())
        listed.insert(e.file);
    const QStringList files
        = QDir(localizedPath()).entryList({ QStringLiteral("*.eml") }, QDir::Files, QDir::Name);
    QCOMPARE(files.size(), listed.size());
    for (const QString& file : files)
        QVERIFY2(listed.contains(file), qPrintable(file + QStringLiteral(" has no expectations")));
}

void LocalizedBounceTest::crlfLineEndsGiveTheSameReport_data()
{
    CaseExpectations::addCaseFileRows(localizedPath());
}

void LocalizedBounceTest::crlfLineEndsGiveTheSameReport()
{
    QFETCH(QString, file);
    const QByteArray lf = readCase(file);
    QVERIFY(!lf.isEmpty());
    QVERIFY2(!lf.contains('\r'), "fixtures are written with LF line ends");
    QByteArray crlf = lf;
    crlf.replace("\n", "\r\n");
    CaseExpectations::compareReadings(BounceAnalyzer::analyze(crlf), BounceAnalyzer::analyze(lf));
}

QTEST_GUILESS_MAIN(LocalizedBounceTest)
#include "LocalizedBounceTest.moc"
