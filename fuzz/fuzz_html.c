/* fuzz_html.c - the HTML reader: charset detection and conversion, libxml2's HTML parser,
 * the walk, main-content extraction and metadata. A "<html>" prefix makes detection say
 * HTML whatever follows; one page gives exactly one article or one error, and every record
 * keeps the invariants fz_check_doc knows (valid UTF-8, offsets inside their strings). */
#include <stdlib.h>
#include <string.h>

#include "common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    static const char prefix[] = "<html>";
    annals_engine *e = fz_engine(0);
    char *buf = malloc(size + sizeof prefix);
    if (!buf) return 0;
    memcpy(buf, prefix, sizeof prefix - 1);
    memcpy(buf + sizeof prefix - 1, data, size);
    size_t n = size + sizeof prefix - 1;
    for (size_t i = 0; i < n && i < 8192; i++) /* detection refuses NUL bytes as binary */
        if (buf[i] == '\0') buf[i] = ' ';

    fz_run run;
    fz_read_all(e, "fuzz.html", buf, n, FZ_PLAIN, &run);
    if (run.kind == ANNALS_KIND_HTML)
        FZ_CHECK(run.docs + run.errors == 1, "%zu articles and %zu errors from one page", run.docs,
                 run.errors);
    fz_run_free(&run);
    free(buf);
    return 0;
}
