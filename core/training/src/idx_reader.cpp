#include <digit_tutor/training/idx_reader.hpp>

#include <digit_tutor/engine/binary_io.hpp>

#include <digit_tutor/engine/atomic_file.hpp>
#include <digit_tutor/engine/error.hpp>

#include <array>
#include <cstdio>
#include <filesystem>

namespace dt {
namespace {

constexpr std::uint32_t kImagesMagic = 0x00000803;
constexpr std::uint32_t kLabelsMagic = 0x00000801;

std::uint32_t bigEndian32(const unsigned char* p)
{
    return (std::uint32_t(p[0]) << 24) | (std::uint32_t(p[1]) << 16) | (std::uint32_t(p[2]) << 8) | std::uint32_t(p[3]);
}

// The largest IDX file read: far above MNIST's 47 MB, far below what would exhaust memory.
constexpr std::uintmax_t kMaxIdxBytes = std::uintmax_t(2) << 30;

std::vector<unsigned char> readWholeFile(const std::string& path)
{
    return detail::readWholeFile(path, "IDX file", kMaxIdxBytes, "an IDX file of digits");
}

void checkMagic(const std::string& path, const std::vector<unsigned char>& bytes, std::uint32_t expected,
                std::size_t headerSize, const char* what)
{
    if (bytes.size() < headerSize)
        throw FormatError("IDX file '" + path + "' is truncated: " + std::to_string(bytes.size()) +
                          " bytes, less than the " + std::to_string(headerSize) + "-byte header of an " + what + " file.");
    const std::uint32_t magic = bigEndian32(bytes.data());
    if (magic != expected) {
        char buf[96];
        std::snprintf(buf, sizeof buf, "magic number 0x%08X, expected 0x%08X for %s", magic, expected, what);
        throw FormatError("IDX file '" + path + "' is not an " + what + " file: " + buf + ".");
    }
}

} // namespace

GreyImage IdxImages::image(int index) const
{
    GreyImage img(cols, rows);
    const auto* src = data(index);
    std::copy(src, src + static_cast<std::size_t>(rows) * cols, img.pixels.begin());
    return img;
}

IdxImages readIdxImages(const std::string& path)
{
    const auto bytes = readWholeFile(path);
    checkMagic(path, bytes, kImagesMagic, 16, "images (IDX3, unsigned byte)");
    const std::uint64_t count = bigEndian32(bytes.data() + 4);
    const std::uint64_t rows = bigEndian32(bytes.data() + 8);
    const std::uint64_t cols = bigEndian32(bytes.data() + 12);
    if (rows == 0 || cols == 0 || rows > 4096 || cols > 4096)
        throw FormatError("IDX file '" + path + "' declares images of " + std::to_string(rows) + "x" +
                          std::to_string(cols) + " pixels; expected between 1 and 4096 on each side.");
    const std::uint64_t expected = 16 + count * rows * cols;
    if (bytes.size() != expected)
        throw FormatError("IDX file '" + path + "' has " + std::to_string(bytes.size()) + " bytes but its header declares " +
                          std::to_string(count) + " images of " + std::to_string(rows) + "x" + std::to_string(cols) +
                          " (" + std::to_string(expected) + " bytes): the file is " +
                          (bytes.size() < expected ? "truncated." : "longer than declared."));
    IdxImages out;
    out.count = static_cast<int>(count);
    out.rows = static_cast<int>(rows);
    out.cols = static_cast<int>(cols);
    out.pixels.assign(bytes.begin() + 16, bytes.end());
    return out;
}

std::vector<std::uint8_t> readIdxLabels(const std::string& path)
{
    const auto bytes = readWholeFile(path);
    checkMagic(path, bytes, kLabelsMagic, 8, "labels (IDX1, unsigned byte)");
    const std::uint64_t count = bigEndian32(bytes.data() + 4);
    if (bytes.size() != 8 + count)
        throw FormatError("IDX file '" + path + "' has " + std::to_string(bytes.size()) + " bytes but its header declares " +
                          std::to_string(count) + " labels (" + std::to_string(8 + count) + " bytes): the file is " +
                          (bytes.size() < 8 + count ? "truncated." : "longer than declared."));
    std::vector<std::uint8_t> labels(bytes.begin() + 8, bytes.end());
    for (std::size_t i = 0; i < labels.size(); ++i)
        if (labels[i] > 9)
            throw FormatError("IDX file '" + path + "': label " + std::to_string(i) + " is " + std::to_string(labels[i]) +
                              ", expected a digit 0-9.");
    return labels;
}

void writeIdxImages(const std::string& path, const IdxImages& images)
{
    std::string bytes;
    bytes.reserve(16 + images.pixels.size());
    for (const std::uint32_t v : {kImagesMagic, std::uint32_t(images.count), std::uint32_t(images.rows), std::uint32_t(images.cols)})
        for (int shift = 24; shift >= 0; shift -= 8)
            bytes.push_back(char((v >> shift) & 0xFF));
    bytes.append(reinterpret_cast<const char*>(images.pixels.data()), images.pixels.size());
    writeFileAtomically(bytes, path, "the IDX images");
}

LabelledImages loadMnistSplit(const std::string& dir, MnistSplit split)
{
    const std::string prefix = split == MnistSplit::Train ? "train" : "t10k";
    const std::string imagesPath = dir + "/" + prefix + "-images-idx3-ubyte";
    const std::string labelsPath = dir + "/" + prefix + "-labels-idx1-ubyte";
    LabelledImages out{readIdxImages(imagesPath), readIdxLabels(labelsPath)};
    if (out.labels.size() != static_cast<std::size_t>(out.images.count))
        throw FormatError("MNIST files disagree: '" + imagesPath + "' holds " + std::to_string(out.images.count) +
                          " images but '" + labelsPath + "' holds " + std::to_string(out.labels.size()) + " labels.");
    return out;
}

} // namespace dt
