#include <digit_tutor/engine/ways_file.hpp>

#include <digit_tutor/engine/binary_io.hpp>

#include <cstring>
#include <vector>

namespace dt {
namespace {

constexpr char kMagic[8] = {'D', 'G', 'T', 'W', 'A', 'Y', 'S', '1'};
constexpr const char* kKind = "Ways-of-writing file";
constexpr std::uintmax_t kMaxFileBytes = 16u << 20;
constexpr std::uint32_t kMaxMetadataEntries = 64;
constexpr std::uint32_t kMaxMetadataLength = 4096;

void putTrajectory(detail::ByteWriter& out, const Trajectory& t)
{
    out.put<std::uint32_t>(std::uint32_t(t.strokeCount));
    for (const TrajectoryPoint& p : t.points) {
        out.put<float>(float(p.x));
        out.put<float>(float(p.y));
        out.put<std::uint16_t>(std::uint16_t(p.stroke));
    }
}

Trajectory getTrajectory(detail::ByteReader& in, std::uint32_t points)
{
    Trajectory t;
    const auto strokes = in.get<std::uint32_t>("a stroke count");
    if (strokes < 1 || strokes > points)
        in.fail("a trajectory of " + std::to_string(points) + " points says it has " + std::to_string(strokes) +
                " strokes");
    t.strokeCount = int(strokes);
    t.points.reserve(points);
    for (std::uint32_t i = 0; i < points; ++i) {
        const float x = in.get<float>("a point");
        const float y = in.get<float>("a point");
        const auto stroke = in.get<std::uint16_t>("a stroke index");
        t.points.push_back({double(x), double(y), int(stroke)});
    }
    return t;
}

std::uint32_t count(detail::ByteReader& in, const char* what, std::uint32_t least, std::uint32_t most)
{
    const auto n = in.get<std::uint32_t>(what);
    if (n < least || n > most)
        in.fail(std::string(what) + " is " + std::to_string(n) + ", outside " + std::to_string(least) + ".." +
                std::to_string(most));
    return n;
}

} // namespace

void saveWritingWays(const WritingWays& ways, const std::string& path)
{
    ways.validate();
    detail::ByteWriter out;
    out.putBytes(kMagic, sizeof kMagic);
    out.put<std::uint32_t>(kWaysFormatVersion);
    out.put<std::uint32_t>(kWayPathPoints);
    out.put<std::uint32_t>(kTrajectoryPoints);
    for (const auto& digitWays : ways.digits) {
        out.put<std::uint32_t>(std::uint32_t(digitWays.size()));
        for (const WayOfWriting& way : digitWays) {
            out.put<std::uint32_t>(std::uint32_t(way.memberCount));
            putTrajectory(out, way.path);
            out.put<std::uint32_t>(std::uint32_t(way.exemplars.size()));
            for (std::size_t e = 0; e < way.exemplars.size(); ++e) {
                out.put<std::uint32_t>(std::uint32_t(way.support[e]));
                putTrajectory(out, way.exemplars[e]);
            }
        }
    }
    out.put<std::uint32_t>(std::uint32_t(ways.metadata.size()));
    for (const auto& [key, value] : ways.metadata) {
        out.putString(key);
        out.putString(value);
    }
    out.put<std::uint32_t>(detail::crc32(out.bytes().data(), out.bytes().size()));

    detail::writeFileAtomically(out.bytes(), path, "the ways of writing");
}

WritingWays loadWritingWays(const std::string& path)
{
    const std::vector<unsigned char> bytes =
        detail::readWholeFile(path, "ways-of-writing file", kMaxFileBytes, "a Digit Tutor ways file");
    return parseWritingWays(bytes.data(), bytes.size(), path);
}

WritingWays parseWritingWays(const unsigned char* data, std::size_t size, const std::string& source)
{
    detail::ByteReader in(data, size, source, kKind);
    char magic[8];
    in.getBytes(magic, sizeof magic, "the magic number");
    if (std::memcmp(magic, kMagic, sizeof kMagic) != 0)
        throw FormatError("'" + source + "' is not a Digit Tutor ways-of-writing file (its first bytes are not \"DGTWAYS1\").");
    const auto version = in.get<std::uint32_t>("the format version");
    if (version != kWaysFormatVersion)
        throw FormatError(std::string(kKind) + " '" + source + "' has format version " + std::to_string(version) +
                          "; this program reads version " + std::to_string(kWaysFormatVersion) +
                          (version > kWaysFormatVersion ? " (a newer program wrote it)." : "."));
    const auto pathPoints = count(in, "the path length", kWayPathPoints, kWayPathPoints);
    const auto exemplarPoints = count(in, "the exemplar length", kTrajectoryPoints, kTrajectoryPoints);

    WritingWays ways;
    for (auto& digitWays : ways.digits) {
        const auto wayCount = count(in, "the number of ways of a digit", 1, kMaxWaysPerDigit);
        for (std::uint32_t w = 0; w < wayCount; ++w) {
            WayOfWriting way;
            way.memberCount = int(count(in, "the members of a way", 1, 1u << 30));
            way.path = getTrajectory(in, pathPoints);
            const auto exemplars = count(in, "the exemplars of a way", 1, kMaxExemplarsPerWay);
            for (std::uint32_t e = 0; e < exemplars; ++e) {
                way.support.push_back(int(count(in, "the support of an exemplar", 1, 1u << 30)));
                way.exemplars.push_back(getTrajectory(in, exemplarPoints));
            }
            digitWays.push_back(std::move(way));
        }
    }
    const auto entries = count(in, "the number of metadata entries", 0, kMaxMetadataEntries);
    for (std::uint32_t i = 0; i < entries; ++i) {
        std::string key = in.getString("a metadata key", kMaxMetadataLength);
        std::string value = in.getString("a metadata value", kMaxMetadataLength);
        ways.metadata.emplace_back(std::move(key), std::move(value));
    }
    const std::size_t checked = in.position();
    const auto crc = in.get<std::uint32_t>("the checksum");
    if (in.remaining() != 0)
        throw FormatError(std::string(kKind) + " '" + source + "' has " + std::to_string(in.remaining()) +
                          " unexpected bytes after its checksum.");
    if (crc != detail::crc32(data, checked))
        throw FormatError(std::string(kKind) + " '" + source + "' is corrupt: its checksum does not match its contents.");
    try {
        ways.validate();
    } catch (const FormatError& e) {
        throw FormatError(std::string(kKind) + " '" + source + "' is inconsistent: " + e.what());
    }
    return ways;
}

} // namespace dt
