/* plaintext.c - the plain-text page dump. Every line is cleaned once (tags, entities,
 * spaces) into one scratch buffer and given a kind; the head of the page is searched for
 * the byline, timestamps and the dateline, short credit lines turn the line before them
 * into captions, and what is left becomes the paragraphs. Links found while cleaning are
 * re-aimed at the paragraph or caption their line ended up in. */
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "core/utf8.h"
#include "read/plaintext.h"

#define HEAD_LINES 10      /* lines looked at for bylines, timestamps and the dateline */
#define HEAD_SHORT 100     /* a longer line ends the head: it is a paragraph */
#define STAMP_MAX 120      /* a longer line is not a timestamp line */
#define GALLERY_GAP 2      /* creditless captions allowed between two credited ones */

enum { L_BODY, L_DROP, L_CREDIT, L_CAPTION };

typedef struct {
    size_t off, len;      /* the cleaned line in reader.text */
    size_t cut;           /* bytes of a dateline taken off its front */
    size_t link0, nlinks; /* its links in doc->links */
    size_t credit;        /* L_CAPTION: its credit line, or SIZE_MAX */
    int kind;
    int blank_before;     /* a blank line separates it from the line before */
} pline;

typedef struct {
    const an_read_res *r;
    annals_doc *doc;
    an_buf text; /* every cleaned line, one after another */
    pline *v;
    size_t n, cap;
    long header_day; /* LONG_MIN when the header gave no date */
    int stamp_rank;  /* rank of the byline timestamp taken so far (0: none) */
    int have_dateline;
    int blank;       /* a blank line was read since the last kept line */
} reader;

static const char *line_text(const reader *rd, const pline *l) { return rd->text.data + l->off; }

static int ascii_prefix(const char *s, size_t n, const char *p) {
    size_t k = strlen(p);
    if (n < k) return 0;
    for (size_t i = 0; i < k; i++)
        if ((s[i] >= 'A' && s[i] <= 'Z' ? s[i] | 0x20 : s[i]) != p[i]) return 0;
    return 1;
}

/* ---- header: "date YYYY-MM-DD Headline" ------------------------------------------------ */

static int two_digits(const char *s) {
    return s[0] >= '0' && s[0] <= '9' && s[1] >= '0' && s[1] <= '9' ? (s[0] - '0') * 10 + s[1] - '0' : -1;
}

/* Reads YYYY-MM-DD at s (10 bytes there); returns 1 with the parts set when well formed. */
static int iso_date(const char *s, int *y, int *m, int *d) {
    int hi = two_digits(s), lo = two_digits(s + 2);
    if (hi < 0 || lo < 0 || s[4] != '-' || s[7] != '-') return 0;
    *y = hi * 100 + lo;
    *m = two_digits(s + 5);
    *d = two_digits(s + 8);
    return *m >= 0 && *d >= 0;
}

static int set_title(reader *rd, const char *s, size_t n) {
    an_buf title;
    an_buf_init(&title);
    int rc = an_clean_inline(rd->r, NULL, s, n, AN_WHERE_TEXT, 0, &title);
    if (rc == 0 && title.len) rc = an_doc_set_field(rd->doc, ANNALS_FIELD_TITLE, title.data, title.len);
    an_buf_free(&title);
    return rc;
}

/* Returns the offset where the page text starts (after the header line when there is one),
 * or SIZE_MAX when out of memory. A header with an impossible date still gives the title. */
