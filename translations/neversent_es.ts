<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Core::Account::AccountStore</name>
    <message>
        <source>An account needs an email address, a user name and a server.</source>
        <translation>Una cuenta necesita una dirección de correo, un nombre de usuario y un servidor.</translation>
    </message>
    <message>
        <source>Your list of accounts could not be saved: %1</source>
        <translation>No se pudo guardar su lista de cuentas: %1</translation>
    </message>
    <message>
        <source>This account is no longer in your list of accounts.</source>
        <translation>Esta cuenta ya no está en su lista de cuentas.</translation>
    </message>
    <message>
        <source>Your list of accounts could not be read or saved: %1</source>
        <translation>No se pudo leer ni guardar su lista de cuentas: %1</translation>
    </message>
</context>
<context>
    <name>Core::Account::ConnectionTester</name>
    <message>
        <source>Something answered at %1 on port %2, but it is not a mail server. Check the server address and port.</source>
        <translation>Algo respondió en %1, en el puerto %2, pero no es un servidor de correo. Compruebe la dirección del servidor y el puerto.</translation>
    </message>
    <message>
        <source>NeverSent cannot confirm that %1 is really your mail server: nobody your computer trusts vouches for its security certificate. Trust this certificate only if your mail provider or IT staff confirm its fingerprint:
%2</source>
        <translation>NeverSent no puede confirmar que %1 sea realmente su servidor de correo: nadie en quien confíe su equipo garantiza su certificado de seguridad. Confíe en este certificado solo si su proveedor de correo o el personal de informática le confirman su huella digital:
%2</translation>
    </message>
</context>
<context>
    <name>Core::Account::PasswordKeychain</name>
    <message>
        <source>Your desktop has no password safe running, so NeverSent will ask for the password each time it starts.</source>
        <translation>Su escritorio no tiene ningún almacén de contraseñas en funcionamiento, así que NeverSent le pedirá la contraseña cada vez que se inicie.</translation>
    </message>
    <message>
        <source>Your desktop&apos;s password safe did not let NeverSent in, so NeverSent will ask for the password each time it starts.</source>
        <translation>El almacén de contraseñas de su escritorio no dio acceso a NeverSent, así que NeverSent le pedirá la contraseña cada vez que se inicie.</translation>
    </message>
    <message>
        <source>Your desktop&apos;s password safe reported a problem: %1</source>
        <translation>El almacén de contraseñas de su escritorio informó de un problema: %1</translation>
    </message>
</context>
<context>
    <name>Core::Account::ServerDiscovery</name>
    <message>
        <source>Looking for %1 among the well-known mail services...</source>
        <translation>Buscando %1 entre los servicios de correo más conocidos...</translation>
    </message>
    <message>
        <source>Asking %1 for its mail settings...</source>
        <translation>Pidiendo a %1 su configuración de correo...</translation>
    </message>
    <message>
        <source>Looking up the mail server of %1 in the internet&apos;s address book...</source>
        <translation>Buscando el servidor de correo de %1 en la guía de direcciones de internet...</translation>
    </message>
    <message>
        <source>Trying the usual mail server names of %1...</source>
        <translation>Probando los nombres habituales de servidor de correo de %1...</translation>
    </message>
    <message>
        <source>Looking up who receives the mail of %1...</source>
        <translation>Buscando quién recibe el correo de %1...</translation>
    </message>
</context>
<context>
    <name>Core::Analysis::BounceAnalyzer</name>
    <message>
        <source>The message is empty.</source>
        <translation>El mensaje está vacío.</translation>
    </message>
    <message>
        <source>This is not an email message: it has no header.</source>
        <translation>Esto no es un mensaje de correo: no tiene encabezado.</translation>
    </message>
    <message>
        <source>The message could not be read (%1).</source>
        <translation>No se pudo leer el mensaje (%1).</translation>
    </message>
</context>
<context>
    <name>Core::Analysis::MimeDocument</name>
    <message>
        <source>The message structure cannot be read (%1).</source>
        <translation>No se puede leer la estructura del mensaje (%1).</translation>
    </message>
</context>
<context>
    <name>Core::Cli::ClassifyCommand</name>
    <message>
        <source>Reads message files, folders and mbox files and says which are bounces, for whom and why, and whether you really sent the original.</source>
        <translation>Lee archivos de mensajes, carpetas y archivos mbox, e indica cuáles son mensajes devueltos, para quién y por qué, y si usted envió realmente el original.</translation>
    </message>
    <message>
        <source>Your sent mail: a file, folder or mbox (repeatable).</source>
        <translation>Su correo enviado: un archivo, una carpeta o un mbox (se puede repetir).</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>RUTA</translation>
    </message>
    <message>
        <source>One of your own addresses (repeatable).</source>
        <translation>Una de sus propias direcciones (se puede repetir).</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>DIRECCIÓN</translation>
    </message>
    <message>
        <source>Output format: jsonl (one JSON object per message, the default) or text (a readable summary).</source>
        <translation>Formato de salida: jsonl (un objeto JSON por mensaje, el predeterminado) o text (un resumen legible).</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMATO</translation>
    </message>
    <message>
        <source>Message files, folders or mbox files to read.</source>
        <translation>Archivos de mensajes, carpetas o archivos mbox que leer.</translation>
    </message>
    <message>
        <source>PATH...</source>
        <translation>RUTA...</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: use jsonl or text.</source>
        <translation>Formato desconocido &quot;%1&quot;: use jsonl o text.</translation>
    </message>
    <message>
        <source>Name at least one message file, folder or mbox file to classify.</source>
        <translation>Indique al menos un archivo de mensaje, una carpeta o un archivo mbox que clasificar.</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: there is no such file or folder, or it is not readable. Check the path.</source>
        <translation>No se puede leer &quot;%1&quot;: ese archivo o carpeta no existe o no se puede leer. Compruebe la ruta.</translation>
    </message>
</context>
<context>
    <name>Core::Cli::CleanCommand</name>
    <message>
        <source>Moves the messages of the last scan with the given verdicts to the Trash.</source>
        <translation>Mueve a la Papelera los mensajes del último análisis que tengan los veredictos indicados.</translation>
    </message>
    <message>
        <source>The scanned folder to clean (default INBOX).</source>
        <translation>La carpeta analizada que limpiar (predeterminada: INBOX).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>Move messages with this verdict: backscatter, genuine or unknown (repeatable; default backscatter).</source>
        <translation>Mover los mensajes con este veredicto: backscatter, genuine o unknown (se puede repetir; predeterminado: backscatter).</translation>
    </message>
    <message>
        <source>VERDICT</source>
        <translation>VEREDICTO</translation>
    </message>
    <message>
        <source>Say what would move and move nothing.</source>
        <translation>Indicar qué se movería, sin mover nada.</translation>
    </message>
    <message>
        <source>Unknown verdict &quot;%1&quot;: use backscatter, genuine or unknown.</source>
        <translation>Veredicto desconocido &quot;%1&quot;: use backscatter, genuine o unknown.</translation>
    </message>
    <message>
        <source>The connection to %1 was lost while moving messages (%2). Nothing is lost: run the same command again to finish.</source>
        <translation>Se perdió la conexión con %1 mientras se movían los mensajes (%2). No se ha perdido nada: ejecute de nuevo el mismo comando para terminar.</translation>
    </message>
    <message>
        <source>This server cannot remove single messages: the moved ones are marked as deleted in %1 and disappear when your mail program empties deleted items.
</source>
        <translation>Este servidor no puede quitar mensajes sueltos: los mensajes movidos quedan marcados como eliminados en %1 y desaparecerán cuando su programa de correo vacíe los elementos eliminados.
</translation>
    </message>
</context>
<context>
    <name>Core::Cli::CliApplication</name>
    <message>
        <source>No command given.</source>
        <translation>No se indicó ningún comando.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Comando desconocido &quot;%1&quot;.</translation>
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
        <translation>Uso: neversent-cli COMANDO [OPCIONES]

Explica los mensajes devueltos y distingue los falsos de los reales.

Comandos:
  classify   lee archivos de mensajes, carpetas o archivos mbox sin conexión
  scan       lee un buzón IMAP sin modificarlo
  clean      mueve a la Papelera los mensajes devueltos falsos del último análisis
  undo       devuelve los mensajes de una limpieza a donde estaban
  report     analizar y luego escribir un informe para el departamento de TI
  watch      seguir conectado y juzgar el correo nuevo según llega

Opciones:
  -h, --help     muestra esta ayuda, o la ayuda de un comando si va detrás de él
  -v, --version  muestra la versión
</translation>
    </message>
</context>
<context>
    <name>Core::Cli::MailboxProgram</name>
    <message>
        <source>The part of NeverSent that works on mailboxes cannot start (%1: %2). Install NeverSent again.</source>
        <translation>La parte de NeverSent que trabaja con los buzones no puede iniciarse (%1: %2). Vuelva a instalar NeverSent.</translation>
    </message>
</context>
<context>
    <name>Core::Cli::PasswordSource</name>
    <message>
        <source>Cannot read the password file %1: %2</source>
        <translation>No se puede leer el archivo de contraseña %1: %2</translation>
    </message>
    <message>
        <source>The password file %1 is empty.</source>
        <translation>El archivo de contraseña %1 está vacío.</translation>
    </message>
    <message>
        <source>The environment variable %1 holds no password.</source>
        <translation>La variable de entorno %1 no contiene ninguna contraseña.</translation>
    </message>
    <message>
        <source>Cannot read the access token file %1: %2</source>
        <translation>No se puede leer el archivo del token de acceso %1: %2</translation>
    </message>
    <message>
        <source>The access token file %1 is empty.</source>
        <translation>El archivo del token de acceso %1 está vacío.</translation>
    </message>
    <message>
        <source>The environment variable %1 holds no access token.</source>
        <translation>La variable de entorno %1 no contiene ningún token de acceso.</translation>
    </message>
</context>
<context>
    <name>Core::Cli::ReadableSummary</name>
    <message>
        <source>You never sent the original: safe to delete.</source>
        <translation>Usted nunca envió el original: puede eliminarlo sin riesgo.</translation>
    </message>
    <message>
        <source>You did send this: check the address or try again.</source>
        <translation>Usted sí envió esto: compruebe la dirección o inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>This answers mail you really sent.</source>
        <translation>Responde a un correo que usted sí envió.</translation>
    </message>
    <message>
        <source> for %1</source>
        <translation> para %1</translation>
    </message>
    <message>
        <source>: %1</source>
        <translation>: %1</translation>
    </message>
    <message numerus="yes">
        <source>NeverSent read %n message(s).

</source>
        <translation>
            <numerusform>Mensajes leídos por NeverSent: %n.

</numerusform>
            <numerusform>Mensajes leídos por NeverSent: %n.

</numerusform>
        </translation>
    </message>
    <message>
        <source>No sent mail was given, so NeverSent cannot tell forged bounces from real ones.
</source>
        <translation>No se indicó ningún correo enviado, así que NeverSent no puede distinguir los mensajes devueltos falsos de los reales.
</translation>
    </message>
    <message numerus="yes">
        <source>%n bounce(s) about mail you never sent: your address was forged, nothing to fix, safe to delete.
</source>
        <translation>
            <numerusform>Mensajes devueltos de correo que usted nunca envió: %n. Su dirección fue falsificada, no hay nada que arreglar y se pueden eliminar sin riesgo.
</numerusform>
            <numerusform>Mensajes devueltos de correo que usted nunca envió: %n. Su dirección fue falsificada, no hay nada que arreglar y se pueden eliminar sin riesgo.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n real delivery problem(s) with mail you did send: worth a look.
</source>
        <translation>
            <numerusform>Problemas de entrega reales con correo que usted sí envió: %n. Conviene revisarlos.
</numerusform>
            <numerusform>Problemas de entrega reales con correo que usted sí envió: %n. Conviene revisarlos.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n automatic message(s) that cannot be judged for sure.
</source>
        <translation>
            <numerusform>Mensajes automáticos que no se pueden evaluar con seguridad: %n.
</numerusform>
            <numerusform>Mensajes automáticos que no se pueden evaluar con seguridad: %n.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ordinary message(s) left alone.
</source>
        <translation>
            <numerusform>Mensajes normales, que se dejan como están: %n.
</numerusform>
            <numerusform>Mensajes normales, que se dejan como están: %n.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) could not be read.
</source>
        <translation>
            <numerusform>Mensajes que no se pudieron leer: %n.
</numerusform>
            <numerusform>Mensajes que no se pudieron leer: %n.
</numerusform>
        </translation>
    </message>
    <message>
        <source>FORGED</source>
        <translation>FALSO</translation>
    </message>
    <message>
        <source>YOURS</source>
        <translation>SUYO</translation>
    </message>
    <message>
        <source>UNSURE</source>
        <translation>DUDOSO</translation>
    </message>
</context>
<context>
    <name>Core::Cli::ReportCommand</name>
    <message>
        <source>Reads an IMAP mailbox without changing it, as scan does, and writes a report for the IT department: the forged bounces over time, where the forged mail came from, a few of them, the domain&apos;s SPF and DMARC records and what could be changed.</source>
        <translation>Lee un buzón IMAP sin modificarlo, como scan, y escribe un informe para el departamento de TI: los mensajes devueltos falsos a lo largo del tiempo, de dónde vino el correo falsificado, algunos de ellos, los registros SPF y DMARC del dominio y qué se podría cambiar.</translation>
    </message>
    <message>
        <source>A folder to check (repeatable; default INBOX).</source>
        <translation>Una carpeta que revisar (se puede repetir; predeterminada: INBOX).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>A folder of your sent mail (repeatable; default: the Sent folders found).</source>
        <translation>Una carpeta de su correo enviado (se puede repetir; predeterminadas: las carpetas Enviados encontradas).</translation>
    </message>
    <message>
        <source>One of your own addresses (repeatable).</source>
        <translation>Una de sus propias direcciones (se puede repetir).</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>DIRECCIÓN</translation>
    </message>
    <message>
        <source>The domain the forged mail claims to come from (default: that of --me, else of --user).</source>
        <translation>El dominio del que dice venir el correo falsificado (predeterminado: el de --me, si no el de --user).</translation>
    </message>
    <message>
        <source>DOMAIN</source>
        <translation>DOMINIO</translation>
    </message>
    <message>
        <source>Ask this DNS server (an IP address) for the domain&apos;s records instead of the system&apos;s.</source>
        <translation>Consultar los registros del dominio a este servidor DNS (una dirección IP) en lugar del del sistema.</translation>
    </message>
    <message>
        <source>text (the default) or json.</source>
        <translation>text (el predeterminado) o json.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMATO</translation>
    </message>
    <message>
        <source>--format is text or json, not &quot;%1&quot;.</source>
        <translation>--format es text o json, no «%1».</translation>
    </message>
    <message>
        <source>--nameserver needs an IP address, not &quot;%1&quot;.</source>
        <translation>--nameserver necesita una dirección IP, no «%1».</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 en %2</translation>
    </message>
