/* source.c - streaming input with transparent gzip. Errors name the byte where the input
 * went wrong: the compressed offset for gzip damage, the decompressed one otherwise. */
#include "source.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define RAW_SIZE (256u << 10)
#define WIN_MIN (256u << 10)

static void source_fail(an_source *s, annals_status st, uint64_t byte, const char *fmt,
                        const char *detail) {
    if (s->status != ANNALS_OK) return;
    s->status = st;
    s->error_byte = byte;
    snprintf(s->message, sizeof s->message, fmt, detail ? detail : "");
    s->eof = 1;
}

static annals_status source_init(an_source *s) {
    memset(s, 0, sizeof *s);
    s->fd = -1;
    s->raw = malloc(RAW_SIZE);
    s->win = malloc(WIN_MIN);
    s->win_cap = WIN_MIN;
    return s->raw && s->win ? ANNALS_OK : ANNALS_ENOMEM;
}

annals_status an_source_open_path(an_source *s, const char *path) {
    annals_status st = source_init(s);
    if (st != ANNALS_OK) return st;
    if (strcmp(path, "-") == 0) {
        s->fd = 0;
        return ANNALS_OK;
    }
    s->fd = open(path, O_RDONLY | O_CLOEXEC);
    if (s->fd < 0) {
        source_fail(s, ANNALS_EIO, 0, "%s", strerror(errno));
        return ANNALS_EIO;
    }
    s->own_fd = 1;
    return ANNALS_OK;
}

annals_status an_source_open_memory(an_source *s, const void *data, size_t len) {
    annals_status st = source_init(s);
    if (st != ANNALS_OK) return st;
    static const unsigned char empty[1];
    s->mem = data ? data : empty;
    s->mem_len = data ? len : 0;
    return ANNALS_OK;
}

void an_source_close(an_source *s) {
    if (s->own_fd && s->fd >= 0) close(s->fd);
    if (s->z_ready) inflateEnd(&s->z);
    free(s->raw);
    free(s->win);
    memset(s, 0, sizeof *s);
    s->fd = -1;
}

/* Reads more raw bytes after those in raw[]; sets raw_eof at the end of the input. */
static void raw_append(an_source *s) {
    size_t room = RAW_SIZE - s->raw_len;
    if (s->mem) {
        size_t n = s->mem_len - s->mem_pos;
        if (n > room) n = room;
        memcpy(s->raw + s->raw_len, s->mem + s->mem_pos, n);
        s->mem_pos += n;
        s->raw_len += n;
        if (n == 0) s->raw_eof = 1;
        return;
    }
    ssize_t n;
    do n = read(s->fd, s->raw + s->raw_len, room);
    while (n < 0 && errno == EINTR);
    if (n < 0) {
        source_fail(s, ANNALS_EIO, s->raw_offset + s->raw_len, "read error: %s", strerror(errno));
        s->raw_eof = 1;
        return;
    }
    s->raw_len += (size_t)n;
    if (n == 0) s->raw_eof = 1;
}

/* Makes unread raw bytes available; returns 0 at the end of the raw input. */
static int raw_fill(an_source *s) {
    if (s->raw_pos < s->raw_len) return 1;
    if (s->raw_eof) return 0;
    s->raw_offset += s->raw_len;
    s->raw_pos = s->raw_len = 0;
    raw_append(s);
    return s->raw_len > 0;
}

/* Decides gzip or not from the first two raw bytes. */
static void detect_gzip(an_source *s) {
    /* a pipe may hand over a single byte first */
    while (s->raw_len < 2 && !s->raw_eof) raw_append(s);
    s->gzip = s->raw_len >= 2 && s->raw[0] == 0x1f && s->raw[1] == 0x8b;
    if (s->gzip) {
        memset(&s->z, 0, sizeof s->z);
        if (inflateInit2(&s->z, 16 + MAX_WBITS) != Z_OK) {
            source_fail(s, ANNALS_ENOMEM, 0, "cannot start gzip decoding%s", NULL);
            return;
        }
        s->z_ready = 1;
    }
}

/* Appends decompressed (or plain) bytes to the window; returns how many. */
static size_t produce(an_source *s, unsigned char *dst, size_t cap) {
    if (!s->gzip) {
        if (!raw_fill(s)) return 0;
        size_t n = s->raw_len - s->raw_pos;
        if (n > cap) n = cap;
        memcpy(dst, s->raw + s->raw_pos, n);
        s->raw_pos += n;
        return n;
    }
    for (;;) {
        if (s->z_member_done) {
            /* another member may follow (concatenated gzip); anything else is an error */
            if (!raw_fill(s)) return 0;
            if (s->raw[s->raw_pos] != 0x1f) {
                source_fail(s, ANNALS_EFORMAT, s->raw_offset + s->raw_pos,
                            "data after the end of the gzip stream%s", NULL);
                return 0;
            }
            inflateReset(&s->z);
            s->z_member_done = 0;
        }
        if (!raw_fill(s)) {
            if (s->status == ANNALS_OK)
                source_fail(s, ANNALS_ETRUNC, s->raw_offset + s->raw_len,
                            "truncated gzip: the compressed data ends early%s", NULL);
            return 0;
        }
        s->z.next_in = s->raw + s->raw_pos;
        s->z.avail_in = (uInt)(s->raw_len - s->raw_pos);
        s->z.next_out = dst;
        s->z.avail_out = (uInt)cap;
        int rc = inflate(&s->z, Z_NO_FLUSH);
        s->raw_pos = s->raw_len - s->z.avail_in;
        size_t n = cap - s->z.avail_out;
        if (rc == Z_STREAM_END) {
            s->z_member_done = 1;
        } else if (rc != Z_OK && rc != Z_BUF_ERROR) {
            source_fail(s, ANNALS_EFORMAT, s->raw_offset + s->raw_pos, "corrupt gzip data: %s",
                        s->z.msg ? s->z.msg : "inflate failed");
            return n;
        }
        if (n) return n;
    }
}

