/* test_plaintext.c - the page-dump reader: header, byline block, dateline, furniture,
 * captions and credits, links, and input that is odd or hostile. The example pages are
 * invented for these tests. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "api/engine.h"
#include "check.h"
#include "core/doc.h"
#include "core/utf8.h"
#include "read/plaintext.h"

static const an_read_res *res(void) { return &an_test_engine()->read; }

static annals_doc *read_n(const char *s, size_t n) {
    annals_doc *doc = an_doc_create(an_test_engine());
    CHECK(doc != NULL);
    CHECK_INT(an_read_plaintext(res(), doc, s, n), 0);
    return doc;
}

static annals_doc *read_dump(const char *s) { return read_n(s, strlen(s)); }

static const char *field(const annals_doc *doc, annals_field f) { return doc->field[f]; }

#define CHECK_PARA(doc, i, want)                                                          \
    do {                                                                                  \
        if ((doc)->paragraphs.n > (size_t)(i)) {                                          \
            const an_paragraph *p_ = &(doc)->paragraphs.v[i];                             \
            CHECK_MEM((doc)->field[ANNALS_FIELD_TEXT] + p_->start, p_->end - p_->start, want); \
        } else {                                                                          \
            an_check_fail(__FILE__, __LINE__, "no paragraph %d", (int)(i));               \
        }                                                                                 \
    } while (0)

/* Every link's offsets name its text in the string its `where` names; text, captions and
 * links are valid UTF-8; paragraphs tile the text. */
static void check_doc_invariants(const annals_doc *doc) {
    const char *text = doc->field[ANNALS_FIELD_TEXT];
    CHECK(text != NULL);
    if (!text) return;
    CHECK(an_utf8_check(text, doc->text_len) == doc->text_len);
    size_t at = 0;
    for (size_t i = 0; i < doc->paragraphs.n; i++) {
        const an_paragraph *p = &doc->paragraphs.v[i];
        CHECK(p->start == at && p->end >= p->start && p->end <= doc->text_len);
        at = p->end + 2;
    }
    for (size_t i = 0; i < doc->captions.n; i++) {
        const an_caption *c = &doc->captions.v[i];
        CHECK(an_utf8_check(c->text, c->len) == c->len && c->len > 0);
    }
    for (size_t i = 0; i < doc->links.n; i++) {
        const an_link *l = &doc->links.v[i];
        size_t len;
        const char *s = an_doc_where(doc, l->where, &len);
        CHECK(l->where == AN_WHERE_TEXT || (l->where >= 0 && (size_t)l->where < doc->captions.n));
        CHECK(l->start < l->end && l->end <= len);
        if (l->start < l->end && l->end <= len) CHECK_MEM(s + l->start, l->end - l->start, l->text);
    }
}

/* ---- whole pages --------------------------------------------------------------------- */

static const char flood_page[] =
    " date 2019-08-14 Floodwaters force thousands from homes in <i>northern</i> province\n"
    "\n"
    "By Jane Okafor and Tomas Reyes, CNN\n"
    "3 minute read\n"
    "Published 6:05 AM EDT, Wed August 14, 2019\n"
    "CNN  \xC2\xA0\xE2\x80\x94 \n"
    "\n"
    "Rescue teams moved more than 4,000 residents to higher ground on Tuesday after the "
    "river broke through an earth levee near the town of Kestrel Bay, regional officials said.\n"
    "\n"
    "The governor said <a href=\"https://example.org/statement?id=7&amp;lang=en\">in a "
    "statement</a> that two bridges would stay closed until engineers had inspected them.\n"
    "Share this article\n"
    "Advertisement\n"
    "<strong>Before:</strong> The market square of Kestrel Bay on Monday morning.\n"
    "Jane Okafor/CNN\n"
    "<strong>After:</strong> The same square under a metre of water on Tuesday, seen from "
    "the <a href=\"https://example.org/tower\">clock tower</a>.\n"
    "Lucas Ferrand/AFP via Getty Images\n"
    "\n"
    "Forecasters expect the water to recede by the weekend, but more rain is due on Friday.\n";

