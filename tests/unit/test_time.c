/* test_time.c - the time stage: a table of sentences of our own, each with a document
 * creation time and the expression expected in it (text, type, value, mod), and a table
 * of things that are not dates. Calendar arithmetic (ISO weeks, leap days) is checked
 * directly too. */
#include <stdio.h>
#include <string.h>

#include "annals.h"
#include "check.h"
#include "core/doc.h"
#include "time/calendar.h"
#include "time/lexicon.h"
#include "time/time.h"
#include "time/tx.h"

static an_time_res *res(void) {
    static an_time_res *r;
    if (!r && an_time_res_load(&r) != 0) r = NULL;
    return r;
}

static const char *const type_names[] = {"DATE", "TIME", "DURATION", "SET"};

typedef struct {
    const char *dct;   /* NULL: no publication date */
    const char *text;
    const char *span;  /* the expression's text */
    const char *type;  /* NULL: span must not be (part of) an expression */
    const char *value;
    const char *mod;
} tcase;

static annals_doc *run(const char *dct, const char *text) {
    annals_doc *d = NULL;
    if (annals_doc_new(an_test_engine(), &d) != ANNALS_OK) return NULL;
    annals_doc_set(d, ANNALS_FIELD_TEXT, text, strlen(text));
    if (dct) annals_doc_set(d, ANNALS_FIELD_PUBLISHED, dct, strlen(dct));
    annals_annotate(an_test_engine(), d, ANNALS_STAGE_SEGMENT);
    if (an_time_doc(res(), d) != 0) {
        annals_doc_free(d);
        return NULL;
    }
    return d;
}

static void check_case(const tcase *c, int line) {
    annals_doc *d = run(c->dct, c->text);
    if (!d) {
        an_check_fail(__FILE__, line, "cannot run \"%s\"", c->text);
        return;
    }
    const char *at = strstr(c->text, c->span);
    size_t s = at ? (size_t)(at - c->text) : 0, e = s + strlen(c->span);
    const an_timex *hit = NULL;
    for (size_t k = 0; k < d->times.n; k++) {
        const an_timex *x = &d->times.v[k];
        if (x->where == AN_WHERE_TEXT && x->start < e && s < x->end) hit = hit ? hit : x;
    }
    if (!at) {
        an_check_fail(__FILE__, line, "span \"%s\" not in text", c->span);
    } else if (!c->type) {
        if (hit)
            an_check_fail(__FILE__, line, "\"%s\": \"%.*s\" tagged %s, want nothing", c->text,
                          (int)(hit->end - hit->start), c->text + hit->start, hit->value);
    } else if (!hit) {
        an_check_fail(__FILE__, line, "\"%s\": \"%s\" not found", c->text, c->span);
    } else {
        const char *mod = hit->mod ? hit->mod : "";
        if (hit->start != s || hit->end != e || strcmp(type_names[hit->type], c->type) != 0 ||
            strcmp(hit->value, c->value) != 0 || strcmp(mod, c->mod ? c->mod : "") != 0)
            an_check_fail(__FILE__, line, "\"%s\": got \"%.*s\" %s %s %s, want \"%s\" %s %s %s",
                          c->text, (int)(hit->end - hit->start), c->text + hit->start,
                          type_names[hit->type], hit->value, mod, c->span, c->type, c->value,
                          c->mod ? c->mod : "");
    }
    annals_doc_free(d);
}

#define D17 "2017-03-03" /* a Friday */
#define RUN_TABLE(t)                                                       \
    for (size_t k_ = 0; k_ < sizeof(t) / sizeof(t)[0]; k_++) check_case(&(t)[k_].c, (t)[k_].line)
#define C(...) {{__VA_ARGS__}, __LINE__}

typedef struct {
    tcase c;
    int line;
} row;

/* ---- deictic words and parts of the day ---------------------------------------------- */

static const row deictic[] = {
    C(D17, "The minister resigned today.", "today", "DATE", "2017-03-03", NULL),
    C(D17, "Today the market opened lower.", "Today", "DATE", "2017-03-03", NULL),
    C(D17, "Rebels shelled the town yesterday.", "yesterday", "DATE", "2017-03-02", NULL),
    C(D17, "The court will rule tomorrow.", "tomorrow", "DATE", "2017-03-04", NULL),
    C(D17, "The council meets tonight.", "tonight", "TIME", "2017-03-03TNI", NULL),
    C(D17, "Fighting resumed this morning near the bridge.", "this morning", "TIME", "2017-03-03TMO", NULL),
    C(D17, "Two ships collided last night.", "last night", "TIME", "2017-03-02TNI", NULL),
    C(D17, "Shops closed early yesterday afternoon.", "early yesterday afternoon", "TIME", "2017-03-02TAF", "START"),
    C(D17, "He spoke to reporters this evening.", "this evening", "TIME", "2017-03-03TEV", NULL),
    C(D17, "The vote is tomorrow morning.", "tomorrow morning", "TIME", "2017-03-04TMO", NULL),
    C(D17, "Prices are now falling.", "now", "DATE", "PRESENT_REF", NULL),
    C(D17, "She is currently in Geneva.", "currently", "DATE", "PRESENT_REF", NULL),
    C(D17, "The firm recently hired a lawyer.", "recently", "DATE", "PAST_REF", NULL),
    C(D17, "Such things happened in the past.", "the past", "DATE", "PAST_REF", NULL),
    C(D17, "We will see in the future.", "the future", "DATE", "FUTURE_REF", NULL),
    C(D17, "No change is expected in the near future.", "the near future", "DATE", "FUTURE_REF", NULL),
    /* a phrase's key is built from its tokens' keys, lower-cased, and from the bytes of a
     * word longer than a key */
    C(D17, "NO CHANGE IS EXPECTED IN THE NEAR FUTURE.", "THE NEAR FUTURE", "DATE", "FUTURE_REF", NULL),
    C(D17, "No change is expected in the Foreseeable Future.", "the Foreseeable Future", "DATE", "FUTURE_REF", NULL),
    C(D17, "They left the day before yesterday.", "the day before yesterday", "DATE", "2017-03-01", NULL),
    C(D17, "It opens the day after tomorrow.", "the day after tomorrow", "DATE", "2017-03-05", NULL),
    C(D17, "Markets are calm right now.", "right now", "DATE", "PRESENT_REF", NULL),
    /* "overnight" told in the past is last night, the night begun the evening before */
    C(D17, "Rain fell overnight in the capital.", "overnight", "TIME", "2017-03-02TNI", NULL),
    C(D17, "Talks will continue overnight.", "overnight", "TIME", "2017-03-03TNI", NULL),
    C(D17, "In recent days the army advanced.", "recent days", "DURATION", "PXD", NULL),
    C(D17, "Prices fell in recent months.", "recent months", "DURATION", "PXM", NULL),
    C(D17, "Rebels gained ground in recent weeks.", "recent weeks", "DURATION", "PXW", NULL),
    C(D17, "Crime has fallen in recent decades.", "recent decades", "DATE", "PAST_REF", NULL),
    C(D17, "Many flats were sold in recent years.", "recent years", "DATE", "PAST_REF", NULL),
    C(D17, "The strike ended at noon.", "noon", "TIME", "2017-03-03T12:00", NULL),
    C(D17, "The curfew starts at midnight.", "midnight", "TIME", "2017-03-03T24:00", NULL),
    /* a clock time told in the past is not on a day ahead named just before */
    C(D17, "The vote is on Sunday. Shortly after midnight, gunmen attacked a polling station.", "midnight",
      "TIME", "2017-03-02T24:00", NULL),
    C(D17, "Shortly before midnight, the ferry sank.", "midnight", "TIME", "2017-03-02T24:00", NULL),
    C(D17, "The vote is on Sunday. At 9 a.m., polls will open.", "9 a.m.", "TIME", "2017-03-05T09:00", NULL),
    /* hours counted from a clock time told before on the same day */
    C(D17, "The blast came at 9 a.m. on Tuesday. Two hours later, police arrived.", "Two hours later", "TIME",
      "2017-02-28T11:00", NULL),
    C(D17, "The blast came at 11:30 p.m. on Tuesday. Ninety minutes later, police arrived.", "Ninety minutes later",
      "TIME", "2017-03-01T01:00", NULL),
    C(D17, "The blast came at 9 a.m. on Tuesday. On Wednesday, two hours later, police arrived.",
      "two hours later", "TIME", "2017-03-01", NULL),
    C(D17, "The raid began on Tuesday. At 9 a.m., troops entered the town.", "9 a.m.", "TIME", "2017-02-28T09:00", NULL),
    C("2017-03-03T22:43:00-05:00", "Police arrived this afternoon.", "this afternoon", "TIME", "2017-03-03TAF", NULL),
    /* a bare part of the day after "early", "mid", "late" and a preposition: the story's day */
    C(D17, "By mid afternoon, the shelling had stopped.", "mid afternoon", "TIME", "2017-03-03TAF", "MID"),
    C(D17, "Rebels attacked on Tuesday. In the late evening, they withdrew.", "the late evening", "TIME",
      "2017-02-28TEV", "END"),
    C(D17, "Early morning raids are common there.", "morning", NULL, NULL, NULL),
    C(D17, "The late morning show was cancelled.", "morning", NULL, NULL, NULL),
    /* the DCT's digits as read_dct reads them; a date with a letter in it is none */
    C("1998-10-09", "The talks ended yesterday.", "yesterday", "DATE", "1998-10-08", NULL),
    C("2017-03-0x", "The rally was held on Friday.", "Friday", "DATE", "XXXX-WXX-5", NULL),
};

TEST(test_time_deictic) { RUN_TABLE(deictic); }

/* ---- weekdays, by tense ----------------------------------------------------------------- */

static const row weekdays[] = {
    C(D17, "The company said Friday that profits fell.", "Friday", "DATE", "2017-03-03", NULL),
    C(D17, "The rebels attacked the convoy on Tuesday.", "Tuesday", "DATE", "2017-02-28", NULL),
    C(D17, "Talks will resume on Tuesday.", "Tuesday", "DATE", "2017-03-07", NULL),
    C(D17, "The minister is meeting Monday with donors.", "Monday", "DATE", "2017-03-06", NULL),
    C(D17, "The board met Thursday.", "Thursday", "DATE", "2017-03-02", NULL),
    C(D17, "The board had met on Sunday.", "Sunday", "DATE", "2017-02-26", NULL),
    C(D17, "Voters go to the polls on Sunday, officials say they expect.", "Sunday", "DATE", "2017-03-05", NULL),
    C(D17, "The team plans to travel Wednesday.", "Wednesday", "DATE", "2017-03-08", NULL),
    C(D17, "The summit would open on Saturday.", "Saturday", "DATE", "2017-03-04", NULL),
    C(D17, "Flights were cancelled Wednesday.", "Wednesday", "DATE", "2017-03-01", NULL),
    C(D17, "He arrived last Friday.", "last Friday", "DATE", "2017-02-24", NULL),
    C(D17, "She arrived last Tuesday.", "last Tuesday", "DATE", "2017-02-28", NULL),
    /* "last" before yesterday's weekday: the week before (yesterday would be "Thursday") */
    C(D17, "He was elected last Thursday.", "last Thursday", "DATE", "2017-02-23", NULL),
    C(D17, "He was elected this past Thursday.", "this past Thursday", "DATE", "2017-03-02", NULL),
    C(D17, "He was elected Thursday.", "Thursday", "DATE", "2017-03-02", NULL),
    C("2017-03-06", "The court ruled last Sunday.", "last Sunday", "DATE", "2017-02-26", NULL),
    C(D17, "She will arrive next Monday.", "next Monday", "DATE", "2017-03-06", NULL),
    C(D17, "The offer expires next Friday.", "next Friday", "DATE", "2017-03-10", NULL),
    C(D17, "Police raided the house Friday morning.", "Friday morning", "TIME", "2017-03-03TMO", NULL),
    C(D17, "The blast happened Thursday night.", "Thursday night", "TIME", "2017-03-02TNI", NULL),
    C(D17, "Gunmen struck Tuesday afternoon.", "Tuesday afternoon", "TIME", "2017-02-28TAF", NULL),
    C(D17, "The deadline passed at noon Thursday.", "noon Thursday", "TIME", "2017-03-02T12:00", NULL),
    C(D17, "A later meeting was held on Monday.", "Monday", "DATE", "2017-02-27", NULL),
    C(D17, "Results are due Monday.", "Monday", "DATE", "2017-03-06", NULL),
    C("2017-03-06", "Troops withdrew on Saturday.", "Saturday", "DATE", "2017-03-04", NULL),
    C("2017-03-06", "The court ruled Monday.", "Monday", "DATE", "2017-03-06", NULL),
    C("2017-03-06", "The court will rule Monday.", "Monday", "DATE", "2017-03-06", NULL),
    C("2017-01-02", "The attack took place on Friday.", "Friday", "DATE", "2016-12-30", NULL),
    C("2016-12-30", "The new law takes effect, officials will say, on Monday.", "Monday", "DATE", "2017-01-02", NULL),
    C(NULL, "The rally was held on Friday.", "Friday", "DATE", "XXXX-WXX-5", NULL),
    C(NULL, "The rally was held on Friday, Jan. 6.", "Friday, Jan. 6", "DATE", "XXXX-01-06", NULL),
    C(NULL, "The rally is held this week.", "this week", "DATE", "PRESENT_REF", NULL),
    C(NULL, "The rally was held three days ago.", "three days ago", "DATE", "PAST_REF", NULL),
    C(NULL, "The rally lasted three days.", "three days", "DURATION", "P3D", NULL),
    C(NULL, "The rally is held every Friday.", "every Friday", "SET", "XXXX-WXX-5", NULL),
    C(NULL, "The rally was held in March.", "March", "DATE", "XXXX-03", NULL),
};

TEST(test_time_weekdays) { RUN_TABLE(weekdays); }

/* ---- a weekday named with a month and day picks the year ------------------------------ */

static const row weekday_year[] = {
    C(D17, "The vote took place on Sunday, March 27.", "Sunday, March 27", "DATE", "2016-03-27", NULL),
    C(D17, "The vote takes place on Monday, March 27.", "Monday, March 27", "DATE", "2017-03-27", NULL),
    C(D17, "It began on Thursday, March 27.", "Thursday, March 27", "DATE", "2014-03-27", NULL),
    C(D17, "The deal closed on Monday, Feb. 29.", "Monday, Feb. 29", "DATE", "2016-02-29", NULL),
    C(D17, "It is due on Tuesday, Feb. 29.", "Tuesday, Feb. 29", "DATE", "2028-02-29", NULL),
    C(D17, "Elections were held Sunday, Nov. 8.", "Sunday, Nov. 8", "DATE", "2015-11-08", NULL),
    C(D17, "Elections were held Tuesday, Nov. 8.", "Tuesday, Nov. 8", "DATE", "2016-11-08", NULL),
    C(D17, "The report came out Friday, March 3.", "Friday, March 3", "DATE", "2017-03-03", NULL),
    C(D17, "It reopens Saturday, 1 April.", "Saturday, 1 April", "DATE", "2017-04-01", NULL),
    C("2017-01-05", "The match is on Saturday, Dec. 30.", "Saturday, Dec. 30", "DATE", "2017-12-30", NULL),
    C("2017-01-05", "The match was on Friday, Dec. 30.", "Friday, Dec. 30", "DATE", "2016-12-30", NULL),
    C(D17, "They married on Wednesday, March 1, 2017.", "Wednesday, March 1, 2017", "DATE", "2017-03-01", NULL),
    /* far years: the tense picks the side, within three months the nearest wins */
    C("2024-03-01", "The vote was on Monday, Dec. 28.", "Monday, Dec. 28", "DATE", "2020-12-28", NULL),
    C("2024-03-01", "The vote will be on Friday, Jan. 1.", "Friday, Jan. 1", "DATE", "2027-01-01", NULL),
    C("2024-03-01", "The vote was on Friday, Jan. 1.", "Friday, Jan. 1", "DATE", "2021-01-01", NULL),
    C("2024-03-01", "The fair opened Sunday, March 3.", "Sunday, March 3", "DATE", "2024-03-03", NULL),
    C("2024-03-01", "They met on Thursday, Feb. 29.", "Thursday, Feb. 29", "DATE", "2024-02-29", NULL),
    C("2021-01-03", "The deal closed on Monday, Dec. 28.", "Monday, Dec. 28", "DATE", "2020-12-28", NULL),
    C("2020-12-31", "The market reopens Monday, Jan. 4.", "Monday, Jan. 4", "DATE", "2021-01-04", NULL),
    C("2016-01-01", "Fireworks lit the sky on Thursday, Dec. 31.", "Thursday, Dec. 31", "DATE", "2015-12-31", NULL),
};