</context>
<context>
    <name>Core::Cli::ScanCommand</name>
    <message>
        <source>Reads an IMAP mailbox without changing it and says which messages are bounces for mail you never sent.</source>
        <translation>Lee un buzón IMAP sin modificarlo e indica qué mensajes son mensajes devueltos de correo que usted nunca envió.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>A folder to check (repeatable; default INBOX).</source>
        <translation>Una carpeta que revisar (se puede repetir; predeterminada: INBOX).</translation>
    </message>
    <message>
        <source>A folder of your sent mail (repeatable; default: the Sent folders found).</source>
        <translation>Una carpeta de su correo enviado (se puede repetir; predeterminadas: las carpetas Enviados encontradas).</translation>
    </message>
    <message>
        <source>One of your own addresses (repeatable).</source>
        <translation>Una de sus propias direcciones (se puede repetir).</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>DIRECCIÓN</translation>
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
        <translation>El nombre de usuario de la cuenta.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>Read the password from this file.</source>
        <translation>Leer la contraseña de este archivo.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>Read the password from this environment variable.</source>
        <translation>Leer la contraseña de esta variable de entorno.</translation>
    </message>
    <message>
        <source>VAR</source>
        <translation>VAR</translation>
    </message>
    <message>
        <source>Extra trusted root certificates (PEM).</source>
        <translation>Certificados raíz de confianza adicionales (PEM).</translation>
    </message>
    <message>
        <source>PEM</source>
        <translation>PEM</translation>
    </message>
    <message>
        <source>Accept the server certificate with this SHA-256 fingerprint (and remember it for this server).</source>
        <translation>Aceptar el certificado del servidor con esta huella digital SHA-256 (y recordarlo para este servidor).</translation>
    </message>
    <message>
        <source>SHA256</source>
        <translation>SHA256</translation>
    </message>
    <message>
        <source>The cache and audit store (default: in your cache directory).</source>
        <translation>El archivo de caché y de registro de actividad (predeterminado: en su directorio de caché).</translation>
    </message>
    <message>
        <source>This command takes no file names: &quot;%1&quot;.</source>
        <translation>Este comando no admite nombres de archivo: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Give the mail server with --server and the user name with --user.</source>
        <translation>Indique el servidor de correo con --server y el nombre de usuario con --user.</translation>
    </message>
    <message>
        <source>No certificate could be read from %1; give a PEM file.</source>
        <translation>No se pudo leer ningún certificado de %1; indique un archivo PEM.</translation>
    </message>
    <message>
        <source>Sign in with the OAuth2 access token in this file (instead of a password).</source>
        <translation>Iniciar sesión con el token de acceso OAuth2 de este archivo (en lugar de una contraseña).</translation>
    </message>
    <message>
        <source>Sign in with the OAuth2 access token in this environment variable (instead of a password).</source>
        <translation>Iniciar sesión con el token de acceso OAuth2 de esta variable de entorno (en lugar de una contraseña).</translation>
    </message>
    <message>
        <source>Give the password with --password-file or --password-env, or an access token with --access-token-file or --access-token-env: one of them, never on the command line.</source>
        <translation>Indique la contraseña con --password-file o --password-env, o un token de acceso con --access-token-file o --access-token-env: solo una de ellas, nunca en la línea de órdenes.</translation>
    </message>
</context>
<context>
    <name>Core::Cli::UndoCommand</name>
    <message>
        <source>Puts the messages of a clean action back where they were.</source>
        <translation>Devuelve los mensajes de una limpieza a donde estaban.</translation>
    </message>
    <message>
        <source>The clean action to undo (default: the last one).</source>
        <translation>La limpieza que deshacer (predeterminada: la última).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>--action takes the number of a clean action, as clean printed it.</source>
        <translation>--action espera el número de una limpieza, tal como lo mostró clean.</translation>
    </message>
    <message>
        <source>There is no clean to undo for this account.</source>
        <translation>No hay ninguna limpieza que deshacer en esta cuenta.</translation>
    </message>
    <message>
        <source>The connection to %1 was lost while putting messages back (%2). Nothing is lost: run the same command again to finish.</source>
        <translation>Se perdió la conexión con %1 mientras se devolvían los mensajes a su sitio (%2). No se ha perdido nada: ejecute de nuevo el mismo comando para terminar.</translation>
    </message>
</context>
<context>
    <name>Core::Cli::UsageError</name>
    <message>
        <source>neversent-cli: %1 Try --help.</source>
        <translation>neversent-cli: %1 Pruebe --help.</translation>
    </message>
</context>
<context>
    <name>Core::Cli::WatchCommand</name>
    <message>
        <source>Stays connected to an IMAP mailbox and reports each new message as soon as it is judged, until interrupted (Ctrl+C, SIGTERM).</source>
        <translation>Sigue conectado a un buzón IMAP e informa de cada mensaje nuevo en cuanto se juzga, hasta que se interrumpe (Ctrl+C, SIGTERM).</translation>
    </message>
    <message>
        <source>A folder to watch (repeatable; default INBOX).</source>
        <translation>Una carpeta que vigilar (se puede repetir; predeterminada INBOX).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>A folder of your sent mail (repeatable; default: the Sent folders found).</source>
        <translation>Una carpeta de su correo enviado (se puede repetir; predeterminadas: las carpetas Enviados encontradas).</translation>
    </message>
    <message>
        <source>One of your own addresses (repeatable).</source>
        <translation>Una de sus propias direcciones (se puede repetir).</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>DIRECCIÓN</translation>
    </message>
    <message>
        <source>Move each new forged bounce to the Trash, as a clean that undo can take back.</source>
        <translation>Mover cada nuevo mensaje devuelto falso a la Papelera, como una limpieza que undo puede deshacer.</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SEGUNDOS</translation>
    </message>
    <message>
        <source>--interval is a number of seconds from 1 to 3600, not &quot;%1&quot;.</source>
        <translation>--interval es un número de segundos de 1 a 3600, no «%1».</translation>
    </message>
    <message>
        <source>Watching %1 on %2. Ctrl+C ends it.
</source>
        <translation>Vigilando %1 en %2. Ctrl+C lo termina.
</translation>
    </message>
    <message>
        <source>How often to ask the server whether anything changed, in seconds (default 60); new mail in the first folder comes at once where the server has IMAP IDLE.</source>
        <translation>Cada cuánto preguntar al servidor si algo cambió, en segundos (60 por omisión); el correo nuevo de la primera carpeta llega al momento si el servidor tiene IMAP IDLE.</translation>
    </message>
</context>
<context>
    <name>Core::Demo::DemoMailbox</name>
    <message>
        <source>The demo mailbox cannot be set up in %1: a folder named Maildir is there already.</source>
        <translation>No se puede preparar el buzón de ejemplo en %1: ya existe allí una carpeta llamada Maildir.</translation>
    </message>
    <message>
        <source>This copy of NeverSent was built without its demo mailbox.</source>
        <translation>Esta copia de NeverSent se compiló sin su buzón de ejemplo.</translation>
    </message>
    <message>
        <source>The demo mailbox cannot be set up in %1: the folder cannot be created.</source>
        <translation>No se puede preparar el buzón de ejemplo en %1: no se puede crear la carpeta.</translation>
    </message>
    <message>
        <source>The demo mailbox cannot be set up in %1: %2 cannot be written.</source>
        <translation>No se puede preparar el buzón de ejemplo en %1: no se puede escribir en %2.</translation>
    </message>
</context>
<context>
    <name>Core::Demo::DemoWorker</name>
    <message>
        <source>Cancelled: the rest of the demo mailbox was not checked.</source>
        <translation>Cancelado: el resto del buzón de ejemplo no se ha revisado.</translation>
    </message>
    <message>
        <source>There is no folder &quot;%1&quot; in the demo mailbox.</source>
        <translation>No hay ninguna carpeta &quot;%1&quot; en el buzón de ejemplo.</translation>
    </message>
    <message>
        <source>The demo mailbox has no Trash folder, so nothing was moved.</source>
        <translation>El buzón de ejemplo no tiene carpeta Papelera, así que no se ha movido nada.</translation>
    </message>
    <message>
        <source>Reading your sent mail in %1</source>
        <translation>Leyendo su correo enviado en %1</translation>
    </message>
    <message>
        <source>Checking %1</source>
        <translation>Revisando %1</translation>
    </message>
    <message>
        <source>None of the chosen messages is in the last scan of &quot;%1&quot;. Scan again.</source>
        <translation>Ninguno de los mensajes elegidos está en el último análisis de &quot;%1&quot;. Analice de nuevo.</translation>
    </message>
    <message>
        <source>There is nothing to undo.</source>
        <translation>No hay nada que deshacer.</translation>
    </message>
</context>
<context>
    <name>Core::Domain::DomainPolicy</name>
    <message>
        <source>the DMARC record has no policy (p=)</source>
        <translation>el registro DMARC no indica ninguna política (p=)</translation>
    </message>
    <message>
        <source>the DMARC record&apos;s policy &quot;p=%1&quot; is not one of none, quarantine, reject</source>
        <translation>la política «p=%1» del registro DMARC no es none, quarantine ni reject</translation>
    </message>
    <message>
        <source>%1 publishes %2 SPF records, and receiving servers use none of them</source>
        <translation>%1 publica %2 registros SPF, y los servidores receptores no usan ninguno</translation>
    </message>
    <message>
        <source>%1 publishes %2 DMARC records, and receiving servers use none of them</source>
        <translation>%1 publica %2 registros DMARC, y los servidores receptores no usan ninguno</translation>
    </message>
    <message>
        <source>The DNS records of %1 could not be looked up: the name server did not answer in time.</source>
        <translation>No se pudieron consultar los registros DNS de %1: el servidor de nombres no respondió a tiempo.</translation>
    </message>
    <message>
        <source>%1 publishes no DMARC policy, so receiving servers accept mail forged in its name and send their bounces back to you.</source>
        <translation>%1 no publica ninguna política DMARC, así que los servidores receptores aceptan correo falsificado en su nombre y le envían a usted sus mensajes devueltos.</translation>
    </message>
    <message>
        <source>Publishing a DMARC record (at _dmarc.%1) with p=reject tells them to refuse such mail at the door; most of the bounces then stop.</source>
        <translation>Publicar un registro DMARC (en _dmarc.%1) con p=reject les indica que rechacen ese correo en la puerta; entonces cesan la mayoría de los mensajes devueltos.</translation>
    </message>
    <message>
        <source>The DMARC record of %1 cannot be used (%2): receiving servers ignore it, as if there were none, and accept mail forged in its name.</source>
        <translation>El registro DMARC de %1 no se puede usar (%2): los servidores receptores lo ignoran, como si no existiera, y aceptan correo falsificado en su nombre.</translation>
    </message>
    <message>
        <source>Correcting it, with p=reject, tells them to refuse such mail at the door.</source>
        <translation>Corregido, con p=reject, les indica que rechacen ese correo en la puerta.</translation>
    </message>
    <message>
        <source>The DMARC policy of %1 is p=none: receiving servers only watch, accept mail forged in its name and send their bounces back to you.</source>
        <translation>La política DMARC de %1 es p=none: los servidores receptores solo observan, aceptan correo falsificado en su nombre y le envían a usted sus mensajes devueltos.</translation>
    </message>
    <message>
        <source>Once its own mail passes the checks, changing the policy to p=quarantine and then p=reject makes most of them refuse forged mail, and most of the bounces stop.</source>
        <translation>Cuando su propio correo supere las comprobaciones, cambiar la política a p=quarantine y luego a p=reject hace que la mayoría rechace el correo falsificado, y cesan la mayoría de los mensajes devueltos.</translation>
    </message>
    <message>
        <source>The DMARC policy of %1 is p=quarantine: most receiving servers put forged mail in the junk folder, but some still accept it and bounce it back to you.</source>
        <translation>La política DMARC de %1 es p=quarantine: la mayoría de los servidores receptores envían el correo falsificado a la carpeta de spam, pero algunos aún lo aceptan y se lo devuelven a usted.</translation>
    </message>
    <message>
        <source>Changing it to p=reject makes them refuse forged mail at the door.</source>
        <translation>Cambiarla a p=reject hace que rechacen el correo falsificado en la puerta.</translation>
    </message>
    <message>
        <source>The DMARC policy of %1 is p=reject: most receiving servers refuse mail forged in its name, so few bounces should come back. The ones that still come are from servers that ignore DMARC.</source>
        <translation>La política DMARC de %1 es p=reject: la mayoría de los servidores receptores rechazan el correo falsificado en su nombre, así que deberían volver pocos mensajes devueltos. Los que aún llegan vienen de servidores que ignoran DMARC.</translation>
    </message>
    <message>
        <source>The policy applies to only %1% of the failing mail (pct=%1); the rest is delivered.</source>
        <translation>La política se aplica solo al %1 % del correo que no supera la comprobación (pct=%1); el resto se entrega.</translation>
    </message>
    <message>
        <source>%1 publishes no SPF record, so receiving servers cannot tell which servers may send its mail.</source>
        <translation>%1 no publica ningún registro SPF, así que los servidores receptores no pueden saber qué servidores pueden enviar su correo.</translation>
    </message>
    <message>
        <source>The SPF record of %1 cannot be used (%2).</source>
        <translation>El registro SPF de %1 no se puede usar (%2).</translation>
    </message>
    <message>
        <source>The SPF record of %1 ends in +all: it lets any server in the world send mail in its name. It should end in -all or ~all.</source>
        <translation>El registro SPF de %1 termina en +all: permite que cualquier servidor del mundo envíe correo en su nombre. Debería terminar en -all o ~all.</translation>
    </message>
    <message>
        <source>The SPF record of %1 says nothing about servers it does not list (?all, or no &quot;all&quot;). Ending it in -all lets receiving servers reject forged mail.</source>
        <translation>El registro SPF de %1 no dice nada de los servidores que no enumera (?all, o sin «all»). Terminarlo en -all permite a los servidores receptores rechazar el correo falsificado.</translation>
    </message>
    <message>
        <source>%1 has no DMARC record of its own, so receiving servers apply that of %2.</source>
        <translation>%1 no tiene registro DMARC propio, así que los servidores receptores aplican el de %2.</translation>
    </message>
