#pragma once
// Little-endian binary reading and writing for the model and ways-of-writing files, with every read bounds-checked.

#include <digit_tutor/engine/error.hpp>

#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

namespace dt::detail {

std::uint32_t crc32(const unsigned char* data, std::size_t size);

/// Writes bytes to a temporary file beside `path`, then renames it into place, so that a
/// crash never leaves half a file. `what` names the contents in errors ("the model").
/// Throws FormatError on failure.
void writeFileAtomically(const std::vector<unsigned char>& bytes, const std::string& path, const std::string& what);

/// The whole of a file the loaders then check byte by byte. `kind` names it in messages
/// ("model file"), `nature` says what a file too large is not ("a Digit Tutor model").
/// Throws FormatError for a missing file, one larger than maxBytes, or one that cannot be read.
std::vector<unsigned char> readWholeFile(const std::string& path, const std::string& kind, std::uintmax_t maxBytes,
                                         const std::string& nature);

class ByteWriter {
public:
    // Reserving up front also spares GCC 12 a false -Wstringop-overflow on the first insert.
    ByteWriter() { m_bytes.reserve(1u << 16); }

    template <typename T>
    void put(T value)
    {
        static_assert(std::is_trivially_copyable_v<T>);
        const auto* p = reinterpret_cast<const unsigned char*>(&value);
        m_bytes.insert(m_bytes.end(), p, p + sizeof(T)); // the format is little-endian, as is every target we build for
    }
    void putString(const std::string& s)
    {
        put<std::uint32_t>(static_cast<std::uint32_t>(s.size()));
        m_bytes.insert(m_bytes.end(), s.begin(), s.end());
    }
    void putBytes(const void* data, std::size_t size)
    {
        const auto* p = static_cast<const unsigned char*>(data);
        m_bytes.insert(m_bytes.end(), p, p + size);
    }
    std::vector<unsigned char>& bytes() { return m_bytes; }

private:
    std::vector<unsigned char> m_bytes;
};

class ByteReader {
public:
    /// `kind` starts every message ("Model file", "Ways-of-writing file").
    ByteReader(const unsigned char* data, std::size_t size, std::string source, std::string kind = "Model file")
        : m_data(data), m_size(size), m_source(std::move(source)), m_kind(std::move(kind)) {}

    template <typename T>
    T get(const char* what)
    {
        static_assert(std::is_trivially_copyable_v<T>);
        need(sizeof(T), what);
        T value;
        std::memcpy(&value, m_data + m_pos, sizeof(T));
        m_pos += sizeof(T);
        return value;
    }
    std::string getString(const char* what, std::uint32_t maxLength)
    {
        const auto length = get<std::uint32_t>(what);
        if (length > maxLength)
            fail(std::string(what) + " is " + std::to_string(length) + " bytes long, more than the " +
                 std::to_string(maxLength) + " allowed");
        need(length, what);
        std::string s(reinterpret_cast<const char*>(m_data + m_pos), length);
        m_pos += length;
        return s;
    }
    void getBytes(void* out, std::size_t size, const char* what)
    {
        need(size, what);
        std::memcpy(out, m_data + m_pos, size);
        m_pos += size;
    }
    std::size_t position() const { return m_pos; }
    std::size_t remaining() const { return m_size - m_pos; }
    [[noreturn]] void fail(const std::string& problem) const
    {
        throw FormatError(m_kind + " '" + m_source + "' is invalid at byte " + std::to_string(m_pos) + ": " + problem + ".");
    }

private:
    void need(std::size_t size, const char* what) const
    {
        if (size > m_size - m_pos)
            throw FormatError(m_kind + " '" + m_source + "' is truncated: it ends at byte " + std::to_string(m_size) +
                              " while reading " + what + " (" + std::to_string(size) + " bytes needed at byte " +
                              std::to_string(m_pos) + ").");
    }

    const unsigned char* m_data;
    std::size_t m_size;
    std::size_t m_pos = 0;
    std::string m_source;
    std::string m_kind;
};

} // namespace dt::detail
