/*
 * bcryptprimitives.dll for Wine 8, test use only: never shipped.
 *
 * Why: Rust's std (1.78 and later) takes its random bytes (the seeds of
 * HashMap's hasher, for one) from ProcessPrng in bcryptprimitives.dll,
 * which every supported Windows has. Wine 8, Debian 12's, has no such DLL,
 * so a Rust .exe dies at start under it before main runs. Wine 9 and
 * later have it; the real Windows needs none of this.
 *
 * What: ProcessPrng on top of advapi32's SystemFunction036 (RtlGenRandom),
 * which Wine does have. `ci-check` builds it with mingw and copies it into
 * the Wine prefix's system32, where Wine loads it as a native DLL.
 */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
    /* RtlGenRandom takes a 32-bit length: fill in chunks. */
    while (length > 0) {
        ULONG chunk = length > 0x40000000 ? 0x40000000 : (ULONG)length;
        if (!SystemFunction036(data, chunk))
            return FALSE;
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}