</context>
<context>
    <name>Core::Domain::ItReport</name>
    <message>
        <source>NeverSent report for IT: %1, %2</source>
        <translation>Informe de NeverSent para TI: %1, %2</translation>
    </message>
    <message>
        <source>Bounces received from %1 to %2.</source>
        <translation>Mensajes devueltos recibidos desde %1 hasta %2.</translation>
    </message>
    <message>
        <source>Forged bounces (backscatter): %1. About mail really sent: %2. Undecided: %3.</source>
        <translation>Mensajes devueltos falsos (backscatter): %1. Sobre correo enviado de verdad: %2. Sin decidir: %3.</translation>
    </message>
    <message>
        <source>Per day (forged / about mail really sent):</source>
        <translation>Por día (falsificados / sobre correo enviado de verdad):</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sin fecha</translation>
    </message>
    <message>
        <source>Where the forged mail entered the mail system:</source>
        <translation>Dónde entró el correo falsificado en el sistema de correo:</translation>
    </message>
    <message>
        <source>  The bounces do not say.</source>
        <translation>  Los mensajes devueltos no lo dicen.</translation>
    </message>
    <message>
        <source>The newest forged bounces:</source>
        <translation>Los mensajes devueltos falsos más recientes:</translation>
    </message>
    <message>
        <source>    reported by %1; failed recipients: %2</source>
        <translation>    notificado por %1; destinatarios fallidos: %2</translation>
    </message>
    <message>
        <source>    the forged original: Message-ID &lt;%1&gt;, From %2, sent from %3 %4</source>
        <translation>    el original falsificado: Message-ID &lt;%1&gt;, From %2, enviado desde %3 %4</translation>
    </message>
    <message>
        <source>    the receiving server&apos;s checks: %1</source>
        <translation>    las comprobaciones del servidor receptor: %1</translation>
    </message>
    <message>
        <source>No domain was given, so its SPF and DMARC records were not looked up.</source>
        <translation>No se indicó ningún dominio, así que no se consultaron sus registros SPF y DMARC.</translation>
    </message>
    <message>
        <source>The domain %1:</source>
        <translation>El dominio %1:</translation>
    </message>
    <message>
        <source>  SPF:   %1</source>
        <translation>  SPF:   %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(sin asunto)</translation>
    </message>
    <message>
        <source>  DMARC: %1</source>
        <translation>  DMARC: %1</translation>
    </message>
    <message>
        <source>What this means, and what IT could change:</source>
        <translation>Qué significa esto y qué podría cambiar TI:</translation>
    </message>
    <message>
        <source>NeverSent report for IT</source>
        <translation>Informe de NeverSent para TI</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Forged bounces (backscatter)</source>
        <translation>Mensajes devueltos falsos (backscatter)</translation>
    </message>
    <message>
        <source>About mail really sent</source>
        <translation>Sobre correo enviado de verdad</translation>
    </message>
    <message>
        <source>Undecided</source>
        <translation>Sin decidir</translation>
    </message>
    <message>
        <source>Per day</source>
        <translation>Por día</translation>
    </message>
    <message>
        <source>Day (UTC)</source>
        <translation>Día (UTC)</translation>
    </message>
    <message>
        <source>Forged</source>
        <translation>Falsos</translation>
    </message>
    <message>
        <source>Where the forged mail entered the mail system</source>
        <translation>Dónde entró el correo falsificado en el sistema de correo</translation>
    </message>
    <message>
        <source>The bounces do not say.</source>
        <translation>Los mensajes devueltos no lo dicen.</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Host names</source>
        <translation>Nombres de equipo</translation>
    </message>
    <message>
        <source>The newest forged bounces</source>
        <translation>Los mensajes devueltos falsos más recientes</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Notificado por</translation>
    </message>
    <message>
        <source>Failed recipients</source>
        <translation>Destinatarios fallidos</translation>
    </message>
    <message>
        <source>Forged original&apos;s Message-ID</source>
        <translation>Message-ID del original falsificado</translation>
    </message>
    <message>
        <source>Forged original&apos;s From</source>
        <translation>From del original falsificado</translation>
    </message>
    <message>
        <source>Sent from</source>
        <translation>Enviado desde</translation>
    </message>
    <message>
        <source>The receiving server&apos;s checks</source>
        <translation>Las comprobaciones del servidor receptor</translation>
    </message>
    <message>
        <source>The domain %1</source>
        <translation>El dominio %1</translation>
    </message>
    <message>
        <source>What this means, and what IT could change</source>
        <translation>Qué significa esto y qué podría cambiar TI</translation>
    </message>
