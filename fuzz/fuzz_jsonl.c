/* fuzz_jsonl.c - the JSON Lines reader. Each input is made a JSON Lines stream: '{' goes in
 * front when the first non-blank byte is not one, and control bytes in the part detection
 * looks at become spaces (raw control bytes are never valid JSON anyway). The engine refuses
 * lines over 16 KiB, so the skip-a-long-line path is fuzzed too. Every non-blank line gives
 * exactly one article or one error, in line order, and the whole input is consumed. */
#include <stdlib.h>
#include <string.h>

#include "common.h"

#define DETECT_SPAN 8192
#define MAX_LINE (16u << 10)

static int blank_line(const char *s, size_t n) {
    for (size_t i = 0; i < n; i++)
        if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r') return 0;
    return 1;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    annals_engine *e = fz_engine(MAX_LINE);
    char *buf = malloc(size + 1);
    if (!buf) return 0;
    memcpy(buf + 1, data, size);
    char *p = buf + 1;
    size_t n = size, head = n < DETECT_SPAN ? n : DETECT_SPAN;
    for (size_t i = 0; i < head; i++) {
        unsigned char c = (unsigned char)p[i];
        if (c < 0x20 && c != '\n' && c != '\r' && c != '\t') p[i] = ' ';
    }
    size_t lead = 0;
    if (n >= 3 && memcmp(p, "\xef\xbb\xbf", 3) == 0) lead = 3; /* a BOM is skipped */
    while (lead < n && (p[lead] == ' ' || p[lead] == '\t' || p[lead] == '\r' || p[lead] == '\n'))
        lead++;
    if (lead == n || p[lead] != '{') {
        p = buf;
        p[0] = '{';
        n++;
    }

    size_t lines = 0;
    for (size_t i = 0; i < n;) {
        const char *nl = memchr(p + i, '\n', n - i);
        size_t end = nl ? (size_t)(nl - p) : n;
        lines += !blank_line(p + i, end - i);
        i = end + 1;
    }

    fz_run run;
    fz_read_all(e, "fuzz.jsonl", p, n, FZ_PLAIN, &run);
    FZ_CHECK(run.kind == ANNALS_KIND_JSONL, "read as kind %d", (int)run.kind);
    FZ_CHECK(run.docs + run.errors == lines, "%zu articles and %zu errors from %zu lines",
             run.docs, run.errors, lines);
    fz_run_free(&run);
    free(buf);
    return 0;
}
