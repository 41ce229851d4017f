#pragma once

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <string>

// Runs the real campaigndesk-cli as a user would, with its data folder and "today" pinned.
struct CliResult {
    int exitCode = -1;
    std::string out;
    std::string err;

    nlohmann::json json() const { return nlohmann::json::parse(out); }
    // Error output is one clear line.
    bool errIsOneLine() const { return !err.empty() && err.find('\n') == err.size() - 1; }
};

class CliRunner {
public:
    explicit CliRunner(QString dataHome) : m_dataHome(std::move(dataHome)) {}

    // `wrapper`, when given, runs the CLI through another program (e.g. setpriv to drop root).
    CliResult run(const QStringList& args, const QStringList& wrapper = {}) const
    {
        return runWithInput(args, {}, wrapper);
    }

    // As run(), with `input` on the CLI's standard input (then closed).
    CliResult runWithInput(const QStringList& args, const QByteArray& input,
                           const QStringList& wrapper = {}) const
    {
        QProcess p;
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dataHome);
        env.insert(QStringLiteral("CD_TODAY"), QStringLiteral("2026-06-15"));
        p.setProcessEnvironment(env);
        QStringList all = wrapper;
        all << QStringLiteral(CD_CLI_PATH) << args;
        p.start(all.takeFirst(), all);
        if (!input.isEmpty() && p.waitForStarted()) {
            p.write(input);
        }
        p.closeWriteChannel();
        p.waitForFinished(120000);
        CliResult r;
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = p.readAllStandardOutput().toStdString();
        r.err = p.readAllStandardError().toStdString();
        return r;
    }

private:
    QString m_dataHome;
};
