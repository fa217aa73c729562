#include "refusedchangesbox.h"

#include "rejectededitdialog.h"

#include "core/syncprotocol.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kontor::ui {

namespace {

QString changeText(const app::SyncIssue& issue)
{
    const QString& kind = issue.operation.kind;
    if (kind == core::opkind::accountUpdate)
        return RefusedChangesBox::tr("A change of this account was refused.");
    if (kind == core::opkind::contactUpdate)
        return RefusedChangesBox::tr("A change of a contact was refused.");
    if (kind == core::opkind::linkSet)
        return RefusedChangesBox::tr("Linking a contact was refused.");
    if (kind == core::opkind::invitationSend)
        return RefusedChangesBox::tr("Sending an invitation was refused.");
    return RefusedChangesBox::tr("A change was refused.");
}

} // namespace

RefusedChangesBox::RefusedChangesBox(const ClientServices& services, const QUuid& accountId,
                                     QWidget* parent)
    : QGroupBox(tr("Changes the server refused"), parent)
    , m_services(services)
    , m_accountId(accountId)
    , m_rows(new QVBoxLayout(this))
{
    setObjectName(u"refusedChangesBox"_s);
    setStyleSheet(u"QGroupBox { color: #b00020; }"_s);
    reload();
}

void RefusedChangesBox::reload()
{
    while (QLayoutItem* item = m_rows->takeAt(0)) {
        if (QWidget* w = item->widget()) {
            // Later: this may run from a click on one of the row's buttons. Out of the box now.
            w->hide();
            w->setParent(nullptr);
            w->deleteLater();
        }
        delete item;
    }
    const QList<app::SyncIssue> issues = m_services.refusedChanges
                                             ? m_services.refusedChanges(m_accountId)
                                             : QList<app::SyncIssue>{};
    setVisible(!issues.isEmpty());
    int index = 0;
    for (const app::SyncIssue& issue : issues) {
        auto* row = new QWidget(this);
        row->setObjectName(u"refusedChange_%1"_s.arg(index++));
        auto* line = new QHBoxLayout(row);
        line->setContentsMargins(0, 0, 0, 0);
        QStringList text{changeText(issue)};
        for (const core::Violation& v : issue.errors)
            text.append(u"• "_s + v.message());
        auto* label = new QLabel(text.join(u'\n'), row);
        label->setObjectName(u"refusedChangeText"_s);
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        line->addWidget(label, 1);
        const QUuid opId = issue.operation.opId;
        const QString& kind = issue.operation.kind;
        if (kind == core::opkind::accountUpdate || kind == core::opkind::contactUpdate) {
            auto* editButton = new QPushButton(tr("&Edit …"), row);
            editButton->setObjectName(u"editRefusedButton"_s);
            editButton->setAccessibleName(tr("Edit the refused change"));
            connect(editButton, &QPushButton::clicked, this, [this, opId] { edit(opId); });
            line->addWidget(editButton, 0, Qt::AlignTop);
        }
        auto* discardButton = new QPushButton(tr("Dis&card"), row);
        discardButton->setObjectName(u"discardRefusedButton"_s);
        discardButton->setAccessibleName(tr("Discard the refused change"));
        connect(discardButton, &QPushButton::clicked, this, [this, opId] { discard(opId); });
        line->addWidget(discardButton, 0, Qt::AlignTop);
        m_rows->addWidget(row);
    }
}

void RefusedChangesBox::edit(const QUuid& opId)
{
    const std::optional<app::RejectedEdit> refused =
        m_services.rejectedEdit ? m_services.rejectedEdit(opId) : std::nullopt;
    if (!refused) {
        reload();
        return;
    }
    RejectedEditDialog dialog(m_services, *refused, this);
    if (dialog.exec() == QDialog::Accepted)
        Q_EMIT resolved();
}

void RefusedChangesBox::discard(const QUuid& opId)
{
    const auto answer =
        QMessageBox::question(this, tr("Discard change"),
                              tr("Discard this change? The values on the server stay as they are."),
                              QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Discard || !m_services.dismissSyncIssue)
        return;
    m_services.dismissSyncIssue(opId);
    Q_EMIT resolved();
}

} // namespace kontor::ui
