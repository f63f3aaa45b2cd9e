/* walk.c - one pass over the parsed page in document order: every element gets flags from
 * its tag, class, id, role and style; the visible text is cut into blocks at block-level
 * boundaries, each with its word and link-word counts. The walk is iterative, so deep
 * trees of broken markup cost no stack. */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "core/data.h"
#include "web/page.h"

typedef struct {
    const char *name;
    uint32_t flags;
} tag_info;

/* Sorted by name. */
static const tag_info tags[] = {
    {"a", 0},
    {"address", E_BLOCK},
    /* AMP's components: ads, trackers, share buttons and consent boxes are never text; the
     * sidebar is the menu; a video player holds only its fallback */
    {"amp-ad", E_SKIP},
    {"amp-analytics", E_SKIP},
    {"amp-consent", E_BLOCK | E_BOILER},
    {"amp-embed", E_SKIP},
    {"amp-iframe", E_SKIP},
    {"amp-img", E_SKIP | E_IMAGE},
    {"amp-pixel", E_SKIP},
    {"amp-sidebar", E_BLOCK | E_BOILER},
    {"amp-social-share", E_SKIP},
    {"amp-sticky-ad", E_SKIP},
    {"amp-user-notification", E_BLOCK | E_BOILER},
    {"amp-video", E_SKIP | E_IMAGE},
    {"amp-youtube", E_SKIP | E_IMAGE},
    {"applet", E_SKIP},
    {"article", E_BLOCK},
    {"aside", E_BLOCK | E_BOILER},
    {"audio", E_SKIP},
    {"blockquote", E_BLOCK | E_QUOTE},
    {"body", E_BLOCK},
    {"br", E_BLOCK | E_SKIP},
    {"button", E_SKIP},
    {"canvas", E_SKIP},
    {"caption", E_BLOCK},
    {"center", E_BLOCK},
    {"dd", E_BLOCK | E_LIST},
    {"details", E_BLOCK},
    {"dialog", E_SKIP},
    {"div", E_BLOCK},
    {"dl", E_BLOCK},
    {"dt", E_BLOCK | E_LIST},
    {"embed", E_SKIP},
    {"fieldset", E_BLOCK},
    {"figcaption", E_BLOCK | E_CAPTION},
    {"figure", E_BLOCK | E_CAPTION},
    {"footer", E_BLOCK | E_BOILER},
    {"form", E_BLOCK},
    {"frameset", E_SKIP},
    {"h1", E_BLOCK | E_HEADING | E_H1},
    {"h2", E_BLOCK | E_HEADING},
    {"h3", E_BLOCK | E_HEADING},
    {"h4", E_BLOCK | E_HEADING},
    {"h5", E_BLOCK | E_HEADING},
    {"h6", E_BLOCK | E_HEADING},
    {"head", E_SKIP},
    {"header", E_BLOCK | E_BOILER},
    {"hgroup", E_BLOCK},
    {"hr", E_BLOCK | E_SKIP},
    {"html", E_BLOCK},
    {"iframe", E_SKIP},
    {"img", E_SKIP | E_IMAGE},
    {"input", E_SKIP},
    {"label", E_SKIP},
    {"legend", E_BLOCK},
    {"li", E_BLOCK | E_LIST},
    {"link", E_SKIP},
    {"main", E_BLOCK},
    {"map", E_SKIP},
    {"math", E_SKIP},
    {"menu", E_BLOCK | E_BOILER},
    {"meta", E_SKIP},
    {"nav", E_BLOCK | E_BOILER},
    {"noscript", E_SKIP},
    {"object", E_SKIP},
    {"ol", E_BLOCK},
    {"optgroup", E_SKIP},
    {"option", E_SKIP},
    {"p", E_BLOCK | E_PARA},
    {"picture", E_SKIP | E_IMAGE},
    {"pre", E_BLOCK | E_PRE},
    {"script", E_SKIP},
    {"section", E_BLOCK},
    {"select", E_SKIP},
    {"source", E_SKIP},
    {"style", E_SKIP},
    {"summary", E_BLOCK},
    {"svg", E_SKIP},
    {"table", E_BLOCK},
    {"tbody", E_BLOCK},
    {"td", E_BLOCK | E_CELL},
    {"template", E_SKIP},
    {"textarea", E_SKIP},
    {"tfoot", E_BLOCK},
    {"th", E_BLOCK | E_CELL},
    {"thead", E_BLOCK},
    {"title", E_SKIP},
    {"tr", E_BLOCK},
    {"ul", E_BLOCK},
    {"video", E_SKIP | E_IMAGE},
};

