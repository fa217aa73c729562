#include "tag.h"

#include "textlimits.h"
#include "textrules.h"

#include <QSet>

namespace kontor::core {

Violations checkTagNames(const QStringList& names, const QString& path)
{
    if (names.size() > limits::tagsPerRecord) {
        return {Violation(path, code::tooMany,
                          QT_TRANSLATE_NOOP("Validation", "At most %1 entries are allowed."),
                          {QString::number(limits::tagsPerRecord)})};
    }
    Violations out;
    QSet<QString> seen;
    for (qsizetype i = 0; i < names.size(); ++i) {
        const QString p = indexPath(path, i);
        Violations v = checkRequired(names.at(i), p);
        if (v.isEmpty())
            v = checkSingleLineText(names.at(i), p, limits::tag);
        QString folded = names.at(i).toCaseFolded();
        if (v.isEmpty() && seen.contains(folded)) {
            v.append(Violation(p, code::duplicate,
                               QT_TRANSLATE_NOOP("Validation", "“%1” appears more than once."),
                               {names.at(i)}));
        }
        seen.insert(std::move(folded));
        out += v;
    }
    return out;
}

} // namespace kontor::core