</context>
<context>
    <name>Core::Explain::Explanation</name>
    <message>
        <source>%1 at %2</source>
        <comment>a date, then a time of day</comment>
        <translation>%1 a las %2</translation>
    </message>
    <message>
        <source>the recipient</source>
        <translation>el destinatario</translation>
    </message>
    <message>
        <source>a notice that a message could not be delivered</source>
        <translation>un aviso de que no se pudo entregar un mensaje</translation>
    </message>
    <message>
        <source>a notice that a message is delayed</source>
        <translation>un aviso de que un mensaje lleva retraso</translation>
    </message>
    <message>
        <source>a report about the delivery of a message</source>
        <translation>un informe sobre la entrega de un mensaje</translation>
    </message>
    <message>
        <source>an automatic reply, for example an out-of-office note</source>
        <translation>una respuesta automática, por ejemplo un aviso de fuera de la oficina</translation>
    </message>
    <message>
        <source>a request to confirm that you are a real sender</source>
        <translation>una solicitud para que confirme que usted es un remitente real</translation>
    </message>
    <message>
        <source>a warning that a message carried a virus</source>
        <translation>un aviso de que un mensaje contenía un virus</translation>
    </message>
    <message>
        <source>a complaint that a message was spam</source>
        <translation>una queja de que un mensaje era spam</translation>
    </message>
    <message>
        <source>an automatic message</source>
        <translation>un mensaje automático</translation>
    </message>
    <message>
        <source>It was sent to: %1.</source>
        <translation>Se envió a: %1.</translation>
    </message>
    <message>
        <source>Its subject: &quot;%1&quot;.</source>
        <translation>Su asunto: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>It was sent on %1.</source>
        <translation>Se envió el %1.</translation>
    </message>
    <message>
        <source>This notice arrived on %1.</source>
        <translation>Este aviso llegó el %1.</translation>
    </message>
    <message>
        <source>The receiving mail server wrote: %1</source>
        <translation>El servidor de correo de destino escribió: %1</translation>
    </message>
    <message>
        <source>Someone else&apos;s computer sent a message with your address in the From line, the line that says who a message is from.</source>
        <translation>El equipo de otra persona envió un mensaje con su dirección en la línea &quot;De&quot;, la que indica quién envía un mensaje.</translation>
    </message>
    <message>
        <source>You did not send this: a bounce for mail sent in your name</source>
        <translation>Usted no envió esto: un mensaje devuelto de correo enviado en su nombre</translation>
    </message>
    <message>
        <source>%1 It went to an address that does not exist. The receiving mail server could not deliver it, so it sent this notice back to the address in the From line: yours.</source>
        <translation>%1 Iba dirigido a una dirección que no existe. El servidor de correo de destino no pudo entregarlo, así que devolvió este aviso a la dirección de la línea &quot;De&quot;: la suya.</translation>
    </message>
    <message>
        <source>%1 The mail server it went to refused it, and sent this notice back to the address in the From line: yours.</source>
        <translation>%1 El servidor de correo al que iba dirigido lo rechazó y devolvió este aviso a la dirección de la línea &quot;De&quot;: la suya.</translation>
    </message>
    <message>
        <source>You did not send this: a delay notice for mail sent in your name</source>
        <translation>Usted no envió esto: un aviso de retraso de correo enviado en su nombre</translation>
    </message>
    <message>
        <source>%1 The receiving mail server has not been able to deliver it yet and is still trying. It sent this notice to the address in the From line, yours, to say so. Another notice about the same message may follow.</source>
        <translation>%1 El servidor de correo de destino aún no ha podido entregarlo y sigue intentándolo. Envió este aviso a la dirección de la línea &quot;De&quot;, la suya, para informar de ello. Puede que llegue otro aviso sobre el mismo mensaje.</translation>
    </message>
    <message>
        <source>You did not send this: a delivery report for mail sent in your name</source>
        <translation>Usted no envió esto: un informe de entrega de correo enviado en su nombre</translation>
    </message>
    <message>
        <source>%1 The receiving mail server sent a report about its delivery to the address in the From line: yours.</source>
        <translation>%1 El servidor de correo de destino envió un informe sobre su entrega a la dirección de la línea &quot;De&quot;: la suya.</translation>
    </message>
    <message>
        <source>You did not send this: an automatic reply to mail sent in your name</source>
        <translation>Usted no envió esto: una respuesta automática a correo enviado en su nombre</translation>
    </message>
    <message>
        <source>%1 The person it went to has an automatic answer switched on, for example while out of office, and their mailbox answered the address in the From line: yours. It answers a message you did not send.</source>
        <translation>%1 La persona a la que iba dirigido tiene activada una respuesta automática, por ejemplo porque está fuera de la oficina, y su buzón respondió a la dirección de la línea &quot;De&quot;: la suya. Es la respuesta a un mensaje que usted no envió.</translation>
    </message>
    <message>
        <source>You did not send this: a &quot;please confirm you are human&quot; request for mail sent in your name</source>
        <translation>Usted no envió esto: una solicitud de &quot;confirme que es una persona&quot; por correo enviado en su nombre</translation>
    </message>
    <message>
        <source>%1 The receiver uses a service that holds mail from unknown senders until they confirm that they are a real person. The request came to you because your address was in the From line.</source>
        <translation>%1 El destinatario usa un servicio que retiene el correo de remitentes desconocidos hasta que confirman que son una persona real. La solicitud le llegó a usted porque su dirección figuraba en la línea &quot;De&quot;.</translation>
    </message>
    <message>
        <source>You did not send this: a virus warning about mail sent in your name</source>
        <translation>Usted no envió esto: un aviso de virus sobre correo enviado en su nombre</translation>
    </message>
    <message>
        <source>%1 A virus scanner at the receiving end found a virus in it and warned the address in the From line: yours. This does not mean that your computer is infected: the message did not come from it.</source>
        <translation>%1 Un antivirus del destinatario encontró un virus en él y avisó a la dirección de la línea &quot;De&quot;: la suya. Esto no significa que su equipo esté infectado: el mensaje no salió de él.</translation>
    </message>
    <message>
        <source>You did not send this: a spam complaint about mail sent in your name</source>
        <translation>Usted no envió esto: una queja por spam sobre correo enviado en su nombre</translation>
    </message>
    <message>
        <source>%1 Someone who received it reported it as spam, and their mail provider passed the complaint on to the address in the From line: yours.</source>
        <translation>%1 Alguien que lo recibió lo denunció como spam, y el proveedor de correo de esa persona hizo llegar la queja a la dirección de la línea &quot;De&quot;: la suya.</translation>
    </message>
    <message>
        <source>This is not your fault. Your computer and your email account are not where that message came from, and there is nothing to fix on your side. Senders of spam put real people&apos;s addresses in the From line all the time, and nobody can stop them from choosing yours.</source>
        <translation>No es culpa suya. Ese mensaje no salió de su equipo ni de su cuenta de correo, y no hay nada que arreglar por su parte. Los remitentes de spam ponen constantemente direcciones de personas reales en la línea &quot;De&quot;, y nadie puede impedir que elijan la suya.</translation>
    </message>
    <message>
        <source>The message it is about is not in your Sent folder: you did not send it.</source>
        <translation>El mensaje al que se refiere no está en su carpeta Enviados: usted no lo envió.</translation>
    </message>
    <message>
        <source>It was &quot;sent&quot; to: %1.</source>
        <translation>Se &quot;envió&quot; a: %1.</translation>
    </message>
    <message>
        <source>The subject it claimed: &quot;%1&quot;.</source>
        <translation>El asunto que decía tener: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Where it really came from: a computer at %1 (%2), not yours.</source>
        <translation>De dónde salió realmente: de un equipo en %1 (%2), no del suyo.</translation>
    </message>
    <message>
        <source>Where it really came from: a computer at %1, not yours.</source>
        <translation>De dónde salió realmente: de un equipo en %1, no del suyo.</translation>
    </message>
    <message>
        <source>When it was sent: %1.</source>
        <translation>Cuándo se envió: %1.</translation>
    </message>
    <message>
        <source>When this notice arrived: %1.</source>
        <translation>Cuándo llegó este aviso: %1.</translation>
    </message>
    <message>
        <source>Do not click any link in it and do not answer it: that would let the forged message through and tell its sender that your address is read.</source>
        <translation>No haga clic en ningún enlace que contenga ni lo responda: eso dejaría pasar el mensaje falsificado y avisaría a quien lo envió de que su dirección está en uso.</translation>
    </message>
    <message>
        <source>Do not open any attachment it carries.</source>
        <translation>No abra ningún archivo adjunto que contenga.</translation>
    </message>
    <message>
        <source>It is safe to move it to the Trash. Nothing else needs to be done.</source>
        <translation>Puede moverlo a la Papelera sin riesgo. No hace falta hacer nada más.</translation>
    </message>
    <message>
        <source>If more notices about the same message arrive, they can go to the Trash as well.</source>
        <translation>Si llegan más avisos sobre el mismo mensaje, también puede moverlos a la Papelera.</translation>
    </message>
    <message>
        <source>The address does not exist at the receiving end: it may be mistyped, or the person may have left.</source>
        <translation>La dirección no existe en el destino: puede que esté mal escrita o que esa persona ya no esté allí.</translation>
    </message>
    <message>
        <source>Check the spelling of %1 and send the message again.</source>
        <translation>Revise la ortografía de %1 y vuelva a enviar el mensaje.</translation>
    </message>
    <message>
        <source>If the address looks right, ask the person for their current address.</source>
        <translation>Si la dirección parece correcta, pida a esa persona su dirección actual.</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox is full, so it cannot take new mail at the moment.</source>
        <translation>El buzón del destinatario está lleno, así que ahora mismo no puede recibir correo nuevo.</translation>
    </message>
    <message>
        <source>Try again in a day or two.</source>
        <translation>Inténtelo de nuevo dentro de uno o dos días.</translation>
    </message>
    <message>
        <source>If it is urgent, reach %1 another way, for example by phone.</source>
        <translation>Si es urgente, póngase en contacto con %1 de otra forma, por ejemplo por teléfono.</translation>
    </message>
    <message>
        <source>The part of the address after the @ (%1) does not exist.</source>
        <translation>La parte de la dirección que va detrás de la @ (%1) no existe.</translation>
    </message>
    <message>
        <source>Check the part after the @ in %1 and send the message again.</source>
        <translation>Revise la parte que va detrás de la @ en %1 y vuelva a enviar el mensaje.</translation>
    </message>
    <message>
        <source>The receiving mail server rejected your message, taking it for spam or because of one of its rules.</source>
        <translation>El servidor de correo de destino rechazó su mensaje, porque lo tomó por spam o por alguna de sus normas.</translation>
    </message>
    <message>
        <source>Ask your IT support for help and show them this message. Sending it again unchanged will most likely fail again.</source>
        <translation>Pida ayuda a su soporte informático y muéstrele este mensaje. Si lo vuelve a enviar sin cambios, lo más probable es que vuelva a fallar.</translation>
    </message>
    <message>
        <source>Your message was too big for the receiving mail server.</source>
        <translation>Su mensaje era demasiado grande para el servidor de correo de destino.</translation>
    </message>
    <message>
        <source>Send smaller attachments, or put the files somewhere to share and send a link instead.</source>
        <translation>Envíe archivos adjuntos más pequeños, o guarde los archivos en un lugar compartido y envíe un enlace en su lugar.</translation>
    </message>
    <message>
        <source>So far the receiving mail server could not be reached.</source>
        <translation>Hasta ahora no se ha podido contactar con el servidor de correo de destino.</translation>
    </message>
    <message>
        <source>The receiving mail server could not be reached, and the mail system gave up after trying for days.</source>
        <translation>No se pudo contactar con el servidor de correo de destino, y el sistema de correo dejó de intentarlo después de varios días.</translation>
    </message>
    <message>
        <source>Try again later, or reach %1 another way.</source>
        <translation>Inténtelo de nuevo más tarde o póngase en contacto con %1 de otra forma.</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox is switched off or closed.</source>
        <translation>El buzón del destinatario está desactivado o cerrado.</translation>
    </message>
    <message>
        <source>Reach %1 another way and ask for their current address.</source>
        <translation>Póngase en contacto con %1 de otra forma y pida su dirección actual.</translation>
    </message>
    <message>
        <source>The receiving mail server found a virus in your message.</source>
        <translation>El servidor de correo de destino encontró un virus en su mensaje.</translation>
    </message>
    <message>
        <source>Do not send it again.</source>
        <translation>No lo vuelva a enviar.</translation>
    </message>
    <message>
        <source>Ask your IT support to check your computer.</source>
        <translation>Pida a su soporte informático que revise su equipo.</translation>
    </message>
    <message>
        <source>A mail server on the way refused to pass your message on. This is a setting of a mail server, not something you did.</source>
        <translation>Un servidor de correo intermedio se negó a hacer llegar su mensaje. Se debe a la configuración de un servidor de correo, no a algo que usted hiciera.</translation>
    </message>
    <message>
        <source>Ask your IT support for help and show them this message.</source>
        <translation>Pida ayuda a su soporte informático y muéstrele este mensaje.</translation>
    </message>
    <message>
        <source>A security check between the mail servers failed.</source>
        <translation>Falló una comprobación de seguridad entre los servidores de correo.</translation>
    </message>
    <message>
        <source>The receiving mail server did not accept the content of your message.</source>
        <translation>El servidor de correo de destino no aceptó el contenido de su mensaje.</translation>
    </message>
    <message>
        <source>Try sending it again without unusual attachments, or ask your IT support for help.</source>
        <translation>Pruebe a enviarlo de nuevo sin archivos adjuntos poco habituales, o pida ayuda a su soporte informático.</translation>
    </message>
    <message>
        <source>Try sending it again later. If it fails again, ask your IT support and show them this message.</source>
        <translation>Pruebe a enviarlo de nuevo más tarde. Si vuelve a fallar, consulte a su soporte informático y muéstrele este mensaje.</translation>
    </message>
    <message>
        <source>Nothing to do yet: the mail system keeps trying. If it gives up, you will get another message saying so.</source>
        <translation>Por ahora no hay nada que hacer: el sistema de correo sigue intentándolo. Si deja de intentarlo, recibirá otro mensaje que se lo indicará.</translation>
    </message>
    <message>
        <source>Your message to %1 was not delivered</source>
        <translation>Su mensaje a %1 no se entregó</translation>
    </message>
    <message>
        <source>This is about a message you really sent. It could not be delivered.</source>
        <translation>Se refiere a un mensaje que usted sí envió. No se pudo entregar.</translation>
    </message>
    <message>
        <source>Your message to %1 is delayed</source>
        <translation>Su mensaje a %1 lleva retraso</translation>
    </message>
    <message>
        <source>This is about a message you really sent. It has not been delivered yet, but the mail system is still trying.</source>
        <translation>Se refiere a un mensaje que usted sí envió. Aún no se ha entregado, pero el sistema de correo sigue intentándolo.</translation>
    </message>
    <message>
        <source>A delivery report for your message to %1</source>
        <translation>Un informe de entrega de su mensaje a %1</translation>
    </message>
    <message>
        <source>This is a report about the delivery of a message you really sent.</source>
        <translation>Es un informe sobre la entrega de un mensaje que usted sí envió.</translation>
    </message>
    <message>
        <source>Nothing to do: keep or delete it as you like.</source>
        <translation>No hay nada que hacer: consérvelo o elimínelo, como prefiera.</translation>
    </message>
    <message>
        <source>An automatic reply from %1 to your message</source>
        <translation>Una respuesta automática de %1 a su mensaje</translation>
    </message>
    <message>
        <source>This is an automatic answer, for example an out-of-office note, to a message you really sent. Your message was delivered.</source>
        <translation>Es una respuesta automática, por ejemplo un aviso de fuera de la oficina, a un mensaje que usted sí envió. Su mensaje se entregó.</translation>
    </message>
    <message>
        <source>Nothing to fix. Read it: it may say when the person is back or whom to contact instead.</source>
        <translation>No hay nada que arreglar. Léala: puede que indique cuándo vuelve esa persona o con quién contactar mientras tanto.</translation>
    </message>
    <message>
        <source>%1 asks you to confirm that you are a real sender</source>
        <translation>%1 le pide que confirme que usted es un remitente real</translation>
    </message>
    <message>
        <source>The receiver of a message you really sent uses a service that holds mail from unknown senders until they confirm that they are a real person. Your message waits there until you do.</source>
        <translation>El destinatario de un mensaje que usted sí envió usa un servicio que retiene el correo de remitentes desconocidos hasta que confirman que son una persona real. Su mensaje espera allí hasta que usted lo confirme.</translation>
    </message>
    <message>
        <source>If you recognise the service, follow its instructions to confirm, and your message will be delivered. If in doubt, ask your IT support before you click anything.</source>
        <translation>Si reconoce el servicio, siga sus instrucciones para confirmarlo y su mensaje se entregará. Si tiene dudas, consulte a su soporte informático antes de hacer clic en nada.</translation>
    </message>
    <message>
        <source>A virus was found in your message to %1</source>
        <translation>Se encontró un virus en su mensaje a %1</translation>
    </message>
    <message>
        <source>A virus scanner found a virus in a message you really sent. Your computer may be infected.</source>
        <translation>Un antivirus encontró un virus en un mensaje que usted sí envió. Puede que su equipo esté infectado.</translation>
    </message>
    <message>
        <source>Do not send the message again.</source>
        <translation>No vuelva a enviar el mensaje.</translation>
    </message>
    <message>
        <source>Ask your IT support to check your computer before you send more mail.</source>
        <translation>Pida a su soporte informático que revise su equipo antes de enviar más correo.</translation>
    </message>
    <message>
        <source>Your message to %1 was reported as spam</source>
        <translation>Su mensaje a %1 se denunció como spam</translation>
    </message>
    <message>
        <source>Someone who received a message you really sent reported it as spam to their mail provider.</source>
        <translation>Alguien que recibió un mensaje que usted sí envió lo denunció como spam ante su proveedor de correo.</translation>
    </message>
    <message>
        <source>If you send the same message to many people, make sure they asked for it. Tell your IT support if this surprises you.</source>
        <translation>Si envía el mismo mensaje a muchas personas, asegúrese de que lo hayan pedido. Si esto le sorprende, avise a su soporte informático.</translation>
    </message>
    <message>
        <source>Not sure whether you sent this</source>
        <translation>No se sabe si usted envió esto</translation>
    </message>
    <message>
        <source>This is %1. NeverSent cannot tell whether it is about a message you sent or about one someone else sent in your name.</source>
        <translation>Se trata de %1. NeverSent no puede saber si se refiere a un mensaje que usted envió o a uno que otra persona envió en su nombre.</translation>
    </message>
    <message>
        <source>What it says went wrong: %1.</source>
        <translation>Lo que dice que falló: %1.</translation>
    </message>
    <message>
        <source>If you did send that message, this tells of a real problem with it. If you did not, someone else put your address in the From line, and this message is safe to move to the Trash.</source>
        <translation>Si usted envió ese mensaje, esto indica un problema real con él. Si no lo envió, otra persona puso su dirección en la línea &quot;De&quot;, y puede mover este mensaje a la Papelera sin riesgo.</translation>
    </message>
    <message>
        <source>Look in your Sent folder for a message to %1 around %2.</source>
        <translation>Busque en su carpeta Enviados un mensaje a %1 en torno al %2.</translation>
    </message>
    <message>
        <source>Look in your Sent folder for a message to %1.</source>
        <translation>Busque en su carpeta Enviados un mensaje a %1.</translation>
    </message>
    <message>
        <source>Look in your Sent folder for a message with the subject &quot;%1&quot;.</source>
        <translation>Busque en su carpeta Enviados un mensaje con el asunto &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Open this message and check whether the message it quotes is one you wrote.</source>
        <translation>Abra este mensaje y compruebe si el mensaje que cita lo escribió usted.</translation>
    </message>
    <message>
        <source>If you find it, the problem is real: check the address, try again later, or ask your IT support.</source>
        <translation>Si lo encuentra, el problema es real: compruebe la dirección, inténtelo de nuevo más tarde o consulte a su soporte informático.</translation>
    </message>
    <message>
        <source>If you find nothing, you did not send it: move it to the Trash.</source>
        <translation>Si no encuentra nada, usted no lo envió: muévalo a la Papelera.</translation>
    </message>
    <message>
        <source>This message could not be read</source>
        <translation>No se pudo leer este mensaje</translation>
    </message>
    <message>
        <source>Open it in your mail program to see what it is.</source>
        <translation>Ábralo en su programa de correo para ver qué es.</translation>
    </message>
    <message>
        <source>Ordinary mail</source>
        <translation>Correo normal</translation>
    </message>
    <message>
        <source>This is not an automatic reply about mail from your address. NeverSent leaves it alone.</source>
        <translation>No es una respuesta automática sobre correo de su dirección. NeverSent lo deja como está.</translation>
    </message>
    <message>
        <source>What this message shows:</source>
        <translation>Lo que muestra este mensaje:</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Qué hacer:</translation>
    </message>
    <message>
        <source>Someone may be using your email account</source>
        <translation>Puede que alguien esté usando su cuenta de correo</translation>
    </message>
    <message numerus="yes">
        <source>You said that %n of the bounces about mail you sent are about messages you did not write.</source>
        <translation>
            <numerusform>Usted indicó que %n mensaje devuelto de correo enviado por usted se refiere a un mensaje que usted no escribió.</numerusform>
            <numerusform>Usted indicó que %n mensajes devueltos de correo enviado por usted se refieren a mensajes que usted no escribió.</numerusform>
        </translation>
    </message>
    <message>
        <source>NeverSent found these messages in your Sent folder. So they were not just sent with your address in the From line: they were sent from your account itself. Someone else may know your password.</source>
        <translation>NeverSent encontró estos mensajes en su carpeta Enviados. Por tanto, no solo se enviaron con su dirección en la línea &quot;De&quot;: se enviaron desde su propia cuenta. Puede que otra persona conozca su contraseña.</translation>
    </message>
    <message>
        <source>To %1, subject &quot;%2&quot;, sent %3.</source>
        <translation>A %1, asunto &quot;%2&quot;, enviado: %3.</translation>
    </message>
    <message>
        <source>(none)</source>
        <comment>no subject</comment>
        <translation>(sin asunto)</translation>
    </message>
    <message>
        <source>on an unknown date</source>
        <translation>fecha desconocida</translation>
    </message>
    <message numerus="yes">
        <source>And %n more.</source>
        <translation>
            <numerusform>Y %n más.</numerusform>
            <numerusform>Y %n más.</numerusform>
        </translation>
    </message>
    <message>
        <source>Change your email password now, from a computer you trust.</source>
        <translation>Cambie ahora la contraseña de su correo desde un equipo de confianza.</translation>
    </message>
    <message>
        <source>Tell your IT support, and show them these messages.</source>
        <translation>Avise a su soporte informático y muéstrele estos mensajes.</translation>
    </message>
    <message>
        <source>Keep these messages until your IT support has seen them: they help to find out what happened.</source>
        <translation>Conserve estos mensajes hasta que los haya visto su soporte informático: ayudan a averiguar qué ha pasado.</translation>
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
        <translation>no se pudo entregar un mensaje</translation>
    </message>
    <message>
        <source>a message is delayed</source>
        <translation>un mensaje lleva retraso</translation>
    </message>
    <message>
        <source>a delivery receipt</source>
        <translation>un acuse de entrega</translation>
    </message>
    <message>
        <source>an automatic reply (for example out of office)</source>
        <translation>una respuesta automática (por ejemplo, de fuera de la oficina)</translation>
    </message>
    <message>
        <source>a request to prove you are a real sender</source>
        <translation>una solicitud para demostrar que usted es un remitente real</translation>
    </message>
    <message>
        <source>a virus warning about a message</source>
        <translation>un aviso de virus sobre un mensaje</translation>
    </message>
    <message>
        <source>a spam complaint about a message</source>
        <translation>una queja por spam sobre un mensaje</translation>
    </message>
    <message>
        <source>ordinary mail</source>
        <translation>correo normal</translation>
    </message>
    <message>
        <source>a message that could not be read</source>
        <translation>un mensaje que no se pudo leer</translation>
    </message>
    <message>
        <source>the address does not exist</source>
        <translation>la dirección no existe</translation>
    </message>
    <message>
        <source>the mailbox is full</source>
        <translation>el buzón está lleno</translation>
    </message>
    <message>
        <source>the domain does not exist</source>
        <translation>el dominio no existe</translation>
    </message>
    <message>
        <source>the receiving server blocked the sender</source>
        <translation>el servidor de destino bloqueó al remitente</translation>
    </message>
    <message>
        <source>it was taken for spam</source>
        <translation>se tomó por spam</translation>
    </message>
    <message>
        <source>it broke the receiver&apos;s rules</source>
        <translation>incumplía las normas del destinatario</translation>
    </message>
    <message>
        <source>it carried a virus</source>
        <translation>contenía un virus</translation>
    </message>
    <message>
        <source>it was too big</source>
        <translation>era demasiado grande</translation>
    </message>
    <message>
        <source>delivery took too long and was given up</source>
        <translation>la entrega tardó demasiado y se abandonó</translation>
    </message>
    <message>
        <source>the mailbox is switched off</source>
        <translation>el buzón está desactivado</translation>
    </message>
    <message>
        <source>the server would not pass it on</source>
        <translation>el servidor se negó a reenviarlo</translation>
    </message>
    <message>
        <source>the receiving server refused it</source>
        <translation>el servidor de destino lo rechazó</translation>
    </message>
    <message>
        <source>the receiving server had a fault</source>
        <translation>el servidor de destino tuvo un fallo</translation>
    </message>
    <message>
        <source>the receiving server could not be reached</source>
        <translation>no se pudo contactar con el servidor de destino</translation>
    </message>
    <message>
        <source>a security check failed</source>
        <translation>falló una comprobación de seguridad</translation>
    </message>
    <message>
        <source>its content was not accepted</source>
        <translation>no se aceptó su contenido</translation>
    </message>
</context>
<context>
    <name>Core::Explain::ScanSummary</name>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message numerus="yes">
        <source>In the last %Ln day(s)</source>
        <translation>
            <numerusform>En el último día</numerusform>
            <numerusform>En los últimos %Ln días</numerusform>
        </translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation>Desde el %1</translation>
    </message>
    <message>
        <source>There were no messages to look at.</source>
        <translation>No había mensajes que revisar.</translation>
    </message>
    <message numerus="yes">
        <source>NeverSent looked at %Ln message(s) and found no bounces: none of them is an automatic reply about mail from your address. There is nothing to clean up.</source>
        <translation>
            <numerusform>NeverSent revisó %Ln mensaje y no encontró mensajes devueltos: no es una respuesta automática sobre correo de su dirección. No hay nada que limpiar.</numerusform>
            <numerusform>NeverSent revisó %Ln mensajes y no encontró mensajes devueltos: ninguno es una respuesta automática sobre correo de su dirección. No hay nada que limpiar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln forged</source>
        <comment>bounces</comment>
        <translation>
            <numerusform>%Ln falso</numerusform>
            <numerusform>%Ln falsos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln about mail you sent</source>
        <comment>bounces</comment>
        <translation>
            <numerusform>%Ln de correo que usted envió</numerusform>
            <numerusform>%Ln de correo que usted envió</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln where NeverSent cannot tell</source>
        <comment>bounces</comment>
        <translation>
            <numerusform>%Ln que NeverSent no puede determinar</numerusform>
            <numerusform>%Ln que NeverSent no puede determinar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You received %Ln bounce(s): %1.</source>
        <translation>
            <numerusform>Ha recibido %Ln mensaje devuelto: %1.</numerusform>
            <numerusform>Ha recibido %Ln mensajes devueltos: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 you received %Ln bounce(s): %2.</source>
        <comment>%1 is a time such as &apos;In the last 7 days&apos;</comment>
        <translation>
            <numerusform>%1 ha recibido %Ln mensaje devuelto: %2.</numerusform>
            <numerusform>%1 ha recibido %Ln mensajes devueltos: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>The forged ones are about mail someone else sent in your name: not your fault, nothing to fix, and safe to move to the Trash.</source>
        <translation>Los falsos se refieren a correo que otra persona envió en su nombre: no es culpa suya, no hay nada que arreglar y puede moverlos a la Papelera sin riesgo.</translation>
    </message>
    <message>
        <source>Please look at the ones about mail you sent: they tell of real delivery problems.</source>
        <translation>Revise los que se refieren a correo que usted envió: indican problemas de entrega reales.</translation>
    </message>
    <message>
        <source>For the ones NeverSent cannot tell, look in your Sent folder yourself.</source>
        <translation>Para los que NeverSent no puede determinar, consulte usted su carpeta Enviados.</translation>
    </message>
