/* marks.c - what the page's structure says where its classes do not: captions beside
 * pictures and under them, captions that repeat an image's alt text, teasers for other
 * stories (a headline link over an excerpt cut short or a short description), and weak
 * class words that a wrapper of good paragraphs belies. Runs after the walk has counted
 * words and before the weighing. */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "core/data.h"
#include "web/page.h"

/* Too many link words for text; long paragraphs with sentences may carry more links. */
int an_link_heavy(const an_block *b) {
    if (b->words >= 25 && b->sentence_ends >= 2) return b->link_words * 4 > b->words * 3;
    return b->link_words * 2 > b->words;
}

#define FIGURE_MAX_WORDS 60 /* an image's wrapper with no more text than this is a figure */

static int is_image(const an_elem *e) { return (e->own & E_IMAGE) != 0; }

static void mark_caption(an_page *p, int a) {
    p->elems.v[a].own |= E_CAPTION;
    for (int j = a; j <= p->elems.v[a].end; j++) p->elems.v[j].in |= E_CAPTION;
}

/* 1 when a text ends in a photo credit: "... (AP Photo/Jo Roe)", "... Image: Getty". */
int an_ends_in_credit(const an_page *p, const char *s, size_t len) {
    while (len && s[len - 1] == ' ') len--;
    size_t start = len;
    if (len && s[len - 1] == ')') {
        while (start > 0 && s[start - 1] != '(') start--;
        if (start == 0) return 0;
        return an_is_credit(p->res, s + start, len - 1 - start);
    }
    /* the credit starts after ". " or "| ", or right after a full stop where a caption's
     * element and its credit's met without a space ("is easy.Jo Roe/Getty") */
    while (start > 1 && !(s[start - 1] == ' ' && strchr(".|", s[start - 2])) &&
           !(s[start - 1] == '.' && s[start] >= 'A' && s[start] <= 'Z' && start >= 2 && s[start - 2] >= 'a' &&
             s[start - 2] <= 'z'))
        start--;
    return an_is_credit(p->res, s + start, len - start);
}

/* 1 when the element's text credits a picture. */
static int credits_picture(const an_page *p, int e) {
    for (size_t i = 0; i < p->blocks.n; i++) {
        const an_block *b = &p->blocks.v[i];
        if (b->owner >= e && b->owner <= p->elems.v[e].end &&
            an_ends_in_credit(p, p->text.data + b->off, b->len))
            return 1;
    }
    return 0;
}

/* The nearest ancestor of an image that holds text, when that text is only a caption's
 * worth and does not run beside the image inside one paragraph; else -1. */
static int figure_of(const an_page *p, int img) {
    int a = p->elems.v[img].parent;
    while (a >= 0 && p->elems.v[a].words == 0) a = p->elems.v[a].parent;
    /* text beside the image inside one paragraph runs on from it; a box holding only a
     * picture and a line is the picture's */
    if (a < 0 || a == p->body || (a == p->elems.v[img].blk && (p->elems.v[a].own & (E_PARA | E_LIST | E_CELL))))
        return -1;
    const an_elem *f = &p->elems.v[a];
    if (f->words > FIGURE_MAX_WORDS || (f->in & (E_CAPTION | E_HEADING | E_LINK))) return -1;
    if (f->link_words * 2 > f->words) return -1; /* a teaser: picture and headline link */
    if (f->in & E_QUOTE) return -1;                /* a quoted post with its picture */
    /* text in paragraphs beside a picture is the article's flow (a short story with its
     * lead image), unless it credits the picture; a caption without a class and without a
     * credit stands in a div or a span */
    for (int j = a; j <= f->end; j++)
        if ((p->elems.v[j].own & E_PARA) && p->elems.v[j].words > 0 && !credits_picture(p, j))
            return -1;
    return a;
}

#define FIGURE_MAX_SHARE 0.4 /* figures holding more of the page's text are a photo essay */

