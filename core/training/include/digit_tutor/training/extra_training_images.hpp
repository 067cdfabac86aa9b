#pragma once
// A teacher's own labelled digit images, to train on beside MNIST: a folder with one
// subfolder per digit (0 ... 9) holding its images (PNG, JPEG, BMP, PGM, TIFF; dark ink on
// paper or light ink on black, any size), or a pair of IDX files as MNIST's. Each image
// is brought to MNIST's geometry (dt::normaliseDigit, not deskewed: training deskews as
// the model says), so that they train exactly as MNIST's digits do.
//
// Example use:
//   const dt::LabelledImages mine = dt::loadImageFolder("class-1b-digits");
//   fitSet.append(dt::extractFeatures(mine.images.pixels.data(), mine.images.count, 28, 28, settings));

#include <digit_tutor/training/idx_reader.hpp>

#include <string>

namespace dt {

/// The images of DIR/0 ... DIR/9 (other entries are ignored), in name order, each 28x28.
/// Throws dt::FormatError naming the file for an image that cannot be read or holds no
/// ink, and naming the folder when it does not exist or holds no image in any digit folder.
LabelledImages loadImageFolder(const std::string& dir);

/// An IDX image file and its label file (any image size), each image 28x28 after. Throws
/// dt::FormatError as the IDX reader does, when the counts differ, or for an image with no ink.
LabelledImages loadIdxPair(const std::string& imagesPath, const std::string& labelsPath);

} // namespace dt
