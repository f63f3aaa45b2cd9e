/* test_web.c - HTML pages and WARC crawls: charsets, main-content extraction (boilerplate,
 * captions, headline, lists, tables), metadata with its sources, WARC records. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#include "annals.h"
#include "api/engine.h"
#include "check.h"
#include "core/buf.h"
#include "core/doc.h"
#include "read/source.h"
#include "web/page.h"
#include "web/web.h"

/* Reads a page through the extractor; free with annals_doc_free. */
static annals_doc *page(const char *html, const char *charset) {
    annals_engine *e = an_test_engine();
    annals_doc *d = an_doc_create(e);
    an_web_hints hints = {"https://news.example/2020/05/06/story", charset};
    CHECK_INT(an_web_read_html(&e->read, d, html, strlen(html), &hints), 0);
    return d;
}

static const char *text_of(annals_doc *d) {
    const char *t = annals_doc_get(d, ANNALS_FIELD_TEXT);
    return t ? t : "";
}

static const char *body(const char *inner) {
    static char buf[8192];
    snprintf(buf, sizeof buf, "<html><head><title>Page</title></head><body>%s</body></html>", inner);
    return buf;
}

#define PARA1 "<p>The council approved the new budget on Tuesday after a long debate about school funding.</p>"
#define PARA2 "<p>Opposition members said the plan cut too deeply into library hours and bus services.</p>"

TEST(test_web_charset_bom_meta_and_detection) {
    an_buf out;
    an_buf_init(&out);
    char used[40];
    CHECK_INT(an_web_to_utf8("\xef\xbb\xbf<p>caf\xc3\xa9</p>", 15, NULL, &out, used), 0);
    CHECK_STR(an_buf_cstr(&out), "<p>caf\xc3\xa9</p>");
    an_buf_clear(&out);
    const char *meta = "<meta charset=\"iso-8859-1\"><p>caf\xe9</p>";
    CHECK_INT(an_web_to_utf8(meta, strlen(meta), NULL, &out, used), 0);
    CHECK(strstr(an_buf_cstr(&out), "caf\xc3\xa9") != NULL);
    CHECK_STR(used, "iso-8859-1");
    an_buf_clear(&out); /* the HTTP header wins over <meta> */
    const char *koi = "<meta charset=\"utf-8\"><p>\xf0\xd2\xc9\xd7\xc5\xd4</p>";
    CHECK_INT(an_web_to_utf8(koi, strlen(koi), "koi8-r", &out, used), 0);
    CHECK(strstr(an_buf_cstr(&out), "\xd0\x9f\xd1\x80\xd0\xb8\xd0\xb2\xd0\xb5\xd1\x82") != NULL);
    an_buf_clear(&out); /* re-saved as UTF-8 but still declaring Latin-1: the bytes win */
    const char *resaved = "<meta charset=\"windows-1252\"><p>caf\xc3\xa9</p>";
    CHECK_INT(an_web_to_utf8(resaved, strlen(resaved), NULL, &out, used), 0);
    CHECK(strstr(an_buf_cstr(&out), "caf\xc3\xa9<") != NULL);
    an_buf_clear(&out); /* no declaration, not UTF-8: detected, and valid UTF-8 out */
    const char *latin = "<p>Les caf\xe9s de la place du march\xe9 ferment t\xf4t cet \xe9t\xe9, "
                        "\xe0 cause des travaux de fa\xe7" "ade.</p>";
    CHECK_INT(an_web_to_utf8(latin, strlen(latin), NULL, &out, used), 0);
    CHECK(strstr(an_buf_cstr(&out), "caf\xc3\xa9s") != NULL);
    CHECK_INT(an_utf8_check(out.data, out.len), out.len);
    char cs[40];
    CHECK_INT(an_web_charset_param("text/html; Charset=\"UTF-8\"", 26, cs, sizeof cs), 1);
    CHECK_STR(cs, "utf-8");
    an_buf_free(&out);
}

TEST(test_web_boilerplate_is_dropped) {
    annals_doc *d = page(body("<nav><a href='/'>Home</a> <a href='/w'>World</a></nav>"
                              "<div class='cookie-banner'>We use cookies on this site to improve it.</div>"
                              "<article><h1>Council passes budget</h1>"
                              "<div class='share-tools'><a href='#'>Share</a> <a href='#'>Tweet</a></div>"
                              PARA1 "<div class='ad-slot'>Advertisement</div>" PARA2
                              "<div class='related-stories'><h3>Related</h3><ul><li><a href='/a'>"
                              "Budget row deepens as mayor speaks out about the cuts</a></li></ul></div>"
                              "</article><footer>Copyright 2020 News Example, all rights reserved</footer>"),
                         NULL);
    const char *t = text_of(d);
    CHECK(strstr(t, "approved the new budget") != NULL);
    CHECK(strstr(t, "library hours") != NULL);
    CHECK(strstr(t, "cookies") == NULL);
    CHECK(strstr(t, "Home") == NULL);
    CHECK(strstr(t, "Share") == NULL);
    CHECK(strstr(t, "Advertisement") == NULL);
    CHECK(strstr(t, "mayor") == NULL);
    CHECK(strstr(t, "Copyright") == NULL);
    CHECK(strstr(t, "Council passes budget") == NULL); /* the headline is the title */
    CHECK_INT(annals_doc_count(d, ANNALS_LIST_PARAGRAPHS), 2);
    annals_doc_free(d);
}

TEST(test_web_captions_and_credits_apart) {
    annals_doc *d = page(body("<article>" PARA1 "<figure><img src='a.jpg'><figcaption>Members vote "
                              "in the chamber. <span class='credit'>Photo: Ana Silva/AP</span>"
                              "</figcaption></figure>" PARA2 "</article>"),
                         NULL);
    CHECK(strstr(text_of(d), "Members vote") == NULL);
    CHECK(strstr(text_of(d), "Ana Silva") == NULL);
    CHECK_INT(annals_doc_count(d, ANNALS_LIST_CAPTIONS), 1);
    annals_caption c;
    if (annals_doc_caption(d, 0, &c) == ANNALS_OK) {
        CHECK_STR(c.text, "Members vote in the chamber.");
        CHECK_STR(c.credit, "Photo: Ana Silva/AP");
    }
    annals_doc_free(d);
}

TEST(test_web_paragraph_ending_in_a_credit) {
    annals_doc *d = page(body("<div class='article-body'>" PARA1 "<p><img src='pier.jpg'></p><p>"
                              "Workers repair the north pier after the winter storms. (AP Photo/"
                              "Ana Silva)</p>" PARA2 "</div>"),
                         NULL);
    CHECK(strstr(text_of(d), "Workers repair") == NULL);
    CHECK(strstr(text_of(d), "library hours") != NULL);
    CHECK_INT(annals_doc_count(d, ANNALS_LIST_CAPTIONS), 1);
    annals_doc_free(d);
    /* the caption's element and its credit's met without a space */
    d = page(body("<div class='article-body'>" PARA1 "<p><img src='pier.jpg'></p><p><span>Workers repair "
                  "the north pier.</span><span>Ana Silva/Getty Images</span></p>" PARA2 "</div>"),
             NULL);
    CHECK(strstr(text_of(d), "Workers repair") == NULL);
    CHECK_INT(annals_doc_count(d, ANNALS_LIST_CAPTIONS), 1);
    annals_doc_free(d);
    /* one that ends naming the agency that wrote it is text */
    d = page(body("<div class='article-body'>" PARA1 PARA2 "<p>The harbour board meets again on "
                  "Monday to choose a builder for the pier. (Reuters)</p><p>Talks with the three "
                  "builders resume on Monday. \xc2\xa9 AFP</p></div>"),
             NULL);
    CHECK(strstr(text_of(d), "choose a builder") != NULL);
    CHECK(strstr(text_of(d), "builders resume") != NULL);
    annals_doc_free(d);
}

TEST(test_web_copyright_sign_lines) {
    annals_doc *d = page(body("<div class='article-body'>" PARA1 "<p>The new depot at night, "
                              "seen from the river, photos \xc2\xa9 Lena Park, 2021</p>" PARA2
                              "<p>\xc2\xa9 2021 Harbour Daily Ltd</p></div>"),
                         NULL);
    CHECK(strstr(text_of(d), "depot at night") == NULL);
    CHECK(strstr(text_of(d), "Harbour Daily") == NULL);
    CHECK(strstr(text_of(d), "library hours") != NULL);
    annals_doc_free(d);
}

