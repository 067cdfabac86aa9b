#include <digit_tutor/engine/atomic_file.hpp>

#include <digit_tutor/engine/error.hpp>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <sys/stat.h>
#include <unistd.h>

namespace dt {

AtomicFile::AtomicFile(const std::string& path, const std::string& what)
    : m_path(path), m_what(what), m_temporary(path + ".tmp-XXXXXX")
{
    // A name of its own (mkstemp), so that two programs writing the same target never share one.
    m_fd = ::mkstemp(m_temporary.data());
    if (m_fd < 0)
        fail(std::string("cannot create a temporary file beside it (") + std::strerror(errno) + ")");
    // mkstemp makes the file 0600; a written file gets the usual permissions (the umask applies).
    const mode_t mask = ::umask(0);
    ::umask(mask);
    ::fchmod(m_fd, 0666 & ~mask);
}

AtomicFile::~AtomicFile()
{
    if (m_fd >= 0)
        ::close(m_fd);
    if (!m_committed && !m_temporary.empty())
        ::unlink(m_temporary.c_str());
}

void AtomicFile::fail(const std::string& problem) const
{
    throw FormatError("Cannot write " + m_what + " to '" + m_path + "': " + problem + "; the file was left as it was.");
}

void AtomicFile::write(std::string_view bytes)
{
    std::size_t done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(m_fd, bytes.data() + done, bytes.size() - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            fail(std::strerror(n < 0 ? errno : ENOSPC));
        done += std::size_t(n);
    }
}

void AtomicFile::commit()
{
    // Flushed before the rename: otherwise a power cut could leave the new name on empty data.
    const int synced = ::fsync(m_fd);
    const int closed = ::close(m_fd);
    m_fd = -1;
    if (synced != 0 || closed != 0)
        fail(std::strerror(errno));
    if (std::rename(m_temporary.c_str(), m_path.c_str()) != 0)
        fail("renaming '" + m_temporary + "' failed (" + std::strerror(errno) + ")");
    m_committed = true;
}

void writeFileAtomically(std::string_view bytes, const std::string& path, const std::string& what)
{
    AtomicFile file(path, what);
    file.write(bytes);
    file.commit();
}

} // namespace dt
