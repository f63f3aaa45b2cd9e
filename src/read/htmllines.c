/* htmllines.c - a light HTML-to-lines pass for HTML given inside JSON records, until the
 * libxml2 extractor reads whole pages: block elements end lines, invisible elements are
 * dropped, inline markup is left for an_clean_inline. */
#include <string.h>
#include <strings.h>

#include "core/buf.h"
#include "read/jsonl.h"

static const char *const block_tags[] = {
    "p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "tr", "td", "th",
    "table", "article", "section", "header", "footer", "nav", "aside", "blockquote", "figure",
    "figcaption", "pre", "hr", "dd", "dt", "dl", "main", "form", "title", NULL};
static const char *const hidden_tags[] = {"script", "style", "noscript", "template", "svg",
                                          "head", "iframe", "object", NULL};

static int tag_in(const char *name, size_t n, const char *const *list) {
    for (; *list; list++)
        if (strlen(*list) == n && strncasecmp(name, *list, n) == 0) return 1;
    return 0;
}

static int is_name_char(char c) {
    return ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || (c >= '0' && c <= '9');
}

/* Skips to just past "</name>" (case-insensitive), or to the end. */
static size_t skip_element(const char *s, size_t len, size_t i, const char *name, size_t n) {
    for (; i + 2 + n < len; i++) {
        if (s[i] == '<' && s[i + 1] == '/' && strncasecmp(s + i + 2, name, n) == 0) {
            const char *gt = memchr(s + i, '>', len - i);
            return gt ? (size_t)(gt - s) + 1 : len;
        }
    }
    return len;
}

int an_html_to_lines(const char *s, size_t len, an_buf *out) {
    size_t i = 0;
    while (i < len) {
        const char *lt = memchr(s + i, '<', len - i);
        size_t stop = lt ? (size_t)(lt - s) : len;
        for (size_t k = i; k < stop; k++) /* source newlines are not paragraph breaks */
            an_buf_putc(out, s[k] == '\n' || s[k] == '\r' ? ' ' : s[k]);
        if (!lt) break;
        i = stop;
        if (len - i >= 4 && memcmp(s + i, "<!--", 4) == 0) {
            const char *end = NULL;
            for (size_t k = i + 4; k + 3 <= len; k++)
                if (memcmp(s + k, "-->", 3) == 0) { end = s + k + 3; break; }
            i = end ? (size_t)(end - s) : len;
            continue;
        }
        size_t name_at = i + 1 + (i + 1 < len && s[i + 1] == '/');
        size_t n = 0;
        while (name_at + n < len && is_name_char(s[name_at + n])) n++;
        const char *gt = memchr(s + i, '>', len - i);
        size_t tag_end = gt ? (size_t)(gt - s) + 1 : len;
        if (n == 0) { /* not a tag: keep the '<' */
            an_buf_putc(out, '<');
            i++;
        } else if (tag_in(s + name_at, n, hidden_tags) && s[i + 1] != '/') {
            i = skip_element(s, len, tag_end, s + name_at, n);
        } else if (tag_in(s + name_at, n, block_tags)) {
            an_buf_putc(out, '\n');
            i = tag_end;
        } else { /* inline tag: pass it on */
            an_buf_append(out, s + i, tag_end - i);
            i = tag_end;
        }
    }
    return out->failed ? -1 : 0;
}