TEST(test_web_subheadings_lists_tables_kept) {
    annals_doc *d = page(body("<div class='article-body'>" PARA1 "<h2>What changes</h2>"
                              "<ul><li>Bus fares rise by ten cents</li><li>Libraries close on Mondays</li></ul>"
                              "<table><tr><th>Item</th><th>Cost</th></tr><tr><td>Schools</td><td>$4m</td></tr></table>"
                              PARA2 "</div>"),
                         NULL);
    const char *t = text_of(d);
    CHECK(strstr(t, "What changes") != NULL);
    CHECK(strstr(t, "Bus fares rise by ten cents") != NULL);
    CHECK(strstr(t, "Libraries close on Mondays") != NULL);
    CHECK(strstr(t, "\n\nSchools | $4m\n\n") != NULL); /* a table row is a paragraph */
    annals_doc_free(d);
    /* a row is read whole: its link cell and its short figures are not furniture */
    d = page(body("<div class='article-body'>" PARA1 "<table><tr><td><a href='/q/abc'>ABC</a></td>"
                  "<td>Acme Bus Company</td><td>12.40</td><td>-3.1%</td></tr></table>" PARA2
                  "</div>"),
             NULL);
    CHECK(strstr(text_of(d), "ABC | Acme Bus Company | 12.40 | -3.1%") != NULL);
    annals_doc_free(d);
}

TEST(test_web_links_point_into_the_text) {
    annals_doc *d = page(body("<div class='story-body'><p>The <a href='https://council.example/'>city "
                              "council</a> approved the new budget on Tuesday after a long debate.</p>"
                              PARA2 "</div>"),
                         NULL);
    CHECK_INT(annals_doc_count(d, ANNALS_LIST_LINKS), 1);
    annals_link l;
    if (annals_doc_link(d, 0, &l) == ANNALS_OK) {
        CHECK_STR(l.text, "city council");
        CHECK_STR(l.href, "https://council.example/");
        CHECK_INT(l.span.start, 4);
        CHECK_INT(l.span.end, 16);
    }
    annals_doc_free(d);
}

TEST(test_web_metadata_sources) {
    const char *html =
        "<html lang='fr-FR'><head><title>Le budget adopt\xc3\xa9 | Le Journal</title>"
        "<meta property='og:site_name' content='Le Journal'>"
        "<meta property='article:published_time' content='2020-05-06T08:30:00+02:00'>"
        "<link rel='canonical' href='https://journal.example/budget'>"
        "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":\"Budget adopt\xc3\xa9\","
        "\"datePublished\":\"2020-05-06T08:00:00+02:00\",\"author\":[{\"name\":\"Anne Roy\"},{\"name\":\"Luc Bo\"}]}"
        "</script></head><body>" PARA1 PARA2 "</body></html>";
    annals_doc *d = page(html, NULL);
    CHECK_STR(annals_doc_get(d, ANNALS_FIELD_TITLE), "Budget adopt\xc3\xa9");
    CHECK_STR(annals_doc_get(d, ANNALS_FIELD_PUBLISHED), "2020-05-06T08:00:00+02:00");
    CHECK_STR(annals_doc_get(d, ANNALS_FIELD_PUBLISHED_FROM), "jsonld");
    CHECK_STR(annals_doc_get(d, ANNALS_FIELD_OUTLET), "Le Journal");
    CHECK_STR(annals_doc_get(d, ANNALS_FIELD_LANG), "fr");
    CHECK_STR(annals_doc_get(d, ANNALS_FIELD_URL), "https://news.example/2020/05/06/story");
    CHECK_INT(annals_doc_count(d, ANNALS_LIST_AUTHORS), 2);
    annals_doc_free(d);

    /* no JSON-LD, no meta: <title> minus the site name, the date from the URL */
    d = page("<html><head><title>Budget approved - Daily Example</title></head><body>" PARA1 PARA2
             "</body></html>", NULL);
    CHECK_STR(annals_doc_get(d, ANNALS_FIELD_TITLE), "Budget approved");
    CHECK_STR(annals_doc_get(d, ANNALS_FIELD_PUBLISHED), "2020-05-06");
    CHECK_STR(annals_doc_get(d, ANNALS_FIELD_PUBLISHED_FROM), "url");
    annals_doc_free(d);

    /* a byline node gives the author */
    d = page(body("<div class='byline'>By Maria Lopez</div>" PARA1 PARA2), NULL);
    CHECK_INT(annals_doc_count(d, ANNALS_LIST_AUTHORS), 1);
    const char *a = NULL;
    annals_doc_author(d, 0, &a);
    CHECK_STR(a, "Maria Lopez");
    annals_doc_free(d);
}

#define LONG_PARA "<p>The regional council approved the new transport plan on Tuesday after a " \
    "debate that lasted most of the day, and work on the first bus lanes starts in spring.</p>"
#define LONG8 LONG_PARA LONG_PARA LONG_PARA LONG_PARA LONG_PARA LONG_PARA LONG_PARA LONG_PARA

TEST(test_web_next_story_is_not_the_article) {
    annals_doc *d = page("<html><head><meta property='og:title' content='Transport plan approved'>"
                         "</head><body><main><article><h1>Transport plan approved</h1>" PARA1 PARA2
                         LONG_PARA LONG_PARA "</article><article><h1>Next story</h1><p>A different "
                         "story about the harbour and its fishermen follows here in the scroll.</p>"
                         LONG8 "</article></main></body></html>",
                         NULL);
    CHECK(strstr(text_of(d), "approved the new budget") != NULL);
    CHECK(strstr(text_of(d), "fishermen") == NULL);
    annals_doc_free(d);
}

TEST(test_web_unclosed_link_and_hidden_wrapper) {
    annals_doc *d = page(body("<div><a href='/'>Home <div class='story'>" LONG8 "</div>"), NULL);
    CHECK(strstr(text_of(d), "transport plan") != NULL); /* not all link text */
    annals_doc_free(d);
    d = page(body("<nav><a href='/'>Home</a></nav><div style='display:none'>" LONG8 "</div>"), NULL);
    CHECK(strstr(text_of(d), "transport plan") != NULL); /* an article hidden until a script runs */
    annals_doc_free(d);
    d = page(body("<div class='story-with-heading'>" LONG8 "</div>"), NULL);
    CHECK(strstr(text_of(d), "transport plan") != NULL); /* a class word is not a heading */
    annals_doc_free(d);
    d = page(body("<div class='article-body'>" PARA1 "<p>Read <span class='sr-only'>(opens a new "
                  "window)</span>the full report.</p>" PARA2 "</div>"),
             NULL);
    CHECK(strstr(text_of(d), "opens a new") == NULL); /* hidden inline text */
    CHECK(strstr(text_of(d), "Read the full report.") != NULL);
    annals_doc_free(d);
}

TEST(test_web_caption_without_a_class) {
    /* the text sharing a small wrapper with a picture is its caption */
    annals_doc *d = page(body("<div class='text'>" LONG_PARA "<div class='m1'><div class='m2'>"
                              "<img src='dam.jpg'></div><span class='t9'>Water pours over the old "
                              "dam after the storm. (Image: Lena Park)</span></div>" LONG_PARA
                              LONG_PARA "</div>"),
                         NULL);
    CHECK(strstr(text_of(d), "Water pours") == NULL);
    CHECK(strstr(text_of(d), "bus lanes") != NULL);
    CHECK_INT(annals_doc_count(d, ANNALS_LIST_CAPTIONS), 1);
    annals_doc_free(d);
    /* an image in a paragraph of its own, then text in a paragraph: the article's flow */
    d = page(body("<div class='text'>" LONG_PARA "<blockquote><p><img src='a.jpg'></p><p>The new "
                  "lanes saved me ten minutes every morning, one rider wrote.</p></blockquote>"
                  LONG_PARA "<div><p><img src='b.jpg'></p><p>Riders waited at the new stop in the "
                  "rain.</p></div>" LONG_PARA "</div>"),
             NULL);
    CHECK(strstr(text_of(d), "ten minutes every morning") != NULL);
    CHECK(strstr(text_of(d), "Riders waited") != NULL);
    annals_doc_free(d);
    /* a short story beside its lead image keeps its paragraphs; a paragraph that credits
     * the picture is its caption */
    d = page(body("<div class='s'><div class='i'><img src='c.jpg'></div><div class='t'>" PARA1
                  PARA2 "</div></div>"),
             NULL);
    CHECK(strstr(text_of(d), "approved the new budget") != NULL);
    CHECK(strstr(text_of(d), "library hours") != NULL);
    annals_doc_free(d);
    d = page(body("<div class='s'>" LONG_PARA "<div class='o'><div class='i'><img src='d.jpg'>"
                  "</div><div><p>A crew paints the new lane markings on the avenue. (Photo: Dan "
                  "Ruiz)</p></div></div>" PARA1 PARA2 "</div>"),
             NULL);
    CHECK(strstr(text_of(d), "library hours") != NULL);
    CHECK(strstr(text_of(d), "lane markings") == NULL);
    annals_doc_free(d);
}

TEST(test_web_picture_and_line_in_one_box) {
    /* a box holding a picture and a line of text, with no figure or caption class: the line
     * is the picture's caption; a paragraph with a picture inside it stays text */
    annals_doc *d = page(body("<div>" LONG_PARA LONG_PARA "<div><img src='mill.jpg'><span>The river burst "
                              "its banks near the old mill late on Sunday night</span></div>" LONG_PARA
                              "<p><img src='dot.png'>Residents were told to move their cars to higher "
                              "ground.</p></div>"),
                         NULL);
    CHECK(strstr(text_of(d), "burst its banks") == NULL);
    CHECK(strstr(text_of(d), "Residents were told") != NULL);
    CHECK_INT(annals_doc_count(d, ANNALS_LIST_CAPTIONS), 1);
    annals_doc_free(d);
}

