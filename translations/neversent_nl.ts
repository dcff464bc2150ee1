<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>Core::Account::AccountStore</name>
    <message>
        <source>An account needs an email address, a user name and a server.</source>
        <translation>Een account heeft een e-mailadres, een gebruikersnaam en een server nodig.</translation>
    </message>
    <message>
        <source>Your list of accounts could not be saved: %1</source>
        <translation>Je lijst met accounts kon niet worden opgeslagen: %1</translation>
    </message>
    <message>
        <source>This account is no longer in your list of accounts.</source>
        <translation>Dit account staat niet meer in je lijst met accounts.</translation>
    </message>
    <message>
        <source>Your list of accounts could not be read or saved: %1</source>
        <translation>Je lijst met accounts kon niet worden gelezen of opgeslagen: %1</translation>
    </message>
</context>
<context>
    <name>Core::Account::ConnectionTester</name>
    <message>
        <source>Something answered at %1 on port %2, but it is not a mail server. Check the server address and port.</source>
        <translation>Er reageerde iets op %1 via poort %2, maar het is geen mailserver. Controleer het serveradres en de poort.</translation>
    </message>
    <message>
        <source>NeverSent cannot confirm that %1 is really your mail server: nobody your computer trusts vouches for its security certificate. Trust this certificate only if your mail provider or IT staff confirm its fingerprint:
%2</source>
        <translation>NeverSent kan niet bevestigen dat %1 echt je mailserver is: niemand die je computer vertrouwt, staat in voor het beveiligingscertificaat. Vertrouw dit certificaat alleen als je e-mailprovider of IT-afdeling de vingerafdruk bevestigt:
%2</translation>
    </message>
</context>
<context>
    <name>Core::Account::PasswordKeychain</name>
    <message>
        <source>Your desktop has no password safe running, so NeverSent will ask for the password each time it starts.</source>
        <translation>Op je computer draait geen wachtwoordkluis, dus NeverSent vraagt bij elke start om het wachtwoord.</translation>
    </message>
    <message>
        <source>Your desktop&apos;s password safe did not let NeverSent in, so NeverSent will ask for the password each time it starts.</source>
        <translation>De wachtwoordkluis van je computer liet NeverSent niet toe, dus NeverSent vraagt bij elke start om het wachtwoord.</translation>
    </message>
    <message>
        <source>Your desktop&apos;s password safe reported a problem: %1</source>
        <translation>De wachtwoordkluis van je computer meldde een probleem: %1</translation>
    </message>
</context>
<context>
    <name>Core::Account::ServerDiscovery</name>
    <message>
        <source>Looking for %1 among the well-known mail services...</source>
        <translation>Zoeken naar %1 tussen de bekende e-maildiensten...</translation>
    </message>
    <message>
        <source>Asking %1 for its mail settings...</source>
        <translation>De e-mailinstellingen opvragen bij %1...</translation>
    </message>
    <message>
        <source>Looking up the mail server of %1 in the internet&apos;s address book...</source>
        <translation>De mailserver van %1 opzoeken in het adresboek van het internet...</translation>
    </message>
    <message>
        <source>Trying the usual mail server names of %1...</source>
        <translation>De gebruikelijke namen van mailservers van %1 proberen...</translation>
    </message>
    <message>
        <source>Looking up who receives the mail of %1...</source>
        <translation>Opzoeken wie de e-mail van %1 ontvangt...</translation>
    </message>
</context>
<context>
    <name>Core::Analysis::BounceAnalyzer</name>
    <message>
        <source>The message is empty.</source>
        <translation>Het bericht is leeg.</translation>
    </message>
    <message>
        <source>This is not an email message: it has no header.</source>
        <translation>Dit is geen e-mailbericht: het heeft geen berichtkop.</translation>
    </message>
    <message>
        <source>The message could not be read (%1).</source>
        <translation>Het bericht kon niet worden gelezen (%1).</translation>
    </message>
</context>
<context>
    <name>Core::Analysis::MimeDocument</name>
    <message>
        <source>The message structure cannot be read (%1).</source>
        <translation>De opbouw van het bericht kan niet worden gelezen (%1).</translation>
    </message>
</context>
<context>
    <name>Core::Cli::ClassifyCommand</name>
    <message>
        <source>Reads message files, folders and mbox files and says which are bounces, for whom and why, and whether you really sent the original.</source>
        <translation>Leest berichtbestanden, mappen en mbox-bestanden en vertelt welke retourberichten zijn, voor wie en waarom, en of je het oorspronkelijke bericht echt hebt verstuurd.</translation>
    </message>
    <message>
        <source>Your sent mail: a file, folder or mbox (repeatable).</source>
        <translation>Je verzonden e-mail: een bestand, map of mbox (mag vaker worden opgegeven).</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PAD</translation>
    </message>
    <message>
        <source>One of your own addresses (repeatable).</source>
        <translation>Een van je eigen adressen (mag vaker worden opgegeven).</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADRES</translation>
    </message>
    <message>
        <source>Output format: jsonl (one JSON object per message, the default) or text (a readable summary).</source>
        <translation>Uitvoerformaat: jsonl (één JSON-object per bericht, de standaard) of text (een leesbare samenvatting).</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAAT</translation>
    </message>
    <message>
        <source>Message files, folders or mbox files to read.</source>
        <translation>Berichtbestanden, mappen of mbox-bestanden om te lezen.</translation>
    </message>
    <message>
        <source>PATH...</source>
        <translation>PAD...</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: use jsonl or text.</source>
        <translation>Onbekend formaat &quot;%1&quot;: gebruik jsonl of text.</translation>
    </message>
    <message>
        <source>Name at least one message file, folder or mbox file to classify.</source>
        <translation>Geef minstens één berichtbestand, map of mbox-bestand op om te beoordelen.</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: there is no such file or folder, or it is not readable. Check the path.</source>
        <translation>Kan &quot;%1&quot; niet lezen: dat bestand of die map bestaat niet of is niet leesbaar. Controleer het pad.</translation>
    </message>
</context>
<context>
    <name>Core::Cli::CleanCommand</name>
    <message>
        <source>Moves the messages of the last scan with the given verdicts to the Trash.</source>
        <translation>Verplaatst de berichten van de laatste scan met de opgegeven oordelen naar de Prullenbak.</translation>
    </message>
    <message>
        <source>The scanned folder to clean (default INBOX).</source>
        <translation>De gescande map die je wilt opruimen (standaard INBOX).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAAM</translation>
    </message>
    <message>
        <source>Move messages with this verdict: backscatter, genuine or unknown (repeatable; default backscatter).</source>
        <translation>Berichten met dit oordeel verplaatsen: backscatter, genuine of unknown (mag vaker worden opgegeven; standaard backscatter).</translation>
    </message>
    <message>
        <source>VERDICT</source>
        <translation>OORDEEL</translation>
    </message>
    <message>
        <source>Say what would move and move nothing.</source>
        <translation>Laten zien wat er verplaatst zou worden, zonder iets te verplaatsen.</translation>
    </message>
    <message>
        <source>Unknown verdict &quot;%1&quot;: use backscatter, genuine or unknown.</source>
        <translation>Onbekend oordeel &quot;%1&quot;: gebruik backscatter, genuine of unknown.</translation>
    </message>
    <message>
        <source>The connection to %1 was lost while moving messages (%2). Nothing is lost: run the same command again to finish.</source>
        <translation>De verbinding met %1 is verbroken tijdens het verplaatsen van berichten (%2). Er is niets verloren: voer dezelfde opdracht opnieuw uit om af te ronden.</translation>
    </message>
    <message>
        <source>This server cannot remove single messages: the moved ones are marked as deleted in %1 and disappear when your mail program empties deleted items.
</source>
        <translation>Deze server kan geen losse berichten verwijderen: de verplaatste berichten zijn in %1 gemarkeerd als verwijderd en verdwijnen zodra je e-mailprogramma verwijderde berichten definitief wist.
</translation>
    </message>
</context>
<context>
    <name>Core::Cli::CliApplication</name>
    <message>
        <source>No command given.</source>
        <translation>Geen opdracht opgegeven.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Onbekende opdracht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Usage: neversent-cli COMMAND [OPTIONS]

Explains bounce messages and tells forged ones from real ones.

Commands:
  classify   read message files, folders or mbox files offline
  scan       read an IMAP mailbox without changing it
  clean      move the forged bounces of the last scan to the Trash
  undo       put the messages of a clean back where they were
  report     scan, then write a report for the IT department
  watch      stay connected and judge new mail as it comes

Options:
  -h, --help     show this help, or a command&apos;s help after the command
  -v, --version  show the version
</source>
        <translation>Gebruik: neversent-cli OPDRACHT [OPTIES]

Legt retourberichten uit en onderscheidt vervalste van echte.

Opdrachten:
  classify   berichtbestanden, mappen of mbox-bestanden offline lezen
  scan       een IMAP-mailbox lezen zonder iets te veranderen
  clean      de vervalste retourberichten van de laatste scan naar de Prullenbak verplaatsen
  undo       de berichten van een opruimactie terugzetten waar ze stonden
  report     scannen en dan een rapport voor de IT-afdeling schrijven
  watch      verbonden blijven en nieuwe mail beoordelen zodra die binnenkomt

Opties:
  -h, --help     deze hulp tonen, of na een opdracht de hulp bij die opdracht
  -v, --version  de versie tonen
</translation>
    </message>
</context>
<context>
    <name>Core::Cli::MailboxProgram</name>
    <message>
        <source>The part of NeverSent that works on mailboxes cannot start (%1: %2). Install NeverSent again.</source>
        <translation>Het deel van NeverSent dat met postvakken werkt, kan niet starten (%1: %2). Installeer NeverSent opnieuw.</translation>
    </message>
</context>
<context>
    <name>Core::Cli::PasswordSource</name>
    <message>
        <source>Cannot read the password file %1: %2</source>
        <translation>Kan het wachtwoordbestand %1 niet lezen: %2</translation>
    </message>
    <message>
        <source>The password file %1 is empty.</source>
        <translation>Het wachtwoordbestand %1 is leeg.</translation>
    </message>
    <message>
        <source>The environment variable %1 holds no password.</source>
        <translation>De omgevingsvariabele %1 bevat geen wachtwoord.</translation>
    </message>
    <message>
        <source>Cannot read the access token file %1: %2</source>
        <translation>Het bestand met het toegangstoken %1 kan niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>The access token file %1 is empty.</source>
        <translation>Het bestand met het toegangstoken %1 is leeg.</translation>
    </message>
    <message>
        <source>The environment variable %1 holds no access token.</source>
        <translation>De omgevingsvariabele %1 bevat geen toegangstoken.</translation>
    </message>
</context>
<context>
    <name>Core::Cli::ReadableSummary</name>
    <message>
        <source>You never sent the original: safe to delete.</source>
        <translation>Je hebt het oorspronkelijke bericht nooit verstuurd: veilig om te verwijderen.</translation>
    </message>
    <message>
        <source>You did send this: check the address or try again.</source>
        <translation>Dit heb je wel verstuurd: controleer het adres of probeer het opnieuw.</translation>
    </message>
    <message>
        <source>This answers mail you really sent.</source>
        <translation>Dit is een antwoord op e-mail die je echt hebt verstuurd.</translation>
    </message>
    <message>
        <source> for %1</source>
        <translation> voor %1</translation>
    </message>
    <message>
        <source>: %1</source>
        <translation>: %1</translation>
    </message>
    <message numerus="yes">
        <source>NeverSent read %n message(s).

</source>
        <translation>
            <numerusform>Aantal berichten gelezen door NeverSent: %n.

</numerusform>
            <numerusform>Aantal berichten gelezen door NeverSent: %n.

</numerusform>
        </translation>
    </message>
    <message>
        <source>No sent mail was given, so NeverSent cannot tell forged bounces from real ones.
</source>
        <translation>Er is geen verzonden e-mail opgegeven, dus NeverSent kan vervalste retourberichten niet van echte onderscheiden.
</translation>
    </message>
    <message numerus="yes">
        <source>%n bounce(s) about mail you never sent: your address was forged, nothing to fix, safe to delete.
</source>
        <translation>
            <numerusform>Retourberichten over e-mail die je nooit hebt verstuurd: %n. Je adres is misbruikt, er valt niets op te lossen, veilig om te verwijderen.
</numerusform>
            <numerusform>Retourberichten over e-mail die je nooit hebt verstuurd: %n. Je adres is misbruikt, er valt niets op te lossen, veilig om te verwijderen.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n real delivery problem(s) with mail you did send: worth a look.
</source>
        <translation>
            <numerusform>Echte bezorgproblemen met e-mail die je wel hebt verstuurd: %n. De moeite waard om te bekijken.
</numerusform>
            <numerusform>Echte bezorgproblemen met e-mail die je wel hebt verstuurd: %n. De moeite waard om te bekijken.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n automatic message(s) that cannot be judged for sure.
</source>
        <translation>
            <numerusform>Automatische berichten die niet met zekerheid te beoordelen zijn: %n.
</numerusform>
            <numerusform>Automatische berichten die niet met zekerheid te beoordelen zijn: %n.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ordinary message(s) left alone.
</source>
        <translation>
            <numerusform>Gewone berichten, met rust gelaten: %n.
</numerusform>
            <numerusform>Gewone berichten, met rust gelaten: %n.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) could not be read.
</source>
        <translation>
            <numerusform>Berichten die niet konden worden gelezen: %n.
</numerusform>
            <numerusform>Berichten die niet konden worden gelezen: %n.
</numerusform>
        </translation>
    </message>
    <message>
        <source>FORGED</source>
        <translation>VERVALST</translation>
    </message>
    <message>
        <source>YOURS</source>
        <translation>VAN JOU</translation>
    </message>
    <message>
        <source>UNSURE</source>
        <translation>ONZEKER</translation>
    </message>
</context>
<context>
    <name>Core::Cli::ReportCommand</name>
    <message>
        <source>Reads an IMAP mailbox without changing it, as scan does, and writes a report for the IT department: the forged bounces over time, where the forged mail came from, a few of them, the domain&apos;s SPF and DMARC records and what could be changed.</source>
        <translation>Leest een IMAP-postvak zonder het te wijzigen, zoals scan, en schrijft een rapport voor de IT-afdeling: de vervalste retourberichten in de tijd, waar de vervalste mail vandaan kwam, een paar ervan, de SPF- en DMARC-records van het domein en wat er veranderd kan worden.</translation>
    </message>
    <message>
        <source>A folder to check (repeatable; default INBOX).</source>
        <translation>Een map om te controleren (mag vaker worden opgegeven; standaard INBOX).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAAM</translation>
    </message>
    <message>
        <source>A folder of your sent mail (repeatable; default: the Sent folders found).</source>
        <translation>Een map met je verzonden e-mail (mag vaker worden opgegeven; standaard: de gevonden mappen voor verzonden e-mail).</translation>
    </message>
    <message>
        <source>One of your own addresses (repeatable).</source>
        <translation>Een van je eigen adressen (mag vaker worden opgegeven).</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADRES</translation>
    </message>
    <message>
        <source>The domain the forged mail claims to come from (default: that of --me, else of --user).</source>
        <translation>Het domein waar de vervalste mail van zegt te komen (standaard: dat van --me, anders dat van --user).</translation>
    </message>
    <message>
        <source>DOMAIN</source>
        <translation>DOMEIN</translation>
    </message>
    <message>
        <source>Ask this DNS server (an IP address) for the domain&apos;s records instead of the system&apos;s.</source>
        <translation>Deze DNS-server (een IP-adres) om de records van het domein vragen in plaats van die van het systeem.</translation>
    </message>
    <message>
        <source>text (the default) or json.</source>
        <translation>text (de standaard) of json.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAAT</translation>
    </message>
    <message>
        <source>--format is text or json, not &quot;%1&quot;.</source>
        <translation>--format is text of json, niet ‘%1’.</translation>
    </message>
    <message>
        <source>--nameserver needs an IP address, not &quot;%1&quot;.</source>
        <translation>--nameserver heeft een IP-adres nodig, niet ‘%1’.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 op %2</translation>
    </message>