TEST(test_plaintext_full_page) {
    annals_doc *doc = read_dump(flood_page);
    CHECK_STR(field(doc, ANNALS_FIELD_TITLE),
              "Floodwaters force thousands from homes in northern province");
    CHECK_STR(field(doc, ANNALS_FIELD_PUBLISHED), "2019-08-14T06:05:00-04:00");
    CHECK_STR(field(doc, ANNALS_FIELD_PUBLISHED_FROM), "byline");
    CHECK_INT(doc->authors.n, 2);
    if (doc->authors.n == 2) {
        CHECK_STR(doc->authors.v[0], "Jane Okafor");
        CHECK_STR(doc->authors.v[1], "Tomas Reyes");
    }
    CHECK_STR(field(doc, ANNALS_FIELD_OUTLET), "CNN");
    CHECK_STR(field(doc, ANNALS_FIELD_DATELINE), "CNN");
    CHECK_INT(doc->paragraphs.n, 3);
    CHECK_PARA(doc, 0, "Rescue teams moved more than 4,000 residents to higher ground on Tuesday "
                       "after the river broke through an earth levee near the town of Kestrel "
                       "Bay, regional officials said.");
    CHECK_PARA(doc, 1, "The governor said in a statement that two bridges would stay closed "
                       "until engineers had inspected them.");
    CHECK_PARA(doc, 2, "Forecasters expect the water to recede by the weekend, but more rain is "
                       "due on Friday.");
    CHECK_INT(doc->captions.n, 2);
    if (doc->captions.n == 2) {
        CHECK_STR(doc->captions.v[0].text, "Before: The market square of Kestrel Bay on Monday morning.");
        CHECK_STR(doc->captions.v[0].credit, "Jane Okafor/CNN");
        CHECK_STR(doc->captions.v[1].credit, "Lucas Ferrand/AFP via Getty Images");
    }
    CHECK_INT(doc->links.n, 2);
    if (doc->links.n == 2) {
        const an_link *a = &doc->links.v[0], *b = &doc->links.v[1];
        CHECK_INT(a->where, AN_WHERE_TEXT);
        CHECK_STR(a->href, "https://example.org/statement?id=7&lang=en");
        CHECK_INT(a->start, doc->paragraphs.v[1].start + strlen("The governor said "));
        CHECK_STR(b->text, "clock tower");
        CHECK_INT(b->where, 1);
    }
    CHECK(strstr(field(doc, ANNALS_FIELD_TEXT), "Share") == NULL);
    CHECK(strstr(field(doc, ANNALS_FIELD_TEXT), "Getty") == NULL);
    check_doc_invariants(doc);
    annals_doc_free(doc);
}

TEST(test_plaintext_reuters_style_without_header) {
    annals_doc *doc = read_dump(
        "By Ana Lima | Reuters\n"
        "March 3, 2017 5:30 PM UTC\n"
        "\n"
        "BEIRUT (Reuters) - Heavy shelling hit the eastern outskirts of the city on Friday, a "
        "monitoring group said, as talks on a local truce stalled.\n"
        "The group said at least 12 people had been killed since Thursday.\n");
    CHECK_STR(field(doc, ANNALS_FIELD_TITLE), NULL);
    CHECK_STR(field(doc, ANNALS_FIELD_PUBLISHED), "2017-03-03T17:30:00+00:00");
    CHECK_STR(field(doc, ANNALS_FIELD_PUBLISHED_FROM), "byline");
    CHECK_INT(doc->authors.n, 1);
    if (doc->authors.n) CHECK_STR(doc->authors.v[0], "Ana Lima");
    CHECK_STR(field(doc, ANNALS_FIELD_OUTLET), "Reuters");
    CHECK_STR(field(doc, ANNALS_FIELD_DATELINE), "BEIRUT (Reuters)");
    CHECK_INT(doc->paragraphs.n, 2);
    CHECK_PARA(doc, 0, "Heavy shelling hit the eastern outskirts of the city on Friday, a "
                       "monitoring group said, as talks on a local truce stalled.");
    check_doc_invariants(doc);
    annals_doc_free(doc);
}

