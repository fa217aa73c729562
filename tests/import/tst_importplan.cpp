// The preview of an import (R-BULK-1, issue 7 "The plan before the write") against a real local
// store: every row labelled create, update, link, skip or error with its reason and field;
// duplicates within the file, of stored accounts and contacts and of unsynced drafts; the
// duplicate choices; a second import of the same file changes nothing; errors as CSV.

#include "importfixture.h"

#include "app/import/importjson.h"
#include "app/import/importreport.h"
#include "app/operations.h"

#include "core/import/csvreader.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QJsonDocument>

using namespace Qt::StringLiterals;
using namespace kontor;
using app::DuplicateChoice;
using app::RowLabel;

Q_DECLARE_METATYPE(app::DuplicateChoices)

namespace {

const QString newFile = u"Konto;Vorname;Nachname;E-Mail;Unbekannt\n"
                        "Alpha;Anna;Arm;anna@alpha.example;\n"
                        "Alpha;Bert;Arm;bert@alpha.example;\n"
                        "Alpha;Anna;Arm;anna@alpha.example;\n"
                        "Beta;Anna;Arm;anna@alpha.example;\n"
                        "Gamma;Carl;Cee;carl@@gamma.example;\n"
                        ";;;;nur eine Notiz\n"_s;

const QString duplicatesFile =
    u"Konto;Firmenname;Vorname;Nachname;E-Mail;Telefon;PLZ;"
    "Schlagwörter\n"
    "Müller GmbH;Müller GmbH;Anna;Müller;ANNA@mueller.example;;;Mandant\n"
    "Müller GmbH;Müller GmbH;Bernd;Müller;bernd@mueller.example;;;Lohn\n"
    "Neu AG;Neu AG;Anna;Müller;anna@mueller.example;;;\n"
    ";;Carl;Meier;;0351 1234567;01067;\n"
    ";;Dora;Schulz;dora@schulz.example;;;\n"_s;

} // namespace

class TestImportPlan : public QObject {
    Q_OBJECT

    // The firm's records: two synced accounts (from the change feed) and one draft still in
    // the outbox.
    static void addStoredRecords(test::StoreFixture& f)
    {
        core::Account mueller;
        mueller.id = QUuid::createUuid();
        mueller.type = core::AccountType::Company;
        mueller.name = mueller.companyName = u"Müller GmbH"_s;
        mueller.tags = {u"Mandant"_s};
        core::AccountContact anna;
        anna.contact = test::person(u"Anna"_s, u"Müller"_s, u"anna@mueller.example"_s);
        anna.contact.id = QUuid::createUuid();
        mueller.contacts = {anna};
        core::Account meier;
        meier.id = QUuid::createUuid();
        meier.name = u"Meier, Carl"_s;
        core::AccountContact carl;
        carl.contact = test::person(u"Carl"_s, u"Meier"_s, {}, {u"+493511234567"_s});
        carl.contact.id = QUuid::createUuid();
        meier.contacts = {carl};
        QVERIFY(test::applyServerChanges(
            f.store, {test::change(u"account"_s, mueller.id, core::toJson(mueller)),
                      test::change(u"account"_s, meier.id, core::toJson(meier))}));
        core::Account draft =
            test::individual(test::person(u"Dora"_s, u"Schulz"_s, u"dora@schulz.example"_s));
        QVERIFY(f.store.createAccount(draft).isEmpty());
    }

private Q_SLOTS:
    void labelsEveryRowOfANewFile()
    {
        test::StoreFixture f;
        const auto plan =
            test::planImport(f.store, test::writeImportFile(f.dir, u"a.csv"_s, newFile));
        QVERIFY(plan);
        QCOMPARE(test::labels(*plan),
                 (QList<RowLabel>{RowLabel::Create, RowLabel::Create, RowLabel::Skip,
                                  RowLabel::Link, RowLabel::Error, RowLabel::Skip}));
        const app::ImportCounts& c = plan->counts();
        QCOMPARE(c.rows, 6);
        QCOMPARE(c.accountsCreate, 2); // Alpha and Beta; Gamma's only row has an error
        QCOMPARE(c.contactsCreate, 2);
        QCOMPARE(c.link, 1);
        QCOMPARE(c.skip, 2);
        QCOMPARE(c.errorRows, 1);
        QCOMPARE(plan->outcome(1).code, u"create_account"_s);
        QCOMPARE(plan->outcome(2).code, u"create_contact"_s);
        QCOMPARE(plan->outcome(3).code, u"duplicate_in_file"_s);
        QVERIFY(plan->outcome(3).reason.contains(u"1"_s)); // "Row 1 has the same contact"
        QCOMPARE(plan->outcome(4).code, u"linked_in_file"_s);
        QCOMPARE(plan->outcome(5).field, u"email"_s);
        QCOMPARE(plan->outcome(5).code, u"invalid_email"_s);
        QCOMPARE(plan->outcome(6).code, u"empty_row"_s);
        QCOMPARE(plan->detail(2)->contact, u"Bert Arm"_s);
        QCOMPARE(plan->rowsLabelled(RowLabel::Create, 10), (QList<qint64>{1, 2}));
    }