TEST(test_time_weekday_year) { RUN_TABLE(weekday_year); }

/* ---- absolute dates ------------------------------------------------------------------- */

static const row absolute[] = {
    C(D17, "The treaty was signed on March 3, 2017, in Rome.", "March 3, 2017", "DATE", "2017-03-03", NULL),
    C(D17, "The treaty was signed on 3 March 2017 in Rome.", "3 March 2017", "DATE", "2017-03-03", NULL),
    C(D17, "He was born on Jan. 5, 1950.", "Jan. 5, 1950", "DATE", "1950-01-05", NULL),
    C(D17, "The filing is dated 2017-03-03.", "2017-03-03", "DATE", "2017-03-03", NULL),
    C(D17, "The letter is dated 03/02/2017.", "03/02/2017", "DATE", "2017-03-02", NULL),
    C(D17, "The letter is dated 12/25/16.", "12/25/16", "DATE", "2016-12-25", NULL),
    C(D17, "Sales fell in March 2016.", "March 2016", "DATE", "2016-03", NULL),
    C(D17, "Sales fell in November of 2015.", "November of 2015", "DATE", "2015-11", NULL),
    C(D17, "The law passed in 2007.", "2007", "DATE", "2007", NULL),
    C(D17, "Since 1990 the town has grown.", "1990", "DATE", "1990", NULL),
    C(D17, "The 2016 election divided the country.", "2016", "DATE", "2016", NULL),
    C(D17, "It was 2007's best film.", "2007", "DATE", "2007", NULL),
    C(D17, "Growth was strong in the 1990s.", "the 1990s", "DATE", "199", NULL),
    C(D17, "Prices rose in the '80s.", "the '80s", "DATE", "198", NULL),
    C(D17, "The mill was built in the 1800s.", "the 1800s", "DATE", "18", NULL),
    C(D17, "The hall dates from the 18th century.", "the 18th century", "DATE", "17", NULL),
    C(D17, "It is the challenge of the 21st century.", "the 21st century", "DATE", "20", NULL),
    C(D17, "Music changed in the sixties.", "the sixties", "DATE", "196", NULL),
    C(D17, "The park opened in spring 2016.", "spring 2016", "DATE", "2016-SP", NULL),
    C(D17, "Trade slowed in the summer of 2014.", "the summer of 2014", "DATE", "2014-SU", NULL),
    C(D17, "Revenue rose in Q1 2016.", "Q1 2016", "DATE", "2016-Q1", NULL),
    C(D17, "Revenue rose in the third quarter of 2015.", "the third quarter of 2015", "DATE", "2015-Q3", NULL),
    C(D17, "Profit doubled in the first half of 2016.", "the first half of 2016", "DATE", "2016-H1", NULL),
    C(D17, "Profit doubled in fiscal 2016.", "fiscal 2016", "DATE", "2016", NULL),
    C(D17, "The tower was finished in mid-2015.", "mid-2015", "DATE", "2015", "MID"),
    C(D17, "The tower was finished in early 2015.", "early 2015", "DATE", "2015", "START"),
    C(D17, "The tower was finished in late 2015.", "late 2015", "DATE", "2015", "END"),
    C(D17, "It peaked in the mid-1990s.", "the mid-1990s", "DATE", "199", "MID"),
    C(D17, "Work stopped at the end of 2014.", "the end of 2014", "DATE", "2014", "END"),
    C(D17, "Work began at the beginning of 2014.", "the beginning of 2014", "DATE", "2014", "START"),
    C(D17, "Sales rose between 2014 and 2016.", "2014", "DATE", "2014", NULL),
    C(D17, "Sales rose from 2014 to 2016.", "2016", "DATE", "2016", NULL),
    C(D17, "Festivals fill the city on Christmas Day 2015.", "Christmas Day 2015", "DATE", "2015-12-25", NULL),
    C(D17, "The flood struck on Jan. 5 and lasted weeks.", "Jan. 5", "DATE", "2017-01-05", NULL),
    C(D17, "The hearing is set for March 27.", "March 27", "DATE", "2017-03-27", NULL),
    C(D17, "The hearing was held on Feb. 27.", "Feb. 27", "DATE", "2017-02-27", NULL),
    C(D17, "The hearing was held on the 5th of February.", "the 5th of February", "DATE", "2017-02-05", NULL),
    C(D17, "The talks ran from March 1-5 in Vienna.", "March 1-5", "DATE", "2017-03-01", NULL),
    C(NULL, "The festival opens on March 27.", "March 27", "DATE", "XXXX-03-27", NULL),
    C(NULL, "The law passed in 2007.", "2007", "DATE", "2007", NULL),
    /* a year followed by its verb; ranges of years in one token */
    C(D17, "2012 was the warmest year on record.", "2012", "DATE", "2012", NULL),
    C(D17, "Unlike 2011, 2013 will be hard.", "2013", "DATE", "2013", NULL),
    C(D17, "The war (1914-1918) killed millions.", "1914", "DATE", "1914", NULL),
    C(D17, "The war (1914-1918) killed millions.", "1918", "DATE", "1918", NULL),
    C(D17, "He ruled from 2008/2012 onward.", "2012", "DATE", "2012", NULL),
    C(D17, "Call 1800-2000 for help.", "1800-2000", NULL, NULL, NULL),
    C(D17, "The 1950-53 war never formally ended.", "53", "DATE", "1953", NULL),
    C(D17, "The 1950-53 war never formally ended.", "1950", "DATE", "1950", NULL),
    C(D17, "The 1999-00 season was long.", "00", "DATE", "2000", NULL),
    C(D17, "Call 1234-56 for help.", "1234-56", NULL, NULL, NULL),
    C(D17, "Police said 1998 were hurt.", "1998", NULL, NULL, NULL),
    C(D17, "The clinic was attacked in 1994, 1995 and 1997.", "1995", "DATE", "1995", NULL),
    C(D17, "He trimmed his 2018 profit forecast.", "2018", "DATE", "2018", NULL),
    C(D17, "Revenue for FY2016 rose 4%.", "FY2016", "DATE", "2016", NULL),
    C(D17, "In FY 2015, the firm lost money.", "2015", "DATE", "2015", NULL),
    C(D17, "The treaty was signed on 21/03/2013 in Rome.", "21/03/2013", "DATE", "2013-03-21", NULL),
    C(D17, "The treaty was signed on 03/21/2013 in Rome.", "03/21/2013", "DATE", "2013-03-21", NULL),
    C(D17, "The treaty was signed on 21.03.2013 in Bonn.", "21.03.2013", "DATE", "2013-03-21", NULL),
    C(D17, "Version 3.5.2012 of the tool shipped.", "3.5.2012", NULL, NULL, NULL),
    C(D17, "The summit is set for April 24 and 25.", "25", "DATE", "2017-04-25", NULL),
    C(D17, "The summit is set for April 24 and 25.", "April 24", "DATE", "2017-04-24", NULL),
    C(D17, "Talks ran Feb. 3 to 5, officials said.", "5", "DATE", "2017-02-05", NULL),
    C(D17, "He won on March 1 and 25 people died.", "25", NULL, NULL, NULL),
    /* a day of the month alone: the DCT's month, or the one the verb points to */
    C(D17, "The vote is on the 8th.", "the 8th", "DATE", "2017-03-08", NULL),
    C(D17, "It rained on the 25th.", "the 25th", "DATE", "2017-02-25", NULL),
    C(D17, "By the 2nd, he will decide.", "the 2nd", "DATE", "2017-04-02", NULL),
    C(D17, "He lives on the 5th floor.", "5th", NULL, NULL, NULL),
    C(D17, "The protests began in January. On the 25th, police fired on crowds.", "the 25th", "DATE",
      "2017-01-25", NULL),
    /* a year in words after a month, a day or a season, as broadcast transcripts write it */
    C(D17, "January nineteen ninety-seven. A bomb went off in Atlanta.", "January nineteen ninety-seven",
      "DATE", "1997-01", NULL),
    C(D17, "Oil fell to the level we saw in the winter of nineteen ninety-four.",
      "the winter of nineteen ninety-four", "DATE", "1994-WI", NULL),
    C(D17, "The plant opened on June fifth, nineteen eighty-eight.", "June fifth, nineteen eighty-eight",
      "DATE", "1988-06-05", NULL),
    C(D17, "In March of twenty twelve the law changed.", "March of twenty twelve", "DATE", "2012-03", NULL),
    /* days and years are written in place (put_day, put_year): zeros kept */
    C(D17, "The abbey was founded on March 5, 1066.", "March 5, 1066", "DATE", "1066-03-05", NULL),
    C(D17, "It was rebuilt in 1205.", "1205", "DATE", "1205", NULL),
    C(D17, "The show opened on Sept. 9, 2001.", "Sept. 9, 2001", "DATE", "2001-09-09", NULL),
};

TEST(test_time_absolute) { RUN_TABLE(absolute); }

/* ---- months without a year: tense and year boundaries --------------------------------- */

static const row months[] = {
    C("2017-01-10", "The plant was closed in December.", "December", "DATE", "2016-12", NULL),
    C("2017-01-10", "The plant will reopen in December.", "December", "DATE", "2017-12", NULL),
    C("2017-01-10", "Sales dropped sharply on Dec. 28.", "Dec. 28", "DATE", "2016-12-28", NULL),
    C("2016-12-28", "The rules apply from Jan. 2.", "Jan. 2", "DATE", "2017-01-02", NULL),
    C(D17, "The company was founded in June.", "June", "DATE", "2016-06", NULL),
    C(D17, "The company will list its shares in June.", "June", "DATE", "2017-06", NULL),
    C(D17, "Exports rose in February.", "February", "DATE", "2017-02", NULL),
    C(D17, "He resigned last May.", "last May", "DATE", "2016-05", NULL),
    C(D17, "He resigned last February.", "last February", "DATE", "2017-02", NULL),
    C(D17, "The law takes effect next January.", "next January", "DATE", "2018-01", NULL),
    C(D17, "Officials met in early March.", "early March", "DATE", "2017-03", "START"),
    C(D17, "Construction stopped in mid-January.", "mid-January", "DATE", "2017-01", "MID"),
    C(D17, "Construction stopped in late November.", "late November", "DATE", "2016-11", "END"),
    C("2016-03-03", "The bill passed on Feb. 29.", "Feb. 29", "DATE", "2016-02-29", NULL),
    C("2017-03-03", "Leap day babies celebrate on Feb. 29.", "Feb. 29", "DATE", "2016-02-29", NULL),
    C(D17, "Last year's harvest ended in October.", "October", "DATE", "2016-10", NULL),
    C(D17, "The March accession will help the three states.", "March", "DATE", "2017-03", NULL),
    C(D17, "Rebels face a May deadline to disarm.", "May", "DATE", "2017-05", NULL),
    C(D17, "The March of Dimes raised money.", "March", NULL, NULL, NULL),
    C(D17, "Prime Minister Theresa May said so.", "May", NULL, NULL, NULL),
};

TEST(test_time_months) { RUN_TABLE(months); }

/* ---- clock times ---------------------------------------------------------------------- */

static const row clock[] = {
    C(D17, "The quake hit at 10:43 p.m. EST, officials said.", "10:43 p.m. EST", "TIME", "2017-03-03T22:43", NULL),
    C(D17, "The market closes at 5 p.m. today.", "5 p.m. today", "TIME", "2017-03-03T17:00", NULL),
    C(D17, "Polls open at 7 a.m.", "7 a.m.", "TIME", "2017-03-03T07:00", NULL),
    C(D17, "The train left at 06:15.", "06:15", "TIME", "2017-03-03T06:15", NULL),
    C(D17, "The ceasefire began at 0800 GMT.", "0800 GMT", "TIME", "2017-03-03T08:00", NULL),
    C(D17, "The train left at 6:15 a.m. GMT.", "6:15 a.m. GMT", "TIME", "2017-03-03T06:15", NULL),
    C(D17, "The train left at 11:30pm.", "11:30pm", "TIME", "2017-03-03T23:30", NULL),
    C(D17, "The train leaves at 12 p.m. tomorrow.", "12 p.m. tomorrow", "TIME", "2017-03-04T12:00", NULL),
    C(D17, "Shops close at 5 p.m. local time.", "5 p.m. local time", "TIME", "2017-03-03T17:00", NULL),
    C(D17, "They met at noon on Monday, Feb. 27.", "noon on Monday, Feb. 27", "TIME", "2017-02-27T12:00", NULL),
    C(D17, "The raid began at 4 a.m. Wednesday, police said.", "4 a.m. Wednesday", "TIME", "2017-03-01T04:00", NULL),
    C(D17, "The bell rang at 12 a.m.", "12 a.m.", "TIME", "2017-03-03T00:00", NULL),
    C(D17, "They met at 9pm.", "9pm", "TIME", "2017-03-03T21:00", NULL),
    C(D17, "Shooting began at 4:30 p.m. Thursday.", "4:30 p.m. Thursday", "TIME", "2017-03-02T16:30", NULL),
    C(D17, "Shooting began at 4:30 p.m. on Thursday.", "4:30 p.m. on Thursday", "TIME", "2017-03-02T16:30", NULL),
    C(D17, "The fire started at 3 a.m. yesterday.", "3 a.m. yesterday", "TIME", "2017-03-02T03:00", NULL),
    C(D17, "Police said around 7:15 p.m. the crowd left.", "around 7:15 p.m.", "TIME", "2017-03-03T19:15", "APPROX"),
    C(D17, "On Wednesday, the rally began at 2 p.m.", "2 p.m.", "TIME", "2017-03-01T14:00", NULL),
    C(D17, "Polls were open between 1 and 3 p.m. only.", "1", "TIME", "2017-03-03T13:00", NULL),
    C(D17, "Polls were open between 1 and 3 p.m. only.", "3 p.m.", "TIME", "2017-03-03T15:00", NULL),
    C(D17, "Shops open from 9 to 11 a.m. on Sundays.", "9", "TIME", "2017-03-03T09:00", NULL),
    C(D17, "He scored 3 to 5 points.", "3", NULL, NULL, NULL),
    C(D17, "The blast came at 10:35 a.m. (0735 GMT) Wednesday, police said.", "10:35 a.m.", "TIME", "2017-03-01T10:35", NULL),
    C(D17, "The blast came at 10:35 a.m. (0735 GMT) Wednesday, police said.", "Wednesday", "DATE", "2017-03-01", NULL),
    C(D17, "He left at 5 p.m. (after the talks) on foot.", "5 p.m.", "TIME", "2017-03-03T17:00", NULL),
    C(D17, "Rebels attacked the town on Feb. 20. At 10 p.m., troops arrived.", "10 p.m.", "TIME", "2017-02-20T22:00", NULL),
    C(D17, "Rebels attacked the town on Feb. 20. It was cold. At 10 p.m., troops arrived.", "10 p.m.", "TIME",
      "2017-03-03T22:00", NULL),
    /* am and pm written as bare letters, British dotted clock times */
    C(D17, "The fire broke out at 3 AM near the docks.", "3 AM", "TIME", "2017-03-03T03:00", NULL),
    C(D17, "Polls close at 8 PM in the east.", "8 PM", "TIME", "2017-03-03T20:00", NULL),
    C(D17, "The ferry sails at 7 pm daily except Sunday.", "7 pm", "TIME", "2017-03-03T19:00", NULL),
    C(D17, "The bomb went off at 10.30pm outside a bar.", "10.30pm", "TIME", "2017-03-03T22:30", NULL),
    C(D17, "The bomb went off at 10.30 p.m. outside a bar.", "10.30 p.m.", "TIME", "2017-03-03T22:30", NULL),
    C(D17, "The vote ended at 10 PM ET Thursday.", "10 PM ET Thursday", "TIME", "2017-03-02T22:00", NULL),
    /* an hour told by the part of the day */
    C(D17, "The father will leave at 4 in the morning.", "4 in the morning", "TIME", "2017-03-03T04:00", NULL),
    C(D17, "Shots rang out at 10 in the evening.", "10 in the evening", "TIME", "2017-03-03T22:00", NULL),
    C(D17, "The call came at 2 in the night.", "2 in the night", "TIME", "2017-03-03T02:00", NULL),
    C(D17, "The guests left at 12 in the morning.", "12 in the morning", "TIME", "2017-03-03T00:00", NULL),
    C(D17, "He scored 4 in the morning session.", "4", NULL, NULL, NULL),
    C(D17, "The vote ends at 10 PM ET Thursday.", "10 PM ET Thursday", "TIME", "2017-03-09T22:00", NULL),
    C(D17, "Inflation rose 2.30 points in a year.", "2.30", NULL, NULL, NULL),
    C(D17, "I am 5 and she is 7.", "am", NULL, NULL, NULL),
};

