/* Stand-in for Windows' own bcryptprimitives.dll, for trying the bundle under Wine only;
 * never shipped.
 *
 * cryptography's Rust core asks ProcessPrng (Windows 10+) for its random bytes; Wine 8 has
 * no such DLL, so `cryptography` (sealed backups, the sync client's TLS) does not import.
 * This one draws from the system RNG as the real one does. build_under_wine.sh puts it in
 * the Wine prefix's System32.
 */
#include <windows.h>
#include <bcrypt.h>

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T size) {
    /* BCryptGenRandom takes a ULONG: feed larger requests in pieces. */
    while (size > 0) {
        ULONG piece = size > 0x7fffffff ? 0x7fffffff : (ULONG)size;
        if (BCryptGenRandom(NULL, data, piece, BCRYPT_USE_SYSTEM_PREFERRED_RNG) != 0) return FALSE;
        data += piece;
        size -= piece;
    }
    return TRUE;
}
