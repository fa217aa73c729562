#include "importundopanel.h"

#include "importwizard.h"

#include "ui/confirmation.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kontor::ui {

ImportUndoPanel::ImportUndoPanel(ImportWizard* wizard, QWidget* parent)
    : QWidget(parent)
    , m_wizard(wizard)
{
    m_text = new QLabel(this);
    m_text->setObjectName(u"undoText"_s);
    m_text->setWordWrap(true);
    m_undo = new QPushButton(tr("&Undo"), this);
    m_undo->setObjectName(u"undoButton"_s);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"undoProgress"_s);
    m_progress->setAccessibleName(tr("Undo progress"));
    m_progress->hide();
    m_stop = new QPushButton(tr("S&top"), this);
    m_stop->setObjectName(u"stopUndoButton"_s);
    m_stop->hide();
    m_message = new QLabel(this);
    m_message->setObjectName(u"undoMessage"_s);
    m_message->setWordWrap(true);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_undo);
    buttons->addWidget(m_progress, 1);
    buttons->addWidget(m_stop);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins({});
    layout->addWidget(m_text);
    layout->addLayout(buttons);
    layout->addWidget(m_message);

    connect(m_undo, &QPushButton::clicked, this, &ImportUndoPanel::undo);
    connect(m_stop, &QPushButton::clicked, &wizard->job(), &app::ImportJob::cancel);
    connect(&wizard->job(), &app::ImportJob::progress, this, [this](qint64 done, qint64 total) {
        if (!m_undoing)
            return;
        m_progress->setMaximum(int(qMax<qint64>(total, 1)));
        m_progress->setValue(int(done));
    });
    connect(&wizard->job(), &app::ImportJob::finished, this, [this] {
        if (m_undoing)
            onFinished();
    });
}

void ImportUndoPanel::setImport(const QUuid& importId, const QString& text)
{
    m_importId = importId;
    m_text->setText(text);
    m_message->clear();
    m_undo->setEnabled(true);
}

void ImportUndoPanel::undo()
{
    if (!confirmDestructive(this, u"undoConfirmation"_s, tr("Undo the import"),
                            tr("Remove everything this import created and restore what it "
                               "updated? Accounts and contacts someone changed on the server "
                               "since the import stay."),
                            tr("&Undo"), u"confirmUndoButton"_s)) {
        return;
    }
    m_undoing = true;
    m_undo->setEnabled(false);
    m_progress->setValue(0);
    m_progress->show();
    m_stop->show();
    m_message->setText(tr("Undoing…"));
    m_wizard->job().startUndo(m_importId);
    Q_EMIT started(); // the job is busy now: pages ask it whether they are complete
}

void ImportUndoPanel::onFinished()
{
    m_undoing = false;
    m_progress->hide();
    m_stop->hide();
    const app::ImportResult& result = m_wizard->job().lastResult();
    const bool complete = result.status == app::ImportStatus::Undone;
    if (complete) {
        m_message->setText(tr("Undone: %1 accounts and %2 contacts removed, %3 records "
                              "restored.")
                               .arg(result.counts.accountsCreate)
                               .arg(result.counts.contactsCreate)
                               .arg(result.counts.update));
    } else {
        m_message->setText(result.error.isEmpty()
                               ? tr("Undo was stopped. “Undo” again goes on from there.")
                               : result.error);
        m_undo->setEnabled(true);
    }
    Q_EMIT ended(complete);
}

} // namespace kontor::ui