TEST(test_time_clock) { RUN_TABLE(clock); }

/* ---- relative dates --------------------------------------------------------------------- */

static const row relative[] = {
    C(D17, "Prices rose last month.", "last month", "DATE", "2017-02", NULL),
    C(D17, "Prices will rise next month.", "next month", "DATE", "2017-04", NULL),
    C(D17, "Prices rose this month.", "this month", "DATE", "2017-03", NULL),
    C(D17, "Elections are due next year.", "next year", "DATE", "2018", NULL),
    C(D17, "Output fell last year.", "last year", "DATE", "2016", NULL),
    C(D17, "Output fell this year.", "this year", "DATE", "2017", NULL),
    C(D17, "The talks began this week.", "this week", "DATE", "2017-W09", NULL),
    C(D17, "The talks began last week.", "last week", "DATE", "2017-W08", NULL),
    C(D17, "The talks began in the second week of February.", "the second week of February", "DATE", "2017-W06", NULL),
    C(D17, "Snow fell on Tuesday. In the afternoon the roads closed.", "the afternoon", "TIME", "2017-02-28TAF", NULL),
    C(D17, "The talks resume next week.", "next week", "DATE", "2017-W10", NULL),
    C(D17, "The ship sank two years ago.", "two years ago", "DATE", "2015", NULL),
    C(D17, "The ship sank three days ago.", "three days ago", "DATE", "2017-02-28", NULL),
    C(D17, "The ship sank six months ago.", "six months ago", "DATE", "2016-09", NULL),
    C(D17, "The ship sank two weeks ago.", "two weeks ago", "DATE", "2017-W07", NULL),
    C(D17, "The ship sank a decade ago.", "a decade ago", "DATE", "2007", NULL),
    C(D17, "The ship sank about two years ago.", "about two years ago", "DATE", "2015", "APPROX"),
    C(D17, "Output fell earlier this year.", "earlier this year", "DATE", "2017", NULL),
    C(D17, "Output will rise later this month.", "later this month", "DATE", "2017-03", NULL),
    C(D17, "Output will rise early next year.", "early next year", "DATE", "2018", "START"),
    C(D17, "Output fell late last year.", "late last year", "DATE", "2016", "END"),
    C(D17, "Output fell at the end of last year.", "the end of last year", "DATE", "2016", "END"),
    C(D17, "Profit rose in the first quarter.", "the first quarter", "DATE", "2017-Q1", NULL),
    C(D17, "Profit rose in the fourth quarter.", "the fourth quarter", "DATE", "2016-Q4", NULL),
    C(D17, "Third-quarter profit rose.", "Third-quarter", "DATE", "2016-Q3", NULL),
    C(D17, "The shops were busy over the weekend.", "the weekend", "DATE", "2017-W08-WE", NULL),
    C(D17, "The shops will be busy this weekend.", "this weekend", "DATE", "2017-W09-WE", NULL),
    C(D17, "The shops were busy this past weekend.", "this past weekend", "DATE", "2017-W08-WE", NULL),
    /* "this weekend" without a past verb is the coming one, from early in the week too */
    C("2017-03-02", "This weekend, the team plays at home.", "This weekend", "DATE", "2017-W09-WE", NULL),
    C("2017-02-27", "This weekend, the team plays at home.", "This weekend", "DATE", "2017-W09-WE", NULL),
    C("2017-02-27", "The team played well this weekend.", "this weekend", "DATE", "2017-W08-WE", NULL),
    C("2017-03-02", "Over the weekend, protesters marched.", "the weekend", "DATE", "2017-W08-WE", NULL),
    C(D17, "The vote was held this past Sunday.", "this past Sunday", "DATE", "2017-02-26", NULL),
    C(D17, "The vote is this coming Sunday.", "this coming Sunday", "DATE", "2017-03-05", NULL),
    C("2017-01-20", "Troops left in the spring.", "the spring", "DATE", "2016-SP", NULL),
    C("2017-01-20", "Troops left last winter.", "last winter", "DATE", "2016-WI", NULL),
    C(D17, "Troops will leave this summer.", "this summer", "DATE", "2017-SU", NULL),
    C(D17, "Troops left last fall.", "last fall", "DATE", "2016-FA", NULL),
    C(D17, "Voting ends this century.", "this century", "DATE", "20", NULL),
    C(D17, "The market has soared this decade.", "this decade", "DATE", "201", NULL),
    C("2017-01-04", "The bill passed last year.", "last year", "DATE", "2016", NULL),
    C("2017-01-04", "Prices fell last month.", "last month", "DATE", "2016-12", NULL),
    C("2016-03-01", "Snow fell yesterday.", "yesterday", "DATE", "2016-02-29", NULL),
    C("2017-03-01", "Snow fell yesterday.", "yesterday", "DATE", "2017-02-28", NULL),
    C("2016-02-28", "Snow will fall tomorrow.", "tomorrow", "DATE", "2016-02-29", NULL),
    C("2016-02-29", "The bank failed a year ago.", "a year ago", "DATE", "2015", NULL),
    C(NULL, "The bank failed yesterday.", "yesterday", "DATE", "PAST_REF", NULL),
    C(NULL, "The bank opens next year.", "next year", "DATE", "FUTURE_REF", NULL),
    /* the n-th day of something under way: the day of the report */
    C(D17, "Today is the eighth day of the blockade.", "the eighth day", "DATE", "2017-03-03", NULL),
    C(D17, "Protests went on for a third straight day.", "a third straight day", "DATE", "2017-03-03", NULL),
    C(D17, "It is the second day of the offensive.", "the second day", "DATE", "2017-03-03", NULL),
    C(D17, "He will sign it on his first day in office.", "his first day", "DATE", "FUTURE_REF", NULL),
    C(D17, "On the first day of March, it rained.", "March", "DATE", "2017-03", NULL),
    C(D17, "Rain fell on the first day of the week.", "first day", NULL, NULL, NULL),
};

TEST(test_time_relative) { RUN_TABLE(relative); }

/* ---- ISO weeks at year boundaries -------------------------------------------------------- */

static const row iso_weeks[] = {
    C(D17, "In the week of March 6, talks stalled.", "the week of March 6", "DATE", "2017-W10", NULL),
    C(D17, "The week of Jan. 1, 2016 was calm.", "The week of Jan. 1, 2016", "DATE", "2015-W53", NULL),
    C(D17, "On the night of Feb. 12, fire broke out.", "Feb. 12", "DATE", "2017-02-12", NULL),
    C("2016-01-01", "Shares fell this week.", "this week", "DATE", "2015-W53", NULL),
    C("2016-01-08", "Shares fell last week.", "last week", "DATE", "2015-W53", NULL),
    C("2021-01-03", "Shares fell this week.", "this week", "DATE", "2020-W53", NULL),
    C("2018-12-31", "Shares fell this week.", "this week", "DATE", "2019-W01", NULL),
    C("2019-12-30", "Shares rise next week.", "next week", "DATE", "2020-W02", NULL),
    C("2010-01-03", "Shares fell this week.", "this week", "DATE", "2009-W53", NULL),
    C("2017-01-01", "Shares fell this week.", "this week", "DATE", "2016-W52", NULL),
    C("2017-01-02", "Shares fell last week.", "last week", "DATE", "2016-W52", NULL),
    C("2015-12-31", "Shares fell last week.", "last week", "DATE", "2015-W52", NULL),
    C("2015-12-31", "Shares rise next week.", "next week", "DATE", "2016-W01", NULL),
    C("2016-01-01", "Snow fell two weeks ago.", "two weeks ago", "DATE", "2015-W51", NULL),
    C("2020-12-31", "Shares fell this week.", "this week", "DATE", "2020-W53", NULL),
    C("2021-01-10", "Shares fell last week.", "last week", "DATE", "2020-W53", NULL),
    C("2021-01-08", "Shares fell last week.", "last week", "DATE", "2020-W53", NULL),
    C("2026-12-31", "Shares fell this week.", "this week", "DATE", "2026-W53", NULL),
    C("2027-01-07", "Shares fell last week.", "last week", "DATE", "2026-W53", NULL),
    C("2016-02-29", "Shares fell last week.", "last week", "DATE", "2016-W08", NULL),
    C("2016-02-29", "The vote is next week.", "next week", "DATE", "2016-W10", NULL),
    C("2015-12-31", "Prices rose last year.", "last year", "DATE", "2014", NULL),
    C("2016-01-01", "Prices rose last year.", "last year", "DATE", "2015", NULL),
    C("2015-12-31", "Prices will rise next month.", "next month", "DATE", "2016-01", NULL),
    C("2016-01-01", "She left Jan. 2.", "Jan. 2", "DATE", "2016-01-02", NULL),
    C("2016-01-01", "He arrived on Dec. 30.", "Dec. 30", "DATE", "2015-12-30", NULL),
    C("2016-02-29", "Rain fell yesterday.", "yesterday", "DATE", "2016-02-28", NULL),
    C("2016-02-28", "The vote is tomorrow.", "tomorrow", "DATE", "2016-02-29", NULL),
    C("2015-02-28", "The vote is tomorrow.", "tomorrow", "DATE", "2015-03-01", NULL),
    C("2016-03-01", "Rain fell yesterday.", "yesterday", "DATE", "2016-02-29", NULL),
    C("2016-03-30", "Prices fell a month ago.", "a month ago", "DATE", "2016-02", NULL),
    C("2017-03-03", "The law passed on Feb. 29, 2016.", "Feb. 29, 2016", "DATE", "2016-02-29", NULL),
};

TEST(test_time_iso_weeks) { RUN_TABLE(iso_weeks); }

/* ---- anaphora: anchored on the last date of the story ------------------------------------ */

static const row anaphora[] = {
    /* "the month" after "the end of", in a story told in the past: the story's month */
    C(D17, "The quake struck on Jan. 12, 2010. By the end of the month, aid had arrived.", "the end of the month",
      "DATE", "2010-01", "END"),
    C(D17, "The quake struck on Jan. 12, 2010. By the end of the month, aid will arrive.", "the end of the month",
      "DATE", "2017-03", "END"),
    C(D17, "Rents rose at the end of the month.", "the end of the month", "DATE", "2017-03", "END"),
    C(D17, "The storm hit on Feb. 10. Three days later the river flooded.", "Three days later", "DATE", "2017-02-13", NULL),
    C(D17, "The storm hit on Feb. 10. The next day the river flooded.", "The next day", "DATE", "2017-02-11", NULL),
    C(D17, "The storm hit on Feb. 10. The previous day was calm.", "The previous day", "DATE", "2017-02-09", NULL),
    C(D17, "The storm hit on Feb. 10. The following day was calm.", "The following day", "DATE", "2017-02-11", NULL),
    C(D17, "The dam broke in 2009. The following year it was rebuilt.", "The following year", "DATE", "2010", NULL),
    C(D17, "The dam broke in 2009. That year the town shrank.", "That year", "DATE", "2009", NULL),
    C(D17, "The dam broke in May 2009. Two months later it was rebuilt.", "Two months later", "DATE", "2009-07", NULL),
    C(D17, "The dam broke in 2009. A year earlier it had been inspected.", "A year earlier", "DATE", "2008", NULL),
    C(D17, "The next day the river flooded.", "The next day", "DATE", "2017-03-04", NULL),
    C(D17, "The storm hit on Feb. 10. That evening the river flooded.", "That evening", "TIME", "2017-02-10TEV", NULL),
    C(D17, "The storm hit on Feb. 10. The day before, it rained.", "The day before", "DATE", "2017-02-09", NULL),
    C(D17, "The storm hit on Feb. 10. The next morning the river flooded.", "The next morning", "TIME", "2017-02-11TMO", NULL),
    C(D17, "Protests began on Jan. 20, 2015. On the same day the army moved.", "the same day", "DATE", "2015-01-20", NULL),
    C(D17, "Sales fell in 2011. Earlier in the year they had risen.", "Earlier in the year", "DATE", "2011", NULL),
    C(D17, "Earlier in the week, the envoy met rebels.", "Earlier in the week", "DATE", "2017-W09", NULL),
    C(D17, "Later in the month the tanks withdrew.", "Later in the month", "DATE", "2017-03", NULL),
    C(D17, "He was the latest in the race.", "latest", NULL, NULL, NULL),
    /* a story told in the past around a full date keeps that date's year */
    C(D17, "He was arrested on March 3, 2010. On March 5, he was freed.", "March 5", "DATE", "2010-03-05", NULL),
    C(D17, "The siege began on Dec. 20, 2003. By Jan. 4, troops had taken the city.", "Jan. 4", "DATE", "2004-01-04", NULL),
    C(D17, "He was arrested on March 3, 2010. He will be tried on March 20.", "March 20", "DATE", "2017-03-20", NULL),
    C(D17, "He was held from Jan. 5, 2012. Police said Tuesday he was charged on Feb. 12.", "Feb. 12", "DATE", "2017-02-12", NULL),
    C(D17, "He was arrested on March 3, 2010. He spoke. He ate. He was freed on Feb. 5.", "Feb. 5", "DATE", "2017-02-05", NULL),
    /* "the day before" or "after" a date of its own: that date's neighbour */
    C(D17, "The day before last Tuesday's hearing, he met the judge.", "The day before last Tuesday", "DATE",
      "2017-02-27", NULL),
    C(D17, "Stores were packed the day after Christmas.", "the day after Christmas", "DATE", "2016-12-26", NULL),
    C(D17, "He came the day before the day after Christmas.", "the day before the day after Christmas", "DATE",
      "2016-12-25", NULL),
    /* "the next year" after "will" is ahead of the DCT, not of a year named before */
    C(D17, "The treaty was signed in 1994. The law will be revised over the next year.", "the next year", "DATE",
      "2018", NULL),
    C(D17, "In 2005 he said he would retire the next year.", "the next year", "DATE", "2006", NULL),
    C(D17, "He moved to Paris in 2005. The next year, he married.", "The next year", "DATE", "2006", NULL),
    /* the year or the season of a story told in the past */
    C(D17, "The war began in 2003. By the end of the year, troops had arrived.", "the end of the year", "DATE",
      "2003", "END"),
    C(D17, "The war began in 2003. The plant will close at the end of the year.", "the end of the year", "DATE",
      "2017", "END"),
    C(D17, "He left the country in 2009. That summer, he married.", "That summer", "DATE", "2009-SU", NULL),
    C(D17, "He resigned the day before March 1, 2010.", "the day before March 1, 2010", "DATE", "2010-02-28", NULL),
    C(D17, "Rebels attacked on Tuesday. Police had come the day before.", "the day before", "DATE", "2017-02-27",
      NULL),
    C(D17, "He was arrested on Tuesday. The previous night he had fled.", "The previous night", "TIME", "2017-02-27TNI", NULL),
    C(D17, "He was arrested on Tuesday. He had packed the night before.", "the night before", "TIME", "2017-02-27TNI", NULL),
    C(D17, "He was arrested on Tuesday. The night before the raid was calm.", "night before", NULL, NULL, NULL),
};

