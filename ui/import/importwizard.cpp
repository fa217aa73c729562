#include "importwizard.h"

#include "importfilepage.h"
#include "importmappingpage.h"
#include "importpreviewpage.h"
#include "importreportpage.h"
#include "importrunpage.h"

#include "app/import/importreport.h"
#include "app/localstore.h"

#include <QAbstractButton>
#include <QFile>
#include <QMessageBox>
#include <QPushButton>

#include <utility>

using namespace Qt::StringLiterals;

namespace kontor::ui {

ImportWizard::ImportWizard(app::LocalStore* store, QWidget* parent)
    : QWizard(parent)
    , m_store(store)
    , m_job(store)
{
    setObjectName(u"importWizard"_s);
    setWindowTitle(tr("Import accounts"));
    setOptions(QWizard::NoBackButtonOnStartPage | QWizard::NoDefaultButton |
               QWizard::NoCancelButtonOnLastPage);
    setButtonText(QWizard::CommitButton, tr("&Import"));
    button(QWizard::NextButton)->setObjectName(u"nextButton"_s);
    button(QWizard::BackButton)->setObjectName(u"backButton"_s);
    button(QWizard::CommitButton)->setObjectName(u"importButton"_s);
    button(QWizard::FinishButton)->setObjectName(u"finishButton"_s);
    button(QWizard::CancelButton)->setObjectName(u"cancelButton"_s);
    m_filePage = new ImportFilePage(this);
    setPage(FilePageId, m_filePage);
    setPage(MappingPageId, new ImportMappingPage(this));
    setPage(PreviewPageId, new ImportPreviewPage(this));
    setPage(RunPageId, new ImportRunPage(this));
    setPage(ReportPageId, new ImportReportPage(this));
    resize(960, 640);
    // Enter goes on where that cannot write anything; on the preview it does not import.
    // QWizard clears every default button when it updates its buttons (NoDefaultButton), so
    // they are set again after it, on a page change and when a page's completeness changes.
    connect(this, &QWizard::currentIdChanged, this, &ImportWizard::updateDefaultButton);
    for (int id : pageIds()) {
        connect(page(id), &QWizardPage::completeChanged, this,
                [this] { updateDefaultButton(currentId()); });
    }
    connect(&m_job, &app::ImportJob::busyChanged, this, [this] {
        if (m_closing && !m_job.isBusy())
            QWizard::done(*std::exchange(m_closing, std::nullopt));
    });
}

void ImportWizard::updateDefaultButton(int id)
{
    auto setDefault = [this](WizardButton which, bool on) {
        if (auto* b = qobject_cast<QPushButton*>(button(which)))
            b->setDefault(on);
    };
    setDefault(NextButton, id == FilePageId || id == MappingPageId);
    setDefault(CommitButton, id == RunPageId);
    setDefault(FinishButton, id == ReportPageId);
}

ImportWizard::~ImportWizard() = default;

void ImportWizard::setFileFacts(const QStringList& columns, const QList<QStringList>& samples,
                                const QString& readAs)
{
    m_columns = columns;
    m_samples = samples;
    m_readAs = readAs;
}

void ImportWizard::resume(const app::ImportRecord& record)
{
    m_settings = app::importSettingsFromJson(record.settings);
    m_filePage->showSettings(m_settings);
    m_resuming = true;
    next();
}

bool ImportWizard::exportErrors(const QString& path)
{
    QFile file(path);
    QString error;
    if (m_job.plan() && file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
        app::ImportReport::writeErrorCsv(&file, *m_job.plan(), &error)) {
        return true;
    }
    QMessageBox::warning(this, windowTitle(),
                         tr("The errors could not be saved to “%1”.").arg(path));
    return false;
}

void ImportWizard::done(int result)
{
    if (m_job.isBusy()) {
        m_closing = result;
        m_job.cancel();
        return;
    }
    QWizard::done(result);
}

} // namespace kontor::ui
