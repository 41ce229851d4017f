#include "InfluencerEdits.h"

#include "InfluencerCommands.h"
#include "MessageBox.h"

#include "io/ValueParsing.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

namespace cd::app {

namespace {

bool editText(WorkbookDocument& doc, const core::Influencer& i,
              std::string core::Influencer::*field, const QString& text, const QString& what)
{
    return pushFieldChange(doc, i, field, text.trimmed().toStdString(), what);
}

bool refuse(WorkbookDocument& doc, const QString& title, const QString& message)
{
    MessageBox::warning(doc.dialogParent(), title, message);
    return false;
}

} // namespace

bool editName(WorkbookDocument& doc, const core::Influencer& i, const QString& text)
{
    return editText(doc, i, &core::Influencer::name, text,
                    QCoreApplication::translate("cd::app::InfluencerEdits", "Rename influencer"));
}

bool editEmail(WorkbookDocument& doc, const core::Influencer& i, const QString& text)
{
    return editText(doc, i, &core::Influencer::email, text,
                    QCoreApplication::translate("cd::app::InfluencerEdits", "Change e-mail"));
}

bool editPhone(WorkbookDocument& doc, const core::Influencer& i, const QString& text)
{
    return editText(doc, i, &core::Influencer::phone, text,
                    QCoreApplication::translate("cd::app::InfluencerEdits", "Change phone"));
}

bool editCountry(WorkbookDocument& doc, const core::Influencer& i, const QString& text)
{
    return editText(doc, i, &core::Influencer::country, text,
                    QCoreApplication::translate("cd::app::InfluencerEdits", "Change country"));
}

bool editLanguage(WorkbookDocument& doc, const core::Influencer& i, const QString& text)
{
    return editText(doc, i, &core::Influencer::language, text,
                    QCoreApplication::translate("cd::app::InfluencerEdits", "Change language"));
}

bool editAgency(WorkbookDocument& doc, const core::Influencer& i, const QString& text)
{
    return editText(doc, i, &core::Influencer::agencyName, text,
                    QCoreApplication::translate("cd::app::InfluencerEdits", "Change agency"));
}

bool editNotes(WorkbookDocument& doc, const core::Influencer& i, const QString& text)
{
    QString notes = text;
    while (!notes.isEmpty() && notes.back().isSpace()) {
        notes.chop(1);
    }
    return pushFieldChange(doc, i, &core::Influencer::notes, notes.toStdString(),
                           QCoreApplication::translate("cd::app::InfluencerEdits", "Change notes"));
}

std::vector<std::string> splitNiches(const QString& text)
{
    std::vector<std::string> niches;
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        std::string niche = part.trimmed().toStdString();
        if (!niche.empty() && std::find(niches.begin(), niches.end(), niche) == niches.end()) {
            niches.push_back(std::move(niche));
        }
    }
    return niches;
}

bool editNiches(WorkbookDocument& doc, const core::Influencer& i, const QString& text)
{
    return pushFieldChange(
        doc, i, &core::Influencer::niches, splitNiches(text),
        QCoreApplication::translate("cd::app::InfluencerEdits", "Change niches"));
}

bool editRate(WorkbookDocument& doc, const core::Influencer& i, const QString& text)
{
    const QString trimmed = text.trimmed();
    std::optional<core::Money> rate;
    if (!trimmed.isEmpty()) {
        static const QRegularExpression code(QStringLiteral("\\b([A-Za-z]{3})\\b"));
        const auto match = code.match(trimmed);
        const std::string currency = match.hasMatch() ? match.captured(1).toUpper().toStdString()
                                     : i.rate         ? i.rate->currency()
                                                      : std::string("EUR");
        const auto parsed = io::parseMoney(trimmed.toStdString(), currency);
        if (!parsed.hasValue()) {
            return refuse(
                doc, QCoreApplication::translate("cd::app::InfluencerEdits", "Rate not changed"),
                QCoreApplication::translate(
                    "cd::app::InfluencerEdits",
                    "“%1” is not an amount: type it like 250, 1250.50 or 250 USD.")
                    .arg(trimmed));
        }
        rate = parsed.value;
    }
    return pushFieldChange(doc, i, &core::Influencer::rate, rate,
                           QCoreApplication::translate("cd::app::InfluencerEdits", "Change rate"));
}

bool editStatus(WorkbookDocument& doc, const core::Influencer& i, const QVariant& value)
{
    std::optional<core::RelationshipStatus> status;
    bool isNumber = false;
    const int ordinal = value.toInt(&isNumber);
    const auto entries = core::enumEntries<core::RelationshipStatus>();
    if (isNumber && ordinal >= 0 && ordinal < static_cast<int>(entries.size())) {
        status = static_cast<core::RelationshipStatus>(ordinal);
    } else {
        for (const auto& e : entries) {
            if (value.toString().compare(
                    QString::fromUtf8(e.label.data(), static_cast<qsizetype>(e.label.size())),
                    Qt::CaseInsensitive) == 0) {
                status = e.value;
            }
        }
    }
    if (!status) {
        return false;
    }
    return pushFieldChange(
        doc, i, &core::Influencer::status, *status,
        QCoreApplication::translate("cd::app::InfluencerEdits", "Change status"));
}

bool editContactRoute(WorkbookDocument& doc, const core::Influencer& i, core::ContactRoute route)
{
    return pushFieldChange(
        doc, i, &core::Influencer::contactRoute, route,
        QCoreApplication::translate("cd::app::InfluencerEdits", "Change contact route"));
}

bool editLastContact(WorkbookDocument& doc, const core::Influencer& i, const QString& text)
{
    core::OptionalDate date;
    if (!text.trimmed().isEmpty()) {
        const auto parsed = io::parseDate(text.trimmed().toStdString());
        if (!parsed.hasValue()) {
            return refuse(
                doc,
                QCoreApplication::translate("cd::app::InfluencerEdits", "Last contact not changed"),
                QCoreApplication::translate(
                    "cd::app::InfluencerEdits",
                    "“%1” is not a date: type it like 2026-06-15 or 15/06/2026.")
                    .arg(text.trimmed()));
        }
        date = parsed.value;
    }
    return pushFieldChange(
        doc, i, &core::Influencer::lastContact, date,
        QCoreApplication::translate("cd::app::InfluencerEdits", "Change last contact"));
}

bool editHandles(WorkbookDocument& doc, const core::Influencer& i,
                 std::vector<core::Handle> handles)
{
    return pushFieldChange(
        doc, i, &core::Influencer::handles, std::move(handles),
        QCoreApplication::translate("cd::app::InfluencerEdits", "Change accounts"));
}

} // namespace cd::app