/* The tags by a hash of their name: the parser gives every element its own copy of its
 * name, so a name is looked up once an element, some 700 times a page. */
#define TAG_SLOTS 256 /* a power of two, over twice the tags */
static const tag_info *tag_slots[TAG_SLOTS];
static pthread_once_t tags_once = PTHREAD_ONCE_INIT;

static unsigned tag_hash(const char *name, size_t n) {
    return ((unsigned)n * 97u + (unsigned char)name[0] * 31u + (unsigned char)name[n - 1] * 7u +
            (unsigned char)name[n / 2]) & (TAG_SLOTS - 1);
}

static void build_tags(void) {
    for (size_t i = 0; i < sizeof tags / sizeof *tags; i++) {
        unsigned h = tag_hash(tags[i].name, strlen(tags[i].name));
        while (tag_slots[h]) h = (h + 1) & (TAG_SLOTS - 1);
        tag_slots[h] = &tags[i];
    }
}

static uint32_t tag_flags(const char *name) {
    size_t n = strlen(name);
    if (n == 0) return 0;
    pthread_once(&tags_once, build_tags);
    for (unsigned h = tag_hash(name, n);; h = (h + 1) & (TAG_SLOTS - 1)) {
        const tag_info *t = tag_slots[h];
        if (!t) return 0;
        if (t->name[0] == name[0] && strcmp(t->name, name) == 0) return t->flags;
    }
}

/* ---- class and id hints ---- */

static int has_token(const char *s, const char *word, const char *seps) {
    size_t k = strlen(word);
    for (const char *p = s; (p = strstr(p, word)) != NULL; p++) {
        int before = p == s || strchr(seps, p[-1]);
        int after = p[k] == 0 || strchr(seps, p[k]);
        if (before && after) return 1;
    }
    return 0;
}

static int any_token(const char *s, const char *const *list, const char *seps) {
    for (; *list; list++)
        if (has_token(s, *list, seps)) return 1;
    return 0;
}

/* All the class words in one table, bucketed by first byte, so a class string is matched in
 * one scan instead of a strstr per word. */
enum { M_PART, M_TOKEN, M_SPACED }; /* anywhere; between " -_"; between spaces */
enum { H_NEG = 1, H_POS = 2, H_HIDDEN = 4, H_CAPTION = 8, H_CREDIT = 16, H_BYLINE = 32, H_DATE = 64,
       H_HEADING = 128, H_WEAK = 256, H_NEUTRAL = 512 };

typedef struct {
    const char *word;
    unsigned char len, how;
    unsigned short hint;
} class_word;

static class_word words_by_byte[256][48];
static unsigned char n_by_byte[256];
/* The words' first two bytes, one bit each: most places in a class string start none. */
static uint64_t pair_bits[65536 / 64];
static pthread_once_t words_once = PTHREAD_ONCE_INIT;

