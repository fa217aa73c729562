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
    <name>AccountListExport</name>
    <message>
      <source>The list could not be saved as “%1”: %2</source>
      <translation>Die Liste konnte nicht als „%1“ gespeichert werden: %2</translation>
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
    <name>Portal</name>
    <message>
      <source>This link does not work any more</source>
      <translation>Dieser Link funktioniert nicht mehr</translation>
    </message>
    <message>
      <source>The link was already used, replaced by a newer one or has expired. Ask your tax firm to send you a new invitation.</source>
      <translation>Der Link wurde bereits verwendet, durch einen neueren ersetzt oder ist abgelaufen. Bitten Sie Ihre Kanzlei, Ihnen eine neue Einladung zu senden.</translation>
    </message>
    <message>
      <source>The password needs at least 10 characters.</source>
      <translation>Das Passwort braucht mindestens 10 Zeichen.</translation>
    </message>
    <message>
      <source>The password may have at most 256 characters.</source>
      <translation>Das Passwort darf höchstens 256 Zeichen haben.</translation>
    </message>
    <message>
      <source>This password is one of the most common ones and easy to guess. Choose another.</source>
      <translation>Dieses Passwort gehört zu den häufigsten und ist leicht zu erraten. Wählen Sie ein anderes.</translation>
    </message>
    <message>
      <source>The two passwords are not the same.</source>
      <translation>Die beiden Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
      <source>Confirm your registration</source>
      <translation>Registrierung bestätigen</translation>
    </message>
    <message>
      <source>Activate your access</source>
      <translation>Zugang aktivieren</translation>
    </message>
    <message>
      <source>Choose a password for %1.</source>
      <translation>Wählen Sie ein Passwort für %1.</translation>
    </message>
    <message>
      <source>Password</source>
      <translation>Passwort</translation>
    </message>
    <message>
      <source>At least 10 characters; any letters, digits and symbols.</source>
      <translation>Mindestens 10 Zeichen; beliebige Buchstaben, Ziffern und Sonderzeichen.</translation>
    </message>
    <message>
      <source>Repeat the password</source>
      <translation>Passwort wiederholen</translation>
    </message>
    <message>
      <source>Save password and sign in</source>
      <translation>Passwort speichern und anmelden</translation>
    </message>
    <message>
      <source>Register</source>
      <translation>Registrieren</translation>
    </message>
    <message>
      <source>Register for the client portal of %1. We will send you a link to confirm your email address.</source>
      <translation>Registrieren Sie sich für das Kundenportal von %1. Wir senden Ihnen einen Link, mit dem Sie Ihre E-Mail-Adresse bestätigen.</translation>
    </message>
    <message>
      <source>First name</source>
      <translation>Vorname</translation>
    </message>
    <message>
      <source>Last name</source>
      <translation>Nachname</translation>
    </message>
    <message>
      <source>Email address</source>
      <translation>E-Mail-Adresse</translation>
    </message>
    <message>
      <source>Already registered?</source>
      <translation>Schon registriert?</translation>
    </message>
    <message>
      <source>Sign in</source>
      <translation>Anmelden</translation>
    </message>
    <message>
      <source>Check your inbox</source>
      <translation>Sehen Sie in Ihr Postfach</translation>
    </message>
    <message>
      <source>We sent a link to the email address you gave. Open it to choose your password and finish the registration.</source>
      <translation>Wir haben einen Link an die angegebene E-Mail-Adresse gesendet. Öffnen Sie ihn, um Ihr Passwort zu wählen und die Registrierung abzuschließen.</translation>
    </message>
    <message>
      <source>The email address or the password is wrong.</source>
      <translation>Die E-Mail-Adresse oder das Passwort ist falsch.</translation>
    </message>
    <message>
      <source>New here?</source>
      <translation>Neu hier?</translation>
    </message>
    <message>
      <source>Sign out</source>
      <translation>Abmelden</translation>
    </message>
    <message>
      <source>Your accounts</source>
      <translation>Ihre Konten</translation>
    </message>
    <message>
      <source>No account is shared with you at the moment.</source>
      <translation>Derzeit ist kein Konto für Sie freigegeben.</translation>
    </message>
    <message>
      <source>Switch account</source>
      <translation>Konto wechseln</translation>
    </message>
    <message>
      <source>Folders</source>
      <translation>Ordner</translation>
    </message>
    <message>
      <source>Open in Kontor</source>
      <translation>In Kontor öffnen</translation>
    </message>
    <message>
      <source>Open the account in the Kontor desktop application</source>
      <translation>Das Konto in der Kontor-Desktopanwendung öffnen</translation>
    </message>
    <message>
      <source>Client portal</source>
      <translation>Kundenportal</translation>
    </message>
    <message>
      <source>Page not found</source>
      <translation>Seite nicht gefunden</translation>
    </message>
    <message>
      <source>There is nothing at this address.</source>
      <translation>Unter dieser Adresse gibt es nichts.</translation>
    </message>
    <message>
      <source>Form expired</source>
      <translation>Formular abgelaufen</translation>
    </message>
    <message>
      <source>This form could not be checked. Go back, reload the page and try again.</source>
      <translation>Dieses Formular konnte nicht geprüft werden. Gehen Sie zurück, laden Sie die Seite neu und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
      <source>Too many attempts</source>
      <translation>Zu viele Versuche</translation>
    </message>
    <message>
      <source>There were too many attempts. Please wait a few minutes and try again.</source>
      <translation>Es gab zu viele Versuche. Bitte warten Sie einige Minuten und versuchen Sie es dann noch einmal.</translation>
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
    <message>
      <source>%1 registered on the client portal (account “%2”).</source>
      <translation>%1 hat sich im Kundenportal registriert (Konto „%2“).</translation>
    </message>
    <message>
      <source>%1 activated access to the client portal for “%2”.</source>
      <translation>%1 hat den Zugang zum Kundenportal für „%2“ aktiviert.</translation>
    </message>
    <message>
      <source>An invitation with this id exists.</source>
      <translation>Eine Einladung mit dieser ID gibt es bereits.</translation>
    </message>
    <message>
      <source>This invitation was already used or replaced.</source>
      <translation>Diese Einladung wurde bereits verwendet oder ersetzt.</translation>
    </message>
    <message>
      <source>The invitation to %1 could not be delivered. Check the address and send it again.</source>
      <translation>Die Einladung an %1 konnte nicht zugestellt werden. Prüfen Sie die Adresse und senden Sie sie erneut.</translation>
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
      <source>Turn on portal access (LOGIN) for this contact first.</source>
      <translation>Schalten Sie zuerst den Portalzugang (LOGIN) für diesen Kontakt ein.</translation>
    </message>
    <message>
      <source>The personal message is too long.</source>
      <translation>Die persönliche Nachricht ist zu lang.</translation>
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
    <message>
      <source>The quote opened in line %1 is never closed; this row and the rest of the file were not read.</source>
      <translation>Das in Zeile %1 geöffnete Anführungszeichen wird nie geschlossen; diese Zeile und der Rest der Datei wurden nicht gelesen.</translation>
    </message>
    <message>
      <source>This value looks like UTF-8 read as Windows-1252: the file mixes encodings. Correct the value, or choose the file's encoding and read it again.</source>
      <translation>Dieser Wert sieht nach UTF-8 aus, das als Windows-1252 gelesen wurde: Die Datei mischt Zeichenkodierungen. Korrigieren Sie den Wert, oder wählen Sie die Zeichenkodierung der Datei und lesen Sie sie erneut ein.</translation>
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
    <name>kontor::app::ImportPlan</name>
    <message>
      <source>The data on this computer cannot be opened.</source>
      <translation>Die Daten auf diesem Computer lassen sich nicht öffnen.</translation>
    </message>
    <message>
      <source>The file “%1” cannot be opened.</source>
      <translation>Die Datei „%1“ kann nicht geöffnet werden.</translation>
    </message>
    <message>
      <source>Cancelled.</source>
      <translation>Abgebrochen.</translation>
    </message>
    <message>
      <source>The file “%1” cannot be read.</source>
      <translation>Die Datei „%1“ kann nicht gelesen werden.</translation>
    </message>
    <message>
      <source>There is no room for the import's temporary file.</source>
      <translation>Für die Zwischendatei des Imports ist kein Platz.</translation>
    </message>
    <message>
      <source> It has changes that are not synchronised yet.</source>
      <translation> Es hat Änderungen, die noch nicht synchronisiert sind.</translation>
    </message>
    <message>
      <source>same email address</source>
      <translation>gleiche E-Mail-Adresse</translation>
    </message>
    <message>
      <source>same name and phone number</source>
      <translation>gleicher Name und gleiche Telefonnummer</translation>
    </message>
    <message>
      <source>same name on this account</source>
      <translation>gleicher Name in diesem Konto</translation>
    </message>
    <message>
      <source>The row has errors.</source>
      <translation>Die Zeile enthält Fehler.</translation>
    </message>
    <message>
      <source>The row has no values in the mapped columns.</source>
      <translation>Die Zeile hat keine Werte in den zugeordneten Spalten.</translation>
    </message>
    <message>
      <source>Row %1 has the same contact for this account.</source>
      <translation>Zeile %1 enthält denselben Kontakt für dieses Konto.</translation>
    </message>
    <message>
      <source>Imported from this file before.</source>
      <translation>Wurde aus dieser Datei schon importiert.</translation>
    </message>
    <message>
      <source>An account named “%1” exists already.</source>
      <translation>Ein Konto „%1“ gibt es bereits.</translation>
    </message>
    <message>
      <source>“%1” is a contact of this account already.</source>
      <translation>„%1“ ist bereits Kontakt dieses Kontos.</translation>
    </message>
    <message>
      <source>Updates the existing contact “%1” (%2).</source>
      <translation>Aktualisiert den vorhandenen Kontakt „%1“ (%2).</translation>
    </message>
    <message>
      <source>Updates the existing account “%1”.</source>
      <translation>Aktualisiert das vorhandene Konto „%1“.</translation>
    </message>
    <message>
      <source>Links the existing contact “%1” (%2).</source>
      <translation>Verknüpft den vorhandenen Kontakt „%1“ (%2).</translation>
    </message>
    <message>
      <source>Links the contact of row %1.</source>
      <translation>Verknüpft den Kontakt aus Zeile %1.</translation>
    </message>
    <message>
      <source>Links the contact imported before.</source>
      <translation>Verknüpft den früher importierten Kontakt.</translation>
    </message>
    <message>
      <source>Creates a new contact although “%1” exists (%2).</source>
      <translation>Legt einen neuen Kontakt an, obwohl es „%1“ gibt (%2).</translation>
    </message>
    <message>
      <source>Adds a new contact to the existing account “%1”.</source>
      <translation>Fügt dem vorhandenen Konto „%1“ einen neuen Kontakt hinzu.</translation>
    </message>
    <message>
      <source>Creates a new account although “%1” exists.</source>
      <translation>Legt ein neues Konto an, obwohl es „%1“ gibt.</translation>
    </message>
    <message>
      <source>Creates the account with this contact.</source>
      <translation>Legt das Konto mit diesem Kontakt an.</translation>
    </message>
    <message>
      <source>Adds a new contact to the account of row %1.</source>
      <translation>Fügt dem Konto aus Zeile %1 einen neuen Kontakt hinzu.</translation>
    </message>
    <message>
      <source>The import could not be saved on this computer. Is the disk full?</source>
      <translation>Der Import konnte auf diesem Computer nicht gespeichert werden. Ist die Festplatte voll?</translation>
    </message>
    <message>
      <source>This import is not known here.</source>
      <translation>Dieser Import ist hier nicht bekannt.</translation>
    </message>
  </context>
  <context>
    <name>kontor::app::ImportReport</name>
    <message>
      <source>Row</source>
      <translation>Zeile</translation>
    </message>
    <message>
      <source>Line in the file</source>
      <translation>Zeile in der Datei</translation>
    </message>
    <message>
      <source>Column</source>
      <translation>Spalte</translation>
    </message>
    <message>
      <source>Field</source>
      <translation>Feld</translation>
    </message>
    <message>
      <source>Code</source>
      <translation>Code</translation>
    </message>
    <message>
      <source>Message</source>
      <translation>Meldung</translation>
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
    <name>kontor::cli::Cli</name>
    <message>
      <source>Nobody is signed in here. Sign in first: kontor-cli login --server URL --email EMAIL --password-file FILE</source>
      <translation>Hier ist niemand angemeldet. Bitte zuerst anmelden: kontor-cli login --server URL --email EMAIL --password-file DATEI</translation>
    </message>
    <message>
      <source>The session has ended. Sign in again: kontor-cli login</source>
      <translation>Die Sitzung ist abgelaufen. Bitte erneut anmelden: kontor-cli login</translation>
    </message>
    <message>
      <source>Rows: %1 · accounts to create: %2 · contacts to create: %3 · links: %4 · updates: %5 · skipped: %6 · rows with errors: %7</source>
      <translation>Zeilen: %1 · Konten anlegen: %2 · Kontakte anlegen: %3 · verknüpfen: %4 · aktualisieren: %5 · übersprungen: %6 · Zeilen mit Fehlern: %7</translation>
    </message>
    <message>
      <source>Row %1</source>
      <translation>Zeile %1</translation>
    </message>
    <message>
      <source>File</source>
      <translation>Datei</translation>
    </message>
    <message>
      <source>… and %1 more.</source>
      <translation>… und %1 weitere.</translation>
    </message>
    <message>
      <source>Use the column mapping saved in &lt;file&gt; (JSON).</source>
      <translation>Die in &lt;file&gt; gespeicherte Spaltenzuordnung verwenden (JSON).</translation>
    </message>
    <message>
      <source>Save the column mapping used to &lt;file&gt; for next time.</source>
      <translation>Die verwendete Spaltenzuordnung für das nächste Mal in &lt;file&gt; speichern.</translation>
    </message>
    <message>
      <source>Only plan: show what would happen, change nothing.</source>
      <translation>Nur planen: zeigen, was geschehen würde, nichts ändern.</translation>
    </message>
    <message>
      <source>What to do with accounts and contacts that exist already: skip (default), update or create.</source>
      <translation>Was mit Konten und Kontakten geschieht, die es bereits gibt: skip (überspringen, Standard), update (aktualisieren) oder create (trotzdem anlegen).</translation>
    </message>
    <message>
      <source>The CSV delimiter (detected otherwise).</source>
      <translation>Das Trennzeichen der CSV-Datei (sonst erkannt).</translation>
    </message>
    <message>
      <source>The file's encoding: utf-8, utf-16le, utf-16be, windows-1252.</source>
      <translation>Die Zeichenkodierung der Datei: utf-8, utf-16le, utf-16be, windows-1252.</translation>
    </message>
    <message>
      <source>Write the rows with errors to &lt;file&gt; (CSV).</source>
      <translation>Die Zeilen mit Fehlern in &lt;file&gt; schreiben (CSV).</translation>
    </message>
    <message>
      <source>Usage: kontor-cli import FILE [options]</source>
      <translation>Aufruf: kontor-cli import DATEI [Optionen]</translation>
    </message>
    <message>
      <source>--on-duplicate takes skip, update or create.</source>
      <translation>--on-duplicate erwartet skip, update oder create.</translation>
    </message>
    <message>
      <source>--delimiter takes one character.</source>
      <translation>--delimiter erwartet ein Zeichen.</translation>
    </message>
    <message>
      <source>Unknown encoding “%1”.</source>
      <translation>Unbekannte Zeichenkodierung „%1“.</translation>
    </message>
    <message>
      <source>--batch-rows takes a number from 1 to 5000.</source>
      <translation>--batch-rows erwartet eine Zahl von 1 bis 5000.</translation>
    </message>
    <message>
      <source>The mapping file “%1” cannot be read.</source>
      <translation>Die Zuordnungsdatei „%1“ kann nicht gelesen werden.</translation>
    </message>
    <message>
      <source>The mapping file “%1” is not a Kontor mapping: %2</source>
      <translation>Die Zuordnungsdatei „%1“ ist keine Kontor-Zuordnung: %2</translation>
    </message>
    <message>
      <source>The mapping cannot be saved to “%1”.</source>
      <translation>Die Zuordnung kann nicht in „%1“ gespeichert werden.</translation>
    </message>
    <message>
      <source>The errors cannot be written to “%1”.</source>
      <translation>Die Fehler können nicht in „%1“ geschrieben werden.</translation>
    </message>
    <message>
      <source>No row can be imported with this column mapping.</source>
      <translation>Mit dieser Spaltenzuordnung kann keine Zeile importiert werden.</translation>
    </message>
    <message>
      <source>Imported (import %1):</source>
      <translation>Importiert (Import %1):</translation>
    </message>
    <message>
      <source>Run “kontor-cli sync” to send it to the server.</source>
      <translation>„kontor-cli sync“ sendet es an den Server.</translation>
    </message>
    <message>
      <source>The import stopped: %1</source>
      <translation>Der Import wurde angehalten: %1</translation>
    </message>
    <message>
      <source>Usage: kontor-cli undo IMPORT_ID</source>
      <translation>Aufruf: kontor-cli undo IMPORT-ID</translation>
    </message>
    <message>
      <source>Undone: %1 accounts and %2 contacts removed, %3 links removed, %4 records restored.</source>
      <translation>Rückgängig gemacht: %1 Konten und %2 Kontakte entfernt, %3 Verknüpfungen entfernt, %4 Datensätze wiederhergestellt.</translation>
    </message>
    <message>
      <source>Kontor on the command line.

