#pragma once

#include <QString>
#include <QWidget>

#include <vector>

class QGridLayout;
class QLabel;

namespace cd::app {

struct CampaignData;

// The Dashboard tab: read-only KPI tiles summed from the campaign's content, payments and
// budget. The arithmetic is deliberately simple and local to this file; the KPI engine replaces
// it later. Each tile is a QFrame named "tile_<key>" holding QLabels named "value" and "detail".
class DashboardView final : public QWidget {
    Q_OBJECT

public:
    explicit DashboardView(QWidget* parent = nullptr);

    void setCampaign(const CampaignData& campaign);
    void clear();

private:
    struct Tile {
        QString key;
        QLabel* value = nullptr;
        QLabel* detail = nullptr;
    };
    void addTile(const QString& key, const QString& title);
    void setTile(const QString& key, const QString& value, const QString& detail);

    QGridLayout* m_grid = nullptr;
    QLabel* m_heading = nullptr;
    std::vector<Tile> m_tiles;
};

} // namespace cd::app
