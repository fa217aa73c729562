#include "importreportpage.h"

#include "importwizard.h"

#include "ui/confirmation.h"

#include "app/localstore.h"

#include <QGroupBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kontor::ui {

ImportReportPage::ImportReportPage(ImportWizard* wizard)
    : m_wizard(wizard)
{
    setObjectName(u"importReportPage"_s);
    setTitle(tr("Report"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"reportSummary"_s);
    m_summary->setWordWrap(true);
    m_undo = new QPushButton(tr("&Undo"), this);
    m_undo->setObjectName(u"undoButton"_s);
    m_undoMessage = new QLabel(this);
    m_undoMessage->setObjectName(u"undoMessage"_s);
    m_undoMessage->setWordWrap(true);

    m_invitation = new QGroupBox(tr("Invite to the client portal"), this);
    m_invitation->setObjectName(u"invitationBox"_s);
    m_invitationText = new QLabel(m_invitation);
    m_invitationText->setWordWrap(true);
    m_message = new QPlainTextEdit(m_invitation);
    m_message->setObjectName(u"invitationMessage"_s);
    m_message->setAccessibleName(tr("Personal message"));
    m_message->setPlaceholderText(tr("Personal message (optional)"));
    m_invite = new QPushButton(tr("&Send invitations"), m_invitation);
    m_invite->setObjectName(u"inviteButton"_s);
    auto* invitation = new QVBoxLayout(m_invitation);
    invitation->addWidget(m_invitationText);
    auto* messageLabel = new QLabel(tr("&Personal message:"), m_invitation);
    messageLabel->setBuddy(m_message);
    invitation->addWidget(messageLabel);
    invitation->addWidget(m_message);
    invitation->addWidget(m_invite, 0, Qt::AlignLeft);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_undo, 0, Qt::AlignLeft);
    layout->addWidget(m_undoMessage);
    layout->addWidget(m_invitation);
    layout->addStretch();

    connect(m_undo, &QPushButton::clicked, this, &ImportReportPage::undo);
    connect(&wizard->job(), &app::ImportJob::finished, this, [this] {
        if (m_wizard->currentPage() == this && m_undoing)
            onUndone();
    });
    connect(m_invite, &QPushButton::clicked, this, [this] {
        m_invite->setEnabled(false);
        m_wizard->job().startInvite(m_wizard->job().lastResult().importId,
                                    m_message->toPlainText().trimmed());
    });
    connect(&wizard->job(), &app::ImportJob::invited, this, [this](int count) {
        m_invitationText->setText(count < 0
                                      ? tr("The invitations could not be saved on this computer.")
                                      : tr("Invitations queued: %1. They are sent with the next "
                                           "synchronisation.")
                                            .arg(count));
        m_message->setEnabled(false);
        Q_EMIT completeChanged();
    });
}

void ImportReportPage::initializePage()
{
    const app::ImportResult& result = m_wizard->job().lastResult();
    const app::ImportCounts& c = result.counts;
    m_summary->setText(tr("Created %1 accounts and %2 contacts, linked %3 contacts, updated %4 "
                          "records. Skipped %5 rows; %6 rows had errors and were not imported.")
                           .arg(c.accountsCreate)
                           .arg(c.contactsCreate)
                           .arg(c.link)
                           .arg(c.update)
                           .arg(c.skip)
                           .arg(c.errorRows));
    m_undo->setEnabled(true);
    m_undoMessage->setText(tr("“Undo” removes what this import created and restores what it "
                              "updated, also on the server."));
    const int invitable = app::importrun::invitable(m_wizard->store().database(), result.importId);
    m_invitation->setVisible(invitable > 0);
    m_invitation->setEnabled(true);
    m_message->setEnabled(true);
    m_invite->setEnabled(true);
    m_invitationText->setText(tr("Imported contacts with portal access (LOGIN): %1. Invite them "
                                 "now with one message, or later from their profiles.")
                                  .arg(invitable));
}

void ImportReportPage::undo()
{
    if (!confirmDestructive(this, u"undoConfirmation"_s, tr("Undo the import"),
                            tr("Remove everything this import created and restore what it "
                               "updated?"),
                            tr("&Undo"), u"confirmUndoButton"_s)) {
        return;
    }
    m_undoing = true;
    m_undo->setEnabled(false);
    m_invitation->setEnabled(false);
    m_undoMessage->setText(tr("Undoing…"));
    m_wizard->job().startUndo(m_wizard->job().lastResult().importId);
    Q_EMIT completeChanged();
}

void ImportReportPage::onUndone()
{
    m_undoing = false;
    const app::ImportResult& result = m_wizard->job().lastResult();
    if (result.status == app::ImportStatus::Undone) {
        m_undoMessage->setText(tr("Undone: %1 accounts and %2 contacts removed, %3 records "
                                  "restored.")
                                   .arg(result.counts.accountsCreate)
                                   .arg(result.counts.contactsCreate)
                                   .arg(result.counts.update));
        m_invitation->hide();
    } else {
        m_undoMessage->setText(result.error.isEmpty() ? tr("Undo was stopped; try it again.")
                                                      : result.error);
        m_undo->setEnabled(true);
    }
    Q_EMIT completeChanged();
}

bool ImportReportPage::isComplete() const
{
    return !m_wizard->job().isBusy();
}

} // namespace kontor::ui