TEST(test_plaintext_agency_dateline_sets_outlet) {
    annals_doc *doc = read_dump(
        "date 2016-03-27 Troops enter ancient city\n"
        "By Lena Park, Omar Haddad and Kim Berg\n"
        "PALMYRA, Syria (AP) \xE2\x80\x94 Government troops entered the historic town on Sunday "
        "after weeks of fighting, state television reported.\n");
    CHECK_STR(field(doc, ANNALS_FIELD_PUBLISHED), "2016-03-27");
    CHECK_STR(field(doc, ANNALS_FIELD_PUBLISHED_FROM), "header");
    CHECK_INT(doc->authors.n, 3);
    if (doc->authors.n == 3) CHECK_STR(doc->authors.v[2], "Kim Berg");
    CHECK_STR(field(doc, ANNALS_FIELD_DATELINE), "PALMYRA, Syria (AP)");
    CHECK_STR(field(doc, ANNALS_FIELD_OUTLET), "AP");
    CHECK_PARA(doc, 0, "Government troops entered the historic town on Sunday after weeks of "
                       "fighting, state television reported.");
    annals_doc_free(doc);
}

TEST(test_plaintext_dateline_forms) {
    annals_doc *doc = read_dump("WASHINGTON \xE2\x80\x94\n\nThe Senate voted late on Tuesday.\n");
    CHECK_STR(field(doc, ANNALS_FIELD_DATELINE), "WASHINGTON");
    CHECK_STR(field(doc, ANNALS_FIELD_OUTLET), NULL);
    CHECK_INT(doc->paragraphs.n, 1);
    CHECK_PARA(doc, 0, "The Senate voted late on Tuesday.");
    annals_doc_free(doc);

    doc = read_dump("Damascus, March 3 (Reuters) - Officials reported new clashes.\n");
    CHECK_STR(field(doc, ANNALS_FIELD_DATELINE), "Damascus, March 3 (Reuters)");
    CHECK_STR(field(doc, ANNALS_FIELD_OUTLET), "Reuters");
    CHECK_PARA(doc, 0, "Officials reported new clashes.");
    annals_doc_free(doc);

    doc = read_dump("NEW YORK\xE2\x80\x94Stocks closed higher on Monday.\n");
    CHECK_STR(field(doc, ANNALS_FIELD_DATELINE), "NEW YORK");
    CHECK_PARA(doc, 0, "Stocks closed higher on Monday.");
    annals_doc_free(doc);

    doc = read_dump("(CNN)Two ferries collided off the coast early on Saturday.\n");
    CHECK_STR(field(doc, ANNALS_FIELD_DATELINE), "(CNN)");
    CHECK_STR(field(doc, ANNALS_FIELD_OUTLET), "CNN");
    CHECK_PARA(doc, 0, "Two ferries collided off the coast early on Saturday.");
    annals_doc_free(doc);

    doc = read_dump("Idlib, Syria \xE2\x80\x93 A convoy of trucks reached the town.\n");
    CHECK_STR(field(doc, ANNALS_FIELD_DATELINE), "Idlib, Syria");
    CHECK_PARA(doc, 0, "A convoy of trucks reached the town.");
    annals_doc_free(doc);

    /* a dash inside an ordinary sentence is not a dateline */
    doc = read_dump("The city \xE2\x80\x94 once a trading hub \xE2\x80\x94 lies in ruins.\n"
                    "Officials - who declined to be named - said so.\n");
    CHECK_STR(field(doc, ANNALS_FIELD_DATELINE), NULL);
    CHECK_PARA(doc, 0, "The city \xE2\x80\x94 once a trading hub \xE2\x80\x94 lies in ruins.");
    annals_doc_free(doc);
}

