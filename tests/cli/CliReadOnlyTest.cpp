#include "CliRunner.h"
#include "TempDir.h"

#include <catch2/catch.hpp>

#include <QStandardPaths>

#include <unistd.h>

namespace {
QString q(const std::string& s)
{
    return QString::fromStdString(s);
}
} // namespace

// Root ignores file permissions, so when the tests run as root (as CI does) the CLI is run
// as the unprivileged user "nobody" through setpriv.
TEST_CASE("A workbook on read-only media can be read but not written, and is left as it was")
{
    TempDir dir;
    const auto folder = dir.path() / "readonly";
    std::filesystem::create_directories(folder);
    const auto wb = (folder / "shared.cdwb").string();
    CliRunner owner(q(dir.file("xdg-owner")));
    REQUIRE(owner.run({QStringLiteral("new"), q(wb)}).exitCode == 0);
    REQUIRE(owner
                .run({QStringLiteral("add-campaign"), q(wb), QStringLiteral("--name"),
                      QStringLiteral("Kept")})
                .exitCode == 0);

    QStringList wrapper;
    if (::geteuid() == 0) {
        const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
        if (setpriv.isEmpty()) {
            WARN("setpriv not found: cannot drop root, read-only case skipped");
            return;
        }
        wrapper = {setpriv, QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                   QStringLiteral("--clear-groups")};
        std::filesystem::permissions(dir.path(), std::filesystem::perms::others_exec,
                                     std::filesystem::perm_options::add);
    }
    using std::filesystem::perms;
    std::filesystem::permissions(wb, perms::owner_read | perms::group_read | perms::others_read);
    std::filesystem::permissions(folder, perms::owner_read | perms::owner_exec | perms::group_read |
                                             perms::group_exec | perms::others_read |
                                             perms::others_exec);
    const auto before = TempDir::readAll(wb);

    CliRunner reader(QStringLiteral("/tmp"));
    auto r = reader.run({QStringLiteral("campaigns"), q(wb), QStringLiteral("--json")}, wrapper);
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    CHECK(r.json().at(0)["name"] == "Kept");

    r = reader.run(
        {QStringLiteral("add-campaign"), q(wb), QStringLiteral("--name"), QStringLiteral("Lost")},
        wrapper);
    CHECK(r.exitCode == 3);
    CHECK(r.errIsOneLine());
    CHECK(r.err.find("read-only") != std::string::npos);
    CHECK(TempDir::readAll(wb) == before);
    std::filesystem::permissions(folder, perms::owner_all);
}
