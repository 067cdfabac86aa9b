#include <digit_tutor/training/image_file.hpp>

#include <digit_tutor/engine/error.hpp>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <filesystem>

namespace dt {
namespace {

constexpr int kMaxSide = 4096;

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

} // namespace

GreyImage loadDigitImage(const std::string& path)
{
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec))
        throw FormatError("Cannot open image '" + path + "': it does not exist or is not a file.");
    cv::Mat raw = cv::imread(path, cv::IMREAD_UNCHANGED);
    if (raw.empty())
        throw FormatError("Cannot read image '" + path + "': not an image format this program can decode.");
    if (raw.cols > kMaxSide || raw.rows > kMaxSide)
        throw FormatError("Image '" + path + "' is " + std::to_string(raw.cols) + "x" + std::to_string(raw.rows) +
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

} // namespace dt
