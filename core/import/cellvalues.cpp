#include "cellvalues.h"

#include <QLocale>
#include <QRegularExpression>

#include <cmath>

using namespace Qt::StringLiterals;

namespace kontor::core {

namespace {

bool oneOf(QStringView text, std::initializer_list<const char16_t*> words)
{
    for (const char16_t* word : words) {
        if (text.compare(QStringView(word), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool isFormulaStart(QChar c)
{
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

} // namespace

QString cleanedCell(QStringView cell)
{
    if (cell.contains(u'\r')) {
        QString lines = cell.toString();
        lines.replace(u"\r\n"_s, u"\n"_s).replace(u'\r', u'\n');
        return cleanedCell(lines);
    }
    QStringView text = cell.trimmed();
    if (text.size() >= 3 && text.startsWith(u"=\"") && text.endsWith(u'"')) {
        const QStringView inner = text.sliced(2, text.size() - 3);
        if (!inner.contains(u'"'))
            return inner.toString();
    }
    if (text.size() >= 2 && text.at(0) == u'\'' && isFormulaStart(text.at(1)))
        text = text.sliced(1);
    return text.toString();
}

std::optional<bool> parseImportBoolean(QStringView text)
{
    text = text.trimmed();
    if (text.isEmpty())
        return false;
    if (oneOf(text, {u"ja", u"j", u"yes", u"y", u"x", u"1", u"wahr", u"true", u"an", u"on"}))
        return true;
    if (oneOf(text, {u"nein", u"n", u"no", u"0", u"falsch", u"false", u"aus", u"off"}))
        return false;
    return std::nullopt;
}

std::optional<QDate> parseImportDate(QStringView text)
{
    text = text.trimmed();
    static const QRegularExpression german(u"^(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})$"_s);
    static const QRegularExpression iso(u"^(\\d{4})-(\\d{2})-(\\d{2})([T ].*)?$"_s);
    static const QRegularExpression compact(u"^(\\d{4})(\\d{2})(\\d{2})$"_s);
    QDate date;
    if (const QRegularExpressionMatch m = german.match(text); m.hasMatch())
        date =
            QDate(m.capturedView(3).toInt(), m.capturedView(2).toInt(), m.capturedView(1).toInt());
    else if (const QRegularExpressionMatch i = iso.match(text); i.hasMatch())
        date =
            QDate(i.capturedView(1).toInt(), i.capturedView(2).toInt(), i.capturedView(3).toInt());
    else if (const QRegularExpressionMatch c = compact.match(text); c.hasMatch())
        date =
            QDate(c.capturedView(1).toInt(), c.capturedView(2).toInt(), c.capturedView(3).toInt());
    if (!date.isValid())
        return std::nullopt;
    return date;
}

std::optional<double> parseImportNumber(QStringView text)
{
    QString number = text.trimmed().toString();
    if (number.contains(u',')) {
        number.remove(u'.');
        number.replace(u',', u'.');
    }
    bool ok = false;
    const double value = QLocale::c().toDouble(number, &ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

std::optional<AccountType> parseAccountType(QStringView text)
{
    text = text.trimmed();
    if (oneOf(text, {u"einzelperson", u"person", u"privatperson", u"privat", u"natürliche person",
                     u"natuerliche person", u"familie", u"individual", u"individuum", u"private",
                     u"family", u"1"}))
        return AccountType::Individual;
    if (oneOf(text, {u"unternehmen", u"firma", u"juristische person", u"gesellschaft",
                     u"organisation", u"organization", u"company", u"business", u"2"}))
        return AccountType::Company;
    return std::nullopt;
}

QString joinedLines(QStringView text)
{
    if (!text.contains(u'\n') && !text.contains(u'\r'))
        return text.toString();
    QStringList lines;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i == text.size() || text.at(i) == u'\n' || text.at(i) == u'\r') {
            const QStringView line = text.sliced(start, i - start).trimmed();
            if (!line.isEmpty())
                lines.append(line.toString());
            start = i + 1;
        }
    }
    return lines.join(u", ");
}

bool statesNoAccountType(QStringView text)
{
    return oneOf(text.trimmed(), {u"0", u"keine angabe", u"k. a.", u"k.a.", u"unbekannt"});
}

QStringList splitImportList(QStringView text)
{
    QStringList items;
    auto add = [&](QStringView item) {
        item = item.trimmed();
        if (item.isEmpty() || item.startsWith(u"* "))
            return;
        for (const QString& known : std::as_const(items)) {
            if (known.compare(item, Qt::CaseInsensitive) == 0)
                return;
        }
        items.append(item.toString());
    };
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const bool google = c == u':' && text.sliced(i).startsWith(u":::");
        if (google || c == u',' || c == u';' || c == u'|' || c == u'\n') {
            add(text.sliced(start, i - start));
            i += google ? 2 : 0;
            start = i + 1;
        }
    }
    add(text.sliced(qMin(start, text.size())));
    return items;
}

PersonName splitFullName(QStringView text)
{
    PersonName name;
    const QString simplified = text.toString().simplified();
    if (const qsizetype comma = simplified.indexOf(u','); comma >= 0) {
        name.last = simplified.left(comma).trimmed();
        name.first = simplified.mid(comma + 1).trimmed();
        return name;
    }
    QStringList words = simplified.split(u' ', Qt::SkipEmptyParts);
    while (words.size() > 1 &&
           oneOf(words.constFirst(), {u"herr", u"frau", u"hr.", u"fr.", u"dr.", u"dr", u"prof.",
                                      u"prof", u"mr.", u"mr", u"mrs.", u"mrs", u"ms.", u"ms"}))
        words.removeFirst();
    if (words.isEmpty())
        return name;
    qsizetype lastStart = words.size() - 1;
    for (qsizetype i = 1; i < words.size() - 1; ++i) {
        if (oneOf(words.at(i), {u"von", u"van", u"de", u"der", u"den", u"zu", u"vom", u"zum",
                                u"zur", u"di", u"da", u"del", u"la", u"le", u"ten", u"ter"}) &&
            words.at(i).at(0).isLower()) {
            lastStart = i;
            break;
        }
    }
    name.first = words.first(lastStart).join(u' ');
    name.last = words.sliced(lastStart).join(u' ');
    return name;
}

QString comparableText(QStringView text)
{
    return text.toString().simplified().toCaseFolded();
}

} // namespace kontor::core
