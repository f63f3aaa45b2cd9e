/* extract.c - the article among the page's blocks. Good paragraphs (long enough, few link
 * words, sentences) give their weight to every ancestor; the container is found by going
 * down from the root while one child holds most of the weight, then siblings made of good
 * text are added (a lede outside the body div). Inside, boilerplate subtrees, link lists,
 * furniture and the headline are dropped; captions and credits go to doc->captions. */
#include <stdio.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "core/data.h"
#include "web/page.h"

#define DESCEND_SHARE 0.6   /* a child holding this share of the weight is the article */

#define CAPTION_MAX_WORDS 120 /* a "caption" class on more text than this is a wrapper */

/* 1 when the block stands in a figure or caption element of caption size. */
static int in_caption(const an_page *p, const an_block *b) {
    for (int e = b->owner; e >= 0; e = p->elems.v[e].parent) {
        const an_elem *x = &p->elems.v[e];
        if (!(x->in & (E_CAPTION | E_CREDIT))) return 0;
        if (x->own & (E_CAPTION | E_CREDIT)) return x->words <= CAPTION_MAX_WORDS;
    }
    return 0;
}

/* What the flags an element inherits do to the weight of its text. */
static double flag_factor(uint32_t in) {
    double f = (in & (E_BOILER | E_HIDDEN)) ? 0.05 : (in & E_NEG) ? 0.3 : 1;
    return (in & E_POS) ? 1.5 * f : f;
}

static double block_weight(const an_page *p, const an_block *b) {
    const an_elem *o = &p->elems.v[b->owner];
    if ((o->in & E_HEADING) || b->words < MIN_GOOD_WORDS || b->teaser || b->notice || in_caption(p, b))
        return 0;
    if (b->link_words * 3 > b->words) return 0;
    double w = (double)(b->words - b->link_words) * flag_factor(o->in);
    if (!b->sentence_ends) w *= 0.3;
    if (!(o->own & E_PARA)) w *= (o->in & (E_LIST | E_CELL)) ? 0.6 : 0.8;
    else if (o->in & E_LIST) w *= 0.5; /* a paragraph in a list item: a comment, a card */
    return w;
}

#define LINK_MAX_WORDS 150 /* an <a> around more words is an unclosed tag, not a link */

/* Broken markup: an <a> never closed swallows the rest of the page, and every word after
 * it would count as link text. Blocks under such a link get their words back. */
static void unswallow_links(an_page *p) {
    for (size_t i = 0; i < p->blocks.n; i++) {
        an_block *b = &p->blocks.v[i];
        if (b->link_words == 0) continue;
        for (int e = p->elems.v[b->owner].parent; e >= 0; e = p->elems.v[e].parent)
            if ((p->elems.v[e].own & E_LINK) && p->elems.v[e].words > LINK_MAX_WORDS) {
                b->link_words = 0;
                break;
            }
    }
}

#define GOOD_DIV_WORDS 20 /* as a good paragraph */
#define DIV_SENTENCE_WORDS MIN_GOOD_WORDS /* a text <div> of a sentence at least */
#define DIV_PARAS 3 /* such text <div>s under one parent that make a body */

/* Some sites set their paragraphs in <div>s: where three or more <div>s holding only text,
 * a sentence or more each, stand under one element, all its text <div>s are paragraphs,
 * the short lines among them too ("Eat an hour before your workout"). */
static void promote_div_paragraphs(an_page *p) {
    int *paras = NULL, *own = NULL; /* text <div>s under an element; sentences of a <div> */
    for (size_t i = 0; i < p->blocks.n; i++) {
        const an_block *b = &p->blocks.v[i];
        const an_elem *o = &p->elems.v[b->owner];
        if (!(o->own & E_LEAF_DIV) || o->parent < 0 || b->words < DIV_SENTENCE_WORDS || !b->sentence_ends ||
            b->link_words * 5 >= b->words)
            continue;
        if (!paras && !(paras = calloc(2 * p->elems.n, sizeof *paras))) return;
        own = paras + p->elems.n;
        own[b->owner]++;
        paras[o->parent]++;
    }
    for (size_t i = 0; paras && i < p->elems.n; i++) {
        an_elem *e = &p->elems.v[i];
        /* a <div> of three sentences or more set apart by <br> is a body of its own (see
         * mark_br_paragraphs), not one of the paragraphs */
        if (!(e->own & E_LEAF_DIV) || e->parent < 0 || paras[e->parent] < DIV_PARAS || own[i] >= DIV_PARAS)
            continue;
        e->own |= E_PARA;
        for (int j = (int)i; j <= e->end; j++) p->elems.v[j].in |= E_PARA;
    }
    free(paras);
}

#define BR_PARAS 3 /* paragraphs set apart by <br> that make an element's text a body */

/* Text set apart by <br> in one element is paragraphs when three or more of its blocks
 * read as such: they count as good paragraphs (an old site's body, a cell of a layout
 * table). */
static void mark_br_paragraphs(an_page *p) {
    for (size_t i = 0; i < p->blocks.n;) {
        size_t end = i, n = 0;
        int owner = p->blocks.v[i].owner;
        for (; end < p->blocks.n && p->blocks.v[end].owner == owner; end++) {
            const an_block *b = &p->blocks.v[end];
            n += !(p->elems.v[owner].own & E_PARA) && b->words >= GOOD_DIV_WORDS && b->sentence_ends &&
                 b->link_words * 5 < b->words;
        }
        for (size_t j = i; n >= BR_PARAS && j < end; j++) p->blocks.v[j].br_para = 1;
        i = end;
    }
}

static int is_call_to_action(const char *s, size_t len);

#define CALL_MAX_WORDS 25     /* a call to action is a line or two */
#define CALL_BOX_WORDS 60     /* a box around one holds no more text than this */

#define CALL_BOX_BLOCKS 4 /* a heading, a line, the call and a note on privacy */

/* The number of blocks in element a's subtree, found around block i that is in it: a
 * subtree's blocks follow one another. */
static int blocks_within(const an_page *p, size_t i, int a) {
    int end = p->elems.v[a].end, n = 1;
    for (size_t j = i; j > 0 && p->blocks.v[j - 1].owner >= a && p->blocks.v[j - 1].owner <= end; j--) n++;
    for (size_t j = i + 1; j < p->blocks.n && p->blocks.v[j].owner >= a && p->blocks.v[j].owner <= end; j++) n++;
    return n;
}

/* A box of a few lines around a call to action ("Get our briefing in your inbox" over a
 * "Sign up" link) stands in the body where no class names it: the largest element around
 * the call holding little text in a few blocks and no good paragraph but the call, when it
 * holds more than the call's own line (a paragraph of the story that says "subscribe" is
 * not such a box, nor a short part of the story under its heading that ends in a call). */