/* One line of data/web-classes.txt: WORD<TAB>MATCH<TAB>HINT. */
static int add_word(void *unused, const an_field f[AN_FIELDS]) {
    static const char *const matches[] = {"part", "token", "spaced"};
    static const char *const hints[] = {"neg", "pos", "hidden", "caption", "credit",
                                        "byline", "date", "heading", "weak", "neutral"};
    (void)unused;
    int how = -1, bit = -1;
    for (int k = 0; k < 3; k++)
        if (an_field_is(&f[1], matches[k])) how = k;
    for (int k = 0; k < 10; k++)
        if (an_field_is(&f[2], hints[k])) bit = k;
    size_t wl = f[0].n;
    unsigned char c = wl ? (unsigned char)f[0].s[0] : 0;
    if (how < 0 || bit < 0 || wl == 0 || wl > 255 || n_by_byte[c] >= 48) return 0;
    char *copy = malloc(wl + 1);
    if (!copy) return 0;
    memcpy(copy, f[0].s, wl);
    copy[wl] = 0;
    class_word *w = &words_by_byte[c][n_by_byte[c]++];
    w->word = copy; /* kept for the life of the process, like the table */
    w->len = (unsigned char)wl;
    w->how = (unsigned char)how;
    w->hint = (unsigned short)(1u << bit);
    unsigned pair = (unsigned)c << 8 | (wl > 1 ? (unsigned char)f[0].s[1] : 0);
    pair_bits[pair >> 6] |= 1ull << (pair & 63);
    return 0;
}

static void build_words(void) { an_data_each("web-classes.txt", add_word, NULL); }

static int is_sep(char c, int how) {
    return c == 0 || c == ' ' || (how == M_TOKEN && (c == '-' || c == '_'));
}

/* 1 when a word of the "neutral" kind starts at ci[i]: it holds a boilerplate word but
 * names the article's kind or readers ("commentary-body", "subscriber-only"). */
static int neutral_at(const char *ci, size_t i, size_t len) {
    unsigned char c = (unsigned char)ci[i];
    for (unsigned k = 0; k < n_by_byte[c]; k++) {
        const class_word *w = &words_by_byte[c][k];
        if (w->hint == H_NEUTRAL && i + w->len <= len && memcmp(ci + i, w->word, w->len) == 0) return 1;
    }
    return 0;
}

static int match_hints(const char *ci, size_t len) {
    int hints = 0;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)ci[i];
        unsigned pair = (unsigned)c << 8 | (unsigned char)ci[i + 1];
        if (!(pair_bits[pair >> 6] >> (pair & 63) & 1)) continue;
        for (unsigned k = 0; k < n_by_byte[c]; k++) {
            const class_word *w = &words_by_byte[c][k];
            if (i + w->len > len || ci[i + 1] != w->word[1] || memcmp(ci + i, w->word, w->len) != 0)
                continue;
            int starts = i == 0 || is_sep(ci[i - 1], w->how);
            if (w->how != M_PART && !(starts && is_sep(ci[i + w->len], w->how))) continue;
            if (w->hint == H_NEG && neutral_at(ci, i, len)) continue;
            hints |= w->hint;
        }
    }
    return hints;
}

/* The attributes the walk looks at, found in one pass without copies. */
typedef struct {
    const char *cls, *id, *style, *role, *itemprop;
    int hidden, href;
} attrs;

static const char *attr_text(const xmlAttr *a) {
    return a->children && a->children->content ? (const char *)a->children->content : "";
}

static void get_attrs(xmlNode *n, attrs *at) {
    memset(at, 0, sizeof *at);
    for (const xmlAttr *a = n->properties; a; a = a->next) {
        const char *k = (const char *)a->name;
        switch (k[0]) { /* most attributes are none of these: one byte tells */
        case 'c':
            if (strcmp(k, "class") == 0) at->cls = attr_text(a);
            break;
        case 'i':
            if (strcmp(k, "id") == 0) at->id = attr_text(a);
            else if (strcmp(k, "itemprop") == 0) at->itemprop = attr_text(a);
            break;
        case 's':
            if (strcmp(k, "style") == 0) at->style = attr_text(a);
            break;
        case 'r':
            if (strcmp(k, "role") == 0) at->role = attr_text(a);
            break;
        case 'h':
            if (strcmp(k, "hidden") == 0) at->hidden = 1;
            else if (strcmp(k, "href") == 0) at->href = 1;
            break;
        default:
            break;
        }
    }
}

