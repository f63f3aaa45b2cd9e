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

/* Drops, in place, what the page never shows as text and the parser would otherwise read
 * byte by byte: script and style contents (JSON-LD kept) and comments. On real pages that
 * is half the bytes. The elements themselves stay, so the tree keeps its shape. */
static size_t strip_invisible(char *s, size_t n) {
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
    if (utf8.data) utf8.len = strip_invisible(utf8.data, utf8.len);
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
