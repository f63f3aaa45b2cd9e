/* warc.c - WARC records from a byte stream (gzip members are undone by the source). Only
 * one record's block is held at a time, so a crawl of any size streams in constant memory.
 * Response records carry an HTTP message: its status, headers (Content-Type for the
 * charset and for telling HTML from the rest) and body (chunked and gzip transfer codings
 * are undone). */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <zlib.h>

#include "read/jsonl.h"
#include "web/web.h"

#define HEADER_LINE_MAX 65536
#define SKIP_WINDOW 65536

void an_warc_record_init(an_warc_record *rec) {
    memset(rec, 0, sizeof *rec);
    an_buf_init(&rec->payload);
}

void an_warc_record_free(an_warc_record *rec) { an_buf_free(&rec->payload); }

typedef struct {
    char type[32];
    char content_type[256];
    long long length; /* -1 when absent */
} warc_header;

static void trim_cr(an_buf *line) {
    while (line->len && (line->data[line->len - 1] == '\r' || line->data[line->len - 1] == ' '))
        line->len--;
    an_buf_cstr(line);
}

/* The value of "Name: value" when the line's name is `name`, else NULL. */
static const char *header_value(const char *line, const char *name) {
    size_t k = strlen(name);
    if (strncasecmp(line, name, k) != 0 || line[k] != ':') return NULL;
    line += k + 1;
    while (*line == ' ' || *line == '\t') line++;
    return line;
}

static void copy_value(char *dst, size_t cap, const char *v) { snprintf(dst, cap, "%s", v); }

/* Reads header lines up to the blank line. Returns 1, 0 at a clean end of input before any
 * line, -1 when the first line is not a WARC version line, -2 on an input error. After
 * damage (rec->resync) lines are skipped up to the next version line. */
static int read_header(an_source *src, an_buf *line, warc_header *h, an_warc_record *rec) {
    int rc;
    for (;;) { /* records are separated by blank lines */
        rec->offset = an_source_offset(src);
        rc = an_source_line(src, line, HEADER_LINE_MAX);
        if (rc < 0) return -2;
        if (rc == 0) return 0;
        trim_cr(line);
        int version = rc == 1 && strncmp(line->data, "WARC/", 5) == 0;
        if (version) break;
        if (rc == 1 && line->len == 0) continue;
        if (!rec->resync) return rec->resync = 1, -1;
    }
    rec->resync = 0;
    memset(h, 0, sizeof *h);
    h->length = -1;
    rec->url[0] = rec->date[0] = 0;
    for (;;) {
        rc = an_source_line(src, line, HEADER_LINE_MAX);
        if (rc < 0) return -2;
        if (rc == 0) return -1;
        trim_cr(line);
        if (rc == 2 || line->len == 0) return line->len == 0 && rc == 1 ? 1 : (rec->resync = 1, -1);
        const char *v;
        if ((v = header_value(line->data, "WARC-Type"))) copy_value(h->type, sizeof h->type, v);
        else if ((v = header_value(line->data, "WARC-Target-URI"))) {
            if (*v == '<') v++; /* WARC 1.1 drafts wrote <uri> */
            copy_value(rec->url, sizeof rec->url, v);
            size_t n = strlen(rec->url);
            if (n && rec->url[n - 1] == '>') rec->url[n - 1] = 0;
        } else if ((v = header_value(line->data, "WARC-Date"))) {
            if (!an_iso_normalize(v, strlen(v), rec->date)) rec->date[0] = 0;
        } else if ((v = header_value(line->data, "Content-Type")))
            copy_value(h->content_type, sizeof h->content_type, v);
        else if ((v = header_value(line->data, "Content-Length"))) {
            char *end;
            long long n = strtoll(v, &end, 10);
            h->length = end != v && *end == 0 && n >= 0 ? n : -1;
        }
    }
}

/* Skips n bytes; 0, or -2 when the input ends first or fails. */
static int skip_bytes(an_source *src, unsigned long long n) {
    while (n > 0) {
        size_t want = n < SKIP_WINDOW ? (size_t)n : SKIP_WINDOW;
        size_t avail = an_source_fill(src, want);
        if (avail == 0) return -2;
        size_t k = avail < want ? avail : want;
        an_source_skip(src, k);
        n -= k;
    }
    return 0;
}

