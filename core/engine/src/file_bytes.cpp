#include <digit_tutor/engine/binary_io.hpp>

#include <digit_tutor/engine/atomic_file.hpp>

#include <cctype>
#include <filesystem>
#include <fstream>

namespace dt::detail {

void writeFileAtomically(const std::vector<unsigned char>& bytes, const std::string& path, const std::string& what)
{
    dt::writeFileAtomically(std::string_view(reinterpret_cast<const char*>(bytes.data()), bytes.size()), path, what);
}

std::vector<unsigned char> readWholeFile(const std::string& path, const std::string& kind, std::uintmax_t maxBytes,
                                         const std::string& nature)
{
    std::string capitalised = kind;
    if (!capitalised.empty())
        capitalised[0] = char(std::toupper(static_cast<unsigned char>(capitalised[0])));
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec))
        throw FormatError("Cannot open " + kind + " '" + path + "': it does not exist or is not a file.");
    const auto size = std::filesystem::file_size(path, ec);
    if (ec || size > maxBytes)
        throw FormatError(capitalised + " '" + path + "' is larger than " + std::to_string(maxBytes >> 20) +
                          " MB; it is not " + nature + ".");
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw FormatError("Cannot open " + kind + " '" + path + "' for reading.");
    // One read of the known size: a byte-at-a-time iterator took 0.1 s for MNIST's 47 MB.
    std::vector<unsigned char> bytes(static_cast<std::size_t>(size));
    in.read(reinterpret_cast<char*>(bytes.data()), static_cast<std::streamsize>(size));
    if (in.gcount() != static_cast<std::streamsize>(size) || in.peek() != std::ifstream::traits_type::eof())
        throw FormatError("Could not read " + kind + " '" + path + "': it changed size while being read.");
    return bytes;
}

} // namespace dt::detail