/* Pages without a figure or caption class still set a caption beside its picture: the
 * text that shares a small wrapper with an image is that image's caption. Unless such
 * text is much of the page's: then the story is told beside its pictures. */
static void mark_figures(an_page *p) {
    long fig_words = 0, text_words = 0;
    for (size_t i = 0; i < p->blocks.n; i++)
        if (p->blocks.v[i].words >= MIN_GOOD_WORDS) text_words += p->blocks.v[i].words;
    for (int pass = 0; pass < 2; pass++)
        for (size_t i = 0; i < p->elems.n; i++) {
            if (!is_image(&p->elems.v[i]) || (p->elems.v[i].in & E_CAPTION)) continue;
            int a = figure_of(p, (int)i);
            if (a < 0) continue;
            if (pass == 0) fig_words += p->elems.v[a].words;
            else if (fig_words <= FIGURE_MAX_SHARE * (double)text_words) mark_caption(p, a);
        }
}

#define ITALIC_CAPTION_WORDS 25

/* 1 when all the text of a paragraph is set in italics: <p><em>...</em></p>. */
static int all_italic(xmlNode *n) {
    int any = 0;
    for (xmlNode *c = n->children; c; c = c->next) {
        if (c->type == XML_TEXT_NODE) {
            for (const xmlChar *t = c->content; t && *t; t++)
                if (*t != ' ' && *t != '\n' && *t != '\t' && *t != '\r') return 0;
        } else if (c->type == XML_ELEMENT_NODE) {
            const char *name = (const char *)c->name;
            if (strcmp(name, "em") == 0 || strcmp(name, "i") == 0) any = 1;
            else if (strcmp(name, "br") != 0) return 0;
        }
    }
    return any;
}

/* 1 when the element before e, under the same parent, is a picture with no text. */
static int follows_picture(const an_page *p, int e) {
    int parent = p->elems.v[e].parent, prev = e - 1;
    while (prev > parent && p->elems.v[prev].parent != parent) prev--;
    if (prev <= parent || p->elems.v[prev].words > 0) return 0;
    for (int j = prev; j <= p->elems.v[prev].end; j++)
        if (is_image(&p->elems.v[j])) return 1;
    return 0;
}

/* A short paragraph in italics right under a picture is its caption. */
static void mark_italic_captions(an_page *p) {
    for (size_t i = 0; i < p->elems.n; i++) {
        const an_elem *e = &p->elems.v[i];
        if (!(e->own & E_PARA) || e->words == 0 || e->words > ITALIC_CAPTION_WORDS ||
            (e->in & E_CAPTION) || !all_italic(e->node) || !follows_picture(p, (int)i))
            continue;
        mark_caption(p, (int)i);
    }
}

#define ALT_MIN_MATCH 30 /* bytes a block and an image's alt text must share at least */
#define ALT_SLACK 10      /* bytes either may add: "less", "... more", "Photo: ..." */
#define ALT_KEEP 1024     /* bytes of an alt text kept */
#define ALT_MAX 64        /* alt texts compared per page */

/* An image's alt text with white space folded, its first cap - 1 bytes at most. */
static size_t folded_alt(xmlNode *n, char *out, size_t cap) {
    xmlChar *alt = xmlGetProp(n, (const xmlChar *)"alt");
    size_t len = 0;
    int space = 1;
    for (const xmlChar *c = alt; c && *c && len + 1 < cap; c++) {
        int sp = *c == ' ' || *c == '\n' || *c == '\t' || *c == '\r';
        if (sp && !space) out[len++] = ' ';
        else if (!sp) out[len++] = (char)*c;
        space = sp;
    }
    while (len && out[len - 1] == ' ') len--;
    out[len] = 0;
    xmlFree(alt);
    return len;
}

/* 1 when the block says what the alt text says (which may add a credit), give or take a
 * short tail ("less", "... more"); a block that goes on says more than a caption. */
