#pragma once

#include <sys/resource.h>

namespace EventDesk::Bench {

// The process's peak resident memory so far, in KiB.
inline long peakKilobytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

} // namespace EventDesk::Bench
