/* detect.h - what kind of input this is, from its first bytes (not from its name). */
#ifndef AN_DETECT_H
#define AN_DETECT_H

#include <stddef.h>

#include "annals.h"

/* Returns the kind of the input that starts with p[0..n). For ANNALS_KIND_UNKNOWN, *why
 * says what it looks like instead ("binary data (PDF)", "empty", ...). */
annals_kind an_detect_kind(const unsigned char *p, size_t n, const char **why);

#endif
