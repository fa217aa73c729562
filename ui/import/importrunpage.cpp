#include "importrunpage.h"

#include "importwizard.h"

#include "app/localstore.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kontor::ui {

ImportRunPage::ImportRunPage(ImportWizard* wizard)
    : m_wizard(wizard)
{
    setObjectName(u"importRunPage"_s);
    // What was written stays written: no way back to the preview (undo is on the report).
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Next"));
    setTitle(tr("Import"));
    setSubTitle(tr("The accounts are written batch by batch and show in the list at once. They "
                   "go to the server with the next synchronisation."));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"runProgress"_s);
    m_progress->setAccessibleName(tr("Import progress"));
    m_message = new QLabel(this);
    m_message->setObjectName(u"runMessage"_s);
    m_message->setWordWrap(true);
    m_stop = new QPushButton(tr("&Stop"), this);
    m_stop->setObjectName(u"stopButton"_s);
    m_resume = new QPushButton(tr("&Resume"), this);
    m_resume->setObjectName(u"resumeRunButton"_s);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_stop);
    buttons->addWidget(m_resume);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_progress);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
    layout->addStretch();

    app::ImportJob& job = wizard->job();
    connect(&job, &app::ImportJob::progress, this, [this](qint64 done, qint64 total) {
        if (m_wizard->currentPage() == this) { // reading the file again, then the run
            m_progress->setMaximum(1000);
            m_progress->setValue(total > 0 ? int(done * 1000 / total) : 0);
        }
    });
    connect(&job, &app::ImportJob::finished, this, [this] {
        if (m_wizard->currentPage() == this)
            onFinished();
    });
    connect(&job, &app::ImportJob::planned, this, [this](bool ok, const QString& error) {
        if (m_wizard->currentPage() != this || !m_resuming)
            return;
        m_resuming = false;
        if (ok && m_wizard->job().plan()) {
            m_message->setText(tr("Importing…"));
            m_wizard->job().startRun();
        } else {
            m_message->setText(error.isEmpty() ? tr("Stopped.") : error);
            m_stop->hide();
            m_resume->show();
        }
    });
    connect(m_stop, &QPushButton::clicked, &job, &app::ImportJob::cancel);
    connect(m_resume, &QPushButton::clicked, this, [this] {
        // Planning the same file again finds what was imported; the run goes on after it.
        m_resume->hide();
        m_stop->show();
        m_resuming = true;
        m_message->setText(tr("Reading the file again…"));
        app::PlanOptions options;
        options.cacheDirectory = QFileInfo(m_wizard->store().path()).absolutePath();
        m_wizard->job().startPlan(m_wizard->settings(), options);
    });
}

void ImportRunPage::initializePage()
{
    m_done = false;
    m_resume->hide();
    m_stop->show();
    m_progress->setValue(0);
    m_message->setText(tr("Importing…"));
    m_wizard->job().startRun();
}

void ImportRunPage::onFinished()
{
    const app::ImportResult& result = m_wizard->job().lastResult();
    m_stop->hide();
    switch (result.status) {
    case app::ImportStatus::Done:
        m_done = true;
        m_progress->setValue(m_progress->maximum());
        m_message->setText(tr("Done."));
        break;
    case app::ImportStatus::Cancelled:
        m_message->setText(tr("Stopped. So far %1 accounts and %2 contacts were created, %3 "
                              "contacts linked and %4 records updated; “Resume” imports the "
                              "rest, also after closing Kontor.")
                               .arg(result.counts.accountsCreate)
                               .arg(result.counts.contactsCreate)
                               .arg(result.counts.link)
                               .arg(result.counts.update));
        m_resume->show();
        break;
    default:
        m_message->setText(result.error);
        m_resume->show();
        break;
    }
    Q_EMIT completeChanged();
}

bool ImportRunPage::isComplete() const
{
    return m_done;
}

} // namespace kontor::ui
