<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
  <context>
    <name>AccountListCsv</name>
    <message>
      <source>yes</source>
      <translation>ja</translation>
    </message>
    <message>
      <source>no</source>
      <translation>nein</translation>
    </message>
    <message>
      <source>Account</source>
      <translation>Konto</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Typ</translation>
    </message>
    <message>
      <source>Company name</source>
      <translation>Firmenname</translation>
    </message>
    <message>
      <source>Account tags</source>
      <translation>Schlagwörter (Konto)</translation>
    </message>
    <message>
      <source>Team members</source>
      <translation>Teammitglieder</translation>
    </message>
    <message>
      <source>First name</source>
      <translation>Vorname</translation>
    </message>
    <message>
      <source>Middle name</source>
      <translation>Zweiter Vorname</translation>
    </message>
    <message>
      <source>Last name</source>
      <translation>Nachname</translation>
    </message>
    <message>
      <source>Email</source>
      <translation>E-Mail</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Telefon</translation>
    </message>
    <message>
      <source>Mobile phone</source>
      <translation>Mobiltelefon</translation>
    </message>
    <message>
      <source>Street</source>
      <translation>Straße</translation>
    </message>
    <message>
      <source>Postal code</source>
      <translation>PLZ</translation>
    </message>
    <message>
      <source>City</source>
      <translation>Ort</translation>
    </message>
    <message>
      <source>Region</source>
      <translation>Region</translation>
    </message>
    <message>
      <source>Country</source>
      <translation>Land</translation>
    </message>
    <message>
      <source>Contact tags</source>
      <translation>Schlagwörter (Kontakt)</translation>
    </message>
    <message>
      <source>Company</source>
      <translation>Unternehmen</translation>
    </message>
    <message>
      <source>Individual</source>
      <translation>Einzelperson</translation>
    </message>
  </context>
  <context>
    <name>ImportField</name>
    <message>
      <source>Do not import</source>
      <translation>Nicht importieren</translation>
    </message>
    <message>
      <source>Account name</source>
      <translation>Kontoname</translation>
    </message>
    <message>
      <source>Client type</source>
      <translation>Kundentyp</translation>
    </message>
    <message>
      <source>Company name</source>
      <translation>Firmenname</translation>
    </message>
    <message>
      <source>Account tags</source>
      <translation>Schlagwörter (Konto)</translation>
    </message>
    <message>
      <source>Team members</source>
      <translation>Teammitglieder</translation>
    </message>
    <message>
      <source>Custom account field</source>
      <translation>Benutzerdefiniertes Feld (Konto)</translation>
    </message>
    <message>
      <source>First name</source>
      <translation>Vorname</translation>
    </message>
    <message>
      <source>Middle name</source>
      <translation>Zweiter Vorname</translation>
    </message>
    <message>
      <source>Last name</source>
      <translation>Nachname</translation>
    </message>
    <message>
      <source>Full name</source>
      <translation>Vollständiger Name</translation>
    </message>
    <message>
      <source>Email</source>
      <translation>E-Mail</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Telefon</translation>
    </message>
    <message>
      <source>Mobile phone</source>
      <translation>Mobiltelefon</translation>
    </message>
    <message>
      <source>Street</source>
      <translation>Straße</translation>
    </message>
    <message>
      <source>House number</source>
      <translation>Hausnummer</translation>
    </message>
    <message>
      <source>Postal code</source>
      <translation>PLZ</translation>
    </message>
    <message>
      <source>City</source>
      <translation>Ort</translation>
    </message>
    <message>
      <source>Region</source>
      <translation>Region</translation>
    </message>
    <message>
      <source>Country</source>
      <translation>Land</translation>
    </message>
    <message>
      <source>Contact tags</source>
      <translation>Schlagwörter (Kontakt)</translation>
    </message>
    <message>
      <source>Custom contact field</source>
      <translation>Benutzerdefiniertes Feld (Kontakt)</translation>
    </message>
    <message>
      <source>LOGIN</source>
      <translation>LOGIN</translation>
    </message>
    <message>
      <source>NOTIFY</source>
      <translation>NOTIFY</translation>
    </message>
    <message>
      <source>EMAIL SYNC</source>
      <translation>EMAIL SYNC</translation>
    </message>
  </context>
  <context>
    <name>MailTemplates</name>
    <message>
      <source>Hello,</source>
      <translation>Guten Tag,</translation>
    </message>
    <message>
      <source>Hello %1,</source>
      <translation>Guten Tag %1,</translation>
    </message>
    <message>
      <source>The link is valid until %1.</source>
      <translation>Der Link ist gültig bis %1.</translation>
    </message>
    <message>
      <source>If the button does not work, copy this address into your browser:</source>
      <translation>Falls die Schaltfläche nicht funktioniert, kopieren Sie diese Adresse in Ihren Browser:</translation>
    </message>
    <message>
      <source>Kind regards</source>
      <translation>Mit freundlichen Grüßen</translation>
    </message>
    <message>
      <source>%1 invites you to its client portal.</source>
      <extracomment>%1 is the name of the tax firm.</extracomment>
      <translation>%1 lädt Sie zum Kundenportal ein.</translation>
    </message>
    <message>
      <source>Personal message:</source>
      <translation>Persönliche Nachricht:</translation>
    </message>
    <message>
      <source>To activate your access, open this link and choose a password:</source>
      <translation>Um Ihren Zugang zu aktivieren, öffnen Sie diesen Link und wählen Sie ein Passwort:</translation>
    </message>
    <message>
      <source>Activate access</source>
      <translation>Zugang aktivieren</translation>
    </message>
    <message>
      <source>If you did not expect this invitation, you can ignore this email.</source>
      <translation>Falls Sie diese Einladung nicht erwartet haben, können Sie diese E-Mail ignorieren.</translation>
    </message>
    <message>
      <source>Your invitation to the client portal of %1</source>
      <extracomment>Subject of the invitation mail; %1 is the name of the tax firm.</extracomment>
      <translation>Ihre Einladung zum Kundenportal von %1</translation>
    </message>
    <message>
      <source>Thank you for registering on the client portal of %1.</source>
      <translation>Vielen Dank für Ihre Registrierung im Kundenportal von %1.</translation>
    </message>
    <message>
      <source>To confirm your email address, open this link and choose a password:</source>
      <translation>Um Ihre E-Mail-Adresse zu bestätigen, öffnen Sie diesen Link und wählen Sie ein Passwort:</translation>
    </message>
    <message>
      <source>Confirm registration</source>
      <translation>Registrierung bestätigen</translation>
    </message>
    <message>
      <source>If you did not register, you can ignore this email.</source>
      <translation>Falls Sie sich nicht registriert haben, können Sie diese E-Mail ignorieren.</translation>
    </message>
    <message>
      <source>Confirm your registration with %1</source>
      <translation>Bestätigen Sie Ihre Registrierung bei %1</translation>
    </message>
    <message>
      <source>%1 registered on the client portal. The account “%2” was created.</source>
      <extracomment>%1 is the client's name, %2 the account's name.</extracomment>
      <translation>%1 hat sich im Kundenportal registriert. Das Konto „%2“ wurde angelegt.</translation>
    </message>
    <message>
      <source>%1 activated access to the client portal for the account “%2”.</source>
      <translation>%1 hat den Zugang zum Kundenportal für das Konto „%2“ aktiviert.</translation>
    </message>
    <message>
      <source>This is an automatic message from Kontor.</source>
      <translation>Dies ist eine automatische Nachricht von Kontor.</translation>
    </message>
    <message>
      <source>%1 registered on the client portal</source>
      <translation>%1 hat sich im Kundenportal registriert</translation>
    </message>
    <message>
      <source>%1 activated portal access</source>
      <translation>%1 hat den Portalzugang aktiviert</translation>
    </message>
    <message>
      <source>Go to “%1” in Kontor</source>
      <extracomment>R-REG-3 "Gehe zu…" link that opens the account in the desktop client; %1 is its name.</extracomment>
      <translation>Gehe zu „%1“ in Kontor</translation>
    </message>
    <message>
      <source>Go to “%1” in the browser</source>
      <extracomment>R-REG-3 "Gehe zu…" link that opens the account in a web browser; %1 is its name.</extracomment>
      <translation>Gehe zu „%1“ im Browser</translation>
    </message>
  </context>
  <context>
    <name>Server</name>
    <message>
      <source>The account was changed meanwhile; nothing was saved.</source>
      <translation>Das Konto wurde inzwischen geändert; es wurde nichts gespeichert.</translation>
    </message>
    <message>
      <source>The contact was changed meanwhile; nothing was saved.</source>
      <translation>Der Kontakt wurde inzwischen geändert; es wurde nichts gespeichert.</translation>
    </message>
    <message>
      <source>The parameter “%1” has a value Kontor does not understand.</source>
      <translation>Der Parameter „%1“ hat einen Wert, den Kontor nicht versteht.</translation>
    </message>
    <message>
      <source>The parameter “%1” must be an id.</source>
      <translation>Der Parameter „%1“ muss eine ID sein.</translation>
    </message>
    <message>
      <source>Too many failed sign-ins. Try again later.</source>
      <translation>Zu viele fehlgeschlagene Anmeldungen. Bitte versuchen Sie es später erneut.</translation>
    </message>
    <message>
      <source>The email address or the password is wrong.</source>
      <translation>Die E-Mail-Adresse oder das Passwort ist falsch.</translation>
    </message>
    <message>
      <source>An account with this id exists.</source>
      <translation>Ein Konto mit dieser ID existiert bereits.</translation>
    </message>
    <message>
      <source>An account needs at least one contact.</source>
      <translation>Ein Konto braucht mindestens einen Kontakt.</translation>
    </message>
    <message>
      <source>A firm with this name exists.</source>
      <translation>Eine Kanzlei mit diesem Namen existiert bereits.</translation>
    </message>
    <message>
      <source>A team member with this email address exists.</source>
      <translation>Ein Teammitglied mit dieser E-Mail-Adresse existiert bereits.</translation>
    </message>
    <message>
      <source>The page cursor is not valid.</source>
      <translation>Der Seitenzeiger ist ungültig.</translation>
    </message>
    <message>
      <source>You were given access to the account “%1”.</source>
      <translation>Sie haben Zugriff auf das Konto „%1“ erhalten.</translation>
    </message>
    <message>
      <source>Portal invitations are not available on this server yet.</source>
      <translation>Einladungen zum Kundenportal sind auf diesem Server noch nicht verfügbar.</translation>
    </message>
    <message>
      <source>This op_id was used before for a different operation.</source>
      <translation>Diese op_id wurde bereits für eine andere Operation verwendet.</translation>
    </message>
    <message>
      <source>The change cursor is not valid.</source>
      <translation>Der Änderungszeiger ist ungültig.</translation>
    </message>
    <message>
      <source>Sign in first: the access token is missing, invalid, expired or revoked.</source>
      <translation>Bitte melden Sie sich zuerst an: Das Zugriffstoken fehlt, ist ungültig, abgelaufen oder widerrufen.</translation>
    </message>
    <message>
      <source>You do not have permission to do this.</source>
      <translation>Dazu fehlt Ihnen die Berechtigung.</translation>
    </message>
    <message>
      <source>Not found.</source>
      <translation>Nicht gefunden.</translation>
    </message>
    <message>
      <source>The request body is not a JSON object Kontor can read.</source>
      <translation>Der Inhalt der Anfrage ist kein JSON-Objekt, das Kontor lesen kann.</translation>
    </message>
    <message>
      <source>Some fields are not valid.</source>
      <translation>Einige Felder sind ungültig.</translation>
    </message>
    <message>
      <source>Something went wrong on the server. Please try again; if it keeps happening, tell your administrator the request id.</source>
      <translation>Auf dem Server ist ein Fehler aufgetreten. Bitte versuchen Sie es erneut; wenn der Fehler bleibt, nennen Sie Ihrer Administration die Anfrage-ID.</translation>
    </message>
    <message>
      <source>The server has too many open connections. Try again in a moment.</source>
      <translation>Der Server hat zu viele offene Verbindungen. Bitte versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
      <source>The request target must be a path.</source>
      <translation>Das Ziel der Anfrage muss ein Pfad sein.</translation>
    </message>
    <message>
      <source>The address is not valid UTF-8.</source>
      <translation>Die Adresse ist kein gültiges UTF-8.</translation>
    </message>
    <message>
      <source>The request body is larger than %1 bytes.</source>
      <translation>Der Inhalt der Anfrage ist größer als %1 Bytes.</translation>
    </message>
    <message>
      <source>The request body is too large.</source>
      <translation>Der Inhalt der Anfrage ist zu groß.</translation>
    </message>
    <message>
      <source>The request headers are too large.</source>
      <translation>Die Kopfzeilen der Anfrage sind zu groß.</translation>
    </message>
    <message>
      <source>The HTTP request is malformed.</source>
      <translation>Die HTTP-Anfrage ist fehlerhaft.</translation>
    </message>
    <message>
      <source>This address does not support the method %1.</source>
      <translation>Diese Adresse unterstützt die Methode %1 nicht.</translation>
    </message>
    <message>
      <source>There is nothing at this address.</source>
      <translation>Unter dieser Adresse gibt es nichts.</translation>
    </message>
    <message>
      <source>The database is not reachable. Try again later.</source>
      <translation>Die Datenbank ist nicht erreichbar. Bitte versuchen Sie es später erneut.</translation>
    </message>
  </context>
  <context>
    <name>Validation</name>
    <message>
      <source>An account needs at least one contact.</source>
      <translation>Ein Konto braucht mindestens einen Kontakt.</translation>
    </message>
    <message>
      <source>At most %1 entries are allowed.</source>
      <translation>Höchstens %1 Einträge sind erlaubt.</translation>
    </message>
    <message>
      <source>This contact does not exist (any more).</source>
      <translation>Diesen Kontakt gibt es nicht (mehr).</translation>
    </message>
    <message>
      <source>This contact is already linked to the account.</source>
      <translation>Dieser Kontakt ist bereits mit dem Konto verknüpft.</translation>
    </message>
    <message>
      <source>Another contact of this account has the same email address.</source>
      <translation>Ein anderer Kontakt dieses Kontos hat dieselbe E-Mail-Adresse.</translation>
    </message>
    <message>
      <source>Only company accounts have a company name.</source>
      <translation>Nur Unternehmenskonten haben einen Firmennamen.</translation>
    </message>
    <message>
      <source>Portal access (LOGIN) needs an email address.</source>
      <translation>Für den Portalzugang (LOGIN) ist eine E-Mail-Adresse nötig.</translation>
    </message>
    <message>
      <source>“%1” is not one of the choices of the field “%2”.</source>
      <translation>„%1“ ist keine der Auswahlmöglichkeiten des Felds „%2“.</translation>
    </message>
    <message>
      <source>A choice field needs at least one option.</source>
      <translation>Ein Auswahlfeld braucht mindestens eine Option.</translation>
    </message>
    <message>
      <source>“%1” appears more than once.</source>
      <translation>„%1“ kommt mehrfach vor.</translation>
    </message>
    <message>
      <source>“%1” is not a valid date (YYYY-MM-DD).</source>
      <translation>„%1“ ist kein gültiges Datum (JJJJ-MM-TT).</translation>
    </message>
    <message>
      <source>“%1” is not a web address (https://…).</source>
      <translation>„%1“ ist keine Webadresse (https://…).</translation>
    </message>
    <message>
      <source>This firm has no such field.</source>
      <translation>Dieses Feld gibt es in dieser Kanzlei nicht.</translation>
    </message>
    <message>
      <source>This field is required.</source>
      <translation>Dieses Feld ist erforderlich.</translation>
    </message>
    <message>
      <source>An email address needs exactly one “@”.</source>
      <translation>Eine E-Mail-Adresse braucht genau ein „@“.</translation>
    </message>
    <message>
      <source>The part before “@” is empty, longer than 64 characters or has misplaced dots.</source>
      <translation>Der Teil vor dem „@“ ist leer, länger als 64 Zeichen oder enthält Punkte an falscher Stelle.</translation>
    </message>
    <message>
      <source>The character “%1” at position %2 is not allowed in an email address.</source>
      <translation>Das Zeichen „%1“ an Position %2 ist in einer E-Mail-Adresse nicht erlaubt.</translation>
    </message>
    <message>
      <source>“%1” after “@” is not a valid domain name.</source>
      <translation>„%1“ nach dem „@“ ist kein gültiger Domainname.</translation>
    </message>
    <message>
      <source>A folder named “%1” already exists here.</source>
      <translation>Hier gibt es bereits einen Ordner „%1“.</translation>
    </message>
    <message>
      <source>Folders can be nested at most %1 levels deep.</source>
      <translation>Ordner können höchstens %1 Ebenen tief verschachtelt werden.</translation>
    </message>
    <message>
      <source>The request is not valid UTF-8.</source>
      <translation>Die Anfrage ist kein gültiges UTF-8.</translation>
    </message>
    <message>
      <source>JSON may be nested at most %1 levels deep.</source>
      <translation>JSON darf höchstens %1 Ebenen tief verschachtelt sein.</translation>
    </message>
    <message>
      <source>The JSON is malformed at byte %1: %2.</source>
      <translation>Das JSON ist bei Byte %1 fehlerhaft: %2.</translation>
    </message>
    <message>
      <source>“%1” is not a valid phone number. Numbers without a country code are read as German.</source>
      <translation>„%1“ ist keine gültige Telefonnummer. Nummern ohne Ländervorwahl gelten als deutsche Nummern.</translation>
    </message>
    <message>
      <source>Only one phone number can be primary (used for text messages).</source>
      <translation>Nur eine Telefonnummer kann die Hauptnummer sein (für SMS).</translation>
    </message>
    <message>
      <source>The invisible or control character %1 at position %2 is not allowed.</source>
      <translation>Das unsichtbare oder Steuerzeichen %1 an Position %2 ist nicht erlaubt.</translation>
    </message>
    <message>
      <source>The character “%1” at position %2 is not allowed in names, because names become folder names.</source>
      <translation>Das Zeichen „%1“ an Position %2 ist in Namen nicht erlaubt, weil Namen zu Ordnernamen werden.</translation>
    </message>
    <message>
      <source>“%1” is a device name reserved by Windows and cannot be a folder name.</source>
      <translation>„%1“ ist ein von Windows reservierter Gerätename und kann kein Ordnername sein.</translation>
    </message>
    <message>
      <source>A name must not end with a dot or a space (position %1).</source>
      <translation>Ein Name darf nicht mit einem Punkt oder Leerzeichen enden (Position %1).</translation>
    </message>
    <message>
      <source>At most %1 characters are allowed; this text has %2.</source>
      <translation>Höchstens %1 Zeichen sind erlaubt; dieser Text hat %2.</translation>
    </message>
    <message>
      <source>Expected a text here.</source>
      <translation>Hier wird ein Text erwartet.</translation>
    </message>
    <message>
      <source>Expected a number here.</source>
      <translation>Hier wird eine Zahl erwartet.</translation>
    </message>
    <message>
      <source>Expected true or false here.</source>
      <translation>Hier wird true oder false erwartet.</translation>
    </message>
    <message>
      <source>Expected a list here.</source>
      <translation>Hier wird eine Liste erwartet.</translation>
    </message>
    <message>
      <source>Expected an object here.</source>
      <translation>Hier wird ein Objekt erwartet.</translation>
    </message>
    <message>
      <source>Expected an id (UUID) here.</source>
      <translation>Hier wird eine ID (UUID) erwartet.</translation>
    </message>
    <message>
      <source>“%1” is not a valid value here.</source>
      <translation>„%1“ ist hier kein gültiger Wert.</translation>
    </message>
    <message>
      <source>A Message-ID has the form “unique@domain”.</source>
      <translation>Eine Message-ID hat die Form „eindeutig@domain“.</translation>
    </message>
    <message>
      <source>The date is not valid.</source>
      <translation>Das Datum ist ungültig.</translation>
    </message>
    <message>
      <source>The mail server address has the form smtp://[user@]host[:port].</source>
      <translation>Die Adresse des Mailservers hat die Form smtp://[benutzer@]host[:port].</translation>
    </message>
    <message>
      <source>Do not put the mail server password in the address, where other users of the computer can read it: use a password file or the environment variable KONTOR_SMTP_PASSWORD.</source>
      <translation>Das Passwort des Mailservers gehört nicht in die Adresse, wo andere Benutzer des Computers es lesen können: Verwenden Sie eine Passwortdatei oder die Umgebungsvariable KONTOR_SMTP_PASSWORD.</translation>
    </message>
    <message>
      <source>The password file “%1” cannot be read.</source>
      <translation>Die Passwortdatei „%1“ kann nicht gelesen werden.</translation>
    </message>
    <message>
      <source>A mail server password needs a user name in the address: smtp://user@host.</source>
      <translation>Ein Passwort für den Mailserver braucht einen Benutzernamen in der Adresse: smtp://benutzer@host.</translation>
    </message>
    <message>
      <source>The mail server user needs a password: give a password file or set KONTOR_SMTP_PASSWORD.</source>
      <translation>Der Benutzer des Mailservers braucht ein Passwort: Geben Sie eine Passwortdatei an oder setzen Sie KONTOR_SMTP_PASSWORD.</translation>
    </message>
    <message>
      <source>Someone else changed this field meanwhile.</source>
      <translation>Jemand anderes hat dieses Feld inzwischen geändert.</translation>
    </message>
    <message>
      <source>This folder template does not exist.</source>
      <translation>Diese Ordner-Vorlage existiert nicht.</translation>
    </message>
    <message>
      <source>This team member does not exist.</source>
      <translation>Dieses Teammitglied existiert nicht.</translation>
    </message>
    <message>
      <source>This id is already used.</source>
      <translation>Diese ID wird bereits verwendet.</translation>
    </message>
    <message>
      <source>This field cannot be changed here.</source>
      <translation>Dieses Feld kann hier nicht geändert werden.</translation>
    </message>
    <message>
      <source>A contact with portal access needs an email address.</source>
      <translation>Ein Kontakt mit Portalzugang braucht eine E-Mail-Adresse.</translation>
    </message>
    <message>
      <source>A tag with this name exists.</source>
      <translation>Ein Schlagwort mit diesem Namen existiert bereits.</translation>
    </message>
    <message>
      <source>The header has %1 columns; at most %2 are supported.</source>
      <translation>Die Kopfzeile hat %1 Spalten; höchstens %2 werden unterstützt.</translation>
    </message>
    <message>
      <source>The quote opened in line %1 is never closed.</source>
      <translation>Das in Zeile %1 geöffnete Anführungszeichen wird nie geschlossen.</translation>
    </message>
    <message>
      <source>This row is longer than %1 characters; it was not read.</source>
      <translation>Diese Zeile ist länger als %1 Zeichen; sie wurde nicht gelesen.</translation>
    </message>
    <message>
      <source>This row has %1 values, but the header has only %2 columns. Is a value containing the delimiter not quoted?</source>
      <translation>Diese Zeile hat %1 Werte, die Kopfzeile aber nur %2 Spalten. Steht ein Wert, der das Trennzeichen enthält, nicht in Anführungszeichen?</translation>
    </message>
    <message>
      <source>Row %1 gives this account another value here.</source>
      <translation>Zeile %1 gibt diesem Konto hier einen anderen Wert.</translation>
    </message>
    <message>
      <source>Row %1 has this email address for a person with another name.</source>
      <translation>In Zeile %1 gehört diese E-Mail-Adresse zu einer Person mit anderem Namen.</translation>
    </message>
    <message>
      <source>The file is empty.</source>
      <translation>Die Datei ist leer.</translation>
    </message>
    <message>
      <source>The file could not be read: %1</source>
      <translation>Die Datei konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
      <source>The file has more than %1 rows; split it into smaller files.</source>
      <translation>Die Datei hat mehr als %1 Zeilen; teilen Sie sie in kleinere Dateien auf.</translation>
    </message>
    <message>
      <source>This value is longer than %1 characters; it was not read.</source>
      <translation>Dieser Wert ist länger als %1 Zeichen; er wurde nicht gelesen.</translation>
    </message>
    <message>
      <source>This value has bytes that are not valid %1. Choose the file's encoding (for example Windows-1252) and read it again.</source>
      <translation>Dieser Wert enthält Bytes, die in %1 ungültig sind. Wählen Sie die Zeichenkodierung der Datei (zum Beispiel Windows-1252) und lesen Sie sie erneut ein.</translation>
    </message>
    <message>
      <source>This is not a saved import mapping.</source>
      <translation>Dies ist keine gespeicherte Importzuordnung.</translation>
    </message>
    <message>
      <source>“%1” is not a field an import knows.</source>
      <translation>„%1“ ist kein Feld, das der Import kennt.</translation>
    </message>
    <message>
      <source>“%1” is not a number.</source>
      <translation>„%1“ ist keine Zahl.</translation>
    </message>
    <message>
      <source>“%1” is not a date (write 31.12.2024 or 2024-12-31).</source>
      <translation>„%1“ ist kein Datum (schreiben Sie 31.12.2024 oder 2024-12-31).</translation>
    </message>
    <message>
      <source>“%1” is not a yes/no value (ja/nein, x, 1/0).</source>
      <translation>„%1“ ist kein Ja/Nein-Wert (ja/nein, x, 1/0).</translation>
    </message>
    <message>
      <source>There is no custom account field “%1”.</source>
      <translation>Es gibt kein benutzerdefiniertes Kontofeld „%1“.</translation>
    </message>
    <message>
      <source>There is no custom contact field “%1”.</source>
      <translation>Es gibt kein benutzerdefiniertes Kontaktfeld „%1“.</translation>
    </message>
    <message>
      <source>Choose the columns with the contacts' first and last names (or full names).</source>
      <translation>Wählen Sie die Spalten mit Vor- und Nachnamen der Kontakte (oder ihren vollständigen Namen).</translation>
    </message>
    <message>
      <source>There is no team member “%1”.</source>
      <translation>Es gibt kein Teammitglied „%1“.</translation>
    </message>
    <message>
      <source>“%1” is not a client type (write Einzelperson or Unternehmen).</source>
      <translation>„%1“ ist kein Kundentyp (schreiben Sie Einzelperson oder Unternehmen).</translation>
    </message>
    <message>
      <source>This is not a vCard file: it does not begin with BEGIN:VCARD.</source>
      <translation>Dies ist keine vCard-Datei: Sie beginnt nicht mit BEGIN:VCARD.</translation>
    </message>
    <message>
      <source>The vCard that begins in line %1 has no END:VCARD.</source>
      <translation>Der vCard, die in Zeile %1 beginnt, fehlt END:VCARD.</translation>
    </message>
    <message>
      <source>This vCard has more than %1 entries; the rest were not read.</source>
      <translation>Diese vCard hat mehr als %1 Einträge; der Rest wurde nicht gelesen.</translation>
    </message>
    <message>
      <source>This account does not exist (any more).</source>
      <translation>Dieses Konto gibt es nicht (mehr).</translation>
    </message>
    <message>
      <source>This contact is not linked to the account.</source>
      <translation>Dieser Kontakt ist nicht mit dem Konto verknüpft.</translation>
    </message>
    <message>
      <source>The change could not be saved on this computer.</source>
      <translation>Die Änderung konnte auf diesem Computer nicht gespeichert werden.</translation>
    </message>
    <message>
      <source>This account exists already.</source>
      <translation>Dieses Konto gibt es bereits.</translation>
    </message>
    <message>
      <source>This conflict was resolved already.</source>
      <translation>Dieser Konflikt wurde bereits gelöst.</translation>
    </message>
    <message>
      <source>This change was resolved already.</source>
      <translation>Diese Änderung wurde bereits erledigt.</translation>
    </message>
  </context>
  <context>
    <name>kontor::app::AccountListModel</name>
    <message>
      <source>Company</source>
      <translation>Unternehmen</translation>
    </message>
    <message>
      <source>Individual</source>
      <translation>Einzelperson</translation>
    </message>
    <message>
      <source>activated</source>
      <translation>aktiviert</translation>
    </message>
    <message>
      <source>pending</source>
      <translation>ausstehend</translation>
    </message>
    <message>
      <source>not activated</source>
      <translation>nicht aktiviert</translation>
    </message>
    <message>
      <source>not synchronised</source>
      <translation>nicht synchronisiert</translation>
    </message>
    <message>
      <source>needs attention</source>
      <translation>Eingriff nötig</translation>
    </message>
    <message>
      <source>conflict</source>
      <translation>Konflikt</translation>
    </message>
    <message>
      <source>synchronised</source>
      <translation>synchronisiert</translation>
    </message>
    <message>
      <source>Account name</source>
      <translation>Kontoname</translation>
    </message>
    <message>
      <source>Client type</source>
      <translation>Kundentyp</translation>
    </message>
    <message>
      <source>Tags</source>
      <translation>Schlagwörter</translation>
    </message>
    <message>
      <source>Team members</source>
      <translation>Teammitglieder</translation>
    </message>
    <message>
      <source>Portal status</source>
      <translation>Portalstatus</translation>
    </message>
    <message>
      <source>Sync</source>
      <translation>Synchronisierung</translation>
    </message>
    <message>
      <source>(unknown)</source>
      <translation>(unbekannt)</translation>
    </message>
  </context>
  <context>
    <name>kontor::app::ApiClient</name>
    <message>
      <source>The server %1 cannot be reached. Please check the address and the internet connection. Your changes are kept on this computer.</source>
      <translation>Der Server %1 ist nicht erreichbar. Bitte prüfen Sie die Adresse und die Internetverbindung. Ihre Änderungen bleiben auf diesem Computer erhalten.</translation>
    </message>
    <message>
      <source>The connection to %1 is not secure: the server's certificate could not be verified. Please contact your administrator.</source>
      <translation>Die Verbindung zu %1 ist nicht sicher: Das Zertifikat des Servers konnte nicht geprüft werden. Bitte wenden Sie sich an Ihre Administration.</translation>
    </message>
    <message>
      <source>The server %1 did not answer in time. Please try again later.</source>
      <translation>Der Server %1 hat nicht rechtzeitig geantwortet. Bitte versuchen Sie es später noch einmal.</translation>
    </message>
    <message>
      <source>You have been signed out. Please sign in again.</source>
      <translation>Sie wurden abgemeldet. Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
      <source>You are not allowed to do this.</source>
      <translation>Dazu sind Sie nicht berechtigt.</translation>
    </message>
    <message>
      <source>This record does not exist (any more).</source>
      <translation>Diesen Eintrag gibt es nicht (mehr).</translation>
    </message>
    <message>
      <source>Someone else changed this in the meantime.</source>
      <translation>Jemand anderes hat dies inzwischen geändert.</translation>
    </message>
    <message>
      <source>Please check your entries.</source>
      <translation>Bitte prüfen Sie Ihre Eingaben.</translation>
    </message>
    <message>
      <source>This is too much data for one request.</source>
      <translation>Das sind zu viele Daten für eine Anfrage.</translation>
    </message>
    <message>
      <source>The server is busy. Please try again in a moment.</source>
      <translation>Der Server ist ausgelastet. Bitte versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
      <source>The server has a problem. Please try again later. Your changes are kept on this computer.</source>
      <translation>Auf dem Server ist ein Fehler aufgetreten. Bitte versuchen Sie es später noch einmal. Ihre Änderungen bleiben auf diesem Computer erhalten.</translation>
    </message>
    <message>
      <source>The server's answer was not understood. Is %1 a Kontor server?</source>
      <translation>Die Antwort des Servers wurde nicht verstanden. Ist %1 ein Kontor-Server?</translation>
    </message>
    <message>
      <source>Cancelled.</source>
      <translation>Abgebrochen.</translation>
    </message>
  </context>
  <context>
    <name>kontor::app::KeychainCredentialStore</name>
    <message>
      <source>The keychain of this computer is not available, so you will have to sign in again next time. Your password is never stored.</source>
      <translation>Der Schlüsselbund dieses Computers ist nicht verfügbar. Sie müssen sich deshalb beim nächsten Start erneut anmelden. Ihr Passwort wird nie gespeichert.</translation>
    </message>
    <message>
      <source>The keychain did not answer in time. Is it locked? You will have to sign in again next time.</source>
      <translation>Der Schlüsselbund hat nicht rechtzeitig geantwortet. Ist er gesperrt? Sie müssen sich beim nächsten Start erneut anmelden.</translation>
    </message>
  </context>
  <context>
    <name>kontor::app::LocalStore</name>
    <message>
      <source>The data on this computer cannot be opened. Please contact your administrator.</source>
      <translation>Die Daten auf diesem Computer können nicht geöffnet werden. Bitte wenden Sie sich an Ihre Administration.</translation>
    </message>
    <message>
      <source>The change could not be saved on this computer. Is the disk full?</source>
      <translation>Die Änderung konnte auf diesem Computer nicht gespeichert werden. Ist der Datenträger voll?</translation>
    </message>
  </context>
  <context>
    <name>kontor::app::PendingActivationsModel</name>
    <message>
      <source>waiting to be sent</source>
      <translation>wird gesendet</translation>
    </message>
    <message>
      <source>sent</source>
      <translation>gesendet</translation>
    </message>
    <message>
      <source>failed</source>
      <translation>fehlgeschlagen</translation>
    </message>
    <message>
      <source>expired</source>
      <translation>abgelaufen</translation>
    </message>
    <message>
      <source>Contact</source>
      <translation>Kontakt</translation>
    </message>
    <message>
      <source>Account</source>
      <translation>Konto</translation>
    </message>
    <message>
      <source>Email</source>
      <translation>E-Mail</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Sent at</source>
      <translation>Gesendet am</translation>
    </message>
    <message>
      <source>Valid until</source>
      <translation>Gültig bis</translation>
    </message>
    <message>
      <source>Times sent</source>
      <translation>Anzahl Sendungen</translation>
    </message>
  </context>
  <context>
    <name>kontor::app::Session</name>
    <message>
      <source>Please enter the server address, for example https://kontor.kanzlei.de.</source>
      <translation>Bitte geben Sie die Serveradresse ein, zum Beispiel https://kontor.kanzlei.de.</translation>
    </message>
    <message>
      <source>The email address or the password is not right.</source>
      <translation>Die E-Mail-Adresse oder das Passwort ist nicht richtig.</translation>
    </message>
    <message>
      <source>The server's answer was not understood. Is %1 a Kontor server?</source>
      <translation>Die Antwort des Servers wurde nicht verstanden. Ist %1 ein Kontor-Server?</translation>
    </message>
    <message>
      <source>Your session has ended. Please sign in again.</source>
      <translation>Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.</translation>
    </message>
  </context>
  <context>
    <name>kontor::app::SyncEngine</name>
    <message>
      <source>The server did not confirm the changes. They are kept and sent again.</source>
      <translation>Der Server hat die Änderungen nicht bestätigt. Sie bleiben erhalten und werden erneut gesendet.</translation>
    </message>
    <message>
      <source>This change cannot be sent by this version of Kontor.</source>
      <translation>Diese Änderung kann mit dieser Kontor-Version nicht gesendet werden.</translation>
    </message>
    <message>
      <source>The changes from the server could not be saved on this computer. Is the disk full?</source>
      <translation>Die Änderungen vom Server konnten auf diesem Computer nicht gespeichert werden. Ist der Datenträger voll?</translation>
    </message>
  </context>
  <context>
    <name>main</name>
    <message>
      <source>Kontor: client management for tax firms</source>
      <translation>Kontor: Mandantenverwaltung für Kanzleien</translation>
    </message>
    <message>
      <source>Kontor</source>
      <translation>Kontor</translation>
    </message>
  </context>
</TS>