#define ESSAY(n) "<div class='s'><div class='i'><img src='" #n ".jpg'></div><div class='t'>At " \
    "stop " #n " the bus fills with students, and the driver waits for the ones still " \
    "running from the school gate.</div></div>"

TEST(test_web_photo_essay_keeps_its_text) {
    /* the story told beside its pictures: that text is the article, not captions */
    annals_doc *d = page(body("<div class='e'>" ESSAY(3) ESSAY(4) ESSAY(5) ESSAY(6) "</div>"), NULL);
    CHECK(strstr(text_of(d), "At stop 3 the bus") != NULL);
    CHECK(strstr(text_of(d), "At stop 6 the bus") != NULL);
    annals_doc_free(d);
}

TEST(test_web_italic_line_under_a_picture) {
    annals_doc *d = page(body("<div class='entry'>" LONG_PARA "<p><a href='big.jpg'><img "
                              "src='small.jpg'></a></p><p><em>Night lanterns by the river, by "
                              "Ana Moss</em></p>" LONG_PARA "<p><em>Editor's note: the route map "
                              "was updated on Friday.</em></p>" LONG_PARA "</div>"),
                         NULL);
    CHECK(strstr(text_of(d), "Night lanterns") == NULL);
    CHECK_INT(annals_doc_count(d, ANNALS_LIST_CAPTIONS), 1);
    CHECK(strstr(text_of(d), "Editor's note") != NULL); /* italics, but not under a picture */
    annals_doc_free(d);
}

TEST(test_web_caption_repeats_the_alt_text) {
    /* a gallery's captions, said again in the images' alt text, with a "less" toggle */
    annals_doc *d = page(body("<div class='text'>" LONG_PARA "<div class='g'><img src='1.jpg' "
                              "alt='Volunteers fill sandbags along the river bank on Friday. "
                              "Photo: Tom Reyes'></div>" LONG_PARA "<div class='c'>Volunteers fill "
                              "sandbags along the river bank on Friday. less</div><div class='c'>"
                              "Volunteers fill sandbags along ... more</div>" LONG_PARA LONG_PARA
                              "</div>"),
                         NULL);
    CHECK(strstr(text_of(d), "Volunteers fill") == NULL);
    CHECK(strstr(text_of(d), "bus lanes") != NULL);
    annals_doc_free(d);
    /* a paragraph that starts like an alt text but goes on is text */
    d = page(body("<div class='text'>" LONG_PARA "<figure><img src='1.jpg' alt='Roughly 400 "
                  "volunteers filled sandbags along the river [File]'></figure>" LONG_PARA
                  "<p>Roughly 400 volunteers filled sandbags along the river bank before the "
                  "water rose on Saturday night.</p></div>"),
             NULL);
    CHECK(strstr(text_of(d), "before the water rose") != NULL);
    annals_doc_free(d);
}

#define COMMENT "<li class='c-item'><div class='who'>Reader 42 says:</div><p>I read this twice " \
    "and I still think the bus lanes will help the people who live out past the ring road.</p></li>"
#define COMMENTS8 COMMENT COMMENT COMMENT COMMENT COMMENT COMMENT COMMENT COMMENT

TEST(test_web_topic_classes_are_not_boilerplate) {
    /* a blog's post filed under "top-stories" and "social-media", beside an unflagged rail */
    annals_doc *d = page(body("<div class='main'><div class='post category-top-stories "
                              "tag-social-media'>" LONG_PARA LONG_PARA LONG_PARA "</div></div>"
                              "<div class='rail'><p>The harbour festival returns this summer with "
                              "boats, music and food stalls along the old quay.</p><p>Tickets for "
                              "the opening night concert go on sale next week at the library.</p>"
                              "</div>"),
                         NULL);
    CHECK(strstr(text_of(d), "bus lanes starts in spring") != NULL);
    CHECK(strstr(text_of(d), "harbour festival") == NULL);
    annals_doc_free(d);
    /* a body cut in two by an advertisement keeps both halves */
    d = page(body("<div class='wrap'><div class='article-body'>" LONG_PARA LONG_PARA "</div>"
                  "<div class='slot-x'>Advertisement</div><div class='article-body'>" PARA1 PARA2
                  LONG_PARA "</div><ol class='talk'>" COMMENTS8 "</ol></div>"),
             NULL);
    CHECK(strstr(text_of(d), "bus lanes starts in spring") != NULL);
    CHECK(strstr(text_of(d), "library hours") != NULL);
    annals_doc_free(d);
}

#define TEASER(n) "<div class='x'><h3><a href='/s" #n "'>Harbour ferry returns after a winter " \
    "of repairs</a></h3><p>by Sam Ode</p><p>The ferry that links the old harbour to the island " \
    "came back into service on Monday after months in dry dock, and the first...</p></div>"

#define CARD(n) "<li><h5><a href='/r" #n "'>Rowing club wins its first title in forty years</a></h5>" \
    "<div><a href='/au'>Kim Lee</a></div><div>Monday 4 May</div><div>The rowing club from the " \
    "north bank beat the favourites by half a length on Saturday, and the crew says the win " \
    "belongs to the volunteers who kept the boathouse open.</div></li>"

TEST(test_web_cut_excerpts_under_headline_links) {
    annals_doc *d = page(body("<div class='k'><div class='m'>" LONG_PARA PARA1 PARA2 "</div>"
                              "<div class='s'>" TEASER(1) TEASER(2) TEASER(3) "</div></div>"),
                         NULL);
    CHECK(strstr(text_of(d), "library hours") != NULL);
    CHECK(strstr(text_of(d), "dry dock") == NULL);
    annals_doc_free(d);
    /* one paragraph that trails off is the article's own */
    d = page(body("<div class='m'>" LONG_PARA "<h3><a href='/x'>What the council said next</a></h3>"
                  "<p>The mayor paused, looked at the room, and said only that the vote was...</p>"
                  PARA1 PARA2 "</div>"),
             NULL);
    CHECK(strstr(text_of(d), "the vote was...") != NULL);
    annals_doc_free(d);
    /* cards for other stories inside the body: a headline link and a short description */
    d = page(body("<div class='m'>" LONG_PARA "<div class='e'><div><a href='/c1'>Bridge tolls "
                  "go up in the new year</a></div><div>Drivers will pay a dollar more to cross "
                  "the river from January.</div></div>" PARA1 "<div class='e'><div><a href='/c2'>"
                  "Night buses return to the east side</a></div><div>The service was cut during "
                  "the pandemic and comes back next month.</div></div>" PARA2 "</div>"),
             NULL);
    CHECK(strstr(text_of(d), "library hours") != NULL);
    CHECK(strstr(text_of(d), "pay a dollar more") == NULL);
    CHECK(strstr(text_of(d), "comes back next month") == NULL);
    annals_doc_free(d);
    /* a short story above a list of cards, each with an author link and a date */
    d = page(body("<div class='a'>" PARA1 PARA2 "</div><ul class='more'>" CARD(1) CARD(2) CARD(3)
                  CARD(4) "</ul>"),
             NULL);
    CHECK(strstr(text_of(d), "library hours") != NULL);
    CHECK(strstr(text_of(d), "rowing club") == NULL);
    annals_doc_free(d);
}

TEST(test_web_paywalled_body_is_the_article) {
    /* "paywall" marks the part of the page that is paid for: the article itself */
    annals_doc *d = page(body("<div class='main'><div class='story paywall'>" LONG_PARA LONG_PARA
                              LONG_PARA "</div></div><div class='rail'><p>The harbour festival returns this summer with "
                              "boats, music and food stalls along the old quay.</p><p>Tickets for "
                              "the opening night concert go on sale next week at the library.</p>"
                              "</div>"),
                         NULL);
    CHECK(strstr(text_of(d), "bus lanes starts in spring") != NULL);
    CHECK(strstr(text_of(d), "harbour festival") == NULL);
    annals_doc_free(d);
}

TEST(test_web_text_between_line_breaks) {
    /* paragraphs set apart by <br> in one element, then a list beside it: the element is
     * not the whole article */
    annals_doc *d = page(body("<div class='w'><div>The regional council approved the new "
                              "transport plan on Tuesday after a debate that lasted all day.<br><br>"
                              "What comes first<br><br>Work on the first bus lanes starts in spring and ends next "
                              "autumn.<br><br>The plan also adds night buses on weekends and "
                              "holidays for the first time.<br><br>Council members who voted "
                              "against it said the cost was too high for a city of this size."
                              "</div><ul><li>Four new bus lanes</li><li>Night buses on weekends</li>"
                              "<li>Cheaper monthly passes</li></ul></div>"),
                         NULL);
    CHECK(strstr(text_of(d), "bus lanes starts in spring") != NULL);
    CHECK(strstr(text_of(d), "Cheaper monthly passes") != NULL);
    CHECK(strstr(text_of(d), "\n\nWhat comes first\n\n") != NULL); /* a subheading there */
    annals_doc_free(d);
    /* each paragraph in a wrapper of its own: the wrapper of the longest is not the article */
    d = page(body("<div class='a'><div class='x'>" LONG_PARA "</div><div class='x'>"
                  "<p>Buses will run every ten minutes.</p></div><div class='x'><p>The first "
                  "lane opens in May.</p></div></div>"),
             NULL);
    CHECK(strstr(text_of(d), "every ten minutes") != NULL);
    CHECK(strstr(text_of(d), "opens in May") != NULL);
    annals_doc_free(d);
    /* the part of a body above a gallery joins the part below it, under a page-wide
     * "sidebar" class */
    d = page(body("<div class='sidebar-left'><div class='body'><div>" PARA1 PARA2 "</div>"
                  "<div class='g'><div>1 of 6</div></div><div>" LONG_PARA LONG_PARA LONG_PARA
                  "</div></div></div>"),
             NULL);
    CHECK(strstr(text_of(d), "library hours") != NULL);
    CHECK(strstr(text_of(d), "bus lanes starts in spring") != NULL);
    annals_doc_free(d);
}

