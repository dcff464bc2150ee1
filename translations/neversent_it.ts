<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it">
<context>
    <name>Core::Account::AccountStore</name>
    <message>
        <source>An account needs an email address, a user name and a server.</source>
        <translation>Per un account servono un indirizzo email, un nome utente e un server.</translation>
    </message>
    <message>
        <source>Your list of accounts could not be saved: %1</source>
        <translation>Non è stato possibile salvare l&apos;elenco dei tuoi account: %1</translation>
    </message>
    <message>
        <source>This account is no longer in your list of accounts.</source>
        <translation>Questo account non è più nell&apos;elenco dei tuoi account.</translation>
    </message>
    <message>
        <source>Your list of accounts could not be read or saved: %1</source>
        <translation>Non è stato possibile leggere o salvare l&apos;elenco dei tuoi account: %1</translation>
    </message>
</context>
<context>
    <name>Core::Account::ConnectionTester</name>
    <message>
        <source>Something answered at %1 on port %2, but it is not a mail server. Check the server address and port.</source>
        <translation>Qualcosa ha risposto all&apos;indirizzo %1 sulla porta %2, ma non è un server di posta. Controlla l&apos;indirizzo del server e la porta.</translation>
    </message>
    <message>
        <source>NeverSent cannot confirm that %1 is really your mail server: nobody your computer trusts vouches for its security certificate. Trust this certificate only if your mail provider or IT staff confirm its fingerprint:
%2</source>
        <translation>NeverSent non può confermare che %1 sia davvero il tuo server di posta: nessuno di cui il tuo computer si fida garantisce per il suo certificato di sicurezza. Fidati di questo certificato solo se il tuo provider di posta o l&apos;assistenza informatica ti confermano la sua impronta digitale:
%2</translation>
    </message>
</context>
<context>
    <name>Core::Account::PasswordKeychain</name>
    <message>
        <source>Your desktop has no password safe running, so NeverSent will ask for the password each time it starts.</source>
        <translation>Sul tuo computer non è attivo nessun portachiavi delle password, quindi NeverSent ti chiederà la password a ogni avvio.</translation>
    </message>
    <message>
        <source>Your desktop&apos;s password safe did not let NeverSent in, so NeverSent will ask for the password each time it starts.</source>
        <translation>Il portachiavi delle password del tuo computer non ha dato accesso a NeverSent, quindi NeverSent ti chiederà la password a ogni avvio.</translation>
    </message>
    <message>
        <source>Your desktop&apos;s password safe reported a problem: %1</source>
        <translation>Il portachiavi delle password del tuo computer ha segnalato un problema: %1</translation>
    </message>
</context>
<context>
    <name>Core::Account::ServerDiscovery</name>
    <message>
        <source>Looking for %1 among the well-known mail services...</source>
        <translation>Cerco %1 tra i servizi di posta più noti...</translation>
    </message>
    <message>
        <source>Asking %1 for its mail settings...</source>
        <translation>Chiedo a %1 le sue impostazioni di posta...</translation>
    </message>
    <message>
        <source>Looking up the mail server of %1 in the internet&apos;s address book...</source>
        <translation>Cerco il server di posta di %1 nella rubrica di Internet...</translation>
    </message>
    <message>
        <source>Trying the usual mail server names of %1...</source>
        <translation>Provo i nomi più comuni dei server di posta di %1...</translation>
    </message>
    <message>
        <source>Looking up who receives the mail of %1...</source>
        <translation>Ricerca di chi riceve la posta di %1...</translation>
    </message>
</context>
<context>
    <name>Core::Analysis::BounceAnalyzer</name>
    <message>
        <source>The message is empty.</source>
        <translation>Il messaggio è vuoto.</translation>
    </message>
    <message>
        <source>This is not an email message: it has no header.</source>
        <translation>Questo non è un messaggio email: non ha un&apos;intestazione.</translation>
    </message>
    <message>
        <source>The message could not be read (%1).</source>
        <translation>Non è stato possibile leggere il messaggio (%1).</translation>
    </message>
</context>
<context>
    <name>Core::Analysis::MimeDocument</name>
    <message>
        <source>The message structure cannot be read (%1).</source>
        <translation>Non è possibile leggere la struttura del messaggio (%1).</translation>
    </message>
</context>
<context>
    <name>Core::Cli::ClassifyCommand</name>
    <message>
        <source>Reads message files, folders and mbox files and says which are bounces, for whom and why, and whether you really sent the original.</source>
        <translation>Legge file di messaggi, cartelle e file mbox e dice quali sono notifiche di mancato recapito, per chi e perché, e se hai davvero inviato il messaggio originale.</translation>
    </message>
    <message>
        <source>Your sent mail: a file, folder or mbox (repeatable).</source>
        <translation>La tua posta inviata: un file, una cartella o un file mbox (ripetibile).</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PERCORSO</translation>
    </message>
    <message>
        <source>One of your own addresses (repeatable).</source>
        <translation>Uno dei tuoi indirizzi (ripetibile).</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>INDIRIZZO</translation>
    </message>
    <message>
        <source>Output format: jsonl (one JSON object per message, the default) or text (a readable summary).</source>
        <translation>Formato di uscita: jsonl (un oggetto JSON per messaggio, il predefinito) o text (un riepilogo leggibile).</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMATO</translation>
    </message>
    <message>
        <source>Message files, folders or mbox files to read.</source>
        <translation>File di messaggi, cartelle o file mbox da leggere.</translation>
    </message>
    <message>
        <source>PATH...</source>
        <translation>PERCORSO...</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: use jsonl or text.</source>
        <translation>Formato sconosciuto «%1»: usa jsonl o text.</translation>
    </message>
    <message>
        <source>Name at least one message file, folder or mbox file to classify.</source>
        <translation>Indica almeno un file di messaggi, una cartella o un file mbox da classificare.</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: there is no such file or folder, or it is not readable. Check the path.</source>
        <translation>Impossibile leggere «%1»: il file o la cartella non esiste, oppure non è leggibile. Controlla il percorso.</translation>
    </message>
</context>
<context>
    <name>Core::Cli::CleanCommand</name>
    <message>
        <source>Moves the messages of the last scan with the given verdicts to the Trash.</source>
        <translation>Sposta nel Cestino i messaggi dell&apos;ultima analisi che hanno i verdetti indicati.</translation>
    </message>
    <message>
        <source>The scanned folder to clean (default INBOX).</source>
        <translation>La cartella analizzata da ripulire (predefinita: INBOX).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOME</translation>
    </message>
    <message>
        <source>Move messages with this verdict: backscatter, genuine or unknown (repeatable; default backscatter).</source>
        <translation>Sposta i messaggi con questo verdetto: backscatter, genuine o unknown (ripetibile; predefinito: backscatter).</translation>
    </message>
    <message>
        <source>VERDICT</source>
        <translation>VERDETTO</translation>
    </message>
    <message>
        <source>Say what would move and move nothing.</source>
        <translation>Mostra cosa verrebbe spostato, senza spostare nulla.</translation>
    </message>
    <message>
        <source>Unknown verdict &quot;%1&quot;: use backscatter, genuine or unknown.</source>
        <translation>Verdetto sconosciuto «%1»: usa backscatter, genuine o unknown.</translation>
    </message>
    <message>
        <source>The connection to %1 was lost while moving messages (%2). Nothing is lost: run the same command again to finish.</source>
        <translation>La connessione a %1 si è interrotta mentre venivano spostati i messaggi (%2). Non si è perso nulla: esegui di nuovo lo stesso comando per completare.</translation>
    </message>
    <message>
        <source>This server cannot remove single messages: the moved ones are marked as deleted in %1 and disappear when your mail program empties deleted items.
</source>
        <translation>Questo server non può rimuovere singoli messaggi: quelli spostati sono segnati come eliminati in %1 e spariranno quando il tuo programma di posta rimuoverà definitivamente i messaggi eliminati.
</translation>
    </message>
</context>
<context>
    <name>Core::Cli::CliApplication</name>
    <message>
        <source>No command given.</source>
        <translation>Nessun comando indicato.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Comando sconosciuto «%1».</translation>
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
        <translation>Uso: neversent-cli COMANDO [OPZIONI]

Spiega le notifiche di mancato recapito e distingue quelle false da quelle vere.

Comandi:
  classify   legge file di messaggi, cartelle o file mbox, senza connessione
  scan       legge una casella di posta IMAP senza modificarla
  clean      sposta nel Cestino le notifiche false dell&apos;ultima analisi
  undo       rimette i messaggi di una pulizia dove si trovavano
  report     analizzare, poi scrivere un rapporto per il reparto IT
  watch      restare connesso e giudicare la posta nuova appena arriva

Opzioni:
  -h, --help     mostra questo aiuto, o l&apos;aiuto di un comando se scritto dopo il comando
  -v, --version  mostra la versione
</translation>
    </message>
</context>
<context>
    <name>Core::Cli::MailboxProgram</name>
    <message>
        <source>The part of NeverSent that works on mailboxes cannot start (%1: %2). Install NeverSent again.</source>
        <translation>La parte di NeverSent che lavora sulle caselle di posta non si avvia (%1: %2). Installa di nuovo NeverSent.</translation>
    </message>
</context>
<context>
    <name>Core::Cli::PasswordSource</name>
    <message>
        <source>Cannot read the password file %1: %2</source>
        <translation>Impossibile leggere il file della password %1: %2</translation>
    </message>
    <message>
        <source>The password file %1 is empty.</source>
        <translation>Il file della password %1 è vuoto.</translation>
    </message>
    <message>
        <source>The environment variable %1 holds no password.</source>
        <translation>La variabile d&apos;ambiente %1 non contiene una password.</translation>
    </message>
    <message>
        <source>Cannot read the access token file %1: %2</source>
        <translation>Impossibile leggere il file del token di accesso %1: %2</translation>
    </message>
    <message>
        <source>The access token file %1 is empty.</source>
        <translation>Il file del token di accesso %1 è vuoto.</translation>
    </message>
    <message>
        <source>The environment variable %1 holds no access token.</source>
        <translation>La variabile d’ambiente %1 non contiene alcun token di accesso.</translation>
    </message>
</context>
<context>
    <name>Core::Cli::ReadableSummary</name>
    <message>
        <source>You never sent the original: safe to delete.</source>
        <translation>Non hai mai inviato l&apos;originale: puoi eliminarlo senza problemi.</translation>
    </message>
    <message>
        <source>You did send this: check the address or try again.</source>
        <translation>Questo l&apos;hai inviato davvero: controlla l&apos;indirizzo o riprova.</translation>
    </message>
    <message>
        <source>This answers mail you really sent.</source>
        <translation>Risponde a posta che hai inviato davvero.</translation>
    </message>
    <message>
        <source> for %1</source>
        <translation> (destinatario: %1)</translation>
    </message>
    <message>
        <source>: %1</source>
        <translation>: %1</translation>
    </message>
    <message numerus="yes">
        <source>NeverSent read %n message(s).

</source>
        <translation>
            <numerusform>Messaggi letti da NeverSent: %n.

</numerusform>
            <numerusform>Messaggi letti da NeverSent: %n.

</numerusform>
        </translation>
    </message>
    <message>
        <source>No sent mail was given, so NeverSent cannot tell forged bounces from real ones.
</source>
        <translation>Non è stata indicata la posta inviata, quindi NeverSent non può distinguere le notifiche di mancato recapito false da quelle vere.
</translation>
    </message>
    <message numerus="yes">
        <source>%n bounce(s) about mail you never sent: your address was forged, nothing to fix, safe to delete.
</source>
        <translation>
            <numerusform>Notifiche di mancato recapito per posta che non hai mai inviato: %n. Il tuo indirizzo è stato falsificato: niente da sistemare, si possono eliminare senza problemi.
</numerusform>
            <numerusform>Notifiche di mancato recapito per posta che non hai mai inviato: %n. Il tuo indirizzo è stato falsificato: niente da sistemare, si possono eliminare senza problemi.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n real delivery problem(s) with mail you did send: worth a look.
</source>
        <translation>
            <numerusform>Veri problemi di recapito con posta che hai inviato davvero: %n, da controllare.
</numerusform>
            <numerusform>Veri problemi di recapito con posta che hai inviato davvero: %n, da controllare.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n automatic message(s) that cannot be judged for sure.
</source>
        <translation>
            <numerusform>Messaggi automatici che non si possono giudicare con certezza: %n.
</numerusform>
            <numerusform>Messaggi automatici che non si possono giudicare con certezza: %n.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ordinary message(s) left alone.
</source>
        <translation>
            <numerusform>Messaggi normali lasciati come sono: %n.
</numerusform>
            <numerusform>Messaggi normali lasciati come sono: %n.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) could not be read.
</source>
        <translation>
            <numerusform>Messaggi che non è stato possibile leggere: %n.
</numerusform>
            <numerusform>Messaggi che non è stato possibile leggere: %n.
</numerusform>
        </translation>
    </message>
    <message>
        <source>FORGED</source>
        <translation>FALSO</translation>
    </message>
    <message>
        <source>YOURS</source>
        <translation>TUO</translation>
    </message>
    <message>
        <source>UNSURE</source>
        <translation>DUBBIO</translation>
    </message>
</context>
<context>
    <name>Core::Cli::ReportCommand</name>
    <message>
        <source>Reads an IMAP mailbox without changing it, as scan does, and writes a report for the IT department: the forged bounces over time, where the forged mail came from, a few of them, the domain&apos;s SPF and DMARC records and what could be changed.</source>
        <translation>Legge una casella IMAP senza modificarla, come scan, e scrive un rapporto per il reparto IT: le notifiche false nel tempo, da dove proveniva la posta falsificata, alcuni di essi, i record SPF e DMARC del dominio e cosa si potrebbe cambiare.</translation>
    </message>
    <message>
        <source>A folder to check (repeatable; default INBOX).</source>
        <translation>Una cartella da controllare (ripetibile; predefinita: INBOX).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOME</translation>
    </message>
    <message>
        <source>A folder of your sent mail (repeatable; default: the Sent folders found).</source>
        <translation>Una cartella della tua posta inviata (ripetibile; predefinite: le cartelle Posta inviata trovate).</translation>
    </message>
    <message>
        <source>One of your own addresses (repeatable).</source>
        <translation>Uno dei tuoi indirizzi (ripetibile).</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>INDIRIZZO</translation>
    </message>
    <message>
        <source>The domain the forged mail claims to come from (default: that of --me, else of --user).</source>
        <translation>Il dominio da cui la posta falsificata dice di provenire (predefinito: quello di --me, altrimenti quello di --user).</translation>
    </message>
    <message>
        <source>DOMAIN</source>
        <translation>DOMINIO</translation>
    </message>
    <message>
        <source>Ask this DNS server (an IP address) for the domain&apos;s records instead of the system&apos;s.</source>
        <translation>Chiedere i record del dominio a questo server DNS (un indirizzo IP) invece che a quello del sistema.</translation>
    </message>
    <message>
        <source>text (the default) or json.</source>
        <translation>text (il predefinito) o json.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMATO</translation>
    </message>
    <message>
        <source>--format is text or json, not &quot;%1&quot;.</source>
        <translation>--format è text o json, non «%1».</translation>
    </message>
    <message>
        <source>--nameserver needs an IP address, not &quot;%1&quot;.</source>
        <translation>--nameserver richiede un indirizzo IP, non «%1».</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 su %2</translation>
    </message>
</context>
<context>
    <name>Core::Cli::ScanCommand</name>
    <message>
        <source>Reads an IMAP mailbox without changing it and says which messages are bounces for mail you never sent.</source>
        <translation>Legge una casella di posta IMAP senza modificarla e dice quali messaggi sono notifiche di mancato recapito per posta che non hai mai inviato.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOME</translation>
    </message>
    <message>
        <source>A folder to check (repeatable; default INBOX).</source>
        <translation>Una cartella da controllare (ripetibile; predefinita: INBOX).</translation>
    </message>
    <message>
        <source>A folder of your sent mail (repeatable; default: the Sent folders found).</source>
        <translation>Una cartella della tua posta inviata (ripetibile; predefinite: le cartelle Posta inviata trovate).</translation>
    </message>
    <message>
        <source>One of your own addresses (repeatable).</source>
        <translation>Uno dei tuoi indirizzi (ripetibile).</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>INDIRIZZO</translation>
    </message>
