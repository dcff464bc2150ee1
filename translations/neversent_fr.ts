<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Core::Account::AccountStore</name>
    <message>
        <source>An account needs an email address, a user name and a server.</source>
        <translation>Un compte a besoin d&apos;une adresse e-mail, d&apos;un nom d&apos;utilisateur et d&apos;un serveur.</translation>
    </message>
    <message>
        <source>Your list of accounts could not be saved: %1</source>
        <translation>Votre liste de comptes n&apos;a pas pu être enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>This account is no longer in your list of accounts.</source>
        <translation>Ce compte ne figure plus dans votre liste de comptes.</translation>
    </message>
    <message>
        <source>Your list of accounts could not be read or saved: %1</source>
        <translation>Votre liste de comptes n&apos;a pas pu être lue ou enregistrée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Core::Account::ConnectionTester</name>
    <message>
        <source>Something answered at %1 on port %2, but it is not a mail server. Check the server address and port.</source>
        <translation>Quelque chose a répondu à l&apos;adresse %1 sur le port %2, mais ce n&apos;est pas un serveur de messagerie. Vérifiez l&apos;adresse et le port du serveur.</translation>
    </message>
    <message>
        <source>NeverSent cannot confirm that %1 is really your mail server: nobody your computer trusts vouches for its security certificate. Trust this certificate only if your mail provider or IT staff confirm its fingerprint:
%2</source>
        <translation>NeverSent ne peut pas confirmer que %1 est bien votre serveur de messagerie&#xa0;: aucun organisme auquel votre ordinateur fait confiance ne garantit son certificat de sécurité. Ne faites confiance à ce certificat que si votre fournisseur de messagerie ou votre service informatique vous en confirme l&apos;empreinte&#xa0;:
%2</translation>
    </message>
</context>
<context>
    <name>Core::Account::PasswordKeychain</name>
    <message>
        <source>Your desktop has no password safe running, so NeverSent will ask for the password each time it starts.</source>
        <translation>Aucun trousseau de mots de passe n&apos;est actif sur votre ordinateur&#xa0;: NeverSent vous demandera donc le mot de passe à chaque démarrage.</translation>
    </message>
    <message>
        <source>Your desktop&apos;s password safe did not let NeverSent in, so NeverSent will ask for the password each time it starts.</source>
        <translation>Le trousseau de mots de passe de votre ordinateur a refusé l&apos;accès à NeverSent&#xa0;: NeverSent vous demandera donc le mot de passe à chaque démarrage.</translation>
    </message>
    <message>
        <source>Your desktop&apos;s password safe reported a problem: %1</source>
        <translation>Le trousseau de mots de passe de votre ordinateur a signalé un problème&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Core::Account::ServerDiscovery</name>
    <message>
        <source>Looking for %1 among the well-known mail services...</source>
        <translation>Recherche de %1 parmi les services de messagerie connus...</translation>
    </message>
    <message>
        <source>Asking %1 for its mail settings...</source>
        <translation>Demande des paramètres de messagerie à %1...</translation>
    </message>
    <message>
        <source>Looking up the mail server of %1 in the internet&apos;s address book...</source>
        <translation>Recherche du serveur de messagerie de %1 dans l&apos;annuaire d&apos;Internet...</translation>
    </message>
    <message>
        <source>Trying the usual mail server names of %1...</source>
        <translation>Essai des noms habituels de serveur de messagerie pour %1...</translation>
    </message>
    <message>
        <source>Looking up who receives the mail of %1...</source>
        <translation>Recherche de qui reçoit le courrier de %1...</translation>
    </message>
</context>
<context>
    <name>Core::Analysis::BounceAnalyzer</name>
    <message>
        <source>The message is empty.</source>
        <translation>Le message est vide.</translation>
    </message>
    <message>
        <source>This is not an email message: it has no header.</source>
        <translation>Ce n&apos;est pas un message électronique&#xa0;: il n&apos;a pas d&apos;en-tête.</translation>
    </message>
    <message>
        <source>The message could not be read (%1).</source>
        <translation>Le message n&apos;a pas pu être lu (%1).</translation>
    </message>
</context>
<context>
    <name>Core::Analysis::MimeDocument</name>
    <message>
        <source>The message structure cannot be read (%1).</source>
        <translation>La structure du message est illisible (%1).</translation>
    </message>
</context>
<context>
    <name>Core::Cli::ClassifyCommand</name>
    <message>
        <source>Reads message files, folders and mbox files and says which are bounces, for whom and why, and whether you really sent the original.</source>
        <translation>Lit des fichiers de messages, des dossiers et des fichiers mbox, et indique lesquels sont des avis de non-remise, pour qui et pourquoi, et si vous avez vraiment envoyé le message d&apos;origine.</translation>
    </message>
    <message>
        <source>Your sent mail: a file, folder or mbox (repeatable).</source>
        <translation>Vos messages envoyés&#xa0;: un fichier, un dossier ou un fichier mbox (option répétable).</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>CHEMIN</translation>
    </message>
    <message>
        <source>One of your own addresses (repeatable).</source>
        <translation>Une de vos propres adresses (option répétable).</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADRESSE</translation>
    </message>
    <message>
        <source>Output format: jsonl (one JSON object per message, the default) or text (a readable summary).</source>
        <translation>Format de sortie&#xa0;: jsonl (un objet JSON par message, par défaut) ou text (un résumé lisible).</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Message files, folders or mbox files to read.</source>
        <translation>Fichiers de messages, dossiers ou fichiers mbox à lire.</translation>
    </message>
    <message>
        <source>PATH...</source>
        <translation>CHEMIN...</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: use jsonl or text.</source>
        <translation>Format inconnu «&#xa0;%1&#xa0;»&#xa0;: utilisez jsonl ou text.</translation>
    </message>
    <message>
        <source>Name at least one message file, folder or mbox file to classify.</source>
        <translation>Indiquez au moins un fichier de message, un dossier ou un fichier mbox à classer.</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: there is no such file or folder, or it is not readable. Check the path.</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;»&#xa0;: ce fichier ou ce dossier n&apos;existe pas, ou il n&apos;est pas lisible. Vérifiez le chemin.</translation>
    </message>
</context>
<context>
    <name>Core::Cli::CleanCommand</name>
    <message>
        <source>Moves the messages of the last scan with the given verdicts to the Trash.</source>
        <translation>Déplace vers la Corbeille les messages de la dernière analyse qui ont les verdicts indiqués.</translation>
    </message>
    <message>
        <source>The scanned folder to clean (default INBOX).</source>
        <translation>Le dossier analysé à nettoyer (INBOX par défaut).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>Move messages with this verdict: backscatter, genuine or unknown (repeatable; default backscatter).</source>
        <translation>Déplacer les messages ayant ce verdict&#xa0;: backscatter, genuine ou unknown (option répétable&#xa0;; backscatter par défaut).</translation>
    </message>
    <message>
        <source>VERDICT</source>
        <translation>VERDICT</translation>
    </message>
    <message>
        <source>Say what would move and move nothing.</source>
        <translation>Indiquer ce qui serait déplacé, sans rien déplacer.</translation>
    </message>
    <message>
        <source>Unknown verdict &quot;%1&quot;: use backscatter, genuine or unknown.</source>
        <translation>Verdict inconnu «&#xa0;%1&#xa0;»&#xa0;: utilisez backscatter, genuine ou unknown.</translation>
    </message>
    <message>
        <source>The connection to %1 was lost while moving messages (%2). Nothing is lost: run the same command again to finish.</source>
        <translation>La connexion à %1 a été perdue pendant le déplacement des messages (%2). Rien n&apos;est perdu&#xa0;: relancez la même commande pour terminer.</translation>
    </message>
    <message>
        <source>This server cannot remove single messages: the moved ones are marked as deleted in %1 and disappear when your mail program empties deleted items.
</source>
        <translation>Ce serveur ne peut pas retirer des messages un par un&#xa0;: les messages déplacés sont marqués comme supprimés dans %1 et disparaîtront quand votre logiciel de messagerie videra les éléments supprimés.
</translation>
    </message>
</context>
<context>
    <name>Core::Cli::CliApplication</name>
    <message>
        <source>No command given.</source>
        <translation>Aucune commande indiquée.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Commande inconnue «&#xa0;%1&#xa0;».</translation>
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
        <translation>Utilisation&#xa0;: neversent-cli COMMANDE [OPTIONS]

Explique les avis de non-remise et distingue les faux des vrais.

Commandes&#xa0;:
  classify   lire hors ligne des fichiers de messages, des dossiers ou des fichiers mbox
  scan       lire une boîte aux lettres IMAP sans la modifier
  clean      déplacer vers la Corbeille les faux avis de non-remise de la dernière analyse
  undo       remettre à leur place les messages d&apos;un nettoyage
  report     analyser, puis écrire un rapport pour le service informatique
  watch      rester connecté et juger le nouveau courrier à son arrivée

Options&#xa0;:
  -h, --help     afficher cette aide, ou l&apos;aide d&apos;une commande si placé après elle
  -v, --version  afficher la version
</translation>
    </message>
