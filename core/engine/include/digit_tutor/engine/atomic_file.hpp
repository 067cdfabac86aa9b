#pragma once
// Writing a file so that it is either all there or not changed: the bytes go to a new
// temporary file beside the target, are flushed to the disk, and the temporary file is
// renamed over the target. A failure (disk full, a crash, an input refused half-way through
// a command) leaves an existing file as it was and no temporary file behind.
//
// Example use:
//   dt::writeFileAtomically(text, "features.csv", "the features");   // all at once
//
//   dt::AtomicFile csv("features.csv", "the features");            // or piece by piece
//   for (...) csv.write(line);
//   csv.commit();   // without it (an exception on the way), features.csv is untouched

#include <string>
#include <string_view>

namespace dt {

class AtomicFile {
public:
    /// Creates the temporary file beside `path`. `what` names the contents in messages
    /// ("the model"). Throws dt::FormatError when it cannot be created (no such folder,
    /// not writable).
    AtomicFile(const std::string& path, const std::string& what);
    /// Removes the temporary file unless commit() renamed it.
    ~AtomicFile();
    AtomicFile(const AtomicFile&) = delete;
    AtomicFile& operator=(const AtomicFile&) = delete;

    /// Appends bytes to the temporary file. Throws dt::FormatError when the disk is full or
    /// the write fails.
    void write(std::string_view bytes);
    /// Flushes the temporary file to the disk and renames it over the target. Throws
    /// dt::FormatError when either fails; the target is then as it was.
    void commit();

private:
    [[noreturn]] void fail(const std::string& problem) const;

    std::string m_path;
    std::string m_what;
    std::string m_temporary;
    int m_fd = -1;
    bool m_committed = false;
};

/// Replaces `path` with exactly `bytes`, through an AtomicFile. Throws dt::FormatError,
/// naming the file and the reason, on any failure; `path` is then untouched.
void writeFileAtomically(std::string_view bytes, const std::string& path, const std::string& what);

} // namespace dt
