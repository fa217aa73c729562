#include "teammemberpicker.h"

#include <QCollator>

using namespace Qt::StringLiterals;

namespace kontor::ui {

namespace {
constexpr int idRole = Qt::UserRole;
}

TeamMemberPicker::TeamMemberPicker(const QList<core::TeamMember>& members, const QUuid& creatorId,
                                   QWidget* parent)
    : QListWidget(parent)
{
    setAccessibleName(tr("Team members"));
    setAccessibleDescription(tr("Space checks or unchecks the selected team member."));
    QList<core::TeamMember> sorted = members;
    QCollator collator;
    std::sort(sorted.begin(), sorted.end(), [&](const auto& a, const auto& b) {
        // The creator first, then by name.
        if ((a.id == creatorId) != (b.id == creatorId))
            return a.id == creatorId;
        return collator.compare(a.name, b.name) < 0;
    });
    for (const core::TeamMember& member : std::as_const(sorted)) {
        QStringList notes;
        if (member.id == creatorId)
            notes.append(tr("you, creator"));
        if (core::hasDefaultAccountAccess(member))
            notes.append(tr("default access"));
        const QString text =
            notes.isEmpty() ? member.name : member.name + u" ("_s + notes.join(u", "_s) + u')';
        auto* item = new QListWidgetItem(text, this);
        item->setData(idRole, member.id);
        item->setToolTip(member.email);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        const bool preselected = !notes.isEmpty();
        item->setCheckState(preselected ? Qt::Checked : Qt::Unchecked);
        if (preselected)
            m_defaults.append(member.id);
    }
    if (count() > 0)
        setCurrentRow(0);
    setMaximumHeight(sizeHintForRow(0) * std::min(6, std::max(count(), 2)) + 2 * frameWidth() + 4);
    connect(this, &QListWidget::itemChanged, this, &TeamMemberPicker::changed);
}

QList<QUuid> TeamMemberPicker::selectedIds() const
{
    QList<QUuid> out;
    for (int i = 0; i < count(); ++i) {
        if (item(i)->checkState() == Qt::Checked)
            out.append(item(i)->data(idRole).toUuid());
    }
    return out;
}

void TeamMemberPicker::setSelectedIds(const QList<QUuid>& ids)
{
    for (int i = 0; i < count(); ++i) {
        item(i)->setCheckState(ids.contains(item(i)->data(idRole).toUuid()) ? Qt::Checked
                                                                            : Qt::Unchecked);
    }
}

} // namespace kontor::ui
