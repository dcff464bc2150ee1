<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Core::Account::AccountStore</name>
    <message>
        <source>An account needs an email address, a user name and a server.</source>
        <translation>Für ein Konto werden eine E-Mail-Adresse, ein Benutzername und ein Server benötigt.</translation>
    </message>
    <message>
        <source>Your list of accounts could not be saved: %1</source>
        <translation>Ihre Kontenliste konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>This account is no longer in your list of accounts.</source>
        <translation>Dieses Konto ist nicht mehr in Ihrer Kontenliste.</translation>
    </message>
    <message>
        <source>Your list of accounts could not be read or saved: %1</source>
        <translation>Ihre Kontenliste konnte nicht gelesen oder gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>Core::Account::ConnectionTester</name>
    <message>
        <source>Something answered at %1 on port %2, but it is not a mail server. Check the server address and port.</source>
        <translation>Unter %1 hat auf Port %2 etwas geantwortet, aber es ist kein Mailserver. Prüfen Sie die Serveradresse und den Port.</translation>
    </message>
    <message>
        <source>NeverSent cannot confirm that %1 is really your mail server: nobody your computer trusts vouches for its security certificate. Trust this certificate only if your mail provider or IT staff confirm its fingerprint:
%2</source>
        <translation>NeverSent kann nicht bestätigen, dass %1 wirklich Ihr Mailserver ist: Keine Stelle, der Ihr Computer vertraut, bürgt für sein Sicherheitszertifikat. Vertrauen Sie diesem Zertifikat nur, wenn Ihr E-Mail-Anbieter oder Ihre IT-Abteilung den Fingerabdruck bestätigt:
%2</translation>
    </message>
</context>
<context>
    <name>Core::Account::PasswordKeychain</name>
    <message>
        <source>Your desktop has no password safe running, so NeverSent will ask for the password each time it starts.</source>
        <translation>Auf Ihrem Desktop läuft kein Passwortspeicher. Deshalb fragt NeverSent bei jedem Start nach dem Passwort.</translation>
    </message>
    <message>
        <source>Your desktop&apos;s password safe did not let NeverSent in, so NeverSent will ask for the password each time it starts.</source>
        <translation>Der Passwortspeicher Ihres Desktops hat NeverSent keinen Zugriff gewährt. Deshalb fragt NeverSent bei jedem Start nach dem Passwort.</translation>
    </message>
    <message>
        <source>Your desktop&apos;s password safe reported a problem: %1</source>
        <translation>Der Passwortspeicher Ihres Desktops hat ein Problem gemeldet: %1</translation>
    </message>
</context>
<context>
    <name>Core::Account::ServerDiscovery</name>
    <message>
        <source>Looking for %1 among the well-known mail services...</source>
        <translation>%1 wird unter den bekannten E-Mail-Diensten gesucht...</translation>
    </message>
    <message>
        <source>Asking %1 for its mail settings...</source>
        <translation>Die E-Mail-Einstellungen werden bei %1 abgefragt...</translation>
    </message>
    <message>
        <source>Looking up the mail server of %1 in the internet&apos;s address book...</source>
        <translation>Der Mailserver von %1 wird im Adressbuch des Internets gesucht...</translation>
    </message>
    <message>
        <source>Trying the usual mail server names of %1...</source>
        <translation>Die üblichen Mailserver-Namen von %1 werden ausprobiert...</translation>
    </message>
    <message>
        <source>Looking up who receives the mail of %1...</source>
        <translation>Es wird nachgesehen, wer die E-Mails von %1 empfängt...</translation>
    </message>
</context>
<context>
    <name>Core::Analysis::BounceAnalyzer</name>
    <message>
        <source>The message is empty.</source>
        <translation>Die Nachricht ist leer.</translation>
    </message>
    <message>
        <source>This is not an email message: it has no header.</source>
        <translation>Dies ist keine E-Mail: Ihr fehlen die Kopfzeilen.</translation>
    </message>
    <message>
        <source>The message could not be read (%1).</source>
        <translation>Die Nachricht konnte nicht gelesen werden (%1).</translation>
    </message>
</context>
<context>
    <name>Core::Analysis::MimeDocument</name>
    <message>
        <source>The message structure cannot be read (%1).</source>
        <translation>Der Aufbau der Nachricht kann nicht gelesen werden (%1).</translation>
    </message>
</context>
<context>
    <name>Core::Cli::ClassifyCommand</name>
    <message>
        <source>Reads message files, folders and mbox files and says which are bounces, for whom and why, and whether you really sent the original.</source>
        <translation>Liest Nachrichtendateien, Ordner und mbox-Dateien und sagt, welche davon Rückläufer sind, für wen und warum, und ob Sie das Original wirklich gesendet haben.</translation>
    </message>
    <message>
        <source>Your sent mail: a file, folder or mbox (repeatable).</source>
        <translation>Ihre gesendeten E-Mails: eine Datei, ein Ordner oder eine mbox-Datei (mehrfach möglich).</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PFAD</translation>
    </message>
    <message>
        <source>One of your own addresses (repeatable).</source>
        <translation>Eine Ihrer eigenen Adressen (mehrfach möglich).</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADRESSE</translation>
    </message>
    <message>
        <source>Output format: jsonl (one JSON object per message, the default) or text (a readable summary).</source>
        <translation>Ausgabeformat: jsonl (ein JSON-Objekt pro Nachricht, Standard) oder text (eine lesbare Zusammenfassung).</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Message files, folders or mbox files to read.</source>
        <translation>Zu lesende Nachrichtendateien, Ordner oder mbox-Dateien.</translation>
    </message>
    <message>
        <source>PATH...</source>
        <translation>PFAD...</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: use jsonl or text.</source>
        <translation>Unbekanntes Format „%1“: Verwenden Sie jsonl oder text.</translation>
    </message>
    <message>
        <source>Name at least one message file, folder or mbox file to classify.</source>
        <translation>Geben Sie mindestens eine Nachrichtendatei, einen Ordner oder eine mbox-Datei zum Prüfen an.</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: there is no such file or folder, or it is not readable. Check the path.</source>
        <translation>„%1“ kann nicht gelesen werden: Diese Datei oder dieser Ordner existiert nicht oder ist nicht lesbar. Prüfen Sie den Pfad.</translation>
    </message>
</context>
<context>
    <name>Core::Cli::CleanCommand</name>
    <message>
        <source>Moves the messages of the last scan with the given verdicts to the Trash.</source>
        <translation>Verschiebt die Nachrichten der letzten Prüfung mit den angegebenen Einstufungen in den Papierkorb.</translation>
    </message>
    <message>
        <source>The scanned folder to clean (default INBOX).</source>
        <translation>Der geprüfte Ordner, der bereinigt werden soll (Standard: INBOX).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Move messages with this verdict: backscatter, genuine or unknown (repeatable; default backscatter).</source>
        <translation>Nachrichten mit dieser Einstufung verschieben: backscatter, genuine oder unknown (mehrfach möglich; Standard: backscatter).</translation>
    </message>
    <message>
        <source>VERDICT</source>
        <translation>EINSTUFUNG</translation>
    </message>
    <message>
        <source>Say what would move and move nothing.</source>
        <translation>Anzeigen, was verschoben würde, aber nichts verschieben.</translation>
    </message>
    <message>
        <source>Unknown verdict &quot;%1&quot;: use backscatter, genuine or unknown.</source>
        <translation>Unbekannte Einstufung „%1“: Verwenden Sie backscatter, genuine oder unknown.</translation>
    </message>
    <message>
        <source>The connection to %1 was lost while moving messages (%2). Nothing is lost: run the same command again to finish.</source>
        <translation>Die Verbindung zu %1 ist beim Verschieben der Nachrichten abgebrochen (%2). Es ist nichts verloren: Führen Sie denselben Befehl noch einmal aus, um den Vorgang abzuschließen.</translation>
    </message>
    <message>
        <source>This server cannot remove single messages: the moved ones are marked as deleted in %1 and disappear when your mail program empties deleted items.
</source>
        <translation>Dieser Server kann keine einzelnen Nachrichten entfernen: Die verschobenen Nachrichten sind in %1 als gelöscht markiert und verschwinden, wenn Ihr E-Mail-Programm gelöschte Nachrichten endgültig entfernt.
</translation>
    </message>
</context>
<context>
    <name>Core::Cli::CliApplication</name>
    <message>
        <source>No command given.</source>
        <translation>Kein Befehl angegeben.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unbekannter Befehl „%1“.</translation>
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
        <translation>Aufruf: neversent-cli BEFEHL [OPTIONEN]

Erklärt Rückläufer und unterscheidet gefälschte von echten.

Befehle:
  classify   Nachrichtendateien, Ordner oder mbox-Dateien offline lesen
  scan       ein IMAP-Postfach lesen, ohne es zu verändern
  clean      die gefälschten Rückläufer der letzten Prüfung in den Papierkorb verschieben
  undo       die Nachrichten einer Bereinigung dorthin zurücklegen, wo sie waren
  report     prüfen, dann einen Bericht für die IT-Abteilung schreiben
  watch      verbunden bleiben und neue Mail beim Eintreffen beurteilen

Optionen:
  -h, --help     diese Hilfe anzeigen, oder nach einem Befehl die Hilfe zu diesem Befehl
  -v, --version  die Version anzeigen
</translation>
    </message>
</context>
<context>
    <name>Core::Cli::MailboxProgram</name>
    <message>
        <source>The part of NeverSent that works on mailboxes cannot start (%1: %2). Install NeverSent again.</source>
        <translation>Der Teil von NeverSent, der mit Postfächern arbeitet, startet nicht (%1: %2). Installieren Sie NeverSent neu.</translation>
    </message>
</context>
<context>
    <name>Core::Cli::PasswordSource</name>
    <message>
        <source>Cannot read the password file %1: %2</source>
        <translation>Die Passwortdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The password file %1 is empty.</source>
        <translation>Die Passwortdatei %1 ist leer.</translation>
    </message>
    <message>
        <source>The environment variable %1 holds no password.</source>
        <translation>Die Umgebungsvariable %1 enthält kein Passwort.</translation>
    </message>
    <message>
        <source>Cannot read the access token file %1: %2</source>
        <translation>Die Zugriffstoken-Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The access token file %1 is empty.</source>
        <translation>Die Zugriffstoken-Datei %1 ist leer.</translation>
    </message>
    <message>
        <source>The environment variable %1 holds no access token.</source>
        <translation>Die Umgebungsvariable %1 enthält kein Zugriffstoken.</translation>
    </message>
</context>
<context>
    <name>Core::Cli::ReadableSummary</name>
    <message>
        <source>You never sent the original: safe to delete.</source>
        <translation>Sie haben das Original nie gesendet: kann bedenkenlos gelöscht werden.</translation>
    </message>
    <message>
        <source>You did send this: check the address or try again.</source>
        <translation>Das haben Sie wirklich gesendet: Prüfen Sie die Adresse oder versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>This answers mail you really sent.</source>
        <translation>Dies ist eine Antwort auf eine E-Mail, die Sie wirklich gesendet haben.</translation>
    </message>
    <message>
        <source> for %1</source>
        <translation> (Empfänger: %1)</translation>
    </message>
    <message>
        <source>: %1</source>
        <translation> – %1</translation>
    </message>
    <message numerus="yes">
        <source>NeverSent read %n message(s).

</source>
        <translation>
            <numerusform>Von NeverSent gelesene Nachrichten: %n.

</numerusform>
            <numerusform>Von NeverSent gelesene Nachrichten: %n.

</numerusform>
        </translation>
    </message>
    <message>
        <source>No sent mail was given, so NeverSent cannot tell forged bounces from real ones.
</source>
        <translation>Es wurden keine gesendeten E-Mails angegeben, daher kann NeverSent gefälschte Rückläufer nicht von echten unterscheiden.
</translation>
    </message>
    <message numerus="yes">
        <source>%n bounce(s) about mail you never sent: your address was forged, nothing to fix, safe to delete.
</source>
        <translation>
            <numerusform>Rückläufer zu E-Mails, die Sie nie gesendet haben: %n. Ihre Adresse wurde gefälscht; nichts zu beheben, kann bedenkenlos gelöscht werden.
</numerusform>
            <numerusform>Rückläufer zu E-Mails, die Sie nie gesendet haben: %n. Ihre Adresse wurde gefälscht; nichts zu beheben, kann bedenkenlos gelöscht werden.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n real delivery problem(s) with mail you did send: worth a look.
</source>
        <translation>
            <numerusform>Echte Zustellprobleme bei E-Mails, die Sie gesendet haben: %n. Ein Blick lohnt sich.
</numerusform>
            <numerusform>Echte Zustellprobleme bei E-Mails, die Sie gesendet haben: %n. Ein Blick lohnt sich.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n automatic message(s) that cannot be judged for sure.
</source>
        <translation>
            <numerusform>Automatische Nachrichten, die sich nicht sicher einordnen lassen: %n.
</numerusform>
            <numerusform>Automatische Nachrichten, die sich nicht sicher einordnen lassen: %n.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ordinary message(s) left alone.
</source>
        <translation>
            <numerusform>Normale Nachrichten, unverändert gelassen: %n.
</numerusform>
            <numerusform>Normale Nachrichten, unverändert gelassen: %n.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) could not be read.
</source>
        <translation>
            <numerusform>Nachrichten, die nicht gelesen werden konnten: %n.
</numerusform>
            <numerusform>Nachrichten, die nicht gelesen werden konnten: %n.
</numerusform>
        </translation>
    </message>
    <message>
        <source>FORGED</source>
        <translation>GEFÄLSCHT</translation>
    </message>
    <message>
        <source>YOURS</source>
        <translation>VON IHNEN</translation>
    </message>
    <message>
        <source>UNSURE</source>
        <translation>UNSICHER</translation>
    </message>
</context>
<context>
    <name>Core::Cli::ReportCommand</name>
    <message>
        <source>Reads an IMAP mailbox without changing it, as scan does, and writes a report for the IT department: the forged bounces over time, where the forged mail came from, a few of them, the domain&apos;s SPF and DMARC records and what could be changed.</source>
        <translation>Liest ein IMAP-Postfach, ohne es zu verändern, wie scan, und schreibt einen Bericht für die IT-Abteilung: die gefälschten Rückläufer im Zeitverlauf, woher die gefälschte Mail kam, einige davon, die SPF- und DMARC-Einträge der Domain und was sich ändern ließe.</translation>
    </message>
    <message>
        <source>A folder to check (repeatable; default INBOX).</source>
        <translation>Ein zu prüfender Ordner (mehrfach möglich; Standard: INBOX).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>A folder of your sent mail (repeatable; default: the Sent folders found).</source>
        <translation>Ein Ordner mit Ihren gesendeten E-Mails (mehrfach möglich; Standard: die gefundenen Gesendet-Ordner).</translation>
    </message>
    <message>
        <source>One of your own addresses (repeatable).</source>
        <translation>Eine Ihrer eigenen Adressen (mehrfach möglich).</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADRESSE</translation>
    </message>
    <message>
        <source>The domain the forged mail claims to come from (default: that of --me, else of --user).</source>
        <translation>Die Domain, von der die gefälschte Mail zu kommen vorgibt (Standard: die von --me, sonst die von --user).</translation>
    </message>
    <message>
        <source>DOMAIN</source>
        <translation>DOMAIN</translation>
    </message>
    <message>
        <source>Ask this DNS server (an IP address) for the domain&apos;s records instead of the system&apos;s.</source>
        <translation>Diesen DNS-Server (eine IP-Adresse) statt des systemeigenen nach den Einträgen der Domain fragen.</translation>
    </message>
    <message>
        <source>text (the default) or json.</source>
        <translation>text (der Standard) oder json.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>--format is text or json, not &quot;%1&quot;.</source>
        <translation>--format ist text oder json, nicht „%1“.</translation>
    </message>
    <message>
        <source>--nameserver needs an IP address, not &quot;%1&quot;.</source>
        <translation>--nameserver braucht eine IP-Adresse, nicht „%1“.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
</context>
<context>
    <name>Core::Cli::ScanCommand</name>
    <message>
        <source>Reads an IMAP mailbox without changing it and says which messages are bounces for mail you never sent.</source>
        <translation>Liest ein IMAP-Postfach, ohne es zu verändern, und sagt, welche Nachrichten Rückläufer zu E-Mails sind, die Sie nie gesendet haben.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>A folder to check (repeatable; default INBOX).</source>
        <translation>Ein zu prüfender Ordner (mehrfach möglich; Standard: INBOX).</translation>
    </message>
    <message>
        <source>A folder of your sent mail (repeatable; default: the Sent folders found).</source>
        <translation>Ein Ordner mit Ihren gesendeten E-Mails (mehrfach möglich; Standard: die gefundenen Gesendet-Ordner).</translation>
    </message>
    <message>
        <source>One of your own addresses (repeatable).</source>
        <translation>Eine Ihrer eigenen Adressen (mehrfach möglich).</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADRESSE</translation>
    </message>