TEST(test_plaintext_dateline_cut_moves_links) {
    annals_doc *doc = read_dump(
        "<a href=\"/loc\">BEIRUT</a> (Reuters) - Talks resumed in <a href=\"/geneva\">Geneva</a>.\n");
    CHECK_STR(field(doc, ANNALS_FIELD_DATELINE), "BEIRUT (Reuters)");
    CHECK_PARA(doc, 0, "Talks resumed in Geneva.");
    CHECK_INT(doc->links.n, 1);
    if (doc->links.n == 1) {
        CHECK_STR(doc->links.v[0].href, "/geneva");
        CHECK_INT(doc->links.v[0].start, 17);
        CHECK_INT(doc->links.v[0].end, 23);
    }
    check_doc_invariants(doc);
    annals_doc_free(doc);
}

/* ---- header ---------------------------------------------------------------------------- */

TEST(test_plaintext_header_forms) {
    annals_doc *doc = read_dump("\xEF\xBB\xBF  \r\n  date 2018-05-06  Quake &amp; aftershocks\r\n"
                                "A strong earthquake shook the island.\r\nNo damage was reported.\r\n");
    CHECK_STR(field(doc, ANNALS_FIELD_TITLE), "Quake & aftershocks");
    CHECK_STR(field(doc, ANNALS_FIELD_PUBLISHED), "2018-05-06");
    CHECK_STR(field(doc, ANNALS_FIELD_PUBLISHED_FROM), "header");
    CHECK_INT(doc->paragraphs.n, 2);
    CHECK_PARA(doc, 1, "No damage was reported.");
    annals_doc_free(doc);

    /* an impossible date: the title stays, the date does not */
    doc = read_dump("date 2017-02-30 A headline\nBody line.\n");
    CHECK_STR(field(doc, ANNALS_FIELD_TITLE), "A headline");
    CHECK_STR(field(doc, ANNALS_FIELD_PUBLISHED), NULL);
    CHECK_INT(doc->paragraphs.n, 1);
    annals_doc_free(doc);

    /* not a header: the line is text */
    doc = read_dump("date 2017-03-03: a colon makes this no header\nSecond line.\n");
    CHECK_STR(field(doc, ANNALS_FIELD_TITLE), NULL);
    CHECK_STR(field(doc, ANNALS_FIELD_PUBLISHED), NULL);
    CHECK_INT(doc->paragraphs.n, 2);
    CHECK_PARA(doc, 0, "date 2017-03-03: a colon makes this no header");
    annals_doc_free(doc);

    /* header only, date only */
    doc = read_dump("DATE 2020-02-29");
    CHECK_STR(field(doc, ANNALS_FIELD_PUBLISHED), "2020-02-29");
    CHECK_STR(field(doc, ANNALS_FIELD_TITLE), NULL);
    CHECK_INT(doc->paragraphs.n, 0);
    CHECK_STR(field(doc, ANNALS_FIELD_TEXT), "");
    annals_doc_free(doc);
}