static void mark_call_boxes(an_page *p) {
    for (size_t i = 0; i < p->blocks.n; i++) {
        const an_block *b = &p->blocks.v[i];
        if (b->words > CALL_MAX_WORDS || (p->elems.v[b->owner].in & (E_QUOTE | E_LIST | E_CELL)))
            continue;
        int box = -1, own_good = an_good_paragraph(p, b);
        for (int a = b->owner; a >= 0 && a != p->body; a = p->elems.v[a].parent) {
            const an_elem *e = &p->elems.v[a];
            if (e->words > CALL_BOX_WORDS || e->good_paras > own_good ||
                blocks_within(p, i, a) > CALL_BOX_BLOCKS)
                break;
            box = a;
        }
        if (box < 0 || p->elems.v[box].words <= b->words || !is_call_to_action(p->text.data + b->off, b->len))
            continue;
        p->elems.v[box].own |= E_NEG;
        for (int j = box; j <= p->elems.v[box].end; j++) p->elems.v[j].in |= E_NEG;
    }
}

static void spread_weight(an_page *p) {
    promote_div_paragraphs(p);
    mark_br_paragraphs(p);
    for (size_t i = 0; i < p->elems.n; i++)
        if (p->elems.v[i].own & E_H1)
            for (int e = (int)i; e >= 0; e = p->elems.v[e].parent) p->elems.v[e].h1s++;
    for (size_t i = 0; i < p->blocks.n; i++) {
        const an_block *b = &p->blocks.v[i];
        p->elems.v[b->owner].text_words += b->words;
        int good = an_good_paragraph(p, b);
        for (int e = b->owner; e >= 0; e = p->elems.v[e].parent) {
            if (b->words > p->elems.v[e].top_words) p->elems.v[e].top_words = b->words;
            p->elems.v[e].words += b->words;
            p->elems.v[e].link_words += b->link_words;
            p->elems.v[e].good_paras += good;
        }
    }
    unswallow_links(p);
    an_page_mark(p);
    mark_call_boxes(p);
    for (size_t i = 0; i < p->blocks.n; i++) {
        const an_block *b = &p->blocks.v[i];
        double w = block_weight(p, b);
        for (int e = b->owner; w > 0 && e >= 0; e = p->elems.v[e].parent) p->elems.v[e].mass += w;
    }
}

static int heaviest_child(const an_page *p, int c) {
    int best = -1;
    for (int j = c + 1; j <= p->elems.v[c].end; j = p->elems.v[j].end + 1)
        if (best < 0 || p->elems.v[j].mass > p->elems.v[best].mass) best = j;
    return best;
}

/* 1 when the element holds a main heading (h1, or h2 when there is no h1) whose text is
 * the page's title. */
static int holds_title(const an_page *p, int e, const char *title) {
    size_t tlen = title ? strlen(title) : 0;
    for (size_t i = 0; tlen && i < p->blocks.n; i++) {
        const an_block *b = &p->blocks.v[i];
        if (b->owner < e || b->owner > p->elems.v[e].end) continue;
        const char *name = (const char *)p->elems.v[b->owner].node->name;
        if (name[0] == 'h' && (name[1] == '1' || name[1] == '2') && !name[2] && b->len == tlen &&
            memcmp(p->text.data + b->off, title, tlen) == 0)
            return 1;
    }
    return 0;
}

/* An <article>, or an element holding an <h1>. */
static int is_story(const an_page *p, int e) {
    return p->elems.v[e].h1s > 0 || strcmp((const char *)p->elems.v[e].node->name, "article") == 0;
}

/* Several stories side by side (infinite scroll renders the next ones too): when the
 * container's weight is shared by two or more stories (<article>s, or elements with an
 * <h1>), the story is the one headed by the page's title, else the first. Entries
 * without an <h1>, none headed by the title, are one story's parts: a live blog's posts. */
static int one_story(const an_page *p, int c, const char *title) {
    int first = -1, n = 0, h1s = 0;
    for (int j = c + 1; j <= p->elems.v[c].end; j = p->elems.v[j].end + 1) {
        if (p->elems.v[j].mass < 0.2 * p->elems.v[c].mass) continue;
        if (!is_story(p, j)) return c;
        if (first < 0) first = j;
        n++;
        h1s += p->elems.v[j].h1s > 0;
    }
    if (n < 2) return c;
    for (int j = c + 1; j <= p->elems.v[c].end; j = p->elems.v[j].end + 1)
        if (p->elems.v[j].mass >= 0.2 * p->elems.v[c].mass && holds_title(p, j, title)) return j;
    return h1s > 0 ? first : c;
}

#define TITLED_PARAS 3 /* good paragraphs under the title that make a story of its own */

/* The child of c that holds the page's title over good paragraphs of its own, or -1. */
static int titled_child(const an_page *p, int c, const char *title) {
    for (int j = c + 1; j <= p->elems.v[c].end; j = p->elems.v[j].end + 1)
        if (p->elems.v[j].good_paras >= TITLED_PARAS && p->elems.v[j].mass >= 0.2 * p->elems.v[c].mass &&
            holds_title(p, j, title))
            return j;
    return -1;
}

#define COLUMN_SHARE 0.4 /* the weight a column headed by the title holds at least */
#define RAIL_LINK_SHARE 0.2 /* link words in a rail beside the story, at least */

/* 1 when a block of e (a heading of any tag or class) reads as the page's title. */
static int has_title_text(const an_page *p, int e, const char *title) {
    size_t tlen = title ? strlen(title) : 0;
    for (size_t i = 0; tlen && i < p->blocks.n; i++) {
        const an_block *b = &p->blocks.v[i];
        if (b->owner >= e && b->owner <= p->elems.v[e].end && b->len == tlen &&
            memcmp(p->text.data + b->off, title, tlen) == 0)
            return 1;
    }
    return 0;
}

/* The child of c that holds the page's title and COLUMN_SHARE of c's weight, or -1. */
static int headed_column(const an_page *p, int c, const char *title) {
    for (int j = c + 1; j <= p->elems.v[c].end; j = p->elems.v[j].end + 1)
        if (p->elems.v[j].mass >= COLUMN_SHARE * p->elems.v[c].mass && has_title_text(p, j, title))
            return j;
    return -1;
}

/* 1 when an element reads as a rail of boxes (lists of links among its text), not as the
 * rest of a story split off from its head. */
static int is_rail(const an_elem *e) { return e->link_words >= RAIL_LINK_SHARE * e->words; }

#define ITEM_BOXES 3 /* boxes of paragraphs that make a run of items */

/* 1 when e's good paragraphs stand in boxes of their own, one or two a box: a thread of
 * replies or a list of cards, not the rest of a story split off from its head. */
