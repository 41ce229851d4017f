#pragma once

#include "app/CampaignTabs.h"
#include "app/WorkbookDocument.h"
#include "core/Task.h"

#include <QStringList>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <memory>
#include <string>
#include <vector>

namespace cd::app {
class PlanEditor;
class PlanView;
class WbsTreeModel;
} // namespace cd::app

// Everything the plan tests drive: a workbook in a temporary folder (the demo data, or one empty
// campaign), opened in a document, shown by the real campaign tabs.
class PlanFixture {
public:
    enum class Content { Demo, EmptyCampaign };

    explicit PlanFixture(Content content = Content::Demo, bool readOnly = false);
    ~PlanFixture();

    cd::app::WorkbookDocument& document() { return m_document; }
    cd::app::CampaignTabs& tabs() { return *m_tabs; }
    cd::app::WbsTreeModel& model();
    cd::app::PlanView& view();
    cd::app::PlanEditor& editor();
    cd::core::Id campaignId() const { return m_campaignId; }
    QString path() const { return m_path; }

    // As the file holds them now, read through a connection of its own.
    std::vector<cd::core::Task> storedTasks() const;
    std::vector<cd::core::Dependency> storedDependencies() const;
    cd::core::Task storedTask(cd::core::Id id) const;
    // The first task of the model with this name.
    cd::core::Id idOf(const std::string& name);

private:
    QTemporaryDir m_dir;
    QString m_path;
    cd::core::Id m_campaignId = 0;
    cd::app::WorkbookDocument m_document;
    std::unique_ptr<cd::app::CampaignTabs> m_tabs;
};

// The differences between two states of a plan, field by field ("task 12 name: a → b"); empty
// when equal. Row versions are left out: every write, undo included, counts them up.
QStringList planDifferences(const std::vector<cd::core::Task>& expected,
                            const std::vector<cd::core::Dependency>& expectedDependencies,
                            const std::vector<cd::core::Task>& actual,
                            const std::vector<cd::core::Dependency>& actualDependencies);

// What is wrong with the tree's outline: a code that is not its parent's code plus its row
// ("1.10" for the tenth child of "1"), or an order or parent that differs from the file's
// parent and dense positions 0 … n-1. Empty when all is right.
QStringList outlineProblems(const cd::app::WbsTreeModel& model,
                            const std::vector<cd::core::Task>& stored);

namespace Catch {
// Failed checks on texts print the texts.
template <> struct StringMaker<QString> {
    static std::string convert(const QString& text) { return '"' + text.toStdString() + '"'; }
};
} // namespace Catch
