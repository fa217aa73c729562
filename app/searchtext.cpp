#include "searchtext.h"

#include "core/germantext.h"

using namespace Qt::StringLiterals;

namespace kontor::app {

QString foldText(const QString& text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c == u'ß' || c == u'ẞ')
            out += u"ss";
        else
            out += c.toCaseFolded();
    }
    return out;
}

QString sortKey(const QString& name)
{
    return foldText(name.trimmed());
}

QString searchDocument(const QStringList& parts)
{
    QStringList out;
    for (const QString& part : parts) {
        if (part.isEmpty())
            continue;
        out.append(part);
        const QString german = core::germanTransliteration(part);
        if (german != part)
            out.append(german);
    }
    return out.join(u' ');
}

QString ftsMatchExpression(const QString& userText)
{
    // Split like the tokenizer does: letters, digits and marks form words, the rest separates.
    // Words are quoted, so FTS5 operators typed by the user ("AND", "-", "*") stay plain text.
    QStringList terms;
    QString word;
    const auto flush = [&] {
        if (!word.isEmpty())
            terms.append(u'"' + word + u"\"*"_s);
        word.clear();
    };
    for (const QChar c : userText) {
        if (c.isLetterOrNumber() || c.isMark())
            word += c;
        else
            flush();
    }
    flush();
    return terms.join(u' ');
}

} // namespace kontor::app
