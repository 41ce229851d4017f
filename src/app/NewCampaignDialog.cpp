#include "NewCampaignDialog.h"

#include "FileDialog.h"
#include "Format.h"

#include "io/ValueParsing.h"
#include "io/WbsTemplate.h"
#include "services/InfluencerTransfer.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cd::app {

namespace {

std::optional<std::optional<NewCampaignRequest>> g_next;

QDate toQDate(core::Date d)
{
    return QDate(d.year(), static_cast<int>(d.month()), static_cast<int>(d.day()));
}

core::Date fromQDate(const QDate& d)
{
    return core::Date::fromYmd(d.year(), static_cast<unsigned>(d.month()),
                               static_cast<unsigned>(d.day()));
}

} // namespace

NewCampaignDialog::NewCampaignDialog(core::Date today, QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("New Campaign"));
    setObjectName(QStringLiteral("newCampaignDialog"));
    auto* form = new QFormLayout;
    auto field = [this, form](auto* widget, const char* name, const QString& label,
                              const QString& tip) {
        widget->setObjectName(QString::fromLatin1(name));
        widget->setToolTip(tip);
        form->addRow(label, widget);
        return widget;
    };
    m_name = field(new QLineEdit(this), "campaignName", tr("&Name:"),
                   tr("The campaign's name, as it appears in the list and on reports"));
    m_brand = field(new QLineEdit(this), "campaignBrand", tr("&Brand:"),
                    tr("The brand or product the campaign promotes"));
    m_objective = field(new QLineEdit(this), "campaignObjective", tr("&Objective:"),
                        tr("What the campaign must achieve, in one sentence"));
    m_start = field(new QDateEdit(toQDate(today), this), "campaignStart", tr("&Start:"),
                    tr("The first day of the campaign; the plan is laid out from it"));
    m_end = field(new QDateEdit(toQDate(today.addDays(90)), this), "campaignEnd", tr("&End:"),
                  tr("The last day of the campaign"));
    for (QDateEdit* edit : {m_start, m_end}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(dateEditFormat());
    }
    m_budget = field(new QLineEdit(this), "campaignBudget", tr("B&udget:"),
                     tr("The total budget, e.g. 25000 or 25.000,00"));
    m_budget->setPlaceholderText(QStringLiteral("0.00"));
    m_currency = field(new QComboBox(this), "campaignCurrency", tr("&Currency:"),
                       tr("All amounts of the campaign are in this currency"));
    m_currency->addItems({QStringLiteral("EUR"), QStringLiteral("USD"), QStringLiteral("GBP"),
                          QStringLiteral("CHF"), QStringLiteral("SEK"), QStringLiteral("NOK"),
                          QStringLiteral("DKK"), QStringLiteral("PLN"), QStringLiteral("CAD"),
                          QStringLiteral("AUD")});
    m_contingency = field(new QDoubleSpinBox(this), "campaignContingency", tr("Con&tingency:"),
                          tr("Share of the budget held back for payment, production and "
                             "approval slips"));
    m_contingency->setRange(0, 50);
    m_contingency->setSuffix(QStringLiteral(" %"));
    m_contingency->setValue(10);

    m_plan = field(new QComboBox(this), "campaignPlan", tr("&Plan:"),
                   tr("Start the plan from the influencer-campaign template (six phases, "
                      "their tasks, durations, dependencies and buffers), from a template "
                      "file, or empty"));
    m_plan->addItem(tr("Default influencer-campaign template"));
    m_plan->addItem(tr("Empty plan"));
    m_plan->addItem(tr("Template file…"));
    m_planFile = new QLineEdit(this);
    m_planFile->setObjectName(QStringLiteral("campaignPlanFile"));
    m_planFile->setPlaceholderText(tr("A campaigndesk-wbs template (.json)"));
    auto* browse = new QPushButton(tr("Bro&wse…"), this);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_planFile, 1);
    fileRow->addWidget(browse);
    form->addRow(QString(), fileRow);
    auto updateFileRow = [this, browse] {
        const bool file = m_plan->currentIndex() == TemplateFile;
        m_planFile->setEnabled(file);
        browse->setEnabled(file);
    };
    connect(m_plan, &QComboBox::currentIndexChanged, this, updateFileRow);
    connect(browse, &QPushButton::clicked, this, &NewCampaignDialog::choosePlanFile);
    updateFileRow();

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("campaignProblem"));
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    m_problem->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &NewCampaignDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &NewCampaignDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    m_name->setFocus();
}