</context>
<context>
    <name>Core::Cli::ScanCommand</name>
    <message>
        <source>Reads an IMAP mailbox without changing it and says which messages are bounces for mail you never sent.</source>
        <translation>Leest een IMAP-mailbox zonder iets te veranderen en vertelt welke berichten retourberichten zijn voor e-mail die je nooit hebt verstuurd.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAAM</translation>
    </message>
    <message>
        <source>A folder to check (repeatable; default INBOX).</source>
        <translation>Een map om te controleren (mag vaker worden opgegeven; standaard INBOX).</translation>
    </message>
    <message>
        <source>A folder of your sent mail (repeatable; default: the Sent folders found).</source>
        <translation>Een map met je verzonden e-mail (mag vaker worden opgegeven; standaard: de gevonden mappen voor verzonden e-mail).</translation>
    </message>
    <message>
        <source>One of your own addresses (repeatable).</source>
        <translation>Een van je eigen adressen (mag vaker worden opgegeven).</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADRES</translation>
    </message>
</context>
<context>
    <name>Core::Cli::ServerOptions</name>
    <message>
        <source>imaps://host[:port], imap://host[:port] or imap+plain://127.0.0.1:port.</source>
        <translation>imaps://host[:poort], imap://host[:poort] of imap+plain://127.0.0.1:poort.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>The account&apos;s user name.</source>
        <translation>De gebruikersnaam van het account.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAAM</translation>
    </message>
    <message>
        <source>Read the password from this file.</source>
        <translation>Het wachtwoord uit dit bestand lezen.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>BESTAND</translation>
    </message>
    <message>
        <source>Read the password from this environment variable.</source>
        <translation>Het wachtwoord uit deze omgevingsvariabele lezen.</translation>
    </message>
    <message>
        <source>VAR</source>
        <translation>VARIABELE</translation>
    </message>
    <message>
        <source>Extra trusted root certificates (PEM).</source>
        <translation>Extra vertrouwde rootcertificaten (PEM).</translation>
    </message>
    <message>
        <source>PEM</source>
        <translation>PEM</translation>
    </message>
    <message>
        <source>Accept the server certificate with this SHA-256 fingerprint (and remember it for this server).</source>
        <translation>Het servercertificaat met deze SHA-256-vingerafdruk accepteren (en onthouden voor deze server).</translation>
    </message>
    <message>
        <source>SHA256</source>
        <translation>SHA256</translation>
    </message>
    <message>
        <source>The cache and audit store (default: in your cache directory).</source>
        <translation>Het gegevensbestand voor cache en logboek (standaard: in je cachemap).</translation>
    </message>
    <message>
        <source>This command takes no file names: &quot;%1&quot;.</source>
        <translation>Deze opdracht accepteert geen bestandsnamen: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Give the mail server with --server and the user name with --user.</source>
        <translation>Geef de mailserver op met --server en de gebruikersnaam met --user.</translation>
    </message>
    <message>
        <source>No certificate could be read from %1; give a PEM file.</source>
        <translation>Uit %1 kon geen certificaat worden gelezen; geef een PEM-bestand op.</translation>
    </message>
    <message>
        <source>Sign in with the OAuth2 access token in this file (instead of a password).</source>
        <translation>Aanmelden met het OAuth2-toegangstoken uit dit bestand (in plaats van een wachtwoord).</translation>
    </message>
    <message>
        <source>Sign in with the OAuth2 access token in this environment variable (instead of a password).</source>
        <translation>Aanmelden met het OAuth2-toegangstoken uit deze omgevingsvariabele (in plaats van een wachtwoord).</translation>
    </message>
    <message>
        <source>Give the password with --password-file or --password-env, or an access token with --access-token-file or --access-token-env: one of them, never on the command line.</source>
        <translation>Geef het wachtwoord met --password-file of --password-env, of een toegangstoken met --access-token-file of --access-token-env: één daarvan, nooit op de opdrachtregel.</translation>
    </message>
</context>
<context>
    <name>Core::Cli::UndoCommand</name>
    <message>
        <source>Puts the messages of a clean action back where they were.</source>
        <translation>Zet de berichten van een opruimactie terug waar ze stonden.</translation>
    </message>
    <message>
        <source>The clean action to undo (default: the last one).</source>
        <translation>De opruimactie die ongedaan moet worden gemaakt (standaard: de laatste).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>--action takes the number of a clean action, as clean printed it.</source>
        <translation>--action verwacht het nummer van een opruimactie, zoals clean dat heeft getoond.</translation>
    </message>
    <message>
        <source>There is no clean to undo for this account.</source>
        <translation>Er is voor dit account geen opruimactie om ongedaan te maken.</translation>
    </message>
    <message>
        <source>The connection to %1 was lost while putting messages back (%2). Nothing is lost: run the same command again to finish.</source>
        <translation>De verbinding met %1 is verbroken tijdens het terugzetten van berichten (%2). Er is niets verloren: voer dezelfde opdracht opnieuw uit om af te ronden.</translation>
    </message>
</context>
<context>
    <name>Core::Cli::UsageError</name>
    <message>
        <source>neversent-cli: %1 Try --help.</source>
        <translation>neversent-cli: %1 Probeer --help.</translation>
    </message>
</context>
<context>
    <name>Core::Cli::WatchCommand</name>
    <message>
        <source>Stays connected to an IMAP mailbox and reports each new message as soon as it is judged, until interrupted (Ctrl+C, SIGTERM).</source>
        <translation>Blijft verbonden met een IMAP-postvak en meldt elk nieuw bericht zodra het beoordeeld is, tot het wordt onderbroken (Ctrl+C, SIGTERM).</translation>
    </message>
    <message>
        <source>A folder to watch (repeatable; default INBOX).</source>
        <translation>Een map om in de gaten te houden (mag vaker worden opgegeven; standaard INBOX).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAAM</translation>
    </message>
    <message>
        <source>A folder of your sent mail (repeatable; default: the Sent folders found).</source>
        <translation>Een map met je verzonden e-mail (mag vaker worden opgegeven; standaard: de gevonden mappen voor verzonden e-mail).</translation>
    </message>
    <message>
        <source>One of your own addresses (repeatable).</source>
        <translation>Een van je eigen adressen (mag vaker worden opgegeven).</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADRES</translation>
    </message>
    <message>
        <source>Move each new forged bounce to the Trash, as a clean that undo can take back.</source>
        <translation>Elk nieuw vervalst retourbericht naar de prullenbak verplaatsen, als opruiming die undo kan terugdraaien.</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDEN</translation>
    </message>
    <message>
        <source>--interval is a number of seconds from 1 to 3600, not &quot;%1&quot;.</source>
        <translation>--interval is een aantal seconden van 1 tot 3600, niet ‘%1’.</translation>
    </message>
    <message>
        <source>Watching %1 on %2. Ctrl+C ends it.
</source>
        <translation>%1 op %2 wordt in de gaten gehouden. Ctrl+C stopt het.
</translation>
    </message>
    <message>
        <source>How often to ask the server whether anything changed, in seconds (default 60); new mail in the first folder comes at once where the server has IMAP IDLE.</source>
        <translation>Hoe vaak de server wordt gevraagd of er iets is veranderd, in seconden (standaard 60); nieuwe mail in de eerste map komt meteen als de server IMAP IDLE kent.</translation>
    </message>
</context>
<context>
    <name>Core::Demo::DemoMailbox</name>
    <message>
        <source>The demo mailbox cannot be set up in %1: a folder named Maildir is there already.</source>
        <translation>De voorbeeldmailbox kan niet worden klaargezet in %1: daar staat al een map met de naam Maildir.</translation>
    </message>
    <message>
        <source>This copy of NeverSent was built without its demo mailbox.</source>
        <translation>Deze versie van NeverSent is gebouwd zonder voorbeeldmailbox.</translation>
    </message>
    <message>
        <source>The demo mailbox cannot be set up in %1: the folder cannot be created.</source>
        <translation>De voorbeeldmailbox kan niet worden klaargezet in %1: de map kan niet worden aangemaakt.</translation>
    </message>
    <message>
        <source>The demo mailbox cannot be set up in %1: %2 cannot be written.</source>
        <translation>De voorbeeldmailbox kan niet worden klaargezet in %1: %2 kan niet worden geschreven.</translation>
    </message>
</context>
<context>
    <name>Core::Demo::DemoWorker</name>
    <message>
        <source>Cancelled: the rest of the demo mailbox was not checked.</source>
        <translation>Geannuleerd: de rest van de voorbeeldmailbox is niet gecontroleerd.</translation>
    </message>
    <message>
        <source>There is no folder &quot;%1&quot; in the demo mailbox.</source>
        <translation>Er is geen map &quot;%1&quot; in de voorbeeldmailbox.</translation>
    </message>
    <message>
        <source>The demo mailbox has no Trash folder, so nothing was moved.</source>
        <translation>De voorbeeldmailbox heeft geen map Prullenbak, dus er is niets verplaatst.</translation>
    </message>
    <message>
        <source>Reading your sent mail in %1</source>
        <translation>Je verzonden e-mail in %1 lezen</translation>
    </message>
    <message>
        <source>Checking %1</source>
        <translation>%1 controleren</translation>
    </message>
    <message>
        <source>None of the chosen messages is in the last scan of &quot;%1&quot;. Scan again.</source>
        <translation>Geen van de gekozen berichten zit in de laatste controle van &quot;%1&quot;. Controleer opnieuw.</translation>
    </message>
    <message>
        <source>There is nothing to undo.</source>
        <translation>Er is niets om ongedaan te maken.</translation>
    </message>
</context>
<context>
    <name>Core::Domain::DomainPolicy</name>
    <message>
        <source>the DMARC record has no policy (p=)</source>
        <translation>het DMARC-record noemt geen beleid (p=)</translation>
    </message>
    <message>
        <source>the DMARC record&apos;s policy &quot;p=%1&quot; is not one of none, quarantine, reject</source>
        <translation>het beleid ‘p=%1’ van het DMARC-record is geen none, quarantine of reject</translation>
    </message>
    <message>
        <source>%1 publishes %2 SPF records, and receiving servers use none of them</source>
        <translation>%1 publiceert %2 SPF-records, en ontvangende servers gebruiken er geen van</translation>
    </message>
    <message>
        <source>%1 publishes %2 DMARC records, and receiving servers use none of them</source>
        <translation>%1 publiceert %2 DMARC-records, en ontvangende servers gebruiken er geen van</translation>
    </message>
    <message>
        <source>The DNS records of %1 could not be looked up: the name server did not answer in time.</source>
        <translation>De DNS-records van %1 konden niet worden opgevraagd: de naamserver antwoordde niet op tijd.</translation>
    </message>
    <message>
        <source>%1 publishes no DMARC policy, so receiving servers accept mail forged in its name and send their bounces back to you.</source>
        <translation>%1 publiceert geen DMARC-beleid, dus ontvangende servers nemen mail aan die in haar naam is vervalst en sturen hun retourberichten naar u terug.</translation>
    </message>
    <message>
        <source>Publishing a DMARC record (at _dmarc.%1) with p=reject tells them to refuse such mail at the door; most of the bounces then stop.</source>
        <translation>Een DMARC-record (op _dmarc.%1) met p=reject vraagt hen zulke mail meteen te weigeren; de meeste retourberichten houden dan op.</translation>
    </message>
    <message>
        <source>The DMARC record of %1 cannot be used (%2): receiving servers ignore it, as if there were none, and accept mail forged in its name.</source>
        <translation>Het DMARC-record van %1 is onbruikbaar (%2): ontvangende servers negeren het alsof het er niet is, en nemen mail aan die in haar naam is vervalst.</translation>
    </message>
    <message>
        <source>Correcting it, with p=reject, tells them to refuse such mail at the door.</source>
        <translation>Verbeterd, met p=reject, vraagt het hen zulke mail meteen te weigeren.</translation>
    </message>
    <message>
        <source>The DMARC policy of %1 is p=none: receiving servers only watch, accept mail forged in its name and send their bounces back to you.</source>
        <translation>Het DMARC-beleid van %1 is p=none: ontvangende servers kijken alleen toe, nemen mail aan die in haar naam is vervalst en sturen hun retourberichten naar u terug.</translation>
    </message>
    <message>
        <source>Once its own mail passes the checks, changing the policy to p=quarantine and then p=reject makes most of them refuse forged mail, and most of the bounces stop.</source>
        <translation>Zodra de eigen mail de controles doorstaat, zorgt het beleid op p=quarantine en daarna p=reject zetten ervoor dat de meeste vervalste mail weigeren, en de meeste retourberichten houden op.</translation>
    </message>
    <message>
        <source>The DMARC policy of %1 is p=quarantine: most receiving servers put forged mail in the junk folder, but some still accept it and bounce it back to you.</source>
        <translation>Het DMARC-beleid van %1 is p=quarantine: de meeste ontvangende servers zetten vervalste mail in de map ongewenste mail, maar sommige nemen haar nog aan en sturen haar naar u terug.</translation>
    </message>
    <message>
        <source>Changing it to p=reject makes them refuse forged mail at the door.</source>
        <translation>Met p=reject weigeren ze vervalste mail meteen.</translation>
    </message>
    <message>
        <source>The DMARC policy of %1 is p=reject: most receiving servers refuse mail forged in its name, so few bounces should come back. The ones that still come are from servers that ignore DMARC.</source>
        <translation>Het DMARC-beleid van %1 is p=reject: de meeste ontvangende servers weigeren mail die in haar naam is vervalst, dus er zouden weinig retourberichten moeten terugkomen. Die er nog komen, zijn van servers die DMARC negeren.</translation>
    </message>
    <message>
        <source>The policy applies to only %1% of the failing mail (pct=%1); the rest is delivered.</source>
        <translation>Het beleid geldt maar voor %1% van de mail die niet door de controle komt (pct=%1); de rest wordt bezorgd.</translation>
    </message>
    <message>
        <source>%1 publishes no SPF record, so receiving servers cannot tell which servers may send its mail.</source>
        <translation>%1 publiceert geen SPF-record, dus ontvangende servers kunnen niet zien welke servers haar mail mogen versturen.</translation>
    </message>
    <message>
        <source>The SPF record of %1 cannot be used (%2).</source>
        <translation>Het SPF-record van %1 is onbruikbaar (%2).</translation>
    </message>
    <message>
        <source>The SPF record of %1 ends in +all: it lets any server in the world send mail in its name. It should end in -all or ~all.</source>
        <translation>Het SPF-record van %1 eindigt op +all: het laat elke server ter wereld mail in haar naam versturen. Het hoort op -all of ~all te eindigen.</translation>
    </message>
    <message>
        <source>The SPF record of %1 says nothing about servers it does not list (?all, or no &quot;all&quot;). Ending it in -all lets receiving servers reject forged mail.</source>
        <translation>Het SPF-record van %1 zegt niets over servers die het niet noemt (?all, of geen ‘all’). Eindigt het op -all, dan kunnen ontvangende servers vervalste mail weigeren.</translation>
    </message>
    <message>
        <source>%1 has no DMARC record of its own, so receiving servers apply that of %2.</source>
        <translation>%1 heeft geen eigen DMARC-record, dus ontvangende servers passen dat van %2 toe.</translation>
    </message>
