#include "koho_collator.h"

#include <unicode/ucol.h>
#include <unicode/uversion.h>

KohoCollator *koho_collator_open(const char *locale, int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    UCollator *collator = ucol_open(locale, &error);
    *status = (int32_t)error;
    if (U_FAILURE(error)) {
        ucol_close(collator);
        return NULL;
    }
    return (KohoCollator *)collator;
}

void koho_collator_close(KohoCollator *collator) { ucol_close((UCollator *)collator); }

int32_t koho_collator_sort_key(
    const KohoCollator *collator, const uint16_t *text, int32_t length, uint8_t *key, int32_t capacity) {
    return ucol_getSortKey((const UCollator *)collator, (const UChar *)text, length, key, capacity);
}

int32_t koho_collator_compare(
    const KohoCollator *collator, const uint16_t *a, int32_t aLength, const uint16_t *b, int32_t bLength) {
    return (int32_t)ucol_strcoll((const UCollator *)collator, (const UChar *)a, aLength, (const UChar *)b, bLength);
}

const char *koho_icu_version(void) { return U_ICU_VERSION; }
