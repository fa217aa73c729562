#include "syncstatuswidget.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kontor::ui {

namespace {
// A first sync with fewer changes than this is over before a bar would help.
constexpr int longSyncChanges = 200;
} // namespace

SyncStatusWidget::SyncStatusWidget(QWidget* parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_attention(new QPushButton(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_syncNow(new QPushButton(tr("S&ync now"), this))
    , m_countdown(new QTimer(this))
{
    setObjectName(u"syncStatus"_s);
    m_label->setObjectName(u"syncStateLabel"_s);
    m_attention->setObjectName(u"attentionButton"_s);
    m_attention->setFlat(true);
    m_attention->setToolTip(tr("Show where the changes the server did not accept are resolved"));
    m_progress->setObjectName(u"syncProgress"_s);
    m_progress->setAccessibleName(tr("Synchronisation progress"));
    m_progress->setMaximumWidth(180);
    m_cancel->setObjectName(u"cancelSyncButton"_s);
    m_cancel->setAccessibleName(tr("Cancel synchronisation"));
    m_cancel->setFlat(true);
    m_syncNow->setObjectName(u"syncNowButton"_s);
    m_syncNow->setFlat(true);
    m_syncNow->setShortcut(QKeySequence::Refresh);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_attention);
    layout->addWidget(m_progress);
    layout->addWidget(m_cancel);
    layout->addWidget(m_syncNow);
    connect(m_syncNow, &QPushButton::clicked, this, &SyncStatusWidget::syncNowRequested);
    connect(m_cancel, &QPushButton::clicked, this, &SyncStatusWidget::cancelRequested);
    connect(m_attention, &QPushButton::clicked, this, &SyncStatusWidget::attentionRequested);
    m_countdown->setInterval(1000);
    connect(m_countdown, &QTimer::timeout, this, &SyncStatusWidget::render);
    render();
}

void SyncStatusWidget::setSyncState(const SyncState& state)
{
    m_state = state;
    render();
}

void SyncStatusWidget::render()
{
    const SyncState& s = m_state;
    QString text;
    switch (s.connection) {
    case SyncState::Connection::Offline:
        text = tr("Offline");
        break;
    case SyncState::Connection::Connecting:
        text = tr("Connecting …");
        break;
    case SyncState::Connection::Online:
        text = s.syncing ? tr("Synchronising …") : tr("Online");
        break;
    }
    const bool waiting = s.connection == SyncState::Connection::Offline && s.nextAttempt.isValid();
    if (waiting) {
        const qint64 seconds = std::max<qint64>(
            0, (QDateTime::currentDateTimeUtc().msecsTo(s.nextAttempt) + 999) / 1000);
        text += u" · "_s + tr("Next attempt in %1 s").arg(seconds);
    }
    if (waiting != m_countdown->isActive())
        waiting ? m_countdown->start() : m_countdown->stop();
    if (s.pendingOperations > 0)
        text += u" · "_s + tr("%1 changes not synchronised").arg(s.pendingOperations);
    else if (s.connection == SyncState::Connection::Online && !s.syncing)
        text += u" · "_s + tr("everything synchronised");
    m_label->setText(text);
    m_attention->setVisible(s.needsAttention > 0);
    m_attention->setText(tr("%1 need attention").arg(s.needsAttention));

    QString tip = s.problem;
    if (s.lastSync.isValid()) {
        const QString last =
            tr("Last synchronised: %1").arg(QLocale().toString(s.lastSync, QLocale::ShortFormat));
        tip = tip.isEmpty() ? last : tip + u'\n' + last;
    }
    m_label->setToolTip(tip);
    m_label->setAccessibleName(tr("Connection and sync state: %1").arg(text));
    m_syncNow->setEnabled(!s.syncing);

    // A long first sync: the bar counts what the server announced; busy while it is unknown.
    const bool longSync =
        s.syncing && (!s.lastSync.isValid() || s.expectedChanges >= longSyncChanges);
    m_progress->setVisible(longSync);
    m_cancel->setVisible(longSync);
    if (longSync) {
        m_progress->setRange(0, s.expectedChanges > 0 ? s.expectedChanges : 0);
        if (s.expectedChanges > 0)
            m_progress->setValue(std::min(s.receivedChanges, s.expectedChanges));
        m_progress->setFormat(
            s.expectedChanges > 0
                ? tr("%1 of %2 changes").arg(s.receivedChanges).arg(s.expectedChanges)
                : QString());
    }
}

} // namespace kontor::ui
