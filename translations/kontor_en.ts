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
    <name>AccountListExport</name>
    <message>
        <source>The list could not be saved as “%1”: %2</source>
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
    <name>Portal</name>
    <message>
        <source>This link does not work any more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link was already used, replaced by a newer one or has expired. Ask your tax firm to send you a new invitation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password needs at least 10 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password may have at most 256 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This password is one of the most common ones and easy to guess. Choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm your registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate your access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a password for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least 10 characters; any letters, digits and symbols.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save password and sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register for the client portal of %1. We will send you a link to confirm your email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already registered?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check your inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We sent a link to the email address you gave. Open it to choose your password and finish the registration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The email address or the password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New here?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account is shared with you at the moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in Kontor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the account in the Kontor desktop application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing at this address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This form could not be checked. Go back, reload the page and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There were too many attempts. Please wait a few minutes and try again.</source>
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
    <message>
        <source>%1 registered on the client portal (account “%2”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 activated access to the client portal for “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An invitation with this id exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This invitation was already used or replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invitation to %1 could not be delivered. Check the address and send it again.</source>
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
        <source>Turn on portal access (LOGIN) for this contact first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The personal message is too long.</source>
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
    <message>
        <source>The quote opened in line %1 is never closed; this row and the rest of the file were not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value looks like UTF-8 read as Windows-1252: the file mixes encodings. Correct the value, or choose the file&apos;s encoding and read it again.</source>
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
    <name>kontor::app::ImportPlan</name>
    <message>
        <source>The data on this computer cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “%1” cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “%1” cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no room for the import&apos;s temporary file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> It has changes that are not synchronised yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same name and phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same name on this account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row has errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row has no values in the mapped columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 has the same contact for this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from this file before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An account named “%1” exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a contact of this account already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updates the existing contact “%1” (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updates the existing account “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links the existing contact “%1” (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links the contact of row %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links the contact imported before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates a new contact although “%1” exists (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a new contact to the existing account “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates a new account although “%1” exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates the account with this contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a new contact to the account of row %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import could not be saved on this computer. Is the disk full?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This import is not known here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::app::ImportReport</name>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
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
    <name>kontor::cli::Cli</name>
    <message>
        <source>Nobody is signed in here. Sign in first: kontor-cli login --server URL --email EMAIL --password-file FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session has ended. Sign in again: kontor-cli login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows: %1 · accounts to create: %2 · contacts to create: %3 · links: %4 · updates: %5 · skipped: %6 · rows with errors: %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the column mapping saved in &lt;file&gt; (JSON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the column mapping used to &lt;file&gt; for next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only plan: show what would happen, change nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do with accounts and contacts that exist already: skip (default), update or create.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV delimiter (detected otherwise).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s encoding: utf-8, utf-16le, utf-16be, windows-1252.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the rows with errors to &lt;file&gt; (CSV).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: kontor-cli import FILE [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--on-duplicate takes skip, update or create.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--delimiter takes one character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown encoding “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--batch-rows takes a number from 1 to 5000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping file “%1” cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping file “%1” is not a Kontor mapping: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping cannot be saved to “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The errors cannot be written to “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No row can be imported with this column mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported (import %1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run “kontor-cli sync” to send it to the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: kontor-cli undo IMPORT_ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone: %1 accounts and %2 contacts removed, %3 links removed, %4 records restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kontor on the command line.

Commands:
  login --server URL --email EMAIL --password-file FILE
  import FILE [--mapping M] [--dry-run] [--on-duplicate skip|update|create] [--json]
  undo IMPORT_ID
  sync
  accounts list [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the local store at &lt;file&gt; instead of the signed-in firm&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do (see above).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which command? See kontor-cli --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command “%1”. See kontor-cli --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Kontor server, e.g. https://kontor.kanzlei.de.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in as &lt;email&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the password from the first line of &lt;file&gt; (never from the command line).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give up a sync after &lt;seconds&gt; (default 3600).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: kontor-cli login --server URL --email EMAIL --password-file FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password file “%1” cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronised: %1 changes sent, %2 received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changes were not accepted by the server and need attention in Kontor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The accounts cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows per batch (one operation for the server).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::ui::AccountInfoPage</name>
    <message>
        <source>Account information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is the client? Fields marked with * are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Individual or family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compan&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client type: individual or family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client type: company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Company name *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional. Left empty, the account is named after the company or the first contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team &amp;members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team members given access are notified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generated from the first contact&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the fields marked with * to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folders: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::ui::AccountProfile</name>
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
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add contact …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add or link a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1</source>
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
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Individual or family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company name</source>
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
        <source>Standard folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portal</source>
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
    <message>
        <source>%1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink %1 from the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An account needs at least one contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no email address. Portal access (LOGIN) needs one: add it to the contact first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink %1 from this account? The contact itself is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be saved on this computer. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::ui::AccountsPage</name>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search accounts, contacts, email …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by client type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Individual or family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by team member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resend invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends a new link to each selected contact; the old link stops working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invited clients who have not activated their portal access yet. Select one or more to send the invitation again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All team members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the firm&apos;s owner, administrators and employees allowed to manage accounts can create accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitations to send again: %1. Each gets a new link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invitations could not be queued. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::ui::ConflictsDialog</name>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These fields were changed here and by a colleague at the same time. The server kept its value. Choose which value stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Conflicting fields:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicting fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account or contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep server value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use my value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company name</source>
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
        <source>Folder template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client type</source>
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
        <source>Phone numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact field “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account field “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict not resolved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::ui::ContactEditor</name>
    <message>
        <source>New contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link existing contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First name *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Middle name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&amp;ast name *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needed for portal access (LOGIN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link this contact instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;treet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ostal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;gion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;untry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag&amp;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LOGIN</source>
        <extracomment>The switch names stay in capitals in every language, as in the product&apos;s help.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact may sign in to the client portal for this account. Needs an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOTIFY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact receives the account&apos;s notifications and emails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EMAIL SYNC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email with this address appears on the account&apos;s email tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact %1: new contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact %1: link existing contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove contact %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact %1: search by name or email</source>
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
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This contact may already exist: %1. Link it instead of creating it twice?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search for a contact by name or email and choose it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::ui::ContactSearch</name>
    <message>
        <source>Name or email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link the selected contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::ui::ContactsPage</name>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every account has at least one contact: a new one, or an existing contact linked to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;new contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add new contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the fields marked with * to create the account.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::ui::CustomFieldEditor</name>
    <message>
        <source>name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::ui::DesktopClient</name>
    <message>
        <source>Signing in did not work. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kontor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data on this computer cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::ui::DraftsDialog</name>
    <message>
        <source>Drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New accounts not created yet. Those marked “Needs attention” were refused by the server: open them to fix what it found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Drafts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the draft “%1”? What was entered in it is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft could not be discarded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::ui::ImportFilePage</name>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a client list: CSV as Excel and other programs save it, or vCards (Outlook, Google, Apple).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vertical bar (|)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import of “%1” did not finish (up to row %2). Resume it to import the rest; nothing is imported twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client lists (*.csv *.txt *.vcf *.vcard);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “%1” cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused rows %1–%2 of the import of “%3”. They are on this computer only. Discard them here, correct the file and import it again (rows already imported are not imported twice).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard refused rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the accounts and contacts of rows %1–%2 from this computer? The server has none of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rows could not be removed from this computer. Is the disk full?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undoing the import of “%1” of %2 did not finish. “Undo” goes on with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import of “%1” of %2 can be undone: what it created is removed, what it updated is restored, also on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the refused ro&amp;ws</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as vCards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as CSV with the delimiter %1 and the encoding %2. If the examples look wrong, go back and choose the delimiter or the encoding.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::ui::ImportMappingPage</name>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what each column is imported as. Rows are contacts; rows with the same account name become one account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save this mapping for the next import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import “%1” as</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::ui::ImportPreviewModel</name>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::ui::ImportPreviewPage</name>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is written yet. Check what happens to each row, and choose what to do with accounts and contacts that exist already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport errors…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No row can be imported with this column mapping: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading stopped early: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accounts that exist already (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ontacts that exist already (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows: %1. Accounts to create: %2, contacts to create: %3, to link: %4, to update: %5, to skip: %6, with errors: %7.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::ui::ImportReportPage</name>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite to the client portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal message (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Personal message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1 accounts and %2 contacts, linked %3 contacts, updated %4 records. Skipped %5 rows; %6 rows had errors and were not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“Undo” removes what this import created and restores what it updated, also on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitations queued: %1. They are sent with the next synchronisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported contacts with portal access (LOGIN): %1. Invite them now with one message, or later from their profiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;invitations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invitations could not be saved on this computer. Try again, or invite later from the profiles.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::ui::ImportRunPage</name>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The accounts are written batch by batch and show in the list at once. They go to the server with the next synchronisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the file again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped. So far %1 accounts and %2 contacts were created, %3 contacts linked and %4 records updated; “Resume” imports the rest, also after closing Kontor.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::ui::ImportUndoPanel</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undoing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone: %1 accounts and %2 contacts removed, %3 records restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo was stopped. “Undo” again goes on from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove everything this import created and restore what it updated? Accounts and contacts someone changed on the server since the import stay.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::ui::ImportWizard</name>
    <message>
        <source>Import accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The errors could not be saved to “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::ui::InboxPage</name>
    <message>
        <source>&amp;Go to …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as &amp;read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbox+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::ui::InvitationDialog</name>
    <message>
        <source>Invite to the client portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portal access to the account “%1” for: %2. The invitation email holds a link to set a password and activate the access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: a few words that appear in the email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Personal message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip: access stays switched on and you can keep working on the account; the invitation can be sent later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::ui::LinkContactDialog</name>
    <message>
        <source>Add contact to account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::ui::MainWindow</name>
    <message>
        <source>Kontor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbox+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is not on this computer yet. It appears after the next synchronisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kontor – %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbox+ (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unread notifications: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Drafts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Con&amp;flicts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This draft is gone: the account was created or the draft discarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact exists already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists already. Link the existing contact?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link existing contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep new contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue draft?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You were working on the new account “%1”. Continue the draft?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 accounts exported to “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing needs attention any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve conflicts (%1)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New account “%1” refused by the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused changes to “%1” (%2)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused import rows (%1 batches)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard %1 refused changes of records no longer here…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard refused changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not accept %1 changes of accounts or contacts that are no longer on this computer. Discard them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::ui::NewAccountWizard</name>
    <message>
        <source>New account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>named after the company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>named after the first contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account not created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account could not be created. Please check the fields marked in red.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invitation for %1 could not be queued. You can send it later from the account&apos;s Info tab.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::ui::PhoneListEditor</name>
    <message>
        <source>Add phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 0351 1234567 or +49 351 1234567</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary (SMS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text messages go to the primary number. Only one number can be primary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number %1 is primary (SMS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove phone number %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::ui::RefusedChangesBox</name>
    <message>
        <source>A change of this account was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change of a contact was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linking a contact was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending an invitation was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes the server refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the refused change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dis&amp;card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the refused change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard this change? The values on the server stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::ui::RejectedEditDialog</name>
    <message>
        <source>Edit refused contact change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit refused account change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not accept this change. Correct the fields marked in red and send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language shows after Kontor is started again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::ui::SignInDialog</name>
    <message>
        <source>Sign in to Kontor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kanzlei.example.de</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a server address. Enter it as your firm gave it to you, for example “kanzlei.example.de”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in …</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::ui::SyncStatusWidget</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronisation progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel synchronisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronising …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next attempt in %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changes not synchronised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>everything synchronised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 need attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last synchronised: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection and sync state: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show where the changes the server did not accept are resolved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::ui::TagPicker</name>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose or type a new tag, then press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Delete to remove the selected tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New tag: it is created with the account.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::ui::TeamMemberPicker</name>
    <message>
        <source>Team members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space checks or unchecks the selected team member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you, creator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default access</source>
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
        <source>Sign in to the server at &lt;url&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in as &lt;email&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the password from the first line of &lt;file&gt;. Only the session token is kept (in the keychain).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A kontor://account/&lt;id&gt; link to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--server, --email and --password-file go together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the password file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a server address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
