/* utf8.h - UTF-8 decoding, repair, offsets and character classes. */
#ifndef AN_UTF8_H
#define AN_UTF8_H

#include <stddef.h>
#include <stdint.h>

#include "buf.h"

#define AN_REPLACEMENT 0xFFFDu

/* Decodes one code point at s[0..len). Returns it and sets *adv to its byte length, or
 * returns -1 with *adv set to the length of the maximal invalid subpart (at least 1). */
int32_t an_utf8_decode(const unsigned char *s, size_t len, size_t *adv);
/* Encodes cp into out (4 bytes room); returns the byte length (0 for an invalid cp). */
size_t an_utf8_encode(uint32_t cp, char *out);
/* Byte offset of the first invalid sequence, or len when all is valid. */
size_t an_utf8_check(const char *s, size_t len);
/* Appends s to out with each invalid sequence replaced by U+FFFD; returns the number of
 * replacements, or -1 when out of memory. */
long an_utf8_repair(an_buf *out, const char *s, size_t len);
/* Copies the C string src into dst (cap bytes, cap > 0) as valid UTF-8: invalid sequences
 * become '?', and a cut never falls inside a character. Returns the length written. */
size_t an_utf8_copy(char *dst, size_t cap, const char *src);
/* Number of code points in valid UTF-8 s[0..len). */
size_t an_utf8_count(const char *s, size_t len);

/* Maps increasing byte offsets of one string to code point offsets in amortised O(1). */
typedef struct {
    const char *s;
    size_t byte, cp;
} an_cpcursor;
void an_cpcursor_init(an_cpcursor *c, const char *s);
/* Any move: forwards or back, counting only the bytes between. */
size_t an_cpcursor_move(an_cpcursor *c, size_t byte);

/* Inline for the common step of a few bytes forwards (token to token). */
static inline size_t an_cpcursor_to(an_cpcursor *c, size_t byte) {
    if (byte < c->byte || byte - c->byte > 16) return an_cpcursor_move(c, byte);
    for (size_t b = c->byte; b < byte; b++) c->cp += ((unsigned char)c->s[b] & 0xC0) != 0x80;
    c->byte = byte;
    return c->cp;
}

/* Character classes (Unicode general categories through utf8proc). */
int an_uc_is_letter(int32_t cp);
int an_uc_is_upper(int32_t cp);
int an_uc_is_lower(int32_t cp);
int an_uc_is_digit(int32_t cp);
int an_uc_is_mark(int32_t cp);
int an_uc_is_space(int32_t cp);  /* white space, NBSP and the other Zs included */
int an_uc_is_punct(int32_t cp);
int an_uc_is_dash(int32_t cp);   /* - and the Unicode dashes */
int an_uc_is_quote(int32_t cp);  /* ' " and the curly and angle quotes */
int an_uc_is_apostrophe(int32_t cp);

#endif