TEST(test_plaintext_byline_time_must_match_header) {
    /* more than a day away: the header date stays */
    annals_doc *doc = read_dump("date 2017-03-03 Title\nPublished 9:00 AM ET, March 9, 2017\nText.\n");
    CHECK_STR(field(doc, ANNALS_FIELD_PUBLISHED), "2017-03-03");
    CHECK_STR(field(doc, ANNALS_FIELD_PUBLISHED_FROM), "header");
    CHECK_INT(doc->paragraphs.n, 1);
    annals_doc_free(doc);

    /* a day later in local time is still the same story */
    doc = read_dump("date 2017-03-03 Title\nUpdated 1:00 AM ET, March 4, 2017\nText.\n");
    CHECK_STR(field(doc, ANNALS_FIELD_PUBLISHED), "2017-03-04T01:00:00-05:00");
    annals_doc_free(doc);

    /* "Published" outranks "Updated", in either order */
    doc = read_dump("date 2017-03-03 Title\nUpdated 11:00 PM GMT, 3 March 2017\n"
                    "Published 8:00 PM GMT, 3 March 2017\nText.\n");
    CHECK_STR(field(doc, ANNALS_FIELD_PUBLISHED), "2017-03-03T20:00:00+00:00");
    annals_doc_free(doc);

    /* a date without a time adds nothing to the header's */
    doc = read_dump("date 2017-03-03 Title\nMarch 4, 2017\nText.\n");
    CHECK_STR(field(doc, ANNALS_FIELD_PUBLISHED), "2017-03-03");
    CHECK_INT(doc->paragraphs.n, 1);
    annals_doc_free(doc);
}

/* ---- bylines ------------------------------------------------------------------------- */

static void byline(const char *line, const char *a1, const char *a2, const char *outlet) {
    annals_doc *doc = an_doc_create(an_test_engine());
    int rc = an_parse_byline(res(), doc, line, strlen(line));
    if (rc != 1) an_check_fail(__FILE__, __LINE__, "not a byline: %s", line);
    CHECK_INT(doc->authors.n, (a1 != NULL) + (a2 != NULL));
    if (a1 && doc->authors.n > 0) CHECK_STR(doc->authors.v[0], a1);
    if (a2 && doc->authors.n > 1) CHECK_STR(doc->authors.v[1], a2);
    CHECK_STR(doc->field[ANNALS_FIELD_OUTLET], outlet);
    annals_doc_free(doc);
}

TEST(test_plaintext_byline_forms) {
    byline("By Jane Doe, CNN", "Jane Doe", NULL, "CNN");
    byline("By Jane Doe and John Roe, The Daily Ledger", "Jane Doe", "John Roe", "The Daily Ledger");
    byline("By Jane Doe | Example News", "Jane Doe", NULL, "Example News");
    byline("By Jane Doe (Associated Press)", "Jane Doe", NULL, "Associated Press");
    byline("By Jane Doe for The Guardian", "Jane Doe", NULL, "The Guardian");
    byline("By JANE DOE, Associated Press", "JANE DOE", NULL, "Associated Press");
    byline("BY: Jane Doe & John Roe", "Jane Doe", "John Roe", NULL);
    byline("By Jane Doe, Staff Writer", "Jane Doe", NULL, NULL);
    byline("By Jane Doe, John Roe", "Jane Doe", "John Roe", NULL);
    byline("By Maria de la Cruz, BBC", "Maria de la Cruz", NULL, "BBC");
    byline("By Reuters", NULL, NULL, "Reuters");
    byline("By Ahmed al-Masri, Al Jazeera", "Ahmed al-Masri", NULL, "Al Jazeera");
    byline("By Jane Doe, Kyiv Independent", "Jane Doe", NULL, "Kyiv Independent");
    byline("By Sara Holm, World Desk", "Sara Holm", NULL, "World Desk");
    byline("BY ANNA WEISS AND TOMAS KORB", "ANNA WEISS", "TOMAS KORB", NULL);
    byline("By Hana Jensen, Harbour & Hill", "Hana Jensen", NULL, "Harbour & Hill");
    byline("By Hana Jensen and Omar Said, Harbour and Hill", "Hana Jensen", "Omar Said",
           "Harbour and Hill");
}