</context>
<context>
    <name>Core::Domain::ItReport</name>
    <message>
        <source>NeverSent report for IT: %1, %2</source>
        <translation>NeverSent-rapport voor IT: %1, %2</translation>
    </message>
    <message>
        <source>Bounces received from %1 to %2.</source>
        <translation>Retourberichten ontvangen van %1 tot %2.</translation>
    </message>
    <message>
        <source>Forged bounces (backscatter): %1. About mail really sent: %2. Undecided: %3.</source>
        <translation>Vervalste retourberichten (backscatter): %1. Over echt verstuurde mail: %2. Onbeslist: %3.</translation>
    </message>
    <message>
        <source>Per day (forged / about mail really sent):</source>
        <translation>Per dag (vervalst / over echt verstuurde mail):</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>zonder datum</translation>
    </message>
    <message>
        <source>Where the forged mail entered the mail system:</source>
        <translation>Waar de vervalste mail het mailsysteem binnenkwam:</translation>
    </message>
    <message>
        <source>  The bounces do not say.</source>
        <translation>  De berichten zeggen het niet.</translation>
    </message>
    <message>
        <source>The newest forged bounces:</source>
        <translation>De nieuwste vervalste retourberichten:</translation>
    </message>
    <message>
        <source>    reported by %1; failed recipients: %2</source>
        <translation>    gemeld door %1; mislukte ontvangers: %2</translation>
    </message>
    <message>
        <source>    the forged original: Message-ID &lt;%1&gt;, From %2, sent from %3 %4</source>
        <translation>    het vervalste origineel: Message-ID &lt;%1&gt;, From %2, verstuurd vanaf %3 %4</translation>
    </message>
    <message>
        <source>    the receiving server&apos;s checks: %1</source>
        <translation>    de controles van de ontvangende server: %1</translation>
    </message>
    <message>
        <source>No domain was given, so its SPF and DMARC records were not looked up.</source>
        <translation>Er is geen domein opgegeven, dus de SPF- en DMARC-records zijn niet opgevraagd.</translation>
    </message>
    <message>
        <source>The domain %1:</source>
        <translation>Het domein %1:</translation>
    </message>
    <message>
        <source>  SPF:   %1</source>
        <translation>  SPF:   %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>  DMARC: %1</source>
        <translation>  DMARC: %1</translation>
    </message>
    <message>
        <source>What this means, and what IT could change:</source>
        <translation>Wat dit betekent en wat IT kan veranderen:</translation>
    </message>
    <message>
        <source>NeverSent report for IT</source>
        <translation>NeverSent-rapport voor IT</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Forged bounces (backscatter)</source>
        <translation>Vervalste retourberichten (backscatter)</translation>
    </message>
    <message>
        <source>About mail really sent</source>
        <translation>Over echt verstuurde mail</translation>
    </message>
    <message>
        <source>Undecided</source>
        <translation>Onbeslist</translation>
    </message>
    <message>
        <source>Per day</source>
        <translation>Per dag</translation>
    </message>
    <message>
        <source>Day (UTC)</source>
        <translation>Dag (UTC)</translation>
    </message>
    <message>
        <source>Forged</source>
        <translation>Vervalst</translation>
    </message>
    <message>
        <source>Where the forged mail entered the mail system</source>
        <translation>Waar de vervalste mail het mailsysteem binnenkwam</translation>
    </message>
    <message>
        <source>The bounces do not say.</source>
        <translation>De berichten zeggen het niet.</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netwerk</translation>
    </message>
    <message>
        <source>Host names</source>
        <translation>Hostnamen</translation>
    </message>
    <message>
        <source>The newest forged bounces</source>
        <translation>De nieuwste vervalste retourberichten</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Gemeld door</translation>
    </message>
    <message>
        <source>Failed recipients</source>
        <translation>Mislukte ontvangers</translation>
    </message>
    <message>
        <source>Forged original&apos;s Message-ID</source>
        <translation>Message-ID van het vervalste origineel</translation>
    </message>
    <message>
        <source>Forged original&apos;s From</source>
        <translation>From van het vervalste origineel</translation>
    </message>
    <message>
        <source>Sent from</source>
        <translation>Verstuurd vanaf</translation>
    </message>
    <message>
        <source>The receiving server&apos;s checks</source>
        <translation>De controles van de ontvangende server</translation>
    </message>
    <message>
        <source>The domain %1</source>
        <translation>Het domein %1</translation>
    </message>
    <message>
        <source>What this means, and what IT could change</source>
        <translation>Wat dit betekent en wat IT kan veranderen</translation>
    </message>
