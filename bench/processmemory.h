#pragma once

// This process's resident memory, from /proc/self/status (Linux).
class ProcessMemory
{
public:
    static double peakRssMb();     // VmHWM: the high-water mark since the process started
    static double currentRssMb();  // VmRSS
};