</context>
<context>
    <name>Core::Cli::MailboxProgram</name>
    <message>
        <source>The part of NeverSent that works on mailboxes cannot start (%1: %2). Install NeverSent again.</source>
        <translation>La partie de NeverSent qui travaille sur les boîtes aux lettres ne peut pas démarrer (%1&#xa0;: %2). Réinstallez NeverSent.</translation>
    </message>
</context>
<context>
    <name>Core::Cli::PasswordSource</name>
    <message>
        <source>Cannot read the password file %1: %2</source>
        <translation>Impossible de lire le fichier de mot de passe %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The password file %1 is empty.</source>
        <translation>Le fichier de mot de passe %1 est vide.</translation>
    </message>
    <message>
        <source>The environment variable %1 holds no password.</source>
        <translation>La variable d&apos;environnement %1 ne contient aucun mot de passe.</translation>
    </message>
    <message>
        <source>Cannot read the access token file %1: %2</source>
        <translation>Impossible de lire le fichier du jeton d’accès %1 : %2</translation>
    </message>
    <message>
        <source>The access token file %1 is empty.</source>
        <translation>Le fichier du jeton d’accès %1 est vide.</translation>
    </message>
    <message>
        <source>The environment variable %1 holds no access token.</source>
        <translation>La variable d’environnement %1 ne contient aucun jeton d’accès.</translation>
    </message>
</context>
<context>
    <name>Core::Cli::ReadableSummary</name>
    <message>
        <source>You never sent the original: safe to delete.</source>
        <translation>Vous n&apos;avez jamais envoyé le message d&apos;origine&#xa0;: vous pouvez le supprimer sans risque.</translation>
    </message>
    <message>
        <source>You did send this: check the address or try again.</source>
        <translation>Vous avez bien envoyé ce message&#xa0;: vérifiez l&apos;adresse ou réessayez.</translation>
    </message>
    <message>
        <source>This answers mail you really sent.</source>
        <translation>Ceci répond à un message que vous avez vraiment envoyé.</translation>
    </message>
    <message>
        <source> for %1</source>
        <translation> (destinataire&#xa0;: %1)</translation>
    </message>
    <message>
        <source>: %1</source>
        <translation>&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>NeverSent read %n message(s).

</source>
        <translation>
            <numerusform>NeverSent a lu %n message.

</numerusform>
            <numerusform>NeverSent a lu %n messages.

</numerusform>
        </translation>
    </message>
    <message>
        <source>No sent mail was given, so NeverSent cannot tell forged bounces from real ones.
</source>
        <translation>Aucun message envoyé n&apos;a été fourni&#xa0;: NeverSent ne peut donc pas distinguer les faux avis de non-remise des vrais.
</translation>
    </message>
    <message numerus="yes">
        <source>%n bounce(s) about mail you never sent: your address was forged, nothing to fix, safe to delete.
</source>
        <translation>
            <numerusform>%n avis de non-remise concernant du courrier que vous n&apos;avez jamais envoyé&#xa0;: votre adresse a été usurpée, rien à corriger, suppression sans risque.
</numerusform>
            <numerusform>%n avis de non-remise concernant du courrier que vous n&apos;avez jamais envoyé&#xa0;: votre adresse a été usurpée, rien à corriger, suppression sans risque.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n real delivery problem(s) with mail you did send: worth a look.
</source>
        <translation>
            <numerusform>%n vrai problème de remise pour du courrier que vous avez bien envoyé&#xa0;: à examiner.
</numerusform>
            <numerusform>%n vrais problèmes de remise pour du courrier que vous avez bien envoyé&#xa0;: à examiner.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n automatic message(s) that cannot be judged for sure.
</source>
        <translation>
            <numerusform>%n message automatique impossible à juger avec certitude.
</numerusform>
            <numerusform>%n messages automatiques impossibles à juger avec certitude.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ordinary message(s) left alone.
</source>
        <translation>
            <numerusform>%n message ordinaire&#xa0;: aucune action.
</numerusform>
            <numerusform>%n messages ordinaires&#xa0;: aucune action.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) could not be read.
</source>
        <translation>
            <numerusform>%n message illisible.
</numerusform>
            <numerusform>%n messages illisibles.
</numerusform>
        </translation>
    </message>
    <message>
        <source>FORGED</source>
        <translation>FAUX</translation>
    </message>
    <message>
        <source>YOURS</source>
        <translation>À VOUS</translation>
    </message>
    <message>
        <source>UNSURE</source>
        <translation>INCERTAIN</translation>
    </message>
</context>
<context>
    <name>Core::Cli::ReportCommand</name>
    <message>
        <source>Reads an IMAP mailbox without changing it, as scan does, and writes a report for the IT department: the forged bounces over time, where the forged mail came from, a few of them, the domain&apos;s SPF and DMARC records and what could be changed.</source>
        <translation>Lit une boîte IMAP sans la modifier, comme scan, et écrit un rapport pour le service informatique : les avis falsifiés au fil du temps, d’où venait le courrier falsifié, quelques-uns d’entre eux, les enregistrements SPF et DMARC du domaine et ce qui pourrait être changé.</translation>
    </message>
    <message>
        <source>A folder to check (repeatable; default INBOX).</source>
        <translation>Un dossier à vérifier (option répétable&#xa0;; INBOX par défaut).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>A folder of your sent mail (repeatable; default: the Sent folders found).</source>
        <translation>Un dossier de vos messages envoyés (option répétable&#xa0;; par défaut&#xa0;: les dossiers Envoyés trouvés).</translation>
    </message>
    <message>
        <source>One of your own addresses (repeatable).</source>
        <translation>Une de vos propres adresses (option répétable).</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADRESSE</translation>
    </message>
    <message>
        <source>The domain the forged mail claims to come from (default: that of --me, else of --user).</source>
        <translation>Le domaine dont le courrier falsifié prétend venir (par défaut : celui de --me, sinon celui de --user).</translation>
    </message>
    <message>
        <source>DOMAIN</source>
        <translation>DOMAINE</translation>
    </message>
    <message>
        <source>Ask this DNS server (an IP address) for the domain&apos;s records instead of the system&apos;s.</source>
        <translation>Demander les enregistrements du domaine à ce serveur DNS (une adresse IP) plutôt qu’à celui du système.</translation>
    </message>
    <message>
        <source>text (the default) or json.</source>
        <translation>text (par défaut) ou json.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>--format is text or json, not &quot;%1&quot;.</source>
        <translation>--format vaut text ou json, pas « %1 ».</translation>
    </message>
    <message>
        <source>--nameserver needs an IP address, not &quot;%1&quot;.</source>
        <translation>--nameserver attend une adresse IP, pas « %1 ».</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>Core::Cli::ScanCommand</name>
    <message>
        <source>Reads an IMAP mailbox without changing it and says which messages are bounces for mail you never sent.</source>
        <translation>Lit une boîte aux lettres IMAP sans la modifier et indique quels messages sont des avis de non-remise pour des messages que vous n&apos;avez jamais envoyés.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>A folder to check (repeatable; default INBOX).</source>
        <translation>Un dossier à vérifier (option répétable&#xa0;; INBOX par défaut).</translation>
    </message>
    <message>
        <source>A folder of your sent mail (repeatable; default: the Sent folders found).</source>
        <translation>Un dossier de vos messages envoyés (option répétable&#xa0;; par défaut&#xa0;: les dossiers Envoyés trouvés).</translation>
    </message>
    <message>
        <source>One of your own addresses (repeatable).</source>
        <translation>Une de vos propres adresses (option répétable).</translation>
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
        <translation>imaps://host[:port], imap://host[:port] ou imap+plain://127.0.0.1:port.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>The account&apos;s user name.</source>
        <translation>Le nom d&apos;utilisateur du compte.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>Read the password from this file.</source>
        <translation>Lire le mot de passe dans ce fichier.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Read the password from this environment variable.</source>
        <translation>Lire le mot de passe dans cette variable d&apos;environnement.</translation>
    </message>
    <message>
        <source>VAR</source>
        <translation>VAR</translation>
    </message>
    <message>
        <source>Extra trusted root certificates (PEM).</source>
        <translation>Certificats racines de confiance supplémentaires (PEM).</translation>
    </message>
    <message>
        <source>PEM</source>
        <translation>PEM</translation>
    </message>
    <message>
        <source>Accept the server certificate with this SHA-256 fingerprint (and remember it for this server).</source>
        <translation>Accepter le certificat du serveur ayant cette empreinte SHA-256 (et s&apos;en souvenir pour ce serveur).</translation>
    </message>
    <message>
        <source>SHA256</source>
        <translation>SHA256</translation>
    </message>
    <message>
        <source>The cache and audit store (default: in your cache directory).</source>
        <translation>La base de données du cache et du journal des actions (par défaut&#xa0;: dans votre dossier de cache).</translation>
    </message>
    <message>
        <source>This command takes no file names: &quot;%1&quot;.</source>
        <translation>Cette commande n&apos;accepte pas de noms de fichiers&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Give the mail server with --server and the user name with --user.</source>
        <translation>Indiquez le serveur de messagerie avec --server et le nom d&apos;utilisateur avec --user.</translation>
    </message>
    <message>
        <source>No certificate could be read from %1; give a PEM file.</source>
        <translation>Aucun certificat n&apos;a pu être lu dans %1&#xa0;; indiquez un fichier PEM.</translation>
    </message>
    <message>
        <source>Sign in with the OAuth2 access token in this file (instead of a password).</source>
        <translation>Se connecter avec le jeton d’accès OAuth2 de ce fichier (au lieu d’un mot de passe).</translation>
    </message>
    <message>
        <source>Sign in with the OAuth2 access token in this environment variable (instead of a password).</source>
        <translation>Se connecter avec le jeton d’accès OAuth2 de cette variable d’environnement (au lieu d’un mot de passe).</translation>
    </message>
    <message>
        <source>Give the password with --password-file or --password-env, or an access token with --access-token-file or --access-token-env: one of them, never on the command line.</source>
        <translation>Indiquez le mot de passe avec --password-file ou --password-env, ou un jeton d’accès avec --access-token-file ou --access-token-env : une seule de ces options, jamais sur la ligne de commande.</translation>
    </message>
</context>
<context>
    <name>Core::Cli::UndoCommand</name>
    <message>
        <source>Puts the messages of a clean action back where they were.</source>
        <translation>Remet à leur place les messages d&apos;un nettoyage.</translation>
    </message>
    <message>
        <source>The clean action to undo (default: the last one).</source>
        <translation>Le nettoyage à annuler (par défaut&#xa0;: le dernier).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>--action takes the number of a clean action, as clean printed it.</source>
        <translation>--action attend le numéro d&apos;un nettoyage, tel que la commande clean l&apos;a affiché.</translation>
    </message>
    <message>
        <source>There is no clean to undo for this account.</source>
        <translation>Il n&apos;y a aucun nettoyage à annuler pour ce compte.</translation>
    </message>
    <message>
        <source>The connection to %1 was lost while putting messages back (%2). Nothing is lost: run the same command again to finish.</source>
        <translation>La connexion à %1 a été perdue pendant la remise en place des messages (%2). Rien n&apos;est perdu&#xa0;: relancez la même commande pour terminer.</translation>
    </message>
</context>
<context>
    <name>Core::Cli::UsageError</name>
    <message>
        <source>neversent-cli: %1 Try --help.</source>
        <translation>neversent-cli&#xa0;: %1 Essayez --help.</translation>
    </message>
</context>
<context>
    <name>Core::Cli::WatchCommand</name>
    <message>
        <source>Stays connected to an IMAP mailbox and reports each new message as soon as it is judged, until interrupted (Ctrl+C, SIGTERM).</source>
        <translation>Reste connecté à une boîte IMAP et signale chaque nouveau message dès qu’il est jugé, jusqu’à interruption (Ctrl+C, SIGTERM).</translation>
    </message>
    <message>
        <source>A folder to watch (repeatable; default INBOX).</source>
        <translation>Un dossier à surveiller (option répétable&#xa0;; INBOX par défaut).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>A folder of your sent mail (repeatable; default: the Sent folders found).</source>
        <translation>Un dossier de vos messages envoyés (option répétable&#xa0;; par défaut&#xa0;: les dossiers Envoyés trouvés).</translation>
    </message>
    <message>
        <source>One of your own addresses (repeatable).</source>
        <translation>Une de vos propres adresses (option répétable).</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADRESSE</translation>
    </message>
    <message>
        <source>Move each new forged bounce to the Trash, as a clean that undo can take back.</source>
        <translation>Déplacer chaque nouvel avis falsifié dans la Corbeille, comme un nettoyage que undo peut annuler.</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDES</translation>
    </message>
    <message>
        <source>--interval is a number of seconds from 1 to 3600, not &quot;%1&quot;.</source>
        <translation>--interval est un nombre de secondes de 1 à 3600, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Watching %1 on %2. Ctrl+C ends it.
</source>
        <translation>Surveillance de %1 sur %2. Ctrl+C l’arrête.
</translation>
    </message>
    <message>
        <source>How often to ask the server whether anything changed, in seconds (default 60); new mail in the first folder comes at once where the server has IMAP IDLE.</source>
        <translation>Fréquence à laquelle demander au serveur si quelque chose a changé, en secondes (60 par défaut)&#xa0;; le nouveau courrier du premier dossier arrive aussitôt si le serveur connaît IMAP IDLE.</translation>
    </message>
</context>
<context>
    <name>Core::Demo::DemoMailbox</name>
    <message>
        <source>The demo mailbox cannot be set up in %1: a folder named Maildir is there already.</source>
        <translation>La boîte aux lettres de démonstration ne peut pas être créée dans %1&#xa0;: un dossier nommé Maildir s&apos;y trouve déjà.</translation>
    </message>
    <message>
        <source>This copy of NeverSent was built without its demo mailbox.</source>
        <translation>Cette copie de NeverSent a été compilée sans sa boîte aux lettres de démonstration.</translation>
    </message>
    <message>
        <source>The demo mailbox cannot be set up in %1: the folder cannot be created.</source>
        <translation>La boîte aux lettres de démonstration ne peut pas être créée dans %1&#xa0;: le dossier ne peut pas être créé.</translation>
    </message>
    <message>
        <source>The demo mailbox cannot be set up in %1: %2 cannot be written.</source>
        <translation>La boîte aux lettres de démonstration ne peut pas être créée dans %1&#xa0;: impossible d&apos;écrire %2.</translation>
    </message>
</context>
<context>
    <name>Core::Demo::DemoWorker</name>
    <message>
        <source>Cancelled: the rest of the demo mailbox was not checked.</source>
        <translation>Annulé&#xa0;: le reste de la boîte aux lettres de démonstration n&apos;a pas été vérifié.</translation>
    </message>
    <message>
        <source>There is no folder &quot;%1&quot; in the demo mailbox.</source>
        <translation>Il n&apos;y a pas de dossier «&#xa0;%1&#xa0;» dans la boîte aux lettres de démonstration.</translation>
    </message>
    <message>
        <source>The demo mailbox has no Trash folder, so nothing was moved.</source>
        <translation>La boîte aux lettres de démonstration n&apos;a pas de Corbeille&#xa0;: rien n&apos;a été déplacé.</translation>
    </message>
    <message>
        <source>Reading your sent mail in %1</source>
        <translation>Lecture de vos messages envoyés dans %1</translation>
    </message>
    <message>
        <source>Checking %1</source>
        <translation>Vérification du dossier %1</translation>
    </message>
    <message>
        <source>None of the chosen messages is in the last scan of &quot;%1&quot;. Scan again.</source>
        <translation>Aucun des messages choisis ne figure dans la dernière analyse de «&#xa0;%1&#xa0;». Relancez l&apos;analyse.</translation>
    </message>
    <message>
        <source>There is nothing to undo.</source>
        <translation>Il n&apos;y a rien à annuler.</translation>
    </message>
</context>
<context>
    <name>Core::Domain::DomainPolicy</name>
    <message>
        <source>the DMARC record has no policy (p=)</source>
        <translation>l’enregistrement DMARC n’indique aucune politique (p=)</translation>
    </message>
    <message>
        <source>the DMARC record&apos;s policy &quot;p=%1&quot; is not one of none, quarantine, reject</source>
        <translation>la politique « p=%1 » de l’enregistrement DMARC n’est ni none, ni quarantine, ni reject</translation>
    </message>
    <message>
        <source>%1 publishes %2 SPF records, and receiving servers use none of them</source>
        <translation>%1 publie %2 enregistrements SPF, et les serveurs destinataires n’en utilisent aucun</translation>
    </message>
    <message>
        <source>%1 publishes %2 DMARC records, and receiving servers use none of them</source>
        <translation>%1 publie %2 enregistrements DMARC, et les serveurs destinataires n’en utilisent aucun</translation>
    </message>
    <message>
        <source>The DNS records of %1 could not be looked up: the name server did not answer in time.</source>
        <translation>Les enregistrements DNS de %1 n’ont pas pu être consultés : le serveur de noms n’a pas répondu à temps.</translation>
    </message>
    <message>
        <source>%1 publishes no DMARC policy, so receiving servers accept mail forged in its name and send their bounces back to you.</source>
        <translation>%1 ne publie aucune politique DMARC : les serveurs destinataires acceptent donc le courrier falsifié en son nom et vous renvoient leurs avis de non-remise.</translation>
    </message>
    <message>
        <source>Publishing a DMARC record (at _dmarc.%1) with p=reject tells them to refuse such mail at the door; most of the bounces then stop.</source>
        <translation>Publier un enregistrement DMARC (sous _dmarc.%1) avec p=reject leur indique de refuser ce courrier d’emblée ; la plupart des avis de non-remise cessent alors.</translation>
    </message>
    <message>
        <source>The DMARC record of %1 cannot be used (%2): receiving servers ignore it, as if there were none, and accept mail forged in its name.</source>
        <translation>L’enregistrement DMARC de %1 est inutilisable (%2) : les serveurs destinataires l’ignorent, comme s’il n’existait pas, et acceptent le courrier falsifié en son nom.</translation>
    </message>
    <message>
        <source>Correcting it, with p=reject, tells them to refuse such mail at the door.</source>
        <translation>Corrigé, avec p=reject, il leur indique de refuser ce courrier d’emblée.</translation>
    </message>
    <message>
        <source>The DMARC policy of %1 is p=none: receiving servers only watch, accept mail forged in its name and send their bounces back to you.</source>
        <translation>La politique DMARC de %1 est p=none : les serveurs destinataires se contentent d’observer, acceptent le courrier falsifié en son nom et vous renvoient leurs avis de non-remise.</translation>
    </message>
    <message>
        <source>Once its own mail passes the checks, changing the policy to p=quarantine and then p=reject makes most of them refuse forged mail, and most of the bounces stop.</source>
        <translation>Une fois que son propre courrier passe les vérifications, passer la politique à p=quarantine puis à p=reject amène la plupart d’entre eux à refuser le courrier falsifié, et la plupart des avis cessent.</translation>
    </message>
    <message>
        <source>The DMARC policy of %1 is p=quarantine: most receiving servers put forged mail in the junk folder, but some still accept it and bounce it back to you.</source>
        <translation>La politique DMARC de %1 est p=quarantine : la plupart des serveurs destinataires placent le courrier falsifié dans les indésirables, mais certains l’acceptent encore et vous le renvoient.</translation>
    </message>
    <message>
        <source>Changing it to p=reject makes them refuse forged mail at the door.</source>
        <translation>La passer à p=reject les amène à refuser le courrier falsifié d’emblée.</translation>
    </message>
    <message>
        <source>The DMARC policy of %1 is p=reject: most receiving servers refuse mail forged in its name, so few bounces should come back. The ones that still come are from servers that ignore DMARC.</source>
        <translation>La politique DMARC de %1 est p=reject : la plupart des serveurs destinataires refusent le courrier falsifié en son nom, donc peu d’avis devraient revenir. Ceux qui arrivent encore viennent de serveurs qui ignorent DMARC.</translation>
    </message>
    <message>
        <source>The policy applies to only %1% of the failing mail (pct=%1); the rest is delivered.</source>
        <translation>La politique ne s’applique qu’à %1 % du courrier en échec (pct=%1) ; le reste est distribué.</translation>
    </message>
    <message>
        <source>%1 publishes no SPF record, so receiving servers cannot tell which servers may send its mail.</source>
        <translation>%1 ne publie aucun enregistrement SPF : les serveurs destinataires ne peuvent donc pas savoir quels serveurs ont le droit d’envoyer son courrier.</translation>
    </message>
    <message>
        <source>The SPF record of %1 cannot be used (%2).</source>
        <translation>L’enregistrement SPF de %1 est inutilisable (%2).</translation>
    </message>
    <message>
        <source>The SPF record of %1 ends in +all: it lets any server in the world send mail in its name. It should end in -all or ~all.</source>
        <translation>L’enregistrement SPF de %1 se termine par +all : il permet à n’importe quel serveur au monde d’envoyer du courrier en son nom. Il devrait se terminer par -all ou ~all.</translation>
    </message>
    <message>
        <source>The SPF record of %1 says nothing about servers it does not list (?all, or no &quot;all&quot;). Ending it in -all lets receiving servers reject forged mail.</source>
        <translation>L’enregistrement SPF de %1 ne dit rien des serveurs qu’il n’énumère pas (?all, ou pas de « all »). Le terminer par -all permet aux serveurs destinataires de refuser le courrier falsifié.</translation>
    </message>
    <message>
        <source>%1 has no DMARC record of its own, so receiving servers apply that of %2.</source>
        <translation>%1 n’a pas d’enregistrement DMARC à lui, les serveurs destinataires appliquent donc celui de %2.</translation>
    </message>
</context>
<context>
    <name>Core::Domain::ItReport</name>
    <message>
        <source>NeverSent report for IT: %1, %2</source>
        <translation>Rapport NeverSent pour l’informatique : %1, %2</translation>
    </message>
    <message>
        <source>Bounces received from %1 to %2.</source>
        <translation>Avis reçus du %1 au %2.</translation>
    </message>
    <message>
        <source>Forged bounces (backscatter): %1. About mail really sent: %2. Undecided: %3.</source>
        <translation>Avis falsifiés (backscatter) : %1. Sur du courrier vraiment envoyé : %2. Indécis : %3.</translation>
    </message>
    <message>
        <source>Per day (forged / about mail really sent):</source>
        <translation>Par jour (falsifiés / sur du courrier vraiment envoyé) :</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sans date</translation>
    </message>
    <message>
        <source>Where the forged mail entered the mail system:</source>
        <translation>Où le courrier falsifié est entré dans le système de messagerie :</translation>
    </message>
    <message>
        <source>  The bounces do not say.</source>
        <translation>  Les avis ne le disent pas.</translation>
    </message>
    <message>
        <source>The newest forged bounces:</source>
        <translation>Les avis falsifiés les plus récents :</translation>
    </message>
    <message>
        <source>    reported by %1; failed recipients: %2</source>
        <translation>    signalé par %1 ; destinataires en échec : %2</translation>
    </message>
    <message>
        <source>    the forged original: Message-ID &lt;%1&gt;, From %2, sent from %3 %4</source>
        <translation>    l’original falsifié : Message-ID &lt;%1&gt;, From %2, envoyé depuis %3 %4</translation>
    </message>
    <message>
        <source>    the receiving server&apos;s checks: %1</source>
        <translation>    les vérifications du serveur destinataire : %1</translation>
    </message>
    <message>
        <source>No domain was given, so its SPF and DMARC records were not looked up.</source>
        <translation>Aucun domaine n’a été indiqué : ses enregistrements SPF et DMARC n’ont donc pas été consultés.</translation>
    </message>
    <message>
        <source>The domain %1:</source>
        <translation>Le domaine %1 :</translation>
    </message>
    <message>
        <source>  SPF:   %1</source>
        <translation>  SPF :   %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>  DMARC: %1</source>
        <translation>  DMARC : %1</translation>
    </message>
    <message>
        <source>What this means, and what IT could change:</source>
        <translation>Ce que cela signifie, et ce que l’informatique pourrait changer :</translation>
    </message>
    <message>
        <source>NeverSent report for IT</source>
        <translation>Rapport NeverSent pour l’informatique</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Forged bounces (backscatter)</source>
        <translation>Avis falsifiés (backscatter)</translation>
    </message>
    <message>
        <source>About mail really sent</source>
        <translation>Sur du courrier vraiment envoyé</translation>
    </message>
    <message>
        <source>Undecided</source>
        <translation>Indécis</translation>
    </message>
    <message>
        <source>Per day</source>
        <translation>Par jour</translation>
    </message>
    <message>
        <source>Day (UTC)</source>
        <translation>Jour (UTC)</translation>
    </message>
    <message>
        <source>Forged</source>
        <translation>Faux</translation>
    </message>
    <message>
        <source>Where the forged mail entered the mail system</source>
        <translation>Où le courrier falsifié est entré dans le système de messagerie</translation>
    </message>
    <message>
        <source>The bounces do not say.</source>
        <translation>Les avis ne le disent pas.</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Host names</source>
        <translation>Noms d’hôte</translation>
    </message>
    <message>
        <source>The newest forged bounces</source>
        <translation>Les avis falsifiés les plus récents</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Signalé par</translation>
    </message>
    <message>
        <source>Failed recipients</source>
        <translation>Destinataires en échec</translation>
    </message>
    <message>
        <source>Forged original&apos;s Message-ID</source>
        <translation>Message-ID de l’original falsifié</translation>
    </message>
    <message>
        <source>Forged original&apos;s From</source>
        <translation>From de l’original falsifié</translation>
    </message>
    <message>
        <source>Sent from</source>
        <translation>Envoyé depuis</translation>
    </message>
    <message>
        <source>The receiving server&apos;s checks</source>
        <translation>Les vérifications du serveur destinataire</translation>
    </message>
    <message>
        <source>The domain %1</source>
        <translation>Le domaine %1</translation>
    </message>
    <message>
        <source>What this means, and what IT could change</source>
        <translation>Ce que cela signifie, et ce que l’informatique pourrait changer</translation>
    </message>
</context>
<context>
    <name>Core::Explain::Explanation</name>
    <message>
        <source>%1 at %2</source>
        <comment>a date, then a time of day</comment>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>the recipient</source>
        <translation>votre destinataire</translation>
    </message>
    <message>
        <source>a notice that a message could not be delivered</source>
        <translation>un avis indiquant qu&apos;un message n&apos;a pas pu être remis</translation>
    </message>
    <message>
        <source>a notice that a message is delayed</source>
        <translation>un avis indiquant qu&apos;un message est retardé</translation>
    </message>
    <message>
        <source>a report about the delivery of a message</source>
        <translation>un rapport sur la remise d&apos;un message</translation>
    </message>
    <message>
        <source>an automatic reply, for example an out-of-office note</source>
        <translation>une réponse automatique, par exemple un message d&apos;absence</translation>
    </message>
    <message>
        <source>a request to confirm that you are a real sender</source>
        <translation>une demande vous invitant à confirmer que vous êtes un véritable expéditeur</translation>
    </message>
    <message>
        <source>a warning that a message carried a virus</source>
        <translation>un avertissement signalant qu&apos;un message contenait un virus</translation>
    </message>
    <message>
        <source>a complaint that a message was spam</source>
        <translation>une plainte signalant qu&apos;un message était du spam</translation>
    </message>
    <message>
        <source>an automatic message</source>
        <translation>un message automatique</translation>
    </message>
    <message>
        <source>It was sent to: %1.</source>
        <translation>Il a été envoyé à&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Its subject: &quot;%1&quot;.</source>
        <translation>Son objet&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>It was sent on %1.</source>
        <translation>Il a été envoyé le %1.</translation>
    </message>
    <message>
        <source>This notice arrived on %1.</source>
        <translation>Cet avis est arrivé le %1.</translation>
    </message>
    <message>
        <source>The receiving mail server wrote: %1</source>
        <translation>Le serveur de messagerie du destinataire a écrit&#xa0;: %1</translation>
    </message>
    <message>
        <source>Someone else&apos;s computer sent a message with your address in the From line, the line that says who a message is from.</source>
        <translation>L&apos;ordinateur de quelqu&apos;un d&apos;autre a envoyé un message avec votre adresse dans la ligne «&#xa0;De&#xa0;», celle qui indique de qui vient un message.</translation>
    </message>
    <message>
        <source>You did not send this: a bounce for mail sent in your name</source>
        <translation>Vous n&apos;avez rien envoyé&#xa0;: un avis de non-remise pour un message envoyé en votre nom</translation>
    </message>
    <message>
        <source>%1 It went to an address that does not exist. The receiving mail server could not deliver it, so it sent this notice back to the address in the From line: yours.</source>
        <translation>%1 Il était adressé à une adresse qui n&apos;existe pas. Le serveur de messagerie du destinataire n&apos;a pas pu le remettre&#xa0;; il a donc renvoyé cet avis à l&apos;adresse de la ligne «&#xa0;De&#xa0;»&#xa0;: la vôtre.</translation>
    </message>
    <message>
        <source>%1 The mail server it went to refused it, and sent this notice back to the address in the From line: yours.</source>
        <translation>%1 Le serveur de messagerie auquel il était adressé l&apos;a refusé, et a renvoyé cet avis à l&apos;adresse de la ligne «&#xa0;De&#xa0;»&#xa0;: la vôtre.</translation>
    </message>
    <message>
        <source>You did not send this: a delay notice for mail sent in your name</source>
        <translation>Vous n&apos;avez rien envoyé&#xa0;: un avis de retard pour un message envoyé en votre nom</translation>
    </message>
    <message>
        <source>%1 The receiving mail server has not been able to deliver it yet and is still trying. It sent this notice to the address in the From line, yours, to say so. Another notice about the same message may follow.</source>
        <translation>%1 Le serveur de messagerie du destinataire n&apos;a pas encore réussi à le remettre et continue d&apos;essayer. Il a envoyé cet avis à l&apos;adresse de la ligne «&#xa0;De&#xa0;», la vôtre, pour le signaler. D&apos;autres avis concernant le même message peuvent suivre.</translation>
    </message>
    <message>
        <source>You did not send this: a delivery report for mail sent in your name</source>
        <translation>Vous n&apos;avez rien envoyé&#xa0;: un rapport de remise pour un message envoyé en votre nom</translation>
    </message>
    <message>
        <source>%1 The receiving mail server sent a report about its delivery to the address in the From line: yours.</source>
        <translation>%1 Le serveur de messagerie du destinataire a envoyé un rapport sur sa remise à l&apos;adresse de la ligne «&#xa0;De&#xa0;»&#xa0;: la vôtre.</translation>
    </message>
    <message>
        <source>You did not send this: an automatic reply to mail sent in your name</source>
        <translation>Vous n&apos;avez rien envoyé&#xa0;: une réponse automatique à un message envoyé en votre nom</translation>
    </message>
    <message>
        <source>%1 The person it went to has an automatic answer switched on, for example while out of office, and their mailbox answered the address in the From line: yours. It answers a message you did not send.</source>
        <translation>%1 La personne à qui il était adressé a activé une réponse automatique, par exemple pendant une absence, et sa boîte aux lettres a répondu à l&apos;adresse de la ligne «&#xa0;De&#xa0;»&#xa0;: la vôtre. Cette réponse concerne un message que vous n&apos;avez pas envoyé.</translation>
    </message>
    <message>
        <source>You did not send this: a &quot;please confirm you are human&quot; request for mail sent in your name</source>
        <translation>Vous n&apos;avez rien envoyé&#xa0;: une demande «&#xa0;Confirmez que vous êtes un humain&#xa0;» pour un message envoyé en votre nom</translation>
    </message>
    <message>
        <source>%1 The receiver uses a service that holds mail from unknown senders until they confirm that they are a real person. The request came to you because your address was in the From line.</source>
        <translation>%1 Le destinataire utilise un service qui retient le courrier des expéditeurs inconnus jusqu&apos;à ce qu&apos;ils confirment être une vraie personne. La demande vous est parvenue parce que votre adresse figurait dans la ligne «&#xa0;De&#xa0;».</translation>
    </message>
    <message>
        <source>You did not send this: a virus warning about mail sent in your name</source>
        <translation>Vous n&apos;avez rien envoyé&#xa0;: un avertissement de virus concernant un message envoyé en votre nom</translation>
    </message>
    <message>
        <source>%1 A virus scanner at the receiving end found a virus in it and warned the address in the From line: yours. This does not mean that your computer is infected: the message did not come from it.</source>
        <translation>%1 Un antivirus chez le destinataire y a trouvé un virus et a averti l&apos;adresse de la ligne «&#xa0;De&#xa0;»&#xa0;: la vôtre. Cela ne veut pas dire que votre ordinateur est infecté&#xa0;: le message ne venait pas de lui.</translation>
    </message>
    <message>
        <source>You did not send this: a spam complaint about mail sent in your name</source>
        <translation>Vous n&apos;avez rien envoyé&#xa0;: une plainte pour spam concernant un message envoyé en votre nom</translation>
    </message>
    <message>
        <source>%1 Someone who received it reported it as spam, and their mail provider passed the complaint on to the address in the From line: yours.</source>
        <translation>%1 Une personne qui l&apos;a reçu l&apos;a signalé comme spam, et son fournisseur de messagerie a transmis la plainte à l&apos;adresse de la ligne «&#xa0;De&#xa0;»&#xa0;: la vôtre.</translation>
    </message>
    <message>
        <source>This is not your fault. Your computer and your email account are not where that message came from, and there is nothing to fix on your side. Senders of spam put real people&apos;s addresses in the From line all the time, and nobody can stop them from choosing yours.</source>
        <translation>Ce n&apos;est pas de votre faute. Ce message ne vient ni de votre ordinateur ni de votre compte de messagerie, et il n&apos;y a rien à corriger de votre côté. Les expéditeurs de spam mettent sans cesse les adresses de vraies personnes dans la ligne «&#xa0;De&#xa0;», et personne ne peut les empêcher de choisir la vôtre.</translation>
    </message>
    <message>
        <source>The message it is about is not in your Sent folder: you did not send it.</source>
        <translation>Le message concerné ne se trouve pas dans votre dossier Envoyés&#xa0;: vous ne l&apos;avez pas envoyé.</translation>
    </message>
    <message>
        <source>It was &quot;sent&quot; to: %1.</source>
        <translation>Il a été «&#xa0;envoyé&#xa0;» à&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The subject it claimed: &quot;%1&quot;.</source>
        <translation>L&apos;objet qu&apos;il affichait&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Where it really came from: a computer at %1 (%2), not yours.</source>
        <translation>Sa véritable provenance&#xa0;: un ordinateur à l&apos;adresse %1 (%2), pas le vôtre.</translation>
    </message>
    <message>
        <source>Where it really came from: a computer at %1, not yours.</source>
        <translation>Sa véritable provenance&#xa0;: un ordinateur à l&apos;adresse %1, pas le vôtre.</translation>
    </message>
    <message>
        <source>When it was sent: %1.</source>
        <translation>Date d&apos;envoi&#xa0;: %1.</translation>
    </message>
    <message>
        <source>When this notice arrived: %1.</source>
        <translation>Date d&apos;arrivée de cet avis&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Do not click any link in it and do not answer it: that would let the forged message through and tell its sender that your address is read.</source>
        <translation>Ne cliquez sur aucun lien qu&apos;il contient et n&apos;y répondez pas&#xa0;: cela laisserait passer le faux message et indiquerait à son expéditeur que votre adresse est lue.</translation>
    </message>
    <message>
        <source>Do not open any attachment it carries.</source>
        <translation>N&apos;ouvrez aucune pièce jointe qu&apos;il contient.</translation>
    </message>
    <message>
        <source>It is safe to move it to the Trash. Nothing else needs to be done.</source>
        <translation>Vous pouvez le déplacer vers la Corbeille sans risque. Vous n&apos;avez rien d&apos;autre à faire.</translation>
    </message>
    <message>
        <source>If more notices about the same message arrive, they can go to the Trash as well.</source>
        <translation>Si d&apos;autres avis concernant le même message arrivent, ils peuvent aussi aller dans la Corbeille.</translation>
    </message>
    <message>
        <source>The address does not exist at the receiving end: it may be mistyped, or the person may have left.</source>
        <translation>L&apos;adresse n&apos;existe pas chez le destinataire&#xa0;: elle est peut-être mal saisie, ou la personne est peut-être partie.</translation>
    </message>
    <message>
        <source>Check the spelling of %1 and send the message again.</source>
        <translation>Vérifiez l&apos;orthographe de %1 et renvoyez le message.</translation>
    </message>
    <message>
        <source>If the address looks right, ask the person for their current address.</source>
        <translation>Si l&apos;adresse semble correcte, demandez à la personne son adresse actuelle.</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox is full, so it cannot take new mail at the moment.</source>
        <translation>La boîte aux lettres du destinataire est pleine&#xa0;: elle ne peut pas recevoir de nouveaux messages pour le moment.</translation>
    </message>
    <message>
        <source>Try again in a day or two.</source>
        <translation>Réessayez dans un jour ou deux.</translation>
    </message>
    <message>
        <source>If it is urgent, reach %1 another way, for example by phone.</source>
        <translation>Si c&apos;est urgent, contactez %1 autrement, par exemple par téléphone.</translation>
    </message>
    <message>
        <source>The part of the address after the @ (%1) does not exist.</source>
        <translation>La partie de l&apos;adresse après le @ (%1) n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Check the part after the @ in %1 and send the message again.</source>
        <translation>Vérifiez la partie après le @ dans %1 et renvoyez le message.</translation>
    </message>
    <message>
        <source>The receiving mail server rejected your message, taking it for spam or because of one of its rules.</source>
        <translation>Le serveur de messagerie du destinataire a rejeté votre message, en le prenant pour du spam ou en application de l&apos;une de ses règles.</translation>
    </message>
    <message>
        <source>Ask your IT support for help and show them this message. Sending it again unchanged will most likely fail again.</source>
        <translation>Demandez de l&apos;aide à votre service informatique et montrez-lui ce message. Si vous renvoyez le message sans le modifier, il sera très probablement refusé à nouveau.</translation>
    </message>
    <message>
        <source>Your message was too big for the receiving mail server.</source>
        <translation>Votre message était trop volumineux pour le serveur de messagerie du destinataire.</translation>
    </message>
    <message>
        <source>Send smaller attachments, or put the files somewhere to share and send a link instead.</source>
        <translation>Envoyez des pièces jointes plus petites, ou déposez les fichiers dans un espace de partage et envoyez plutôt un lien.</translation>
    </message>
    <message>
        <source>So far the receiving mail server could not be reached.</source>
        <translation>Pour l&apos;instant, le serveur de messagerie du destinataire est injoignable.</translation>
    </message>
    <message>
        <source>The receiving mail server could not be reached, and the mail system gave up after trying for days.</source>
        <translation>Le serveur de messagerie du destinataire est resté injoignable, et le système de messagerie a abandonné après plusieurs jours d&apos;essais.</translation>
    </message>
    <message>
        <source>Try again later, or reach %1 another way.</source>
        <translation>Réessayez plus tard, ou contactez %1 autrement.</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox is switched off or closed.</source>
        <translation>La boîte aux lettres du destinataire est désactivée ou fermée.</translation>
    </message>
    <message>
        <source>Reach %1 another way and ask for their current address.</source>
        <translation>Contactez %1 autrement et demandez son adresse actuelle.</translation>
    </message>
    <message>
        <source>The receiving mail server found a virus in your message.</source>
        <translation>Le serveur de messagerie du destinataire a trouvé un virus dans votre message.</translation>
    </message>
    <message>
        <source>Do not send it again.</source>
        <translation>Ne le renvoyez pas.</translation>
    </message>
    <message>
        <source>Ask your IT support to check your computer.</source>
        <translation>Demandez à votre service informatique de vérifier votre ordinateur.</translation>
    </message>
    <message>
        <source>A mail server on the way refused to pass your message on. This is a setting of a mail server, not something you did.</source>
        <translation>Un serveur de messagerie en chemin a refusé de transmettre votre message. Cela vient du réglage d&apos;un serveur de messagerie, pas de quelque chose que vous avez fait.</translation>
    </message>
    <message>
        <source>Ask your IT support for help and show them this message.</source>
        <translation>Demandez de l&apos;aide à votre service informatique et montrez-lui ce message.</translation>
    </message>
    <message>
        <source>A security check between the mail servers failed.</source>
        <translation>Un contrôle de sécurité entre les serveurs de messagerie a échoué.</translation>
    </message>
    <message>
        <source>The receiving mail server did not accept the content of your message.</source>
        <translation>Le serveur de messagerie du destinataire n&apos;a pas accepté le contenu de votre message.</translation>
    </message>
    <message>
        <source>Try sending it again without unusual attachments, or ask your IT support for help.</source>
        <translation>Essayez de le renvoyer sans pièces jointes inhabituelles, ou demandez de l&apos;aide à votre service informatique.</translation>
    </message>
    <message>
        <source>Try sending it again later. If it fails again, ask your IT support and show them this message.</source>
        <translation>Essayez de le renvoyer plus tard. S&apos;il échoue encore, contactez votre service informatique et montrez-lui ce message.</translation>
    </message>
    <message>
        <source>Nothing to do yet: the mail system keeps trying. If it gives up, you will get another message saying so.</source>
        <translation>Rien à faire pour l&apos;instant&#xa0;: le système de messagerie continue d&apos;essayer. S&apos;il abandonne, vous recevrez un autre message pour vous le signaler.</translation>
    </message>
    <message>
        <source>Your message to %1 was not delivered</source>
        <translation>Votre message à %1 n&apos;a pas été remis</translation>
    </message>
    <message>
        <source>This is about a message you really sent. It could not be delivered.</source>
        <translation>Ceci concerne un message que vous avez vraiment envoyé. Il n&apos;a pas pu être remis.</translation>
    </message>
    <message>
        <source>Your message to %1 is delayed</source>
        <translation>Votre message à %1 est retardé</translation>
    </message>
    <message>
        <source>This is about a message you really sent. It has not been delivered yet, but the mail system is still trying.</source>
        <translation>Ceci concerne un message que vous avez vraiment envoyé. Il n&apos;a pas encore été remis, mais le système de messagerie continue d&apos;essayer.</translation>
    </message>
    <message>
        <source>A delivery report for your message to %1</source>
        <translation>Un rapport de remise pour votre message à %1</translation>
    </message>
    <message>
        <source>This is a report about the delivery of a message you really sent.</source>
        <translation>Ceci est un rapport sur la remise d&apos;un message que vous avez vraiment envoyé.</translation>
    </message>
    <message>
        <source>Nothing to do: keep or delete it as you like.</source>
        <translation>Rien à faire&#xa0;: conservez-le ou supprimez-le, comme vous le souhaitez.</translation>
    </message>
    <message>
        <source>An automatic reply from %1 to your message</source>
        <translation>Une réponse automatique de %1 à votre message</translation>
    </message>
    <message>
        <source>This is an automatic answer, for example an out-of-office note, to a message you really sent. Your message was delivered.</source>
        <translation>Ceci est une réponse automatique, par exemple un message d&apos;absence, à un message que vous avez vraiment envoyé. Votre message a bien été remis.</translation>
    </message>
    <message>
        <source>Nothing to fix. Read it: it may say when the person is back or whom to contact instead.</source>
        <translation>Rien à corriger. Lisez-le&#xa0;: il indique peut-être quand la personne sera de retour ou qui contacter à sa place.</translation>
    </message>
    <message>
        <source>%1 asks you to confirm that you are a real sender</source>
        <translation>%1 vous demande de confirmer que vous êtes un véritable expéditeur</translation>
    </message>
    <message>
        <source>The receiver of a message you really sent uses a service that holds mail from unknown senders until they confirm that they are a real person. Your message waits there until you do.</source>
        <translation>Le destinataire d&apos;un message que vous avez vraiment envoyé utilise un service qui retient le courrier des expéditeurs inconnus jusqu&apos;à ce qu&apos;ils confirment être une vraie personne. Votre message y attend jusqu&apos;à ce que vous le fassiez.</translation>
    </message>
    <message>
        <source>If you recognise the service, follow its instructions to confirm, and your message will be delivered. If in doubt, ask your IT support before you click anything.</source>
        <translation>Si vous reconnaissez ce service, suivez ses instructions pour confirmer, et votre message sera remis. En cas de doute, demandez à votre service informatique avant de cliquer sur quoi que ce soit.</translation>
    </message>
    <message>
        <source>A virus was found in your message to %1</source>
        <translation>Un virus a été trouvé dans votre message à %1</translation>
    </message>
    <message>
        <source>A virus scanner found a virus in a message you really sent. Your computer may be infected.</source>
        <translation>Un antivirus a trouvé un virus dans un message que vous avez vraiment envoyé. Votre ordinateur est peut-être infecté.</translation>
    </message>
    <message>
        <source>Do not send the message again.</source>
        <translation>Ne renvoyez pas le message.</translation>
    </message>
    <message>
        <source>Ask your IT support to check your computer before you send more mail.</source>
        <translation>Demandez à votre service informatique de vérifier votre ordinateur avant d&apos;envoyer d&apos;autres messages.</translation>
    </message>
    <message>
        <source>Your message to %1 was reported as spam</source>
        <translation>Votre message à %1 a été signalé comme spam</translation>
    </message>
    <message>
        <source>Someone who received a message you really sent reported it as spam to their mail provider.</source>
        <translation>Une personne qui a reçu un message que vous avez vraiment envoyé l&apos;a signalé comme spam auprès de son fournisseur de messagerie.</translation>
    </message>
    <message>
        <source>If you send the same message to many people, make sure they asked for it. Tell your IT support if this surprises you.</source>
        <translation>Si vous envoyez le même message à de nombreuses personnes, assurez-vous qu&apos;elles l&apos;ont demandé. Prévenez votre service informatique si cela vous surprend.</translation>
    </message>
    <message>
        <source>Not sure whether you sent this</source>
        <translation>On ne sait pas si vous avez envoyé ce message</translation>
    </message>
    <message>
        <source>This is %1. NeverSent cannot tell whether it is about a message you sent or about one someone else sent in your name.</source>
        <translation>Ce message est %1. NeverSent ne peut pas dire s&apos;il concerne un message que vous avez envoyé ou un message que quelqu&apos;un d&apos;autre a envoyé en votre nom.</translation>
    </message>
    <message>
        <source>What it says went wrong: %1.</source>
        <translation>Ce qui s&apos;est mal passé, d&apos;après lui&#xa0;: %1.</translation>
    </message>
    <message>
        <source>If you did send that message, this tells of a real problem with it. If you did not, someone else put your address in the From line, and this message is safe to move to the Trash.</source>
        <translation>Si vous avez bien envoyé ce message, il signale un vrai problème. Sinon, quelqu&apos;un d&apos;autre a mis votre adresse dans la ligne «&#xa0;De&#xa0;», et vous pouvez déplacer ce message vers la Corbeille sans risque.</translation>
    </message>
    <message>
        <source>Look in your Sent folder for a message to %1 around %2.</source>
        <translation>Cherchez dans votre dossier Envoyés un message à %1 aux alentours du %2.</translation>
    </message>
    <message>
        <source>Look in your Sent folder for a message to %1.</source>
        <translation>Cherchez dans votre dossier Envoyés un message à %1.</translation>
    </message>
    <message>
        <source>Look in your Sent folder for a message with the subject &quot;%1&quot;.</source>
        <translation>Cherchez dans votre dossier Envoyés un message ayant pour objet «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Open this message and check whether the message it quotes is one you wrote.</source>
        <translation>Ouvrez ce message et vérifiez si le message qu&apos;il cite est bien de vous.</translation>
    </message>
    <message>
        <source>If you find it, the problem is real: check the address, try again later, or ask your IT support.</source>
        <translation>Si vous le trouvez, le problème est réel&#xa0;: vérifiez l&apos;adresse, réessayez plus tard ou demandez de l&apos;aide à votre service informatique.</translation>
    </message>
    <message>
        <source>If you find nothing, you did not send it: move it to the Trash.</source>
        <translation>Si vous ne trouvez rien, vous ne l&apos;avez pas envoyé&#xa0;: déplacez-le vers la Corbeille.</translation>
    </message>
    <message>
        <source>This message could not be read</source>
        <translation>Ce message n&apos;a pas pu être lu</translation>
    </message>
    <message>
        <source>Open it in your mail program to see what it is.</source>
        <translation>Ouvrez-le dans votre logiciel de messagerie pour voir de quoi il s&apos;agit.</translation>
    </message>
    <message>
        <source>Ordinary mail</source>
        <translation>Courrier ordinaire</translation>
    </message>
    <message>
        <source>This is not an automatic reply about mail from your address. NeverSent leaves it alone.</source>
        <translation>Ce n&apos;est pas une réponse automatique à un message envoyé depuis votre adresse. NeverSent n&apos;y touche pas.</translation>
    </message>
    <message>
        <source>What this message shows:</source>
        <translation>Ce que montre ce message&#xa0;:</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Que faire&#xa0;:</translation>
    </message>
    <message>
        <source>Someone may be using your email account</source>
        <translation>Quelqu&apos;un utilise peut-être votre compte de messagerie</translation>
    </message>
    <message numerus="yes">
        <source>You said that %n of the bounces about mail you sent are about messages you did not write.</source>
        <translation>
            <numerusform>Vous avez indiqué que %n des avis de non-remise concernant vos messages envoyés porte sur un message que vous n&apos;avez pas écrit.</numerusform>
            <numerusform>Vous avez indiqué que %n des avis de non-remise concernant vos messages envoyés portent sur des messages que vous n&apos;avez pas écrits.</numerusform>
        </translation>
    </message>
    <message>
        <source>NeverSent found these messages in your Sent folder. So they were not just sent with your address in the From line: they were sent from your account itself. Someone else may know your password.</source>
        <translation>NeverSent a trouvé ces messages dans votre dossier Envoyés. Ils n&apos;ont donc pas seulement été envoyés avec votre adresse dans la ligne «&#xa0;De&#xa0;»&#xa0;: ils ont été envoyés depuis votre compte lui-même. Quelqu&apos;un d&apos;autre connaît peut-être votre mot de passe.</translation>
    </message>
    <message>
        <source>To %1, subject &quot;%2&quot;, sent %3.</source>
        <translation>À&#xa0;: %1, objet&#xa0;: «&#xa0;%2&#xa0;», date d&apos;envoi&#xa0;: %3.</translation>
    </message>
    <message>
        <source>(none)</source>
        <comment>no subject</comment>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>on an unknown date</source>
        <translation>inconnue</translation>
    </message>
    <message numerus="yes">
        <source>And %n more.</source>
        <translation>
            <numerusform>Et %n autre.</numerusform>
            <numerusform>Et %n autres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Change your email password now, from a computer you trust.</source>
        <translation>Changez dès maintenant le mot de passe de votre messagerie, depuis un ordinateur de confiance.</translation>
    </message>
    <message>
        <source>Tell your IT support, and show them these messages.</source>
        <translation>Prévenez votre service informatique et montrez-lui ces messages.</translation>
    </message>
    <message>
        <source>Keep these messages until your IT support has seen them: they help to find out what happened.</source>
        <translation>Conservez ces messages jusqu&apos;à ce que votre service informatique les ait vus&#xa0;: ils aident à comprendre ce qui s&apos;est passé.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>what happened: why</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Core::Explain::PlainWords</name>
    <message>
        <source>a message could not be delivered</source>
        <translation>un message n&apos;a pas pu être remis</translation>
    </message>
    <message>
        <source>a message is delayed</source>
        <translation>un message est retardé</translation>
    </message>
    <message>
        <source>a delivery receipt</source>
        <translation>un accusé de remise</translation>
    </message>
    <message>
        <source>an automatic reply (for example out of office)</source>
        <translation>une réponse automatique (par exemple un message d&apos;absence)</translation>
    </message>
    <message>
        <source>a request to prove you are a real sender</source>
        <translation>une demande vous invitant à prouver que vous êtes un véritable expéditeur</translation>
    </message>
    <message>
        <source>a virus warning about a message</source>
        <translation>un avertissement de virus concernant un message</translation>
    </message>
    <message>
        <source>a spam complaint about a message</source>
        <translation>une plainte pour spam concernant un message</translation>
    </message>
    <message>
        <source>ordinary mail</source>
        <translation>courrier ordinaire</translation>
    </message>
    <message>
        <source>a message that could not be read</source>
        <translation>un message illisible</translation>
    </message>
    <message>
        <source>the address does not exist</source>
        <translation>l&apos;adresse n&apos;existe pas</translation>
    </message>
    <message>
        <source>the mailbox is full</source>
        <translation>la boîte aux lettres est pleine</translation>
    </message>
    <message>
        <source>the domain does not exist</source>
        <translation>le domaine n&apos;existe pas</translation>
    </message>
    <message>
        <source>the receiving server blocked the sender</source>
        <translation>le serveur du destinataire a bloqué l&apos;expéditeur</translation>
    </message>
    <message>
        <source>it was taken for spam</source>
        <translation>il a été pris pour du spam</translation>
    </message>
    <message>
        <source>it broke the receiver&apos;s rules</source>
        <translation>il enfreignait les règles du destinataire</translation>
    </message>
    <message>
        <source>it carried a virus</source>
        <translation>il contenait un virus</translation>
    </message>
    <message>
        <source>it was too big</source>
        <translation>il était trop volumineux</translation>
    </message>
    <message>
        <source>delivery took too long and was given up</source>
        <translation>la remise a pris trop de temps et a été abandonnée</translation>
    </message>
    <message>
        <source>the mailbox is switched off</source>
        <translation>la boîte aux lettres est désactivée</translation>
    </message>
    <message>
        <source>the server would not pass it on</source>
        <translation>le serveur a refusé de le transmettre</translation>
    </message>
    <message>
        <source>the receiving server refused it</source>
        <translation>le serveur du destinataire l&apos;a refusé</translation>
    </message>
    <message>
        <source>the receiving server had a fault</source>
        <translation>le serveur du destinataire a rencontré une erreur</translation>
    </message>
    <message>
        <source>the receiving server could not be reached</source>
        <translation>le serveur du destinataire était injoignable</translation>
    </message>
    <message>
        <source>a security check failed</source>
        <translation>un contrôle de sécurité a échoué</translation>
    </message>
    <message>
        <source>its content was not accepted</source>
        <translation>son contenu n&apos;a pas été accepté</translation>
    </message>
</context>
<context>
    <name>Core::Explain::ScanSummary</name>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message numerus="yes">
        <source>In the last %Ln day(s)</source>
        <translation>
            <numerusform>Sur %Ln jour</numerusform>
            <numerusform>Ces %Ln derniers jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation>Depuis le %1</translation>
    </message>
    <message>
        <source>There were no messages to look at.</source>
        <translation>Il n&apos;y avait aucun message à examiner.</translation>
    </message>
    <message numerus="yes">
        <source>NeverSent looked at %Ln message(s) and found no bounces: none of them is an automatic reply about mail from your address. There is nothing to clean up.</source>
        <translation>
            <numerusform>NeverSent a examiné %Ln message et n&apos;a trouvé aucun avis de non-remise&#xa0;: ce n&apos;est pas une réponse automatique à un message envoyé depuis votre adresse. Il n&apos;y a rien à nettoyer.</numerusform>
            <numerusform>NeverSent a examiné %Ln messages et n&apos;a trouvé aucun avis de non-remise&#xa0;: aucun d&apos;eux n&apos;est une réponse automatique à un message envoyé depuis votre adresse. Il n&apos;y a rien à nettoyer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln forged</source>
        <comment>bounces</comment>
        <translation>
            <numerusform>%Ln faux</numerusform>
            <numerusform>%Ln faux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln about mail you sent</source>
        <comment>bounces</comment>
        <translation>
            <numerusform>%Ln concernant un message que vous avez envoyé</numerusform>
            <numerusform>%Ln concernant des messages que vous avez envoyés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln where NeverSent cannot tell</source>
        <comment>bounces</comment>
        <translation>
            <numerusform>%Ln pour lequel NeverSent ne peut pas se prononcer</numerusform>
            <numerusform>%Ln pour lesquels NeverSent ne peut pas se prononcer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You received %Ln bounce(s): %1.</source>
        <translation>
            <numerusform>Vous avez reçu %Ln avis de non-remise&#xa0;: %1.</numerusform>
            <numerusform>Vous avez reçu %Ln avis de non-remise&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 you received %Ln bounce(s): %2.</source>
        <comment>%1 is a time such as &apos;In the last 7 days&apos;</comment>
        <translation>
            <numerusform>%1, vous avez reçu %Ln avis de non-remise&#xa0;: %2.</numerusform>
            <numerusform>%1, vous avez reçu %Ln avis de non-remise&#xa0;: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>The forged ones are about mail someone else sent in your name: not your fault, nothing to fix, and safe to move to the Trash.</source>
        <translation>Les faux concernent des messages que quelqu&apos;un d&apos;autre a envoyés en votre nom&#xa0;: ce n&apos;est pas de votre faute, il n&apos;y a rien à corriger, et vous pouvez les déplacer vers la Corbeille sans risque.</translation>
    </message>
    <message>
        <source>Please look at the ones about mail you sent: they tell of real delivery problems.</source>
        <translation>Examinez ceux qui concernent des messages que vous avez envoyés&#xa0;: ils signalent de vrais problèmes de remise.</translation>
    </message>
    <message>
        <source>For the ones NeverSent cannot tell, look in your Sent folder yourself.</source>
        <translation>Pour ceux sur lesquels NeverSent ne peut pas se prononcer, vérifiez vous-même dans votre dossier Envoyés.</translation>
    </message>
</context>
<context>
    <name>Core::Imap::AccessTokenSlot</name>
    <message>
        <source>The mail provider did not renew the sign-in in time. Check the network connection and try again.</source>
        <translation>Le fournisseur de messagerie n&apos;a pas renouvelé la connexion à temps. Vérifiez la connexion réseau et réessayez.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
</context>
<context>
    <name>Core::Imap::CertificateVerifier</name>
    <message>
        <source>the server sent no certificate</source>
        <translation>le serveur n&apos;a envoyé aucun certificat</translation>
    </message>
</context>
<context>
    <name>Core::Imap::ImapConnection</name>
    <message>
        <source>The connection to %1 was cancelled.</source>
        <translation>La connexion à %1 a été annulée.</translation>
    </message>
    <message>
        <source>The server %1 does not offer an encrypted connection (STARTTLS) on port %2, so the password was not sent. Use imaps:// instead, or ask your mail provider for the right address and port.</source>
        <translation>Le serveur %1 ne propose pas de connexion chiffrée (STARTTLS) sur le port %2&#xa0;: le mot de passe n&apos;a donc pas été envoyé. Utilisez plutôt imaps://, ou demandez à votre fournisseur de messagerie la bonne adresse et le bon port.</translation>
    </message>
    <message>
        <source>The server %1 did not accept the user name or password. Check them and try again.</source>
        <translation>Le serveur %1 n&apos;a pas accepté le nom d&apos;utilisateur ou le mot de passe. Vérifiez-les et réessayez.</translation>
    </message>
    <message>
        <source>The server %1 stopped answering. Check the network connection and try again.</source>
        <translation>Le serveur %1 ne répond plus. Vérifiez la connexion réseau et réessayez.</translation>
    </message>
    <message>
        <source>%1 port %2 answered, but not like a mail server. Check the server address and port.</source>
        <translation>%1, port %2, a répondu, mais pas comme un serveur de messagerie. Vérifiez l&apos;adresse et le port du serveur.</translation>
    </message>
    <message>
        <source>The encrypted connection to %1 could not be set up (%2). Check the server address and port.</source>
        <translation>La connexion chiffrée avec %1 n&apos;a pas pu être établie (%2). Vérifiez l&apos;adresse et le port du serveur.</translation>
    </message>
    <message>
        <source>Cannot reach the mail server %1 on port %2. Check the address, the port and the network connection.</source>
        <translation>Impossible de joindre le serveur de messagerie %1 sur le port %2. Vérifiez l&apos;adresse, le port et la connexion réseau.</translation>
    </message>
    <message>
        <source>The server %1 closed the connection unexpectedly. Try again later.</source>
        <translation>Le serveur %1 a fermé la connexion de façon inattendue. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>The mail server %1 reported a problem: %2</source>
        <translation>Le serveur de messagerie %1 a signalé un problème&#xa0;: %2</translation>
    </message>
    <message>
        <source>The server %1 did not accept the sign-in: the access token was refused or has expired. Sign in again.</source>
        <translation>Le serveur %1 n’a pas accepté la connexion : le jeton d’accès a été refusé ou a expiré. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>The server %1 does not offer a sign-in with an access token that NeverSent can use (OAuth2 XOAUTH2 or OAUTHBEARER). Sign in with a password instead, or check the server address.</source>
        <translation>Le serveur %1 ne propose pas de connexion par jeton d&apos;accès utilisable par NeverSent (OAuth2 XOAUTH2 ou OAUTHBEARER). Connectez-vous plutôt avec un mot de passe, ou vérifiez l&apos;adresse du serveur.</translation>
    </message>
    <message>
        <source>The server %1 does not take a password: it wants you to sign in on your mail provider&apos;s own page in your web browser (OAuth2).</source>
        <translation>Le serveur %1 n&apos;accepte pas de mot de passe : il vous demande de vous connecter sur la page de votre fournisseur de messagerie, dans votre navigateur (OAuth2).</translation>
    </message>
    <message>
        <source>The connection to the mail server %1 was lost. Check that this computer is online, then try again.</source>
        <translation>La connexion au serveur de messagerie %1 a été perdue. Vérifiez que cet ordinateur est connecté à Internet, puis réessayez.</translation>
    </message>
</context>
<context>
    <name>Core::Imap::ImapMailbox</name>
    <message>
        <source>No Trash folder was found on %1, so nothing was moved. Create a folder named Trash in your mail program.</source>
        <translation>Aucune Corbeille n&apos;a été trouvée sur %1&#xa0;: rien n&apos;a été déplacé. Créez un dossier nommé Corbeille dans votre logiciel de messagerie.</translation>
    </message>
</context>
<context>
    <name>Core::Imap::ImapProtocol</name>
    <message>
        <source>list the folders</source>
        <translation>d&apos;afficher la liste des dossiers</translation>
    </message>
    <message>
        <source>The mail server %1 closed the connection. Try again later.</source>
        <translation>Le serveur de messagerie %1 a fermé la connexion. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>The mail server %1 refused to %2: %3</source>
        <translation>Le serveur de messagerie %1 a refusé %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>report on the folder &quot;%1&quot;</source>
        <translation>de donner l&apos;état du dossier «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>open the folder &quot;%1&quot;</source>
        <translation>d&apos;ouvrir le dossier «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>leave the folder</source>
        <translation>de quitter le dossier</translation>
    </message>
    <message>
        <source>search the folder</source>
        <translation>de faire une recherche dans le dossier</translation>
    </message>
    <message>
        <source>send messages</source>
        <translation>de transmettre les messages</translation>
    </message>
    <message>
        <source>move messages to &quot;%1&quot;</source>
        <translation>de déplacer des messages vers «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>copy messages to &quot;%1&quot;</source>
        <translation>de copier des messages vers «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>mark messages as deleted</source>
        <translation>de marquer des messages comme supprimés</translation>
    </message>
    <message>
        <source>restore messages</source>
        <translation>de restaurer des messages</translation>
    </message>
    <message>
        <source>remove the moved messages</source>
        <translation>d&apos;effacer les messages déplacés</translation>
    </message>
    <message>
        <source>describe messages</source>
        <translation>de décrire la structure des messages</translation>
    </message>
    <message>
        <source>wait for new mail</source>
        <translation>attendre du nouveau courrier</translation>
    </message>
</context>
<context>
    <name>Core::Imap::ServerAddress</name>
    <message>
        <source>&quot;%1&quot; is not a mail server address: write imaps://host, imap://host or imap+plain://127.0.0.1:port.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse de serveur de messagerie&#xa0;: écrivez imaps://host, imap://host ou imap+plain://127.0.0.1:port.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a mail server address: write the scheme, the server name and at most a port.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse de serveur de messagerie&#xa0;: écrivez le schéma, le nom du serveur et, au plus, un port.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names port 0, which no server listens on.</source>
        <translation>«&#xa0;%1&#xa0;» indique le port 0, sur lequel aucun serveur n&apos;écoute.</translation>
    </message>
    <message>
        <source>imap+plain:// sends your password unencrypted, so it is only allowed to this computer (127.0.0.1 or ::1). Use imaps:// or imap:// for %1.</source>
        <translation>imap+plain:// envoie votre mot de passe sans chiffrement&#xa0;: il n&apos;est donc autorisé que vers cet ordinateur (127.0.0.1 ou ::1). Utilisez imaps:// ou imap:// pour %1.</translation>
    </message>
</context>
<context>
    <name>Core::Imap::TlsSocket</name>
    <message>
        <source>The certificate of %1 cannot be trusted (%2). Its SHA-256 fingerprint is %3. Only if your mail provider confirms this fingerprint, accept it (--trust-fingerprint %3).</source>
        <translation>Le certificat de %1 n&apos;est pas digne de confiance (%2). Son empreinte SHA-256 est %3. Ne l&apos;acceptez que si votre fournisseur de messagerie confirme cette empreinte (--trust-fingerprint %3).</translation>
    </message>
</context>
<context>
    <name>Core::Mail::MaildirFolder</name>
    <message>
        <source>The folder %1 is not a mail folder (it has no cur and new folders).</source>
        <translation>Le dossier %1 n&apos;est pas un dossier de messagerie (il ne contient pas de dossiers cur et new).</translation>
    </message>
    <message>
        <source>The message numbers of %1 cannot be saved: %2</source>
        <translation>Les numéros des messages de %1 ne peuvent pas être enregistrés&#xa0;: %2</translation>
    </message>
    <message>
        <source>The file cannot be opened: %1</source>
        <translation>Le fichier ne peut pas être ouvert&#xa0;: %1</translation>
    </message>
    <message>
        <source>There is no message %1 in %2.</source>
        <translation>Il n&apos;y a pas de message %1 dans %2.</translation>
    </message>
    <message>
        <source>The message file %1 could not be moved to %2.</source>
        <translation>Le fichier de message %1 n&apos;a pas pu être déplacé vers %2.</translation>
    </message>
    <message>
        <source>The message file %1 could not be copied to %2.</source>
        <translation>Le fichier de message %1 n’a pas pu être copié dans %2.</translation>
    </message>
    <message>
        <source>The flags of message file %1 could not be changed.</source>
        <translation>Les indicateurs du fichier de message %1 n’ont pas pu être modifiés.</translation>
    </message>
    <message>
        <source>The message file of %1 in %2 could not be removed.</source>
        <translation>Le fichier de message de %1 dans %2 n’a pas pu être supprimé.</translation>
    </message>
</context>
<context>
    <name>Core::Mail::MaildirMailbox</name>
    <message>
        <source>This mailbox has no Trash folder, so nothing was moved.</source>
        <translation>Cette boîte aux lettres n’a pas de dossier Corbeille, rien n’a donc été déplacé.</translation>
    </message>
    <message>
        <source>There is no folder &quot;%1&quot; in this mailbox.</source>
        <translation>Il n’y a pas de dossier « %1 » dans cette boîte aux lettres.</translation>
    </message>
    <message>
        <source>No folder of the mailbox is open.</source>
        <translation>Aucun dossier de la boîte aux lettres n’est ouvert.</translation>
    </message>
</context>
<context>
    <name>Core::Mail::MessageSource</name>
    <message>
        <source>The file cannot be opened: %1</source>
        <translation>Le fichier ne peut pas être ouvert&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Core::OAuth::BrowserSignIn</name>
    <message>
        <source>This copy of NeverSent is not set up for %1 sign-in: ask your IT department.</source>
        <translation>Cette copie de NeverSent n’est pas configurée pour la connexion avec %1 : adressez-vous à votre service informatique.</translation>
    </message>
    <message>
        <source>NeverSent could not open your web browser to sign in. Set a default web browser and try again.</source>
        <translation>NeverSent n’a pas pu ouvrir votre navigateur web pour la connexion. Choisissez un navigateur par défaut et réessayez.</translation>
    </message>
</context>
<context>
    <name>Core::OAuth::RedirectListener</name>
    <message>
        <source>NeverSent cannot wait for the browser&apos;s answer on this computer: %1</source>
        <translation>NeverSent ne peut pas attendre la réponse du navigateur sur cet ordinateur : %1</translation>
    </message>
    <message>
        <source>This request is too long.</source>
        <translation>Cette requête est trop longue.</translation>
    </message>
    <message>
        <source>This is not a sign-in answer.</source>
        <translation>Ceci n’est pas une réponse de connexion.</translation>
    </message>
    <message>
        <source>This sign-in is over. You can close this window.</source>
        <translation>Cette connexion est terminée. Vous pouvez fermer cette fenêtre.</translation>
    </message>
    <message>
        <source>There is nothing here.</source>
        <translation>Il n’y a rien ici.</translation>
    </message>
    <message>
        <source>This answer does not belong to the sign-in NeverSent started. Go back to NeverSent and sign in from there.</source>
        <translation>Cette réponse ne correspond pas à la connexion lancée par NeverSent. Revenez à NeverSent et connectez-vous depuis là.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled in the browser, so NeverSent cannot open this mailbox. Sign in again and allow NeverSent to read your mail.</source>
        <translation>La connexion a été annulée dans le navigateur : NeverSent ne peut donc pas ouvrir cette boîte aux lettres. Reconnectez-vous et autorisez NeverSent à lire vos messages.</translation>
    </message>
    <message>
        <source>Your mail provider ended the sign-in with an error: %1. Try again, or ask your IT department.</source>
        <translation>Votre fournisseur de messagerie a terminé la connexion par une erreur : %1. Réessayez, ou adressez-vous à votre service informatique.</translation>
    </message>
    <message>
        <source>Your mail provider&apos;s answer held no sign-in code. Try signing in again.</source>
        <translation>La réponse de votre fournisseur de messagerie ne contenait aucun code de connexion. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>You are signed in. You can close this window and go back to NeverSent.</source>
        <translation>Vous êtes connecté. Vous pouvez fermer cette fenêtre et revenir à NeverSent.</translation>
    </message>
</context>
<context>
    <name>Core::OAuth::TokenClient</name>
    <message>
        <source>Your mail provider&apos;s sign-in service answered without an access token. Try again later.</source>
        <translation>Le service de connexion de votre fournisseur de messagerie a répondu sans jeton d’accès. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>Your sign-in has ended (it was revoked, it expired, or your password changed). Sign in again.</source>
        <translation>Votre connexion a pris fin (elle a été révoquée, elle a expiré, ou votre mot de passe a changé). Reconnectez-vous.</translation>
    </message>
    <message>
        <source>Your mail provider refused the sign-in (%1). Your IT department may have to allow NeverSent.</source>
        <translation>Votre fournisseur de messagerie a refusé la connexion (%1). Votre service informatique doit peut-être autoriser NeverSent.</translation>
    </message>
    <message>
        <source>Your mail provider&apos;s sign-in service has a problem (HTTP %1). Try again later.</source>
        <translation>Le service de connexion de votre fournisseur de messagerie a un problème (HTTP %1). Réessayez plus tard.</translation>
    </message>
    <message>
        <source>The sign-in service address %1 is not encrypted, so nothing was sent to it.</source>
        <translation>L’adresse du service de connexion %1 n’est pas chiffrée : rien ne lui a été envoyé.</translation>
    </message>
    <message>
        <source>Your mail provider&apos;s sign-in service did not answer in time. Check the network connection and try again.</source>
        <translation>Le service de connexion de votre fournisseur de messagerie n’a pas répondu à temps. Vérifiez la connexion réseau et réessayez.</translation>
    </message>
    <message>
        <source>Your mail provider&apos;s sign-in service cannot be reached (%1). Check the network connection and try again.</source>
        <translation>Le service de connexion de votre fournisseur de messagerie est injoignable (%1). Vérifiez la connexion réseau et réessayez.</translation>
    </message>
</context>
<context>
    <name>Core::OAuth::TokenKeeper</name>
    <message>
        <source>Your mail provider no longer accepts this sign-in. Sign in again.</source>
        <translation>Votre fournisseur de messagerie n’accepte plus cette connexion. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>NeverSent has no lasting sign-in for this account. Sign in again.</source>
        <translation>NeverSent n’a pas de connexion durable pour ce compte. Reconnectez-vous.</translation>
    </message>
</context>
<context>
    <name>Core::Session::AccountWorker</name>
    <message>
        <source>Cancelled: nothing more was asked of the server.</source>
        <translation>Annulé&#xa0;: plus rien n&apos;a été demandé au serveur.</translation>
    </message>
    <message>
        <source>There is nothing to undo.</source>
        <translation>Il n&apos;y a rien à annuler.</translation>
    </message>
</context>
<context>
    <name>Core::Session::MailboxCleaner</name>
    <message>
        <source>The folder &quot;%1&quot; has not been scanned yet. Run scan first.</source>
        <translation>Le dossier «&#xa0;%1&#xa0;» n&apos;a pas encore été analysé. Lancez d&apos;abord une analyse (scan).</translation>
    </message>
    <message>
        <source>These messages are in the Trash already.</source>
        <translation>Ces messages sont déjà dans la Corbeille.</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; was renumbered since the last scan, so nothing was moved. Scan again.</source>
        <translation>Le dossier «&#xa0;%1&#xa0;» a été renuméroté depuis la dernière analyse&#xa0;: rien n&apos;a été déplacé. Relancez l&apos;analyse.</translation>
    </message>
    <message>
        <source>There is no clean action %1 to undo.</source>
        <translation>Il n&apos;y a pas de nettoyage numéro %1 à annuler.</translation>
    </message>
    <message>
        <source>Clean action %1 was undone already.</source>
        <translation>Le nettoyage numéro %1 a déjà été annulé.</translation>
    </message>
    <message>
        <source>Clean action %1 moved nothing, so there is nothing to put back.</source>
        <translation>Le nettoyage numéro %1 n&apos;a rien déplacé&#xa0;: il n&apos;y a donc rien à remettre en place.</translation>
    </message>
</context>
<context>
    <name>Core::Session::MailboxScanner</name>
    <message>
        <source>The connection to the mail server was lost, and connecting again did not work: %1</source>
        <translation>La connexion au serveur de messagerie a été perdue et la reconnexion a échoué : %1</translation>
    </message>
    <message>
        <source>The connection was lost; connecting again</source>
        <translation>La connexion a été perdue&#xa0;; reconnexion en cours</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; does not exist on %2 or cannot be opened. Check its name.</source>
        <translation>Le dossier «&#xa0;%1&#xa0;» n&apos;existe pas sur %2 ou ne peut pas être ouvert. Vérifiez son nom.</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; changed while it was read; scan again.</source>
        <translation>Le dossier «&#xa0;%1&#xa0;» a changé pendant sa lecture&#xa0;; relancez l&apos;analyse.</translation>
    </message>
    <message>
        <source>Reading your sent mail in %1</source>
        <translation>Lecture de vos messages envoyés dans %1</translation>
    </message>
    <message>
        <source>Checking %1</source>
        <translation>Vérification du dossier %1</translation>
    </message>
</context>
<context>
    <name>Core::Session::MailboxWatch</name>
    <message numerus="yes">
        <source>The connection was lost (%1). Trying again in %n second(s).</source>
        <translation>
            <numerusform>La connexion a été perdue (%1). Nouvel essai dans %n seconde.</numerusform>
            <numerusform>La connexion a été perdue (%1). Nouvel essai dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected again.</source>
        <translation>Reconnecté.</translation>
    </message>
    <message numerus="yes">
        <source>Watching: %n message(s) already there; new ones are judged as they come.</source>
        <translation>
            <numerusform>Surveillance&#xa0;: %n message déjà là&#xa0;; les nouveaux sont jugés à leur arrivée.</numerusform>
            <numerusform>Surveillance&#xa0;: %n messages déjà là&#xa0;; les nouveaux sont jugés à leur arrivée.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Core::Session::VerdictPhase</name>
    <message>
        <source>The folder %1 has not been read yet.</source>
        <translation>Le dossier %1 n’a pas encore été lu.</translation>
    </message>
</context>
<context>
    <name>Core::Store::ActionLog</name>
    <message>
        <source>The NeverSent audit log could not be written: %1</source>
        <translation>Le journal des actions de NeverSent n&apos;a pas pu être écrit&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Core::Store::Database</name>
    <message>
        <source>Cannot create the folder for the NeverSent store at %1.</source>
        <translation>Impossible de créer le dossier de la base de données de NeverSent dans %1.</translation>
    </message>
    <message>
        <source>Cannot create the NeverSent store %1: %2</source>
        <translation>Impossible de créer la base de données de NeverSent %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot open the NeverSent store %1: %2</source>
        <translation>Impossible d&apos;ouvrir la base de données de NeverSent %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The NeverSent store %1 cannot be used: %2</source>
        <translation>La base de données de NeverSent %1 est inutilisable&#xa0;: %2</translation>
    </message>
    <message>
        <source>The file %1 is not a NeverSent store.</source>
        <translation>Le fichier %1 n&apos;est pas une base de données de NeverSent.</translation>
    </message>
    <message>
        <source>The NeverSent store %1 was written by a newer version of NeverSent; update NeverSent to use it.</source>
        <translation>La base de données de NeverSent %1 a été écrite par une version plus récente de NeverSent&#xa0;; mettez NeverSent à jour pour l&apos;utiliser.</translation>
    </message>
    <message>
        <source>The NeverSent store %1 could not be updated (step %2): %3</source>
        <translation>La base de données de NeverSent %1 n&apos;a pas pu être mise à jour (étape %2)&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>Core::Store::ScanCache</name>
    <message>
        <source>The NeverSent store could not be read: %1</source>
        <translation>La base de données de NeverSent n&apos;a pas pu être lue&#xa0;: %1</translation>
    </message>
    <message>
        <source>The NeverSent store could not be written: %1</source>
        <translation>La base de données de NeverSent n&apos;a pas pu être écrite&#xa0;: %1</translation>
    </message>
    <message>
        <source>The NeverSent store could not keep the folder %1.</source>
        <translation>Le stockage de NeverSent n’a pas pu conserver le dossier %1.</translation>
    </message>
</context>
<context>
    <name>Core::Store::TrustedCertificates</name>
    <message>
        <source>The accepted certificate could not be remembered: %1</source>
        <translation>Le certificat accepté n&apos;a pas pu être mémorisé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Core::Verdict::VerdictJudge</name>
    <message>
        <source>No sent mail was given to compare with.</source>
        <translation>Aucun message envoyé n&apos;a été fourni pour la comparaison.</translation>
    </message>
    <message>
        <source>Your sent mail has the original message (Message-ID &lt;%1&gt;).</source>
        <translation>Vos messages envoyés contiennent le message d&apos;origine (Message-ID &lt;%1&gt;).</translation>
    </message>
    <message>
        <source>You wrote to %1 on %2 with the same subject.</source>
        <translation>Vous avez écrit à %1 le %2 avec le même objet.</translation>
    </message>
    <message>
        <source>You did write to %1 around that time, so this may be about your own message.</source>
        <translation>Vous avez bien écrit à %1 vers cette date&#xa0;: cet avis concerne donc peut-être votre propre message.</translation>
    </message>
    <message>
        <source>The bounce does not say which message it is about.</source>
        <translation>L&apos;avis de non-remise n&apos;indique pas de quel message il s&apos;agit.</translation>
    </message>
    <message>
        <source>The bounce has no date, so it cannot be compared with your sent mail.</source>
        <translation>L&apos;avis de non-remise n&apos;est pas daté&#xa0;: il ne peut donc pas être comparé à vos messages envoyés.</translation>
    </message>
    <message>
        <source>Your sent mail is empty, so there is nothing to compare with.</source>
        <translation>Vous n&apos;avez aucun message envoyé&#xa0;: il n&apos;y a rien à comparer.</translation>
    </message>
    <message>
        <source>Your sent mail only reaches back to %1; this bounce is about mail from %2.</source>
        <translation>Vos messages envoyés ne remontent qu&apos;au %1&#xa0;; cet avis de non-remise concerne un message du %2.</translation>
    </message>
    <message>
        <source>No message in your sent mail has the Message-ID &lt;%1&gt;.</source>
        <translation>Aucun de vos messages envoyés n&apos;a le Message-ID &lt;%1&gt;.</translation>
    </message>
    <message>
        <source>You did not write to %1 in the week around %2.</source>
        <translation>Vous n&apos;avez pas écrit à %1 dans la semaine autour du %2.</translation>
    </message>
    <message>
        <source>You sent nothing with the subject &quot;%1&quot;.</source>
        <translation>Vous n&apos;avez rien envoyé avec l&apos;objet «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The original claimed to come from %1, which is not one of your addresses.</source>
        <translation>Le message d&apos;origine prétendait venir de %1, qui n&apos;est pas l&apos;une de vos adresses.</translation>
    </message>
    <message>
        <source>The original message entered the mail system at %1.</source>
        <translation>Le message d&apos;origine est entré dans le circuit de messagerie par %1.</translation>
    </message>
    <message>
        <source>The original message entered the mail system at %1 (%2).</source>
        <translation>Le message d&apos;origine est entré dans le circuit de messagerie par %1 (%2).</translation>
    </message>
    <message>
        <source>So the receiving server&apos;s own check decides: the original was forged.</source>
        <translation>C’est donc la vérification du serveur destinataire qui tranche : le message d’origine était falsifié.</translation>
    </message>
    <message>
        <source>The receiving server checked the original against the rules %1 publishes (DMARC), and it failed: it did not come from %1.</source>
        <translation>Le serveur destinataire a vérifié le message d’origine selon les règles publiées par %1 (DMARC), et la vérification a échoué : il ne venait pas de %1.</translation>
    </message>
    <message>
        <source>The receiving server found that the server which sent the original may not send mail for %1 (SPF).</source>
        <translation>Le serveur destinataire a constaté que le serveur qui a envoyé le message d’origine n’a pas le droit d’envoyer du courrier pour %1 (SPF).</translation>
    </message>
    <message>
        <source>The receiving server found that the server which sent the original is probably not one that sends mail for %1 (SPF soft fail).</source>
        <translation>Le serveur destinataire a constaté que le serveur qui a envoyé le message d’origine n’envoie probablement pas de courrier pour %1 (SPF, échec léger).</translation>
    </message>
    <message>
        <source>The original&apos;s signature for %1 did not hold at the receiving server (DKIM).</source>
        <translation>La signature du message d’origine pour %1 n’a pas tenu à la vérification du serveur destinataire (DKIM).</translation>
    </message>
</context>
<context>
    <name>Gui::AppController</name>
    <message>
        <source>The sample mailbox could not be prepared: %1</source>
        <translation>La boîte aux lettres de démonstration n&apos;a pas pu être préparée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sample mailbox</source>
        <translation>Boîte aux lettres de démonstration</translation>
    </message>
    <message>
        <source>Your password is not in the password safe.</source>
        <translation>Votre mot de passe ne se trouve pas dans le trousseau de mots de passe.</translation>
    </message>
    <message>
        <source>Password for %1</source>
        <translation>Mot de passe de %1</translation>
    </message>
    <message>
        <source>%1
Please type the password of %2.</source>
        <translation>%1
Veuillez saisir le mot de passe de %2.</translation>
    </message>
    <message>
        <source>&amp;Add an account...</source>
        <translation>&amp;Ajouter un compte...</translation>
    </message>
    <message>
        <source>Open the &amp;sample mailbox</source>
        <translation>Ouvrir la boîte aux lettres de &amp;démonstration</translation>
    </message>
    <message>
        <source>Your sign-in for %1 is not kept in a password safe on this computer (%2). Sign in again in your browser.</source>
        <translation>Votre connexion pour %1 n&apos;est conservée dans aucun coffre à mots de passe de cet ordinateur (%2). Reconnectez-vous dans votre navigateur.</translation>
    </message>
    <message>
        <source>it is not in the password safe</source>
        <translation>elle n&apos;est pas dans le coffre à mots de passe</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Se reconnecter</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
</context>
<context>
    <name>Gui::Autostart</name>
    <message>
        <source>NeverSent could not change how it starts at login (%1): %2</source>
        <translation>NeverSent n’a pas pu changer son démarrage à l’ouverture de session (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>the folder cannot be made</source>
        <translation>le dossier ne peut pas être créé</translation>
    </message>
    <message>
        <source>Keeps watch for forged bounce messages</source>
        <translation>Surveille les avis de non-remise falsifiés</translation>
    </message>
</context>
<context>
    <name>Gui::Dialogs::CleanPreviewDialog</name>
    <message numerus="yes">
        <source>Move %n message(s) to the Trash?</source>
        <translation>
            <numerusform>Déplacer %n message vers la Corbeille&#xa0;?</numerusform>
            <numerusform>Déplacer %n messages vers la Corbeille&#xa0;?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) will be moved to the Trash.</source>
        <translation>
            <numerusform>%n message va être déplacé vers la Corbeille.</numerusform>
            <numerusform>%n messages vont être déplacés vers la Corbeille.</numerusform>
        </translation>
    </message>
    <message>
        <source>They arrived on %1.</source>
        <translation>Ils sont arrivés le %1.</translation>
    </message>
    <message>
        <source>They arrived between %1 and %2.</source>
        <translation>Ils sont arrivés entre le %1 et le %2.</translation>
    </message>
    <message>
        <source>For example:</source>
        <translation>Par exemple&#xa0;:</translation>
    </message>
    <message>
        <source>These are:</source>
        <translation>Les voici&#xa0;:</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu le</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>Envoyé à</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Sample of the messages that will move</source>
        <translation>Échantillon des messages qui vont être déplacés</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>They go to the Trash folder of your mail account, not away for good. To get them back, click Undo in NeverSent (any time, from History), or move them back from the Trash in your mail program until the Trash is emptied.</source>
        <translation>Ils vont dans la Corbeille de votre compte de messagerie&#xa0;; ils ne sont pas supprimés définitivement. Pour les récupérer, annulez le nettoyage dans NeverSent (à tout moment, depuis l&apos;Historique), ou remettez-les en place depuis la Corbeille dans votre logiciel de messagerie, tant que la Corbeille n&apos;a pas été vidée.</translation>
    </message>
    <message numerus="yes">
        <source>Move %n to Trash</source>
        <translation>
            <numerusform>Déplacer %n message vers la Corbeille</numerusform>
            <numerusform>Déplacer %n messages vers la Corbeille</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of these are about mail you really sent: they tell you it did not arrive. Usually you want to keep them and act on them.</source>
        <translation>
            <numerusform>%n de ces messages concerne un message que vous avez vraiment envoyé&#xa0;: il vous signale que celui-ci n&apos;est pas arrivé. En général, il vaut mieux le conserver et agir en conséquence.</numerusform>
            <numerusform>%n de ces messages concernent des messages que vous avez vraiment envoyés&#xa0;: ils vous signalent que ceux-ci ne sont pas arrivés. En général, il vaut mieux les conserver et agir en conséquence.</numerusform>
        </translation>
    </message>
    <message>
        <source>Move them anyway</source>
        <translation>Les déplacer quand même</translation>
    </message>
</context>
<context>
    <name>Gui::Dialogs::HelpDialog</name>
    <message>
        <source>What are these messages?</source>
        <translation>Que sont ces messages&#xa0;?</translation>
    </message>
    <message>
        <source>Messages such as &quot;Undeliverable&quot;, &quot;Mail delivery failed&quot; or &quot;Returned mail&quot; are sent by mail servers when they could not deliver a message. They go to the address in the message&apos;s From line.</source>
        <translation>Les messages tels que «&#xa0;Undeliverable&#xa0;», «&#xa0;Non remis&#xa0;», «&#xa0;Mail delivery failed&#xa0;» ou «&#xa0;Returned mail&#xa0;» sont envoyés par les serveurs de messagerie quand ils n&apos;ont pas pu remettre un message. Ils sont adressés à l&apos;adresse qui figure dans la ligne «&#xa0;De&#xa0;» du message.</translation>
    </message>
    <message>
        <source>Senders of spam often put real people&apos;s addresses in that From line, yours among them. When their spam cannot be delivered, the replies come to you, although you never sent anything. This does not mean that your computer has a virus or that your account was broken into: the spam was sent from somewhere else, and nothing needs fixing on your side. These replies are called forged bounces, or backscatter.</source>
        <translation>Les expéditeurs de spam mettent souvent les adresses de vraies personnes dans cette ligne «&#xa0;De&#xa0;», dont la vôtre. Quand leur spam ne peut pas être remis, les réponses vous parviennent, alors que vous n&apos;avez jamais rien envoyé. Cela ne veut pas dire que votre ordinateur a un virus ni que votre compte a été piraté&#xa0;: le spam a été envoyé d&apos;ailleurs, et il n&apos;y a rien à corriger de votre côté. Ces réponses s&apos;appellent de faux avis de non-remise (en anglais «&#xa0;backscatter&#xa0;»).</translation>
    </message>
    <message>
        <source>NeverSent compares each of these replies with the mail in your Sent folder. When the original message is not among the mail you sent, the reply is forged, and it is safe to move it to the Trash. When you did send the original, the reply is about a real problem: for example a mistyped address or a full mailbox. NeverSent tells you what went wrong and what you can do.</source>
        <translation>NeverSent compare chacune de ces réponses avec les messages de votre dossier Envoyés. Si le message d&apos;origine ne fait pas partie des messages que vous avez envoyés, la réponse est un faux avis de non-remise, et vous pouvez la déplacer vers la Corbeille sans risque. Si vous avez bien envoyé le message d&apos;origine, la réponse signale un vrai problème&#xa0;: par exemple une adresse mal saisie ou une boîte aux lettres pleine. NeverSent vous indique ce qui s&apos;est mal passé et ce que vous pouvez faire.</translation>
    </message>
    <message>
        <source>When NeverSent cannot tell, it says why, and what you can check yourself.</source>
        <translation>Quand NeverSent ne peut pas se prononcer, il explique pourquoi et ce que vous pouvez vérifier vous-même.</translation>
    </message>
    <message>
        <source>NeverSent only moves messages to the Trash, never deletes them. Undo puts them back, also later from History.</source>
        <translation>NeverSent ne fait que déplacer des messages vers la Corbeille, il ne les supprime jamais. Annuler le nettoyage les remet en place, y compris plus tard depuis l&apos;Historique.</translation>
    </message>
    <message>
        <source>If several replies are about messages that are in your Sent folder but that you did not write, someone else may be using your account: change your password and tell your IT contact.</source>
        <translation>Si plusieurs réponses concernent des messages qui se trouvent dans votre dossier Envoyés mais que vous n&apos;avez pas écrits, quelqu&apos;un d&apos;autre utilise peut-être votre compte&#xa0;: changez votre mot de passe et prévenez votre service informatique.</translation>
    </message>
</context>
<context>
    <name>Gui::Dialogs::HistoryDialog</name>
    <message>
        <source>&amp;Undo this clean-up</source>
        <translation>&amp;Annuler ce nettoyage</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Everything NeverSent moved, newest first. A clean-up can be undone as long as the messages are still in the Trash.</source>
        <translation>Tout ce que NeverSent a déplacé, du plus récent au plus ancien. Un nettoyage peut être annulé tant que les messages sont encore dans la Corbeille.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>History of clean-ups and undos</source>
        <translation>Historique des nettoyages et des annulations</translation>
    </message>
    <message numerus="yes">
        <source>Put %n message(s) back from %1 to %2</source>
        <translation>
            <numerusform>%n message remis en place de %1 vers %2</numerusform>
            <numerusform>%n messages remis en place de %1 vers %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n message(s) from %1 to %2</source>
        <translation>
            <numerusform>%n message déplacé de %1 vers %2</numerusform>
            <numerusform>%n messages déplacés de %1 vers %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Interrupted: will be finished next time</source>
        <translation>Interrompu&#xa0;: sera terminé la prochaine fois</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
</context>
<context>
    <name>Gui::Dialogs::ItReportDialog</name>
    <message>
        <source>&amp;Copy as text</source>
        <translation>&amp;Copier en texte</translation>
    </message>
    <message>
        <source>&amp;Save...</source>
        <translation>&amp;Enregistrer...</translation>
    </message>
    <message>
        <source>Report for IT</source>
        <translation>Rapport pour l’informatique</translation>
    </message>
    <message>
        <source>Give this report to whoever runs your organisation&apos;s e-mail: it shows the forged bounces, where the forged mail came from, and what they could change so that it stops. It holds no message text and no password.</source>
        <translation>Donnez ce rapport à la personne qui gère la messagerie de votre organisation&#xa0;: il montre les avis falsifiés, d’où venait le courrier falsifié et ce qu’elle pourrait changer pour que cela cesse. Il ne contient ni texte de message ni mot de passe.</translation>
    </message>
    <message>
        <source>Looking up the SPF and DMARC records of %1...</source>
        <translation>Recherche des enregistrements SPF et DMARC de %1...</translation>
    </message>
    <message>
        <source>The report is copied: paste it into a message to your IT department.</source>
        <translation>Le rapport est copié&#xa0;: collez-le dans un message à votre service informatique.</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Page web (*.html)</translation>
    </message>
    <message>
        <source>Plain text (*.txt)</source>
        <translation>Texte brut (*.txt)</translation>
    </message>
    <message>
        <source>Save the report for IT</source>
        <translation>Enregistrer le rapport pour l’informatique</translation>
    </message>
    <message>
        <source>NeverSent report for IT</source>
        <translation>Rapport NeverSent pour l’informatique</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Enregistré sous %1.</translation>
    </message>
    <message>
        <source>The report could not be saved as %1: %2</source>
        <translation>Le rapport n’a pas pu être enregistré sous %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Gui::Dialogs::SignInDialog</name>
    <message>
        <source>Sign in to %1</source>
        <translation>Connexion à %1</translation>
    </message>
    <message>
        <source>Why you sign in again</source>
        <translation>Pourquoi vous reconnecter</translation>
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
        <translation>Des avis de non-remise pour des messages que vous n&apos;avez jamais envoyés&#xa0;?</translation>
    </message>
    <message>
        <source>Spammers sometimes put your address on mail they send. When that mail cannot be delivered, the &quot;Undeliverable&quot; replies come back to you.

NeverSent looks through your inbox, compares every such reply with the mail you really sent, tells you in plain words which ones are forged and which are real delivery problems, and moves the forged ones to the Trash, with an undo.</source>
        <translation>Les spammeurs mettent parfois votre adresse sur le courrier qu&apos;ils envoient. Quand ce courrier ne peut pas être remis, les réponses «&#xa0;Non remis&#xa0;» vous reviennent.

NeverSent parcourt votre boîte de réception, compare chacune de ces réponses avec les messages que vous avez vraiment envoyés, vous indique en termes simples lesquelles sont fausses et lesquelles signalent de vrais problèmes de remise, et déplace les fausses vers la Corbeille, avec possibilité d&apos;annuler.</translation>
    </message>
    <message>
        <source>&amp;Connect to my mail account...</source>
        <translation>&amp;Connecter mon compte de messagerie...</translation>
    </message>
    <message>
        <source>Try it on a &amp;sample mailbox</source>
        <translation>&amp;Essayer avec une boîte aux lettres de démonstration</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>&amp;Folders to look through</source>
        <translation>&amp;Dossiers à parcourir</translation>
    </message>
    <message>
        <source>Folders to look through</source>
        <translation>Dossiers à parcourir</translation>
    </message>
    <message>
        <source>Search by address, subject or reason</source>
        <translation>Rechercher par adresse, objet ou motif</translation>
    </message>
    <message>
        <source>Search the results</source>
        <translation>Rechercher dans les résultats</translation>
    </message>
    <message>
        <source>Bounce messages found</source>
        <translation>Avis de non-remise trouvés</translation>
    </message>
    <message>
        <source>I did &amp;not write this message</source>
        <translation>Je n&apos;ai &amp;pas écrit ce message</translation>
    </message>
    <message>
        <source>Tell NeverSent that this message in your Sent folder was not written by you</source>
        <translation>Signaler à NeverSent que ce message de votre dossier Envoyés n&apos;a pas été écrit par vous</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stopping...</source>
        <translation>Arrêt en cours...</translation>
    </message>
    <message>
        <source>&amp;Mailbox</source>
        <translation>&amp;Boîte aux lettres</translation>
    </message>
    <message>
        <source>&amp;Scan again</source>
        <translation>Relancer l&apos;&amp;analyse</translation>
    </message>
    <message>
        <source>&amp;Move selected to Trash...</source>
        <translation>&amp;Déplacer la sélection vers la Corbeille...</translation>
    </message>
    <message>
        <source>&amp;Undo last clean-up</source>
        <translation>A&amp;nnuler le dernier nettoyage</translation>
    </message>
    <message>
        <source>&amp;History...</source>
        <translation>&amp;Historique...</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;What are these messages?</source>
        <translation>&amp;Que sont ces messages&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;About NeverSent</source>
        <translation>À &amp;propos de NeverSent</translation>
    </message>
    <message>
        <source>About NeverSent</source>
        <translation>À propos de NeverSent</translation>
    </message>
    <message>
        <source>NeverSent %1

Explains and cleans up bounce messages for mail you never sent. It only ever moves messages to the Trash, and every clean-up can be undone.</source>
        <translation>NeverSent %1

Explique et nettoie les avis de non-remise pour des messages que vous n&apos;avez jamais envoyés. Il ne fait que déplacer des messages vers la Corbeille, et chaque nettoyage peut être annulé.</translation>
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
        <translation>Recherche de vos dossiers...</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Boîte de réception</translation>
    </message>
    <message>
        <source>%1 (may hold bounces)</source>
        <translation>%1 (peut contenir des avis de non-remise)</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message>
        <source>No Sent folder was found, so NeverSent cannot tell which bounces are about mail you sent.</source>
        <translation>Aucun dossier Envoyés n&apos;a été trouvé&#xa0;: NeverSent ne peut donc pas savoir quels avis de non-remise concernent des messages que vous avez envoyés.</translation>
    </message>
    <message>
        <source>Checked against the mail you sent in: %1</source>
        <translation>Comparé aux messages que vous avez envoyés dans&#xa0;: %1</translation>
    </message>
    <message>
        <source>Tick at least one folder to look through.</source>
        <translation>Cochez au moins un dossier à parcourir.</translation>
    </message>
    <message>
        <source>Starting...</source>
        <translation>Démarrage...</translation>
    </message>
    <message numerus="yes">
        <source>Move %n forged bounce(s) to Trash...</source>
        <translation>
            <numerusform>Déplacer %n faux avis de non-remise vers la Corbeille...</numerusform>
            <numerusform>Déplacer %n faux avis de non-remise vers la Corbeille...</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the messages to move first.</source>
        <translation>Sélectionnez d&apos;abord les messages à déplacer.</translation>
    </message>
    <message>
        <source>Moving to the Trash...</source>
        <translation>Déplacement vers la Corbeille...</translation>
    </message>
    <message>
        <source>Putting the messages back...</source>
        <translation>Remise en place des messages...</translation>
    </message>
    <message>
        <source>The messages are back where they were.</source>
        <translation>Les messages sont revenus à leur place.</translation>
    </message>
    <message numerus="yes">
        <source>%1
%n message(s) were moved before that.</source>
        <translation>
            <numerusform>%1
%n message avait été déplacé auparavant.</numerusform>
            <numerusform>%1
%n messages avaient été déplacés auparavant.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) moved to the Trash.</source>
        <translation>
            <numerusform>%n message déplacé vers la Corbeille.</numerusform>
            <numerusform>%n messages déplacés vers la Corbeille.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed since the scan and stayed where they were.</source>
        <translation>
            <numerusform>%n a changé depuis l&apos;analyse et est resté à sa place.</numerusform>
            <numerusform>%n ont changé depuis l&apos;analyse et sont restés à leur place.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your mail server cannot move messages: they were copied to the Trash and marked as deleted, and go from the inbox when your mail program empties deleted messages.</source>
        <translation>Votre serveur de messagerie ne peut pas déplacer de messages&#xa0;: ils ont été copiés dans la Corbeille et marqués comme supprimés, et disparaîtront de la boîte de réception quand votre logiciel de messagerie videra les messages supprimés.</translation>
    </message>
    <message>
        <source>Which bounces to show</source>
        <translation>Quels avis afficher</translation>
    </message>
    <message>
        <source>All bounces</source>
        <translation>Tous les avis de non-remise</translation>
    </message>
    <message>
        <source>Forged only</source>
        <translation>Faux uniquement</translation>
    </message>
    <message>
        <source>Sent by you only</source>
        <translation>Envoyés par vous uniquement</translation>
    </message>
    <message>
        <source>Can&apos;t tell only</source>
        <translation>Incertains uniquement</translation>
    </message>
    <message>
        <source>&amp;Accounts</source>
        <translation>&amp;Comptes</translation>
    </message>
    <message>
        <source>&amp;Add an account...</source>
        <translation>&amp;Ajouter un compte...</translation>
    </message>
    <message>
        <source>Open the &amp;sample mailbox</source>
        <translation>Ouvrir la boîte aux lettres de &amp;démonstration</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>NeverSent will use %1 from its next start.</source>
        <translation>NeverSent utilisera la langue «&#xa0;%1&#xa0;» à partir du prochain démarrage.</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Langue du système</translation>
    </message>
    <message numerus="yes">
        <source>The other messages are back where they were, but %n could not be put back: they are no longer in the Trash (it was emptied, or another mail program moved them).</source>
        <translation>
            <numerusform>Les autres messages sont revenus à leur place, mais %n message n’a pas pu être remis : il n’est plus dans la Corbeille (elle a été vidée, ou un autre logiciel de messagerie l’a déplacé).</numerusform>
            <numerusform>Les autres messages sont revenus à leur place, mais %n messages n’ont pas pu être remis : ils ne sont plus dans la Corbeille (elle a été vidée, ou un autre logiciel de messagerie les a déplacés).</numerusform>
        </translation>
    </message>
    <message>
        <source>Automatic replies only</source>
        <translation>Réponses automatiques uniquement</translation>
    </message>
    <message>
        <source>&amp;Report for IT...</source>
        <translation>&amp;Rapport pour l’informatique...</translation>
    </message>
    <message>
        <source>A report for whoever runs your organisation&apos;s e-mail: the forged bounces, where they came from and how to make them stop</source>
        <translation>Un rapport pour la personne qui gère la messagerie de votre organisation&#xa0;: les avis falsifiés, leur origine et comment les faire cesser</translation>
    </message>
    <message numerus="yes">
        <source>%n more forged bounce(s) since %1.</source>
        <translation>
            <numerusform>%n avis falsifié de plus depuis %1.</numerusform>
            <numerusform>%n avis falsifiés de plus depuis %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Move new forged bounces to Trash automatically</source>
        <translation>&amp;Déplacer automatiquement les nouveaux avis falsifiés dans la Corbeille</translation>
    </message>
    <message>
        <source>Forged bounces that arrive while NeverSent is open go to the Trash without asking; each move is in History and can be undone</source>
        <translation>Les avis falsifiés qui arrivent pendant que NeverSent est ouvert vont dans la Corbeille sans demander&#xa0;; chaque déplacement est dans l’historique et peut être annulé</translation>
    </message>
    <message>
        <source>&amp;Keep watching when the window is closed</source>
        <translation>Continuer à &amp;surveiller quand la fenêtre est fermée</translation>
    </message>
    <message>
        <source>NeverSent stays in the system tray, starts when you log in and says when more forged bounces come</source>
        <translation>NeverSent reste dans la zone de notification, démarre à l’ouverture de session et signale l’arrivée de nouveaux avis falsifiés</translation>
    </message>
    <message>
        <source>This desktop has no system tray to stay in</source>
        <translation>Ce bureau n’a pas de zone de notification où rester</translation>
    </message>
    <message>
        <source>NeverSent keeps watch for forged bounces</source>
        <translation>NeverSent surveille les avis falsifiés</translation>
    </message>
    <message>
        <source>&amp;Open NeverSent</source>
        <translation>&amp;Ouvrir NeverSent</translation>
    </message>
</context>
<context>
    <name>Gui::Results::ResultsModel</name>
    <message numerus="yes">
        <source>Forged: you did not send these (%Ln)</source>
        <translation>
            <numerusform>Faux&#xa0;: vous ne l&apos;avez pas envoyé (%Ln)</numerusform>
            <numerusform>Faux&#xa0;: vous ne les avez pas envoyés (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent by you: delivery problems (%Ln)</source>
        <translation>
            <numerusform>Envoyé par vous&#xa0;: problème de remise (%Ln)</numerusform>
            <numerusform>Envoyés par vous&#xa0;: problèmes de remise (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Can&apos;t tell (%Ln)</source>
        <translation>
            <numerusform>Incertain (%Ln)</numerusform>
            <numerusform>Incertains (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>Bounces about mail someone else sent with your address in the From line. Not your fault, and safe to move to the Trash.</source>
        <translation>Avis de non-remise concernant des messages que quelqu&apos;un d&apos;autre a envoyés avec votre adresse dans la ligne «&#xa0;De&#xa0;». Ce n&apos;est pas de votre faute, et vous pouvez les déplacer vers la Corbeille sans risque.</translation>
    </message>
    <message>
        <source>Bounces about mail you really sent: each one tells of a delivery problem to look at.</source>
        <translation>Avis de non-remise concernant des messages que vous avez vraiment envoyés&#xa0;: chacun signale un problème de remise à examiner.</translation>
    </message>
    <message>
        <source>Bounces NeverSent cannot match with your sent mail either way. Check your Sent folder.</source>
        <translation>Avis de non-remise pour lesquels NeverSent ne peut pas dire s&apos;ils correspondent ou non à vos messages envoyés. Vérifiez votre dossier Envoyés.</translation>
    </message>
    <message>
        <source>Forged</source>
        <translation>Faux</translation>
    </message>
    <message>
        <source>Sent by you</source>
        <translation>Envoyé par vous</translation>
    </message>
    <message>
        <source>Can&apos;t tell</source>
        <translation>Incertain</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>group, date</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>column name: cell text</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>Envoyé à</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message numerus="yes">
        <source>Sent by you: automatic replies (%Ln)</source>
        <translation>
            <numerusform>Envoyé par vous&#xa0;: réponses automatiques (%Ln)</numerusform>
            <numerusform>Envoyé par vous&#xa0;: réponses automatiques (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>Out-of-office notes and delivery receipts about mail you really sent: it arrived, and there is nothing to fix.</source>
        <translation>Messages d’absence et accusés de remise de messages que vous avez vraiment envoyés&#xa0;: ils sont arrivés, il n’y a rien à corriger.</translation>
    </message>
    <message>
        <source>Automatic reply</source>
        <translation>Réponse automatique</translation>
    </message>
</context>
<context>
    <name>Gui::Setup::AddressPage</name>
    <message>
        <source>Your mail account</source>
        <translation>Votre compte de messagerie</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nom@example.com</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Set up &amp;manually</source>
        <translation>&amp;Configurer manuellement</translation>
    </message>
    <message>
        <source>Set up manually</source>
        <translation>Configurer manuellement</translation>
    </message>
    <message>
        <source>Type the mail server&apos;s address yourself</source>
        <translation>Saisir vous-même l&apos;adresse du serveur de messagerie</translation>
    </message>
    <message>
        <source>&amp;Email address:</source>
        <translation>&amp;Adresse e-mail&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Type the email address and password you use for your mail. NeverSent finds the rest. Microsoft 365, Outlook.com and Google need no password here: you sign in in your browser.</source>
        <translation>Saisissez l&apos;adresse e-mail et le mot de passe de votre messagerie. NeverSent trouve le reste. Microsoft 365, Outlook.com et Google n&apos;ont pas besoin de mot de passe ici : vous vous connectez dans votre navigateur.</translation>
    </message>
</context>
<context>
    <name>Gui::Setup::BrowserSignInPage</name>
    <message>
        <source>Use an &amp;app password</source>
        <translation>Utiliser un mot de passe d&apos;&amp;application</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Use an app password</source>
        <translation>Utiliser un mot de passe d&apos;application</translation>
    </message>
    <message>
        <source>Sign in with %1</source>
        <translation>Se connecter avec %1</translation>
    </message>
    <message>
        <source>This copy of NeverSent is not set up for %1 sign-in. With a personal account you can use an app password instead: a separate password you make on their website. Their page explains how:</source>
        <translation>Cette copie de NeverSent n&apos;est pas configurée pour la connexion %1. Avec un compte personnel, vous pouvez utiliser un mot de passe d&apos;application : un mot de passe distinct que vous créez sur leur site. Leur page explique comment :</translation>
    </message>
</context>
<context>
    <name>Gui::Setup::ConnectionTestPage</name>
    <message>
        <source>Connection test</source>
        <translation>Test de connexion</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>T&amp;rust this certificate</source>
        <translation>&amp;Faire confiance à ce certificat</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Set up &amp;manually</source>
        <translation>&amp;Configurer manuellement</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>NeverSent signs in to your mail server once to check that everything is right.</source>
        <translation>NeverSent se connecte une fois à votre serveur de messagerie pour vérifier que tout est en ordre.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Trust this certificate</source>
        <translation>Faire confiance à ce certificat</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Set up manually</source>
        <translation>Configurer manuellement</translation>
    </message>
    <message>
        <source>Signing in to %1 …</source>
        <translation>Connexion à %1 …</translation>
    </message>
    <message>
        <source>NeverSent signed in to %1. Everything is ready: choose Next.</source>
        <translation>NeverSent s&apos;est connecté à %1. Tout est prêt&#xa0;: choisissez Suivant.</translation>
    </message>
    <message>
        <source>NeverSent could not sign in to %1.</source>
        <translation>NeverSent n&apos;a pas pu se connecter à %1.</translation>
    </message>
    <message>
        <source>%1 did not accept the password. %1 needs an app password for programs like NeverSent: a separate password you make on their website, not the one you sign in there with. Their page explains how:</source>
        <translation>%1 n&apos;a pas accepté le mot de passe. Pour les programmes comme NeverSent, %1 exige un mot de passe d&apos;application&#xa0;: un mot de passe distinct que vous créez sur son site web, et non celui avec lequel vous vous y connectez. Sa page explique comment faire&#xa0;:</translation>
    </message>
    <message>
        <source>T&amp;rust this certificate (fingerprint %1)</source>
        <translation>&amp;Faire confiance à ce certificat (empreinte %1)</translation>
    </message>
    <message>
        <source>Fingerprint %1</source>
        <translation>Empreinte %1</translation>
    </message>
    <message>
        <source>&amp;Sign in again</source>
        <translation>Se &amp;reconnecter</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Se reconnecter</translation>
    </message>
    <message>
        <source>Type the password for %1.</source>
        <translation>Saisissez le mot de passe de %1.</translation>
    </message>
    <message>
        <source>%1 did not let NeverSent into the mailbox of %2 with this sign-in. Perhaps another account was chosen in the browser: choose &quot;Sign in again&quot; and pick %2. If it was %2, mail programs may be turned off for it: ask your IT department.</source>
        <translation>%1 n&apos;a pas laissé NeverSent accéder à la boîte de %2 avec cette connexion. Un autre compte a peut-être été choisi dans le navigateur : choisissez « Se reconnecter » et prenez %2. Si c&apos;était bien %2, les logiciels de messagerie sont peut-être désactivés pour ce compte : adressez-vous à votre service informatique.</translation>
    </message>
</context>
<context>
    <name>Gui::Setup::DiscoveryPage</name>
    <message>
        <source>Finding your mail server</source>
        <translation>Recherche de votre serveur de messagerie</translation>
    </message>
    <message>
        <source>Search for your mail server</source>
        <translation>Rechercher votre serveur de messagerie</translation>
    </message>
    <message>
        <source>Searching</source>
        <translation>Recherche en cours</translation>
    </message>
    <message>
        <source>Set up &amp;manually</source>
        <translation>&amp;Configurer manuellement</translation>
    </message>
    <message>
        <source>Set up manually</source>
        <translation>Configurer manuellement</translation>
    </message>
    <message>
        <source>Type the mail server&apos;s address yourself</source>
        <translation>Saisir vous-même l&apos;adresse du serveur de messagerie</translation>
    </message>
    <message>
        <source>Looking for the mail server of %1 …</source>
        <translation>Recherche du serveur de messagerie de %1 …</translation>
    </message>
    <message>
        <source>NeverSent could not find the mail server for %1. If your mail provider or IT department gave you the server&apos;s name, choose &quot;Set up manually&quot;.</source>
        <translation>NeverSent n&apos;a pas trouvé le serveur de messagerie de %1. Si votre fournisseur de messagerie ou votre service informatique vous a donné le nom du serveur, choisissez «&#xa0;Configurer manuellement&#xa0;».</translation>
    </message>
</context>
<context>
    <name>Gui::Setup::DonePage</name>
    <message>
        <source>Your account is ready</source>
        <translation>Votre compte est prêt</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Where the password is kept</source>
        <translation>Emplacement du mot de passe</translation>
    </message>
    <message>
        <source>Your password is kept in your desktop&apos;s password safe.</source>
        <translation>Votre mot de passe est conservé dans le trousseau de mots de passe de votre ordinateur.</translation>
    </message>
    <message>
        <source>%1 NeverSent will ask for the password each time it starts.</source>
        <translation>%1 NeverSent vous demandera le mot de passe à chaque démarrage.</translation>
    </message>
    <message>
        <source>NeverSent signed in to %1, but could not save the account: %2</source>
        <translation>NeverSent s&apos;est connecté à %1, mais n&apos;a pas pu enregistrer le compte&#xa0;: %2</translation>
    </message>
    <message>
        <source>NeverSent will read the mail of %1 from %2.</source>
        <translation>NeverSent lira le courrier de %1 sur %2.</translation>
    </message>
    <message>
        <source>Saving your password …</source>
        <translation>Enregistrement de votre mot de passe …</translation>
    </message>
    <message>
        <source>Your sign-in is kept in your desktop&apos;s password safe.</source>
        <translation>Votre connexion est conservée dans le coffre à mots de passe de votre bureau.</translation>
    </message>
    <message>
        <source>Saving your sign-in …</source>
        <translation>Enregistrement de votre connexion …</translation>
    </message>
    <message>
        <source>Your sign-in cannot be kept without a password safe, so you will sign in again in your browser each time NeverSent starts.</source>
        <translation>Sans coffre à mots de passe, votre connexion ne peut pas être conservée : vous vous reconnecterez dans votre navigateur à chaque démarrage de NeverSent.</translation>
    </message>
</context>
<context>
    <name>Gui::Setup::ManualPage</name>
    <message>
        <source>Your mail server</source>
        <translation>Votre serveur de messagerie</translation>
    </message>
    <message>
        <source>Type what your mail provider or IT department gave you for reading mail (IMAP).</source>
        <translation>Saisissez ce que votre fournisseur de messagerie ou votre service informatique vous a donné pour la réception du courrier (IMAP).</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>imap.example.com</source>
        <translation>imap.example.com</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Chiffrement</translation>
    </message>
    <message>
        <source>TLS (usually port 993)</source>
        <translation>TLS (généralement port 993)</translation>
    </message>
    <message>
        <source>STARTTLS (usually port 143)</source>
        <translation>STARTTLS (généralement port 143)</translation>
    </message>
    <message>
        <source>None: a server on this computer only</source>
        <translation>Aucun&#xa0;: uniquement pour un serveur sur cet ordinateur</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Problem with the server settings</source>
        <translation>Problème dans les paramètres du serveur</translation>
    </message>
    <message>
        <source>&amp;Email address:</source>
        <translation>&amp;Adresse e-mail&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>Se&amp;rveur&#xa0;:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort&#xa0;:</translation>
    </message>
    <message>
        <source>Encr&amp;yption:</source>
        <translation>&amp;Chiffrement&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nom d&apos;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Without encryption your password could be read on its way, so NeverSent allows this only for a mail server on this computer. Choose TLS or STARTTLS.</source>
        <translation>Sans chiffrement, votre mot de passe pourrait être lu en chemin&#xa0;: NeverSent ne l&apos;autorise donc que pour un serveur de messagerie situé sur cet ordinateur. Choisissez TLS ou STARTTLS.</translation>
    </message>
    <message>
        <source>NeverSent cannot use &quot;%1&quot; as a server name. Check it for typing mistakes.</source>
        <translation>NeverSent ne peut pas utiliser «&#xa0;%1&#xa0;» comme nom de serveur. Vérifiez qu&apos;il ne contient pas de faute de frappe.</translation>
    </message>
</context>
<context>
    <name>Gui::Setup::SetupAssistant</name>
    <message>
        <source>Set up your mail account</source>
        <translation>Configurer votre compte de messagerie</translation>
    </message>
</context>
<context>
    <name>Gui::Widgets::BrowserSignInPanel</name>
    <message>
        <source>&amp;Open the browser again</source>
        <translation>&amp;Rouvrir le navigateur</translation>
    </message>
    <message>
        <source>&amp;Cancel the sign-in</source>
        <translation>&amp;Annuler la connexion</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Open the browser again</source>
        <translation>Rouvrir le navigateur</translation>
    </message>
    <message>
        <source>Cancel the sign-in</source>
        <translation>Annuler la connexion</translation>
    </message>
    <message>
        <source>NeverSent could not open your web browser to sign in. Set a default web browser and try again.</source>
        <translation>NeverSent n&apos;a pas pu ouvrir votre navigateur pour la connexion. Choisissez un navigateur par défaut et réessayez.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled. Choose &quot;Sign in with %1&quot; to start again.</source>
        <translation>La connexion a été annulée. Choisissez « Se connecter avec %1 » pour recommencer.</translation>
    </message>
    <message>
        <source>&amp;Sign in with %1</source>
        <translation>Se &amp;connecter avec %1</translation>
    </message>
    <message>
        <source>Sign in with %1</source>
        <translation>Se connecter avec %1</translation>
    </message>
    <message>
        <source>%1 asks you to sign in on its own page, in your web browser. NeverSent never sees your password there.</source>
        <translation>%1 vous demande de vous connecter sur sa propre page, dans votre navigateur. NeverSent ne voit jamais votre mot de passe.</translation>
    </message>
    <message>
        <source>You are signed in with %1.</source>
        <translation>Vous êtes connecté avec %1.</translation>
    </message>
    <message>
        <source>Finish signing in in your browser. If you closed its page, choose &quot;Open the browser again&quot;.</source>
        <translation>Terminez la connexion dans votre navigateur. Si vous avez fermé sa page, choisissez « Rouvrir le navigateur ».</translation>
    </message>
</context>
<context>
    <name>Gui::Widgets::ExplanationView</name>
    <message>
        <source>Explanation of the selected message</source>
        <translation>Explication du message sélectionné</translation>
    </message>
    <message>
        <source>Select a message to see what it is and what to do about it.</source>
        <translation>Sélectionnez un message pour voir de quoi il s&apos;agit et ce qu&apos;il faut en faire.</translation>
    </message>
    <message>
        <source>What this message shows</source>
        <translation>Ce que montre ce message</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Que faire</translation>
    </message>
</context>
<context>
    <name>Gui::Widgets::HelpPageLink</name>
    <message>
        <source>&amp;Open this page in your web browser</source>
        <translation>&amp;Ouvrir cette page dans votre navigateur web</translation>
    </message>
    <message>
        <source>Address of your mail provider&apos;s help page</source>
        <translation>Adresse de la page d&apos;aide de votre fournisseur de messagerie</translation>
    </message>
    <message>
        <source>Open your mail provider&apos;s help page in your web browser</source>
        <translation>Ouvrir la page d&apos;aide de votre fournisseur de messagerie dans votre navigateur web</translation>
    </message>
</context>
<context>
    <name>Gui::Widgets::MessageBar</name>
    <message>
        <source>Close this message</source>
        <translation>Fermer ce message</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Fermer le message</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>Gui::Widgets::SpamRunChart</name>
    <message>
        <source>Bounces over time</source>
        <translation>Avis de non-remise dans le temps</translation>
    </message>
    <message>
        <source>%1: %2 forged, %3 about mail you sent</source>
        <translation>%1&#xa0;: %2 faux, %3 sur des messages que vous avez envoyés</translation>
    </message>
    <message>
        <source>Bounces per hour</source>
        <translation>Avis de non-remise par heure</translation>
    </message>
    <message>
        <source>Bounces per day</source>
        <translation>Avis de non-remise par jour</translation>
    </message>
    <message>
        <source>about mail you sent</source>
        <translation>sur vos messages envoyés</translation>
    </message>
    <message>
        <source>forged</source>
        <translation>faux</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Explains and cleans up bounce messages for mail you never sent.</source>
        <translation>Explique et nettoie les avis de non-remise pour des messages que vous n&apos;avez jamais envoyés.</translation>
    </message>
    <message>
        <source>Open the bundled sample mailbox (a temporary copy) instead of a mail account.</source>
        <translation>Ouvrir la boîte aux lettres de démonstration fournie (une copie temporaire) au lieu d&apos;un compte de messagerie.</translation>
    </message>
    <message>
        <source>The NeverSent store to use.</source>
        <translation>La base de données de NeverSent à utiliser.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Start in the system tray, keeping watch, when &quot;Keep watching when the window is closed&quot; is on.</source>
        <translation>Démarrer dans la zone de notification, en surveillant, si «&#xa0;Continuer à surveiller quand la fenêtre est fermée&#xa0;» est activé.</translation>
    </message>
</context>
</TS>