</context>
<context>
    <name>Core::Explain::Explanation</name>
    <message>
        <source>%1 at %2</source>
        <comment>a date, then a time of day</comment>
        <translation>%1 om %2</translation>
    </message>
    <message>
        <source>the recipient</source>
        <translation>de ontvanger</translation>
    </message>
    <message>
        <source>a notice that a message could not be delivered</source>
        <translation>een melding dat een bericht niet kon worden bezorgd</translation>
    </message>
    <message>
        <source>a notice that a message is delayed</source>
        <translation>een melding dat een bericht vertraagd is</translation>
    </message>
    <message>
        <source>a report about the delivery of a message</source>
        <translation>een rapport over de bezorging van een bericht</translation>
    </message>
    <message>
        <source>an automatic reply, for example an out-of-office note</source>
        <translation>een automatisch antwoord, bijvoorbeeld een afwezigheidsmelding</translation>
    </message>
    <message>
        <source>a request to confirm that you are a real sender</source>
        <translation>een verzoek om te bevestigen dat je een echte afzender bent</translation>
    </message>
    <message>
        <source>a warning that a message carried a virus</source>
        <translation>een waarschuwing dat een bericht een virus bevatte</translation>
    </message>
    <message>
        <source>a complaint that a message was spam</source>
        <translation>een klacht dat een bericht spam was</translation>
    </message>
    <message>
        <source>an automatic message</source>
        <translation>een automatisch bericht</translation>
    </message>
    <message>
        <source>It was sent to: %1.</source>
        <translation>Het is verstuurd naar: %1.</translation>
    </message>
    <message>
        <source>Its subject: &quot;%1&quot;.</source>
        <translation>Het onderwerp: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>It was sent on %1.</source>
        <translation>Het is verstuurd op %1.</translation>
    </message>
    <message>
        <source>This notice arrived on %1.</source>
        <translation>Deze melding kwam binnen op %1.</translation>
    </message>
    <message>
        <source>The receiving mail server wrote: %1</source>
        <translation>De ontvangende mailserver schreef: %1</translation>
    </message>
    <message>
        <source>Someone else&apos;s computer sent a message with your address in the From line, the line that says who a message is from.</source>
        <translation>De computer van iemand anders heeft een bericht verstuurd met jouw adres in de Van-regel, de regel die zegt van wie een bericht komt.</translation>
    </message>
    <message>
        <source>You did not send this: a bounce for mail sent in your name</source>
        <translation>Dit heb jij niet verstuurd: een retourbericht voor e-mail die in jouw naam is verstuurd</translation>
    </message>
    <message>
        <source>%1 It went to an address that does not exist. The receiving mail server could not deliver it, so it sent this notice back to the address in the From line: yours.</source>
        <translation>%1 Het ging naar een adres dat niet bestaat. De ontvangende mailserver kon het niet bezorgen en stuurde daarom deze melding terug naar het adres in de Van-regel: het jouwe.</translation>
    </message>
    <message>
        <source>%1 The mail server it went to refused it, and sent this notice back to the address in the From line: yours.</source>
        <translation>%1 De mailserver waar het naartoe ging, weigerde het en stuurde deze melding terug naar het adres in de Van-regel: het jouwe.</translation>
    </message>
    <message>
        <source>You did not send this: a delay notice for mail sent in your name</source>
        <translation>Dit heb jij niet verstuurd: een vertragingsmelding voor e-mail die in jouw naam is verstuurd</translation>
    </message>
    <message>
        <source>%1 The receiving mail server has not been able to deliver it yet and is still trying. It sent this notice to the address in the From line, yours, to say so. Another notice about the same message may follow.</source>
        <translation>%1 De ontvangende mailserver heeft het nog niet kunnen bezorgen en probeert het nog steeds. Hij stuurde deze melding naar het adres in de Van-regel, het jouwe, om dat te laten weten. Er kan nog een melding over hetzelfde bericht volgen.</translation>
    </message>
    <message>
        <source>You did not send this: a delivery report for mail sent in your name</source>
        <translation>Dit heb jij niet verstuurd: een bezorgrapport voor e-mail die in jouw naam is verstuurd</translation>
    </message>
    <message>
        <source>%1 The receiving mail server sent a report about its delivery to the address in the From line: yours.</source>
        <translation>%1 De ontvangende mailserver stuurde een rapport over de bezorging naar het adres in de Van-regel: het jouwe.</translation>
    </message>
    <message>
        <source>You did not send this: an automatic reply to mail sent in your name</source>
        <translation>Dit heb jij niet verstuurd: een automatisch antwoord op e-mail die in jouw naam is verstuurd</translation>
    </message>
    <message>
        <source>%1 The person it went to has an automatic answer switched on, for example while out of office, and their mailbox answered the address in the From line: yours. It answers a message you did not send.</source>
        <translation>%1 De ontvanger heeft een automatisch antwoord aanstaan, bijvoorbeeld tijdens afwezigheid, en die mailbox antwoordde aan het adres in de Van-regel: het jouwe. Het is een antwoord op een bericht dat jij niet hebt verstuurd.</translation>
    </message>
    <message>
        <source>You did not send this: a &quot;please confirm you are human&quot; request for mail sent in your name</source>
        <translation>Dit heb jij niet verstuurd: een verzoek &quot;bevestig dat je een mens bent&quot; voor e-mail die in jouw naam is verstuurd</translation>
    </message>
    <message>
        <source>%1 The receiver uses a service that holds mail from unknown senders until they confirm that they are a real person. The request came to you because your address was in the From line.</source>
        <translation>%1 De ontvanger gebruikt een dienst die e-mail van onbekende afzenders vasthoudt tot ze bevestigen dat ze een echt persoon zijn. Het verzoek kwam bij jou terecht omdat jouw adres in de Van-regel stond.</translation>
    </message>
    <message>
        <source>You did not send this: a virus warning about mail sent in your name</source>
        <translation>Dit heb jij niet verstuurd: een viruswaarschuwing over e-mail die in jouw naam is verstuurd</translation>
    </message>
    <message>
        <source>%1 A virus scanner at the receiving end found a virus in it and warned the address in the From line: yours. This does not mean that your computer is infected: the message did not come from it.</source>
        <translation>%1 Een virusscanner bij de ontvanger vond er een virus in en waarschuwde het adres in de Van-regel: het jouwe. Dit betekent niet dat je computer besmet is: het bericht kwam niet van jouw computer.</translation>
    </message>
    <message>
        <source>You did not send this: a spam complaint about mail sent in your name</source>
        <translation>Dit heb jij niet verstuurd: een spamklacht over e-mail die in jouw naam is verstuurd</translation>
    </message>
    <message>
        <source>%1 Someone who received it reported it as spam, and their mail provider passed the complaint on to the address in the From line: yours.</source>
        <translation>%1 Iemand die het ontving, heeft het als spam gemeld, en die e-mailprovider stuurde de klacht door naar het adres in de Van-regel: het jouwe.</translation>
    </message>
    <message>
        <source>This is not your fault. Your computer and your email account are not where that message came from, and there is nothing to fix on your side. Senders of spam put real people&apos;s addresses in the From line all the time, and nobody can stop them from choosing yours.</source>
        <translation>Dit is niet jouw schuld. Dat bericht kwam niet van jouw computer of jouw e-mailaccount, en je hoeft niets op te lossen. Spammers zetten voortdurend adressen van echte mensen in de Van-regel, en niemand kan voorkomen dat ze het jouwe kiezen.</translation>
    </message>
    <message>
        <source>The message it is about is not in your Sent folder: you did not send it.</source>
        <translation>Het bericht waar het over gaat, staat niet in je map Verzonden: je hebt het niet verstuurd.</translation>
    </message>
    <message>
        <source>It was &quot;sent&quot; to: %1.</source>
        <translation>Het werd &quot;verstuurd&quot; naar: %1.</translation>
    </message>
    <message>
        <source>The subject it claimed: &quot;%1&quot;.</source>
        <translation>Het opgegeven onderwerp: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Where it really came from: a computer at %1 (%2), not yours.</source>
        <translation>Waar het echt vandaan kwam: een computer op %1 (%2), niet de jouwe.</translation>
    </message>
    <message>
        <source>Where it really came from: a computer at %1, not yours.</source>
        <translation>Waar het echt vandaan kwam: een computer op %1, niet de jouwe.</translation>
    </message>
    <message>
        <source>When it was sent: %1.</source>
        <translation>Wanneer het is verstuurd: %1.</translation>
    </message>
    <message>
        <source>When this notice arrived: %1.</source>
        <translation>Wanneer deze melding binnenkwam: %1.</translation>
    </message>
    <message>
        <source>Do not click any link in it and do not answer it: that would let the forged message through and tell its sender that your address is read.</source>
        <translation>Klik niet op links erin en beantwoord het niet: dan komt het vervalste bericht alsnog door en weet de afzender dat jouw adres wordt gelezen.</translation>
    </message>
    <message>
        <source>Do not open any attachment it carries.</source>
        <translation>Open geen bijlagen die erbij zitten.</translation>
    </message>
    <message>
        <source>It is safe to move it to the Trash. Nothing else needs to be done.</source>
        <translation>Je kunt het veilig naar de Prullenbak verplaatsen. Verder hoef je niets te doen.</translation>
    </message>
    <message>
        <source>If more notices about the same message arrive, they can go to the Trash as well.</source>
        <translation>Als er meer meldingen over hetzelfde bericht binnenkomen, kunnen die ook naar de Prullenbak.</translation>
    </message>
    <message>
        <source>The address does not exist at the receiving end: it may be mistyped, or the person may have left.</source>
        <translation>Het adres bestaat niet bij de ontvanger: het is misschien verkeerd getypt, of de persoon is vertrokken.</translation>
    </message>
    <message>
        <source>Check the spelling of %1 and send the message again.</source>
        <translation>Controleer de spelling van %1 en verstuur het bericht opnieuw.</translation>
    </message>
    <message>
        <source>If the address looks right, ask the person for their current address.</source>
        <translation>Als het adres klopt, vraag de persoon dan naar het huidige adres.</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox is full, so it cannot take new mail at the moment.</source>
        <translation>De mailbox van de ontvanger is vol en kan op dit moment geen nieuwe e-mail aannemen.</translation>
    </message>
    <message>
        <source>Try again in a day or two.</source>
        <translation>Probeer het over een dag of twee opnieuw.</translation>
    </message>
    <message>
        <source>If it is urgent, reach %1 another way, for example by phone.</source>
        <translation>Is het dringend? Neem dan op een andere manier contact op met %1, bijvoorbeeld telefonisch.</translation>
    </message>
    <message>
        <source>The part of the address after the @ (%1) does not exist.</source>
        <translation>Het deel van het adres na de @ (%1) bestaat niet.</translation>
    </message>
    <message>
        <source>Check the part after the @ in %1 and send the message again.</source>
        <translation>Controleer het deel na de @ in %1 en verstuur het bericht opnieuw.</translation>
    </message>
    <message>
        <source>The receiving mail server rejected your message, taking it for spam or because of one of its rules.</source>
        <translation>De ontvangende mailserver heeft je bericht geweigerd, omdat het voor spam werd aangezien of vanwege een van de regels van die server.</translation>
    </message>
    <message>
        <source>Ask your IT support for help and show them this message. Sending it again unchanged will most likely fail again.</source>
        <translation>Vraag je IT-helpdesk om hulp en laat dit bericht zien. Als je het ongewijzigd opnieuw verstuurt, mislukt het waarschijnlijk weer.</translation>
    </message>
    <message>
        <source>Your message was too big for the receiving mail server.</source>
        <translation>Je bericht was te groot voor de ontvangende mailserver.</translation>
    </message>
    <message>
        <source>Send smaller attachments, or put the files somewhere to share and send a link instead.</source>
        <translation>Verstuur kleinere bijlagen, of zet de bestanden ergens waar je ze kunt delen en stuur in plaats daarvan een link.</translation>
    </message>
    <message>
        <source>So far the receiving mail server could not be reached.</source>
        <translation>Tot nu toe was de ontvangende mailserver niet bereikbaar.</translation>
    </message>
    <message>
        <source>The receiving mail server could not be reached, and the mail system gave up after trying for days.</source>
        <translation>De ontvangende mailserver was niet bereikbaar, en het mailsysteem heeft het na dagen proberen opgegeven.</translation>
    </message>
    <message>
        <source>Try again later, or reach %1 another way.</source>
        <translation>Probeer het later opnieuw, of neem op een andere manier contact op met %1.</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox is switched off or closed.</source>
        <translation>De mailbox van de ontvanger is uitgeschakeld of opgeheven.</translation>
    </message>
    <message>
        <source>Reach %1 another way and ask for their current address.</source>
        <translation>Neem op een andere manier contact op met %1 en vraag naar het huidige adres.</translation>
    </message>
    <message>
        <source>The receiving mail server found a virus in your message.</source>
        <translation>De ontvangende mailserver heeft een virus in je bericht gevonden.</translation>
    </message>
    <message>
        <source>Do not send it again.</source>
        <translation>Verstuur het niet opnieuw.</translation>
    </message>
    <message>
        <source>Ask your IT support to check your computer.</source>
        <translation>Vraag je IT-helpdesk om je computer te controleren.</translation>
    </message>
    <message>
        <source>A mail server on the way refused to pass your message on. This is a setting of a mail server, not something you did.</source>
        <translation>Een mailserver onderweg weigerde je bericht door te sturen. Dat komt door een instelling van een mailserver, niet door iets wat jij hebt gedaan.</translation>
    </message>
    <message>
        <source>Ask your IT support for help and show them this message.</source>
        <translation>Vraag je IT-helpdesk om hulp en laat dit bericht zien.</translation>
    </message>
    <message>
        <source>A security check between the mail servers failed.</source>
        <translation>Een beveiligingscontrole tussen de mailservers is mislukt.</translation>
    </message>
    <message>
        <source>The receiving mail server did not accept the content of your message.</source>
        <translation>De ontvangende mailserver heeft de inhoud van je bericht niet geaccepteerd.</translation>
    </message>
    <message>
        <source>Try sending it again without unusual attachments, or ask your IT support for help.</source>
        <translation>Probeer het opnieuw te versturen zonder ongebruikelijke bijlagen, of vraag je IT-helpdesk om hulp.</translation>
    </message>
    <message>
        <source>Try sending it again later. If it fails again, ask your IT support and show them this message.</source>
        <translation>Probeer het later opnieuw te versturen. Mislukt het weer, vraag dan je IT-helpdesk om hulp en laat dit bericht zien.</translation>
    </message>
    <message>
        <source>Nothing to do yet: the mail system keeps trying. If it gives up, you will get another message saying so.</source>
        <translation>Je hoeft nog niets te doen: het mailsysteem blijft het proberen. Als het opgeeft, krijg je daar nog een bericht over.</translation>
    </message>
    <message>
        <source>Your message to %1 was not delivered</source>
        <translation>Je bericht aan %1 is niet bezorgd</translation>
    </message>
    <message>
        <source>This is about a message you really sent. It could not be delivered.</source>
        <translation>Dit gaat over een bericht dat je echt hebt verstuurd. Het kon niet worden bezorgd.</translation>
    </message>
    <message>
        <source>Your message to %1 is delayed</source>
        <translation>Je bericht aan %1 is vertraagd</translation>
    </message>
    <message>
        <source>This is about a message you really sent. It has not been delivered yet, but the mail system is still trying.</source>
        <translation>Dit gaat over een bericht dat je echt hebt verstuurd. Het is nog niet bezorgd, maar het mailsysteem blijft het proberen.</translation>
    </message>
    <message>
        <source>A delivery report for your message to %1</source>
        <translation>Een bezorgrapport voor je bericht aan %1</translation>
    </message>
    <message>
        <source>This is a report about the delivery of a message you really sent.</source>
        <translation>Dit is een rapport over de bezorging van een bericht dat je echt hebt verstuurd.</translation>
    </message>
    <message>
        <source>Nothing to do: keep or delete it as you like.</source>
        <translation>Je hoeft niets te doen: bewaar of verwijder het, zoals je wilt.</translation>
    </message>
    <message>
        <source>An automatic reply from %1 to your message</source>
        <translation>Een automatisch antwoord van %1 op je bericht</translation>
    </message>
    <message>
        <source>This is an automatic answer, for example an out-of-office note, to a message you really sent. Your message was delivered.</source>
        <translation>Dit is een automatisch antwoord, bijvoorbeeld een afwezigheidsmelding, op een bericht dat je echt hebt verstuurd. Je bericht is bezorgd.</translation>
    </message>
    <message>
        <source>Nothing to fix. Read it: it may say when the person is back or whom to contact instead.</source>
        <translation>Er valt niets op te lossen. Lees het wel: misschien staat erin wanneer de persoon terug is of met wie je anders contact kunt opnemen.</translation>
    </message>
    <message>
        <source>%1 asks you to confirm that you are a real sender</source>
        <translation>%1 vraagt je te bevestigen dat je een echte afzender bent</translation>
    </message>
    <message>
        <source>The receiver of a message you really sent uses a service that holds mail from unknown senders until they confirm that they are a real person. Your message waits there until you do.</source>
        <translation>De ontvanger van een bericht dat je echt hebt verstuurd, gebruikt een dienst die e-mail van onbekende afzenders vasthoudt tot ze bevestigen dat ze een echt persoon zijn. Je bericht wacht daar tot jij dat doet.</translation>
    </message>
    <message>
        <source>If you recognise the service, follow its instructions to confirm, and your message will be delivered. If in doubt, ask your IT support before you click anything.</source>
        <translation>Herken je de dienst, volg dan de instructies om te bevestigen; dan wordt je bericht bezorgd. Twijfel je, vraag dan je IT-helpdesk om raad voordat je ergens op klikt.</translation>
    </message>
    <message>
        <source>A virus was found in your message to %1</source>
        <translation>Er is een virus gevonden in je bericht aan %1</translation>
    </message>
    <message>
        <source>A virus scanner found a virus in a message you really sent. Your computer may be infected.</source>
        <translation>Een virusscanner vond een virus in een bericht dat je echt hebt verstuurd. Je computer is misschien besmet.</translation>
    </message>
    <message>
        <source>Do not send the message again.</source>
        <translation>Verstuur het bericht niet opnieuw.</translation>
    </message>
    <message>
        <source>Ask your IT support to check your computer before you send more mail.</source>
        <translation>Vraag je IT-helpdesk om je computer te controleren voordat je meer e-mail verstuurt.</translation>
    </message>
    <message>
        <source>Your message to %1 was reported as spam</source>
        <translation>Je bericht aan %1 is als spam gemeld</translation>
    </message>
    <message>
        <source>Someone who received a message you really sent reported it as spam to their mail provider.</source>
        <translation>Iemand die een bericht ontving dat je echt hebt verstuurd, heeft het bij de eigen e-mailprovider als spam gemeld.</translation>
    </message>
    <message>
        <source>If you send the same message to many people, make sure they asked for it. Tell your IT support if this surprises you.</source>
        <translation>Stuur je hetzelfde bericht naar veel mensen, zorg dan dat ze erom hebben gevraagd. Laat het je IT-helpdesk weten als dit je verbaast.</translation>
    </message>
    <message>
        <source>Not sure whether you sent this</source>
        <translation>Niet zeker of je dit hebt verstuurd</translation>
    </message>
    <message>
        <source>This is %1. NeverSent cannot tell whether it is about a message you sent or about one someone else sent in your name.</source>
        <translation>Dit is %1. NeverSent kan niet vaststellen of het gaat over een bericht dat jij hebt verstuurd, of over een bericht dat iemand anders in jouw naam heeft verstuurd.</translation>
    </message>
    <message>
        <source>What it says went wrong: %1.</source>
        <translation>Wat er volgens het bericht misging: %1.</translation>
    </message>
    <message>
        <source>If you did send that message, this tells of a real problem with it. If you did not, someone else put your address in the From line, and this message is safe to move to the Trash.</source>
        <translation>Als je dat bericht wel hebt verstuurd, gaat dit over een echt probleem ermee. Als je het niet hebt verstuurd, heeft iemand anders jouw adres in de Van-regel gezet, en kun je dit bericht veilig naar de Prullenbak verplaatsen.</translation>
    </message>
    <message>
        <source>Look in your Sent folder for a message to %1 around %2.</source>
        <translation>Zoek in je map Verzonden naar een bericht aan %1 rond %2.</translation>
    </message>
    <message>
        <source>Look in your Sent folder for a message to %1.</source>
        <translation>Zoek in je map Verzonden naar een bericht aan %1.</translation>
    </message>
    <message>
        <source>Look in your Sent folder for a message with the subject &quot;%1&quot;.</source>
        <translation>Zoek in je map Verzonden naar een bericht met het onderwerp &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Open this message and check whether the message it quotes is one you wrote.</source>
        <translation>Open dit bericht en kijk of het bericht dat erin wordt geciteerd, door jou is geschreven.</translation>
    </message>
    <message>
        <source>If you find it, the problem is real: check the address, try again later, or ask your IT support.</source>
        <translation>Vind je het, dan is het probleem echt: controleer het adres, probeer het later opnieuw of vraag je IT-helpdesk om hulp.</translation>
    </message>
    <message>
        <source>If you find nothing, you did not send it: move it to the Trash.</source>
        <translation>Vind je niets, dan heb je het niet verstuurd: verplaats het naar de Prullenbak.</translation>
    </message>
    <message>
        <source>This message could not be read</source>
        <translation>Dit bericht kon niet worden gelezen</translation>
    </message>
    <message>
        <source>Open it in your mail program to see what it is.</source>
        <translation>Open het in je e-mailprogramma om te zien wat het is.</translation>
    </message>
    <message>
        <source>Ordinary mail</source>
        <translation>Gewone e-mail</translation>
    </message>
    <message>
        <source>This is not an automatic reply about mail from your address. NeverSent leaves it alone.</source>
        <translation>Dit is geen automatisch antwoord over e-mail van jouw adres. NeverSent laat het met rust.</translation>
    </message>
    <message>
        <source>What this message shows:</source>
        <translation>Wat dit bericht laat zien:</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Wat je kunt doen:</translation>
    </message>
    <message>
        <source>Someone may be using your email account</source>
        <translation>Iemand gebruikt misschien je e-mailaccount</translation>
    </message>
    <message numerus="yes">
        <source>You said that %n of the bounces about mail you sent are about messages you did not write.</source>
        <translation>
            <numerusform>Je gaf aan dat %n van de retourberichten over e-mail die je hebt verstuurd, over een bericht gaat dat je niet hebt geschreven.</numerusform>
            <numerusform>Je gaf aan dat %n van de retourberichten over e-mail die je hebt verstuurd, over berichten gaan die je niet hebt geschreven.</numerusform>
        </translation>
    </message>
    <message>
        <source>NeverSent found these messages in your Sent folder. So they were not just sent with your address in the From line: they were sent from your account itself. Someone else may know your password.</source>
        <translation>NeverSent heeft deze berichten in je map Verzonden gevonden. Ze zijn dus niet alleen met jouw adres in de Van-regel verstuurd: ze zijn vanuit je account zelf verstuurd. Iemand anders kent misschien je wachtwoord.</translation>
    </message>
    <message>
        <source>To %1, subject &quot;%2&quot;, sent %3.</source>
        <translation>Aan %1, onderwerp &quot;%2&quot;, verstuurd op %3.</translation>
    </message>
    <message>
        <source>(none)</source>
        <comment>no subject</comment>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>on an unknown date</source>
        <translation>een onbekende datum</translation>
    </message>
    <message numerus="yes">
        <source>And %n more.</source>
        <translation>
            <numerusform>En nog %n bericht.</numerusform>
            <numerusform>En nog %n berichten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Change your email password now, from a computer you trust.</source>
        <translation>Wijzig nu je e-mailwachtwoord, vanaf een computer die je vertrouwt.</translation>
    </message>
    <message>
        <source>Tell your IT support, and show them these messages.</source>
        <translation>Laat het je IT-helpdesk weten en laat deze berichten zien.</translation>
    </message>
    <message>
        <source>Keep these messages until your IT support has seen them: they help to find out what happened.</source>
        <translation>Bewaar deze berichten tot je IT-helpdesk ze heeft gezien: ze helpen om uit te zoeken wat er is gebeurd.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>what happened: why</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Core::Explain::PlainWords</name>
    <message>
        <source>a message could not be delivered</source>
        <translation>een bericht kon niet worden bezorgd</translation>
    </message>
    <message>
        <source>a message is delayed</source>
        <translation>een bericht is vertraagd</translation>
    </message>
    <message>
        <source>a delivery receipt</source>
        <translation>een bezorgbevestiging</translation>
    </message>
    <message>
        <source>an automatic reply (for example out of office)</source>
        <translation>een automatisch antwoord (bijvoorbeeld een afwezigheidsmelding)</translation>
    </message>
    <message>
        <source>a request to prove you are a real sender</source>
        <translation>een verzoek om te bewijzen dat je een echte afzender bent</translation>
    </message>
    <message>
        <source>a virus warning about a message</source>
        <translation>een viruswaarschuwing over een bericht</translation>
    </message>
    <message>
        <source>a spam complaint about a message</source>
        <translation>een spamklacht over een bericht</translation>
    </message>
    <message>
        <source>ordinary mail</source>
        <translation>gewone e-mail</translation>
    </message>
    <message>
        <source>a message that could not be read</source>
        <translation>een bericht dat niet kon worden gelezen</translation>
    </message>
    <message>
        <source>the address does not exist</source>
        <translation>het adres bestaat niet</translation>
    </message>
    <message>
        <source>the mailbox is full</source>
        <translation>de mailbox is vol</translation>
    </message>
    <message>
        <source>the domain does not exist</source>
        <translation>het domein bestaat niet</translation>
    </message>
    <message>
        <source>the receiving server blocked the sender</source>
        <translation>de ontvangende server heeft de afzender geblokkeerd</translation>
    </message>
    <message>
        <source>it was taken for spam</source>
        <translation>het werd voor spam aangezien</translation>
    </message>
    <message>
        <source>it broke the receiver&apos;s rules</source>
        <translation>het overtrad de regels van de ontvanger</translation>
    </message>
    <message>
        <source>it carried a virus</source>
        <translation>het bevatte een virus</translation>
    </message>
    <message>
        <source>it was too big</source>
        <translation>het was te groot</translation>
    </message>
    <message>
        <source>delivery took too long and was given up</source>
        <translation>de bezorging duurde te lang en is opgegeven</translation>
    </message>
    <message>
        <source>the mailbox is switched off</source>
        <translation>de mailbox is uitgeschakeld</translation>
    </message>
    <message>
        <source>the server would not pass it on</source>
        <translation>de server wilde het niet doorsturen</translation>
    </message>
    <message>
        <source>the receiving server refused it</source>
        <translation>de ontvangende server weigerde het</translation>
    </message>
    <message>
        <source>the receiving server had a fault</source>
        <translation>de ontvangende server had een storing</translation>
    </message>
    <message>
        <source>the receiving server could not be reached</source>
        <translation>de ontvangende server was niet bereikbaar</translation>
    </message>
    <message>
        <source>a security check failed</source>
        <translation>een beveiligingscontrole is mislukt</translation>
    </message>
    <message>
        <source>its content was not accepted</source>
        <translation>de inhoud werd niet geaccepteerd</translation>
    </message>
</context>
<context>
    <name>Core::Explain::ScanSummary</name>
    <message>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message numerus="yes">
        <source>In the last %Ln day(s)</source>
        <translation>
            <numerusform>De afgelopen dag</numerusform>
            <numerusform>De afgelopen %Ln dagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation>Sinds %1</translation>
    </message>
    <message>
        <source>There were no messages to look at.</source>
        <translation>Er waren geen berichten om te bekijken.</translation>
    </message>
    <message numerus="yes">
        <source>NeverSent looked at %Ln message(s) and found no bounces: none of them is an automatic reply about mail from your address. There is nothing to clean up.</source>
        <translation>
            <numerusform>NeverSent heeft %Ln bericht bekeken en geen retourbericht gevonden: het is geen automatisch antwoord over e-mail van jouw adres. Er valt niets op te ruimen.</numerusform>
            <numerusform>NeverSent heeft %Ln berichten bekeken en geen retourberichten gevonden: geen ervan is een automatisch antwoord over e-mail van jouw adres. Er valt niets op te ruimen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln forged</source>
        <comment>bounces</comment>
        <translation>
            <numerusform>%Ln vervalst</numerusform>
            <numerusform>%Ln vervalst</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln about mail you sent</source>
        <comment>bounces</comment>
        <translation>
            <numerusform>%Ln over e-mail die je hebt verstuurd</numerusform>
            <numerusform>%Ln over e-mail die je hebt verstuurd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln where NeverSent cannot tell</source>
        <comment>bounces</comment>
        <translation>
            <numerusform>%Ln waarover NeverSent het niet zeker weet</numerusform>
            <numerusform>%Ln waarover NeverSent het niet zeker weet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You received %Ln bounce(s): %1.</source>
        <translation>
            <numerusform>Je hebt %Ln retourbericht ontvangen: %1.</numerusform>
            <numerusform>Je hebt %Ln retourberichten ontvangen: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 you received %Ln bounce(s): %2.</source>
        <comment>%1 is a time such as &apos;In the last 7 days&apos;</comment>
        <translation>
            <numerusform>%1 heb je %Ln retourbericht ontvangen: %2.</numerusform>
            <numerusform>%1 heb je %Ln retourberichten ontvangen: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>The forged ones are about mail someone else sent in your name: not your fault, nothing to fix, and safe to move to the Trash.</source>
        <translation>De vervalste gaan over e-mail die iemand anders in jouw naam heeft verstuurd: niet jouw schuld, niets op te lossen, en veilig om naar de Prullenbak te verplaatsen.</translation>
    </message>
    <message>
        <source>Please look at the ones about mail you sent: they tell of real delivery problems.</source>
        <translation>Bekijk wel de berichten over e-mail die je hebt verstuurd: die wijzen op echte bezorgproblemen.</translation>
    </message>
    <message>
        <source>For the ones NeverSent cannot tell, look in your Sent folder yourself.</source>
        <translation>Bij de berichten waarover NeverSent het niet zeker weet: kijk zelf in je map Verzonden.</translation>
    </message>