</context>
<context>
    <name>Core::Cli::ServerOptions</name>
    <message>
        <source>imaps://host[:port], imap://host[:port] or imap+plain://127.0.0.1:port.</source>
        <translation>imaps://host[:port], imap://host[:port] oder imap+plain://127.0.0.1:port.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>The account&apos;s user name.</source>
        <translation>Der Benutzername des Kontos.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Read the password from this file.</source>
        <translation>Das Passwort aus dieser Datei lesen.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Read the password from this environment variable.</source>
        <translation>Das Passwort aus dieser Umgebungsvariable lesen.</translation>
    </message>
    <message>
        <source>VAR</source>
        <translation>VARIABLE</translation>
    </message>
    <message>
        <source>Extra trusted root certificates (PEM).</source>
        <translation>Zusätzliche vertrauenswürdige Stammzertifikate (PEM).</translation>
    </message>
    <message>
        <source>PEM</source>
        <translation>PEM</translation>
    </message>
    <message>
        <source>Accept the server certificate with this SHA-256 fingerprint (and remember it for this server).</source>
        <translation>Das Serverzertifikat mit diesem SHA-256-Fingerabdruck akzeptieren (und es für diesen Server merken).</translation>
    </message>
    <message>
        <source>SHA256</source>
        <translation>SHA256</translation>
    </message>
    <message>
        <source>The cache and audit store (default: in your cache directory).</source>
        <translation>Der Datenspeicher für Zwischenergebnisse und Protokoll (Standard: in Ihrem Cache-Verzeichnis).</translation>
    </message>
    <message>
        <source>This command takes no file names: &quot;%1&quot;.</source>
        <translation>Dieser Befehl erwartet keine Dateinamen: „%1“.</translation>
    </message>
    <message>
        <source>Give the mail server with --server and the user name with --user.</source>
        <translation>Geben Sie den Mailserver mit --server und den Benutzernamen mit --user an.</translation>
    </message>
    <message>
        <source>No certificate could be read from %1; give a PEM file.</source>
        <translation>Aus %1 konnte kein Zertifikat gelesen werden; geben Sie eine PEM-Datei an.</translation>
    </message>
    <message>
        <source>Sign in with the OAuth2 access token in this file (instead of a password).</source>
        <translation>Mit dem OAuth2-Zugriffstoken aus dieser Datei anmelden (statt mit einem Passwort).</translation>
    </message>
    <message>
        <source>Sign in with the OAuth2 access token in this environment variable (instead of a password).</source>
        <translation>Mit dem OAuth2-Zugriffstoken aus dieser Umgebungsvariablen anmelden (statt mit einem Passwort).</translation>
    </message>
    <message>
        <source>Give the password with --password-file or --password-env, or an access token with --access-token-file or --access-token-env: one of them, never on the command line.</source>
        <translation>Geben Sie das Passwort mit --password-file oder --password-env an, oder ein Zugriffstoken mit --access-token-file oder --access-token-env: genau eine dieser Angaben, nie auf der Befehlszeile.</translation>
    </message>
</context>
<context>
    <name>Core::Cli::UndoCommand</name>
    <message>
        <source>Puts the messages of a clean action back where they were.</source>
        <translation>Legt die Nachrichten einer Bereinigung dorthin zurück, wo sie waren.</translation>
    </message>
    <message>
        <source>The clean action to undo (default: the last one).</source>
        <translation>Die Bereinigung, die rückgängig gemacht werden soll (Standard: die letzte).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>--action takes the number of a clean action, as clean printed it.</source>
        <translation>--action erwartet die Nummer einer Bereinigung, so wie clean sie ausgegeben hat.</translation>
    </message>
    <message>
        <source>There is no clean to undo for this account.</source>
        <translation>Für dieses Konto gibt es keine Bereinigung, die rückgängig gemacht werden kann.</translation>
    </message>
    <message>
        <source>The connection to %1 was lost while putting messages back (%2). Nothing is lost: run the same command again to finish.</source>
        <translation>Die Verbindung zu %1 ist beim Zurücklegen der Nachrichten abgebrochen (%2). Es ist nichts verloren: Führen Sie denselben Befehl noch einmal aus, um den Vorgang abzuschließen.</translation>
    </message>
</context>
<context>
    <name>Core::Cli::UsageError</name>
    <message>
        <source>neversent-cli: %1 Try --help.</source>
        <translation>neversent-cli: %1 Hilfe erhalten Sie mit --help.</translation>
    </message>
</context>
<context>
    <name>Core::Cli::WatchCommand</name>
    <message>
        <source>Stays connected to an IMAP mailbox and reports each new message as soon as it is judged, until interrupted (Ctrl+C, SIGTERM).</source>
        <translation>Bleibt mit einem IMAP-Postfach verbunden und meldet jede neue Nachricht, sobald sie beurteilt ist, bis zum Abbruch (Strg+C, SIGTERM).</translation>
    </message>
    <message>
        <source>A folder to watch (repeatable; default INBOX).</source>
        <translation>Ein zu beobachtender Ordner (mehrfach möglich; Standard INBOX).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>A folder of your sent mail (repeatable; default: the Sent folders found).</source>
        <translation>Ein Ordner mit Ihren gesendeten E-Mails (mehrfach möglich; Standard: die gefundenen Gesendet-Ordner).</translation>
    </message>
    <message>
        <source>One of your own addresses (repeatable).</source>
        <translation>Eine Ihrer eigenen Adressen (mehrfach möglich).</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADRESSE</translation>
    </message>
    <message>
        <source>Move each new forged bounce to the Trash, as a clean that undo can take back.</source>
        <translation>Jeden neuen gefälschten Rückläufer in den Papierkorb verschieben, als Bereinigung, die undo zurücknehmen kann.</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SEKUNDEN</translation>
    </message>
    <message>
        <source>--interval is a number of seconds from 1 to 3600, not &quot;%1&quot;.</source>
        <translation>--interval ist eine Zahl von Sekunden von 1 bis 3600, nicht „%1“.</translation>
    </message>
    <message>
        <source>Watching %1 on %2. Ctrl+C ends it.
</source>
        <translation>%1 auf %2 wird beobachtet. Strg+C beendet es.
</translation>
    </message>
    <message>
        <source>How often to ask the server whether anything changed, in seconds (default 60); new mail in the first folder comes at once where the server has IMAP IDLE.</source>
        <translation>Wie oft der Server gefragt wird, ob sich etwas geändert hat, in Sekunden (Standard 60); neue Mail im ersten Ordner kommt sofort, wo der Server IMAP IDLE kennt.</translation>
    </message>
</context>
<context>
    <name>Core::Demo::DemoMailbox</name>
    <message>
        <source>The demo mailbox cannot be set up in %1: a folder named Maildir is there already.</source>
        <translation>Das Beispielpostfach kann nicht in %1 eingerichtet werden: Dort gibt es bereits einen Ordner namens Maildir.</translation>
    </message>
    <message>
        <source>This copy of NeverSent was built without its demo mailbox.</source>
        <translation>Diese Version von NeverSent wurde ohne Beispielpostfach erstellt.</translation>
    </message>
    <message>
        <source>The demo mailbox cannot be set up in %1: the folder cannot be created.</source>
        <translation>Das Beispielpostfach kann nicht in %1 eingerichtet werden: Der Ordner kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The demo mailbox cannot be set up in %1: %2 cannot be written.</source>
        <translation>Das Beispielpostfach kann nicht in %1 eingerichtet werden: %2 kann nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>Core::Demo::DemoWorker</name>
    <message>
        <source>Cancelled: the rest of the demo mailbox was not checked.</source>
        <translation>Abgebrochen: Der Rest des Beispielpostfachs wurde nicht geprüft.</translation>
    </message>
    <message>
        <source>There is no folder &quot;%1&quot; in the demo mailbox.</source>
        <translation>Im Beispielpostfach gibt es keinen Ordner „%1“.</translation>
    </message>
    <message>
        <source>The demo mailbox has no Trash folder, so nothing was moved.</source>
        <translation>Das Beispielpostfach hat keinen Papierkorb, daher wurde nichts verschoben.</translation>
    </message>
    <message>
        <source>Reading your sent mail in %1</source>
        <translation>Ihre gesendeten E-Mails in %1 werden gelesen</translation>
    </message>
    <message>
        <source>Checking %1</source>
        <translation>%1 wird geprüft</translation>
    </message>
    <message>
        <source>None of the chosen messages is in the last scan of &quot;%1&quot;. Scan again.</source>
        <translation>Keine der ausgewählten Nachrichten ist in der letzten Prüfung von „%1“ enthalten. Prüfen Sie den Ordner erneut.</translation>
    </message>
    <message>
        <source>There is nothing to undo.</source>
        <translation>Es gibt nichts rückgängig zu machen.</translation>
    </message>
</context>
<context>
    <name>Core::Domain::DomainPolicy</name>
    <message>
        <source>the DMARC record has no policy (p=)</source>
        <translation>der DMARC-Eintrag nennt keine Richtlinie (p=)</translation>
    </message>
    <message>
        <source>the DMARC record&apos;s policy &quot;p=%1&quot; is not one of none, quarantine, reject</source>
        <translation>die Richtlinie „p=%1“ des DMARC-Eintrags ist weder none noch quarantine noch reject</translation>
    </message>
    <message>
        <source>%1 publishes %2 SPF records, and receiving servers use none of them</source>
        <translation>%1 veröffentlicht %2 SPF-Einträge, und empfangende Server verwenden keinen davon</translation>
    </message>
    <message>
        <source>%1 publishes %2 DMARC records, and receiving servers use none of them</source>
        <translation>%1 veröffentlicht %2 DMARC-Einträge, und empfangende Server verwenden keinen davon</translation>
    </message>
    <message>
        <source>The DNS records of %1 could not be looked up: the name server did not answer in time.</source>
        <translation>Die DNS-Einträge von %1 konnten nicht abgefragt werden: Der Nameserver hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>%1 publishes no DMARC policy, so receiving servers accept mail forged in its name and send their bounces back to you.</source>
        <translation>%1 veröffentlicht keine DMARC-Richtlinie; empfangende Server nehmen deshalb in ihrem Namen gefälschte Mail an und schicken ihre Rückläufer an Sie zurück.</translation>
    </message>
    <message>
        <source>Publishing a DMARC record (at _dmarc.%1) with p=reject tells them to refuse such mail at the door; most of the bounces then stop.</source>
        <translation>Ein DMARC-Eintrag (unter _dmarc.%1) mit p=reject weist sie an, solche Mail gleich abzuweisen; dann hören die meisten Rückläufer auf.</translation>
    </message>
    <message>
        <source>The DMARC record of %1 cannot be used (%2): receiving servers ignore it, as if there were none, and accept mail forged in its name.</source>
        <translation>Der DMARC-Eintrag von %1 ist unbrauchbar (%2): Empfangende Server übergehen ihn, als gäbe es keinen, und nehmen in ihrem Namen gefälschte Mail an.</translation>
    </message>
    <message>
        <source>Correcting it, with p=reject, tells them to refuse such mail at the door.</source>
        <translation>Korrigiert, mit p=reject, weist er sie an, solche Mail gleich abzuweisen.</translation>
    </message>
    <message>
        <source>The DMARC policy of %1 is p=none: receiving servers only watch, accept mail forged in its name and send their bounces back to you.</source>
        <translation>Die DMARC-Richtlinie von %1 ist p=none: Empfangende Server beobachten nur, nehmen in ihrem Namen gefälschte Mail an und schicken ihre Rückläufer an Sie zurück.</translation>
    </message>
    <message>
        <source>Once its own mail passes the checks, changing the policy to p=quarantine and then p=reject makes most of them refuse forged mail, and most of the bounces stop.</source>
        <translation>Sobald die eigene Mail die Prüfungen besteht, bringt eine Umstellung auf p=quarantine und dann p=reject die meisten dazu, gefälschte Mail abzuweisen, und die meisten Rückläufer hören auf.</translation>
    </message>
    <message>
        <source>The DMARC policy of %1 is p=quarantine: most receiving servers put forged mail in the junk folder, but some still accept it and bounce it back to you.</source>
        <translation>Die DMARC-Richtlinie von %1 ist p=quarantine: Die meisten empfangenden Server legen gefälschte Mail in den Spam-Ordner, manche nehmen sie aber noch an und schicken sie an Sie zurück.</translation>
    </message>
    <message>
        <source>Changing it to p=reject makes them refuse forged mail at the door.</source>
        <translation>Mit p=reject weisen sie gefälschte Mail gleich ab.</translation>
    </message>
    <message>
        <source>The DMARC policy of %1 is p=reject: most receiving servers refuse mail forged in its name, so few bounces should come back. The ones that still come are from servers that ignore DMARC.</source>
        <translation>Die DMARC-Richtlinie von %1 ist p=reject: Die meisten empfangenden Server weisen in ihrem Namen gefälschte Mail ab, daher sollten nur wenige Rückläufer zurückkommen. Die übrigen stammen von Servern, die DMARC nicht beachten.</translation>
    </message>
    <message>
        <source>The policy applies to only %1% of the failing mail (pct=%1); the rest is delivered.</source>
        <translation>Die Richtlinie gilt nur für %1 % der durchgefallenen Mail (pct=%1); der Rest wird zugestellt.</translation>
    </message>
    <message>
        <source>%1 publishes no SPF record, so receiving servers cannot tell which servers may send its mail.</source>
        <translation>%1 veröffentlicht keinen SPF-Eintrag; empfangende Server können daher nicht erkennen, welche Server ihre Mail versenden dürfen.</translation>
    </message>
    <message>
        <source>The SPF record of %1 cannot be used (%2).</source>
        <translation>Der SPF-Eintrag von %1 ist unbrauchbar (%2).</translation>
    </message>
    <message>
        <source>The SPF record of %1 ends in +all: it lets any server in the world send mail in its name. It should end in -all or ~all.</source>
        <translation>Der SPF-Eintrag von %1 endet auf +all: Er erlaubt jedem Server der Welt, in ihrem Namen Mail zu senden. Er sollte auf -all oder ~all enden.</translation>
    </message>
    <message>
        <source>The SPF record of %1 says nothing about servers it does not list (?all, or no &quot;all&quot;). Ending it in -all lets receiving servers reject forged mail.</source>
        <translation>Der SPF-Eintrag von %1 sagt nichts über Server, die er nicht aufführt (?all oder kein „all“). Endet er auf -all, können empfangende Server gefälschte Mail abweisen.</translation>
    </message>
    <message>
        <source>%1 has no DMARC record of its own, so receiving servers apply that of %2.</source>
        <translation>%1 hat keinen eigenen DMARC-Eintrag, daher wenden empfangende Server den von %2 an.</translation>
    </message>