/* "class id" in lower case, cut at cap bytes. */
static size_t class_and_id(const attrs *at, char *out, size_t cap) {
    size_t len = 0;
    const char *v[2] = {at->cls, at->id};
    out[0] = 0;
    for (int i = 0; i < 2; i++) {
        if (!v[i]) continue;
        for (const char *c = v[i]; *c && len + 2 < cap; c++)
            out[len++] = (char)(*c >= 'A' && *c <= 'Z' ? *c + 32 : *c);
        if (len + 1 < cap) out[len++] = ' ';
        out[len] = 0;
    }
    return len;
}

static uint32_t style_flags(const char *v) {
    if (!v || (!strchr(v, 'n') && !strchr(v, 'N'))) return 0; /* no "none", no "hidden" */
    char tight[256];
    size_t k = 0;
    for (const char *c = v; *c && k + 1 < sizeof tight; c++)
        if (*c != ' ') tight[k++] = (char)(*c >= 'A' && *c <= 'Z' ? *c + 32 : *c);
    tight[k] = 0;
    return strstr(tight, "display:none") || strstr(tight, "visibility:hidden") ? E_HIDDEN : 0;
}

static uint32_t role_flags(const char *v) {
    if (!v) return 0;
    static const char *const boiler[] = {"navigation", "banner", "contentinfo", "complementary",
                                         "search", "menu", "menubar", "dialog", "alertdialog",
                                         "tooltip", "toolbar", NULL};
    for (size_t i = 0; boiler[i]; i++)
        if (strcasecmp(v, boiler[i]) == 0) return E_BOILER;
    return strcasecmp(v, "main") == 0 || strcasecmp(v, "article") == 0 ? E_POS : 0;
}

/* What a "class id" string says; the costly part, so it is cached per page. */
static uint32_t class_flags(const char *ci, size_t len) {
    pthread_once(&words_once, build_words);
    int h = match_hints(ci, len);
    uint32_t f = 0;
    if (h & H_HIDDEN) f |= E_HIDDEN;
    if (h & H_POS) f |= E_POS;
    else if ((h & (H_NEG | H_WEAK)) && !strstr(ci, "embed")) /* embedded posts are quoted text */
        f |= (h & H_NEG) ? E_NEG : E_NEG | E_WEAK;
    if (h & H_CAPTION) f |= E_CAPTION;
    if (h & H_CREDIT) f |= E_CREDIT;
    if (h & H_BYLINE) f |= E_BYLINE;
    if (h & H_DATE) f |= E_DATE;
    if (h & H_HEADING) f |= E_CLASS_HEADING; /* <div class="subheadline">, see enter() */
    return f;
}

static uint64_t fnv(const char *s, size_t n) {
    uint64_t h = 1469598103934665603ull;
    for (size_t i = 0; i < n; i++) h = (h ^ (unsigned char)s[i]) * 1099511628211ull;
    return h | 1; /* 0 marks an empty slot */
}

/* Class tokens that file the article under a topic rather than say what the element is:
 * a blog's post carries "category-social-media tag-comments has-sidebar"; or that say how
 * a field's label shows ("field--label-hidden" on the body of a Drupal page). */
static int is_topic_token(const char *t, size_t n) {
    static const char *const prefixes[] = {"category-", "tag-", "tags-", "topic-", "has-",
                                           "format-", NULL};
    for (size_t i = 0; prefixes[i]; i++)
        if ((t[0] | 0x20) == prefixes[i][0] && strncasecmp(t, prefixes[i], strlen(prefixes[i])) == 0)
            return 1;
    for (size_t i = 0; i + 6 <= n; i++)
        if ((t[i] | 0x20) == 'l' && strncasecmp(t + i, "label-", 6) == 0) return 1;
    return 0;
}

/* "hidden-xs", "hide-on-mobile", "hide-until-desktop": hidden on small screens or in
 * print only, so shown on the page as read on a desktop. */