static int alt_says(const char *s, size_t len, const char *alt, size_t alt_len) {
    if (len > alt_len + ALT_SLACK && alt_len + 1 < ALT_KEEP) return 0; /* (unless cut) */
    size_t shorter = len < alt_len ? len : alt_len, same = 0;
    while (same < shorter && s[same] == alt[same]) same++;
    return same >= ALT_MIN_MATCH && same + ALT_SLACK >= len;
}

/* Galleries repeat an image's description under it: a block that reads as an alt text
 * is a caption, wherever it stands. */
static void mark_alt_captions(an_page *p) {
    char(*alts)[ALT_KEEP] = malloc(ALT_MAX * sizeof *alts);
    size_t lens[ALT_MAX], n = 0;
    for (size_t i = 0; alts && i < p->elems.n && n < ALT_MAX; i++)
        if (is_image(&p->elems.v[i]) &&
            (lens[n] = folded_alt(p->elems.v[i].node, alts[n], ALT_KEEP)) >= ALT_MIN_MATCH)
            n++;
    for (size_t i = 0; n && i < p->blocks.n; i++) {
        const an_block *b = &p->blocks.v[i];
        const an_elem *o = &p->elems.v[b->owner];
        if (b->len < ALT_MIN_MATCH || (o->in & E_CAPTION) || o->words > 2 * b->words) continue;
        for (size_t k = 0; k < n; k++)
            if (alt_says(p->text.data + b->off, b->len, alts[k], lens[k])) {
                mark_caption(p, b->owner);
                break;
            }
    }
    free(alts);
}

/* 1 when the text ends in an ellipsis: "...", "…", "[…]". */
static int ends_cut(const char *s, size_t len) {
    while (len && (s[len - 1] == ']' || s[len - 1] == ' ')) len--;
    return (len >= 3 && memcmp(s + len - 3, "...", 3) == 0) ||
           (len >= 3 && memcmp(s + len - 3, "\xe2\x80\xa6", 3) == 0);
}

#define TEASER_GAP_WORDS 8 /* a byline or date line between a headline link and its excerpt */
#define TEASER_GAPS 2       /* such lines: an author link and a date */
#define CARD_MAX_WORDS 100  /* the description on a card for another story */
#define HEADLINE_OWN_WORDS 5 /* words outside links that make a linked sentence text */

/* The headline link a block follows (a byline and a date line may stand between), or -1. */
static long headline_before(const an_page *p, size_t i) {
    for (size_t h = i, gaps = 0; h-- > 0 && gaps <= TEASER_GAPS; gaps++) {
        const an_block *b = &p->blocks.v[h];
        /* a sentence that links some of its words and has five of its own ("X was voted
         * off <a>Dancing with the Stars</a>.") is text, no headline */
        if (b->words >= 3 && an_link_heavy(b))
            return (p->elems.v[b->owner].in & E_H1) ||
                           (b->sentence_ends && b->words - b->link_words >= HEADLINE_OWN_WORDS)
                       ? -1
                       : (long)h;
        if (b->words > TEASER_GAP_WORDS) return -1;
    }
    return -1;
}

/* 1 when the block is a card's description: alone with the headline link in a small
 * element (a <p> too: a linked subheading in the article's flow shares the body's big
 * element with its paragraphs). */
static int card_text(const an_page *p, const an_block *b, const an_block *h) {
    const an_elem *o = &p->elems.v[b->owner];
    if ((o->own & (E_LIST | E_CELL)) || (o->in & E_HEADING) || an_link_heavy(b) ||
        b->words < 4 || b->words > CARD_MAX_WORDS)
        return 0;
    int e = b->owner;
    while (e >= 0 && !(e <= h->owner && h->owner <= p->elems.v[e].end)) e = p->elems.v[e].parent;
    return e >= 0 && e != p->body &&
           p->elems.v[e].words <= b->words + h->words + TEASER_GAPS * TEASER_GAP_WORDS;
}

/* Lists and cards for other stories give each a headline link and a short text: an
 * excerpt cut short ("..."), or a description beside the link. Two or more such pairs
 * make teasers; one may be the article's own. */
