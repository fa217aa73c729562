#include "jsonviews.h"

#include "core/wireformat.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace kontor::server::api {

QJsonObject userJson(const auth::Staff& staff)
{
    QJsonObject user = core::toJson(staff.member);
    if (staff.isOwnerOrAdmin()) {
        QJsonArray permissions{u"manage_accounts"_s, u"default_account_access"_s};
        if (!staff.member.permissions.defaultAccountAccess)
            permissions.removeLast();
        user.insert(u"permissions"_s, permissions);
    }
    return user;
}

QJsonObject firmJson(const auth::Staff& staff)
{
    return {{u"id"_s, core::toWireId(staff.firmId)}, {u"name"_s, staff.firmName}};
}

} // namespace kontor::server::api
