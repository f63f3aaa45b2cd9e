/* test_markup.c - an_clean_inline: tags, links, entities, white space, bad input. */
#include <stdlib.h>
#include <string.h>

#include "api/engine.h"
#include "check.h"
#include "core/buf.h"
#include "core/doc.h"
#include "core/utf8.h"
#include "read/plaintext.h"

static const an_read_res *res(void) { return &an_test_engine()->read; }

/* Cleans s (with doc NULL) and returns the result in a static buffer. */
static const char *clean_n(const char *s, size_t n) {
    static char out[4096];
    an_buf b;
    an_buf_init(&b);
    CHECK_INT(an_clean_inline(res(), NULL, s, n, AN_WHERE_TEXT, 0, &b), 0);
    CHECK(an_utf8_check(b.data ? b.data : "", b.len) == b.len);
    size_t k = b.len < sizeof out - 1 ? b.len : sizeof out - 1;
    memcpy(out, b.data ? b.data : "", k);
    out[k] = '\0';
    an_buf_free(&b);
    return out;
}

static const char *clean(const char *s) { return clean_n(s, strlen(s)); }

TEST(test_markup_strips_inline_and_block_tags) {
    CHECK_STR(clean("<p>Crews <strong>reopened</strong> the <em>coastal</em> road.</p>"),
              "Crews reopened the coastal road.");
    CHECK_STR(clean("one<br>two<br/>three<BR />four"), "one two three four");
    CHECK_STR(clean("a<span class=\"x\">b</span>c"), "abc");
    CHECK_STR(clean("a<div>b</div>c<p>d"), "a b c d");
    CHECK_STR(clean("<b>Note:</b><i> rain</i>"), "Note: rain");
    CHECK_STR(clean("x<o:p></o:p>y <my-widget data-a=1>z</my-widget>"), "xy z");
    CHECK_STR(clean("<!DOCTYPE html><html><body>Text</body></html>"), "Text");
}

TEST(test_markup_drops_comments_scripts_styles) {
    CHECK_STR(clean("before<!-- a <b>hidden</b> note -->after"), "beforeafter");
    CHECK_STR(clean("a<script>var x = '<p>no</p>';</script>b"), "a b");
    CHECK_STR(clean("a<STYLE type=\"text/css\">p { color: red }</STYLE>b"), "a b");
    CHECK_STR(clean("kept<!-- never closed"), "kept");
    CHECK_STR(clean("kept<script>never closed"), "kept");
    CHECK_STR(clean("a<script src=\"x.js\"/>b"), "a b");
}

TEST(test_markup_keeps_text_that_is_not_a_tag) {
    CHECK_STR(clean("if a < b and c > d"), "if a < b and c > d");
    CHECK_STR(clean("<3 the city"), "<3 the city");
    CHECK_STR(clean("x<y"), "x<y");
    CHECK_STR(clean("<<>>"), "<<>>");
    CHECK_STR(clean("AT&T and R&D"), "AT&T and R&D");
    CHECK_STR(clean("<! not a declaration"), "<! not a declaration");
}

TEST(test_markup_unclosed_tag_at_end) {
    CHECK_STR(clean("Text then <a href=\"https://example.org/x"), "Text then");
    CHECK_STR(clean("Text <span"), "Text");
    CHECK_STR(clean("<"), "<");
    CHECK_STR(clean("&"), "&");
    CHECK_STR(clean("&#"), "&#");
    CHECK_STR(clean("&#x"), "&#x");
}

TEST(test_markup_entities) {
    CHECK_STR(clean("&amp; &lt; &gt; &quot; &apos;"), "& < > \" '");
    CHECK_STR(clean("&#65;&#x42;&#X43;"), "ABC");
    CHECK_STR(clean("caf&eacute; &mdash; &hellip; &euro;5 &trade;"),
              "caf\xC3\xA9 \xE2\x80\x94 \xE2\x80\xA6 \xE2\x82\xAC" "5 \xE2\x84\xA2");
    CHECK_STR(clean("&lsquo;x&rsquo; &ldquo;y&rdquo; &bull; &ndash;"),
              "\xE2\x80\x98x\xE2\x80\x99 \xE2\x80\x9Cy\xE2\x80\x9D \xE2\x80\xA2 \xE2\x80\x93");
    CHECK_STR(clean("&Alpha;&omega;&szlig;"), "\xCE\x91\xCF\x89\xC3\x9F");
    /* unknown, incomplete or malformed ones stay as written */
    CHECK_STR(clean("&bogus; &amp &#; &#xZZ; &#12a;"), "&bogus; &amp &#; &#xZZ; &#12a;");
    CHECK_STR(clean("&AMP;"), "&AMP;");
    /* impossible code points become U+FFFD */
    CHECK_STR(clean("a&#0;b"), "a\xEF\xBF\xBD" "b");
    CHECK_STR(clean("&#xD800;&#xDFFF;"), "\xEF\xBF\xBD\xEF\xBF\xBD");
    CHECK_STR(clean("&#x110000;"), "\xEF\xBF\xBD");
    CHECK_STR(clean("&#99999999999999999999;"), "\xEF\xBF\xBD");
    CHECK_STR(clean("&#x10FFFF;"), "\xF4\x8F\xBF\xBF");
    /* windows-1252 numbers as pages mean them */
    CHECK_STR(clean("&#150; &#146;"), "\xE2\x80\x93 \xE2\x80\x99");
    /* a decoded '<' does not start a tag */
    CHECK_STR(clean("&lt;b&gt;bold&lt;/b&gt;"), "<b>bold</b>");
}

