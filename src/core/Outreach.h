#pragma once

#include "Campaign.h"
#include "Content.h"
#include "Contract.h"
#include "Ids.h"
#include "Influencer.h"
#include "Money.h"

#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace cd::core {

// A pre-written e-mail kept in the workbook; subject and body may hold merge fields such as
// {first_name} that are filled for each influencer it is sent to.
struct OutreachTemplate {
    Id id = 0;
    RowVersion version = 0;
    std::string name;
    std::string subject;
    std::string body;

    bool operator==(const OutreachTemplate&) const = default;
};

// Field name (without braces) → the text it is replaced with. A field that has no value for
// this person (no campaign, no fee…) is simply absent, so it stays visible in the text.
using MergeValues = std::map<std::string, std::string>;

// The merge fields the app knows, in the order the user guide lists them.
std::span<const std::string_view> mergeFieldNames();

struct FilledText {
    std::string text;
    // The fields left in the text, unknown or without a value, each once, in order of appearance.
    std::vector<std::string> unfilled;

    bool operator==(const FilledText&) const = default;
};

// Replaces every {field} (letters, digits, '_') that `values` holds. Other {field}s are left as
// they are and reported; "{{" and "}}" are literal braces; any other brace is kept as it is.
// Inserted values are not scanned again, so a name holding "{brand}" stays as typed.
FilledText fillTemplate(std::string_view text, const MergeValues& values);

// The first word of a person's name ("Anna-Lena Müller" → "Anna-Lena"); empty for no name.
std::string firstName(std::string_view fullName);

// The amount to quote to an influencer: the computed total of their contract in the campaign
// (when there is one), else their usual rate, else nothing.
std::optional<Money> outreachFee(const Influencer& influencer, const Contract* contract,
                                 std::span<const ContentItem> content);

// The merge values for one influencer. `campaign` may be null; `feeText` is the fee already
// formatted for people (empty: no fee); `myName` is the sender (empty: unknown).
MergeValues mergeValues(const Influencer& influencer, const Campaign* campaign,
                        const std::string& feeText, const std::string& myName);

// A mailto: URL (RFC 6068) for these recipients, subject and body. Everything but unreserved
// characters is percent-encoded (UTF-8), spaces as %20, every line break of the body as
// %0D%0A (a line break in the subject becomes a space); the
// recipients are encoded one by one and joined with ',', so no address can add a header field
// or another recipient. Empty recipients are skipped; an empty subject or body is left out.
std::string mailtoUrl(std::span<const std::string> to, std::string_view subject,
                      std::string_view body);

} // namespace cd::core