static int is_item_run(const an_page *p, int e) {
    int paras = 0, boxes = 0, last = -1;
    for (size_t i = 0; i < p->blocks.n; i++) {
        const an_block *b = &p->blocks.v[i];
        if (b->owner < e || b->owner > p->elems.v[e].end || !an_good_paragraph(p, b)) continue;
        int box = p->elems.v[b->owner].parent;
        paras++;
        if (box != last) boxes++;
        last = box;
    }
    return boxes >= ITEM_BOXES && 2 * boxes >= paras;
}

/* 1 when the items of e are the story's parts: two or more <time> elements (a live blog's
 * posts, each with its time) or a heading for each box (a listicle's entries, a slideshow's
 * slides); a reader's reply has neither. */
static int story_parts(const an_page *p, int e) {
    int times = 0, headings = 0;
    for (int j = e; j <= p->elems.v[e].end; j++) {
        const char *name = (const char *)p->elems.v[j].node->name;
        times += name[0] == 't' && strcmp(name, "time") == 0;
        headings += (p->elems.v[j].own & E_HEADING) != 0;
    }
    return times >= 2 || headings >= ITEM_BOXES;
}

/* 1 when e's own text is paragraphs set apart by <br> (see mark_br_paragraphs). */
static int br_body(const an_page *p, int e) {
    for (size_t i = 0; i < p->blocks.n; i++)
        if (p->blocks.v[i].owner == e && p->blocks.v[i].br_para) return 1;
    return 0;
}

static int choose_container(const an_page *p, const char *title) {
    int c = 0;
    for (;;) {
        int story = one_story(p, c, title);
        if (story != c) {
            c = story;
            continue;
        }
        int best = heaviest_child(p, c);
        if (best < 0) return c;
        /* the story under the page's title beats a heavier run of items beside it: a long
         * reader thread, a list of other stories' excerpts */
        int titled = titled_child(p, c, title);
        if (titled >= 0 && titled != best && is_item_run(p, best)) {
            if (story_parts(p, best)) return c; /* a live blog's posts, a listicle's entries */
            c = titled;
            continue;
        }
        /* no child holds most of the weight: a column headed by the page's title that
         * holds much of it is the story's, beside a rail of links and text */
        if (p->elems.v[best].mass < DESCEND_SHARE * p->elems.v[c].mass) {
            int column = headed_column(p, c, title);
            if (column < 0 || column == best || !is_rail(&p->elems.v[best]) || story_parts(p, best))
                return c;
            best = column;
        }
        const an_elem *b = &p->elems.v[best];
        /* a paragraph is never the container: its siblings are the article too; nor is a
         * wrapper around one paragraph, or text that runs from <br> to <br> in one element,
         * which is paragraphs set apart (unless it is a layout table's cell: its
         * siblings are the page's other columns) */
        if (b->mass <= 0 || (b->own & (E_PARA | E_HEADING | E_LIST | E_QUOTE | E_PRE)) ||
            (!(b->own & (E_POS | E_CELL)) && 2 * b->text_words >= b->words &&
             !br_body(p, best)) ||
            (!(b->own & E_POS) && 5 * b->top_words >= 4 * b->words))
            return c;
        c = best;
    }
}

/* The class attribute of an element, or "". */
static const char *class_of(xmlNode *n) {
    xmlAttr *a = xmlHasProp(n, (const xmlChar *)"class");
    return a && a->children && a->children->content ? (const char *)a->children->content : "";
}

/* 1 when two elements are alike: the same tag and the same non-empty class. */
static int alike(const an_page *p, int a, int b) {
    xmlNode *x = p->elems.v[a].node, *y = p->elems.v[b].node;
    return strcmp((const char *)x->name, (const char *)y->name) == 0 && *class_of(x) &&
           strcmp(class_of(x), class_of(y)) == 0;
}

/* 1 when two elements of one tag have neither class nor id: a body split in two by an ad
 * or a picture between plain <div>s. */
static int bare_pair(const an_page *p, int a, int b) {
    xmlNode *x = p->elems.v[a].node, *y = p->elems.v[b].node;
    return strcmp((const char *)x->name, (const char *)y->name) == 0 && !x->properties && !y->properties;
}

/* Words of e's text in list items. */
static int list_words(const an_page *p, int e) {
    int n = 0;
    for (size_t i = 0; i < p->blocks.n; i++) {
        const an_block *b = &p->blocks.v[i];
        if (b->owner >= e && b->owner <= p->elems.v[e].end && (p->elems.v[b->owner].in & E_LIST)) n += b->words;
    }
    return n;
}

#define AD_SLOT_WORDS 3 /* "Advertisement", "Story continues below" */
#define LINK_BOX_WORDS 120 /* a handful of headlines; a site's menu runs longer */

/* 1 when only ad slots stand between the container c and its later sibling s: a box of a
 * word or two of page furniture, or a small box of links. An ad interrupts a body; a bio or an "about us"
 * box follows it. */
static int after_ad_slot(const an_page *p, int s, int c) {
    if (s < c) return 0;
    int slots = 0;
    for (int j = p->elems.v[c].end + 1; j < s; j = p->elems.v[j].end + 1) {
        const an_elem *x = &p->elems.v[j];
        if (x->words == 0) continue;
        /* a box of links to other stories set in the body interrupts it like an ad */
        if (x->good_paras == 0 && x->link_words >= 0.8 * x->words && x->words <= LINK_BOX_WORDS) {
            slots++;
            continue;
        }
        if (x->words > AD_SLOT_WORDS) return 0;
        for (size_t i = 0; i < p->blocks.n; i++) {
            const an_block *b = &p->blocks.v[i];
            if (b->owner < j || b->owner > x->end) continue;
            if (!an_is_furniture(p->res, p->text.data + b->off, b->len)) return 0;
        }
        slots++;
    }
    return slots > 0;
}

/* A sibling of the container that is almost all good text joins it. Before it, that is a
 * lede or the first part of the body; after it, only a paragraph, an element named the
 * body or one like the container (same tag and class, or both plain): a box of good text
 * below the body is a reader's reply, the author's bio, an "about us". */
static int good_sibling(const an_page *p, int s, int c, const char *title) {
    const an_elem *e = &p->elems.v[s];
    /* weighed against what the shared ancestors already do to the weight ("sidebar-left"
     * around the whole page) */
    double f = flag_factor(p->elems.v[e->parent].in);
    if (s == c || e->mass < 15 * f || (e->own & (E_BOILER | E_NEG | E_HIDDEN))) return 0;
    /* another story, not the rest of this one; unless it stands before and holds the
     * page's title or its only <h1> over paragraphs: the head of this one, with the first
     * part of a body split in two (a head with a standfirst alone stays out) */
    if (is_story(p, s) && !(s < c && e->good_paras >= 2 &&
                            (has_title_text(p, s, title) || (e->h1s == 1 && p->elems.v[0].h1s == 1))))
        return 0;
    /* a list before the body is its key points or highlights, not its lede */
    if (s < c && 2 * list_words(p, s) > e->words) return 0;
    int like = alike(p, s, c);
    /* plain boxes: the rest of the body runs on for paragraphs; a bio, an "about us" is
     * one, a thread is a run of boxes */
    int plain = bare_pair(p, s, c) && e->good_paras >= (after_ad_slot(p, s, c) ? 1 : 2) && !is_item_run(p, s);
    if (s > c && !(e->own & (E_PARA | E_POS)) && !like && !plain) return 0;
    /* a box named like the container is the rest of the body, short lines and all (the
     * venue, the times, the prices under a review) */
    return e->mass >= (like ? 0.25 : 0.5) * f * (double)e->words;
}