static size_t read_header(reader *rd, const char *s, size_t len) {
    size_t i = len >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0, body = i;
    while (i < len && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r' || s[i] == '\n')) i++;
    const char *nl = memchr(s + i, '\n', len - i);
    size_t eol = nl ? (size_t)(nl - s) : len, p = i + 4;
    if (eol - i < 15 || !ascii_prefix(s + i, eol - i, "date") || (s[p] != ' ' && s[p] != '\t'))
        return body;
    while (p < eol && (s[p] == ' ' || s[p] == '\t')) p++;
    int y, m, d;
    if (eol - p < 10 || !iso_date(s + p, &y, &m, &d) ||
        (p + 10 < eol && s[p + 10] != ' ' && s[p + 10] != '\t' && s[p + 10] != '\r'))
        return body;
    if (an_date_valid(y, m, d)) {
        rd->header_day = an_day_number(y, m, d);
        if (an_doc_set_field(rd->doc, ANNALS_FIELD_PUBLISHED, s + p, 10) != 0 ||
            an_doc_set_field(rd->doc, ANNALS_FIELD_PUBLISHED_FROM, "header", 6) != 0)
            return SIZE_MAX;
    }
    if (set_title(rd, s + p + 10, eol - p - 10) != 0) return SIZE_MAX;
    return nl ? eol + 1 : len;
}

/* ---- lines ------------------------------------------------------------------------- */

static pline *push_line(reader *rd) {
    if (rd->n == rd->cap) {
        size_t ncap = rd->cap ? rd->cap * 2 : 64;
        pline *v = realloc(rd->v, ncap * sizeof *v);
        if (!v) return NULL;
        rd->v = v;
        rd->cap = ncap;
    }
    return &rd->v[rd->n++];
}

static int add_line(reader *rd, const char *s, size_t n) {
    size_t off = rd->text.len, link0 = rd->doc->links.n;
    if (an_clean_inline(rd->r, rd->doc, s, n, AN_WHERE_TEXT, 0, &rd->text) != 0) return -1;
    if (rd->text.len == off) { /* blank, or only tags */
        rd->blank = 1;
        return 0;
    }
    pline *l = push_line(rd);
    if (!l) return -1;
    l->blank_before = rd->blank;
    rd->blank = 0;
    l->off = off;
    l->len = rd->text.len - off;
    l->cut = 0;
    l->link0 = link0;
    l->nlinks = rd->doc->links.n - link0;
    l->credit = SIZE_MAX;
    l->kind = an_is_furniture(rd->r, line_text(rd, l), l->len) ? L_DROP : L_BODY;
    return 0;
}

static int read_lines(reader *rd, const char *s, size_t len, size_t from) {
    for (size_t i = from; i < len;) {
        const char *nl = memchr(s + i, '\n', len - i);
        size_t eol = nl ? (size_t)(nl - s) : len;
        if (add_line(rd, s + i, eol - i) != 0) return -1;
        i = eol + 1;
    }
    return 0;
}

/* ---- the head of the page: bylines, timestamps, a dateline ------------------------- */

/* "Published" and "Posted" lines outrank "Updated" ones; the first of a rank wins. */
static int stamp_rank(const char *s, size_t n) {
    return ascii_prefix(s, n, "updated") || ascii_prefix(s, n, "last updated") ||
                   ascii_prefix(s, n, "modified") || ascii_prefix(s, n, "last modified")
               ? 1
               : 2;
}

/* A byline timestamp replaces the header date when it is at most a day away from it and
 * says more (a time), or when there is no header date. */
static int take_stamp(reader *rd, const char *s, size_t n, const char *iso) {
    int y, m, d, rank = stamp_rank(s, n);
    size_t iso_len = strlen(iso);
    if (rank <= rd->stamp_rank || !iso_date(iso, &y, &m, &d)) return 0;
    if (rd->header_day != LONG_MIN) {
        long diff = an_day_number(y, m, d) - rd->header_day;
        if (iso_len <= 10 || diff < -1 || diff > 1) return 0;
    }
    rd->stamp_rank = rank;
    if (an_doc_set_field(rd->doc, ANNALS_FIELD_PUBLISHED, iso, iso_len) != 0) return -1;
    return an_doc_set_field(rd->doc, ANNALS_FIELD_PUBLISHED_FROM, "byline", 6);
}

static int set_dateline(reader *rd, const char *s, const an_dateline *dl) {
    annals_doc *doc = rd->doc;
    rd->have_dateline = 1;
    if (an_doc_set_field(doc, ANNALS_FIELD_DATELINE, s, dl->len) != 0) return -1;
    if (dl->outlet_len && !doc->field[ANNALS_FIELD_OUTLET])
        return an_doc_set_field(doc, ANNALS_FIELD_OUTLET, s + dl->outlet_off, dl->outlet_len);
    return 0;
}

/* Returns 1 when the line belongs to the head (and is used up), 2 when it is a dateline on
 * its own (the body follows), 0 when it is page text, -1 when out of memory. */
static int head_line(reader *rd, const char *s, size_t n) {
    char iso[40];
    an_dateline dl;
    int rc = an_parse_byline(rd->r, rd->doc, s, n);
    if (rc != 0) return rc;
    if (n <= STAMP_MAX && an_parse_timestamp(rd->r, s, n, iso))
        return take_stamp(rd, s, n, iso) < 0 ? -1 : 1;
    if (!rd->have_dateline && an_find_dateline(rd->r, s, n, &dl) && dl.cut >= n)
        return set_dateline(rd, s, &dl) < 0 ? -1 : 2;
    return 0;
}

static int ends_sentence(const char *s, size_t n) {
    if (n && strchr(".!?\"')", s[n - 1])) return 1;
    return n >= 3 && (memcmp(s + n - 3, "\xE2\x80\x9D", 3) == 0 || memcmp(s + n - 3, "\xE2\x80\x99", 3) == 0);
}

/* Reads the head; returns the index of the first body line (rd->n when none), or SIZE_MAX
 * when out of memory. The search goes on past short lines that are not head lines; those
 * before a head line that do not end like a sentence (a section name, the headline again)
 * are dropped. */
static size_t read_head(reader *rd) {
    size_t seen = 0, after = 0;
    for (size_t k = 0; k < rd->n && seen < HEAD_LINES; k++) {
        pline *l = &rd->v[k];
        if (l->kind == L_DROP) continue;
        seen++;
        int rc = head_line(rd, line_text(rd, l), l->len);
        if (rc < 0) return SIZE_MAX;
        if (rc > 0) {
            l->kind = L_DROP;
            after = k + 1;
        }
        if (rc == 2 || (rc == 0 && l->len > HEAD_SHORT)) break;
    }
    for (size_t k = 0; k < after; k++) {
        pline *l = &rd->v[k];
        if (l->kind == L_BODY && !ends_sentence(line_text(rd, l), l->len)) l->kind = L_DROP;
    }
    while (after < rd->n && rd->v[after].kind == L_DROP) after++;
    return after;
}

/* A dateline at the start of the first paragraph is taken off it. */
static int read_dateline(reader *rd, size_t k) {
    an_dateline dl;
    if (rd->have_dateline || k >= rd->n) return 0;
    pline *l = &rd->v[k];
    const char *s = line_text(rd, l);
    if (!an_find_dateline(rd->r, s, l->len, &dl)) return 0;
    if (set_dateline(rd, s, &dl) != 0) return -1;
    if (dl.cut >= l->len) l->kind = L_DROP;
    else l->cut = dl.cut;
    return 0;
}

/* ---- captions and credits ---------------------------------------------------------- */

static size_t prev_live(const reader *rd, size_t k) {
    while (k-- > 0)
        if (rd->v[k].kind != L_DROP) return k;
    return SIZE_MAX;
}

static size_t next_live(const reader *rd, size_t k) {
    while (++k < rd->n)
        if (rd->v[k].kind != L_DROP) return k;
    return SIZE_MAX;
}

static int kind_at(const reader *rd, size_t k) { return k == SIZE_MAX ? -1 : rd->v[k].kind; }

/* Gallery captions often start with a label. */
static int gallery_label(const char *s, size_t n) {
    static const char *const labels[] = {"Before:", "After:", "Photo:", "Pictured:", "Above:",
                                         "Below:", "Top:", "Left:", "Right:", "Inset:",
                                         "Caption:", "Then:", "Now:", NULL};
    for (size_t i = 0; labels[i]; i++)
        if (s[0] == labels[i][0] && n > strlen(labels[i]) && memcmp(s, labels[i], strlen(labels[i])) == 0)
            return 1;
    return 0;
}

/* Inside a gallery (caption, credit, X, caption, credit, written as one block without
 * blank lines) the lines X between two credited captions are captions too; at most
 * GALLERY_GAP of them, so paragraphs between two photos are not taken. */
static void fill_gallery_gap(reader *rd, size_t caption) {
    size_t run[GALLERY_GAP], count = 0, k = prev_live(rd, caption);
    if (rd->v[caption].blank_before) return;
    while (kind_at(rd, k) == L_BODY && !rd->v[k].blank_before && count < GALLERY_GAP) {
        run[count++] = k;
        k = prev_live(rd, k);
    }
    if (count == 0 || kind_at(rd, k) != L_CREDIT || kind_at(rd, prev_live(rd, k)) != L_CAPTION)
        return;
    for (size_t i = 0; i < count; i++) rd->v[run[i]].kind = L_CAPTION;
}

static void label_pass(reader *rd, size_t k) {
    pline *l = &rd->v[k];
    if (l->kind != L_BODY || !gallery_label(line_text(rd, l) + l->cut, l->len - l->cut)) return;
    int before = kind_at(rd, prev_live(rd, k)), after = kind_at(rd, next_live(rd, k));
    if (before == L_CREDIT || before == L_CAPTION || after == L_CREDIT || after == L_CAPTION)
        l->kind = L_CAPTION;
}

static void find_captions(reader *rd, size_t from) {
    for (size_t k = from; k < rd->n; k++) {
        pline *l = &rd->v[k];
        if (l->kind == L_BODY && an_is_credit(rd->r, line_text(rd, l) + l->cut, l->len - l->cut))
            l->kind = L_CREDIT;
    }
    for (size_t k = from; k < rd->n; k++) {
        if (rd->v[k].kind != L_CREDIT) continue;
        size_t p = prev_live(rd, k);
        if (p == SIZE_MAX || p < from || rd->v[p].kind != L_BODY) continue;
        rd->v[p].kind = L_CAPTION;
        rd->v[p].credit = k;
        fill_gallery_gap(rd, p);
    }
    for (size_t k = from; k < rd->n; k++) label_pass(rd, k);
    for (size_t k = rd->n; k-- > from;) label_pass(rd, k);
}

/* ---- output ------------------------------------------------------------------------ */

static int add_caption(reader *rd, const pline *l) {
    annals_doc *doc = rd->doc;
    an_caption *c = AN_PUSH(doc, captions);
    if (!c) return -1;
    c->len = l->len - l->cut;
    c->text = an_arena_strndup(&doc->arena, line_text(rd, l) + l->cut, c->len);
    if (!c->text) return -1;
    if (l->credit != SIZE_MAX) {
        const pline *cr = &rd->v[l->credit];
        c->credit = an_arena_strndup(&doc->arena, line_text(rd, cr), cr->len);
        if (!c->credit) return -1;
    }
    return 0;
}

/* Moves the links of kept lines to their paragraph (offsets into the joined text) or
 * caption, and drops the others, keeping their order. */
static void place_links(reader *rd, size_t link_base, size_t caption_base) {
    an_link *v = rd->doc->links.v;
    size_t w = link_base, para_at = 0;
    int caption = (int)caption_base - 1;
    for (size_t k = 0; k < rd->n; k++) {
        const pline *l = &rd->v[k];
        int kept = l->kind == L_BODY || l->kind == L_CAPTION;
        if (l->kind == L_CAPTION) caption++;
        size_t shift = l->kind == L_BODY ? para_at : 0;
        for (size_t j = l->link0; kept && j < l->link0 + l->nlinks; j++) {
            an_link a = v[j];
            if (a.start < l->cut) continue;
            a.start = a.start - l->cut + shift;
            a.end = a.end - l->cut + shift;
            a.where = l->kind == L_BODY ? AN_WHERE_TEXT : caption;
            v[w++] = a;
        }
        if (l->kind == L_BODY) para_at += l->len - l->cut + 2;
    }
    rd->doc->links.n = w;
}

static int write_doc(reader *rd, size_t link_base) {
    size_t n_body = 0, caption_base = rd->doc->captions.n;
    for (size_t k = 0; k < rd->n; k++) n_body += rd->v[k].kind == L_BODY;
    const char **paras = malloc((n_body ? n_body : 1) * sizeof *paras);
    size_t *lens = malloc((n_body ? n_body : 1) * sizeof *lens);
    int rc = paras && lens ? 0 : -1;
    size_t i = 0;
    for (size_t k = 0; rc == 0 && k < rd->n; k++) {
        const pline *l = &rd->v[k];
        if (l->kind == L_CAPTION) rc = add_caption(rd, l);
        if (l->kind != L_BODY) continue;
        paras[i] = line_text(rd, l) + l->cut;
        lens[i++] = l->len - l->cut;
    }
    if (rc == 0) rc = an_doc_set_paragraphs(rd->doc, paras, lens, n_body);
    if (rc == 0) place_links(rd, link_base, caption_base);
    free(paras);
    free(lens);
    return rc;
}

int an_read_plaintext(const an_read_res *r, annals_doc *doc, const char *s, size_t len) {
    reader rd;
    memset(&rd, 0, sizeof rd);
    rd.r = r;
    rd.doc = doc;
    rd.header_day = LONG_MIN;
    an_buf_init(&rd.text);
    size_t link_base = doc->links.n, first;
    size_t from = read_header(&rd, s, len);
    int rc = from == SIZE_MAX ? -1 : read_lines(&rd, s, len, from);
    if (rc == 0) rc = (first = read_head(&rd)) == SIZE_MAX ? -1 : read_dateline(&rd, first);
    if (rc == 0) {
        find_captions(&rd, 0);
        rc = write_doc(&rd, link_base);
    }
    if (rc != 0) doc->links.n = link_base;
    free(rd.v);
    an_buf_free(&rd.text);
    return rc;
}