</context>
<context>
    <name>Core::Imap::AccessTokenSlot</name>
    <message>
        <source>The mail provider did not renew the sign-in in time. Check the network connection and try again.</source>
        <translation>De mailprovider heeft de aanmelding niet op tijd vernieuwd. Controleer de netwerkverbinding en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Geannuleerd.</translation>
    </message>
</context>
<context>
    <name>Core::Imap::CertificateVerifier</name>
    <message>
        <source>the server sent no certificate</source>
        <translation>de server heeft geen certificaat gestuurd</translation>
    </message>
</context>
<context>
    <name>Core::Imap::ImapConnection</name>
    <message>
        <source>The connection to %1 was cancelled.</source>
        <translation>De verbinding met %1 is geannuleerd.</translation>
    </message>
    <message>
        <source>The server %1 does not offer an encrypted connection (STARTTLS) on port %2, so the password was not sent. Use imaps:// instead, or ask your mail provider for the right address and port.</source>
        <translation>De server %1 biedt op poort %2 geen versleutelde verbinding (STARTTLS) aan, dus het wachtwoord is niet verstuurd. Gebruik in plaats daarvan imaps://, of vraag je e-mailprovider naar het juiste adres en de juiste poort.</translation>
    </message>
    <message>
        <source>The server %1 did not accept the user name or password. Check them and try again.</source>
        <translation>De server %1 heeft de gebruikersnaam of het wachtwoord niet geaccepteerd. Controleer ze en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The server %1 stopped answering. Check the network connection and try again.</source>
        <translation>De server %1 reageert niet meer. Controleer de netwerkverbinding en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>%1 port %2 answered, but not like a mail server. Check the server address and port.</source>
        <translation>%1 poort %2 reageerde, maar niet zoals een mailserver. Controleer het serveradres en de poort.</translation>
    </message>
    <message>
        <source>The encrypted connection to %1 could not be set up (%2). Check the server address and port.</source>
        <translation>De versleutelde verbinding met %1 kon niet worden opgezet (%2). Controleer het serveradres en de poort.</translation>
    </message>
    <message>
        <source>Cannot reach the mail server %1 on port %2. Check the address, the port and the network connection.</source>
        <translation>Kan de mailserver %1 op poort %2 niet bereiken. Controleer het adres, de poort en de netwerkverbinding.</translation>
    </message>
    <message>
        <source>The server %1 closed the connection unexpectedly. Try again later.</source>
        <translation>De server %1 heeft de verbinding onverwacht verbroken. Probeer het later opnieuw.</translation>
    </message>
    <message>
        <source>The mail server %1 reported a problem: %2</source>
        <translation>De mailserver %1 meldde een probleem: %2</translation>
    </message>
    <message>
        <source>The server %1 did not accept the sign-in: the access token was refused or has expired. Sign in again.</source>
        <translation>De server %1 heeft de aanmelding niet aanvaard: het toegangstoken is geweigerd of verlopen. Meld u opnieuw aan.</translation>
    </message>
    <message>
        <source>The server %1 does not offer a sign-in with an access token that NeverSent can use (OAuth2 XOAUTH2 or OAUTHBEARER). Sign in with a password instead, or check the server address.</source>
        <translation>De server %1 biedt geen aanmelding met een toegangstoken die NeverSent kan gebruiken (OAuth2 XOAUTH2 of OAUTHBEARER). Meld u in plaats daarvan aan met een wachtwoord, of controleer het serveradres.</translation>
    </message>
    <message>
        <source>The server %1 does not take a password: it wants you to sign in on your mail provider&apos;s own page in your web browser (OAuth2).</source>
        <translation>De server %1 neemt geen wachtwoord aan: u meldt zich aan op de eigen pagina van uw mailprovider, in uw webbrowser (OAuth2).</translation>
    </message>
    <message>
        <source>The connection to the mail server %1 was lost. Check that this computer is online, then try again.</source>
        <translation>De verbinding met de mailserver %1 is verbroken. Controleer of deze computer online is en probeer het daarna opnieuw.</translation>
    </message>
</context>
<context>
    <name>Core::Imap::ImapMailbox</name>
    <message>
        <source>No Trash folder was found on %1, so nothing was moved. Create a folder named Trash in your mail program.</source>
        <translation>Op %1 is geen map Prullenbak gevonden, dus er is niets verplaatst. Maak in je e-mailprogramma een map met de naam Prullenbak aan.</translation>
    </message>
</context>
<context>
    <name>Core::Imap::ImapProtocol</name>
    <message>
        <source>list the folders</source>
        <translation>de mappen op te sommen</translation>
    </message>
    <message>
        <source>The mail server %1 closed the connection. Try again later.</source>
        <translation>De mailserver %1 heeft de verbinding verbroken. Probeer het later opnieuw.</translation>
    </message>
    <message>
        <source>The mail server %1 refused to %2: %3</source>
        <translation>De mailserver %1 weigerde %2: %3</translation>
    </message>
    <message>
        <source>report on the folder &quot;%1&quot;</source>
        <translation>gegevens over de map &quot;%1&quot; te geven</translation>
    </message>
    <message>
        <source>open the folder &quot;%1&quot;</source>
        <translation>de map &quot;%1&quot; te openen</translation>
    </message>
    <message>
        <source>leave the folder</source>
        <translation>de map te verlaten</translation>
    </message>
    <message>
        <source>search the folder</source>
        <translation>de map te doorzoeken</translation>
    </message>
    <message>
        <source>send messages</source>
        <translation>berichten te leveren</translation>
    </message>
    <message>
        <source>move messages to &quot;%1&quot;</source>
        <translation>berichten naar &quot;%1&quot; te verplaatsen</translation>
    </message>
    <message>
        <source>copy messages to &quot;%1&quot;</source>
        <translation>berichten naar &quot;%1&quot; te kopiëren</translation>
    </message>
    <message>
        <source>mark messages as deleted</source>
        <translation>berichten als verwijderd te markeren</translation>
    </message>
    <message>
        <source>restore messages</source>
        <translation>berichten terug te zetten</translation>
    </message>
    <message>
        <source>remove the moved messages</source>
        <translation>de verplaatste berichten te verwijderen</translation>
    </message>
    <message>
        <source>describe messages</source>
        <translation>de opbouw van berichten op te vragen</translation>
    </message>
    <message>
        <source>wait for new mail</source>
        <translation>op nieuwe mail te wachten</translation>
    </message>
</context>
<context>
    <name>Core::Imap::ServerAddress</name>
    <message>
        <source>&quot;%1&quot; is not a mail server address: write imaps://host, imap://host or imap+plain://127.0.0.1:port.</source>
        <translation>&quot;%1&quot; is geen adres van een mailserver: schrijf imaps://host, imap://host of imap+plain://127.0.0.1:poort.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a mail server address: write the scheme, the server name and at most a port.</source>
        <translation>&quot;%1&quot; is geen adres van een mailserver: schrijf het schema, de servernaam en hooguit een poort.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names port 0, which no server listens on.</source>
        <translation>&quot;%1&quot; noemt poort 0, en daarop luistert geen enkele server.</translation>
    </message>
    <message>
        <source>imap+plain:// sends your password unencrypted, so it is only allowed to this computer (127.0.0.1 or ::1). Use imaps:// or imap:// for %1.</source>
        <translation>imap+plain:// verstuurt je wachtwoord onversleuteld en is daarom alleen toegestaan naar deze computer (127.0.0.1 of ::1). Gebruik imaps:// of imap:// voor %1.</translation>
    </message>
</context>
<context>
    <name>Core::Imap::TlsSocket</name>
    <message>
        <source>The certificate of %1 cannot be trusted (%2). Its SHA-256 fingerprint is %3. Only if your mail provider confirms this fingerprint, accept it (--trust-fingerprint %3).</source>
        <translation>Het certificaat van %1 is niet te vertrouwen (%2). De SHA-256-vingerafdruk is %3. Accepteer het alleen als je e-mailprovider deze vingerafdruk bevestigt (--trust-fingerprint %3).</translation>
    </message>
</context>
<context>
    <name>Core::Mail::MaildirFolder</name>
    <message>
        <source>The folder %1 is not a mail folder (it has no cur and new folders).</source>
        <translation>De map %1 is geen e-mailmap (er zitten geen mappen cur en new in).</translation>
    </message>
    <message>
        <source>The message numbers of %1 cannot be saved: %2</source>
        <translation>De berichtnummers van %1 kunnen niet worden opgeslagen: %2</translation>
    </message>
    <message>
        <source>The file cannot be opened: %1</source>
        <translation>Het bestand kan niet worden geopend: %1</translation>
    </message>
    <message>
        <source>There is no message %1 in %2.</source>
        <translation>Er is geen bericht %1 in %2.</translation>
    </message>
    <message>
        <source>The message file %1 could not be moved to %2.</source>
        <translation>Het berichtbestand %1 kon niet naar %2 worden verplaatst.</translation>
    </message>
    <message>
        <source>The message file %1 could not be copied to %2.</source>
        <translation>Het berichtbestand %1 kon niet naar %2 worden gekopieerd.</translation>
    </message>
    <message>
        <source>The flags of message file %1 could not be changed.</source>
        <translation>De markeringen van berichtbestand %1 konden niet worden gewijzigd.</translation>
    </message>
    <message>
        <source>The message file of %1 in %2 could not be removed.</source>
        <translation>Het berichtbestand van %1 in %2 kon niet worden verwijderd.</translation>
    </message>
</context>
<context>
    <name>Core::Mail::MaildirMailbox</name>
    <message>
        <source>This mailbox has no Trash folder, so nothing was moved.</source>
        <translation>Deze mailbox heeft geen prullenbak, dus er is niets verplaatst.</translation>
    </message>
    <message>
        <source>There is no folder &quot;%1&quot; in this mailbox.</source>
        <translation>Er is geen map ‘%1’ in deze mailbox.</translation>
    </message>
    <message>
        <source>No folder of the mailbox is open.</source>
        <translation>Er is geen map van de mailbox geopend.</translation>
    </message>
</context>
<context>
    <name>Core::Mail::MessageSource</name>
    <message>
        <source>The file cannot be opened: %1</source>
        <translation>Het bestand kan niet worden geopend: %1</translation>
    </message>
</context>
<context>
    <name>Core::OAuth::BrowserSignIn</name>
    <message>
        <source>This copy of NeverSent is not set up for %1 sign-in: ask your IT department.</source>
        <translation>Deze kopie van NeverSent is niet ingesteld voor aanmelden bij %1: vraag het uw IT-afdeling.</translation>
    </message>
    <message>
        <source>NeverSent could not open your web browser to sign in. Set a default web browser and try again.</source>
        <translation>NeverSent kon uw webbrowser niet openen om aan te melden. Stel een standaardwebbrowser in en probeer het opnieuw.</translation>
    </message>
</context>
<context>
    <name>Core::OAuth::RedirectListener</name>
    <message>
        <source>NeverSent cannot wait for the browser&apos;s answer on this computer: %1</source>
        <translation>NeverSent kan op deze computer niet wachten op het antwoord van de browser: %1</translation>
    </message>
    <message>
        <source>This request is too long.</source>
        <translation>Dit verzoek is te lang.</translation>
    </message>
    <message>
        <source>This is not a sign-in answer.</source>
        <translation>Dit is geen antwoord op een aanmelding.</translation>
    </message>
    <message>
        <source>This sign-in is over. You can close this window.</source>
        <translation>Deze aanmelding is voorbij. U kunt dit venster sluiten.</translation>
    </message>
    <message>
        <source>There is nothing here.</source>
        <translation>Hier is niets.</translation>
    </message>
    <message>
        <source>This answer does not belong to the sign-in NeverSent started. Go back to NeverSent and sign in from there.</source>
        <translation>Dit antwoord hoort niet bij de aanmelding die NeverSent begon. Ga terug naar NeverSent en meld u daar aan.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled in the browser, so NeverSent cannot open this mailbox. Sign in again and allow NeverSent to read your mail.</source>
        <translation>De aanmelding is in de browser geannuleerd, dus NeverSent kan dit postvak niet openen. Meld u opnieuw aan en sta NeverSent toe uw e-mail te lezen.</translation>
    </message>
    <message>
        <source>Your mail provider ended the sign-in with an error: %1. Try again, or ask your IT department.</source>
        <translation>Uw e-mailprovider heeft de aanmelding met een fout beëindigd: %1. Probeer het opnieuw of vraag het uw IT-afdeling.</translation>
    </message>
    <message>
        <source>Your mail provider&apos;s answer held no sign-in code. Try signing in again.</source>
        <translation>Het antwoord van uw e-mailprovider bevatte geen aanmeldcode. Meld u opnieuw aan.</translation>
    </message>
    <message>
        <source>You are signed in. You can close this window and go back to NeverSent.</source>
        <translation>U bent aangemeld. U kunt dit venster sluiten en teruggaan naar NeverSent.</translation>
    </message>
</context>
<context>
    <name>Core::OAuth::TokenClient</name>
    <message>
        <source>Your mail provider&apos;s sign-in service answered without an access token. Try again later.</source>
        <translation>De aanmelddienst van uw e-mailprovider antwoordde zonder toegangstoken. Probeer het later opnieuw.</translation>
    </message>
    <message>
        <source>Your sign-in has ended (it was revoked, it expired, or your password changed). Sign in again.</source>
        <translation>Uw aanmelding is beëindigd (ingetrokken, verlopen, of uw wachtwoord is gewijzigd). Meld u opnieuw aan.</translation>
    </message>
    <message>
        <source>Your mail provider refused the sign-in (%1). Your IT department may have to allow NeverSent.</source>
        <translation>Uw e-mailprovider heeft de aanmelding geweigerd (%1). Mogelijk moet uw IT-afdeling NeverSent toestaan.</translation>
    </message>
    <message>
        <source>Your mail provider&apos;s sign-in service has a problem (HTTP %1). Try again later.</source>
        <translation>De aanmelddienst van uw e-mailprovider heeft een probleem (HTTP %1). Probeer het later opnieuw.</translation>
    </message>
    <message>
        <source>The sign-in service address %1 is not encrypted, so nothing was sent to it.</source>
        <translation>Het adres van de aanmelddienst %1 is niet versleuteld, dus er is niets naartoe gestuurd.</translation>
    </message>
    <message>
        <source>Your mail provider&apos;s sign-in service did not answer in time. Check the network connection and try again.</source>
        <translation>De aanmelddienst van uw e-mailprovider antwoordde niet op tijd. Controleer de netwerkverbinding en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Your mail provider&apos;s sign-in service cannot be reached (%1). Check the network connection and try again.</source>
        <translation>De aanmelddienst van uw e-mailprovider is niet bereikbaar (%1). Controleer de netwerkverbinding en probeer het opnieuw.</translation>
    </message>
</context>
<context>
    <name>Core::OAuth::TokenKeeper</name>
    <message>
        <source>Your mail provider no longer accepts this sign-in. Sign in again.</source>
        <translation>Uw e-mailprovider aanvaardt deze aanmelding niet meer. Meld u opnieuw aan.</translation>
    </message>
    <message>
        <source>NeverSent has no lasting sign-in for this account. Sign in again.</source>
        <translation>NeverSent heeft geen blijvende aanmelding voor dit account. Meld u opnieuw aan.</translation>
    </message>
</context>
<context>
    <name>Core::Session::AccountWorker</name>
    <message>
        <source>Cancelled: nothing more was asked of the server.</source>
        <translation>Geannuleerd: er is niets meer aan de server gevraagd.</translation>
    </message>
    <message>
        <source>There is nothing to undo.</source>
        <translation>Er is niets om ongedaan te maken.</translation>
    </message>