</context>
<context>
    <name>Core::Imap::AccessTokenSlot</name>
    <message>
        <source>The mail provider did not renew the sign-in in time. Check the network connection and try again.</source>
        <translation>El proveedor de correo no renovó el inicio de sesión a tiempo. Compruebe la conexión de red e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
</context>
<context>
    <name>Core::Imap::CertificateVerifier</name>
    <message>
        <source>the server sent no certificate</source>
        <translation>el servidor no envió ningún certificado</translation>
    </message>
</context>
<context>
    <name>Core::Imap::ImapConnection</name>
    <message>
        <source>The connection to %1 was cancelled.</source>
        <translation>Se canceló la conexión con %1.</translation>
    </message>
    <message>
        <source>The server %1 does not offer an encrypted connection (STARTTLS) on port %2, so the password was not sent. Use imaps:// instead, or ask your mail provider for the right address and port.</source>
        <translation>El servidor %1 no ofrece una conexión cifrada (STARTTLS) en el puerto %2, así que no se envió la contraseña. Use imaps:// en su lugar o pida a su proveedor de correo la dirección y el puerto correctos.</translation>
    </message>
    <message>
        <source>The server %1 did not accept the user name or password. Check them and try again.</source>
        <translation>El servidor %1 no aceptó el nombre de usuario o la contraseña. Compruébelos e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The server %1 stopped answering. Check the network connection and try again.</source>
        <translation>El servidor %1 dejó de responder. Compruebe la conexión de red e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>%1 port %2 answered, but not like a mail server. Check the server address and port.</source>
        <translation>%1 respondió en el puerto %2, pero no como un servidor de correo. Compruebe la dirección del servidor y el puerto.</translation>
    </message>
    <message>
        <source>The encrypted connection to %1 could not be set up (%2). Check the server address and port.</source>
        <translation>No se pudo establecer la conexión cifrada con %1 (%2). Compruebe la dirección del servidor y el puerto.</translation>
    </message>
    <message>
        <source>Cannot reach the mail server %1 on port %2. Check the address, the port and the network connection.</source>
        <translation>No se puede contactar con el servidor de correo %1 en el puerto %2. Compruebe la dirección, el puerto y la conexión de red.</translation>
    </message>
    <message>
        <source>The server %1 closed the connection unexpectedly. Try again later.</source>
        <translation>El servidor %1 cerró la conexión de forma inesperada. Inténtelo de nuevo más tarde.</translation>
    </message>
    <message>
        <source>The mail server %1 reported a problem: %2</source>
        <translation>El servidor de correo %1 informó de un problema: %2</translation>
    </message>
    <message>
        <source>The server %1 did not accept the sign-in: the access token was refused or has expired. Sign in again.</source>
        <translation>El servidor %1 no aceptó el inicio de sesión: el token de acceso fue rechazado o ha caducado. Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>The server %1 does not offer a sign-in with an access token that NeverSent can use (OAuth2 XOAUTH2 or OAUTHBEARER). Sign in with a password instead, or check the server address.</source>
        <translation>El servidor %1 no ofrece un inicio de sesión con token de acceso que NeverSent pueda usar (OAuth2 XOAUTH2 u OAUTHBEARER). Inicie sesión con una contraseña o compruebe la dirección del servidor.</translation>
    </message>
    <message>
        <source>The server %1 does not take a password: it wants you to sign in on your mail provider&apos;s own page in your web browser (OAuth2).</source>
        <translation>El servidor %1 no acepta contraseñas: quiere que inicie sesión en la página de su proveedor de correo, en su navegador (OAuth2).</translation>
    </message>
    <message>
        <source>The connection to the mail server %1 was lost. Check that this computer is online, then try again.</source>
        <translation>Se perdió la conexión con el servidor de correo %1. Compruebe que este equipo está conectado a internet y vuelva a intentarlo.</translation>
    </message>
</context>
<context>
    <name>Core::Imap::ImapMailbox</name>
    <message>
        <source>No Trash folder was found on %1, so nothing was moved. Create a folder named Trash in your mail program.</source>
        <translation>No se encontró ninguna carpeta Papelera en %1, así que no se ha movido nada. Cree una carpeta llamada Papelera en su programa de correo.</translation>
    </message>
</context>
<context>
    <name>Core::Imap::ImapProtocol</name>
    <message>
        <source>list the folders</source>
        <translation>mostrar la lista de carpetas</translation>
    </message>
    <message>
        <source>The mail server %1 closed the connection. Try again later.</source>
        <translation>El servidor de correo %1 cerró la conexión. Inténtelo de nuevo más tarde.</translation>
    </message>
    <message>
        <source>The mail server %1 refused to %2: %3</source>
        <translation>El servidor de correo %1 se negó a %2: %3</translation>
    </message>
    <message>
        <source>report on the folder &quot;%1&quot;</source>
        <translation>informar sobre la carpeta &quot;%1&quot;</translation>
    </message>
    <message>
        <source>open the folder &quot;%1&quot;</source>
        <translation>abrir la carpeta &quot;%1&quot;</translation>
    </message>
    <message>
        <source>leave the folder</source>
        <translation>salir de la carpeta</translation>
    </message>
    <message>
        <source>search the folder</source>
        <translation>buscar en la carpeta</translation>
    </message>
    <message>
        <source>send messages</source>
        <translation>enviar los mensajes</translation>
    </message>
    <message>
        <source>move messages to &quot;%1&quot;</source>
        <translation>mover mensajes a &quot;%1&quot;</translation>
    </message>
    <message>
        <source>copy messages to &quot;%1&quot;</source>
        <translation>copiar mensajes a &quot;%1&quot;</translation>
    </message>
    <message>
        <source>mark messages as deleted</source>
        <translation>marcar mensajes como eliminados</translation>
    </message>
    <message>
        <source>restore messages</source>
        <translation>restaurar mensajes</translation>
    </message>
    <message>
        <source>remove the moved messages</source>
        <translation>quitar los mensajes movidos</translation>
    </message>
    <message>
        <source>describe messages</source>
        <translation>describir la estructura de los mensajes</translation>
    </message>
    <message>
        <source>wait for new mail</source>
        <translation>esperar correo nuevo</translation>
    </message>
</context>
<context>
    <name>Core::Imap::ServerAddress</name>
    <message>
        <source>&quot;%1&quot; is not a mail server address: write imaps://host, imap://host or imap+plain://127.0.0.1:port.</source>
        <translation>&quot;%1&quot; no es una dirección de servidor de correo: escriba imaps://host, imap://host o imap+plain://127.0.0.1:port.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a mail server address: write the scheme, the server name and at most a port.</source>
        <translation>&quot;%1&quot; no es una dirección de servidor de correo: escriba el esquema, el nombre del servidor y, como mucho, un puerto.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names port 0, which no server listens on.</source>
        <translation>&quot;%1&quot; indica el puerto 0, en el que no escucha ningún servidor.</translation>
    </message>
    <message>
        <source>imap+plain:// sends your password unencrypted, so it is only allowed to this computer (127.0.0.1 or ::1). Use imaps:// or imap:// for %1.</source>
        <translation>imap+plain:// envía su contraseña sin cifrar, así que solo se permite hacia este equipo (127.0.0.1 o ::1). Use imaps:// o imap:// para %1.</translation>
    </message>
</context>
<context>
    <name>Core::Imap::TlsSocket</name>
    <message>
        <source>The certificate of %1 cannot be trusted (%2). Its SHA-256 fingerprint is %3. Only if your mail provider confirms this fingerprint, accept it (--trust-fingerprint %3).</source>
        <translation>No se puede confiar en el certificado de %1 (%2). Su huella digital SHA-256 es %3. Acéptelo solo si su proveedor de correo le confirma esta huella digital (--trust-fingerprint %3).</translation>
    </message>
</context>
<context>
    <name>Core::Mail::MaildirFolder</name>
    <message>
        <source>The folder %1 is not a mail folder (it has no cur and new folders).</source>
        <translation>La carpeta %1 no es una carpeta de correo (no tiene las carpetas cur y new).</translation>
    </message>
    <message>
        <source>The message numbers of %1 cannot be saved: %2</source>
        <translation>No se pueden guardar los números de mensaje de %1: %2</translation>
    </message>
    <message>
        <source>The file cannot be opened: %1</source>
        <translation>No se puede abrir el archivo: %1</translation>
    </message>
    <message>
        <source>There is no message %1 in %2.</source>
        <translation>No hay ningún mensaje %1 en %2.</translation>
    </message>
    <message>
        <source>The message file %1 could not be moved to %2.</source>
        <translation>No se pudo mover el archivo de mensaje %1 a %2.</translation>
    </message>
    <message>
        <source>The message file %1 could not be copied to %2.</source>
        <translation>No se pudo copiar el archivo de mensaje %1 a %2.</translation>
    </message>
    <message>
        <source>The flags of message file %1 could not be changed.</source>
        <translation>No se pudieron cambiar las marcas del archivo de mensaje %1.</translation>
    </message>
    <message>
        <source>The message file of %1 in %2 could not be removed.</source>
        <translation>No se pudo eliminar el archivo de mensaje de %1 en %2.</translation>
    </message>
</context>
<context>
    <name>Core::Mail::MaildirMailbox</name>
    <message>
        <source>This mailbox has no Trash folder, so nothing was moved.</source>
        <translation>Este buzón no tiene carpeta Papelera, así que no se movió nada.</translation>
    </message>
    <message>
        <source>There is no folder &quot;%1&quot; in this mailbox.</source>
        <translation>No hay ninguna carpeta «%1» en este buzón.</translation>
    </message>
    <message>
        <source>No folder of the mailbox is open.</source>
        <translation>No hay ninguna carpeta del buzón abierta.</translation>
    </message>
</context>
<context>
    <name>Core::Mail::MessageSource</name>
    <message>
        <source>The file cannot be opened: %1</source>
        <translation>No se puede abrir el archivo: %1</translation>
    </message>
</context>
<context>
    <name>Core::OAuth::BrowserSignIn</name>
    <message>
        <source>This copy of NeverSent is not set up for %1 sign-in: ask your IT department.</source>
        <translation>Esta copia de NeverSent no está preparada para iniciar sesión con %1: consulte a su departamento de informática.</translation>
    </message>
    <message>
        <source>NeverSent could not open your web browser to sign in. Set a default web browser and try again.</source>
        <translation>NeverSent no pudo abrir su navegador web para iniciar sesión. Elija un navegador predeterminado e inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>Core::OAuth::RedirectListener</name>
    <message>
        <source>NeverSent cannot wait for the browser&apos;s answer on this computer: %1</source>
        <translation>NeverSent no puede esperar la respuesta del navegador en este equipo: %1</translation>
    </message>
    <message>
        <source>This request is too long.</source>
        <translation>Esta solicitud es demasiado larga.</translation>
    </message>
    <message>
        <source>This is not a sign-in answer.</source>
        <translation>Esto no es una respuesta de inicio de sesión.</translation>
    </message>
    <message>
        <source>This sign-in is over. You can close this window.</source>
        <translation>Este inicio de sesión ha terminado. Puede cerrar esta ventana.</translation>
    </message>
    <message>
        <source>There is nothing here.</source>
        <translation>Aquí no hay nada.</translation>
    </message>
    <message>
        <source>This answer does not belong to the sign-in NeverSent started. Go back to NeverSent and sign in from there.</source>
        <translation>Esta respuesta no corresponde al inicio de sesión que comenzó NeverSent. Vuelva a NeverSent e inicie sesión desde allí.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled in the browser, so NeverSent cannot open this mailbox. Sign in again and allow NeverSent to read your mail.</source>
        <translation>El inicio de sesión se canceló en el navegador, así que NeverSent no puede abrir este buzón. Vuelva a iniciar sesión y permita que NeverSent lea su correo.</translation>
    </message>
    <message>
        <source>Your mail provider ended the sign-in with an error: %1. Try again, or ask your IT department.</source>
        <translation>Su proveedor de correo terminó el inicio de sesión con un error: %1. Inténtelo de nuevo o consulte a su departamento de informática.</translation>
    </message>
    <message>
        <source>Your mail provider&apos;s answer held no sign-in code. Try signing in again.</source>
        <translation>La respuesta de su proveedor de correo no contenía ningún código de inicio de sesión. Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>You are signed in. You can close this window and go back to NeverSent.</source>
        <translation>Ha iniciado sesión. Puede cerrar esta ventana y volver a NeverSent.</translation>
    </message>
</context>
<context>
    <name>Core::OAuth::TokenClient</name>
    <message>
        <source>Your mail provider&apos;s sign-in service answered without an access token. Try again later.</source>
        <translation>El servicio de inicio de sesión de su proveedor de correo respondió sin un token de acceso. Inténtelo más tarde.</translation>
    </message>
    <message>
        <source>Your sign-in has ended (it was revoked, it expired, or your password changed). Sign in again.</source>
        <translation>Su inicio de sesión ha terminado (se revocó, caducó o cambió su contraseña). Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>Your mail provider refused the sign-in (%1). Your IT department may have to allow NeverSent.</source>
        <translation>Su proveedor de correo rechazó el inicio de sesión (%1). Puede que su departamento de informática tenga que autorizar NeverSent.</translation>
    </message>
    <message>
        <source>Your mail provider&apos;s sign-in service has a problem (HTTP %1). Try again later.</source>
        <translation>El servicio de inicio de sesión de su proveedor de correo tiene un problema (HTTP %1). Inténtelo más tarde.</translation>
    </message>
    <message>
        <source>The sign-in service address %1 is not encrypted, so nothing was sent to it.</source>
        <translation>La dirección del servicio de inicio de sesión %1 no está cifrada, así que no se le envió nada.</translation>
    </message>
    <message>
        <source>Your mail provider&apos;s sign-in service did not answer in time. Check the network connection and try again.</source>
        <translation>El servicio de inicio de sesión de su proveedor de correo no respondió a tiempo. Compruebe la conexión de red e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Your mail provider&apos;s sign-in service cannot be reached (%1). Check the network connection and try again.</source>
        <translation>No se puede acceder al servicio de inicio de sesión de su proveedor de correo (%1). Compruebe la conexión de red e inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>Core::OAuth::TokenKeeper</name>
    <message>
        <source>Your mail provider no longer accepts this sign-in. Sign in again.</source>
        <translation>Su proveedor de correo ya no acepta este inicio de sesión. Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>NeverSent has no lasting sign-in for this account. Sign in again.</source>
        <translation>NeverSent no tiene un inicio de sesión duradero para esta cuenta. Vuelva a iniciar sesión.</translation>
    </message>
</context>
<context>
    <name>Core::Session::AccountWorker</name>
    <message>
        <source>Cancelled: nothing more was asked of the server.</source>
        <translation>Cancelado: no se pidió nada más al servidor.</translation>
    </message>
    <message>
        <source>There is nothing to undo.</source>
        <translation>No hay nada que deshacer.</translation>
    </message>