static int is_small_screen_token(const char *t, size_t n) {
    static const char *const heads[] = {"hidden-", "hide-", NULL};
    static const char *const joins[] = {"on-", "for-", "until-", "", NULL};
    static const char *const sizes[] = {"xs", "sm", "mobile", "mob", "phone", "tablet", "print",
                                        "small", "desktop", NULL};
    if ((t[0] | 0x20) != 'h') return 0;
    for (size_t h = 0; heads[h]; h++) {
        size_t hn = strlen(heads[h]);
        if (n <= hn || strncasecmp(t, heads[h], hn) != 0) continue;
        for (size_t j = 0; joins[j]; j++) {
            size_t jn = strlen(joins[j]);
            if (n <= hn + jn || strncasecmp(t + hn, joins[j], jn) != 0) continue;
            const char *size = t + hn + jn;
            size_t sn = n - hn - jn;
            int until = jn == 6; /* "until-desktop": shown from then on */
            for (size_t k = 0; sizes[k]; k++)
                if (sn == strlen(sizes[k]) && strncasecmp(size, sizes[k], sn) == 0)
                    return until || strcmp(sizes[k], "desktop") != 0;
        }
    }
    return 0;
}

/* "overflow-hidden", "overflow-y-hidden": content clipped at the box's edge, not hidden. */
static int is_clip_token(const char *t, size_t n) {
    return n > 15 && strncasecmp(t, "overflow-", 9) == 0 && strncasecmp(t + n - 6, "hidden", 6) == 0;
}

/* Utility classes that show an element from a screen width on ("hidden md:block"): then
 * "hidden" holds on small screens only. */
static int shown_when_wider(const char *v) {
    static const char *const shows[] = {":block", ":flex", ":inline", ":grid", ":table", ":contents", NULL};
    if (!strchr(v, ':')) return 0;
    for (size_t i = 0; shows[i]; i++)
        if (strstr(v, shows[i])) return 1;
    return 0;
}

/* The class (or id) in lower case without its topic and small-screen tokens, cut at cap
 * bytes. */
static size_t role_words(const char *v, char *out, size_t cap) {
    size_t len = 0;
    int wider = shown_when_wider(v);
    for (const char *c = v; *c && len + 1 < cap;) {
        if (*c == ' ') {
            out[len++] = *c++;
            continue;
        }
        size_t n = strcspn(c, " ");
        if (is_topic_token(c, n) || is_small_screen_token(c, n) || is_clip_token(c, n) ||
            (wider && n == 6 && strncasecmp(c, "hidden", 6) == 0)) {
            c += n;
            continue;
        }
        for (; n-- && len + 1 < cap; c++) out[len++] = (char)(*c >= 'A' && *c <= 'Z' ? *c + 32 : *c);
    }
    out[len] = 0;
    return len;
}

/* What a class or id value says, from its words without topic and small-screen tokens. */
static uint32_t words_flags(const char *v) {
    char ci[320];
    size_t len = role_words(v, ci, sizeof ci);
    return class_flags(ci, len);
}

/* Keyed by the class value as written, so a repeated one costs a hash of its bytes. */
static uint32_t cached_class_flags(an_page *p, const char *v) {
    uint64_t h = fnv(v, strlen(v));
    size_t slot = (size_t)(h % AN_CLASS_CACHE);
    if (p->class_cache[slot].hash == h) return p->class_cache[slot].flags;
    uint32_t f = words_flags(v);
    p->class_cache[slot].hash = h;
    p->class_cache[slot].flags = f;
    return f;
}

static uint32_t hint_flags(an_page *p, const attrs *at) {
    uint32_t f = style_flags(at->style) | role_flags(at->role);
    if (at->hidden) f |= E_HIDDEN;
    if (at->itemprop && strcasecmp(at->itemprop, "articleBody") == 0) f |= E_POS;
    /* class strings repeat across a page and are cached; ids are unique, so apart */
    const char *v[2] = {at->cls, at->id};
    uint32_t cf = 0;
    for (int i = 0; i < 2; i++) {
        if (!v[i] || !*v[i]) continue;
        cf |= i == 0 ? cached_class_flags(p, v[i]) : words_flags(v[i]);
    }
    /* positive words win over negative ones on either attribute */
    if (cf & E_POS) cf &= ~E_NEG;
    return f | cf;
}