</context>
<context>
    <name>Core::Session::MailboxCleaner</name>
    <message>
        <source>The folder &quot;%1&quot; has not been scanned yet. Run scan first.</source>
        <translation>De map &quot;%1&quot; is nog niet gescand. Voer eerst scan uit.</translation>
    </message>
    <message>
        <source>These messages are in the Trash already.</source>
        <translation>Deze berichten staan al in de Prullenbak.</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; was renumbered since the last scan, so nothing was moved. Scan again.</source>
        <translation>De map &quot;%1&quot; is sinds de laatste controle opnieuw genummerd, dus er is niets verplaatst. Controleer opnieuw.</translation>
    </message>
    <message>
        <source>There is no clean action %1 to undo.</source>
        <translation>Er is geen opruimactie %1 om ongedaan te maken.</translation>
    </message>
    <message>
        <source>Clean action %1 was undone already.</source>
        <translation>Opruimactie %1 is al ongedaan gemaakt.</translation>
    </message>
    <message>
        <source>Clean action %1 moved nothing, so there is nothing to put back.</source>
        <translation>Opruimactie %1 heeft niets verplaatst, dus er valt niets terug te zetten.</translation>
    </message>
</context>
<context>
    <name>Core::Session::MailboxScanner</name>
    <message>
        <source>The connection to the mail server was lost, and connecting again did not work: %1</source>
        <translation>De verbinding met de mailserver is verbroken en opnieuw verbinden is niet gelukt: %1</translation>
    </message>
    <message>
        <source>The connection was lost; connecting again</source>
        <translation>De verbinding is verbroken; opnieuw verbinding maken</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; does not exist on %2 or cannot be opened. Check its name.</source>
        <translation>De map &quot;%1&quot; bestaat niet op %2 of kan niet worden geopend. Controleer de naam.</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; changed while it was read; scan again.</source>
        <translation>De map &quot;%1&quot; is veranderd terwijl die werd gelezen; controleer opnieuw.</translation>
    </message>
    <message>
        <source>Reading your sent mail in %1</source>
        <translation>Je verzonden e-mail in %1 lezen</translation>
    </message>
    <message>
        <source>Checking %1</source>
        <translation>%1 controleren</translation>
    </message>
</context>
<context>
    <name>Core::Session::MailboxWatch</name>
    <message numerus="yes">
        <source>The connection was lost (%1). Trying again in %n second(s).</source>
        <translation>
            <numerusform>De verbinding is verbroken (%1). Nieuwe poging over %n seconde.</numerusform>
            <numerusform>De verbinding is verbroken (%1). Nieuwe poging over %n seconden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected again.</source>
        <translation>Weer verbonden.</translation>
    </message>
    <message numerus="yes">
        <source>Watching: %n message(s) already there; new ones are judged as they come.</source>
        <translation>
            <numerusform>Bewaking loopt: %n bericht was er al; nieuwe worden beoordeeld zodra ze binnenkomen.</numerusform>
            <numerusform>Bewaking loopt: %n berichten waren er al; nieuwe worden beoordeeld zodra ze binnenkomen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Core::Session::VerdictPhase</name>
    <message>
        <source>The folder %1 has not been read yet.</source>
        <translation>De map %1 is nog niet gelezen.</translation>
    </message>
</context>
<context>
    <name>Core::Store::ActionLog</name>
    <message>
        <source>The NeverSent audit log could not be written: %1</source>
        <translation>Het NeverSent-logboek kon niet worden geschreven: %1</translation>
    </message>
</context>
<context>
    <name>Core::Store::Database</name>
    <message>
        <source>Cannot create the folder for the NeverSent store at %1.</source>
        <translation>Kan de map voor het NeverSent-gegevensbestand niet aanmaken op %1.</translation>
    </message>
    <message>
        <source>Cannot create the NeverSent store %1: %2</source>
        <translation>Kan het NeverSent-gegevensbestand %1 niet aanmaken: %2</translation>
    </message>
    <message>
        <source>Cannot open the NeverSent store %1: %2</source>
        <translation>Kan het NeverSent-gegevensbestand %1 niet openen: %2</translation>
    </message>
    <message>
        <source>The NeverSent store %1 cannot be used: %2</source>
        <translation>Het NeverSent-gegevensbestand %1 kan niet worden gebruikt: %2</translation>
    </message>
    <message>
        <source>The file %1 is not a NeverSent store.</source>
        <translation>Het bestand %1 is geen NeverSent-gegevensbestand.</translation>
    </message>
    <message>
        <source>The NeverSent store %1 was written by a newer version of NeverSent; update NeverSent to use it.</source>
        <translation>Het NeverSent-gegevensbestand %1 is geschreven door een nieuwere versie van NeverSent; werk NeverSent bij om het te gebruiken.</translation>
    </message>
    <message>
        <source>The NeverSent store %1 could not be updated (step %2): %3</source>
        <translation>Het NeverSent-gegevensbestand %1 kon niet worden bijgewerkt (stap %2): %3</translation>
    </message>
</context>
<context>
    <name>Core::Store::ScanCache</name>
    <message>
        <source>The NeverSent store could not be read: %1</source>
        <translation>Het NeverSent-gegevensbestand kon niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>The NeverSent store could not be written: %1</source>
        <translation>Het NeverSent-gegevensbestand kon niet worden geschreven: %1</translation>
    </message>
    <message>
        <source>The NeverSent store could not keep the folder %1.</source>
        <translation>De opslag van NeverSent kon de map %1 niet bewaren.</translation>
    </message>
</context>
<context>
    <name>Core::Store::TrustedCertificates</name>
    <message>
        <source>The accepted certificate could not be remembered: %1</source>
        <translation>Het geaccepteerde certificaat kon niet worden onthouden: %1</translation>
    </message>
</context>
<context>
    <name>Core::Verdict::VerdictJudge</name>
    <message>
        <source>No sent mail was given to compare with.</source>
        <translation>Er is geen verzonden e-mail opgegeven om mee te vergelijken.</translation>
    </message>
    <message>
        <source>Your sent mail has the original message (Message-ID &lt;%1&gt;).</source>
        <translation>Je verzonden e-mail bevat het oorspronkelijke bericht (Message-ID &lt;%1&gt;).</translation>
    </message>
    <message>
        <source>You wrote to %1 on %2 with the same subject.</source>
        <translation>Je hebt op %2 aan %1 geschreven, met hetzelfde onderwerp.</translation>
    </message>
    <message>
        <source>You did write to %1 around that time, so this may be about your own message.</source>
        <translation>Je hebt rond die tijd wel aan %1 geschreven, dus dit kan over je eigen bericht gaan.</translation>
    </message>
    <message>
        <source>The bounce does not say which message it is about.</source>
        <translation>Het retourbericht vermeldt niet over welk bericht het gaat.</translation>
    </message>
    <message>
        <source>The bounce has no date, so it cannot be compared with your sent mail.</source>
        <translation>Het retourbericht heeft geen datum en kan dus niet met je verzonden e-mail worden vergeleken.</translation>
    </message>
    <message>
        <source>Your sent mail is empty, so there is nothing to compare with.</source>
        <translation>Je verzonden e-mail is leeg, dus er is niets om mee te vergelijken.</translation>
    </message>
    <message>
        <source>Your sent mail only reaches back to %1; this bounce is about mail from %2.</source>
        <translation>Je verzonden e-mail gaat maar terug tot %1; dit retourbericht gaat over e-mail van %2.</translation>
    </message>
    <message>
        <source>No message in your sent mail has the Message-ID &lt;%1&gt;.</source>
        <translation>Geen enkel bericht in je verzonden e-mail heeft de Message-ID &lt;%1&gt;.</translation>
    </message>
    <message>
        <source>You did not write to %1 in the week around %2.</source>
        <translation>Je hebt in de week rond %2 niet aan %1 geschreven.</translation>
    </message>
    <message>
        <source>You sent nothing with the subject &quot;%1&quot;.</source>
        <translation>Je hebt niets verstuurd met het onderwerp &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The original claimed to come from %1, which is not one of your addresses.</source>
        <translation>Het oorspronkelijke bericht beweerde van %1 te komen, en dat is niet een van jouw adressen.</translation>
    </message>
    <message>
        <source>The original message entered the mail system at %1.</source>
        <translation>Het oorspronkelijke bericht kwam het mailsysteem binnen via %1.</translation>
    </message>
    <message>
        <source>The original message entered the mail system at %1 (%2).</source>
        <translation>Het oorspronkelijke bericht kwam het mailsysteem binnen via %1 (%2).</translation>
    </message>
    <message>
        <source>So the receiving server&apos;s own check decides: the original was forged.</source>
        <translation>Dus beslist de eigen controle van de ontvangende server: het oorspronkelijke bericht was vervalst.</translation>
    </message>
    <message>
        <source>The receiving server checked the original against the rules %1 publishes (DMARC), and it failed: it did not come from %1.</source>
        <translation>De ontvangende server heeft het oorspronkelijke bericht getoetst aan de regels die %1 publiceert (DMARC), en het viel door: het kwam niet van %1.</translation>
    </message>
    <message>
        <source>The receiving server found that the server which sent the original may not send mail for %1 (SPF).</source>
        <translation>De ontvangende server stelde vast dat de server die het oorspronkelijke bericht verstuurde geen mail voor %1 mag versturen (SPF).</translation>
    </message>
    <message>
        <source>The receiving server found that the server which sent the original is probably not one that sends mail for %1 (SPF soft fail).</source>
        <translation>De ontvangende server stelde vast dat de server die het oorspronkelijke bericht verstuurde waarschijnlijk geen mail voor %1 verstuurt (SPF, zachte afwijzing).</translation>
    </message>
    <message>
        <source>The original&apos;s signature for %1 did not hold at the receiving server (DKIM).</source>
        <translation>De handtekening van het oorspronkelijke bericht voor %1 hield geen stand bij de ontvangende server (DKIM).</translation>
    </message>
</context>
<context>
    <name>Gui::AppController</name>
    <message>
        <source>The sample mailbox could not be prepared: %1</source>
        <translation>De voorbeeldmailbox kon niet worden klaargezet: %1</translation>
    </message>
    <message>
        <source>Sample mailbox</source>
        <translation>Voorbeeldmailbox</translation>
    </message>
    <message>
        <source>Your password is not in the password safe.</source>
        <translation>Je wachtwoord staat niet in de wachtwoordkluis.</translation>
    </message>
    <message>
        <source>Password for %1</source>
        <translation>Wachtwoord voor %1</translation>
    </message>
    <message>
        <source>%1
Please type the password of %2.</source>
        <translation>%1
Typ het wachtwoord van %2.</translation>
    </message>
    <message>
        <source>&amp;Add an account...</source>
        <translation>Account &amp;toevoegen...</translation>
    </message>
    <message>
        <source>Open the &amp;sample mailbox</source>
        <translation>&amp;Voorbeeldmailbox openen</translation>
    </message>
    <message>
        <source>Your sign-in for %1 is not kept in a password safe on this computer (%2). Sign in again in your browser.</source>
        <translation>Uw aanmelding voor %1 wordt niet bewaard in een wachtwoordkluis op deze computer (%2). Meld u opnieuw aan in uw browser.</translation>
    </message>
    <message>
        <source>it is not in the password safe</source>
        <translation>ze staat niet in de wachtwoordkluis</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Opnieuw aanmelden</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Opnieuw proberen</translation>
    </message>
</context>
<context>
    <name>Gui::Autostart</name>
    <message>
        <source>NeverSent could not change how it starts at login (%1): %2</source>
        <translation>NeverSent kon niet veranderen hoe het bij het aanmelden start (%1): %2</translation>
    </message>
    <message>
        <source>the folder cannot be made</source>
        <translation>de map kan niet worden gemaakt</translation>
    </message>
    <message>
        <source>Keeps watch for forged bounce messages</source>
        <translation>Houdt vervalste retourberichten in de gaten</translation>
    </message>
</context>
<context>
    <name>Gui::Dialogs::CleanPreviewDialog</name>
    <message numerus="yes">
        <source>Move %n message(s) to the Trash?</source>
        <translation>
            <numerusform>%n bericht naar de Prullenbak verplaatsen?</numerusform>
            <numerusform>%n berichten naar de Prullenbak verplaatsen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) will be moved to the Trash.</source>
        <translation>
            <numerusform>%n bericht wordt naar de Prullenbak verplaatst.</numerusform>
            <numerusform>%n berichten worden naar de Prullenbak verplaatst.</numerusform>
        </translation>
    </message>
    <message>
        <source>They arrived on %1.</source>
        <translation>Ze kwamen binnen op %1.</translation>
    </message>
    <message>
        <source>They arrived between %1 and %2.</source>
        <translation>Ze kwamen binnen tussen %1 en %2.</translation>
    </message>
    <message>
        <source>For example:</source>
        <translation>Bijvoorbeeld:</translation>
    </message>
    <message>
        <source>These are:</source>
        <translation>Het gaat om:</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>Verstuurd aan</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>Sample of the messages that will move</source>
        <translation>Voorbeeld van de berichten die worden verplaatst</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>They go to the Trash folder of your mail account, not away for good. To get them back, click Undo in NeverSent (any time, from History), or move them back from the Trash in your mail program until the Trash is emptied.</source>
        <translation>Ze gaan naar de map Prullenbak van je e-mailaccount en zijn niet voorgoed weg. Om ze terug te halen, klik je in NeverSent op Ongedaan maken (op elk moment, via Geschiedenis), of verplaats je ze in je e-mailprogramma terug uit de Prullenbak, zolang de Prullenbak niet is geleegd.</translation>
    </message>
    <message numerus="yes">
        <source>Move %n to Trash</source>
        <translation>
            <numerusform>%n naar de Prullenbak verplaatsen</numerusform>
            <numerusform>%n naar de Prullenbak verplaatsen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of these are about mail you really sent: they tell you it did not arrive. Usually you want to keep them and act on them.</source>
        <translation>
            <numerusform>%n hiervan gaat over e-mail die je echt hebt verstuurd: het laat weten dat die niet is aangekomen. Meestal wil je het bewaren en er iets mee doen.</numerusform>
            <numerusform>%n hiervan gaan over e-mail die je echt hebt verstuurd: ze laten weten dat die niet is aangekomen. Meestal wil je ze bewaren en er iets mee doen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Move them anyway</source>
        <translation>Toch verplaatsen</translation>
    </message>
</context>
<context>
    <name>Gui::Dialogs::HelpDialog</name>
    <message>
        <source>What are these messages?</source>
        <translation>Wat zijn deze berichten?</translation>
    </message>
    <message>
        <source>Messages such as &quot;Undeliverable&quot;, &quot;Mail delivery failed&quot; or &quot;Returned mail&quot; are sent by mail servers when they could not deliver a message. They go to the address in the message&apos;s From line.</source>
        <translation>Berichten zoals &quot;Onbestelbaar&quot;, &quot;Undeliverable&quot;, &quot;Mail delivery failed&quot; of &quot;Returned mail&quot; worden door mailservers verstuurd als ze een bericht niet konden bezorgen. Ze gaan naar het adres in de Van-regel van het bericht.</translation>
    </message>
    <message>
        <source>Senders of spam often put real people&apos;s addresses in that From line, yours among them. When their spam cannot be delivered, the replies come to you, although you never sent anything. This does not mean that your computer has a virus or that your account was broken into: the spam was sent from somewhere else, and nothing needs fixing on your side. These replies are called forged bounces, or backscatter.</source>
        <translation>Spammers zetten vaak adressen van echte mensen in die Van-regel, ook het jouwe. Als hun spam niet kan worden bezorgd, komen de antwoorden bij jou terecht, hoewel je nooit iets hebt verstuurd. Dat betekent niet dat je computer een virus heeft of dat er in je account is ingebroken: de spam is ergens anders vandaan verstuurd, en aan jouw kant hoeft niets te worden opgelost. Deze antwoorden heten vervalste retourberichten, of backscatter.</translation>
    </message>
    <message>
        <source>NeverSent compares each of these replies with the mail in your Sent folder. When the original message is not among the mail you sent, the reply is forged, and it is safe to move it to the Trash. When you did send the original, the reply is about a real problem: for example a mistyped address or a full mailbox. NeverSent tells you what went wrong and what you can do.</source>
        <translation>NeverSent vergelijkt elk van deze antwoorden met de e-mail in je map Verzonden. Staat het oorspronkelijke bericht niet tussen de e-mail die je hebt verstuurd, dan is het antwoord vervalst en kun je het veilig naar de Prullenbak verplaatsen. Heb je het oorspronkelijke bericht wel verstuurd, dan gaat het antwoord over een echt probleem, bijvoorbeeld een verkeerd getypt adres of een volle mailbox. NeverSent vertelt je wat er misging en wat je kunt doen.</translation>
    </message>
    <message>
        <source>When NeverSent cannot tell, it says why, and what you can check yourself.</source>
        <translation>Als NeverSent het niet zeker weet, zegt het waarom, en wat je zelf kunt controleren.</translation>
    </message>
    <message>
        <source>NeverSent only moves messages to the Trash, never deletes them. Undo puts them back, also later from History.</source>
        <translation>NeverSent verplaatst berichten alleen naar de Prullenbak en verwijdert ze nooit. Met Ongedaan maken zet je ze terug, ook later nog via Geschiedenis.</translation>
    </message>
    <message>
        <source>If several replies are about messages that are in your Sent folder but that you did not write, someone else may be using your account: change your password and tell your IT contact.</source>
        <translation>Gaan meerdere antwoorden over berichten die wel in je map Verzonden staan, maar die je niet zelf hebt geschreven? Dan gebruikt iemand anders misschien je account: wijzig je wachtwoord en laat het je IT-helpdesk weten.</translation>
    </message>