TEST(test_plaintext_not_bylines) {
    const char *lines[] = {"By the time rescuers arrived, the road was gone.",
                           "By Tuesday, 300 families had left.", "Byron Lee spoke first.",
                           "By 2020 the plan had failed", "By", NULL};
    for (size_t i = 0; lines[i]; i++) {
        annals_doc *doc = an_doc_create(an_test_engine());
        if (an_parse_byline(res(), doc, lines[i], strlen(lines[i])) != 0)
            an_check_fail(__FILE__, __LINE__, "taken for a byline: %s", lines[i]);
        CHECK_INT(doc->authors.n, 0);
        annals_doc_free(doc);
    }
    annals_doc *doc = read_dump("By the time rescuers arrived, the road was gone.\nMore text.\n");
    CHECK_INT(doc->paragraphs.n, 2);
    CHECK_INT(doc->authors.n, 0);
    annals_doc_free(doc);
}

TEST(test_plaintext_head_skips_kicker) {
    annals_doc *doc = read_dump("Middle East\nProtests return to the capital\n"
                                "By Sara Nour, Example Times\nUpdated 2019-06-01 10:00\n"
                                "Protesters gathered again outside the ministry.\n");
    CHECK_INT(doc->authors.n, 1);
    CHECK_STR(field(doc, ANNALS_FIELD_OUTLET), "Example Times");
    CHECK_STR(field(doc, ANNALS_FIELD_PUBLISHED), "2019-06-01T10:00:00");
    CHECK_INT(doc->paragraphs.n, 1);
    CHECK_PARA(doc, 0, "Protesters gathered again outside the ministry.");
    annals_doc_free(doc);

    /* a short first paragraph with no head line after it stays */
    doc = read_dump("Markets were calm.\nTrading resumed at nine.\n");
    CHECK_INT(doc->paragraphs.n, 2);
    annals_doc_free(doc);
}

/* ---- furniture ----------------------------------------------------------------------- */

TEST(test_plaintext_furniture_lines) {
    const char *drop[] = {"Share", "share this article", "Share on Facebook", "Tweet", "Email",
                          "Print", "Listen to this article", "ADVERTISEMENT", "Skip to content",
                          "Read more", "Read more: Why the river keeps rising",
                          "Sign up for our morning briefing", "Follow us on Twitter",
                          "Copyright 2019 Example News", "All rights reserved.",
                          "\xC2\xA9 2019 Example Media. All rights reserved", "Hide Caption",
                          "3 of 12", "Photos: The flood in pictures", "Click to expand",
                          "Comments", "5 min read", "12 minute read", "\xE2\x80\xA2 Share \xE2\x80\xA2",
                          "Related:", "| Print |", "This slideshow requires JavaScript.",
                          "Please enable JavaScript to view the map", "Tempo de leitura: 3 minutos",
                          "Lesezeit: 4 Min.", "4 min de lectura", "Sharing is caring!",
                          "[button link=\"/send-a-tip/\" size=\"big\"]Send us your story[/button]",
                          NULL};
    for (size_t i = 0; drop[i]; i++)
        if (!an_is_furniture(res(), drop[i], strlen(drop[i])))
            an_check_fail(__FILE__, __LINE__, "not furniture: %s", drop[i]);
    const char *keep[] = {"Share prices fell sharply on Monday.", "Email records show the delay.",
                          "Comments by the minister angered farmers.",
                          "Copyright law was not the issue, he said.", "3 of the 12 victims were children",
                          "Follow-up talks are planned.", "Printed ballots arrived late.",
                          "Facebook and Twitter removed the posts.", "Listen to the minister speak",
                          "[Update: the road reopened at noon.]", "Sharing our data helped",
                          NULL};
    for (size_t i = 0; keep[i]; i++)
        if (an_is_furniture(res(), keep[i], strlen(keep[i])))
            an_check_fail(__FILE__, __LINE__, "taken for furniture: %s", keep[i]);
    annals_doc *doc = read_dump("First line of text.\nAdvertisement\n\nShare\n2 of 8\nSecond line.\n"
                                "Copyright 2021 Example News\n");
    CHECK_INT(doc->paragraphs.n, 2);
    CHECK_STR(field(doc, ANNALS_FIELD_TEXT), "First line of text.\n\nSecond line.");
    annals_doc_free(doc);
}

