/* buf.h - a growable byte buffer on the heap, for output and for reading lines. */
#ifndef AN_BUF_H
#define AN_BUF_H

#include <stddef.h>

typedef struct {
    char *data;
    size_t len;
    size_t cap;
    int failed; /* set once an allocation failed; later appends are no-ops */
} an_buf;

void an_buf_init(an_buf *b);
void an_buf_free(an_buf *b);
void an_buf_clear(an_buf *b);
int an_buf_reserve(an_buf *b, size_t extra);
int an_buf_append(an_buf *b, const void *data, size_t len);
int an_buf_putc(an_buf *b, char c);
int an_buf_puts(an_buf *b, const char *s);
int an_buf_printf(an_buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Keeps data NUL-terminated (not counted in len). */
const char *an_buf_cstr(an_buf *b);

#endif
