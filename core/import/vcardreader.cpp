#include "vcardreader.h"

#include "vcardproperty.h"

#include <QIODevice>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kontor::core {

namespace {

// Properties whose (often large, base64) values an import never uses.
bool isSkippedProperty(QByteArrayView line)
{
    qsizetype end = 0;
    while (end < line.size() && line.at(end) != ';' && line.at(end) != ':')
        ++end;
    QByteArrayView name = line.first(end);
    if (const qsizetype dot = name.lastIndexOf('.'); dot >= 0)
        name = name.sliced(dot + 1);
    for (const char* skipped : {"PHOTO", "LOGO", "SOUND", "KEY"}) {
        if (name.compare(skipped, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool isBeginOrEnd(const VCardProperty& property, QByteArrayView which)
{
    return property.name == which &&
           property.value.trimmed().compare("VCARD", Qt::CaseInsensitive) == 0;
}

QString joinedNonEmpty(const QStringList& parts, const QString& separator)
{
    QStringList kept;
    for (const QString& part : parts) {
        const QString trimmed = part.trimmed();
        if (!trimmed.isEmpty())
            kept.append(trimmed);
    }
    return kept.join(separator);
}

QString component(const QStringList& rawParts, qsizetype index)
{
    // A component may itself be a list ("Anna,Maria"): its items are joined with spaces. An
    // escaped comma ("\\,") is text.
    if (index >= rawParts.size())
        return {};
    return joinedNonEmpty(splitVCardValue(rawParts.at(index), u','), u" "_s);
}

} // namespace

struct VCardReader::Card {
    struct Typed {
        QString value;
        bool preferred = false;
        bool home = false;
        bool mobile = false;
        QStringList parts; // address components
    };

    bool active = false;
    int nested = 0; // vCard 2.1 may embed a card (AGENT); its properties are not ours
    qint64 row = 0;
    qint64 line = 0;
    QString formattedName;
    QStringList name; // N's components, still escaped (each may be a list)
    QString organization;
    QList<Typed> emails;
    QList<Typed> phones;
    QList<Typed> addresses;
    QStringList categories;
    QString note;
    QString birthday;
    qsizetype properties = 0;
    RowIssues issues;
};

const QStringList& VCardReader::columnNames()
{
    static const QStringList names = {
        u"Formatted Name"_s, u"Family Name"_s, u"Given Name"_s, u"Additional Names"_s,
        u"Organization"_s,   u"E-mail 1"_s,    u"E-mail 2"_s,   u"E-mail 3"_s,
        u"Mobile Phone"_s,   u"Phone 1"_s,     u"Phone 2"_s,    u"Phone 3"_s,
        u"Street"_s,         u"City"_s,        u"Region"_s,     u"Postal Code"_s,
        u"Country"_s,        u"Categories"_s,  u"Note"_s,       u"Birthday"_s};
    return names;
}

VCardReader::VCardReader(QIODevice* device, VCardOptions options)
    : m_device(device)
    , m_options(options)
{
    m_options.chunkSize = qMax<qsizetype>(m_options.chunkSize, 16);
}

VCardReader::~VCardReader() = default;

bool VCardReader::open()
{
    // Blank lines may precede the first card; anything else must be one. Nothing is consumed
    // here, so that line numbers stay right.
    constexpr QByteArrayView begin("BEGIN:VCARD");
    qsizetype at = 0;
    for (;;) {
        while (at < m_buffer.size() && QByteArrayView(" \t\r\n").contains(m_buffer.at(at)))
            ++at;
        if (m_buffer.size() - at >= begin.size() || at > m_options.maxLineLength || !fill())
            break;
    }
    if (m_error)
        return false;
    if (at >= m_buffer.size()) {
        fail(0, 0, emptyFileViolation());
        return false;
    }
    if (QByteArrayView(m_buffer)
            .sliced(at)
            .first(qMin(begin.size(), m_buffer.size() - at))
            .compare(begin, Qt::CaseInsensitive) != 0) {
        fail(0, 0,
             Violation({}, code::unknownFormat,
                       QT_TRANSLATE_NOOP("Validation", "This is not a vCard file: it does not "
                                                       "begin with BEGIN:VCARD.")));
        return false;
    }
    return true;
}

bool VCardReader::fill()
{
    while (!m_eof) {
        QByteArray chunk(m_options.chunkSize, Qt::Uninitialized);
        const qint64 n = m_device->read(chunk.data(), chunk.size());
        if (n < 0) {
            fail(m_row, m_line, readFailedViolation(m_device->errorString()));
            return false;
        }
        if (n == 0) {
            m_eof = true;
            // A UTF-16 character cut off at the end of the file.
            const QByteArray rest = m_transcoder ? m_transcoder->finish().toUtf8() : QByteArray();
            if (rest.isEmpty())
                break;
            m_buffer = m_buffer.sliced(m_pos) + rest;
            m_pos = 0;
            return true;
        }
        chunk.truncate(n);
        if (m_bytesRead == 0) {
            if (const qsizetype bom = bomLength(chunk, TextEncoding::Utf8)) {
                chunk.remove(0, bom);
            } else {
                for (TextEncoding e : {TextEncoding::Utf16LE, TextEncoding::Utf16BE}) {
                    if (const qsizetype utf16Bom = bomLength(chunk, e)) {
                        m_transcoder.emplace(e);
                        chunk.remove(0, utf16Bom);
                    }
                }
            }
        }
        m_bytesRead += n;
        if (m_transcoder)
            chunk = m_transcoder->decode(chunk).toUtf8();
        m_buffer = m_buffer.sliced(m_pos) + chunk;
        m_pos = 0;
        if (!chunk.isEmpty())
            return true;
    }
    return false;
}

bool VCardReader::readPhysicalLine(QByteArray& line, qint64& lineNumber, bool& truncated)
{
    line.clear();
    truncated = false;
    lineNumber = m_line;
    bool any = false;
    for (;;) {
        if (m_pos >= m_buffer.size()) {
            if (!fill())
                return any;
            continue;
        }
        const char* const data = m_buffer.constData();
        if (m_pendingCr) {
            m_pendingCr = false;
            if (data[m_pos] == '\n') {
                ++m_pos;
                continue;
            }
        }
        any = true;
        qsizetype end = m_pos;
        while (end < m_buffer.size() && data[end] != '\n' && data[end] != '\r')
            ++end;
        const qsizetype room = m_options.maxLineLength - line.size();
        if (end - m_pos > room)
            truncated = true;
        line.append(data + m_pos, qMin(end - m_pos, qMax<qsizetype>(room, 0)));
        m_pos = end;
        if (end == m_buffer.size())
            continue;
        m_pendingCr = data[end] == '\r';
        ++m_pos;
        ++m_line;
        return true;
    }
}

bool VCardReader::readLogicalLine(QByteArray& line, qint64& lineNumber)
{
    if (!m_haveLookahead && !readPhysicalLine(m_lookahead, m_lookaheadLine, m_lookaheadTruncated))
        return false;
    line = std::exchange(m_lookahead, QByteArray());
    lineNumber = m_lookaheadLine;
    m_truncated = m_lookaheadTruncated;
    m_haveLookahead = false;
    const bool skipped = isSkippedProperty(line);
    if (skipped)
        line.clear();
    // vCard 2.1 quoted-printable values end a line with "=" to continue on the next one.
    const qsizetype colon = line.indexOf(':');
    const bool quotedPrintable =
        colon > 0 && line.first(colon).toUpper().contains("QUOTED-PRINTABLE");
    auto append = [&](QByteArrayView more) {
        const qsizetype room = m_options.maxLineLength - line.size();
        if (more.size() > room)
            m_truncated = true;
        line.append(more.first(qMin(more.size(), qMax<qsizetype>(room, 0))));
    };
    while (readPhysicalLine(m_lookahead, m_lookaheadLine, m_lookaheadTruncated)) {
        const bool folded =
            !m_lookahead.isEmpty() && (m_lookahead.at(0) == ' ' || m_lookahead.at(0) == '\t');
        if (quotedPrintable && line.endsWith('=')) {
            line.chop(1);
            append(m_lookahead);
            m_truncated = m_truncated || m_lookaheadTruncated;
        } else if (folded) { // RFC 6350 3.2: a line starting with a space or tab continues
            if (!skipped)
                append(QByteArrayView(m_lookahead).sliced(1));
            m_truncated = m_truncated || m_lookaheadTruncated;
        } else {
            m_haveLookahead = true;
            break;
        }
    }
    if (skipped)
        m_truncated = false;
    return true;
}

bool VCardReader::next(SourceRow& row)
{
    if (m_error)
        return false;
    Card card;
    QByteArray line;
    qint64 lineNumber = 0;
    while (readLogicalLine(line, lineNumber)) {
        std::optional<VCardProperty> property = parseVCardLine(line);
        if (!property)
            continue;
        if (isBeginOrEnd(*property, "BEGIN")) {
            if (card.active) {
                ++card.nested;
                continue;
            }
            if (++m_row > m_options.maxCards) {
                fail(m_row, lineNumber, tooManyRowsViolation(m_options.maxCards));
                return false;
            }
            card.active = true;
            card.row = m_row;
            card.line = lineNumber;
            continue;
        }
        if (!card.active)
            continue;
        if (isBeginOrEnd(*property, "END")) {
            if (card.nested > 0) {
                --card.nested;
                continue;
            }
            finishCard(card, row);
            return true;
        }
        if (card.nested > 0)
            continue;
        takeProperty(card, *property, lineNumber);
    }
    if (m_error || !card.active)
        return false;
    card.issues.append({card.row,
                        card.line,
                        -1,
                        {},
                        {},
                        Violation({}, code::unterminatedCard,
                                  QT_TRANSLATE_NOOP("Validation", "The vCard that begins in "
                                                                  "line %1 has no END:VCARD."),
                                  {QString::number(card.line)})});
    finishCard(card, row);
    return true;
}

QString VCardReader::decodeValue(const VCardProperty& property, bool* invalid)
{
    QByteArray raw = property.value;
    if (property.isQuotedPrintable())
        raw = decodeQuotedPrintable(raw);
    else if (property.isBase64())
        raw = QByteArray::fromBase64(raw);
    const QByteArray charset = property.parameter("CHARSET");
    if (!charset.isEmpty()) {
        QStringDecoder decoder(charset.constData(), QStringDecoder::Flag::Stateless);
        if (decoder.isValid())
            return decoder(raw);
    }
    if (m_options.encoding) {
        QStringDecoder decoder = makeDecoder(*m_options.encoding);
        const QString text = decoder(raw);
        *invalid = decoder.hasError();
        return text;
    }
    if (isValidUtf8(raw))
        return QString::fromUtf8(raw);
    return makeDecoder(TextEncoding::Windows1252)(raw);
}

void VCardReader::takeProperty(Card& card, VCardProperty& property, qint64 lineNumber)
{
    struct Known {
        const char* name;
        Column column;
    };
    static constexpr Known known[] = {
        {"FN", FormattedName}, {"N", FamilyName}, {"ORG", Organization}, {"EMAIL", Email1},
        {"TEL", Phone1},       {"ADR", Street},   {"NOTE", Note},        {"CATEGORIES", Categories},
        {"BDAY", Birthday}};
    const Known* which = nullptr;
    for (const Known& k : known) {
        if (property.name == k.name)
            which = &k;
    }
    if (!which)
        return;
    auto addIssue = [&](int column, Violation violation) {
        card.issues.append({card.row,
                            lineNumber,
                            column,
                            column >= 0 ? columnNames().at(column) : QString(),
                            {},
                            std::move(violation)});
    };
    if (++card.properties > m_options.maxPropertiesPerCard) {
        if (card.properties == m_options.maxPropertiesPerCard + 1) {
            addIssue(-1, Violation({}, code::tooMany,
                                   QT_TRANSLATE_NOOP("Validation",
                                                     "This vCard has more than %1 entries; the "
                                                     "rest were not read."),
                                   {QString::number(m_options.maxPropertiesPerCard)}));
        }
        return;
    }
    if (m_truncated) {
        addIssue(which->column, fieldTooLongViolation(m_options.maxLineLength));
        return;
    }
    bool invalid = false;
    const QString text = decodeValue(property, &invalid);
    if (invalid) {
        addIssue(which->column, invalidEncodingViolation(toWireName(*m_options.encoding)));
    }
    Card::Typed typed;
    typed.preferred = property.isPreferred();
    typed.home = property.hasType("home");
    typed.mobile =
        property.hasType("cell") || property.hasType("mobile") || property.hasType("iphone");
    switch (which->column) {
    case FormattedName:
        card.formattedName = unescapeVCardText(text).trimmed();
        break;
    case FamilyName:
        card.name = splitVCardValue(text, u';', VCardEscapes::Keep);
        break;
    case Organization:
        // The organisation's name, without its units; a comma in it is text (Outlook does
        // not always escape it).
        card.organization = splitVCardValue(text, u';').constFirst().trimmed();
        break;
    case Email1:
        typed.value = unescapeVCardText(text).trimmed();
        if (typed.value.startsWith(u"mailto:"_s, Qt::CaseInsensitive))
            typed.value.remove(0, 7);
        card.emails.append(typed);
        break;
    case Phone1:
        typed.value = unescapeVCardText(text).trimmed();
        if (typed.value.startsWith(u"tel:"_s, Qt::CaseInsensitive)) // vCard 4.0 URI values
            typed.value.remove(0, 4);
        card.phones.append(typed);
        break;
    case Street:
        typed.parts = splitVCardValue(text, u';');
        card.addresses.append(typed);
        break;
    case Note:
        card.note = unescapeVCardText(text);
        card.note.replace(u"\r\n"_s, u"\n"_s).replace(u'\r', u'\n'); // as CSV values have them
        break;
    case Categories:
        // Google puts every contact in its system group "myContacts": not a label of the firm.
        for (const QString& category : splitVCardValue(text, u',')) {
            if (category.trimmed().compare(u"myContacts"_s, Qt::CaseInsensitive) != 0)
                card.categories.append(category);
        }
        break;
    case Birthday:
        card.birthday = text.trimmed();
        break;
    default:
        break;
    }
}

void VCardReader::finishCard(Card& card, SourceRow& row)
{
    row.row = card.row;
    row.line = card.line;
    row.issues = std::move(card.issues);
    row.values.clear();
    row.values.resize(ColumnCount);
    auto preferredFirst = [](QList<Card::Typed>& list) {
        std::stable_partition(list.begin(), list.end(),
                              [](const Card::Typed& t) { return t.preferred; });
    };
    row.values[FormattedName] = card.formattedName;
    row.values[FamilyName] = component(card.name, 0);
    row.values[GivenName] = component(card.name, 1);
    row.values[AdditionalNames] = component(card.name, 2);
    row.values[Organization] = card.organization;

    preferredFirst(card.emails);
    for (qsizetype i = 0; i < card.emails.size() && i < 3; ++i)
        row.values[Email1 + i] = card.emails.at(i).value;

    preferredFirst(card.phones);
    const auto mobile = std::find_if(card.phones.cbegin(), card.phones.cend(),
                                     [](const Card::Typed& t) { return t.mobile; });
    if (mobile != card.phones.cend()) {
        row.values[MobilePhone] = mobile->value;
        card.phones.erase(mobile);
    }
    for (qsizetype i = 0; i < card.phones.size() && i < 3; ++i)
        row.values[Phone1 + i] = card.phones.at(i).value;

    if (!card.addresses.isEmpty()) {
        auto chosen = std::find_if(card.addresses.cbegin(), card.addresses.cend(),
                                   [](const Card::Typed& t) { return t.preferred; });
        if (chosen == card.addresses.cend()) {
            chosen = std::find_if(card.addresses.cbegin(), card.addresses.cend(),
                                  [](const Card::Typed& t) { return t.home; });
        }
        if (chosen == card.addresses.cend())
            chosen = card.addresses.cbegin();
        // ADR: post office box; extended address; street; locality; region; postal code;
        // country. Apple writes multi-line streets; they become one line.
        const QStringList& parts = chosen->parts;
        auto part = [&](qsizetype i) { return i < parts.size() ? parts.at(i) : QString(); };
        row.values[Street] = joinedNonEmpty(part(2).split(u'\n') + part(1).split(u'\n'), u", "_s);
        row.values[City] = part(3).trimmed();
        row.values[Region] = part(4).trimmed();
        row.values[PostalCode] = part(5).trimmed();
        row.values[Country] = part(6).trimmed();
    }
    row.values[Categories] = joinedNonEmpty(card.categories, u", "_s);
    row.values[Note] = card.note;
    row.values[Birthday] = card.birthday;
}

void VCardReader::fail(qint64 row, qint64 line, Violation violation)
{
    m_error = RowIssue{row, line, -1, {}, {}, std::move(violation)};
}

} // namespace kontor::core
