#include "mimeencoding.h"

#include "core/textrules.h"

#include <QList>

using namespace Qt::StringLiterals;

namespace kontor::mail::mime {

namespace {

// 39 bytes of UTF-8 make 52 base64 characters: with "=?UTF-8?B?" and "?=" a word is 64
// characters, so "Subject: " plus one word fits the recommended 78.
constexpr qsizetype maxEncodedWordBytes = 39;
constexpr qsizetype maxHeaderLine = 78;
constexpr qsizetype maxQpLine = 76;

bool isLineBreakLike(char32_t c)
{
    return c == u'\n' || c == u'\r' || c == 0x85 || c == 0x2028 || c == 0x2029;
}

bool isAtext(QChar c)
{
    if (c.unicode() >= 0x80)
        return false;
    if ((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9'))
        return true;
    return QStringView(u"!#$%&'*+-/=?^_`{|}~").contains(c);
}

bool isAtom(QStringView word)
{
    if (word.isEmpty())
        return false;
    for (QChar c : word) {
        if (!isAtext(c))
            return false;
    }
    return true;
}

QByteArray hexByte(uchar c)
{
    static const char digits[] = "0123456789ABCDEF";
    QByteArray out("=");
    out.append(digits[c >> 4]);
    out.append(digits[c & 0xf]);
    return out;
}

// Encodes one line (no line break inside) and appends it to @p out with soft breaks.
void appendQpLine(QByteArray& out, const QByteArray& line)
{
    qsizetype column = 0;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const auto c = static_cast<uchar>(line.at(i));
        const bool last = i == line.size() - 1;
        QByteArray token;
        if (c == ' ' || c == '\t')
            token = last ? hexByte(c) : QByteArray(1, char(c));
        else if (c >= 33 && c <= 126 && c != '=')
            token = QByteArray(1, char(c));
        else
            token = hexByte(c);
        if (column + token.size() > maxQpLine - 1) { // leave room for the soft-break "="
            out.append("=\r\n");
            column = 0;
        }
        // A physical line must not start with "." (end of SMTP data) or "From " (mbox).
        if (column == 0 && token.size() == 1 &&
            (c == '.' || (c == 'F' && line.mid(i, 5) == "From ")))
            token = hexByte(c);
        out.append(token);
        column += token.size();
    }
}

} // namespace

QString cleanHeaderText(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (const char32_t c : text.toUcs4()) {
        if (isLineBreakLike(c) || c == u'\t')
            out.append(u' ');
        else if (!core::isInvisibleOrControl(c))
            out.append(QStringView(QChar::fromUcs4(c)));
    }
    return out.simplified();
}

QString cleanBodyText(const QString& text)
{
    QString out;
    out.reserve(text.size());
    // toUcs4() has already replaced unpaired surrogates with U+FFFD.
    const QList<uint> codePoints = text.toUcs4();
    for (qsizetype i = 0; i < codePoints.size(); ++i) {
        char32_t c = codePoints.at(i);
        if (c == u'\r') {
            if (i + 1 < codePoints.size() && codePoints.at(i + 1) == u'\n')
                continue; // the LF follows
            c = u'\n';
        } else if (isLineBreakLike(c)) {
            c = u'\n';
        }
        const bool control = c < 0x20 || (c >= 0x7f && c <= 0x9f);
        if (control && c != u'\n' && c != u'\t')
            continue;
        out.append(QStringView(QChar::fromUcs4(c)));
    }
    return out;
}

bool isPlainHeaderText(const QString& text)
{
    for (QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return false;
    }
    return !text.contains(u"=?"_s);
}

QList<QByteArray> encodedWords(const QString& text)
{
    QList<QByteArray> words;
    QByteArray chunk;
    const auto flush = [&] {
        if (!chunk.isEmpty())
            words.append("=?UTF-8?B?" + chunk.toBase64() + "?=");
        chunk.clear();
    };
    for (const char32_t c : text.toUcs4()) {
        const QByteArray bytes = QStringView(QChar::fromUcs4(c)).toUtf8();
        if (chunk.size() + bytes.size() > maxEncodedWordBytes)
            flush();
        chunk.append(bytes);
    }
    flush();
    return words;
}

QList<QByteArray> phrase(const QString& name)
{
    const QString clean = cleanHeaderText(name);
    if (clean.isEmpty())
        return {};
    if (isPlainHeaderText(clean)) {
        const QStringList words = clean.split(u' ');
        if (std::all_of(words.cbegin(), words.cend(), [](const QString& w) { return isAtom(w); })) {
            QList<QByteArray> pieces;
            for (const QString& w : words)
                pieces.append(w.toLatin1());
            return pieces;
        }
        if (clean.size() <= 60) {
            QString quoted = clean;
            quoted.replace(u'\\', u"\\\\"_s).replace(u'"', u"\\\""_s);
            return {(u'"' + quoted + u'"').toLatin1()};
        }
    }
    return encodedWords(clean);
}

QList<QByteArray> unstructured(const QString& text)
{
    const QString clean = cleanHeaderText(text);
    if (clean.isEmpty())
        return {};
    const QStringList words = clean.split(u' ');
    const bool plain =
        isPlainHeaderText(clean) &&
        std::all_of(words.cbegin(), words.cend(), [](const QString& w) { return w.size() <= 70; });
    if (!plain)
        return encodedWords(clean);
    QList<QByteArray> pieces;
    for (const QString& w : words)
        pieces.append(w.toLatin1());
    return pieces;
}

QByteArray foldedHeader(const QByteArray& name, const QList<QByteArray>& pieces)
{
    QByteArray out;
    QByteArray line = name + ':';
    bool lineHasPiece = false;
    for (const QByteArray& piece : pieces) {
        if (lineHasPiece && line.size() + 1 + piece.size() > maxHeaderLine) {
            out += line + "\r\n";
            line.clear();
        }
        line += ' ' + piece;
        lineHasPiece = true;
    }
    return out + line + "\r\n";
}

QByteArray quotedPrintable(const QString& text)
{
    const QList<QByteArray> lines = text.toUtf8().split('\n');
    QByteArray out;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i > 0)
            out.append("\r\n");
        appendQpLine(out, lines.at(i));
    }
    return out;
}

QByteArray rfc5322Date(const QDateTime& dateTime)
{
    static const char* const days[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    static const char* const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const QDate date = dateTime.date();
    const QTime time = dateTime.time();
    const int offsetMinutes = dateTime.offsetFromUtc() / 60;
    const int absOffset = std::abs(offsetMinutes);
    return QString::asprintf("%s, %d %s %04d %02d:%02d:%02d %c%02d%02d", days[date.dayOfWeek() - 1],
                             date.day(), months[date.month() - 1], date.year(), time.hour(),
                             time.minute(), time.second(), offsetMinutes < 0 ? '-' : '+',
                             absOffset / 60, absOffset % 60)
        .toLatin1();
}

} // namespace kontor::mail::mime
