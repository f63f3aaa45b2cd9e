/* fuzz_text.c - the plain-text reader. The kind of an input is found from its content, so the
 * input is nudged until detection says plain text: NUL bytes and, when they are too many,
 * other control bytes in the part detection looks at become spaces, and a no-break space
 * goes in front of what would read as JSON, HTML, WARC, gzip or a known binary format.
 * A plain-text input gives exactly one article or one error. */
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
    annals_engine *e = fz_engine(0);
    char *buf = malloc(size + 3);
    if (!buf) return 0;
    memcpy(buf + 2, data, size);
    char *p = buf + 2;
    size_t n = size, head = n < DETECT_SPAN ? n : DETECT_SPAN;
    for (size_t i = 0; i < head; i++)
        if (p[i] == '\0') p[i] = ' ';
    if (kind_of(p, n) == ANNALS_KIND_UNKNOWN)
        for (size_t i = 0; i < head; i++) {
            unsigned char c = (unsigned char)p[i];
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') p[i] = ' ';
        }
    int gzip = n >= 2 && (unsigned char)p[0] == 0x1f && (unsigned char)p[1] == 0x8b;
    if (gzip || kind_of(p, n) != ANNALS_KIND_TEXT) {
        p = buf;
        p[0] = (char)0xc2, p[1] = (char)0xa0; /* U+00A0 */
        n += 2;
    }
    FZ_CHECK(kind_of(p, n) == ANNALS_KIND_TEXT, "the input could not be made plain text%s", "");

    fz_run run;
    fz_read_all(e, "fuzz.txt", p, n, FZ_PLAIN, &run);
    FZ_CHECK(run.kind == ANNALS_KIND_TEXT, "read as kind %d", (int)run.kind);
    FZ_CHECK(run.docs + run.errors == 1, "%zu articles and %zu errors from one text", run.docs,
             run.errors);
    fz_run_free(&run);
    free(buf);
    return 0;
}