</context>
<context>
    <name>Core::Domain::ItReport</name>
    <message>
        <source>NeverSent report for IT: %1, %2</source>
        <translation>NeverSent-Bericht für die IT: %1, %2</translation>
    </message>
    <message>
        <source>Bounces received from %1 to %2.</source>
        <translation>Rückläufer empfangen von %1 bis %2.</translation>
    </message>
    <message>
        <source>Forged bounces (backscatter): %1. About mail really sent: %2. Undecided: %3.</source>
        <translation>Gefälschte Rückläufer (Backscatter): %1. Zu wirklich gesendeter Mail: %2. Unentschieden: %3.</translation>
    </message>
    <message>
        <source>Per day (forged / about mail really sent):</source>
        <translation>Pro Tag (gefälscht / zu wirklich gesendeter Mail):</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>ohne Datum</translation>
    </message>
    <message>
        <source>Where the forged mail entered the mail system:</source>
        <translation>Wo die gefälschte Mail ins Mailsystem gelangte:</translation>
    </message>
    <message>
        <source>  The bounces do not say.</source>
        <translation>  Die Meldungen sagen es nicht.</translation>
    </message>
    <message>
        <source>The newest forged bounces:</source>
        <translation>Die neuesten gefälschten Rückläufer:</translation>
    </message>
    <message>
        <source>    reported by %1; failed recipients: %2</source>
        <translation>    gemeldet von %1; gescheiterte Empfänger: %2</translation>
    </message>
    <message>
        <source>    the forged original: Message-ID &lt;%1&gt;, From %2, sent from %3 %4</source>
        <translation>    das gefälschte Original: Message-ID &lt;%1&gt;, From %2, gesendet von %3 %4</translation>
    </message>
    <message>
        <source>    the receiving server&apos;s checks: %1</source>
        <translation>    die Prüfungen des empfangenden Servers: %1</translation>
    </message>
    <message>
        <source>No domain was given, so its SPF and DMARC records were not looked up.</source>
        <translation>Es wurde keine Domain angegeben, daher wurden keine SPF- und DMARC-Einträge abgefragt.</translation>
    </message>
    <message>
        <source>The domain %1:</source>
        <translation>Die Domain %1:</translation>
    </message>
    <message>
        <source>  SPF:   %1</source>
        <translation>  SPF:   %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <source>  DMARC: %1</source>
        <translation>  DMARC: %1</translation>
    </message>
    <message>
        <source>What this means, and what IT could change:</source>
        <translation>Was das bedeutet und was die IT ändern könnte:</translation>
    </message>
    <message>
        <source>NeverSent report for IT</source>
        <translation>NeverSent-Bericht für die IT</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Forged bounces (backscatter)</source>
        <translation>Gefälschte Rückläufer (Backscatter)</translation>
    </message>
    <message>
        <source>About mail really sent</source>
        <translation>Zu wirklich gesendeter Mail</translation>
    </message>
    <message>
        <source>Undecided</source>
        <translation>Unentschieden</translation>
    </message>
    <message>
        <source>Per day</source>
        <translation>Pro Tag</translation>
    </message>
    <message>
        <source>Day (UTC)</source>
        <translation>Tag (UTC)</translation>
    </message>
    <message>
        <source>Forged</source>
        <translation>Gefälscht</translation>
    </message>
    <message>
        <source>Where the forged mail entered the mail system</source>
        <translation>Wo die gefälschte Mail ins Mailsystem gelangte</translation>
    </message>
    <message>
        <source>The bounces do not say.</source>
        <translation>Die Meldungen sagen es nicht.</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netz</translation>
    </message>
    <message>
        <source>Host names</source>
        <translation>Rechnernamen</translation>
    </message>
    <message>
        <source>The newest forged bounces</source>
        <translation>Die neuesten gefälschten Rückläufer</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Gemeldet von</translation>
    </message>
    <message>
        <source>Failed recipients</source>
        <translation>Gescheiterte Empfänger</translation>
    </message>
    <message>
        <source>Forged original&apos;s Message-ID</source>
        <translation>Message-ID des gefälschten Originals</translation>
    </message>
    <message>
        <source>Forged original&apos;s From</source>
        <translation>From des gefälschten Originals</translation>
    </message>
    <message>
        <source>Sent from</source>
        <translation>Gesendet von</translation>
    </message>
    <message>
        <source>The receiving server&apos;s checks</source>
        <translation>Die Prüfungen des empfangenden Servers</translation>
    </message>
    <message>
        <source>The domain %1</source>
        <translation>Die Domain %1</translation>
    </message>
    <message>
        <source>What this means, and what IT could change</source>
        <translation>Was das bedeutet und was die IT ändern könnte</translation>
    </message>
