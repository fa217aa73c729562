#include "firms.h"

#include "entities.h"

#include "core/emailaddress.h"
#include "core/textlimits.h"
#include "core/textrules.h"
#include "http/apierror.h"
#include "storage/query.h"
#include "storage/sqlhelpers.h"

using namespace Qt::StringLiterals;

namespace kontor::server::domain::firms {

using http::ApiError;
using storage::Query;

std::optional<FirmRef> findByName(storage::Database& db, const QString& name)
{
    Query q(db, u"SELECT firm_id, name FROM firms WHERE name_key = :k"_s);
    q.bind(u":k"_s, name.trimmed().toCaseFolded()).exec();
    if (!q.next())
        return std::nullopt;
    return FirmRef{q.id(0), q.text(1)};
}

QUuid create(storage::Transaction& tx, const QString& name)
{
    const QString trimmed = name.trimmed();
    core::Violations v = core::checkRequired(trimmed, u"name"_s);
    if (v.isEmpty())
        v = core::checkSingleLineText(trimmed, u"name"_s, core::limits::firmName);
    if (!v.isEmpty())
        throw ApiError::invalid(v);
    if (findByName(tx.db(), trimmed)) {
        throw ApiError::conflict(u"firm_exists"_s,
                                 QT_TRANSLATE_NOOP("Server", "A firm with this name exists."));
    }
    const QUuid id = storage::newId();
    Query q(tx.db(), u"INSERT INTO firms (firm_id, name, name_key, created_at) "
                     "VALUES (:id, :n, :k, :t)"_s);
    q.bind(u":id"_s, id)
        .bind(u":n"_s, trimmed)
        .bind(u":k"_s, trimmed.toCaseFolded())
        .bind(u":t"_s, storage::nowMs())
        .exec();
    tx.touch(id, entity::settings, id);
    return id;
}

QUuid addStaff(storage::Transaction& tx, const QUuid& firmId, const core::TeamMember& member,
               const QByteArray& passwordHash)
{
    core::Violations v = core::checkRequired(member.name, u"name"_s);
    if (v.isEmpty())
        v = core::checkSingleLineText(member.name.trimmed(), u"name"_s, core::limits::firmName);
    core::Violations e = core::checkRequired(member.email, u"email"_s);
    v += e.isEmpty() ? core::checkEmail(member.email.trimmed(), u"email"_s) : e;
    if (!v.isEmpty())
        throw ApiError::invalid(v);
    const QString emailKey = core::normalizedEmail(member.email);
    Query taken(tx.db(), u"SELECT 1 FROM staff_logins WHERE email_key = :e"_s);
    taken.bind(u":e"_s, emailKey).exec();
    if (taken.next()) {
        throw ApiError::conflict(u"email_taken"_s,
                                 QT_TRANSLATE_NOOP("Server", "A team member with this email "
                                                             "address exists."));
    }
    const QUuid id = member.id.isNull() ? storage::newId() : member.id;
    const qint64 now = storage::nowMs();
    Query q(tx.db(),
            u"INSERT INTO users (firm_id, user_id, email, email_key, name, role, "
            "perm_manage_accounts, perm_default_access, password_hash, created_at, updated_at) "
            "VALUES (:f, :id, :email, :key, :name, :role, :manage, :access, :hash, :t, :t)"_s);
    q.bind(u":f"_s, firmId)
        .bind(u":id"_s, id)
        .bind(u":email"_s, member.email.trimmed())
        .bind(u":key"_s, emailKey)
        .bind(u":name"_s, member.name.trimmed())
        .bind(u":role"_s, core::toWireName(member.role))
        .bind(u":manage"_s, member.permissions.manageAccounts)
        .bind(u":access"_s, member.permissions.defaultAccountAccess)
        .bind(u":hash"_s, QString::fromLatin1(passwordHash))
        .bind(u":t"_s, now)
        .exec();
    Query login(tx.db(),
                u"INSERT INTO staff_logins (email_key, firm_id, user_id) VALUES (:e, :f, :u)"_s);
    login.bind(u":e"_s, emailKey).bind(u":f"_s, firmId).bind(u":u"_s, id).exec();
    tx.touch(firmId, entity::teamMember, id);
    return id;
}

core::FirmSettings loadSettings(storage::Database& db, const QUuid& firmId)
{
    Query q(db, u"SELECT signup_enabled, name_format, default_folder_template_id, language "
                "FROM firms WHERE firm_id = :f"_s);
    q.bind(u":f"_s, firmId).exec();
    core::FirmSettings s;
    if (q.next()) {
        s.signupEnabled = q.flag(0);
        s.nameFormat = core::nameFormatFromWireName(q.text(1)).value_or(s.nameFormat);
        s.defaultFolderTemplateId = q.optionalId(2);
        s.language = q.text(3);
    }
    return s;
}

void saveSettings(storage::Transaction& tx, const QUuid& firmId, const core::FirmSettings& s)
{
    Query q(tx.db(), u"UPDATE firms SET signup_enabled = :s, name_format = :n, "
                     "default_folder_template_id = :d, language = :l WHERE firm_id = :f"_s);
    q.bind(u":s"_s, s.signupEnabled)
        .bind(u":n"_s, core::toWireName(s.nameFormat))
        .bind(u":d"_s, s.defaultFolderTemplateId)
        .bind(u":l"_s, s.language)
        .bind(u":f"_s, firmId)
        .exec();
    tx.touch(firmId, entity::settings, firmId);
}

QList<core::TeamMember> teamMembers(storage::Database& db, const QUuid& firmId,
                                    const QList<QUuid>& only)
{
    QString sql = u"SELECT user_id, name, email, role, perm_manage_accounts, perm_default_access "
                  "FROM users WHERE firm_id = :f AND disabled = 0"_s;
    if (!only.isEmpty())
        sql += u" AND user_id IN ("_s + storage::idsFrom(db.dialect(), u":ids"_s) + u')';
    Query q(db, sql + u" ORDER BY name, user_id"_s);
    q.bind(u":f"_s, firmId);
    if (!only.isEmpty())
        q.bind(u":ids"_s, storage::idArrayText(only));
    q.exec();
    QList<core::TeamMember> out;
    while (q.next()) {
        core::TeamMember m;
        m.id = q.id(0);
        m.name = q.text(1);
        m.email = q.text(2);
        m.role = core::roleFromWireName(q.text(3)).value_or(core::Role::Employee);
        m.permissions = {q.flag(4), q.flag(5)};
        out.append(m);
    }
    return out;
}

} // namespace kontor::server::domain::firms
