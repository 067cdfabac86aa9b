// digit-tutor-cli formation: checks how drawn digits were written (start, direction,
// stroke order) against the usual ways of writing them, one JSON line per stroke file.

#include "cli_arguments.hpp"
#include "cli_commands.hpp"
#include "cli_json.hpp"
#include "cli_support.hpp"

#include <digit_tutor/engine/formation_check.hpp>
#include <digit_tutor/engine/strokes.hpp>
#include <digit_tutor/engine/ways_file.hpp>

#include <ostream>

namespace dt::cli {
namespace {

Json checkJson(const std::string& file, int digit, const FormationCheck& c)
{
    return Json{{"file", file},
                {"digit", digit},
                {"usual", c.usual},
                {"problem", formationProblemName(c.problem)},
                {"score", c.score},
                {"way", c.way},
                {"start", {c.start.x, c.start.y}},
                {"towards", {c.towards.x, c.towards.y}}};
}

} // namespace

int runFormation(const Args& args, std::ostream& out, std::ostream& err)
{
    const Arguments a(args, {{"ways"}, {"digit"}, {"strokes", true, true}});
    const std::vector<std::string> files = a.values("strokes");
    if (files.empty())
        throw UsageError("give --strokes FILE.json ... to check.");
    const int asked = a.intValue("digit", -1, -1, 9);
    const WritingWays ways = loadWritingWays(a.valueOr("ways", defaultWaysPath()));
    const int failures = answerEach(files, out, err, [&](const std::string& file) {
        const Drawing drawing = loadDrawing(file);
        // The digit asked, else the file's own label: a data set's line knows its digit.
        const int digit = asked >= 0 ? asked : drawing.label;
        if (digit < 0)
            throw FormatError("'" + file + "' has no label; say which digit it is with --digit D.");
        return checkJson(file, digit, checkFormation(ways, digit, drawing));
    });
    return failures == 0 ? 0 : 1;
}

} // namespace dt::cli
