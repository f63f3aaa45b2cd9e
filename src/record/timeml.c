#define _GNU_SOURCE /* memmem */
/* timeml.c - TimeML in, TimeML out: the form the TempEval-3 scorer reads. The TEXT
 * characters are written back exactly as they came (entities included), so the offsets of
 * the tags are mapped from the decoded text the pipeline saw back to the raw bytes. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/buf.h"
#include "core/doc.h"
#include "core/json.h"
#include "core/utf8.h"

/* Finds the DCT: the value of the TIMEX3 whose functionInDocument is CREATION_TIME. */
static int find_dct(const char *s, size_t len, char *out, size_t cap) {
    const char *end = s + len;
    for (const char *p = s; (p = memmem(p, (size_t)(end - p), "<TIMEX3", 7)) != NULL; p += 7) {
        const char *gt = memchr(p, '>', (size_t)(end - p));
        if (!gt) return 0;
        size_t n = (size_t)(gt - p);
        if (!memmem(p, n, "CREATION_TIME", 13)) continue;
        const char *v = memmem(p, n, "value=\"", 7);
        if (!v) return 0;
        v += 7;
        const char *q = memchr(v, '"', (size_t)(gt - v));
        if (!q || (size_t)(q - v) >= cap) return 0;
        memcpy(out, v, (size_t)(q - v));
        out[q - v] = '\0';
        return 1;
    }
    return 0;
}

/* Decodes the XML entities of raw[0..len) into text, recording for every decoded byte the
 * raw offset it came from (map has len + 1 entries). */
static int decode_text(const char *raw, size_t len, an_buf *text, size_t *map) {
    static const struct {
        const char *name;
        const char *utf8;
    } named[] = {{"amp;", "&"}, {"lt;", "<"}, {"gt;", ">"}, {"quot;", "\""}, {"apos;", "'"}};
    for (size_t i = 0; i < len;) {
        size_t used = 1;
        char tmp[4];
        const char *rep = NULL;
        size_t rep_len = 0;
        if (raw[i] == '&') {
            for (size_t k = 0; k < sizeof named / sizeof *named; k++) {
                size_t n = strlen(named[k].name);
                if (i + 1 + n <= len && memcmp(raw + i + 1, named[k].name, n) == 0) {
                    rep = named[k].utf8, rep_len = 1, used = n + 1;
                    break;
                }
            }
            if (!rep && i + 2 < len && raw[i + 1] == '#') {
                char *e;
                int hex = raw[i + 2] == 'x' || raw[i + 2] == 'X';
                unsigned long cp = strtoul(raw + i + 2 + hex, &e, hex ? 16 : 10);
                size_t n = (size_t)(e - raw);
                if (n < len && *e == ';' && e > raw + i + 2 + hex && (rep_len = an_utf8_encode((uint32_t)cp, tmp)))
                    rep = tmp, used = n + 1 - i;
            }
        }
        if (!rep) rep = raw + i, rep_len = 1;
        for (size_t k = 0; k < rep_len; k++) map[text->len + k] = i;
        if (an_buf_append(text, rep, rep_len) != 0) return -1;
        i += used;
    }
    map[text->len] = len;
    return 0;
}

static void write_tag(an_buf *out, const an_timex *t, int tid) {
    static const char *const types[] = {"DATE", "TIME", "DURATION", "SET"};
    an_buf_printf(out, "<TIMEX3 tid=\"t%d\" type=\"%s\" value=\"", tid, types[t->type & 3]);
    an_json_escape(out, t->value ? t->value : "", t->value ? strlen(t->value) : 0);
    an_buf_putc(out, '"');
    if (t->mod) an_buf_printf(out, " mod=\"%s\"", t->mod);
    an_buf_putc(out, '>');
}

/* Writes raw TEXT content with the tags of doc's text expressions inserted. Expressions
 * that overlap an earlier one are left out: TimeML tags do not nest. */
static void write_tagged(an_buf *out, const char *raw, size_t raw_len, const size_t *map,
                         const annals_doc *doc) {
    size_t at = 0, last_end = 0;
    int tid = 1;
    for (size_t i = 0; i < doc->times.n; i++) {
        const an_timex *t = &doc->times.v[i];
        if (t->where != AN_WHERE_TEXT || t->start < last_end || t->end <= t->start) continue;
        size_t a = map[t->start], b = map[t->end];
        an_buf_append(out, raw + at, a - at);
        write_tag(out, t, tid++);
        an_buf_append(out, raw + a, b - a);
        an_buf_puts(out, "</TIMEX3>");
        at = b;
        last_end = t->end;
    }
    an_buf_append(out, raw + at, raw_len - at);
}

annals_status annals_timeml_tag(annals_engine *engine, const char *in, size_t len,
                                annals_write_fn write, void *ctx) {
    if (!engine || !in || !write) return ANNALS_EINVAL;
    const char *open = memmem(in, len, "<TEXT>", 6);
    const char *close = open ? memmem(open, len - (size_t)(open - in), "</TEXT>", 7) : NULL;
    if (!open || !close) return ANNALS_EFORMAT;
    const char *raw = open + 6;
    size_t raw_len = (size_t)(close - raw);
    an_buf text, out;
    an_buf_init(&text);
    an_buf_init(&out);
    size_t *map = malloc((raw_len * 4 + 1) * sizeof *map); /* a decoded byte per raw byte at most 4 */
    annals_doc *doc = an_doc_create(engine);
    annals_status st = ANNALS_ENOMEM;
    char dct[40];
    if (!map || !doc || decode_text(raw, raw_len, &text, map) != 0) goto done;
    if (annals_doc_set(doc, ANNALS_FIELD_TEXT, an_buf_cstr(&text), text.len) != ANNALS_OK) goto done;
    if (find_dct(in, (size_t)(open - in), dct, sizeof dct) &&
        annals_doc_set(doc, ANNALS_FIELD_PUBLISHED, dct, strlen(dct)) != ANNALS_OK)
        goto done;
    if (doc->text_len != text.len) { /* invalid UTF-8 was replaced: offsets would not map */
        st = ANNALS_EFORMAT;
        goto done;
    }
    st = annals_annotate(engine, doc, ANNALS_STAGE_SEGMENT | ANNALS_STAGE_TIME);
    if (st != ANNALS_OK) goto done;
    an_buf_append(&out, in, (size_t)(raw - in));
    write_tagged(&out, raw, raw_len, map, doc);
    an_buf_append(&out, close, len - (size_t)(close - in));
    st = out.failed ? ANNALS_ENOMEM : write(ctx, out.data, out.len) == 0 ? ANNALS_OK : ANNALS_EIO;
done:
    annals_doc_free(doc);
    free(map);
    an_buf_free(&text);
    an_buf_free(&out);
    return st;
}