static int read_bytes(an_source *src, size_t n, an_buf *out) {
    an_buf_clear(out);
    while (n > 0) {
        size_t want = n < SKIP_WINDOW ? n : SKIP_WINDOW;
        size_t avail = an_source_fill(src, want);
        if (avail == 0) return -2;
        size_t k = avail < want ? avail : want;
        size_t have;
        if (an_buf_append(out, an_source_peek(src, &have), k) != 0) return -3;
        an_source_skip(src, k);
        n -= k;
    }
    return 0;
}

/* ---- the HTTP message inside a response record ---- */

typedef struct {
    int status;
    int chunked, gzip, deflate;
    int is_html, has_type;
    size_t body; /* offset of the body in the block */
} http_info;

static const char *line_end(const char *s, const char *end) {
    const char *nl = memchr(s, '\n', (size_t)(end - s));
    return nl ? nl : end;
}

static void http_header(http_info *h, an_warc_record *rec, const char *s, size_t n) {
    char line[1024];
    snprintf(line, sizeof line, "%.*s", (int)(n < sizeof line - 1 ? n : sizeof line - 1), s);
    const char *v;
    if ((v = header_value(line, "Content-Type"))) {
        h->has_type = 1;
        h->is_html = strstr(v, "html") != NULL;
        an_web_charset_param(v, strlen(v), rec->charset, sizeof rec->charset);
    } else if ((v = header_value(line, "Transfer-Encoding"))) {
        h->chunked = strstr(v, "chunked") != NULL;
    } else if ((v = header_value(line, "Content-Encoding"))) {
        h->gzip = strstr(v, "gzip") != NULL;
        h->deflate = strstr(v, "deflate") != NULL;
    }
}

static int parse_http(const char *s, size_t len, http_info *h, an_warc_record *rec) {
    memset(h, 0, sizeof *h);
    if (!s || len < 12 || strncmp(s, "HTTP/", 5) != 0) return -1;
    const char *end = s + len, *p = s;
    const char *sp = memchr(s, ' ', len);
    for (const char *d = sp ? sp + 1 : end; d < end && *d >= '0' && *d <= '9' && h->status < 1000; d++)
        h->status = h->status * 10 + (*d - '0'); /* the block is not NUL-terminated: no atoi */
    p = line_end(p, end);
    while (p < end) {
        p++;
        const char *e = line_end(p, end);
        size_t n = (size_t)(e - p);
        if (n && p[n - 1] == '\r') n--;
        if (n == 0) {
            h->body = e < end ? (size_t)(e + 1 - s) : len;
            return 0;
        }
        http_header(h, rec, p, n);
        p = e;
    }
    h->body = len;
    return 0;
}

/* Undoes chunked transfer coding in place; a damaged chunk ends the body there. */
static size_t dechunk(char *s, size_t len) {
    size_t r = 0, w = 0;
    while (r < len) {
        size_t n = 0, digits = 0; /* the size in hex; the block is not NUL-terminated */
        for (size_t i = r; i < len && isxdigit((unsigned char)s[i]) && digits < 12; i++, digits++)
            n = n * 16 + (size_t)(isdigit((unsigned char)s[i]) ? s[i] - '0' : (s[i] | 0x20) - 'a' + 10);
        const char *nl = memchr(s + r, '\n', len - r);
        if (!nl || digits == 0 || n == 0) break;
        r = (size_t)(nl - s) + 1;
        if (n > len - r) n = len - r;
        memmove(s + w, s + r, n);
        w += n, r += n;
        while (r < len && (s[r] == '\r' || s[r] == '\n')) r++;
    }
    return w;
}

/* gzip or zlib-deflate content coding (15 + 32: either header); on damage keeps what
 * inflated, and stops at max bytes (a small body may inflate to gigabytes). */