/* ---- text blocks ---- */

typedef struct {
    size_t start;     /* offset in p->text of the pending block */
    int owner;        /* -1 while the pending block is empty */
    int words, link_words, last_space;
    size_t link_first;
} pending;

static int is_space_byte(unsigned char c) {
    return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
}

/* Full stops of other scripts, in UTF-8: 。 ！ ？ (CJK), । ॥ (Devanagari), ؟ ۔ (Arabic,
 * Urdu), ። (Ethiopic), ։ (Armenian), ။ (Myanmar). */
static const char *const other_stops[] = {"\xe3\x80\x82", "\xef\xbc\x81", "\xef\xbc\x9f",
                                          "\xe0\xa5\xa4", "\xe0\xa5\xa5", "\xd8\x9f",
                                          "\xdb\x94", "\xe1\x8d\xa2", "\xd6\x89",
                                          "\xe1\x81\x8b", NULL};

static size_t other_stop_at(const char *s, size_t left) {
    if ((unsigned char)*s < 0xc0) return 0;
    for (size_t k = 0; other_stops[k]; k++) {
        if (s[0] != other_stops[k][0]) continue; /* accented letters: no stop starts so */
        size_t n = strlen(other_stops[k]);
        if (n <= left && memcmp(s, other_stops[k], n) == 0) return n;
    }
    return 0;
}

static void count_ends(an_block *b, const char *s) {
    for (size_t i = 0; i < b->len; i++) {
        char c = s[i];
        if ((c == '.' || c == '!' || c == '?') && (i + 1 == b->len || s[i + 1] == ' ' ||
                                                   s[i + 1] == '"' || s[i + 1] == '\'' ||
                                                   (unsigned char)s[i + 1] == 0xe2))
            b->sentence_ends++;
        else if (other_stop_at(s + i, b->len - i))
            b->sentence_ends++;
    }
}

static int flush(an_page *p, pending *pd) {
    if (pd->owner >= 0) {
        while (p->text.len > pd->start && p->text.data[p->text.len - 1] == ' ') p->text.len--;
        if (p->text.len > pd->start) {
            an_block *b = AN_PUSH(p, blocks);
            if (!b) return -1;
            b->off = pd->start;
            b->len = p->text.len - pd->start;
            b->owner = pd->owner;
            b->words = pd->words;
            b->link_words = pd->link_words;
            b->link_first = pd->link_first;
            b->link_n = p->links.n - pd->link_first;
            for (size_t i = b->link_first; i < p->links.n; i++)
                if (p->links.v[i].end > p->text.len) p->links.v[i].end = p->text.len;
            count_ends(b, p->text.data + b->off);
        }
    }
    pd->start = p->text.len;
    pd->owner = -1;
    pd->words = pd->link_words = 0;
    pd->last_space = 1;
    pd->link_first = p->links.n;
    return p->text.failed ? -1 : 0;
}

static void add_text(an_page *p, pending *pd, int cur, const char *s) {
    const an_elem *e = &p->elems.v[cur];
    int in_link = (e->in & E_LINK) != 0, pre = (e->in & E_PRE) != 0;
    for (const unsigned char *c = (const unsigned char *)s; *c; c++) {
        int nbsp = c[0] == 0xc2 && c[1] == 0xa0;
        if (is_space_byte(*c) || nbsp) {
            if (nbsp) c++;
            if (pre && *c == '\n' && pd->owner >= 0) {
                an_buf_putc(&p->text, '\n');
                pd->last_space = 1;
            } else if (!pd->last_space) {
                an_buf_putc(&p->text, ' ');
                pd->last_space = 1;
            }
            continue;
        }
        if (pd->owner < 0) {
            pd->owner = e->blk;
            pd->start = p->text.len;
        }
        /* CJK, Thai, Lao, Khmer and Myanmar have no spaces: each character counts as a word */
        int cjk = (*c >= 0xe3 && *c <= 0xe9) || (*c == 0xe0 && c[1] >= 0xb8 && c[1] <= 0xbb) ||
                  (*c == 0xe1 && (c[1] == 0x80 || c[1] == 0x81 || c[1] == 0x9e || c[1] == 0x9f));
        if (pd->last_space || cjk) {
            pd->words++;
            pd->link_words += in_link;
        }
        pd->last_space = 0;
        an_buf_putc(&p->text, (char)*c);
    }
}

