// Koho's window on ICU's collation (Debian: libicu-dev). Only plain C types cross it: ICU's own headers stay
// inside collator.c, because Foundation carries a second ICU (_FoundationICU) whose types have the same names,
// and a Swift module that sees both fails to compile.
#ifndef KOHO_COLLATOR_H
#define KOHO_COLLATOR_H

#include <stdint.h>

/// An ICU collator (a `UCollator`).
typedef struct KohoCollator KohoCollator;

/// Opens ICU's collator for `locale` (a BCP 47 tag such as "ja-u-kr-kana-latn"). Sets `status` to ICU's
/// `UErrorCode`: above 0 is a failure (and NULL is returned), below 0 a warning.
KohoCollator *koho_collator_open(const char *locale, int32_t *status);

/// Closes a collator from `koho_collator_open`.
void koho_collator_close(KohoCollator *collator);

/// Writes the sort key of `text` (UTF-16, `length` units) into `key` (up to `capacity` bytes) and returns
/// its full length, including the final 0 byte; when that is more than `capacity`, call again with room.
int32_t koho_collator_sort_key(
    const KohoCollator *collator, const uint16_t *text, int32_t length, uint8_t *key, int32_t capacity);

/// Compares two UTF-16 texts with the collator itself (ucol_strcoll): -1, 0 or 1.
int32_t koho_collator_compare(
    const KohoCollator *collator, const uint16_t *a, int32_t aLength, const uint16_t *b, int32_t bLength);

/// The version of the ICU library linked ("72.1").
const char *koho_icu_version(void);

#endif