</context>
<context>
    <name>Core::Session::MailboxCleaner</name>
    <message>
        <source>The folder &quot;%1&quot; has not been scanned yet. Run scan first.</source>
        <translation>La carpeta &quot;%1&quot; aún no se ha analizado. Ejecute primero scan.</translation>
    </message>
    <message>
        <source>These messages are in the Trash already.</source>
        <translation>Estos mensajes ya están en la Papelera.</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; was renumbered since the last scan, so nothing was moved. Scan again.</source>
        <translation>Los mensajes de la carpeta &quot;%1&quot; se han renumerado desde el último análisis, así que no se ha movido nada. Analice de nuevo.</translation>
    </message>
    <message>
        <source>There is no clean action %1 to undo.</source>
        <translation>No hay ninguna limpieza %1 que deshacer.</translation>
    </message>
    <message>
        <source>Clean action %1 was undone already.</source>
        <translation>La limpieza %1 ya se deshizo.</translation>
    </message>
    <message>
        <source>Clean action %1 moved nothing, so there is nothing to put back.</source>
        <translation>La limpieza %1 no movió nada, así que no hay nada que devolver.</translation>
    </message>
</context>
<context>
    <name>Core::Session::MailboxScanner</name>
    <message>
        <source>The connection to the mail server was lost, and connecting again did not work: %1</source>
        <translation>Se perdió la conexión con el servidor de correo y no se pudo volver a conectar: %1</translation>
    </message>
    <message>
        <source>The connection was lost; connecting again</source>
        <translation>Se perdió la conexión; conectando de nuevo</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; does not exist on %2 or cannot be opened. Check its name.</source>
        <translation>La carpeta &quot;%1&quot; no existe en %2 o no se puede abrir. Compruebe su nombre.</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; changed while it was read; scan again.</source>
        <translation>La carpeta &quot;%1&quot; cambió mientras se leía; analícela de nuevo.</translation>
    </message>
    <message>
        <source>Reading your sent mail in %1</source>
        <translation>Leyendo su correo enviado en %1</translation>
    </message>
    <message>
        <source>Checking %1</source>
        <translation>Revisando %1</translation>
    </message>
</context>
<context>
    <name>Core::Session::MailboxWatch</name>
    <message numerus="yes">
        <source>The connection was lost (%1). Trying again in %n second(s).</source>
        <translation>
            <numerusform>Se perdió la conexión (%1). Nuevo intento en %n segundo.</numerusform>
            <numerusform>Se perdió la conexión (%1). Nuevo intento en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected again.</source>
        <translation>Conectado de nuevo.</translation>
    </message>
    <message numerus="yes">
        <source>Watching: %n message(s) already there; new ones are judged as they come.</source>
        <translation>
            <numerusform>Vigilando: %n mensaje ya estaba; los nuevos se juzgan según llegan.</numerusform>
            <numerusform>Vigilando: %n mensajes ya estaban; los nuevos se juzgan según llegan.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Core::Session::VerdictPhase</name>
    <message>
        <source>The folder %1 has not been read yet.</source>
        <translation>La carpeta %1 aún no se ha leído.</translation>
    </message>
</context>
<context>
    <name>Core::Store::ActionLog</name>
    <message>
        <source>The NeverSent audit log could not be written: %1</source>
        <translation>No se pudo escribir en el registro de actividad de NeverSent: %1</translation>
    </message>
</context>
<context>
    <name>Core::Store::Database</name>
    <message>
        <source>Cannot create the folder for the NeverSent store at %1.</source>
        <translation>No se puede crear la carpeta del archivo de datos de NeverSent en %1.</translation>
    </message>
    <message>
        <source>Cannot create the NeverSent store %1: %2</source>
        <translation>No se puede crear el archivo de datos de NeverSent %1: %2</translation>
    </message>
    <message>
        <source>Cannot open the NeverSent store %1: %2</source>
        <translation>No se puede abrir el archivo de datos de NeverSent %1: %2</translation>
    </message>
    <message>
        <source>The NeverSent store %1 cannot be used: %2</source>
        <translation>No se puede usar el archivo de datos de NeverSent %1: %2</translation>
    </message>
    <message>
        <source>The file %1 is not a NeverSent store.</source>
        <translation>El archivo %1 no es un archivo de datos de NeverSent.</translation>
    </message>
    <message>
        <source>The NeverSent store %1 was written by a newer version of NeverSent; update NeverSent to use it.</source>
        <translation>El archivo de datos de NeverSent %1 lo creó una versión más reciente de NeverSent; actualice NeverSent para usarlo.</translation>
    </message>
    <message>
        <source>The NeverSent store %1 could not be updated (step %2): %3</source>
        <translation>No se pudo actualizar el archivo de datos de NeverSent %1 (paso %2): %3</translation>
    </message>
</context>
<context>
    <name>Core::Store::ScanCache</name>
    <message>
        <source>The NeverSent store could not be read: %1</source>
        <translation>No se pudo leer el archivo de datos de NeverSent: %1</translation>
    </message>
    <message>
        <source>The NeverSent store could not be written: %1</source>
        <translation>No se pudo escribir en el archivo de datos de NeverSent: %1</translation>
    </message>
    <message>
        <source>The NeverSent store could not keep the folder %1.</source>
        <translation>El almacén de NeverSent no pudo guardar la carpeta %1.</translation>
    </message>
</context>
<context>
    <name>Core::Store::TrustedCertificates</name>
    <message>
        <source>The accepted certificate could not be remembered: %1</source>
        <translation>No se pudo recordar el certificado aceptado: %1</translation>
    </message>
</context>
<context>
    <name>Core::Verdict::VerdictJudge</name>
    <message>
        <source>No sent mail was given to compare with.</source>
        <translation>No se indicó ningún correo enviado con el que comparar.</translation>
    </message>
    <message>
        <source>Your sent mail has the original message (Message-ID &lt;%1&gt;).</source>
        <translation>Su correo enviado contiene el mensaje original (Message-ID &lt;%1&gt;).</translation>
    </message>
    <message>
        <source>You wrote to %1 on %2 with the same subject.</source>
        <translation>Usted escribió a %1 el %2 con el mismo asunto.</translation>
    </message>
    <message>
        <source>You did write to %1 around that time, so this may be about your own message.</source>
        <translation>Usted sí escribió a %1 por esas fechas, así que puede que se refiera a un mensaje suyo.</translation>
    </message>
    <message>
        <source>The bounce does not say which message it is about.</source>
        <translation>El mensaje devuelto no indica a qué mensaje se refiere.</translation>
    </message>
    <message>
        <source>The bounce has no date, so it cannot be compared with your sent mail.</source>
        <translation>El mensaje devuelto no tiene fecha, así que no se puede comparar con su correo enviado.</translation>
    </message>
    <message>
        <source>Your sent mail is empty, so there is nothing to compare with.</source>
        <translation>Su correo enviado está vacío, así que no hay nada con qué comparar.</translation>
    </message>
    <message>
        <source>Your sent mail only reaches back to %1; this bounce is about mail from %2.</source>
        <translation>Su correo enviado solo se remonta al %1; este mensaje devuelto se refiere a correo del %2.</translation>
    </message>
    <message>
        <source>No message in your sent mail has the Message-ID &lt;%1&gt;.</source>
        <translation>Ningún mensaje de su correo enviado tiene el Message-ID &lt;%1&gt;.</translation>
    </message>
    <message>
        <source>You did not write to %1 in the week around %2.</source>
        <translation>Usted no escribió a %1 en la semana en torno al %2.</translation>
    </message>
    <message>
        <source>You sent nothing with the subject &quot;%1&quot;.</source>
        <translation>Usted no envió nada con el asunto &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The original claimed to come from %1, which is not one of your addresses.</source>
        <translation>El original decía proceder de %1, que no es ninguna de sus direcciones.</translation>
    </message>
    <message>
        <source>The original message entered the mail system at %1.</source>
        <translation>El mensaje original entró en el sistema de correo por %1.</translation>
    </message>
    <message>
        <source>The original message entered the mail system at %1 (%2).</source>
        <translation>El mensaje original entró en el sistema de correo por %1 (%2).</translation>
    </message>
    <message>
        <source>So the receiving server&apos;s own check decides: the original was forged.</source>
        <translation>Así que decide la propia comprobación del servidor receptor: el mensaje original era falso.</translation>
    </message>
    <message>
        <source>The receiving server checked the original against the rules %1 publishes (DMARC), and it failed: it did not come from %1.</source>
        <translation>El servidor receptor comprobó el mensaje original con las reglas que publica %1 (DMARC) y no las cumplió: no procedía de %1.</translation>
    </message>
    <message>
        <source>The receiving server found that the server which sent the original may not send mail for %1 (SPF).</source>
        <translation>El servidor receptor determinó que el servidor que envió el mensaje original no puede enviar correo en nombre de %1 (SPF).</translation>
    </message>
    <message>
        <source>The receiving server found that the server which sent the original is probably not one that sends mail for %1 (SPF soft fail).</source>
        <translation>El servidor receptor determinó que el servidor que envió el mensaje original probablemente no envía correo en nombre de %1 (SPF, fallo leve).</translation>
    </message>
    <message>
        <source>The original&apos;s signature for %1 did not hold at the receiving server (DKIM).</source>
        <translation>La firma del mensaje original para %1 no superó la comprobación del servidor receptor (DKIM).</translation>
    </message>
</context>
<context>
    <name>Gui::AppController</name>
    <message>
        <source>The sample mailbox could not be prepared: %1</source>
        <translation>No se pudo preparar el buzón de ejemplo: %1</translation>
    </message>
    <message>
        <source>Sample mailbox</source>
        <translation>Buzón de ejemplo</translation>
    </message>
    <message>
        <source>Your password is not in the password safe.</source>
        <translation>Su contraseña no está en el almacén de contraseñas.</translation>
    </message>
    <message>
        <source>Password for %1</source>
        <translation>Contraseña de %1</translation>
    </message>
    <message>
        <source>%1
Please type the password of %2.</source>
        <translation>%1
Escriba la contraseña de %2.</translation>
    </message>
    <message>
        <source>&amp;Add an account...</source>
        <translation>&amp;Añadir una cuenta...</translation>
    </message>
    <message>
        <source>Open the &amp;sample mailbox</source>
        <translation>Abrir el &amp;buzón de ejemplo</translation>
    </message>
    <message>
        <source>Your sign-in for %1 is not kept in a password safe on this computer (%2). Sign in again in your browser.</source>
        <translation>Su inicio de sesión de %1 no está guardado en ningún almacén de contraseñas de este equipo (%2). Vuelva a iniciar sesión en su navegador.</translation>
    </message>
    <message>
        <source>it is not in the password safe</source>
        <translation>no está en el almacén de contraseñas</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Volver a iniciar sesión</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Intentar de nuevo</translation>
    </message>
</context>
<context>
    <name>Gui::Autostart</name>
    <message>
        <source>NeverSent could not change how it starts at login (%1): %2</source>
        <translation>NeverSent no pudo cambiar cómo se inicia al entrar en la sesión (%1): %2</translation>
    </message>
    <message>
        <source>the folder cannot be made</source>
        <translation>no se puede crear la carpeta</translation>
    </message>
    <message>
        <source>Keeps watch for forged bounce messages</source>
        <translation>Vigila los mensajes devueltos falsos</translation>
    </message>
</context>
<context>
    <name>Gui::Dialogs::CleanPreviewDialog</name>
    <message numerus="yes">
        <source>Move %n message(s) to the Trash?</source>
        <translation>
            <numerusform>¿Mover %n mensaje a la Papelera?</numerusform>
            <numerusform>¿Mover %n mensajes a la Papelera?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) will be moved to the Trash.</source>
        <translation>
            <numerusform>Se moverá %n mensaje a la Papelera.</numerusform>
            <numerusform>Se moverán %n mensajes a la Papelera.</numerusform>
        </translation>
    </message>
    <message>
        <source>They arrived on %1.</source>
        <translation>Llegaron el %1.</translation>
    </message>
    <message>
        <source>They arrived between %1 and %2.</source>
        <translation>Llegaron entre el %1 y el %2.</translation>
    </message>
    <message>
        <source>For example:</source>
        <translation>Por ejemplo:</translation>
    </message>
    <message>
        <source>These are:</source>
        <translation>Son estos:</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>Enviado a</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Sample of the messages that will move</source>
        <translation>Muestra de los mensajes que se moverán</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>They go to the Trash folder of your mail account, not away for good. To get them back, click Undo in NeverSent (any time, from History), or move them back from the Trash in your mail program until the Trash is emptied.</source>
        <translation>Van a la carpeta Papelera de su cuenta de correo; no desaparecen para siempre. Para recuperarlos, haga clic en Deshacer en NeverSent (en cualquier momento, desde Historial) o, mientras no se vacíe la Papelera, vuelva a moverlos desde ella en su programa de correo.</translation>
    </message>
    <message numerus="yes">
        <source>Move %n to Trash</source>
        <translation>
            <numerusform>Mover %n a la Papelera</numerusform>
            <numerusform>Mover %n a la Papelera</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of these are about mail you really sent: they tell you it did not arrive. Usually you want to keep them and act on them.</source>
        <translation>
            <numerusform>%n de ellos se refiere a correo que usted sí envió: le indica que no llegó. Normalmente conviene conservarlo y hacer algo al respecto.</numerusform>
            <numerusform>%n de ellos se refieren a correo que usted sí envió: le indican que no llegó. Normalmente conviene conservarlos y hacer algo al respecto.</numerusform>
        </translation>
    </message>
    <message>
        <source>Move them anyway</source>
        <translation>Moverlos de todos modos</translation>
    </message>
</context>
<context>
    <name>Gui::Dialogs::HelpDialog</name>
    <message>
        <source>What are these messages?</source>
        <translation>¿Qué son estos mensajes?</translation>
    </message>
    <message>
        <source>Messages such as &quot;Undeliverable&quot;, &quot;Mail delivery failed&quot; or &quot;Returned mail&quot; are sent by mail servers when they could not deliver a message. They go to the address in the message&apos;s From line.</source>
        <translation>Los mensajes como &quot;No se puede entregar&quot;, &quot;Undeliverable&quot;, &quot;Mail delivery failed&quot; o &quot;Returned mail&quot; los envían los servidores de correo cuando no han podido entregar un mensaje. Llegan a la dirección que figura en la línea &quot;De&quot; del mensaje.</translation>
    </message>
    <message>
        <source>Senders of spam often put real people&apos;s addresses in that From line, yours among them. When their spam cannot be delivered, the replies come to you, although you never sent anything. This does not mean that your computer has a virus or that your account was broken into: the spam was sent from somewhere else, and nothing needs fixing on your side. These replies are called forged bounces, or backscatter.</source>
        <translation>Los remitentes de spam suelen poner direcciones de personas reales en esa línea &quot;De&quot;, entre ellas la suya. Cuando su spam no se puede entregar, las respuestas le llegan a usted, aunque usted nunca envió nada. Esto no significa que su equipo tenga un virus ni que alguien haya entrado en su cuenta: el spam se envió desde otro lugar y no hay nada que arreglar por su parte. Estas respuestas se llaman mensajes devueltos falsos (en inglés, &quot;backscatter&quot;).</translation>
    </message>
    <message>
        <source>NeverSent compares each of these replies with the mail in your Sent folder. When the original message is not among the mail you sent, the reply is forged, and it is safe to move it to the Trash. When you did send the original, the reply is about a real problem: for example a mistyped address or a full mailbox. NeverSent tells you what went wrong and what you can do.</source>
        <translation>NeverSent compara cada una de estas respuestas con el correo de su carpeta Enviados. Si el mensaje original no está entre el correo que usted envió, la respuesta es falsa y puede moverla a la Papelera sin riesgo. Si usted sí envió el original, la respuesta indica un problema real: por ejemplo, una dirección mal escrita o un buzón lleno. NeverSent le explica qué falló y qué puede hacer.</translation>
    </message>
    <message>
        <source>When NeverSent cannot tell, it says why, and what you can check yourself.</source>
        <translation>Cuando NeverSent no puede determinarlo, le explica por qué y qué puede comprobar usted.</translation>
    </message>
    <message>
        <source>NeverSent only moves messages to the Trash, never deletes them. Undo puts them back, also later from History.</source>
        <translation>NeverSent solo mueve mensajes a la Papelera; nunca los elimina. Deshacer los devuelve a su sitio, también más adelante desde Historial.</translation>
    </message>
    <message>
        <source>If several replies are about messages that are in your Sent folder but that you did not write, someone else may be using your account: change your password and tell your IT contact.</source>
        <translation>Si varias respuestas se refieren a mensajes que están en su carpeta Enviados pero que usted no escribió, puede que otra persona esté usando su cuenta: cambie su contraseña y avise a su contacto de informática.</translation>
    </message>
