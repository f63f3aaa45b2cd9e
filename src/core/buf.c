/* buf.c - growable byte buffer. */
#include "buf.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void an_buf_init(an_buf *b) { memset(b, 0, sizeof *b); }

void an_buf_free(an_buf *b) {
    free(b->data);
    an_buf_init(b);
}

void an_buf_clear(an_buf *b) {
    b->len = 0;
    b->failed = 0;
}

int an_buf_reserve(an_buf *b, size_t extra) {
    if (b->failed) return -1;
    if (extra > SIZE_MAX - b->len - 1) return b->failed = 1, -1;
    size_t need = b->len + extra + 1;
    if (need <= b->cap) return 0;
    size_t ncap = b->cap ? b->cap : 256;
    while (ncap < need) ncap = ncap > SIZE_MAX / 2 ? need : ncap * 2;
    char *p = realloc(b->data, ncap);
    if (!p) return b->failed = 1, -1;
    b->data = p;
    b->cap = ncap;
    return 0;
}

int an_buf_append_grow(an_buf *b, const void *data, size_t len) {
    if (an_buf_reserve(b, len) != 0) return -1;
    if (len) memcpy(b->data + b->len, data, len);
    b->len += len;
    b->data[b->len] = '\0';
    return 0;
}

int an_buf_puts(an_buf *b, const char *s) { return an_buf_append(b, s, strlen(s)); }

int an_buf_printf(an_buf *b, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    char small[256];
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n < 0) return -1;
    if ((size_t)n < sizeof small) return an_buf_append(b, small, (size_t)n);
    if (an_buf_reserve(b, (size_t)n) != 0) return -1;
    va_start(ap, fmt);
    vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
    return 0;
}

const char *an_buf_cstr(an_buf *b) {
    if (!b->data && an_buf_reserve(b, 0) != 0) return "";
    b->data[b->len] = '\0';
    return b->data;
}

void *an_array_room(void *v, size_t n, size_t *cap, size_t size, size_t first) {
    if (n < *cap && v) return v;
    size_t ncap = *cap ? *cap * 2 : first;
    if (ncap <= n || ncap > SIZE_MAX / size) return NULL;
    void *grown = realloc(v, ncap * size);
    if (grown) *cap = ncap;
    return grown;
}