/* ---- captions and credits ------------------------------------------------------------ */

TEST(test_plaintext_credit_lines) {
    const char *yes[] = {"Getty Images", "Jane Roe/AP", "Jane Roe/Reuters",
                         "Omar Sanadiki/REUTERS", "AFP via Getty Images", "Photo: Kim Lee/EPA-EFE",
                         "Photograph: Lena Holm/Shutterstock", "Credit: Sputnik",
                         "Courtesy of the Harbour Museum", "\xC2\xA9 Anadolu Agency",
                         "Ilya Petrov\\TASS", "Photo by Sam Wu for The Ledger", "Ana Ruiz/Bloomberg",
                         NULL};
    for (size_t i = 0; yes[i]; i++)
        if (!an_is_credit(res(), yes[i], strlen(yes[i])))
            an_check_fail(__FILE__, __LINE__, "not a credit: %s", yes[i]);
    const char *no[] = {"Reuters reported that the army had taken the hill.",
                        "The AP says the count is not final.", "Before/after", "24/7",
                        "https://example.org/a/b", "Officials told AFP the road was closed.",
                        "Rex Tillerson arrives in Ankara", "", NULL};
    for (size_t i = 0; no[i]; i++)
        if (an_is_credit(res(), no[i], strlen(no[i])))
            an_check_fail(__FILE__, __LINE__, "taken for a credit: %s", no[i]);
}

TEST(test_plaintext_gallery_run) {
    annals_doc *doc = read_dump(
        "Workers began clearing the debris on Monday.\n"
        "Pictured: Volunteers carry sandbags along the quay.\n"
        "Mira Stone/Getty Images\n"
        "Boats wait at the flooded marina.\n"
        "A closed shop front on the high street.\n"
        "Tom Hale/AP\n"
        "The old bridge before the storm.\n"
        "Hide Caption\n"
        "4 of 6\n"
        "After: The bridge on Sunday, half under water.\n"
        "Ines Varga/Reuters\n"
        "Residents were told to stay away from the river.\n");
    CHECK_INT(doc->paragraphs.n, 2);
    CHECK_PARA(doc, 0, "Workers began clearing the debris on Monday.");
    CHECK_PARA(doc, 1, "Residents were told to stay away from the river.");
    CHECK_INT(doc->captions.n, 5);
    if (doc->captions.n == 5) {
        CHECK_STR(doc->captions.v[0].text, "Pictured: Volunteers carry sandbags along the quay.");
        CHECK_STR(doc->captions.v[0].credit, "Mira Stone/Getty Images");
        CHECK_STR(doc->captions.v[1].text, "Boats wait at the flooded marina.");
        CHECK_STR(doc->captions.v[1].credit, NULL);
        CHECK_STR(doc->captions.v[2].credit, "Tom Hale/AP");
        CHECK_STR(doc->captions.v[3].text, "The old bridge before the storm.");
        CHECK_STR(doc->captions.v[3].credit, NULL);
        CHECK_STR(doc->captions.v[4].credit, "Ines Varga/Reuters");
    }
    check_doc_invariants(doc);
    annals_doc_free(doc);
}

TEST(test_plaintext_caption_links_and_lone_credit) {
    annals_doc *doc = read_dump(
        "Getty Images\n"
        "First paragraph of the story.\n"
        "<strong>Photo:</strong> Crowds at the <a href=\"https://example.org/gate\">city gate</a>.\n"
        "Nadia Kerr/AFP\n"
        "Last paragraph with a <a href=\"/x\">link</a>.\n");
    CHECK_INT(doc->paragraphs.n, 2);
    CHECK_INT(doc->captions.n, 1);
    CHECK_INT(doc->links.n, 2);
    if (doc->links.n == 2 && doc->captions.n == 1) {
        CHECK_INT(doc->links.v[0].where, 0);
        CHECK_INT(doc->links.v[0].start, strlen("Photo: Crowds at the "));
        CHECK_INT(doc->links.v[1].where, AN_WHERE_TEXT);
        CHECK_STR(doc->links.v[1].text, "link");
    }
    check_doc_invariants(doc);
    annals_doc_free(doc);
}

