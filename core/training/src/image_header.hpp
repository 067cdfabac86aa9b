#pragma once
// The size an image file declares in its header, read without decoding it, so that a small
// file claiming a huge picture is refused before the decoder allocates for it.

#include <cstddef>
#include <cstdint>
#include <optional>

namespace dt::detail {

struct DeclaredSize {
    std::uint64_t width = 0;
    std::uint64_t height = 0;
};

/// The width and height in the header of a PNG, JPEG, BMP, TIFF, WebP or PBM/PGM/PPM
/// file; nothing for another format or a header too short to hold them.
std::optional<DeclaredSize> declaredImageSize(const unsigned char* data, std::size_t size);

} // namespace dt::detail