/* Inline formatting whose text belongs to the sentence even when its class says "related". */
static int is_phrase_tag(const char *name) {
    static const char *const phrase[] = {"a", "b", "strong", "i", "em", "u", "mark", "q", "cite",
                                         "abbr", "sup", "sub", "small", "font", NULL};
    for (size_t i = 0; phrase[i]; i++)
        if (strcmp(name, phrase[i]) == 0) return 1;
    return 0;
}

/* 1 when the first element inside n is a link: "<span class=rollover><a>Name</a><span
 * class=rollover-card>...</span></span>" keeps the name. */
static int starts_with_link(xmlNode *n) {
    for (xmlNode *c = n->children; c; c = c->next)
        if (c->type == XML_ELEMENT_NODE) return strcmp((const char *)c->name, "a") == 0;
    return 0;
}

/* An inline element with a boilerplate class is dropped when it is a share widget, an ad or
 * a hover card and holds no block of its own (a <span class="meta_field"> may hold the
 * whole article). */
static int has_block_child(xmlNode *n) {
    for (xmlNode *c = n->children; c; c = c->next)
        if (c->type == XML_ELEMENT_NODE && (tag_flags((const char *)c->name) & E_BLOCK)) return 1;
    return 0;
}

/* The same, a <br> aside: lines set apart in a <div> of text ("2018.04.05 ~ OPEN RUN<br>Tue
 * - Sat 4PM") are still a text <div>. */
static int has_block_child_but_br(xmlNode *n) {
    for (xmlNode *c = n->children; c; c = c->next)
        if (c->type == XML_ELEMENT_NODE && (tag_flags((const char *)c->name) & E_BLOCK) &&
            strcmp((const char *)c->name, "br") != 0)
            return 1;
    return 0;
}

static int drop_inline(xmlNode *n, const attrs *at) {
    if (has_block_child(n)) return 0;
    char ci[320];
    class_and_id(at, ci, sizeof ci);
    static const char *const words[] = {"share", "social", "ad", "ads", "advert", "sr", NULL};
    if (strstr(ci, "rollover") || strstr(ci, "popover") || strstr(ci, "hovercard") ||
        strstr(ci, "tooltip"))
        return !starts_with_link(n); /* a hover card, not the name it pops up from */
    return any_token(ci, words, " -_");
}

