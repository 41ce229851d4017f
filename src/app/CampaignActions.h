#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QMenu;

namespace cd::app {

class MainWindow;
class TeamDialog;

// The Campaign menu: New Campaign… (Ctrl+Shift+N, optionally from the default template or a
// template file), Add Default Template Tasks, Apply Template File… and Save Plan as
// Template…, and Team… (the people, their roles; Ctrl+Shift+T). Every change is one undo step.
class CampaignActions final : public QObject {
    Q_OBJECT

public:
    CampaignActions(MainWindow& window, QMenu* menu);

    QAction* newCampaignAction() const { return m_new; }
    bool newCampaign();
    bool applyDefaultTemplate();
    bool applyTemplateFile();
    bool savePlanAsTemplate();
    // Shows the Team dialog (one, not modal) and returns it.
    TeamDialog* showTeam();
    QAction* teamAction() const { return m_team; }

private:
    bool applyTemplate(const std::string& json, const QString& source);
    void updateEnabled();

    MainWindow& m_window;
    QAction* m_new = nullptr;
    QAction* m_applyDefault = nullptr;
    QAction* m_applyFile = nullptr;
    QAction* m_saveTemplate = nullptr;
    QAction* m_team = nullptr;
    QPointer<TeamDialog> m_teamDialog;
};

} // namespace cd::app
