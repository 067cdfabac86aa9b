#pragma once
// While a FilePermissionsApply is alive, file permissions bind this thread even when it runs
// as root (CI does): its effective capabilities lose CAP_DAC_OVERRIDE and
// CAP_DAC_READ_SEARCH, which let root write into read-only folders; they come back at the
// end. For tests of what an unwritable folder does. Linux only.

#include <linux/capability.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace dt::test {

class FilePermissionsApply {
public:
    FilePermissionsApply()
    {
        if (::syscall(SYS_capget, &m_header, m_saved) != 0)
            return;
        __user_cap_data_struct reduced[2] = {m_saved[0], m_saved[1]};
        reduced[0].effective &= ~((1u << CAP_DAC_OVERRIDE) | (1u << CAP_DAC_READ_SEARCH));
        m_active = ::syscall(SYS_capset, &m_header, reduced) == 0;
    }
    ~FilePermissionsApply()
    {
        if (m_active)
            ::syscall(SYS_capset, &m_header, m_saved);
    }
    FilePermissionsApply(const FilePermissionsApply&) = delete;
    FilePermissionsApply& operator=(const FilePermissionsApply&) = delete;

    /// False if the capabilities could not be changed (then root still writes anywhere).
    bool isActive() const { return m_active; }

private:
    __user_cap_header_struct m_header{_LINUX_CAPABILITY_VERSION_3, 0};
    __user_cap_data_struct m_saved[2] = {};
    bool m_active = false;
};

} // namespace dt::test
