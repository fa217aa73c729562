#pragma once

#include "clientservices.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;

namespace kontor::ui {

/// The main window's connection and sync state (issue 6): online or offline and why, when the
/// next try is due ("Nächster Versuch in 12 s", counting down), changes not yet on the server,
/// "Jetzt synchronisieren" (F5), and during a long first sync a progress bar (busy while the
/// server has not counted yet) with "Abbrechen". What needs attention is a button that leads
/// to where it is resolved.
class SyncStatusWidget : public QWidget {
    Q_OBJECT
public:
    explicit SyncStatusWidget(QWidget* parent = nullptr);

    void setSyncState(const SyncState& state);
    const SyncState& syncState() const { return m_state; }

Q_SIGNALS:
    void syncNowRequested();
    void cancelRequested();
    void attentionRequested();

private:
    void render();

    SyncState m_state;
    QLabel* m_label;
    QPushButton* m_attention;
    QProgressBar* m_progress;
    QPushButton* m_cancel;
    QPushButton* m_syncNow;
    QTimer* m_countdown;
};

} // namespace kontor::ui
