/* Stand-in for Windows' own icuuc.dll, for trying the bundle under Wine only; never shipped.
 *
 * Qt6Core (PySide6 >= 6.8) imports its text converters from the ICU that Windows 10 1903+
 * carries in System32; Wine 8 has none, so QtCore does not load at all. This ICU knows no
 * encoding: every ucnv_open fails, which Qt takes as "no such codec" and falls back to its
 * own UTF-8/UTF-16/Latin-1 converters, the only ones the till uses. build_under_wine.sh
 * puts it in the Wine prefix's System32, where a real Windows has the real one.
 */
#include <stddef.h>
#include <stdint.h>

typedef int UErrorCode;
/* ICU's codes: the converter's data cannot be found; the operation is not supported. */
#define U_FILE_ACCESS_ERROR 4
#define U_UNSUPPORTED_ERROR 16
#define EXPORT __declspec(dllexport)

static void fail(UErrorCode *err, UErrorCode code) {
    if (err != NULL && *err <= 0) *err = code;
}

EXPORT void *ucnv_open(const char *name, UErrorCode *err) { (void)name; fail(err, U_FILE_ACCESS_ERROR); return NULL; }
EXPORT void ucnv_close(void *conv) { (void)conv; }
EXPORT void ucnv_reset(void *conv) { (void)conv; }
EXPORT int8_t ucnv_getMaxCharSize(const void *conv) { (void)conv; return 1; }
EXPORT const char *ucnv_getName(const void *conv, UErrorCode *err) { (void)conv; fail(err, U_UNSUPPORTED_ERROR); return ""; }
EXPORT int32_t ucnv_countAvailable(void) { return 0; }
EXPORT const char *ucnv_getAvailableName(int32_t n) { (void)n; return NULL; }
EXPORT const char *ucnv_getStandardName(const char *name, const char *standard, UErrorCode *err) {
    (void)name; (void)standard; (void)err; return NULL;
}
EXPORT void ucnv_getToUCallBack(const void *conv, void **action, const void **context) {
    (void)conv; if (action) *action = NULL; if (context) *context = NULL;
}
EXPORT void ucnv_getFromUCallBack(const void *conv, void **action, const void **context) {
    (void)conv; if (action) *action = NULL; if (context) *context = NULL;
}
EXPORT void ucnv_setToUCallBack(void *conv, void *action, const void *context, void **old_action,
                                const void **old_context, UErrorCode *err) {
    (void)conv; (void)action; (void)context; (void)old_action; (void)old_context; fail(err, U_UNSUPPORTED_ERROR);
}
EXPORT void ucnv_setFromUCallBack(void *conv, void *action, const void *context, void **old_action,
                                  const void **old_context, UErrorCode *err) {
    (void)conv; (void)action; (void)context; (void)old_action; (void)old_context; fail(err, U_UNSUPPORTED_ERROR);
}
EXPORT void UCNV_TO_U_CALLBACK_SUBSTITUTE(void) {}
EXPORT void UCNV_FROM_U_CALLBACK_SUBSTITUTE(void) {}
EXPORT void ucnv_cbToUWriteUChars(void *args, const void *source, int32_t length, int32_t offset, UErrorCode *err) {
    (void)args; (void)source; (void)length; (void)offset; fail(err, U_UNSUPPORTED_ERROR);
}
EXPORT void ucnv_cbFromUWriteUChars(void *args, const void **source, const void *limit, int32_t offset, UErrorCode *err) {
    (void)args; (void)source; (void)limit; (void)offset; fail(err, U_UNSUPPORTED_ERROR);
}
EXPORT void ucnv_toUnicode(void *conv, void **target, const void *target_limit, const char **source,
                           const char *source_limit, int32_t *offsets, int8_t flush, UErrorCode *err) {
    (void)conv; (void)target; (void)target_limit; (void)source; (void)source_limit; (void)offsets; (void)flush;
    fail(err, U_UNSUPPORTED_ERROR);
}
EXPORT void ucnv_fromUnicode(void *conv, char **target, const char *target_limit, const void **source,
                             const void *source_limit, int32_t *offsets, int8_t flush, UErrorCode *err) {
    (void)conv; (void)target; (void)target_limit; (void)source; (void)source_limit; (void)offsets; (void)flush;
    fail(err, U_UNSUPPORTED_ERROR);
}
EXPORT int32_t ucnv_toUCountPending(const void *conv, UErrorCode *err) { (void)conv; (void)err; return 0; }
EXPORT int32_t ucnv_fromUCountPending(const void *conv, UErrorCode *err) { (void)conv; (void)err; return 0; }