    void keepsTheDetailsOfRowsWithErrorsBeyondTheFirstRows()
    {
        // The preview's list of errors names the account of every row in it.
        test::StoreFixture f;
        app::ImportSettings settings;
        settings.filePath = test::writeImportFile(f.dir, u"a.csv"_s, newFile);
        app::PlanOptions options;
        options.detailRows = 2;
        QString error;
        const auto plan = app::ImportPlan::make(f.store.database(), settings, options, &error);
        QVERIFY(plan);
        QCOMPARE(plan->outcome(5).label, RowLabel::Error);
        QVERIFY(plan->detail(5));
        QVERIFY(!plan->detail(5)->account.isEmpty());
        QVERIFY(plan->detail(2));
        QVERIFY(!plan->detail(3)); // beyond the first rows, no error
        QVERIFY(!plan->detail(4));
    }

    void appliesTheDuplicateChoices_data()
    {
        QTest::addColumn<app::DuplicateChoices>("choices");
        QTest::addColumn<QList<RowLabel>>("expected");
        QTest::addColumn<QList<qint64>>("counts"); // accounts, contacts, links, updates, skips
        QTest::newRow("skip existing")
            << app::DuplicateChoices{DuplicateChoice::Skip, DuplicateChoice::Skip}
            << QList<RowLabel>{RowLabel::Skip, RowLabel::Skip, RowLabel::Link, RowLabel::Skip,
                               RowLabel::Skip}
            << QList<qint64>{1, 0, 1, 0, 4};
        QTest::newRow("update accounts")
            << app::DuplicateChoices{DuplicateChoice::Update, DuplicateChoice::Skip}
            << QList<RowLabel>{RowLabel::Update, RowLabel::Create, RowLabel::Link, RowLabel::Skip,
                               RowLabel::Skip}
            << QList<qint64>{1, 1, 1, 1, 2};
        QTest::newRow("update everything")
            << app::DuplicateChoices{DuplicateChoice::Update, DuplicateChoice::Update}
            << QList<RowLabel>{RowLabel::Update, RowLabel::Create, RowLabel::Link, RowLabel::Update,
                               RowLabel::Skip}
            << QList<qint64>{1, 1, 1, 2, 1};
        QTest::newRow("create anyway")
            << app::DuplicateChoices{DuplicateChoice::Create, DuplicateChoice::Create}
            << QList<RowLabel>{RowLabel::Create, RowLabel::Create, RowLabel::Link, RowLabel::Create,
                               RowLabel::Create}
            << QList<qint64>{4, 4, 1, 0, 0};
    }

