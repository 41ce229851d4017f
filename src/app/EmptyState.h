#pragma once

#include <QLabel>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

class QAbstractItemView;

namespace cd::app {

// A centred plain-text hint over an item view's viewport, shown while the view's model has no
// rows and saying what to do next ("No tasks yet — Add a task (Ins)"). The hint is asked for
// again whenever rows come or go, so it can depend on why the view is empty (no workbook, no
// campaign, a filter that matches nothing). An empty hint shows nothing. The label lets mouse
// events through, so the view's context menu and drops still work.
class EmptyState final : public QObject {
    Q_OBJECT

public:
    using Hint = std::function<QString()>;

    // Attaches a hint to `view`, which must have its model already; owned by the view.
    static EmptyState* attach(QAbstractItemView* view, Hint hint);

    // The hint attached to `view`, or null.
    static EmptyState* of(const QAbstractItemView* view);

    // Asks for the hint again (when something it depends on changed without a row changing).
    void update();
    bool isShown() const;
    QString text() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    EmptyState(QAbstractItemView* view, Hint hint);

    QAbstractItemView* m_view = nullptr;
    // Guards typed as QWidget: while the view is destroyed, its children are only QWidgets.
    QPointer<QWidget> m_viewport;
    QPointer<QWidget> m_labelAlive;
    QLabel* m_label = nullptr;
    Hint m_hint;
};

// The hint for a campaign's tab when there is nothing to show because no workbook is open or no
// campaign is selected; empty when a campaign is shown.
QString noCampaignHint(bool workbookOpen, bool campaignShown);

} // namespace cd::app