TEST(test_time_anaphora) { RUN_TABLE(anaphora); }

/* ---- durations --------------------------------------------------------------------------- */

static const row durations[] = {
    C(D17, "The war lasted five years.", "five years", "DURATION", "P5Y", NULL),
    C(D17, "He was held for 48 hours.", "48 hours", "DURATION", "PT48H", NULL),
    C(D17, "It took a decade to build.", "a decade", "DURATION", "P10Y", NULL),
    C(D17, "It took several months to build.", "several months", "DURATION", "PXM", NULL),
    C(D17, "It took a few weeks to build.", "a few weeks", "DURATION", "PXW", NULL),
    C(D17, "He has lived there for more than five years.", "more than five years", "DURATION", "P5Y", "MORE_THAN"),
    C(D17, "Rain fell for the past three days.", "the past three days", "DURATION", "P3D", NULL),
    C(D17, "Prices rose over the past five years.", "the past five years", "DURATION", "P5Y", NULL),
    C(D17, "Prices will rise over the next two years.", "the next two years", "DURATION", "P2Y", NULL),
    C(D17, "The visit lasted about two weeks.", "about two weeks", "DURATION", "P2W", "APPROX"),
    C(D17, "The visit lasted nearly two weeks.", "nearly two weeks", "DURATION", "P2W", "APPROX"),
    C(D17, "They have at least 30 days to leave.", "at least 30 days", "DURATION", "P30D", "EQUAL_OR_MORE"),
    C(D17, "It took less than an hour.", "less than an hour", "DURATION", "PT1H", "LESS_THAN"),
    C(D17, "Terms of up to 180 days apply.", "up to 180 days", "DURATION", "P180D", "EQUAL_OR_LESS"),
    C(D17, "He signed a two-year contract.", "two-year", "DURATION", "P2Y", NULL),
    C(D17, "He signed a 30-day contract.", "30-day", "DURATION", "P30D", NULL),
    C(D17, "Mr. Smith, 52 years old, will retire.", "52 years", NULL, NULL, NULL),
    C(D17, "The plan saves $500 million a year.", "a year", NULL, NULL, NULL),
    C(D17, "The airline runs four flights a week.", "a week", NULL, NULL, NULL),
    C(D17, "He stayed for a week.", "a week", "DURATION", "P1W", NULL),
    C(D17, "The flight took an hour and a half.", "an hour and a half", "DURATION", "PT1H30M", NULL),
    C(D17, "The flight took half an hour.", "half an hour", "DURATION", "PT30M", NULL),
    C(D17, "The siege lasted a year and a half.", "a year and a half", "DURATION", "P1Y6M", NULL),
    C(D17, "The talks took a day and a half.", "a day and a half", "DURATION", "P1DT12H", NULL),
    C(D17, "He waited a minute and a half.", "a minute and a half", "DURATION", "PT1M30S", NULL),
    C(D17, "Sales fell in 2011. The year before, they rose.", "The year before", "DATE", "2010", NULL),
    C(D17, "In May 2012 he quit; he had joined the month before.", "the month before", "DATE", "2012-04", NULL),
    C(D17, "Prices fell in 2010 and rose the year after.", "the year after", "DATE", "2011", NULL),
    C(D17, "The month before the vote was calm.", "The month before", NULL, NULL, NULL),
    C(D17, "He was last seen Feb. 20, the day before police issued a warrant.", "the day before", NULL, NULL, NULL),
    /* "the day before" an event, set off after a day: that day itself */
    C(D17, "Shares fell on Feb. 14, the day before the election.", "the day", "DATE", "2017-02-14", NULL),
    C(D17, "The rally was on Tuesday, the day after the verdict.", "the day", "DATE", "2017-02-28", NULL),
    /* a future told with "would" from a day past named before: after that day */
    C(D17, "He said on Monday that the troops would leave on Thursday.", "Thursday", "DATE", "2017-03-02", NULL),
    C(D17, "He said on Monday that the troops would leave on Sunday.", "Sunday", "DATE", "2017-03-05", NULL),
    C(D17, "He said that the troops would leave on Thursday.", "Thursday", "DATE", "2017-03-09", NULL),
    C(D17, "He said on Monday that the troops will leave on Thursday.", "Thursday", "DATE", "2017-03-09", NULL),
    C(D17, "He resigned early, the day before the vote.", "the day before", "DATE", "2017-03-02", NULL),
    C(D17, "He was last seen Feb. 20. Friends came the day after his death.", "the day after", "DATE", "2017-02-21", NULL),
    C(D17, "In the last twenty four hours, it rained.", "the last twenty four hours", "DURATION", "PT24H", NULL),
    C(D17, "The siege lasted thirty five days.", "thirty five days", "DURATION", "P35D", NULL),
    C(D17, "Years from now, people will ask.", "Years from now", "DATE", "FUTURE_REF", NULL),
    C(D17, "Islam will one day be the largest faith there.", "one day", "DATE", "FUTURE_REF", NULL),
    C(D17, "He hopes he one day follows his father.", "one day", "DATE", "FUTURE_REF", NULL),
    C(D17, "The strike will last one day.", "one day", "DURATION", "P1D", NULL),
    C(D17, "The town grew over the years.", "the years", "DURATION", "PXY", NULL),
    C(D17, "The deal follows months of talks.", "months", "DURATION", "PXM", NULL),
    C(D17, "After years of war, the town was rebuilt.", "years", "DURATION", "PXY", NULL),
    C(D17, "Hours of debate followed the vote.", "Hours", "DURATION", "PTXH", NULL),
    C(D17, "The heady days of growth ended.", "days", NULL, NULL, NULL),
    C(D17, "He spent two and a half years in jail.", "two and a half years", "DURATION", "P2Y6M", NULL),
    C(D17, "The march lasted 3 and a half hours.", "3 and a half hours", "DURATION", "PT3H30M", NULL),
    C(D17, "Talks ran for four and a half days.", "four and a half days", "DURATION", "P4DT12H", NULL),
    C(D17, "The strike lasted half a year.", "half a year", "DURATION", "P6M", NULL),
    C(D17, "The talks lasted 5 1/2 hours.", "5 1/2 hours", "DURATION", "PT5H30M", NULL),
    C(D17, "Sales will rise in coming quarters.", "coming quarters", "DURATION", "PXQ", NULL),
    C(D17, "The siege lasted two decades.", "two decades", "DURATION", "P20Y", NULL),
    C(D17, "Crime fell over the past decade.", "the past decade", "DURATION", "P10Y", NULL),
    C(D17, "The treaty was signed in 1994. Debt will fall over the next decade.", "the next decade", "DURATION",
      "P10Y", NULL),
    C(D17, "Next decade, things will change.", "Next decade", "DATE", "202", NULL),
    C(D17, "The ship sank a week or so ago.", "a week or so ago", "DATE", "2017-W08", "APPROX"),
    C(D17, "The ruins stood for centuries.", "centuries", "DURATION", "PXCE", NULL),
    C(D17, "It was the worst flood in decades.", "decades", "DURATION", "PXY", NULL),
    C(D17, "The decades-long feud ended.", "decades-long", "DURATION", "PXY", NULL),
    C(D17, "Hours later the police arrived.", "Hours later", "DATE", "FUTURE_REF", NULL),
    C(D17, "The city grew over the years.", "the years", "DURATION", "PXY", NULL),
    C(D17, "It will grow in the years ahead.", "the years ahead", "DURATION", "PXY", NULL),
    C(D17, "The years of war left scars.", "years", NULL, NULL, NULL),
    C(D17, "The talks lasted 10 minutes.", "10 minutes", "DURATION", "PT10M", NULL),
    C(D17, "The tunnel was shut for a fortnight.", "a fortnight", "DURATION", "P2W", NULL),
    C(D17, "Inflation stayed low in the first nine months.", "the first nine months", "DURATION", "P9M", NULL),
    C(D17, "They waited a couple of years.", "a couple of years", "DURATION", "P2Y", "APPROX"),
    C(D17, "The trial lasted three months or so.", "three months or so", "DURATION", "P3M", "APPROX"),
    C(D17, "Talks went on for weeks.", "weeks", "DURATION", "PXW", NULL),
    C(D17, "He spent twenty-five years in jail.", "twenty-five years", "DURATION", "P25Y", NULL),
    C(D17, "She served a one-year term.", "one-year", "DURATION", "P1Y", NULL),
    C(D17, "They will decide within 18 months.", "18 months", "DURATION", "P18M", NULL),
    /* "last" after "to" or a modal is the verb */
    C(D17, "The trial is expected to last six weeks.", "six weeks", "DURATION", "P6W", NULL),
    C(D17, "The works could last two years.", "two years", "DURATION", "P2Y", NULL),
    C(D17, "It rained the last two weeks.", "the last two weeks", "DURATION", "P2W", NULL),
    C(D17, "Sales fell for three consecutive years.", "three consecutive years", "DURATION", "P3Y", NULL),
    C(D17, "Prices rose for five straight months.", "five straight months", "DURATION", "P5M", NULL),
    C(D17, "Output grew for two successive quarters.", "two successive quarters", "DURATION", "P2Q", NULL),
    /* a bare plural unit after a verb of lasting */
    C(D17, "Rebuilding the city could take decades.", "decades", "DURATION", "PXY", NULL),
    C(D17, "The storm lasted hours.", "hours", "DURATION", "PTXH", NULL),
    C(D17, "They waited days for help.", "days", "DURATION", "PXD", NULL),
    C(D17, "Months passed.", "Months", NULL, NULL, NULL),
    C(D17, "The race took 3 hrs.", "3 hrs", "DURATION", "PT3H", NULL),
    /* a bare plural unit opening a clause before "before" or "after" */
    C(D17, "Lawmakers voted, hours before the deadline.", "hours", "DURATION", "PTXH", NULL),
    C(D17, "Weeks before the vote, the polls shifted.", "Weeks", "DURATION", "PXW", NULL),
    C(D17, "It is a matter of days before he returns.", "days", NULL, NULL, NULL),
    C(D17, "In the first days after the vote, calm returned.", "days", NULL, NULL, NULL),
    /* "the past year and a half": a stretch, not the year before */
    C(D17, "The economy has shrunk for the past year and a half.", "the past year and a half", "DURATION",
      "P1Y6M", NULL),
    C(D17, "Prices will rise over the next year and a half.", "the next year and a half", "DURATION", "P1Y6M",
      NULL),
};

TEST(test_time_durations) { RUN_TABLE(durations); }

/* ---- sets ------------------------------------------------------------------------------- */

static const row sets[] = {
    C(D17, "The council meets every Monday.", "every Monday", "SET", "XXXX-WXX-1", NULL),
    C(D17, "The paper appears weekly.", "weekly", "SET", "P1W", NULL),
    C(D17, "Buses run daily.", "daily", "SET", "P1D", NULL),
    C(D17, "Elections are held each year.", "each year", "SET", "P1Y", NULL),
    C(D17, "The fair opens every July.", "every July", "SET", "XXXX-07", NULL),
    C(D17, "The fair opens every summer.", "every summer", "SET", "XXXX-SU", NULL),
    C(D17, "Rent is due every month.", "every month", "SET", "P1M", NULL),
    C(D17, "Polls are held every four years.", "every four years", "SET", "P4Y", NULL),
    C(D17, "Board meetings are held twice a year.", "a year", "SET", "P1Y", NULL),
    C(D17, "The market is open on Sundays.", "Sundays", "SET", "XXXX-WXX-7", NULL),
    C(D17, "The club meets on Tuesday nights.", "Tuesday nights", "SET", "XXXX-WXX-2TNI", NULL),
    C(D17, "Flights leave on Monday and Thursday nights.", "Monday", "SET", "XXXX-WXX-1TNI", NULL),
    C(D17, "Flights leave on Monday and Thursday nights.", "Thursday nights", "SET", "XXXX-WXX-4TNI", NULL),
    C(D17, "The shop opens Saturday or Sunday mornings.", "Saturday", "SET", "XXXX-WXX-6TMO", NULL),
    C(D17, "They met on Monday and Thursday.", "Monday", "DATE", "2017-02-27", NULL),
    C(D17, "Prices are reviewed annually.", "annually", "SET", "P1Y", NULL),
    C(D17, "He walks every morning.", "every morning", "SET", "XXXX-XX-XXTMO", NULL),
    C(D17, "Wednesdays are quiet here.", "Wednesdays", "SET", "XXXX-WXX-3", NULL),
    C(D17, "The shop shuts on Saturdays and Sundays.", "Saturdays", "SET", "XXXX-WXX-6", NULL),
    /* what the set rule's gate (an_tr_set_may_match) lets through */
    C(D17, "The pills are taken three times a day.", "a day", "SET", "P1D", NULL),
    C(D17, "The alarm sounds once an hour.", "an hour", "SET", "PT1H", NULL),
    C(D17, "The cost is 5 dollars per day.", "per day", "SET", "P1D", NULL),
    C(D17, "They train Monday nights and rest on Friday.", "Monday nights", "SET", "XXXX-WXX-1TNI", NULL),
    C(D17, "They train Monday nights and rest on Friday.", "Friday", "DATE", "2017-03-03", NULL),
};

TEST(test_time_sets) { RUN_TABLE(sets); }

/* ---- not dates ---------------------------------------------------------------------------- */