#define MAX_REGIONS 32

/* The regions of the page the article is in: the container and good siblings. */
typedef struct {
    int first[MAX_REGIONS], n;
} regions;

/* The container, or the highest wrapper around it that holds no other weight. */
static int bare_wrapper(const an_page *p, int c) {
    for (int up = p->elems.v[c].parent; up >= 0 && up != p->body; up = p->elems.v[up].parent) {
        if (p->elems.v[up].mass > p->elems.v[c].mass + 1e-9) break;
        c = up;
    }
    return c;
}

/* The container's good siblings join it; so do the siblings of a bare wrapper around it
 * that are named the article body, the rest of one body split in two ("<div
 * class=article-body>" beside "<div class=subscriber-only><div class=article-body>"). */
static void find_regions(const an_page *p, int c, const char *title, regions *r) {
    r->n = 0;
    r->first[r->n++] = c;
    int w = bare_wrapper(p, c);
    for (int x = c; x >= 0; x = x == w ? -1 : p->elems.v[x].parent) {
        int parent = p->elems.v[x].parent;
        if (parent < 0) return;
        for (int j = parent + 1; j <= p->elems.v[parent].end; j = p->elems.v[j].end + 1)
            if (j != x && (x == c || (p->elems.v[j].own & E_POS)) && good_sibling(p, j, x, title) &&
                r->n < MAX_REGIONS)
                r->first[r->n++] = j;
    }
}

/* What stands between two parts of the body split side by side is the body's too: a
 * subheading, an embedded post, a line of text; not a box named boilerplate, nor another
 * story. (Ads and link lists in it go as furniture, pictures as captions.) */
static void fill_between(const an_page *p, int c, regions *r) {
    int parent = p->elems.v[c].parent, lo = c, hi = c, n = r->n;
    if (parent < 0) return;
    for (int i = 0; i < n; i++)
        if (p->elems.v[r->first[i]].parent == parent) {
            if (r->first[i] < lo) lo = r->first[i];
            if (r->first[i] > hi) hi = r->first[i];
        }
    for (int j = lo; j < hi && r->n < MAX_REGIONS; j = p->elems.v[j].end + 1) {
        int known = 0;
        for (int i = 0; i < n && !known; i++) known = r->first[i] == j;
        if (!known && !(p->elems.v[j].own & (E_BOILER | E_NEG | E_HIDDEN)) && !is_story(p, j))
            r->first[r->n++] = j;
    }
}

/* The region an element is in, or -1. */
static int region_of(const an_page *p, const regions *r, int e) {
    for (int i = 0; i < r->n; i++)
        if (e >= r->first[i] && e <= p->elems.v[r->first[i]].end) return r->first[i];
    return -1;
}

/* Flags of the elements from e up to (not including) top: what is said below the region.
 * A "boilerplate" class on an element holding much of the article's weight is a misnomer
 * ("commentary-body", "has-sidebar") and is not believed. */
static uint32_t flags_below(const an_page *p, int e, int top) {
    uint32_t f = 0;
    double heavy = top >= 0 ? 0.3 * p->elems.v[top].mass : 0;
    for (; e >= 0 && e != top; e = p->elems.v[e].parent) {
        const an_elem *x = &p->elems.v[e];
        uint32_t own = x->own;
        if ((own & (E_NEG | E_HIDDEN)) && heavy > 0 && x->mass >= heavy)
            own &= ~(uint32_t)(E_NEG | E_HIDDEN);
        f |= own;
    }
    return f;
}

/* ---- output ---- */

typedef struct {
    const an_page *p;
    annals_doc *doc;
    unsigned char *keep; /* per block: 1 when kept as a paragraph */
    int last_caption;    /* -1 when the last block seen was not a caption */
    int body_paras;      /* good paragraphs in the regions */
} picker;

static int add_caption(picker *k, const an_block *b, int is_credit) {
    annals_doc *doc = k->doc;
    const char *s = k->p->text.data + b->off;
    if (is_credit && k->last_caption >= 0 && !doc->captions.v[k->last_caption].credit) {
        doc->captions.v[k->last_caption].credit = an_arena_strndup(&doc->arena, s, b->len);
        return doc->captions.v[k->last_caption].credit ? 0 : -1;
    }
    if (is_credit) return 0;
    an_caption *c = AN_PUSH(doc, captions);
    if (!c) return -1;
    c->len = b->len;
    c->text = an_arena_strndup(&doc->arena, s, b->len);
    k->last_caption = (int)doc->captions.n - 1;
    return c->text ? 0 : -1;
}

static int same_text(const char *a, size_t alen, const char *b) {
    return b && strlen(b) == alen && memcmp(a, b, alen) == 0;
}

/* "Updated at 1:23 p.m.", "Posted: 5 hours ago": a time stamp line. */
static int is_stamp(const char *s, size_t len, int words) {
    static const char *const starts[] = {"Updated", "Published", "Posted", "Last updated",
                                         "Last modified", NULL};
    if (words > 10 || !memchr(s, ':', len)) return 0;
    for (size_t i = 0; starts[i]; i++)
        if (strncmp(s, starts[i], strlen(starts[i])) == 0) return 1;
    return 0;
}

static int digits_at(const char *s, size_t len, size_t i) {
    size_t n = 0;
    while (i + n < len && s[i + n] >= '0' && s[i + n] <= '9') n++;
    return (int)n;
}

/* 1 when a line holds a year (19xx, 20xx) and a clock time (9:05, 20h13): a date line in
 * any language ("sexta-feira, 22 de outubro de 2010 às 20:13"). */
static int has_year_and_clock(const char *s, size_t len) {
    int year = 0, clock = 0;
    for (size_t i = 0; i < len; i++) {
        if (i > 0 && s[i - 1] >= '0' && s[i - 1] <= '9') continue; /* starts of digit runs */
        int n = digits_at(s, len, i);
        if (n == 4 && (s[i] == '1' || s[i] == '2') && (s[i + 1] == '9' || s[i + 1] == '0')) year = 1;
        if ((n == 1 || n == 2) && i + n < len && (s[i + n] == ':' || s[i + n] == 'h') &&
            digits_at(s, len, i + n + 1) == 2)
            clock = 1;
        if (n > 0) i += (size_t)n - 1;
    }
    return year && clock;
}

