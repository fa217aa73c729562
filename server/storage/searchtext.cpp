#include "searchtext.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace kontor::server::storage {

QString foldForSearch(const QString& text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        const QChar::Category cat = c.category();
        if (cat == QChar::Mark_NonSpacing || cat == QChar::Mark_SpacingCombining ||
            cat == QChar::Mark_Enclosing)
            continue;
        if (c == u'ß' || c == u'ẞ') {
            out += u"ss"_s;
            continue;
        }
        out += c.toLower();
    }
    return out;
}

namespace {

QStringList words(const QString& folded)
{
    QStringList out;
    QString current;
    for (const QChar c : folded) {
        if (c.isLetterOrNumber()) {
            current += c;
        } else if (!current.isEmpty()) {
            out.append(current);
            current.clear();
        }
    }
    if (!current.isEmpty())
        out.append(current);
    return out;
}

} // namespace

QString searchText(const QStringList& parts, const QStringList& e164Phones)
{
    QStringList all;
    for (const QString& part : parts)
        all += words(foldForSearch(part));
    for (const QString& phone : e164Phones) {
        const QString digits = QString(phone).remove(u'+');
        if (digits.isEmpty())
            continue;
        all.append(digits);
        if (digits.startsWith(u"49"))
            all.append(u'0' + digits.mid(2));
    }
    return all.isEmpty() ? QString() : u' ' + all.join(u' ');
}

QStringList queryWords(const QString& query)
{
    static const QRegularExpression phoneLike(u"^[+]?[0-9][0-9 ()/.-]{2,}$"_s);
    const QString trimmed = query.trimmed();
    if (phoneLike.match(trimmed).hasMatch()) {
        QString digits;
        for (const QChar c : trimmed) {
            if (c.isDigit())
                digits += c;
        }
        if (trimmed.startsWith(u"00"))
            digits = digits.mid(2);
        return {digits};
    }
    QStringList out = words(foldForSearch(trimmed));
    out.removeDuplicates();
    return out.mid(0, 8); // enough for any name; bounds the query
}

SearchCondition searchCondition(Dialect dialect, const QString& table, const QString& alias,
                                const QStringList& words)
{
    SearchCondition c;
    c.from = table + u' ' + alias;
    if (words.isEmpty())
        return c;
    if (dialect == Dialect::Sqlite) {
        const QString index = table == u"accounts" ? u"account_search"_s : u"contact_search"_s;
        QStringList terms;
        for (const QString& w : words)
            terms.append(u'"' + w + u"\"*"_s); // words hold letters and digits only
        c.from = u"%1 CROSS JOIN %2 %3 ON %3.search_rowid = %1.rowid"_s.arg(index, table, alias);
        c.sql = index + u" MATCH :search"_s;
        c.values.append({u":search"_s, terms.join(u" AND "_s)});
        return c;
    }
    const SearchCondition like = wordCondition(dialect, alias, words);
    c.sql = like.sql;
    c.values = like.values;
    return c;
}

SearchCondition wordCondition(Dialect dialect, const QString& alias, const QStringList& words)
{
    SearchCondition c;
    QStringList parts;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString name = u":search%1"_s.arg(i);
        if (dialect == Dialect::Sqlite) {
            // Not LIKE: SQLite prepares a statement again whenever a bound LIKE pattern changes
            // (it may plan LIKE as a range), which cost a list page a tenth of its time. Both
            // sides are folded and words hold letters and digits only, so a plain substring
            // test gives LIKE's answer.
            parts.append(u"instr(%1.search_text, %2) > 0"_s.arg(alias, name));
            c.values.append({name, u' ' + words.at(i)});
            continue;
        }
        parts.append(u"%1.search_text LIKE %2"_s.arg(alias, name));
        c.values.append({name, u"% "_s + words.at(i) + u'%'});
    }
    c.sql = parts.join(u" AND "_s);
    return c;
}

QString sortKey(const QString& name)
{
    return foldForSearch(name.simplified());
}

} // namespace kontor::server::storage
