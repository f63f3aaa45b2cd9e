/* fts.c - the full-text index holds one document an article: its sentences in order, one
 * a line. One document an article costs FTS5 a third less work than a row a sentence, and
 * one statement instead of one a sentence. A search still asks for sentences holding all
 * the words: the article's first sentence row keeps where each sentence begins, in tokens
 * of the document (`breaks`, a JSON array), and these functions tell from the phrases'
 * positions which sentences hold every phrase. The document's rowid is its first
 * sentence's id; an article's sentences have consecutive ids, so sentence k is rowid + k.
 *
 *   an_hits(articles_fts, breaks)              JSON array of the ids of the sentences
 *                                              holding every phrase of the query, or NULL
 *   an_snippet(articles_fts, id, text, breaks) the text of sentence id with the query's
 *                                              words in [brackets], cut to 24 words */
#include <stdlib.h>
#include <string.h>

#include "core/buf.h"
#include "store/store.h"

#define SNIPPET_TOKENS 24

/* Where each sentence begins and, for each, which phrases it holds (a bit each; a query
 * of more than 63 phrases is decided on its first 63). */
typedef struct {
    int *brk;
    int nbrk;
    uint64_t *mask;
} hits;

static void hits_free(hits *h) {
    free(h->brk);
    free(h->mask);
}

/* The sentence holding token position off: the last that begins at or before it. */
static int sentence_at(const hits *h, int off) {
    int lo = 0, hi = h->nbrk; /* the first sentence beginning after off */
    while (lo < hi) {
        int mid = (lo + hi) / 2;
        if (h->brk[mid] <= off) lo = mid + 1;
        else hi = mid;
    }
    return lo - 1;
}

/* Parses breaks (a JSON array of numbers) and reads the phrases' positions; 0, or an
 * SQLite error code. A phrase across two sentences counts for neither. */
static int hits_read(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_value *breaks, hits *h) {
    memset(h, 0, sizeof *h);
    const char *p = (const char *)sqlite3_value_text(breaks);
    if (!p) return SQLITE_OK;
    int cap = 0;
    for (; *p; p++) {
        if (*p < '0' || *p > '9') continue;
        if (h->nbrk == cap) {
            cap = cap ? 2 * cap : 64;
            int *v = realloc(h->brk, (size_t)cap * sizeof *v);
            if (!v) return SQLITE_NOMEM;
            h->brk = v;
        }
        /* digits by hand: strtol's locale made it a sixth of a timeline of words */
        int v = 0;
        for (; *p >= '0' && *p <= '9'; p++) v = v * 10 + (*p - '0');
        h->brk[h->nbrk++] = v;
        p--;
    }
    if (!h->nbrk) return SQLITE_OK;
    h->mask = calloc((size_t)h->nbrk, sizeof *h->mask);
    if (!h->mask) return SQLITE_NOMEM;
    int nphrase = api->xPhraseCount(fts);
    Fts5PhraseIter it;
    int col, off;
    for (int ph = 0; ph < nphrase && ph < 63; ph++) {
        int size = api->xPhraseSize(fts, ph);
        for (api->xPhraseFirst(fts, ph, &it, &col, &off); off >= 0; api->xPhraseNext(fts, &it, &col, &off)) {
            int k = sentence_at(h, off);
            if (k >= 0 && (size <= 1 || sentence_at(h, off + size - 1) == k))
                h->mask[k] |= (uint64_t)1 << ph;
        }
    }
    return SQLITE_OK;
}

static uint64_t all_phrases(const Fts5ExtensionApi *api, Fts5Context *fts) {
    int n = api->xPhraseCount(fts);
    if (n > 63) n = 63;
    return n <= 0 ? 0 : ((uint64_t)1 << n) - 1;
}

