<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Validation</name>
    <message>
        <source>An account needs at least one contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 entries are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This contact does not exist (any more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This contact is already linked to the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another contact of this account has the same email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only company accounts have a company name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portal access (LOGIN) needs an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not one of the choices of the field “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A choice field needs at least one option.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” appears more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid date (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a web address (https://…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This firm has no such field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An email address needs exactly one “@”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part before “@” is empty, longer than 64 characters or has misplaced dots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The character “%1” at position %2 is not allowed in an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” after “@” is not a valid domain name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder named “%1” already exists here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folders can be nested at most %1 levels deep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is not valid UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON may be nested at most %1 levels deep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON is malformed at byte %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid phone number. Numbers without a country code are read as German.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one phone number can be primary (used for text messages).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invisible or control character %1 at position %2 is not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The character “%1” at position %2 is not allowed in names, because names become folder names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a device name reserved by Windows and cannot be a folder name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name must not end with a dot or a space (position %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 characters are allowed; this text has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a text here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a number here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected true or false here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a list here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected an object here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected an id (UUID) here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid value here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Kontor: client management for tax firms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kontor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
