/* reader.c - annals_reader: one input, detected by content, read as a stream of articles.
 * A bad record costs that record only; a damaged stream ends the input with an error that
 * says where, after every article before the damage was handed out. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "api/engine.h"
#include "core/buf.h"
#include "core/doc.h"
#include "core/utf8.h"
#include "read/detect.h"
#include "read/jsonl.h"
#include "read/source.h"
#include "web/web.h"

#define DETECT_BYTES 8192

struct annals_reader {
    annals_engine *engine;
    an_source src;
    char *name;
    annals_kind kind;
    int detected, done;
    uint64_t line;
    an_buf buf, clean;
    an_warc_record *warc; /* the current WARC record, for WARC input */
    annals_error err;
    char msg[256];
};

static annals_status reader_create(annals_engine *e, const char *name, annals_reader **out) {
    *out = NULL;
    if (!e || !name) return ANNALS_EINVAL;
    annals_reader *r = calloc(1, sizeof *r);
    if (!r) return ANNALS_ENOMEM;
    r->engine = e;
    r->name = strdup(name);
    if (!r->name) {
        free(r);
        return ANNALS_ENOMEM;
    }
    an_buf_init(&r->buf);
    an_buf_init(&r->clean);
    *out = r;
    return ANNALS_OK;
}

annals_status annals_reader_open(annals_engine *e, const char *path, annals_reader **out) {
    annals_status st = reader_create(e, path, out);
    if (st != ANNALS_OK) return st;
    an_source_open_path(&(*out)->src, path);
    return ANNALS_OK; /* an open error is reported by the first annals_reader_next */
}

annals_status annals_reader_open_memory(annals_engine *e, const char *name, const void *data,
                                        size_t len, annals_reader **out) {
    annals_status st = reader_create(e, name ? name : "(memory)", out);
    if (st != ANNALS_OK) return st;
    an_source_open_memory(&(*out)->src, data, len);
    return ANNALS_OK;
}

void annals_reader_close(annals_reader *r) {
    if (!r) return;
    an_source_close(&r->src);
    an_buf_free(&r->buf);
    an_buf_free(&r->clean);
    if (r->warc) an_warc_record_free(r->warc);
    free(r->warc);
    free(r->name);
    free(r);
}

const annals_error *annals_reader_error(const annals_reader *r) { return r ? &r->err : NULL; }
annals_kind annals_reader_kind(const annals_reader *r) { return r ? r->kind : ANNALS_KIND_UNKNOWN; }
uint64_t annals_reader_bytes(const annals_reader *r) { return r ? an_source_offset(&r->src) : 0; }

static annals_status fail(annals_reader *r, annals_status st, uint64_t line, uint64_t byte,
                          const char *msg) {
    r->err.status = st;
    r->err.file = r->name;
    r->err.line = line;
    r->err.byte = byte;
    an_utf8_copy(r->msg, sizeof r->msg, msg); /* parsers quote input: keep it valid UTF-8 */
    r->err.message = r->msg;
    return st;
}

/* The input itself failed (cannot open, read error, damaged gzip): nothing more to read. */
static annals_status fail_source(annals_reader *r) {
    r->done = 1;
    return fail(r, r->src.status, 0, r->src.error_byte, r->src.message);
}

static annals_status detect(annals_reader *r) {
    r->detected = 1;
    size_t avail = an_source_fill(&r->src, DETECT_BYTES);
    if (r->src.status != ANNALS_OK && avail == 0) return fail_source(r);
    const char *why;
    r->kind = an_detect_kind(an_source_peek(&r->src, &avail), avail, &why);
    char msg[200];
    switch (r->kind) {
    case ANNALS_KIND_UNKNOWN:
        r->done = 1;
        snprintf(msg, sizeof msg, "%s: not an article", why);
        return fail(r, ANNALS_EFORMAT, 0, 0, msg);
    case ANNALS_KIND_WARC:
        r->warc = malloc(sizeof *r->warc);
        if (!r->warc) return r->done = 1, fail(r, ANNALS_ENOMEM, 0, 0, "out of memory");
        an_warc_record_init(r->warc);
        return ANNALS_OK;
    default:
        return ANNALS_OK;
    }
}