    void appliesTheDuplicateChoices()
    {
        QFETCH(app::DuplicateChoices, choices);
        QFETCH(QList<RowLabel>, expected);
        QFETCH(QList<qint64>, counts);
        test::StoreFixture f;
        addStoredRecords(f);
        const auto plan = test::planImport(
            f.store, test::writeImportFile(f.dir, u"d.csv"_s, duplicatesFile), choices);
        QVERIFY(plan);
        QCOMPARE(test::labels(*plan), expected);
        const app::ImportCounts& c = plan->counts();
        QCOMPARE((QList<qint64>{c.accountsCreate, c.contactsCreate, c.link, c.update, c.skip}),
                 counts);
        // Müller GmbH (file rows 1–2), Meier and Schulz (found through their contacts).
        QCOMPARE(plan->accountDuplicates(), 3);
        QCOMPARE(plan->contactDuplicates(), 3); // Anna (email), Carl (name + phone), Dora
    }

    void relabelsWithoutReadingAgain()
    {
        test::StoreFixture f;
        addStoredRecords(f);
        const QString path = test::writeImportFile(f.dir, u"d.csv"_s, duplicatesFile);
        const auto plan = test::planImport(f.store, path);
        QVERIFY(plan);
        QVERIFY(QFile::remove(path)); // the choices work on what the plan kept
        plan->setChoices({DuplicateChoice::Update, DuplicateChoice::Update});
        QCOMPARE(plan->label(4), RowLabel::Update);
        QCOMPARE(plan->outcome(4).code, u"update_contact"_s);
        QCOMPARE(plan->outcome(4).field, u"last_name"_s); // found by name and phone
        QCOMPARE(plan->outcome(1).code, u"update_account"_s);
        plan->setChoices({});
        QCOMPARE(plan->outcome(1).code, u"duplicate_account"_s);
        QCOMPARE(plan->outcome(1).field, u"account_name"_s);
        QCOMPARE(plan->outcome(3).code, u"duplicate_contact"_s);
        QCOMPARE(plan->outcome(3).field, u"email"_s);
    }

    void findsAContactByNameAndPhoneAmongManyOfTheName()
    {
        // 250 stored "Carl Meier" with numbers of their own: the file's number finds its one,
        // also beyond the first 200 of the name, and an unknown number none.
        test::StoreFixture f;
        QList<core::Change> changes;
        QUuid last;
        for (int i = 0; i < 250; ++i) {
            core::Account meier;
            meier.id = QUuid::createUuid();
            meier.name = u"Meier %1"_s.arg(i);
            core::AccountContact carl;
            carl.contact =
                test::person(u"Carl"_s, u"Meier"_s, {}, {u"+49351700%1"_s.arg(1000 + i)});
            carl.contact.id = last = QUuid::createUuid();
            meier.contacts = {carl};
            changes.append(test::change(u"account"_s, meier.id, core::toJson(meier)));
        }
        QVERIFY(test::applyServerChanges(f.store, changes));
        const auto plan = test::planImport(
            f.store, test::writeImportFile(f.dir, u"m.csv"_s,
                                           u"Vorname;Nachname;Telefon\nCarl;Meier;0351 7001249\n"
                                           "Carl;Meier;0351 7009999\n"_s));
        QVERIFY(plan);
        QVERIFY(plan->contactMatch(1));
        QCOMPARE(plan->contactMatch(1)->id, last);
        QCOMPARE(plan->contactMatch(1)->kind, app::StoreMatch::Kind::NameAndPhone);
        QVERIFY(!plan->contactMatch(2));
    }