/* "11:40 p.m. Kim Osei", "09.15 Uhr": a short line led by a clock time and not ending a
 * sentence is the head of a live blog's post (its time and author), not text. */
static int is_clock_line(const char *s, size_t len, int words) {
    if (words > 6 || len < 4) return 0;
    int h = digits_at(s, len, 0);
    if (h < 1 || h > 2 || (size_t)h + 3 > len || (s[h] != ':' && s[h] != '.') || digits_at(s, len, (size_t)h + 1) != 2)
        return 0;
    if ((size_t)h + 3 < len && s[h + 3] != ' ') return 0; /* "10.15.2020", "3:45pm" aside */
    if (s[h] == '.') { /* "10.50" may be a price: a clock only with its unit */
        static const char *const units[] = {" Uhr", " h", " a.m.", " p.m.", " am", " pm", NULL};
        int unit = 0;
        for (size_t i = 0; units[i] && !unit; i++) {
            size_t n = strlen(units[i]);
            unit = (size_t)h + 3 + n <= len && memcmp(s + h + 3, units[i], n) == 0 &&
                   ((size_t)h + 3 + n == len || s[h + 3 + n] == ' ');
        }
        if (!unit) return 0;
    }
    char last = s[len - 1];
    return last != '.' || (len >= 4 && (memcmp(s + len - 4, "a.m.", 4) == 0 || memcmp(s + len - 4, "p.m.", 4) == 0));
}

#define CREDITED_MAX_WORDS 40  /* a paragraph that ends crediting a photo is its caption */

/* 1 when the text names a picture, as a photo credit does: "AP Photo", "Image:", "Getty". */
static int names_a_picture(const char *s, size_t len) {
    static const char *const words[] = {"photo", "image", "picture", "foto", "getty", "credit",
                                        "shutterstock", "courtesy", NULL};
    char low[512];
    size_t n = len < sizeof low - 1 ? len : sizeof low - 1;
    const char *from = s + len - n; /* the credit is at the end */
    for (size_t i = 0; i < n; i++) low[i] = (char)(from[i] >= 'A' && from[i] <= 'Z' ? from[i] + 32 : from[i]);
    low[n] = 0;
    for (size_t i = 0; words[i]; i++)
        if (strstr(low, words[i])) return 1;
    return 0;
}
#define COPYRIGHT_MAX_WORDS 25 /* a line holding a copyright sign and no more is no text */

/* 1 when a copyright sign opens the line's first sentence or stands in it: "views,
 * photos (c) Studio", "(c) 2021 Daily Ltd"; not a paragraph of text that ends "(c) AFP". */
static int copyright_line(const char *s, size_t len) {
    for (size_t i = 0; i + 1 < len; i++) {
        if ((unsigned char)s[i] == 0xc2 && (unsigned char)s[i + 1] == 0xa9) return 1;
        if ((s[i] == '.' || s[i] == '!' || s[i] == '?') && s[i + 1] == ' ') return 0;
    }
    return 0;
}
#define TEXT_LINES_WORDS 40 /* an element holding this many words of its own is text */

#define FLOW_PARAS 3 /* good paragraphs beside a heading that make it the body's own */

/* Where the body's text runs: an element holding its paragraphs, or one of the parts of a
 * body split in two (top: the block's region; paras: good paragraphs of all the regions). */
typedef struct {
    int top, paras;
} flow;

/* Items of a list (<ul>, <ol>) that read as sentences of text, up to FLOW_PARAS: a body
 * written as bullet points has them where another has paragraphs. */
static int text_items(const an_page *p, int list) {
    const char *name = (const char *)p->elems.v[list].node->name;
    if (!((name[0] == 'u' || name[0] == 'o') && name[1] == 'l' && !name[2])) return 0;
    int n = 0, end = p->elems.v[list].end;
    for (size_t i = 0; i < p->blocks.n && n < FLOW_PARAS; i++) {
        const an_block *b = &p->blocks.v[i];
        if (b->owner < list) continue;
        if (b->owner > end) break;
        n += (p->elems.v[b->owner].own & E_LIST) && b->words >= MIN_GOOD_WORDS && b->sentence_ends &&
             b->link_words * 5 < b->words;
    }
    return n;
}

/* 1 when an element stands among the body's paragraphs (or the body's bullet points); a paragraph also through
 * wrappers of its own (a site may set each paragraph in a <div>), not a heading (a linked
 * headline alone in a box is another story's). */
static int in_flow(const an_page *p, const an_elem *o, const flow *fl) {
    int up = o->parent;
    while ((o->own & E_PARA) && up >= 0 && up != fl->top && p->elems.v[up].words == o->words &&
           p->elems.v[up].parent >= 0)
        up = p->elems.v[up].parent;
    return up >= 0 && (p->elems.v[up].good_paras >= FLOW_PARAS || (up == fl->top && fl->paras >= FLOW_PARAS) ||
                       text_items(p, up) >= FLOW_PARAS);
}

/* A subheading among the body's paragraphs may be a link (a product's name): it stands in
 * the flow of the text, not in a box of links. */
static int is_flow_heading(const an_page *p, const an_block *b, const flow *fl) {
    const an_elem *o = &p->elems.v[b->owner];
    return (o->own & E_HEADING) && in_flow(p, o, fl);
}

#define FLOW_TEXT_WORDS 5 /* words outside links that make a linked sentence text */

/* A sentence of the body that links much of itself ("X has been eliminated from <a>Dancing
 * with the Stars</a>.") reads on: words of its own outside the links, a sentence end, in a
 * paragraph among the body's paragraphs. A linked headline has no words outside. */
static int is_flow_sentence(const an_page *p, const an_block *b, const flow *fl) {
    const an_elem *o = &p->elems.v[b->owner];
    return (o->own & (E_PARA | E_LIST)) && b->sentence_ends && b->words - b->link_words >= FLOW_TEXT_WORDS &&
           b->link_words * 4 <= b->words * 3 && in_flow(p, o, fl);
}

/* A paragraph that is only an address ("http://example.org/report.pdf") among the body's
 * paragraphs cites the story's source: the address is the text, not a link to elsewhere. */
static int is_flow_address(const an_page *p, const an_block *b, const flow *fl) {
    const an_elem *o = &p->elems.v[b->owner];
    const char *s = p->text.data + b->off;
    int address = (b->len > 7 && strncmp(s, "http://", 7) == 0) ||
                  (b->len > 8 && strncmp(s, "https://", 8) == 0) || (b->len > 4 && strncmp(s, "www.", 4) == 0);
    return address && b->words == 1 && (o->own & (E_PARA | E_LIST)) && in_flow(p, o, fl);
}

#define FLOW_LIST_ITEMS 2 /* a list this short among the body's paragraphs is the body's */

