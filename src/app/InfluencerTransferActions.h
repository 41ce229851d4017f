#pragma once

#include <QObject>
#include <QPointer>

// Qt headers first: moc 6.4 fails to parse <compare> when it is the first include.
#include "core/Influencer.h"

#include <optional>
#include <vector>

class QAction;
class QMenu;

namespace cd::app {

class MainWindow;

// What File ▸ Export Influencers… writes.
struct ExportChoice {
    bool shownOnly = true; // the rows the tracker shows, else the whole roster
    char delimiter = ',';  // ';' for Excel in Italian and other European locales
};

// File ▸ Import Influencers… and File ▸ Export Influencers…, added to the main window's File menu
// before `before`. Import opens the wizard; export asks what to write and where.
class InfluencerTransferActions final : public QObject {
    Q_OBJECT

public:
    InfluencerTransferActions(MainWindow& window, QMenu* fileMenu, QAction* before);

    QAction* importAction() const { return m_import; }
    QAction* exportAction() const { return m_export; }

    // Opens the import wizard (window-modal: returns at once).
    void importInfluencers();
    void exportInfluencers();

    // Writes `influencers` as CSV to `path`; false after a message.
    static bool writeCsv(QWidget* parent, const QString& path,
                         const std::vector<core::Influencer>& influencers, char delimiter);

    // Test seam: the next export takes this choice instead of asking (nullopt: Cancel).
    static void setNextChoice(std::optional<ExportChoice> choice);

private:
    std::optional<ExportChoice> askChoice(std::size_t shown, std::size_t total);
    QString folder() const;
    void updateEnabled();

    MainWindow& m_window;
    QAction* m_import = nullptr;
    QAction* m_export = nullptr;
};

} // namespace cd::app
