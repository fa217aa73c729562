#include "tags.h"

#include "entities.h"

#include "storage/query.h"

using namespace Qt::StringLiterals;

namespace kontor::server::domain::tags {

QString key(const QString& name)
{
    return name.trimmed().toCaseFolded();
}

QList<QUuid> ensure(storage::Transaction& tx, const QUuid& firmId, const QStringList& names)
{
    QList<QUuid> ids;
    for (const QString& name : names) {
        storage::Query find(tx.db(),
                            u"SELECT tag_id FROM tags WHERE firm_id = :f AND name_key = :k"_s);
        find.bind(u":f"_s, firmId).bind(u":k"_s, key(name)).exec();
        if (find.next()) {
            ids.append(find.id(0));
            continue;
        }
        const QUuid id = storage::newId();
        storage::Query insert(tx.db(), u"INSERT INTO tags (firm_id, tag_id, name, name_key, "
                                       "created_at) VALUES (:f, :id, :n, :k, :t)"_s);
        insert.bind(u":f"_s, firmId)
            .bind(u":id"_s, id)
            .bind(u":n"_s, name.trimmed())
            .bind(u":k"_s, key(name))
            .bind(u":t"_s, storage::nowMs())
            .exec();
        tx.touch(firmId, entity::tag, id);
        ids.append(id);
    }
    return ids;
}

} // namespace kontor::server::domain::tags
