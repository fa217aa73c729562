#include "mailtemplates.h"

#include "mailbody.h"
#include "maillog.h"

#include "core/translations.h"

#include <QLocale>
#include <QTranslator>

#include <memory>

using namespace Qt::StringLiterals;

namespace kontor::mail {

namespace {

// A mail's language is the firm's, not the server process's, so the strings are translated
// through an explicit translator rather than the application-wide tr(). QTranslator's
// translate() only reads, so the one instance serves every thread.
const QTranslator* germanTranslator()
{
    static const std::unique_ptr<QTranslator> translator = [] {
        auto t = std::make_unique<QTranslator>();
        if (!core::loadKontorTranslation(*t, u"de"_s)) {
            qCWarning(lcMail) << "German translation not found; mails are sent in English";
            t.reset();
        }
        return t;
    }();
    return translator.get();
}

QString tr(MailLanguage language, const char* source)
{
    if (language == MailLanguage::German) {
        if (const QTranslator* german = germanTranslator()) {
            const QString translated = german->translate("MailTemplates", source);
            if (!translated.isEmpty())
                return translated;
        }
    }
    return QString::fromUtf8(source);
}

QString languageCode(MailLanguage language)
{
    return language == MailLanguage::English ? u"en"_s : u"de"_s;
}

QString greeting(const QString& name, MailLanguage language)
{
    return name.trimmed().isEmpty()
               ? tr(language, QT_TRANSLATE_NOOP("MailTemplates", "Hello,"))
               //: Greeting at the top of a mail; %1 is the person's full name.
               : tr(language, QT_TRANSLATE_NOOP("MailTemplates", "Hello %1,")).arg(name.trimmed());
}

QString validUntilLine(const QDate& date, MailLanguage language)
{
    return tr(language, QT_TRANSLATE_NOOP("MailTemplates", "The link is valid until %1."))
        .arg(formatMailDate(date, language));
}

QString fallbackHint(MailLanguage language)
{
    return tr(language, QT_TRANSLATE_NOOP("MailTemplates",
                                          "If the button does not work, copy this address into "
                                          "your browser:"));
}

QString signOff(const QString& firmName, MailLanguage language)
{
    return tr(language, QT_TRANSLATE_NOOP("MailTemplates", "Kind regards")) + u'\n' + firmName;
}

MailContent finish(const QString& subject, const MailBody& body, MailLanguage language)
{
    return {subject, body.text(), body.html(subject, languageCode(language))};
}

} // namespace

MailLanguage mailLanguage(const QString& code)
{
    const QString c = code.trimmed().toLower();
    return c == u"en"_s || c.startsWith(u"en-"_s) || c.startsWith(u"en_"_s) ? MailLanguage::English
                                                                            : MailLanguage::German;
}

QString formatMailDate(const QDate& date, MailLanguage language)
{
    if (language == MailLanguage::English)
        return QLocale(QLocale::English, QLocale::UnitedKingdom).toString(date, u"d MMMM yyyy"_s);
    return QLocale(QLocale::German, QLocale::Germany).toString(date, u"dd.MM.yyyy"_s);
}

QUrl desktopAccountLink(const QUuid& accountId)
{
    QUrl url;
    url.setScheme(u"kontor"_s);
    url.setHost(u"account"_s);
    url.setPath(u'/' + accountId.toString(QUuid::WithoutBraces));
    return url;
}

MailContent renderInvitation(const InvitationMail& data, MailLanguage language)
{
    const auto t = [language](const char* source) { return tr(language, source); };
    MailBody body;
    body.paragraph(greeting(data.contactName, language));
    //: %1 is the name of the tax firm.
    body.paragraph(t(QT_TRANSLATE_NOOP("MailTemplates", "%1 invites you to its client portal."))
                       .arg(data.firmName));
    if (!data.personalMessage.trimmed().isEmpty()) {
        body.paragraph(t(QT_TRANSLATE_NOOP("MailTemplates", "Personal message:")));
        body.quote(data.personalMessage);
    }
    body.paragraph(t(QT_TRANSLATE_NOOP(
        "MailTemplates", "To activate your access, open this link and choose a password:")));
    body.button(t(QT_TRANSLATE_NOOP("MailTemplates", "Activate access")), data.activationLink,
                fallbackHint(language));
    body.paragraph(validUntilLine(data.validUntil, language));
    body.paragraph(t(QT_TRANSLATE_NOOP(
        "MailTemplates", "If you did not expect this invitation, you can ignore this email.")));
    body.paragraph(signOff(data.firmName, language));
    //: Subject of the invitation mail; %1 is the name of the tax firm.
    const QString subject =
        t(QT_TRANSLATE_NOOP("MailTemplates", "Your invitation to the client portal of %1"))
            .arg(data.firmName);
    return finish(subject, body, language);
}

MailContent renderSignupConfirmation(const SignupConfirmationMail& data, MailLanguage language)
{
    const auto t = [language](const char* source) { return tr(language, source); };
    MailBody body;
    body.paragraph(greeting(data.contactName, language));
    body.paragraph(
        t(QT_TRANSLATE_NOOP("MailTemplates", "Thank you for registering on the client portal of "
                                             "%1."))
            .arg(data.firmName));
    body.paragraph(t(QT_TRANSLATE_NOOP("MailTemplates", "To confirm your email address, open "
                                                        "this link and choose a password:")));
    body.button(t(QT_TRANSLATE_NOOP("MailTemplates", "Confirm registration")),
                data.confirmationLink, fallbackHint(language));
    body.paragraph(validUntilLine(data.validUntil, language));
    body.paragraph(t(
        QT_TRANSLATE_NOOP("MailTemplates", "If you did not register, you can ignore this email.")));
    body.paragraph(signOff(data.firmName, language));
    const QString subject =
        t(QT_TRANSLATE_NOOP("MailTemplates", "Confirm your registration with %1"))
            .arg(data.firmName);
    return finish(subject, body, language);
}

MailContent renderPortalAccessNotice(const PortalAccessNotice& data, MailLanguage language)
{
    const auto t = [language](const char* source) { return tr(language, source); };
    const bool registered = data.event == PortalAccessNotice::Event::Registered;
    MailBody body;
    body.paragraph(greeting(data.teamMemberName, language));
    //: %1 is the client's name, %2 the account's name.
    body.paragraph(registered
                       ? t(QT_TRANSLATE_NOOP("MailTemplates", "%1 registered on the client portal. "
                                                              "The account “%2” was created."))
                             .arg(data.contactName, data.accountName)
                       : t(QT_TRANSLATE_NOOP("MailTemplates", "%1 activated access to the client "
                                                              "portal for the account “%2”."))
                             .arg(data.contactName, data.accountName));
    //: R-REG-3 "Gehe zu…" link that opens the account in the desktop client; %1 is its name.
    body.link(t(QT_TRANSLATE_NOOP("MailTemplates", "Go to “%1” in Kontor")).arg(data.accountName),
              desktopAccountLink(data.accountId));
    //: R-REG-3 "Gehe zu…" link that opens the account in a web browser; %1 is its name.
    body.link(
        t(QT_TRANSLATE_NOOP("MailTemplates", "Go to “%1” in the browser")).arg(data.accountName),
        data.webLink);
    body.note(t(QT_TRANSLATE_NOOP("MailTemplates", "This is an automatic message from Kontor.")));
    const QString subject =
        registered ? t(QT_TRANSLATE_NOOP("MailTemplates", "%1 registered on the client portal"))
                         .arg(data.contactName)
                   : t(QT_TRANSLATE_NOOP("MailTemplates", "%1 activated portal access"))
                         .arg(data.contactName);
    return finish(subject, body, language);
}

} // namespace kontor::mail
