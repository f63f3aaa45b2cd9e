/* source.h - bytes from a file, standard input or memory, gunzipped on the fly when they
 * are gzip (one member or many, as .warc.gz writes them). Reads in fixed windows, so an
 * input of any size streams in constant memory. */
#ifndef AN_SOURCE_H
#define AN_SOURCE_H

#include <stddef.h>
#include <stdint.h>
#include <zlib.h>

#include "annals.h"
#include "core/buf.h"

typedef struct {
    int fd, own_fd;
    const unsigned char *mem; /* memory input, or NULL */
    size_t mem_len, mem_pos;

    unsigned char *raw; /* compressed or plain bytes as read */
    size_t raw_len, raw_pos;
    uint64_t raw_offset; /* bytes of the raw input consumed before raw[0] */
    int raw_eof;

    int started, gzip;
    int z_ready, z_member_done;
    z_stream z;

    unsigned char *win; /* decompressed bytes not yet consumed */
    size_t win_pos, win_len, win_cap;
    uint64_t win_offset; /* decompressed offset of win[0] */
    int eof;

    annals_status status; /* first error, ANNALS_OK while fine */
    char message[160];
    uint64_t error_byte;
} an_source;

annals_status an_source_open_path(an_source *s, const char *path);
annals_status an_source_open_memory(an_source *s, const void *data, size_t len);
void an_source_close(an_source *s);

/* Makes at least `want` bytes (or what is left) available at an_source_peek(). Returns the
 * number available; on an error sets s->status. */
size_t an_source_fill(an_source *s, size_t want);
const unsigned char *an_source_peek(const an_source *s, size_t *avail);
void an_source_skip(an_source *s, size_t n);
/* Decompressed offset of the next byte. */
uint64_t an_source_offset(const an_source *s);

/* Reads one line without its "\n" into line. Returns 1 for a line, 0 at the end, 2 when the
 * line is longer than max (its bytes are skipped up to the next newline, line is left
 * empty), -1 on an input error. */
int an_source_line(an_source *s, an_buf *line, size_t max);
/* Reads everything left into out. Returns 1, 0 when nothing was left, 2 when more than max
 * (the rest is skipped), -1 on an input error. */
int an_source_rest(an_source *s, an_buf *out, size_t max);

#endif
