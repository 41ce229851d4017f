#include "OutreachMails.h"

#include "Format.h"
#include "storage/CampaignRepository.h"
#include "storage/ContentRepository.h"
#include "storage/ContractRepository.h"
#include "storage/InfluencerRepository.h"

#include <QCoreApplication>

#include <algorithm>

namespace cd::app {

namespace {

struct CampaignFacts {
    std::optional<core::Campaign> campaign;
    std::vector<core::Contract> contracts;
    std::vector<core::ContentItem> content;
};

CampaignFacts readCampaign(storage::Database& db, core::Id campaignId)
{
    CampaignFacts facts;
    if (campaignId == 0) {
        return facts;
    }
    facts.campaign = storage::CampaignRepository(db).get(campaignId);
    if (facts.campaign) {
        facts.contracts = storage::ContractRepository(db).listByCampaign(campaignId);
        facts.content = storage::ContentRepository(db).listByCampaign(campaignId);
    }
    return facts;
}

QStringList toQStringList(const std::vector<std::string>& names)
{
    QStringList out;
    for (const auto& name : names) {
        out.append(QString::fromStdString(name));
    }
    return out;
}

} // namespace

std::vector<OutreachRecipient> loadRecipients(storage::Database& db,
                                              const std::vector<core::Id>& influencerIds,
                                              core::Id campaignId, const QString& myName)
{
    const CampaignFacts facts = readCampaign(db, campaignId);
    storage::InfluencerRepository influencers(db);
    std::vector<OutreachRecipient> out;
    for (core::Id id : influencerIds) {
        auto influencer = influencers.get(id);
        if (!influencer) {
            continue;
        }
        const auto contract =
            std::find_if(facts.contracts.begin(), facts.contracts.end(),
                         [id](const core::Contract& c) { return c.influencerId == id; });
        const auto fee = core::outreachFee(
            *influencer, contract == facts.contracts.end() ? nullptr : &*contract, facts.content);
        const std::string feeText = fee ? formatMoney(*fee).toStdString() : std::string();
        core::MergeValues values =
            core::mergeValues(*influencer, facts.campaign ? &*facts.campaign : nullptr, feeText,
                              myName.trimmed().toStdString());
        out.push_back({std::move(*influencer), std::move(values)});
    }
    return out;
}

OutreachMail fillMail(const OutreachRecipient& recipient, const QString& subject,
                      const QString& body)
{
    const core::FilledText filledSubject =
        core::fillTemplate(subject.toStdString(), recipient.values);
    const core::FilledText filledBody = core::fillTemplate(body.toStdString(), recipient.values);
    OutreachMail mail;
    mail.influencerId = recipient.influencer.id;
    mail.name = QString::fromStdString(recipient.influencer.name);
    mail.email = QString::fromStdString(recipient.influencer.email).trimmed();
    mail.subject = QString::fromStdString(filledSubject.text);
    mail.body = QString::fromStdString(filledBody.text);
    mail.unfilled = toQStringList(filledSubject.unfilled);
    for (const QString& name : toQStringList(filledBody.unfilled)) {
        if (!mail.unfilled.contains(name)) {
            mail.unfilled.append(name);
        }
    }
    return mail;
}

QUrl mailUrl(const OutreachMail& mail)
{
    const std::vector<std::string> to{mail.email.toStdString()};
    const std::string url =
        core::mailtoUrl(to, mail.subject.toStdString(), mail.body.toStdString());
    // Already percent-encoded: taken as is, so that Qt neither decodes nor re-encodes it.
    return QUrl::fromEncoded(QByteArray::fromStdString(url), QUrl::StrictMode);
}

QString clipboardText(const std::vector<OutreachMail>& mails)
{
    QStringList parts;
    for (const OutreachMail& mail : mails) {
        const QString to =
            mail.email.isEmpty() ? mail.name : QStringLiteral("%1 <%2>").arg(mail.name, mail.email);
        parts.append(QCoreApplication::translate("OutreachMails", "To: %1").arg(to) +
                     QLatin1Char('\n') +
                     QCoreApplication::translate("OutreachMails", "Subject: %1").arg(mail.subject) +
                     QStringLiteral("\n\n") + mail.body);
    }
    return parts.join(QStringLiteral("\n\n----------\n\n"));
}

} // namespace cd::app