</context>
<context>
    <name>Core::Cli::ServerOptions</name>
    <message>
        <source>imaps://host[:port], imap://host[:port] or imap+plain://127.0.0.1:port.</source>
        <translation>imaps://host[:port], imap://host[:port] o imap+plain://127.0.0.1:port.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>The account&apos;s user name.</source>
        <translation>Il nome utente dell&apos;account.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOME</translation>
    </message>
    <message>
        <source>Read the password from this file.</source>
        <translation>Legge la password da questo file.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Read the password from this environment variable.</source>
        <translation>Legge la password da questa variabile d&apos;ambiente.</translation>
    </message>
    <message>
        <source>VAR</source>
        <translation>VAR</translation>
    </message>
    <message>
        <source>Extra trusted root certificates (PEM).</source>
        <translation>Certificati radice attendibili aggiuntivi (PEM).</translation>
    </message>
    <message>
        <source>PEM</source>
        <translation>PEM</translation>
    </message>
    <message>
        <source>Accept the server certificate with this SHA-256 fingerprint (and remember it for this server).</source>
        <translation>Accetta il certificato del server con questa impronta SHA-256 (e lo ricorda per questo server).</translation>
    </message>
    <message>
        <source>SHA256</source>
        <translation>SHA256</translation>
    </message>
    <message>
        <source>The cache and audit store (default: in your cache directory).</source>
        <translation>L&apos;archivio della cache e del registro delle operazioni (predefinito: nella tua cartella della cache).</translation>
    </message>
    <message>
        <source>This command takes no file names: &quot;%1&quot;.</source>
        <translation>Questo comando non accetta nomi di file: «%1».</translation>
    </message>
    <message>
        <source>Give the mail server with --server and the user name with --user.</source>
        <translation>Indica il server di posta con --server e il nome utente con --user.</translation>
    </message>
    <message>
        <source>No certificate could be read from %1; give a PEM file.</source>
        <translation>Non è stato possibile leggere alcun certificato da %1; indica un file PEM.</translation>
    </message>
    <message>
        <source>Sign in with the OAuth2 access token in this file (instead of a password).</source>
        <translation>Accedere con il token di accesso OAuth2 contenuto in questo file (invece di una password).</translation>
    </message>
    <message>
        <source>Sign in with the OAuth2 access token in this environment variable (instead of a password).</source>
        <translation>Accedere con il token di accesso OAuth2 contenuto in questa variabile d’ambiente (invece di una password).</translation>
    </message>
    <message>
        <source>Give the password with --password-file or --password-env, or an access token with --access-token-file or --access-token-env: one of them, never on the command line.</source>
        <translation>Indicare la password con --password-file o --password-env, oppure un token di accesso con --access-token-file o --access-token-env: una sola di queste opzioni, mai sulla riga di comando.</translation>
    </message>
</context>
<context>
    <name>Core::Cli::UndoCommand</name>
    <message>
        <source>Puts the messages of a clean action back where they were.</source>
        <translation>Rimette i messaggi di una pulizia dove si trovavano.</translation>
    </message>
    <message>
        <source>The clean action to undo (default: the last one).</source>
        <translation>La pulizia da annullare (predefinita: l&apos;ultima).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>--action takes the number of a clean action, as clean printed it.</source>
        <translation>--action vuole il numero di una pulizia, così come l&apos;ha mostrato clean.</translation>
    </message>
    <message>
        <source>There is no clean to undo for this account.</source>
        <translation>Non c&apos;è nessuna pulizia da annullare per questo account.</translation>
    </message>
    <message>
        <source>The connection to %1 was lost while putting messages back (%2). Nothing is lost: run the same command again to finish.</source>
        <translation>La connessione a %1 si è interrotta mentre i messaggi venivano rimessi a posto (%2). Non si è perso nulla: esegui di nuovo lo stesso comando per completare.</translation>
    </message>
</context>
<context>
    <name>Core::Cli::UsageError</name>
    <message>
        <source>neversent-cli: %1 Try --help.</source>
        <translation>neversent-cli: %1 Prova --help.</translation>
    </message>
</context>
<context>
    <name>Core::Cli::WatchCommand</name>
    <message>
        <source>Stays connected to an IMAP mailbox and reports each new message as soon as it is judged, until interrupted (Ctrl+C, SIGTERM).</source>
        <translation>Resta connesso a una casella IMAP e segnala ogni nuovo messaggio appena è giudicato, finché non viene interrotto (Ctrl+C, SIGTERM).</translation>
    </message>
    <message>
        <source>A folder to watch (repeatable; default INBOX).</source>
        <translation>Una cartella da sorvegliare (ripetibile; predefinita INBOX).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOME</translation>
    </message>
    <message>
        <source>A folder of your sent mail (repeatable; default: the Sent folders found).</source>
        <translation>Una cartella della tua posta inviata (ripetibile; predefinite: le cartelle Posta inviata trovate).</translation>
    </message>
    <message>
        <source>One of your own addresses (repeatable).</source>
        <translation>Uno dei tuoi indirizzi (ripetibile).</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>INDIRIZZO</translation>
    </message>
    <message>
        <source>Move each new forged bounce to the Trash, as a clean that undo can take back.</source>
        <translation>Spostare ogni nuova notifica falsa nel Cestino, come una pulizia che undo può annullare.</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDI</translation>
    </message>
    <message>
        <source>--interval is a number of seconds from 1 to 3600, not &quot;%1&quot;.</source>
        <translation>--interval è un numero di secondi da 1 a 3600, non «%1».</translation>
    </message>
    <message>
        <source>Watching %1 on %2. Ctrl+C ends it.
</source>
        <translation>Sorveglio %1 su %2. Ctrl+C lo termina.
</translation>
    </message>
    <message>
        <source>How often to ask the server whether anything changed, in seconds (default 60); new mail in the first folder comes at once where the server has IMAP IDLE.</source>
        <translation>Ogni quanto chiedere al server se qualcosa è cambiato, in secondi (predefinito 60); la posta nuova nella prima cartella arriva subito se il server ha IMAP IDLE.</translation>
    </message>
</context>
<context>
    <name>Core::Demo::DemoMailbox</name>
    <message>
        <source>The demo mailbox cannot be set up in %1: a folder named Maildir is there already.</source>
        <translation>Non è possibile preparare la casella di posta di esempio in %1: c&apos;è già una cartella chiamata Maildir.</translation>
    </message>
    <message>
        <source>This copy of NeverSent was built without its demo mailbox.</source>
        <translation>Questa copia di NeverSent è stata compilata senza la sua casella di posta di esempio.</translation>
    </message>
    <message>
        <source>The demo mailbox cannot be set up in %1: the folder cannot be created.</source>
        <translation>Non è possibile preparare la casella di posta di esempio in %1: non si riesce a creare la cartella.</translation>
    </message>
    <message>
        <source>The demo mailbox cannot be set up in %1: %2 cannot be written.</source>
        <translation>Non è possibile preparare la casella di posta di esempio in %1: non si riesce a scrivere %2.</translation>
    </message>
</context>
<context>
    <name>Core::Demo::DemoWorker</name>
    <message>
        <source>Cancelled: the rest of the demo mailbox was not checked.</source>
        <translation>Interrotto: il resto della casella di posta di esempio non è stato controllato.</translation>
    </message>
    <message>
        <source>There is no folder &quot;%1&quot; in the demo mailbox.</source>
        <translation>Nella casella di posta di esempio non c&apos;è nessuna cartella «%1».</translation>
    </message>
    <message>
        <source>The demo mailbox has no Trash folder, so nothing was moved.</source>
        <translation>La casella di posta di esempio non ha una cartella Cestino, quindi non è stato spostato nulla.</translation>
    </message>
    <message>
        <source>Reading your sent mail in %1</source>
        <translation>Leggo la tua posta inviata in %1</translation>
    </message>
    <message>
        <source>Checking %1</source>
        <translation>Controllo %1</translation>
    </message>
    <message>
        <source>None of the chosen messages is in the last scan of &quot;%1&quot;. Scan again.</source>
        <translation>Nessuno dei messaggi scelti è nell&apos;ultima analisi di «%1». Analizza di nuovo.</translation>
    </message>
    <message>
        <source>There is nothing to undo.</source>
        <translation>Non c&apos;è niente da annullare.</translation>
    </message>
</context>
<context>
    <name>Core::Domain::DomainPolicy</name>
    <message>
        <source>the DMARC record has no policy (p=)</source>
        <translation>il record DMARC non indica alcun criterio (p=)</translation>
    </message>
    <message>
        <source>the DMARC record&apos;s policy &quot;p=%1&quot; is not one of none, quarantine, reject</source>
        <translation>il criterio «p=%1» del record DMARC non è né none né quarantine né reject</translation>
    </message>
    <message>
        <source>%1 publishes %2 SPF records, and receiving servers use none of them</source>
        <translation>%1 pubblica %2 record SPF e i server riceventi non ne usano nessuno</translation>
    </message>
    <message>
        <source>%1 publishes %2 DMARC records, and receiving servers use none of them</source>
        <translation>%1 pubblica %2 record DMARC e i server riceventi non ne usano nessuno</translation>
    </message>
    <message>
        <source>The DNS records of %1 could not be looked up: the name server did not answer in time.</source>
        <translation>Non è stato possibile consultare i record DNS di %1: il server dei nomi non ha risposto in tempo.</translation>
    </message>
    <message>
        <source>%1 publishes no DMARC policy, so receiving servers accept mail forged in its name and send their bounces back to you.</source>
        <translation>%1 non pubblica alcun criterio DMARC, quindi i server riceventi accettano posta falsificata a suo nome e le rimandano i loro notifiche di mancato recapito.</translation>
    </message>
    <message>
        <source>Publishing a DMARC record (at _dmarc.%1) with p=reject tells them to refuse such mail at the door; most of the bounces then stop.</source>
        <translation>Pubblicare un record DMARC (in _dmarc.%1) con p=reject indica loro di rifiutare subito quella posta; la maggior parte delle notifiche allora cessa.</translation>
    </message>
    <message>
        <source>The DMARC record of %1 cannot be used (%2): receiving servers ignore it, as if there were none, and accept mail forged in its name.</source>
        <translation>Il record DMARC di %1 non è utilizzabile (%2): i server riceventi lo ignorano, come se non ci fosse, e accettano posta falsificata a suo nome.</translation>
    </message>
    <message>
        <source>Correcting it, with p=reject, tells them to refuse such mail at the door.</source>
        <translation>Corretto, con p=reject, indica loro di rifiutare subito quella posta.</translation>
    </message>
    <message>
        <source>The DMARC policy of %1 is p=none: receiving servers only watch, accept mail forged in its name and send their bounces back to you.</source>
        <translation>Il criterio DMARC di %1 è p=none: i server riceventi si limitano a osservare, accettano posta falsificata a suo nome e le rimandano le loro notifiche.</translation>
    </message>
    <message>
        <source>Once its own mail passes the checks, changing the policy to p=quarantine and then p=reject makes most of them refuse forged mail, and most of the bounces stop.</source>
        <translation>Quando la sua posta supera i controlli, passare il criterio a p=quarantine e poi a p=reject fa sì che la maggior parte rifiuti la posta falsificata, e la maggior parte delle notifiche cessa.</translation>
    </message>
    <message>
        <source>The DMARC policy of %1 is p=quarantine: most receiving servers put forged mail in the junk folder, but some still accept it and bounce it back to you.</source>
        <translation>Il criterio DMARC di %1 è p=quarantine: la maggior parte dei server riceventi mette la posta falsificata nella cartella della posta indesiderata, ma alcuni la accettano ancora e gliela rimandano.</translation>
    </message>
    <message>
        <source>Changing it to p=reject makes them refuse forged mail at the door.</source>
        <translation>Passarlo a p=reject fa sì che rifiutino subito la posta falsificata.</translation>
    </message>
    <message>
        <source>The DMARC policy of %1 is p=reject: most receiving servers refuse mail forged in its name, so few bounces should come back. The ones that still come are from servers that ignore DMARC.</source>
        <translation>Il criterio DMARC di %1 è p=reject: la maggior parte dei server riceventi rifiuta la posta falsificata a suo nome, quindi dovrebbero tornare poche notifiche. Quelli che arrivano ancora provengono da server che ignorano DMARC.</translation>
    </message>
    <message>
        <source>The policy applies to only %1% of the failing mail (pct=%1); the rest is delivered.</source>
        <translation>Il criterio si applica solo al %1% della posta che non supera il controllo (pct=%1); il resto viene recapitato.</translation>
    </message>
    <message>
        <source>%1 publishes no SPF record, so receiving servers cannot tell which servers may send its mail.</source>
        <translation>%1 non pubblica alcun record SPF, quindi i server riceventi non possono sapere quali server possono inviare la sua posta.</translation>
    </message>
    <message>
        <source>The SPF record of %1 cannot be used (%2).</source>
        <translation>Il record SPF di %1 non è utilizzabile (%2).</translation>
    </message>
    <message>
        <source>The SPF record of %1 ends in +all: it lets any server in the world send mail in its name. It should end in -all or ~all.</source>
        <translation>Il record SPF di %1 termina con +all: consente a qualsiasi server al mondo di inviare posta a suo nome. Dovrebbe terminare con -all o ~all.</translation>
    </message>
    <message>
        <source>The SPF record of %1 says nothing about servers it does not list (?all, or no &quot;all&quot;). Ending it in -all lets receiving servers reject forged mail.</source>
        <translation>Il record SPF di %1 non dice nulla dei server che non elenca (?all, o nessun «all»). Terminarlo con -all consente ai server riceventi di rifiutare la posta falsificata.</translation>
    </message>
    <message>
        <source>%1 has no DMARC record of its own, so receiving servers apply that of %2.</source>
        <translation>%1 non ha un record DMARC proprio, quindi i server riceventi applicano quello di %2.</translation>
    </message>