static void fts_hits(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *ctx,
                     int nval, sqlite3_value **val) {
    if (nval != 1) {
        sqlite3_result_error(ctx, "an_hits: one argument, the breaks of the document", -1);
        return;
    }
    hits h;
    int rc = hits_read(api, fts, val[0], &h);
    if (rc != SQLITE_OK) {
        hits_free(&h);
        sqlite3_result_error_code(ctx, rc);
        return;
    }
    uint64_t all = all_phrases(api, fts);
    sqlite3_int64 first = api->xRowid(fts);
    an_buf out;
    an_buf_init(&out);
    for (int k = 0; all && k < h.nbrk; k++)
        if ((h.mask[k] & all) == all)
            an_buf_printf(&out, "%c%lld", out.len ? ',' : '[', (long long)(first + k));
    hits_free(&h);
    if (!out.len) {
        sqlite3_result_null(ctx);
    } else {
        an_buf_putc(&out, ']');
        sqlite3_result_text(ctx, out.data, (int)out.len, SQLITE_TRANSIENT);
    }
    an_buf_free(&out);
}

/* The tokens of a sentence's text: their byte spans, and whether each is a hit. */
typedef struct {
    int (*span)[2];
    unsigned char *hit;
    int n, cap;
} tokens;

static int token_cb(void *ctx, int flags, const char *tok, int ntok, int start, int end) {
    (void)tok, (void)ntok;
    tokens *t = ctx;
    if (flags & FTS5_TOKEN_COLOCATED) return SQLITE_OK; /* shares the previous position */
    if (t->n == t->cap) {
        int cap = t->cap ? 2 * t->cap : 64;
        int (*span)[2] = realloc(t->span, (size_t)cap * sizeof *span);
        if (!span) return SQLITE_NOMEM;
        t->span = span;
        unsigned char *hit = realloc(t->hit, (size_t)cap);
        if (!hit) return SQLITE_NOMEM;
        t->hit = hit;
        t->cap = cap;
    }
    t->span[t->n][0] = start, t->span[t->n][1] = end;
    t->hit[t->n++] = 0;
    return SQLITE_OK;
}

/* The window of SNIPPET_TOKENS tokens holding the most hits, first such from the start. */
static int best_window(const tokens *t) {
    if (t->n <= SNIPPET_TOKENS) return 0;
    int best = 0, most = -1;
    for (int s = 0; s + SNIPPET_TOKENS <= t->n; s++) {
        int c = 0;
        for (int i = s; i < s + SNIPPET_TOKENS; i++) c += t->hit[i];
        if (c > most) most = c, best = s;
    }
    /* a few words before the first hit, when the window can hold them */
    int first = best;
    while (first < best + SNIPPET_TOKENS && !t->hit[first]) first++;
    if (first == best && best > 0) {
        int back = best >= 3 ? 3 : best, tail = 0;
        for (int i = best + SNIPPET_TOKENS - back; i < best + SNIPPET_TOKENS; i++) tail += t->hit[i];
        if (!tail) best -= back;
    }
    return best;
}

