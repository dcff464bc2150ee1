#include "analysis/VmimeRuntime.h"

#include <vmime/platforms/posix/posixHandler.hpp>
#include <vmime/vmime.hpp>

#include <mutex>

namespace Core::Analysis {

void VmimeRuntime::ensureInitialized()
{
    static std::once_flag once;
    std::call_once(once, [] { vmime::platform::setHandler<vmime::platforms::posix::posixHandler>(); });
}

} // namespace Core::Analysis
