#pragma once
// The sub-commands of digit-tutor-cli. Each takes its arguments (after the command name)
// and the output streams, returns the exit status, and throws dt::Error (status 1) or
// UsageError (status 2) for the caller to print as one line on stderr.

#include <iosfwd>
#include <string>
#include <vector>

namespace dt::cli {

using Args = std::vector<std::string>;

int runTrain(const Args& args, std::ostream& out, std::ostream& err);
int runEvaluate(const Args& args, std::ostream& out, std::ostream& err);
int runClassify(const Args& args, std::ostream& out, std::ostream& err);
int runFeatures(const Args& args, std::ostream& out, std::ostream& err);
int runInfo(const Args& args, std::ostream& out, std::ostream& err);
int runWays(const Args& args, std::ostream& out, std::ostream& err);
int runFormation(const Args& args, std::ostream& out, std::ostream& err);
int runReport(const Args& args, std::ostream& out, std::ostream& err);
int runSeedNotebook(const Args& args, std::ostream& out, std::ostream& err);

/// Dispatches argv (program name first) to a command; prints help, version and errors.
int runCli(int argc, char** argv, std::ostream& out, std::ostream& err);

} // namespace dt::cli