/* The number of items of a list element. */
static int list_items(const an_page *p, int list) {
    int n = 0;
    for (int j = list + 1; j <= p->elems.v[list].end; j = p->elems.v[j].end + 1)
        n += (p->elems.v[j].own & E_LIST) != 0;
    return n;
}

/* A link or two set as a list right in the body's element, among its paragraphs ("Get it at the store for $20"
 * under a product's review) belongs to the story; a list of other stories runs longer. */
static int is_flow_link_item(const an_page *p, const an_block *b) {
    const an_elem *o = &p->elems.v[b->owner];
    if (!(o->own & E_LIST) || o->parent < 0) return 0;
    int list = o->parent, box = p->elems.v[list].parent;
    if (box < 0 || p->elems.v[box].mass < 0.5 * p->elems.v[p->container].mass ||
        list_items(p, list) > FLOW_LIST_ITEMS)
        return 0;
    /* it follows a sentence of the story, not a label ("Related:", "Read more") */
    size_t i = (size_t)(b - p->blocks.v);
    while (i > 0 && p->blocks.v[i - 1].owner >= list && p->blocks.v[i - 1].owner <= p->elems.v[list].end)
        i--;
    return i > 0 && p->blocks.v[i - 1].words >= MIN_GOOD_WORDS && p->blocks.v[i - 1].sentence_ends;
}

/* "By Jane Roe", "BY STAFF": a byline; not the subheading "By the numbers", "By The Way". */
static int is_byline(const char *s, size_t len) {
    static const char *const not_names[] = {"The ", "THE ", "A ", "An ", "AN ", NULL};
    if (len < 4 || (strncmp(s, "By ", 3) != 0 && strncmp(s, "BY ", 3) != 0)) return 0;
    if (!(s[3] >= 'A' && s[3] <= 'Z') && (unsigned char)s[3] < 0xc0) return 0;
    for (size_t i = 0; not_names[i]; i++)
        if (strncmp(s + 3, not_names[i], strlen(not_names[i])) == 0) return 0;
    return 1;
}

/* 1 when a block is page furniture rather than article text. */
static int is_furniture(const an_page *p, const an_block *b, uint32_t below, const flow *fl) {
    const char *s = p->text.data + b->off;
    char iso[40];
    if ((an_link_heavy(b) && !is_flow_heading(p, b, fl) && !is_flow_sentence(p, b, fl) &&
         !is_flow_link_item(p, b) &&
         !is_flow_address(p, b, fl)) || b->teaser ||
        b->notice)
        return 1;
    if (is_stamp(s, b->len, b->words)) return 1;
    if (!(below & (E_LIST | E_CELL)) && is_clock_line(s, b->len, b->words)) return 1;
    if (b->words <= 8 && an_parse_timestamp(p->res, s, b->len, iso)) return 1; /* a date line */
    char last = s[b->len - 1];
    if (b->words <= 10 && last != '.' && last != '!' && last != '?' && has_year_and_clock(s, b->len))
        return 1; /* "5. Mai 2020, 14h30" has a full stop inside, not at the end */
    if (b->words <= 12 && !b->sentence_ends && is_byline(s, b->len)) return 1;
    if (b->words <= 12 && an_is_credit(p->res, s, b->len)) return 1; /* a photo credit */
    /* a copyright line, or a caption that credits its photo: "views, photos (c) Studio" */
    if (b->words <= COPYRIGHT_MAX_WORDS && copyright_line(s, b->len)) return 1;
    if (b->words <= 12 && an_is_furniture(p->res, s, b->len)) return 1;
    /* a short line on its own is a label, unless it stands among the lines of text that
     * <br> sets apart (a subheading there) */
    if (b->words <= 6 && !b->sentence_ends &&
        !(below & (E_PARA | E_LIST | E_CELL | E_HEADING | E_QUOTE | E_PRE)) &&
        p->elems.v[b->owner].text_words < TEXT_LINES_WORDS)
        return 1;
    return 0;
}

/* Captions are taken from the article around the container too (the lead image often
 * stands above the body): its grandparent, minus boilerplate below that. */
static int caption_in_scope(const an_page *p, const an_block *b) {
    int top = p->container;
    for (int up = 0; up < 2 && p->elems.v[top].parent >= 0; up++) top = p->elems.v[top].parent;
    if (b->owner < top || b->owner > p->elems.v[top].end) return 0;
    for (int e = b->owner; e >= 0 && e != top; e = p->elems.v[e].parent) {
        const an_elem *x = &p->elems.v[e];
        if (!(x->own & (E_CAPTION | E_CREDIT)) && (x->own & (E_BOILER | E_NEG | E_HIDDEN))) return 0;
    }
    return 1;
}

static int pick(picker *k, size_t i, const regions *r, const char *title) {
    const an_page *p = k->p;
    const an_block *b = &p->blocks.v[i];
    if ((p->elems.v[b->owner].in & (E_CAPTION | E_CREDIT)) && in_caption(p, b)) {
        if (!caption_in_scope(p, b)) return 0;
        uint32_t f = flags_below(p, b->owner, p->container);
        return add_caption(k, b, (f & E_CREDIT) != 0 ||
                                     an_is_credit(p->res, p->text.data + b->off, b->len));
    }
    int top = region_of(p, r, b->owner);
    if (top < 0) return 0;
    uint32_t below = flags_below(p, b->owner, top);
    k->last_caption = -1;
    if (below & (E_BOILER | E_NEG | E_HIDDEN | E_H1)) return 0;
    if (same_text(p->text.data + b->off, b->len, title)) return 0;
    /* a paragraph that ends crediting a photo is its caption, wherever it stands (one that
     * ends naming an agency, "(c) AFP", is the agency's text) */
    if (b->words <= CREDITED_MAX_WORDS && an_ends_in_credit(p, p->text.data + b->off, b->len) &&
        names_a_picture(p->text.data + b->off, b->len))
        return add_caption(k, b, 0);
    flow fl = {top, k->body_paras};
    if (is_furniture(p, b, below | p->elems.v[b->owner].in, &fl)) return 0;
    k->keep[i] = 1;
    return 0;
}

static int any_kept(const an_page *p, const unsigned char *keep) {
    for (size_t i = 0; i < p->blocks.n; i++)
        if (keep[i]) return 1;
    return 0;
}

/* When the rules left nothing, the container's text is better than none: everything in it
 * but navigation, hidden parts, captions and link lists. */
static void relaxed_pick(const an_page *p, const regions *r, unsigned char *keep) {
    for (size_t i = 0; i < p->blocks.n; i++) {
        const an_block *b = &p->blocks.v[i];
        int top = region_of(p, r, b->owner);
        if (top < 0 || in_caption(p, b) || an_link_heavy(b)) continue;
        if (!(flags_below(p, b->owner, top) & (E_BOILER | E_HIDDEN))) keep[i] = 1;
    }
}