    void recordsOfAnUnsyncedImportAreDrafts()
    {
        // What an earlier import wrote and the server does not have yet (an import batch in
        // the outbox) is flagged like any draft.
        test::StoreFixture f;
        const auto first = test::planImport(
            f.store, test::writeImportFile(f.dir, u"a.csv"_s,
                                           u"Konto;Vorname;Nachname;E-Mail\n"
                                           "Neu GmbH;Nina;Neu;nina@neu.example\n"_s));
        QVERIFY(first);
        QCOMPARE(test::runImport(f.store, *first).status, app::ImportStatus::Done);
        const auto second = test::planImport(
            f.store, test::writeImportFile(f.dir, u"b.csv"_s,
                                           u"Konto;Vorname;Nachname;E-Mail;Ort\n"
                                           "Neu GmbH;Nina;Neu;NINA@neu.example;Pirna\n"_s));
        QVERIFY(second);
        QVERIFY(second->accountMatch(1) && second->accountMatch(1)->unsynced);
        QVERIFY(second->contactMatch(1) && second->contactMatch(1)->unsynced);
    }

    void tellsDraftsFromSyncedRecords()
    {
        test::StoreFixture f;
        addStoredRecords(f);
        const auto plan =
            test::planImport(f.store, test::writeImportFile(f.dir, u"d.csv"_s, duplicatesFile));
        QVERIFY(plan);
        QVERIFY(plan->contactMatch(5) && plan->contactMatch(5)->unsynced); // Dora: outbox
        QVERIFY(plan->accountMatch(5) && plan->accountMatch(5)->unsynced);
        QVERIFY(plan->contactMatch(1) && !plan->contactMatch(1)->unsynced); // Anna: synced
        QVERIFY(plan->outcome(5).reason.contains(u"not synchronised"_s));
        QVERIFY(!plan->outcome(1).reason.contains(u"not synchronised"_s));
    }

    void secondImportChangesNothing_data()
    {
        QTest::addColumn<app::DuplicateChoices>("choices");
        QTest::newRow("skip") << app::DuplicateChoices{};
        QTest::newRow("create anyway")
            << app::DuplicateChoices{DuplicateChoice::Create, DuplicateChoice::Create};
    }

    void secondImportChangesNothing()
    {
        QFETCH(app::DuplicateChoices, choices);
        test::StoreFixture f;
        const QString path = test::writeImportFile(f.dir, u"a.csv"_s, newFile);
        const auto first = test::planImport(f.store, path, choices);
        QVERIFY(first);
        QCOMPARE(test::runImport(f.store, *first).status, app::ImportStatus::Done);
        const int accounts = f.count(u"SELECT count(*) FROM accounts"_s);
        const int contacts = f.count(u"SELECT count(*) FROM contacts"_s);
        const int outbox = f.store.outboxCount();
        QCOMPARE(accounts, 2);

        const auto second = test::planImport(f.store, path, choices);
        QVERIFY(second);
        QCOMPARE(second->importId(), first->importId());
        const app::ImportCounts& c = second->counts();
        QCOMPARE((QList<qint64>{c.accountsCreate, c.contactsCreate, c.link, c.update}),
                 (QList<qint64>{0, 0, 0, 0}));
        QCOMPARE(c.skip, 5);
        QCOMPARE(c.errorRows, 1);
        for (qint64 row : {1, 2, 4})
            QCOMPARE(second->outcome(row).code, u"already_imported"_s);
        const app::ImportResult again = test::runImport(f.store, *second);
        QCOMPARE(again.status, app::ImportStatus::Done);
        QCOMPARE(again.counts.accountsCreate, 0);
        QCOMPARE(f.count(u"SELECT count(*) FROM accounts"_s), accounts);
        QCOMPARE(f.count(u"SELECT count(*) FROM contacts"_s), contacts);
        QCOMPARE(f.store.outboxCount(), outbox);
    }