static void mark_teasers(an_page *p) {
    int n = 0;
    for (int pass = 0; pass < 2; pass++)
        for (size_t i = 1; i < p->blocks.n; i++) {
            an_block *b = &p->blocks.v[i];
            long h = headline_before(p, i);
            if (h < 0) continue;
            int cut = b->words >= MIN_GOOD_WORDS && ends_cut(p->text.data + b->off, b->len);
            if (!cut && !card_text(p, b, &p->blocks.v[h])) continue;
            if (pass == 0) n++;
            else b->teaser = n >= 2;
        }
}

#define CARD_RUN 3          /* link-led boxes side by side that make a list of cards */
#define CARD_LINK_BYTES 15  /* a headline link, not a name at the start of a sentence */

/* 1 when a block in a box of its own (not a paragraph, list item or cell) opens with a
 * headline link and goes on with words of its own: "<a>Headline</a><span>Description</span>". */
static int link_led(const an_page *p, const an_block *b) {
    const an_elem *o = &p->elems.v[b->owner];
    if (b->link_n == 0 || (o->own & (E_PARA | E_LIST | E_CELL)) || (o->in & E_HEADING) ||
        b->words > CARD_MAX_WORDS || b->link_words >= b->words)
        return 0;
    const an_plink *l = &p->links.v[b->link_first];
    return l->start == b->off && l->end - l->start >= CARD_LINK_BYTES;
}

/* Cards for other stories may set the headline link and its description in one box: a run
 * of such link-led boxes under one parent are teasers, wherever they stand. */
static void mark_card_runs(an_page *p) {
    for (size_t i = 0; i < p->blocks.n;) {
        size_t end = i;
        int parent = p->elems.v[p->blocks.v[i].owner].parent;
        while (end < p->blocks.n && link_led(p, &p->blocks.v[end]) &&
               p->elems.v[p->blocks.v[end].owner].parent == parent)
            end++;
        for (size_t j = i; end - i >= CARD_RUN && j < end; j++) p->blocks.v[j].teaser = 1;
        i = end > i ? end : i + 1;
    }
}

/* The phrases of data/web-notices.txt, read once. */
static char notices[64][48];
static size_t n_notices;
static pthread_once_t notices_once = PTHREAD_ONCE_INIT;

static int add_notice(void *unused, const an_field f[AN_FIELDS]) {
    (void)unused;
    if (n_notices < 64 && f[0].n > 0 && f[0].n < sizeof notices[0])
        memcpy(notices[n_notices++], f[0].s, f[0].n);
    return 0;
}

static void load_notices(void) { an_data_each("web-notices.txt", add_notice, NULL); }

#define NOTICE_MAX_WORDS 150 /* a cookie notice runs to a long paragraph; an article longer */

/* 1 when the text holds a phrase of a site's notice: "This website uses cookies", "All
 * rights reserved". */
static int is_notice(const char *s, size_t len) {
    char low[1024];
    size_t n = len < sizeof low - 1 ? len : sizeof low - 1;
    for (size_t i = 0; i < n; i++) low[i] = (char)(s[i] >= 'A' && s[i] <= 'Z' ? s[i] + 32 : s[i]);
    low[n] = 0;
    for (size_t i = 0; i < n_notices; i++)
        if (strstr(low, notices[i])) return 1;
    return 0;
}

/* Site notices (cookies, copyright) weigh nothing and are never kept: without a class to
 * name them, their long paragraphs would pull the container away from a short article.
 * Blocks of three words or fewer hold no phrase worth the look. */
static void mark_notices(an_page *p) {
    pthread_once(&notices_once, load_notices);
    for (size_t i = 0; i < p->blocks.n; i++) {
        an_block *b = &p->blocks.v[i];
        if (b->words > 3 && b->words <= NOTICE_MAX_WORDS)
            b->notice = is_notice(p->text.data + b->off, b->len);
    }
}

#define GOOD_PARA_WORDS 20 /* a paragraph of article text: this long, a sentence, few links */

