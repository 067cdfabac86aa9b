// digit-tutor-cli ways: learns the usual ways of writing each digit from labelled drawn
// digits and writes the ways-of-writing file that "Show me" and the formation check use.

#include "cli_arguments.hpp"
#include "cli_commands.hpp"
#include "cli_support.hpp"

#include <digit_tutor/engine/strokes.hpp>
#include <digit_tutor/engine/ways_file.hpp>
#include <digit_tutor/training/ways_builder.hpp>

#include <filesystem>
#include <ostream>

namespace dt::cli {

int runWays(const Args& args, std::ostream& out, std::ostream&)
{
    const Arguments a(args, {{"strokes"}, {"out"}, {"max-ways"}, {"exemplars"}, {"seed"}, {"threads"}});
    WaysConfig config;
    config.maxWays = a.intValue("max-ways", config.maxWays, 1, kMaxWaysPerDigit);
    config.exemplarsPerDigit = a.intValue("exemplars", config.exemplarsPerDigit, 1, 10 * kMaxExemplarsPerWay);
    config.seed = std::uint64_t(a.intValue("seed", int(config.seed), 0, 1 << 30));
    config.threads = a.intValue("threads", 0, 0, 256);
    const std::string strokes = a.value("strokes");
    const std::string path = a.value("out");

    WritingWays ways = buildWritingWays(loadDrawings(strokes), config);
    ways.metadata.emplace_back("source", std::filesystem::path(strokes).filename().string());
    ways.metadata.emplace_back("built", utcTimestamp());
    saveWritingWays(ways, path);
    printWays(out, ways);
    out << "wrote " << path << '\n';
    return 0;
}

} // namespace dt::cli