TEST(test_web_full_stops_of_other_scripts) {
    /* a short line that ends a sentence in Hindi or Urdu is text, not a label */
    annals_doc *d = page(body("<div class='a'>" LONG_PARA "<div>\xe0\xa4\xac\xe0\xa4\xb8 "
                              "\xe0\xa4\x85\xe0\xa4\xac \xe0\xa4\x9a\xe0\xa4\xb2\xe0\xa5\x87"
                              "\xe0\xa4\x97\xe0\xa5\x80\xe0\xa5\xa4</div>" LONG_PARA "</div>"),
                         NULL);
    CHECK(strstr(text_of(d), "\xe0\xa5\xa4") != NULL); /* the line with its danda */
    annals_doc_free(d);
}

TEST(test_web_hidden_on_small_screens_only) {
    /* "hidden-xs" is shown on a desktop: the lede in it is the article's */
    annals_doc *d = page(body("<div class='w'><div class='lede hidden-xs hide-on-print'><p>The "
                              "city will spend four million dollars on buses and bike lanes next "
                              "year, the council decided.</p></div><div class='b'>" LONG_PARA
                              "<div class='visible-xs'><p>Scroll down for the full map of the "
                              "new bus routes and the dates of each stage.</p></div>" LONG_PARA
                              LONG_PARA "</div><div class='hidden-lg'><p>Open this story in the "
                              "app to read it offline later today.</p></div></div>"),
                         NULL);
    CHECK(strstr(text_of(d), "four million dollars") != NULL);
    CHECK(strstr(text_of(d), "in the app") == NULL); /* hidden on large screens */
    CHECK(strstr(text_of(d), "Scroll down") == NULL); /* shown on small screens only */
    annals_doc_free(d);
}

TEST(test_web_commentary_is_not_a_comment) {
    annals_doc *d = page(body("<div class='w'><div class='commentary-lede'><p>Cities that build "
                              "bus lanes first and argue later tend to get better service, and "
                              "ours should do the same.</p></div><div class='b'>" LONG_PARA
                              LONG_PARA LONG_PARA "</div><div class='comments'><p>Great piece, "
                              "but what about the trams that used to run on this street?</p>"
                              "</div></div>"),
                         NULL);
    CHECK(strstr(text_of(d), "argue later") != NULL);
    CHECK(strstr(text_of(d), "trams") == NULL);
    annals_doc_free(d);
}

#define ENTRY(t, x) "<article class='liveblog-entry'><time>" t "</time><div class='entry-content'>" \
    "<h3>Update</h3><p>" x " said the harbour master, adding that crews would work through the " \
    "night to clear the quay before the ferries return in the morning.</p></div></article>"

TEST(test_web_live_blog_entries_are_one_story) {
    /* a live blog's posts are <article>s without an <h1>: all of them are the story, unlike
     * the next stories of an infinite scroll, which carry their own <h1> */
    annals_doc *d = page("<html><head><meta property='og:title' content='Storm live'></head><body>"
                         "<main><h1>Storm live</h1><div class='feed'>"
                         ENTRY("11:40", "The north pier has reopened,") ENTRY("10:15", "Two boats broke "
                         "their moorings overnight,") ENTRY("09:05", "Winds reached 90 km/h at dawn,")
                         "</div></main></body></html>",
                         NULL);
    CHECK(strstr(text_of(d), "north pier has reopened") != NULL);
    CHECK(strstr(text_of(d), "broke their moorings") != NULL);
    CHECK(strstr(text_of(d), "Winds reached") != NULL);
    annals_doc_free(d);
}

#define PIER_PARA "<p>The harbour board voted on Monday to rebuild the north pier, which was " \
    "badly damaged in the winter storms, at a cost of about four million euros over two years.</p>"

TEST(test_web_body_split_around_a_subscriber_part) {
    /* "subscriber-only" marks the paid-for rest of the text, not a prompt to subscribe; the
     * free part beside its wrapper is named the body too */
    annals_doc *d = page(body("<div class='wrap'><h1>Plan approved</h1><div class='article-body'>"
                              PIER_PARA PIER_PARA PIER_PARA "</div><div class='subscriber-only'><div class="
                              "'article-body'>" LONG_PARA LONG_PARA LONG_PARA LONG_PARA LONG_PARA
                              "</div></div>"
                              "<div class='subscribe-box'><p>Subscribe today for unlimited access to "
                              "every story on our site for just one dollar a week.</p></div></div>"),
                         NULL);
    CHECK(strstr(text_of(d), "rebuild the north pier") != NULL);
    CHECK(strstr(text_of(d), "bus lanes starts in spring") != NULL);
    CHECK(strstr(text_of(d), "one dollar a week") == NULL);
    annals_doc_free(d);
}

#define REPLY(who, x) "<li><div>" who " says:</div><p>" x " I have lived on this street for " \
    "twenty years and the buses have never once come on time in the morning, so we will see.</p></li>"

TEST(test_web_thread_of_list_items_is_not_the_body) {
    /* paragraphs inside list items are a thread (comments, cards): they weigh less than the
     * article's own paragraphs, even where no class names them */
    annals_doc *d = page(body("<div><div class='x1'>" LONG_PARA LONG_PARA LONG_PARA LONG_PARA
                              LONG_PARA "</div><div class='x2'><h3>6 responses</h3><ol>"
                              REPLY("Ann", "Finally.") REPLY("Bob", "About time.")
                              REPLY("Cy", "Not convinced.") REPLY("Di", "Good news.")
                              REPLY("Ed", "Too late.") REPLY("Flo", "We asked for this.")
                              "</ol></div></div>"),
                         NULL);
    CHECK(strstr(text_of(d), "bus lanes starts in spring") != NULL);
    CHECK(strstr(text_of(d), "twenty years") == NULL);
    annals_doc_free(d);
}

#define TIMED_REPLY(who, t, x) "<div><div><b>" who "</b> says:</div><div><a href='#c'><time datetime='2024-05-01T" \
    t ":00Z'>May 1, 2024 at " t "</time></a></div><p>" x " The trains were late every single morning " \
    "last winter and nobody from the company ever explained why to the people who use them.</p></div>"

TEST(test_web_comments_without_class_names) {
    /* comments with no class and each with a time, heavier than a short story and inside
     * the same box: their head lines ("jdoe says:") and actions ("Reply") tell them from a
     * live blog's posts */
    annals_doc *d = page(body("<div><div><h1>Rail fares to rise</h1></div><div>" LONG_PARA LONG_PARA
                              "</div><div><h2>5 responses</h2>"
                              TIMED_REPLY("ann", "10:01", "Typical.") TIMED_REPLY("bob", "10:12", "Again.")
                              TIMED_REPLY("cy", "10:40", "Shameful.") TIMED_REPLY("di", "11:02", "Why?")
                              TIMED_REPLY("ed", "11:30", "No.") "</div></div>"),
                         NULL);
    CHECK(strstr(text_of(d), "bus lanes starts in spring") != NULL);
    CHECK(strstr(text_of(d), "late every single morning") == NULL);
    annals_doc_free(d);
    /* a row of actions under each comment ("Like Reply") says the same */
    d = page(body("<div><div><h1>Rail fares to rise</h1>" LONG_PARA LONG_PARA "</div><div>"
                  "<div><p>The trains were late every single morning last winter and nobody ever "
                  "explained why to us.</p><div><a href='#l'>Like</a> <a href='#r'>Reply</a></div></div>"
                  "<div><p>The trains were late every single morning last winter and nobody ever "
                  "explained why to them.</p><div><a href='#l'>Like</a> <a href='#r'>Reply</a></div></div>"
                  "<div><p>The trains were late every single morning last winter and nobody ever "
                  "explained why to me.</p><div><a href='#l'>Like</a> <a href='#r'>Reply</a></div></div>"
                  "</div></div>"),
             NULL);
    CHECK(strstr(text_of(d), "bus lanes starts in spring") != NULL);
    CHECK(strstr(text_of(d), "late every single morning") == NULL);
    annals_doc_free(d);
}

