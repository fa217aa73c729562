#pragma once

#include "clientservices.h"

#include <QDialog>

class QPushButton;
class QTreeWidget;

namespace kontor::ui {

/// "Entwürfe" (issue 6): unfinished new accounts and those the server refused ("Aufmerksamkeit
/// nötig", first), each with its name and when it was last changed. "Öffnen" closes the list
/// with the chosen draft (the main window opens the wizard on it); "Verwerfen" asks first.
class DraftsDialog : public QDialog {
    Q_OBJECT
public:
    DraftsDialog(const ClientServices& services, QWidget* parent = nullptr);

    /// The draft to open after "Öffnen"; null otherwise.
    QUuid chosenDraft() const { return m_chosen; }
    /// Account name, else company name, else the first contact's name, else "Ohne Namen".
    static QString draftName(const app::Draft& draft);

private:
    void reload();
    QUuid currentDraft() const;
    void openCurrent();
    void discardCurrent();
    void updateButtons();

    const ClientServices& m_services;
    QTreeWidget* m_list;
    QPushButton* m_open;
    QPushButton* m_discard;
    QUuid m_chosen;
};

} // namespace kontor::ui