</context>
<context>
    <name>Core::Explain::Explanation</name>
    <message>
        <source>%1 at %2</source>
        <comment>a date, then a time of day</comment>
        <translation>%1 um %2</translation>
    </message>
    <message>
        <source>the recipient</source>
        <translation>den Empfänger</translation>
    </message>
    <message>
        <source>a notice that a message could not be delivered</source>
        <translation>eine Benachrichtigung, dass eine Nachricht nicht zugestellt werden konnte</translation>
    </message>
    <message>
        <source>a notice that a message is delayed</source>
        <translation>eine Benachrichtigung, dass sich eine Nachricht verzögert</translation>
    </message>
    <message>
        <source>a report about the delivery of a message</source>
        <translation>ein Bericht über die Zustellung einer Nachricht</translation>
    </message>
    <message>
        <source>an automatic reply, for example an out-of-office note</source>
        <translation>eine automatische Antwort, zum Beispiel eine Abwesenheitsnotiz</translation>
    </message>
    <message>
        <source>a request to confirm that you are a real sender</source>
        <translation>eine Bitte um Bestätigung, dass Sie ein echter Absender sind</translation>
    </message>
    <message>
        <source>a warning that a message carried a virus</source>
        <translation>eine Warnung, dass eine Nachricht einen Virus enthielt</translation>
    </message>
    <message>
        <source>a complaint that a message was spam</source>
        <translation>eine Beschwerde, dass eine Nachricht Spam war</translation>
    </message>
    <message>
        <source>an automatic message</source>
        <translation>eine automatische Nachricht</translation>
    </message>
    <message>
        <source>It was sent to: %1.</source>
        <translation>Sie ging an: %1.</translation>
    </message>
    <message>
        <source>Its subject: &quot;%1&quot;.</source>
        <translation>Ihr Betreff: „%1“.</translation>
    </message>
    <message>
        <source>It was sent on %1.</source>
        <translation>Sie wurde am %1 gesendet.</translation>
    </message>
    <message>
        <source>This notice arrived on %1.</source>
        <translation>Diese Benachrichtigung ist am %1 eingegangen.</translation>
    </message>
    <message>
        <source>The receiving mail server wrote: %1</source>
        <translation>Der empfangende Mailserver schrieb: %1</translation>
    </message>
    <message>
        <source>Someone else&apos;s computer sent a message with your address in the From line, the line that says who a message is from.</source>
        <translation>Der Computer einer anderen Person hat eine Nachricht mit Ihrer Adresse in der Absenderzeile verschickt, also in der Zeile „Von“, die angibt, von wem eine Nachricht stammt.</translation>
    </message>
    <message>
        <source>You did not send this: a bounce for mail sent in your name</source>
        <translation>Nicht von Ihnen gesendet: ein Rückläufer zu einer E-Mail, die in Ihrem Namen verschickt wurde</translation>
    </message>
    <message>
        <source>%1 It went to an address that does not exist. The receiving mail server could not deliver it, so it sent this notice back to the address in the From line: yours.</source>
        <translation>%1 Sie ging an eine Adresse, die es nicht gibt. Der empfangende Mailserver konnte sie nicht zustellen und hat deshalb diese Benachrichtigung an die Adresse in der Absenderzeile zurückgeschickt: an Ihre.</translation>
    </message>
    <message>
        <source>%1 The mail server it went to refused it, and sent this notice back to the address in the From line: yours.</source>
        <translation>%1 Der Mailserver, an den sie ging, hat sie abgelehnt und diese Benachrichtigung an die Adresse in der Absenderzeile zurückgeschickt: an Ihre.</translation>
    </message>
    <message>
        <source>You did not send this: a delay notice for mail sent in your name</source>
        <translation>Nicht von Ihnen gesendet: eine Verzögerungsmeldung zu einer E-Mail, die in Ihrem Namen verschickt wurde</translation>
    </message>
    <message>
        <source>%1 The receiving mail server has not been able to deliver it yet and is still trying. It sent this notice to the address in the From line, yours, to say so. Another notice about the same message may follow.</source>
        <translation>%1 Der empfangende Mailserver konnte sie noch nicht zustellen und versucht es weiter. Das hat er der Adresse in der Absenderzeile mitgeteilt, also Ihrer. Zu derselben Nachricht kann noch eine weitere Benachrichtigung folgen.</translation>
    </message>
    <message>
        <source>You did not send this: a delivery report for mail sent in your name</source>
        <translation>Nicht von Ihnen gesendet: ein Zustellbericht zu einer E-Mail, die in Ihrem Namen verschickt wurde</translation>
    </message>
    <message>
        <source>%1 The receiving mail server sent a report about its delivery to the address in the From line: yours.</source>
        <translation>%1 Der empfangende Mailserver hat einen Bericht über ihre Zustellung an die Adresse in der Absenderzeile geschickt: an Ihre.</translation>
    </message>
    <message>
        <source>You did not send this: an automatic reply to mail sent in your name</source>
        <translation>Nicht von Ihnen gesendet: eine automatische Antwort auf eine E-Mail, die in Ihrem Namen verschickt wurde</translation>
    </message>
    <message>
        <source>%1 The person it went to has an automatic answer switched on, for example while out of office, and their mailbox answered the address in the From line: yours. It answers a message you did not send.</source>
        <translation>%1 Die Person, an die sie ging, hat eine automatische Antwort eingeschaltet, zum Beispiel während ihrer Abwesenheit, und ihr Postfach hat der Adresse in der Absenderzeile geantwortet: Ihrer. Die Antwort bezieht sich auf eine Nachricht, die Sie nicht gesendet haben.</translation>
    </message>
    <message>
        <source>You did not send this: a &quot;please confirm you are human&quot; request for mail sent in your name</source>
        <translation>Nicht von Ihnen gesendet: eine Anfrage „Bitte bestätigen Sie, dass Sie ein Mensch sind“ zu einer E-Mail, die in Ihrem Namen verschickt wurde</translation>
    </message>
    <message>
        <source>%1 The receiver uses a service that holds mail from unknown senders until they confirm that they are a real person. The request came to you because your address was in the From line.</source>
        <translation>%1 Der Empfänger nutzt einen Dienst, der E-Mails von unbekannten Absendern zurückhält, bis diese bestätigen, dass sie ein echter Mensch sind. Die Anfrage kam zu Ihnen, weil Ihre Adresse in der Absenderzeile stand.</translation>
    </message>
    <message>
        <source>You did not send this: a virus warning about mail sent in your name</source>
        <translation>Nicht von Ihnen gesendet: eine Viruswarnung zu einer E-Mail, die in Ihrem Namen verschickt wurde</translation>
    </message>
    <message>
        <source>%1 A virus scanner at the receiving end found a virus in it and warned the address in the From line: yours. This does not mean that your computer is infected: the message did not come from it.</source>
        <translation>%1 Ein Virenscanner beim Empfänger hat darin einen Virus gefunden und die Adresse in der Absenderzeile gewarnt: Ihre. Das bedeutet nicht, dass Ihr Computer infiziert ist: Die Nachricht kam nicht von ihm.</translation>
    </message>
    <message>
        <source>You did not send this: a spam complaint about mail sent in your name</source>
        <translation>Nicht von Ihnen gesendet: eine Spam-Beschwerde zu einer E-Mail, die in Ihrem Namen verschickt wurde</translation>
    </message>
    <message>
        <source>%1 Someone who received it reported it as spam, and their mail provider passed the complaint on to the address in the From line: yours.</source>
        <translation>%1 Jemand, der sie erhalten hat, hat sie als Spam gemeldet, und der E-Mail-Anbieter dieser Person hat die Beschwerde an die Adresse in der Absenderzeile weitergeleitet: an Ihre.</translation>
    </message>
    <message>
        <source>This is not your fault. Your computer and your email account are not where that message came from, and there is nothing to fix on your side. Senders of spam put real people&apos;s addresses in the From line all the time, and nobody can stop them from choosing yours.</source>
        <translation>Das ist nicht Ihre Schuld. Die Nachricht stammt weder von Ihrem Computer noch aus Ihrem E-Mail-Konto, und auf Ihrer Seite ist nichts zu beheben. Spam-Versender setzen ständig die Adressen echter Menschen in die Absenderzeile, und niemand kann sie daran hindern, Ihre zu wählen.</translation>
    </message>
    <message>
        <source>The message it is about is not in your Sent folder: you did not send it.</source>
        <translation>Die Nachricht, um die es geht, ist nicht in Ihrem Ordner „Gesendet“: Sie haben sie nicht gesendet.</translation>
    </message>
    <message>
        <source>It was &quot;sent&quot; to: %1.</source>
        <translation>Sie wurde „gesendet“ an: %1.</translation>
    </message>
    <message>
        <source>The subject it claimed: &quot;%1&quot;.</source>
        <translation>Angeblicher Betreff: „%1“.</translation>
    </message>
    <message>
        <source>Where it really came from: a computer at %1 (%2), not yours.</source>
        <translation>Woher sie wirklich kam: von einem Computer bei %1 (%2), nicht von Ihrem.</translation>
    </message>
    <message>
        <source>Where it really came from: a computer at %1, not yours.</source>
        <translation>Woher sie wirklich kam: von einem Computer bei %1, nicht von Ihrem.</translation>
    </message>
    <message>
        <source>When it was sent: %1.</source>
        <translation>Wann sie gesendet wurde: %1.</translation>
    </message>
    <message>
        <source>When this notice arrived: %1.</source>
        <translation>Wann diese Benachrichtigung eingegangen ist: %1.</translation>
    </message>
    <message>
        <source>Do not click any link in it and do not answer it: that would let the forged message through and tell its sender that your address is read.</source>
        <translation>Klicken Sie auf keinen Link darin und antworten Sie nicht darauf: Damit würden Sie die gefälschte Nachricht doch noch durchlassen und dem Absender verraten, dass Ihre Adresse gelesen wird.</translation>
    </message>
    <message>
        <source>Do not open any attachment it carries.</source>
        <translation>Öffnen Sie keine Anhänge darin.</translation>
    </message>
    <message>
        <source>It is safe to move it to the Trash. Nothing else needs to be done.</source>
        <translation>Sie können sie bedenkenlos in den Papierkorb verschieben. Sonst ist nichts zu tun.</translation>
    </message>
    <message>
        <source>If more notices about the same message arrive, they can go to the Trash as well.</source>
        <translation>Wenn weitere Benachrichtigungen zu derselben Nachricht eintreffen, können auch diese in den Papierkorb.</translation>
    </message>
    <message>
        <source>The address does not exist at the receiving end: it may be mistyped, or the person may have left.</source>
        <translation>Die Adresse existiert beim Empfänger nicht: Vielleicht ist sie falsch geschrieben, oder die Person ist nicht mehr dort.</translation>
    </message>
    <message>
        <source>Check the spelling of %1 and send the message again.</source>
        <translation>Prüfen Sie %1 auf Tippfehler und senden Sie die Nachricht erneut.</translation>
    </message>
    <message>
        <source>If the address looks right, ask the person for their current address.</source>
        <translation>Wenn die Adresse richtig aussieht, fragen Sie die Person nach ihrer aktuellen Adresse.</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox is full, so it cannot take new mail at the moment.</source>
        <translation>Das Postfach des Empfängers ist voll und kann im Moment keine neuen E-Mails annehmen.</translation>
    </message>
    <message>
        <source>Try again in a day or two.</source>
        <translation>Versuchen Sie es in ein, zwei Tagen noch einmal.</translation>
    </message>
    <message>
        <source>If it is urgent, reach %1 another way, for example by phone.</source>
        <translation>Wenn es dringend ist, erreichen Sie %1 auf anderem Weg, zum Beispiel telefonisch.</translation>
    </message>
    <message>
        <source>The part of the address after the @ (%1) does not exist.</source>
        <translation>Der Teil der Adresse nach dem @ (%1) existiert nicht.</translation>
    </message>
    <message>
        <source>Check the part after the @ in %1 and send the message again.</source>
        <translation>Prüfen Sie %1 auf Tippfehler im Teil nach dem @ und senden Sie die Nachricht erneut.</translation>
    </message>
    <message>
        <source>The receiving mail server rejected your message, taking it for spam or because of one of its rules.</source>
        <translation>Der empfangende Mailserver hat Ihre Nachricht abgelehnt, weil er sie für Spam hielt oder wegen einer seiner Regeln.</translation>
    </message>
    <message>
        <source>Ask your IT support for help and show them this message. Sending it again unchanged will most likely fail again.</source>
        <translation>Bitten Sie Ihren IT-Support um Hilfe und zeigen Sie ihm diese Nachricht. Wenn Sie sie unverändert noch einmal senden, schlägt das höchstwahrscheinlich wieder fehl.</translation>
    </message>
    <message>
        <source>Your message was too big for the receiving mail server.</source>
        <translation>Ihre Nachricht war für den empfangenden Mailserver zu groß.</translation>
    </message>
    <message>
        <source>Send smaller attachments, or put the files somewhere to share and send a link instead.</source>
        <translation>Senden Sie kleinere Anhänge, oder legen Sie die Dateien an einem freigegebenen Ort ab und senden Sie stattdessen einen Link.</translation>
    </message>
    <message>
        <source>So far the receiving mail server could not be reached.</source>
        <translation>Der empfangende Mailserver war bisher nicht erreichbar.</translation>
    </message>
    <message>
        <source>The receiving mail server could not be reached, and the mail system gave up after trying for days.</source>
        <translation>Der empfangende Mailserver war nicht erreichbar, und das Mailsystem hat nach tagelangen Versuchen aufgegeben.</translation>
    </message>
    <message>
        <source>Try again later, or reach %1 another way.</source>
        <translation>Versuchen Sie es später erneut, oder erreichen Sie %1 auf anderem Weg.</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox is switched off or closed.</source>
        <translation>Das Postfach des Empfängers ist abgeschaltet oder geschlossen.</translation>
    </message>
    <message>
        <source>Reach %1 another way and ask for their current address.</source>
        <translation>Erreichen Sie %1 auf anderem Weg und fragen Sie nach der aktuellen Adresse.</translation>
    </message>
    <message>
        <source>The receiving mail server found a virus in your message.</source>
        <translation>Der empfangende Mailserver hat in Ihrer Nachricht einen Virus gefunden.</translation>
    </message>
    <message>
        <source>Do not send it again.</source>
        <translation>Senden Sie sie nicht noch einmal.</translation>
    </message>
    <message>
        <source>Ask your IT support to check your computer.</source>
        <translation>Bitten Sie Ihren IT-Support, Ihren Computer zu überprüfen.</translation>
    </message>
    <message>
        <source>A mail server on the way refused to pass your message on. This is a setting of a mail server, not something you did.</source>
        <translation>Ein Mailserver auf dem Weg hat sich geweigert, Ihre Nachricht weiterzuleiten. Das liegt an einer Einstellung dieses Mailservers, nicht an etwas, das Sie getan haben.</translation>
    </message>
    <message>
        <source>Ask your IT support for help and show them this message.</source>
        <translation>Bitten Sie Ihren IT-Support um Hilfe und zeigen Sie ihm diese Nachricht.</translation>
    </message>
    <message>
        <source>A security check between the mail servers failed.</source>
        <translation>Eine Sicherheitsprüfung zwischen den Mailservern ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The receiving mail server did not accept the content of your message.</source>
        <translation>Der empfangende Mailserver hat den Inhalt Ihrer Nachricht nicht angenommen.</translation>
    </message>
    <message>
        <source>Try sending it again without unusual attachments, or ask your IT support for help.</source>
        <translation>Versuchen Sie, sie ohne ungewöhnliche Anhänge erneut zu senden, oder bitten Sie Ihren IT-Support um Hilfe.</translation>
    </message>
    <message>
        <source>Try sending it again later. If it fails again, ask your IT support and show them this message.</source>
        <translation>Versuchen Sie später, sie erneut zu senden. Wenn es wieder fehlschlägt, wenden Sie sich an Ihren IT-Support und zeigen Sie ihm diese Nachricht.</translation>
    </message>
    <message>
        <source>Nothing to do yet: the mail system keeps trying. If it gives up, you will get another message saying so.</source>
        <translation>Noch ist nichts zu tun: Das Mailsystem versucht es weiter. Wenn es aufgibt, erhalten Sie eine weitere Nachricht darüber.</translation>
    </message>
    <message>
        <source>Your message to %1 was not delivered</source>
        <translation>Ihre Nachricht an %1 wurde nicht zugestellt</translation>
    </message>
    <message>
        <source>This is about a message you really sent. It could not be delivered.</source>
        <translation>Es geht um eine Nachricht, die Sie wirklich gesendet haben. Sie konnte nicht zugestellt werden.</translation>
    </message>
    <message>
        <source>Your message to %1 is delayed</source>
        <translation>Ihre Nachricht an %1 verzögert sich</translation>
    </message>
    <message>
        <source>This is about a message you really sent. It has not been delivered yet, but the mail system is still trying.</source>
        <translation>Es geht um eine Nachricht, die Sie wirklich gesendet haben. Sie wurde noch nicht zugestellt, aber das Mailsystem versucht es weiter.</translation>
    </message>
    <message>
        <source>A delivery report for your message to %1</source>
        <translation>Ein Zustellbericht zu Ihrer Nachricht an %1</translation>
    </message>
    <message>
        <source>This is a report about the delivery of a message you really sent.</source>
        <translation>Dies ist ein Bericht über die Zustellung einer Nachricht, die Sie wirklich gesendet haben.</translation>
    </message>
    <message>
        <source>Nothing to do: keep or delete it as you like.</source>
        <translation>Nichts zu tun: Behalten oder löschen Sie diese Nachricht, wie Sie möchten.</translation>
    </message>
    <message>
        <source>An automatic reply from %1 to your message</source>
        <translation>Eine automatische Antwort auf Ihre Nachricht an %1</translation>
    </message>
    <message>
        <source>This is an automatic answer, for example an out-of-office note, to a message you really sent. Your message was delivered.</source>
        <translation>Dies ist eine automatische Antwort, zum Beispiel eine Abwesenheitsnotiz, auf eine Nachricht, die Sie wirklich gesendet haben. Ihre Nachricht wurde zugestellt.</translation>
    </message>
    <message>
        <source>Nothing to fix. Read it: it may say when the person is back or whom to contact instead.</source>
        <translation>Hier ist nichts zu beheben. Lesen Sie die Antwort: Vielleicht steht darin, wann die Person zurück ist oder an wen Sie sich stattdessen wenden können.</translation>
    </message>
    <message>
        <source>%1 asks you to confirm that you are a real sender</source>
        <translation>Ihre Nachricht an %1: Bitte um Bestätigung, dass Sie ein echter Absender sind</translation>
    </message>
    <message>
        <source>The receiver of a message you really sent uses a service that holds mail from unknown senders until they confirm that they are a real person. Your message waits there until you do.</source>
        <translation>Der Empfänger einer Nachricht, die Sie wirklich gesendet haben, nutzt einen Dienst, der E-Mails von unbekannten Absendern zurückhält, bis diese bestätigen, dass sie ein echter Mensch sind. Ihre Nachricht wartet dort, bis Sie das tun.</translation>
    </message>
    <message>
        <source>If you recognise the service, follow its instructions to confirm, and your message will be delivered. If in doubt, ask your IT support before you click anything.</source>
        <translation>Wenn Sie den Dienst kennen, folgen Sie seinen Anweisungen zur Bestätigung, dann wird Ihre Nachricht zugestellt. Fragen Sie im Zweifel Ihren IT-Support, bevor Sie auf etwas klicken.</translation>
    </message>
    <message>
        <source>A virus was found in your message to %1</source>
        <translation>In Ihrer Nachricht an %1 wurde ein Virus gefunden</translation>
    </message>
    <message>
        <source>A virus scanner found a virus in a message you really sent. Your computer may be infected.</source>
        <translation>Ein Virenscanner hat in einer Nachricht, die Sie wirklich gesendet haben, einen Virus gefunden. Ihr Computer ist möglicherweise infiziert.</translation>
    </message>
    <message>
        <source>Do not send the message again.</source>
        <translation>Senden Sie die Nachricht nicht noch einmal.</translation>
    </message>
    <message>
        <source>Ask your IT support to check your computer before you send more mail.</source>
        <translation>Bitten Sie Ihren IT-Support, Ihren Computer zu überprüfen, bevor Sie weitere E-Mails senden.</translation>
    </message>
    <message>
        <source>Your message to %1 was reported as spam</source>
        <translation>Ihre Nachricht an %1 wurde als Spam gemeldet</translation>
    </message>
    <message>
        <source>Someone who received a message you really sent reported it as spam to their mail provider.</source>
        <translation>Jemand hat eine Nachricht, die Sie wirklich gesendet haben, bei seinem E-Mail-Anbieter als Spam gemeldet.</translation>
    </message>
    <message>
        <source>If you send the same message to many people, make sure they asked for it. Tell your IT support if this surprises you.</source>
        <translation>Wenn Sie dieselbe Nachricht an viele Personen senden, stellen Sie sicher, dass diese sie angefordert haben. Sagen Sie Ihrem IT-Support Bescheid, wenn Sie das überrascht.</translation>
    </message>
    <message>
        <source>Not sure whether you sent this</source>
        <translation>Unklar, ob Sie das gesendet haben</translation>
    </message>
    <message>
        <source>This is %1. NeverSent cannot tell whether it is about a message you sent or about one someone else sent in your name.</source>
        <translation>Dies ist %1. NeverSent kann nicht sagen, ob es um eine Nachricht geht, die Sie gesendet haben, oder um eine, die jemand anderes in Ihrem Namen gesendet hat.</translation>
    </message>
    <message>
        <source>What it says went wrong: %1.</source>
        <translation>Was laut der Meldung schiefging: %1.</translation>
    </message>
    <message>
        <source>If you did send that message, this tells of a real problem with it. If you did not, someone else put your address in the From line, and this message is safe to move to the Trash.</source>
        <translation>Wenn Sie diese Nachricht gesendet haben, weist dies auf ein echtes Problem damit hin. Wenn nicht, hat jemand anderes Ihre Adresse in die Absenderzeile gesetzt, und Sie können diese Nachricht bedenkenlos in den Papierkorb verschieben.</translation>
    </message>
    <message>
        <source>Look in your Sent folder for a message to %1 around %2.</source>
        <translation>Suchen Sie in Ihrem Ordner „Gesendet“ nach einer Nachricht an %1 (etwa vom %2).</translation>
    </message>
    <message>
        <source>Look in your Sent folder for a message to %1.</source>
        <translation>Suchen Sie in Ihrem Ordner „Gesendet“ nach einer Nachricht an %1.</translation>
    </message>
    <message>
        <source>Look in your Sent folder for a message with the subject &quot;%1&quot;.</source>
        <translation>Suchen Sie in Ihrem Ordner „Gesendet“ nach einer Nachricht mit dem Betreff „%1“.</translation>
    </message>
    <message>
        <source>Open this message and check whether the message it quotes is one you wrote.</source>
        <translation>Öffnen Sie diese Nachricht und prüfen Sie, ob die darin zitierte Nachricht von Ihnen stammt.</translation>
    </message>
    <message>
        <source>If you find it, the problem is real: check the address, try again later, or ask your IT support.</source>
        <translation>Wenn Sie sie finden, ist das Problem echt: Prüfen Sie die Adresse, versuchen Sie es später erneut, oder fragen Sie Ihren IT-Support.</translation>
    </message>
    <message>
        <source>If you find nothing, you did not send it: move it to the Trash.</source>
        <translation>Wenn Sie nichts finden, haben Sie sie nicht gesendet: Verschieben Sie diese Nachricht in den Papierkorb.</translation>
    </message>
    <message>
        <source>This message could not be read</source>
        <translation>Diese Nachricht konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Open it in your mail program to see what it is.</source>
        <translation>Öffnen Sie sie in Ihrem E-Mail-Programm, um zu sehen, worum es sich handelt.</translation>
    </message>
    <message>
        <source>Ordinary mail</source>
        <translation>Normale E-Mail</translation>
    </message>
    <message>
        <source>This is not an automatic reply about mail from your address. NeverSent leaves it alone.</source>
        <translation>Dies ist keine automatische Antwort zu E-Mails von Ihrer Adresse. NeverSent lässt sie unverändert.</translation>
    </message>
    <message>
        <source>What this message shows:</source>
        <translation>Was diese Nachricht zeigt:</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Was zu tun ist:</translation>
    </message>
    <message>
        <source>Someone may be using your email account</source>
        <translation>Möglicherweise benutzt jemand Ihr E-Mail-Konto</translation>
    </message>
    <message numerus="yes">
        <source>You said that %n of the bounces about mail you sent are about messages you did not write.</source>
        <translation>
            <numerusform>Sie haben angegeben, dass %n Rückläufer zu Ihren gesendeten E-Mails eine Nachricht betrifft, die Sie nicht geschrieben haben.</numerusform>
            <numerusform>Sie haben angegeben, dass %n Rückläufer zu Ihren gesendeten E-Mails Nachrichten betreffen, die Sie nicht geschrieben haben.</numerusform>
        </translation>
    </message>
    <message>
        <source>NeverSent found these messages in your Sent folder. So they were not just sent with your address in the From line: they were sent from your account itself. Someone else may know your password.</source>
        <translation>NeverSent hat diese Nachrichten in Ihrem Ordner „Gesendet“ gefunden. Sie wurden also nicht nur mit Ihrer Adresse in der Absenderzeile verschickt, sondern direkt aus Ihrem Konto. Möglicherweise kennt jemand anderes Ihr Passwort.</translation>
    </message>
    <message>
        <source>To %1, subject &quot;%2&quot;, sent %3.</source>
        <translation>An %1, Betreff „%2“, gesendet: %3.</translation>
    </message>
    <message>
        <source>(none)</source>
        <comment>no subject</comment>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <source>on an unknown date</source>
        <translation>Datum unbekannt</translation>
    </message>
    <message numerus="yes">
        <source>And %n more.</source>
        <translation>
            <numerusform>Und %n weitere.</numerusform>
            <numerusform>Und %n weitere.</numerusform>
        </translation>
    </message>
    <message>
        <source>Change your email password now, from a computer you trust.</source>
        <translation>Ändern Sie jetzt Ihr E-Mail-Passwort, und zwar an einem Computer, dem Sie vertrauen.</translation>
    </message>
    <message>
        <source>Tell your IT support, and show them these messages.</source>
        <translation>Informieren Sie Ihren IT-Support und zeigen Sie ihm diese Nachrichten.</translation>
    </message>
    <message>
        <source>Keep these messages until your IT support has seen them: they help to find out what happened.</source>
        <translation>Behalten Sie diese Nachrichten, bis Ihr IT-Support sie gesehen hat: Sie helfen herauszufinden, was passiert ist.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>what happened: why</comment>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>Core::Explain::PlainWords</name>
    <message>
        <source>a message could not be delivered</source>
        <translation>Nachricht nicht zustellbar</translation>
    </message>
    <message>
        <source>a message is delayed</source>
        <translation>Nachricht verzögert</translation>
    </message>
    <message>
        <source>a delivery receipt</source>
        <translation>Zustellbestätigung</translation>
    </message>
    <message>
        <source>an automatic reply (for example out of office)</source>
        <translation>automatische Antwort (zum Beispiel Abwesenheitsnotiz)</translation>
    </message>
    <message>
        <source>a request to prove you are a real sender</source>
        <translation>Bitte um Bestätigung, dass Sie ein echter Absender sind</translation>
    </message>
    <message>
        <source>a virus warning about a message</source>
        <translation>Viruswarnung zu einer Nachricht</translation>
    </message>
    <message>
        <source>a spam complaint about a message</source>
        <translation>Spam-Beschwerde über eine Nachricht</translation>
    </message>
    <message>
        <source>ordinary mail</source>
        <translation>normale E-Mail</translation>
    </message>
    <message>
        <source>a message that could not be read</source>
        <translation>unlesbare Nachricht</translation>
    </message>
    <message>
        <source>the address does not exist</source>
        <translation>die Adresse existiert nicht</translation>
    </message>
    <message>
        <source>the mailbox is full</source>
        <translation>das Postfach ist voll</translation>
    </message>
    <message>
        <source>the domain does not exist</source>
        <translation>die Domain existiert nicht</translation>
    </message>
    <message>
        <source>the receiving server blocked the sender</source>
        <translation>der empfangende Server hat den Absender gesperrt</translation>
    </message>
    <message>
        <source>it was taken for spam</source>
        <translation>sie wurde für Spam gehalten</translation>
    </message>
    <message>
        <source>it broke the receiver&apos;s rules</source>
        <translation>sie verstieß gegen die Regeln des Empfängers</translation>
    </message>
    <message>
        <source>it carried a virus</source>
        <translation>sie enthielt einen Virus</translation>
    </message>
    <message>
        <source>it was too big</source>
        <translation>sie war zu groß</translation>
    </message>
    <message>
        <source>delivery took too long and was given up</source>
        <translation>die Zustellung dauerte zu lange und wurde aufgegeben</translation>
    </message>
    <message>
        <source>the mailbox is switched off</source>
        <translation>das Postfach ist abgeschaltet</translation>
    </message>
    <message>
        <source>the server would not pass it on</source>
        <translation>der Server wollte sie nicht weiterleiten</translation>
    </message>
    <message>
        <source>the receiving server refused it</source>
        <translation>der empfangende Server hat sie abgelehnt</translation>
    </message>
    <message>
        <source>the receiving server had a fault</source>
        <translation>der empfangende Server hatte einen Fehler</translation>
    </message>
    <message>
        <source>the receiving server could not be reached</source>
        <translation>der empfangende Server war nicht erreichbar</translation>
    </message>
    <message>
        <source>a security check failed</source>
        <translation>eine Sicherheitsprüfung ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>its content was not accepted</source>
        <translation>ihr Inhalt wurde nicht angenommen</translation>
    </message>