#define DIV_PARA "<div>The regional council approved the new transport plan on Tuesday after a " \
    "debate that lasted most of the day, and work on the first bus lanes starts in spring.</div>"

TEST(test_web_paragraphs_set_in_divs) {
    /* a body whose paragraphs are <div>s: the short lines among them are its text too, not
     * labels; a text <div> outside it stays a label */
    annals_doc *d = page(body("<div><h1>Plan approved</h1><div>Filed under Transport</div><div>" DIV_PARA
                              "<div>Opening hours of the new lines</div>" DIV_PARA DIV_PARA
                              "<div>Mondays to Fridays, 6 am to 11 pm</div></div></div>"),
                         NULL);
    CHECK(strstr(text_of(d), "Opening hours of the new lines") != NULL);
    CHECK(strstr(text_of(d), "Mondays to Fridays") != NULL);
    CHECK(strstr(text_of(d), "Filed under") == NULL);
    annals_doc_free(d);
}

#define BR_PARA "The regional council approved the new transport plan on Tuesday after a debate " \
    "that lasted most of the day, and work on the first bus lanes starts in spring.<br><br>"

TEST(test_web_body_set_apart_by_line_breaks) {
    /* an element whose own text is paragraphs set apart by <br> is the body itself: the
     * publisher's boilerplate paragraphs beside it stay out */
    annals_doc *d = page(body("<div><div>" BR_PARA BR_PARA BR_PARA BR_PARA "</div><div><p>About "
                              "the agency: we are a regional news service founded in 1952 that serves "
                              "forty local papers.</p></div></div>"),
                         NULL);
    CHECK(strstr(text_of(d), "bus lanes starts in spring") != NULL);
    CHECK(strstr(text_of(d), "forty local papers") == NULL);
    annals_doc_free(d);
}

TEST(test_web_weak_word_on_short_paragraphs) {
    /* a weak class word ("meta") on a wrapper of three paragraphs of a sentence each is a
     * misnomer, as on a wrapper of long ones */
    annals_doc *d = page(body("<div class='post'><div class='cms_meta_field'><p>The ferry to the "
                              "islands will run twice a day from May.</p><p>Tickets will go on sale at "
                              "the harbour office next week.</p><p>Cars will need to be booked at least "
                              "a day ahead.</p></div>" LONG_PARA LONG_PARA LONG_PARA LONG_PARA LONG_PARA
                              "</div>"),
                         NULL);
    CHECK(strstr(text_of(d), "twice a day from May") != NULL);
    CHECK(strstr(text_of(d), "a day ahead") != NULL);
    annals_doc_free(d);
}

TEST(test_web_post_heads_and_button_boxes) {
    /* a live blog's post heads (a clock time and the author) go where no <header> or class
     * names them; a schedule's times in a list stay */
    annals_doc *d = page(body("<div><div><div>11:40 p.m. Kim Osei</div>" LONG_PARA "</div><div><div>"
                              "10:15 p.m. Dana Fry</div>" LONG_PARA "</div><div><div>09.05 Uhr</div>" LONG_PARA
                              "</div><ul><li>10:30 Opening</li><li>11:00 First vote</li></ul></div>"),
                         NULL);
    CHECK(strstr(text_of(d), "Kim Osei") == NULL);
    CHECK(strstr(text_of(d), "Dana Fry") == NULL);
    CHECK(strstr(text_of(d), "09.05 Uhr") == NULL);
    CHECK(strstr(text_of(d), "10:30 Opening") != NULL);
    annals_doc_free(d);
    /* a price is no clock */
    d = page(body("<div>" LONG_PARA LONG_PARA "<p>12.99 for the basic plan</p>" LONG_PARA "</div>"), NULL);
    CHECK(strstr(text_of(d), "12.99 for the basic plan") != NULL);
    annals_doc_free(d);
    /* a small box around a button is a call to action, like one around a form */
    d = page(body("<div>" LONG_PARA LONG_PARA "<div><h4>The Morning Ledger</h4><p>Get the day's most "
                  "important local news delivered to your inbox each morning.</p><button>Go</button></div>"
                  LONG_PARA "</div>"),
             NULL);
    CHECK(strstr(text_of(d), "Morning Ledger") == NULL);
    CHECK(strstr(text_of(d), "delivered to your inbox") == NULL);
    annals_doc_free(d);
}

TEST(test_web_key_points_before_the_body) {
    /* a list before the body is its key points, not a lede that joins it */
    annals_doc *d = page(body("<div><div><div>Key points</div><ul><li>The council voted by nine votes "
                              "to four to approve the transport plan after a debate that lasted most of "
                              "the day.</li><li>Work on the first of twelve new bus lanes will start in "
                              "the spring and finish by the end of next year.</li></ul></div><div>"
                              LONG_PARA LONG_PARA LONG_PARA LONG_PARA LONG_PARA "</div></div>"),
                         NULL);
    CHECK(strstr(text_of(d), "bus lanes starts in spring") != NULL);
    CHECK(strstr(text_of(d), "nine votes to four") == NULL);
    annals_doc_free(d);
}

TEST(test_web_call_box_without_a_class) {
    /* a small box with a call to action and its link, inside the body: boilerplate; a
     * paragraph of the story that says "subscribe" is text */
    annals_doc *d = page(body("<div>" LONG_PARA LONG_PARA "<div><p>Get our free morning briefing "
                              "delivered to your inbox every weekday.</p><a href='/n'>Sign up</a></div>"
                              "<p>The station has asked riders to subscribe to its text alerts "
                              "for news of delays on the new lines.</p>" LONG_PARA "</div>"),
                         NULL);
    CHECK(strstr(text_of(d), "morning briefing") == NULL);
    CHECK(strstr(text_of(d), "subscribe to its text alerts") != NULL);
    annals_doc_free(d);
}

TEST(test_web_linked_sentence_in_a_wrapper_of_its_own) {
    /* each paragraph in a <div> of its own: a sentence that links much of itself still
     * stands among the body's paragraphs */
    annals_doc *d = page(body("<div><div>" LONG_PARA "</div><div><p>The actor <a href='/a'>James Van Der "
                              "Beek</a> has been eliminated from <a href='/b'>Dancing with the Stars season 28</a> this "
                              "week.</p></div><div>" LONG_PARA "</div><div>" LONG_PARA "</div><div>" LONG_PARA
                              "</div></div>"),
                         NULL);
    CHECK(strstr(text_of(d), "has been eliminated from Dancing with the Stars season 28") != NULL);
    annals_doc_free(d);
}

TEST(test_web_standfirst_under_the_headline_stays_out) {
    /* the head of the story (the headline over a standfirst) before the body is not the
     * first part of a body split in two */
    annals_doc *d = page(body("<div><div><h1>Plan approved</h1><p>The vote ends two years of argument "
                              "over the city's buses, and the first lanes will open before the summer "
                              "holidays begin.</p></div><div>" LONG_PARA LONG_PARA LONG_PARA LONG_PARA
                              "</div></div>"),
                         NULL);
    CHECK(strstr(text_of(d), "bus lanes starts in spring") != NULL);
    CHECK(strstr(text_of(d), "two years of argument") == NULL);
    annals_doc_free(d);
}

TEST(test_web_weak_and_vendor_class_words) {
    /* a call-to-action box in the body goes; "more" alone names no boilerplate (a "read
     * more" expander holds the rest of the article) */
    annals_doc *d = page(body("<div class='article-body'>" LONG_PARA LONG_PARA "<div class='inline-cta'>"
                              "<p>Enjoyed this story? Our reporting depends on readers like you, "
                              "so please consider a gift today.</p></div>" LONG_PARA
                              "<div class='article__more'><p>The plan will be reviewed by the "
                              "transport board next year, when the first figures on ridership are in.</p>"
                              "</div></div><div id='qc-cmp2-container'><p>We value your privacy. We "
                              "and our partners store and access information on your device.</p></div>"),
                         NULL);
    CHECK(strstr(text_of(d), "bus lanes starts in spring") != NULL);
    CHECK(strstr(text_of(d), "consider a gift") == NULL);
    CHECK(strstr(text_of(d), "reviewed by the transport board") != NULL);
    CHECK(strstr(text_of(d), "privacy") == NULL);
    annals_doc_free(d);
}

#define NEWS_CARD(h, x) "<div class='item'><h4><a href='/s'>" h "</a></h4><p>" x "</p></div>"

TEST(test_web_story_cards_with_paragraphs) {
    /* cards for other stories: a headline link over a short paragraph, each in its own small
     * wrapper; a short article beside them keeps only its own text */
    annals_doc *d = page(body("<div class='col'><h1>Library to close</h1><div class='text'>" PARA1 PARA2
                              "</div><div class='box'><h3>Also in the news</h3>"
                              NEWS_CARD("Road works on Main Street", "Main Street will be closed between "
                                   "First and Third Avenue for two weeks while the gas company "
                                   "replaces old pipes.")
                              NEWS_CARD("Farmers market returns", "The weekly farmers market returns to "
                                   "the town square on Saturday, with more than thirty stalls selling "
                                   "vegetables and bread.")
                              NEWS_CARD("Pool reopens", "The town pool reopens on Monday after a winter "
                                   "of repairs to its roof, with longer opening hours in the evening.")
                              "</div></div>"),
                         NULL);
    CHECK(strstr(text_of(d), "approved the new budget") != NULL);
    CHECK(strstr(text_of(d), "gas company") == NULL);
    CHECK(strstr(text_of(d), "farmers market") == NULL);
    annals_doc_free(d);
}