static int enter(an_page *p, pending *pd, xmlNode *n, int parent) {
    const char *name = (const char *)n->name;
    uint32_t f = tag_flags(name);
    attrs at;
    get_attrs(n, &at);
    int is_body = name[0] == 'b' && strcmp(name, "body") == 0;
    /* html and body carry site-wide feature classes ("f_share_tools_on"): no hints there */
    if (!(f & E_SKIP) && !is_body && !(name[0] == 'h' && strcmp(name, "html") == 0))
        f |= hint_flags(p, &at);
    if (name[0] == 'a' && name[1] == 0 && at.href) f |= E_LINK;
    if (is_body) p->body = (int)p->elems.n;
    uint32_t pin = parent >= 0 ? p->elems.v[parent].in : 0;
    /* a caption or credit inside a block is a block of its own, so it can go to captions */
    if ((f & (E_CAPTION | E_CREDIT)) && !(f & E_SKIP) && !is_phrase_tag(name)) f |= E_BLOCK;
    /* a span of share buttons or a byline inside a paragraph: not the paragraph's text */
    if ((f & E_NEG) && !(f & E_BLOCK) && !is_phrase_tag(name) && drop_inline(n, &at))
        f |= E_SKIP;
    /* a class says subheading: believed only of an element with no block inside, since
     * headings weigh nothing and a wrapper "with-heading" holds the article */
    if ((f & E_CLASS_HEADING) && !has_block_child(n)) f |= E_HEADING;
    if (name[0] == 'd' && name[1] == 'i' && name[2] == 'v' && !name[3] && !has_block_child_but_br(n))
        f |= E_LEAF_DIV;
    f &= ~(uint32_t)E_CLASS_HEADING;
    /* hidden inline text ("opens in a new window") goes; a hidden block is only weighed
     * down, since a page may hide its article until a script shows it */
    if ((f & E_HIDDEN) && !(f & E_BLOCK)) f |= E_SKIP;
    an_elem *e = AN_PUSH(p, elems);
    if (!e) return -1;
    int idx = (int)p->elems.n - 1;
    e->node = n;
    e->parent = parent;
    e->own = f;
    e->in = f | (pin & E_INHERITED);
    e->blk = (f & E_BLOCK) || parent < 0 ? idx : p->elems.v[parent].blk;
    if ((f & E_BLOCK) && flush(p, pd) != 0) return -1;
    e->mark = p->text.len;
    return idx;
}

static int leave(an_page *p, pending *pd, int idx) {
    an_elem *e = &p->elems.v[idx];
    e->end = (int)p->elems.n - 1;
    if ((e->own & E_LINK) && pd->owner >= 0) {
        size_t start = e->mark, end = p->text.len;
        while (end > start && p->text.data[end - 1] == ' ') end--;
        if (start < pd->start) start = pd->start;
        while (start < end && p->text.data[start] == ' ') start++;
        if (end > start) {
            an_plink *l = AN_PUSH(p, links);
            if (!l) return -1;
            l->start = start;
            l->end = end;
            xmlAttr *href = xmlHasProp(e->node, (const xmlChar *)"href");
            l->href = href && href->children ? (const char *)href->children->content : "";
        }
    }
    return (e->own & E_BLOCK) ? flush(p, pd) : 0;
}

int an_page_walk(an_page *p) {
    xmlNode *root = xmlDocGetRootElement(p->dom);
    if (!root) return 0;
    pending pd = {0, -1, 0, 0, 1, 0};
    xmlNode *n = root;
    int cur = -1;
    for (;;) {
        if (n->type == XML_ELEMENT_NODE) {
            int idx = enter(p, &pd, n, cur);
            if (idx < 0) return -1;
            if (!(p->elems.v[idx].own & E_SKIP) && n->children) {
                cur = idx;
                n = n->children;
                continue;
            }
            if (leave(p, &pd, idx) != 0) return -1;
        } else if ((n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) && cur >= 0 &&
                   n->content) {
            add_text(p, &pd, cur, (const char *)n->content);
        }
        while (n != root && !n->next) {
            n = n->parent;
            if (leave(p, &pd, cur) != 0) return -1;
            cur = p->elems.v[cur].parent;
        }
        if (n == root) break;
        n = n->next;
    }
    return flush(p, &pd);
}

void an_web_node_text(xmlNode *n, an_buf *out) {
    an_buf_clear(out);
    xmlChar *s = xmlNodeGetContent(n);
    if (!s) return;
    int space = 1;
    for (const xmlChar *c = s; *c; c++) {
        if (is_space_byte(*c) || (c[0] == 0xc2 && c[1] == 0xa0)) {
            if (*c == 0xc2) c++;
            if (!space) an_buf_putc(out, ' ');
            space = 1;
        } else {
            an_buf_putc(out, (char)*c);
            space = 0;
        }
    }
    while (out->len && out->data[out->len - 1] == ' ') out->len--;
    an_buf_cstr(out);
    xmlFree(s);
}
