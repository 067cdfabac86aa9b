#include "image_header.hpp"

#include <cstring>

namespace dt::detail {
namespace {

std::uint64_t bigEndian(const unsigned char* p, int bytes)
{
    std::uint64_t v = 0;
    for (int i = 0; i < bytes; ++i)
        v = (v << 8) | p[i];
    return v;
}

std::uint64_t littleEndian(const unsigned char* p, int bytes)
{
    std::uint64_t v = 0;
    for (int i = bytes - 1; i >= 0; --i)
        v = (v << 8) | p[i];
    return v;
}

bool startsWith(const unsigned char* data, std::size_t size, const char* magic, std::size_t length)
{
    return size >= length && std::memcmp(data, magic, length) == 0;
}

std::optional<DeclaredSize> png(const unsigned char* d, std::size_t size)
{
    // The IHDR chunk comes first: length, "IHDR", width, height (big-endian).
    if (size < 24 || std::memcmp(d + 12, "IHDR", 4) != 0)
        return std::nullopt;
    return DeclaredSize{bigEndian(d + 16, 4), bigEndian(d + 20, 4)};
}

std::optional<DeclaredSize> jpeg(const unsigned char* d, std::size_t size)
{
    // Markers from SOI on; the first start-of-frame (C0-CF but C4, C8, CC) holds the size.
    std::size_t at = 2;
    while (at + 4 <= size) {
        if (d[at] != 0xFF)
            return std::nullopt;
        const unsigned char marker = d[at + 1];
        if (marker == 0xFF) {
            ++at; // fill byte
            continue;
        }
        if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
            at += 2; // no length
            continue;
        }
        const std::size_t length = std::size_t(bigEndian(d + at + 2, 2));
        if (marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC) {
            if (length < 7 || at + 9 > size)
                return std::nullopt;
            return DeclaredSize{bigEndian(d + at + 7, 2), bigEndian(d + at + 5, 2)};
        }
        if (marker == 0xDA || length < 2)
            return std::nullopt; // image data before any frame header
        at += 2 + length;
    }
    return std::nullopt;
}

std::optional<DeclaredSize> bmp(const unsigned char* d, std::size_t size)
{
    if (size < 26)
        return std::nullopt;
    const std::uint64_t header = littleEndian(d + 14, 4);
    if (header == 12) // OS/2 1.x: 16-bit sides
        return DeclaredSize{littleEndian(d + 18, 2), littleEndian(d + 20, 2)};
    // 32-bit signed sides; a negative height is a top-down picture.
    const auto side = [](std::uint64_t v) {
        const auto s = std::int64_t(std::int32_t(std::uint32_t(v)));
        return std::uint64_t(s < 0 ? -s : s);
    };
    return DeclaredSize{side(littleEndian(d + 18, 4)), side(littleEndian(d + 22, 4))};
}

std::optional<DeclaredSize> tiff(const unsigned char* d, std::size_t size)
{
    const bool little = d[0] == 'I';
    const auto get = [&](std::size_t at, int bytes) { return little ? littleEndian(d + at, bytes) : bigEndian(d + at, bytes); };
    const std::uint64_t ifd = get(4, 4);
    if (ifd + 2 > size)
        return std::nullopt;
    const std::uint64_t entries = get(std::size_t(ifd), 2);
    DeclaredSize s;
    for (std::uint64_t e = 0; e < entries; ++e) {
        const std::uint64_t at = ifd + 2 + 12 * e;
        if (at + 12 > size)
            return std::nullopt;
        const std::uint64_t tag = get(std::size_t(at), 2);
        const std::uint64_t type = get(std::size_t(at) + 2, 2);
        const std::uint64_t value = type == 3 ? get(std::size_t(at) + 8, 2) : get(std::size_t(at) + 8, 4);
        if (tag == 256)
            s.width = value;
        else if (tag == 257)
            s.height = value;
    }
    if (s.width == 0 || s.height == 0)
        return std::nullopt;
    return s;
}

std::optional<DeclaredSize> webp(const unsigned char* d, std::size_t size)
{
    if (size < 30)
        return std::nullopt;
    if (std::memcmp(d + 12, "VP8X", 4) == 0) // canvas size minus one, 24 bits each
        return DeclaredSize{littleEndian(d + 24, 3) + 1, littleEndian(d + 27, 3) + 1};
    if (std::memcmp(d + 12, "VP8L", 4) == 0) { // 14 bits each, minus one, after a signature byte
        const std::uint64_t bits = littleEndian(d + 21, 4);
        return DeclaredSize{(bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1};
    }
    if (std::memcmp(d + 12, "VP8 ", 4) == 0) // 14 bits each, after the frame tag and start code
        return DeclaredSize{littleEndian(d + 26, 2) & 0x3FFF, littleEndian(d + 28, 2) & 0x3FFF};
    return std::nullopt;
}

std::optional<DeclaredSize> pnm(const unsigned char* d, std::size_t size)
{
    // "P1".."P6", then width and height in decimal, with whitespace and # comments between.
    std::size_t at = 2;
    std::uint64_t sides[2] = {0, 0};
    for (std::uint64_t& side : sides) {
        while (at < size && (d[at] == ' ' || d[at] == '\t' || d[at] == '\r' || d[at] == '\n' || d[at] == '#')) {
            if (d[at] == '#')
                while (at < size && d[at] != '\n')
                    ++at;
            else
                ++at;
        }
        std::size_t digits = 0;
        while (at < size && d[at] >= '0' && d[at] <= '9' && digits < 12) {
            side = side * 10 + (d[at++] - '0');
            ++digits;
        }
        if (digits == 0)
            return std::nullopt;
        if (digits == 12)
            side = ~std::uint64_t(0); // more digits than any side this program takes
    }
    return DeclaredSize{sides[0], sides[1]};
}

} // namespace

std::optional<DeclaredSize> declaredImageSize(const unsigned char* data, std::size_t size)
{
    if (startsWith(data, size, "\x89PNG\r\n\x1a\n", 8))
        return png(data, size);
    if (startsWith(data, size, "\xFF\xD8\xFF", 3))
        return jpeg(data, size);
    if (startsWith(data, size, "BM", 2))
        return bmp(data, size);
    if (startsWith(data, size, "II*\0", 4) || startsWith(data, size, "MM\0*", 4))
        return tiff(data, size);
    if (startsWith(data, size, "RIFF", 4) && size >= 12 && std::memcmp(data + 8, "WEBP", 4) == 0)
        return webp(data, size);
    if (size >= 3 && data[0] == 'P' && data[1] >= '1' && data[1] <= '6')
        return pnm(data, size);
    return std::nullopt;
}

} // namespace dt::detail
