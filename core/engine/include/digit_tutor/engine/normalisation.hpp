#pragma once
// Brings a grey digit image to MNIST's geometry: the ink's bounding box is scaled so that
// its longest side is 20 pixels (area interpolation, aspect ratio kept, grey anti-aliased
// result), then placed in a 28x28 image so that the centre of mass lands on pixel (14, 14)
// (the mean centre of mass of the MNIST training digits, in pixel-index coordinates).
// A 28x28 image that is already so (20-pixel box, centre of mass within 1 pixel of the
// centre, as every MNIST digit) is kept as it is, so normalising twice changes nothing.
// Optionally the result is deskewed: sheared about its centre of mass so that the
// principal axis of the ink is vertical. Training and recognition must use the same
// options; the model file stores them.

#include <digit_tutor/engine/grey_image.hpp>

namespace dt {

inline constexpr double kCentreOfMass = 14.0; ///< target centre of mass, pixel-index coordinates

struct Point2 { double x; double y; };

struct NormaliseOptions {
    bool deskew = true;
};

/// An affine map of the plane: (x, y) -> (a x + b y + c, d x + e y + f).
struct Affine2 {
    double a = 1.0, b = 0.0, c = 0.0;
    double d = 0.0, e = 1.0, f = 0.0;

    Point2 operator()(Point2 p) const { return {a * p.x + b * p.y + c, d * p.x + e * p.y + f}; }
    /// This map applied after `first`.
    Affine2 after(const Affine2& first) const
    {
        return {a * first.a + b * first.d, a * first.b + b * first.e, a * first.c + b * first.f + c,
                d * first.a + e * first.d, d * first.b + e * first.e, d * first.c + e * first.f + f};
    }
};

struct NormalisedDigit {
    bool empty = true; ///< true when the input held no ink; image is then all zero
    GreyImage image;   ///< always 28x28
    /// Where a point of the input image (pixel-index coordinates) lands in `image`: the
    /// crop, scaling, centring shift and deskew shear that were applied. Identity when empty.
    Affine2 fromInput;
};

/// Normalises a digit image of any size >= 1x1 (a 28x28 MNIST digit or a rendered drawing).
/// An image without ink is reported as empty (no division by zero); never throws for a
/// non-empty pixel buffer. Throws dt::FormatError when width*height != pixels.size().
/// Cost: one resize of the ink's bounding box plus two passes over 28x28.
NormalisedDigit normaliseDigit(const GreyImage& input, const NormaliseOptions& options = {});

/// Moment-based deskew of a 28x28 image: shear x about the centre of mass by
/// -mu11/mu02 * (y - cy) so that the principal axis becomes vertical. The shear factor is
/// limited to [-1, 1] so that a degenerate drawing cannot be thrown out of the frame.
/// A blank image is returned unchanged.
GreyImage deskewDigit(const GreyImage& image);

/// The shear deskewDigit applies to `image`, as a map from its pixels to the deskewed
/// image's; identity for a blank image or one without vertical extent.
Affine2 deskewShear(const GreyImage& image);

/// The image moved by a horizontal shear x' = x + b y + c, y' = y (shear.a = shear.e = 1,
/// shear.d = shear.f = 0, as deskewShear returns), sampled bilinearly with zero outside the
/// image. Equal to the bit to cv::warpAffine's INTER_LINEAR result for the same map, whose
/// fixed-point arithmetic it follows, so models trained before it keep their features.
/// A shear that moves every pixel out leaves a blank image. Throws dt::FormatError for any
/// other kind of map, a non-finite one, or a buffer that does not match the image's size.
GreyImage shearImage(const GreyImage& image, const Affine2& shear);

/// Centre of mass (x, y) in pixel-index coordinates; (NaN, NaN) for a blank image.
Point2 centreOfMass(const GreyImage& image);

} // namespace dt
