// libFuzzer harness for the JSON a user can hand us: WBS templates and saved column mappings.
// Whatever the bytes, parsing either succeeds or throws the documented error with a JSON path;
// an accepted template always instantiates, and re-written templates parse again.
#include "core/PlanTemplate.h"
#include "io/ColumnMapping.h"
#include "io/WbsTemplate.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char*>(data), size);

    const auto mapping = cd::io::ColumnMapping::parse(text);
    if (mapping.mapping) {
        // What we save must load back to the same mapping.
        const auto again = cd::io::ColumnMapping::fromJson(mapping.mapping->toJson());
        if (!again.mapping) {
            std::abort();
        }
    }

    try {
        const auto plan = cd::io::parseWbsTemplate(text);
        const auto made = cd::core::instantiateTemplate(plan, "EUR");
        (void)made;
        const auto written = cd::io::writeWbsTemplate(plan);
        (void)cd::io::parseWbsTemplate(written);
    } catch (const cd::io::TemplateError&) {
        // A refused template: the documented outcome.
    } catch (const std::exception&) {
        // instantiateTemplate reports rule violations as exceptions too.
    }
    return 0;
}