</context>
<context>
    <name>Gui::Dialogs::HistoryDialog</name>
    <message>
        <source>&amp;Undo this clean-up</source>
        <translation>&amp;Deshacer esta limpieza</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Everything NeverSent moved, newest first. A clean-up can be undone as long as the messages are still in the Trash.</source>
        <translation>Todo lo que ha movido NeverSent, empezando por lo más reciente. Una limpieza se puede deshacer mientras los mensajes sigan en la Papelera.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>History of clean-ups and undos</source>
        <translation>Historial de limpiezas y de acciones deshechas</translation>
    </message>
    <message numerus="yes">
        <source>Put %n message(s) back from %1 to %2</source>
        <translation>
            <numerusform>Se devolvió %n mensaje de %1 a %2</numerusform>
            <numerusform>Se devolvieron %n mensajes de %1 a %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n message(s) from %1 to %2</source>
        <translation>
            <numerusform>Se movió %n mensaje de %1 a %2</numerusform>
            <numerusform>Se movieron %n mensajes de %1 a %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Interrupted: will be finished next time</source>
        <translation>Interrumpida: se terminará la próxima vez</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Deshecha</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Completada</translation>
    </message>
</context>
<context>
    <name>Gui::Dialogs::ItReportDialog</name>
    <message>
        <source>&amp;Copy as text</source>
        <translation>&amp;Copiar como texto</translation>
    </message>
    <message>
        <source>&amp;Save...</source>
        <translation>&amp;Guardar...</translation>
    </message>
    <message>
        <source>Report for IT</source>
        <translation>Informe para TI</translation>
    </message>
    <message>
        <source>Give this report to whoever runs your organisation&apos;s e-mail: it shows the forged bounces, where the forged mail came from, and what they could change so that it stops. It holds no message text and no password.</source>
        <translation>Entregue este informe a quien gestione el correo de su organización: muestra los mensajes devueltos falsos, de dónde vino el correo falsificado y qué podría cambiar para que pare. No contiene texto de mensajes ni contraseñas.</translation>
    </message>
    <message>
        <source>Looking up the SPF and DMARC records of %1...</source>
        <translation>Consultando los registros SPF y DMARC de %1...</translation>
    </message>
    <message>
        <source>The report is copied: paste it into a message to your IT department.</source>
        <translation>El informe está copiado: péguelo en un mensaje a su departamento de TI.</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Página web (*.html)</translation>
    </message>
    <message>
        <source>Plain text (*.txt)</source>
        <translation>Texto sin formato (*.txt)</translation>
    </message>
    <message>
        <source>Save the report for IT</source>
        <translation>Guardar el informe para TI</translation>
    </message>
    <message>
        <source>NeverSent report for IT</source>
        <translation>Informe de NeverSent para TI</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Guardado como %1.</translation>
    </message>
    <message>
        <source>The report could not be saved as %1: %2</source>
        <translation>No se pudo guardar el informe como %1: %2</translation>
    </message>
</context>
<context>
    <name>Gui::Dialogs::SignInDialog</name>
    <message>
        <source>Sign in to %1</source>
        <translation>Iniciar sesión en %1</translation>
    </message>
    <message>
        <source>Why you sign in again</source>
        <translation>Por qué vuelve a iniciar sesión</translation>
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
        <translation>¿Recibe mensajes devueltos de correo que nunca envió?</translation>
    </message>
    <message>
        <source>Spammers sometimes put your address on mail they send. When that mail cannot be delivered, the &quot;Undeliverable&quot; replies come back to you.

NeverSent looks through your inbox, compares every such reply with the mail you really sent, tells you in plain words which ones are forged and which are real delivery problems, and moves the forged ones to the Trash, with an undo.</source>
        <translation>A veces, quienes envían spam ponen su dirección en el correo que envían. Cuando ese correo no se puede entregar, las respuestas de &quot;No se puede entregar&quot; le llegan a usted.

NeverSent revisa su bandeja de entrada, compara cada una de esas respuestas con el correo que usted envió realmente, le indica con palabras sencillas cuáles son falsas y cuáles son problemas de entrega reales, y mueve las falsas a la Papelera, con la posibilidad de deshacerlo.</translation>
    </message>
    <message>
        <source>&amp;Connect to my mail account...</source>
        <translation>&amp;Conectar con mi cuenta de correo...</translation>
    </message>
    <message>
        <source>Try it on a &amp;sample mailbox</source>
        <translation>Probar con un buzón de &amp;ejemplo</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>&amp;Folders to look through</source>
        <translation>Carpetas que re&amp;visar</translation>
    </message>
    <message>
        <source>Folders to look through</source>
        <translation>Carpetas que revisar</translation>
    </message>
    <message>
        <source>Search by address, subject or reason</source>
        <translation>Buscar por dirección, asunto o motivo</translation>
    </message>
    <message>
        <source>Search the results</source>
        <translation>Buscar en los resultados</translation>
    </message>
    <message>
        <source>Bounce messages found</source>
        <translation>Mensajes devueltos encontrados</translation>
    </message>
    <message>
        <source>I did &amp;not write this message</source>
        <translation>Yo &amp;no escribí este mensaje</translation>
    </message>
    <message>
        <source>Tell NeverSent that this message in your Sent folder was not written by you</source>
        <translation>Indicar a NeverSent que este mensaje de su carpeta Enviados no lo escribió usted</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stopping...</source>
        <translation>Deteniendo...</translation>
    </message>
    <message>
        <source>&amp;Mailbox</source>
        <translation>&amp;Buzón</translation>
    </message>
    <message>
        <source>&amp;Scan again</source>
        <translation>&amp;Analizar de nuevo</translation>
    </message>
    <message>
        <source>&amp;Move selected to Trash...</source>
        <translation>&amp;Mover lo seleccionado a la Papelera...</translation>
    </message>
    <message>
        <source>&amp;Undo last clean-up</source>
        <translation>&amp;Deshacer la última limpieza</translation>
    </message>
    <message>
        <source>&amp;History...</source>
        <translation>&amp;Historial...</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>B&amp;uscar</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;What are these messages?</source>
        <translation>¿&amp;Qué son estos mensajes?</translation>
    </message>
    <message>
        <source>&amp;About NeverSent</source>
        <translation>&amp;Acerca de NeverSent</translation>
    </message>
    <message>
        <source>About NeverSent</source>
        <translation>Acerca de NeverSent</translation>
    </message>
    <message>
        <source>NeverSent %1

Explains and cleans up bounce messages for mail you never sent. It only ever moves messages to the Trash, and every clean-up can be undone.</source>
        <translation>NeverSent %1

Explica y limpia los mensajes devueltos de correo que usted nunca envió. Solo mueve mensajes a la Papelera, y todas las limpiezas se pueden deshacer.</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>%1 - NeverSent</source>
        <translation>%1 - NeverSent</translation>
    </message>
    <message>
        <source>Looking for your folders...</source>
        <translation>Buscando sus carpetas...</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Volver a intentarlo</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Bandeja de entrada</translation>
    </message>
    <message>
        <source>%1 (may hold bounces)</source>
        <translation>%1 (puede contener mensajes devueltos)</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n mensaje</numerusform>
            <numerusform>%n mensajes</numerusform>
        </translation>
    </message>
    <message>
        <source>No Sent folder was found, so NeverSent cannot tell which bounces are about mail you sent.</source>
        <translation>No se encontró ninguna carpeta Enviados, así que NeverSent no puede saber qué mensajes devueltos se refieren a correo que usted envió.</translation>
    </message>
    <message>
        <source>Checked against the mail you sent in: %1</source>
        <translation>Comparado con el correo que usted envió en: %1</translation>
    </message>
    <message>
        <source>Tick at least one folder to look through.</source>
        <translation>Marque al menos una carpeta que revisar.</translation>
    </message>
    <message>
        <source>Starting...</source>
        <translation>Iniciando...</translation>
    </message>
    <message numerus="yes">
        <source>Move %n forged bounce(s) to Trash...</source>
        <translation>
            <numerusform>Mover %n mensaje devuelto falso a la Papelera...</numerusform>
            <numerusform>Mover %n mensajes devueltos falsos a la Papelera...</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the messages to move first.</source>
        <translation>Seleccione primero los mensajes que quiere mover.</translation>
    </message>
    <message>
        <source>Moving to the Trash...</source>
        <translation>Moviendo a la Papelera...</translation>
    </message>
    <message>
        <source>Putting the messages back...</source>
        <translation>Devolviendo los mensajes a su sitio...</translation>
    </message>
    <message>
        <source>The messages are back where they were.</source>
        <translation>Los mensajes han vuelto a donde estaban.</translation>
    </message>
    <message numerus="yes">
        <source>%1
%n message(s) were moved before that.</source>
        <translation>
            <numerusform>%1
Antes de eso se movió %n mensaje.</numerusform>
            <numerusform>%1
Antes de eso se movieron %n mensajes.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) moved to the Trash.</source>
        <translation>
            <numerusform>%n mensaje movido a la Papelera.</numerusform>
            <numerusform>%n mensajes movidos a la Papelera.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed since the scan and stayed where they were.</source>
        <translation>
            <numerusform>%n cambió desde el análisis y se quedó donde estaba.</numerusform>
            <numerusform>%n cambiaron desde el análisis y se quedaron donde estaban.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your mail server cannot move messages: they were copied to the Trash and marked as deleted, and go from the inbox when your mail program empties deleted messages.</source>
        <translation>Su servidor de correo no puede mover mensajes: se copiaron a la Papelera y se marcaron como eliminados, y desaparecerán de la bandeja de entrada cuando su programa de correo vacíe los mensajes eliminados.</translation>
    </message>
    <message>
        <source>Which bounces to show</source>
        <translation>Qué mensajes devueltos mostrar</translation>
    </message>
    <message>
        <source>All bounces</source>
        <translation>Todos los mensajes devueltos</translation>
    </message>
    <message>
        <source>Forged only</source>
        <translation>Solo falsos</translation>
    </message>
    <message>
        <source>Sent by you only</source>
        <translation>Solo enviados por usted</translation>
    </message>
    <message>
        <source>Can&apos;t tell only</source>
        <translation>Solo sin determinar</translation>
    </message>
    <message>
        <source>&amp;Accounts</source>
        <translation>&amp;Cuentas</translation>
    </message>
    <message>
        <source>&amp;Add an account...</source>
        <translation>&amp;Añadir una cuenta...</translation>
    </message>
    <message>
        <source>Open the &amp;sample mailbox</source>
        <translation>Abrir el &amp;buzón de ejemplo</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Configuración</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>NeverSent will use %1 from its next start.</source>
        <translation>NeverSent usará %1 a partir del próximo inicio.</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message numerus="yes">
        <source>The other messages are back where they were, but %n could not be put back: they are no longer in the Trash (it was emptied, or another mail program moved them).</source>
        <translation>
            <numerusform>Los demás mensajes han vuelto a su sitio, pero %n mensaje no se pudo devolver: ya no está en la Papelera (se vació, u otro programa de correo lo movió).</numerusform>
            <numerusform>Los demás mensajes han vuelto a su sitio, pero %n mensajes no se pudieron devolver: ya no están en la Papelera (se vació, u otro programa de correo los movió).</numerusform>
        </translation>
    </message>
    <message>
        <source>Automatic replies only</source>
        <translation>Solo respuestas automáticas</translation>
    </message>
    <message>
        <source>&amp;Report for IT...</source>
        <translation>&amp;Informe para TI...</translation>
    </message>
    <message>
        <source>A report for whoever runs your organisation&apos;s e-mail: the forged bounces, where they came from and how to make them stop</source>
        <translation>Un informe para quien gestione el correo de su organización: los mensajes devueltos falsos, de dónde vinieron y cómo hacer que paren</translation>
    </message>
    <message numerus="yes">
        <source>%n more forged bounce(s) since %1.</source>
        <translation>
            <numerusform>%n mensaje devuelto falso más desde las %1.</numerusform>
            <numerusform>%n mensajes devueltos falsos más desde las %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Move new forged bounces to Trash automatically</source>
        <translation>&amp;Mover automáticamente a la Papelera los nuevos mensajes devueltos falsos</translation>
    </message>
    <message>
        <source>Forged bounces that arrive while NeverSent is open go to the Trash without asking; each move is in History and can be undone</source>
        <translation>Los mensajes devueltos falsos que llegan con NeverSent abierto van a la Papelera sin preguntar; cada movimiento queda en el Historial y se puede deshacer</translation>
    </message>
    <message>
        <source>&amp;Keep watching when the window is closed</source>
        <translation>Seguir &amp;vigilando con la ventana cerrada</translation>
    </message>
    <message>
        <source>NeverSent stays in the system tray, starts when you log in and says when more forged bounces come</source>
        <translation>NeverSent se queda en la bandeja del sistema, se inicia al entrar en la sesión y avisa cuando llegan más mensajes devueltos falsos</translation>
    </message>
    <message>
        <source>This desktop has no system tray to stay in</source>
        <translation>Este escritorio no tiene bandeja del sistema donde quedarse</translation>
    </message>
    <message>
        <source>NeverSent keeps watch for forged bounces</source>
        <translation>NeverSent vigila los mensajes devueltos falsos</translation>
    </message>
    <message>
        <source>&amp;Open NeverSent</source>
        <translation>&amp;Abrir NeverSent</translation>
    </message>