int an_good_paragraph(const an_page *p, const an_block *b) {
    return ((p->elems.v[b->owner].own & E_PARA) || b->br_para) && b->words >= GOOD_PARA_WORDS &&
           b->sentence_ends && b->link_words * 5 < b->words;
}

#define SHORT_PARAS 3 /* paragraphs of a sentence or two that make a wrapper text */

/* Paragraphs of at least a short sentence in e: a story told one sentence a paragraph
 * has few that are long. */
static int short_paragraphs(const an_page *p, int e, int cap) {
    int n = 0;
    for (size_t i = 0; i < p->blocks.n && n < cap; i++) {
        const an_block *b = &p->blocks.v[i];
        n += b->owner >= e && b->owner <= p->elems.v[e].end && (p->elems.v[b->owner].own & E_PARA) &&
             b->words >= MIN_GOOD_WORDS && b->sentence_ends && b->link_words * 5 < b->words;
    }
    return n;
}

/* A weak boilerplate word ("widget", "meta", "promo") on a wrapper of two or more good
 * paragraphs, or three short ones, is a misnomer: "elementor-widget-container",
 * "hs_cos_wrapper_meta_field". */
static void disbelieve_weak_words(an_page *p) {
    int changed = 0;
    for (size_t i = 0; i < p->elems.n; i++) {
        an_elem *e = &p->elems.v[i];
        if ((e->own & E_WEAK) && (e->good_paras >= 2 || short_paragraphs(p, (int)i, SHORT_PARAS) >= SHORT_PARAS)) {
            e->own &= ~(uint32_t)(E_NEG | E_WEAK);
            changed = 1;
        }
    }
    for (size_t i = 0; changed && i < p->elems.n; i++) { /* parents come before children */
        an_elem *e = &p->elems.v[i];
        e->in = (e->in & E_CELL) | ((e->own | (e->parent >= 0 ? p->elems.v[e->parent].in & E_INHERITED : 0)) &
                                    ~(uint32_t)E_CELL);
    }
}

#define FORM_BOX_WORDS 60 /* a box around a form with no more text than this is the form's */

/* 1 for a form, an input field or a button: what a reader fills in or presses, not what
 * an article says. */
static int is_form(const an_elem *e) {
    const char *name = (const char *)e->node->name;
    return (name[0] == 'f' && strcmp(name, "form") == 0) || (name[0] == 'i' && strcmp(name, "input") == 0) ||
           (name[0] == 'b' && strcmp(name, "button") == 0);
}

/* A sign-up, search or comment form (or a button) sits in a small box with its heading and a line of
 * prompt ("Sign up for our free newsletter ..."): the box, up to the largest ancestor of
 * the form that holds little text and at most one good paragraph, is boilerplate. */
static void mark_form_boxes(an_page *p) {
    for (size_t i = 0; i < p->elems.n; i++) {
        if (!is_form(&p->elems.v[i]) || (p->elems.v[i].in & E_NEG)) continue;
        int box = -1;
        for (int a = (int)i; a >= 0 && a != p->body; a = p->elems.v[a].parent) {
            const an_elem *e = &p->elems.v[a];
            if (e->words > FORM_BOX_WORDS || e->good_paras > 1) break;
            box = a;
        }
        if (box < 0 || p->elems.v[box].words == 0) continue;
        p->elems.v[box].own |= E_NEG;
        for (int j = box; j <= p->elems.v[box].end; j++) p->elems.v[j].in |= E_NEG;
    }
}

/* The comment lines of data/web-comments.txt, read once. */
typedef struct {
    char text[32];
    size_t len;
    int at_end;
} comment_line;

static comment_line comment_lines[64];
static size_t n_comment_lines;
static pthread_once_t comments_once = PTHREAD_ONCE_INIT;

