#include "processmemory.h"
#include <fstream>
#include <string>

namespace {

double statusFieldMb(const std::string &field)
{
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line)) {
        if (line.compare(0, field.size(), field) == 0 && line.size() > field.size() && line[field.size()] == ':')
            return std::stod(line.substr(field.size() + 1)) / 1024.0;  // the kernel reports kB
    }
    return -1;
}

} // namespace

double ProcessMemory::peakRssMb()
{
    return statusFieldMb("VmHWM");
}

double ProcessMemory::currentRssMb()
{
    return statusFieldMb("VmRSS");
}
