#include "importreportpage.h"

#include "importundopanel.h"
#include "importwizard.h"

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
    m_undo = new ImportUndoPanel(wizard, this);

    m_invitation = new QGroupBox(tr("Invite to the client portal"), this);
    m_invitation->setObjectName(u"invitationBox"_s);
    m_invitationText = new QLabel(m_invitation);
    m_invitationText->setWordWrap(true);
    m_message = new QPlainTextEdit(m_invitation);
    m_message->setObjectName(u"invitationMessage"_s);
    m_message->setAccessibleName(tr("Personal message"));
    m_message->setPlaceholderText(tr("Personal message (optional)"));
    m_invite = new QPushButton(tr("Send &invitations"), m_invitation);
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
    layout->addWidget(m_undo);
    layout->addWidget(m_invitation);
    layout->addStretch();

    connect(m_undo, &ImportUndoPanel::started, this, [this] {
        m_invitation->setEnabled(false);
        Q_EMIT completeChanged();
    });
    connect(m_undo, &ImportUndoPanel::ended, this, [this](bool complete) {
        if (complete)
            m_invitation->hide();
        m_invitation->setEnabled(true);
        Q_EMIT completeChanged();
    });
    connect(m_invite, &QPushButton::clicked, this, [this] {
        m_invite->setEnabled(false);
        m_undo->setEnabled(false); // one step at a time: an undo would take the invite's place
        m_wizard->job().startInvite(m_wizard->job().lastResult().importId,
                                    m_message->toPlainText().trimmed());
    });
    connect(&wizard->job(), &app::ImportJob::invited, this, [this](int count) {
        m_undo->setEnabled(true);
        if (count < 0) { // nothing was queued: the message stays, to send again
            m_invitationText->setText(tr("The invitations could not be saved on this computer. "
                                         "Try again, or invite later from the profiles."));
            m_invite->setEnabled(true);
        } else {
            m_invitationText->setText(
                tr("Invitations queued: %1. They are sent with the next synchronisation.")
                    .arg(count));
            m_message->setEnabled(false);
        }
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
    m_undo->setImport(result.importId, tr("“Undo” removes what this import created and "
                                          "restores what it updated, also on the server."));
    const int invitable = app::importrun::invitable(m_wizard->store().database(), result.importId);
    m_invitation->setVisible(invitable > 0);
    m_invitation->setEnabled(true);
    m_message->setEnabled(true);
    m_invite->setEnabled(true);
    m_invitationText->setText(tr("Imported contacts with portal access (LOGIN): %1. Invite them "
                                 "now with one message, or later from their profiles.")
                                  .arg(invitable));
}

bool ImportReportPage::isComplete() const
{
    return !m_wizard->job().isBusy();
}

} // namespace kontor::ui
