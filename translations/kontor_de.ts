<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
