/* markup.c - the inline HTML that page dumps keep: tags are dropped (block tags leave a
 * space), <a href> becomes a link, entities are decoded, white space is folded. One pass,
 * linear in the input: searches for '>' are cached so a run of unclosed '<' does not
 * rescan the line. */
#include <string.h>
#include <strings.h>

#include "core/utf8.h"
#include "read/plaintext.h"

#define ENTITY_NAME_MAX 32

enum { TAG_INLINE = 1, TAG_BLOCK = 2, TAG_RAW = 4, TAG_LINK = 8 };

typedef struct {
    const an_read_res *r;
    annals_doc *doc;
    an_buf *out;
    size_t start;      /* out->len when the call began */
    size_t base;       /* where out[start] stands in the string `where` names */
    int where;
    int space;         /* a space is owed before the next visible character */
    int failed;
    int in_link;
    size_t link_start; /* SIZE_MAX until the link text's first character */
    an_buf href;
    size_t gt_from, gt_pos; /* the first '>' at or after gt_from (len when none) */
} cleaner;

/* ---- tags ---------------------------------------------------------------------------- */

static const struct {
    const char *name;
    int kind;
} tags[] = {
    {"a", TAG_INLINE | TAG_LINK}, {"abbr", TAG_INLINE}, {"acronym", TAG_INLINE},
    {"address", TAG_BLOCK}, {"area", TAG_BLOCK}, {"article", TAG_BLOCK}, {"aside", TAG_BLOCK},
    {"audio", TAG_BLOCK}, {"b", TAG_INLINE}, {"base", TAG_BLOCK}, {"bdi", TAG_INLINE},
    {"bdo", TAG_INLINE}, {"big", TAG_INLINE}, {"blockquote", TAG_BLOCK}, {"body", TAG_BLOCK},
    {"br", TAG_BLOCK}, {"button", TAG_BLOCK}, {"canvas", TAG_BLOCK}, {"caption", TAG_BLOCK},
    {"center", TAG_BLOCK}, {"cite", TAG_INLINE}, {"code", TAG_INLINE}, {"col", TAG_BLOCK},
    {"colgroup", TAG_BLOCK}, {"data", TAG_INLINE}, {"dd", TAG_BLOCK}, {"del", TAG_INLINE},
    {"details", TAG_BLOCK}, {"dfn", TAG_INLINE}, {"dialog", TAG_BLOCK}, {"div", TAG_BLOCK},
    {"dl", TAG_BLOCK}, {"dt", TAG_BLOCK}, {"em", TAG_INLINE}, {"embed", TAG_BLOCK},
    {"fieldset", TAG_BLOCK}, {"figcaption", TAG_BLOCK}, {"figure", TAG_BLOCK},
    {"font", TAG_INLINE}, {"footer", TAG_BLOCK}, {"form", TAG_BLOCK}, {"h1", TAG_BLOCK},
    {"h2", TAG_BLOCK}, {"h3", TAG_BLOCK}, {"h4", TAG_BLOCK}, {"h5", TAG_BLOCK},
    {"h6", TAG_BLOCK}, {"head", TAG_BLOCK}, {"header", TAG_BLOCK}, {"hgroup", TAG_BLOCK},
    {"hr", TAG_BLOCK}, {"html", TAG_BLOCK}, {"i", TAG_INLINE}, {"iframe", TAG_BLOCK},
    {"img", TAG_BLOCK}, {"input", TAG_BLOCK}, {"ins", TAG_INLINE}, {"kbd", TAG_INLINE},
    {"label", TAG_INLINE}, {"legend", TAG_BLOCK}, {"li", TAG_BLOCK}, {"link", TAG_BLOCK},
    {"main", TAG_BLOCK}, {"map", TAG_BLOCK}, {"mark", TAG_INLINE}, {"math", TAG_RAW},
    {"menu", TAG_BLOCK}, {"meta", TAG_BLOCK}, {"meter", TAG_INLINE}, {"nav", TAG_BLOCK},
    {"nobr", TAG_INLINE}, {"noscript", TAG_RAW}, {"object", TAG_BLOCK}, {"ol", TAG_BLOCK},
    {"optgroup", TAG_BLOCK}, {"option", TAG_BLOCK}, {"output", TAG_INLINE}, {"p", TAG_BLOCK},
    {"param", TAG_BLOCK}, {"picture", TAG_BLOCK}, {"pre", TAG_BLOCK},
    {"progress", TAG_INLINE}, {"q", TAG_INLINE}, {"rp", TAG_INLINE}, {"rt", TAG_INLINE},
    {"ruby", TAG_INLINE}, {"s", TAG_INLINE}, {"samp", TAG_INLINE}, {"script", TAG_RAW},
    {"section", TAG_BLOCK}, {"select", TAG_BLOCK}, {"small", TAG_INLINE},
    {"source", TAG_BLOCK}, {"span", TAG_INLINE}, {"strike", TAG_INLINE},
    {"strong", TAG_INLINE}, {"style", TAG_RAW}, {"sub", TAG_INLINE}, {"summary", TAG_BLOCK},
    {"sup", TAG_INLINE}, {"svg", TAG_RAW}, {"table", TAG_BLOCK}, {"tbody", TAG_BLOCK},
    {"td", TAG_BLOCK}, {"template", TAG_RAW}, {"textarea", TAG_BLOCK}, {"tfoot", TAG_BLOCK},
    {"th", TAG_BLOCK}, {"thead", TAG_BLOCK}, {"time", TAG_INLINE}, {"title", TAG_BLOCK},
    {"tr", TAG_BLOCK}, {"track", TAG_BLOCK}, {"tt", TAG_INLINE}, {"u", TAG_INLINE},
    {"ul", TAG_BLOCK}, {"var", TAG_INLINE}, {"video", TAG_BLOCK}, {"wbr", TAG_INLINE},
};