TEST(test_web_sibling_box_of_text_is_not_the_body) {
    /* a lede paragraph above the body's div joins it; a box of good text beside the body,
     * with no class to say so, is a reader's reply or a bio, not the rest of the story */
    annals_doc *d = page(body("<div class='page'><h1>Plan approved</h1><p class='lede'>The harbour board "
                              "has approved the new pier after two years of argument, and building "
                              "starts in May.</p><div class='a1'>" LONG_PARA LONG_PARA LONG_PARA LONG_PARA
                              LONG_PARA LONG_PARA "</div><div class='a2'><p>I have fished from that "
                              "pier since I was a boy, and it is about time somebody fixed it "
                              "properly.</p><p>Let us hope the money does not run out halfway "
                              "through the job like last time.</p></div></div>"),
                         NULL);
    CHECK(strstr(text_of(d), "building starts in May") != NULL);
    CHECK(strstr(text_of(d), "bus lanes starts in spring") != NULL);
    CHECK(strstr(text_of(d), "since I was a boy") == NULL);
    annals_doc_free(d);
}

#define COOKIE_TEXT "This website uses cookies to improve your experience while you navigate " \
    "through the website. Out of these cookies, the cookies that are categorized as necessary are " \
    "stored on your browser as they are essential for the working of basic functionalities of the " \
    "website. We also use third-party cookies that help us analyze and understand how you use " \
    "this website. These cookies will be stored in your browser only with your consent."

TEST(test_web_cookie_notice_without_a_class) {
    /* a cookie notice outweighs a short article when no class names it: its text is known by
     * its words; an article about cookie rules keeps its own */
    annals_doc *d = page(body("<div><div><h1>Court rules on cookies</h1><p>Websites must ask before "
                              "they set tracking cookies, the court said on Monday in a case brought "
                              "by a consumer group.</p><p>The ruling applies to every site that "
                              "shows advertising to readers in the country, large or small.</p>"
                              "</div><div><h4>Privacy Overview</h4><p>" COOKIE_TEXT "</p><p>"
                              COOKIE_TEXT "</p><div>This website uses cookies to improve your "
                              "experience. We'll assume you're ok with this. Accept Read More"
                              "</div></div></div>"),
                         NULL);
    CHECK(strstr(text_of(d), "tracking cookies") != NULL);
    CHECK(strstr(text_of(d), "large or small") != NULL);
    CHECK(strstr(text_of(d), "navigate") == NULL);
    CHECK(strstr(text_of(d), "Privacy Overview") == NULL);
    CHECK(strstr(text_of(d), "assume you're ok") == NULL);
    annals_doc_free(d);
}

TEST(test_web_sign_up_box_around_a_form) {
    /* a newsletter box in the middle of the body, with no class to name it: its form gives
     * it away; a form around the whole page does not */
    annals_doc *d = page(body("<div><h1>Plan approved</h1><div>" LONG_PARA LONG_PARA "<div><h4>Get the "
                              "morning briefing</h4><p>Sign up for our free email and get the day's "
                              "top local stories in your inbox every morning.</p><form><input "
                              "type='email'><button>Go</button></form></div>" PARA1 PARA2
                              "</div></div>"),
                         NULL);
    CHECK(strstr(text_of(d), "bus lanes starts in spring") != NULL);
    CHECK(strstr(text_of(d), "library hours") != NULL);
    CHECK(strstr(text_of(d), "morning briefing") == NULL);
    CHECK(strstr(text_of(d), "inbox") == NULL);
    annals_doc_free(d);
    d = page(body("<form id='page-form'><div><input type='hidden'>" LONG_PARA LONG_PARA PARA1
                  "</div></form>"),
             NULL);
    CHECK(strstr(text_of(d), "bus lanes starts in spring") != NULL);
    CHECK(strstr(text_of(d), "approved the new budget") != NULL);
    annals_doc_free(d);
}

TEST(test_web_calls_to_action_at_the_end) {
    /* the page's own calls to action go from the end of the body; a last paragraph that
     * only mentions a network or signing up is the article's */
    annals_doc *d = page(body("<div class='article-body'>" LONG_PARA LONG_PARA "<p>The video of the "
                              "rescue has been shared thousands of times on Facebook.</p><p>Residents "
                              "can sign up for the free swimming classes at the library, and police "
                              "asked drivers not to follow her lead.</p><p>Like us on Facebook and "
                              "follow us for more local news.</p></div>"),
                         NULL);
    CHECK(strstr(text_of(d), "thousands of times on Facebook") != NULL);
    CHECK(strstr(text_of(d), "free swimming classes") != NULL);
    CHECK(strstr(text_of(d), "Like us") == NULL);
    annals_doc_free(d);
}

TEST(test_web_by_the_numbers_is_a_subheading) {
    annals_doc *d = page(body("<div class='article-body'><p>By Jane Roe</p>" LONG_PARA LONG_PARA
                              "<h2>By the numbers</h2>" PARA1 PARA2 "</div>"),
                         NULL);
    CHECK(strstr(text_of(d), "By the numbers") != NULL);
    CHECK(strstr(text_of(d), "Jane Roe") == NULL);
    annals_doc_free(d);
}

TEST(test_web_more_boilerplate_class_words) {
    /* boxes named as news sites name them: most viewed, editors' picks, a right rail */
    annals_doc *d = page(body("<div class='story-text'>" LONG_PARA LONG_PARA "<div class='box most-viewed-"
                              "list'><p>A fire at the old mill on Sunday night was put out by "
                              "crews from three towns before it reached the roof.</p></div><div "
                              "class='editors-picks'><p>Our critic spent a week eating at the new "
                              "food market and came back with ten favourite stalls.</p></div>"
                              "<div class='right-rail'><p>The rowing club won its first national "
                              "title in forty years on a cold and windy Saturday.</p></div>"
                              PARA1 "</div>"),
                         NULL);
    CHECK(strstr(text_of(d), "bus lanes starts in spring") != NULL);
    CHECK(strstr(text_of(d), "approved the new budget") != NULL);
    CHECK(strstr(text_of(d), "old mill") == NULL);
    CHECK(strstr(text_of(d), "food market") == NULL);
    CHECK(strstr(text_of(d), "rowing club") == NULL);
    annals_doc_free(d);
}

TEST(test_web_copyright_notice_inside_the_body) {
    /* (the body goes on after it in a part like the first) */
    annals_doc *d = page(body("<div><div class='t'>" LONG_PARA LONG_PARA "</div><div>This material may "
                              "not be published, broadcast, rewritten, or redistributed. \xc2\xa9 "
                              "2019 Harbour Media, LLC. All rights reserved.</div><div class='t'>"
                              PARA1 PARA2 "</div></div>"),
                         NULL);
    CHECK(strstr(text_of(d), "bus lanes starts in spring") != NULL);
    CHECK(strstr(text_of(d), "library hours") != NULL);
    CHECK(strstr(text_of(d), "redistributed") == NULL);
    annals_doc_free(d);
}

TEST(test_web_author_bio_at_the_end) {
    /* the last lines tell who the author (named in the metadata) is: a bio, not the story */
    annals_doc *d = page("<html><head><meta name='author' content='Jane Roe'></head><body><div "
                         "class='article-body'>" LONG_PARA LONG_PARA PARA1 "<p>Jane Roe is a "
                         "transport reporter who has covered the council since 2015.</p></div>"
                         "</body></html>",
                         NULL);
    CHECK(strstr(text_of(d), "approved the new budget") != NULL);
    CHECK(strstr(text_of(d), "transport reporter") == NULL);
    annals_doc_free(d);
}

TEST(test_web_cms_class_names_are_not_boilerplate) {
    /* a page builder puts each part of the text in a "widget" */
    annals_doc *d = page(body("<div class='page'><div class='elementor-widget-container'><p>The "
                              "harbour board voted on Monday to rebuild the north pier, which "
                              "storms damaged twice last winter, and the work starts when the "
                              "summer season ends.</p>" LONG_PARA "</div><div "
                              "class='elementor-widget-container'>" LONG_PARA LONG_PARA LONG_PARA
                              LONG_PARA LONG_PARA "</div></div>"),
                         NULL);
    CHECK(strstr(text_of(d), "north pier") != NULL);
    annals_doc_free(d);
    /* a Drupal body field says its label is hidden, not its text */
    d = page(body("<div class='node'><div class='field field--name-body field--label-hidden'>"
                  LONG_PARA LONG_PARA "</div></div><div class='region-two'><p>The harbour "
                  "festival returns this summer with boats, music and food stalls.</p><p>Tickets "
                  "for the opening night concert go on sale next week at the library.</p><p>The "
                  "old lighthouse opens to visitors every Sunday afternoon in July.</p></div>"),
             NULL);
    CHECK(strstr(text_of(d), "bus lanes starts in spring") != NULL);
    CHECK(strstr(text_of(d), "lighthouse") == NULL);
    annals_doc_free(d);
}

