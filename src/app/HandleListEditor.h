#pragma once

#include <QWidget>

// Qt headers first: moc 6.4 fails to parse <compare> when it is the first include.
#include "core/Influencer.h"

#include <vector>

class QPushButton;
class QTableWidget;
class QTableWidgetItem;

namespace cd::app {

// The accounts of one influencer as an editable list: platform, handle, followers and
// engagement per account, the first one being the main account. Every change emits the whole
// new list; the owner turns it into one undoable command.
class HandleListEditor final : public QWidget {
    Q_OBJECT

public:
    explicit HandleListEditor(QWidget* parent = nullptr);

    void setHandles(const std::vector<core::Handle>& handles);
    void setEditable(bool editable);
    QTableWidget* table() const { return m_table; }

Q_SIGNALS:
    void handlesEdited(const std::vector<cd::core::Handle>& handles);
    // A cell could not be read; the list has been put back.
    void invalidInput(const QString& message);

private:
    enum Column { Platform, Handle, Followers, Engagement, ColumnCount };

    void addRow(const core::Handle& handle);
    void itemChanged(QTableWidgetItem* item);
    void emitEdited();
    void addAccount();
    void removeAccount();
    void makeMain();

    QTableWidget* m_table = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_remove = nullptr;
    QPushButton* m_main = nullptr;
    std::vector<core::Handle> m_handles;
    bool m_filling = false;
};

} // namespace cd::app