Commands:
  login --server URL --email EMAIL --password-file FILE
  import FILE [--mapping M] [--dry-run] [--on-duplicate skip|update|create] [--json]
  undo IMPORT_ID
  sync
  accounts list [--json]</source>
      <translation>Kontor auf der Kommandozeile.

Befehle:
  login --server URL --email E-MAIL --password-file DATEI
  import DATEI [--mapping M] [--dry-run] [--on-duplicate skip|update|create] [--json]
  undo IMPORT-ID
  sync
  accounts list [--json]</translation>
    </message>
    <message>
      <source>Print the result as JSON.</source>
      <translation>Das Ergebnis als JSON ausgeben.</translation>
    </message>
    <message>
      <source>Use the local store at &lt;file&gt; instead of the signed-in firm's.</source>
      <translation>Die lokalen Daten in &lt;file&gt; statt der der angemeldeten Kanzlei verwenden.</translation>
    </message>
    <message>
      <source>What to do (see above).</source>
      <translation>Was zu tun ist (siehe oben).</translation>
    </message>
    <message>
      <source>Which command? See kontor-cli --help.</source>
      <translation>Welcher Befehl? Siehe kontor-cli --help.</translation>
    </message>
    <message>
      <source>Unknown command “%1”. See kontor-cli --help.</source>
      <translation>Unbekannter Befehl „%1“. Siehe kontor-cli --help.</translation>
    </message>
    <message>
      <source>The Kontor server, e.g. https://kontor.kanzlei.de.</source>
      <translation>Der Kontor-Server, z. B. https://kontor.kanzlei.de.</translation>
    </message>
    <message>
      <source>Sign in as &lt;email&gt;.</source>
      <translation>Als &lt;email&gt; anmelden.</translation>
    </message>
    <message>
      <source>Read the password from the first line of &lt;file&gt; (never from the command line).</source>
      <translation>Das Passwort aus der ersten Zeile von &lt;file&gt; lesen (nie von der Kommandozeile).</translation>
    </message>
    <message>
      <source>Give up a sync after &lt;seconds&gt; (default 3600).</source>
      <translation>Eine Synchronisierung nach &lt;seconds&gt; Sekunden aufgeben (Standard 3600).</translation>
    </message>
    <message>
      <source>Usage: kontor-cli login --server URL --email EMAIL --password-file FILE</source>
      <translation>Aufruf: kontor-cli login --server URL --email E-MAIL --password-file DATEI</translation>
    </message>
    <message>
      <source>The password file “%1” cannot be read.</source>
      <translation>Die Passwortdatei „%1“ kann nicht gelesen werden.</translation>
    </message>
    <message>
      <source>The keychain did not answer in time.</source>
      <translation>Der Schlüsselbund hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
      <source>Signed in as %1 (%2).</source>
      <translation>Angemeldet als %1 (%2).</translation>
    </message>
    <message>
      <source>The server did not answer in time.</source>
      <translation>Der Server hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
      <source>Synchronised: %1 changes sent, %2 received.</source>
      <translation>Synchronisiert: %1 Änderungen gesendet, %2 empfangen.</translation>
    </message>
    <message>
      <source>%1 changes were not accepted by the server and need attention in Kontor.</source>
      <translation>%1 Änderungen wurden vom Server nicht angenommen und brauchen Aufmerksamkeit in Kontor.</translation>
    </message>
    <message>
      <source>The accounts cannot be read.</source>
      <translation>Die Konten können nicht gelesen werden.</translation>
    </message>
    <message>
      <source>Rows per batch (one operation for the server).</source>
      <translation>Zeilen je Stapel (eine Operation für den Server).</translation>
    </message>
  </context>
  <context>
    <name>kontor::ui::AccountInfoPage</name>
    <message>
      <source>Account information</source>
      <translation>Konto-Informationen</translation>
    </message>
    <message>
      <source>Who is the client? Fields marked with * are required.</source>
      <translation>Wer ist der Kunde? Mit * markierte Felder sind Pflichtfelder.</translation>
    </message>
    <message>
      <source>&amp;Individual or family</source>
      <translation>&amp;Einzelperson oder Familie</translation>
    </message>
    <message>
      <source>Compan&amp;y</source>
      <translation>&amp;Unternehmen</translation>
    </message>
    <message>
      <source>Client type</source>
      <translation>Kundentyp</translation>
    </message>
    <message>
      <source>Client type: individual or family</source>
      <translation>Kundentyp: Einzelperson oder Familie</translation>
    </message>
    <message>
      <source>Client type: company</source>
      <translation>Kundentyp: Unternehmen</translation>
    </message>
    <message>
      <source>Company name</source>
      <translation>Firmenname</translation>
    </message>
    <message>
      <source>&amp;Company name *</source>
      <translation>&amp;Firmenname *</translation>
    </message>
    <message>
      <source>Account name</source>
      <translation>Kontoname</translation>
    </message>
    <message>
      <source>Optional. Left empty, the account is named after the company or the first contact.</source>
      <translation>Optional. Bleibt es leer, wird das Konto nach dem Unternehmen oder dem ersten Kontakt benannt.</translation>
    </message>
    <message>
      <source>&amp;Account name</source>
      <translation>&amp;Kontoname</translation>
    </message>
    <message>
      <source>&amp;Tags</source>
      <translation>&amp;Schlagwörter</translation>
    </message>
    <message>
      <source>Team &amp;members</source>
      <translation>&amp;Teammitglieder</translation>
    </message>
    <message>
      <source>Team members given access are notified.</source>
      <translation>Teammitglieder mit Zugriff werden benachrichtigt.</translation>
    </message>
    <message>
      <source>Folder template</source>
      <translation>Ordner-Vorlage</translation>
    </message>
    <message>
      <source>Standard folders</source>
      <translation>Standardordner</translation>
    </message>
    <message>
      <source>&amp;Folder template</source>
      <translation>&amp;Ordner-Vorlage</translation>
    </message>
    <message>
      <source>Custom fields</source>
      <translation>Benutzerdefinierte Felder</translation>
    </message>
    <message>
      <source>generated from the first contact's name</source>
      <translation>wird aus dem Namen des ersten Kontakts gebildet</translation>
    </message>
    <message>
      <source>Fill in the fields marked with * to continue.</source>
      <translation>Füllen Sie die mit * markierten Felder aus, um fortzufahren.</translation>
    </message>
    <message>
      <source>Folders: %1</source>
      <translation>Ordner: %1</translation>
    </message>
  </context>
  <context>
    <name>kontor::ui::AccountProfile</name>
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
      <source>yes</source>
      <translation>ja</translation>
    </message>
    <message>
      <source>no</source>
      <translation>nein</translation>
    </message>
    <message>
      <source>—</source>
      <translation>—</translation>
    </message>
    <message>
      <source>Details</source>
      <translation>Details</translation>
    </message>
    <message>
      <source>Contacts</source>
      <translation>Kontakte</translation>
    </message>
    <message>
      <source>&amp;Add contact …</source>
      <translation>Kontakt &amp;hinzufügen …</translation>
    </message>
    <message>
      <source>Add or link a contact</source>
      <translation>Kontakt hinzufügen oder verknüpfen</translation>
    </message>
    <message>
      <source>Info</source>
      <translation>Info</translation>
    </message>
    <message>
      <source>Account %1</source>
      <translation>Konto %1</translation>
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
      <source>Company</source>
      <translation>Unternehmen</translation>
    </message>
    <message>
      <source>Individual or family</source>
      <translation>Einzelperson oder Familie</translation>
    </message>
    <message>
      <source>Company name</source>
      <translation>Firmenname</translation>
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
      <source>Standard folders</source>
      <translation>Standardordner</translation>
    </message>
    <message>
      <source>Folder template</source>
      <translation>Ordner-Vorlage</translation>
    </message>
    <message>
      <source>Contact</source>
      <translation>Kontakt</translation>
    </message>
    <message>
      <source>Portal</source>
      <translation>Portal</translation>
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
    <message>
      <source>%1 for %2</source>
      <translation>%1 für %2</translation>
    </message>
    <message>
      <source>Unlink</source>
      <translation>Verknüpfung lösen</translation>
    </message>
    <message>
      <source>Unlink %1 from the account</source>
      <translation>%1 vom Konto lösen</translation>
    </message>
    <message>
      <source>An account needs at least one contact.</source>
      <translation>Ein Konto braucht mindestens einen Kontakt.</translation>
    </message>
    <message>
      <source>No email address</source>
      <translation>Keine E-Mail-Adresse</translation>
    </message>
    <message>
      <source>%1 has no email address. Portal access (LOGIN) needs one: add it to the contact first.</source>
      <translation>%1 hat keine E-Mail-Adresse. Für den Portalzugang (LOGIN) ist eine nötig: Tragen Sie sie zuerst beim Kontakt ein.</translation>
    </message>
    <message>
      <source>Unlink contact</source>
      <translation>Verknüpfung lösen</translation>
    </message>
    <message>
      <source>Unlink %1 from this account? The contact itself is kept.</source>
      <translation>%1 von diesem Konto lösen? Der Kontakt selbst bleibt erhalten.</translation>
    </message>
    <message>
      <source>Not saved</source>
      <translation>Nicht gespeichert</translation>
    </message>
    <message>
      <source>The change could not be saved on this computer. Please try again.</source>
      <translation>Die Änderung konnte auf diesem Computer nicht gespeichert werden. Bitte versuchen Sie es erneut.</translation>
    </message>
  </context>
  <context>
    <name>kontor::ui::AccountsPage</name>
    <message>
      <source>New</source>
      <translation>Neu</translation>
    </message>
    <message>
      <source>New account</source>
      <translation>Neues Konto</translation>
    </message>
    <message>
      <source>Create a new account</source>
      <translation>Ein neues Konto anlegen</translation>
    </message>
    <message>
      <source>Search accounts, contacts, email …</source>
      <translation>Konten, Kontakte, E-Mail suchen …</translation>
    </message>
    <message>
      <source>Search accounts</source>
      <translation>Konten suchen</translation>
    </message>
    <message>
      <source>Filter by tag</source>
      <translation>Nach Schlagwort filtern</translation>
    </message>
    <message>
      <source>Filter by client type</source>
      <translation>Nach Kundentyp filtern</translation>
    </message>
    <message>
      <source>All types</source>
      <translation>Alle Kundentypen</translation>
    </message>
    <message>
      <source>Individual or family</source>
      <translation>Einzelperson oder Familie</translation>
    </message>
    <message>
      <source>Company</source>
      <translation>Unternehmen</translation>
    </message>
    <message>
      <source>Filter by team member</source>
      <translation>Nach Teammitglied filtern</translation>
    </message>
    <message>
      <source>All accounts</source>
      <translation>Alle Konten</translation>
    </message>
    <message>
      <source>Pending activation</source>
      <translation>Ausstehende Aktivierung</translation>
    </message>
    <message>
      <source>&amp;Resend invitation</source>
      <translation>Einladung &amp;erneut senden</translation>
    </message>
    <message>
      <source>Sends a new link to each selected contact; the old link stops working.</source>
      <translation>Sendet jedem ausgewählten Kontakt einen neuen Link; der alte Link wird ungültig.</translation>
    </message>
    <message>
      <source>Invited clients who have not activated their portal access yet. Select one or more to send the invitation again.</source>
      <translation>Eingeladene Kunden, die ihren Portalzugang noch nicht aktiviert haben. Wählen Sie einen oder mehrere aus, um die Einladung erneut zu senden.</translation>
    </message>
    <message>
      <source>All tags</source>
      <translation>Alle Schlagwörter</translation>
    </message>
    <message>
      <source>All team members</source>
      <translation>Alle Teammitglieder</translation>
    </message>
    <message>
      <source>Only the firm's owner, administrators and employees allowed to manage accounts can create accounts.</source>
      <translation>Nur Firmeninhaber, Administratoren und Mitarbeiter mit der Berechtigung „Konten verwalten“ können Konten anlegen.</translation>
    </message>
    <message>
      <source>Invitations to send again: %1. Each gets a new link.</source>
      <translation>Einladungen zum erneuten Senden: %1. Jede erhält einen neuen Link.</translation>
    </message>
    <message>
      <source>The invitations could not be queued. Please try again.</source>
      <translation>Die Einladungen konnten nicht vorgemerkt werden. Bitte versuchen Sie es erneut.</translation>
    </message>
  </context>
  <context>
    <name>kontor::ui::ConflictsDialog</name>
    <message>
      <source>Conflicts</source>
      <translation>Konflikte</translation>
    </message>
    <message>
      <source>These fields were changed here and by a colleague at the same time. The server kept its value. Choose which value stays.</source>
      <translation>Diese Felder wurden hier und gleichzeitig von einer Kollegin oder einem Kollegen geändert. Der Server hat seinen Wert behalten. Wählen Sie, welcher Wert gilt.</translation>
    </message>
    <message>
      <source>&amp;Conflicting fields:</source>
      <translation>Felder mit &amp;Konflikt:</translation>
    </message>
    <message>
      <source>Conflicting fields</source>
      <translation>Felder mit Konflikt</translation>
    </message>
    <message>
      <source>Account or contact</source>
      <translation>Konto oder Kontakt</translation>
    </message>
    <message>
      <source>Field</source>
      <translation>Feld</translation>
    </message>
    <message>
      <source>Value on the server</source>
      <translation>Wert auf dem Server</translation>
    </message>
    <message>
      <source>Your value</source>
      <translation>Ihr Wert</translation>
    </message>
    <message>
      <source>&amp;Keep server value</source>
      <translation>&amp;Server-Wert behalten</translation>
    </message>
    <message>
      <source>&amp;Use my value</source>
      <translation>&amp;Meinen Wert verwenden</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Schließen</translation>
    </message>
    <message>
      <source>Account name</source>
      <translation>Kontoname</translation>
    </message>
    <message>
      <source>Company name</source>
      <translation>Firmenname</translation>
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
      <source>Folder template</source>
      <translation>Ordner-Vorlage</translation>
    </message>
    <message>
      <source>Custom fields</source>
      <translation>Benutzerdefinierte Felder</translation>
    </message>
    <message>
      <source>Client type</source>
      <translation>Kundentyp</translation>
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
      <source>Phone numbers</source>
      <translation>Telefonnummern</translation>
    </message>
    <message>
      <source>Address</source>
      <translation>Adresse</translation>
    </message>
    <message>
      <source>Contact field “%1”</source>
      <translation>Kontaktfeld „%1“</translation>
    </message>
    <message>
      <source>Account field “%1”</source>
      <translation>Kontofeld „%1“</translation>
    </message>
    <message>
      <source>(empty)</source>
      <translation>(leer)</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>ja</translation>
    </message>
    <message>
      <source>no</source>
      <translation>nein</translation>
    </message>
    <message>
      <source>(unknown)</source>
      <translation>(unbekannt)</translation>
    </message>
    <message>
      <source>Conflict not resolved</source>
      <translation>Konflikt nicht gelöst</translation>
    </message>
  </context>
  <context>
    <name>kontor::ui::ContactEditor</name>
    <message>
      <source>New contact</source>
      <translation>Neuer Kontakt</translation>
    </message>
    <message>
      <source>&amp;Link existing contact</source>
      <translation>Vorhandenen Kontakt ver&amp;knüpfen</translation>
    </message>
    <message>
      <source>Remove contact</source>
      <translation>Kontakt entfernen</translation>
    </message>
    <message>
      <source>&amp;First name *</source>
      <translation>&amp;Vorname *</translation>
    </message>
    <message>
      <source>&amp;Middle name</source>
      <translation>Zweiter Vor&amp;name</translation>
    </message>
    <message>
      <source>L&amp;ast name *</source>
      <translation>N&amp;achname *</translation>
    </message>
    <message>
      <source>&amp;Email</source>
      <translation>E-&amp;Mail</translation>
    </message>
    <message>
      <source>needed for portal access (LOGIN)</source>
      <translation>nötig für den Portalzugang (LOGIN)</translation>
    </message>
    <message>
      <source>Link this contact instead</source>
      <translation>Stattdessen diesen Kontakt verknüpfen</translation>
    </message>
    <message>
      <source>&amp;Phone numbers</source>
      <translation>&amp;Telefonnummern</translation>
    </message>
    <message>
      <source>S&amp;treet</source>
      <translation>St&amp;raße</translation>
    </message>
    <message>
      <source>P&amp;ostal code</source>
      <translation>&amp;PLZ</translation>
    </message>
    <message>
      <source>C&amp;ity</source>
      <translation>&amp;Ort</translation>
    </message>
    <message>
      <source>Re&amp;gion</source>
      <translation>Bundesland/Re&amp;gion</translation>
    </message>
    <message>
      <source>Co&amp;untry</source>
      <translation>&amp;Land</translation>
    </message>
    <message>
      <source>Address</source>
      <translation>Adresse</translation>
    </message>
    <message>
      <source>Tag&amp;s</source>
      <translation>&amp;Schlagwörter</translation>
    </message>
    <message>
      <source>LOGIN</source>
      <extracomment>The switch names stay in capitals in every language, as in the product's help.</extracomment>
      <translation>LOGIN</translation>
    </message>
    <message>
      <source>The contact may sign in to the client portal for this account. Needs an email address.</source>
      <translation>Der Kontakt darf sich für dieses Konto im Kundenportal anmelden. Braucht eine E-Mail-Adresse.</translation>
    </message>
    <message>
      <source>NOTIFY</source>
      <translation>NOTIFY</translation>
    </message>
    <message>
      <source>The contact receives the account's notifications and emails.</source>
      <translation>Der Kontakt erhält die Benachrichtigungen und E-Mails des Kontos.</translation>
    </message>
    <message>
      <source>EMAIL SYNC</source>
      <translation>EMAIL SYNC</translation>
    </message>
    <message>
      <source>Email with this address appears on the account's email tab.</source>
      <translation>E-Mails mit dieser Adresse erscheinen im E-Mail-Tab des Kontos.</translation>
    </message>
    <message>
      <source>Contact %1</source>
      <translation>Kontakt %1</translation>
    </message>
    <message>
      <source>Contact %1: new contact</source>
      <translation>Kontakt %1: neuer Kontakt</translation>
    </message>
    <message>
      <source>Contact %1: link existing contact</source>
      <translation>Kontakt %1: vorhandenen Kontakt verknüpfen</translation>
    </message>
    <message>
      <source>Remove contact %1</source>
      <translation>Kontakt %1 entfernen</translation>
    </message>
    <message>
      <source>Contact %1: search by name or email</source>
      <translation>Kontakt %1: nach Name oder E-Mail suchen</translation>
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
      <source>Tags</source>
      <translation>Schlagwörter</translation>
    </message>
    <message>
      <source>Contact %1: %2</source>
      <translation>Kontakt %1: %2</translation>
    </message>
    <message>
      <source>This contact may already exist: %1. Link it instead of creating it twice?</source>
      <translation>Diesen Kontakt gibt es vielleicht schon: %1. Stattdessen verknüpfen, statt ihn doppelt anzulegen?</translation>
    </message>
    <message>
      <source>Search for a contact by name or email and choose it.</source>
      <translation>Suchen Sie einen Kontakt nach Name oder E-Mail und wählen Sie ihn aus.</translation>
    </message>
  </context>
  <context>
    <name>kontor::ui::ContactSearch</name>
    <message>
      <source>Name or email</source>
      <translation>Name oder E-Mail</translation>
    </message>
    <message>
      <source>&amp;Search contact:</source>
      <translation>Kontakt s&amp;uchen:</translation>
    </message>
    <message>
      <source>Contacts found</source>
      <translation>Gefundene Kontakte</translation>
    </message>
    <message>
      <source>Link</source>
      <translation>Verknüpfen</translation>
    </message>
    <message>
      <source>Link the selected contact</source>
      <translation>Den ausgewählten Kontakt verknüpfen</translation>
    </message>
    <message>
      <source>Linked: %1</source>
      <translation>Verknüpft: %1</translation>
    </message>
  </context>
  <context>
    <name>kontor::ui::ContactsPage</name>
    <message>
      <source>Contacts</source>
      <translation>Kontakte</translation>
    </message>
    <message>
      <source>Every account has at least one contact: a new one, or an existing contact linked to it.</source>
      <translation>Jedes Konto hat mindestens einen Kontakt: einen neuen oder einen vorhandenen, der verknüpft wird.</translation>
    </message>
    <message>
      <source>Add &amp;new contact</source>
      <translation>Neuen Kontakt &amp;hinzufügen</translation>
    </message>
    <message>
      <source>Add new contact</source>
      <translation>Neuen Kontakt hinzufügen</translation>
    </message>
    <message>
      <source>Fill in the fields marked with * to create the account.</source>
      <translation>Füllen Sie die mit * markierten Felder aus, um das Konto zu erstellen.</translation>
    </message>
  </context>
  <context>
    <name>kontor::ui::CustomFieldEditor</name>
    <message>
      <source>name@example.com</source>
      <translation>name@beispiel.de</translation>
    </message>
    <message>
      <source>—</source>
      <translation>—</translation>
    </message>
  </context>
  <context>
    <name>kontor::ui::DesktopClient</name>
    <message>
      <source>Signing in did not work. Please try again.</source>
      <translation>Die Anmeldung hat nicht geklappt. Bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
      <source>Kontor</source>
      <translation>Kontor</translation>
    </message>
    <message>
      <source>The data on this computer cannot be opened.</source>
      <translation>Die Daten auf diesem Computer lassen sich nicht öffnen.</translation>
    </message>
  </context>
  <context>
    <name>kontor::ui::DraftsDialog</name>
    <message>
      <source>Drafts</source>
      <translation>Entwürfe</translation>
    </message>
    <message>
      <source>New accounts not created yet. Those marked “Needs attention” were refused by the server: open them to fix what it found.</source>
      <translation>Neue Konten, die noch nicht erstellt sind. Die mit „Aufmerksamkeit nötig“ hat der Server abgelehnt: Öffnen Sie sie, um zu korrigieren, was er beanstandet.</translation>
    </message>
    <message>
      <source>&amp;Drafts:</source>
      <translation>&amp;Entwürfe:</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Changed</source>
      <translation>Geändert</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>&amp;Open</source>
      <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
      <source>&amp;Discard …</source>
      <translation>&amp;Verwerfen …</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Schließen</translation>
    </message>
    <message>
      <source>Untitled</source>
      <translation>Ohne Namen</translation>
    </message>
    <message>
      <source>Needs attention</source>
      <translation>Aufmerksamkeit nötig</translation>
    </message>
    <message>
      <source>Draft</source>
      <translation>Entwurf</translation>
    </message>
    <message>
      <source>Discard draft</source>
      <translation>Entwurf verwerfen</translation>
    </message>
    <message>
      <source>Discard the draft “%1”? What was entered in it is lost.</source>
      <translation>Den Entwurf „%1“ verwerfen? Was darin eingegeben wurde, geht verloren.</translation>
    </message>
    <message>
      <source>&amp;Discard</source>
      <translation>&amp;Verwerfen</translation>
    </message>
    <message>
      <source>The draft could not be discarded.</source>
      <translation>Der Entwurf konnte nicht verworfen werden.</translation>
    </message>
  </context>
  <context>
    <name>kontor::ui::ImportFilePage</name>
    <message>
      <source>File</source>
      <translation>Datei</translation>
    </message>
    <message>
      <source>Choose a client list: CSV as Excel and other programs save it, or vCards (Outlook, Google, Apple).</source>
      <translation>Wählen Sie eine Mandantenliste: CSV, wie Excel und andere Programme sie speichern, oder vCards (Outlook, Google, Apple).</translation>
    </message>
    <message>
      <source>&amp;Browse…</source>
      <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
      <source>Detect</source>
      <translation>Automatisch erkennen</translation>
    </message>
    <message>
      <source>CSV</source>
      <translation>CSV</translation>
    </message>
    <message>
      <source>vCard</source>
      <translation>vCard</translation>
    </message>
    <message>
      <source>Semicolon (;)</source>
      <translation>Semikolon (;)</translation>
    </message>
    <message>
      <source>Comma (,)</source>
      <translation>Komma (,)</translation>
    </message>
    <message>
      <source>Tab</source>
      <translation>Tabulator</translation>
    </message>
    <message>
      <source>Vertical bar (|)</source>
      <translation>Senkrechter Strich (|)</translation>
    </message>
    <message>
      <source>&amp;File:</source>
      <translation>&amp;Datei:</translation>
    </message>
    <message>
      <source>F&amp;ormat:</source>
      <translation>F&amp;ormat:</translation>
    </message>
    <message>
      <source>&amp;Delimiter:</source>
      <translation>&amp;Trennzeichen:</translation>
    </message>
    <message>
      <source>&amp;Encoding:</source>
      <translation>&amp;Zeichenkodierung:</translation>
    </message>
    <message>
      <source>&amp;Resume</source>
      <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
      <source>The import of “%1” did not finish (up to row %2). Resume it to import the rest; nothing is imported twice.</source>
      <translation>Der Import von „%1“ wurde nicht abgeschlossen (bis Zeile %2). Fortsetzen importiert den Rest; nichts wird doppelt importiert.</translation>
    </message>
    <message>
      <source>Import accounts</source>
      <translation>Konten importieren</translation>
    </message>
    <message>
      <source>Client lists (*.csv *.txt *.vcf *.vcard);;All files (*)</source>
      <translation>Mandantenlisten (*.csv *.txt *.vcf *.vcard);;Alle Dateien (*)</translation>
    </message>
    <message>
      <source>The file “%1” cannot be opened.</source>
      <translation>Die Datei „%1“ kann nicht geöffnet werden.</translation>
    </message>
    <message>
      <source>The file cannot be read.</source>
      <translation>Die Datei kann nicht gelesen werden.</translation>
    </message>
    <message>
      <source>The server refused rows %1–%2 of the import of “%3”. They are on this computer only. Discard them here, correct the file and import it again (rows already imported are not imported twice).</source>
      <translation>Der Server hat die Zeilen %1–%2 des Imports von „%3“ abgelehnt. Sie sind nur auf diesem Computer. Verwerfen Sie sie hier, korrigieren Sie die Datei und importieren Sie sie erneut (bereits importierte Zeilen werden nicht doppelt importiert).</translation>
    </message>
    <message>
      <source>%1: %2</source>
      <translation>%1: %2</translation>
    </message>
    <message>
      <source>… and %1 more.</source>
      <translation>… und %1 weitere.</translation>
    </message>
    <message>
      <source>Discard refused rows</source>
      <translation>Abgelehnte Zeilen verwerfen</translation>
    </message>
    <message>
      <source>Remove the accounts and contacts of rows %1–%2 from this computer? The server has none of them.</source>
      <translation>Die Konten und Kontakte der Zeilen %1–%2 von diesem Computer entfernen? Der Server hat keines davon.</translation>
    </message>
    <message>
      <source>&amp;Discard</source>
      <translation>&amp;Verwerfen</translation>
    </message>
    <message>
      <source>The rows could not be removed from this computer. Is the disk full?</source>
      <translation>Die Zeilen konnten nicht von diesem Computer entfernt werden. Ist der Datenträger voll?</translation>
    </message>
    <message>
      <source>Undoing the import of “%1” of %2 did not finish. “Undo” goes on with it.</source>
      <translation>Das Rückgängigmachen des Imports von „%1“ vom %2 wurde nicht abgeschlossen. „Rückgängig machen“ setzt es fort.</translation>
    </message>
    <message>
      <source>The import of “%1” of %2 can be undone: what it created is removed, what it updated is restored, also on the server.</source>
      <translation>Der Import von „%1“ vom %2 kann rückgängig gemacht werden: Was er angelegt hat, wird entfernt, was er aktualisiert hat, wiederhergestellt – auch auf dem Server.</translation>
    </message>
    <message>
      <source>Discard the refused ro&amp;ws</source>
      <translation>Abgelehnte Zeilen &amp;verwerfen</translation>
    </message>
    <message>
      <source>Read as vCards.</source>
      <translation>Als vCards gelesen.</translation>
    </message>
    <message>
      <source>Read as CSV with the delimiter %1 and the encoding %2. If the examples look wrong, go back and choose the delimiter or the encoding.</source>
      <translation>Als CSV gelesen, mit dem Trennzeichen %1 und der Zeichenkodierung %2. Sehen die Beispiele falsch aus, gehen Sie zurück und wählen Sie Trennzeichen oder Zeichenkodierung.</translation>
    </message>
  </context>
  <context>
    <name>kontor::ui::ImportMappingPage</name>
    <message>
      <source>Columns</source>
      <translation>Spalten zuordnen</translation>
    </message>
    <message>
      <source>Choose what each column is imported as. Rows are contacts; rows with the same account name become one account.</source>
      <translation>Wählen Sie, als was jede Spalte importiert wird. Jede Zeile ist ein Kontakt; Zeilen mit demselben Kontonamen werden ein Konto.</translation>
    </message>
    <message>
      <source>Column mapping</source>
      <translation>Spaltenzuordnung</translation>
    </message>
    <message>
      <source>Column</source>
      <translation>Spalte</translation>
    </message>
    <message>
      <source>Example</source>
      <translation>Beispiel</translation>
    </message>
    <message>
      <source>Import as</source>
      <translation>Importieren als</translation>
    </message>
    <message>
      <source>&amp;Save this mapping for the next import</source>
      <translation>Diese Zuordnung für den nächsten Import &amp;speichern</translation>
    </message>
    <message>
      <source>Import “%1” as</source>
      <translation>„%1“ importieren als</translation>
    </message>
  </context>
  <context>
    <name>kontor::ui::ImportPreviewModel</name>
    <message>
      <source>Create</source>
      <translation>Anlegen</translation>
    </message>
    <message>
      <source>Update</source>
      <translation>Aktualisieren</translation>
    </message>
    <message>
      <source>Link</source>
      <translation>Verknüpfen</translation>
    </message>
    <message>
      <source>Skip</source>
      <translation>Überspringen</translation>
    </message>
    <message>
      <source>Error</source>
      <translation>Fehler</translation>
    </message>
    <message>
      <source>Row</source>
      <translation>Zeile</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>Aktion</translation>
    </message>
    <message>
      <source>Account</source>
      <translation>Konto</translation>
    </message>
    <message>
      <source>Contact</source>
      <translation>Kontakt</translation>
    </message>
    <message>
      <source>Email</source>
      <translation>E-Mail</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Grund</translation>
    </message>
  </context>
  <context>
    <name>kontor::ui::ImportPreviewPage</name>
    <message>
      <source>Skip</source>
      <translation>Überspringen</translation>
    </message>
    <message>
      <source>Update</source>
      <translation>Aktualisieren</translation>
    </message>
    <message>
      <source>Create anyway</source>
      <translation>Trotzdem anlegen</translation>
    </message>
    <message>
      <source>Preview</source>
      <translation>Vorschau</translation>
    </message>
    <message>
      <source>Nothing is written yet. Check what happens to each row, and choose what to do with accounts and contacts that exist already.</source>
      <translation>Noch ist nichts gespeichert. Prüfen Sie, was mit jeder Zeile geschieht, und wählen Sie, was mit Konten und Kontakten geschieht, die es bereits gibt.</translation>
    </message>
    <message>
      <source>Reading the file</source>
      <translation>Datei wird gelesen</translation>
    </message>
    <message>
      <source>&amp;Show:</source>
      <translation>&amp;Anzeigen:</translation>
    </message>
    <message>
      <source>Rows of the file</source>
      <translation>Zeilen der Datei</translation>
    </message>
    <message>
      <source>E&amp;xport errors…</source>
      <translation>Fehler e&amp;xportieren…</translation>
    </message>
    <message>
      <source>Reading “%1”…</source>
      <translation>„%1“ wird gelesen…</translation>
    </message>
    <message>
      <source>No row can be imported with this column mapping: %1</source>
      <translation>Mit dieser Spaltenzuordnung kann keine Zeile importiert werden: %1</translation>
    </message>
    <message>
      <source>Reading stopped early: %1</source>
      <translation>Das Lesen wurde vorzeitig beendet: %1</translation>
    </message>
    <message>
      <source>&amp;Accounts that exist already (%1):</source>
      <translation>&amp;Konten, die es bereits gibt (%1):</translation>
    </message>
    <message>
      <source>C&amp;ontacts that exist already (%1):</source>
      <translation>K&amp;ontakte, die es bereits gibt (%1):</translation>
    </message>
    <message>
      <source>All rows</source>
      <translation>Alle Zeilen</translation>
    </message>
    <message>
      <source>Export errors</source>
      <translation>Fehler exportieren</translation>
    </message>
    <message>
      <source>-errors</source>
      <translation>-fehler</translation>
    </message>
    <message>
      <source>CSV files (*.csv)</source>
      <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
      <source>Rows: %1. Accounts to create: %2, contacts to create: %3, to link: %4, to update: %5, to skip: %6, with errors: %7.</source>
      <translation>Zeilen: %1. Konten anlegen: %2, Kontakte anlegen: %3, verknüpfen: %4, aktualisieren: %5, überspringen: %6, mit Fehlern: %7.</translation>
    </message>
  </context>
  <context>
    <name>kontor::ui::ImportReportPage</name>
    <message>
      <source>Report</source>
      <translation>Bericht</translation>
    </message>
    <message>
      <source>Invite to the client portal</source>
      <translation>Zum Kundenportal einladen</translation>
    </message>
    <message>
      <source>Personal message</source>
      <translation>Persönliche Nachricht</translation>
    </message>
    <message>
      <source>Personal message (optional)</source>
      <translation>Persönliche Nachricht (optional)</translation>
    </message>
    <message>
      <source>&amp;Personal message:</source>
      <translation>&amp;Persönliche Nachricht:</translation>
    </message>
    <message>
      <source>Created %1 accounts and %2 contacts, linked %3 contacts, updated %4 records. Skipped %5 rows; %6 rows had errors and were not imported.</source>
      <translation>%1 Konten und %2 Kontakte angelegt, %3 Kontakte verknüpft, %4 Datensätze aktualisiert. %5 Zeilen übersprungen; %6 Zeilen hatten Fehler und wurden nicht importiert.</translation>
    </message>
    <message>
      <source>“Undo” removes what this import created and restores what it updated, also on the server.</source>
      <translation>„Rückgängig machen“ entfernt, was dieser Import angelegt hat, und stellt wieder her, was er aktualisiert hat, auch auf dem Server.</translation>
    </message>
    <message>
      <source>Invitations queued: %1. They are sent with the next synchronisation.</source>
      <translation>Einladungen vorgemerkt: %1. Sie werden mit der nächsten Synchronisierung gesendet.</translation>
    </message>
    <message>
      <source>Imported contacts with portal access (LOGIN): %1. Invite them now with one message, or later from their profiles.</source>
      <translation>Importierte Kontakte mit Portalzugang (LOGIN): %1. Laden Sie sie jetzt mit einer Nachricht ein oder später aus ihren Profilen.</translation>
    </message>
    <message>
      <source>Send &amp;invitations</source>
      <translation>&amp;Einladungen senden</translation>
    </message>
    <message>
      <source>The invitations could not be saved on this computer. Try again, or invite later from the profiles.</source>
      <translation>Die Einladungen konnten auf diesem Computer nicht gespeichert werden. Versuchen Sie es erneut, oder laden Sie später aus den Profilen ein.</translation>
    </message>
  </context>
  <context>
    <name>kontor::ui::ImportRunPage</name>
    <message>
      <source>Import</source>
      <translation>Import</translation>
    </message>
    <message>
      <source>The accounts are written batch by batch and show in the list at once. They go to the server with the next synchronisation.</source>
      <translation>Die Konten werden stapelweise gespeichert und erscheinen sofort in der Liste. Mit der nächsten Synchronisierung gehen sie an den Server.</translation>
    </message>
    <message>
      <source>Import progress</source>
      <translation>Fortschritt des Imports</translation>
    </message>
    <message>
      <source>&amp;Stop</source>
      <translation>&amp;Anhalten</translation>
    </message>
    <message>
      <source>&amp;Resume</source>
      <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
      <source>Importing…</source>
      <translation>Wird importiert…</translation>
    </message>
    <message>
      <source>Reading the file again…</source>
      <translation>Die Datei wird erneut gelesen…</translation>
    </message>
    <message>
      <source>Done.</source>
      <translation>Fertig.</translation>
    </message>
    <message>
      <source>&amp;Next</source>
      <translation>&amp;Weiter</translation>
    </message>
    <message>
      <source>Stopped.</source>
      <translation>Angehalten.</translation>
    </message>
    <message>
      <source>Stopped. So far %1 accounts and %2 contacts were created, %3 contacts linked and %4 records updated; “Resume” imports the rest, also after closing Kontor.</source>
      <translation>Angehalten. Bisher wurden %1 Konten und %2 Kontakte angelegt, %3 Kontakte verknüpft und %4 Datensätze aktualisiert; „Fortsetzen“ importiert den Rest, auch nach einem Neustart von Kontor.</translation>
    </message>
  </context>
  <context>
    <name>kontor::ui::ImportUndoPanel</name>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Rückgängig machen</translation>
    </message>
    <message>
      <source>Undo progress</source>
      <translation>Fortschritt des Rückgängigmachens</translation>
    </message>
    <message>
      <source>S&amp;top</source>
      <translation>&amp;Anhalten</translation>
    </message>
    <message>
      <source>Undo the import</source>
      <translation>Import rückgängig machen</translation>
    </message>
    <message>
      <source>Undoing…</source>
      <translation>Wird rückgängig gemacht…</translation>
    </message>
    <message>
      <source>Undone: %1 accounts and %2 contacts removed, %3 records restored.</source>
      <translation>Rückgängig gemacht: %1 Konten und %2 Kontakte entfernt, %3 Datensätze wiederhergestellt.</translation>
    </message>
    <message>
      <source>Undo was stopped. “Undo” again goes on from there.</source>
      <translation>Das Rückgängigmachen wurde angehalten. „Rückgängig machen“ setzt es dort fort.</translation>
    </message>
    <message>
      <source>Remove everything this import created and restore what it updated? Accounts and contacts someone changed on the server since the import stay.</source>
      <translation>Alles entfernen, was dieser Import angelegt hat, und wiederherstellen, was er aktualisiert hat? Konten und Kontakte, die seit dem Import auf dem Server geändert wurden, bleiben erhalten.</translation>
    </message>
  </context>
  <context>
    <name>kontor::ui::ImportWizard</name>
    <message>
      <source>Import accounts</source>
      <translation>Konten importieren</translation>
    </message>
    <message>
      <source>&amp;Import</source>
      <translation>&amp;Importieren</translation>
    </message>
    <message>
      <source>The errors could not be saved to “%1”.</source>
      <translation>Die Fehler konnten nicht in „%1“ gespeichert werden.</translation>
    </message>
  </context>
  <context>
    <name>kontor::ui::InboxPage</name>
    <message>
      <source>&amp;Go to …</source>
      <translation>&amp;Gehe zu …</translation>
    </message>
    <message>
      <source>Mark as &amp;read</source>
      <translation>Als gelesen &amp;markieren</translation>
    </message>
    <message>
      <source>Inbox+</source>
      <translation>Inbox+</translation>
    </message>
    <message>
      <source>Notifications</source>
      <translation>Benachrichtigungen</translation>
    </message>
    <message>
      <source>Go to the account</source>
      <translation>Zum Konto gehen</translation>
    </message>
  </context>
  <context>
    <name>kontor::ui::InvitationDialog</name>
    <message>
      <source>Invite to the client portal</source>
      <translation>Zum Kundenportal einladen</translation>
    </message>
    <message>
      <source>%1 (%2)</source>
      <translation>%1 (%2)</translation>
    </message>
    <message>
      <source>Portal access to the account “%1” for: %2. The invitation email holds a link to set a password and activate the access.</source>
      <translation>Portalzugang zum Konto „%1“ für: %2. Die Einladungs-E-Mail enthält einen Link, um ein Passwort festzulegen und den Zugang zu aktivieren.</translation>
    </message>
    <message>
      <source>Personal message</source>
      <translation>Persönliche Nachricht</translation>
    </message>
    <message>
      <source>Optional: a few words that appear in the email</source>
      <translation>Optional: ein paar Worte, die in der E-Mail erscheinen</translation>
    </message>
    <message>
      <source>&amp;Personal message</source>
      <translation>&amp;Persönliche Nachricht</translation>
    </message>
    <message>
      <source>Skip: access stays switched on and you can keep working on the account; the invitation can be sent later.</source>
      <translation>Überspringen: Der Zugang bleibt eingeschaltet und Sie können weiter am Konto arbeiten; die Einladung lässt sich später senden.</translation>
    </message>
    <message>
      <source>&amp;Send</source>
      <translation>&amp;Senden</translation>
    </message>
    <message>
      <source>S&amp;kip</source>
      <translation>Übe&amp;rspringen</translation>
    </message>
  </context>
  <context>
    <name>kontor::ui::LinkContactDialog</name>
    <message>
      <source>Add contact to account</source>
      <translation>Kontakt zum Konto hinzufügen</translation>
    </message>
    <message>
      <source>Link</source>
      <translation>Verknüpfen</translation>
    </message>
  </context>
  <context>
    <name>kontor::ui::MainWindow</name>
    <message>
      <source>Kontor</source>
      <translation>Kontor</translation>
    </message>
    <message>
      <source>Main</source>
      <translation>Hauptleiste</translation>
    </message>
    <message>
      <source>&amp;New</source>
      <translation>&amp;Neu</translation>
    </message>
    <message>
      <source>New</source>
      <translation>Neu</translation>
    </message>
    <message>
      <source>&amp;Account</source>
      <translation>&amp;Konto</translation>
    </message>
    <message>
      <source>Accounts</source>
      <translation>Konten</translation>
    </message>
    <message>
      <source>Inbox+</source>
      <translation>Inbox+</translation>
    </message>
    <message>
      <source>Settings</source>
      <translation>Einstellungen</translation>
    </message>
    <message>
      <source>Sign out</source>
      <translation>Abmelden</translation>
    </message>
    <message>
      <source>This account is not on this computer yet. It appears after the next synchronisation.</source>
      <translation>Dieses Konto ist noch nicht auf diesem Computer. Es erscheint nach der nächsten Synchronisierung.</translation>
    </message>
    <message>
      <source>Account created.</source>
      <translation>Konto erstellt.</translation>
    </message>
    <message>
      <source>Kontor – %1 (%2)</source>
      <translation>Kontor – %1 (%2)</translation>
    </message>
    <message>
      <source>Inbox+ (%1)</source>
      <translation>Inbox+ (%1)</translation>
    </message>
    <message>
      <source>Unread notifications: %1</source>
      <translation>Ungelesene Benachrichtigungen: %1</translation>
    </message>
    <message>
      <source>&amp;Import accounts…</source>
      <translation>Konten &amp;importieren…</translation>
    </message>
    <message>
      <source>&amp;Drafts (%1)</source>
      <translation>&amp;Entwürfe (%1)</translation>
    </message>
    <message>
      <source>Con&amp;flicts (%1)</source>
      <translation>&amp;Konflikte (%1)</translation>
    </message>
    <message>
      <source>This draft is gone: the account was created or the draft discarded.</source>
      <translation>Diesen Entwurf gibt es nicht mehr: Das Konto wurde erstellt oder der Entwurf verworfen.</translation>
    </message>
    <message>
      <source>%1 (%2)</source>
      <translation>%1 (%2)</translation>
    </message>
    <message>
      <source>Contact exists already</source>
      <translation>Kontakt gibt es schon</translation>
    </message>
    <message>
      <source>%1 exists already. Link the existing contact?</source>
      <translation>%1 gibt es schon. Vorhandenen Kontakt verknüpfen?</translation>
    </message>
    <message>
      <source>&amp;Link existing contact</source>
      <translation>Vorhandenen Kontakt ver&amp;knüpfen</translation>
    </message>
    <message>
      <source>&amp;Keep new contact</source>
      <translation>&amp;Neuen Kontakt behalten</translation>
    </message>
    <message>
      <source>Continue draft?</source>
      <translation>Entwurf fortsetzen?</translation>
    </message>
    <message>
      <source>You were working on the new account “%1”. Continue the draft?</source>
      <translation>Sie haben am neuen Konto „%1“ gearbeitet. Entwurf fortsetzen?</translation>
    </message>
    <message>
      <source>&amp;Export accounts…</source>
      <translation>Konten &amp;exportieren…</translation>
    </message>
    <message>
      <source>Export accounts</source>
      <translation>Konten exportieren</translation>
    </message>
    <message>
      <source>Accounts.csv</source>
      <translation>Konten.csv</translation>
    </message>
    <message>
      <source>CSV files (*.csv)</source>
      <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
      <source>Exporting accounts…</source>
      <translation>Konten werden exportiert …</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Abbrechen</translation>
    </message>
    <message>
      <source>%1 accounts exported to “%2”.</source>
      <translation>%1 Konten nach „%2“ exportiert.</translation>
    </message>
    <message>
      <source>Export cancelled; no file was written.</source>
      <translation>Export abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
      <source>Nothing needs attention any more.</source>
      <translation>Es ist kein Eingriff mehr nötig.</translation>
    </message>
    <message>
      <source>Resolve conflicts (%1)…</source>
      <translation>Konflikte auflösen (%1) …</translation>
    </message>
    <message>
      <source>New account “%1” refused by the server…</source>
      <translation>Neues Konto „%1“, vom Server abgelehnt …</translation>
    </message>
    <message>
      <source>Refused changes to “%1” (%2)…</source>
      <translation>Abgelehnte Änderungen an „%1“ (%2) …</translation>
    </message>
    <message>
      <source>Refused import rows (%1 batches)…</source>
      <translation>Abgelehnte Importzeilen (%1 Stapel) …</translation>
    </message>
    <message>
      <source>Discard %1 refused changes of records no longer here…</source>
      <translation>%1 abgelehnte Änderungen an nicht mehr vorhandenen Datensätzen verwerfen …</translation>
    </message>
    <message>
      <source>Discard refused changes</source>
      <translation>Abgelehnte Änderungen verwerfen</translation>
    </message>
    <message>
      <source>The server did not accept %1 changes of accounts or contacts that are no longer on this computer. Discard them?</source>
      <translation>Der Server hat %1 Änderungen an Konten oder Kontakten nicht angenommen, die es auf diesem Computer nicht mehr gibt. Verwerfen?</translation>
    </message>
    <message>
      <source>&amp;Discard</source>
      <translation>&amp;Verwerfen</translation>
    </message>
  </context>
  <context>
    <name>kontor::ui::NewAccountWizard</name>
    <message>
      <source>New account</source>
      <translation>Neues Konto</translation>
    </message>
    <message>
      <source>&amp;Create</source>
      <translation>&amp;Erstellen</translation>
    </message>
    <message>
      <source>named after the company</source>
      <translation>wird nach dem Unternehmen benannt</translation>
    </message>
    <message>
      <source>named after the first contact</source>
      <translation>wird nach dem ersten Kontakt benannt</translation>
    </message>
    <message>
      <source>Account not created</source>
      <translation>Konto nicht erstellt</translation>
    </message>
    <message>
      <source>The account could not be created. Please check the fields marked in red.</source>
      <translation>Das Konto konnte nicht erstellt werden. Bitte prüfen Sie die rot markierten Felder.</translation>
    </message>
    <message>
      <source>Invitation not sent</source>
      <translation>Einladung nicht gesendet</translation>
    </message>
    <message>
      <source>The invitation for %1 could not be queued. You can send it later from the account's Info tab.</source>
      <translation>Die Einladung für %1 konnte nicht vorgemerkt werden. Sie können sie später im Info-Tab des Kontos senden.</translation>
    </message>
  </context>
  <context>
    <name>kontor::ui::PhoneListEditor</name>
    <message>
      <source>Add phone number</source>
      <translation>Telefonnummer hinzufügen</translation>
    </message>
    <message>
      <source>e.g. 0351 1234567 or +49 351 1234567</source>
      <translation>z. B. 0351 1234567 oder +49 351 1234567</translation>
    </message>
    <message>
      <source>Primary (SMS)</source>
      <translation>Primär (SMS)</translation>
    </message>
    <message>
      <source>Text messages go to the primary number. Only one number can be primary.</source>
      <translation>SMS gehen an die primäre Nummer. Nur eine Nummer kann primär sein.</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Entfernen</translation>
    </message>
    <message>
      <source>Phone number %1</source>
      <translation>Telefonnummer %1</translation>
    </message>
    <message>
      <source>Phone number %1 is primary (SMS)</source>
      <translation>Telefonnummer %1 ist primär (SMS)</translation>
    </message>
    <message>
      <source>Remove phone number %1</source>
      <translation>Telefonnummer %1 entfernen</translation>
    </message>
  </context>
  <context>
    <name>kontor::ui::RefusedChangesBox</name>
    <message>
      <source>A change of this account was refused.</source>
      <translation>Eine Änderung dieses Kontos wurde abgelehnt.</translation>
    </message>
    <message>
      <source>A change of a contact was refused.</source>
      <translation>Eine Änderung eines Kontakts wurde abgelehnt.</translation>
    </message>
    <message>
      <source>Linking a contact was refused.</source>
      <translation>Das Verknüpfen eines Kontakts wurde abgelehnt.</translation>
    </message>
    <message>
      <source>Sending an invitation was refused.</source>
      <translation>Das Senden einer Einladung wurde abgelehnt.</translation>
    </message>
    <message>
      <source>A change was refused.</source>
      <translation>Eine Änderung wurde abgelehnt.</translation>
    </message>
    <message>
      <source>Changes the server refused</source>
      <translation>Vom Server abgelehnte Änderungen</translation>
    </message>
    <message>
      <source>&amp;Edit …</source>
      <translation>&amp;Bearbeiten …</translation>
    </message>
    <message>
      <source>Edit the refused change</source>
      <translation>Abgelehnte Änderung bearbeiten</translation>
    </message>
    <message>
      <source>Dis&amp;card</source>
      <translation>&amp;Verwerfen</translation>
    </message>
    <message>
      <source>Discard the refused change</source>
      <translation>Abgelehnte Änderung verwerfen</translation>
    </message>
    <message>
      <source>Discard change</source>
      <translation>Änderung verwerfen</translation>
    </message>
    <message>
      <source>Discard this change? The values on the server stay as they are.</source>
      <translation>Diese Änderung verwerfen? Die Werte auf dem Server bleiben, wie sie sind.</translation>
    </message>
  </context>
  <context>
    <name>kontor::ui::RejectedEditDialog</name>
    <message>
      <source>Edit refused contact change</source>
      <translation>Abgelehnte Kontaktänderung bearbeiten</translation>
    </message>
    <message>
      <source>Edit refused account change</source>
      <translation>Abgelehnte Kontoänderung bearbeiten</translation>
    </message>
    <message>
      <source>The server did not accept this change. Correct the fields marked in red and send it again.</source>
      <translation>Der Server hat diese Änderung nicht angenommen. Korrigieren Sie die rot markierten Felder und senden Sie sie erneut.</translation>
    </message>
    <message>
      <source>Contact</source>
      <translation>Kontakt</translation>
    </message>
    <message>
      <source>&amp;Send again</source>
      <translation>Erneut sen&amp;den</translation>
    </message>
  </context>
  <context>
    <name>kontor::ui::SettingsDialog</name>
    <message>
      <source>Settings</source>
      <translation>Einstellungen</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Sprache</translation>
    </message>
    <message>
      <source>As the system</source>
      <translation>Wie das System</translation>
    </message>
    <message>
      <source>&amp;Language</source>
      <translation>&amp;Sprache</translation>
    </message>
    <message>
      <source>A new language shows after Kontor is started again.</source>
      <translation>Eine neue Sprache erscheint nach dem nächsten Start von Kontor.</translation>
    </message>
  </context>
  <context>
    <name>kontor::ui::SignInDialog</name>
    <message>
      <source>Sign in to Kontor</source>
      <translation>Bei Kontor anmelden</translation>
    </message>
    <message>
      <source>kanzlei.example.de</source>
      <translation>kanzlei.example.de</translation>
    </message>
    <message>
      <source>Server address</source>
      <translation>Serveradresse</translation>
    </message>
    <message>
      <source>Email</source>
      <translation>E-Mail</translation>
    </message>
    <message>
      <source>Password</source>
      <translation>Passwort</translation>
    </message>
    <message>
      <source>&amp;Server address</source>
      <translation>&amp;Serveradresse</translation>
    </message>
    <message>
      <source>&amp;Email</source>
      <translation>E-&amp;Mail</translation>
    </message>
    <message>
      <source>&amp;Password</source>
      <translation>&amp;Passwort</translation>
    </message>
    <message>
      <source>Sign &amp;in</source>
      <translation>&amp;Anmelden</translation>
    </message>
    <message>
      <source>This is not a server address. Enter it as your firm gave it to you, for example “kanzlei.example.de”.</source>
      <translation>Das ist keine Serveradresse. Geben Sie sie so ein, wie Ihre Kanzlei sie Ihnen mitgeteilt hat, zum Beispiel „kanzlei.example.de“.</translation>
    </message>
    <message>
      <source>Signing in …</source>
      <translation>Anmeldung läuft …</translation>
    </message>
  </context>
  <context>
    <name>kontor::ui::SyncStatusWidget</name>
    <message>
      <source>Cancel</source>
      <translation>Abbrechen</translation>
    </message>
    <message>
      <source>S&amp;ync now</source>
      <translation>&amp;Jetzt synchronisieren</translation>
    </message>
    <message>
      <source>Synchronisation progress</source>
      <translation>Fortschritt der Synchronisierung</translation>
    </message>
    <message>
      <source>Cancel synchronisation</source>
      <translation>Synchronisierung abbrechen</translation>
    </message>
    <message>
      <source>Offline</source>
      <translation>Offline</translation>
    </message>
    <message>
      <source>Connecting …</source>
      <translation>Verbinde …</translation>
    </message>
    <message>
      <source>Synchronising …</source>
      <translation>Synchronisiere …</translation>
    </message>
    <message>
      <source>Online</source>
      <translation>Online</translation>
    </message>
    <message>
      <source>Next attempt in %1 s</source>
      <translation>Nächster Versuch in %1 s</translation>
    </message>
    <message>
      <source>%1 changes not synchronised</source>
      <translation>%1 Änderungen nicht synchronisiert</translation>
    </message>
    <message>
      <source>everything synchronised</source>
      <translation>alles synchronisiert</translation>
    </message>
    <message>
      <source>%1 need attention</source>
      <translation>Eingriff nötig: %1</translation>
    </message>
    <message>
      <source>Last synchronised: %1</source>
      <translation>Zuletzt synchronisiert: %1</translation>
    </message>
    <message>
      <source>Connection and sync state: %1</source>
      <translation>Verbindungs- und Synchronisierungsstatus: %1</translation>
    </message>
    <message>
      <source>%1 of %2 changes</source>
      <translation>%1 von %2 Änderungen</translation>
    </message>
    <message>
      <source>Show where the changes the server did not accept are resolved</source>
      <translation>Zeigt, wo Sie die vom Server nicht angenommenen Änderungen bearbeiten</translation>
    </message>
  </context>
  <context>
    <name>kontor::ui::TagPicker</name>
    <message>
      <source>Add</source>
      <translation>Hinzufügen</translation>
    </message>
    <message>
      <source>Choose or type a new tag, then press Enter</source>
      <translation>Schlagwort wählen oder neu eingeben, dann Enter drücken</translation>
    </message>
    <message>
      <source>Tags</source>
      <translation>Schlagwörter</translation>
    </message>
    <message>
      <source>Add tag</source>
      <translation>Schlagwort hinzufügen</translation>
    </message>
    <message>
      <source>Chosen tags</source>
      <translation>Gewählte Schlagwörter</translation>
    </message>
    <message>
      <source>Press Delete to remove the selected tag.</source>
      <translation>Mit Entf wird das ausgewählte Schlagwort entfernt.</translation>
    </message>
    <message>
      <source>New tag: it is created with the account.</source>
      <translation>Neues Schlagwort: Es wird mit dem Konto angelegt.</translation>
    </message>
  </context>
  <context>
    <name>kontor::ui::TeamMemberPicker</name>
    <message>
      <source>Team members</source>
      <translation>Teammitglieder</translation>
    </message>
    <message>
      <source>Space checks or unchecks the selected team member.</source>
      <translation>Die Leertaste wählt das markierte Teammitglied an oder ab.</translation>
    </message>
    <message>
      <source>you, creator</source>
      <translation>Sie, Ersteller</translation>
    </message>
    <message>
      <source>default access</source>
      <translation>Standardzugriff</translation>
    </message>
  </context>
  <context>
    <name>main</name>
    <message>
      <source>Kontor: client management for tax firms</source>
      <translation>Kontor: Mandantenverwaltung für Kanzleien</translation>
    </message>
    <message>
      <source>Sign in to the server at &lt;url&gt;.</source>
      <translation>Am Server unter &lt;url&gt; anmelden.</translation>
    </message>
    <message>
      <source>Sign in as &lt;email&gt;.</source>
      <translation>Als &lt;email&gt; anmelden.</translation>
    </message>
    <message>
      <source>Read the password from the first line of &lt;file&gt;. Only the session token is kept (in the keychain).</source>
      <translation>Das Passwort aus der ersten Zeile von &lt;file&gt; lesen. Gespeichert wird nur das Sitzungstoken (im Schlüsselbund).</translation>
    </message>
    <message>
      <source>A kontor://account/&lt;id&gt; link to open.</source>
      <translation>Ein zu öffnender Link kontor://account/&lt;id&gt;.</translation>
    </message>
    <message>
      <source>--server, --email and --password-file go together.</source>
      <translation>--server, --email und --password-file gehören zusammen.</translation>
    </message>
    <message>
      <source>Cannot read the password file %1.</source>
      <translation>Die Passwortdatei %1 lässt sich nicht lesen.</translation>
    </message>
    <message>
      <source>%1 is not a server address.</source>
      <translation>%1 ist keine Serveradresse.</translation>
    </message>
  </context>
</TS>
