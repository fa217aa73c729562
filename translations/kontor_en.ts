<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccountListCsv</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Individual</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportField</name>
    <message>
        <source>Do not import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom account field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>House number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom contact field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LOGIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOTIFY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EMAIL SYNC</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailTemplates</name>
    <message>
        <source>Hello,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello %1,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link is valid until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the button does not work, copy this address into your browser:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind regards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 invites you to its client portal.</source>
        <extracomment>%1 is the name of the tax firm.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To activate your access, open this link and choose a password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you did not expect this invitation, you can ignore this email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your invitation to the client portal of %1</source>
        <extracomment>Subject of the invitation mail; %1 is the name of the tax firm.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you for registering on the client portal of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To confirm your email address, open this link and choose a password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you did not register, you can ignore this email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm your registration with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 registered on the client portal. The account “%2” was created.</source>
        <extracomment>%1 is the client&apos;s name, %2 the account&apos;s name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 activated access to the client portal for the account “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is an automatic message from Kontor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 registered on the client portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 activated portal access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to “%1” in Kontor</source>
        <extracomment>R-REG-3 &quot;Gehe zu…&quot; link that opens the account in the desktop client; %1 is its name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to “%1” in the browser</source>
        <extracomment>R-REG-3 &quot;Gehe zu…&quot; link that opens the account in a web browser; %1 is its name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Server</name>
    <message>
        <source>The account was changed meanwhile; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact was changed meanwhile; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parameter “%1” has a value Kontor does not understand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parameter “%1” must be an id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many failed sign-ins. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The email address or the password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An account with this id exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An account needs at least one contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A firm with this name exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A team member with this email address exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page cursor is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You were given access to the account “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portal invitations are not available on this server yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This op_id was used before for a different operation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change cursor is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in first: the access token is missing, invalid, expired or revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You do not have permission to do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request body is not a JSON object Kontor can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some fields are not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong on the server. Please try again; if it keeps happening, tell your administrator the request id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has too many open connections. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request target must be a path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address is not valid UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request body is larger than %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request body is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request headers are too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HTTP request is malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This address does not support the method %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing at this address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is not reachable. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <message>
        <source>A Message-ID has the form “unique@domain”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server address has the form smtp://[user@]host[:port].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not put the mail server password in the address, where other users of the computer can read it: use a password file or the environment variable KONTOR_SMTP_PASSWORD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password file “%1” cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mail server password needs a user name in the address: smtp://user@host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server user needs a password: give a password file or set KONTOR_SMTP_PASSWORD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this field meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This folder template does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This team member does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This id is already used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field cannot be changed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A contact with portal access needs an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag with this name exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header has %1 columns; at most %2 are supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quote opened in line %1 is never closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This row is longer than %1 characters; it was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This row has %1 values, but the header has only %2 columns. Is a value containing the delimiter not quoted?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 gives this account another value here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 has this email address for a person with another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has more than %1 rows; split it into smaller files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value is longer than %1 characters; it was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value has bytes that are not valid %1. Choose the file&apos;s encoding (for example Windows-1252) and read it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a saved import mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a field an import knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date (write 31.12.2024 or 2024-12-31).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a yes/no value (ja/nein, x, 1/0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no custom account field “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no custom contact field “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the columns with the contacts&apos; first and last names (or full names).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no team member “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a client type (write Einzelperson or Unternehmen).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a vCard file: it does not begin with BEGIN:VCARD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vCard that begins in line %1 has no END:VCARD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vCard has more than %1 entries; the rest were not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account does not exist (any more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This contact is not linked to the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be saved on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This conflict was resolved already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This change was resolved already.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::app::AccountListModel</name>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Individual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>activated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not activated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not synchronised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>synchronised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portal status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::app::ApiClient</name>
    <message>
        <source>The server %1 cannot be reached. Please check the address and the internet connection. Your changes are kept on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 is not secure: the server&apos;s certificate could not be verified. Please contact your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 did not answer in time. Please try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have been signed out. Please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not allowed to do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record does not exist (any more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this in the meantime.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please check your entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is too much data for one request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is busy. Please try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has a problem. Please try again later. Your changes are kept on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer was not understood. Is %1 a Kontor server?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::app::KeychainCredentialStore</name>
    <message>
        <source>The keychain of this computer is not available, so you will have to sign in again next time. Your password is never stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain did not answer in time. Is it locked? You will have to sign in again next time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::app::LocalStore</name>
    <message>
        <source>The data on this computer cannot be opened. Please contact your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be saved on this computer. Is the disk full?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::app::PendingActivationsModel</name>
    <message>
        <source>waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times sent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::app::Session</name>
    <message>
        <source>Please enter the server address, for example https://kontor.kanzlei.de.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The email address or the password is not right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer was not understood. Is %1 a Kontor server?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::app::SyncEngine</name>
    <message>
        <source>The server did not confirm the changes. They are kept and sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This change cannot be sent by this version of Kontor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes from the server could not be saved on this computer. Is the disk full?</source>
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