static const row not_dates[] = {
    C(D17, "They found a 2,000-year-old coin.", "2,000-year-old", NULL, NULL, NULL),
    C(D17, "A five-year-old boy was rescued.", "five-year-old", NULL, NULL, NULL),
    C(D17, "The 1,000 militants surrendered.", "1,000", NULL, NULL, NULL),
    C(D17, "The crash closed Route 21 for hours.", "21", NULL, NULL, NULL),
    C(D17, "A Boeing 737 landed safely.", "737", NULL, NULL, NULL),
    C(D17, "Many offices still run Windows 95.", "95", NULL, NULL, NULL),
    C(D17, "Call 555-2017 for tickets.", "555-2017", NULL, NULL, NULL),
    C(D17, "The home side won 3-1.", "3-1", NULL, NULL, NULL),
    C(D17, "Nothing was the same after 9/11.", "9/11", NULL, NULL, NULL),
    C(D17, "The 9/11 attacks changed travel.", "9/11", NULL, NULL, NULL),
    C(D17, "The talks may fail.", "may", NULL, NULL, NULL),
    C(D17, "May I ask a question?", "May", NULL, NULL, NULL),
    C(D17, "Theresa May spoke in London.", "May", NULL, NULL, NULL),
    C(D17, "Thousands joined the march through the city.", "march", NULL, NULL, NULL),
    C(D17, "They plan to march on the capital.", "march", NULL, NULL, NULL),
    C(D17, "The Sun reported the story.", "Sun", NULL, NULL, NULL),
    C(D17, "The house sold for $2017.", "2017", NULL, NULL, NULL),
    C(D17, "Some 2007 people were evacuated.", "2007", NULL, NULL, NULL),
    C(D17, "The price rose 2015 percent.", "2015", NULL, NULL, NULL),
    C(D17, "Prices will fall, he said.", "fall", NULL, NULL, NULL),
    C(D17, "The children spring into action.", "spring", NULL, NULL, NULL),
    C(D17, "He read page 1998 of the report.", "1998", NULL, NULL, NULL),
    C(D17, "The former minister spoke.", "former", NULL, NULL, NULL),
    C(D17, "August Wilson wrote plays.", "August", NULL, NULL, NULL),
    C(D17, "Jan Smith was elected.", "Jan", NULL, NULL, NULL),
    C(D17, "He paid 20 dollars.", "20", NULL, NULL, NULL),
    C(D17, "The annual report was published.", "annual", NULL, NULL, NULL),
    C(D17, "He came second in the race.", "second", NULL, NULL, NULL),
    C(D17, "She won a second term.", "second", NULL, NULL, NULL),
    C(D17, "A quarter of the staff left.", "quarter", NULL, NULL, NULL),
    C(D17, "Half the town was flooded.", "Half", NULL, NULL, NULL),
    C(D17, "The score was 21-14.", "21-14", NULL, NULL, NULL),
    C(D17, "He lives at 1600 Main Street.", "1600", NULL, NULL, NULL),
    C(D17, "The vote was 1999 to 12.", "1999", NULL, NULL, NULL),
    C(D17, "Flight 2016 landed late.", "2016", NULL, NULL, NULL),
    C(D17, "The fund holds 2,017 shares.", "2,017", NULL, NULL, NULL),
    C(D17, "Officers may march with the band.", "march", NULL, NULL, NULL),
    C(D17, "We will see the results soon.", "soon", NULL, NULL, NULL),
    C(D17, "He once lived in Rome.", "once", NULL, NULL, NULL),
    C(D17, "She had previously worked in Rome.", "previously", NULL, NULL, NULL),
    C(D17, "The current president spoke.", "current", "DATE", "PRESENT_REF", NULL),
    C(D17, "The quarterly report is out.", "quarterly", NULL, NULL, NULL),
    C(D17, "Martin Luther King Jr. spoke here.", "King", NULL, NULL, NULL),
    C(D17, "The firm operates lotteries in a half dozen states.", "half", NULL, NULL, NULL),
    C(D17, "About a half million people lack power.", "half", NULL, NULL, NULL),
    C(D17, "Junk bonds are more than a quarter of the market.", "quarter", NULL, NULL, NULL),
    C(D17, "The group began to fall apart in May.", "fall", NULL, NULL, NULL),
    C(D17, "Prices are expected to fall further.", "fall", NULL, NULL, NULL),
    C(D17, "He said on CBS's 60 Minutes that he would stay.", "60 Minutes", NULL, NULL, NULL),
    C(D17, "It was like a scene from High Noon.", "Noon", NULL, NULL, NULL),
    C(D17, "The talks will decide the future of the euro.", "future", NULL, NULL, NULL),
    C(D17, "Americans voted in large numbers.", "Americans", NULL, NULL, NULL),
    C(D17, "The Sunday Times reported the story.", "Sunday", NULL, NULL, NULL),
    C(D17, "On Sunday President Obama spoke.", "Sunday", "DATE", "2017-02-26", NULL),
    C(D17, "He said the Sunday vote was fair.", "Sunday", "DATE", "2017-02-26", NULL),
    C(D17, "The Mondale years were long gone.", "Mondale", NULL, NULL, NULL),
    C(D17, "Thursdayss is no word.", "Thursdayss", NULL, NULL, NULL),
    C(D17, "The Dolphins won.", "Dolphins", NULL, NULL, NULL),
    /* an abbreviated unit in capitals is a name */
    C(D17, "It holds 14.6%, according to a recent SEC filing.", "SEC", NULL, NULL, NULL),
    C(D17, "It took 20 MIN to load.", "MIN", NULL, NULL, NULL),
};

TEST(test_time_not_dates) { RUN_TABLE(not_dates); }

/* ---- financial reports: quarters and halves ---------------------------------------------- */

#define D89 "1989-11-02" /* a Thursday, in the fourth quarter */

static const row quarters[] = {
    C(D89, "Net income rose in the third quarter.", "the third quarter", "DATE", "1989-Q3", NULL),
    C(D89, "Net rose in the third quarter from the same period last year.", "the same period last year", "DATE", "1988-Q3", NULL),
    C(D89, "Net rose in the third quarter from the corresponding period a year earlier.",
      "the corresponding period a year earlier", "DATE", "1988-Q3", NULL),
    C(D89, "Net rose in the third quarter. In the same quarter, costs rose.", "the same quarter", "DATE", "1989-Q3", NULL),
    /* the year-ago period's gate (rules_for) reads props, not case */
    C(D89, "NET ROSE IN THE THIRD QUARTER FROM THE SAME PERIOD LAST YEAR.", "THE SAME PERIOD LAST YEAR", "DATE",
      "1988-Q3", NULL),
    C(D89, "Net rose in the third quarter. In the comparable year-ago quarter it fell.",
      "the comparable year-ago quarter", "DATE", "1988-Q3", NULL),
    C(D89, "The comparable figure was higher.", "comparable", NULL, NULL, NULL),
    /* an adjective between the article and the quarter; a quarter named in passing */
    C(D89, "After a flat second quarter, sales rose.", "second quarter", "DATE", "1989-Q2", NULL),
    C(D89, "Its loss for the seasonally slow third quarter narrowed.", "third quarter", "DATE", "1989-Q3", NULL),
    C(D89, "Net rose in the third quarter. After a flat second quarter, it earned $5 a year ago.",
      "a year ago", "DATE", "1988-Q3", NULL),
    C(D89, "He sold a second quarter of the shares.", "quarter", NULL, NULL, NULL),
    C(D89, "Sales fell in the first quarter of last year.", "the first quarter of last year", "DATE", "1988-Q1", NULL),
    C(D89, "Sales will rise in the second half of next year.", "the second half of next year", "DATE", "1990-H2", NULL),
    C(D89, "Sales fell in the third quarter of the year.", "the third quarter of the year", "DATE", "1989-Q3", NULL),
    C(D89, "Its third-quarter loss widened.", "third-quarter", "DATE", "1989-Q3", NULL),
    C(D89, "The firm expects a fourth-quarter charge.", "fourth-quarter", "DATE", "1989-Q4", NULL),
    C(D89, "Sales fell in the first quarter.", "the first quarter", "DATE", "1989-Q1", NULL),
    C(D89, "Sales fell in the 1988 second quarter.", "the 1988 second quarter", "DATE", "1988-Q2", NULL),
    C(D89, "Profit rose in this year's third quarter.", "this year's third quarter", "DATE", "1989-Q3", NULL),
    C(D89, "Profit will rise in next year's first quarter.", "next year's first quarter", "DATE", "1990-Q1", NULL),
    C(D89, "Net rose in the third quarter. A year earlier it fell.", "A year earlier", "DATE", "1988-Q3", NULL),
    C(D89, "Net rose in the third quarter, up from a year ago.", "a year ago", "DATE", "1988-Q3", NULL),
    C(D89, "Net rose in the third quarter. In the year-ago quarter it fell.", "the year-ago quarter", "DATE", "1988-Q3", NULL),
    /* no quarter named: the one last ended before the DCT, a year back; a "period" may be
     * longer than a quarter, so it keeps only its year */
    C("2017-08-10", "Sales rose 4% from the same quarter a year ago.", "the same quarter a year ago", "DATE",
      "2016-Q2", NULL),
    C("2017-01-25", "Margins beat last year's quarter.", "last year's quarter", "DATE", "2015-Q4", NULL),
    C("2017-08-10", "Sales rose 4% from the same period last year.", "the same period last year", "DATE",
      "2016", NULL),
    C(D89, "Net rose in the third quarter from year-earlier levels.", "year-earlier", "DATE", "1988-Q3", NULL),
    C(D89, "Net rose in the third quarter. Last year's quarter was weak.", "Last year's quarter", "DATE", "1988-Q3", NULL),
    C(D89, "Net rose in the second quarter. Revenue in the quarter grew.", "the quarter", "DATE", "1989-Q2", NULL),
    C(D89, "Revenue in the latest quarter grew.", "the latest quarter", "DATE", "1989-Q3", NULL),
    C(D89, "Revenue in the latest period grew.", "the latest period", "DATE", "1989-Q3", NULL),
    C(D89, "The firm has a five year plan.", "five year", "DURATION", "P5Y", NULL),
    C(D89, "Output fell in the current quarter.", "the current quarter", "DATE", "1989-Q4", NULL),
    C(D89, "Output fell last quarter.", "last quarter", "DATE", "1989-Q3", NULL),
    C(D89, "Output will rise next quarter.", "next quarter", "DATE", "1990-Q1", NULL),
    C(D89, "Earnings fell in the last half of 1988.", "the last half of 1988", "DATE", "1988-H2", NULL),
    C(D89, "Earnings fell in the second half.", "the second half", "DATE", "1989-H2", NULL),
    C(D89, "Earnings fell in the first half.", "the first half", "DATE", "1989-H1", NULL),
    C(D89, "Earnings grew in fiscal 1988.", "fiscal 1988", "DATE", "1988", NULL),
    C(D89, "Earnings grew in fiscal year 1988.", "fiscal year 1988", "DATE", "1988", NULL),
    C(D89, "Earnings grew in the fiscal year.", "the fiscal year", "DATE", "1989", NULL),
    C(D89, "Earnings grew for the full year.", "the full year", "DATE", "1989", NULL),
    C(D89, "Earnings grew for the year.", "the year", "DATE", "1989", NULL),
    C(D89, "Net rose for the year ended Sept. 30.", "the year", "DURATION", "P1Y", NULL),
    C(D89, "Net rose for the year ended Sept. 30.", "Sept. 30", "DATE", "1989-09-30", NULL),
    C(D89, "Net rose in the first nine months.", "the first nine months", "DURATION", "P9M", NULL),
    C(D89, "Sales rose 5% in Q3 1989.", "Q3 1989", "DATE", "1989-Q3", NULL),
    C(D89, "Profit was flat at year-end.", "year-end", "DATE", "1989", "END"),
    C(D89, "Profit was flat at year end.", "year end", "DATE", "1989", "END"),
    C(D89, "Profit will be flat by year's end.", "year's end", "DATE", "1989", "END"),
    C(D89, "The index is up 12% since year-end.", "year-end", "DATE", "1988", "END"),
    C("1990-01-20", "The index is up 2% since year-end.", "year-end", "DATE", "1989", "END"),
    C(D89, "Net rose in the third quarter of 1988.", "the third quarter of 1988", "DATE", "1988-Q3", NULL),
    C(D89, "In the first quarter of fiscal 1990, sales rose.", "the first quarter of fiscal 1990", "DATE",
      "1990-Q1", NULL),
    C(D89, "The second half of fiscal 1988 was weak.", "The second half of fiscal 1988", "DATE", "1988-H2", NULL),
    C(D89, "The dividend is payable Jan. 2 to holders of record Dec. 15.", "Jan. 2", "DATE", "1990-01-02", NULL),
    C(D89, "The dividend is payable Jan. 2 to holders of record Dec. 15.", "Dec. 15", "DATE", "1989-12-15", NULL),
    C(D89, "The offer expires Nov. 21.", "Nov. 21", "DATE", "1989-11-21", NULL),
    C(D89, "Revenue was $76 million for the year ended March 31.", "March 31", "DATE", "1989-03-31", NULL),
    /* a period that "ended" on a day: a day past, even a near one ahead of the DCT */
    C("1989-10-31", "In the fiscal year ended Jan. 31, sales were $59 million.", "Jan. 31", "DATE", "1989-01-31", NULL),
    C("1989-10-27", "In the second quarter ended Oct. 31, it lost $12 million.", "Oct. 31", "DATE", "1988-10-31", NULL),
    C("1989-10-27", "For the quarter ending Nov. 30, it expects a loss.", "Nov. 30", "DATE", "1989-11-30", NULL),
    C(D89, "It turned a profit after several quarters of losses.", "several quarters", "DURATION", "PXQ", NULL),
    /* a half of a decade is its early or late part, as "the late 1980s" */
    C(D89, "The last half of the '80s was good.", "The last half of the '80s", "DATE", "198", "END"),
    C(D89, "Prices rose in the first half of the 1990s.", "the first half of the 1990s", "DATE", "199", "START"),
    C(D89, "He sold the first half of the shares.", "half", NULL, NULL, NULL),
    C(D17, "The shipper reported fiscal third-quarter earnings.", "third-quarter", "DATE", "2017-Q3", NULL),
    C(D17, "The shipper reported third-quarter earnings.", "third-quarter", "DATE", "2016-Q3", NULL),
    C(D17, "Jobless claims for the week ended Feb. 25 rose.", "the week", "DATE", "2017-W08", NULL),
    C(D17, "The stock closed at a record for a second day.", "a second day", "DATE", "2017-03-03", NULL),
    C(D17, "Wait a second, he said.", "second", NULL, NULL, NULL),
    /* a quarter to come this year only by a verb that looks ahead */
    C(D17, "The deal is expected to close in the third quarter.", "the third quarter", "DATE", "2017-Q3", NULL),
    C(D17, "The deal closed in the third quarter.", "the third quarter", "DATE", "2016-Q3", NULL),
    C(D17, "The bank will report fourth-quarter results next week.", "fourth-quarter", "DATE", "2016-Q4", NULL),
    C("2017-05-10", "The bank will report second-quarter results in July.", "second-quarter", "DATE", "2017-Q2", NULL),
    C(D17, "The company lost money in the first half of the year.", "the first half of the year", "DATE",
      "2017-H1", NULL),
    /* a quarter not yet over, told of ahead, is a forecast: the story still reports on the
     * quarter just ended */
    C(D89, "The storm will result in a fourth-quarter charge. Profit fell in the latest quarter.",
      "the latest quarter", "DATE", "1989-Q3", NULL),
    C(D89, "The storm will result in a fourth-quarter charge. Profit was $5 a share a year ago.",
      "a year ago", "DATE", "1988", NULL),
    C(D89, "The firm expects to report a third-quarter loss. A year earlier it earned $5 million.",
      "A year earlier", "DATE", "1988-Q3", NULL),
    /* "of" and a sum after the quarter: the quarter's figure, not a fraction */
    C(D89, "The bank posted a loss for the third quarter of $226 million.", "the third quarter", "DATE",
      "1989-Q3", NULL),
    C(D89, "The bank posted a loss for the third quarter of $226 million. For the quarter a year ago, it "
           "earned $16 million.", "the quarter a year ago", "DATE", "1988-Q3", NULL),
    C(D89, "The economy grew in the second quarter of 1.5% a year.", "the second quarter", "DATE", "1989-Q2", NULL),
};

TEST(test_time_quarters) { RUN_TABLE(quarters); }

/* ---- holidays, seasons, and expressions built of several parts --------------------------- */

