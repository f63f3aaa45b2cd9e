/* html.c - one HTML page to an article record: decode to UTF-8, parse with libxml2's
 * HTML parser (it recovers from broken markup the way browsers do), walk, take the
 * metadata, extract the article. */
#include <limits.h>
#include <pthread.h>
#include <string.h>
#include <strings.h>

#include "web/page.h"
#include "web/web.h"

#define PARSE_OPTIONS (HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | \
                       HTML_PARSE_NONET | HTML_PARSE_COMPACT | HTML_PARSE_IGNORE_ENC)

/* Case-insensitive search for word (lower case) in s[0..n). */
static const char *find_ci(const char *s, size_t n, const char *word) {
    size_t k = strlen(word);
    for (const char *end = s + n; s + k <= end; s++) {
        s = memchr(s, '<', (size_t)(end - s));
        if (!s || s + k > end) return NULL;
        if (strncasecmp(s, word, k) == 0) return s;
    }
    return NULL;
}

static int has_word(const char *s, size_t n, const char *word) {
    size_t k = strlen(word);
    for (size_t i = 0; i + k <= n; i++)
        if (strncasecmp(s + i, word, k) == 0) return 1;
    return 0;
}

/* The element whose content can go: script (but JSON-LD), style, svg. */
static const char *strippable(const char *s, size_t n, const char **close) {
    static const char *const open[] = {"<script", "<style", "<svg", NULL};
    static const char *const shut[] = {"</script", "</style", "</svg", NULL};
    for (size_t i = 0; open[i]; i++) {
        size_t k = strlen(open[i]);
        if (n > k && strncasecmp(s, open[i], k) == 0 && strchr("> \t\n\r/", s[k]) && s[k]) {
            *close = shut[i];
            return open[i];
        }
    }
    return NULL;
}