    void exportsErrorsWithTheirRowNumbers()
    {
        test::StoreFixture f;
        const auto plan =
            test::planImport(f.store, test::writeImportFile(f.dir, u"a.csv"_s, newFile));
        QVERIFY(plan);
        QBuffer buffer;
        buffer.open(QIODevice::ReadWrite);
        QVERIFY(app::ImportReport::writeErrorCsv(&buffer, *plan));
        buffer.seek(0);
        core::CsvReader reader(&buffer);
        QVERIFY(reader.open());
        QCOMPARE(reader.columns().size(), 6);
        core::SourceRow row;
        QVERIFY(reader.next(row));
        QCOMPARE(row.values.value(0), u"5"_s);      // the data row
        QCOMPARE(row.values.value(1), u"6"_s);      // the file's line (header is line 1)
        QCOMPARE(row.values.value(2), u"E-Mail"_s); // the column
        QCOMPARE(row.values.value(4), u"invalid_email"_s);
        QVERIFY(!reader.next(row));
    }

    void reportsThePlanAsJson()
    {
        test::StoreFixture f;
        const auto plan =
            test::planImport(f.store, test::writeImportFile(f.dir, u"a.csv"_s, newFile));
        QVERIFY(plan);
        const QJsonObject report = app::ImportReport::plan(*plan);
        for (const QString& key : {u"rows"_s, u"accounts_create"_s, u"contacts_create"_s, u"link"_s,
                                   u"update"_s, u"skip"_s}) {
            QVERIFY2(report.value(key).isDouble(), qPrintable(key));
        }
        const QJsonArray errors = report.value(u"errors"_s).toArray();
        QCOMPARE(errors.size(), 1);
        const QJsonObject error = errors.first().toObject();
        QCOMPARE(error.value(u"row"_s).toInt(), 5);
        QCOMPARE(error.value(u"field"_s).toString(), u"email"_s);
        QCOMPARE(error.value(u"code"_s).toString(), u"invalid_email"_s);
        QVERIFY(!error.value(u"message"_s).toString().isEmpty());
    }