#define LABEL_BYTES 16 /* "READ MORE:", "RELATED:", "Siehe auch:" */

/* 1 when a block starts with a label of its own ("READ MORE: <a>...</a>"): a colon in its
 * first two words, before a word follows. */
static int self_labelled(const an_page *p, const an_block *b) {
    const char *s = p->text.data + b->off;
    int spaces = 0;
    for (size_t i = 0; i < b->len && i < LABEL_BYTES && spaces < 2; i++) {
        if (s[i] == ':') return i > 0 && i + 1 < b->len && s[i + 1] == ' ';
        spaces += s[i] == ' ';
    }
    return 0;
}

/* "More:", "Related news", "DON'T MISS": a short label whose next block is a list of links
 * heads that list, not the article; a link line that carries its own label ("READ MORE:
 * headline" between the paragraphs) leaves the subheading before it to the text. */
static void drop_list_labels(const an_page *p, unsigned char *keep) {
    for (size_t i = 0; i + 1 < p->blocks.n; i++) {
        const an_block *b = &p->blocks.v[i];
        if (keep[i] && b->words <= 4 && !b->sentence_ends && an_link_heavy(&p->blocks.v[i + 1]) &&
            !keep[i + 1] && !self_labelled(p, &p->blocks.v[i + 1]))
            keep[i] = 0;
    }
}

/* The level of a heading block: 1-6 for h1-h6, 7 for a class-named subheading. */
static int heading_level(const an_page *p, const an_block *b) {
    for (int e = b->owner; e >= 0; e = p->elems.v[e].parent) {
        const char *name = (const char *)p->elems.v[e].node->name;
        if (name[0] == 'h' && name[1] >= '1' && name[1] <= '6' && !name[2]) return name[1] - '0';
        if (!(p->elems.v[e].in & E_HEADING)) break;
    }
    return 7;
}

/* A subheading with nothing after it but a heading of its level or above (or the end)
 * heads something that was dropped: "Related stories", "Comments". A subheading under it
 * ("Status quo" then "Analogue processes") is content. */
static void drop_orphan_headings(const an_page *p, unsigned char *keep) {
    int next = 0; /* what follows: 0 nothing, 8 text, else the level of the next heading */
    for (size_t i = p->blocks.n; i-- > 0;) {
        if (!keep[i]) continue;
        const an_block *b = &p->blocks.v[i];
        if (!(p->elems.v[b->owner].in & E_HEADING)) {
            next = 8;
            continue;
        }
        int level = heading_level(p, b);
        if (next <= level) keep[i] = 0;
        else next = level;
    }
}

/* The calls to action of data/web-calls.txt, read once. */
typedef struct {
    char text[48];
    size_t len;
    int at_start;
} call;

static call calls[64];
static size_t n_calls;
static pthread_once_t calls_once = PTHREAD_ONCE_INIT;

static int add_call(void *unused, const an_field f[AN_FIELDS]) {
    (void)unused;
    if (n_calls >= sizeof calls / sizeof *calls || f[0].n == 0 || f[0].n >= sizeof calls[0].text)
        return 0;
    call *c = &calls[n_calls++];
    memcpy(c->text, f[0].s, f[0].n);
    c->text[f[0].n] = 0;
    c->len = f[0].n;
    c->at_start = an_field_is(&f[1], "start");
    return 0;
}

static void load_calls(void) { an_data_each("web-calls.txt", add_call, NULL); }

/* A call to action: "Follow us on Twitter", "Sign up for our newsletter". */
static int is_call_to_action(const char *s, size_t len) {
    pthread_once(&calls_once, load_calls);
    char low[512];
    size_t n = len < sizeof low - 1 ? len : sizeof low - 1;
    for (size_t i = 0; i < n; i++) low[i] = (char)(s[i] >= 'A' && s[i] <= 'Z' ? s[i] + 32 : s[i]);
    low[n] = 0;
    for (size_t i = 0; i < n_calls; i++)
        if (calls[i].at_start ? strncmp(low, calls[i].text, calls[i].len) == 0
                              : strstr(low, calls[i].text) != NULL)
            return 1;
    return 0;
}

/* "Jane Roe is a reporter at ...", "Jane Roe covers ...", "Jane Roe's new book ...": the
 * bio of one of the article's authors (a name of two words or more, from the metadata). */
static int is_author_bio(const annals_doc *doc, const char *s, size_t len) {
    /* the author's own work told at the tail: "Jane Roe's book ... is out now" */
    static const char *const verbs[] = {" is ", " covers ", " writes ", " has been ", " was ", "'s ",
                                        "\xe2\x80\x99s ", NULL};
    for (size_t a = 0; a < doc->authors.n; a++) {
        const char *name = doc->authors.v[a];
        size_t n = strlen(name);
        if (n >= len || !strchr(name, ' ') || memcmp(s, name, n) != 0) continue;
        for (size_t v = 0; verbs[v]; v++)
            if (strncmp(s + n, verbs[v], strlen(verbs[v])) == 0) return 1;
    }
    return 0;
}

/* The article's tail often asks the reader to follow, subscribe or send tips, or tells who
 * the author is: drop such blocks while they are the last ones kept. */
static void trim_tail(const an_page *p, const annals_doc *doc, unsigned char *keep) {
    for (size_t i = p->blocks.n; i-- > 0;) {
        if (!keep[i]) continue;
        const an_block *b = &p->blocks.v[i];
        const char *s = p->text.data + b->off;
        if (b->words > 40 || !(is_call_to_action(s, b->len) || is_author_bio(doc, s, b->len))) return;
        keep[i] = 0;
    }
}

/* The author's bio may stand in a box of its own above the text too ("Jane Roe is a
 * reporter covering ..."): a story rarely opens with its own author's name. */
static void trim_head(const an_page *p, const annals_doc *doc, unsigned char *keep) {
    for (size_t i = 0; i < p->blocks.n; i++) {
        if (!keep[i]) continue;
        const an_block *b = &p->blocks.v[i];
        if (b->words > 40 || !is_author_bio(doc, p->text.data + b->off, b->len)) return;
        keep[i] = 0;
    }
}

static int write_links(const an_page *p, annals_doc *doc, const an_block *b, size_t base) {
    for (size_t j = b->link_first; j < b->link_first + b->link_n; j++) {
        const an_plink *l = &p->links.v[j];
        if (l->start < b->off || l->end > b->off + b->len || l->end <= l->start) continue;
        an_link *d = AN_PUSH(doc, links);
        if (!d) return -1;
        d->text = an_arena_strndup(&doc->arena, p->text.data + l->start, l->end - l->start);
        d->href = an_arena_strndup(&doc->arena, l->href, strlen(l->href));
        d->where = AN_WHERE_TEXT;
        d->start = base + (l->start - b->off);
        d->end = base + (l->end - b->off);
        if (!d->text || !d->href) return -1;
    }
    return 0;
}

