#include "importfilepage.h"

#include "importundopanel.h"
#include "importwizard.h"

#include "ui/confirmation.h"

#include "app/import/importrunner.h"
#include "app/import/importtables.h"
#include "app/localstore.h"

#include "core/import/importsource.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kontor::ui {

ImportFilePage::ImportFilePage(ImportWizard* wizard)
    : m_wizard(wizard)
{
    setObjectName(u"importFilePage"_s);
    setTitle(tr("File"));
    setSubTitle(tr("Choose a client list: CSV as Excel and other programs save it, or vCards "
                   "(Outlook, Google, Apple)."));
    m_path = new QLineEdit(this);
    m_path->setObjectName(u"filePathEdit"_s);
    auto* browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(u"browseButton"_s);
    auto* row = new QHBoxLayout;
    row->addWidget(m_path, 1);
    row->addWidget(browse);

    m_format = new QComboBox(this);
    m_format->setObjectName(u"formatBox"_s);
    m_format->addItem(tr("Detect"), int(core::SourceFormat::Auto));
    m_format->addItem(tr("CSV"), int(core::SourceFormat::Csv));
    m_format->addItem(tr("vCard"), int(core::SourceFormat::VCard));
    m_delimiter = new QComboBox(this);
    m_delimiter->setObjectName(u"delimiterBox"_s);
    m_delimiter->addItem(tr("Detect"), QString());
    m_delimiter->addItem(tr("Semicolon (;)"), u";"_s);
    m_delimiter->addItem(tr("Comma (,)"), u","_s);
    m_delimiter->addItem(tr("Tab"), u"\t"_s);
    m_delimiter->addItem(tr("Vertical bar (|)"), u"|"_s);
    m_encoding = new QComboBox(this);
    m_encoding->setObjectName(u"encodingBox"_s);
    m_encoding->addItem(tr("Detect"), QString());
    for (core::TextEncoding e : {core::TextEncoding::Utf8, core::TextEncoding::Windows1252,
                                 core::TextEncoding::Utf16LE, core::TextEncoding::Utf16BE}) {
        m_encoding->addItem(core::toWireName(e).toUpper(), core::toWireName(e));
    }
    auto* form = new QFormLayout;
    auto* fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_path);
    form->addRow(fileLabel, row);
    form->addRow(tr("F&ormat:"), m_format);
    form->addRow(tr("&Delimiter:"), m_delimiter);
    form->addRow(tr("&Encoding:"), m_encoding);

    m_message = new QLabel(this);
    m_message->setObjectName(u"fileMessage"_s);
    m_message->setWordWrap(true);
    m_resumeLabel = new QLabel(this);
    m_resumeLabel->setObjectName(u"resumeLabel"_s);
    m_resumeLabel->setWordWrap(true);
    m_resume = new QPushButton(tr("&Resume"), this);
    m_resume->setObjectName(u"resumeButton"_s);
    m_refusedLabel = new QLabel(this);
    m_refusedLabel->setObjectName(u"refusedRowsLabel"_s);
    m_refusedLabel->setWordWrap(true);
    m_refusedLabel->setTextFormat(Qt::PlainText);
    m_discardRefused = new QPushButton(tr("Discard the refused ro&ws"), this);
    m_discardRefused->setObjectName(u"discardRefusedRowsButton"_s);
    m_undo = new ImportUndoPanel(wizard, this);
    m_undo->setObjectName(u"earlierImportUndo"_s);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addStretch();
    layout->addWidget(m_resumeLabel);
    layout->addWidget(m_resume, 0, Qt::AlignLeft);
    layout->addWidget(m_undo);
    layout->addWidget(m_refusedLabel);
    layout->addWidget(m_discardRefused, 0, Qt::AlignLeft);

    connect(browse, &QPushButton::clicked, this, &ImportFilePage::browse);
    connect(m_discardRefused, &QPushButton::clicked, this, &ImportFilePage::discardRefused);
    connect(m_path, &QLineEdit::textChanged, this, &ImportFilePage::completeChanged);
    // Another file, or the same read differently, is a new import, not the one resumed.
    const auto notResuming = [this] {
        m_wizard->setResuming(false);
        Q_EMIT completeChanged();
    };
    connect(m_path, &QLineEdit::textChanged, this, notResuming);
    for (QComboBox* box : {m_format, m_delimiter, m_encoding})
        connect(box, &QComboBox::currentIndexChanged, this, notResuming);
    connect(m_undo, &ImportUndoPanel::started, this, [this] {
        m_resume->setEnabled(false);
        m_discardRefused->setEnabled(false); // the undo may take that batch back itself
        Q_EMIT completeChanged();
    });
    connect(m_undo, &ImportUndoPanel::ended, this, [this] {
        m_resume->setEnabled(true);
        m_discardRefused->setEnabled(true);
        showEarlierImports();
        showRefused();
        Q_EMIT completeChanged();
    });
}

