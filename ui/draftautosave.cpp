#include "draftautosave.h"

#include "newaccountwizard.h"

#include <QTimer>

namespace kontor::ui {

DraftAutosave::DraftAutosave(NewAccountWizard* wizard, SaveFunction save)
    : QObject(wizard)
    , m_wizard(wizard)
    , m_save(std::move(save))
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(delayMs);
    connect(m_timer, &QTimer::timeout, this, &DraftAutosave::saveNow);
    connect(wizard, &NewAccountWizard::changed, this, &DraftAutosave::onChanged);
    // Created: the draft went with it; the invitation dialog that follows must not bring it
    // back.
    connect(wizard, &NewAccountWizard::accountCreated, this, [this] {
        m_created = true;
        m_timer->stop();
    });
    connect(wizard, &QDialog::rejected, this, &DraftAutosave::saveNow);
}

void DraftAutosave::onChanged()
{
    m_dirty = true;
    // While typing the focus is in the field that changed; at the timeout it may be elsewhere.
    m_position.page = m_wizard->currentId();
    if (const QString path = m_wizard->focusPath(); !path.isEmpty())
        m_position.focusPath = path;
    m_timer->start();
}

void DraftAutosave::saveNow()
{
    m_timer->stop();
    if (!m_dirty || m_created || !m_save)
        return;
    if (m_save(m_wizard->account(), m_position))
        m_dirty = false;
}

} // namespace kontor::ui
