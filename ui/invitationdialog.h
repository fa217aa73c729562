#pragma once

#include <QDialog>
#include <QUuid>

class QPlainTextEdit;

namespace kontor::ui {

/// Someone to invite to the client portal.
struct InvitationRecipient {
    QUuid contactId;
    QString name;
    QString email;
};

/// The invitation pop-up (R-INV-1…4): who is invited to the portal for which account, an
/// optional "Persönliche Nachricht", and "Senden" or "Überspringen". Skipping keeps portal
/// access switched on without sending anything (R-INV-3); closing (Esc) is neither.
class InvitationDialog : public QDialog {
    Q_OBJECT
public:
    /// exec() returns Send, Skip, or QDialog::Rejected when closed.
    enum Result { Send = QDialog::Accepted, Skip = 2 };

    InvitationDialog(const QString& accountName, const QList<InvitationRecipient>& recipients,
                     QWidget* parent = nullptr);

    QString message() const;
    const QList<InvitationRecipient>& recipients() const { return m_recipients; }

private:
    QList<InvitationRecipient> m_recipients;
    QPlainTextEdit* m_message;
};

} // namespace kontor::ui
