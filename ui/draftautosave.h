#pragma once

#include "app/offlinetypes.h"
#include "core/account.h"

#include <QObject>

#include <functional>

class QTimer;

namespace kontor::ui {

class NewAccountWizard;

/// Keeps a new-account wizard's input as a draft (issue 6): 600 ms after the last change, and
/// at once when the wizard closes without creating the account ("Abbrechen", the window's
/// close button). Nothing is saved before the first change, nor once the account is created
/// (the store removed the draft with it).
class DraftAutosave : public QObject {
    Q_OBJECT
public:
    using SaveFunction = std::function<bool(const core::Account&, const app::DraftPosition&)>;

    DraftAutosave(NewAccountWizard* wizard, SaveFunction save);

    /// The pause after the last change before the draft is saved.
    static constexpr int delayMs = 600;

    void saveNow();

private:
    void onChanged();

    NewAccountWizard* m_wizard;
    SaveFunction m_save;
    QTimer* m_timer;
    app::DraftPosition m_position;
    bool m_dirty = false;
    bool m_created = false;
};

} // namespace kontor::ui
