#pragma once

#include "contactdirectory.h"

#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace kontor::ui {

/// "Name <email>", as contacts are listed to choose from.
QString describeContact(const core::Contact& contact);

/// "Vorhandenen Kontakt verknüpfen" (R-CON-2): finds the firm's contacts by name or email as
/// typed, from the local store so it works offline, and picks one with Enter, a double click or
/// "Verknüpfen". The chosen contact is shown below the list.
class ContactSearch : public QWidget {
    Q_OBJECT
public:
    ContactSearch(ContactDirectory directory, QWidget* parent = nullptr);

    const std::optional<core::Contact>& chosen() const { return m_chosen; }
    void setChosen(const core::Contact& contact);
    QLineEdit* input() const { return m_edit; }
    /// Where an error about the choice goes (under the chosen contact).
    QLabel* errorLabel() const { return m_error; }

Q_SIGNALS:
    void chosenChanged();

private:
    void search(const QString& text);
    void chooseCurrent();

    ContactDirectory m_directory;
    std::optional<core::Contact> m_chosen;
    QLineEdit* m_edit;
    QListWidget* m_results;
    QPushButton* m_choose;
    QLabel* m_chosenLabel;
    QLabel* m_error;
};

} // namespace kontor::ui
