<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Core::Analysis::BounceAnalyzer</name>
    <message>
        <source>The message is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an email message: it has no header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message could not be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Core::Analysis::MimeDocument</name>
    <message>
        <source>The message structure cannot be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Core::Cli</name>
    <message>
        <source>Usage: neversent-cli COMMAND [OPTIONS]

Explains bounce messages and tells forged ones from real ones.

Commands:
  classify   read message files, folders or mbox files offline
  scan       read an IMAP mailbox without changing it
  clean      move the forged bounces of the last scan to the Trash
  undo       put the messages of a clean back where they were

Options:
  -h, --help     show this help, or a command&apos;s help after the command
  -v, --version  show the version
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Core::Cli::ClassifyCommand</name>
    <message>
        <source>Reads message files, folders and mbox files and says which are bounces, for whom and why, and whether you really sent the original.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your sent mail: a file, folder or mbox (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of your own addresses (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: jsonl (one JSON object per message, the default) or text (a readable summary).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message files, folders or mbox files to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATH...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: use jsonl or text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name at least one message file, folder or mbox file to classify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: there is no such file or folder, or it is not readable. Check the path.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Core::Cli::CleanCommand</name>
    <message>
        <source>Moves the messages of the last scan with the given verdicts to the Trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanned folder to clean (default INBOX).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move messages with this verdict: backscatter, genuine or unknown (repeatable; default backscatter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VERDICT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what would move and move nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown verdict &quot;%1&quot;: use backscatter, genuine or unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 was lost while moving messages (%2). Nothing is lost: run the same command again to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server cannot remove single messages: the moved ones are marked as deleted in %1 and disappear when your mail program empties deleted items.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Core::Cli::CliApplication</name>
    <message>
        <source>No command given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Core::Cli::PasswordSource</name>
    <message>
        <source>Cannot read the password file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password file %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment variable %1 holds no password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Core::Cli::ReadableSummary</name>
    <message>
        <source>a message could not be delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a message is delayed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a delivery receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an automatic reply (for example out of office)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a request to prove you are a real sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a virus warning about a message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a spam complaint about a message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ordinary mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a message that could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the address does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mailbox is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the domain does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the receiving server blocked the sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was taken for spam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it broke the receiver&apos;s rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it carried a virus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was too big</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delivery took too long and was given up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mailbox is switched off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server would not pass it on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the receiving server refused it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the receiving server had a fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the receiving server could not be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a security check failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its content was not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FORGED </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You never sent the original: safe to delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YOURS  </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You did send this: check the address or try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This answers mail you really sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UNSURE </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>       </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>         %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NeverSent read %n message(s).

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sent mail was given, so NeverSent cannot tell forged bounces from real ones.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n bounce(s) about mail you never sent: your address was forged, nothing to fix, safe to delete.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n real delivery problem(s) with mail you did send: worth a look.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n automatic message(s) that cannot be judged for sure.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n ordinary message(s) left alone.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n message(s) could not be read.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Core::Cli::ScanCommand</name>
    <message>
        <source>Reads an IMAP mailbox without changing it and says which messages are bounces for mail you never sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder to check (repeatable; default INBOX).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder of your sent mail (repeatable; default: the Sent folders found).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of your own addresses (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Core::Cli::ServerOptions</name>
    <message>
        <source>imaps://host[:port], imap://host[:port] or imap+plain://127.0.0.1:port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account&apos;s user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the password from this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the password from this environment variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra trusted root certificates (PEM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the server certificate with this SHA-256 fingerprint (and remember it for this server).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache and audit store (default: in your cache directory).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This command takes no file names: &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the mail server with --server and the user name with --user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the password with either --password-file or --password-env (never on the command line).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No certificate could be read from %1; give a PEM file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Core::Cli::UndoCommand</name>
    <message>
        <source>Puts the messages of a clean action back where they were.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clean action to undo (default: the last one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--action takes the number of a clean action, as clean printed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no clean to undo for this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 was lost while putting messages back (%2). Nothing is lost: run the same command again to finish.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Core::Cli::UsageError</name>
    <message>
        <source>neversent-cli: %1 Try --help.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Core::Imap::AccountWorker</name>
    <message>
        <source>Cancelled: nothing more was asked of the server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Core::Imap::CertificateVerifier</name>
    <message>
        <source>the server sent no certificate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Core::Imap::ImapConnection</name>
    <message>
        <source>The connection to %1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 does not offer an encrypted connection (STARTTLS) on port %2, so the password was not sent. Use imaps:// instead, or ask your mail provider for the right address and port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 did not accept the user name or password. Check them and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 stopped answering. Check the network connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 port %2 answered, but not like a mail server. Check the server address and port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encrypted connection to %1 could not be set up (%2). Check the server address and port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the mail server %1 on port %2. Check the address, the port and the network connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 closed the connection unexpectedly. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server %1 reported a problem: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to a mail server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Core::Imap::ImapProtocol</name>
    <message>
        <source>list the folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to a mail server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server %1 closed the connection. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server %1 refused to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report on the folder &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open the folder &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leave the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>move messages to &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy messages to &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mark messages as deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove the moved messages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Core::Imap::MailboxCleaner</name>
    <message>
        <source>The folder &quot;%1&quot; has not been scanned yet. Run scan first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Trash folder was found on %1, so nothing was moved. Create a folder named Trash in your mail program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; was rebuilt on the server since the last scan, so nothing was moved. Scan again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no clean action %1 to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clean action %1 was undone already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clean action %1 moved nothing, so there is nothing to put back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Core::Imap::MailboxScanner</name>
    <message>
        <source>The connection was lost; connecting again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; does not exist on %2 or cannot be opened. Check its name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; changed while it was read; scan again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading your sent mail in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Core::Imap::ServerAddress</name>
    <message>
        <source>&quot;%1&quot; is not a mail server address: write imaps://host, imap://host or imap+plain://127.0.0.1:port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a mail server address: write the scheme, the server name and at most a port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; names port 0, which no server listens on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imap+plain:// sends your password unencrypted, so it is only allowed to this computer (127.0.0.1 or ::1). Use imaps:// or imap:// for %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Core::Imap::TlsSocket</name>
    <message>
        <source>The certificate of %1 cannot be trusted (%2). Its SHA-256 fingerprint is %3. Only if your mail provider confirms this fingerprint, accept it (--trust-fingerprint %3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Core::Mail::MessageSource</name>
    <message>
        <source>The file cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Core::Store</name>
    <message>
        <source>The NeverSent audit log could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The NeverSent store could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Core::Store::Database</name>
    <message>
        <source>Cannot create the folder for the NeverSent store at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the NeverSent store %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the NeverSent store %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The NeverSent store %1 cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is not a NeverSent store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The NeverSent store %1 was written by a newer version of NeverSent; update NeverSent to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The NeverSent store %1 could not be updated (step %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Core::Store::ScanCache</name>
    <message>
        <source>The NeverSent store could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Core::Store::TrustedCertificates</name>
    <message>
        <source>The accepted certificate could not be remembered: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Core::Verdict::VerdictJudge</name>
    <message>
        <source>No sent mail was given to compare with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your sent mail has the original message (Message-ID &lt;%1&gt;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You wrote to %1 on %2 with the same subject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You did write to %1 around that time, so this may be about your own message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bounce does not say which message it is about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bounce has no date, so it cannot be compared with your sent mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your sent mail is empty, so there is nothing to compare with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your sent mail only reaches back to %1; this bounce is about mail from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No message in your sent mail has the Message-ID &lt;%1&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You did not write to %1 in the week around %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You sent nothing with the subject &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The original claimed to come from %1, which is not one of your addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The original message entered the mail system at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The original message entered the mail system at %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::MainWindow</name>
    <message>
        <source>NeverSent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spammers sometimes put your address on mail they send. When that mail cannot be delivered, the &quot;Undeliverable&quot; replies come back to you.

NeverSent will look through your inbox, compare every such reply with the mail you really sent, tell you in plain words which ones are forged and which are real delivery problems, and move the forged ones to the Trash, with an undo.

Connecting to your mail account comes in the next version. Until then, the neversent-cli classify command reads saved mail.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