static const row compound[] = {
    C(D17, "Stores were busy at Christmas.", "Christmas", "DATE", "2016-12-25", NULL),
    C(D17, "Jobless rates were high in the 1980s and '90s.", "'90s", "DATE", "199", NULL),
    C(D17, "It was a hit in '60s Britain.", "'60s", "DATE", "196", NULL),
    C(D17, "The week-long festival starts Saturday.", "Saturday", "DATE", "2017-03-04", NULL),
    C(D17, "Mother's Day falls on the second Sunday of May.", "the second Sunday of May", "DATE", "2017-05-14", NULL),
    C(D17, "The club met on the first Tuesday in November 2016.", "the first Tuesday in November 2016", "DATE",
      "2016-11-01", NULL),
    C(D17, "The fair was held on the last Monday of February.", "the last Monday of February", "DATE",
      "2017-02-27", NULL),
    C(D17, "Shares fell in mid-afternoon yesterday.", "mid-afternoon yesterday", "TIME", "2017-03-02TAF", "MID"),
    C(D17, "The vote comes mid-morning tomorrow.", "mid-morning tomorrow", "TIME", "2017-03-04TMO", "MID"),
    /* the only word of time is inside a hyphenated word: the sentence is read all the same */
    C(D17, "Its net fell in the year-ago quarter.", "the year-ago quarter", "DATE", "2015-Q4", NULL),
    C(D17, "The vote came mid-afternoon.", "mid-afternoon", "TIME", "2017-03-03TAF", "MID"),
    C(D17, "A two-year study ended.", "two-year", "DURATION", "P2Y", NULL),
    C(D17, "The London-based firm said so.", "London-based", NULL, NULL, NULL),
    /* a small number is a time only beside "a.m." or "o'clock" */
    C(D17, "The bell rang at 5 o'clock.", "5 o'clock", "TIME", "2017-03-03T05:00", NULL),
    C(D17, "Talks ran until 3 pm in Rome.", "3 pm", "TIME", "2017-03-03T15:00", NULL),
    C(D17, "He counted 500 sheep.", "500", NULL, NULL, NULL),
    C(D17, "It ended at 5.30 pm.", "5.30 pm", "TIME", "2017-03-03T17:30", NULL),
    C(D17, "Prices rose 3.5 percent.", "3.5", NULL, NULL, NULL),
    C("2017-11-20", "Stores will be busy at Christmas.", "Christmas", "DATE", "2017-12-25", NULL),
    C(D17, "Families met last Thanksgiving.", "last Thanksgiving", "DATE", "2016-11-24", NULL),
    C("2017-11-01", "Families will meet on Thanksgiving.", "Thanksgiving", "DATE", "2017-11-23", NULL),
    C(D17, "Fireworks lit the sky on Independence Day 2016.", "Independence Day 2016", "DATE", "2016-07-04", NULL),
    C(D17, "Crowds gathered on New Year's Day.", "New Year's Day", "DATE", "2017-01-01", NULL),
    C(D17, "Crowds gathered on New Year's Eve.", "New Year's Eve", "DATE", "2016-12-31", NULL),
    C("2017-10-20", "Children will dress up for Halloween.", "Halloween", "DATE", "2017-10-31", NULL),
    C(D17, "Flowers sold well on Valentine's Day.", "Valentine's Day", "DATE", "2017-02-14", NULL),
    C(D17, "The parade was held on Bastille Day 2016.", "Bastille Day 2016", "DATE", "2016-07-14", NULL),
    C(D17, "Markets closed on Memorial Day 2016.", "Memorial Day 2016", "DATE", "2016-05-30", NULL),
    C(D17, "Markets closed on Labor Day 2016.", "Labor Day 2016", "DATE", "2016-09-05", NULL),
    C("2017-01-10", "Workers marched on May Day.", "May Day", "DATE", "2016-05-01", NULL),
    C(D17, "Workers will march on May Day.", "May Day", "DATE", "2017-05-01", NULL),
    C(D17, "Churches will be full at Easter.", "Easter", "DATE", "2017-04-16", NULL),
    C("2013-03-22", "The pope will celebrate Easter in Rome.", "Easter", "DATE", "2013-03-31", NULL),
    C("2013-03-22", "Shops close on Good Friday.", "Good Friday", "DATE", "2013-03-29", NULL),
    C(D17, "The riots broke out on Easter Monday 2016.", "Easter Monday 2016", "DATE", "2016-03-28", NULL),
    C("2017-09-10", "The church was packed at Easter.", "Easter", "DATE", "2017-04-16", NULL),
    /* a holiday's week: the ISO week that holds it */
    C("2017-04-10", "Pilgrims arrived as Easter week began.", "Easter week", "DATE", "2017-W15", NULL),
    C(D17, "Shops were busy in Christmas week.", "Christmas week", "DATE", "2016-W51", NULL),
    C(D17, "Stores were busy during Thanksgiving week.", "Thanksgiving week", "DATE", "2016-W47", NULL),
    C(D17, "He moved to Paris in July last year.", "July last year", "DATE", "2016-07", NULL),
    C(D17, "He moves to Paris in July of next year.", "July of next year", "DATE", "2018-07", NULL),
    C(D17, "He moved to Paris in January this year.", "January this year", "DATE", "2017-01", NULL),
    C(D17, "Snow fell in the winter of 2015.", "the winter of 2015", "DATE", "2015-WI", NULL),
    /* a winter is named by the year of its January: in March 2017 the one just ended is
     * 2017-WI, in January and in December the current one is the same */
    C(D17, "Snow fell last winter.", "last winter", "DATE", "2017-WI", NULL),
    C("2017-01-20", "This winter is harsh.", "This winter", "DATE", "2017-WI", NULL),
    C("2016-12-20", "This winter is harsh.", "This winter", "DATE", "2017-WI", NULL),
    C("2016-12-20", "This summer was hot.", "This summer", "DATE", "2016-SU", NULL),
    C(D17, "Rain fell in autumn 2016.", "autumn 2016", "DATE", "2016-FA", NULL),
    C(D17, "They will marry next spring.", "next spring", "DATE", "2018-SP", NULL),
    /* "the coming" season is the one just begun while most of it lies ahead */
    C(D17, "Planting starts in the coming spring.", "the coming spring", "DATE", "2017-SP", NULL),
    C("2017-05-20", "Planting starts in the coming spring.", "the coming spring", "DATE", "2018-SP", NULL),
    C("2016-12-02", "Fuel will be scarce in the coming winter.", "the coming winter", "DATE", "2017-WI", NULL),
    C("2016-09-15", "Crops fail in the coming summer.", "the coming summer", "DATE", "2017-SU", NULL),
    C(D17, "They married in the fall of 2014.", "the fall of 2014", "DATE", "2014-FA", NULL),
    C(D17, "The law dates from the late 1800s.", "the late 1800s", "DATE", "18", "END"),
    C(D17, "The law dates from the early 1990s.", "the early 1990s", "DATE", "199", "START"),
    C(D17, "The law dates from the 1970s.", "the 1970s", "DATE", "197", NULL),
    C(D17, "The law dates from the 1990's.", "the 1990's", "DATE", "199", NULL),
    C(D17, "It happened in nineteen ninety-six.", "nineteen ninety-six", "DATE", "1996", NULL),
    C(D17, "The bill is a pre-2000 relic.", "pre-2000", "DATE", "2000", "BEFORE"),
    C(D17, "He signed a 1996 law on trade.", "1996", "DATE", "1996", NULL),
    C(D17, "He ran in his unsuccessful 2012 campaign.", "2012", "DATE", "2012", NULL),
    C(D17, "It rose in both 2015 and 2016.", "2015", "DATE", "2015", NULL),
    C(D17, "The bonds are due 2020.", "2020", "DATE", "2020", NULL),
    C(D17, "The price peaked in mid-November.", "mid-November", "DATE", "2016-11", "MID"),
    C(D17, "Fighting stopped in the middle of January.", "the middle of January", "DATE", "2017-01", "MID"),
    C(D17, "Fighting stopped at the end of January.", "the end of January", "DATE", "2017-01", "END"),
    C(D17, "Work resumes at the beginning of April.", "the beginning of April", "DATE", "2017-04", "START"),
    C(D17, "Work ended at the end of the month.", "the end of the month", "DATE", "2017-03", "END"),
    C(D17, "Work ends by the end of the year.", "the end of the year", "DATE", "2017", "END"),
    C(D17, "The firm was sold around Nov. 1.", "around Nov. 1", "DATE", "2016-11-01", "APPROX"),
    C(D17, "Talks stalled late yesterday.", "late yesterday", "DATE", "2017-03-02", "END"),
    C(D17, "Talks resumed early Tuesday.", "early Tuesday", "DATE", "2017-02-28", "START"),
    C(D17, "The firm was sold in mid-afternoon.", "mid-afternoon", "TIME", "2017-03-03TAF", "MID"),
};

TEST(test_time_compound) { RUN_TABLE(compound); }

/* ---- tense cues ------------------------------------------------------------------------------ */

static const row tense[] = {
    C(D17, "The team planned to leave on Monday.", "Monday", "DATE", "2017-03-06", NULL),
    C(D17, "The team left on Monday.", "Monday", "DATE", "2017-02-27", NULL),
    C(D17, "The team has left on Monday.", "Monday", "DATE", "2017-02-27", NULL),
    C(D17, "The team will be named on Monday.", "Monday", "DATE", "2017-03-06", NULL),
    C(D17, "The team was named on Monday.", "Monday", "DATE", "2017-02-27", NULL),
    C(D17, "On Monday, the team was named.", "Monday", "DATE", "2017-02-27", NULL),
    C(D17, "On Monday, the team will be named.", "Monday", "DATE", "2017-03-06", NULL),
    C(D17, "The officials said Thursday that they would meet again.", "Thursday", "DATE", "2017-03-02", NULL),
    C(D17, "Police set aside the case on Monday.", "Monday", "DATE", "2017-02-27", NULL),
    C(D17, "A vote is set to take place on Monday.", "Monday", "DATE", "2017-03-06", NULL),
    C(D17, "Rebels were planning to attack on Sunday.", "Sunday", "DATE", "2017-03-05", NULL),
    C(D17, "Rebels vowed to attack on Sunday.", "Sunday", "DATE", "2017-03-05", NULL),
    C(D17, "The ruling is to be announced Wednesday.", "Wednesday", "DATE", "2017-03-08", NULL),
    C(D17, "She'll speak on Tuesday.", "Tuesday", "DATE", "2017-03-07", NULL),
    C(D17, "A decision is expected on Tuesday.", "Tuesday", "DATE", "2017-03-07", NULL),
    C(D17, "The storm is forecast to hit the coast Sunday.", "Sunday", "DATE", "2017-03-05", NULL),
    C(D17, "The storm may hit the coast Sunday.", "Sunday", "DATE", "2017-03-05", NULL),
    C(D17, "The storm hit the coast Sunday.", "Sunday", "DATE", "2017-02-26", NULL),
    C(D17, "The plant was closed in November.", "November", "DATE", "2016-11", NULL),
    C(D17, "The plant will close in November.", "November", "DATE", "2017-11", NULL),
    C(D17, "The talks are due in May.", "May", "DATE", "2017-05", NULL),
    C(D17, "The vote took place on Jan. 30.", "Jan. 30", "DATE", "2017-01-30", NULL),
    C(D17, "The vote takes place on April 2.", "April 2", "DATE", "2017-04-02", NULL),
    C(D17, "The vote took place on Oct. 23.", "Oct. 23", "DATE", "2016-10-23", NULL),
    C(D17, "The vote will take place on Oct. 23.", "Oct. 23", "DATE", "2017-10-23", NULL),
    /* within three months the nearest date wins whatever the verb says */
    C(D89, "The merger was completed by Dec. 15.", "Dec. 15", "DATE", "1989-12-15", NULL),
    C(D89, "The merger will be completed by Sept. 1.", "Sept. 1", "DATE", "1989-09-01", NULL),
    /* the tense is asked only when the value turns on it: a day of the month alone past the
     * DCT's day is last month's in the past tense; a month near the DCT's is the nearest;
     * a year written needs none */
    C(D17, "Protests resumed on the 28th.", "the 28th", "DATE", "2017-02-28", NULL),
    C(D17, "Protests will resume on the 28th.", "the 28th", "DATE", "2017-03-28", NULL),
    C(D17, "Protests will resume on the 2nd.", "the 2nd", "DATE", "2017-04-02", NULL),
    C(D17, "The plant was closed in April.", "April", "DATE", "2017-04", NULL),
    C(D17, "The plant will close in January.", "January", "DATE", "2017-01", NULL),
    C(D17, "The plant will close in 2019.", "2019", "DATE", "2019", NULL),
    C(D17, "Ahead of Sunday's vote, tension rose.", "Sunday", "DATE", "2017-03-05", NULL),
    C(D17, "Police were deployed ahead of Tuesday.", "Tuesday", "DATE", "2017-03-07", NULL),
    /* "this" before a weekday: the anchor's week, or the verb's side of it */
    C(D17, "The fans gather this Sunday.", "this Sunday", "DATE", "2017-03-05", NULL),
    C(D17, "The mayor quit this Monday.", "this Monday", "DATE", "2017-02-27", NULL),
    C(D17, "They will meet this Wednesday.", "this Wednesday", "DATE", "2017-03-08", NULL),
    C(D17, "They met this Saturday past.", "this Saturday", "DATE", "2017-02-25", NULL),
    /* a limit ahead: "until", "through", "effective", after a delay or a perfect tense */
    C(D17, "Officials postponed until Tuesday any vote on the bill.", "Tuesday", "DATE", "2017-03-07", NULL),
    C(D17, "The agency has given the family until 9 a.m. Monday to sign.", "9 a.m. Monday", "TIME", "2017-03-06T09:00", NULL),
    C(D17, "The court extended the deadline until Wednesday.", "Wednesday", "DATE", "2017-03-08", NULL),
    C(D17, "The curfew lasted until Monday.", "Monday", "DATE", "2017-02-27", NULL),
    C(D17, "The talks ran till Wednesday.", "Wednesday", "DATE", "2017-03-01", NULL),
    C(D17, "Troops could leave as soon as Tuesday.", "Tuesday", "DATE", "2017-03-07", NULL),
    C(D89, "Lenders have extended credit through January.", "January", "DATE", "1990-01", NULL),
    C(D89, "The new pact, effective Feb. 1, was signed by both sides.", "Feb. 1", "DATE", "1990-02-01", NULL),
    C(D89, "The rule became law effective March 1.", "March 1", "DATE", "1990-03-01", NULL),
    C(D89, "The union signed a new pact effective June 1.", "June 1", "DATE", "1990-06-01", NULL),
    C(D89, "The bank created an office of the chairman, effective Feb. 1.", "Feb. 1", "DATE", "1990-02-01", NULL),
    C(D17, "Officials hope to finish the count by Friday.", "Friday", "DATE", "2017-03-03", NULL),
    C(D17, "Officials hope to finish the count by Monday.", "Monday", "DATE", "2017-03-06", NULL),
    C(D17, "Rebels sought to seize the bridge on Sunday.", "Sunday", "DATE", "2017-03-05", NULL),
    C(D17, "Rebels fled the town on Sunday.", "Sunday", "DATE", "2017-02-26", NULL),
    C(D17, "The vote, set for Sunday, is key.", "Sunday", "DATE", "2017-03-05", NULL),
    C(D17, "Police set up roadblocks on Sunday.", "Sunday", "DATE", "2017-02-26", NULL),
    C(D17, "Starting Monday, banks reopen.", "Monday", "DATE", "2017-03-06", NULL),
    C(D17, "Beginning Tuesday, flights resume.", "Tuesday", "DATE", "2017-03-07", NULL),
    C(D17, "The changes take effect Monday.", "Monday", "DATE", "2017-03-06", NULL),
    C(D17, "The law took effect Monday.", "Monday", "DATE", "2017-02-27", NULL),
    C(D17, "Until Monday, the curfew was in force.", "Monday", "DATE", "2017-02-27", NULL),
    C(D17, "The strike, starting Monday, lasted three days.", "Monday", "DATE", "2017-02-27", NULL),
    /* a tense word after a determiner is a noun; a past form after "stay" an adjective */
    C(D17, "Parliament rejected the plan on Tuesday night.", "Tuesday night", "TIME", "2017-02-28TNI", NULL),
    C(D17, "Rebels ignored the forecast on Monday.", "Monday", "DATE", "2017-02-27", NULL),
    C(D17, "Banks will stay closed until Tuesday.", "Tuesday", "DATE", "2017-03-07", NULL),
    C(D17, "The shops remained closed until Monday.", "Monday", "DATE", "2017-02-27", NULL),
    /* a past form after "be" is a participle: the auxiliary tells the tense */
    C(D89, "The dividend would be paid on an unspecified date in January.", "January", "DATE", "1990-01", NULL),
    C(D89, "The dividend was paid in January.", "January", "DATE", "1989-01", NULL),
    /* a past form after a relative "that" is the clause's verb */
    C(D17, "Police seek the gunmen in attacks that wounded two doctors in November.", "November", "DATE",
      "2016-11", NULL),
    C(D17, "Police seek the gunmen in attacks that will target voters in November.", "November", "DATE",
      "2017-11", NULL),
    /* news tells what is scheduled in the present tense */
    C(D17, "The Senate votes Tuesday on the bill.", "Tuesday", "DATE", "2017-03-07", NULL),
    C(D17, "The president meets Monday with the governors.", "Monday", "DATE", "2017-03-06", NULL),
    C(D17, "The summit ends on Sunday.", "Sunday", "DATE", "2017-03-05", NULL),
    C(D17, "The summit ended on Sunday.", "Sunday", "DATE", "2017-02-26", NULL),
    C(D17, "The festival opens Wednesday in Cannes.", "Wednesday", "DATE", "2017-03-08", NULL),
    C(D17, "The session resumes in April.", "April", "DATE", "2017-04", NULL),
    C(D17, "The contract expires in June.", "June", "DATE", "2017-06", NULL),
    C(D17, "The votes Tuesday were counted by hand.", "Tuesday", "DATE", "2017-02-28", NULL),
    /* a verb of intention with its object: what was planned lies ahead */
    C(D17, "Unions planned a march on Saturday.", "Saturday", "DATE", "2017-03-04", NULL),
    C(D17, "The party scheduled a vote for Monday.", "Monday", "DATE", "2017-03-06", NULL),
    C(D17, "Lawyers sought a delay on Monday.", "Monday", "DATE", "2017-02-27", NULL),
    C(D17, "A rally planned for Saturday was called off.", "Saturday", "DATE", "2017-02-25", NULL),
    C(D17, "Unions held a march on Saturday.", "Saturday", "DATE", "2017-02-25", NULL),
    C(D17, "A protest is planned for Saturday.", "Saturday", "DATE", "2017-03-04", NULL),
    /* a present "be" with the day as its complement: what is scheduled */
    C(D17, "The vote is Tuesday.", "Tuesday", "DATE", "2017-03-07", NULL),
    C(D17, "The deadline is on Monday, officials said.", "Monday", "DATE", "2017-03-06", NULL),
    C(D17, "Today is Friday.", "Friday", "DATE", "2017-03-03", NULL),
    C(D17, "It is Monday again in the markets.", "Monday", "DATE", "2017-02-27", NULL),
    C(D17, "Talks are planned on Monday.", "Monday", "DATE", "2017-03-06", NULL),
    /* "as early as" a day: a limit ahead, as "as soon as" */
    C(D17, "Officials say the deal could be signed as early as Monday.", "Monday", "DATE", "2017-03-06", NULL),
    /* "plan" is a noun unless "to" or an object follows */
    C("2017-03-02", "The presidents signed a cooperation plan Friday.", "Friday", "DATE", "2017-02-24", NULL),
    C("2017-03-02", "The company plans to open a store Friday.", "Friday", "DATE", "2017-03-03", NULL),
    C("2017-03-02", "He plans a trip on Friday.", "Friday", "DATE", "2017-03-03", NULL),
    /* a past perfect before a word that looks ahead: what was ahead then */
    C("2017-03-06", "The offer was extended. It had been due to expire Friday evening.", "Friday evening",
      "TIME", "2017-03-03TEV", NULL),
    C("2017-03-06", "The offer had been scheduled to expire at midnight Friday.", "midnight Friday", "TIME",
      "2017-03-03T24:00", NULL),
    C("2017-03-06", "She had planned to fly home on Friday.", "Friday", "DATE", "2017-03-03", NULL),
    C("2017-03-06", "The offer is due to expire Friday.", "Friday", "DATE", "2017-03-10", NULL),
    C("2017-03-06", "He said the offer had been extended until Friday.", "Friday", "DATE", "2017-03-10", NULL),
};