</context>
<context>
    <name>Core::Domain::ItReport</name>
    <message>
        <source>NeverSent report for IT: %1, %2</source>
        <translation>Rapporto NeverSent per l’IT: %1, %2</translation>
    </message>
    <message>
        <source>Bounces received from %1 to %2.</source>
        <translation>Notifiche ricevute dal %1 al %2.</translation>
    </message>
    <message>
        <source>Forged bounces (backscatter): %1. About mail really sent: %2. Undecided: %3.</source>
        <translation>Notifiche false (backscatter): %1. Su posta inviata davvero: %2. Indecisi: %3.</translation>
    </message>
    <message>
        <source>Per day (forged / about mail really sent):</source>
        <translation>Per giorno (falsificati / su posta inviata davvero):</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>senza data</translation>
    </message>
    <message>
        <source>Where the forged mail entered the mail system:</source>
        <translation>Dove la posta falsificata è entrata nel sistema di posta:</translation>
    </message>
    <message>
        <source>  The bounces do not say.</source>
        <translation>  Le notifiche non lo dicono.</translation>
    </message>
    <message>
        <source>The newest forged bounces:</source>
        <translation>Le notifiche false più recenti:</translation>
    </message>
    <message>
        <source>    reported by %1; failed recipients: %2</source>
        <translation>    segnalato da %1; destinatari non raggiunti: %2</translation>
    </message>
    <message>
        <source>    the forged original: Message-ID &lt;%1&gt;, From %2, sent from %3 %4</source>
        <translation>    l’originale falsificato: Message-ID &lt;%1&gt;, From %2, inviato da %3 %4</translation>
    </message>
    <message>
        <source>    the receiving server&apos;s checks: %1</source>
        <translation>    i controlli del server ricevente: %1</translation>
    </message>
    <message>
        <source>No domain was given, so its SPF and DMARC records were not looked up.</source>
        <translation>Non è stato indicato alcun dominio, quindi i suoi record SPF e DMARC non sono stati consultati.</translation>
    </message>
    <message>
        <source>The domain %1:</source>
        <translation>Il dominio %1:</translation>
    </message>
    <message>
        <source>  SPF:   %1</source>
        <translation>  SPF:   %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nessun oggetto)</translation>
    </message>
    <message>
        <source>  DMARC: %1</source>
        <translation>  DMARC: %1</translation>
    </message>
    <message>
        <source>What this means, and what IT could change:</source>
        <translation>Cosa significa e cosa potrebbe cambiare l’IT:</translation>
    </message>
    <message>
        <source>NeverSent report for IT</source>
        <translation>Rapporto NeverSent per l’IT</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Forged bounces (backscatter)</source>
        <translation>Notifiche false (backscatter)</translation>
    </message>
    <message>
        <source>About mail really sent</source>
        <translation>Su posta inviata davvero</translation>
    </message>
    <message>
        <source>Undecided</source>
        <translation>Indecisi</translation>
    </message>
    <message>
        <source>Per day</source>
        <translation>Al giorno</translation>
    </message>
    <message>
        <source>Day (UTC)</source>
        <translation>Giorno (UTC)</translation>
    </message>
    <message>
        <source>Forged</source>
        <translation>False</translation>
    </message>
    <message>
        <source>Where the forged mail entered the mail system</source>
        <translation>Dove la posta falsificata è entrata nel sistema di posta</translation>
    </message>
    <message>
        <source>The bounces do not say.</source>
        <translation>Le notifiche non lo dicono.</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Rete</translation>
    </message>
    <message>
        <source>Host names</source>
        <translation>Nomi host</translation>
    </message>
    <message>
        <source>The newest forged bounces</source>
        <translation>Le notifiche false più recenti</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Segnalato da</translation>
    </message>
    <message>
        <source>Failed recipients</source>
        <translation>Destinatari non raggiunti</translation>
    </message>
    <message>
        <source>Forged original&apos;s Message-ID</source>
        <translation>Message-ID dell’originale falsificato</translation>
    </message>
    <message>
        <source>Forged original&apos;s From</source>
        <translation>From dell’originale falsificato</translation>
    </message>
    <message>
        <source>Sent from</source>
        <translation>Inviato da</translation>
    </message>
    <message>
        <source>The receiving server&apos;s checks</source>
        <translation>I controlli del server ricevente</translation>
    </message>
    <message>
        <source>The domain %1</source>
        <translation>Il dominio %1</translation>
    </message>
    <message>
        <source>What this means, and what IT could change</source>
        <translation>Cosa significa e cosa potrebbe cambiare l’IT</translation>
    </message>