static int add_comment_line(void *unused, const an_field f[AN_FIELDS]) {
    (void)unused;
    if (n_comment_lines >= 64 || f[0].n == 0 || f[0].n >= sizeof comment_lines[0].text) return 0;
    comment_line *c = &comment_lines[n_comment_lines++];
    memcpy(c->text, f[0].s, f[0].n);
    c->len = f[0].n;
    c->at_end = an_field_is(&f[1], "end");
    return 0;
}

static void load_comment_lines(void) { an_data_each("web-comments.txt", add_comment_line, NULL); }

#define COMMENT_LINE_WORDS 6 /* a name and "says:"; "Reply to this comment" */

static int same_ci(const char *a, const char *b, size_t n) {
    for (size_t i = 0; i < n; i++) {
        char x = a[i] >= 'A' && a[i] <= 'Z' ? a[i] + 32 : a[i];
        if (x != b[i]) return 0;
    }
    return 1;
}

/* 1 when a row of links holds an action of a comment as a whole word: "Like Reply". */
static int action_in_links(const char *s, size_t len) {
    for (size_t at = 0; at < len; at++) {
        if (at > 0 && s[at - 1] != ' ') continue;
        for (size_t i = 0; i < n_comment_lines; i++) {
            const comment_line *c = &comment_lines[i];
            if (!c->at_end && at + c->len <= len && (at + c->len == len || s[at + c->len] == ' ') &&
                same_ci(s + at, c->text, c->len))
                return 1;
        }
    }
    return 0;
}

/* 1 when a short block is a comment's action or head: "Reply", "Reply ↓", "jdoe says:";
 * a row of links that holds such an action ("Like Reply") is one too. */
static int is_comment_line(const char *s, size_t len, int all_links) {
    pthread_once(&comments_once, load_comment_lines);
    size_t n = len; /* without the marks and arrows after a "Reply" */
    while (n && (strchr(" .:|>()[]", s[n - 1]) || (unsigned char)s[n - 1] >= 0x80)) {
        if ((unsigned char)s[n - 1] < 0x80) n--;
        else if (n >= 3 && (unsigned char)s[n - 3] == 0xe2 && ((unsigned char)s[n - 2] == 0x86 ||
                                                               (unsigned char)s[n - 2] == 0x80))
            n -= 3; /* arrows (U+2190...) and quotes or bullets (U+2000...) */
        else if (n >= 2 && (unsigned char)s[n - 2] == 0xc2) n -= 2; /* » */
        else break;
    }
    for (size_t i = 0; i < n_comment_lines; i++) {
        const comment_line *c = &comment_lines[i];
        if (c->at_end ? (len > c->len && s[len - c->len - 1] == ' ' &&
                         same_ci(s + len - c->len, c->text, c->len))
                      : (n == c->len && same_ci(s, c->text, c->len)))
            return 1;
    }
    return all_links && action_in_links(s, len);
}

#define COMMENT_MAX_WORDS 400 /* a reader's comment; a box of more text is no comment */
#define SECTION_PARAS 4 /* paragraphs of text under a heading that make a part of a story */

/* 1 when e is a part of the story under its own heading (an <h2> or <h3> first, then four
 * paragraphs of text or more): an embedded post in it with its "Report" line does not make
 * it a reader's comment; a long comment has no such heading. */
static int story_section(const an_page *p, int e) {
    int end = p->elems.v[e].end;
    for (size_t i = 0; i < p->blocks.n; i++) {
        int o = p->blocks.v[i].owner;
        if (o < e || o > end) continue;
        /* the first text of e: in an <h2> or <h3>? */
        for (; o >= e; o = p->elems.v[o].parent) {
            const char *name = (const char *)p->elems.v[o].node->name;
            if (name[0] == 'h' && (name[1] == '2' || name[1] == '3') && !name[2]) break;
        }
        if (o < e) return 0;
        break;
    }
    return short_paragraphs(p, e, SECTION_PARAS) >= SECTION_PARAS;
}

/* The box of a comment line: the smallest element around it that holds text besides (a
 * sentence or more: comments are often short), raised while its parent holds nothing else
 * (an <article> alone in its <li>); or -1. */