TEST(test_time_tense) { RUN_TABLE(tense); }

/* ---- the stage as a whole ---------------------------------------------------------------- */

TEST(test_time_anchor_field) {
    annals_doc *d = run(D17, "The plant opened in 1990. It closed on Friday. A day later it burned.");
    CHECK(d != NULL);
    if (!d) return;
    CHECK_INT(d->times.n, 3);
    if (d->times.n == 3) {
        CHECK_STR(d->times.v[0].anchor, NULL);
        CHECK_STR(d->times.v[1].anchor, "2017-03-03");
        CHECK_STR(d->times.v[2].value, "2017-03-04");
        CHECK_STR(d->times.v[2].anchor, "2017-03-03");
    }
    annals_doc_free(d);
}

TEST(test_time_rerun_replaces) {
    annals_doc *d = run(D17, "It rained yesterday and today.");
    CHECK(d != NULL);
    if (!d) return;
    CHECK_INT(d->times.n, 2);
    CHECK_INT(an_time_doc(res(), d), 0);
    CHECK_INT(d->times.n, 2);
    annals_doc_free(d);
}

TEST(test_time_offsets_whole_tokens) {
    const char *text = "Héctor left on Friday, Jan. 6.";
    annals_doc *d = run(D17, text);
    CHECK(d != NULL);
    if (!d) return;
    CHECK_INT(d->times.n, 1);
    if (d->times.n == 1) CHECK_MEM(text + d->times.v[0].start, d->times.v[0].end - d->times.v[0].start, "Friday, Jan. 6");
    annals_doc_free(d);
}

/* Sentences of up to 64 tokens are read in the stage's buffers on the stack, longer ones in
 * buffers of their own: a short sentence, a long one, a short one and a longer one, each
 * with a date at its end. */
TEST(test_time_long_sentences) {
    char text[4096];
    size_t n = 0;
    static const char *const parts[] = {"The talks began on Monday. ", "They met", " and talked",
                                        " until Tuesday. ", "It ended on Wednesday. ", "Later they met",
                                        " and talked", " on Thursday."};
    static const int repeat[] = {1, 1, 40, 1, 1, 1, 100, 1};
    for (size_t p = 0; p < sizeof parts / sizeof parts[0]; p++)
        for (int k = 0; k < repeat[p]; k++) {
            size_t len = strlen(parts[p]);
            CHECK(n + len < sizeof text);
            if (n + len >= sizeof text) return;
            memcpy(text + n, parts[p], len), n += len;
        }
    text[n] = 0;
    annals_doc *d = run(D17, text);
    CHECK(d != NULL);
    if (!d) return;
    CHECK_INT(d->sentences.n, 4);
    CHECK(d->sentences.n == 4 && d->sentences.v[1].tok_count > 64 && d->sentences.v[3].tok_count > 200);
    static const char *const want[] = {"2017-02-27", "2017-02-28", "2017-03-01", "2017-03-02"};
    CHECK_INT(d->times.n, 4);
    for (size_t k = 0; k < d->times.n && k < 4; k++) CHECK_STR(d->times.v[k].value, want[k]);
    annals_doc_free(d);
}

TEST(test_time_captions) {
    annals_doc *d = NULL;
    CHECK(annals_doc_new(an_test_engine(), &d) == ANNALS_OK);
    if (!d) return;
    const char *text = "The bridge opened on Friday.", *cap = "The bridge at dawn on Feb. 27.";
    annals_doc_set(d, ANNALS_FIELD_TEXT, text, strlen(text));
    annals_doc_set(d, ANNALS_FIELD_PUBLISHED, D17, strlen(D17));
    an_caption *c = AN_PUSH(d, captions);
    CHECK(c != NULL);
    if (c) {
        c->text = an_arena_strndup(&d->arena, cap, strlen(cap));
        c->len = strlen(cap);
    }
    annals_annotate(an_test_engine(), d, ANNALS_STAGE_SEGMENT);
    CHECK_INT(an_time_doc(res(), d), 0);
    CHECK_INT(d->times.n, 2);
    if (d->times.n == 2) {
        CHECK_INT(d->times.v[0].where, AN_WHERE_TEXT);
        CHECK_STR(d->times.v[0].value, "2017-03-03");
        CHECK_INT(d->times.v[1].where, 0);
        CHECK_STR(d->times.v[1].value, "2017-02-27");
        CHECK_MEM(cap + d->times.v[1].start, d->times.v[1].end - d->times.v[1].start, "Feb. 27");
    }
    annals_doc_free(d);
}

/* ---- the recognizer's quick rejections (the speed gates of an_time_match) ------------- */

static const row gates[] = {
    C(D17, "The bank may extend the loan for an additional year.", "an additional year", "DURATION", "P1Y", NULL),
    C(D17, "A London-based engineering firm hired 500 people.", "London-based", NULL, NULL, NULL),
    C(D17, "A London-based engineering firm hired 500 people.", "500", NULL, NULL, NULL),
    C(D17, "Shares rose 3.5 percent in early trading.", "3.5", NULL, NULL, NULL),
    C(D17, "From the start the plan was at odds with the law.", "From", NULL, NULL, NULL),
    C(D17, "From the start the plan was at odds with the law.", "at", NULL, NULL, NULL),
    C(D17, "The Americans left the base.", "Americans", NULL, NULL, NULL),
    C(D17, "The man was kidnapped at 10 p.m. Wednesday.", "10 p.m. Wednesday", "TIME", "2017-03-01T22:00", NULL),
    C(D17, "The market closed at 4:30 p.m.", "4:30 p.m.", "TIME", "2017-03-03T16:30", NULL),
    C(D17, "They will leave at 9 o'clock.", "9 o'clock", "TIME", "2017-03-03T09:00", NULL),
    C(D17, "The siege lasted 10 days.", "10 days", "DURATION", "P10D", NULL),
    C(D17, "It will take 5 to 10 years.", "10 years", "DURATION", "P10Y", NULL),
    C(D17, "The company was founded in 1998 by two brothers.", "1998", "DATE", "1998", NULL),
    C(D17, "He stays at the moment in Geneva.", "at the moment", "DATE", "PRESENT_REF", NULL),
    C(D17, "Exports grew in the mid-1990s.", "the mid-1990s", "DATE", "199", "MID"),
    C(D17, "They signed a two-year contract.", "two-year", "DURATION", "P2Y", NULL),
    C(D17, "The talks on 2017-02-27 failed.", "2017-02-27", "DATE", "2017-02-27", NULL),
    C(D17, "The vote is on 3/7/2017.", "3/7/2017", "DATE", "2017-03-07", NULL),
    /* short words are looked up eight bytes at a time, lower-cased in a word; near the end
     * of the string a byte at a time */
    C(D17, "PRICES FELL YESTERDAY AS TRADERS SOLD.", "YESTERDAY", "DATE", "2017-03-02", NULL),
    C(D17, "Prices fell TODAY", "TODAY", "DATE", "2017-03-03", NULL),
    C(D17, "They met on MONDAY and again on ThUrSdAy", "ThUrSdAy", "DATE", "2017-03-02", NULL),
    C(D17, "They met on MONDAY and again on ThUrSdAy", "MONDAY", "DATE", "2017-02-27", NULL),
    C(D17, "LAST WEEK the Army left.", "LAST WEEK", "DATE", "2017-W08", NULL),
    C(D17, "It rained [Friday] in Paris.", "Friday", "DATE", "2017-03-03", NULL),
    C(D17, "Jobs fell in January@", "January", "DATE", "2017-01", NULL),
    /* the rules compare a token with a word by their packed keys, lower-cased; a word of
     * more than eight bytes byte by byte */
    C(D17, "Talks resume THE DAY AFTER TOMORROW", "THE DAY AFTER TOMORROW", "DATE", "2017-03-05", NULL),
    C(D17, "Prices rose for three Consecutive Months", "three Consecutive Months", "DURATION", "P3M", NULL),
    /* a modifier before a possessive day goes with the noun, not the day */
    C(D17, "Lawyers sought a way around Wednesday's ruling.", "Wednesday", "DATE", "2017-03-01", NULL),
    C(D17, "The rally was held around Wednesday.", "around Wednesday", "DATE", "2017-03-01", "APPROX"),
    /* a rule is tried only when the word it needs stands within its reach: the farthest */
    C(D17, "Talks ended on Monday, the 5th of March, without a deal.", "Monday, the 5th of March", "DATE", "2012-03-05", NULL),
    C(D17, "The budget for the fiscal year 1998 was cut.", "the fiscal year 1998", "DATE", "1998", NULL),
    C(D17, "They met again the following Monday.", "the following Monday", "DATE", "2017-03-06", NULL),
    C(D17, "The fair opens on the first Sunday of May.", "the first Sunday of May", "DATE", "2017-05-07", NULL),
    C(D17, "The bridge was built in the 19th century.", "the 19th century", "DATE", "18", NULL),
    C(D17, "Payments are due on the 28th.", "the 28th", "DATE", "2017-03-28", NULL),
    C(D17, "They met last Christmas.", "last Christmas", "DATE", "2016-12-25", NULL),
    C(D17, "Shares fell during the week of March 6.", "the week of March 6", "DATE", "2017-W10", NULL),
    C(D17, "The team will return the next summer.", "the next summer", "DATE", "2017-SU", NULL),
    /* a number begins only the rules whose first token it can be */
    C(D17, "Profit fell in the 1988 second quarter.", "the 1988 second quarter", "DATE", "1988-Q2", NULL),
    C(D17, "Flights resume at 0800 GMT.", "0800 GMT", "TIME", "2017-03-03T08:00", NULL),
    C(D17, "The doors open at 12 o'clock.", "12 o'clock", "TIME", "2017-03-03T12:00", NULL),
    C(D17, "The law took effect on 21.03.2013.", "21.03.2013", "DATE", "2013-03-21", NULL),
    C(D17, "The report is due 5 March.", "5 March", "DATE", "2017-03-05", NULL),
    C(D17, "Marks were awarded to 12 of the 40 pupils.", "12", NULL, NULL, NULL),
    /* sets begin at a word of a set, a weekday, every, each, per, a */
    C(D17, "The ferry sails each Sunday.", "each Sunday", "SET", "XXXX-WXX-7", NULL),
    C(D17, "Rents are reviewed twice a year.", "a year", "SET", "P1Y", NULL),
    C(D17, "Fees are charged per day.", "per day", "SET", "P1D", NULL),
    /* deictic phrases begin where their second word follows; "the" + unit before */
    C(D17, "Rates will stay low in the near future.", "the near future", "DATE", "FUTURE_REF", NULL),
    C(D17, "Sales had fallen the year before.", "the year before", "DATE", "2016", NULL),
    /* a word begins a month's date, a year or a holiday by what it is: an ordinal, "the",
     * "nineteen", the first word of a holiday's name or of a deictic phrase */
    C(D17, "The shop reopens on the first of May.", "the first of May", "DATE", "2017-05-01", NULL),
    C(D17, "She was born in nineteen sixty-two.", "nineteen sixty-two", "DATE", "1962", NULL),
    C(D17, "Cities grew fast in the twentieth century.", "the twentieth century", "DATE", "19", NULL),
    C(D17, "The parade is held on Father's Day.", "Father's Day", "DATE", "2017-06-18", NULL),
    C(D17, "They met again last New Year's Day.", "last New Year's Day", "DATE", "2017-01-01", NULL),
    C(D17, "The vote was put off to a later date.", "a later date", "DATE", "FUTURE_REF", NULL),
    C(D17, "A decision is due in a few weeks.", "a few weeks", "DURATION", "PXW", NULL),
    /* an apostrophe begins only a decade; most are quotation marks */
    C(D17, "Prices peaked in the late '90s.", "the late '90s", "DATE", "199", "END"),
    C(D17, "He spoke 'frankly' on Monday.", "'frankly'", NULL, NULL, NULL),
    C(D17, "He spoke 'frankly' on Monday.", "Monday", "DATE", "2017-02-27", NULL),
};