static annals_status new_doc(annals_reader *r, annals_doc **out) {
    *out = an_doc_create(r->engine);
    return *out ? ANNALS_OK : fail(r, ANNALS_ENOMEM, r->line, 0, "out of memory");
}

static int set_source(annals_doc *doc, const char *name, uint64_t line) {
    char tmp[48];
    an_buf b;
    an_buf_init(&b);
    an_buf_puts(&b, name);
    if (line) {
        snprintf(tmp, sizeof tmp, ":%llu", (unsigned long long)line);
        an_buf_puts(&b, tmp);
    }
    int rc = b.failed ? -1 : an_doc_set_field(doc, ANNALS_FIELD_SOURCE, b.data, b.len);
    an_buf_free(&b);
    return rc;
}

/* What every article gets once read: a language, an id, where it came from. */
static int finish_doc(annals_reader *r, annals_doc *doc, uint64_t line) {
    if (!doc->field[ANNALS_FIELD_LANG]) {
        const char *lang = an_lang_detect(&r->engine->lang, doc->field[ANNALS_FIELD_TEXT] ?
                                          doc->field[ANNALS_FIELD_TEXT] : "", doc->text_len);
        if (lang && an_doc_set_field(doc, ANNALS_FIELD_LANG, lang, strlen(lang)) != 0) return -1;
    }
    return an_doc_assign_id(doc) == 0 && set_source(doc, r->name, line) == 0 ? 0 : -1;
}

static annals_status next_text(annals_reader *r, annals_doc **out) {
    r->done = 1; /* one article a file */
    size_t max = r->engine->opts.max_article_bytes;
    int rc = an_source_rest(&r->src, &r->buf, max);
    if (rc < 0) return fail_source(r);
    if (rc == 2) {
        char msg[96];
        snprintf(msg, sizeof msg, "article larger than the limit of %zu bytes", max);
        return fail(r, ANNALS_ETOOBIG, 0, max, msg);
    }
    an_buf_clear(&r->clean);
    if (an_utf8_repair(&r->clean, r->buf.data ? r->buf.data : "", r->buf.len) < 0)
        return fail(r, ANNALS_ENOMEM, 0, 0, "out of memory");
    annals_status st = new_doc(r, out);
    if (st != ANNALS_OK) return st;
    if (an_read_plaintext(&r->engine->read, *out, an_buf_cstr(&r->clean), r->clean.len) != 0 ||
        finish_doc(r, *out, 0) != 0) {
        annals_doc_free(*out);
        *out = NULL;
        return fail(r, ANNALS_ENOMEM, 0, 0, "out of memory");
    }
    if ((*out)->text_len == 0 && (*out)->captions.n == 0) {
        annals_doc_free(*out);
        *out = NULL;
        return fail(r, ANNALS_EFORMAT, 0, 0, "no article text found");
    }
    return ANNALS_OK;
}

/* One HTML page a file: the bytes go to the web extractor as they are (it finds the
 * charset). */
static annals_status next_html(annals_reader *r, annals_doc **out) {
    r->done = 1;
    size_t max = r->engine->opts.max_article_bytes;
    int rc = an_source_rest(&r->src, &r->buf, max);
    if (rc < 0) return fail_source(r);
    if (rc == 2) {
        char msg[96];
        snprintf(msg, sizeof msg, "page larger than the limit of %zu bytes", max);
        return fail(r, ANNALS_ETOOBIG, 0, max, msg);
    }
    annals_status st = new_doc(r, out);
    if (st != ANNALS_OK) return st;
    if (an_web_read_html(&r->engine->read, *out, r->buf.data ? r->buf.data : "", r->buf.len,
                         NULL) != 0 ||
        finish_doc(r, *out, 0) != 0) {
        annals_doc_free(*out);
        *out = NULL;
        return fail(r, ANNALS_ENOMEM, 0, 0, "out of memory");
    }
    return ANNALS_OK;
}