static void fts_snippet(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *ctx,
                        int nval, sqlite3_value **val) {
    if (nval != 3) {
        sqlite3_result_error(ctx, "an_snippet: a sentence id, its text, the document's breaks", -1);
        return;
    }
    const char *text = (const char *)sqlite3_value_text(val[1]);
    int len = sqlite3_value_bytes(val[1]);
    if (!text) {
        sqlite3_result_null(ctx);
        return;
    }
    hits h;
    tokens t = {0};
    int rc = hits_read(api, fts, val[2], &h);
    int k = (int)(sqlite3_value_int64(val[0]) - api->xRowid(fts));
    if (rc == SQLITE_OK) rc = api->xTokenize(fts, text, len, &t, token_cb);
    if (rc == SQLITE_OK && k >= 0 && k < h.nbrk) {
        /* each phrase's positions within sentence k, as token numbers of its text */
        int base = h.brk[k], nphrase = api->xPhraseCount(fts);
        Fts5PhraseIter it;
        int col, off;
        for (int p = 0; p < nphrase; p++) {
            int size = api->xPhraseSize(fts, p);
            for (api->xPhraseFirst(fts, p, &it, &col, &off); off >= 0; api->xPhraseNext(fts, &it, &col, &off))
                for (int i = off - base; i < off - base + size; i++)
                    if (i >= 0 && i < t.n) t.hit[i] = 1;
        }
    }
    if (rc != SQLITE_OK) {
        hits_free(&h);
        free(t.span), free(t.hit);
        sqlite3_result_error_code(ctx, rc);
        return;
    }
    an_buf out;
    an_buf_init(&out);
    int from = best_window(&t), to = t.n < from + SNIPPET_TOKENS ? t.n : from + SNIPPET_TOKENS;
    /* the whole text when it fits; else the window's words, with "..." where it was cut */
    int at = from > 0 ? t.span[from][0] : 0;
    if (from > 0) an_buf_puts(&out, "...");
    for (int i = from; i < to; i++) {
        an_buf_append(&out, text + at, (size_t)(t.span[i][0] - at));
        if (t.hit[i]) an_buf_putc(&out, '[');
        an_buf_append(&out, text + t.span[i][0], (size_t)(t.span[i][1] - t.span[i][0]));
        if (t.hit[i]) an_buf_putc(&out, ']');
        at = t.span[i][1];
    }
    if (to < t.n) an_buf_puts(&out, "...");
    else an_buf_append(&out, text + at, (size_t)(len - at));
    sqlite3_result_text(ctx, out.len ? out.data : "", (int)out.len, SQLITE_TRANSIENT);
    an_buf_free(&out);
    hits_free(&h);
    free(t.span), free(t.hit);
}

/* ---- writing a document ----------------------------------------------------------------- */


static int count_cb(void *ctx, int flags, const char *tok, int ntok, int start, int end) {
    (void)tok, (void)ntok, (void)start, (void)end;
    if (!(flags & FTS5_TOKEN_COLOCATED)) ++*(int *)ctx;
    return SQLITE_OK;
}

static fts5_api *fts5_of(sqlite3 *db);

/* The tokenizer the index uses, without the stemmer (it keeps the count of tokens). */
static int tokenizer(annals_store *s) {
    if (s->fts_tok) return 0;
    fts5_api *api = fts5_of(s->db);
    void *ud = NULL;
    const char *args[] = {"remove_diacritics", "2"}; /* as the table declares */
    if (!api || api->xFindTokenizer(api, "unicode61", &ud, &s->fts_tok_api) != SQLITE_OK ||
        s->fts_tok_api.xCreate(ud, args, 2, &s->fts_tok) != SQLITE_OK) {
        s->fts_tok = NULL;
        an_store_fail(s, ANNALS_EIO, "the full-text tokenizer is missing");
        return -1;
    }
    return 0;
}

void an_fts_doc_init(an_fts_doc *d) {
    an_buf_init(&d->text);
    an_buf_init(&d->breaks);
    d->tokens = 0;
}

void an_fts_doc_free(an_fts_doc *d) {
    an_buf_free(&d->text);
    an_buf_free(&d->breaks);
}

int an_fts_doc_add(annals_store *s, an_fts_doc *d, const char *txt, size_t n) {
    if (tokenizer(s) != 0) return -1;
    an_buf_printf(&d->breaks, "%c%d", d->breaks.len ? ',' : '[', d->tokens);
    if (d->text.len) an_buf_putc(&d->text, '\n');
    an_buf_append(&d->text, txt, n);
    if (s->fts_tok_api.xTokenize(s->fts_tok, &d->tokens, FTS5_TOKENIZE_DOCUMENT, txt, (int)n,
                                 count_cb) != SQLITE_OK)
        return an_store_fail(s, ANNALS_EIO, "tokenizing a sentence"), -1;
    return 0;
}

const char *an_fts_doc_breaks(an_fts_doc *d) {
    if (!d->breaks.len) return NULL;
    an_buf_putc(&d->breaks, ']');
    return an_buf_cstr(&d->breaks);
}