</context>
<context>
    <name>Core::Explain::Explanation</name>
    <message>
        <source>%1 at %2</source>
        <comment>a date, then a time of day</comment>
        <translation>%1 alle %2</translation>
    </message>
    <message>
        <source>the recipient</source>
        <translation>un destinatario non indicato</translation>
    </message>
    <message>
        <source>a notice that a message could not be delivered</source>
        <translation>un avviso che un messaggio non è stato recapitato</translation>
    </message>
    <message>
        <source>a notice that a message is delayed</source>
        <translation>un avviso che un messaggio è in ritardo</translation>
    </message>
    <message>
        <source>a report about the delivery of a message</source>
        <translation>un rapporto sul recapito di un messaggio</translation>
    </message>
    <message>
        <source>an automatic reply, for example an out-of-office note</source>
        <translation>una risposta automatica, per esempio un messaggio di assenza dall&apos;ufficio</translation>
    </message>
    <message>
        <source>a request to confirm that you are a real sender</source>
        <translation>una richiesta di confermare che sei un mittente reale</translation>
    </message>
    <message>
        <source>a warning that a message carried a virus</source>
        <translation>un avviso che un messaggio conteneva un virus</translation>
    </message>
    <message>
        <source>a complaint that a message was spam</source>
        <translation>una segnalazione che un messaggio era spam</translation>
    </message>
    <message>
        <source>an automatic message</source>
        <translation>un messaggio automatico</translation>
    </message>
    <message>
        <source>It was sent to: %1.</source>
        <translation>Era indirizzato a: %1.</translation>
    </message>
    <message>
        <source>Its subject: &quot;%1&quot;.</source>
        <translation>Il suo oggetto: «%1».</translation>
    </message>
    <message>
        <source>It was sent on %1.</source>
        <translation>È stato inviato %1.</translation>
    </message>
    <message>
        <source>This notice arrived on %1.</source>
        <translation>Questo avviso è arrivato %1.</translation>
    </message>
    <message>
        <source>The receiving mail server wrote: %1</source>
        <translation>Il server di posta di destinazione ha scritto: %1</translation>
    </message>
    <message>
        <source>Someone else&apos;s computer sent a message with your address in the From line, the line that says who a message is from.</source>
        <translation>Il computer di qualcun altro ha inviato un messaggio con il tuo indirizzo nella riga «Da», la riga che dice chi ha mandato il messaggio.</translation>
    </message>
    <message>
        <source>You did not send this: a bounce for mail sent in your name</source>
        <translation>Non l&apos;hai inviato tu: una notifica di mancato recapito per posta inviata a tuo nome</translation>
    </message>
    <message>
        <source>%1 It went to an address that does not exist. The receiving mail server could not deliver it, so it sent this notice back to the address in the From line: yours.</source>
        <translation>%1 Quel messaggio è stato mandato a un indirizzo che non esiste. Il server di posta di destinazione non ha potuto recapitarlo, quindi ha rimandato questo avviso all&apos;indirizzo nella riga «Da»: il tuo.</translation>
    </message>
    <message>
        <source>%1 The mail server it went to refused it, and sent this notice back to the address in the From line: yours.</source>
        <translation>%1 Il server di posta a cui era destinato l&apos;ha rifiutato e ha rimandato questo avviso all&apos;indirizzo nella riga «Da»: il tuo.</translation>
    </message>
    <message>
        <source>You did not send this: a delay notice for mail sent in your name</source>
        <translation>Non l&apos;hai inviato tu: un avviso di ritardo per posta inviata a tuo nome</translation>
    </message>
    <message>
        <source>%1 The receiving mail server has not been able to deliver it yet and is still trying. It sent this notice to the address in the From line, yours, to say so. Another notice about the same message may follow.</source>
        <translation>%1 Il server di posta di destinazione non è ancora riuscito a recapitarlo e sta ancora provando. Ha mandato questo avviso all&apos;indirizzo nella riga «Da», il tuo, per comunicarlo. Potrebbe arrivare un altro avviso sullo stesso messaggio.</translation>
    </message>
    <message>
        <source>You did not send this: a delivery report for mail sent in your name</source>
        <translation>Non l&apos;hai inviato tu: un rapporto di recapito per posta inviata a tuo nome</translation>
    </message>
    <message>
        <source>%1 The receiving mail server sent a report about its delivery to the address in the From line: yours.</source>
        <translation>%1 Il server di posta di destinazione ha mandato un rapporto sul suo recapito all&apos;indirizzo nella riga «Da»: il tuo.</translation>
    </message>
    <message>
        <source>You did not send this: an automatic reply to mail sent in your name</source>
        <translation>Non l&apos;hai inviato tu: una risposta automatica a posta inviata a tuo nome</translation>
    </message>
    <message>
        <source>%1 The person it went to has an automatic answer switched on, for example while out of office, and their mailbox answered the address in the From line: yours. It answers a message you did not send.</source>
        <translation>%1 La persona a cui era destinato ha attivato una risposta automatica, per esempio perché è fuori sede, e la sua casella di posta ha risposto all&apos;indirizzo nella riga «Da»: il tuo. Risponde a un messaggio che non hai inviato.</translation>
    </message>
    <message>
        <source>You did not send this: a &quot;please confirm you are human&quot; request for mail sent in your name</source>
        <translation>Non l&apos;hai inviato tu: una richiesta «conferma di essere una persona» per posta inviata a tuo nome</translation>
    </message>
    <message>
        <source>%1 The receiver uses a service that holds mail from unknown senders until they confirm that they are a real person. The request came to you because your address was in the From line.</source>
        <translation>%1 Il destinatario usa un servizio che trattiene la posta dei mittenti sconosciuti finché non confermano di essere persone reali. La richiesta è arrivata a te perché il tuo indirizzo era nella riga «Da».</translation>
    </message>
    <message>
        <source>You did not send this: a virus warning about mail sent in your name</source>
        <translation>Non l&apos;hai inviato tu: un avviso di virus su posta inviata a tuo nome</translation>
    </message>
    <message>
        <source>%1 A virus scanner at the receiving end found a virus in it and warned the address in the From line: yours. This does not mean that your computer is infected: the message did not come from it.</source>
        <translation>%1 Un antivirus presso il destinatario ha trovato un virus nel messaggio e ha avvisato l&apos;indirizzo nella riga «Da»: il tuo. Questo non significa che il tuo computer sia infetto: il messaggio non è partito da lì.</translation>
    </message>
    <message>
        <source>You did not send this: a spam complaint about mail sent in your name</source>
        <translation>Non l&apos;hai inviato tu: una segnalazione di spam su posta inviata a tuo nome</translation>
    </message>
    <message>
        <source>%1 Someone who received it reported it as spam, and their mail provider passed the complaint on to the address in the From line: yours.</source>
        <translation>%1 Qualcuno che l&apos;ha ricevuto l&apos;ha segnalato come spam, e il suo provider di posta ha inoltrato la segnalazione all&apos;indirizzo nella riga «Da»: il tuo.</translation>
    </message>
    <message>
        <source>This is not your fault. Your computer and your email account are not where that message came from, and there is nothing to fix on your side. Senders of spam put real people&apos;s addresses in the From line all the time, and nobody can stop them from choosing yours.</source>
        <translation>Non è colpa tua. Quel messaggio non è partito dal tuo computer né dal tuo account email, e non c&apos;è niente da sistemare da parte tua. Chi manda spam mette di continuo gli indirizzi di persone reali nella riga «Da», e nessuno può impedirgli di scegliere il tuo.</translation>
    </message>
    <message>
        <source>The message it is about is not in your Sent folder: you did not send it.</source>
        <translation>Il messaggio a cui si riferisce non è nella tua cartella Posta inviata: non l&apos;hai inviato tu.</translation>
    </message>
    <message>
        <source>It was &quot;sent&quot; to: %1.</source>
        <translation>È stato «inviato» a: %1.</translation>
    </message>
    <message>
        <source>The subject it claimed: &quot;%1&quot;.</source>
        <translation>L&apos;oggetto dichiarato: «%1».</translation>
    </message>
    <message>
        <source>Where it really came from: a computer at %1 (%2), not yours.</source>
        <translation>Da dove è partito davvero: un computer all&apos;indirizzo %1 (%2), non il tuo.</translation>
    </message>
    <message>
        <source>Where it really came from: a computer at %1, not yours.</source>
        <translation>Da dove è partito davvero: un computer all&apos;indirizzo %1, non il tuo.</translation>
    </message>
    <message>
        <source>When it was sent: %1.</source>
        <translation>Data di invio: %1.</translation>
    </message>
    <message>
        <source>When this notice arrived: %1.</source>
        <translation>Data di arrivo di questo avviso: %1.</translation>
    </message>
    <message>
        <source>Do not click any link in it and do not answer it: that would let the forged message through and tell its sender that your address is read.</source>
        <translation>Non fare clic sui link al suo interno e non rispondere: faresti passare il messaggio falso e diresti a chi l&apos;ha mandato che il tuo indirizzo viene letto.</translation>
    </message>
    <message>
        <source>Do not open any attachment it carries.</source>
        <translation>Non aprire gli allegati che contiene.</translation>
    </message>
    <message>
        <source>It is safe to move it to the Trash. Nothing else needs to be done.</source>
        <translation>Puoi spostarlo nel Cestino senza problemi. Non serve fare altro.</translation>
    </message>
    <message>
        <source>If more notices about the same message arrive, they can go to the Trash as well.</source>
        <translation>Se arrivano altri avvisi sullo stesso messaggio, puoi spostare nel Cestino anche quelli.</translation>
    </message>
    <message>
        <source>The address does not exist at the receiving end: it may be mistyped, or the person may have left.</source>
        <translation>L&apos;indirizzo non esiste presso il destinatario: potrebbe essere scritto male, oppure la persona potrebbe non essere più lì.</translation>
    </message>
    <message>
        <source>Check the spelling of %1 and send the message again.</source>
        <translation>Controlla come è scritto %1 e invia di nuovo il messaggio.</translation>
    </message>
    <message>
        <source>If the address looks right, ask the person for their current address.</source>
        <translation>Se l&apos;indirizzo sembra giusto, chiedi alla persona il suo indirizzo attuale.</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox is full, so it cannot take new mail at the moment.</source>
        <translation>La casella di posta del destinatario è piena, quindi al momento non può ricevere nuovi messaggi.</translation>
    </message>
    <message>
        <source>Try again in a day or two.</source>
        <translation>Riprova tra un giorno o due.</translation>
    </message>
    <message>
        <source>If it is urgent, reach %1 another way, for example by phone.</source>
        <translation>Se è urgente, contatta %1 in un altro modo, per esempio per telefono.</translation>
    </message>
    <message>
        <source>The part of the address after the @ (%1) does not exist.</source>
        <translation>La parte dell&apos;indirizzo dopo la @ (%1) non esiste.</translation>
    </message>
    <message>
        <source>Check the part after the @ in %1 and send the message again.</source>
        <translation>Controlla la parte dopo la @ in %1 e invia di nuovo il messaggio.</translation>
    </message>
    <message>
        <source>The receiving mail server rejected your message, taking it for spam or because of one of its rules.</source>
        <translation>Il server di posta di destinazione ha rifiutato il tuo messaggio, scambiandolo per spam o per via di una delle sue regole.</translation>
    </message>
    <message>
        <source>Ask your IT support for help and show them this message. Sending it again unchanged will most likely fail again.</source>
        <translation>Chiedi aiuto all&apos;assistenza informatica e mostra questo messaggio. Se lo invii di nuovo senza modifiche, molto probabilmente non arriverà neanche questa volta.</translation>
    </message>
    <message>
        <source>Your message was too big for the receiving mail server.</source>
        <translation>Il tuo messaggio era troppo grande per il server di posta di destinazione.</translation>
    </message>
    <message>
        <source>Send smaller attachments, or put the files somewhere to share and send a link instead.</source>
        <translation>Invia allegati più piccoli, oppure metti i file in uno spazio condiviso e invia un link.</translation>
    </message>
    <message>
        <source>So far the receiving mail server could not be reached.</source>
        <translation>Finora non è stato possibile raggiungere il server di posta di destinazione.</translation>
    </message>
    <message>
        <source>The receiving mail server could not be reached, and the mail system gave up after trying for days.</source>
        <translation>Non è stato possibile raggiungere il server di posta di destinazione, e il sistema di posta ha rinunciato dopo aver provato per giorni.</translation>
    </message>
    <message>
        <source>Try again later, or reach %1 another way.</source>
        <translation>Riprova più tardi, oppure contatta %1 in un altro modo.</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox is switched off or closed.</source>
        <translation>La casella di posta del destinatario è disattivata o chiusa.</translation>
    </message>
    <message>
        <source>Reach %1 another way and ask for their current address.</source>
        <translation>Contatta %1 in un altro modo e chiedi il suo indirizzo attuale.</translation>
    </message>
    <message>
        <source>The receiving mail server found a virus in your message.</source>
        <translation>Il server di posta di destinazione ha trovato un virus nel tuo messaggio.</translation>
    </message>
    <message>
        <source>Do not send it again.</source>
        <translation>Non inviarlo di nuovo.</translation>
    </message>
    <message>
        <source>Ask your IT support to check your computer.</source>
        <translation>Chiedi all&apos;assistenza informatica di controllare il tuo computer.</translation>
    </message>
    <message>
        <source>A mail server on the way refused to pass your message on. This is a setting of a mail server, not something you did.</source>
        <translation>Un server di posta lungo il percorso si è rifiutato di inoltrare il tuo messaggio. Dipende da un&apos;impostazione di un server di posta, non da qualcosa che hai fatto tu.</translation>
    </message>
    <message>
        <source>Ask your IT support for help and show them this message.</source>
        <translation>Chiedi aiuto all&apos;assistenza informatica e mostra questo messaggio.</translation>
    </message>
    <message>
        <source>A security check between the mail servers failed.</source>
        <translation>Un controllo di sicurezza tra i server di posta non è riuscito.</translation>
    </message>
    <message>
        <source>The receiving mail server did not accept the content of your message.</source>
        <translation>Il server di posta di destinazione non ha accettato il contenuto del tuo messaggio.</translation>
    </message>
    <message>
        <source>Try sending it again without unusual attachments, or ask your IT support for help.</source>
        <translation>Prova a inviarlo di nuovo senza allegati insoliti, oppure chiedi aiuto all&apos;assistenza informatica.</translation>
    </message>
    <message>
        <source>Try sending it again later. If it fails again, ask your IT support and show them this message.</source>
        <translation>Prova a inviarlo di nuovo più tardi. Se non riesce di nuovo, rivolgiti all&apos;assistenza informatica e mostra questo messaggio.</translation>
    </message>
    <message>
        <source>Nothing to do yet: the mail system keeps trying. If it gives up, you will get another message saying so.</source>
        <translation>Per ora non c&apos;è niente da fare: il sistema di posta continua a provare. Se rinuncia, riceverai un altro messaggio che te lo dice.</translation>
    </message>
    <message>
        <source>Your message to %1 was not delivered</source>
        <translation>Il tuo messaggio a %1 non è stato recapitato</translation>
    </message>
    <message>
        <source>This is about a message you really sent. It could not be delivered.</source>
        <translation>Questo riguarda un messaggio che hai inviato davvero. Non è stato possibile recapitarlo.</translation>
    </message>
    <message>
        <source>Your message to %1 is delayed</source>
        <translation>Il tuo messaggio a %1 è in ritardo</translation>
    </message>
    <message>
        <source>This is about a message you really sent. It has not been delivered yet, but the mail system is still trying.</source>
        <translation>Questo riguarda un messaggio che hai inviato davvero. Non è ancora stato recapitato, ma il sistema di posta sta ancora provando.</translation>
    </message>
    <message>
        <source>A delivery report for your message to %1</source>
        <translation>Un rapporto di recapito per il tuo messaggio a %1</translation>
    </message>
    <message>
        <source>This is a report about the delivery of a message you really sent.</source>
        <translation>Questo è un rapporto sul recapito di un messaggio che hai inviato davvero.</translation>
    </message>
    <message>
        <source>Nothing to do: keep or delete it as you like.</source>
        <translation>Non c&apos;è niente da fare: tienilo o eliminalo, come preferisci.</translation>
    </message>
    <message>
        <source>An automatic reply from %1 to your message</source>
        <translation>Una risposta automatica da %1 al tuo messaggio</translation>
    </message>
    <message>
        <source>This is an automatic answer, for example an out-of-office note, to a message you really sent. Your message was delivered.</source>
        <translation>Questa è una risposta automatica, per esempio un messaggio di assenza dall&apos;ufficio, a un messaggio che hai inviato davvero. Il tuo messaggio è stato recapitato.</translation>
    </message>
    <message>
        <source>Nothing to fix. Read it: it may say when the person is back or whom to contact instead.</source>
        <translation>Niente da sistemare. Leggila: potrebbe dire quando la persona torna o a chi rivolgerti nel frattempo.</translation>
    </message>
    <message>
        <source>%1 asks you to confirm that you are a real sender</source>
        <translation>%1 ti chiede di confermare che sei un mittente reale</translation>
    </message>
    <message>
        <source>The receiver of a message you really sent uses a service that holds mail from unknown senders until they confirm that they are a real person. Your message waits there until you do.</source>
        <translation>Il destinatario di un messaggio che hai inviato davvero usa un servizio che trattiene la posta dei mittenti sconosciuti finché non confermano di essere persone reali. Il tuo messaggio resta in attesa finché non lo fai.</translation>
    </message>
    <message>
        <source>If you recognise the service, follow its instructions to confirm, and your message will be delivered. If in doubt, ask your IT support before you click anything.</source>
        <translation>Se riconosci il servizio, segui le sue istruzioni per confermare e il tuo messaggio verrà recapitato. Nel dubbio, chiedi all&apos;assistenza informatica prima di fare clic su qualsiasi cosa.</translation>
    </message>
    <message>
        <source>A virus was found in your message to %1</source>
        <translation>È stato trovato un virus nel tuo messaggio a %1</translation>
    </message>
    <message>
        <source>A virus scanner found a virus in a message you really sent. Your computer may be infected.</source>
        <translation>Un antivirus ha trovato un virus in un messaggio che hai inviato davvero. Il tuo computer potrebbe essere infetto.</translation>
    </message>
    <message>
        <source>Do not send the message again.</source>
        <translation>Non inviare di nuovo il messaggio.</translation>
    </message>
    <message>
        <source>Ask your IT support to check your computer before you send more mail.</source>
        <translation>Chiedi all&apos;assistenza informatica di controllare il tuo computer prima di inviare altra posta.</translation>
    </message>
    <message>
        <source>Your message to %1 was reported as spam</source>
        <translation>Il tuo messaggio a %1 è stato segnalato come spam</translation>
    </message>
    <message>
        <source>Someone who received a message you really sent reported it as spam to their mail provider.</source>
        <translation>Qualcuno che ha ricevuto un messaggio che hai inviato davvero l&apos;ha segnalato come spam al suo provider di posta.</translation>
    </message>
    <message>
        <source>If you send the same message to many people, make sure they asked for it. Tell your IT support if this surprises you.</source>
        <translation>Se invii lo stesso messaggio a molte persone, assicurati che l&apos;abbiano chiesto. Avvisa l&apos;assistenza informatica se la cosa ti sorprende.</translation>
    </message>
    <message>
        <source>Not sure whether you sent this</source>
        <translation>Non è chiaro se l&apos;hai inviato tu</translation>
    </message>
    <message>
        <source>This is %1. NeverSent cannot tell whether it is about a message you sent or about one someone else sent in your name.</source>
        <translation>Si tratta di %1. NeverSent non riesce a capire se riguarda un messaggio che hai inviato tu o uno che qualcun altro ha inviato a tuo nome.</translation>
    </message>
    <message>
        <source>What it says went wrong: %1.</source>
        <translation>Cosa è andato storto, secondo l&apos;avviso: %1.</translation>
    </message>
    <message>
        <source>If you did send that message, this tells of a real problem with it. If you did not, someone else put your address in the From line, and this message is safe to move to the Trash.</source>
        <translation>Se hai davvero inviato quel messaggio, questo avviso segnala un problema reale. Se non l&apos;hai inviato, qualcun altro ha messo il tuo indirizzo nella riga «Da», e puoi spostare questo messaggio nel Cestino senza problemi.</translation>
    </message>
    <message>
        <source>Look in your Sent folder for a message to %1 around %2.</source>
        <translation>Cerca nella cartella Posta inviata un messaggio a %1 inviato intorno a %2.</translation>
    </message>
    <message>
        <source>Look in your Sent folder for a message to %1.</source>
        <translation>Cerca nella cartella Posta inviata un messaggio a %1.</translation>
    </message>
    <message>
        <source>Look in your Sent folder for a message with the subject &quot;%1&quot;.</source>
        <translation>Cerca nella cartella Posta inviata un messaggio con oggetto «%1».</translation>
    </message>
    <message>
        <source>Open this message and check whether the message it quotes is one you wrote.</source>
        <translation>Apri questo messaggio e controlla se il messaggio che cita l&apos;hai scritto tu.</translation>
    </message>
    <message>
        <source>If you find it, the problem is real: check the address, try again later, or ask your IT support.</source>
        <translation>Se lo trovi, il problema è reale: controlla l&apos;indirizzo, riprova più tardi o chiedi all&apos;assistenza informatica.</translation>
    </message>
    <message>
        <source>If you find nothing, you did not send it: move it to the Trash.</source>
        <translation>Se non trovi niente, non l&apos;hai inviato tu: spostalo nel Cestino.</translation>
    </message>
    <message>
        <source>This message could not be read</source>
        <translation>Non è stato possibile leggere questo messaggio</translation>
    </message>
    <message>
        <source>Open it in your mail program to see what it is.</source>
        <translation>Aprilo nel tuo programma di posta per vedere di cosa si tratta.</translation>
    </message>
    <message>
        <source>Ordinary mail</source>
        <translation>Posta normale</translation>
    </message>
    <message>
        <source>This is not an automatic reply about mail from your address. NeverSent leaves it alone.</source>
        <translation>Questa non è una risposta automatica a posta partita dal tuo indirizzo. NeverSent la lascia com&apos;è.</translation>
    </message>
    <message>
        <source>What this message shows:</source>
        <translation>Cosa mostra questo messaggio:</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Cosa fare:</translation>
    </message>
    <message>
        <source>Someone may be using your email account</source>
        <translation>Qualcuno potrebbe usare il tuo account email</translation>
    </message>
    <message numerus="yes">
        <source>You said that %n of the bounces about mail you sent are about messages you did not write.</source>
        <translation>
            <numerusform>Hai indicato che %n delle notifiche di mancato recapito su posta che hai inviato riguarda un messaggio che non hai scritto tu.</numerusform>
            <numerusform>Hai indicato che %n delle notifiche di mancato recapito su posta che hai inviato riguardano messaggi che non hai scritto tu.</numerusform>
        </translation>
    </message>
    <message>
        <source>NeverSent found these messages in your Sent folder. So they were not just sent with your address in the From line: they were sent from your account itself. Someone else may know your password.</source>
        <translation>NeverSent ha trovato questi messaggi nella tua cartella Posta inviata. Quindi non sono stati solo inviati con il tuo indirizzo nella riga «Da»: sono stati inviati proprio dal tuo account. Qualcun altro potrebbe conoscere la tua password.</translation>
    </message>
    <message>
        <source>To %1, subject &quot;%2&quot;, sent %3.</source>
        <translation>A %1, oggetto «%2», inviato: %3.</translation>
    </message>
    <message>
        <source>(none)</source>
        <comment>no subject</comment>
        <translation>(nessun oggetto)</translation>
    </message>
    <message>
        <source>on an unknown date</source>
        <translation>data sconosciuta</translation>
    </message>
    <message numerus="yes">
        <source>And %n more.</source>
        <translation>
            <numerusform>E %n altro.</numerusform>
            <numerusform>E altri %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Change your email password now, from a computer you trust.</source>
        <translation>Cambia subito la password della tua email, da un computer di cui ti fidi.</translation>
    </message>
    <message>
        <source>Tell your IT support, and show them these messages.</source>
        <translation>Avvisa l&apos;assistenza informatica e mostra questi messaggi.</translation>
    </message>
    <message>
        <source>Keep these messages until your IT support has seen them: they help to find out what happened.</source>
        <translation>Tieni questi messaggi finché non li ha visti l&apos;assistenza informatica: aiutano a capire cosa è successo.</translation>
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
        <translation>un messaggio non è stato recapitato</translation>
    </message>
    <message>
        <source>a message is delayed</source>
        <translation>un messaggio è in ritardo</translation>
    </message>
    <message>
        <source>a delivery receipt</source>
        <translation>una conferma di recapito</translation>
    </message>
    <message>
        <source>an automatic reply (for example out of office)</source>
        <translation>una risposta automatica (per esempio fuori sede)</translation>
    </message>
    <message>
        <source>a request to prove you are a real sender</source>
        <translation>una richiesta di dimostrare che sei un mittente reale</translation>
    </message>
    <message>
        <source>a virus warning about a message</source>
        <translation>un avviso di virus su un messaggio</translation>
    </message>
    <message>
        <source>a spam complaint about a message</source>
        <translation>una segnalazione di spam su un messaggio</translation>
    </message>
    <message>
        <source>ordinary mail</source>
        <translation>posta normale</translation>
    </message>
    <message>
        <source>a message that could not be read</source>
        <translation>un messaggio che non è stato possibile leggere</translation>
    </message>
    <message>
        <source>the address does not exist</source>
        <translation>l&apos;indirizzo non esiste</translation>
    </message>
    <message>
        <source>the mailbox is full</source>
        <translation>la casella di posta è piena</translation>
    </message>
    <message>
        <source>the domain does not exist</source>
        <translation>il dominio non esiste</translation>
    </message>
    <message>
        <source>the receiving server blocked the sender</source>
        <translation>il server di destinazione ha bloccato il mittente</translation>
    </message>
    <message>
        <source>it was taken for spam</source>
        <translation>è stato scambiato per spam</translation>
    </message>
    <message>
        <source>it broke the receiver&apos;s rules</source>
        <translation>ha violato le regole del destinatario</translation>
    </message>
    <message>
        <source>it carried a virus</source>
        <translation>conteneva un virus</translation>
    </message>
    <message>
        <source>it was too big</source>
        <translation>era troppo grande</translation>
    </message>
    <message>
        <source>delivery took too long and was given up</source>
        <translation>il recapito ha richiesto troppo tempo ed è stato abbandonato</translation>
    </message>
    <message>
        <source>the mailbox is switched off</source>
        <translation>la casella di posta è disattivata</translation>
    </message>
    <message>
        <source>the server would not pass it on</source>
        <translation>il server non ha voluto inoltrarlo</translation>
    </message>
    <message>
        <source>the receiving server refused it</source>
        <translation>il server di destinazione l&apos;ha rifiutato</translation>
    </message>
    <message>
        <source>the receiving server had a fault</source>
        <translation>il server di destinazione ha avuto un guasto</translation>
    </message>
    <message>
        <source>the receiving server could not be reached</source>
        <translation>il server di destinazione non era raggiungibile</translation>
    </message>
    <message>
        <source>a security check failed</source>
        <translation>un controllo di sicurezza non è riuscito</translation>
    </message>
    <message>
        <source>its content was not accepted</source>
        <translation>il suo contenuto non è stato accettato</translation>
    </message>
</context>
<context>
    <name>Core::Explain::ScanSummary</name>
    <message>
        <source>Today</source>
        <translation>Oggi</translation>
    </message>
    <message numerus="yes">
        <source>In the last %Ln day(s)</source>
        <translation>
            <numerusform>Nell&apos;arco di %Ln giorno</numerusform>
            <numerusform>Negli ultimi %Ln giorni</numerusform>
        </translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation>Da %1</translation>
    </message>
    <message>
        <source>There were no messages to look at.</source>
        <translation>Non c&apos;erano messaggi da controllare.</translation>
    </message>
    <message numerus="yes">
        <source>NeverSent looked at %Ln message(s) and found no bounces: none of them is an automatic reply about mail from your address. There is nothing to clean up.</source>
        <translation>
            <numerusform>NeverSent ha controllato %Ln messaggio e non ha trovato notifiche di mancato recapito: il messaggio non è una risposta automatica a posta partita dal tuo indirizzo. Non c&apos;è niente da ripulire.</numerusform>
            <numerusform>NeverSent ha controllato %Ln messaggi e non ha trovato notifiche di mancato recapito: nessuno è una risposta automatica a posta partita dal tuo indirizzo. Non c&apos;è niente da ripulire.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln forged</source>
        <comment>bounces</comment>
        <translation>
            <numerusform>%Ln falsa</numerusform>
            <numerusform>%Ln false</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln about mail you sent</source>
        <comment>bounces</comment>
        <translation>
            <numerusform>%Ln su posta che hai inviato</numerusform>
            <numerusform>%Ln su posta che hai inviato</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln where NeverSent cannot tell</source>
        <comment>bounces</comment>
        <translation>
            <numerusform>%Ln di cui NeverSent non è sicuro</numerusform>
            <numerusform>%Ln di cui NeverSent non è sicuro</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You received %Ln bounce(s): %1.</source>
        <translation>
            <numerusform>Hai ricevuto %Ln notifica di mancato recapito: %1.</numerusform>
            <numerusform>Hai ricevuto %Ln notifiche di mancato recapito: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 you received %Ln bounce(s): %2.</source>
        <comment>%1 is a time such as &apos;In the last 7 days&apos;</comment>
        <translation>
            <numerusform>%1 hai ricevuto %Ln notifica di mancato recapito: %2.</numerusform>
            <numerusform>%1 hai ricevuto %Ln notifiche di mancato recapito: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>The forged ones are about mail someone else sent in your name: not your fault, nothing to fix, and safe to move to the Trash.</source>
        <translation>Quelle false riguardano posta che qualcun altro ha inviato a tuo nome: non è colpa tua, non c&apos;è niente da sistemare e puoi spostarle nel Cestino senza problemi.</translation>
    </message>
    <message>
        <source>Please look at the ones about mail you sent: they tell of real delivery problems.</source>
        <translation>Dai un&apos;occhiata a quelle su posta che hai inviato: segnalano veri problemi di recapito.</translation>
    </message>
    <message>
        <source>For the ones NeverSent cannot tell, look in your Sent folder yourself.</source>
        <translation>Per quelle di cui NeverSent non è sicuro, controlla direttamente la tua cartella Posta inviata.</translation>
    </message>