TEST(test_web_date_lines_in_any_language) {
    annals_doc *d = page(body("<div class='a'><div>ter\xc3\xa7" "a-feira, 5 de maio de 2020 \xc3\xa0s "
                              "14:30</div>" LONG_PARA "<div>Dienstag, 5. Mai 2020, 14h30</div>"
                              "<p>The vote ends at 14:30 on 5 May 2020, the clerk said.</p>" LONG_PARA
                              "</div>"),
                         NULL);
    CHECK(strstr(text_of(d), "maio") == NULL);
    CHECK(strstr(text_of(d), "Dienstag") == NULL);
    CHECK(strstr(text_of(d), "the clerk said") != NULL); /* a sentence, not a date line */
    annals_doc_free(d);
}

TEST(test_web_linked_subheadings_in_the_flow) {
    /* a gift guide names each product in a linked subheading among its paragraphs */
    annals_doc *d = page(body("<div class='guide'><h3><a href='/p1'>Folding Bike Lock</a></h3>"
                              LONG_PARA "<h3><a href='/p2'>Rain Cover for Panniers</a></h3>"
                              LONG_PARA LONG_PARA "</div><div class='more'><h3><a href='/x'>"
                              "Ten ways to fix a flat tyre</a></h3></div>"),
                         NULL);
    CHECK(strstr(text_of(d), "Folding Bike Lock") != NULL);
    CHECK(strstr(text_of(d), "Rain Cover for Panniers") != NULL);
    CHECK(strstr(text_of(d), "flat tyre") == NULL);
    annals_doc_free(d);
}

TEST(test_web_broken_markup_and_charset_hint) {
    annals_doc *d = page("<HTML><BODY><TABLE><TR><TD><P>The council approved the new budget on "
                         "Tuesday after a long debate about school funding &amp; roads.<P>Opposition "
                         "members said the plan cut too deeply into library hours.</div></span>"
                         "<P>Caf\xe9s stay open.",
                         "iso-8859-1");
    const char *t = text_of(d);
    CHECK(strstr(t, "school funding & roads.") != NULL);
    CHECK(strstr(t, "library hours.") != NULL);
    CHECK(strstr(t, "Caf\xc3\xa9s stay open.") != NULL);
    CHECK_INT(annals_doc_count(d, ANNALS_LIST_PARAGRAPHS), 3);
    annals_doc_free(d);
}

TEST(test_web_empty_and_script_only_pages) {
    annals_doc *d = page("", NULL);
    CHECK_STR(text_of(d), "");
    annals_doc_free(d);
    d = page("<html><script>document.write('<p>not text</p>')</script><style>p{}</style></html>", NULL);
    CHECK_STR(text_of(d), "");
    annals_doc_free(d);
}

#define LD_TEXT "The harbour authority will dredge the old channel this winter so that larger ferries " \
    "can dock in the town again."
#define LD_MORE "Work will start in November and last about ten weeks, during which the quay will stay " \
    "open to foot passengers but closed to cars and delivery vans."
#define LD_LAST "The authority said the cost of the work would be shared with the county and the two " \
    "ferry companies that asked for it."

TEST(test_web_jsonld_body_beside_a_thin_dom) {
    /* the DOM shows the first paragraph, a script draws the rest: the articleBody is the text */
    const char *thin = "<html><head><title>Channel to be dredged</title><script type='application/ld+json'>"
                       "{\"@type\":\"NewsArticle\",\"headline\":\"Channel to be dredged\",\"articleBody\":\""
                       LD_TEXT "\\n\\n" LD_MORE "\\n\\n" LD_LAST "\"}</script></head><body><div id='root'>"
                       "<h1>Channel to be dredged</h1><p>" LD_TEXT "</p><div>Loading...</div></div></body></html>";
    annals_doc *d = page(thin, NULL);
    CHECK_STR(text_of(d), LD_TEXT "\n\n" LD_MORE "\n\n" LD_LAST);
    annals_doc_free(d);
    /* an articleBody in HTML: tags break paragraphs, entities are decoded */
    const char *html = "<html><head><script type='application/ld+json'>{\"@type\":\"Article\",\"articleBody\":"
                       "\"<p>" LD_TEXT "</p><p>Work will start in November &amp; last about ten&nbsp;weeks, "
                       "said the authority&#8217;s chief, Ann Roe.</p><figure><figcaption>The quay</figcaption>"
                       "</figure><p>" LD_LAST "</p>\"}</script></head><body><p>Subscribe to read.</p></body></html>";
    d = page(html, NULL);
    CHECK_STR(text_of(d), LD_TEXT "\n\nWork will start in November & last about ten weeks, said the "
                          "authority\xe2\x80\x99s chief, Ann Roe.\n\n" LD_LAST);
    annals_doc_free(d);
    /* an articleBody cut short (a description): the DOM's full text stays */
    const char *cut = "<html><head><script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"articleBody\":\""
                      LD_TEXT " " LD_MORE "\"}</script></head><body><article><p>" LD_TEXT "</p><p>" LD_MORE
                      "</p><p>" LD_LAST "</p></article></body></html>";
    d = page(cut, NULL);
    CHECK_STR(text_of(d), LD_TEXT "\n\n" LD_MORE "\n\n" LD_LAST);
    annals_doc_free(d);
}

/* ---- WARC ---- */

static void warc_record(an_buf *out, const char *type, const char *uri, const char *block) {
    an_buf_printf(out, "WARC/1.0\r\nWARC-Type: %s\r\nWARC-Target-URI: %s\r\n"
                       "WARC-Date: 2024-03-05T10:15:00Z\r\nContent-Type: application/http; "
                       "msgtype=response\r\nContent-Length: %zu\r\n\r\n%s\r\n\r\n",
                  type, uri, strlen(block), block);
}

TEST(test_web_warc_records) {
    an_buf w;
    an_buf_init(&w);
    warc_record(&w, "response", "http://a.example/empty", ""); /* an empty block is skipped */
    warc_record(&w, "request", "http://a.example/", "GET / HTTP/1.1\r\n\r\n");
    warc_record(&w, "response", "http://a.example/",
                "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=ISO-8859-1\r\n\r\n<p>caf\xe9</p>");
    warc_record(&w, "response", "http://a.example/x.png", "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\nPNG");
    warc_record(&w, "response", "http://a.example/gone", "HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\n\r\n<p>x</p>");
    warc_record(&w, "response", "http://a.example/c",
                "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nContent-Type: text/html\r\n\r\n"
                "4\r\n<p>a\r\n6\r\nbc</p>\r\n0\r\n\r\n");
    an_source src;
    an_source_open_memory(&src, w.data, w.len);
    an_warc_record rec;
    an_warc_record_init(&rec);
    char msg[200];
    CHECK_INT(an_warc_next(&src, &rec, 1 << 20, msg, sizeof msg), 1);
    CHECK_STR(rec.url, "http://a.example/");
    CHECK_STR(rec.charset, "iso-8859-1");
    CHECK_STR(rec.date, "2024-03-05T10:15:00+00:00");
    CHECK_MEM(rec.payload.data, rec.payload.len, "<p>caf\xe9</p>");
    CHECK_INT(an_warc_next(&src, &rec, 1 << 20, msg, sizeof msg), 1);
    CHECK_STR(rec.url, "http://a.example/c");
    CHECK_MEM(rec.payload.data, rec.payload.len, "<p>abc</p>");
    CHECK_INT(an_warc_next(&src, &rec, 1 << 20, msg, sizeof msg), 0);
    an_source_close(&src);

    an_source_open_memory(&src, w.data, w.len); /* a record over the limit is skipped with 2 */
    CHECK_INT(an_warc_next(&src, &rec, 20, msg, sizeof msg), 2);
    an_source_close(&src);
    an_warc_record_free(&rec);
    an_buf_free(&w);
}

/* A response record without its own Content-Type is read when its block is HTTP. */
TEST(test_web_warc_response_without_content_type) {
    an_buf w;
    an_buf_init(&w);
    const char *block = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>Read anyway.</p>";
    an_buf_printf(&w, "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: http://d.example/\r\n"
                      "Content-Length: %zu\r\n\r\n%s\r\n\r\n", strlen(block), block);
    an_buf_printf(&w, "WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 9\r\n\r\nnot HTTP!\r\n\r\n");
    an_source src;
    an_source_open_memory(&src, w.data, w.len);
    an_warc_record rec;
    an_warc_record_init(&rec);
    char msg[200];
    CHECK_INT(an_warc_next(&src, &rec, 1 << 20, msg, sizeof msg), 1);
    CHECK_STR(rec.url, "http://d.example/");
    CHECK_MEM(rec.payload.data, rec.payload.len, "<p>Read anyway.</p>");
    CHECK_INT(an_warc_next(&src, &rec, 1 << 20, msg, sizeof msg), 0);
    an_source_close(&src);
    an_warc_record_free(&rec);
    an_buf_free(&w);
}

