#pragma once

// An in-memory firm for widget tests: reference data and a contact directory with the same
// duplicate rule as the local store (same email, or same name and a shared phone number).

#include "ui/contactdirectory.h"
#include "ui/referencedata.h"

#include "core/emailaddress.h"

#include <memory>

namespace kontor::test {

using namespace Qt::StringLiterals;

struct TestFirm {
    ui::ReferenceData reference;
    std::shared_ptr<QList<core::Contact>> contacts = std::make_shared<QList<core::Contact>>();

    core::TeamMember me, anna, bernd;
    core::FolderTemplate yearEnd;
    core::CustomFieldDefinition taxNumber, revenue, founded, legalForm, services, billingEmail,
        website, newsletter, taxId, birthday;
    core::Contact mueller, schmidt;

    TestFirm()
    {
        me = {QUuid::createUuid(),
              u"Maria Sachbearbeiterin"_s,
              u"maria@kanzlei.de"_s,
              core::Role::Employee,
              {true, false}};
        anna = {QUuid::createUuid(),
                u"Anna Admin"_s,
                u"anna@kanzlei.de"_s,
                core::Role::Admin,
                {true, true}};
        bernd = {QUuid::createUuid(),
                 u"Bernd Berater"_s,
                 u"bernd@kanzlei.de"_s,
                 core::Role::Employee,
                 {false, false}};
        reference.currentUserId = me.id;
        reference.teamMembers = {bernd, anna, me};
        reference.tags = {{QUuid::createUuid(), u"Steuer"_s, {}},
                          {QUuid::createUuid(), u"Privat"_s, {}}};
        yearEnd = {QUuid::createUuid(),
                   u"Jahresabschluss"_s,
                   {{u"Bilanz"_s, {}}, {u"Belege"_s, {{u"2024"_s, {}}}}}};
        reference.folderTemplates = {yearEnd};
        using T = core::CustomFieldType;
        using S = core::CustomFieldScope;
        auto field = [](const QString& name, T type, S scope, QStringList options = {}) {
            return core::CustomFieldDefinition{
                QUuid::createUuid(), name, type, scope, options, false};
        };
        taxNumber = field(u"Steuernummer"_s, T::Text, S::Account);
        revenue = field(u"Umsatz"_s, T::Number, S::Account);
        founded = field(u"Gründungsdatum"_s, T::Date, S::Account);
        legalForm =
            field(u"Rechtsform"_s, T::SingleChoice, S::Account, {u"GmbH"_s, u"AG"_s, u"KG"_s});
        services = field(u"Leistungen"_s, T::MultipleChoice, S::Account,
                         {u"Buchhaltung"_s, u"Lohn"_s, u"Jahresabschluss"_s});
        billingEmail = field(u"Rechnungs-E-Mail"_s, T::Email, S::Account);
        website = field(u"Website"_s, T::Url, S::Account);
        newsletter = field(u"Newsletter"_s, T::Checkbox, S::Account);
        taxId = field(u"Steuer-ID"_s, T::Text, S::Contact);
        birthday = field(u"Geburtstag"_s, T::Date, S::Contact);
        reference.customFields = {taxNumber,    revenue, founded,    legalForm, services,
                                  billingEmail, website, newsletter, taxId,     birthday};

        mueller.id = QUuid::createUuid();
        mueller.firstName = u"Jürgen"_s;
        mueller.lastName = u"Müller"_s;
        mueller.email = u"j.mueller@example.de"_s;
        mueller.phones = {{u"+493511234567"_s, true}};
        schmidt.id = QUuid::createUuid();
        schmidt.firstName = u"Petra"_s;
        schmidt.lastName = u"Schmidt"_s;
        contacts->append({mueller, schmidt});
    }

    ui::ContactDirectory directory() const
    {
        ui::ContactDirectory d;
        auto list = contacts;
        d.search = [list](const QString& text) {
            QList<core::Contact> out;
            for (const core::Contact& c : *list) {
                const QString haystack = c.firstName + u' ' + c.lastName + u' ' + c.email;
                if (haystack.contains(text, Qt::CaseInsensitive))
                    out.append(c);
            }
            return out;
        };
        d.findDuplicates = [list](const core::Contact& draft) {
            QList<core::Contact> out;
            for (const core::Contact& c : *list) {
                const bool sameEmail =
                    !draft.email.isEmpty() &&
                    core::normalizedEmail(c.email) == core::normalizedEmail(draft.email);
                bool samePhone = false;
                for (const core::PhoneNumber& p : draft.phones) {
                    for (const core::PhoneNumber& q : c.phones)
                        samePhone = samePhone || p.number == q.number;
                }
                const bool sameName =
                    c.firstName.compare(draft.firstName, Qt::CaseInsensitive) == 0 &&
                    c.lastName.compare(draft.lastName, Qt::CaseInsensitive) == 0;
                if (sameEmail || (sameName && samePhone))
                    out.append(c);
            }
            return out;
        };
        d.find = [list](const QUuid& id) -> std::optional<core::Contact> {
            for (const core::Contact& c : *list) {
                if (c.id == id)
                    return c;
            }
            return std::nullopt;
        };
        return d;
    }
};

} // namespace kontor::test
