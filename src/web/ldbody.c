/* ldbody.c - the article body a page gives search engines in its JSON-LD (articleBody),
 * for pages whose DOM holds only part of the text: the rest is drawn by a script, or the
 * page shows a teaser. The body there may be plain text with line breaks, or HTML. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "web/page.h"

/* Words as the walk counts them: runs of non-space bytes, and each CJK, Thai, Lao, Khmer
 * or Myanmar character, since those scripts have no spaces. */
int an_count_words(const char *s, size_t len) {
    int words = 0, space = 1;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i], d = i + 1 < len ? (unsigned char)s[i + 1] : 0;
        if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f') {
            space = 1;
            continue;
        }
        int cjk = (c >= 0xe3 && c <= 0xe9) || (c == 0xe0 && d >= 0xb8 && d <= 0xbb) ||
                  (c == 0xe1 && (d == 0x80 || d == 0x81 || d == 0x9e || d == 0x9f));
        words += space || cjk;
        space = 0;
    }
    return words;
}

/* Tags whose start or end breaks a paragraph. */
static int breaks_paragraph(const char *name, size_t n) {
    static const char *const tags[] = {"p", "br", "div", "h1", "h2", "h3", "h4", "h5", "h6",
                                       "li", "ul", "ol", "blockquote", "tr", "table", "section",
                                       "figure", "hr", NULL};
    for (size_t i = 0; tags[i]; i++)
        if (strlen(tags[i]) == n && strncasecmp(name, tags[i], n) == 0) return 1;
    return 0;
}

/* Tags whose content is not text. */
static int skips_content(const char *name, size_t n) {
    static const char *const tags[] = {"script", "style", "figcaption", NULL};
    for (size_t i = 0; tags[i]; i++)
        if (strlen(tags[i]) == n && strncasecmp(name, tags[i], n) == 0) return 1;
    return 0;
}

/* Appends the UTF-8 bytes of code point c. */
static void put_cp(an_buf *out, unsigned long c) {
    if (c == 0 || c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff)) c = 0xfffd;
    if (c == 0xa0) c = ' ';
    char b[4];
    size_t n;
    if (c < 0x80) b[0] = (char)c, n = 1;
    else if (c < 0x800) b[0] = (char)(0xc0 | c >> 6), b[1] = (char)(0x80 | (c & 0x3f)), n = 2;
    else if (c < 0x10000)
        b[0] = (char)(0xe0 | c >> 12), b[1] = (char)(0x80 | ((c >> 6) & 0x3f)),
        b[2] = (char)(0x80 | (c & 0x3f)), n = 3;
    else
        b[0] = (char)(0xf0 | c >> 18), b[1] = (char)(0x80 | ((c >> 12) & 0x3f)),
        b[2] = (char)(0x80 | ((c >> 6) & 0x3f)), b[3] = (char)(0x80 | (c & 0x3f)), n = 4;
    an_buf_append(out, b, n);
}

/* An entity at s (s[0] == '&'): its text appended, its length returned; 0 when it is none. */
static size_t entity(const char *s, size_t left, an_buf *out) {
    static const struct {
        const char *name;
        unsigned long cp;
    } named[] = {{"amp", '&'}, {"lt", '<'}, {"gt", '>'}, {"quot", '"'}, {"apos", '\''},
                 {"nbsp", ' '}, {"ndash", 0x2013}, {"mdash", 0x2014}, {"hellip", 0x2026},
                 {"rsquo", 0x2019}, {"lsquo", 0x2018}, {"rdquo", 0x201d}, {"ldquo", 0x201c}};
    size_t semi = 1;
    while (semi < left && semi < 12 && s[semi] != ';' && s[semi] != ' ') semi++;
    if (semi >= left || s[semi] != ';') return 0;
    if (s[1] == '#') {
        int hex = s[2] == 'x' || s[2] == 'X';
        const char *digits = s + 2 + hex;
        if (!strchr("0123456789abcdefABCDEF", *digits) || !*digits) return 0;
        char *end;
        unsigned long c = strtoul(digits, &end, hex ? 16 : 10);
        if (end != s + semi) return 0;
        put_cp(out, c);
        return semi + 1;
    }
    for (size_t i = 0; i < sizeof named / sizeof *named; i++)
        if (strlen(named[i].name) == semi - 1 && memcmp(s + 1, named[i].name, semi - 1) == 0) {
            put_cp(out, named[i].cp);
            return semi + 1;
        }
    return 0;
}

