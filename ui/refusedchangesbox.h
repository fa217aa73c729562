#pragma once

#include "clientservices.h"

#include <QGroupBox>

class QVBoxLayout;

namespace kontor::ui {

/// In an account's profile: its changes (and its contacts') that the server refused (issue 6),
/// each with the server's reasons, "Bearbeiten …" for account and contact edits (the form with
/// the refused values, sent again from there) and "Verwerfen". Hidden while there are none.
class RefusedChangesBox : public QGroupBox {
    Q_OBJECT
public:
    RefusedChangesBox(const ClientServices& services, const QUuid& accountId,
                      QWidget* parent = nullptr);

    /// Reads the refused changes again.
    void reload();

Q_SIGNALS:
    /// A refusal was edited and sent again, or discarded: the account's record may differ.
    void resolved();

private:
    void edit(const QUuid& opId);
    void discard(const QUuid& opId);

    const ClientServices& m_services;
    QUuid m_accountId;
    QVBoxLayout* m_rows;
};

} // namespace kontor::ui
