/* buf.h - a growable byte buffer on the heap, for output and for reading lines. */
#ifndef AN_BUF_H
#define AN_BUF_H

#include <stddef.h>
#include <string.h>

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
/* The slow path of an_buf_append and an_buf_putc: grows the buffer first. */
int an_buf_append_grow(an_buf *b, const void *data, size_t len);

/* Inline: the JSON writer appends a few bytes at a time, millions of times a second. The
 * test also rejects a len that would overflow, which the slow path then reports. */
static inline int an_buf_append(an_buf *b, const void *data, size_t len) {
    if (b->failed || len >= b->cap - b->len || !b->data) return an_buf_append_grow(b, data, len);
    if (len) memcpy(b->data + b->len, data, len);
    b->len += len;
    b->data[b->len] = '\0';
    return 0;
}

static inline int an_buf_putc(an_buf *b, char c) {
    if (b->failed || b->cap - b->len < 2 || !b->data) return an_buf_append_grow(b, &c, 1);
    b->data[b->len++] = c;
    b->data[b->len] = '\0';
    return 0;
}

int an_buf_puts(an_buf *b, const char *s);

/* Room for one more item in a heap array of n items of size bytes with *cap slots: the
 * array itself when it has room, else a copy with twice the slots (first when none), *cap
 * updated; NULL when out of memory (the array and *cap unchanged). */
void *an_array_room(void *v, size_t n, size_t *cap, size_t size, size_t first);
int an_buf_printf(an_buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Keeps data NUL-terminated (not counted in len). */
const char *an_buf_cstr(an_buf *b);

#endif
