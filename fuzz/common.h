/* common.h - what the fuzz targets share: one engine per process, a reader loop that checks
 * the reader's contract, and the invariants every article record must keep. A broken
 * invariant prints what broke and calls abort(), which libFuzzer reports as a crash (with
 * the input saved). Only the public API (include/annals.h) is used, plus jansson to parse
 * back the JSON records the library writes. */
#ifndef FZ_COMMON_H
#define FZ_COMMON_H

#include <stddef.h>
#include <stdint.h>

#include "annals.h"

/* The libFuzzer entry point each target defines. */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* A growing byte buffer; running out of memory aborts (the fuzzer's RSS limit is the bound). */
typedef struct {
    char *data;
    size_t len, cap;
} fz_buf;

void fz_buf_add(fz_buf *b, const void *p, size_t n);
void fz_buf_addf(fz_buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void fz_buf_free(fz_buf *b);

/* Prints "fuzz invariant broken at FILE:LINE: COND: message" to stderr and aborts. */
_Noreturn void fz_fail(const char *file, int line, const char *cond, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
#define FZ_CHECK(cond, ...) \
    ((cond) ? (void)0 : fz_fail(__FILE__, __LINE__, #cond, __VA_ARGS__))

/* The process's engine, opened on the first call (max_article_bytes 0 = the default).
 * It is never closed: a static pointer keeps it reachable, so LeakSanitizer is quiet. */
annals_engine *fz_engine(size_t max_article_bytes);

/* Byte offset of the first invalid UTF-8 sequence in s[0..len), or len when it is valid
 * (strict: no overlong forms, no surrogates, nothing above U+10FFFF). */
size_t fz_utf8_check(const char *s, size_t len);

/* What one reader run did. */
typedef struct {
    annals_kind kind;
    size_t docs, errors, calls;
    uint64_t bytes;        /* annals_reader_bytes at the end */
    fz_buf transcript;     /* one entry a call: the error, or the article's JSON record */
    size_t last_doc_end;   /* transcript length after the last article (prefix checks) */
} fz_run;

enum {
    FZ_PLAIN = 1u << 0 /* the input is not gzip: error bytes and the end offset are bounded by it */
};

/* Reads data[0..len) through a memory reader called `name` until ANNALS_DONE, checking the
 * reader contract on every call; every article is annotated with ANNALS_STAGE_ALL, checked
 * with fz_check_doc and freed. */
void fz_read_all(annals_engine *e, const char *name, const void *data, size_t len, unsigned flags,
                 fz_run *run);
void fz_run_free(fz_run *run);

/* Checks every invariant of a document (annotated or not: `annotated` says which) and
 * appends its JSON record (written with ANNALS_JSON_SENTENCES) to json when json is not NULL. */
void fz_check_doc(annals_engine *e, annals_doc *doc, int annotated, fz_buf *json);

/* Writes the fuzzer's bytes into a memory file, for options that take a file name (the
 * dictionaries); its /proc path goes to path. Returns the descriptor, to close. */
int fz_memfile(const uint8_t *data, size_t size, const char *name, char path[64]);

/* Annotates text (published on the date given) with every stage and checks the record. */
void fz_annotate_text(annals_engine *e, const char *text, const char *published);

#endif
