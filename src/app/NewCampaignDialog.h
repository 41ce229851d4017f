#pragma once

#include <QDialog>

// Qt headers first: moc 6.4 fails to parse <compare> when it is the first include.
#include "core/Campaign.h"
#include "core/Date.h"
#include "core/PlanTemplate.h"

#include <optional>

class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;

namespace cd::app {

// What the New Campaign dialog asks for: the campaign, and the plan it starts from (none for
// an empty plan).
struct NewCampaignRequest {
    core::Campaign campaign;
    std::optional<core::PlanTemplate> plan;
};

// Campaign ▸ New Campaign…: name, brand, objective, dates, budget and currency, contingency,
// and whether the plan starts from the default influencer-campaign template, from a template
// file or empty. OK checks everything and says in one line what to fix, keeping the dialog
// open; nothing is written by the dialog itself.
class NewCampaignDialog final : public QDialog {
    Q_OBJECT

public:
    enum PlanChoice { DefaultTemplate, EmptyPlan, TemplateFile };

    NewCampaignDialog(core::Date today, QWidget* parent = nullptr);

    // Valid after the dialog was accepted.
    const NewCampaignRequest& request() const { return m_request; }
    // The message shown for the last refused OK ("" when none).
    QString problem() const;

    // Shows the dialog (or, in tests, returns the next request set with setNextRequest).
    static std::optional<NewCampaignRequest> ask(QWidget* parent, core::Date today);
    // Test seam: the next ask() returns this instead of showing the dialog (nullopt: Cancel).
    static void setNextRequest(std::optional<NewCampaignRequest> request);

    void accept() override;

private:
    void choosePlanFile();
    bool buildRequest();

    QLineEdit* m_name = nullptr;
    QLineEdit* m_brand = nullptr;
    QLineEdit* m_objective = nullptr;
    QDateEdit* m_start = nullptr;
    QDateEdit* m_end = nullptr;
    QLineEdit* m_budget = nullptr;
    QComboBox* m_currency = nullptr;
    QDoubleSpinBox* m_contingency = nullptr;
    QComboBox* m_plan = nullptr;
    QLineEdit* m_planFile = nullptr;
    QLabel* m_problem = nullptr;
    NewCampaignRequest m_request;
};

} // namespace cd::app
