#pragma once

#include <QTreeView>

namespace cd::app {

// The tree of the Plan tab. Keyboard first: the keys of the editing actions given with
// setKeyActions() work whenever the tree itself has the focus (not while an editor is open),
// Enter edits the current cell and F2 the name. Its header is as tall as the timeline's, so
// that both show the same rows at the same height.
class PlanTreeView final : public QTreeView {
    Q_OBJECT

public:
    explicit PlanTreeView(QWidget* parent = nullptr);

    void setKeyActions(const QList<QAction*>& actions) { m_keyActions = actions; }

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    QList<QAction*> m_keyActions;
};

} // namespace cd::app