static int is_alpha(int c) { return ((c | 0x20) >= 'a' && (c | 0x20) <= 'z'); }
static int is_name_char(int c) {
    return is_alpha(c) || (c >= '0' && c <= '9') || c == '-' || c == ':' || c == '_';
}
static int is_html_space(int c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

/* The kind of a tag name; 0 when it is not a tag (so "<3" or "x<y" stay text). Custom and
 * namespaced elements (my-widget, o:p) count as inline. */
static int tag_kind(const char *name, size_t n) {
    for (size_t i = 0; i < sizeof tags / sizeof tags[0]; i++)
        if (strlen(tags[i].name) == n && strncasecmp(tags[i].name, name, n) == 0) return tags[i].kind;
    return memchr(name, '-', n) || memchr(name, ':', n) ? TAG_INLINE : 0;
}

/* ---- output ------------------------------------------------------------------------ */

static void before_visible(cleaner *c) {
    if (c->space && c->out->len > c->start) an_buf_putc(c->out, ' ');
    c->space = 0;
    if (c->in_link && c->link_start == SIZE_MAX) c->link_start = c->out->len;
}

/* Characters that take no room: soft hyphen, zero-width space, word joiner, BOM, marks of
 * direction. */
static int is_invisible(uint32_t cp) {
    return cp == 0xAD || cp == 0x200B || cp == 0x2060 || cp == 0xFEFF || cp == 0x200E ||
           cp == 0x200F;
}

/* Controls and the Unicode spaces (Zs and line separators) all fold into one space. */
static int is_blank(uint32_t cp) {
    if (cp <= 0x20 || (cp >= 0x7F && cp <= 0xA0)) return 1;
    return cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028 || cp == 0x2029 ||
           cp == 0x202F || cp == 0x205F || cp == 0x3000;
}

static void emit_cp(cleaner *c, uint32_t cp) {
    if (is_invisible(cp)) return;
    if (is_blank(cp)) {
        c->space = 1;
        return;
    }
    char tmp[4];
    size_t n = an_utf8_encode(cp, tmp);
    if (n == 0) n = an_utf8_encode(AN_REPLACEMENT, tmp);
    before_visible(c);
    an_buf_append(c->out, tmp, n);
}

static size_t literal(cleaner *c, char ch, size_t i) {
    before_visible(c);
    an_buf_putc(c->out, ch);
    return i + 1;
}

/* ---- entities ---------------------------------------------------------------------- */

/* &#128;..&#159; name windows-1252 characters on real pages (HTML reads them so). */
static uint32_t numeric_cp(uint32_t v) {
    static const uint16_t cp1252[32] = {
        0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
        0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
        0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};
    if (v == 0 || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) return AN_REPLACEMENT;
    if (v >= 0x80 && v <= 0x9F && cp1252[v - 0x80]) return cp1252[v - 0x80];
    return v;
}

static int digit_value(int c, int hex) {
    if (c >= '0' && c <= '9') return c - '0';
    if (hex && (c | 0x20) >= 'a' && (c | 0x20) <= 'f') return (c | 0x20) - 'a' + 10;
    return -1;
}

/* Decodes the entity at s[i] == '&'; returns its length with *cp set, or 0 when it is not a
 * complete, known entity (it then stays as written). */
static size_t decode_entity(const an_read_res *r, const char *s, size_t len, size_t i,
                            uint32_t *cp) {
    size_t j = i + 1;
    if (j < len && s[j] == '#') {
        int hex = ++j < len && (s[j] | 0x20) == 'x';
        j += (size_t)hex;
        size_t first = j;
        uint32_t v = 0;
        for (int d; j < len && (d = digit_value((unsigned char)s[j], hex)) >= 0; j++)
            if (v <= 0x10FFFF) v = v * (hex ? 16 : 10) + (uint32_t)d;
        if (j == first || j >= len || s[j] != ';') return 0;
        *cp = numeric_cp(v);
        return j + 1 - i;
    }
    size_t first = j;
    while (j < len && j - first <= ENTITY_NAME_MAX && (is_alpha((unsigned char)s[j]) ||
                                                      (s[j] >= '0' && s[j] <= '9')))
        j++;
    int v;
    if (j == first || j >= len || s[j] != ';' || !an_strtab_get(&r->entities, s + first, j - first, &v))
        return 0;
    *cp = (uint32_t)v;
    return j + 1 - i;
}

/* ---- links ------------------------------------------------------------------------- */

static void close_link(cleaner *c) {
    if (!c->in_link) return;
    c->in_link = 0;
    if (!c->doc || c->link_start == SIZE_MAX || c->out->len <= c->link_start || c->out->failed)
        return;
    an_link *l = AN_PUSH(c->doc, links);
    if (!l) {
        c->failed = 1;
        return;
    }
    l->text = an_arena_strndup(&c->doc->arena, c->out->data + c->link_start,
                               c->out->len - c->link_start);
    l->href = an_arena_strndup(&c->doc->arena, c->href.data ? c->href.data : "", c->href.len);
    l->where = c->where;
    l->start = c->base + (c->link_start - c->start);
    l->end = c->base + (c->out->len - c->start);
    if (!l->text || !l->href) c->failed = 1;
}

/* The value of the href attribute in a[0..n), or NULL. */
static const char *find_href(const char *a, size_t n, size_t *vlen) {
    for (size_t i = 0; i + 4 <= n; i++) {
        if (strncasecmp(a + i, "href", 4) != 0 || (i > 0 && !is_html_space(a[i - 1]))) continue;
        size_t j = i + 4;
        while (j < n && is_html_space(a[j])) j++;
        if (j >= n || a[j] != '=') continue;
        j++;
        while (j < n && is_html_space(a[j])) j++;
        char quote = j < n && (a[j] == '"' || a[j] == '\'') ? a[j++] : 0;
        size_t k = j;
        while (k < n && (quote ? a[k] != quote : !is_html_space(a[k]))) k++;
        *vlen = k - j;
        return a + j;
    }
    return NULL;
}

static void open_link(cleaner *c, const char *attrs, size_t n) {
    close_link(c);
    size_t vlen = 0;
    const char *v = find_href(attrs, n, &vlen);
    if (!v) return;
    an_buf_clear(&c->href);
    for (size_t i = 0; i < vlen;) {
        uint32_t cp;
        size_t k = v[i] == '&' ? decode_entity(c->r, v, vlen, i, &cp) : 0;
        if (k) {
            char tmp[4];
            an_buf_append(&c->href, tmp, an_utf8_encode(cp, tmp));
            i += k;
        } else {
            an_buf_putc(&c->href, v[i++]);
        }
    }
    while (c->href.len && is_html_space(c->href.data[c->href.len - 1])) c->href.len--;
    size_t lead = 0;
    while (lead < c->href.len && is_html_space(c->href.data[lead])) lead++;
    if (lead) {
        memmove(c->href.data, c->href.data + lead, c->href.len - lead);
        c->href.len -= lead;
    }
    if (c->href.len == 0) return;
    c->in_link = 1;
    c->link_start = SIZE_MAX;
}

/* ---- tags, continued --------------------------------------------------------------- */

static size_t find_gt(cleaner *c, const char *s, size_t len, size_t from) {
    if (from >= c->gt_from && from <= c->gt_pos) return c->gt_pos;
    const char *p = memchr(s + from, '>', len - from);
    c->gt_from = from;
    c->gt_pos = p ? (size_t)(p - s) : len;
    return c->gt_pos;
}

/* Skips the content of script, style and the like up to past its end tag. */
static size_t skip_raw(const char *s, size_t len, size_t from, const char *name, size_t n) {
    for (size_t i = from; i < len; i++) {
        const char *lt = memchr(s + i, '<', len - i);
        if (!lt) return len;
        i = (size_t)(lt - s);
        if (len - i >= n + 2 && s[i + 1] == '/' && strncasecmp(s + i + 2, name, n) == 0) {
            const char *gt = memchr(s + i, '>', len - i);
            return gt ? (size_t)(gt - s) + 1 : len;
        }
    }
    return len;
}

static size_t on_comment(const char *s, size_t len, size_t i) {
    for (size_t k = i + 4; k + 3 <= len; k++) {
        const char *dash = memchr(s + k, '-', len - k);
        if (!dash) break;
        k = (size_t)(dash - s);
        if (len - k >= 3 && dash[1] == '-' && dash[2] == '>') return k + 3;
    }
    return len; /* an unclosed comment runs to the end */
}

static size_t on_tag(cleaner *c, const char *s, size_t len, size_t i) {
    if (len - i >= 4 && memcmp(s + i, "<!--", 4) == 0) return on_comment(s, len, i);
    size_t j = i + 1;
    if (j < len && (s[j] == '!' || s[j] == '?')) { /* doctype, CDATA, processing instruction */
        if (j + 1 >= len || !(is_alpha((unsigned char)s[j + 1]) || s[j + 1] == '[')) return literal(c, '<', i);
        size_t gt = find_gt(c, s, len, j);
        c->space = 1;
        return gt < len ? gt + 1 : len;
    }
    int closing = j < len && s[j] == '/';
    j += (size_t)closing;
    size_t name = j;
    while (j < len && is_name_char((unsigned char)s[j])) j++;
    if (j == name || !is_alpha((unsigned char)s[name]) ||
        (j < len && !is_html_space(s[j]) && s[j] != '/' && s[j] != '>'))
        return literal(c, '<', i);
    int kind = tag_kind(s + name, j - name);
    if (!kind) return literal(c, '<', i);
    size_t gt = find_gt(c, s, len, j);
    if (gt >= len) return len; /* an unclosed tag at the end: the rest is its attributes */
    int self_closing = gt > j && s[gt - 1] == '/';
    if ((kind & TAG_RAW) && !closing && !self_closing) {
        c->space = 1;
        return skip_raw(s, len, gt + 1, s + name, j - name);
    }
    if (kind & TAG_LINK) {
        if (closing) close_link(c);
        else open_link(c, s + j, gt - j);
    }
    if (kind & (TAG_BLOCK | TAG_RAW)) c->space = 1;
    return gt + 1;
}

/* ---- the pass ------------------------------------------------------------------------ */

static int is_plain(unsigned char ch) { return ch > ' ' && ch < 0x7F && ch != '<' && ch != '&'; }

static void clean_pass(cleaner *c, const char *s, size_t len) {
    for (size_t i = 0; i < len && !c->failed;) {
        unsigned char ch = (unsigned char)s[i];
        if (is_plain(ch)) { /* a run of words with single spaces is copied at once */
            size_t j = i + 1;
            for (;;) {
                while (j < len && is_plain((unsigned char)s[j])) j++;
                if (j + 1 >= len || s[j] != ' ' || !is_plain((unsigned char)s[j + 1])) break;
                j += 2;
            }
            before_visible(c);
            an_buf_append(c->out, s + i, j - i);
            i = j;
        } else if (ch == '<') {
            i = on_tag(c, s, len, i);
        } else if (ch == '&') {
            uint32_t cp;
            size_t k = decode_entity(c->r, s, len, i, &cp);
            if (k) {
                emit_cp(c, cp);
                i += k;
            } else {
                i = literal(c, '&', i);
            }
        } else if (ch < 0x80) {
            c->space = 1;
            i++;
        } else {
            size_t adv;
            int32_t cp = an_utf8_decode((const unsigned char *)s + i, len - i, &adv);
            emit_cp(c, cp < 0 ? AN_REPLACEMENT : (uint32_t)cp);
            i += adv;
        }
    }
}

int an_clean_inline(const an_read_res *r, annals_doc *doc, const char *s, size_t len, int where,
                    size_t base, an_buf *out) {
    cleaner c;
    memset(&c, 0, sizeof c);
    c.r = r;
    c.doc = doc;
    c.out = out;
    c.start = out->len;
    c.base = base;
    c.where = where;
    c.gt_pos = SIZE_MAX;
    c.gt_from = SIZE_MAX;
    an_buf_init(&c.href);
    if (an_buf_reserve(out, len) != 0) return -1;
    clean_pass(&c, s, len);
    close_link(&c);
    int failed = c.failed || out->failed || c.href.failed;
    an_buf_free(&c.href);
    return failed ? -1 : 0;
}
