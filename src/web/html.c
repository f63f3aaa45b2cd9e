/* html.c - one HTML page to an article record: decode to UTF-8, parse with libxml2's
 * HTML parser (it recovers from broken markup the way browsers do), walk, take the
 * metadata, extract the article. */
#include <limits.h>
#include <string.h>

#include "web/page.h"
#include "web/web.h"

#define PARSE_OPTIONS (HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | \
                       HTML_PARSE_NONET | HTML_PARSE_COMPACT | HTML_PARSE_IGNORE_ENC)

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
    if (utf8.len > INT_MAX) utf8.len = INT_MAX;
    xmlInitParser();
    an_page p;
    memset(&p, 0, sizeof p);
    p.res = r;
    an_arena_init(&p.arena);
    an_buf_init(&p.text);
    p.dom = htmlReadMemory(utf8.data ? utf8.data : "", (int)utf8.len, NULL, "UTF-8", PARSE_OPTIONS);
    int rc = p.dom ? read_page(&p, doc, hints) : an_doc_set_paragraphs(doc, NULL, NULL, 0);
    if (p.dom) xmlFreeDoc(p.dom);
    an_buf_free(&p.text);
    an_arena_free(&p.arena);
    an_buf_free(&utf8);
    return rc;
}