    // The rows after a quote that is never closed are inside its value: reading stops there,
    // and that row is a row with an error, not lost from the counts.
    void theRowOfAQuoteNeverClosedIsAnErrorRow()
    {
        test::StoreFixture f;
        const auto plan =
            test::planImport(f.store, test::writeImportFile(f.dir, u"q.csv"_s,
                                                            u"Konto;Vorname;Nachname;E-Mail\n"
                                                            "A;B;C;d@e.example\n"
                                                            "\"G;H;I;j@k.example\n"
                                                            "L;M;N;o@p.example\n"_s));
        QVERIFY(plan);
        QVERIFY(plan->readError());
        QCOMPARE(plan->readError()->row, 2);
        QCOMPARE(plan->counts().rows, 2);
        QCOMPARE(plan->counts().errorRows, 1);
        QCOMPARE(plan->counts().accountsCreate, 1);
        QCOMPARE(plan->label(2), RowLabel::Error);
        QCOMPARE(plan->outcome(2).code, u"unterminated_quote"_s);
        const QJsonObject report = app::ImportReport::plan(*plan);
        QCOMPARE(report.value(u"error_rows"_s).toInt(), 1);
        const QJsonArray errors = report.value(u"errors"_s).toArray();
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().toObject().value(u"row"_s).toInt(), 2);
        QVERIFY(errors.first().toObject().value(u"message"_s).toString().contains(u"not read"_s));
        const app::ImportResult result = test::runImport(f.store, *plan);
        QCOMPARE(result.status, app::ImportStatus::Done);
        QCOMPARE(result.counts.errorRows, 1);
        QCOMPARE(result.counts.skip, 0);
        QCOMPARE(f.count(u"SELECT count(*) FROM accounts"_s), 1);
    }

    void mappingWithoutNamesReadsNoRows()
    {
        test::StoreFixture f;
        const auto plan = test::planImport(
            f.store, test::writeImportFile(f.dir, u"x.csv"_s, u"Foo;Bar\n1;2\n"_s));
        QVERIFY(plan);
        QVERIFY(!plan->mappingIssues().isEmpty());
        QCOMPARE(plan->counts().rows, 0);
    }

    // The import's identity rests on the file's SHA-256 (hashed with libsodium), compared here
    // with Qt's own SHA-256 of the same bytes, for a file of several read chunks.
    void identifiesTheFileByItsSha256()
    {
        test::StoreFixture f;
        QString text = u"Konto;Vorname;Nachname\n"_s;
        for (int i = 0; text.size() < 3'000'000; ++i)
            text += u"Konto %1;Anna;Arm\n"_s.arg(i);
        const QString path = test::writeImportFile(f.dir, u"big.csv"_s, text);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray expected =
            QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
        const auto plan = test::planImport(f.store, path);
        QVERIFY(plan);
        QCOMPARE(plan->fileHash(), QString::fromLatin1(expected));
    }

    void unreadableFileIsNoPlan()
    {
        test::StoreFixture f;
        QVERIFY(!test::planImport(f.store, f.dir.filePath(u"missing.csv"_s)));
        QVERIFY(!test::planImport(f.store, test::writeImportFile(f.dir, u"e.csv"_s, {})));
    }

    // What a script reads when there is no plan: the usual shape, the file's problem with the
    // reader's code as its one error.
    void reportsAFileWithoutAPlanAsJson_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("text"); // null: no file
        QTest::addColumn<QString>("code");
        QTest::newRow("missing") << u"missing.csv"_s << QString() << u"file_unreadable"_s;
        QTest::newRow("empty") << u"e.csv"_s << u""_s << u"empty_file"_s;
        QTest::newRow("quote in the header")
            << u"q.csv"_s << u"Konto;\"Vorname\nA;B\n"_s << u"unterminated_quote"_s;
    }

    void reportsAFileWithoutAPlanAsJson()
    {
        QFETCH(QString, name);
        QFETCH(QString, text);
        QFETCH(QString, code);
        test::StoreFixture f;
        app::ImportSettings settings;
        settings.filePath =
            text.isNull() ? f.dir.filePath(name) : test::writeImportFile(f.dir, name, text);
        QString error;
        core::RowIssue failure;
        QVERIFY(!app::ImportPlan::make(f.store.database(), settings, {}, &error, &failure));
        QCOMPARE(failure.code(), code);
        QCOMPARE(failure.message(), error);
        const QJsonObject report = app::ImportReport::failure(settings.filePath, failure);
        for (const QString& key : {u"rows"_s, u"accounts_create"_s, u"contacts_create"_s, u"link"_s,
                                   u"update"_s, u"skip"_s, u"error_rows"_s}) {
            QVERIFY2(report.value(key).isDouble(), qPrintable(key));
            QCOMPARE(report.value(key).toInt(), 0);
        }
        QCOMPARE(report.value(u"status"_s).toString(), u"failed"_s);
        QCOMPARE(report.value(u"file"_s).toString(), settings.filePath);
        const QJsonArray errors = report.value(u"errors"_s).toArray();
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().toObject().value(u"code"_s).toString(), code);
        QCOMPARE(errors.first().toObject().value(u"row"_s).toInt(), 0);
    }

    // A detected dialect leaves the id as imports recorded before have it (resume).
    void detectedDialectKeepsTheImportId()
    {
        test::StoreFixture f;
        const auto plan =
            test::planImport(f.store, test::writeImportFile(f.dir, u"a.csv"_s, newFile));
        QVERIFY(plan);
        const QUuid expected = QUuid::createUuidV5(
            QUuid(u"{6f1c1a9e-6b1d-4c0e-9a55-4b6f1f3c2d10}"_s),
            plan->fileHash() + u"\ncsv\n"_s +
                QString::fromUtf8(QJsonDocument(core::toJson(*plan->settings().mapping))
                                      .toJson(QJsonDocument::Compact)));
        QCOMPARE(plan->importId(), expected);
    }

    // The same bytes read with another encoding or delimiter chosen by hand are another import:
    // importing again after a wrong choice updates what the wrong one stored (not "skip
    // (imported before)").
    void anEncodingChosenByHandIsPartOfTheImport()
    {
        test::StoreFixture f;
        const QString path = test::writeImportFile(
            f.dir, u"u.csv"_s,
            u"Konto;Vorname;Nachname;E-Mail;Ort\nNord KG;Anna;Nord;anna@nord.example;Görlitz\n"_s);
        app::ImportSettings settings;
        settings.filePath = path;
        settings.encoding = core::TextEncoding::Windows1252;
        QString error;
        const auto wrong = app::ImportPlan::make(f.store.database(), settings, {}, &error);
        QVERIFY2(wrong, qPrintable(error));
        QCOMPARE(test::runImport(f.store, *wrong).status, app::ImportStatus::Done);
        QCOMPARE(f.count(u"SELECT count(*) FROM contacts WHERE data LIKE '%GÃ¶rlitz%'"_s), 1);

        const auto detected =
            test::planImport(f.store, path, {DuplicateChoice::Update, DuplicateChoice::Update});
        QVERIFY(detected);
        QVERIFY(detected->importId() != wrong->importId());
        QCOMPARE(detected->label(1), RowLabel::Update);
        QCOMPARE(test::runImport(f.store, *detected).status, app::ImportStatus::Done);
        QCOMPARE(f.count(u"SELECT count(*) FROM contacts WHERE data LIKE '%Görlitz%'"_s), 1);
        QCOMPARE(f.count(u"SELECT count(*) FROM contacts"_s), 1);

        // UTF-8 chosen by hand and a delimiter chosen by hand are imports of their own too.
        settings.encoding = core::TextEncoding::Utf8;
        const auto utf8 = app::ImportPlan::make(f.store.database(), settings, {}, &error);
        QVERIFY(utf8);
        QVERIFY(utf8->importId() != detected->importId());
        QVERIFY(utf8->importId() != wrong->importId());
        settings.encoding.reset();
        settings.delimiter = u';';
        const auto semicolon = app::ImportPlan::make(f.store.database(), settings, {}, &error);
        QVERIFY(semicolon);
        QVERIFY(semicolon->importId() != detected->importId());
        QVERIFY(semicolon->importId() != utf8->importId());
    }

    void writesTheOutboxShapeOfAnAccount_data()
    {
        QTest::addColumn<core::Account>("account");
        core::Account company = test::company(
            u"Quote \" \\ Back\nslash GmbH"_s,
            {test::person(u"Zoë"_s, u"Ölmann\t"_s, u"z@x.example"_s, {u"+4930123456"_s})});
        company.contacts[0].contact.id = QUuid::createUuid();
        company.contacts[0].contact.tags = {u"VIP"_s};
        company.contacts[0].contact.address.city = u"Görlitz"_s;
        company.tags = {u"Mandant"_s, u"Lohn"_s};
        company.customFields = {{u"f1"_s, 12.5}, {u"f2"_s, QJsonArray{u"a"_s}}};
        company.teamMemberIds = {test::ownerId};
        company.folderTemplateId = QUuid::createUuid();
        QTest::newRow("company") << company;
        core::Account linked = test::individual(test::person(u"A"_s, u"B\x01"_s), true);
        linked.id = QUuid::createUuid();
        linked.contacts[0].existingContactId = QUuid::createUuid();
        QTest::newRow("existing contact") << linked;
    }

    void writesTheOutboxShapeOfAnAccount()
    {
        QFETCH(core::Account, account);
        if (account.id.isNull())
            account.id = QUuid::createUuid();
        const QJsonDocument written =
            QJsonDocument::fromJson(app::importjson::accountCreate(account));
        QVERIFY(written.isObject());
        QCOMPARE(written.object(), app::ops::accountCreatePayload(account));
    }
};

QTEST_GUILESS_MAIN(TestImportPlan)
#include "tst_importplan.moc"