/* The body as lines of text, one a paragraph: tags dropped (a block tag breaks the line),
 * entities decoded when the body is HTML, white space folded. */
static void body_lines(const char *s, size_t len, an_buf *out) {
    int html = memchr(s, '<', len) != NULL;
    int space = 1;
    for (size_t i = 0; i < len;) {
        unsigned char c = (unsigned char)s[i];
        if (html && c == '<') {
            const char *gt = memchr(s + i, '>', len - i);
            if (!gt) break;
            const char *name = s + i + 1 + (s[i + 1] == '/');
            size_t n = strspn(name, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");
            if (name + n > gt) n = (size_t)(gt - name);
            size_t next = (size_t)(gt - s) + 1;
            if (s[i + 1] != '/' && skips_content(name, n)) { /* to its end tag */
                const char *end = NULL;
                for (size_t k = next; k + 2 + n <= len && !end; k++)
                    if (s[k] == '<' && s[k + 1] == '/' && strncasecmp(s + k + 2, name, n) == 0) end = s + k;
                const char *close = end ? memchr(end, '>', len - (size_t)(end - s)) : NULL;
                next = close ? (size_t)(close - s) + 1 : len;
            }
            if (breaks_paragraph(name, n) && out->len && out->data[out->len - 1] != '\n') {
                while (out->len && out->data[out->len - 1] == ' ') out->len--;
                an_buf_putc(out, '\n');
                space = 1;
            }
            i = next;
            continue;
        }
        if (html && c == '&') {
            size_t before = out->len, used = entity(s + i, len - i, out);
            if (used) {
                int blank = out->len > before && out->data[before] == ' '; /* &nbsp; */
                if (blank && space) out->len = before;
                space = blank;
                i += used;
                continue;
            }
        }
        int nbsp = c == 0xc2 && i + 1 < len && (unsigned char)s[i + 1] == 0xa0;
        if (c == '\n' || c == '\r') {
            while (out->len && out->data[out->len - 1] == ' ') out->len--;
            if (!html && out->len && out->data[out->len - 1] != '\n') an_buf_putc(out, '\n');
            else if (html && !space) an_buf_putc(out, ' ');
            space = 1;
        } else if (c == ' ' || c == '\t' || nbsp) {
            if (!space) an_buf_putc(out, ' ');
            space = 1;
        } else {
            an_buf_putc(out, (char)c);
            space = 0;
        }
        i += nbsp ? 2 : 1;
    }
}

/* s is NUL-terminated (s[len] == 0). */
int an_ld_body_paragraphs(const char *s, size_t len, annals_doc *doc) {
    an_buf lines;
    an_buf_init(&lines);
    body_lines(s, len, &lines);
    size_t n = 0, cap = 16;
    const char **paras = malloc(cap * sizeof *paras);
    size_t *lens = malloc(cap * sizeof *lens);
    int rc = lines.failed || !paras || !lens ? -1 : 0;
    for (size_t i = 0; rc == 0 && i < lines.len;) {
        size_t end = i;
        while (end < lines.len && lines.data[end] != '\n') end++;
        size_t a = i, b = end;
        while (a < b && lines.data[a] == ' ') a++;
        while (b > a && lines.data[b - 1] == ' ') b--;
        if (b > a) {
            if (n == cap) {
                cap *= 2;
                const char **np = realloc(paras, cap * sizeof *paras);
                if (np) paras = np;
                size_t *nl = realloc(lens, cap * sizeof *lens);
                if (nl) lens = nl;
                if (!np || !nl) rc = -1;
            }
            if (rc == 0) {
                paras[n] = lines.data + a;
                lens[n++] = b - a;
            }
        }
        i = end + 1;
    }
    if (rc == 0) rc = an_doc_set_paragraphs(doc, paras, lens, n);
    free(paras);
    free(lens);
    an_buf_free(&lines);
    return rc;
}