void ImportFilePage::initializePage()
{
    showEarlierImports();
    showRefused();
}

void ImportFilePage::showSettings(const app::ImportSettings& s)
{
    const QSignalBlocker blockPath(m_path);
    const QSignalBlocker blockFormat(m_format);
    const QSignalBlocker blockDelimiter(m_delimiter);
    const QSignalBlocker blockEncoding(m_encoding);
    m_path->setText(QDir::toNativeSeparators(s.filePath));
    m_format->setCurrentIndex(qMax(0, m_format->findData(int(s.format))));
    m_delimiter->setCurrentIndex(
        qMax(0, m_delimiter->findData(s.delimiter ? QString(*s.delimiter) : QString())));
    m_encoding->setCurrentIndex(
        qMax(0, m_encoding->findData(s.encoding ? core::toWireName(*s.encoding) : QString())));
}

// An import that stopped (cancelled, or the program ended) can go on where it was; the newest
// import with something written that is not taken back yet can be undone, also one that
// stopped or whose undo stopped.
void ImportFilePage::showEarlierImports()
{
    std::optional<app::ImportRecord> unfinished;
    std::optional<app::ImportRecord> undoable;
    app::Database& db = m_wizard->store().database();
    if (app::importtables::ensure(db)) {
        for (const app::ImportRecord& record : app::importtables::list(db)) {
            if (!unfinished && record.resumable() && QFileInfo::exists(record.filePath))
                unfinished = record;
            if (!undoable && record.batches > 0 && record.status != app::ImportStatus::Undone)
                undoable = record;
        }
    }
    m_resumeLabel->setVisible(unfinished.has_value());
    m_resume->setVisible(unfinished.has_value());
    m_resume->disconnect(this);
    if (unfinished) {
        m_resumeLabel->setText(tr("The import of “%1” did not finish (up to row %2). Resume it "
                                  "to import the rest; nothing is imported twice.")
                                   .arg(QFileInfo(unfinished->filePath).fileName())
                                   .arg(unfinished->lastRow));
        connect(m_resume, &QPushButton::clicked, this,
                [this, record = *unfinished] { m_wizard->resume(record); });
    }
    m_undo->setVisible(undoable.has_value());
    if (!undoable)
        return;
    const QString file = QFileInfo(undoable->filePath).fileName();
    const QString when =
        QLocale().toString(undoable->startedAt.toLocalTime(), QLocale::ShortFormat);
    m_undo->setImport(
        undoable->id,
        undoable->status == app::ImportStatus::Undoing
            ? tr("Undoing the import of “%1” of %2 did not finish. “Undo” goes on with it.")
                  .arg(file, when)
            : tr("The import of “%1” of %2 can be undone: what it created is removed, what it "
                 "updated is restored, also on the server.")
                  .arg(file, when));
}

// A batch the server refused is all or nothing: none of its rows is on the server, but they
// are here. The oldest one is shown, with what the server said about which account.
void ImportFilePage::showRefused()
{
    const QList<app::importrun::RefusedBatch> refused =
        app::importrun::refusedBatches(m_wizard->store().database());
    m_refusedLabel->setVisible(!refused.isEmpty());
    m_discardRefused->setVisible(!refused.isEmpty());
    if (refused.isEmpty())
        return;
    const app::importrun::RefusedBatch& batch = refused.constFirst();
    QStringList text{tr("The server refused rows %1–%2 of the import of “%3”. They are on this "
                        "computer only. Discard them here, correct the file and import it again "
                        "(rows already imported are not imported twice).")
                         .arg(batch.firstRow)
                         .arg(batch.lastRow)
                         .arg(QFileInfo(batch.filePath).fileName())};
    for (qsizetype i = 0; i < batch.errors.size() && i < 3; ++i) {
        const QString& account = batch.errorAccounts.value(i);
        text.append(account.isEmpty()
                        ? u"• "_s + batch.errors.at(i).message()
                        : u"• "_s + tr("%1: %2").arg(account, batch.errors.at(i).message()));
    }
    if (batch.errors.size() > 3)
        text.append(tr("… and %1 more.").arg(batch.errors.size() - 3));
    m_refusedLabel->setText(text.join(u'\n'));
}

