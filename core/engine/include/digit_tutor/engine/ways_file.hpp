#pragma once
// The ways-of-writing file (".ways", beside the model it goes with), format version 1,
// little-endian:
//
//   "DGTWAYS1"            8 bytes, magic
//   version               u32 (1)
//   path points           u32, must be dt::kWayPathPoints
//   exemplar points       u32, must be dt::kTrajectoryPoints
//   per digit 0..9:
//     ways w              u32, 1..kMaxWaysPerDigit
//     per way:
//       members           u32, >= 1
//       path              trajectory of kWayPathPoints points
//       exemplars e       u32, 1..kMaxExemplarsPerWay
//       e x               u32 support (drawings the exemplar stands for), then a
//                         trajectory of kTrajectoryPoints points
//   metadata              u32 count, then count x (u32 length + UTF-8 key, u32 length + UTF-8 value)
//   crc32                 u32, CRC-32 (IEEE) of every byte before it
//
// A trajectory is u32 strokeCount, then per point f32 x, f32 y, u16 stroke index; points
// are normalised (bounding box centred on 0, longer side 1), in drawing order.
//
// loadWritingWays rejects, with dt::FormatError naming the file and what is wrong: a
// missing file, a wrong magic or version, a truncated or overlong file, counts out of
// range, a checksum mismatch, and anything WritingWays::validate refuses. It never reads
// out of bounds.

#include <digit_tutor/engine/writing_ways.hpp>

#include <cstdint>
#include <string>

namespace dt {

inline constexpr std::uint32_t kWaysFormatVersion = 1;

/// Writes atomically (temporary file, then rename). Throws dt::FormatError on failure or
/// when the ways do not validate.
void saveWritingWays(const WritingWays& ways, const std::string& path);
WritingWays loadWritingWays(const std::string& path);
/// Parses the bytes of a ways file; `source` names it in errors.
WritingWays parseWritingWays(const unsigned char* data, std::size_t size, const std::string& source);

} // namespace dt
