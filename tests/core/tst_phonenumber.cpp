// R-CON-4: phone numbers, parsed with libphonenumber (region DE), at most one primary.
#include "core/phonenumber.h"

#include <QRandomGenerator>
#include <QTest>

#include <phonenumbers/phonenumberutil.h>

using namespace Qt::StringLiterals;
using namespace kontor::core;

class TestPhoneNumber : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void normalizesToE164_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("e164");
        QTest::newRow("Dresden landline") << u"0351 1234567"_s << u"+493511234567"_s;
        QTest::newRow("mobile with slash") << u"0171/1234567"_s << u"+491711234567"_s;
        QTest::newRow("area code in parentheses") << u"(0351) 123 45-67"_s << u"+493511234567"_s;
        QTest::newRow("international") << u"+49 (0)30 12345678"_s << u"+493012345678"_s;
        QTest::newRow("international, no 0") << u" +49 30 1234-5678 "_s << u"+493012345678"_s;
        QTest::newRow("00 prefix") << u"0049 89 1234567"_s << u"+49891234567"_s;
        QTest::newRow("Austria") << u"+43 1 5134567"_s << u"+4315134567"_s;
        QTest::newRow("US") << u"+1 650 253 0000"_s << u"+16502530000"_s;
    }
    void normalizesToE164()
    {
        QFETCH(QString, input);
        QFETCH(QString, e164);
        QCOMPARE(toE164(input), std::optional<QString>(e164));
    }

    void rejectsInvalidNumbers_data()
    {
        QTest::addColumn<QString>("input");
        QTest::newRow("too short") << u"123"_s;
        QTest::newRow("letters") << u"abc"_s;
        QTest::newRow("country code only") << u"+49 1"_s;
        QTest::newRow("empty") << QString();
    }
    void rejectsInvalidNumbers()
    {
        QFETCH(QString, input);
        QVERIFY(!toE164(input));
        const Violations v = checkPhoneNumbers({{input, false}}, u"phones"_s);
        QCOMPARE(v.size(), 1);
        QCOMPARE(v.first().path(), u"phones[0].number"_s);
        QVERIFY(v.first().code() == (input.isEmpty() ? u"required"_s : u"invalid_phone"_s));
    }

    void answersAgainTheSame()
    {
        // toE164 remembers recent answers: per region, and for invalid numbers too.
        for (int round = 0; round < 2; ++round) {
            QCOMPARE(toE164(u"0351 1234567"_s), std::optional<QString>(u"+493511234567"_s));
            QCOMPARE(toE164(u"+493511234567"_s), std::optional<QString>(u"+493511234567"_s));
            QVERIFY(toE164(u"0351 1234567"_s, u"AT"_s).value_or(QString()).startsWith(u"+43"_s));
            QCOMPARE(toE164(u"12"_s), std::nullopt);
        }
    }

    void answersAsLibphonenumbersParseDoes()
    {
        // German numbers in the common forms skip Parse (core/phonenumber.cpp); whatever the
        // form and region, the answer must be Parse's: random numbers, random separators.
        using i18n::phonenumbers::PhoneNumberUtil;
        const PhoneNumberUtil* util = PhoneNumberUtil::GetInstance();
        const auto byParse = [util](const QString& input,
                                    const QString& region) -> std::optional<QString> {
            i18n::phonenumbers::PhoneNumber parsed;
            if (util->Parse(input.toStdString(), region.toStdString(), &parsed) !=
                    PhoneNumberUtil::NO_PARSING_ERROR ||
                !util->IsValidNumber(parsed)) {
                return std::nullopt;
            }
            std::string formatted;
            util->Format(parsed, PhoneNumberUtil::E164, &formatted);
            return QString::fromStdString(formatted);
        };
        const QStringList starts = {u"0"_s,   u"+49"_s,  u"+49 "_s, u"(0"_s,      u"+ 49"_s,
                                    u"00"_s,  u"0049"_s, u"+490"_s, u"+49 (0)"_s, u"49"_s,
                                    u"+43"_s, u" 0"_s,   u"0 "_s,   u"+"_s};
        const QString separators = u" ()/-.x#+"_s;
        QRandomGenerator random(20261128);
        int valid = 0;
        const int samples = 40000;
        for (int i = 0; i < samples; ++i) {
            QString input = starts.at(random.bounded(starts.size()));
            const int digits = random.bounded(1, 16);
            for (int d = 0; d < digits; ++d) {
                if (random.bounded(6) == 0)
                    input += separators.at(random.bounded(separators.size()));
                // Real area codes often, so that many numbers are valid.
                input += QChar(u'0' + (d == 0 ? random.bounded(1, 10) : random.bounded(10)));
            }
            if (random.bounded(20) == 0)
                input += separators.at(random.bounded(separators.size()));
            const std::optional<QString> expected = byParse(input, u"DE"_s);
            QCOMPARE(toE164(input), expected);
            valid += expected.has_value();
            if (i % 4 == 0) // in another region, "0351 …" is not a German number
                QCOMPARE(toE164(input, u"AT"_s), byParse(input, u"AT"_s));
        }
        // The comparison means something only if many numbers are valid German ones.
        QVERIFY2(valid > samples / 5, qPrintable(QString::number(valid)));
    }

    void acceptsOnePrimary()
    {
        QVERIFY(
            checkPhoneNumbers({{u"0351 1234567"_s, true}, {u"0171 1234567"_s, false}}, u"phones"_s)
                .isEmpty());
        QVERIFY(checkPhoneNumbers({}, u"phones"_s).isEmpty());
    }

    void rejectsSecondPrimary()
    {
        const Violations v = checkPhoneNumbers(
            {{u"0351 1234567"_s, true}, {u"0171 1234567"_s, false}, {u"030 12345678"_s, true}},
            u"contacts[0].phones"_s);
        QCOMPARE(v.size(), 1);
        QCOMPARE(v.first().code(), u"multiple_primary"_s);
        QCOMPARE(v.first().path(), u"contacts[0].phones[2].primary"_s);
    }
};

QTEST_GUILESS_MAIN(TestPhoneNumber)
#include "tst_phonenumber.moc"
