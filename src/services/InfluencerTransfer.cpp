#include "InfluencerTransfer.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace cd::services {

namespace {

std::string niches(const core::Influencer& i)
{
    std::string out;
    for (const auto& n : i.niches) {
        out += (out.empty() ? "" : ", ") + n;
    }
    return out;
}

} // namespace

void requireIdentityColumn(const io::ColumnMapping& mapping)
{
    if (!mapping.columnOf(io::InfluencerField::Name) &&
        !mapping.columnOf(io::InfluencerField::Handle)) {
        throw TransferError("No column of the file holds names or handles: map one (e.g. with "
                            "--mapping) and try again.");
    }
}

void addRejected(core::ImportSummary& summary, const std::vector<core::RejectedRow>& rejected)
{
    summary.rows += rejected.size();
    summary.rejected = rejected.size();
    for (const auto& r : rejected) {
        summary.errors.push_back({r.line, r.reason});
    }
    std::sort(summary.errors.begin(), summary.errors.end(),
              [](const core::RowError& a, const core::RowError& b) { return a.line < b.line; });
}

std::string readFileBytes(const std::string& path)
{
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec)) {
        throw TransferError("Cannot read " + path + ": there is no such file.");
    }
    std::ifstream in(path, std::ios::binary);
    const auto size = std::filesystem::file_size(path, ec);
    if (!ec && size == 0 && in) {
        return {};
    }
    std::string bytes(ec ? 0 : static_cast<std::size_t>(size), '\0');
    // Read in one go when the size is known; a file that changes meanwhile reads as it now is.
    if (!in || !in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()))) {
        throw TransferError("Cannot read " + path + ": permission denied or a disk error.");
    }
    std::ostringstream rest;
    if (in.peek() != std::char_traits<char>::eof() && (rest << in.rdbuf())) {
        bytes += std::move(rest).str();
    }
    return bytes;
}

void writeFileBytes(const std::string& path, const std::string& bytes)
{
    const std::string temporary = path + ".part";
    {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        out << bytes;
        out.flush();
        if (!out) {
            std::error_code ec;
            std::filesystem::remove(temporary, ec);
            throw TransferError("Cannot write " + path +
                                ": the folder is not writable or the disk is full.");
        }
    }
    std::error_code ec;
    std::filesystem::rename(temporary, path, ec);
    if (ec) {
        std::filesystem::remove(temporary, ec);
        throw TransferError("Cannot write " + path + ": " + ec.message() + ".");
    }
}

io::CsvTable readImportTable(const std::string& bytes, const io::CsvOptions& options)
{
    auto table = io::readCsv(bytes, options);
    if (table.header.empty()) {
        throw TransferError("The file is empty: there is no header and no row to import.");
    }
    return table;
}

PreparedImport prepareInfluencerImport(const std::string& bytes,
                                       const InfluencerImportRequest& request)
{
    PreparedImport p;
    p.table = readImportTable(bytes, request.csv);
    p.mapping = request.savedMapping ? request.savedMapping->appliedTo(p.table.header)
                                     : io::ColumnMapping::guess(p.table.header);
    requireIdentityColumn(p.mapping);
    p.rows = io::convertInfluencerRows(p.table, p.mapping, request.rows);
    return p;
}

void remap(PreparedImport& prepared, const io::ColumnMapping& mapping,
           const io::InfluencerRowOptions& options)
{
    requireIdentityColumn(mapping);
    prepared.mapping = mapping;
    prepared.rows = io::convertInfluencerRows(prepared.table, mapping, options);
}

core::ImportSummary runInfluencerImport(storage::Database& db, const PreparedImport& prepared,
                                        const storage::InfluencerImportOptions& options)
{
    auto summary = storage::importInfluencers(db, prepared.rows.candidates, options);
    addRejected(summary, prepared.rows.rejected);
    return summary;
}

std::string rejectsCsv(const PreparedImport& prepared)
{
    return rejectsCsv(prepared.table.header, prepared.rows.rejected);
}

std::string rejectsCsv(const std::vector<std::string>& header,
                       const std::vector<core::RejectedRow>& rejected)
{
    io::CsvWriter w;
    for (const auto& h : header) {
        w.writeText(h);
    }
    w.writeText("line");
    w.writeText("reason");
    w.endRow();
    for (const auto& r : rejected) {
        for (std::size_t c = 0; c < header.size(); ++c) {
            if (c < r.cells.size()) {
                w.writeText(r.cells[c]);
            } else {
                w.writeEmpty();
            }
        }
        // Cells beyond the header's width (a ragged row) are kept too.
        for (std::size_t c = header.size(); c < r.cells.size(); ++c) {
            w.writeText(r.cells[c]);
        }
        w.writeNumber(static_cast<std::int64_t>(r.line));
        w.writeText(r.reason);
        w.endRow();
    }
    return w.take();
}

std::string exportInfluencersCsv(const std::vector<core::Influencer>& influencers,
                                 const io::CsvWriterOptions& options)
{
    io::CsvWriter w(options);
    w.writeTextRow({"Person ID", "Name", "Platform", "Handle", "Followers", "Engagement rate",
                    "Email", "Phone", "Country", "Language", "Niche", "Contact route", "Agency",
                    "Status", "Rate", "Rate currency", "Last contact", "Notes"});
    for (const auto& i : influencers) {
        const std::size_t rows = std::max<std::size_t>(1, i.handles.size());
        for (std::size_t r = 0; r < rows; ++r) {
            const core::Handle* h = r < i.handles.size() ? &i.handles[r] : nullptr;
            w.writeNumber(static_cast<std::int64_t>(i.id));
            w.writeText(i.name);
            w.writeText(h ? core::toKey(h->platform) : "");
            w.writeText(h ? h->handle : "");
            h && h->followers ? w.writeNumber(*h->followers) : w.writeEmpty();
            h && h->engagementRate ? w.writeNumber(*h->engagementRate) : w.writeEmpty();
            w.writeText(i.email);
            w.writeText(i.phone);
            w.writeText(i.country);
            w.writeText(i.language);
            w.writeText(niches(i));
            w.writeText(core::toKey(i.contactRoute));
            w.writeText(i.agencyName);
            w.writeText(core::toKey(i.status));
            i.rate ? w.writeDecimal(i.rate->toDecimalString()) : w.writeEmpty();
            w.writeText(i.rate ? i.rate->currency() : "");
            w.writeText(core::toIso(i.lastContact));
            w.writeText(i.notes);
            w.endRow();
        }
    }
    return w.take();
}

} // namespace cd::services
