#pragma once

#include <QDialog>

class QComboBox;

namespace kontor::app {
class Settings;
}

namespace kontor::ui {

/// The client's own settings (app::Settings): the language ("as the system", German,
/// English). The language changes at the next start.
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    SettingsDialog(app::Settings& settings, QWidget* parent = nullptr);

    void accept() override;

private:
    app::Settings& m_settings;
    QComboBox* m_language;
};

} // namespace kontor::ui
