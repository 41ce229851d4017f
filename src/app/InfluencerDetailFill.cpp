// How InfluencerDetailPanel shows one influencer: the fields, the accounts, the campaigns they
// are in and their content.
#include "InfluencerDetailPanel.h"

#include "Format.h"
#include "HandleListEditor.h"
#include "RosterLocale.h"

#include "storage/CampaignRepository.h"
#include "storage/ContentRepository.h"
#include "storage/InfluencerRepository.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStringList>
#include <QTreeWidget>

#include <spdlog/spdlog.h>

#include <map>

namespace cd::app {

namespace {

// Text being typed is not overwritten by a refresh.
void setText(QLineEdit* line, const std::string& text)
{
    if (line->hasFocus() && line->isModified()) {
        return;
    }
    line->setText(QString::fromStdString(text));
    line->setModified(false);
    line->setCursorPosition(0);
}

QString subtitle(const core::Influencer& i)
{
    QStringList parts;
    if (const core::Handle* main = i.mainHandle()) {
        parts << enumLabel(main->platform) + QStringLiteral(" @") +
                     QString::fromStdString(main->handle);
    }
    if (!i.handles.empty()) {
        parts << InfluencerDetailPanel::tr("%1 followers").arg(formatFollowers(i.totalFollowers()));
    }
    parts << enumLabel(i.status);
    if (!i.country.empty()) {
        parts << QString::fromStdString(i.country);
    }
    return parts.join(QStringLiteral("  ·  "));
}

QString nichesText(const core::Influencer& i)
{
    QStringList niches;
    for (const auto& n : i.niches) {
        niches << QString::fromStdString(n);
    }
    return niches.join(QStringLiteral(", "));
}

} // namespace

void InfluencerDetailPanel::fill()
{
    const bool shown = m_influencer.has_value();
    m_body->setVisible(shown);
    if (!shown) {
        m_title->setText(tr("No influencer selected"));
        m_subtitle->setText(tr("Select someone in the roster to see and edit their details."));
        return;
    }
    const core::Influencer& i = *m_influencer;
    m_title->setText(i.name.empty() ? tr("(no name)") : QString::fromStdString(i.name));
    m_subtitle->setText(subtitle(i));
    setText(m_name, i.name);
    m_status->setCurrentIndex(m_status->findData(static_cast<int>(i.status)));
    setText(m_niches, nichesText(i).toStdString());
    setText(m_country, i.country);
    setText(m_language, i.language);
    setText(m_rate, i.rate ? formatMoney(*i.rate).toStdString() : std::string());
    setText(m_lastContact, core::toIso(i.lastContact));
    setText(m_email, i.email);
    setText(m_phone, i.phone);
    m_route->setCurrentIndex(m_route->findData(static_cast<int>(i.contactRoute)));
    setText(m_agency, i.agencyName);
    m_agency->setEnabled(i.contactRoute == core::ContactRoute::Agency || !i.agencyName.empty());
    m_handles->setHandles(i.handles);
    if (!m_notes->document()->isModified()) {
        m_notes->setPlainText(QString::fromStdString(i.notes));
        m_notes->document()->setModified(false);
    }
    setEditable(m_document && m_document->canEdit());
    fillLists();
}

void InfluencerDetailPanel::fillLists()
{
    m_campaigns->clear();
    m_content->clear();
    if (!m_document || !m_document->isOpen() || !m_influencer) {
        return;
    }
    try {
        storage::Database& db = m_document->workbook().db();
        std::map<core::Id, QString> names;
        for (const auto& campaign : storage::CampaignRepository(db).list()) {
            names.emplace(campaign.id, QString::fromStdString(campaign.name));
        }
        for (const auto& m : storage::InfluencerRepository(db).campaignsOf(m_influencer->id)) {
            new QTreeWidgetItem(m_campaigns, {names[m.campaignId], enumLabel(m.stage)});
        }
        storage::ContentRepository content(db);
        for (const auto& [id, name] : names) {
            for (const auto& item : content.listByCampaign(id)) {
                if (item.influencerId != m_influencer->id) {
                    continue;
                }
                const auto date = item.publishedDate ? item.publishedDate : item.plannedDate;
                new QTreeWidgetItem(
                    m_content,
                    {item.title.empty() ? enumLabel(item.type) : QString::fromStdString(item.title),
                     name, enumLabel(item.platform), formatDate(date), enumLabel(item.approval)});
            }
        }
    } catch (const std::exception& e) {
        spdlog::warn("cannot list the influencer's campaigns and content: {}", e.what());
    }
    for (QTreeWidget* tree : {m_campaigns, m_content}) {
        if (tree->topLevelItemCount() == 0) {
            auto* none = new QTreeWidgetItem(tree, {tr("None yet")});
            none->setDisabled(true);
        }
        tree->resizeColumnToContents(0);
    }
}

} // namespace cd::app