static int blank(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
static int letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
/* libxml2's characters of tag and attribute names */
static int name_char(char c) {
    return letter(c) || (c >= '0' && c <= '9') || c == ':' || c == '-' || c == '_' || c == '.';
}

/* 1 when s[0..len) is word, in any case. */
static int same_ci(const char *s, size_t len, const char *word) {
    return strlen(word) == len && strncasecmp(s, word, len) == 0;
}

/* The attributes some part of the reader looks at (walk, metadata, marks, extraction), and
 * any namespaced one, which libxml2 may treat apart. */
static int kept_attr(const char *k, size_t len) {
    static const char *const keep[] = {"class", "id",   "style", "role",    "itemprop", "hidden",
                                       "href",  "alt",  "property", "name", "content",  "http-equiv",
                                       "rel",   "type", "lang",  "datetime", NULL};
    if (memchr(k, ':', len) || (len >= 3 && strncasecmp(k, "xml", 3) == 0)) return 1;
    for (size_t i = 0; keep[i]; i++)
        if (same_ci(k, len, keep[i])) return 1;
    return 0;
}

#define SLIM_MAX_ATTRS 64

/* Rewrites the start tag at s[r] ('<' and a letter) to s[*w...] without the attributes
 * nothing reads (data-*, srcset, onclick...): libxml2 decodes attribute values a
 * character at a time, a fifth of the whole parse. Only a tag plain enough that libxml2
 * surely reads the same attributes from it is rewritten; an element that had attributes
 * keeps one, since having none is itself read. Returns where the tag ends, or 0 when the
 * tag was left alone. */
static size_t slim_tag(char *s, size_t r, size_t n, size_t *w) {
    size_t at = r + 1;
    while (at < n && name_char(s[at])) at++;
    size_t name_end = at;
    if (name_end - r - 1 >= 100) return 0; /* libxml2 cuts longer names */
    static const char *const whole[] = {"html", "head", "body", NULL}; /* may merge when misplaced */
    int all = 0;
    for (size_t i = 0; whole[i]; i++)
        if (same_ci(s + r + 1, name_end - r - 1, whole[i])) all = 1;
    size_t seg[SLIM_MAX_ATTRS][2];
    int keep[SLIM_MAX_ATTRS], na = 0, kept = 0;
    size_t end;
    for (;;) {
        size_t b = at;
        while (at < n && blank(s[at])) at++;
        if (at >= n) return 0;
        if (s[at] == '>') {
            end = at + 1;
            break;
        }
        if (s[at] == '/') {
            if (at + 1 < n && s[at + 1] == '>') {
                end = at + 2;
                break;
            }
            return 0;
        }
        if (!letter(s[at]) && s[at] != '_') return 0;
        size_t k = at;
        while (at < n && name_char(s[at])) at++;
        size_t klen = at - k;
        if (klen >= 100 || na == SLIM_MAX_ATTRS) return 0;
        size_t e = at;
        while (e < n && blank(s[e])) e++;
        if (e < n && s[e] == '=') {
            e++;
            while (e < n && blank(s[e])) e++;
            if (e >= n) return 0;
            if (s[e] == '"' || s[e] == '\'') {
                const char *q = memchr(s + e + 1, s[e], n - e - 1);
                if (!q) return 0;
                e = (size_t)(q - s) + 1;
            } else {
                size_t v = e;
                while (e < n && !blank(s[e]) && s[e] != '>') {
                    if (strchr("\"'<=`", s[e])) return 0;
                    e++;
                }
                if (e == v) return 0;
            }
            at = e;
        }
        seg[na][0] = b, seg[na][1] = at;
        keep[na] = all || kept_attr(s + k, klen);
        kept += keep[na++];
    }
    if (memchr(s + r, 0, end - r)) return 0;
    if (na > 0 && kept == 0) keep[0] = 1;
    size_t o = *w;
    memmove(s + o, s + r, name_end - r);
    o += name_end - r;
    for (int i = 0; i < na; i++) {
        if (!keep[i]) continue;
        memmove(s + o, s + seg[i][0], seg[i][1] - seg[i][0]);
        o += seg[i][1] - seg[i][0];
    }
    size_t tail = na ? seg[na - 1][1] : name_end;
    memmove(s + o, s + tail, end - tail);
    *w = o + end - tail;
    return end;
}

/* 1 for the start tag (its text after '<') of an element whose first line break libxml2
 * drops: the blanks after it stay as written. */
static int keeps_lines(const char *t, size_t n) {
    static const char *const pre[] = {"pre", "textarea", "listing", NULL};
    size_t k = 0;
    while (k < n && name_char(t[k])) k++;
    for (size_t i = 0; pre[i]; i++)
        if (same_ci(t, k, pre[i])) return 1;
    return 0;
}

/* Blanks from s[r] up to the next tag, when there is nothing else (the indentation
 * between tags), written to s[*w...] as their first byte and their line breaks: libxml2
 * reads each byte of it a character at a time, and every reader of the text takes a run of
 * blanks as one space, or in <pre> as its line breaks after a space. Runs with a carriage
 * return or a form feed are copied whole (libxml2 turns "\r\n" into one line break).
 * Returns where the copy goes on from. */
static size_t fold_blanks(char *s, size_t r, size_t n, size_t *w) {
    size_t e = r;
    while (e < n && (s[e] == ' ' || s[e] == '\t' || s[e] == '\n')) e++;
    if (e - r < 2 || e >= n || s[e] != '<') return r;
    s[(*w)++] = s[r];
    for (size_t i = r + 1; i < e; i++)
        if (s[i] == '\n') s[(*w)++] = '\n';
    return e;
}

/* Drops, in place, what the page never shows as text and the parser would otherwise read
 * byte by byte: script and style contents (JSON-LD kept) and comments. On real pages that
 * is half the bytes. The elements themselves stay, so the tree keeps its shape. While *slim,
 * start tags lose the attributes nothing reads; *slim goes to 0 at the first tag not
 * rewritten. */
size_t an_web_strip_invisible(char *s, size_t n, int *slim) {
    size_t r = 0, w = 0;
    while (r < n) {
        const char *lt = memchr(s + r, '<', n - r);
        size_t stop = lt ? (size_t)(lt - s) : n;
        memmove(s + w, s + r, stop - r);
        w += stop - r, r = stop;
        if (r >= n) break;
        const char *close;
        if (n - r >= 4 && memcmp(s + r, "<!--", 4) == 0) {
            const char *end = NULL;
            for (size_t k = r + 4; k + 3 <= n && !end; k++) {
                k += strcspn(s + k, "-");
                if (k + 3 <= n && memcmp(s + k, "-->", 3) == 0) end = s + k + 3;
            }
            r = end ? (size_t)(end - s) : n;
            continue;
        }
        if (strippable(s + r, n - r, &close)) {
            const char *gt = memchr(s + r, '>', n - r);
            size_t body = gt ? (size_t)(gt - s) + 1 : n;
            int keep = has_word(s + r, body - r, "ld+json");
            const char *end = find_ci(s + body, n - body, close);
            size_t to = end ? (size_t)(end - s) : n;
            memmove(s + w, s + r, body - r); /* the open tag */
            w += body - r;
            if (keep) {
                memmove(s + w, s + body, to - body);
                w += to - body;
            }
            r = to;
            if (r < n) { /* the first byte of the close tag, so the loop does not see it again */
                s[w++] = s[r++];
            }
            continue;
        }
        if (*slim && n - r > 1 && letter(s[r + 1])) {
            size_t to = slim_tag(s, r, n, &w);
            if (to) {
                r = keeps_lines(s + r + 1, to - r - 1) ? to : fold_blanks(s, to, n, &w);
                continue;
            }
            *slim = 0; /* where libxml2 ends this tag is less sure: leave the rest as written */
        }
        if (*slim && n - r > 2 && s[r + 1] == '/' && letter(s[r + 2])) { /* a plain end tag */
            size_t e = r + 2;
            while (e < n && name_char(s[e])) e++;
            while (e < n && blank(s[e])) e++;
            if (e < n && s[e] == '>') {
                memmove(s + w, s + r, e + 1 - r);
                w += e + 1 - r;
                r = fold_blanks(s, e + 1, n, &w);
                continue;
            }
        }
        s[w++] = s[r++];
    }
    return w;
}

static pthread_once_t parser_once = PTHREAD_ONCE_INIT;

static int read_page(an_page *p, annals_doc *doc, const an_web_hints *hints) {
    if (an_page_walk(p) != 0) return -1;
    if (an_page_meta(p, doc, hints ? hints->url : NULL) != 0) return -1;
    return an_page_extract(p, doc, doc->field[ANNALS_FIELD_TITLE]);
}

int an_web_read_html(const an_read_res *r, annals_doc *doc, const char *s, size_t len,
                     const an_web_hints *hints) {
    an_buf utf8;
    an_buf_init(&utf8);
    char used[40];
    if (an_web_to_utf8(s, len, hints ? hints->charset : NULL, &utf8, used) != 0) {
        an_buf_free(&utf8);
        return -1;
    }
    int slim = 1;
    if (utf8.data) utf8.len = an_web_strip_invisible(utf8.data, utf8.len, &slim);
    if (utf8.len > INT_MAX) utf8.len = INT_MAX;
    pthread_once(&parser_once, xmlInitParser); /* its first call is not thread-safe */
    an_page p;
    memset(&p, 0, sizeof p);
    p.res = r;
    an_arena_init(&p.arena);
    an_buf_init(&p.text);
    an_xml_arena xa;
    an_xml_arena_begin(&xa);
    p.dom = htmlReadMemory(utf8.data ? utf8.data : "", (int)utf8.len, NULL, "UTF-8", PARSE_OPTIONS);
    an_xml_arena_stop(&xa);
    int rc = p.dom ? read_page(&p, doc, hints) : an_doc_set_paragraphs(doc, NULL, NULL, 0);
    if (p.dom && !an_xml_arena_holds_all(&xa)) xmlFreeDoc(p.dom);
    an_xml_arena_end(&xa);
    an_buf_free(&p.text);
    an_arena_free(&p.arena);
    an_buf_free(&utf8);
    return rc;
}
