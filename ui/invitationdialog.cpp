#include "invitationdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kontor::ui {

InvitationDialog::InvitationDialog(const QString& accountName,
                                   const QList<InvitationRecipient>& recipients, QWidget* parent)
    : QDialog(parent)
    , m_recipients(recipients)
    , m_message(new QPlainTextEdit(this))
{
    setObjectName(u"invitationDialog"_s);
    setWindowTitle(tr("Invite to the client portal"));
    setAccessibleName(windowTitle());

    QStringList people;
    for (const InvitationRecipient& r : recipients)
        people.append(tr("%1 (%2)").arg(r.name, r.email));
    auto* intro = new QLabel(
        tr("Portal access to the account “%1” for: %2. The invitation email holds a link to "
           "set a password and activate the access.")
            .arg(accountName, people.join(u", "_s)),
        this);
    intro->setObjectName(u"invitationIntro"_s);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);

    m_message->setObjectName(u"personalMessageEdit"_s);
    m_message->setAccessibleName(tr("Personal message"));
    m_message->setPlaceholderText(tr("Optional: a few words that appear in the email"));
    m_message->setTabChangesFocus(true);
    auto* messageLabel = new QLabel(tr("&Personal message"), this);
    messageLabel->setBuddy(m_message);

    auto* skipNote = new QLabel(tr("Skip: access stays switched on and you can keep working on "
                                   "the account; the invitation can be sent later."),
                                this);
    skipNote->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(this);
    QPushButton* send = buttons->addButton(tr("&Send"), QDialogButtonBox::AcceptRole);
    send->setObjectName(u"sendInvitationButton"_s);
    send->setDefault(true);
    QPushButton* skip = buttons->addButton(tr("S&kip"), QDialogButtonBox::ActionRole);
    skip->setObjectName(u"skipInvitationButton"_s);
    connect(send, &QPushButton::clicked, this, [this] { done(Send); });
    connect(skip, &QPushButton::clicked, this, [this] { done(Skip); });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(messageLabel);
    layout->addWidget(m_message);
    layout->addWidget(skipNote);
    layout->addWidget(buttons);
    m_message->setFocus();
}

QString InvitationDialog::message() const
{
    return m_message->toPlainText().trimmed();
}

} // namespace kontor::ui
