/* fuzz_html.c - the HTML page reader (web extraction: charset, markup, metadata, the
 * article's own text). The input is nudged until detection says HTML: NUL bytes and, when
 * they are too many, other control bytes in the part detection looks at become spaces, and
 * "<html>" goes in front of anything that would not read as a page. One page gives exactly
 * one article or one error. */
#include <stdlib.h>
#include <string.h>

#include "common.h"
#include "read/detect.h"

#define DETECT_SPAN 8192 /* what the reader looks at to detect the kind */

static annals_kind kind_of(const char *p, size_t n) {
    const char *why;
    return an_detect_kind((const unsigned char *)p, n < DETECT_SPAN ? n : DETECT_SPAN, &why);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    static const char prefix[] = "<html>";
    const size_t plen = sizeof prefix - 1;
    annals_engine *e = fz_engine(0);
    char *buf = malloc(size + plen + 1);
    if (!buf) return 0;
    memcpy(buf + plen, data, size);
    char *p = buf + plen;
    size_t n = size, head = n < DETECT_SPAN ? n : DETECT_SPAN;
    for (size_t i = 0; i < head; i++)
        if (p[i] == '\0') p[i] = ' ';
    if (kind_of(p, n) == ANNALS_KIND_UNKNOWN)
        for (size_t i = 0; i < head; i++) {
            unsigned char c = (unsigned char)p[i];
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') p[i] = ' ';
        }
    int gzip = n >= 2 && (unsigned char)p[0] == 0x1f && (unsigned char)p[1] == 0x8b;
    if (gzip || kind_of(p, n) != ANNALS_KIND_HTML) {
        p = buf;
        memcpy(p, prefix, plen);
        n += plen;
    }
    if (kind_of(p, n) != ANNALS_KIND_HTML) { /* e.g. a UTF-16 byte order mark after the prefix */
        free(buf);
        return 0;
    }

    fz_run run;
    fz_read_all(e, "fuzz.html", p, n, FZ_PLAIN, &run);
    FZ_CHECK(run.kind == ANNALS_KIND_HTML, "read as kind %d", (int)run.kind);
    FZ_CHECK(run.docs + run.errors == 1, "%zu articles and %zu errors from one page", run.docs,
             run.errors);
    fz_run_free(&run);
    free(buf);
    return 0;
}
