#pragma once

#include "clientservices.h"

#include <QDialog>

class QLabel;

namespace kontor::ui {

class AccountInfoPage;
class ContactEditor;

/// A change of an existing account or contact that the server refused (issue 6), back in its
/// form with the server's errors at their fields. "Erneut senden" sends the fixed record as a
/// new change; the refusal goes with it.
class RejectedEditDialog : public QDialog {
    Q_OBJECT
public:
    RejectedEditDialog(const ClientServices& services, app::RejectedEdit edit,
                       QWidget* parent = nullptr);

    void accept() override;

private:
    void showErrors(const core::Violations& errors);

    const ClientServices& m_services;
    ReferenceData m_reference;
    app::RejectedEdit m_edit;
    AccountInfoPage* m_accountForm = nullptr;
    ContactEditor* m_contactForm = nullptr;
    QLabel* m_otherErrors;
};

} // namespace kontor::ui
