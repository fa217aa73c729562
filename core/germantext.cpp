#include "germantext.h"

using namespace Qt::StringLiterals;

namespace kontor::core {

QString germanTransliteration(QStringView text)
{
    QString out;
    out.reserve(text.size() + 4);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'ä':
            out += u"ae"_s;
            break;
        case u'ö':
            out += u"oe"_s;
            break;
        case u'ü':
            out += u"ue"_s;
            break;
        case u'Ä':
            out += u"Ae"_s;
            break;
        case u'Ö':
            out += u"Oe"_s;
            break;
        case u'Ü':
            out += u"Ue"_s;
            break;
        case u'ß':
            out += u"ss"_s;
            break;
        default:
            out += c;
        }
    }
    return out;
}

} // namespace kontor::core