</context>
<context>
    <name>Core::Imap::AccessTokenSlot</name>
    <message>
        <source>The mail provider did not renew the sign-in in time. Check the network connection and try again.</source>
        <translation>Il provider di posta non ha rinnovato l&apos;accesso in tempo. Controlla la connessione di rete e riprova.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annullato.</translation>
    </message>
</context>
<context>
    <name>Core::Imap::CertificateVerifier</name>
    <message>
        <source>the server sent no certificate</source>
        <translation>il server non ha inviato alcun certificato</translation>
    </message>
</context>
<context>
    <name>Core::Imap::ImapConnection</name>
    <message>
        <source>The connection to %1 was cancelled.</source>
        <translation>La connessione a %1 è stata interrotta.</translation>
    </message>
    <message>
        <source>The server %1 does not offer an encrypted connection (STARTTLS) on port %2, so the password was not sent. Use imaps:// instead, or ask your mail provider for the right address and port.</source>
        <translation>Il server %1 non offre una connessione cifrata (STARTTLS) sulla porta %2, quindi la password non è stata inviata. Usa invece imaps://, oppure chiedi al tuo provider di posta l&apos;indirizzo e la porta giusti.</translation>
    </message>
    <message>
        <source>The server %1 did not accept the user name or password. Check them and try again.</source>
        <translation>Il server %1 non ha accettato il nome utente o la password. Controllali e riprova.</translation>
    </message>
    <message>
        <source>The server %1 stopped answering. Check the network connection and try again.</source>
        <translation>Il server %1 ha smesso di rispondere. Controlla la connessione di rete e riprova.</translation>
    </message>
    <message>
        <source>%1 port %2 answered, but not like a mail server. Check the server address and port.</source>
        <translation>%1, porta %2, ha risposto, ma non come un server di posta. Controlla l&apos;indirizzo del server e la porta.</translation>
    </message>
    <message>
        <source>The encrypted connection to %1 could not be set up (%2). Check the server address and port.</source>
        <translation>Non è stato possibile stabilire la connessione cifrata con %1 (%2). Controlla l&apos;indirizzo del server e la porta.</translation>
    </message>
    <message>
        <source>Cannot reach the mail server %1 on port %2. Check the address, the port and the network connection.</source>
        <translation>Impossibile raggiungere il server di posta %1 sulla porta %2. Controlla l&apos;indirizzo, la porta e la connessione di rete.</translation>
    </message>
    <message>
        <source>The server %1 closed the connection unexpectedly. Try again later.</source>
        <translation>Il server %1 ha chiuso la connessione all&apos;improvviso. Riprova più tardi.</translation>
    </message>
    <message>
        <source>The mail server %1 reported a problem: %2</source>
        <translation>Il server di posta %1 ha segnalato un problema: %2</translation>
    </message>
    <message>
        <source>The server %1 did not accept the sign-in: the access token was refused or has expired. Sign in again.</source>
        <translation>Il server %1 non ha accettato l’accesso: il token di accesso è stato rifiutato o è scaduto. Accedere di nuovo.</translation>
    </message>
    <message>
        <source>The server %1 does not offer a sign-in with an access token that NeverSent can use (OAuth2 XOAUTH2 or OAUTHBEARER). Sign in with a password instead, or check the server address.</source>
        <translation>Il server %1 non offre un accesso con token utilizzabile da NeverSent (OAuth2 XOAUTH2 o OAUTHBEARER). Accedi invece con una password o controlla l&apos;indirizzo del server.</translation>
    </message>
    <message>
        <source>The server %1 does not take a password: it wants you to sign in on your mail provider&apos;s own page in your web browser (OAuth2).</source>
        <translation>Il server %1 non accetta password: vuole che tu acceda dalla pagina del tuo provider di posta, nel browser (OAuth2).</translation>
    </message>
    <message>
        <source>The connection to the mail server %1 was lost. Check that this computer is online, then try again.</source>
        <translation>La connessione al server di posta %1 si è interrotta. Controlla che questo computer sia online, poi riprova.</translation>
    </message>
</context>
<context>
    <name>Core::Imap::ImapMailbox</name>
    <message>
        <source>No Trash folder was found on %1, so nothing was moved. Create a folder named Trash in your mail program.</source>
        <translation>Non è stata trovata nessuna cartella Cestino su %1, quindi non è stato spostato nulla. Crea una cartella chiamata Cestino nel tuo programma di posta.</translation>
    </message>
</context>
<context>
    <name>Core::Imap::ImapProtocol</name>
    <message>
        <source>list the folders</source>
        <translation>elencare le cartelle</translation>
    </message>
    <message>
        <source>The mail server %1 closed the connection. Try again later.</source>
        <translation>Il server di posta %1 ha chiuso la connessione. Riprova più tardi.</translation>
    </message>
    <message>
        <source>The mail server %1 refused to %2: %3</source>
        <translation>Il server di posta %1 si è rifiutato di %2: %3</translation>
    </message>
    <message>
        <source>report on the folder &quot;%1&quot;</source>
        <translation>fornire informazioni sulla cartella «%1»</translation>
    </message>
    <message>
        <source>open the folder &quot;%1&quot;</source>
        <translation>aprire la cartella «%1»</translation>
    </message>
    <message>
        <source>leave the folder</source>
        <translation>uscire dalla cartella</translation>
    </message>
    <message>
        <source>search the folder</source>
        <translation>cercare nella cartella</translation>
    </message>
    <message>
        <source>send messages</source>
        <translation>inviare i messaggi</translation>
    </message>
    <message>
        <source>move messages to &quot;%1&quot;</source>
        <translation>spostare i messaggi in «%1»</translation>
    </message>
    <message>
        <source>copy messages to &quot;%1&quot;</source>
        <translation>copiare i messaggi in «%1»</translation>
    </message>
    <message>
        <source>mark messages as deleted</source>
        <translation>segnare i messaggi come eliminati</translation>
    </message>
    <message>
        <source>restore messages</source>
        <translation>ripristinare i messaggi</translation>
    </message>
    <message>
        <source>remove the moved messages</source>
        <translation>rimuovere i messaggi spostati</translation>
    </message>
    <message>
        <source>describe messages</source>
        <translation>descrivere la struttura dei messaggi</translation>
    </message>
    <message>
        <source>wait for new mail</source>
        <translation>attendere nuova posta</translation>
    </message>