QString NewCampaignDialog::problem() const
{
    return m_problem->isVisible() || !m_problem->text().isEmpty() ? m_problem->text() : QString();
}

void NewCampaignDialog::choosePlanFile()
{
    const QString file =
        FileDialog::getOpenFileName(this, tr("Choose a Template"), m_planFile->text(),
                                    tr("WBS templates (*.json);;All files (*)"));
    if (!file.isEmpty()) {
        m_planFile->setText(file);
    }
}

void NewCampaignDialog::accept()
{
    if (buildRequest()) {
        m_problem->clear();
        m_problem->hide();
        QDialog::accept();
    }
}

bool NewCampaignDialog::buildRequest()
{
    auto refuse = [this](const QString& message, QWidget* focus) {
        m_problem->setText(message);
        m_problem->show();
        focus->setFocus();
        return false;
    };
    NewCampaignRequest request;
    core::Campaign& c = request.campaign;
    c.name = m_name->text().trimmed().toStdString();
    if (c.name.empty()) {
        return refuse(tr("Give the campaign a name."), m_name);
    }
    c.brand = m_brand->text().trimmed().toStdString();
    c.objective = m_objective->text().trimmed().toStdString();
    c.start = fromQDate(m_start->date());
    c.end = fromQDate(m_end->date());
    if (*c.end < *c.start) {
        return refuse(tr("The campaign ends before it starts."), m_end);
    }
    c.currency = m_currency->currentText().trimmed().toUpper().toStdString();
    if (!core::isKnownCurrency(c.currency)) {
        return refuse(tr("\"%1\" is not a currency code we know.").arg(m_currency->currentText()),
                      m_currency);
    }
    const auto budget = io::parseMoney(m_budget->text().toStdString(), c.currency);
    if (budget.isError() || (budget.hasValue() && budget.value.minorUnits() < 0)) {
        return refuse(tr("The budget \"%1\" is not an amount.").arg(m_budget->text()), m_budget);
    }
    c.budget = budget.hasValue() ? budget.value : core::Money::zero(c.currency);
    c.contingencyPercent = m_contingency->value();
    try {
        switch (m_plan->currentIndex()) {
        case DefaultTemplate:
            request.plan = io::parseWbsTemplate(io::defaultWbsTemplateJson());
            break;
        case TemplateFile: {
            const QString file = m_planFile->text().trimmed();
            if (file.isEmpty()) {
                return refuse(tr("Choose the template file, or another plan."), m_planFile);
            }
            request.plan = io::parseWbsTemplate(services::readFileBytes(file.toStdString()));
            break;
        }
        default:
            break;
        }
    } catch (const io::TemplateError& e) {
        return refuse(tr("The template cannot be used: %1").arg(QString::fromStdString(e.what())),
                      m_planFile);
    } catch (const services::TransferError& e) {
        return refuse(QString::fromStdString(e.what()), m_planFile);
    }
    m_request = std::move(request);
    return true;
}

std::optional<NewCampaignRequest> NewCampaignDialog::ask(QWidget* parent, core::Date today)
{
    if (g_next) {
        auto next = std::move(*g_next);
        g_next.reset();
        return next;
    }
    NewCampaignDialog dialog(today, parent);
    if (dialog.exec() != QDialog::Accepted) {
        return std::nullopt;
    }
    return dialog.request();
}

void NewCampaignDialog::setNextRequest(std::optional<NewCampaignRequest> request)
{
    g_next = std::move(request);
}

} // namespace cd::app