TEST(test_time_gates) { RUN_TABLE(gates); }

/* ---- galleries: the captions' own narrative ------------------------------------------- */

/* A document with a text, a DCT and captions; the expected expressions are looked up in
 * the caption named (where) by their text. */
typedef struct {
    int where;         /* caption index, or AN_WHERE_TEXT */
    const char *span;
    const char *value;
    const char *anchor; /* NULL: none */
} cexp;

static void check_gallery(int line, const char *dct, const char *text, const char *const *caps,
                          size_t ncaps, const cexp *want, size_t nwant) {
    annals_doc *d = NULL;
    if (annals_doc_new(an_test_engine(), &d) != ANNALS_OK || !d) {
        an_check_fail(__FILE__, line, "cannot make a document");
        return;
    }
    annals_doc_set(d, ANNALS_FIELD_TEXT, text, strlen(text));
    if (dct) annals_doc_set(d, ANNALS_FIELD_PUBLISHED, dct, strlen(dct));
    for (size_t k = 0; k < ncaps; k++) {
        an_caption *c = AN_PUSH(d, captions);
        if (!c) break;
        memset(c, 0, sizeof *c);
        c->text = an_arena_strndup(&d->arena, caps[k], strlen(caps[k]));
        c->len = strlen(caps[k]);
    }
    annals_annotate(an_test_engine(), d, ANNALS_STAGE_SEGMENT);
    if (an_time_doc(res(), d) != 0) an_check_fail(__FILE__, line, "an_time_doc failed");
    int prev_where = -2;
    size_t from = 0; /* spans of one string are looked for in order */
    for (size_t w = 0; w < nwant; w++) {
        const cexp *x = &want[w];
        const char *in = x->where == AN_WHERE_TEXT ? text : caps[x->where];
        if (x->where != prev_where) from = 0;
        const char *at = strstr(in + from, x->span);
        if (!at) {
            an_check_fail(__FILE__, line, "span \"%s\" not in %d", x->span, x->where);
            continue;
        }
        size_t s = (size_t)(at - in), e = s + strlen(x->span);
        prev_where = x->where, from = e;
        const an_timex *hit = NULL;
        for (size_t k = 0; k < d->times.n && !hit; k++)
            if (d->times.v[k].where == x->where && d->times.v[k].start == s && d->times.v[k].end == e)
                hit = &d->times.v[k];
        if (!hit) {
            an_check_fail(__FILE__, line, "\"%s\" (where %d) not found", x->span, x->where);
            for (size_t k = 0; k < d->times.n; k++)
                if (d->times.v[k].where == x->where)
                    fprintf(stderr, "    found \"%.*s\" %s\n", (int)(d->times.v[k].end - d->times.v[k].start),
                            in + d->times.v[k].start, d->times.v[k].value);
            continue;
        }
        const char *anc = hit->anchor ? hit->anchor : "(none)", *wanc = x->anchor ? x->anchor : "(none)";
        if (strcmp(hit->value, x->value) != 0 || strcmp(anc, wanc) != 0)
            an_check_fail(__FILE__, line, "\"%s\" (where %d): got %s anchor %s, want %s anchor %s", x->span,
                          x->where, hit->value, anc, x->value, wanc);
    }
    annals_doc_free(d);
}

#define GALLERY(dct, text, caps, want) \
    check_gallery(__LINE__, dct, text, caps, sizeof(caps) / sizeof(caps)[0], want, sizeof(want) / sizeof(want)[0])

TEST(test_time_gallery) {
    /* The weekday picks the year of the first caption's day (2016: March 27 was a Sunday);
     * the later captions' "March 27" are that same day, not the one after the DCT. A year
     * alone ("in 2009", a photo from before) is no anchor. */
    {
        const char *caps[] = {"Bulldozers clear a road past the citadel on Sunday, March 27.",
                              "The old gate on March 27.", "The old gate in 2009.",
                              "The souk on March 27, seen from the minaret.", "The souk in May 2010."};
        const cexp want[] = {{0, "Sunday, March 27", "2016-03-27", D17},
                             {1, "March 27", "2016-03-27", "2016-03-27"},
                             {2, "2009", "2009", NULL},
                             {3, "March 27", "2016-03-27", "2016-03-27"},
                             {4, "May 2010", "2010-05", NULL}};
        GALLERY(D17, "The army said on Friday it had retaken the town.", caps, want);
    }
    /* The same sentences in the text keep the text's rule: the DCT anchors them. */
    {
        const char *caps[] = {"A street."};
        const cexp want[] = {{AN_WHERE_TEXT, "Sunday, March 27", "2016-03-27", D17},
                             {AN_WHERE_TEXT, "March 27", "2017-03-27", D17}};
        GALLERY(D17, "Bulldozers cleared a road on Sunday, March 27. The gate will reopen on March 27.", caps,
                want);
    }
    /* A year written anchors the later captions; a day the anchor does not give (March 28)
     * is the one nearest to it, a weekday with it the one nearest that falls on it. */
    {
        const char *caps[] = {"Fishing boats in the harbour on June 2, 2015.", "Nets drying on June 3.",
                              "The quay on Monday, June 1.", "The market on June 4 at 10 a.m.",
                              "Divers at 6 a.m. on June 5."};
        const cexp want[] = {{0, "June 2, 2015", "2015-06-02", NULL},
                             {1, "June 3", "2015-06-03", "2015-06-02"},
                             {2, "Monday, June 1", "2015-06-01", "2015-06-02"},
                             {3, "June 4", "2015-06-04", "2015-06-01"},
                             {3, "10 a.m.", "2015-06-04T10:00", NULL},
                             {4, "6 a.m. on June 5", "2015-06-05T06:00", "2015-06-01"}};
        GALLERY(D17, "The fleet is smaller.", caps, want);
    }
    /* Across a new year: nearest to the captions' day, not to the DCT. */
    {
        const char *caps[] = {"Snow on the ridge on Dec. 30, 2016.", "The same ridge on Jan. 2."};
        const cexp want[] = {{0, "Dec. 30, 2016", "2016-12-30", NULL},
                             {1, "Jan. 2", "2017-01-02", "2016-12-30"}};
        GALLERY("2018-06-01", "The pass reopened.", caps, want);
    }
    /* Numeric dates count; "the next day" follows the captions' days. */
    {
        const char *caps[] = {"Flood water on 2015-08-30.", "Aug. 31: the water recedes.",
                              "Volunteers the next day."};
        const cexp want[] = {{0, "2015-08-30", "2015-08-30", NULL},
                             {1, "Aug. 31", "2015-08-31", "2015-08-30"},
                             {2, "the next day", "2015-09-01", "2015-08-31"}};
        GALLERY(D17, "The river rose.", caps, want);
    }
    /* No explicit day in the captions: the DCT, as before; a day of the text is no anchor
     * for the captions either. */
    {
        const char *caps[] = {"The tower in 2006.", "The tower on March 27."};
        const cexp want[] = {{AN_WHERE_TEXT, "May 5, 2012", "2012-05-05", NULL},
                             {0, "2006", "2006", NULL},
                             {1, "March 27", "2017-03-27", D17}};
        GALLERY(D17, "The tower was shelled on May 5, 2012.", caps, want);
    }
    /* Without a DCT, the captions' own day still anchors. */
    {
        const char *caps[] = {"Ruins on Sunday, March 27, 2016.", "The arch on March 27."};
        const cexp want[] = {{1, "March 27", "2016-03-27", "2016-03-27"}};
        GALLERY(NULL, "Text.", caps, want);
    }
}

TEST(test_time_empty_and_no_dct) {
    annals_doc *d = run(NULL, "");
    CHECK(d != NULL);
    if (d) {
        CHECK_INT(d->times.n, 0);
        annals_doc_free(d);
    }
    d = run("not a date", "He left yesterday.");
    CHECK(d != NULL);
    if (d && d->times.n == 1) CHECK_STR(d->times.v[0].value, "PAST_REF");
    if (d) annals_doc_free(d);
}

TEST(test_time_calendar) {
    int y, w, m, dd;
    an_cal_iso_week(an_cal_days(2015, 12, 31), &y, &w);
    CHECK_INT(y, 2015); CHECK_INT(w, 53);
    an_cal_iso_week(an_cal_days(2016, 1, 3), &y, &w);
    CHECK_INT(y, 2015); CHECK_INT(w, 53);
    an_cal_iso_week(an_cal_days(2016, 1, 4), &y, &w);
    CHECK_INT(y, 2016); CHECK_INT(w, 1);
    an_cal_iso_week(an_cal_days(2008, 12, 29), &y, &w);
    CHECK_INT(y, 2009); CHECK_INT(w, 1);
    an_cal_iso_week(an_cal_days(2017, 3, 3), &y, &w);
    CHECK_INT(y, 2017); CHECK_INT(w, 9);
    CHECK_INT(an_cal_weekday(an_cal_days(2017, 3, 3)), 5);
    CHECK_INT(an_cal_weekday(an_cal_days(2000, 2, 29)), 2);
    CHECK_INT(an_cal_weekday(an_cal_days(1900, 1, 1)), 1);
    CHECK_INT(an_cal_easter(2013), an_cal_days(2013, 3, 31));
    CHECK_INT(an_cal_easter(2000), an_cal_days(2000, 4, 23));
    CHECK_INT(an_cal_easter(2019), an_cal_days(2019, 4, 21));
    CHECK_INT(an_cal_easter(2038), an_cal_days(2038, 4, 25));
    CHECK_INT(an_cal_leap(2000), 1); CHECK_INT(an_cal_leap(1900), 0); CHECK_INT(an_cal_leap(2024), 1);
    CHECK_INT(an_cal_month_days(2016, 2), 29); CHECK_INT(an_cal_month_days(2017, 2), 28);
    an_cal_civil(an_cal_days(2016, 2, 28) + 1, &y, &m, &dd);
    CHECK_INT(m, 2); CHECK_INT(dd, 29);
    an_cal_civil(an_cal_days(2016, 12, 31) + 1, &y, &m, &dd);
    CHECK_INT(y, 2017); CHECK_INT(m, 1); CHECK_INT(dd, 1);
    y = 2017, m = 1;
    an_cal_add_months(&y, &m, -1);
    CHECK_INT(y, 2016); CHECK_INT(m, 12);
    y = 2017, m = 11;
    an_cal_add_months(&y, &m, 14);
    CHECK_INT(y, 2019); CHECK_INT(m, 1);
    for (long day = an_cal_days(1899, 1, 1); day < an_cal_days(2101, 1, 1); day += 97) {
        an_cal_civil(day, &y, &m, &dd);
        if (an_cal_days(y, m, dd) != day) CHECK(0);
    }
}

TEST(test_time_lexicon_loads) {
    CHECK(res() != NULL);
}

/* The words a sentence needs to be read at all (time.c skips the others): any case, the
 * last word of a deictic or holiday phrase, plural weekdays, "period"; never "the". */
TEST(test_time_word_filter) {
    const an_time_res *r = res();
    CHECK(r != NULL);
    if (!r) return;
    static const char *const yes[] = {"March", "MONDAYS", "moment", "period", "eve", "years", "now",
                                      "nineteen", "Sept.", "tonight", "Christmas", NULL};
    static const char *const no[] = {"the", "company", "has", "at", "last", "early", "Mondayss", NULL};
    for (int k = 0; yes[k]; k++) {
        size_t n = strlen(yes[k]);
        CHECK(an_tlex_maybe_time_word(r, (const unsigned char *)yes[k], n));
        CHECK(an_tlex_is_time_word(r, yes[k], n));
    }
    for (int k = 0; no[k]; k++) CHECK(!an_tlex_is_time_word(r, no[k], strlen(no[k])));
    /* the bit folds case, and a word of one byte drops the byte after it, which it reads */
    const unsigned char *u = (const unsigned char *)"MARCH", *l = (const unsigned char *)"march";
    CHECK_INT(an_tlex_time_word_bit(u, 5), an_tlex_time_word_bit(l, 5));
    CHECK_INT(an_tlex_time_word_bit((const unsigned char *)"a,", 1), an_tlex_time_word_bit((const unsigned char *)"A.", 1));
}

/* Every short key is found where it stands, within the few slots a look-up reads. */
TEST(test_time_short_keys) {
    const an_time_res *r = res();
    CHECK(r != NULL);
    if (!r) return;
    CHECK(r->short_reach < AN_TLEX_PROBE);
    int found = 0;
    for (size_t s = 0; s < AN_TLEX_SLOTS; s++)
        if (r->short_key[s])
            found += an_tlex_probe_short(r, r->short_key[s]) == s &&
                     (r->short_entry[s] != NULL) == (r->short_idx[s] >= 0) &&
                     s >= an_tlex_slot(r, r->short_key[s]); /* placed with no wrap */
    CHECK_INT(found, r->n_short);
    /* the bare keys: props the rules read, no entry, no start */
    size_t period = an_tlex_probe_short(r, an_tlex_pack("period", 6)), q3 = an_tlex_probe_short(r, AN_TKEY("q3"));
    CHECK(period != AN_TLEX_MISS && r->short_entry[period] == NULL && r->short_starts[period] == 0);
    CHECK_INT(r->short_props[period], P_PERIOD);
    CHECK(q3 != AN_TLEX_MISS && r->short_entry[q3] == NULL && r->short_starts[q3] == 0);
    CHECK_INT(r->short_props[q3], P_QN);
    CHECK(an_tlex_get(r, "q3", 2) == NULL && an_tlex_get(r, "period", 6) == NULL);
    CHECK(an_tlex_probe_short(r, AN_TKEY("q5")) == AN_TLEX_MISS);
    /* a tense cue says so in its props (tense.c reads them); the apostrophes, whose props a
     * punctuation token does not take, are no cue */
    CHECK(r->short_props[an_tlex_probe_short(r, AN_TKEY("will"))] & P_TENSE);
    CHECK(!(r->short_props[an_tlex_probe_short(r, AN_TKEY("monday"))] & P_TENSE));
    CHECK(an_tlex_get_short(r, '\'') && !an_tlex_get_short(r, '\'')->tense);
    CHECK(an_tlex_get(r, "\xE2\x80\x99", 3) && !an_tlex_get(r, "\xE2\x80\x99", 3)->tense);
    /* a miss reads the miss slot: no entry, no meaning */
    size_t miss = an_tlex_probe_short(r, an_tlex_pack("zebra", 5));
    CHECK(miss == AN_TLEX_MISS);
    CHECK(r->short_entry[miss] == NULL && r->short_starts[miss] == 0 && r->short_props[miss] == 0);
    CHECK(an_tlex_get_short(r, an_tlex_pack("zebra", 5)) == NULL);
    CHECK(an_tlex_get_short(r, an_tlex_pack("monday", 6)) != NULL);
    /* a word's key, folded at compile time, is the packed word; none past eight bytes */
    CHECK(AN_TKEY("the") == an_tlex_pack("the", 3));
    CHECK(AN_TKEY("tomorrow") == an_tlex_pack("tomorrow", 8));
    CHECK(AN_TKEY("yesterday") == 0);
}