static int inflate_body(const char *s, size_t len, an_buf *out, size_t max) {
    z_stream z;
    memset(&z, 0, sizeof z);
    if (inflateInit2(&z, 15 + 32) != Z_OK) return -1;
    z.next_in = (Bytef *)s;
    z.avail_in = (uInt)len;
    unsigned char tmp[16384];
    int rc;
    do {
        z.next_out = tmp;
        z.avail_out = sizeof tmp;
        rc = inflate(&z, Z_NO_FLUSH);
        an_buf_append(out, tmp, sizeof tmp - z.avail_out);
    } while (rc == Z_OK && z.avail_out == 0 && out->len < max);
    inflateEnd(&z);
    return out->failed ? -1 : 0;
}

/* A body without a Content-Type is HTML when it starts like HTML. */
static int sniff_html(const char *s, size_t n) {
    static const char *const starts[] = {"<!doctype html", "<html", "<head", "<!--", NULL};
    for (size_t i = 0; i < n && i < 512; i++) {
        if (s[i] != '<') continue;
        for (size_t k = 0; starts[k]; k++)
            if (n - i >= strlen(starts[k]) && strncasecmp(s + i, starts[k], strlen(starts[k])) == 0)
                return 1;
        return 0;
    }
    return 0;
}

/* Turns the HTTP message in block into the HTML payload. 1 when it is an HTML page. */
static int take_payload(an_buf *block, an_warc_record *rec, size_t max) {
    http_info h;
    rec->charset[0] = 0;
    if (parse_http(block->data, block->len, &h, rec) != 0) return 0;
    rec->http_status = h.status;
    if (h.status < 200 || h.status > 299) return 0;
    char *body = block->data + h.body;
    size_t n = block->len - h.body;
    if (h.chunked) n = dechunk(body, n);
    an_buf_clear(&rec->payload);
    if ((h.gzip || h.deflate) && n > 2) {
        if (inflate_body(body, n, &rec->payload, max) != 0) return -1;
    } else if (an_buf_append(&rec->payload, body, n) != 0) {
        return -1;
    }
    if (h.has_type ? !h.is_html : !sniff_html(rec->payload.data, rec->payload.len)) return 0;
    return 1;
}

/* A response record with an HTTP message; some crawlers leave out the record's
 * Content-Type, and then the block is read as HTTP when it parses as HTTP. */
static int is_response(const warc_header *h) {
    return strcasecmp(h->type, "response") == 0 &&
           (h->content_type[0] == 0 || strstr(h->content_type, "application/http"));
}

int an_warc_next(an_source *src, an_warc_record *rec, size_t max, char *msg, size_t msglen) {
    an_buf line, block;
    an_buf_init(&line);
    an_buf_init(&block);
    int result = 0;
    for (;;) {
        warc_header h;
        int rc = read_header(src, &line, &h, rec);
        if (rc <= 0) {
            if (rc == -1) snprintf(msg, msglen, "not a WARC record header: skipped to the next one");
            result = rc;
            break;
        }
        if (h.length < 0) {
            snprintf(msg, msglen, "WARC record without a valid Content-Length: skipped");
            rec->resync = 1;
            result = -1;
            break;
        }
        if (!is_response(&h) || (unsigned long long)h.length > max) {
            if (skip_bytes(src, (unsigned long long)h.length) != 0) {
                snprintf(msg, msglen, "WARC record cut short");
                result = src->status != ANNALS_OK ? -2 : -3;
                break;
            }
            if (is_response(&h)) {
                snprintf(msg, msglen, "WARC record larger than the limit of %zu bytes: skipped", max);
                result = 2;
                break;
            }
            continue;
        }
        rc = read_bytes(src, (size_t)h.length, &block);
        if (rc != 0) {
            snprintf(msg, msglen, rc == -3 ? "out of memory" : "WARC record cut short");
            result = src->status != ANNALS_OK ? -2 : rc == -3 ? -1 : -3;
            break;
        }
        rc = take_payload(&block, rec, max);
        if (rc < 0) {
            snprintf(msg, msglen, "out of memory");
            result = -1;
            break;
        }
        if (rc == 1) {
            result = 1;
            break;
        }
    }
    an_buf_free(&line);
    an_buf_free(&block);
    return result;
}