static int comment_box(const an_page *p, const an_block *b) {
    int e = b->owner;
    while (e >= 0 && e != p->body && p->elems.v[e].words < b->words + MIN_GOOD_WORDS)
        e = p->elems.v[e].parent;
    if (e < 0 || e == p->body || p->elems.v[e].words > COMMENT_MAX_WORDS || story_section(p, e)) return -1;
    while (p->elems.v[e].parent >= 0 && p->elems.v[e].parent != p->body &&
           p->elems.v[p->elems.v[e].parent].words == p->elems.v[e].words)
        e = p->elems.v[e].parent;
    return e;
}

#define MAX_COMMENT_BOXES 256
#define NEG_MISNOMER_PARAS 3 /* good paragraphs under a negative class that make it a misnomer */

/* 1 when a negative class on e or above already drops it: one on a box of the article's
 * paragraphs ("has-comments" on the story's wrapper) is a misnomer that extract.c does not
 * believe, and comments set inside that box are still to be found. */
static int in_negative_box(const an_page *p, int e) {
    for (; e >= 0; e = p->elems.v[e].parent)
        if ((p->elems.v[e].own & E_NEG) && p->elems.v[e].good_paras < NEG_MISNOMER_PARAS) return 1;
    return 0;
}

/* A thread of readers' comments where no class says so: two or more boxes side by side,
 * each a paragraph or so of text with a comment's head or action line ("Reply", "jdoe
 * says:"). The boxes are boilerplate, like those of a class "comment". */
static void mark_comment_threads(an_page *p) {
    int boxes[MAX_COMMENT_BOXES], n = 0;
    for (size_t i = 0; i < p->blocks.n && n < MAX_COMMENT_BOXES; i++) {
        const an_block *b = &p->blocks.v[i];
        if (b->words > COMMENT_LINE_WORDS || ((p->elems.v[b->owner].in & E_NEG) && in_negative_box(p, b->owner)) ||
            !is_comment_line(p->text.data + b->off, b->len, b->link_words == b->words))
            continue;
        int box = comment_box(p, b);
        if (box >= 0 && (n == 0 || boxes[n - 1] != box)) boxes[n++] = box;
    }
    for (int i = 0; i < n; i++) {
        int parent = p->elems.v[boxes[i]].parent, thread = 0;
        for (int j = 0; j < n && !thread; j++)
            thread = j != i && boxes[j] != boxes[i] && p->elems.v[boxes[j]].parent == parent;
        if (!thread || (p->elems.v[boxes[i]].own & E_NEG)) continue;
        p->elems.v[boxes[i]].own |= E_NEG;
        for (int j = boxes[i]; j <= p->elems.v[boxes[i]].end; j++) p->elems.v[j].in |= E_NEG;
    }
}

#define LAYOUT_CELL_WORDS 40 /* a cell holding more words is a layout column (as in extract.c) */

/* An old site sets its whole page in a table: a cell of many words is a column of the
 * layout, not a value, and what it holds is read as text outside a table is (a short
 * line there is a label: "Advertisement"). A table of figures inside such a column keeps
 * its cells. */
static void unmark_layout_cells(an_page *p) {
    for (size_t i = 0; i < p->elems.n; i++) { /* parents come before children */
        an_elem *e = &p->elems.v[i];
        uint32_t cell = (e->own & E_CELL) ? (e->words <= LAYOUT_CELL_WORDS ? E_CELL : 0)
                                          : (e->parent >= 0 ? p->elems.v[e->parent].in & E_CELL : 0);
        e->in = (e->in & ~(uint32_t)E_CELL) | cell;
    }
}

void an_page_mark(an_page *p) {
    unmark_layout_cells(p);
    disbelieve_weak_words(p);
    mark_figures(p);
    mark_italic_captions(p);
    mark_alt_captions(p);
    mark_teasers(p);
    mark_card_runs(p);
    mark_notices(p);
    mark_form_boxes(p);
    mark_comment_threads(p);
}
