#pragma once

#include <QStringList>
#include <QWidget>

class QLineEdit;
class QListWidget;
class QPushButton;

namespace kontor::ui {

/// Picks tags ("Schlagwörter", R-ACC-6, R-CON-3) from the firm's list or creates new ones:
/// type (with completion), Enter adds; Delete removes the selected tag from the list below.
class TagPicker : public QWidget {
    Q_OBJECT
public:
    /// @p name prefixes the object names of the parts ("<name>Edit", "<name>List").
    TagPicker(const QStringList& knownTags, const QString& name, QWidget* parent = nullptr);

    QStringList tags() const;
    void setTags(const QStringList& tags);
    QLineEdit* input() const { return m_edit; }

Q_SIGNALS:
    void changed();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void addTyped();
    void addTag(const QString& tag);
    void removeSelected();

    QStringList m_known;
    QLineEdit* m_edit;
    QPushButton* m_add;
    QListWidget* m_list;
};

} // namespace kontor::ui
