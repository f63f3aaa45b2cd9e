/* fuzz_gzip.c - gzip input, differentially. The input is compressed here (one to three
 * members, a level and a strategy chosen from a hash of the input) and the reader must give
 * exactly what it gives for the uncompressed bytes: the same articles, the same errors at the
 * same lines and bytes, the same end offset. Then the stream is damaged - cut inside its last
 * member, or followed by bytes that are not gzip - and the reader must hand out a prefix of
 * the same answers and end with an error. */
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#include "common.h"

static uint64_t hash(const uint8_t *p, size_t n) {
    uint64_t h = 1469598103934665603ull; /* FNV-1a */
    for (size_t i = 0; i < n; i++) h = (h ^ p[i]) * 1099511628211ull;
    return h ^ (h >> 29);
}

/* Appends one gzip member holding p[0..n) to out. */
static void gzip_member(fz_buf *out, const uint8_t *p, size_t n, int level, int strategy) {
    z_stream z;
    memset(&z, 0, sizeof z);
    FZ_CHECK(deflateInit2(&z, level, Z_DEFLATED, 16 + MAX_WBITS, 8, strategy) == Z_OK,
             "deflateInit2 level %d strategy %d", level, strategy);
    z.next_in = (Bytef *)(uintptr_t)p;
    z.avail_in = (uInt)n;
    int rc;
    do {
        unsigned char chunk[16384];
        z.next_out = chunk;
        z.avail_out = sizeof chunk;
        rc = deflate(&z, Z_FINISH);
        FZ_CHECK(rc == Z_OK || rc == Z_STREAM_END || rc == Z_BUF_ERROR, "deflate: %d", rc);
        fz_buf_add(out, chunk, sizeof chunk - z.avail_out);
    } while (rc != Z_STREAM_END);
    deflateEnd(&z);
}

/* The transcript of a damaged stream is a prefix of the full one, then one error line. (When
 * the kinds differ - a cut before a NUL byte that made the whole input binary - only the
 * final error is required.) */
static void check_damaged(const fz_run *full, const fz_run *bad, const char *how) {
    const fz_buf *t = &bad->transcript;
    FZ_CHECK(bad->errors >= 1 && t->len > 0, "%s: no error reported (%zu articles)", how,
             bad->docs);
    size_t last = t->len - 1; /* the final '\n' */
    while (last > 0 && t->data[last - 1] != '\n') last--;
    FZ_CHECK(strncmp(t->data + last, "error ", 6) == 0, "%s: the last answer is not an error: %.200s",
             how, t->data + last);
    if (bad->kind != full->kind) return;
    size_t same = 0;
    while (same < last && same < full->transcript.len && t->data[same] == full->transcript.data[same])
        same++;
    FZ_CHECK(same == last, "%s: the answers before the damage differ from those of the whole "
             "input at byte %zu:\n  damaged: %.300s\n  whole:   %.300s", how, same,
             t->data + same, full->transcript.data + same);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size >= 2 && data[0] == 0x1f && data[1] == 0x8b) return 0; /* already gzip */
    annals_engine *e = fz_engine(0);
    uint64_t h = hash(data, size);
    static const int strategies[] = {Z_DEFAULT_STRATEGY, Z_FILTERED, Z_HUFFMAN_ONLY, Z_RLE,
                                     Z_FIXED};
    int level = (int)(h % 10);
    int strategy = strategies[(h >> 8) % 5];
    size_t members = 1 + (size_t)((h >> 16) % 3);

    fz_buf gz = {0};
    size_t last_member = 0, from = 0;
    for (size_t m = 0; m < members; m++) {
        size_t to = m + 1 == members ? size : from + (size - from) * ((h >> (24 + 4 * m)) % 8) / 8;
        last_member = gz.len;
        gzip_member(&gz, data + from, to - from, level, strategy);
        from = to;
    }

    fz_run plain, zipped;
    fz_read_all(e, "fuzz.gz", data, size, FZ_PLAIN, &plain);
    fz_read_all(e, "fuzz.gz", gz.data, gz.len, 0, &zipped);
    FZ_CHECK(plain.kind == zipped.kind, "kind %d plain, %d gzip", (int)plain.kind,
             (int)zipped.kind);
    FZ_CHECK(plain.bytes == zipped.bytes, "end at byte %llu plain, %llu gzip",
             (unsigned long long)plain.bytes, (unsigned long long)zipped.bytes);
    FZ_CHECK(plain.transcript.len == zipped.transcript.len &&
                 memcmp(plain.transcript.data, zipped.transcript.data, plain.transcript.len) == 0,
             "gzip changes the answers (%zu articles, %zu errors plain; %zu, %zu gzip)",
             plain.docs, plain.errors, zipped.docs, zipped.errors);

    /* Cut inside the last member (a cut between members leaves a valid stream). */
    size_t cut = last_member + 1 + (size_t)((h >> 40) % (gz.len - last_member - 1));
    fz_run bad;
    fz_read_all(e, "fuzz.gz", gz.data, cut, 0, &bad);
    check_damaged(&plain, &bad, "a gzip stream cut short");
    fz_run_free(&bad);

    /* Bytes after the last member that are not another member. */
    fz_buf_add(&gz, "trailing garbage\n", 17);
    fz_read_all(e, "fuzz.gz", gz.data, gz.len, 0, &bad);
    check_damaged(&plain, &bad, "a gzip stream with trailing garbage");
    fz_run_free(&bad);

    fz_run_free(&plain);
    fz_run_free(&zipped);
    fz_buf_free(&gz);
    return 0;
}
