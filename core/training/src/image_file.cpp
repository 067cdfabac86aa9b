#include <digit_tutor/training/image_file.hpp>

#include "image_header.hpp"

#include <digit_tutor/engine/binary_io.hpp>
#include <digit_tutor/engine/error.hpp>

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <filesystem>

namespace dt {
namespace {

constexpr int kMaxSide = 4096;
// A photographed digit is a few MB; far more is no digit, and would only be held in memory.
constexpr std::uintmax_t kMaxImageFileBytes = 64u << 20;

std::string sizeText(std::uint64_t width, std::uint64_t height)
{
    return std::to_string(width) + "x" + std::to_string(height);
}

std::uint8_t borderMedian(const cv::Mat& grey)
{
    std::vector<std::uint8_t> border;
    for (int x = 0; x < grey.cols; ++x) {
        border.push_back(grey.at<std::uint8_t>(0, x));
        border.push_back(grey.at<std::uint8_t>(grey.rows - 1, x));
    }
    for (int y = 0; y < grey.rows; ++y) {
        border.push_back(grey.at<std::uint8_t>(y, 0));
        border.push_back(grey.at<std::uint8_t>(y, grey.cols - 1));
    }
    std::nth_element(border.begin(), border.begin() + std::ptrdiff_t(border.size() / 2), border.end());
    return border[border.size() / 2];
}

// The picture as grey levels, ink bright on black.
GreyImage inkImage(cv::Mat raw, const std::string& path)
{
    if (raw.empty())
        throw FormatError("Cannot read image '" + path + "': not an image format this program can decode.");
    if (raw.cols > kMaxSide || raw.rows > kMaxSide)
        throw FormatError("Image '" + path + "' is " + sizeText(std::uint64_t(raw.cols), std::uint64_t(raw.rows)) +
                          " pixels; digits larger than 4096 pixels a side are not supported.");
    if (raw.depth() != CV_8U)
        raw.convertTo(raw, CV_8U, raw.depth() == CV_16U ? 1.0 / 257.0 : 1.0);
    cv::Mat grey;
    switch (raw.channels()) {
    case 1: grey = raw; break;
    case 3: cv::cvtColor(raw, grey, cv::COLOR_BGR2GRAY); break;
    case 4: {
        // Transparent pixels become the background: composite onto white, then treat as paper.
        std::vector<cv::Mat> ch;
        cv::split(raw, ch);
        cv::Mat bgr, alpha;
        cv::merge(std::vector<cv::Mat>{ch[0], ch[1], ch[2]}, bgr);
        cv::cvtColor(bgr, grey, cv::COLOR_BGR2GRAY);
        ch[3].convertTo(alpha, CV_32F, 1.0 / 255.0);
        cv::Mat g;
        grey.convertTo(g, CV_32F);
        g = g.mul(alpha) + 255.0f * (1.0f - alpha);
        g.convertTo(grey, CV_8U);
        break;
    }
    default: throw FormatError("Image '" + path + "' has " + std::to_string(raw.channels()) + " channels; expected 1, 3 or 4.");
    }
    const std::uint8_t background = borderMedian(grey);
    cv::Mat ink;
    if (background > 127)
        cv::subtract(cv::Scalar(255), grey, ink);
    else
        ink = grey;
    // Lift the background to exactly zero so that the bounding box finds the ink only.
    const std::uint8_t floor = background > 127 ? std::uint8_t(255 - background) : background;
    cv::Mat clean;
    cv::subtract(ink, cv::Scalar(floor), clean);
    GreyImage out(clean.cols, clean.rows);
    cv::Mat(clean.rows, clean.cols, CV_8UC1, out.pixels.data()) += clean;
    return out;
}

} // namespace

GreyImage loadDigitImage(const std::string& path)
{
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec))
        throw FormatError("Cannot open image '" + path + "': it does not exist or is not a file.");
    const std::vector<unsigned char> bytes = detail::readWholeFile(path, "image", kMaxImageFileBytes, "a picture of a digit");
    return decodeDigitImage(bytes.data(), bytes.size(), path);
}

GreyImage decodeDigitImage(const unsigned char* data, std::size_t size, const std::string& source)
{
    // The decoder allocates what the header claims (a 631-byte JPEG claiming 30000x30000
    // took 2.8 GB), so the claim is checked first, and only formats whose claim can be read.
    if (size > kMaxImageFileBytes)
        throw FormatError("Image '" + source + "' is larger than 64 MB; it is not a picture of a digit.");
    const std::optional<detail::DeclaredSize> declared = detail::declaredImageSize(data, size);
    if (!declared)
        throw FormatError("Cannot read image '" + source + "': not an image format this program can decode.");
    if (declared->width > kMaxSide || declared->height > kMaxSide)
        throw FormatError("Image '" + source + "' is " + sizeText(declared->width, declared->height) +
                          " pixels; digits larger than 4096 pixels a side are not supported.");
    try {
        return inkImage(cv::imdecode(cv::Mat(1, int(size), CV_8UC1, const_cast<unsigned char*>(data)), cv::IMREAD_UNCHANGED),
                        source);
    } catch (const cv::Exception& e) {
        // A header the decoder finds inconsistent (a BMP whose height does not fit its data).
        throw FormatError("Cannot read image '" + source + "': the decoder refused it (" + e.err + ").");
    }
}

} // namespace dt
