#include "RosterFilter.h"

#include <QCoreApplication>
#include <QStringList>

namespace cd::app {

namespace {

constexpr std::int64_t kThousand = 1'000;
constexpr std::int64_t kMillion = 1'000'000;

} // namespace

bool inTier(std::int64_t followers, FollowerTier tier)
{
    switch (tier) {
    case FollowerTier::Any:
        return true;
    case FollowerTier::Under1K:
        return followers < kThousand;
    case FollowerTier::Nano:
        return followers >= kThousand && followers < 5 * kThousand;
    case FollowerTier::Micro:
        return followers >= 5 * kThousand && followers < 20 * kThousand;
    case FollowerTier::Mid:
        return followers >= 20 * kThousand && followers < 100 * kThousand;
    case FollowerTier::Macro:
        return followers >= 100 * kThousand && followers <= kMillion;
    case FollowerTier::Mega:
        return followers > kMillion;
    }
    return false;
}

QString tierLabel(FollowerTier tier)
{
    switch (tier) {
    case FollowerTier::Any:
        return QCoreApplication::translate("cd::app::RosterFilter", "Any size");
    case FollowerTier::Under1K:
        return QCoreApplication::translate("cd::app::RosterFilter", "Under 1K");
    case FollowerTier::Nano:
        return QCoreApplication::translate("cd::app::RosterFilter", "Nano (1K–5K)");
    case FollowerTier::Micro:
        return QCoreApplication::translate("cd::app::RosterFilter", "Micro (5K–20K)");
    case FollowerTier::Mid:
        return QCoreApplication::translate("cd::app::RosterFilter", "Mid (20K–100K)");
    case FollowerTier::Macro:
        return QCoreApplication::translate("cd::app::RosterFilter", "Macro (100K–1M)");
    case FollowerTier::Mega:
        return QCoreApplication::translate("cd::app::RosterFilter", "Mega (over 1M)");
    }
    return {};
}

bool RosterFilter::isEmpty() const
{
    return text.trimmed().isEmpty() && !platform && !status && niche.empty() && country.empty() &&
           tier == FollowerTier::Any && campaignId == 0 && !onlyIds;
}

std::string foldForSearch(const QString& text)
{
    // Most of a roster is ASCII: lower-casing it is all the folding it needs, and much faster.
    std::string ascii;
    ascii.reserve(static_cast<std::size_t>(text.size()));
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 0x80) {
            ascii.clear();
            break;
        }
        ascii.push_back(static_cast<char>(u >= 'A' && u <= 'Z' ? u + ('a' - 'A') : u));
    }
    if (ascii.size() == static_cast<std::size_t>(text.size())) {
        return ascii;
    }
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString kept;
    kept.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing) {
            kept.append(c);
        }
    }
    return kept.toCaseFolded().toStdString();
}

std::string foldForSearch(std::string_view utf8)
{
    std::string ascii(utf8);
    for (char& c : ascii) {
        if (static_cast<unsigned char>(c) >= 0x80) {
            return foldForSearch(
                QString::fromUtf8(utf8.data(), static_cast<qsizetype>(utf8.size())));
        }
        if (c >= 'A' && c <= 'Z') {
            c = static_cast<char>(c + ('a' - 'A'));
        }
    }
    return ascii;
}

std::vector<std::string> searchWords(const QString& text)
{
    std::vector<std::string> words;
    for (QString word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (word.startsWith(QLatin1Char('@'))) {
            word.remove(0, 1);
        }
        if (!word.isEmpty()) {
            words.push_back(foldForSearch(word));
        }
    }
    return words;
}

} // namespace cd::app