</context>
<context>
    <name>Core::Explain::ScanSummary</name>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message numerus="yes">
        <source>In the last %Ln day(s)</source>
        <translation>
            <numerusform>Innerhalb von %Ln Tag</numerusform>
            <numerusform>In den letzten %Ln Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation>Seit %1</translation>
    </message>
    <message>
        <source>There were no messages to look at.</source>
        <translation>Es gab keine Nachrichten zu prüfen.</translation>
    </message>
    <message numerus="yes">
        <source>NeverSent looked at %Ln message(s) and found no bounces: none of them is an automatic reply about mail from your address. There is nothing to clean up.</source>
        <translation>
            <numerusform>NeverSent hat %Ln Nachricht geprüft und keine Rückläufer gefunden: Sie ist keine automatische Antwort zu E-Mails von Ihrer Adresse. Es gibt nichts zu bereinigen.</numerusform>
            <numerusform>NeverSent hat %Ln Nachrichten geprüft und keine Rückläufer gefunden: Keine davon ist eine automatische Antwort zu E-Mails von Ihrer Adresse. Es gibt nichts zu bereinigen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln forged</source>
        <comment>bounces</comment>
        <translation>
            <numerusform>%Ln gefälschter</numerusform>
            <numerusform>%Ln gefälschte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln about mail you sent</source>
        <comment>bounces</comment>
        <translation>
            <numerusform>%Ln zu Ihren gesendeten E-Mails</numerusform>
            <numerusform>%Ln zu Ihren gesendeten E-Mails</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln where NeverSent cannot tell</source>
        <comment>bounces</comment>
        <translation>
            <numerusform>%Ln unklarer</numerusform>
            <numerusform>%Ln unklare</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You received %Ln bounce(s): %1.</source>
        <translation>
            <numerusform>Sie haben %Ln Rückläufer erhalten: %1.</numerusform>
            <numerusform>Sie haben %Ln Rückläufer erhalten: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 you received %Ln bounce(s): %2.</source>
        <comment>%1 is a time such as &apos;In the last 7 days&apos;</comment>
        <translation>
            <numerusform>%1 haben Sie %Ln Rückläufer erhalten: %2.</numerusform>
            <numerusform>%1 haben Sie %Ln Rückläufer erhalten: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>The forged ones are about mail someone else sent in your name: not your fault, nothing to fix, and safe to move to the Trash.</source>
        <translation>Die gefälschten betreffen E-Mails, die jemand anderes in Ihrem Namen gesendet hat: nicht Ihre Schuld, nichts zu beheben, und sie können bedenkenlos in den Papierkorb.</translation>
    </message>
    <message>
        <source>Please look at the ones about mail you sent: they tell of real delivery problems.</source>
        <translation>Sehen Sie sich bitte die Rückläufer zu Ihren gesendeten E-Mails an: Sie weisen auf echte Zustellprobleme hin.</translation>
    </message>
    <message>
        <source>For the ones NeverSent cannot tell, look in your Sent folder yourself.</source>
        <translation>Bei den unklaren sehen Sie bitte selbst in Ihrem Ordner „Gesendet“ nach.</translation>
    </message>
</context>
<context>
    <name>Core::Imap::AccessTokenSlot</name>
    <message>
        <source>The mail provider did not renew the sign-in in time. Check the network connection and try again.</source>
        <translation>Der Mailanbieter hat die Anmeldung nicht rechtzeitig erneuert. Prüfen Sie die Netzwerkverbindung und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>Core::Imap::CertificateVerifier</name>
    <message>
        <source>the server sent no certificate</source>
        <translation>der Server hat kein Zertifikat gesendet</translation>
    </message>
</context>
<context>
    <name>Core::Imap::ImapConnection</name>
    <message>
        <source>The connection to %1 was cancelled.</source>
        <translation>Die Verbindung zu %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The server %1 does not offer an encrypted connection (STARTTLS) on port %2, so the password was not sent. Use imaps:// instead, or ask your mail provider for the right address and port.</source>
        <translation>Der Server %1 bietet auf Port %2 keine verschlüsselte Verbindung (STARTTLS) an, daher wurde das Passwort nicht gesendet. Verwenden Sie stattdessen imaps://, oder fragen Sie Ihren E-Mail-Anbieter nach der richtigen Adresse und dem richtigen Port.</translation>
    </message>
    <message>
        <source>The server %1 did not accept the user name or password. Check them and try again.</source>
        <translation>Der Server %1 hat den Benutzernamen oder das Passwort nicht akzeptiert. Prüfen Sie beides und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The server %1 stopped answering. Check the network connection and try again.</source>
        <translation>Der Server %1 antwortet nicht mehr. Prüfen Sie die Netzwerkverbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 port %2 answered, but not like a mail server. Check the server address and port.</source>
        <translation>%1 hat auf Port %2 geantwortet, aber nicht wie ein Mailserver. Prüfen Sie die Serveradresse und den Port.</translation>
    </message>
    <message>
        <source>The encrypted connection to %1 could not be set up (%2). Check the server address and port.</source>
        <translation>Die verschlüsselte Verbindung zu %1 konnte nicht aufgebaut werden (%2). Prüfen Sie die Serveradresse und den Port.</translation>
    </message>
    <message>
        <source>Cannot reach the mail server %1 on port %2. Check the address, the port and the network connection.</source>
        <translation>Der Mailserver %1 ist auf Port %2 nicht erreichbar. Prüfen Sie die Adresse, den Port und die Netzwerkverbindung.</translation>
    </message>
    <message>
        <source>The server %1 closed the connection unexpectedly. Try again later.</source>
        <translation>Der Server %1 hat die Verbindung unerwartet beendet. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The mail server %1 reported a problem: %2</source>
        <translation>Der Mailserver %1 hat ein Problem gemeldet: %2</translation>
    </message>
    <message>
        <source>The server %1 did not accept the sign-in: the access token was refused or has expired. Sign in again.</source>
        <translation>Der Server %1 hat die Anmeldung nicht angenommen: Das Zugriffstoken wurde abgelehnt oder ist abgelaufen. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The server %1 does not offer a sign-in with an access token that NeverSent can use (OAuth2 XOAUTH2 or OAUTHBEARER). Sign in with a password instead, or check the server address.</source>
        <translation>Der Server %1 bietet keine Anmeldung mit Zugriffstoken an, die NeverSent nutzen kann (OAuth2 XOAUTH2 oder OAUTHBEARER). Melden Sie sich stattdessen mit einem Passwort an oder prüfen Sie die Serveradresse.</translation>
    </message>
    <message>
        <source>The server %1 does not take a password: it wants you to sign in on your mail provider&apos;s own page in your web browser (OAuth2).</source>
        <translation>Der Server %1 nimmt kein Passwort an: Sie melden sich auf der eigenen Seite Ihres Mailanbieters in Ihrem Webbrowser an (OAuth2).</translation>
    </message>
    <message>
        <source>The connection to the mail server %1 was lost. Check that this computer is online, then try again.</source>
        <translation>Die Verbindung zum Mailserver %1 ist abgebrochen. Prüfen Sie, ob dieser Computer online ist, und versuchen Sie es dann erneut.</translation>
    </message>
</context>
<context>
    <name>Core::Imap::ImapMailbox</name>
    <message>
        <source>No Trash folder was found on %1, so nothing was moved. Create a folder named Trash in your mail program.</source>
        <translation>Auf %1 wurde kein Papierkorb gefunden, daher wurde nichts verschoben. Legen Sie in Ihrem E-Mail-Programm einen Ordner namens „Papierkorb“ an.</translation>
    </message>
</context>
<context>
    <name>Core::Imap::ImapProtocol</name>
    <message>
        <source>list the folders</source>
        <translation>die Ordner aufzulisten</translation>
    </message>
    <message>
        <source>The mail server %1 closed the connection. Try again later.</source>
        <translation>Der Mailserver %1 hat die Verbindung beendet. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The mail server %1 refused to %2: %3</source>
        <translation>Der Mailserver %1 hat es abgelehnt, %2: %3</translation>
    </message>
    <message>
        <source>report on the folder &quot;%1&quot;</source>
        <translation>Auskunft über den Ordner „%1“ zu geben</translation>
    </message>
    <message>
        <source>open the folder &quot;%1&quot;</source>
        <translation>den Ordner „%1“ zu öffnen</translation>
    </message>
    <message>
        <source>leave the folder</source>
        <translation>den Ordner zu verlassen</translation>
    </message>
    <message>
        <source>search the folder</source>
        <translation>den Ordner zu durchsuchen</translation>
    </message>
    <message>
        <source>send messages</source>
        <translation>Nachrichten zu übertragen</translation>
    </message>
    <message>
        <source>move messages to &quot;%1&quot;</source>
        <translation>Nachrichten nach „%1“ zu verschieben</translation>
    </message>
    <message>
        <source>copy messages to &quot;%1&quot;</source>
        <translation>Nachrichten nach „%1“ zu kopieren</translation>
    </message>
    <message>
        <source>mark messages as deleted</source>
        <translation>Nachrichten als gelöscht zu markieren</translation>
    </message>
    <message>
        <source>restore messages</source>
        <translation>Nachrichten wiederherzustellen</translation>
    </message>
    <message>
        <source>remove the moved messages</source>
        <translation>die verschobenen Nachrichten zu entfernen</translation>
    </message>
    <message>
        <source>describe messages</source>
        <translation>den Aufbau der Nachrichten abzufragen</translation>
    </message>
    <message>
        <source>wait for new mail</source>
        <translation>auf neue Mail zu warten</translation>
    </message>
</context>
<context>
    <name>Core::Imap::ServerAddress</name>
    <message>
        <source>&quot;%1&quot; is not a mail server address: write imaps://host, imap://host or imap+plain://127.0.0.1:port.</source>
        <translation>„%1“ ist keine Mailserver-Adresse: Schreiben Sie imaps://host, imap://host oder imap+plain://127.0.0.1:port.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a mail server address: write the scheme, the server name and at most a port.</source>
        <translation>„%1“ ist keine Mailserver-Adresse: Schreiben Sie das Schema, den Servernamen und höchstens einen Port.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names port 0, which no server listens on.</source>
        <translation>„%1“ nennt Port 0, auf dem kein Server erreichbar ist.</translation>
    </message>
    <message>
        <source>imap+plain:// sends your password unencrypted, so it is only allowed to this computer (127.0.0.1 or ::1). Use imaps:// or imap:// for %1.</source>
        <translation>imap+plain:// sendet Ihr Passwort unverschlüsselt und ist daher nur zu diesem Computer erlaubt (127.0.0.1 oder ::1). Verwenden Sie imaps:// oder imap:// für %1.</translation>
    </message>
</context>
<context>
    <name>Core::Imap::TlsSocket</name>
    <message>
        <source>The certificate of %1 cannot be trusted (%2). Its SHA-256 fingerprint is %3. Only if your mail provider confirms this fingerprint, accept it (--trust-fingerprint %3).</source>
        <translation>Dem Zertifikat von %1 kann nicht vertraut werden (%2). Sein SHA-256-Fingerabdruck ist %3. Akzeptieren Sie es nur, wenn Ihr E-Mail-Anbieter diesen Fingerabdruck bestätigt (--trust-fingerprint %3).</translation>
    </message>
</context>
<context>
    <name>Core::Mail::MaildirFolder</name>
    <message>
        <source>The folder %1 is not a mail folder (it has no cur and new folders).</source>
        <translation>Der Ordner %1 ist kein E-Mail-Ordner (er enthält keine Ordner cur und new).</translation>
    </message>
    <message>
        <source>The message numbers of %1 cannot be saved: %2</source>
        <translation>Die Nachrichtennummern von %1 können nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>The file cannot be opened: %1</source>
        <translation>Die Datei kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>There is no message %1 in %2.</source>
        <translation>In %2 gibt es keine Nachricht %1.</translation>
    </message>
    <message>
        <source>The message file %1 could not be moved to %2.</source>
        <translation>Die Nachrichtendatei %1 konnte nicht nach %2 verschoben werden.</translation>
    </message>
    <message>
        <source>The message file %1 could not be copied to %2.</source>
        <translation>Die Nachrichtendatei %1 konnte nicht nach %2 kopiert werden.</translation>
    </message>
    <message>
        <source>The flags of message file %1 could not be changed.</source>
        <translation>Die Markierungen der Nachrichtendatei %1 konnten nicht geändert werden.</translation>
    </message>
    <message>
        <source>The message file of %1 in %2 could not be removed.</source>
        <translation>Die Nachrichtendatei von %1 in %2 konnte nicht entfernt werden.</translation>
    </message>
</context>
<context>
    <name>Core::Mail::MaildirMailbox</name>
    <message>
        <source>This mailbox has no Trash folder, so nothing was moved.</source>
        <translation>Dieses Postfach hat keinen Papierkorb, daher wurde nichts verschoben.</translation>
    </message>
    <message>
        <source>There is no folder &quot;%1&quot; in this mailbox.</source>
        <translation>In diesem Postfach gibt es keinen Ordner „%1“.</translation>
    </message>
    <message>
        <source>No folder of the mailbox is open.</source>
        <translation>Kein Ordner des Postfachs ist geöffnet.</translation>
    </message>
</context>
<context>
    <name>Core::Mail::MessageSource</name>
    <message>
        <source>The file cannot be opened: %1</source>
        <translation>Die Datei kann nicht geöffnet werden: %1</translation>
    </message>
</context>
<context>
    <name>Core::OAuth::BrowserSignIn</name>
    <message>
        <source>This copy of NeverSent is not set up for %1 sign-in: ask your IT department.</source>
        <translation>Diese Kopie von NeverSent ist nicht für die Anmeldung bei %1 eingerichtet: Fragen Sie Ihre IT-Abteilung.</translation>
    </message>
    <message>
        <source>NeverSent could not open your web browser to sign in. Set a default web browser and try again.</source>
        <translation>NeverSent konnte Ihren Webbrowser für die Anmeldung nicht öffnen. Legen Sie einen Standardbrowser fest und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>Core::OAuth::RedirectListener</name>
    <message>
        <source>NeverSent cannot wait for the browser&apos;s answer on this computer: %1</source>
        <translation>NeverSent kann auf diesem Computer nicht auf die Antwort des Browsers warten: %1</translation>
    </message>
    <message>
        <source>This request is too long.</source>
        <translation>Diese Anfrage ist zu lang.</translation>
    </message>
    <message>
        <source>This is not a sign-in answer.</source>
        <translation>Dies ist keine Antwort auf eine Anmeldung.</translation>
    </message>
    <message>
        <source>This sign-in is over. You can close this window.</source>
        <translation>Diese Anmeldung ist beendet. Sie können dieses Fenster schließen.</translation>
    </message>
    <message>
        <source>There is nothing here.</source>
        <translation>Hier gibt es nichts.</translation>
    </message>
    <message>
        <source>This answer does not belong to the sign-in NeverSent started. Go back to NeverSent and sign in from there.</source>
        <translation>Diese Antwort gehört nicht zu der Anmeldung, die NeverSent begonnen hat. Kehren Sie zu NeverSent zurück und melden Sie sich von dort aus an.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled in the browser, so NeverSent cannot open this mailbox. Sign in again and allow NeverSent to read your mail.</source>
        <translation>Die Anmeldung wurde im Browser abgebrochen, daher kann NeverSent dieses Postfach nicht öffnen. Melden Sie sich erneut an und erlauben Sie NeverSent, Ihre E-Mails zu lesen.</translation>
    </message>
    <message>
        <source>Your mail provider ended the sign-in with an error: %1. Try again, or ask your IT department.</source>
        <translation>Ihr E-Mail-Anbieter hat die Anmeldung mit einem Fehler beendet: %1. Versuchen Sie es erneut oder fragen Sie Ihre IT-Abteilung.</translation>
    </message>
    <message>
        <source>Your mail provider&apos;s answer held no sign-in code. Try signing in again.</source>
        <translation>Die Antwort Ihres E-Mail-Anbieters enthielt keinen Anmeldecode. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>You are signed in. You can close this window and go back to NeverSent.</source>
        <translation>Sie sind angemeldet. Sie können dieses Fenster schließen und zu NeverSent zurückkehren.</translation>
    </message>
</context>
<context>
    <name>Core::OAuth::TokenClient</name>
    <message>
        <source>Your mail provider&apos;s sign-in service answered without an access token. Try again later.</source>
        <translation>Der Anmeldedienst Ihres E-Mail-Anbieters hat ohne Zugriffstoken geantwortet. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Your sign-in has ended (it was revoked, it expired, or your password changed). Sign in again.</source>
        <translation>Ihre Anmeldung ist nicht mehr gültig (sie wurde widerrufen, ist abgelaufen, oder Ihr Passwort wurde geändert). Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Your mail provider refused the sign-in (%1). Your IT department may have to allow NeverSent.</source>
        <translation>Ihr E-Mail-Anbieter hat die Anmeldung abgelehnt (%1). Möglicherweise muss Ihre IT-Abteilung NeverSent zulassen.</translation>
    </message>
    <message>
        <source>Your mail provider&apos;s sign-in service has a problem (HTTP %1). Try again later.</source>
        <translation>Der Anmeldedienst Ihres E-Mail-Anbieters hat ein Problem (HTTP %1). Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The sign-in service address %1 is not encrypted, so nothing was sent to it.</source>
        <translation>Die Adresse des Anmeldedienstes %1 ist nicht verschlüsselt, daher wurde nichts dorthin gesendet.</translation>
    </message>
    <message>
        <source>Your mail provider&apos;s sign-in service did not answer in time. Check the network connection and try again.</source>
        <translation>Der Anmeldedienst Ihres E-Mail-Anbieters hat nicht rechtzeitig geantwortet. Prüfen Sie die Netzwerkverbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Your mail provider&apos;s sign-in service cannot be reached (%1). Check the network connection and try again.</source>
        <translation>Der Anmeldedienst Ihres E-Mail-Anbieters ist nicht erreichbar (%1). Prüfen Sie die Netzwerkverbindung und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>Core::OAuth::TokenKeeper</name>
    <message>
        <source>Your mail provider no longer accepts this sign-in. Sign in again.</source>
        <translation>Ihr E-Mail-Anbieter nimmt diese Anmeldung nicht mehr an. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>NeverSent has no lasting sign-in for this account. Sign in again.</source>
        <translation>NeverSent hat für dieses Konto keine dauerhafte Anmeldung. Melden Sie sich erneut an.</translation>
    </message>