</context>
<context>
    <name>Core::Imap::ServerAddress</name>
    <message>
        <source>&quot;%1&quot; is not a mail server address: write imaps://host, imap://host or imap+plain://127.0.0.1:port.</source>
        <translation>«%1» non è un indirizzo di server di posta: scrivi imaps://host, imap://host oppure imap+plain://127.0.0.1:port.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a mail server address: write the scheme, the server name and at most a port.</source>
        <translation>«%1» non è un indirizzo di server di posta: scrivi il prefisso (per esempio imaps://), il nome del server e al massimo una porta.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names port 0, which no server listens on.</source>
        <translation>«%1» indica la porta 0, su cui nessun server è in ascolto.</translation>
    </message>
    <message>
        <source>imap+plain:// sends your password unencrypted, so it is only allowed to this computer (127.0.0.1 or ::1). Use imaps:// or imap:// for %1.</source>
        <translation>imap+plain:// invia la password senza cifratura, quindi è consentito solo verso questo computer (127.0.0.1 o ::1). Usa imaps:// o imap:// per %1.</translation>
    </message>
</context>
<context>
    <name>Core::Imap::TlsSocket</name>
    <message>
        <source>The certificate of %1 cannot be trusted (%2). Its SHA-256 fingerprint is %3. Only if your mail provider confirms this fingerprint, accept it (--trust-fingerprint %3).</source>
        <translation>Il certificato di %1 non è attendibile (%2). La sua impronta SHA-256 è %3. Accettalo solo se il tuo provider di posta conferma questa impronta (--trust-fingerprint %3).</translation>
    </message>
</context>
<context>
    <name>Core::Mail::MaildirFolder</name>
    <message>
        <source>The folder %1 is not a mail folder (it has no cur and new folders).</source>
        <translation>La cartella %1 non è una cartella di posta (non contiene le cartelle cur e new).</translation>
    </message>
    <message>
        <source>The message numbers of %1 cannot be saved: %2</source>
        <translation>Non è possibile salvare i numeri dei messaggi di %1: %2</translation>
    </message>
    <message>
        <source>The file cannot be opened: %1</source>
        <translation>Impossibile aprire il file: %1</translation>
    </message>
    <message>
        <source>There is no message %1 in %2.</source>
        <translation>Non c&apos;è nessun messaggio %1 in %2.</translation>
    </message>
    <message>
        <source>The message file %1 could not be moved to %2.</source>
        <translation>Non è stato possibile spostare il file del messaggio %1 in %2.</translation>
    </message>
    <message>
        <source>The message file %1 could not be copied to %2.</source>
        <translation>Non è stato possibile copiare il file del messaggio %1 in %2.</translation>
    </message>
    <message>
        <source>The flags of message file %1 could not be changed.</source>
        <translation>Non è stato possibile cambiare i contrassegni del file del messaggio %1.</translation>
    </message>
    <message>
        <source>The message file of %1 in %2 could not be removed.</source>
        <translation>Non è stato possibile rimuovere il file del messaggio %1 in %2.</translation>
    </message>
</context>
<context>
    <name>Core::Mail::MaildirMailbox</name>
    <message>
        <source>This mailbox has no Trash folder, so nothing was moved.</source>
        <translation>Questa casella non ha una cartella Cestino, quindi non è stato spostato nulla.</translation>
    </message>
    <message>
        <source>There is no folder &quot;%1&quot; in this mailbox.</source>
        <translation>In questa casella non c’è nessuna cartella «%1».</translation>
    </message>
    <message>
        <source>No folder of the mailbox is open.</source>
        <translation>Nessuna cartella della casella è aperta.</translation>
    </message>
</context>
<context>
    <name>Core::Mail::MessageSource</name>
    <message>
        <source>The file cannot be opened: %1</source>
        <translation>Impossibile aprire il file: %1</translation>
    </message>
</context>
<context>
    <name>Core::OAuth::BrowserSignIn</name>
    <message>
        <source>This copy of NeverSent is not set up for %1 sign-in: ask your IT department.</source>
        <translation>Questa copia di NeverSent non è configurata per l’accesso con %1: rivolgersi al reparto IT.</translation>
    </message>
    <message>
        <source>NeverSent could not open your web browser to sign in. Set a default web browser and try again.</source>
        <translation>NeverSent non è riuscito ad aprire il browser web per l’accesso. Impostare un browser predefinito e riprovare.</translation>
    </message>
</context>
<context>
    <name>Core::OAuth::RedirectListener</name>
    <message>
        <source>NeverSent cannot wait for the browser&apos;s answer on this computer: %1</source>
        <translation>NeverSent non può attendere la risposta del browser su questo computer: %1</translation>
    </message>
    <message>
        <source>This request is too long.</source>
        <translation>Questa richiesta è troppo lunga.</translation>
    </message>
    <message>
        <source>This is not a sign-in answer.</source>
        <translation>Questa non è una risposta di accesso.</translation>
    </message>
    <message>
        <source>This sign-in is over. You can close this window.</source>
        <translation>Questo accesso è terminato. È possibile chiudere questa finestra.</translation>
    </message>
    <message>
        <source>There is nothing here.</source>
        <translation>Qui non c’è niente.</translation>
    </message>
    <message>
        <source>This answer does not belong to the sign-in NeverSent started. Go back to NeverSent and sign in from there.</source>
        <translation>Questa risposta non appartiene all’accesso avviato da NeverSent. Tornare a NeverSent e accedere da lì.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled in the browser, so NeverSent cannot open this mailbox. Sign in again and allow NeverSent to read your mail.</source>
        <translation>L’accesso è stato annullato nel browser, quindi NeverSent non può aprire questa casella di posta. Accedere di nuovo e consentire a NeverSent di leggere la posta.</translation>
    </message>
    <message>
        <source>Your mail provider ended the sign-in with an error: %1. Try again, or ask your IT department.</source>
        <translation>Il provider di posta ha terminato l’accesso con un errore: %1. Riprovare o rivolgersi al reparto IT.</translation>
    </message>
    <message>
        <source>Your mail provider&apos;s answer held no sign-in code. Try signing in again.</source>
        <translation>La risposta del provider di posta non conteneva alcun codice di accesso. Riprovare ad accedere.</translation>
    </message>
    <message>
        <source>You are signed in. You can close this window and go back to NeverSent.</source>
        <translation>Accesso eseguito. È possibile chiudere questa finestra e tornare a NeverSent.</translation>
    </message>
</context>
<context>
    <name>Core::OAuth::TokenClient</name>
    <message>
        <source>Your mail provider&apos;s sign-in service answered without an access token. Try again later.</source>
        <translation>Il servizio di accesso del provider di posta ha risposto senza un token di accesso. Riprovare più tardi.</translation>
    </message>
    <message>
        <source>Your sign-in has ended (it was revoked, it expired, or your password changed). Sign in again.</source>
        <translation>L’accesso è terminato (è stato revocato, è scaduto o la password è cambiata). Accedere di nuovo.</translation>
    </message>
    <message>
        <source>Your mail provider refused the sign-in (%1). Your IT department may have to allow NeverSent.</source>
        <translation>Il provider di posta ha rifiutato l’accesso (%1). Potrebbe essere necessario che il reparto IT autorizzi NeverSent.</translation>
    </message>
    <message>
        <source>Your mail provider&apos;s sign-in service has a problem (HTTP %1). Try again later.</source>
        <translation>Il servizio di accesso del provider di posta ha un problema (HTTP %1). Riprovare più tardi.</translation>
    </message>
    <message>
        <source>The sign-in service address %1 is not encrypted, so nothing was sent to it.</source>
        <translation>L’indirizzo del servizio di accesso %1 non è cifrato, quindi non gli è stato inviato nulla.</translation>
    </message>
    <message>
        <source>Your mail provider&apos;s sign-in service did not answer in time. Check the network connection and try again.</source>
        <translation>Il servizio di accesso del provider di posta non ha risposto in tempo. Verificare la connessione di rete e riprovare.</translation>
    </message>
    <message>
        <source>Your mail provider&apos;s sign-in service cannot be reached (%1). Check the network connection and try again.</source>
        <translation>Il servizio di accesso del provider di posta non è raggiungibile (%1). Verificare la connessione di rete e riprovare.</translation>
    </message>
</context>
<context>
    <name>Core::OAuth::TokenKeeper</name>
    <message>
        <source>Your mail provider no longer accepts this sign-in. Sign in again.</source>
        <translation>Il provider di posta non accetta più questo accesso. Accedere di nuovo.</translation>
    </message>
    <message>
        <source>NeverSent has no lasting sign-in for this account. Sign in again.</source>
        <translation>NeverSent non ha un accesso permanente per questo account. Accedere di nuovo.</translation>
    </message>
</context>
<context>
    <name>Core::Session::AccountWorker</name>
    <message>
        <source>Cancelled: nothing more was asked of the server.</source>
        <translation>Interrotto: al server non è stato chiesto altro.</translation>
    </message>
    <message>
        <source>There is nothing to undo.</source>
        <translation>Non c&apos;è niente da annullare.</translation>
    </message>
</context>
<context>
    <name>Core::Session::MailboxCleaner</name>
    <message>
        <source>The folder &quot;%1&quot; has not been scanned yet. Run scan first.</source>
        <translation>La cartella «%1» non è ancora stata analizzata. Esegui prima scan.</translation>
    </message>
    <message>
        <source>These messages are in the Trash already.</source>
        <translation>Questi messaggi sono già nel Cestino.</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; was renumbered since the last scan, so nothing was moved. Scan again.</source>
        <translation>La cartella «%1» è stata rinumerata dopo l&apos;ultima analisi, quindi non è stato spostato nulla. Analizza di nuovo.</translation>
    </message>
    <message>
        <source>There is no clean action %1 to undo.</source>
        <translation>Non esiste una pulizia %1 da annullare.</translation>
    </message>
    <message>
        <source>Clean action %1 was undone already.</source>
        <translation>La pulizia %1 è già stata annullata.</translation>
    </message>
    <message>
        <source>Clean action %1 moved nothing, so there is nothing to put back.</source>
        <translation>La pulizia %1 non ha spostato nulla, quindi non c&apos;è niente da rimettere a posto.</translation>
    </message>
</context>
<context>
    <name>Core::Session::MailboxScanner</name>
    <message>
        <source>The connection to the mail server was lost, and connecting again did not work: %1</source>
        <translation>La connessione al server di posta si è interrotta e non è stato possibile riconnettersi: %1</translation>
    </message>
    <message>
        <source>The connection was lost; connecting again</source>
        <translation>La connessione si è interrotta; nuovo collegamento in corso</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; does not exist on %2 or cannot be opened. Check its name.</source>
        <translation>La cartella «%1» non esiste su %2 oppure non si può aprire. Controlla il nome.</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; changed while it was read; scan again.</source>
        <translation>La cartella «%1» è cambiata durante la lettura; analizzala di nuovo.</translation>
    </message>
    <message>
        <source>Reading your sent mail in %1</source>
        <translation>Leggo la tua posta inviata in %1</translation>
    </message>
    <message>
        <source>Checking %1</source>
        <translation>Controllo %1</translation>
    </message>
</context>
<context>
    <name>Core::Session::MailboxWatch</name>
    <message numerus="yes">
        <source>The connection was lost (%1). Trying again in %n second(s).</source>
        <translation>
            <numerusform>La connessione si è interrotta (%1). Nuovo tentativo tra %n secondo.</numerusform>
            <numerusform>La connessione si è interrotta (%1). Nuovo tentativo tra %n secondi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected again.</source>
        <translation>Di nuovo connesso.</translation>
    </message>
    <message numerus="yes">
        <source>Watching: %n message(s) already there; new ones are judged as they come.</source>
        <translation>
            <numerusform>Sorveglianza: %n messaggio già presente; i nuovi sono giudicati appena arrivano.</numerusform>
            <numerusform>Sorveglianza: %n messaggi già presenti; i nuovi sono giudicati appena arrivano.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Core::Session::VerdictPhase</name>
    <message>
        <source>The folder %1 has not been read yet.</source>
        <translation>La cartella %1 non è ancora stata letta.</translation>
    </message>
</context>
<context>
    <name>Core::Store::ActionLog</name>
    <message>
        <source>The NeverSent audit log could not be written: %1</source>
        <translation>Non è stato possibile scrivere il registro delle operazioni di NeverSent: %1</translation>
    </message>
</context>
<context>
    <name>Core::Store::Database</name>
    <message>
        <source>Cannot create the folder for the NeverSent store at %1.</source>
        <translation>Impossibile creare la cartella per l&apos;archivio di NeverSent in %1.</translation>
    </message>
    <message>
        <source>Cannot create the NeverSent store %1: %2</source>
        <translation>Impossibile creare l&apos;archivio di NeverSent %1: %2</translation>
    </message>
    <message>
        <source>Cannot open the NeverSent store %1: %2</source>
        <translation>Impossibile aprire l&apos;archivio di NeverSent %1: %2</translation>
    </message>
    <message>
        <source>The NeverSent store %1 cannot be used: %2</source>
        <translation>L&apos;archivio di NeverSent %1 non è utilizzabile: %2</translation>
    </message>
    <message>
        <source>The file %1 is not a NeverSent store.</source>
        <translation>Il file %1 non è un archivio di NeverSent.</translation>
    </message>
    <message>
        <source>The NeverSent store %1 was written by a newer version of NeverSent; update NeverSent to use it.</source>
        <translation>L&apos;archivio di NeverSent %1 è stato scritto da una versione più recente di NeverSent; aggiorna NeverSent per usarlo.</translation>
    </message>
    <message>
        <source>The NeverSent store %1 could not be updated (step %2): %3</source>
        <translation>Non è stato possibile aggiornare l&apos;archivio di NeverSent %1 (passo %2): %3</translation>
    </message>
</context>
<context>
    <name>Core::Store::ScanCache</name>
    <message>
        <source>The NeverSent store could not be read: %1</source>
        <translation>Non è stato possibile leggere l&apos;archivio di NeverSent: %1</translation>
    </message>
    <message>
        <source>The NeverSent store could not be written: %1</source>
        <translation>Non è stato possibile scrivere l&apos;archivio di NeverSent: %1</translation>
    </message>
    <message>
        <source>The NeverSent store could not keep the folder %1.</source>
        <translation>L’archivio di NeverSent non ha potuto registrare la cartella %1.</translation>
    </message>
</context>
<context>
    <name>Core::Store::TrustedCertificates</name>
    <message>
        <source>The accepted certificate could not be remembered: %1</source>
        <translation>Non è stato possibile memorizzare il certificato accettato: %1</translation>
    </message>
</context>
<context>
    <name>Core::Verdict::VerdictJudge</name>
    <message>
        <source>No sent mail was given to compare with.</source>
        <translation>Non è stata indicata posta inviata con cui confrontare.</translation>
    </message>
    <message>
        <source>Your sent mail has the original message (Message-ID &lt;%1&gt;).</source>
        <translation>La tua posta inviata contiene il messaggio originale (Message-ID &lt;%1&gt;).</translation>
    </message>
    <message>
        <source>You wrote to %1 on %2 with the same subject.</source>
        <translation>Hai scritto a %1 il %2 con lo stesso oggetto.</translation>
    </message>
    <message>
        <source>You did write to %1 around that time, so this may be about your own message.</source>
        <translation>Hai effettivamente scritto a %1 in quel periodo, quindi potrebbe riguardare un tuo messaggio.</translation>
    </message>
    <message>
        <source>The bounce does not say which message it is about.</source>
        <translation>La notifica di mancato recapito non dice a quale messaggio si riferisce.</translation>
    </message>
    <message>
        <source>The bounce has no date, so it cannot be compared with your sent mail.</source>
        <translation>La notifica di mancato recapito non ha una data, quindi non si può confrontare con la tua posta inviata.</translation>
    </message>
    <message>
        <source>Your sent mail is empty, so there is nothing to compare with.</source>
        <translation>La tua posta inviata è vuota, quindi non c&apos;è niente con cui confrontare.</translation>
    </message>
    <message>
        <source>Your sent mail only reaches back to %1; this bounce is about mail from %2.</source>
        <translation>La tua posta inviata risale solo fino al %1; questa notifica riguarda posta del %2.</translation>
    </message>
    <message>
        <source>No message in your sent mail has the Message-ID &lt;%1&gt;.</source>
        <translation>Nessun messaggio della tua posta inviata ha il Message-ID &lt;%1&gt;.</translation>
    </message>
    <message>
        <source>You did not write to %1 in the week around %2.</source>
        <translation>Non hai scritto a %1 nella settimana intorno al %2.</translation>
    </message>
    <message>
        <source>You sent nothing with the subject &quot;%1&quot;.</source>
        <translation>Non hai inviato niente con l&apos;oggetto «%1».</translation>
    </message>
    <message>
        <source>The original claimed to come from %1, which is not one of your addresses.</source>
        <translation>L&apos;originale diceva di provenire da %1, che non è uno dei tuoi indirizzi.</translation>
    </message>
    <message>
        <source>The original message entered the mail system at %1.</source>
        <translation>Il messaggio originale è entrato nel sistema di posta dall&apos;indirizzo %1.</translation>
    </message>
    <message>
        <source>The original message entered the mail system at %1 (%2).</source>
        <translation>Il messaggio originale è entrato nel sistema di posta dall&apos;indirizzo %1 (%2).</translation>
    </message>
    <message>
        <source>So the receiving server&apos;s own check decides: the original was forged.</source>
        <translation>Decide quindi il controllo del server ricevente: il messaggio originale era falsificato.</translation>
    </message>
    <message>
        <source>The receiving server checked the original against the rules %1 publishes (DMARC), and it failed: it did not come from %1.</source>
        <translation>Il server ricevente ha controllato il messaggio originale con le regole pubblicate da %1 (DMARC) e il controllo è fallito: non proveniva da %1.</translation>
    </message>
    <message>
        <source>The receiving server found that the server which sent the original may not send mail for %1 (SPF).</source>
        <translation>Il server ricevente ha rilevato che il server che ha inviato il messaggio originale non è autorizzato a inviare posta per %1 (SPF).</translation>
    </message>
    <message>
        <source>The receiving server found that the server which sent the original is probably not one that sends mail for %1 (SPF soft fail).</source>
        <translation>Il server ricevente ha rilevato che il server che ha inviato il messaggio originale probabilmente non invia posta per %1 (SPF, fallimento lieve).</translation>
    </message>
    <message>
        <source>The original&apos;s signature for %1 did not hold at the receiving server (DKIM).</source>
        <translation>La firma del messaggio originale per %1 non ha superato il controllo del server ricevente (DKIM).</translation>
    </message>
</context>
<context>
    <name>Gui::AppController</name>
    <message>
        <source>The sample mailbox could not be prepared: %1</source>
        <translation>Non è stato possibile preparare la casella di posta di esempio: %1</translation>
    </message>
    <message>
        <source>Sample mailbox</source>
        <translation>Casella di posta di esempio</translation>
    </message>
    <message>
        <source>Your password is not in the password safe.</source>
        <translation>La tua password non è nel portachiavi delle password.</translation>
    </message>
    <message>
        <source>Password for %1</source>
        <translation>Password per %1</translation>
    </message>
    <message>
        <source>%1
Please type the password of %2.</source>
        <translation>%1
Scrivi la password di %2.</translation>
    </message>
    <message>
        <source>&amp;Add an account...</source>
        <translation>&amp;Aggiungi un account...</translation>
    </message>
    <message>
        <source>Open the &amp;sample mailbox</source>
        <translation>Apri la casella di &amp;esempio</translation>
    </message>
    <message>
        <source>Your sign-in for %1 is not kept in a password safe on this computer (%2). Sign in again in your browser.</source>
        <translation>Il tuo accesso per %1 non è conservato in un portachiavi di questo computer (%2). Accedi di nuovo nel browser.</translation>
    </message>
    <message>
        <source>it is not in the password safe</source>
        <translation>non è nel portachiavi</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Accedi di nuovo</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Riprova</translation>
    </message>
</context>
<context>
    <name>Gui::Autostart</name>
    <message>
        <source>NeverSent could not change how it starts at login (%1): %2</source>
        <translation>NeverSent non ha potuto cambiare come si avvia all’accesso (%1): %2</translation>
    </message>
    <message>
        <source>the folder cannot be made</source>
        <translation>non è possibile creare la cartella</translation>
    </message>
    <message>
        <source>Keeps watch for forged bounce messages</source>
        <translation>Sorveglia le notifiche di mancato recapito false</translation>
    </message>
</context>
<context>
    <name>Gui::Dialogs::CleanPreviewDialog</name>
    <message numerus="yes">
        <source>Move %n message(s) to the Trash?</source>
        <translation>
            <numerusform>Spostare %n messaggio nel Cestino?</numerusform>
            <numerusform>Spostare %n messaggi nel Cestino?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) will be moved to the Trash.</source>
        <translation>
            <numerusform>%n messaggio verrà spostato nel Cestino.</numerusform>
            <numerusform>%n messaggi verranno spostati nel Cestino.</numerusform>
        </translation>
    </message>
    <message>
        <source>They arrived on %1.</source>
        <translation>Sono arrivati %1.</translation>
    </message>
    <message>
        <source>They arrived between %1 and %2.</source>
        <translation>Sono arrivati tra %1 e %2.</translation>
    </message>
    <message>
        <source>For example:</source>
        <translation>Per esempio:</translation>
    </message>
    <message>
        <source>These are:</source>
        <translation>Sono questi:</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ricevuto</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>Inviato a</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Oggetto</translation>
    </message>
    <message>
        <source>Sample of the messages that will move</source>
        <translation>Esempi dei messaggi che verranno spostati</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>sconosciuta</translation>
    </message>
    <message>
        <source>They go to the Trash folder of your mail account, not away for good. To get them back, click Undo in NeverSent (any time, from History), or move them back from the Trash in your mail program until the Trash is emptied.</source>
        <translation>Vanno nel Cestino del tuo account di posta, non vengono eliminati per sempre. Per recuperarli, fai clic su Annulla in NeverSent (in qualsiasi momento, da Cronologia), oppure spostali fuori dal Cestino nel tuo programma di posta, finché il Cestino non viene svuotato.</translation>
    </message>
    <message numerus="yes">
        <source>Move %n to Trash</source>
        <translation>
            <numerusform>Sposta %n nel Cestino</numerusform>
            <numerusform>Sposta %n nel Cestino</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of these are about mail you really sent: they tell you it did not arrive. Usually you want to keep them and act on them.</source>
        <translation>
            <numerusform>%n di questi riguarda posta che hai inviato davvero: ti dice che non è arrivata. Di solito conviene tenerlo e agire di conseguenza.</numerusform>
            <numerusform>%n di questi riguardano posta che hai inviato davvero: ti dicono che non è arrivata. Di solito conviene tenerli e agire di conseguenza.</numerusform>
        </translation>
    </message>
    <message>
        <source>Move them anyway</source>
        <translation>Spostali comunque</translation>
    </message>
</context>
<context>
    <name>Gui::Dialogs::HelpDialog</name>
    <message>
        <source>What are these messages?</source>
        <translation>Cosa sono questi messaggi?</translation>
    </message>
    <message>
        <source>Messages such as &quot;Undeliverable&quot;, &quot;Mail delivery failed&quot; or &quot;Returned mail&quot; are sent by mail servers when they could not deliver a message. They go to the address in the message&apos;s From line.</source>
        <translation>Messaggi come «Non recapitabile», «Undeliverable», «Mail delivery failed» o «Returned mail» vengono mandati dai server di posta quando non sono riusciti a recapitare un messaggio. Arrivano all&apos;indirizzo nella riga «Da» del messaggio.</translation>
    </message>
    <message>
        <source>Senders of spam often put real people&apos;s addresses in that From line, yours among them. When their spam cannot be delivered, the replies come to you, although you never sent anything. This does not mean that your computer has a virus or that your account was broken into: the spam was sent from somewhere else, and nothing needs fixing on your side. These replies are called forged bounces, or backscatter.</source>
        <translation>Chi manda spam mette spesso nella riga «Da» gli indirizzi di persone reali, tra cui il tuo. Quando lo spam non può essere recapitato, le risposte arrivano a te, anche se non hai mai inviato niente. Questo non significa che il tuo computer abbia un virus o che qualcuno sia entrato nel tuo account: lo spam è stato inviato da un&apos;altra parte, e non c&apos;è niente da sistemare da parte tua. Queste risposte si chiamano notifiche di mancato recapito false, o backscatter.</translation>
    </message>
    <message>
        <source>NeverSent compares each of these replies with the mail in your Sent folder. When the original message is not among the mail you sent, the reply is forged, and it is safe to move it to the Trash. When you did send the original, the reply is about a real problem: for example a mistyped address or a full mailbox. NeverSent tells you what went wrong and what you can do.</source>
        <translation>NeverSent confronta ognuna di queste risposte con la posta nella tua cartella Posta inviata. Se il messaggio originale non è tra quelli che hai inviato, la risposta è falsa e puoi spostarla nel Cestino senza problemi. Se l&apos;originale l&apos;hai inviato tu, la risposta riguarda un problema reale: per esempio un indirizzo scritto male o una casella di posta piena. NeverSent ti dice cosa è andato storto e cosa puoi fare.</translation>
    </message>
    <message>
        <source>When NeverSent cannot tell, it says why, and what you can check yourself.</source>
        <translation>Quando NeverSent non è sicuro, ti dice perché e cosa puoi controllare tu.</translation>
    </message>
    <message>
        <source>NeverSent only moves messages to the Trash, never deletes them. Undo puts them back, also later from History.</source>
        <translation>NeverSent sposta i messaggi solo nel Cestino, non li elimina mai. Annulla li rimette a posto, anche più tardi da Cronologia.</translation>
    </message>
    <message>
        <source>If several replies are about messages that are in your Sent folder but that you did not write, someone else may be using your account: change your password and tell your IT contact.</source>
        <translation>Se diverse risposte riguardano messaggi che sono nella tua cartella Posta inviata ma che non hai scritto tu, qualcun altro potrebbe usare il tuo account: cambia la password e avvisa il tuo referente informatico.</translation>
    </message>