TEST(test_web_warc_damaged_record_is_skipped) {
    an_buf w;
    an_buf_init(&w);
    an_buf_puts(&w, "WARC/1.0\r\nWARC-Type: response\r\n\r\ngarbage without a length\r\n\r\n");
    warc_record(&w, "response", "http://c.example/",
                "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>Still read after the damage.</p>");
    annals_reader *r;
    annals_doc *d;
    CHECK_INT(annals_reader_open_memory(an_test_engine(), "bad.warc", w.data, w.len, &r), ANNALS_OK);
    CHECK_INT(annals_reader_next(r, &d), ANNALS_EFORMAT);
    CHECK(strstr(annals_reader_error(r)->message, "Content-Length") != NULL);
    CHECK_INT(annals_reader_next(r, &d), ANNALS_OK);
    if (d) {
        CHECK_STR(annals_doc_get(d, ANNALS_FIELD_URL), "http://c.example/");
        annals_doc_free(d);
    }
    CHECK_INT(annals_reader_next(r, &d), ANNALS_DONE);
    annals_reader_close(r);
    an_buf_free(&w);
}

TEST(test_web_warc_through_the_reader) {
    an_buf w, gz;
    an_buf_init(&w);
    an_buf_init(&gz);
    warc_record(&w, "response", "http://b.example/story",
                "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><body>" PARA1 PARA2 "</body></html>");
    w.len -= 4; /* a truncated final record: the article before it is still read */
    an_buf_printf(&w, "\r\n\r\nWARC/1.0\r\nWARC-Type: response\r\nContent-Length: 500\r\n\r\nHTTP/1.1 200");
    annals_reader *r;
    annals_doc *d;
    CHECK_INT(annals_reader_open_memory(an_test_engine(), "crawl.warc", w.data, w.len, &r), ANNALS_OK);
    CHECK_INT(annals_reader_next(r, &d), ANNALS_OK);
    CHECK_INT(annals_reader_kind(r), ANNALS_KIND_WARC);
    if (d) {
        CHECK_STR(annals_doc_get(d, ANNALS_FIELD_URL), "http://b.example/story");
        CHECK_STR(annals_doc_get(d, ANNALS_FIELD_SOURCE), "crawl.warc:1");
        CHECK_INT(annals_doc_count(d, ANNALS_LIST_PARAGRAPHS), 2);
        annals_doc_free(d);
    }
    CHECK_INT(annals_reader_next(r, &d), ANNALS_EFORMAT);
    CHECK(strstr(annals_reader_error(r)->message, "cut short") != NULL);
    CHECK_INT(annals_reader_next(r, &d), ANNALS_DONE);
    annals_reader_close(r);
    an_buf_free(&w);
    an_buf_free(&gz);
}

/* libxml2's blocks come from a per-page arena (xmlmem.c): blocks keep their bytes when they
 * grow, large ones and those made after stop are malloc's, and freeing any kind is fine. */
TEST(test_web_xml_arena_blocks) {
    an_xml_arena a;
    an_xml_arena_begin(&a);
    char *s = xmlMemStrdup("twelve bytes");
    char *big = xmlMalloc(40000);
    CHECK(s != NULL && big != NULL);
    if (!s || !big) return;
    memset(big, 'x', 40000);
    s = xmlRealloc(s, 5000);
    CHECK(s != NULL);
    if (!s) return;
    CHECK_STR(s, "twelve bytes");
    big = xmlRealloc(big, 80000);
    CHECK(big != NULL && big[39999] == 'x');
    xmlFree(big);
    an_xml_arena_stop(&a);
    char *late = xmlMemStrdup("after stop");
    CHECK_STR(late, "after stop");
    s = xmlRealloc(s, 9000); /* an arena block grows into malloc's */
    CHECK_STR(s, "twelve bytes");
    xmlFree(s);
    an_xml_arena_end(&a);
    xmlFree(late); /* outside any arena: malloc's own */
}

/* A page larger than the arena's first chunks, twice (the second reuses the chunks kept),
 * and broken markup, whose errors libxml2 keeps past the page. */
TEST(test_web_xml_arena_pages) {
    an_buf html;
    an_buf_init(&html);
    an_buf_puts(&html, "<html><head><title>Page</title></head><body><div class=\"story\">");
    for (int i = 0; i < 6000; i++)
        an_buf_puts(&html, "<p class=\"para\" data-x=\"1\">The council approved the new budget "
                           "on Tuesday after a long debate.</p>");
    an_buf_puts(&html, "</div><p><b><i>unclosed &bogus; <<</p></body></html>");
    for (int round = 0; round < 2; round++) {
        annals_doc *d = page(an_buf_cstr(&html), NULL);
        CHECK(strlen(text_of(d)) > 6000 * 60);
        annals_doc_free(d);
    }
    an_buf_free(&html);
    annals_doc *d = page(body(PARA1 PARA2), NULL);
    CHECK(strstr(text_of(d), "library hours") != NULL);
    annals_doc_free(d);
}

/* A text node and an attribute value of over 32 KB are malloc's blocks held by the tree:
 * the tree is then freed by xmlFreeDoc (a leak here is the sanitizer build's to find). */
TEST(test_web_xml_arena_large_blocks) {
    an_buf html;
    an_buf_init(&html);
    an_buf_puts(&html, "<html><body><div data-props=\"");
    for (int i = 0; i < 5000; i++) an_buf_puts(&html, "0123456789");
    an_buf_puts(&html, "\"><p>");
    for (int i = 0; i < 800; i++) an_buf_puts(&html, "The council approved the budget on Tuesday. ");
    an_buf_puts(&html, "</p></div></body></html>");
    an_xml_arena a;
    an_xml_arena_begin(&a);
    htmlDocPtr dom = htmlReadMemory(html.data, (int)html.len, NULL, "UTF-8",
                                    HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING);
    an_xml_arena_stop(&a);
    CHECK(dom != NULL);
    CHECK_INT(an_xml_arena_holds_all(&a), 0);
    if (dom) xmlFreeDoc(dom);
    an_xml_arena_end(&a);
    annals_doc *d = page(an_buf_cstr(&html), NULL);
    CHECK(strlen(text_of(d)) > 800 * 40);
    annals_doc_free(d);
    an_buf_free(&html);
}

static const char *stripped(const char *in, int *slim) {
    static char buf[1024];
    snprintf(buf, sizeof buf, "%s", in);
    size_t n = an_web_strip_invisible(buf, strlen(buf), slim);
    buf[n] = 0;
    return buf;
}

/* Attributes nothing reads go before the parse; read ones, namespaced ones and those of
 * html/head/body stay as written, an element keeps one attribute of its own, and the first
 * tag not plain enough to be sure of stops the rewriting. */
TEST(test_web_unread_attributes_dropped) {
    int slim = 1;
    CHECK_STR(stripped("<div data-x='1' class=\"a b\"\n onclick=\"f('>')\" ID=m><p>x</p></div>", &slim),
              "<div class=\"a b\" ID=m><p>x</p></div>");
    CHECK_INT(slim, 1);
    CHECK_STR(stripped("<img srcset='a 1x' sizes=10 alt=\"A\"/><span data-a=1 data-b=2>t</span>", &slim),
              "<img alt=\"A\"/><span data-a=1>t</span>");
    CHECK_STR(stripped("<html data-n=1 lang=en><body onload='x'><a xml:lang=fr tabindex=1 hidden>", &slim),
              "<html data-n=1 lang=en><body onload='x'><a xml:lang=fr hidden>");
    CHECK_STR(stripped("<p>a < b</p><br><i data-q=1>c</i>", &slim), "<p>a < b</p><br><i data-q=1>c</i>");
    CHECK_STR(stripped("<b x=\"open>text</b>", &slim), "<b x=\"open>text</b>");
    CHECK_INT(slim, 0);
    slim = 1;
    CHECK_STR(stripped("<a = b data-x=1><i data-x=1 class=c>", &slim), "<a = b data-x=1><i data-x=1 class=c>");
    CHECK_INT(slim, 0);
    slim = 1;
    CHECK_STR(stripped("<a href=x/y/>z</a><u k=a\"b class=c>", &slim), "<a href=x/y/>z</a><u k=a\"b class=c>");
    CHECK_INT(slim, 0);
}

/* Blanks alone between tags fold to their first byte and their line breaks; text, <pre>'s
 * first line, carriage returns and a single blank stay as written. */
TEST(test_web_blanks_between_tags_folded) {
    int slim = 1;
    CHECK_STR(stripped("<div>\n    <p>a  b</p>  \t\n\n  </div> <i>x</i>", &slim),
              "<div>\n<p>a  b</p> \n\n</div> <i>x</i>");
    CHECK_STR(stripped("<pre>\n  <b>x</b>\r\n  <i>y</i>   z</pre>", &slim),
              "<pre>\n  <b>x</b>\r\n  <i>y</i>   z</pre>");
    CHECK_STR(stripped("<ul>  </ul foo>   <p>", &slim), "<ul> </ul foo>   <p>");
    CHECK_INT(slim, 1);
}
