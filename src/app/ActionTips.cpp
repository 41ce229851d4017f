#include "ActionTips.h"

#include <QAction>
#include <QKeySequence>

namespace cd::app {

QString actionToolTip(const QAction* action)
{
    QString text = action->text();
    // "&&" is a literal ampersand; a single "&" marks the accelerator.
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    if (text.endsWith(QChar(0x2026))) {
        text.chop(1);
    } else if (text.endsWith(QStringLiteral("..."))) {
        text.chop(3);
    }
    const QKeySequence key = action->shortcut();
    if (key.isEmpty()) {
        return text;
    }
    return QStringLiteral("%1 (%2)").arg(text, key.toString(QKeySequence::NativeText));
}

void setActionTips(QAction* action, const QString& statusTip, const QString& toolTip)
{
    action->setStatusTip(statusTip);
    if (!toolTip.isEmpty()) {
        action->setToolTip(toolTip);
        return;
    }
    action->setToolTip(actionToolTip(action));
    // setToolTip() emits changed() again; the comparison ends the round.
    QObject::connect(action, &QAction::changed, action, [action] {
        const QString tip = actionToolTip(action);
        if (action->toolTip() != tip) {
            action->setToolTip(tip);
        }
    });
}

} // namespace cd::app
