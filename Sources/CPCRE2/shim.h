#ifndef LEDE_CPCRE2_SHIM_H
#define LEDE_CPCRE2_SHIM_H

// PCRE2 selects its code-unit width with this macro; the generic names
// (pcre2_compile, ...) are macros over the _8 functions, which Swift calls directly.
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

// PCRE2_ZERO_TERMINATED is ~(PCRE2_SIZE)0, a macro expression Swift cannot import.
static inline PCRE2_SIZE lede_pcre2_zero_terminated(void) { return PCRE2_ZERO_TERMINATED; }
// PCRE2_UNSET marks an unset capture group in the ovector.
static inline PCRE2_SIZE lede_pcre2_unset(void) { return PCRE2_UNSET; }

#endif
