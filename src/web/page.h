/* page.h - what the files of src/web share about one parsed page: its elements in document
 * order, the text blocks the walk cut it into, and the metadata candidates it met. */
#ifndef AN_WEB_PAGE_H
#define AN_WEB_PAGE_H

#include <libxml/HTMLparser.h>
#include <stddef.h>
#include <stdint.h>

#include "core/buf.h"
#include "core/doc.h"
#include "read/plaintext.h"

/* Element flags. The first group is the element's own; E_IN_* are inherited. */
enum {
    E_BLOCK = 1u << 0,    /* a block-level tag: starts and ends a text block */
    E_SKIP = 1u << 1,     /* never text: script, style, img, hidden ... */
    E_BOILER = 1u << 2,   /* page structure that is not the article: nav, footer, aside */
    E_NEG = 1u << 3,      /* class/id/role says share bar, related, comments, ads ... */
    E_POS = 1u << 4,      /* class/id says article body */
    E_CAPTION = 1u << 5,  /* figure, figcaption, class caption */
    E_CREDIT = 1u << 6,   /* class credit / copyright inside a caption */
    E_HEADING = 1u << 7,  /* h1-h6 */
    E_H1 = 1u << 8,
    E_LIST = 1u << 9,     /* li, dt, dd */
    E_CELL = 1u << 10,    /* td, th */
    E_PRE = 1u << 11,
    E_LINK = 1u << 12,    /* a with href */
    E_PARA = 1u << 13,    /* p */
    E_QUOTE = 1u << 14,   /* blockquote */
    E_BYLINE = 1u << 16,  /* class byline / author */
    E_DATE = 1u << 17,    /* class date / time / timestamp */
    E_HIDDEN = 1u << 18,  /* a block hidden by style, attribute or class */
    E_CLASS_HEADING = 1u << 19, /* during enter(): the class says subheading */
    E_WEAK = 1u << 20,    /* the E_NEG comes from a weak word only ("widget", "promo") */
    E_IMAGE = 1u << 21,   /* img, picture, video */
    E_LEAF_DIV = 1u << 22 /* a <div> with no block inside: text only, maybe a paragraph */
};

/* Flags an element passes to its descendants. */
#define E_INHERITED (E_SKIP | E_BOILER | E_NEG | E_POS | E_CAPTION | E_CREDIT | E_HEADING | \
                     E_H1 | E_LIST | E_CELL | E_PRE | E_LINK | E_QUOTE | E_BYLINE | E_DATE | E_PARA | \
                     E_HIDDEN)

typedef struct {
    xmlNode *node;
    int parent; /* index, -1 for the root */
    int end;    /* the last index in this element's subtree */
    int blk;    /* the nearest block-level element, itself included */
    uint32_t own, in; /* own flags; flags of it and all its ancestors */
    double mass; /* weighted words of good paragraphs below */
    int words, link_words;
    int text_words; /* words of the blocks it holds directly: text set apart by <br> */
    int top_words;  /* words of its longest block */
    int good_paras; /* paragraphs below that read as article text */
    int h1s;     /* <h1> elements in the subtree, itself included */
    size_t mark; /* during the walk: where a link's text starts */
} an_elem;

typedef struct {
    size_t off, len; /* in page.text */
    int owner;       /* the element index whose text this is */
    int words, link_words;
    int sentence_ends; /* . ! ? and closing quotes after them */
    size_t link_first, link_n; /* in page.links */
    size_t credit_off, credit_len; /* credit text inside a caption block, in page.text */
    int teaser; /* an excerpt cut short under a headline link: another story's teaser */
    int notice; /* a site notice (cookies), never article text: data/web-notices.txt */
    int br_para; /* one of three or more paragraphs its element sets apart by <br> */
} an_block;

typedef struct {
    size_t start, end; /* bytes into page.text */
    const char *href;  /* owned by the DOM */
} an_plink;

#define AN_CLASS_CACHE 509 /* class strings remembered per page (a prime) */

typedef struct {
    xmlDoc *dom;
    const an_read_res *res;
    AN_VEC(an_elem) elems;
    AN_VEC(an_block) blocks;
    AN_VEC(an_plink) links;
    an_arena arena; /* for the vectors above */
    an_buf text;    /* block texts, one after another */
    int body;       /* index of <body>, or 0 */
    int container;  /* chosen article container */
    const char *ld_body; /* the JSON-LD articleBody, in arena, or NULL */
    size_t ld_body_len;
    struct {
        uint64_t hash;
        uint32_t flags;
    } class_cache[AN_CLASS_CACHE]; /* a class value as written -> its hint flags */
} an_page;

/* An arena for libxml2's blocks while one page is parsed (xmlmem.c). begin: the calling
 * thread's small libxml2 allocations come from it; stop: they go to malloc again, while
 * freeing its blocks stays a no-op; end (after xmlFreeDoc): its memory goes. */
typedef struct an_xchunk an_xchunk;
#define AN_XML_OUTSIDE 32
typedef struct {
    an_xchunk *chunks;
    int taking;
    void *outside[AN_XML_OUTSIDE]; /* live blocks from malloc since begin */
    int n_outside, lost;           /* lost: more than the list holds */
} an_xml_arena;

void an_xml_arena_begin(an_xml_arena *a);
void an_xml_arena_stop(an_xml_arena *a);
/* 1 when every block libxml2 holds since begin is in the arena: a tree parsed since then
 * goes with it, without xmlFreeDoc. */
int an_xml_arena_holds_all(const an_xml_arena *a);
void an_xml_arena_end(an_xml_arena *a);

#define MIN_GOOD_WORDS 8 /* a block shorter than this gives no weight */

/* Drops, in place, script and style contents, comments and (while *slim) unread
 * attributes before the parse; returns the new length. */
size_t an_web_strip_invisible(char *s, size_t n, int *slim);

/* The walk: fills elems and blocks from page->dom. Returns 0 or -1. */
int an_page_walk(an_page *p);
/* Structural marks, after the words are counted: captions without a class, teasers,
 * misnamed wrappers (marks.c). */
void an_page_mark(an_page *p);
/* 1 when a block has too many link words for text. */
int an_link_heavy(const an_block *b);
/* 1 when a text ends in a photo credit: "... (AP Photo/Jo Roe)", "... Image: Getty". */
int an_ends_in_credit(const an_page *p, const char *s, size_t len);
/* 1 when a block reads as a paragraph of article text. */
int an_good_paragraph(const an_page *p, const an_block *b);

/* Chooses the article container and writes the body, captions and links into doc. */
int an_page_extract(an_page *p, annals_doc *doc, const char *title);

/* Metadata from the head, JSON-LD, bylines and <time>: sets title, authors, outlet, url,
 * published (+ _from), lang in doc. Returns 0 or -1. `url` is the transport's, or NULL. */
int an_page_meta(an_page *p, annals_doc *doc, const char *url);

/* The article body of the JSON-LD (plain text or HTML; s[len] == 0) as the doc's
 * paragraphs (ldbody.c). Returns 0 or -1. */
int an_ld_body_paragraphs(const char *s, size_t len, annals_doc *doc);
/* Words of a text as the walk counts them (CJK characters one each). */
int an_count_words(const char *s, size_t len);

/* Text content of an element with white space folded, into out (cleared first). */
void an_web_node_text(xmlNode *n, an_buf *out);

#endif