int an_fts_doc_write(annals_store *s, an_fts_doc *d, int64_t first) {
    sqlite3_stmt *q = an_store_stmt(s, ST_FTS_INSERT);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, first);
    sqlite3_bind_text(q, 2, an_buf_cstr(&d->text), (int)d->text.len, SQLITE_STATIC);
    int rc = sqlite3_step(q);
    sqlite3_reset(q); /* it binds our buffer */
    if (rc == SQLITE_DONE) return 0;
    an_store_sqlfail(s, "indexing the sentences");
    return -1;
}

void an_fts_close(annals_store *s) {
    if (s->fts_tok) s->fts_tok_api.xDelete(s->fts_tok);
    s->fts_tok = NULL;
}

/* A store whose index had a row a sentence: a document an article from the sentences'
 * texts, their breaks on each first sentence, then the old index goes. */
int an_fts_migrate(annals_store *s) {
    if (an_store_exec(s, "ALTER TABLE sentences ADD COLUMN breaks TEXT;") != 0) return -1;
    sqlite3_stmt *rd = NULL, *up = NULL;
    if (sqlite3_prepare_v2(s->db, "SELECT s.id, s.article_id, coalesce(t.text, '') FROM sentences s"
                                  " JOIN sentence_texts t ON t.id = s.id ORDER BY s.id", -1, &rd,
                           NULL) != SQLITE_OK ||
        sqlite3_prepare_v2(s->db, "UPDATE sentences SET breaks = ?2 WHERE id = ?1", -1, &up,
                           NULL) != SQLITE_OK) {
        sqlite3_finalize(rd);
        return an_store_sqlfail(s, "rebuilding the full-text index"), -1;
    }
    an_fts_doc d;
    an_fts_doc_init(&d);
    int64_t first = 0, article = 0;
    int rc = 0, step;
    while (rc == 0) {
        step = sqlite3_step(rd);
        int64_t id = step == SQLITE_ROW ? sqlite3_column_int64(rd, 0) : 0;
        int64_t art = step == SQLITE_ROW ? sqlite3_column_int64(rd, 1) : 0;
        if (first && art != article) { /* the previous article is whole */
            sqlite3_bind_int64(up, 1, first);
            sqlite3_bind_text(up, 2, an_fts_doc_breaks(&d), -1, SQLITE_TRANSIENT);
            rc = sqlite3_step(up) == SQLITE_DONE ? an_fts_doc_write(s, &d, first) : -1;
            sqlite3_reset(up);
            an_fts_doc_free(&d);
            an_fts_doc_init(&d);
            first = 0;
        }
        if (step != SQLITE_ROW || rc != 0) break;
        if (!first) first = id, article = art;
        rc = an_fts_doc_add(s, &d, (const char *)sqlite3_column_text(rd, 2),
                            (size_t)sqlite3_column_bytes(rd, 2));
    }
    if (rc == 0 && step != SQLITE_DONE) rc = -1;
    if (rc != 0 && !s->err[0]) an_store_sqlfail(s, "rebuilding the full-text index");
    an_fts_doc_free(&d);
    sqlite3_finalize(rd);
    sqlite3_finalize(up);
    return rc == 0 ? an_store_exec(s, "DROP TABLE sentences_fts;") : -1;
}

/* The fts5_api of a connection (NULL when FTS5 is missing). */
static fts5_api *fts5_of(sqlite3 *db) {
    fts5_api *api = NULL;
    sqlite3_stmt *q;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &q, NULL) != SQLITE_OK) return NULL;
    sqlite3_bind_pointer(q, 1, &api, "fts5_api_ptr", NULL);
    sqlite3_step(q);
    sqlite3_finalize(q);
    return api;
}

int an_fts_functions(sqlite3 *db) {
    fts5_api *api = fts5_of(db);
    if (!api) return 0; /* check_features says what is missing */
    if (api->xCreateFunction(api, "an_hits", NULL, fts_hits, NULL) != SQLITE_OK ||
        api->xCreateFunction(api, "an_snippet", NULL, fts_snippet, NULL) != SQLITE_OK)
        return -1;
    return 0;
}