/* A WARC file is a stream of pages: one article per response record with an HTML
 * payload; `line` counts those records. */
static annals_status next_warc(annals_reader *r, annals_doc **out) {
    char msg[200];
    int rc = an_warc_next(&r->src, r->warc, r->engine->opts.max_article_bytes, msg, sizeof msg);
    if (rc == 0) return r->done = 1, ANNALS_DONE;
    if (rc == -2) return fail_source(r);
    if (rc == -1 || rc == -3) {
        r->done = rc == -3; /* cut short: nothing follows; damaged: the next record is looked for */
        return fail(r, ANNALS_EFORMAT, 0, r->warc->offset, msg);
    }
    r->line++;
    if (rc == 2) return fail(r, ANNALS_ETOOBIG, r->line, r->warc->offset, msg);
    annals_status st = new_doc(r, out);
    if (st != ANNALS_OK) return st;
    an_web_hints hints = {r->warc->url, r->warc->charset[0] ? r->warc->charset : NULL};
    an_buf *pl = &r->warc->payload;
    if (an_web_read_html(&r->engine->read, *out, pl->data ? pl->data : "", pl->len, &hints) != 0 ||
        finish_doc(r, *out, r->line) != 0) {
        annals_doc_free(*out);
        *out = NULL;
        return fail(r, ANNALS_ENOMEM, r->line, r->warc->offset, "out of memory");
    }
    return ANNALS_OK;
}

static int blank(const char *s, size_t n) {
    for (size_t i = 0; i < n; i++)
        if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r') return 0;
    return 1;
}

static annals_status next_jsonl(annals_reader *r, annals_doc **out) {
    size_t max = r->engine->opts.max_article_bytes;
    for (;;) {
        uint64_t at = an_source_offset(&r->src);
        int rc = an_source_line(&r->src, &r->buf, max);
        if (rc == 0) return r->done = 1, ANNALS_DONE;
        if (rc < 0) return fail_source(r);
        r->line++;
        if (rc == 2) {
            char msg[96];
            snprintf(msg, sizeof msg, "line longer than the limit of %zu bytes: skipped", max);
            return fail(r, ANNALS_ETOOBIG, r->line, at, msg);
        }
        if (blank(r->buf.data, r->buf.len)) continue;
        annals_status st = new_doc(r, out);
        if (st != ANNALS_OK) return st;
        char msg[200];
        st = an_read_jsonl(&r->engine->read, *out, r->buf.data, r->buf.len, msg, sizeof msg);
        if (st == ANNALS_OK && finish_doc(r, *out, r->line) != 0)
            st = ANNALS_ENOMEM, snprintf(msg, sizeof msg, "out of memory");
        if (st != ANNALS_OK) {
            annals_doc_free(*out);
            *out = NULL;
            return fail(r, st, r->line, at, msg);
        }
        return ANNALS_OK;
    }
}

annals_status annals_reader_next(annals_reader *r, annals_doc **out) {
    if (!r || !out) return ANNALS_EINVAL;
    *out = NULL;
    memset(&r->err, 0, sizeof r->err);
    if (r->done) return ANNALS_DONE;
    if (r->src.status != ANNALS_OK) return fail_source(r);
    if (!r->detected) {
        annals_status st = detect(r);
        if (st != ANNALS_OK) return st;
    }
    switch (r->kind) {
    case ANNALS_KIND_JSONL: return next_jsonl(r, out);
    case ANNALS_KIND_HTML: return next_html(r, out);
    case ANNALS_KIND_WARC: return next_warc(r, out);
    default: return next_text(r, out);
    }
}