</context>
<context>
    <name>Core::Session::AccountWorker</name>
    <message>
        <source>Cancelled: nothing more was asked of the server.</source>
        <translation>Abgebrochen: An den Server wurden keine weiteren Anfragen gestellt.</translation>
    </message>
    <message>
        <source>There is nothing to undo.</source>
        <translation>Es gibt nichts rückgängig zu machen.</translation>
    </message>
</context>
<context>
    <name>Core::Session::MailboxCleaner</name>
    <message>
        <source>The folder &quot;%1&quot; has not been scanned yet. Run scan first.</source>
        <translation>Der Ordner „%1“ wurde noch nicht geprüft. Führen Sie zuerst scan aus.</translation>
    </message>
    <message>
        <source>These messages are in the Trash already.</source>
        <translation>Diese Nachrichten sind bereits im Papierkorb.</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; was renumbered since the last scan, so nothing was moved. Scan again.</source>
        <translation>Der Ordner „%1“ wurde seit der letzten Prüfung neu nummeriert, daher wurde nichts verschoben. Prüfen Sie ihn erneut.</translation>
    </message>
    <message>
        <source>There is no clean action %1 to undo.</source>
        <translation>Es gibt keine Bereinigung %1, die rückgängig gemacht werden kann.</translation>
    </message>
    <message>
        <source>Clean action %1 was undone already.</source>
        <translation>Bereinigung %1 wurde bereits rückgängig gemacht.</translation>
    </message>
    <message>
        <source>Clean action %1 moved nothing, so there is nothing to put back.</source>
        <translation>Bereinigung %1 hat nichts verschoben, daher gibt es nichts zurückzulegen.</translation>
    </message>
</context>
<context>
    <name>Core::Session::MailboxScanner</name>
    <message>
        <source>The connection to the mail server was lost, and connecting again did not work: %1</source>
        <translation>Die Verbindung zum Mailserver ist abgebrochen, und ein neuer Verbindungsversuch hat nicht geklappt: %1</translation>
    </message>
    <message>
        <source>The connection was lost; connecting again</source>
        <translation>Die Verbindung wurde unterbrochen; es wird neu verbunden</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; does not exist on %2 or cannot be opened. Check its name.</source>
        <translation>Der Ordner „%1“ existiert auf %2 nicht oder kann nicht geöffnet werden. Prüfen Sie seinen Namen.</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; changed while it was read; scan again.</source>
        <translation>Der Ordner „%1“ hat sich während des Lesens geändert; prüfen Sie ihn erneut.</translation>
    </message>
    <message>
        <source>Reading your sent mail in %1</source>
        <translation>Ihre gesendeten E-Mails in %1 werden gelesen</translation>
    </message>
    <message>
        <source>Checking %1</source>
        <translation>%1 wird geprüft</translation>
    </message>
</context>
<context>
    <name>Core::Session::MailboxWatch</name>
    <message numerus="yes">
        <source>The connection was lost (%1). Trying again in %n second(s).</source>
        <translation>
            <numerusform>Die Verbindung ist abgebrochen (%1). Neuer Versuch in %n Sekunde.</numerusform>
            <numerusform>Die Verbindung ist abgebrochen (%1). Neuer Versuch in %n Sekunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected again.</source>
        <translation>Wieder verbunden.</translation>
    </message>
    <message numerus="yes">
        <source>Watching: %n message(s) already there; new ones are judged as they come.</source>
        <translation>
            <numerusform>Beobachtung läuft: %n Nachricht schon da; neue werden beim Eintreffen beurteilt.</numerusform>
            <numerusform>Beobachtung läuft: %n Nachrichten schon da; neue werden beim Eintreffen beurteilt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Core::Session::VerdictPhase</name>
    <message>
        <source>The folder %1 has not been read yet.</source>
        <translation>Der Ordner %1 wurde noch nicht gelesen.</translation>
    </message>
</context>
<context>
    <name>Core::Store::ActionLog</name>
    <message>
        <source>The NeverSent audit log could not be written: %1</source>
        <translation>Das NeverSent-Protokoll konnte nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>Core::Store::Database</name>
    <message>
        <source>Cannot create the folder for the NeverSent store at %1.</source>
        <translation>Der Ordner für den NeverSent-Datenspeicher in %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot create the NeverSent store %1: %2</source>
        <translation>Der NeverSent-Datenspeicher %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>Cannot open the NeverSent store %1: %2</source>
        <translation>Der NeverSent-Datenspeicher %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The NeverSent store %1 cannot be used: %2</source>
        <translation>Der NeverSent-Datenspeicher %1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>The file %1 is not a NeverSent store.</source>
        <translation>Die Datei %1 ist kein NeverSent-Datenspeicher.</translation>
    </message>
    <message>
        <source>The NeverSent store %1 was written by a newer version of NeverSent; update NeverSent to use it.</source>
        <translation>Der NeverSent-Datenspeicher %1 wurde von einer neueren NeverSent-Version geschrieben; aktualisieren Sie NeverSent, um ihn zu verwenden.</translation>
    </message>
    <message>
        <source>The NeverSent store %1 could not be updated (step %2): %3</source>
        <translation>Der NeverSent-Datenspeicher %1 konnte nicht aktualisiert werden (Schritt %2): %3</translation>
    </message>
</context>
<context>
    <name>Core::Store::ScanCache</name>
    <message>
        <source>The NeverSent store could not be read: %1</source>
        <translation>Der NeverSent-Datenspeicher konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The NeverSent store could not be written: %1</source>
        <translation>Der NeverSent-Datenspeicher konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>The NeverSent store could not keep the folder %1.</source>
        <translation>Der NeverSent-Speicher konnte den Ordner %1 nicht aufnehmen.</translation>
    </message>
</context>
<context>
    <name>Core::Store::TrustedCertificates</name>
    <message>
        <source>The accepted certificate could not be remembered: %1</source>
        <translation>Das akzeptierte Zertifikat konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>Core::Verdict::VerdictJudge</name>
    <message>
        <source>No sent mail was given to compare with.</source>
        <translation>Es wurden keine gesendeten E-Mails zum Vergleich angegeben.</translation>
    </message>
    <message>
        <source>Your sent mail has the original message (Message-ID &lt;%1&gt;).</source>
        <translation>Ihre gesendeten E-Mails enthalten die Originalnachricht (Message-ID &lt;%1&gt;).</translation>
    </message>
    <message>
        <source>You wrote to %1 on %2 with the same subject.</source>
        <translation>Sie haben am %2 mit demselben Betreff an %1 geschrieben.</translation>
    </message>
    <message>
        <source>You did write to %1 around that time, so this may be about your own message.</source>
        <translation>Sie haben um diese Zeit an %1 geschrieben, es könnte also um Ihre eigene Nachricht gehen.</translation>
    </message>
    <message>
        <source>The bounce does not say which message it is about.</source>
        <translation>Der Rückläufer gibt nicht an, um welche Nachricht es geht.</translation>
    </message>
    <message>
        <source>The bounce has no date, so it cannot be compared with your sent mail.</source>
        <translation>Der Rückläufer hat kein Datum und kann daher nicht mit Ihren gesendeten E-Mails verglichen werden.</translation>
    </message>
    <message>
        <source>Your sent mail is empty, so there is nothing to compare with.</source>
        <translation>Es gibt keine gesendeten E-Mails, daher ist kein Vergleich möglich.</translation>
    </message>
    <message>
        <source>Your sent mail only reaches back to %1; this bounce is about mail from %2.</source>
        <translation>Ihre gesendeten E-Mails reichen nur bis %1 zurück; dieser Rückläufer betrifft eine E-Mail vom %2.</translation>
    </message>
    <message>
        <source>No message in your sent mail has the Message-ID &lt;%1&gt;.</source>
        <translation>Keine Nachricht unter Ihren gesendeten E-Mails hat die Message-ID &lt;%1&gt;.</translation>
    </message>
    <message>
        <source>You did not write to %1 in the week around %2.</source>
        <translation>Sie haben in der Woche um den %2 nicht an %1 geschrieben.</translation>
    </message>
    <message>
        <source>You sent nothing with the subject &quot;%1&quot;.</source>
        <translation>Sie haben nichts mit dem Betreff „%1“ gesendet.</translation>
    </message>
    <message>
        <source>The original claimed to come from %1, which is not one of your addresses.</source>
        <translation>Das Original gab als Absender %1 an, aber das ist keine Ihrer Adressen.</translation>
    </message>
    <message>
        <source>The original message entered the mail system at %1.</source>
        <translation>Die Originalnachricht ist bei %1 in das Mailsystem gelangt.</translation>
    </message>
    <message>
        <source>The original message entered the mail system at %1 (%2).</source>
        <translation>Die Originalnachricht ist bei %1 (%2) in das Mailsystem gelangt.</translation>
    </message>
    <message>
        <source>So the receiving server&apos;s own check decides: the original was forged.</source>
        <translation>Also entscheidet die eigene Prüfung des empfangenden Servers: Die ursprüngliche Nachricht war gefälscht.</translation>
    </message>
    <message>
        <source>The receiving server checked the original against the rules %1 publishes (DMARC), and it failed: it did not come from %1.</source>
        <translation>Der empfangende Server hat die ursprüngliche Nachricht mit den Regeln geprüft, die %1 veröffentlicht (DMARC), und sie ist durchgefallen: Sie kam nicht von %1.</translation>
    </message>
    <message>
        <source>The receiving server found that the server which sent the original may not send mail for %1 (SPF).</source>
        <translation>Der empfangende Server hat festgestellt, dass der Server, der die ursprüngliche Nachricht verschickt hat, keine Mail für %1 senden darf (SPF).</translation>
    </message>
    <message>
        <source>The receiving server found that the server which sent the original is probably not one that sends mail for %1 (SPF soft fail).</source>
        <translation>Der empfangende Server hat festgestellt, dass der Server, der die ursprüngliche Nachricht verschickt hat, wahrscheinlich keine Mail für %1 versendet (SPF, weicher Fehlschlag).</translation>
    </message>
    <message>
        <source>The original&apos;s signature for %1 did not hold at the receiving server (DKIM).</source>
        <translation>Die Signatur der ursprünglichen Nachricht für %1 hat der Prüfung des empfangenden Servers nicht standgehalten (DKIM).</translation>
    </message>
</context>
<context>
    <name>Gui::AppController</name>
    <message>
        <source>The sample mailbox could not be prepared: %1</source>
        <translation>Das Beispielpostfach konnte nicht vorbereitet werden: %1</translation>
    </message>
    <message>
        <source>Sample mailbox</source>
        <translation>Beispielpostfach</translation>
    </message>
    <message>
        <source>Your password is not in the password safe.</source>
        <translation>Ihr Passwort ist nicht im Passwortspeicher.</translation>
    </message>
    <message>
        <source>Password for %1</source>
        <translation>Passwort für %1</translation>
    </message>
    <message>
        <source>%1
Please type the password of %2.</source>
        <translation>%1
Bitte geben Sie das Passwort für %2 ein.</translation>
    </message>
    <message>
        <source>&amp;Add an account...</source>
        <translation>Konto &amp;hinzufügen...</translation>
    </message>
    <message>
        <source>Open the &amp;sample mailbox</source>
        <translation>&amp;Beispielpostfach öffnen</translation>
    </message>
    <message>
        <source>Your sign-in for %1 is not kept in a password safe on this computer (%2). Sign in again in your browser.</source>
        <translation>Ihre Anmeldung für %1 ist in keinem Passwortspeicher auf diesem Computer hinterlegt (%2). Melden Sie sich in Ihrem Browser erneut an.</translation>
    </message>
    <message>
        <source>it is not in the password safe</source>
        <translation>sie ist nicht im Passwortspeicher</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Erneut anmelden</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
</context>
<context>
    <name>Gui::Autostart</name>
    <message>
        <source>NeverSent could not change how it starts at login (%1): %2</source>
        <translation>NeverSent konnte nicht ändern, wie es bei der Anmeldung startet (%1): %2</translation>
    </message>
    <message>
        <source>the folder cannot be made</source>
        <translation>der Ordner lässt sich nicht anlegen</translation>
    </message>
    <message>
        <source>Keeps watch for forged bounce messages</source>
        <translation>Achtet auf gefälschte Rückläufer</translation>
    </message>
</context>
<context>
    <name>Gui::Dialogs::CleanPreviewDialog</name>
    <message numerus="yes">
        <source>Move %n message(s) to the Trash?</source>
        <translation>
            <numerusform>%n Nachricht in den Papierkorb verschieben?</numerusform>
            <numerusform>%n Nachrichten in den Papierkorb verschieben?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) will be moved to the Trash.</source>
        <translation>
            <numerusform>%n Nachricht wird in den Papierkorb verschoben.</numerusform>
            <numerusform>%n Nachrichten werden in den Papierkorb verschoben.</numerusform>
        </translation>
    </message>
    <message>
        <source>They arrived on %1.</source>
        <translation>Sie sind am %1 eingegangen.</translation>
    </message>
    <message>
        <source>They arrived between %1 and %2.</source>
        <translation>Sie sind zwischen %1 und %2 eingegangen.</translation>
    </message>
    <message>
        <source>For example:</source>
        <translation>Zum Beispiel:</translation>
    </message>
    <message>
        <source>These are:</source>
        <translation>Es handelt sich um:</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Eingegangen</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>Gesendet an</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Sample of the messages that will move</source>
        <translation>Auswahl der Nachrichten, die verschoben werden</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>They go to the Trash folder of your mail account, not away for good. To get them back, click Undo in NeverSent (any time, from History), or move them back from the Trash in your mail program until the Trash is emptied.</source>
        <translation>Sie kommen in den Papierkorb Ihres E-Mail-Kontos und sind nicht endgültig weg. Um sie zurückzuholen, klicken Sie in NeverSent auf „Rückgängig“ (jederzeit, auch über den Verlauf), oder verschieben Sie sie in Ihrem E-Mail-Programm aus dem Papierkorb zurück, solange der Papierkorb nicht geleert wurde.</translation>
    </message>
    <message numerus="yes">
        <source>Move %n to Trash</source>
        <translation>
            <numerusform>%n in den Papierkorb verschieben</numerusform>
            <numerusform>%n in den Papierkorb verschieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of these are about mail you really sent: they tell you it did not arrive. Usually you want to keep them and act on them.</source>
        <translation>
            <numerusform>%n davon betrifft eine E-Mail, die Sie wirklich gesendet haben: Sie teilt Ihnen mit, dass diese nicht angekommen ist. Normalerweise sollten Sie sie behalten und sich darum kümmern.</numerusform>
            <numerusform>%n davon betreffen E-Mails, die Sie wirklich gesendet haben: Sie teilen Ihnen mit, dass diese nicht angekommen sind. Normalerweise sollten Sie sie behalten und sich darum kümmern.</numerusform>
        </translation>
    </message>
    <message>
        <source>Move them anyway</source>
        <translation>Trotzdem verschieben</translation>
    </message>
</context>
<context>
    <name>Gui::Dialogs::HelpDialog</name>
    <message>
        <source>What are these messages?</source>
        <translation>Was sind das für Nachrichten?</translation>
    </message>
    <message>
        <source>Messages such as &quot;Undeliverable&quot;, &quot;Mail delivery failed&quot; or &quot;Returned mail&quot; are sent by mail servers when they could not deliver a message. They go to the address in the message&apos;s From line.</source>
        <translation>Nachrichten wie „Unzustellbar“, „Mail delivery failed“ oder „Returned mail“ werden von Mailservern verschickt, wenn sie eine Nachricht nicht zustellen konnten. Sie gehen an die Adresse in der Absenderzeile (Zeile „Von“) der Nachricht.</translation>
    </message>
    <message>
        <source>Senders of spam often put real people&apos;s addresses in that From line, yours among them. When their spam cannot be delivered, the replies come to you, although you never sent anything. This does not mean that your computer has a virus or that your account was broken into: the spam was sent from somewhere else, and nothing needs fixing on your side. These replies are called forged bounces, or backscatter.</source>
        <translation>Spam-Versender setzen oft die Adressen echter Menschen in diese Absenderzeile, auch Ihre. Wenn ihr Spam nicht zugestellt werden kann, kommen die Antworten zu Ihnen, obwohl Sie nie etwas gesendet haben. Das bedeutet nicht, dass Ihr Computer einen Virus hat oder dass jemand in Ihr Konto eingebrochen ist: Der Spam wurde von woanders verschickt, und auf Ihrer Seite muss nichts behoben werden. Diese Antworten nennt man gefälschte Rückläufer oder auch Backscatter.</translation>
    </message>
    <message>
        <source>NeverSent compares each of these replies with the mail in your Sent folder. When the original message is not among the mail you sent, the reply is forged, and it is safe to move it to the Trash. When you did send the original, the reply is about a real problem: for example a mistyped address or a full mailbox. NeverSent tells you what went wrong and what you can do.</source>
        <translation>NeverSent vergleicht jede dieser Antworten mit den E-Mails in Ihrem Ordner „Gesendet“. Ist die Originalnachricht nicht unter Ihren gesendeten E-Mails, ist die Antwort gefälscht, und Sie können sie bedenkenlos in den Papierkorb verschieben. Haben Sie das Original wirklich gesendet, geht es in der Antwort um ein echtes Problem, zum Beispiel eine falsch geschriebene Adresse oder ein volles Postfach. NeverSent sagt Ihnen, was schiefgelaufen ist und was Sie tun können.</translation>
    </message>
    <message>
        <source>When NeverSent cannot tell, it says why, and what you can check yourself.</source>
        <translation>Wenn NeverSent es nicht sicher sagen kann, erklärt es, warum, und was Sie selbst prüfen können.</translation>
    </message>
    <message>
        <source>NeverSent only moves messages to the Trash, never deletes them. Undo puts them back, also later from History.</source>
        <translation>NeverSent verschiebt Nachrichten nur in den Papierkorb und löscht sie nie. Mit „Rückgängig“ holen Sie sie zurück, auch später noch über den Verlauf.</translation>
    </message>
    <message>
        <source>If several replies are about messages that are in your Sent folder but that you did not write, someone else may be using your account: change your password and tell your IT contact.</source>
        <translation>Wenn mehrere Antworten Nachrichten betreffen, die in Ihrem Ordner „Gesendet“ liegen, die Sie aber nicht geschrieben haben, benutzt möglicherweise jemand anderes Ihr Konto: Ändern Sie Ihr Passwort und informieren Sie Ihre IT-Ansprechperson.</translation>
    </message>
