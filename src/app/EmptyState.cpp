#include "EmptyState.h"

#include <QAbstractItemModel>
#include <QAbstractItemView>
#include <QEvent>
#include <QKeySequence>
#include <QLabel>
#include <QTreeView>

namespace cd::app {

namespace {

const char* const kProperty = "cdEmptyState";

} // namespace

EmptyState* EmptyState::attach(QAbstractItemView* view, Hint hint)
{
    auto* state = new EmptyState(view, std::move(hint));
    view->setProperty(kProperty, QVariant::fromValue(static_cast<QObject*>(state)));
    return state;
}

EmptyState* EmptyState::of(const QAbstractItemView* view)
{
    return qobject_cast<EmptyState*>(view->property(kProperty).value<QObject*>());
}

EmptyState::EmptyState(QAbstractItemView* view, Hint hint)
    : QObject(view), m_view(view), m_viewport(view->viewport()),
      m_label(new QLabel(view->viewport())), m_hint(std::move(hint))
{
    m_labelAlive = m_label;
    m_label->setObjectName(view->objectName() + QStringLiteral("EmptyHint"));
    m_label->setTextFormat(Qt::PlainText);
    m_label->setAlignment(Qt::AlignCenter);
    m_label->setWordWrap(true);
    m_label->setMargin(16);
    m_label->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_label->setForegroundRole(QPalette::PlaceholderText);
    view->viewport()->installEventFilter(this);
    // Views scroll their viewport's children along with the contents: the hint stays put.
    m_label->installEventFilter(this);
    if (QAbstractItemModel* model = view->model()) {
        for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
            connect(model, signal, this, &EmptyState::update);
        }
        connect(model, &QAbstractItemModel::modelReset, this, &EmptyState::update);
        connect(model, &QAbstractItemModel::layoutChanged, this, &EmptyState::update);
    }
    update();
}

void EmptyState::update()
{
    if (!m_labelAlive || !m_viewport) {
        return;
    }
    const QAbstractItemModel* model = m_view->model();
    bool empty = model == nullptr || model->rowCount() == 0;
    if (const auto* tree = qobject_cast<const QTreeView*>(m_view); tree && !empty) {
        // A tree whose rows are all hidden ("My work" of someone without tasks) is empty too.
        empty = true;
        for (int row = 0; row < model->rowCount() && empty; ++row) {
            empty = tree->isRowHidden(row, QModelIndex());
        }
    }
    const QString text = empty ? m_hint() : QString();
    m_label->setText(text);
    m_label->setGeometry(m_viewport->rect());
    m_label->setVisible(!text.isEmpty());
}

bool EmptyState::isShown() const
{
    return m_labelAlive && !m_labelAlive->isHidden();
}

QString EmptyState::text() const
{
    return isShown() ? m_label->text() : QString();
}

bool EmptyState::eventFilter(QObject* watched, QEvent* event)
{
    // Only the viewport and the label, never the view: while the view is being destroyed its
    // children still get events, and the view is then no longer a QAbstractItemView.
    QWidget* label = m_labelAlive;
    QWidget* viewport = m_viewport;
    if (label == nullptr || viewport == nullptr) {
        return QObject::eventFilter(watched, event);
    }
    const bool resized = watched == viewport && event->type() == QEvent::Resize;
    const bool moved = watched == label && event->type() == QEvent::Move;
    if ((resized || moved) && label->geometry() != viewport->rect()) {
        label->setGeometry(viewport->rect());
    }
    return QObject::eventFilter(watched, event);
}

QString noCampaignHint(bool workbookOpen, bool campaignShown)
{
    if (!workbookOpen) {
        return EmptyState::tr("No workbook is open — Create one (File ▸ New…, %1) or open one "
                              "(File ▸ Open…, %2)")
            .arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText),
                 QKeySequence(QKeySequence::Open).toString(QKeySequence::NativeText));
    }
    if (!campaignShown) {
        return EmptyState::tr("No campaign selected — Pick one on the left or add one "
                              "(Campaign ▸ New Campaign…, %1)")
            .arg(QKeySequence(Qt::ControlModifier | Qt::ShiftModifier | Qt::Key_N)
                     .toString(QKeySequence::NativeText));
    }
    return {};
}

} // namespace cd::app
