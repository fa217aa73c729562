#pragma once

#include <QDate>
#include <QString>
#include <QUrl>
#include <QUuid>

namespace kontor::mail {

/// The language of a mail. German is the default (the firm's language setting).
enum class MailLanguage { German, English };

/// "en" (or "en-GB", "en_US") gives English; anything else, including empty, German.
MailLanguage mailLanguage(const QString& code);

/// Subject and both bodies of a mail, ready to go into a MailMessage.
struct MailContent {
    QString subject;
    QString text;
    QString html;
};

/// R-INV-2, R-INV-6: the invitation to the client portal.
struct InvitationMail {
    QString firmName;
    QString contactName;
    QString personalMessage; ///< optional, several lines allowed
    QUrl activationLink;     ///< /portal/activate?token=…
    QDate validUntil;        ///< last day the link works, in the firm's time zone
};

/// R-REG-1: the confirmation link after a self sign-up.
struct SignupConfirmationMail {
    QString firmName;
    QString contactName;
    QUrl confirmationLink;
    QDate validUntil;
};

/// R-REG-2, R-REG-3: tells a team member that a client activated access or registered.
struct PortalAccessNotice {
    enum class Event { Activated, Registered };
    Event event = Event::Activated;
    QString teamMemberName;
    QString contactName;
    QString accountName;
    QUuid accountId;
    QUrl webLink; ///< the account on the server's public URL
};

MailContent renderInvitation(const InvitationMail& data, MailLanguage language);
MailContent renderSignupConfirmation(const SignupConfirmationMail& data, MailLanguage language);
MailContent renderPortalAccessNotice(const PortalAccessNotice& data, MailLanguage language);

/// The desktop client's link to an account: kontor://account/<id>.
QUrl desktopAccountLink(const QUuid& accountId);

/// The date as the mails show it: "12.12.2026" in German, "12 December 2026" in English.
QString formatMailDate(const QDate& date, MailLanguage language);

} // namespace kontor::mail