</context>
<context>
    <name>Gui::Dialogs::HistoryDialog</name>
    <message>
        <source>&amp;Undo this clean-up</source>
        <translation>Deze opruimactie &amp;ongedaan maken</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <source>Everything NeverSent moved, newest first. A clean-up can be undone as long as the messages are still in the Trash.</source>
        <translation>Alles wat NeverSent heeft verplaatst, nieuwste eerst. Een opruimactie kan ongedaan worden gemaakt zolang de berichten nog in de Prullenbak staan.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>History of clean-ups and undos</source>
        <translation>Geschiedenis van opruimacties en het ongedaan maken ervan</translation>
    </message>
    <message numerus="yes">
        <source>Put %n message(s) back from %1 to %2</source>
        <translation>
            <numerusform>%n bericht teruggezet van %1 naar %2</numerusform>
            <numerusform>%n berichten teruggezet van %1 naar %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n message(s) from %1 to %2</source>
        <translation>
            <numerusform>%n bericht verplaatst van %1 naar %2</numerusform>
            <numerusform>%n berichten verplaatst van %1 naar %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Interrupted: will be finished next time</source>
        <translation>Onderbroken: wordt de volgende keer afgerond</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Ongedaan gemaakt</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
</context>
<context>
    <name>Gui::Dialogs::ItReportDialog</name>
    <message>
        <source>&amp;Copy as text</source>
        <translation>Als tekst &amp;kopiëren</translation>
    </message>
    <message>
        <source>&amp;Save...</source>
        <translation>&amp;Opslaan...</translation>
    </message>
    <message>
        <source>Report for IT</source>
        <translation>Rapport voor IT</translation>
    </message>
    <message>
        <source>Give this report to whoever runs your organisation&apos;s e-mail: it shows the forged bounces, where the forged mail came from, and what they could change so that it stops. It holds no message text and no password.</source>
        <translation>Geef dit rapport aan wie de e-mail van je organisatie beheert: het toont de vervalste retourberichten, waar de vervalste mail vandaan kwam en wat zij kunnen veranderen zodat het stopt. Er staat geen berichttekst en geen wachtwoord in.</translation>
    </message>
    <message>
        <source>Looking up the SPF and DMARC records of %1...</source>
        <translation>De SPF- en DMARC-records van %1 worden opgezocht...</translation>
    </message>
    <message>
        <source>The report is copied: paste it into a message to your IT department.</source>
        <translation>Het rapport is gekopieerd: plak het in een bericht aan je IT-afdeling.</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-document (*.pdf)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Webpagina (*.html)</translation>
    </message>
    <message>
        <source>Plain text (*.txt)</source>
        <translation>Platte tekst (*.txt)</translation>
    </message>
    <message>
        <source>Save the report for IT</source>
        <translation>Het rapport voor IT opslaan</translation>
    </message>
    <message>
        <source>NeverSent report for IT</source>
        <translation>NeverSent-rapport voor IT</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Opgeslagen als %1.</translation>
    </message>
    <message>
        <source>The report could not be saved as %1: %2</source>
        <translation>Het rapport kon niet worden opgeslagen als %1: %2</translation>
    </message>
</context>
<context>
    <name>Gui::Dialogs::SignInDialog</name>
    <message>
        <source>Sign in to %1</source>
        <translation>Aanmelden bij %1</translation>
    </message>
    <message>
        <source>Why you sign in again</source>
        <translation>Waarom u opnieuw aanmeldt</translation>
    </message>
</context>
<context>
    <name>Gui::MainWindow</name>
    <message>
        <source>NeverSent</source>
        <translation>NeverSent</translation>
    </message>
    <message>
        <source>Bounce messages for mail you never sent?</source>
        <translation>Retourberichten voor e-mail die je nooit hebt verstuurd?</translation>
    </message>
    <message>
        <source>Spammers sometimes put your address on mail they send. When that mail cannot be delivered, the &quot;Undeliverable&quot; replies come back to you.

NeverSent looks through your inbox, compares every such reply with the mail you really sent, tells you in plain words which ones are forged and which are real delivery problems, and moves the forged ones to the Trash, with an undo.</source>
        <translation>Spammers zetten soms jouw adres op e-mail die ze versturen. Als die e-mail niet kan worden bezorgd, komen de antwoorden &quot;Onbestelbaar&quot; bij jou terug.

NeverSent bekijkt je Postvak IN, vergelijkt elk van die antwoorden met de e-mail die je echt hebt verstuurd, vertelt je in gewone woorden welke vervalst zijn en welke over echte bezorgproblemen gaan, en verplaatst de vervalste naar de Prullenbak, met een mogelijkheid om dat ongedaan te maken.</translation>
    </message>
    <message>
        <source>&amp;Connect to my mail account...</source>
        <translation>Verbinding maken met mijn &amp;e-mailaccount...</translation>
    </message>
    <message>
        <source>Try it on a &amp;sample mailbox</source>
        <translation>Probeer het met een &amp;voorbeeldmailbox</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <source>&amp;Folders to look through</source>
        <translation>Mappen om te &amp;doorzoeken</translation>
    </message>
    <message>
        <source>Folders to look through</source>
        <translation>Mappen om te doorzoeken</translation>
    </message>
    <message>
        <source>Search by address, subject or reason</source>
        <translation>Zoeken op adres, onderwerp of reden</translation>
    </message>
    <message>
        <source>Search the results</source>
        <translation>Zoeken in de resultaten</translation>
    </message>
    <message>
        <source>Bounce messages found</source>
        <translation>Gevonden retourberichten</translation>
    </message>
    <message>
        <source>I did &amp;not write this message</source>
        <translation>Dit bericht heb ik &amp;niet geschreven</translation>
    </message>
    <message>
        <source>Tell NeverSent that this message in your Sent folder was not written by you</source>
        <translation>Laat NeverSent weten dat je dit bericht in je map Verzonden niet zelf hebt geschreven</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Voortgang</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Stopping...</source>
        <translation>Bezig met stoppen...</translation>
    </message>
    <message>
        <source>&amp;Mailbox</source>
        <translation>&amp;Mailbox</translation>
    </message>
    <message>
        <source>&amp;Scan again</source>
        <translation>Opnieuw &amp;controleren</translation>
    </message>
    <message>
        <source>&amp;Move selected to Trash...</source>
        <translation>Selectie naar de &amp;Prullenbak verplaatsen...</translation>
    </message>
    <message>
        <source>&amp;Undo last clean-up</source>
        <translation>Laatste opruimactie &amp;ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;History...</source>
        <translation>&amp;Geschiedenis...</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;What are these messages?</source>
        <translation>&amp;Wat zijn deze berichten?</translation>
    </message>
    <message>
        <source>&amp;About NeverSent</source>
        <translation>&amp;Over NeverSent</translation>
    </message>
    <message>
        <source>About NeverSent</source>
        <translation>Over NeverSent</translation>
    </message>
    <message>
        <source>NeverSent %1

Explains and cleans up bounce messages for mail you never sent. It only ever moves messages to the Trash, and every clean-up can be undone.</source>
        <translation>NeverSent %1

Legt retourberichten uit voor e-mail die je nooit hebt verstuurd en ruimt ze op. Het verplaatst berichten alleen naar de Prullenbak, en elke opruimactie kan ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hoofdwerkbalk</translation>
    </message>
    <message>
        <source>%1 - NeverSent</source>
        <translation>%1 - NeverSent</translation>
    </message>
    <message>
        <source>Looking for your folders...</source>
        <translation>Je mappen zoeken...</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Opnieuw proberen</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Postvak IN</translation>
    </message>
    <message>
        <source>%1 (may hold bounces)</source>
        <translation>%1 (kan retourberichten bevatten)</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n bericht</numerusform>
            <numerusform>%n berichten</numerusform>
        </translation>
    </message>
    <message>
        <source>No Sent folder was found, so NeverSent cannot tell which bounces are about mail you sent.</source>
        <translation>Er is geen map Verzonden gevonden, dus NeverSent kan niet zeggen welke retourberichten over e-mail gaan die je hebt verstuurd.</translation>
    </message>
    <message>
        <source>Checked against the mail you sent in: %1</source>
        <translation>Vergeleken met de e-mail die je hebt verstuurd in: %1</translation>
    </message>
    <message>
        <source>Tick at least one folder to look through.</source>
        <translation>Vink minstens één map aan om te doorzoeken.</translation>
    </message>
    <message>
        <source>Starting...</source>
        <translation>Bezig met starten...</translation>
    </message>
    <message numerus="yes">
        <source>Move %n forged bounce(s) to Trash...</source>
        <translation>
            <numerusform>%n vervalst retourbericht naar de Prullenbak verplaatsen...</numerusform>
            <numerusform>%n vervalste retourberichten naar de Prullenbak verplaatsen...</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the messages to move first.</source>
        <translation>Selecteer eerst de berichten die je wilt verplaatsen.</translation>
    </message>
    <message>
        <source>Moving to the Trash...</source>
        <translation>Bezig met verplaatsen naar de Prullenbak...</translation>
    </message>
    <message>
        <source>Putting the messages back...</source>
        <translation>Bezig met terugzetten van de berichten...</translation>
    </message>
    <message>
        <source>The messages are back where they were.</source>
        <translation>De berichten staan weer waar ze stonden.</translation>
    </message>
    <message numerus="yes">
        <source>%1
%n message(s) were moved before that.</source>
        <translation>
            <numerusform>%1
Daarvoor was al %n bericht verplaatst.</numerusform>
            <numerusform>%1
Daarvoor waren al %n berichten verplaatst.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) moved to the Trash.</source>
        <translation>
            <numerusform>%n bericht naar de Prullenbak verplaatst.</numerusform>
            <numerusform>%n berichten naar de Prullenbak verplaatst.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed since the scan and stayed where they were.</source>
        <translation>
            <numerusform>%n bericht was sinds de controle veranderd en is gebleven waar het stond.</numerusform>
            <numerusform>%n berichten waren sinds de controle veranderd en zijn gebleven waar ze stonden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your mail server cannot move messages: they were copied to the Trash and marked as deleted, and go from the inbox when your mail program empties deleted messages.</source>
        <translation>Je mailserver kan geen berichten verplaatsen: ze zijn naar de Prullenbak gekopieerd en als verwijderd gemarkeerd, en verdwijnen uit het Postvak IN zodra je e-mailprogramma verwijderde berichten definitief wist.</translation>
    </message>
    <message>
        <source>Which bounces to show</source>
        <translation>Welke retourberichten tonen</translation>
    </message>
    <message>
        <source>All bounces</source>
        <translation>Alle retourberichten</translation>
    </message>
    <message>
        <source>Forged only</source>
        <translation>Alleen vervalste</translation>
    </message>
    <message>
        <source>Sent by you only</source>
        <translation>Alleen door jou verstuurd</translation>
    </message>
    <message>
        <source>Can&apos;t tell only</source>
        <translation>Alleen onzekere</translation>
    </message>
    <message>
        <source>&amp;Accounts</source>
        <translation>&amp;Accounts</translation>
    </message>
    <message>
        <source>&amp;Add an account...</source>
        <translation>Account &amp;toevoegen...</translation>
    </message>
    <message>
        <source>Open the &amp;sample mailbox</source>
        <translation>&amp;Voorbeeldmailbox openen</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Instellingen</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>NeverSent will use %1 from its next start.</source>
        <translation>NeverSent gebruikt %1 vanaf de volgende start.</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Taal van het systeem</translation>
    </message>
    <message numerus="yes">
        <source>The other messages are back where they were, but %n could not be put back: they are no longer in the Trash (it was emptied, or another mail program moved them).</source>
        <translation>
            <numerusform>De andere berichten staan weer op hun plek, maar %n bericht kon niet worden teruggezet: het staat niet meer in de Prullenbak (die is geleegd, of een ander e-mailprogramma heeft het verplaatst).</numerusform>
            <numerusform>De andere berichten staan weer op hun plek, maar %n berichten konden niet worden teruggezet: ze staan niet meer in de Prullenbak (die is geleegd, of een ander e-mailprogramma heeft ze verplaatst).</numerusform>
        </translation>
    </message>
    <message>
        <source>Automatic replies only</source>
        <translation>Alleen automatische antwoorden</translation>
    </message>
    <message>
        <source>&amp;Report for IT...</source>
        <translation>&amp;Rapport voor IT...</translation>
    </message>
    <message>
        <source>A report for whoever runs your organisation&apos;s e-mail: the forged bounces, where they came from and how to make them stop</source>
        <translation>Een rapport voor wie de e-mail van je organisatie beheert: de vervalste retourberichten, waar ze vandaan kwamen en hoe ze te stoppen</translation>
    </message>
    <message numerus="yes">
        <source>%n more forged bounce(s) since %1.</source>
        <translation>
            <numerusform>%n vervalst retourbericht meer sinds %1.</numerusform>
            <numerusform>%n vervalste retourberichten meer sinds %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Move new forged bounces to Trash automatically</source>
        <translation>Nieuwe vervalste retourberichten automatisch naar de prullenbak &amp;verplaatsen</translation>
    </message>
    <message>
        <source>Forged bounces that arrive while NeverSent is open go to the Trash without asking; each move is in History and can be undone</source>
        <translation>Vervalste retourberichten die binnenkomen terwijl NeverSent open is, gaan zonder te vragen naar de prullenbak; elke verplaatsing staat in de geschiedenis en kan ongedaan worden gemaakt</translation>
    </message>
    <message>
        <source>&amp;Keep watching when the window is closed</source>
        <translation>Blijven &amp;opletten als het venster dicht is</translation>
    </message>
    <message>
        <source>NeverSent stays in the system tray, starts when you log in and says when more forged bounces come</source>
        <translation>NeverSent blijft in het systeemvak, start bij het aanmelden en meldt wanneer er meer vervalste retourberichten komen</translation>
    </message>
    <message>
        <source>This desktop has no system tray to stay in</source>
        <translation>Dit bureaublad heeft geen systeemvak om in te blijven</translation>
    </message>
    <message>
        <source>NeverSent keeps watch for forged bounces</source>
        <translation>NeverSent houdt vervalste retourberichten in de gaten</translation>
    </message>
    <message>
        <source>&amp;Open NeverSent</source>
        <translation>NeverSent &amp;openen</translation>
    </message>
