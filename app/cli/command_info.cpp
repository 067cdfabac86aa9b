// digit-tutor-cli info: what a model file holds.

#include "cli_arguments.hpp"
#include "cli_commands.hpp"
#include "cli_support.hpp"

#include <digit_tutor/engine/cpu_kernels.hpp>
#include <digit_tutor/engine/model_file.hpp>
#include <digit_tutor/engine/ways_file.hpp>

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <ostream>

namespace dt::cli {

int runInfo(const Args& args, std::ostream& out, std::ostream&)
{
    const Arguments a(args, {{"model"}, {"ways"}});
    if (a.has("ways")) {
        if (a.has("model"))
            throw UsageError("give --model FILE or --ways FILE, not both.");
        const std::string path = a.value("ways");
        out << "ways of writing: " << path << " (format version " << kWaysFormatVersion << ")\n";
        printWays(out, loadWritingWays(path));
        return 0;
    }
    const std::string path = a.valueOr("model", defaultModelPath());
    const DigitModel model = loadModel(path);
    char line[256];
    out << "model: " << path << '\n';
    std::snprintf(line, sizeof line, "file: %.2f MB, format version %u\n",
                  double(std::filesystem::file_size(path)) / (1024.0 * 1024.0), model.loadedFormatVersion);
    out << line;
    const HogParams& h = model.features.hog;
    std::snprintf(line, sizeof line, "features: HOG %d orientations, %dx%d-pixel cells, %dx%d-cell blocks, %d values; %s; %s\n",
                  h.orientations, h.cellSize, h.cellSize, h.blockSize, h.blockSize, model.featureCount(),
                  model.features.normalise.deskew ? "deskewed" : "not deskewed",
                  model.features.order.empty() ? "in HOG's order" : "kept most telling first");
    out << line;
    std::snprintf(line, sizeof line, "outlier threshold: log p(x) >= %.4f%s\n", model.outlierThreshold,
                  model.drawingViews ? " (images; drawings are judged by the doodle threshold)" : "");
    out << line;
    if (model.drawingViews) {
        const DrawingViews& v = *model.drawingViews;
        int pathComponents = 0;
        for (const GaussianMixture& m : v.pathDigits)
            pathComponents += m.nComponents();
        std::snprintf(line, sizeof line,
                      "drawing views: pen path %d components in all, weight %g; retraced paths %d components; doodles "
                      "%d image and %d path components, path weight %g, threshold %g\n",
                      pathComponents, v.pathWeight, v.retracedPath.nComponents(), v.doodleImage.nComponents(),
                      v.doodlePath.nComponents(), v.doodlePathWeight, v.doodleThreshold);
        out << line;
    } else {
        out << "drawing views: none (drawings are read by their image alone)\n";
    }
    for (int d = 0; d < kDigitClasses; ++d) {
        const ClassModel& c = model.classes[std::size_t(d)];
        const std::string drawn =
            c.drawnComponents ? " (" + std::to_string(c.drawnComponents) + " learnt from drawings)" : std::string();
        std::snprintf(line, sizeof line, "digit %d: %d components%s, prior %.4f, %u training digits\n", d,
                      c.mixture.nComponents(), drawn.c_str(), std::exp(c.logPrior), c.trainingCount);
        out << line;
    }
    for (const auto& [key, value] : model.metadata.entries)
        out << key << ": " << value << '\n';
    // Which scoring kernels this processor runs (cpu_kernels.hpp): where a school's laptop
    // is slow, the first thing to ask.
    out << "scoring kernels: " << kernelsName(activeKernels()) << " (this processor can run "
        << kernelsName(supportedKernels()) << ")\n";
    return 0;
}

} // namespace dt::cli