</context>
<context>
    <name>Gui::Dialogs::HistoryDialog</name>
    <message>
        <source>&amp;Undo this clean-up</source>
        <translation>Diese Bereinigung &amp;rückgängig machen</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Everything NeverSent moved, newest first. A clean-up can be undone as long as the messages are still in the Trash.</source>
        <translation>Alles, was NeverSent verschoben hat, das Neueste zuerst. Eine Bereinigung kann rückgängig gemacht werden, solange die Nachrichten noch im Papierkorb sind.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>History of clean-ups and undos</source>
        <translation>Verlauf der Bereinigungen und Rücknahmen</translation>
    </message>
    <message numerus="yes">
        <source>Put %n message(s) back from %1 to %2</source>
        <translation>
            <numerusform>%n Nachricht von %1 nach %2 zurückgeholt</numerusform>
            <numerusform>%n Nachrichten von %1 nach %2 zurückgeholt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n message(s) from %1 to %2</source>
        <translation>
            <numerusform>%n Nachricht von %1 nach %2 verschoben</numerusform>
            <numerusform>%n Nachrichten von %1 nach %2 verschoben</numerusform>
        </translation>
    </message>
    <message>
        <source>Interrupted: will be finished next time</source>
        <translation>Unterbrochen: wird beim nächsten Mal abgeschlossen</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Rückgängig gemacht</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
</context>
<context>
    <name>Gui::Dialogs::ItReportDialog</name>
    <message>
        <source>&amp;Copy as text</source>
        <translation>Als Text &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Save...</source>
        <translation>&amp;Speichern...</translation>
    </message>
    <message>
        <source>Report for IT</source>
        <translation>Bericht für die IT</translation>
    </message>
    <message>
        <source>Give this report to whoever runs your organisation&apos;s e-mail: it shows the forged bounces, where the forged mail came from, and what they could change so that it stops. It holds no message text and no password.</source>
        <translation>Geben Sie diesen Bericht denen, die die E-Mail Ihrer Organisation betreuen: Er zeigt die gefälschten Rückläufer, woher die gefälschte Mail kam und was sie ändern könnten, damit es aufhört. Er enthält keinen Nachrichtentext und kein Passwort.</translation>
    </message>
    <message>
        <source>Looking up the SPF and DMARC records of %1...</source>
        <translation>Die SPF- und DMARC-Einträge von %1 werden abgefragt...</translation>
    </message>
    <message>
        <source>The report is copied: paste it into a message to your IT department.</source>
        <translation>Der Bericht ist kopiert: Fügen Sie ihn in eine Nachricht an Ihre IT ein.</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Webseite (*.html)</translation>
    </message>
    <message>
        <source>Plain text (*.txt)</source>
        <translation>Reiner Text (*.txt)</translation>
    </message>
    <message>
        <source>Save the report for IT</source>
        <translation>Den Bericht für die IT speichern</translation>
    </message>
    <message>
        <source>NeverSent report for IT</source>
        <translation>NeverSent-Bericht für die IT</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Gespeichert als %1.</translation>
    </message>
    <message>
        <source>The report could not be saved as %1: %2</source>
        <translation>Der Bericht konnte nicht als %1 gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>Gui::Dialogs::SignInDialog</name>
    <message>
        <source>Sign in to %1</source>
        <translation>Bei %1 anmelden</translation>
    </message>
    <message>
        <source>Why you sign in again</source>
        <translation>Warum Sie sich erneut anmelden</translation>
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
        <translation>Rückläufer zu E-Mails, die Sie nie gesendet haben?</translation>
    </message>
    <message>
        <source>Spammers sometimes put your address on mail they send. When that mail cannot be delivered, the &quot;Undeliverable&quot; replies come back to you.

NeverSent looks through your inbox, compares every such reply with the mail you really sent, tells you in plain words which ones are forged and which are real delivery problems, and moves the forged ones to the Trash, with an undo.</source>
        <translation>Spammer setzen manchmal Ihre Adresse als Absender in E-Mails, die sie verschicken. Wenn diese E-Mails nicht zugestellt werden können, kommen die „Unzustellbar“-Antworten zu Ihnen zurück.

NeverSent sieht Ihren Posteingang durch, vergleicht jede dieser Antworten mit den E-Mails, die Sie wirklich gesendet haben, sagt Ihnen in einfachen Worten, welche gefälscht sind und welche echte Zustellprobleme melden, und verschiebt die gefälschten in den Papierkorb – auf Wunsch rückgängig zu machen.</translation>
    </message>
    <message>
        <source>&amp;Connect to my mail account...</source>
        <translation>Mit meinem E-Mail-Konto &amp;verbinden...</translation>
    </message>
    <message>
        <source>Try it on a &amp;sample mailbox</source>
        <translation>An einem &amp;Beispielpostfach ausprobieren</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>&amp;Folders to look through</source>
        <translation>Zu durchsuchende &amp;Ordner</translation>
    </message>
    <message>
        <source>Folders to look through</source>
        <translation>Zu durchsuchende Ordner</translation>
    </message>
    <message>
        <source>Search by address, subject or reason</source>
        <translation>Nach Adresse, Betreff oder Grund suchen</translation>
    </message>
    <message>
        <source>Search the results</source>
        <translation>Ergebnisse durchsuchen</translation>
    </message>
    <message>
        <source>Bounce messages found</source>
        <translation>Gefundene Rückläufer</translation>
    </message>
    <message>
        <source>I did &amp;not write this message</source>
        <translation>Diese Nachricht habe ich &amp;nicht geschrieben</translation>
    </message>
    <message>
        <source>Tell NeverSent that this message in your Sent folder was not written by you</source>
        <translation>NeverSent mitteilen, dass diese Nachricht in Ihrem Ordner „Gesendet“ nicht von Ihnen geschrieben wurde</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stopping...</source>
        <translation>Wird angehalten...</translation>
    </message>
    <message>
        <source>&amp;Mailbox</source>
        <translation>&amp;Postfach</translation>
    </message>
    <message>
        <source>&amp;Scan again</source>
        <translation>&amp;Erneut prüfen</translation>
    </message>
    <message>
        <source>&amp;Move selected to Trash...</source>
        <translation>Ausgewählte in den &amp;Papierkorb verschieben...</translation>
    </message>
    <message>
        <source>&amp;Undo last clean-up</source>
        <translation>Letzte Bereinigung &amp;rückgängig machen</translation>
    </message>
    <message>
        <source>&amp;History...</source>
        <translation>&amp;Verlauf...</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;What are these messages?</source>
        <translation>&amp;Was sind das für Nachrichten?</translation>
    </message>
    <message>
        <source>&amp;About NeverSent</source>
        <translation>&amp;Über NeverSent</translation>
    </message>
    <message>
        <source>About NeverSent</source>
        <translation>Über NeverSent</translation>
    </message>
    <message>
        <source>NeverSent %1

Explains and cleans up bounce messages for mail you never sent. It only ever moves messages to the Trash, and every clean-up can be undone.</source>
        <translation>NeverSent %1

Erklärt und bereinigt Rückläufer zu E-Mails, die Sie nie gesendet haben. Es verschiebt Nachrichten immer nur in den Papierkorb, und jede Bereinigung kann rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Werkzeugleiste</translation>
    </message>
    <message>
        <source>%1 - NeverSent</source>
        <translation>%1 - NeverSent</translation>
    </message>
    <message>
        <source>Looking for your folders...</source>
        <translation>Ihre Ordner werden gesucht...</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Posteingang</translation>
    </message>
    <message>
        <source>%1 (may hold bounces)</source>
        <translation>%1 (kann Rückläufer enthalten)</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n Nachricht</numerusform>
            <numerusform>%n Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <source>No Sent folder was found, so NeverSent cannot tell which bounces are about mail you sent.</source>
        <translation>Es wurde kein Ordner „Gesendet“ gefunden, daher kann NeverSent nicht erkennen, welche Rückläufer E-Mails betreffen, die Sie gesendet haben.</translation>
    </message>
    <message>
        <source>Checked against the mail you sent in: %1</source>
        <translation>Abgeglichen mit Ihren gesendeten E-Mails in: %1</translation>
    </message>
    <message>
        <source>Tick at least one folder to look through.</source>
        <translation>Setzen Sie bei mindestens einem Ordner ein Häkchen, damit er durchsucht wird.</translation>
    </message>
    <message>
        <source>Starting...</source>
        <translation>Wird gestartet...</translation>
    </message>
    <message numerus="yes">
        <source>Move %n forged bounce(s) to Trash...</source>
        <translation>
            <numerusform>%n gefälschten Rückläufer in den Papierkorb verschieben...</numerusform>
            <numerusform>%n gefälschte Rückläufer in den Papierkorb verschieben...</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the messages to move first.</source>
        <translation>Wählen Sie zuerst die Nachrichten aus, die verschoben werden sollen.</translation>
    </message>
    <message>
        <source>Moving to the Trash...</source>
        <translation>Wird in den Papierkorb verschoben...</translation>
    </message>
    <message>
        <source>Putting the messages back...</source>
        <translation>Die Nachrichten werden zurückgeholt...</translation>
    </message>
    <message>
        <source>The messages are back where they were.</source>
        <translation>Die Nachrichten sind wieder dort, wo sie waren.</translation>
    </message>
    <message numerus="yes">
        <source>%1
%n message(s) were moved before that.</source>
        <translation>
            <numerusform>%1
Davor wurde bereits %n Nachricht verschoben.</numerusform>
            <numerusform>%1
Davor wurden bereits %n Nachrichten verschoben.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) moved to the Trash.</source>
        <translation>
            <numerusform>%n Nachricht in den Papierkorb verschoben.</numerusform>
            <numerusform>%n Nachrichten in den Papierkorb verschoben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed since the scan and stayed where they were.</source>
        <translation>
            <numerusform>%n Nachricht hatte sich seit der Prüfung geändert und blieb, wo sie war.</numerusform>
            <numerusform>%n Nachrichten hatten sich seit der Prüfung geändert und blieben, wo sie waren.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your mail server cannot move messages: they were copied to the Trash and marked as deleted, and go from the inbox when your mail program empties deleted messages.</source>
        <translation>Ihr Mailserver kann keine Nachrichten verschieben: Sie wurden in den Papierkorb kopiert und als gelöscht markiert und verschwinden aus dem Posteingang, wenn Ihr E-Mail-Programm gelöschte Nachrichten endgültig entfernt.</translation>
    </message>
    <message>
        <source>Which bounces to show</source>
        <translation>Welche Rückläufer angezeigt werden</translation>
    </message>
    <message>
        <source>All bounces</source>
        <translation>Alle Rückläufer</translation>
    </message>
    <message>
        <source>Forged only</source>
        <translation>Nur gefälschte</translation>
    </message>
    <message>
        <source>Sent by you only</source>
        <translation>Nur von Ihnen gesendete</translation>
    </message>
    <message>
        <source>Can&apos;t tell only</source>
        <translation>Nur unklare</translation>
    </message>
    <message>
        <source>&amp;Accounts</source>
        <translation>&amp;Konten</translation>
    </message>
    <message>
        <source>&amp;Add an account...</source>
        <translation>Konto &amp;hinzufügen...</translation>
    </message>
    <message>
        <source>Open the &amp;sample mailbox</source>
        <translation>&amp;Beispielpostfach öffnen</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>NeverSent will use %1 from its next start.</source>
        <translation>NeverSent verwendet %1 ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Sprache des Systems</translation>
    </message>
    <message numerus="yes">
        <source>The other messages are back where they were, but %n could not be put back: they are no longer in the Trash (it was emptied, or another mail program moved them).</source>
        <translation>
            <numerusform>Die übrigen Nachrichten sind wieder an ihrem Platz, aber %n Nachricht konnte nicht zurückgelegt werden: Sie ist nicht mehr im Papierkorb (er wurde geleert, oder ein anderes E-Mail-Programm hat sie verschoben).</numerusform>
            <numerusform>Die übrigen Nachrichten sind wieder an ihrem Platz, aber %n Nachrichten konnten nicht zurückgelegt werden: Sie sind nicht mehr im Papierkorb (er wurde geleert, oder ein anderes E-Mail-Programm hat sie verschoben).</numerusform>
        </translation>
    </message>
    <message>
        <source>Automatic replies only</source>
        <translation>Nur automatische Antworten</translation>
    </message>
    <message>
        <source>&amp;Report for IT...</source>
        <translation>Bericht für die &amp;IT...</translation>
    </message>
    <message>
        <source>A report for whoever runs your organisation&apos;s e-mail: the forged bounces, where they came from and how to make them stop</source>
        <translation>Ein Bericht für die, die die E-Mail Ihrer Organisation betreuen: die gefälschten Rückläufer, woher sie kamen und wie sie aufhören</translation>
    </message>
    <message numerus="yes">
        <source>%n more forged bounce(s) since %1.</source>
        <translation>
            <numerusform>%n weiterer gefälschter Rückläufer seit %1.</numerusform>
            <numerusform>%n weitere gefälschte Rückläufer seit %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Move new forged bounces to Trash automatically</source>
        <translation>Neue gefälschte Rückläufer automatisch in den Papierkorb &amp;verschieben</translation>
    </message>
    <message>
        <source>Forged bounces that arrive while NeverSent is open go to the Trash without asking; each move is in History and can be undone</source>
        <translation>Gefälschte Rückläufer, die eintreffen, während NeverSent offen ist, kommen ohne Rückfrage in den Papierkorb; jede Verschiebung steht im Verlauf und lässt sich rückgängig machen</translation>
    </message>
    <message>
        <source>&amp;Keep watching when the window is closed</source>
        <translation>Bei geschlossenem Fenster &amp;weiter beobachten</translation>
    </message>
    <message>
        <source>NeverSent stays in the system tray, starts when you log in and says when more forged bounces come</source>
        <translation>NeverSent bleibt im Systembereich, startet bei der Anmeldung und meldet, wenn weitere gefälschte Rückläufer kommen</translation>
    </message>
    <message>
        <source>This desktop has no system tray to stay in</source>
        <translation>Dieser Desktop hat keinen Systembereich, in dem es bleiben kann</translation>
    </message>
    <message>
        <source>NeverSent keeps watch for forged bounces</source>
        <translation>NeverSent achtet auf gefälschte Rückläufer</translation>
    </message>
    <message>
        <source>&amp;Open NeverSent</source>
        <translation>NeverSent ö&amp;ffnen</translation>
    </message>
