#include <digit_tutor/training/extra_training_images.hpp>

#include <digit_tutor/engine/error.hpp>
#include <digit_tutor/training/image_file.hpp>
#include <digit_tutor/engine/normalisation.hpp>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <vector>

namespace dt {
namespace {

bool isImageFile(const std::filesystem::path& p)
{
    std::string ext = p.extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    for (const char* known : {".png", ".jpg", ".jpeg", ".bmp", ".pgm", ".pbm", ".ppm", ".tif", ".tiff"})
        if (ext == known)
            return true;
    return false;
}

void addImage(LabelledImages& out, const GreyImage& image, int label, const std::string& source)
{
    NormaliseOptions options;
    options.deskew = false; // training deskews, as the model's settings say
    const NormalisedDigit digit = normaliseDigit(image, options);
    if (digit.empty)
        throw FormatError("'" + source + "' holds no ink: it is not a digit to train on.");
    out.images.pixels.insert(out.images.pixels.end(), digit.image.pixels.begin(), digit.image.pixels.end());
    out.labels.push_back(std::uint8_t(label));
    ++out.images.count;
}

LabelledImages emptySet()
{
    LabelledImages out;
    out.images.rows = kDigitSide;
    out.images.cols = kDigitSide;
    return out;
}

} // namespace

LabelledImages loadImageFolder(const std::string& dir)
{
    std::error_code ec;
    if (!std::filesystem::is_directory(dir, ec))
        throw FormatError("The image folder '" + dir + "' does not exist or is not a folder.");
    LabelledImages out = emptySet();
    for (int digit = 0; digit < 10; ++digit) {
        const std::filesystem::path folder = std::filesystem::path(dir) / std::to_string(digit);
        if (!std::filesystem::is_directory(folder, ec))
            continue;
        std::vector<std::filesystem::path> files;
        for (const auto& entry : std::filesystem::directory_iterator(folder, ec))
            if (entry.is_regular_file() && isImageFile(entry.path()))
                files.push_back(entry.path());
        std::sort(files.begin(), files.end()); // the same order, so the same model, on every machine
        for (const auto& file : files)
            addImage(out, loadDigitImage(file.string()), digit, file.string());
    }
    if (out.images.count == 0)
        throw FormatError("The image folder '" + dir +
                          "' holds no digit images: put each digit's images in a subfolder named 0, 1, ... 9.");
    return out;
}

LabelledImages loadIdxPair(const std::string& imagesPath, const std::string& labelsPath)
{
    const IdxImages images = readIdxImages(imagesPath);
    const std::vector<std::uint8_t> labels = readIdxLabels(labelsPath);
    if (std::size_t(images.count) != labels.size())
        throw FormatError("'" + imagesPath + "' holds " + std::to_string(images.count) + " images but '" + labelsPath +
                          "' " + std::to_string(labels.size()) + " labels.");
    LabelledImages out = emptySet();
    for (int i = 0; i < images.count; ++i)
        addImage(out, images.image(i), labels[std::size_t(i)], imagesPath + " image " + std::to_string(i + 1));
    return out;
}

} // namespace dt