void ImportFilePage::discardRefused()
{
    const QList<app::importrun::RefusedBatch> refused =
        app::importrun::refusedBatches(m_wizard->store().database());
    if (refused.isEmpty()) {
        showRefused();
        return;
    }
    const QString question = tr("Remove the accounts and contacts of rows %1–%2 from this "
                                "computer? The server has none of them.")
                                 .arg(refused.constFirst().firstRow)
                                 .arg(refused.constFirst().lastRow);
    if (!confirmDestructive(this, u"discardRefusedRowsQuestion"_s, tr("Discard refused rows"),
                            question, tr("&Discard"), u"confirmDiscardButton"_s)) {
        return;
    }
    app::StoreChanges changes;
    if (!app::importrun::dropRefused(m_wizard->store().database(), refused.constFirst(),
                                     &changes)) {
        QMessageBox::warning(this, tr("Discard refused rows"),
                             tr("The rows could not be removed from this computer. Is the disk "
                                "full?"));
    }
    m_wizard->store().notifyExternalChanges(changes);
    showRefused();
}

void ImportFilePage::browse()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import accounts"), m_path->text(),
                                     tr("Client lists (*.csv *.txt *.vcf *.vcard);;All files (*)"));
    if (!path.isEmpty())
        m_path->setText(path);
}

bool ImportFilePage::isComplete() const
{
    if (m_undo->isUndoing())
        return false;
    return !m_path->text().trimmed().isEmpty() || m_wizard->resuming();
}

bool ImportFilePage::validatePage()
{
    app::ImportSettings& s = m_wizard->settings();
    if (!m_wizard->resuming()) {
        s.filePath = QFileInfo(m_path->text().trimmed()).absoluteFilePath();
        s.format = core::SourceFormat(m_format->currentData().toInt());
        const QString delimiter = m_delimiter->currentData().toString();
        s.delimiter = delimiter.isEmpty() ? std::nullopt : std::optional(delimiter.at(0));
        s.encoding = core::textEncodingFromName(m_encoding->currentData().toString());
    }
    QFile file(s.filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        m_message->setText(tr("The file “%1” cannot be opened.").arg(s.filePath));
        return false;
    }
    core::ImportSourceOptions options;
    options.format = s.format;
    options.csv.delimiter = s.delimiter;
    options.csv.encoding = s.encoding;
    const core::OpenedSource opened = core::openImportSource(&file, options);
    if (!opened.source) {
        m_message->setText(opened.error ? opened.error->message() : tr("The file cannot be read."));
        return false;
    }
    QList<QStringList> samples;
    core::SourceRow row;
    while (samples.size() < 3 && opened.source->next(row))
        samples.append(row.values);
    m_wizard->setFileFacts(opened.source->columns(), samples, readAs(opened));
    m_message->clear();
    return true;
}

// Shown with the examples of the mapping page: when they look garbled, this says what to change.
QString ImportFilePage::readAs(const core::OpenedSource& opened) const
{
    const core::CsvReader* csv = opened.csv();
    if (!csv)
        return tr("Read as vCards.");
    const core::CsvDialect& dialect = csv->dialect();
    const int delimiter = m_delimiter->findData(QString(dialect.delimiter));
    return tr("Read as CSV with the delimiter %1 and the encoding %2. If the examples look "
              "wrong, go back and choose the delimiter or the encoding.")
        .arg(m_delimiter->itemText(qMax(0, delimiter)),
             core::toWireName(dialect.encoding).toUpper());
}

int ImportFilePage::nextId() const
{
    return m_wizard->resuming() ? ImportWizard::PreviewPageId : ImportWizard::MappingPageId;
}

} // namespace kontor::ui
