<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Core::Analysis::BounceAnalyzer</name>
    <message>
        <location filename="../core/analysis/BounceAnalyzer.cpp" line="599"/>
        <source>The message is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/BounceAnalyzer.cpp" line="605"/>
        <source>This is not an email message: it has no header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/BounceAnalyzer.cpp" line="619"/>
        <source>The message could not be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Core::Analysis::MimeDocument</name>
    <message>
        <location filename="../core/analysis/MimeDocument.cpp" line="89"/>
        <source>The message structure cannot be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Core::Cli</name>
    <message>
        <location filename="../core/cli/CliApplication.cpp" line="24"/>
        <source>Usage: neversent-cli COMMAND [OPTIONS]

Explains bounce messages and tells forged ones from real ones.

Commands:
  classify   read message files, folders or mbox files offline
  scan       read an IMAP mailbox without changing it
  clean      move forged bounces to the Trash (not in this version yet)
  undo       put cleaned messages back (not in this version yet)

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
        <location filename="../core/cli/ClassifyCommand.cpp" line="32"/>
        <source>Reads message files, folders and mbox files and says which are bounces, for whom and why, and whether you really sent the original.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ClassifyCommand.cpp" line="35"/>
        <source>Your sent mail: a file, folder or mbox (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ClassifyCommand.cpp" line="35"/>
        <source>PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ClassifyCommand.cpp" line="36"/>
        <source>One of your own addresses (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ClassifyCommand.cpp" line="36"/>
        <source>ADDRESS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ClassifyCommand.cpp" line="38"/>
        <source>Output format: jsonl (one JSON object per message, the default) or text (a readable summary).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ClassifyCommand.cpp" line="38"/>
        <source>FORMAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ClassifyCommand.cpp" line="41"/>
        <source>Message files, folders or mbox files to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ClassifyCommand.cpp" line="41"/>
        <source>PATH...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ClassifyCommand.cpp" line="50"/>
        <source>Unknown format &quot;%1&quot;: use jsonl or text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ClassifyCommand.cpp" line="53"/>
        <source>Name at least one message file, folder or mbox file to classify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ClassifyCommand.cpp" line="58"/>
        <source>Cannot read &quot;%1&quot;: there is no such file or folder, or it is not readable. Check the path.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Core::Cli::CliApplication</name>
    <message>
        <location filename="../core/cli/CliApplication.cpp" line="48"/>
        <source>No command given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliApplication.cpp" line="65"/>
        <source>The %1 command is not available in this version yet; use classify or scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliApplication.cpp" line="67"/>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Core::Cli::PasswordSource</name>
    <message>
        <location filename="../core/cli/PasswordSource.cpp" line="28"/>
        <source>Cannot read the password file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/PasswordSource.cpp" line="33"/>
        <source>The password file %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/PasswordSource.cpp" line="41"/>
        <source>The environment variable %1 holds no password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Core::Cli::ReadableSummary</name>
    <message>
        <location filename="../core/cli/ReadableSummary.cpp" line="23"/>
        <source>a message could not be delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ReadableSummary.cpp" line="25"/>
        <source>a message is delayed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ReadableSummary.cpp" line="27"/>
        <source>a delivery receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ReadableSummary.cpp" line="29"/>
        <source>an automatic reply (for example out of office)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ReadableSummary.cpp" line="31"/>
        <source>a request to prove you are a real sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ReadableSummary.cpp" line="33"/>
        <source>a virus warning about a message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ReadableSummary.cpp" line="35"/>
        <source>a spam complaint about a message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ReadableSummary.cpp" line="37"/>
        <source>ordinary mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ReadableSummary.cpp" line="39"/>
        <source>a message that could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ReadableSummary.cpp" line="48"/>
        <source>the address does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ReadableSummary.cpp" line="50"/>
        <source>the mailbox is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ReadableSummary.cpp" line="52"/>
        <source>the domain does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ReadableSummary.cpp" line="54"/>
        <source>the receiving server blocked the sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ReadableSummary.cpp" line="56"/>
        <source>it was taken for spam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ReadableSummary.cpp" line="58"/>
        <source>it broke the receiver&apos;s rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ReadableSummary.cpp" line="60"/>
        <source>it carried a virus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ReadableSummary.cpp" line="62"/>
        <source>it was too big</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ReadableSummary.cpp" line="64"/>
        <source>delivery took too long and was given up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ReadableSummary.cpp" line="66"/>
        <source>the mailbox is switched off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ReadableSummary.cpp" line="68"/>
        <source>the server would not pass it on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ReadableSummary.cpp" line="70"/>
        <source>the receiving server refused it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ReadableSummary.cpp" line="73"/>
        <source>the receiving server had a fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ReadableSummary.cpp" line="75"/>
        <source>the receiving server could not be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ReadableSummary.cpp" line="77"/>
        <source>a security check failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ReadableSummary.cpp" line="79"/>
        <source>its content was not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ReadableSummary.cpp" line="95"/>
        <source>FORGED </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ReadableSummary.cpp" line="96"/>
        <source>You never sent the original: safe to delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ReadableSummary.cpp" line="100"/>
        <source>YOURS  </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ReadableSummary.cpp" line="102"/>
        <source>You did send this: check the address or try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ReadableSummary.cpp" line="103"/>
        <source>This answers mail you really sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ReadableSummary.cpp" line="107"/>
        <source>UNSURE </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ReadableSummary.cpp" line="115"/>
        <source>       </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ReadableSummary.cpp" line="118"/>
        <source>         %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ReadableSummary.cpp" line="120"/>
        <source> for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ReadableSummary.cpp" line="122"/>
        <source>: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ReadableSummary.cpp" line="133"/>
        <source>NeverSent read %n message(s).

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ReadableSummary.cpp" line="138"/>
        <source>No sent mail was given, so NeverSent cannot tell forged bounces from real ones.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ReadableSummary.cpp" line="139"/>
        <source>%n bounce(s) about mail you never sent: your address was forged, nothing to fix, safe to delete.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ReadableSummary.cpp" line="141"/>
        <source>%n real delivery problem(s) with mail you did send: worth a look.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ReadableSummary.cpp" line="142"/>
        <source>%n automatic message(s) that cannot be judged for sure.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ReadableSummary.cpp" line="143"/>
        <source>%n ordinary message(s) left alone.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ReadableSummary.cpp" line="145"/>
        <source>%n message(s) could not be read.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Core::Cli::ScanCommand</name>
    <message>
        <location filename="../core/cli/ScanCommand.cpp" line="33"/>
        <source>Reads an IMAP mailbox without changing it and says which messages are bounces for mail you never sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ScanCommand.cpp" line="37"/>
        <source>imaps://host[:port], imap://host[:port] or imap+plain://127.0.0.1:port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ScanCommand.cpp" line="37"/>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ScanCommand.cpp" line="38"/>
        <source>The account&apos;s user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ScanCommand.cpp" line="38"/>
        <location filename="../core/cli/ScanCommand.cpp" line="43"/>
        <location filename="../core/cli/ScanCommand.cpp" line="44"/>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ScanCommand.cpp" line="39"/>
        <source>Read the password from this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ScanCommand.cpp" line="39"/>
        <location filename="../core/cli/ScanCommand.cpp" line="46"/>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ScanCommand.cpp" line="40"/>
        <source>Read the password from this environment variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ScanCommand.cpp" line="40"/>
        <source>VAR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ScanCommand.cpp" line="41"/>
        <source>Extra trusted root certificates (PEM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ScanCommand.cpp" line="41"/>
        <source>PEM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ScanCommand.cpp" line="42"/>
        <source>Accept the server certificate with this SHA-256 fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ScanCommand.cpp" line="42"/>
        <source>SHA256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ScanCommand.cpp" line="43"/>
        <source>A folder to check (repeatable; default INBOX).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ScanCommand.cpp" line="44"/>
        <source>A folder of your sent mail (repeatable; default: the Sent folders found).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ScanCommand.cpp" line="45"/>
        <source>One of your own addresses (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ScanCommand.cpp" line="45"/>
        <source>ADDRESS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ScanCommand.cpp" line="46"/>
        <source>The cache and audit store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ScanCommand.cpp" line="55"/>
        <source>scan takes no file names: &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ScanCommand.cpp" line="57"/>
        <source>Give the mail server with --server and the user name with --user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ScanCommand.cpp" line="59"/>
        <source>Give the password with either --password-file or --password-env (never on the command line).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ScanCommand.cpp" line="65"/>
        <source>The scan store (--db) is not available in this version yet; run scan without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ScanCommand.cpp" line="75"/>
        <source>No certificate could be read from %1; give a PEM file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Core::Cli::UsageError</name>
    <message>
        <location filename="../core/cli/UsageError.cpp" line="10"/>
        <source>neversent-cli: %1 Try --help.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Core::Imap::ImapConnection</name>
    <message>
        <location filename="../core/imap/ImapConnection.cpp" line="70"/>
        <source>The server %1 did not accept the user name or password. Check them and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/imap/ImapConnection.cpp" line="72"/>
        <source>The server %1 stopped answering. Check the network connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/imap/ImapConnection.cpp" line="74"/>
        <source>%1 port %2 answered, but not like a mail server. Check the server address and port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/imap/ImapConnection.cpp" line="79"/>
        <source>Cannot reach the mail server %1 on port %2. Check the address, the port and the network connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/imap/ImapConnection.cpp" line="82"/>
        <source>The mail server %1 reported a problem: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/imap/ImapConnection.cpp" line="91"/>
        <source>STARTTLS connections (imap://) are not available in this version yet; use imaps://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/imap/ImapConnection.cpp" line="136"/>
        <location filename="../core/imap/ImapConnection.cpp" line="158"/>
        <source>Not connected to a mail server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/imap/ImapConnection.cpp" line="165"/>
        <source>The folder &quot;%1&quot; does not exist on %2. Check its name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Core::Imap::MailboxScanner</name>
    <message>
        <location filename="../core/imap/MailboxScanner.cpp" line="44"/>
        <source>Reading your sent mail in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/imap/MailboxScanner.cpp" line="66"/>
        <source>Checking %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Core::Imap::ServerAddress</name>
    <message>
        <location filename="../core/imap/ServerAddress.cpp" line="33"/>
        <source>&quot;%1&quot; is not a mail server address: write imaps://host, imap://host or imap+plain://127.0.0.1:port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/imap/ServerAddress.cpp" line="40"/>
        <source>&quot;%1&quot; is not a mail server address: write the scheme, the server name and at most a port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/imap/ServerAddress.cpp" line="46"/>
        <source>&quot;%1&quot; names port 0, which no server listens on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/imap/ServerAddress.cpp" line="52"/>
        <source>imap+plain:// sends your password unencrypted, so it is only allowed to this computer (127.0.0.1 or ::1). Use imaps:// or imap:// for %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Core::Imap::TlsSocket</name>
    <message>
        <location filename="../core/imap/TlsSocket.cpp" line="86"/>
        <source>The certificate of %1 cannot be trusted (%2). Its SHA-256 fingerprint is %3. Only if your mail provider confirms this fingerprint, accept it (--trust-fingerprint %3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Core::Mail::MessageSource</name>
    <message>
        <location filename="../core/mail/MessageSource.cpp" line="90"/>
        <source>The file cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Core::Store::Database</name>
    <message>
        <location filename="../core/store/Database.cpp" line="93"/>
        <source>Cannot create the folder for the NeverSent store at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="100"/>
        <source>Cannot create the NeverSent store %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="112"/>
        <source>Cannot open the NeverSent store %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="118"/>
        <source>The NeverSent store %1 cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="134"/>
        <source>The file %1 is not a NeverSent store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="138"/>
        <source>The NeverSent store %1 was written by a newer version of NeverSent; update NeverSent to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="153"/>
        <source>The NeverSent store %1 could not be updated (step %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Core::Verdict::VerdictJudge</name>
    <message>
        <location filename="../core/verdict/VerdictJudge.cpp" line="49"/>
        <source>No sent mail was given to compare with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verdict/VerdictJudge.cpp" line="55"/>
        <source>Your sent mail has the original message (Message-ID &lt;%1&gt;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verdict/VerdictJudge.cpp" line="74"/>
        <source>You wrote to %1 on %2 with the same subject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verdict/VerdictJudge.cpp" line="77"/>
        <source>You did write to %1 around that time, so this may be about your own message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verdict/VerdictJudge.cpp" line="83"/>
        <source>The bounce does not say which message it is about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verdict/VerdictJudge.cpp" line="87"/>
        <source>The bounce has no date, so it cannot be compared with your sent mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verdict/VerdictJudge.cpp" line="91"/>
        <source>Your sent mail is empty, so there is nothing to compare with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verdict/VerdictJudge.cpp" line="95"/>
        <source>Your sent mail only reaches back to %1; this bounce is about mail from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verdict/VerdictJudge.cpp" line="102"/>
        <source>No message in your sent mail has the Message-ID &lt;%1&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verdict/VerdictJudge.cpp" line="104"/>
        <source>You did not write to %1 in the week around %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verdict/VerdictJudge.cpp" line="106"/>
        <source>You sent nothing with the subject &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verdict/VerdictJudge.cpp" line="108"/>
        <source>The original claimed to come from %1, which is not one of your addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verdict/VerdictJudge.cpp" line="111"/>
        <source>The original message entered the mail system at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verdict/VerdictJudge.cpp" line="112"/>
        <source>The original message entered the mail system at %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="10"/>
        <source>NeverSent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="15"/>
        <source>Spammers sometimes put your address on mail they send. When that mail cannot be delivered, the &quot;Undeliverable&quot; replies come back to you.

NeverSent will look through your inbox, compare every such reply with the mail you really sent, tell you in plain words which ones are forged and which are real delivery problems, and move the forged ones to the Trash, with an undo.

Connecting to your mail account comes in the next version. Until then, the neversent-cli classify command reads saved mail.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