/* The table row a cell block stands in, or -1 for a block that is not a cell. */
static int row_of(const an_page *p, const an_block *b) {
    const an_elem *o = &p->elems.v[b->owner];
    /* a cell of many words is a column of a layout table, not a value */
    if (!(o->own & E_CELL) || o->parent < 0 || o->words > TEXT_LINES_WORDS) return -1;
    return o->parent;
}

/* A table row is read whole: when any of its cells is kept, a short cell ("HD", "-5.4%")
 * is not furniture but the row's value. */
static void keep_whole_rows(const an_page *p, unsigned char *keep) {
    for (size_t i = 0; i < p->blocks.n;) {
        int row = row_of(p, &p->blocks.v[i]);
        size_t end = i + 1, any = keep[i];
        while (row >= 0 && end < p->blocks.n && row_of(p, &p->blocks.v[end]) == row)
            any |= keep[end++];
        for (size_t j = i; row >= 0 && any && j < end; j++)
            if (!(p->elems.v[p->blocks.v[j].owner].in & (E_HIDDEN | E_CAPTION))) keep[j] = 1;
        i = end;
    }
}

/* Paragraphs being written: their starts and lengths in one buffer. */
typedef struct {
    an_buf text;
    size_t *starts, *lens;
    size_t n, cap_starts, cap_lens;
} para_list;

static int new_para(annals_doc *doc, para_list *pl) {
    an_arena *a = &doc->arena;
    if (an_arena_grow(a, (void **)&pl->starts, &pl->cap_starts, pl->n + 1, sizeof(size_t)) ||
        an_arena_grow(a, (void **)&pl->lens, &pl->cap_lens, pl->n + 1, sizeof(size_t)))
        return -1;
    pl->starts[pl->n] = pl->text.len;
    pl->lens[pl->n++] = 0;
    return 0;
}

/* Writes the kept blocks as paragraphs; the cells of one table row make one paragraph,
 * "cell | cell | cell", so a table reads as rows. */
static int write_body(const an_page *p, annals_doc *doc, const unsigned char *keep) {
    para_list pl = {0};
    an_buf_init(&pl.text);
    int rc = 0, last_row = -1;
    size_t base = 0; /* where the current paragraph starts in the joined text */
    for (size_t i = 0; rc == 0 && i < p->blocks.n; i++) {
        if (!keep[i]) continue;
        const an_block *b = &p->blocks.v[i];
        int row = row_of(p, b);
        if (row >= 0 && row == last_row) {
            an_buf_append(&pl.text, " | ", 3);
            pl.lens[pl.n - 1] += 3;
        } else {
            if (pl.n > 0) base += pl.lens[pl.n - 1] + 2;
            if (new_para(doc, &pl) != 0) rc = -1;
        }
        if (rc == 0) rc = write_links(p, doc, b, base + pl.lens[pl.n - 1]);
        an_buf_append(&pl.text, p->text.data + b->off, b->len);
        if (rc == 0) pl.lens[pl.n - 1] += b->len;
        last_row = row;
    }
    const char **paras = an_arena_alloc(&doc->arena, (pl.n + 1) * sizeof *paras);
    if (rc == 0 && (pl.text.failed || !paras)) rc = -1;
    for (size_t k = 0; rc == 0 && k < pl.n; k++) paras[k] = pl.text.data + pl.starts[k];
    if (rc == 0) rc = an_doc_set_paragraphs(doc, paras, pl.lens, pl.n);
    an_buf_free(&pl.text);
    return rc;
}

/* AN_WEB_DEBUG=1 in the environment: every block with its owner, flags and fate. */
static void debug_dump(const an_page *p, const unsigned char *keep) {
    fprintf(stderr, "container %d <%s> mass %.0f of %.0f\n", p->container,
            p->elems.v[p->container].node->name, p->elems.v[p->container].mass, p->elems.v[0].mass);
    for (size_t i = 0; i < p->blocks.n; i++) {
        const an_block *b = &p->blocks.v[i];
        const an_elem *o = &p->elems.v[b->owner];
        fprintf(stderr, "%c %5d <%s> in=%05x w=%d lw=%d se=%d m=%.0f | %.*s\n", keep[i] ? '+' : '-',
                b->owner, o->node->name, o->in, b->words, b->link_words, b->sentence_ends, o->mass,
                (int)(b->len < 100 ? b->len : 100), p->text.data + b->off);
    }
}

#define LD_MIN_WORDS 50  /* an articleBody shorter than this is a description */
#define LD_THIN_SHARE 0.5 /* kept words under this share of it: the DOM holds a part */

/* 1 when the page's JSON-LD gives a body of its own that the blocks kept hold less than
 * half of: the DOM shows a teaser, or a script fills in the rest. (A description cut
 * short in articleBody is shorter than the DOM's text, which stays.) */
static int thin_beside_ld(const an_page *p, const unsigned char *keep) {
    if (!p->ld_body) return 0;
    int ld = an_count_words(p->ld_body, p->ld_body_len);
    if (ld < LD_MIN_WORDS) return 0;
    long kept = 0;
    for (size_t i = 0; i < p->blocks.n; i++)
        if (keep[i]) kept += p->blocks.v[i].words;
    return kept < LD_THIN_SHARE * ld;
}

int an_page_extract(an_page *p, annals_doc *doc, const char *title) {
    if (p->elems.n == 0) return an_doc_set_paragraphs(doc, NULL, NULL, 0);
    spread_weight(p);
    p->container = choose_container(p, title);
    regions r;
    find_regions(p, p->container, title, &r);
    fill_between(p, p->container, &r);
    picker k = {p, doc, calloc(p->blocks.n + 1, 1), -1, 0};
    for (int i = 0; i < r.n; i++) k.body_paras += p->elems.v[r.first[i]].good_paras;
    if (!k.keep) return -1;
    int rc = 0;
    for (size_t i = 0; rc == 0 && i < p->blocks.n; i++) rc = pick(&k, i, &r, title);
    if (rc == 0 && !any_kept(p, k.keep)) relaxed_pick(p, &r, k.keep);
    if (rc == 0) {
        keep_whole_rows(p, k.keep);
        drop_list_labels(p, k.keep);
        /* a heading over dropped blocks ("Tell us what you think") would hide the call to
         * action above it from trim_tail; trimming may orphan another */
        drop_orphan_headings(p, k.keep);
        trim_tail(p, doc, k.keep);
        trim_head(p, doc, k.keep);
        drop_orphan_headings(p, k.keep);
        if (getenv("AN_WEB_DEBUG")) debug_dump(p, k.keep);
        rc = thin_beside_ld(p, k.keep) ? an_ld_body_paragraphs(p->ld_body, p->ld_body_len, doc)
                                       : write_body(p, doc, k.keep);
    }
    free(k.keep);
    return rc;
}