</context>
<context>
    <name>Gui::Dialogs::HistoryDialog</name>
    <message>
        <source>&amp;Undo this clean-up</source>
        <translation>&amp;Annulla questa pulizia</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Cronologia</translation>
    </message>
    <message>
        <source>Everything NeverSent moved, newest first. A clean-up can be undone as long as the messages are still in the Trash.</source>
        <translation>Tutto ciò che NeverSent ha spostato, dal più recente. Una pulizia si può annullare finché i messaggi sono ancora nel Cestino.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Cosa</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>History of clean-ups and undos</source>
        <translation>Cronologia delle pulizie e degli annullamenti</translation>
    </message>
    <message numerus="yes">
        <source>Put %n message(s) back from %1 to %2</source>
        <translation>
            <numerusform>Rimesso a posto %n messaggio da %1 a %2</numerusform>
            <numerusform>Rimessi a posto %n messaggi da %1 a %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n message(s) from %1 to %2</source>
        <translation>
            <numerusform>Spostato %n messaggio da %1 a %2</numerusform>
            <numerusform>Spostati %n messaggi da %1 a %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Interrupted: will be finished next time</source>
        <translation>Interrotta: verrà completata la prossima volta</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Annullata</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Completata</translation>
    </message>
</context>
<context>
    <name>Gui::Dialogs::ItReportDialog</name>
    <message>
        <source>&amp;Copy as text</source>
        <translation>&amp;Copia come testo</translation>
    </message>
    <message>
        <source>&amp;Save...</source>
        <translation>&amp;Salva...</translation>
    </message>
    <message>
        <source>Report for IT</source>
        <translation>Rapporto per l’IT</translation>
    </message>
    <message>
        <source>Give this report to whoever runs your organisation&apos;s e-mail: it shows the forged bounces, where the forged mail came from, and what they could change so that it stops. It holds no message text and no password.</source>
        <translation>Dai questo rapporto a chi gestisce la posta della tua organizzazione: mostra le notifiche false, da dove è arrivata la posta falsificata e cosa si potrebbe cambiare perché smetta. Non contiene testo dei messaggi né password.</translation>
    </message>
    <message>
        <source>Looking up the SPF and DMARC records of %1...</source>
        <translation>Ricerca dei record SPF e DMARC di %1...</translation>
    </message>
    <message>
        <source>The report is copied: paste it into a message to your IT department.</source>
        <translation>Il rapporto è copiato: incollalo in un messaggio al tuo reparto IT.</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Pagina web (*.html)</translation>
    </message>
    <message>
        <source>Plain text (*.txt)</source>
        <translation>Testo semplice (*.txt)</translation>
    </message>
    <message>
        <source>Save the report for IT</source>
        <translation>Salva il rapporto per l’IT</translation>
    </message>
    <message>
        <source>NeverSent report for IT</source>
        <translation>Rapporto NeverSent per l’IT</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Salvato come %1.</translation>
    </message>
    <message>
        <source>The report could not be saved as %1: %2</source>
        <translation>Non è stato possibile salvare il rapporto come %1: %2</translation>
    </message>
</context>
<context>
    <name>Gui::Dialogs::SignInDialog</name>
    <message>
        <source>Sign in to %1</source>
        <translation>Accedi a %1</translation>
    </message>
    <message>
        <source>Why you sign in again</source>
        <translation>Perché accedere di nuovo</translation>
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
        <translation>Notifiche di mancato recapito per posta che non hai mai inviato?</translation>
    </message>
    <message>
        <source>Spammers sometimes put your address on mail they send. When that mail cannot be delivered, the &quot;Undeliverable&quot; replies come back to you.

NeverSent looks through your inbox, compares every such reply with the mail you really sent, tells you in plain words which ones are forged and which are real delivery problems, and moves the forged ones to the Trash, with an undo.</source>
        <translation>Chi manda spam a volte mette il tuo indirizzo sui messaggi che invia. Quando quei messaggi non possono essere recapitati, le risposte «Non recapitabile» tornano a te.

NeverSent controlla la tua posta in arrivo, confronta ognuna di queste risposte con la posta che hai inviato davvero, ti spiega con parole semplici quali sono false e quali sono veri problemi di recapito, e sposta quelle false nel Cestino, con la possibilità di annullare.</translation>
    </message>
    <message>
        <source>&amp;Connect to my mail account...</source>
        <translation>&amp;Collega il mio account di posta...</translation>
    </message>
    <message>
        <source>Try it on a &amp;sample mailbox</source>
        <translation>Prova con una casella di posta di &amp;esempio</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Riepilogo</translation>
    </message>
    <message>
        <source>&amp;Folders to look through</source>
        <translation>&amp;Cartelle da controllare</translation>
    </message>
    <message>
        <source>Folders to look through</source>
        <translation>Cartelle da controllare</translation>
    </message>
    <message>
        <source>Search by address, subject or reason</source>
        <translation>Cerca per indirizzo, oggetto o motivo</translation>
    </message>
    <message>
        <source>Search the results</source>
        <translation>Cerca nei risultati</translation>
    </message>
    <message>
        <source>Bounce messages found</source>
        <translation>Notifiche di mancato recapito trovate</translation>
    </message>
    <message>
        <source>I did &amp;not write this message</source>
        <translation>&amp;Non ho scritto io questo messaggio</translation>
    </message>
    <message>
        <source>Tell NeverSent that this message in your Sent folder was not written by you</source>
        <translation>Indica a NeverSent che questo messaggio nella tua cartella Posta inviata non l&apos;hai scritto tu</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avanzamento</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Interrompi</translation>
    </message>
    <message>
        <source>Stopping...</source>
        <translation>Interruzione in corso...</translation>
    </message>
    <message>
        <source>&amp;Mailbox</source>
        <translation>&amp;Posta</translation>
    </message>
    <message>
        <source>&amp;Scan again</source>
        <translation>&amp;Analizza di nuovo</translation>
    </message>
    <message>
        <source>&amp;Move selected to Trash...</source>
        <translation>&amp;Sposta i selezionati nel Cestino...</translation>
    </message>
    <message>
        <source>&amp;Undo last clean-up</source>
        <translation>A&amp;nnulla l&apos;ultima pulizia</translation>
    </message>
    <message>
        <source>&amp;History...</source>
        <translation>&amp;Cronologia...</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Trova</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;iuto</translation>
    </message>
    <message>
        <source>&amp;What are these messages?</source>
        <translation>&amp;Cosa sono questi messaggi?</translation>
    </message>
    <message>
        <source>&amp;About NeverSent</source>
        <translation>&amp;Informazioni su NeverSent</translation>
    </message>
    <message>
        <source>About NeverSent</source>
        <translation>Informazioni su NeverSent</translation>
    </message>
    <message>
        <source>NeverSent %1

Explains and cleans up bounce messages for mail you never sent. It only ever moves messages to the Trash, and every clean-up can be undone.</source>
        <translation>NeverSent %1

Spiega e ripulisce le notifiche di mancato recapito per posta che non hai mai inviato. Sposta i messaggi sempre e solo nel Cestino, e ogni pulizia si può annullare.</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>%1 - NeverSent</source>
        <translation>%1 - NeverSent</translation>
    </message>
    <message>
        <source>Looking for your folders...</source>
        <translation>Cerco le tue cartelle...</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Riprova</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Posta in arrivo</translation>
    </message>
    <message>
        <source>%1 (may hold bounces)</source>
        <translation>%1 (può contenere notifiche di mancato recapito)</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n messaggio</numerusform>
            <numerusform>%n messaggi</numerusform>
        </translation>
    </message>
    <message>
        <source>No Sent folder was found, so NeverSent cannot tell which bounces are about mail you sent.</source>
        <translation>Non è stata trovata nessuna cartella Posta inviata, quindi NeverSent non può capire quali notifiche di mancato recapito riguardano posta che hai inviato.</translation>
    </message>
    <message>
        <source>Checked against the mail you sent in: %1</source>
        <translation>Confrontato con la posta che hai inviato in: %1</translation>
    </message>
    <message>
        <source>Tick at least one folder to look through.</source>
        <translation>Spunta almeno una cartella da controllare.</translation>
    </message>
    <message>
        <source>Starting...</source>
        <translation>Avvio...</translation>
    </message>
    <message numerus="yes">
        <source>Move %n forged bounce(s) to Trash...</source>
        <translation>
            <numerusform>Sposta %n notifica falsa nel Cestino...</numerusform>
            <numerusform>Sposta %n notifiche false nel Cestino...</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the messages to move first.</source>
        <translation>Prima seleziona i messaggi da spostare.</translation>
    </message>
    <message>
        <source>Moving to the Trash...</source>
        <translation>Spostamento nel Cestino in corso...</translation>
    </message>
    <message>
        <source>Putting the messages back...</source>
        <translation>Ripristino dei messaggi in corso...</translation>
    </message>
    <message>
        <source>The messages are back where they were.</source>
        <translation>I messaggi sono tornati dove erano.</translation>
    </message>
    <message numerus="yes">
        <source>%1
%n message(s) were moved before that.</source>
        <translation>
            <numerusform>%1
%n messaggio era stato spostato prima.</numerusform>
            <numerusform>%1
%n messaggi erano stati spostati prima.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annulla</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) moved to the Trash.</source>
        <translation>
            <numerusform>%n messaggio spostato nel Cestino.</numerusform>
            <numerusform>%n messaggi spostati nel Cestino.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed since the scan and stayed where they were.</source>
        <translation>
            <numerusform>%n è cambiato dopo l&apos;analisi ed è rimasto dov&apos;era.</numerusform>
            <numerusform>%n sono cambiati dopo l&apos;analisi e sono rimasti dov&apos;erano.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your mail server cannot move messages: they were copied to the Trash and marked as deleted, and go from the inbox when your mail program empties deleted messages.</source>
        <translation>Il tuo server di posta non può spostare i messaggi: sono stati copiati nel Cestino e segnati come eliminati, e spariranno dalla posta in arrivo quando il tuo programma di posta rimuoverà definitivamente i messaggi eliminati.</translation>
    </message>
    <message>
        <source>Which bounces to show</source>
        <translation>Quali notifiche mostrare</translation>
    </message>
    <message>
        <source>All bounces</source>
        <translation>Tutte le notifiche</translation>
    </message>
    <message>
        <source>Forged only</source>
        <translation>Solo false</translation>
    </message>
    <message>
        <source>Sent by you only</source>
        <translation>Solo inviate da te</translation>
    </message>
    <message>
        <source>Can&apos;t tell only</source>
        <translation>Solo incerte</translation>
    </message>
    <message>
        <source>&amp;Accounts</source>
        <translation>&amp;Account</translation>
    </message>
    <message>
        <source>&amp;Add an account...</source>
        <translation>&amp;Aggiungi un account...</translation>
    </message>
    <message>
        <source>Open the &amp;sample mailbox</source>
        <translation>Apri la casella di &amp;esempio</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Impostazioni</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Lingua</translation>
    </message>
    <message>
        <source>NeverSent will use %1 from its next start.</source>
        <translation>NeverSent userà %1 dal prossimo avvio.</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Lingua del sistema</translation>
    </message>
    <message numerus="yes">
        <source>The other messages are back where they were, but %n could not be put back: they are no longer in the Trash (it was emptied, or another mail program moved them).</source>
        <translation>
            <numerusform>Gli altri messaggi sono tornati al loro posto, ma %n messaggio non è stato possibile rimetterlo: non è più nel Cestino (è stato svuotato, o un altro programma di posta lo ha spostato).</numerusform>
            <numerusform>Gli altri messaggi sono tornati al loro posto, ma %n messaggi non è stato possibile rimetterli: non sono più nel Cestino (è stato svuotato, o un altro programma di posta li ha spostati).</numerusform>
        </translation>
    </message>
    <message>
        <source>Automatic replies only</source>
        <translation>Solo risposte automatiche</translation>
    </message>
    <message>
        <source>&amp;Report for IT...</source>
        <translation>&amp;Rapporto per l’IT...</translation>
    </message>
    <message>
        <source>A report for whoever runs your organisation&apos;s e-mail: the forged bounces, where they came from and how to make them stop</source>
        <translation>Un rapporto per chi gestisce la posta della tua organizzazione: le notifiche false, da dove sono arrivate e come farle smettere</translation>
    </message>
    <message numerus="yes">
        <source>%n more forged bounce(s) since %1.</source>
        <translation>
            <numerusform>%n notifica falsa in più dalle %1.</numerusform>
            <numerusform>%n notifiche false in più dalle %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Move new forged bounces to Trash automatically</source>
        <translation>&amp;Sposta automaticamente nel Cestino le nuove notifiche false</translation>
    </message>
    <message>
        <source>Forged bounces that arrive while NeverSent is open go to the Trash without asking; each move is in History and can be undone</source>
        <translation>Le notifiche false che arrivano mentre NeverSent è aperto finiscono nel Cestino senza chiedere; ogni spostamento è nella Cronologia e si può annullare</translation>
    </message>
    <message>
        <source>&amp;Keep watching when the window is closed</source>
        <translation>Continua a &amp;sorvegliare a finestra chiusa</translation>
    </message>
    <message>
        <source>NeverSent stays in the system tray, starts when you log in and says when more forged bounces come</source>
        <translation>NeverSent resta nell’area di notifica, si avvia all’accesso e avvisa quando arrivano altre notifiche false</translation>
    </message>
    <message>
        <source>This desktop has no system tray to stay in</source>
        <translation>Questo desktop non ha un’area di notifica in cui restare</translation>
    </message>
    <message>
        <source>NeverSent keeps watch for forged bounces</source>
        <translation>NeverSent sorveglia le notifiche false</translation>
    </message>
    <message>
        <source>&amp;Open NeverSent</source>
        <translation>&amp;Apri NeverSent</translation>
    </message>