TEST(test_markup_white_space) {
    CHECK_STR(clean("  a \t\r\n b\xC2\xA0\xC2\xA0" "c\xE2\x80\x83" "d  "), "a b c d");
    CHECK_STR(clean("a&nbsp;&nbsp;b&#160;c&thinsp;d"), "a b c d");
    CHECK_STR(clean_n("a\0b\0\0c", 6), "a b c");
    CHECK_STR(clean("soft\xC2\xADhy\xE2\x80\x8Bphen&shy;s"), "softhyphens");
    CHECK_STR(clean("\xEF\xBB\xBFstart"), "start");
    CHECK_STR(clean("<p> </p> <br> "), "");
    CHECK_STR(clean(""), "");
    CHECK_STR(clean("bad \xFF byte"), "bad \xEF\xBF\xBD byte");
}

TEST(test_markup_appends_to_out) {
    an_buf b;
    an_buf_init(&b);
    an_buf_puts(&b, "X");
    CHECK_INT(an_clean_inline(res(), NULL, "  <i>y</i> z ", 13, AN_WHERE_TEXT, 0, &b), 0);
    CHECK_STR(an_buf_cstr(&b), "Xy z");
    an_buf_free(&b);
}

static annals_doc *new_doc(void) { return an_doc_create(an_test_engine()); }

TEST(test_markup_links) {
    annals_doc *doc = new_doc();
    an_buf b;
    an_buf_init(&b);
    const char *s = "See the <a href=\"https://example.org/r?id=1&amp;p=2\" target=\"_blank\">"
                    "full <b>report</b> </a>here.";
    CHECK_INT(an_clean_inline(res(), doc, s, strlen(s), AN_WHERE_TEXT, 100, &b), 0);
    CHECK_STR(an_buf_cstr(&b), "See the full report here.");
    CHECK_INT(doc->links.n, 1);
    an_link *l = &doc->links.v[0];
    CHECK_STR(l->text, "full report");
    CHECK_STR(l->href, "https://example.org/r?id=1&p=2");
    CHECK_INT(l->where, AN_WHERE_TEXT);
    CHECK_INT(l->start, 108);
    CHECK_INT(l->end, 119);
    an_buf_free(&b);
    annals_doc_free(doc);
}

TEST(test_markup_link_forms) {
    annals_doc *doc = new_doc();
    an_buf b;
    an_buf_init(&b);
    const char *s = "<a href='/one'>One</a>, <A HREF=/two class=x>Two</A>, <a name=\"n\">no</a>, "
                    "<a href=\"/e\"> </a>, <a href=\"/a\">open <a href=\"/b\">next</a> "
                    "<a href=\"/end\">tail";
    CHECK_INT(an_clean_inline(res(), doc, s, strlen(s), 3, 0, &b), 0);
    CHECK_STR(an_buf_cstr(&b), "One, Two, no, , open next tail");
    CHECK_INT(doc->links.n, 5);
    if (doc->links.n == 5) {
        const char *want_text[] = {"One", "Two", "open", "next", "tail"};
        const char *want_href[] = {"/one", "/two", "/a", "/b", "/end"};
        for (size_t i = 0; i < 5; i++) {
            an_link *l = &doc->links.v[i];
            CHECK_STR(l->text, want_text[i]);
            CHECK_STR(l->href, want_href[i]);
            CHECK_INT(l->where, 3);
            CHECK_MEM(b.data + l->start, l->end - l->start, want_text[i]);
        }
    }
    an_buf_free(&b);
    annals_doc_free(doc);
}

TEST(test_markup_no_links_without_doc) {
    CHECK_STR(clean("a <a href=\"/x\">b</a> c"), "a b c");
}

/* Long runs of things that could be quadratic: each must finish in linear time. */
TEST(test_markup_adversarial_runs) {
    size_t n = 1u << 20;
    char *s = malloc(n);
    const char *units[] = {"<a ", "<!--", "&#x", "<script>", "<b", "&amp", "<a href=\"x\">"};
    for (size_t u = 0; u < sizeof units / sizeof units[0]; u++) {
        size_t k = strlen(units[u]);
        for (size_t i = 0; i < n; i++) s[i] = units[u][i % k];
        annals_doc *doc = new_doc();
        an_buf b;
        an_buf_init(&b);
        CHECK_INT(an_clean_inline(res(), doc, s, n, AN_WHERE_TEXT, 0, &b), 0);
        CHECK(an_utf8_check(b.data ? b.data : "", b.len) == b.len);
        CHECK(b.len <= n);
        an_buf_free(&b);
        annals_doc_free(doc);
    }
    free(s);
}
