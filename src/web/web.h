/* web.h - web pages to article records: HTML pages (any charset) through libxml2's HTML
 * parser, main-content extraction and metadata; WARC crawls as streams of such pages. */
#ifndef AN_WEB_H
#define AN_WEB_H

#include <stddef.h>

#include "core/buf.h"
#include "core/doc.h"
#include "read/plaintext.h"
#include "read/source.h"

/* What the transport says about a page (a WARC record and its HTTP headers); all optional. */
typedef struct {
    const char *url;     /* WARC-Target-URI */
    const char *charset; /* from the HTTP Content-Type */
} an_web_hints;

/* Fills doc from one HTML page s[0..len) in any charset: title, authors, outlet, url,
 * published (+ _from), lang, text and paragraphs, captions, links.
 * hints may be NULL. Returns 0, or -1 when out of memory. */
int an_web_read_html(const an_read_res *r, annals_doc *doc, const char *s, size_t len,
                     const an_web_hints *hints);

/* Converts a page to valid UTF-8 (appended to out). hint is a charset label from outside
 * the page (HTTP) or NULL. `used` receives the charset label used. Returns 0 or -1. */
int an_web_to_utf8(const char *s, size_t len, const char *hint, an_buf *out, char used[40]);
/* Finds "charset=NAME" in a header or attribute value; 1 with the lower-cased name. */
int an_web_charset_param(const char *s, size_t len, char *out, size_t cap);

/* ---- WARC ---- */

/* One WARC response record with an HTML payload. Pointers stay valid until the next call. */
typedef struct {
    an_buf payload; /* the HTTP body (HTML) */
    char url[2048];
    char charset[40];
    char date[40];    /* WARC-Date (when the page was crawled), ISO 8601 */
    int http_status;
    uint64_t offset;  /* of the record's first byte in the decompressed stream */
    int resync;       /* after damage: skip lines up to the next "WARC/" version line */
} an_warc_record;

void an_warc_record_init(an_warc_record *rec);
void an_warc_record_free(an_warc_record *rec);

/* Reads records from src until a response with an HTML payload (larger than max bytes is
 * skipped with 2). Returns 1 for a record, 0 at the end, 2 for a too-large record, -1 for a
 * damaged record (msg says why; the next call goes on from the next record header found),
 * -3 when the input ends inside a record, -2 on an input error. */
int an_warc_next(an_source *src, an_warc_record *rec, size_t max, char *msg, size_t msglen);

#endif