</context>
<context>
    <name>Gui::Results::ResultsModel</name>
    <message numerus="yes">
        <source>Forged: you did not send these (%Ln)</source>
        <translation>
            <numerusform>Falso: usted no lo envió (%Ln)</numerusform>
            <numerusform>Falsos: usted no los envió (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent by you: delivery problems (%Ln)</source>
        <translation>
            <numerusform>Enviado por usted: problema de entrega (%Ln)</numerusform>
            <numerusform>Enviados por usted: problemas de entrega (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Can&apos;t tell (%Ln)</source>
        <translation>
            <numerusform>Sin determinar (%Ln)</numerusform>
            <numerusform>Sin determinar (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>Bounces about mail someone else sent with your address in the From line. Not your fault, and safe to move to the Trash.</source>
        <translation>Mensajes devueltos de correo que otra persona envió con su dirección en la línea &quot;De&quot;. No es culpa suya, y puede moverlos a la Papelera sin riesgo.</translation>
    </message>
    <message>
        <source>Bounces about mail you really sent: each one tells of a delivery problem to look at.</source>
        <translation>Mensajes devueltos de correo que usted sí envió: cada uno indica un problema de entrega que conviene revisar.</translation>
    </message>
    <message>
        <source>Bounces NeverSent cannot match with your sent mail either way. Check your Sent folder.</source>
        <translation>Mensajes devueltos que NeverSent no puede confirmar ni descartar con su correo enviado. Compruebe su carpeta Enviados.</translation>
    </message>
    <message>
        <source>Forged</source>
        <translation>Falso</translation>
    </message>
    <message>
        <source>Sent by you</source>
        <translation>Enviado por usted</translation>
    </message>
    <message>
        <source>Can&apos;t tell</source>
        <translation>Sin determinar</translation>
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
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>Enviado a</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message numerus="yes">
        <source>Sent by you: automatic replies (%Ln)</source>
        <translation>
            <numerusform>Enviado por usted: respuestas automáticas (%Ln)</numerusform>
            <numerusform>Enviado por usted: respuestas automáticas (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>Out-of-office notes and delivery receipts about mail you really sent: it arrived, and there is nothing to fix.</source>
        <translation>Avisos de ausencia y acuses de entrega de correo que usted envió de verdad: llegó, y no hay nada que arreglar.</translation>
    </message>
    <message>
        <source>Automatic reply</source>
        <translation>Respuesta automática</translation>
    </message>
</context>
<context>
    <name>Gui::Setup::AddressPage</name>
    <message>
        <source>Your mail account</source>
        <translation>Su cuenta de correo</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Dirección de correo</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nombre@example.com</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Set up &amp;manually</source>
        <translation>Configurar &amp;manualmente</translation>
    </message>
    <message>
        <source>Set up manually</source>
        <translation>Configurar manualmente</translation>
    </message>
    <message>
        <source>Type the mail server&apos;s address yourself</source>
        <translation>Escribir a mano la dirección del servidor de correo</translation>
    </message>
    <message>
        <source>&amp;Email address:</source>
        <translation>&amp;Dirección de correo:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>Type the email address and password you use for your mail. NeverSent finds the rest. Microsoft 365, Outlook.com and Google need no password here: you sign in in your browser.</source>
        <translation>Escriba la dirección de correo y la contraseña que usa para su correo. NeverSent encuentra el resto. Microsoft 365, Outlook.com y Google no necesitan contraseña aquí: inicia sesión en su navegador.</translation>
    </message>
</context>
<context>
    <name>Gui::Setup::BrowserSignInPage</name>
    <message>
        <source>Use an &amp;app password</source>
        <translation>Usar una contraseña de &amp;aplicación</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Use an app password</source>
        <translation>Usar una contraseña de aplicación</translation>
    </message>
    <message>
        <source>Sign in with %1</source>
        <translation>Iniciar sesión con %1</translation>
    </message>
    <message>
        <source>This copy of NeverSent is not set up for %1 sign-in. With a personal account you can use an app password instead: a separate password you make on their website. Their page explains how:</source>
        <translation>Esta copia de NeverSent no está preparada para iniciar sesión con %1. Con una cuenta personal puede usar una contraseña de aplicación: una contraseña aparte que se crea en su sitio web. Su página explica cómo:</translation>
    </message>
</context>
<context>
    <name>Gui::Setup::ConnectionTestPage</name>
    <message>
        <source>Connection test</source>
        <translation>Prueba de conexión</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>T&amp;rust this certificate</source>
        <translation>Con&amp;fiar en este certificado</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Volver a intentarlo</translation>
    </message>
    <message>
        <source>Set up &amp;manually</source>
        <translation>Configurar &amp;manualmente</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Inicio de sesión</translation>
    </message>
    <message>
        <source>NeverSent signs in to your mail server once to check that everything is right.</source>
        <translation>NeverSent inicia sesión una vez en su servidor de correo para comprobar que todo está bien.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Trust this certificate</source>
        <translation>Confiar en este certificado</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Volver a intentarlo</translation>
    </message>
    <message>
        <source>Set up manually</source>
        <translation>Configurar manualmente</translation>
    </message>
    <message>
        <source>Signing in to %1 …</source>
        <translation>Iniciando sesión en %1 …</translation>
    </message>
    <message>
        <source>NeverSent signed in to %1. Everything is ready: choose Next.</source>
        <translation>NeverSent ha iniciado sesión en %1. Todo está listo: elija Siguiente.</translation>
    </message>
    <message>
        <source>NeverSent could not sign in to %1.</source>
        <translation>NeverSent no pudo iniciar sesión en %1.</translation>
    </message>
    <message>
        <source>%1 did not accept the password. %1 needs an app password for programs like NeverSent: a separate password you make on their website, not the one you sign in there with. Their page explains how:</source>
        <translation>%1 no aceptó la contraseña. %1 exige una contraseña de aplicación para programas como NeverSent: una contraseña aparte que se crea en su sitio web, distinta de la que usa para iniciar sesión allí. Su página explica cómo hacerlo:</translation>
    </message>
    <message>
        <source>T&amp;rust this certificate (fingerprint %1)</source>
        <translation>Con&amp;fiar en este certificado (huella digital %1)</translation>
    </message>
    <message>
        <source>Fingerprint %1</source>
        <translation>Huella digital %1</translation>
    </message>
    <message>
        <source>&amp;Sign in again</source>
        <translation>&amp;Volver a iniciar sesión</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Volver a iniciar sesión</translation>
    </message>
    <message>
        <source>Type the password for %1.</source>
        <translation>Escriba la contraseña de %1.</translation>
    </message>
    <message>
        <source>%1 did not let NeverSent into the mailbox of %2 with this sign-in. Perhaps another account was chosen in the browser: choose &quot;Sign in again&quot; and pick %2. If it was %2, mail programs may be turned off for it: ask your IT department.</source>
        <translation>%1 no dejó entrar a NeverSent en el buzón de %2 con este inicio de sesión. Quizá se eligió otra cuenta en el navegador: elija «Volver a iniciar sesión» y escoja %2. Si era %2, puede que los programas de correo estén desactivados para ella: consulte a su departamento de informática.</translation>
    </message>
</context>
<context>
    <name>Gui::Setup::DiscoveryPage</name>
    <message>
        <source>Finding your mail server</source>
        <translation>Búsqueda de su servidor de correo</translation>
    </message>
    <message>
        <source>Search for your mail server</source>
        <translation>Buscar su servidor de correo</translation>
    </message>
    <message>
        <source>Searching</source>
        <translation>Buscando</translation>
    </message>
    <message>
        <source>Set up &amp;manually</source>
        <translation>Configurar &amp;manualmente</translation>
    </message>
    <message>
        <source>Set up manually</source>
        <translation>Configurar manualmente</translation>
    </message>
    <message>
        <source>Type the mail server&apos;s address yourself</source>
        <translation>Escribir a mano la dirección del servidor de correo</translation>
    </message>
    <message>
        <source>Looking for the mail server of %1 …</source>
        <translation>Buscando el servidor de correo de %1 …</translation>
    </message>
    <message>
        <source>NeverSent could not find the mail server for %1. If your mail provider or IT department gave you the server&apos;s name, choose &quot;Set up manually&quot;.</source>
        <translation>NeverSent no encontró el servidor de correo de %1. Si su proveedor de correo o su departamento de informática le dio el nombre del servidor, elija &quot;Configurar manualmente&quot;.</translation>
    </message>
</context>
<context>
    <name>Gui::Setup::DonePage</name>
    <message>
        <source>Your account is ready</source>
        <translation>Su cuenta está lista</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Where the password is kept</source>
        <translation>Dónde se guarda la contraseña</translation>
    </message>
    <message>
        <source>Your password is kept in your desktop&apos;s password safe.</source>
        <translation>Su contraseña se guarda en el almacén de contraseñas de su escritorio.</translation>
    </message>
    <message>
        <source>%1 NeverSent will ask for the password each time it starts.</source>
        <translation>%1 NeverSent le pedirá la contraseña cada vez que se inicie.</translation>
    </message>
    <message>
        <source>NeverSent signed in to %1, but could not save the account: %2</source>
        <translation>NeverSent inició sesión en %1, pero no pudo guardar la cuenta: %2</translation>
    </message>
    <message>
        <source>NeverSent will read the mail of %1 from %2.</source>
        <translation>NeverSent leerá el correo de %1 desde %2.</translation>
    </message>
    <message>
        <source>Saving your password …</source>
        <translation>Guardando su contraseña …</translation>
    </message>
    <message>
        <source>Your sign-in is kept in your desktop&apos;s password safe.</source>
        <translation>Su inicio de sesión se guarda en el almacén de contraseñas de su escritorio.</translation>
    </message>
    <message>
        <source>Saving your sign-in …</source>
        <translation>Guardando su inicio de sesión …</translation>
    </message>
    <message>
        <source>Your sign-in cannot be kept without a password safe, so you will sign in again in your browser each time NeverSent starts.</source>
        <translation>Sin un almacén de contraseñas no se puede guardar su inicio de sesión, así que volverá a iniciar sesión en su navegador cada vez que NeverSent se inicie.</translation>
    </message>
</context>
<context>
    <name>Gui::Setup::ManualPage</name>
    <message>
        <source>Your mail server</source>
        <translation>Su servidor de correo</translation>
    </message>
    <message>
        <source>Type what your mail provider or IT department gave you for reading mail (IMAP).</source>
        <translation>Escriba los datos para leer el correo (IMAP) que le dio su proveedor de correo o su departamento de informática.</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Dirección de correo</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>imap.example.com</source>
        <translation>imap.example.com</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Cifrado</translation>
    </message>
    <message>
        <source>TLS (usually port 993)</source>
        <translation>TLS (normalmente, puerto 993)</translation>
    </message>
    <message>
        <source>STARTTLS (usually port 143)</source>
        <translation>STARTTLS (normalmente, puerto 143)</translation>
    </message>
    <message>
        <source>None: a server on this computer only</source>
        <translation>Ninguno: solo para un servidor en este equipo</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Problem with the server settings</source>
        <translation>Problema con la configuración del servidor</translation>
    </message>
    <message>
        <source>&amp;Email address:</source>
        <translation>&amp;Dirección de correo:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>Ser&amp;vidor:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <source>Encr&amp;yption:</source>
        <translation>Ci&amp;frado:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>Without encryption your password could be read on its way, so NeverSent allows this only for a mail server on this computer. Choose TLS or STARTTLS.</source>
        <translation>Sin cifrado, su contraseña podría leerse por el camino, así que NeverSent solo lo permite con un servidor de correo en este equipo. Elija TLS o STARTTLS.</translation>
    </message>
    <message>
        <source>NeverSent cannot use &quot;%1&quot; as a server name. Check it for typing mistakes.</source>
        <translation>NeverSent no puede usar &quot;%1&quot; como nombre de servidor. Compruebe que no tenga errores de escritura.</translation>
    </message>
</context>
<context>
    <name>Gui::Setup::SetupAssistant</name>
    <message>
        <source>Set up your mail account</source>
        <translation>Configurar su cuenta de correo</translation>
    </message>
</context>
<context>
    <name>Gui::Widgets::BrowserSignInPanel</name>
    <message>
        <source>&amp;Open the browser again</source>
        <translation>&amp;Abrir el navegador de nuevo</translation>
    </message>
    <message>
        <source>&amp;Cancel the sign-in</source>
        <translation>&amp;Cancelar el inicio de sesión</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Inicio de sesión</translation>
    </message>
    <message>
        <source>Open the browser again</source>
        <translation>Abrir el navegador de nuevo</translation>
    </message>
    <message>
        <source>Cancel the sign-in</source>
        <translation>Cancelar el inicio de sesión</translation>
    </message>
    <message>
        <source>NeverSent could not open your web browser to sign in. Set a default web browser and try again.</source>
        <translation>NeverSent no pudo abrir su navegador para iniciar sesión. Elija un navegador predeterminado e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled. Choose &quot;Sign in with %1&quot; to start again.</source>
        <translation>Se canceló el inicio de sesión. Elija «Iniciar sesión con %1» para empezar de nuevo.</translation>
    </message>
    <message>
        <source>&amp;Sign in with %1</source>
        <translation>&amp;Iniciar sesión con %1</translation>
    </message>
    <message>
        <source>Sign in with %1</source>
        <translation>Iniciar sesión con %1</translation>
    </message>
    <message>
        <source>%1 asks you to sign in on its own page, in your web browser. NeverSent never sees your password there.</source>
        <translation>%1 le pide iniciar sesión en su propia página, en su navegador. NeverSent nunca ve allí su contraseña.</translation>
    </message>
    <message>
        <source>You are signed in with %1.</source>
        <translation>Ha iniciado sesión con %1.</translation>
    </message>
    <message>
        <source>Finish signing in in your browser. If you closed its page, choose &quot;Open the browser again&quot;.</source>
        <translation>Termine de iniciar sesión en su navegador. Si cerró la página, elija «Abrir el navegador de nuevo».</translation>
    </message>
</context>
<context>
    <name>Gui::Widgets::ExplanationView</name>
    <message>
        <source>Explanation of the selected message</source>
        <translation>Explicación del mensaje seleccionado</translation>
    </message>
    <message>
        <source>Select a message to see what it is and what to do about it.</source>
        <translation>Seleccione un mensaje para ver qué es y qué hacer con él.</translation>
    </message>
    <message>
        <source>What this message shows</source>
        <translation>Lo que muestra este mensaje</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Qué hacer</translation>
    </message>
</context>
<context>
    <name>Gui::Widgets::HelpPageLink</name>
    <message>
        <source>&amp;Open this page in your web browser</source>
        <translation>Abrir esta página en el &amp;navegador</translation>
    </message>
    <message>
        <source>Address of your mail provider&apos;s help page</source>
        <translation>Dirección de la página de ayuda de su proveedor de correo</translation>
    </message>
    <message>
        <source>Open your mail provider&apos;s help page in your web browser</source>
        <translation>Abrir en el navegador la página de ayuda de su proveedor de correo</translation>
    </message>
</context>
<context>
    <name>Gui::Widgets::MessageBar</name>
    <message>
        <source>Close this message</source>
        <translation>Cerrar este mensaje</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Cerrar mensaje</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
</context>
<context>
    <name>Gui::Widgets::SpamRunChart</name>
    <message>
        <source>Bounces over time</source>
        <translation>Mensajes devueltos a lo largo del tiempo</translation>
    </message>
    <message>
        <source>%1: %2 forged, %3 about mail you sent</source>
        <translation>%1: %2 falsos, %3 sobre correo que usted envió</translation>
    </message>
    <message>
        <source>Bounces per hour</source>
        <translation>Mensajes devueltos por hora</translation>
    </message>
    <message>
        <source>Bounces per day</source>
        <translation>Mensajes devueltos por día</translation>
    </message>
    <message>
        <source>about mail you sent</source>
        <translation>sobre correo que usted envió</translation>
    </message>
    <message>
        <source>forged</source>
        <translation>falsos</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Explains and cleans up bounce messages for mail you never sent.</source>
        <translation>Explica y limpia los mensajes devueltos de correo que usted nunca envió.</translation>
    </message>
    <message>
        <source>Open the bundled sample mailbox (a temporary copy) instead of a mail account.</source>
        <translation>Abrir el buzón de ejemplo incluido (una copia temporal) en lugar de una cuenta de correo.</translation>
    </message>
    <message>
        <source>The NeverSent store to use.</source>
        <translation>El archivo de datos de NeverSent que se usará.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>Start in the system tray, keeping watch, when &quot;Keep watching when the window is closed&quot; is on.</source>
        <translation>Iniciar en la bandeja del sistema, vigilando, si «Seguir vigilando con la ventana cerrada» está activado.</translation>
    </message>
</context>
</TS>
