#include "PlanTreeView.h"

#include "TimelinePainter.h"
#include "WbsTreeModel.h"

#include <QAction>
#include <QHeaderView>
#include <QKeyEvent>

namespace cd::app {

namespace {

class TallHeader final : public QHeaderView {
public:
    explicit TallHeader(QWidget* parent) : QHeaderView(Qt::Horizontal, parent) {}

    QSize sizeHint() const override
    {
        QSize size = QHeaderView::sizeHint();
        size.setHeight(TimelinePainter::kHeaderHeight);
        return size;
    }
};

} // namespace

PlanTreeView::PlanTreeView(QWidget* parent) : QTreeView(parent)
{
    setObjectName(QStringLiteral("planView"));
    auto* header = new TallHeader(this);
    header->setSectionsMovable(true);
    header->setFirstSectionMovable(false);
    header->setStretchLastSection(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignBottom);
    setHeader(header);
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                    QAbstractItemView::SelectedClicked);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setAlternatingRowColors(true);
    setUniformRowHeights(true);
    setWordWrap(false);
    setAllColumnsShowFocus(true);
    // Names are indented by their level, as in a planning tool; the codes stay aligned.
    setTreePosition(WbsTreeModel::Name);
    setIndentation(16);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    // The timeline's scroll bar drives this one; both keep a horizontal bar so that their
    // viewports are equally tall.
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    setDragDropMode(QAbstractItemView::InternalMove);
    setDefaultDropAction(Qt::MoveAction);
    setDropIndicatorShown(true);
}

void PlanTreeView::keyPressEvent(QKeyEvent* event)
{
    const QKeySequence pressed(event->keyCombination());
    for (QAction* action : std::as_const(m_keyActions)) {
        if (action->isEnabled() && action->shortcuts().contains(pressed)) {
            action->trigger();
            event->accept();
            return;
        }
    }
    const QModelIndex current = currentIndex();
    const bool plain =
        event->modifiers() == Qt::NoModifier || event->modifiers() == Qt::KeypadModifier;
    if (current.isValid() && state() != EditingState && plain) {
        if (event->key() == Qt::Key_F2) {
            edit(current.siblingAtColumn(WbsTreeModel::Name));
            event->accept();
            return;
        }
        if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
            const QModelIndex cell = (current.flags() & Qt::ItemIsEditable)
                                         ? current
                                         : current.siblingAtColumn(WbsTreeModel::Name);
            setCurrentIndex(cell);
            edit(cell);
            event->accept();
            return;
        }
    }
    QTreeView::keyPressEvent(event);
}

} // namespace cd::app
