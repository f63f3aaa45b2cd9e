/* json.h - a streaming JSON writer into an an_buf. Output is always valid JSON in UTF-8:
 * strings are escaped and any invalid UTF-8 becomes U+FFFD. */
#ifndef AN_JSON_H
#define AN_JSON_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "buf.h"

#define AN_JSON_MAX_DEPTH 64

typedef struct {
    an_buf *out;
    unsigned depth;
    unsigned char has_items[AN_JSON_MAX_DEPTH]; /* a comma is due before the next item */
    int after_key;
} an_json;

void an_json_init(an_json *j, an_buf *out);
void an_json_object(an_json *j);
void an_json_object_end(an_json *j);
void an_json_array(an_json *j);
void an_json_array_end(an_json *j);
/* A key of n bytes. an_json_key and the kv shorthands are inline so that the length of
 * a literal key is known when compiling: the record writes some 1,400 keys an article. */
void an_json_key_n(an_json *j, const char *key, size_t n);
static inline void an_json_key(an_json *j, const char *key) { an_json_key_n(j, key, strlen(key)); }
void an_json_string(an_json *j, const char *s, size_t len);
void an_json_cstring(an_json *j, const char *s); /* NULL writes null */
void an_json_int(an_json *j, int64_t v);
/* [a,b] as one item: the same bytes as an array of the two, in one append. */
void an_json_int_pair(an_json *j, int64_t a, int64_t b);
void an_json_bool(an_json *j, int v);
/* A number with up to `decimals` digits after the point (trailing zeros dropped); NaN and
 * infinities are written as null. */
void an_json_double(an_json *j, double v, int decimals);
void an_json_null(an_json *j);

/* key + value shorthands; a NULL string is written as null */
static inline void an_json_kv_string(an_json *j, const char *key, const char *s) {
    an_json_key(j, key);
    an_json_cstring(j, s);
}
static inline void an_json_kv_int(an_json *j, const char *key, int64_t v) {
    an_json_key(j, key);
    an_json_int(j, v);
}

/* Appends s escaped as the inside of a JSON string (no quotes). */
void an_json_escape(an_buf *out, const char *s, size_t len);

#endif