size_t an_source_fill(an_source *s, size_t want) {
    if (s->raw == NULL) return 0;
    if (!s->started) {
        s->started = 1;
        detect_gzip(s);
    }
    while (s->win_len - s->win_pos < want && !s->eof) {
        if (s->win_pos > 0) { /* slide consumed bytes out */
            memmove(s->win, s->win + s->win_pos, s->win_len - s->win_pos);
            s->win_offset += s->win_pos;
            s->win_len -= s->win_pos;
            s->win_pos = 0;
        }
        if (s->win_cap - s->win_len < WIN_MIN / 4) {
            size_t ncap = s->win_cap * 2;
            unsigned char *p = realloc(s->win, ncap);
            if (!p) {
                source_fail(s, ANNALS_ENOMEM, an_source_offset(s), "out of memory%s", NULL);
                break;
            }
            s->win = p;
            s->win_cap = ncap;
        }
        size_t n = produce(s, s->win + s->win_len, s->win_cap - s->win_len);
        if (n == 0) s->eof = 1;
        s->win_len += n;
    }
    return s->win_len - s->win_pos;
}

const unsigned char *an_source_peek(const an_source *s, size_t *avail) {
    *avail = s->win_len - s->win_pos;
    return s->win + s->win_pos;
}

void an_source_skip(an_source *s, size_t n) {
    size_t avail = s->win_len - s->win_pos;
    s->win_pos += n < avail ? n : avail;
}

uint64_t an_source_offset(const an_source *s) { return s->win_offset + s->win_pos; }

int an_source_line(an_source *s, an_buf *line, size_t max) {
    an_buf_clear(line);
    int too_long = 0;
    for (;;) {
        size_t avail = s->win_len - s->win_pos;
        if (avail == 0) {
            avail = an_source_fill(s, 1);
            if (avail == 0) {
                if (s->status != ANNALS_OK) return -1;
                if (too_long) return 2;
                return line->len > 0 || line->failed ? 1 : 0;
            }
        }
        const unsigned char *p = s->win + s->win_pos;
        const unsigned char *nl = memchr(p, '\n', avail);
        size_t n = nl ? (size_t)(nl - p) : avail;
        if (!too_long && line->len + n > max) {
            too_long = 1;
            an_buf_clear(line);
        }
        if (!too_long && an_buf_append(line, p, n) != 0) {
            source_fail(s, ANNALS_ENOMEM, an_source_offset(s), "out of memory%s", NULL);
            return -1;
        }
        s->win_pos += n + (nl ? 1 : 0);
        if (nl) return too_long ? 2 : 1;
    }
}

int an_source_rest(an_source *s, an_buf *out, size_t max) {
    an_buf_clear(out);
    int too_big = 0;
    if (s->win_pos == 0 && !out->failed && max < SIZE_MAX) {
        /* all of it into the window, which then becomes out's storage: no copy of the
         * whole input (a twentieth of reading an HTML page) */
        size_t avail = an_source_fill(s, max + 1);
        if (s->status != ANNALS_OK) return -1;
        if (avail <= max && avail < s->win_cap) {
            unsigned char *spare = out->data && out->cap >= WIN_MIN ? (unsigned char *)out->data
                                                                    : malloc(WIN_MIN);
            if (spare) {
                if (spare != (unsigned char *)out->data) free(out->data);
                size_t spare_cap = spare == (unsigned char *)out->data ? out->cap : WIN_MIN;
                out->data = (char *)s->win;
                out->cap = s->win_cap;
                out->len = avail;
                out->data[avail] = '\0';
                s->win = spare;
                s->win_cap = spare_cap;
                s->win_offset += avail;
                s->win_len = s->win_pos = 0;
                return avail > 0 ? 1 : 0;
            }
        }
    }
    for (;;) {
        size_t avail = an_source_fill(s, 1);
        if (avail == 0) break;
        if (!too_big && out->len + avail > max) {
            too_big = 1;
            an_buf_clear(out);
        }
        if (!too_big && an_buf_append(out, s->win + s->win_pos, avail) != 0) {
            source_fail(s, ANNALS_ENOMEM, an_source_offset(s), "out of memory%s", NULL);
            return -1;
        }
        s->win_pos += avail;
    }
    if (s->status != ANNALS_OK) return -1;
    if (too_big) return 2;
    return out->len > 0 ? 1 : 0;
}
