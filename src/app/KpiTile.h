#pragma once

#include <QFrame>
#include <QString>

// Qt headers first: moc 6.4 fails to parse <compare> when it is the first include.
#include "core/Kpi.h"

#include <string>

class QLabel;

namespace cd::app {

// One KPI on the dashboard: its name, its value in large type, the target with the difference
// to it, and a status badge coloured by how the KPI stands against its target. The frame is
// named "tile_<key>"; its labels "value", "detail" and "status" (tests read them).
class KpiTile final : public QFrame {
    Q_OBJECT

public:
    KpiTile(const QString& key, const QString& title, QWidget* parent = nullptr);

    QString key() const { return m_key; }
    // Shows `kpi` (null: the KPI could not be computed) in the campaign's `currency`.
    void setKpi(const core::Kpi* kpi, const std::string& currency);
    void clear();

private:
    void setStatus(const QString& text, const QString& colour);

    QString m_key;
    QLabel* m_value = nullptr;
    QLabel* m_detail = nullptr;
    QLabel* m_status = nullptr;
};

// A KPI's value as the app shows it: counts as digits, rates as percentages, ROAS/ROI as a
// multiple or percentage, "—" when unknown (no data, or a zero denominator).
QString kpiValueText(const core::Kpi& kpi, const std::string& currency);
// A target in the KPI's own unit.
QString kpiTargetText(const core::Kpi& kpi, double target, const std::string& currency);

} // namespace cd::app
