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
    setPage(FilePageId, new ImportFilePage(this));
    setPage(MappingPageId, new ImportMappingPage(this));
    setPage(PreviewPageId, new ImportPreviewPage(this));
    setPage(RunPageId, new ImportRunPage(this));
    setPage(ReportPageId, new ImportReportPage(this));
    resize(960, 640);
}

ImportWizard::~ImportWizard() = default;

void ImportWizard::setFileFacts(const QStringList& columns, const QList<QStringList>& samples)
{
    m_columns = columns;
    m_samples = samples;
}

void ImportWizard::resume(const app::ImportRecord& record)
{
    m_settings = app::importSettingsFromJson(record.settings);
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

void ImportWizard::reject()
{
    // A running step stops first (a run keeps what it committed and can be resumed).
    if (m_job.isBusy()) {
        m_job.cancel();
        return;
    }
    QWizard::reject();
}

} // namespace kontor::ui
