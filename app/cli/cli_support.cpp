#include "cli_support.hpp"


#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <ostream>
#include <unistd.h>
#include <vector>

namespace dt::cli {
namespace {

std::filesystem::path executableDir()
{
    std::error_code ec;
    const auto self = std::filesystem::read_symlink("/proc/self/exe", ec);
    return ec ? std::filesystem::path() : self.parent_path();
}

std::string percent(double v)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%6.2f%%", 100.0 * v);
    return buf;
}

} // namespace

namespace {

std::string bundledFile(const std::string& name)
{
    const std::filesystem::path bin = executableDir();
    const std::vector<std::filesystem::path> candidates{
        bin / ".." / "share" / "digit-tutor" / "models" / name,
        std::filesystem::path(DIGIT_TUTOR_SOURCE_MODELS) / name,
    };
    for (const auto& c : candidates) {
        std::error_code ec;
        if (std::filesystem::is_regular_file(c, ec))
            return std::filesystem::weakly_canonical(c, ec).string();
    }
    return candidates.back().string();
}

} // namespace

std::string defaultModelPath() { return bundledFile("default.dtm"); }
std::string defaultWaysPath() { return bundledFile("default.ways"); }

void printWays(std::ostream& out, const WritingWays& ways)
{
    for (int digit = 0; digit < 10; ++digit) {
        out << "digit " << digit << ":";
        for (const WayOfWriting& way : ways.digits[std::size_t(digit)])
            out << "  " << way.memberCount << " drawings in " << way.path.strokeCount
                << (way.path.strokeCount == 1 ? " stroke" : " strokes") << " (" << way.exemplars.size()
                << " exemplars)";
        out << '\n';
    }
    for (const auto& [key, value] : ways.metadata)
        out << key << ": " << value << '\n';
}

void printEvaluation(std::ostream& out, const Evaluation& e, const std::string& title)
{
    out << title << ": accuracy " << percent(e.accuracy()) << " (" << e.correct << " of " << e.count << ")\n";
    out << "per digit:";
    for (int d = 0; d < kDigitClasses; ++d)
        out << "  " << d << ":" << percent(e.digitAccuracy(d));
    out << "\nconfusion matrix (rows: true digit, columns: answer)\n      ";
    char buf[32];
    for (int d = 0; d < kDigitClasses; ++d) {
        std::snprintf(buf, sizeof buf, "%6d", d);
        out << buf;
    }
    out << '\n';
    for (int r = 0; r < kDigitClasses; ++r) {
        std::snprintf(buf, sizeof buf, "%6d", r);
        out << buf;
        for (int c = 0; c < kDigitClasses; ++c) {
            std::snprintf(buf, sizeof buf, "%6d", e.confusion[std::size_t(r)][std::size_t(c)]);
            out << buf;
        }
        out << '\n';
    }
    if (!e.writers.empty()) {
        out << "per writer:";
        int shown = 0;
        for (const auto& [writer, tally] : e.writers) {
            std::snprintf(buf, sizeof buf, "%7.2f%%", 100.0 * tally[0] / std::max(1, tally[1]));
            out << (shown++ % 6 ? "  " : "\n  ") << writer << ":" << buf;
        }
        out << '\n';
    }
    std::snprintf(buf, sizeof buf, "%.4f", e.msPerDigit());
    out << "flagged as not a digit: " << percent(e.notDigitRate()) << "\ntime per digit: " << buf << " ms\n";
}

Json evaluationJson(const Evaluation& e)
{
    Json j = {{"accuracy", e.accuracy()},
              {"count", e.count},
              {"correct", e.correct},
              {"not_a_digit_rate", e.notDigitRate()},
              {"ms_per_digit", e.msPerDigit()}};
    Json& perDigit = j["per_digit"] = Json::object();
    for (int d = 0; d < kDigitClasses; ++d)
        perDigit[std::to_string(d)] = {{"count", e.digitCount(d)}, {"accuracy", e.digitAccuracy(d)}};
    Json& perWriter = j["per_writer"] = Json::object();
    for (const auto& [writer, tally] : e.writers)
        perWriter[writer] = {{"count", tally[1]}, {"accuracy", double(tally[0]) / std::max(1, tally[1])}};
    j["confusion"] = e.confusion;
    return j;
}

int answerEach(const std::vector<std::string>& files, std::ostream& out, std::ostream& err,
               const std::function<Json(const std::string&)>& answer)
{
    std::vector<std::string> failed;
    for (const std::string& file : files) {
        try {
            out << jsonLine(answer(file)) << '\n';
        } catch (const std::exception& e) {
            // Every kind: one file's decoder error or failed allocation is no reason to leave
            // the files after it unanswered.
            out << jsonLine(errorJson(file, e)) << '\n';
            err << "digit-tutor-cli: error: " << e.what() << '\n';
            failed.push_back(file);
        }
    }
    if (!failed.empty()) {
        err << "digit-tutor-cli: " << failed.size() << " of " << files.size() << " files failed:";
        for (const std::string& file : failed)
            err << ' ' << file;
        err << '\n';
    }
    out << std::flush;
    return int(failed.size());
}

std::string utcTimestamp()
{
    const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    std::tm tm{};
    gmtime_r(&now, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return buf;
}

} // namespace dt::cli