/* ---- odd and hostile input ----------------------------------------------------------- */

TEST(test_plaintext_empty_and_blank) {
    const char *inputs[] = {"", " ", "\n\n\n", "\xEF\xBB\xBF", "\r\n\r\n", "<p></p>\n<br>",
                            "date 2017-03-03", NULL};
    for (size_t i = 0; inputs[i]; i++) {
        annals_doc *doc = read_dump(inputs[i]);
        CHECK_INT(doc->paragraphs.n, 0);
        CHECK_STR(field(doc, ANNALS_FIELD_TEXT), "");
        annals_doc_free(doc);
    }
}

TEST(test_plaintext_nul_bytes_and_no_newline) {
    static const char s[] = "One\0line\0with NULs <a href=\"x";
    annals_doc *doc = read_n(s, sizeof s - 1);
    CHECK_INT(doc->paragraphs.n, 1);
    CHECK_PARA(doc, 0, "One line with NULs");
    CHECK_INT(doc->links.n, 0);
    check_doc_invariants(doc);
    annals_doc_free(doc);
}

TEST(test_plaintext_huge_line) {
    size_t n = 8u << 20;
    char *s = malloc(n);
    for (size_t i = 0; i < n; i++) s[i] = "word <b>x</b> &amp; "[i % 20];
    annals_doc *doc = read_n(s, n);
    CHECK_INT(doc->paragraphs.n, 1);
    CHECK(doc->text_len > n / 3);
    check_doc_invariants(doc);
    annals_doc_free(doc);
    size_t short_lines = n / 4; /* a million one-letter lines */
    for (size_t i = 0; i < short_lines; i++) s[i] = i % 2 ? '\n' : 'a';
    doc = read_n(s, short_lines);
    CHECK_INT(doc->paragraphs.n, short_lines / 2);
    annals_doc_free(doc);
    free(s);
}

/* Random pages built from pieces that exercise every rule; the document must always be
 * well formed. */
TEST(test_plaintext_random_pages) {
    static const char *const pieces[] = {
        "date 2017-03-03 ", "By ", "Jane Doe", ", CNN", " and ", "\n", "\r\n", "\n\n",
        "Published 10:43 PM EST, Fri March 3, 2017", "CNN \xE2\x80\x94 ", "BEIRUT (Reuters) - ",
        "<a href=\"", "https://e.org/", "\">", "</a>", "<b>", "</b>", "<!--", "-->", "<script>",
        "</script>", "&amp;", "&#x", "&#", ";", "&nbsp;", "&bogus;", "Getty Images", "Ann Lee/AP",
        "Before: ", "Share", "3 of 9", "Troops took the hill.", " ", "\xC2\xA0", "\xE2\x80\x94",
        "\xC3\xA9", "<", ">", "&", "\"", "'", "(", ")", "|", "\t", "x", "2017-03-03 22:43"};
    size_t np = sizeof pieces / sizeof pieces[0];
    unsigned long seed = 12345;
    an_buf page;
    an_buf_init(&page);
    for (int round = 0; round < 3000; round++) {
        an_buf_clear(&page);
        size_t count = (size_t)(round % 60) + 1;
        for (size_t k = 0; k < count; k++) {
            seed = seed * 6364136223846793005ul + 1442695040888963407ul;
            an_buf_puts(&page, pieces[(seed >> 33) % np]);
            if ((seed >> 20) % 97 == 0) an_buf_putc(&page, '\0');
        }
        annals_doc *doc = read_n(page.data, page.len);
        check_doc_invariants(doc);
        annals_doc_free(doc);
    }
    an_buf_free(&page);
}