</context>
<context>
    <name>Gui::Results::ResultsModel</name>
    <message numerus="yes">
        <source>Forged: you did not send these (%Ln)</source>
        <translation>
            <numerusform>Falsa: non l&apos;hai inviata tu (%Ln)</numerusform>
            <numerusform>False: non le hai inviate tu (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent by you: delivery problems (%Ln)</source>
        <translation>
            <numerusform>Inviata da te: problema di recapito (%Ln)</numerusform>
            <numerusform>Inviate da te: problemi di recapito (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Can&apos;t tell (%Ln)</source>
        <translation>
            <numerusform>Incerta (%Ln)</numerusform>
            <numerusform>Incerte (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>Bounces about mail someone else sent with your address in the From line. Not your fault, and safe to move to the Trash.</source>
        <translation>Notifiche di mancato recapito per posta che qualcun altro ha inviato con il tuo indirizzo nella riga «Da». Non è colpa tua, e puoi spostarle nel Cestino senza problemi.</translation>
    </message>
    <message>
        <source>Bounces about mail you really sent: each one tells of a delivery problem to look at.</source>
        <translation>Notifiche di mancato recapito per posta che hai inviato davvero: ognuna segnala un problema di recapito da controllare.</translation>
    </message>
    <message>
        <source>Bounces NeverSent cannot match with your sent mail either way. Check your Sent folder.</source>
        <translation>Notifiche di mancato recapito che NeverSent non riesce ad abbinare alla tua posta inviata, né in un senso né nell&apos;altro. Controlla la tua cartella Posta inviata.</translation>
    </message>
    <message>
        <source>Forged</source>
        <translation>Falsa</translation>
    </message>
    <message>
        <source>Sent by you</source>
        <translation>Inviata da te</translation>
    </message>
    <message>
        <source>Can&apos;t tell</source>
        <translation>Incerta</translation>
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
        <translation>Data</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>Inviato a</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Oggetto</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Cosa è successo</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Cartella</translation>
    </message>
    <message numerus="yes">
        <source>Sent by you: automatic replies (%Ln)</source>
        <translation>
            <numerusform>Inviata da te: risposte automatiche (%Ln)</numerusform>
            <numerusform>Inviata da te: risposte automatiche (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>Out-of-office notes and delivery receipts about mail you really sent: it arrived, and there is nothing to fix.</source>
        <translation>Risposte di assenza e conferme di recapito di messaggi che hai inviato davvero: sono arrivati e non c&apos;è nulla da correggere.</translation>
    </message>
    <message>
        <source>Automatic reply</source>
        <translation>Risposta automatica</translation>
    </message>
</context>
<context>
    <name>Gui::Setup::AddressPage</name>
    <message>
        <source>Your mail account</source>
        <translation>Il tuo account di posta</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Indirizzo email</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nome@example.com</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Set up &amp;manually</source>
        <translation>Configura &amp;manualmente</translation>
    </message>
    <message>
        <source>Set up manually</source>
        <translation>Configura manualmente</translation>
    </message>
    <message>
        <source>Type the mail server&apos;s address yourself</source>
        <translation>Scrivi tu l&apos;indirizzo del server di posta</translation>
    </message>
    <message>
        <source>&amp;Email address:</source>
        <translation>Indirizzo &amp;email:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <source>Type the email address and password you use for your mail. NeverSent finds the rest. Microsoft 365, Outlook.com and Google need no password here: you sign in in your browser.</source>
        <translation>Scrivi l&apos;indirizzo email e la password che usi per la posta. NeverSent trova il resto. Microsoft 365, Outlook.com e Google non richiedono qui una password: accedi nel browser.</translation>
    </message>
</context>
<context>
    <name>Gui::Setup::BrowserSignInPage</name>
    <message>
        <source>Use an &amp;app password</source>
        <translation>Usa una password per le &amp;app</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Use an app password</source>
        <translation>Usa una password per le app</translation>
    </message>
    <message>
        <source>Sign in with %1</source>
        <translation>Accedi con %1</translation>
    </message>
    <message>
        <source>This copy of NeverSent is not set up for %1 sign-in. With a personal account you can use an app password instead: a separate password you make on their website. Their page explains how:</source>
        <translation>Questa copia di NeverSent non è configurata per l&apos;accesso con %1. Con un account personale puoi usare una password per le app: una password separata che crei sul loro sito. La loro pagina spiega come:</translation>
    </message>
</context>
<context>
    <name>Gui::Setup::ConnectionTestPage</name>
    <message>
        <source>Connection test</source>
        <translation>Prova di connessione</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <source>T&amp;rust this certificate</source>
        <translation>Fidati di questo &amp;certificato</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Riprova</translation>
    </message>
    <message>
        <source>Set up &amp;manually</source>
        <translation>Configura &amp;manualmente</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Accesso</translation>
    </message>
    <message>
        <source>NeverSent signs in to your mail server once to check that everything is right.</source>
        <translation>NeverSent accede una volta al tuo server di posta per controllare che sia tutto a posto.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Trust this certificate</source>
        <translation>Fidati di questo certificato</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Riprova</translation>
    </message>
    <message>
        <source>Set up manually</source>
        <translation>Configura manualmente</translation>
    </message>
    <message>
        <source>Signing in to %1 …</source>
        <translation>Accesso a %1 …</translation>
    </message>
    <message>
        <source>NeverSent signed in to %1. Everything is ready: choose Next.</source>
        <translation>NeverSent ha eseguito l&apos;accesso a %1. È tutto pronto: scegli Successivo.</translation>
    </message>
    <message>
        <source>NeverSent could not sign in to %1.</source>
        <translation>NeverSent non è riuscito ad accedere a %1.</translation>
    </message>
    <message>
        <source>%1 did not accept the password. %1 needs an app password for programs like NeverSent: a separate password you make on their website, not the one you sign in there with. Their page explains how:</source>
        <translation>%1 non ha accettato la password. %1 richiede una password per le app per programmi come NeverSent: una password a parte che crei sul suo sito, non quella che usi per accedere lì. La sua pagina spiega come fare:</translation>
    </message>
    <message>
        <source>T&amp;rust this certificate (fingerprint %1)</source>
        <translation>Fidati di questo &amp;certificato (impronta digitale %1)</translation>
    </message>
    <message>
        <source>Fingerprint %1</source>
        <translation>Impronta digitale %1</translation>
    </message>
    <message>
        <source>&amp;Sign in again</source>
        <translation>&amp;Accedi di nuovo</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Accedi di nuovo</translation>
    </message>
    <message>
        <source>Type the password for %1.</source>
        <translation>Scrivi la password di %1.</translation>
    </message>
    <message>
        <source>%1 did not let NeverSent into the mailbox of %2 with this sign-in. Perhaps another account was chosen in the browser: choose &quot;Sign in again&quot; and pick %2. If it was %2, mail programs may be turned off for it: ask your IT department.</source>
        <translation>%1 non ha fatto entrare NeverSent nella casella di %2 con questo accesso. Forse nel browser è stato scelto un altro account: scegli «Accedi di nuovo» e seleziona %2. Se era %2, i programmi di posta potrebbero essere disattivati per questo account: rivolgiti al reparto IT.</translation>
    </message>
</context>
<context>
    <name>Gui::Setup::DiscoveryPage</name>
    <message>
        <source>Finding your mail server</source>
        <translation>Ricerca del tuo server di posta</translation>
    </message>
    <message>
        <source>Search for your mail server</source>
        <translation>Cerca il tuo server di posta</translation>
    </message>
    <message>
        <source>Searching</source>
        <translation>Ricerca in corso</translation>
    </message>
    <message>
        <source>Set up &amp;manually</source>
        <translation>Configura &amp;manualmente</translation>
    </message>
    <message>
        <source>Set up manually</source>
        <translation>Configura manualmente</translation>
    </message>
    <message>
        <source>Type the mail server&apos;s address yourself</source>
        <translation>Scrivi tu l&apos;indirizzo del server di posta</translation>
    </message>
    <message>
        <source>Looking for the mail server of %1 …</source>
        <translation>Cerco il server di posta di %1 …</translation>
    </message>
    <message>
        <source>NeverSent could not find the mail server for %1. If your mail provider or IT department gave you the server&apos;s name, choose &quot;Set up manually&quot;.</source>
        <translation>NeverSent non ha trovato il server di posta di %1. Se il tuo provider di posta o il reparto informatico ti hanno dato il nome del server, scegli «Configura manualmente».</translation>
    </message>
</context>
<context>
    <name>Gui::Setup::DonePage</name>
    <message>
        <source>Your account is ready</source>
        <translation>Il tuo account è pronto</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Where the password is kept</source>
        <translation>Dove viene conservata la password</translation>
    </message>
    <message>
        <source>Your password is kept in your desktop&apos;s password safe.</source>
        <translation>La tua password è conservata nel portachiavi delle password del tuo computer.</translation>
    </message>
    <message>
        <source>%1 NeverSent will ask for the password each time it starts.</source>
        <translation>%1 NeverSent ti chiederà la password a ogni avvio.</translation>
    </message>
    <message>
        <source>NeverSent signed in to %1, but could not save the account: %2</source>
        <translation>NeverSent ha eseguito l&apos;accesso a %1, ma non è riuscito a salvare l&apos;account: %2</translation>
    </message>
    <message>
        <source>NeverSent will read the mail of %1 from %2.</source>
        <translation>NeverSent leggerà la posta di %1 da %2.</translation>
    </message>
    <message>
        <source>Saving your password …</source>
        <translation>Salvataggio della password …</translation>
    </message>
    <message>
        <source>Your sign-in is kept in your desktop&apos;s password safe.</source>
        <translation>Il tuo accesso è conservato nel portachiavi del desktop.</translation>
    </message>
    <message>
        <source>Saving your sign-in …</source>
        <translation>Salvataggio dell&apos;accesso …</translation>
    </message>
    <message>
        <source>Your sign-in cannot be kept without a password safe, so you will sign in again in your browser each time NeverSent starts.</source>
        <translation>Senza un portachiavi l&apos;accesso non può essere conservato, quindi accederai di nuovo nel browser a ogni avvio di NeverSent.</translation>
    </message>
</context>
<context>
    <name>Gui::Setup::ManualPage</name>
    <message>
        <source>Your mail server</source>
        <translation>Il tuo server di posta</translation>
    </message>
    <message>
        <source>Type what your mail provider or IT department gave you for reading mail (IMAP).</source>
        <translation>Scrivi i dati che il tuo provider di posta o il reparto informatico ti ha dato per ricevere la posta (IMAP).</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Indirizzo email</translation>
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
        <translation>Porta</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Cifratura</translation>
    </message>
    <message>
        <source>TLS (usually port 993)</source>
        <translation>TLS (di solito porta 993)</translation>
    </message>
    <message>
        <source>STARTTLS (usually port 143)</source>
        <translation>STARTTLS (di solito porta 143)</translation>
    </message>
    <message>
        <source>None: a server on this computer only</source>
        <translation>Nessuna: solo per un server su questo computer</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nome utente</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Problem with the server settings</source>
        <translation>Problema con le impostazioni del server</translation>
    </message>
    <message>
        <source>&amp;Email address:</source>
        <translation>Indirizzo &amp;email:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>Ser&amp;ver:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;orta:</translation>
    </message>
    <message>
        <source>Encr&amp;yption:</source>
        <translation>&amp;Cifratura:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nome &amp;utente:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <source>Without encryption your password could be read on its way, so NeverSent allows this only for a mail server on this computer. Choose TLS or STARTTLS.</source>
        <translation>Senza cifratura la tua password potrebbe essere letta lungo il percorso, quindi NeverSent lo consente solo per un server di posta su questo computer. Scegli TLS o STARTTLS.</translation>
    </message>
    <message>
        <source>NeverSent cannot use &quot;%1&quot; as a server name. Check it for typing mistakes.</source>
        <translation>NeverSent non può usare «%1» come nome di server. Controlla che non ci siano errori di battitura.</translation>
    </message>
</context>
<context>
    <name>Gui::Setup::SetupAssistant</name>
    <message>
        <source>Set up your mail account</source>
        <translation>Configura il tuo account di posta</translation>
    </message>
</context>
<context>
    <name>Gui::Widgets::BrowserSignInPanel</name>
    <message>
        <source>&amp;Open the browser again</source>
        <translation>&amp;Riapri il browser</translation>
    </message>
    <message>
        <source>&amp;Cancel the sign-in</source>
        <translation>A&amp;nnulla l&apos;accesso</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Accesso</translation>
    </message>
    <message>
        <source>Open the browser again</source>
        <translation>Riapri il browser</translation>
    </message>
    <message>
        <source>Cancel the sign-in</source>
        <translation>Annulla l&apos;accesso</translation>
    </message>
    <message>
        <source>NeverSent could not open your web browser to sign in. Set a default web browser and try again.</source>
        <translation>NeverSent non è riuscito ad aprire il browser per l&apos;accesso. Imposta un browser predefinito e riprova.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled. Choose &quot;Sign in with %1&quot; to start again.</source>
        <translation>L&apos;accesso è stato annullato. Scegli «Accedi con %1» per ricominciare.</translation>
    </message>
    <message>
        <source>&amp;Sign in with %1</source>
        <translation>&amp;Accedi con %1</translation>
    </message>
    <message>
        <source>Sign in with %1</source>
        <translation>Accedi con %1</translation>
    </message>
    <message>
        <source>%1 asks you to sign in on its own page, in your web browser. NeverSent never sees your password there.</source>
        <translation>%1 ti chiede di accedere dalla sua pagina, nel browser. NeverSent non vede mai la tua password.</translation>
    </message>
    <message>
        <source>You are signed in with %1.</source>
        <translation>Hai effettuato l&apos;accesso con %1.</translation>
    </message>
    <message>
        <source>Finish signing in in your browser. If you closed its page, choose &quot;Open the browser again&quot;.</source>
        <translation>Completa l&apos;accesso nel browser. Se hai chiuso la pagina, scegli «Riapri il browser».</translation>
    </message>
</context>
<context>
    <name>Gui::Widgets::ExplanationView</name>
    <message>
        <source>Explanation of the selected message</source>
        <translation>Spiegazione del messaggio selezionato</translation>
    </message>
    <message>
        <source>Select a message to see what it is and what to do about it.</source>
        <translation>Seleziona un messaggio per vedere cos&apos;è e cosa fare.</translation>
    </message>
    <message>
        <source>What this message shows</source>
        <translation>Cosa mostra questo messaggio</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Cosa fare</translation>
    </message>
</context>
<context>
    <name>Gui::Widgets::HelpPageLink</name>
    <message>
        <source>&amp;Open this page in your web browser</source>
        <translation>Apri questa pagina nel &amp;browser</translation>
    </message>
    <message>
        <source>Address of your mail provider&apos;s help page</source>
        <translation>Indirizzo della pagina di aiuto del tuo provider di posta</translation>
    </message>
    <message>
        <source>Open your mail provider&apos;s help page in your web browser</source>
        <translation>Apri nel browser la pagina di aiuto del tuo provider di posta</translation>
    </message>
</context>
<context>
    <name>Gui::Widgets::MessageBar</name>
    <message>
        <source>Close this message</source>
        <translation>Chiudi questo messaggio</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Chiudi messaggio</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Messaggio</translation>
    </message>
</context>
<context>
    <name>Gui::Widgets::SpamRunChart</name>
    <message>
        <source>Bounces over time</source>
        <translation>Notifiche nel tempo</translation>
    </message>
    <message>
        <source>%1: %2 forged, %3 about mail you sent</source>
        <translation>%1: %2 false, %3 su messaggi che hai inviato</translation>
    </message>
    <message>
        <source>Bounces per hour</source>
        <translation>Notifiche per ora</translation>
    </message>
    <message>
        <source>Bounces per day</source>
        <translation>Notifiche al giorno</translation>
    </message>
    <message>
        <source>about mail you sent</source>
        <translation>su messaggi che hai inviato</translation>
    </message>
    <message>
        <source>forged</source>
        <translation>false</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Explains and cleans up bounce messages for mail you never sent.</source>
        <translation>Spiega e ripulisce le notifiche di mancato recapito per posta che non hai mai inviato.</translation>
    </message>
    <message>
        <source>Open the bundled sample mailbox (a temporary copy) instead of a mail account.</source>
        <translation>Apri la casella di posta di esempio inclusa (una copia temporanea) invece di un account di posta.</translation>
    </message>
    <message>
        <source>The NeverSent store to use.</source>
        <translation>L&apos;archivio di NeverSent da usare.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Start in the system tray, keeping watch, when &quot;Keep watching when the window is closed&quot; is on.</source>
        <translation>Avvia nell’area di notifica, sorvegliando, se «Continua a sorvegliare a finestra chiusa» è attivo.</translation>
    </message>
</context>
</TS>
