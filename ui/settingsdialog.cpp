#include "settingsdialog.h"

#include "app/settings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kontor::ui {

SettingsDialog::SettingsDialog(app::Settings& settings, QWidget* parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_language(new QComboBox(this))
{
    setObjectName(u"settingsDialog"_s);
    setWindowTitle(tr("Settings"));
    setAccessibleName(windowTitle());
    m_language->setObjectName(u"languageCombo"_s);
    m_language->setAccessibleName(tr("Language"));
    m_language->addItem(tr("As the system"), QString());
    // Each language under its own name, so it can be found whatever the current one is.
    m_language->addItem(u"Deutsch"_s, u"de"_s);
    m_language->addItem(u"English"_s, u"en"_s);
    m_language->setCurrentIndex(std::max(0, m_language->findData(m_settings.language())));
    auto* label = new QLabel(tr("&Language"), this);
    label->setBuddy(m_language);
    auto* note = new QLabel(tr("A new language shows after Kontor is started again."), this);
    note->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(label, m_language);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
}

void SettingsDialog::accept()
{
    m_settings.setLanguage(m_language->currentData().toString());
    QDialog::accept();
}

} // namespace kontor::ui
