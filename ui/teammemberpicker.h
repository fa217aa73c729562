#pragma once

#include "core/teammember.h"

#include <QListWidget>

namespace kontor::ui {

/// Team members given access to an account (R-ACC-7), as a check list. The creator and every
/// member with default account access are marked as such and checked to start with; each one
/// checked is notified.
class TeamMemberPicker : public QListWidget {
    Q_OBJECT
public:
    TeamMemberPicker(const QList<core::TeamMember>& members, const QUuid& creatorId,
                     QWidget* parent = nullptr);

    QList<QUuid> selectedIds() const;
    void setSelectedIds(const QList<QUuid>& ids);
    /// The members checked by default: the creator and those with default access.
    QList<QUuid> defaultIds() const { return m_defaults; }

Q_SIGNALS:
    void changed();

private:
    QList<QUuid> m_defaults;
};

} // namespace kontor::ui
