#include "binary_io.hpp"

#include <filesystem>
#include <fstream>

namespace dt::detail {

void writeFileAtomically(const std::vector<unsigned char>& bytes, const std::string& path, const std::string& what)
{
    const std::string temp = path + ".tmp";
    {
        std::ofstream out(temp, std::ios::binary | std::ios::trunc);
        if (!out)
            throw FormatError("Cannot open '" + temp + "' for writing " + what + ".");
        out.write(reinterpret_cast<const char*>(bytes.data()), std::streamsize(bytes.size()));
        out.flush();
        if (!out)
            throw FormatError("Could not write " + what + " to '" + temp + "' (disk full?).");
    }
    std::error_code ec;
    std::filesystem::rename(temp, path, ec);
    if (ec)
        throw FormatError("Could not move " + what + " into place at '" + path + "': " + ec.message() + ".");
}

} // namespace dt::detail
