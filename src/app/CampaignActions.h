#pragma once

#include <QObject>

class QAction;
class QMenu;

namespace cd::app {

class MainWindow;

// The Campaign menu: New Campaign… (Ctrl+Shift+N, optionally from the default template or a
// template file), Add Default Template Tasks, Apply Template File… and Save Plan as
// Template…. Every change is one undo step.
class CampaignActions final : public QObject {
    Q_OBJECT

public:
    CampaignActions(MainWindow& window, QMenu* menu);

    QAction* newCampaignAction() const { return m_new; }
    bool newCampaign();
    bool applyDefaultTemplate();
    bool applyTemplateFile();
    bool savePlanAsTemplate();

private:
    bool applyTemplate(const std::string& json, const QString& source);
    void updateEnabled();

    MainWindow& m_window;
    QAction* m_new = nullptr;
    QAction* m_applyDefault = nullptr;
    QAction* m_applyFile = nullptr;
    QAction* m_saveTemplate = nullptr;
};

} // namespace cd::app