</context>
<context>
    <name>Gui::Results::ResultsModel</name>
    <message numerus="yes">
        <source>Forged: you did not send these (%Ln)</source>
        <translation>
            <numerusform>Gefälscht: nicht von Ihnen gesendet (%Ln)</numerusform>
            <numerusform>Gefälscht: nicht von Ihnen gesendet (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent by you: delivery problems (%Ln)</source>
        <translation>
            <numerusform>Von Ihnen gesendet: Zustellprobleme (%Ln)</numerusform>
            <numerusform>Von Ihnen gesendet: Zustellprobleme (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Can&apos;t tell (%Ln)</source>
        <translation>
            <numerusform>Unklar (%Ln)</numerusform>
            <numerusform>Unklar (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>Bounces about mail someone else sent with your address in the From line. Not your fault, and safe to move to the Trash.</source>
        <translation>Rückläufer zu E-Mails, die jemand anderes mit Ihrer Adresse in der Absenderzeile verschickt hat. Nicht Ihre Schuld, und Sie können sie bedenkenlos in den Papierkorb verschieben.</translation>
    </message>
    <message>
        <source>Bounces about mail you really sent: each one tells of a delivery problem to look at.</source>
        <translation>Rückläufer zu E-Mails, die Sie wirklich gesendet haben: Jeder meldet ein Zustellproblem, das Sie sich ansehen sollten.</translation>
    </message>
    <message>
        <source>Bounces NeverSent cannot match with your sent mail either way. Check your Sent folder.</source>
        <translation>Rückläufer, die NeverSent Ihren gesendeten E-Mails weder sicher zuordnen noch sicher ausschließen kann. Sehen Sie in Ihrem Ordner „Gesendet“ nach.</translation>
    </message>
    <message>
        <source>Forged</source>
        <translation>Gefälscht</translation>
    </message>
    <message>
        <source>Sent by you</source>
        <translation>Von Ihnen gesendet</translation>
    </message>
    <message>
        <source>Can&apos;t tell</source>
        <translation>Unklar</translation>
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
        <translation>Gesendet an</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was passiert ist</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message numerus="yes">
        <source>Sent by you: automatic replies (%Ln)</source>
        <translation>
            <numerusform>Von Ihnen gesendet: automatische Antworten (%Ln)</numerusform>
            <numerusform>Von Ihnen gesendet: automatische Antworten (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>Out-of-office notes and delivery receipts about mail you really sent: it arrived, and there is nothing to fix.</source>
        <translation>Abwesenheitsnotizen und Zustellbestätigungen zu Mails, die Sie wirklich gesendet haben: Sie sind angekommen, es gibt nichts zu beheben.</translation>
    </message>
    <message>
        <source>Automatic reply</source>
        <translation>Automatische Antwort</translation>
    </message>
</context>
<context>
    <name>Gui::Setup::AddressPage</name>
    <message>
        <source>Your mail account</source>
        <translation>Ihr E-Mail-Konto</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@beispiel.de</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Set up &amp;manually</source>
        <translation>&amp;Manuell einrichten</translation>
    </message>
    <message>
        <source>Set up manually</source>
        <translation>Manuell einrichten</translation>
    </message>
    <message>
        <source>Type the mail server&apos;s address yourself</source>
        <translation>Die Adresse des Mailservers selbst eingeben</translation>
    </message>
    <message>
        <source>&amp;Email address:</source>
        <translation>&amp;E-Mail-Adresse:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Type the email address and password you use for your mail. NeverSent finds the rest. Microsoft 365, Outlook.com and Google need no password here: you sign in in your browser.</source>
        <translation>Geben Sie die E-Mail-Adresse und das Passwort ein, die Sie für Ihre Mail verwenden. NeverSent findet den Rest. Microsoft 365, Outlook.com und Google brauchen hier kein Passwort: Sie melden sich in Ihrem Browser an.</translation>
    </message>
</context>
<context>
    <name>Gui::Setup::BrowserSignInPage</name>
    <message>
        <source>Use an &amp;app password</source>
        <translation>&amp;App-Passwort verwenden</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Use an app password</source>
        <translation>App-Passwort verwenden</translation>
    </message>
    <message>
        <source>Sign in with %1</source>
        <translation>Mit %1 anmelden</translation>
    </message>
    <message>
        <source>This copy of NeverSent is not set up for %1 sign-in. With a personal account you can use an app password instead: a separate password you make on their website. Their page explains how:</source>
        <translation>Diese Kopie von NeverSent ist nicht für die Anmeldung bei %1 eingerichtet. Mit einem privaten Konto können Sie stattdessen ein App-Passwort verwenden: ein eigenes Passwort, das Sie auf der Website des Anbieters erstellen. Dessen Seite erklärt, wie:</translation>
    </message>
</context>
<context>
    <name>Gui::Setup::ConnectionTestPage</name>
    <message>
        <source>Connection test</source>
        <translation>Verbindungstest</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>T&amp;rust this certificate</source>
        <translation>Diesem Zertifikat &amp;vertrauen</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Set up &amp;manually</source>
        <translation>&amp;Manuell einrichten</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>NeverSent signs in to your mail server once to check that everything is right.</source>
        <translation>NeverSent meldet sich einmal bei Ihrem Mailserver an, um zu prüfen, ob alles stimmt.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Trust this certificate</source>
        <translation>Diesem Zertifikat vertrauen</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Set up manually</source>
        <translation>Manuell einrichten</translation>
    </message>
    <message>
        <source>Signing in to %1 …</source>
        <translation>Anmeldung bei %1 …</translation>
    </message>
    <message>
        <source>NeverSent signed in to %1. Everything is ready: choose Next.</source>
        <translation>NeverSent hat sich bei %1 angemeldet. Alles ist bereit: Klicken Sie auf „Weiter“.</translation>
    </message>
    <message>
        <source>NeverSent could not sign in to %1.</source>
        <translation>NeverSent konnte sich nicht bei %1 anmelden.</translation>
    </message>
    <message>
        <source>%1 did not accept the password. %1 needs an app password for programs like NeverSent: a separate password you make on their website, not the one you sign in there with. Their page explains how:</source>
        <translation>%1 hat das Passwort nicht angenommen. %1 verlangt für Programme wie NeverSent ein App-Passwort: ein eigenes Passwort, das Sie auf der Website des Anbieters erstellen, nicht das, mit dem Sie sich dort anmelden. Auf dieser Seite wird erklärt, wie das geht:</translation>
    </message>
    <message>
        <source>T&amp;rust this certificate (fingerprint %1)</source>
        <translation>Diesem Zertifikat &amp;vertrauen (Fingerabdruck %1)</translation>
    </message>
    <message>
        <source>Fingerprint %1</source>
        <translation>Fingerabdruck %1</translation>
    </message>
    <message>
        <source>&amp;Sign in again</source>
        <translation>&amp;Erneut anmelden</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Erneut anmelden</translation>
    </message>
    <message>
        <source>Type the password for %1.</source>
        <translation>Geben Sie das Passwort für %1 ein.</translation>
    </message>
    <message>
        <source>%1 did not let NeverSent into the mailbox of %2 with this sign-in. Perhaps another account was chosen in the browser: choose &quot;Sign in again&quot; and pick %2. If it was %2, mail programs may be turned off for it: ask your IT department.</source>
        <translation>%1 hat NeverSent mit dieser Anmeldung nicht in das Postfach von %2 gelassen. Vielleicht wurde im Browser ein anderes Konto gewählt: Wählen Sie „Erneut anmelden“ und nehmen Sie %2. War es %2, sind Mailprogramme dafür vielleicht abgeschaltet: Fragen Sie Ihre IT-Abteilung.</translation>
    </message>
</context>
<context>
    <name>Gui::Setup::DiscoveryPage</name>
    <message>
        <source>Finding your mail server</source>
        <translation>Ihr Mailserver wird gesucht</translation>
    </message>
    <message>
        <source>Search for your mail server</source>
        <translation>Suche nach Ihrem Mailserver</translation>
    </message>
    <message>
        <source>Searching</source>
        <translation>Suche läuft</translation>
    </message>
    <message>
        <source>Set up &amp;manually</source>
        <translation>&amp;Manuell einrichten</translation>
    </message>
    <message>
        <source>Set up manually</source>
        <translation>Manuell einrichten</translation>
    </message>
    <message>
        <source>Type the mail server&apos;s address yourself</source>
        <translation>Die Adresse des Mailservers selbst eingeben</translation>
    </message>
    <message>
        <source>Looking for the mail server of %1 …</source>
        <translation>Der Mailserver von %1 wird gesucht …</translation>
    </message>
    <message>
        <source>NeverSent could not find the mail server for %1. If your mail provider or IT department gave you the server&apos;s name, choose &quot;Set up manually&quot;.</source>
        <translation>NeverSent konnte den Mailserver für %1 nicht finden. Wenn Ihnen Ihr E-Mail-Anbieter oder Ihre IT-Abteilung den Namen des Servers genannt hat, wählen Sie „Manuell einrichten“.</translation>
    </message>
</context>
<context>
    <name>Gui::Setup::DonePage</name>
    <message>
        <source>Your account is ready</source>
        <translation>Ihr Konto ist eingerichtet</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Where the password is kept</source>
        <translation>Wo das Passwort aufbewahrt wird</translation>
    </message>
    <message>
        <source>Your password is kept in your desktop&apos;s password safe.</source>
        <translation>Ihr Passwort wird im Passwortspeicher Ihres Desktops aufbewahrt.</translation>
    </message>
    <message>
        <source>%1 NeverSent will ask for the password each time it starts.</source>
        <translation>%1 NeverSent fragt bei jedem Start nach dem Passwort.</translation>
    </message>
    <message>
        <source>NeverSent signed in to %1, but could not save the account: %2</source>
        <translation>NeverSent hat sich bei %1 angemeldet, konnte das Konto aber nicht speichern: %2</translation>
    </message>
    <message>
        <source>NeverSent will read the mail of %1 from %2.</source>
        <translation>NeverSent liest die E-Mails von %1 über den Server %2.</translation>
    </message>
    <message>
        <source>Saving your password …</source>
        <translation>Ihr Passwort wird gespeichert …</translation>
    </message>
    <message>
        <source>Your sign-in is kept in your desktop&apos;s password safe.</source>
        <translation>Ihre Anmeldung wird im Passwortspeicher Ihres Desktops aufbewahrt.</translation>
    </message>
    <message>
        <source>Saving your sign-in …</source>
        <translation>Anmeldung wird gespeichert …</translation>
    </message>
    <message>
        <source>Your sign-in cannot be kept without a password safe, so you will sign in again in your browser each time NeverSent starts.</source>
        <translation>Ohne Passwortspeicher kann Ihre Anmeldung nicht aufbewahrt werden, daher melden Sie sich bei jedem Start von NeverSent erneut in Ihrem Browser an.</translation>
    </message>
</context>
<context>
    <name>Gui::Setup::ManualPage</name>
    <message>
        <source>Your mail server</source>
        <translation>Ihr Mailserver</translation>
    </message>
    <message>
        <source>Type what your mail provider or IT department gave you for reading mail (IMAP).</source>
        <translation>Geben Sie ein, was Ihnen Ihr E-Mail-Anbieter oder Ihre IT-Abteilung für den E-Mail-Abruf (IMAP) mitgeteilt hat.</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>imap.example.com</source>
        <translation>imap.beispiel.de</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Verschlüsselung</translation>
    </message>
    <message>
        <source>TLS (usually port 993)</source>
        <translation>TLS (meist Port 993)</translation>
    </message>
    <message>
        <source>STARTTLS (usually port 143)</source>
        <translation>STARTTLS (meist Port 143)</translation>
    </message>
    <message>
        <source>None: a server on this computer only</source>
        <translation>Keine: nur für einen Server auf diesem Computer</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Problem with the server settings</source>
        <translation>Problem mit den Servereinstellungen</translation>
    </message>
    <message>
        <source>&amp;Email address:</source>
        <translation>&amp;E-Mail-Adresse:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>Encr&amp;yption:</source>
        <translation>&amp;Verschlüsselung:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Without encryption your password could be read on its way, so NeverSent allows this only for a mail server on this computer. Choose TLS or STARTTLS.</source>
        <translation>Ohne Verschlüsselung könnte Ihr Passwort unterwegs mitgelesen werden, daher erlaubt NeverSent das nur für einen Mailserver auf diesem Computer. Wählen Sie TLS oder STARTTLS.</translation>
    </message>
    <message>
        <source>NeverSent cannot use &quot;%1&quot; as a server name. Check it for typing mistakes.</source>
        <translation>NeverSent kann „%1“ nicht als Servernamen verwenden. Prüfen Sie ihn auf Tippfehler.</translation>
    </message>
</context>
<context>
    <name>Gui::Setup::SetupAssistant</name>
    <message>
        <source>Set up your mail account</source>
        <translation>Ihr E-Mail-Konto einrichten</translation>
    </message>
</context>
<context>
    <name>Gui::Widgets::BrowserSignInPanel</name>
    <message>
        <source>&amp;Open the browser again</source>
        <translation>Browser erneut ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Cancel the sign-in</source>
        <translation>Anmeldung a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>Open the browser again</source>
        <translation>Browser erneut öffnen</translation>
    </message>
    <message>
        <source>Cancel the sign-in</source>
        <translation>Anmeldung abbrechen</translation>
    </message>
    <message>
        <source>NeverSent could not open your web browser to sign in. Set a default web browser and try again.</source>
        <translation>NeverSent konnte Ihren Webbrowser für die Anmeldung nicht öffnen. Legen Sie einen Standardbrowser fest und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled. Choose &quot;Sign in with %1&quot; to start again.</source>
        <translation>Die Anmeldung wurde abgebrochen. Wählen Sie „Mit %1 anmelden“, um neu zu beginnen.</translation>
    </message>
    <message>
        <source>&amp;Sign in with %1</source>
        <translation>Mit %1 an&amp;melden</translation>
    </message>
    <message>
        <source>Sign in with %1</source>
        <translation>Mit %1 anmelden</translation>
    </message>
    <message>
        <source>%1 asks you to sign in on its own page, in your web browser. NeverSent never sees your password there.</source>
        <translation>%1 bittet Sie, sich auf seiner eigenen Seite in Ihrem Webbrowser anzumelden. NeverSent sieht Ihr Passwort dort nie.</translation>
    </message>
    <message>
        <source>You are signed in with %1.</source>
        <translation>Sie sind mit %1 angemeldet.</translation>
    </message>
    <message>
        <source>Finish signing in in your browser. If you closed its page, choose &quot;Open the browser again&quot;.</source>
        <translation>Schließen Sie die Anmeldung in Ihrem Browser ab. Wenn Sie die Seite geschlossen haben, wählen Sie „Browser erneut öffnen“.</translation>
    </message>
</context>
<context>
    <name>Gui::Widgets::ExplanationView</name>
    <message>
        <source>Explanation of the selected message</source>
        <translation>Erklärung der ausgewählten Nachricht</translation>
    </message>
    <message>
        <source>Select a message to see what it is and what to do about it.</source>
        <translation>Wählen Sie eine Nachricht aus, um zu sehen, worum es sich handelt und was zu tun ist.</translation>
    </message>
    <message>
        <source>What this message shows</source>
        <translation>Was diese Nachricht zeigt</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Was zu tun ist</translation>
    </message>
</context>
<context>
    <name>Gui::Widgets::HelpPageLink</name>
    <message>
        <source>&amp;Open this page in your web browser</source>
        <translation>Diese Seite im &amp;Browser öffnen</translation>
    </message>
    <message>
        <source>Address of your mail provider&apos;s help page</source>
        <translation>Adresse der Hilfeseite Ihres E-Mail-Anbieters</translation>
    </message>
    <message>
        <source>Open your mail provider&apos;s help page in your web browser</source>
        <translation>Die Hilfeseite Ihres E-Mail-Anbieters im Webbrowser öffnen</translation>
    </message>
</context>
<context>
    <name>Gui::Widgets::MessageBar</name>
    <message>
        <source>Close this message</source>
        <translation>Diese Meldung schließen</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Meldung schließen</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>Gui::Widgets::SpamRunChart</name>
    <message>
        <source>Bounces over time</source>
        <translation>Rückläufer im Zeitverlauf</translation>
    </message>
    <message>
        <source>%1: %2 forged, %3 about mail you sent</source>
        <translation>%1: %2 gefälscht, %3 zu Mails von Ihnen</translation>
    </message>
    <message>
        <source>Bounces per hour</source>
        <translation>Rückläufer pro Stunde</translation>
    </message>
    <message>
        <source>Bounces per day</source>
        <translation>Rückläufer pro Tag</translation>
    </message>
    <message>
        <source>about mail you sent</source>
        <translation>zu Mails von Ihnen</translation>
    </message>
    <message>
        <source>forged</source>
        <translation>gefälscht</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Explains and cleans up bounce messages for mail you never sent.</source>
        <translation>Erklärt und bereinigt Rückläufer zu E-Mails, die Sie nie gesendet haben.</translation>
    </message>
    <message>
        <source>Open the bundled sample mailbox (a temporary copy) instead of a mail account.</source>
        <translation>Das mitgelieferte Beispielpostfach (eine temporäre Kopie) statt eines E-Mail-Kontos öffnen.</translation>
    </message>
    <message>
        <source>The NeverSent store to use.</source>
        <translation>Der zu verwendende NeverSent-Datenspeicher.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Start in the system tray, keeping watch, when &quot;Keep watching when the window is closed&quot; is on.</source>
        <translation>Im Systembereich starten und beobachten, wenn „Bei geschlossenem Fenster weiter beobachten“ eingeschaltet ist.</translation>
    </message>
</context>
</TS>
