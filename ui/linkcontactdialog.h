#pragma once

#include "contactdirectory.h"
#include "referencedata.h"

#include "core/account.h"

#include <QDialog>

class QPushButton;

namespace kontor::ui {

class ContactEditor;

/// Adds a contact to an existing account (R-CON-2, R-CON-6): an existing contact found by name
/// or email, or a new one, with its switches. The same contact box as in the wizard, checked
/// with the same rules; "Verknüpfen" is enabled only when it is valid.
class LinkContactDialog : public QDialog {
    Q_OBJECT
public:
    LinkContactDialog(const ReferenceData& reference, ContactDirectory directory,
                      QList<QUuid> alreadyLinked, QWidget* parent = nullptr);

    core::AccountContact entry() const;

private:
    void revalidate();

    ReferenceData m_reference;
    ContactDirectory m_directory;
    QList<QUuid> m_alreadyLinked;
    ContactEditor* m_editor;
    QPushButton* m_ok;
};

} // namespace kontor::ui
