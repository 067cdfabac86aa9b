// digit-tutor-cli features: HOG vectors of an IDX image file as CSV.

#include "cli_arguments.hpp"
#include "cli_commands.hpp"

#include <digit_tutor/engine/atomic_file.hpp>
#include <digit_tutor/engine/feature_extraction.hpp>
#include <digit_tutor/training/idx_reader.hpp>
#include <digit_tutor/engine/json.hpp>

#include <ostream>

namespace dt::cli {

int runFeatures(const Args& args, std::ostream& out, std::ostream&)
{
    const Arguments a(args, {{"images"}, {"out"}, {"normalise", false}, {"deskew", false}, {"orientations"},
                             {"cell"}, {"block"}});
    const IdxImages images = readIdxImages(a.value("images"));
    HogParams hog;
    hog.orientations = a.intValue("orientations", hog.orientations, 1, 180);
    hog.cellSize = a.intValue("cell", hog.cellSize, 1, 4096);
    hog.blockSize = a.intValue("block", hog.blockSize, 1, 4096);
    const std::string path = a.value("out");

    Eigen::MatrixXd features;
    if (a.has("normalise") || a.has("deskew")) {
        // The model's path: crop, 20-px box, centre of mass (and deskew), then HOG on 28x28.
        features = extractFeatures(images.pixels.data(), images.count, images.cols, images.rows,
                                   {hog, {a.has("deskew")}, {}}).features;
    } else {
        // HOG of the images as they are, as skimage.feature.hog computes it.
        const HogExtractor extractor(hog, images.cols, images.rows);
        features.resize(images.count, extractor.featureCount());
        std::vector<double> row(static_cast<std::size_t>(extractor.featureCount()));
        for (int i = 0; i < images.count; ++i) {
            extractor.compute(images.data(i), row.data());
            features.row(i) = Eigen::Map<const Eigen::RowVectorXd>(row.data(), Eigen::Index(row.size()));
        }
    }
    // Renamed into place once complete: a refused input or a full disk leaves an existing file as it was.
    AtomicFile csv(path, "the features");
    for (Eigen::Index i = 0; i < features.rows(); ++i) {
        std::string line;
        for (Eigen::Index j = 0; j < features.cols(); ++j) {
            if (j)
                line += ',';
            line += jsonNumber(features(i, j));
        }
        line += '\n';
        csv.write(line);
    }
    csv.commit();
    out << "wrote " << features.rows() << " rows of " << features.cols() << " features to " << path << '\n';
    return 0;
}

} // namespace dt::cli
