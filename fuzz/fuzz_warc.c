/* fuzz_warc.c - the WARC reader: record headers, Content-Length, skipping non-response
 * records, HTTP status and headers, chunked and gzip bodies, then the HTML reader on each
 * payload. The input follows a "WARC/1.0" line so detection says WARC; the last byte
 * chooses whether the whole is also gzip-compressed (a .warc.gz member). */
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#include "common.h"

static size_t gzip_into(const char *in, size_t n, char **out) {
    z_stream z;
    memset(&z, 0, sizeof z);
    if (deflateInit2(&z, 1, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK) return 0;
    size_t cap = deflateBound(&z, (uLong)n) + 64;
    *out = malloc(cap);
    if (!*out) return deflateEnd(&z), 0;
    z.next_in = (Bytef *)in;
    z.avail_in = (uInt)n;
    z.next_out = (Bytef *)*out;
    z.avail_out = (uInt)cap;
    deflate(&z, Z_FINISH);
    size_t len = cap - z.avail_out;
    deflateEnd(&z);
    return len;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    static const char prefix[] = "WARC/1.0\r\n";
    annals_engine *e = fz_engine(1 << 20);
    int compress = size > 0 && (data[size - 1] & 1);
    char *buf = malloc(size + sizeof prefix);
    if (!buf) return 0;
    memcpy(buf, prefix, sizeof prefix - 1);
    memcpy(buf + sizeof prefix - 1, data, size);
    size_t n = size + sizeof prefix - 1;

    fz_run run;
    if (compress) {
        char *gz = NULL;
        size_t gn = gzip_into(buf, n, &gz);
        if (gn) fz_read_all(e, "fuzz.warc.gz", gz, gn, 0, &run);
        free(gz);
        if (!gn) {
            free(buf);
            return 0;
        }
    } else {
        fz_read_all(e, "fuzz.warc", buf, n, FZ_PLAIN, &run);
    }
    FZ_CHECK(run.kind == ANNALS_KIND_WARC || run.errors > 0, "read as kind %d", (int)run.kind);
    fz_run_free(&run);
    free(buf);
    return 0;
}