</context>
<context>
    <name>Gui::Results::ResultsModel</name>
    <message numerus="yes">
        <source>Forged: you did not send these (%Ln)</source>
        <translation>
            <numerusform>Vervalst: niet door jou verstuurd (%Ln)</numerusform>
            <numerusform>Vervalst: niet door jou verstuurd (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent by you: delivery problems (%Ln)</source>
        <translation>
            <numerusform>Door jou verstuurd: bezorgproblemen (%Ln)</numerusform>
            <numerusform>Door jou verstuurd: bezorgproblemen (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Can&apos;t tell (%Ln)</source>
        <translation>
            <numerusform>Onzeker (%Ln)</numerusform>
            <numerusform>Onzeker (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>Bounces about mail someone else sent with your address in the From line. Not your fault, and safe to move to the Trash.</source>
        <translation>Retourberichten over e-mail die iemand anders met jouw adres in de Van-regel heeft verstuurd. Niet jouw schuld, en veilig om naar de Prullenbak te verplaatsen.</translation>
    </message>
    <message>
        <source>Bounces about mail you really sent: each one tells of a delivery problem to look at.</source>
        <translation>Retourberichten over e-mail die je echt hebt verstuurd: elk ervan meldt een bezorgprobleem waar je naar moet kijken.</translation>
    </message>
    <message>
        <source>Bounces NeverSent cannot match with your sent mail either way. Check your Sent folder.</source>
        <translation>Retourberichten waarvan NeverSent niet kan zeggen of ze wel of niet bij je verzonden e-mail horen. Kijk in je map Verzonden.</translation>
    </message>
    <message>
        <source>Forged</source>
        <translation>Vervalst</translation>
    </message>
    <message>
        <source>Sent by you</source>
        <translation>Door jou verstuurd</translation>
    </message>
    <message>
        <source>Can&apos;t tell</source>
        <translation>Onzeker</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>group, date</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>column name: cell text</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>Verstuurd aan</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Wat er gebeurde</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Map</translation>
    </message>
    <message numerus="yes">
        <source>Sent by you: automatic replies (%Ln)</source>
        <translation>
            <numerusform>Door jou verstuurd: automatische antwoorden (%Ln)</numerusform>
            <numerusform>Door jou verstuurd: automatische antwoorden (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>Out-of-office notes and delivery receipts about mail you really sent: it arrived, and there is nothing to fix.</source>
        <translation>Afwezigheidsberichten en ontvangstbevestigingen over mail die je echt hebt verstuurd: die is aangekomen, er hoeft niets te gebeuren.</translation>
    </message>
    <message>
        <source>Automatic reply</source>
        <translation>Automatisch antwoord</translation>
    </message>
</context>
<context>
    <name>Gui::Setup::AddressPage</name>
    <message>
        <source>Your mail account</source>
        <translation>Je e-mailaccount</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>E-mailadres</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>naam@example.com</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>Set up &amp;manually</source>
        <translation>&amp;Handmatig instellen</translation>
    </message>
    <message>
        <source>Set up manually</source>
        <translation>Handmatig instellen</translation>
    </message>
    <message>
        <source>Type the mail server&apos;s address yourself</source>
        <translation>Het adres van de mailserver zelf invullen</translation>
    </message>
    <message>
        <source>&amp;Email address:</source>
        <translation>&amp;E-mailadres:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <source>Type the email address and password you use for your mail. NeverSent finds the rest. Microsoft 365, Outlook.com and Google need no password here: you sign in in your browser.</source>
        <translation>Typ het e-mailadres en wachtwoord die u voor uw mail gebruikt. NeverSent vindt de rest. Microsoft 365, Outlook.com en Google hebben hier geen wachtwoord nodig: u meldt zich aan in uw browser.</translation>
    </message>
</context>
<context>
    <name>Gui::Setup::BrowserSignInPage</name>
    <message>
        <source>Use an &amp;app password</source>
        <translation>Een &amp;app-wachtwoord gebruiken</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <source>Use an app password</source>
        <translation>Een app-wachtwoord gebruiken</translation>
    </message>
    <message>
        <source>Sign in with %1</source>
        <translation>Aanmelden met %1</translation>
    </message>
    <message>
        <source>This copy of NeverSent is not set up for %1 sign-in. With a personal account you can use an app password instead: a separate password you make on their website. Their page explains how:</source>
        <translation>Deze kopie van NeverSent is niet ingesteld voor aanmelden bij %1. Met een persoonlijk account kunt u in plaats daarvan een app-wachtwoord gebruiken: een apart wachtwoord dat u op hun website aanmaakt. Hun pagina legt uit hoe:</translation>
    </message>
</context>
<context>
    <name>Gui::Setup::ConnectionTestPage</name>
    <message>
        <source>Connection test</source>
        <translation>Verbindingstest</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <source>T&amp;rust this certificate</source>
        <translation>Dit &amp;certificaat vertrouwen</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>Opnieuw &amp;proberen</translation>
    </message>
    <message>
        <source>Set up &amp;manually</source>
        <translation>&amp;Handmatig instellen</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Aanmelden</translation>
    </message>
    <message>
        <source>NeverSent signs in to your mail server once to check that everything is right.</source>
        <translation>NeverSent meldt zich één keer aan bij je mailserver om te controleren of alles klopt.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>Trust this certificate</source>
        <translation>Dit certificaat vertrouwen</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Opnieuw proberen</translation>
    </message>
    <message>
        <source>Set up manually</source>
        <translation>Handmatig instellen</translation>
    </message>
    <message>
        <source>Signing in to %1 …</source>
        <translation>Aanmelden bij %1 …</translation>
    </message>
    <message>
        <source>NeverSent signed in to %1. Everything is ready: choose Next.</source>
        <translation>NeverSent is aangemeld bij %1. Alles is klaar: kies Volgende.</translation>
    </message>
    <message>
        <source>NeverSent could not sign in to %1.</source>
        <translation>NeverSent kon zich niet aanmelden bij %1.</translation>
    </message>
    <message>
        <source>%1 did not accept the password. %1 needs an app password for programs like NeverSent: a separate password you make on their website, not the one you sign in there with. Their page explains how:</source>
        <translation>%1 heeft het wachtwoord niet geaccepteerd. %1 vereist een app-wachtwoord voor programma&apos;s zoals NeverSent: een apart wachtwoord dat je op hun website aanmaakt, niet het wachtwoord waarmee je daar inlogt. Op hun pagina staat hoe dat gaat:</translation>
    </message>
    <message>
        <source>T&amp;rust this certificate (fingerprint %1)</source>
        <translation>Dit &amp;certificaat vertrouwen (vingerafdruk %1)</translation>
    </message>
    <message>
        <source>Fingerprint %1</source>
        <translation>Vingerafdruk %1</translation>
    </message>
    <message>
        <source>&amp;Sign in again</source>
        <translation>&amp;Opnieuw aanmelden</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Opnieuw aanmelden</translation>
    </message>
    <message>
        <source>Type the password for %1.</source>
        <translation>Typ het wachtwoord voor %1.</translation>
    </message>
    <message>
        <source>%1 did not let NeverSent into the mailbox of %2 with this sign-in. Perhaps another account was chosen in the browser: choose &quot;Sign in again&quot; and pick %2. If it was %2, mail programs may be turned off for it: ask your IT department.</source>
        <translation>%1 liet NeverSent met deze aanmelding niet toe tot de mailbox van %2. Misschien is in de browser een ander account gekozen: kies ‘Opnieuw aanmelden’ en neem %2. Was het %2, dan zijn mailprogramma’s er misschien voor uitgeschakeld: vraag het uw IT-afdeling.</translation>
    </message>
</context>
<context>
    <name>Gui::Setup::DiscoveryPage</name>
    <message>
        <source>Finding your mail server</source>
        <translation>Je mailserver zoeken</translation>
    </message>
    <message>
        <source>Search for your mail server</source>
        <translation>Zoeken naar je mailserver</translation>
    </message>
    <message>
        <source>Searching</source>
        <translation>Bezig met zoeken</translation>
    </message>
    <message>
        <source>Set up &amp;manually</source>
        <translation>&amp;Handmatig instellen</translation>
    </message>
    <message>
        <source>Set up manually</source>
        <translation>Handmatig instellen</translation>
    </message>
    <message>
        <source>Type the mail server&apos;s address yourself</source>
        <translation>Het adres van de mailserver zelf invullen</translation>
    </message>
    <message>
        <source>Looking for the mail server of %1 …</source>
        <translation>De mailserver van %1 zoeken …</translation>
    </message>
    <message>
        <source>NeverSent could not find the mail server for %1. If your mail provider or IT department gave you the server&apos;s name, choose &quot;Set up manually&quot;.</source>
        <translation>NeverSent kon de mailserver van %1 niet vinden. Heeft je e-mailprovider of IT-afdeling je de naam van de server gegeven? Kies dan &quot;Handmatig instellen&quot;.</translation>
    </message>
</context>
<context>
    <name>Gui::Setup::DonePage</name>
    <message>
        <source>Your account is ready</source>
        <translation>Je account is klaar</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Where the password is kept</source>
        <translation>Waar het wachtwoord wordt bewaard</translation>
    </message>
    <message>
        <source>Your password is kept in your desktop&apos;s password safe.</source>
        <translation>Je wachtwoord wordt bewaard in de wachtwoordkluis van je computer.</translation>
    </message>
    <message>
        <source>%1 NeverSent will ask for the password each time it starts.</source>
        <translation>%1 NeverSent vraagt bij elke start om het wachtwoord.</translation>
    </message>
    <message>
        <source>NeverSent signed in to %1, but could not save the account: %2</source>
        <translation>NeverSent heeft zich aangemeld bij %1, maar kon het account niet opslaan: %2</translation>
    </message>
    <message>
        <source>NeverSent will read the mail of %1 from %2.</source>
        <translation>NeverSent leest de e-mail van %1 via %2.</translation>
    </message>
    <message>
        <source>Saving your password …</source>
        <translation>Je wachtwoord opslaan …</translation>
    </message>
    <message>
        <source>Your sign-in is kept in your desktop&apos;s password safe.</source>
        <translation>Uw aanmelding wordt bewaard in de wachtwoordkluis van uw bureaublad.</translation>
    </message>
    <message>
        <source>Saving your sign-in …</source>
        <translation>Uw aanmelding wordt bewaard …</translation>
    </message>
    <message>
        <source>Your sign-in cannot be kept without a password safe, so you will sign in again in your browser each time NeverSent starts.</source>
        <translation>Zonder wachtwoordkluis kan uw aanmelding niet worden bewaard, dus meldt u zich bij elke start van NeverSent opnieuw aan in uw browser.</translation>
    </message>
</context>
<context>
    <name>Gui::Setup::ManualPage</name>
    <message>
        <source>Your mail server</source>
        <translation>Je mailserver</translation>
    </message>
    <message>
        <source>Type what your mail provider or IT department gave you for reading mail (IMAP).</source>
        <translation>Typ wat je e-mailprovider of IT-afdeling je heeft gegeven voor het lezen van e-mail (IMAP).</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>E-mailadres</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>imap.example.com</source>
        <translation>imap.example.com</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Poort</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Versleuteling</translation>
    </message>
    <message>
        <source>TLS (usually port 993)</source>
        <translation>TLS (meestal poort 993)</translation>
    </message>
    <message>
        <source>STARTTLS (usually port 143)</source>
        <translation>STARTTLS (meestal poort 143)</translation>
    </message>
    <message>
        <source>None: a server on this computer only</source>
        <translation>Geen: alleen voor een server op deze computer</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>Problem with the server settings</source>
        <translation>Probleem met de serverinstellingen</translation>
    </message>
    <message>
        <source>&amp;Email address:</source>
        <translation>&amp;E-mailadres:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>&amp;Poort:</translation>
    </message>
    <message>
        <source>Encr&amp;yption:</source>
        <translation>Ve&amp;rsleuteling:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Gebruikersnaam:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <source>Without encryption your password could be read on its way, so NeverSent allows this only for a mail server on this computer. Choose TLS or STARTTLS.</source>
        <translation>Zonder versleuteling kan je wachtwoord onderweg worden meegelezen, dus NeverSent staat dit alleen toe voor een mailserver op deze computer. Kies TLS of STARTTLS.</translation>
    </message>
    <message>
        <source>NeverSent cannot use &quot;%1&quot; as a server name. Check it for typing mistakes.</source>
        <translation>NeverSent kan &quot;%1&quot; niet als servernaam gebruiken. Controleer of er typefouten in staan.</translation>
    </message>
</context>
<context>
    <name>Gui::Setup::SetupAssistant</name>
    <message>
        <source>Set up your mail account</source>
        <translation>Je e-mailaccount instellen</translation>
    </message>
</context>
<context>
    <name>Gui::Widgets::BrowserSignInPanel</name>
    <message>
        <source>&amp;Open the browser again</source>
        <translation>Browser &amp;opnieuw openen</translation>
    </message>
    <message>
        <source>&amp;Cancel the sign-in</source>
        <translation>Aanmelding &amp;annuleren</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Aanmelding</translation>
    </message>
    <message>
        <source>Open the browser again</source>
        <translation>Browser opnieuw openen</translation>
    </message>
    <message>
        <source>Cancel the sign-in</source>
        <translation>Aanmelding annuleren</translation>
    </message>
    <message>
        <source>NeverSent could not open your web browser to sign in. Set a default web browser and try again.</source>
        <translation>NeverSent kon uw webbrowser niet openen om aan te melden. Stel een standaardbrowser in en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled. Choose &quot;Sign in with %1&quot; to start again.</source>
        <translation>De aanmelding is geannuleerd. Kies ‘Aanmelden met %1’ om opnieuw te beginnen.</translation>
    </message>
    <message>
        <source>&amp;Sign in with %1</source>
        <translation>&amp;Aanmelden met %1</translation>
    </message>
    <message>
        <source>Sign in with %1</source>
        <translation>Aanmelden met %1</translation>
    </message>
    <message>
        <source>%1 asks you to sign in on its own page, in your web browser. NeverSent never sees your password there.</source>
        <translation>%1 vraagt u zich aan te melden op de eigen pagina, in uw webbrowser. NeverSent ziet uw wachtwoord daar nooit.</translation>
    </message>
    <message>
        <source>You are signed in with %1.</source>
        <translation>U bent aangemeld met %1.</translation>
    </message>
    <message>
        <source>Finish signing in in your browser. If you closed its page, choose &quot;Open the browser again&quot;.</source>
        <translation>Rond de aanmelding af in uw browser. Hebt u de pagina gesloten, kies dan ‘Browser opnieuw openen’.</translation>
    </message>
</context>
<context>
    <name>Gui::Widgets::ExplanationView</name>
    <message>
        <source>Explanation of the selected message</source>
        <translation>Uitleg bij het geselecteerde bericht</translation>
    </message>
    <message>
        <source>Select a message to see what it is and what to do about it.</source>
        <translation>Selecteer een bericht om te zien wat het is en wat je ermee kunt doen.</translation>
    </message>
    <message>
        <source>What this message shows</source>
        <translation>Wat dit bericht laat zien</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Wat je kunt doen</translation>
    </message>
</context>
<context>
    <name>Gui::Widgets::HelpPageLink</name>
    <message>
        <source>&amp;Open this page in your web browser</source>
        <translation>Deze pagina in je webbrowser &amp;openen</translation>
    </message>
    <message>
        <source>Address of your mail provider&apos;s help page</source>
        <translation>Adres van de hulppagina van je e-mailprovider</translation>
    </message>
    <message>
        <source>Open your mail provider&apos;s help page in your web browser</source>
        <translation>De hulppagina van je e-mailprovider in je webbrowser openen</translation>
    </message>
</context>
<context>
    <name>Gui::Widgets::MessageBar</name>
    <message>
        <source>Close this message</source>
        <translation>Deze melding sluiten</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Melding sluiten</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
</context>
<context>
    <name>Gui::Widgets::SpamRunChart</name>
    <message>
        <source>Bounces over time</source>
        <translation>Retourberichten in de tijd</translation>
    </message>
    <message>
        <source>%1: %2 forged, %3 about mail you sent</source>
        <translation>%1: %2 vervalst, %3 over mail die jij verstuurde</translation>
    </message>
    <message>
        <source>Bounces per hour</source>
        <translation>Retourberichten per uur</translation>
    </message>
    <message>
        <source>Bounces per day</source>
        <translation>Retourberichten per dag</translation>
    </message>
    <message>
        <source>about mail you sent</source>
        <translation>over jouw verstuurde mail</translation>
    </message>
    <message>
        <source>forged</source>
        <translation>vervalst</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Explains and cleans up bounce messages for mail you never sent.</source>
        <translation>Legt retourberichten uit voor e-mail die je nooit hebt verstuurd en ruimt ze op.</translation>
    </message>
    <message>
        <source>Open the bundled sample mailbox (a temporary copy) instead of a mail account.</source>
        <translation>De meegeleverde voorbeeldmailbox openen (een tijdelijke kopie) in plaats van een e-mailaccount.</translation>
    </message>
    <message>
        <source>The NeverSent store to use.</source>
        <translation>Het NeverSent-gegevensbestand dat je wilt gebruiken.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>bestand</translation>
    </message>
    <message>
        <source>Start in the system tray, keeping watch, when &quot;Keep watching when the window is closed&quot; is on.</source>
        <translation>Starten in het systeemvak en blijven opletten als ‘Blijven opletten als het venster dicht is’ aan staat.</translation>
    </message>
</context>
</TS>
