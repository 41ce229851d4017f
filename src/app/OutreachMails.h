#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

// Qt headers first: moc 6.4 fails to parse <compare> when it is the first include.
#include "core/Influencer.h"
#include "core/Outreach.h"

#include <vector>

namespace cd::storage {
class Database;
}

namespace cd::app {

// One influencer an outreach e-mail goes to, with what the merge fields hold for them.
struct OutreachRecipient {
    core::Influencer influencer;
    core::MergeValues values;
};

// One filled e-mail, as plain text.
struct OutreachMail {
    core::Id influencerId = 0;
    QString name;
    QString email; // empty: the influencer has no e-mail address
    QString subject;
    QString body;
    QStringList unfilled; // merge fields left in subject or body, without braces
};

// Reads the influencers (in the order given; unknown ids are skipped) and their merge values:
// {campaign} and {brand} from the campaign (0: none), {fee} from their contract in it
// (computed as the Contracts tab does) or else their rate, formatted as the app shows money.
std::vector<OutreachRecipient> loadRecipients(storage::Database& db,
                                              const std::vector<core::Id>& influencerIds,
                                              core::Id campaignId, const QString& myName);

OutreachMail fillMail(const OutreachRecipient& recipient, const QString& subject,
                      const QString& body);

// The mailto: URL of one mail to its one recipient (see core::mailtoUrl).
QUrl mailUrl(const OutreachMail& mail);

// One or more mails as text for the clipboard: To, Subject, a blank line and the body each.
QString clipboardText(const std::vector<OutreachMail>& mails);

} // namespace cd::app
