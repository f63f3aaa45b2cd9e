/* test_timestamp.c - an_parse_timestamp: byline date and time lines. */
#include <string.h>

#include "api/engine.h"
#include "check.h"
#include "read/plaintext.h"

static const char *ts(const char *s) {
    static char out[40];
    if (!an_parse_timestamp(&an_test_engine()->read, s, strlen(s), out)) return NULL;
    return out;
}

TEST(test_timestamp_byline_forms) {
    CHECK_STR(ts("Published 10:43 PM EST, Fri March 3, 2017"), "2017-03-03T22:43:00-05:00");
    CHECK_STR(ts("Updated 5:12 AM ET, Sat March 4, 2017"), "2017-03-04T05:12:00-05:00");
    CHECK_STR(ts("Posted: March 3, 2017 5:30 p.m."), "2017-03-03T17:30:00");
    CHECK_STR(ts("3 March 2017 22:43 GMT"), "2017-03-03T22:43:00+00:00");
    CHECK_STR(ts("2017-03-03 22:43"), "2017-03-03T22:43:00");
    CHECK_STR(ts("2017-03-03"), "2017-03-03");
    CHECK_STR(ts("March 3, 2017"), "2017-03-03");
    CHECK_STR(ts("Updated 0712 GMT (1512 HKT) June 5, 2019"), "2019-06-05T07:12:00+00:00");
    CHECK_STR(ts("March 3, 2017 at 5:30 p.m. ET"), "2017-03-03T17:30:00-05:00");
    CHECK_STR(ts("Thu, Sept. 14, 2017 11:05 AM EDT"), "2017-09-14T11:05:00-04:00");
    CHECK_STR(ts("Wednesday 1st February 2017, 14:00 CET"), "2017-02-01T14:00:00+01:00");
    CHECK_STR(ts("Last updated on Jan 9 2018 08:15:30 IST"), "2018-01-09T08:15:30+05:30");
    CHECK_STR(ts("Published 4 p.m. AST, 12 Nov 2019"), "2019-11-12T16:00:00+03:00");
    CHECK_STR(ts("Dec. 24, 2018 | 9:00 PM GST"), "2018-12-24T21:00:00+04:00");
}

TEST(test_timestamp_iso_and_offsets) {
    CHECK_STR(ts("2017-03-03T22:43:00Z"), "2017-03-03T22:43:00+00:00");
    CHECK_STR(ts("2017-03-03T22:43:00.250Z"), "2017-03-03T22:43:00+00:00");
    CHECK_STR(ts("2017-03-03T22:43:00+03:00"), "2017-03-03T22:43:00+03:00");
    CHECK_STR(ts("2017-03-03T22:43:00-0500"), "2017-03-03T22:43:00-05:00");
    CHECK_STR(ts("3 Mar 2017 10:00 +0300"), "2017-03-03T10:00:00+03:00");
    CHECK_STR(ts("Fri, 03 Mar 2017 22:43:00 +0000"), "2017-03-03T22:43:00+00:00");
    CHECK_STR(ts("Mar. 3, 2017 10:00 UTC+3"), "2017-03-03T10:00:00+03:00");
    CHECK_STR(ts("March 3, 2017 10:00 GMT-5"), "2017-03-03T10:00:00-05:00");
    CHECK_STR(ts("March 3, 2017 10:00 UTC+05:30"), "2017-03-03T10:00:00+05:30");
    CHECK_STR(ts("2017-03-03 09:00 NPT"), "2017-03-03T09:00:00+05:45");
}

TEST(test_timestamp_us_summer_time) {
    CHECK_STR(ts("Updated 9:05 AM ET, Tue July 11, 2017"), "2017-07-11T09:05:00-04:00");
    CHECK_STR(ts("June 1, 2016 8:00 a.m. PT"), "2016-06-01T08:00:00-07:00");
    CHECK_STR(ts("January 5, 2016 8:00 a.m. CT"), "2016-01-05T08:00:00-06:00");
    /* 2017: from Sunday March 12 02:00 to Sunday November 5 02:00 */
    CHECK_STR(ts("March 12, 2017 1:30 AM ET"), "2017-03-12T01:30:00-05:00");
    CHECK_STR(ts("March 12, 2017 3:30 AM ET"), "2017-03-12T03:30:00-04:00");
    CHECK_STR(ts("March 11, 2017 11:00 PM MT"), "2017-03-11T23:00:00-07:00");
    CHECK_STR(ts("November 5, 2017 0:30 ET"), "2017-11-05T00:30:00-04:00");
    CHECK_STR(ts("November 5, 2017 3:00 AM ET"), "2017-11-05T03:00:00-05:00");
    /* before 2007: first Sunday of April to last Sunday of October */
    CHECK_STR(ts("March 20, 2006 12:00 PM ET"), "2006-03-20T12:00:00-05:00");
    CHECK_STR(ts("April 2, 2006 3:00 AM ET"), "2006-04-02T03:00:00-04:00");
    CHECK_STR(ts("October 30, 2006 9:00 AM ET"), "2006-10-30T09:00:00-05:00");
    /* explicit standard or daylight names are taken as written */
    CHECK_STR(ts("July 11, 2017 9:05 AM EST"), "2017-07-11T09:05:00-05:00");
}

TEST(test_timestamp_uk_summer_time) {
    CHECK_STR(ts("14 July 2016 09:00 BST"), "2016-07-14T09:00:00+01:00");
    CHECK_STR(ts("14 January 2016 09:00 BST"), "2016-01-14T09:00:00+00:00");
    /* 2017: last Sunday of March is the 26th, of October the 29th */
    CHECK_STR(ts("26 March 2017 00:30 BST"), "2017-03-26T00:30:00+00:00");
    CHECK_STR(ts("26 March 2017 03:00 BST"), "2017-03-26T03:00:00+01:00");
    CHECK_STR(ts("29 October 2017 03:00 BST"), "2017-10-29T03:00:00+00:00");
    CHECK_STR(ts("28 October 2017 23:00 BST"), "2017-10-28T23:00:00+01:00");
}

TEST(test_timestamp_twelve_hour_clock) {
    CHECK_STR(ts("March 3, 2017 12:15 AM"), "2017-03-03T00:15:00");
    CHECK_STR(ts("March 3, 2017 12:15 PM"), "2017-03-03T12:15:00");
    CHECK_STR(ts("March 3, 2017 1:05 pm"), "2017-03-03T13:05:00");
    CHECK_STR(ts("March 3, 2017 11 a.m."), "2017-03-03T11:00:00");
}

TEST(test_timestamp_rejects) {
    CHECK_STR(ts("February 30, 2017"), NULL);
    CHECK_STR(ts("February 29, 2017"), NULL);
    CHECK_STR(ts("February 29, 1900 10:00"), NULL);
    CHECK_STR(ts("2017-13-01"), NULL);
    CHECK_STR(ts("2017-04-31"), NULL);
    CHECK_STR(ts("March 3, 2017 25:10"), NULL);
    CHECK_STR(ts("March 3, 2017 13:10 PM"), NULL);
    CHECK_STR(ts("March 3, 2017 0:10 AM"), NULL);
    CHECK_STR(ts("March 3, 2017 10:61"), NULL);
    CHECK_STR(ts("10:43 PM EST"), NULL);
    CHECK_STR(ts("March 2017"), NULL);
    CHECK_STR(ts("no date here"), NULL);
    CHECK_STR(ts(""), NULL);
    CHECK_STR(ts("The army said on March 3, 2017 that the offensive would go on"), NULL);
    CHECK_STR(ts("03/03/2017"), NULL);
    char long_line[300];
    memset(long_line, ' ', sizeof long_line);
    memcpy(long_line, "March 3, 2017", 13);
    long_line[sizeof long_line - 1] = '\0';
    CHECK_STR(ts(long_line), NULL);
}

TEST(test_timestamp_leap_days_and_edges) {
    CHECK_STR(ts("February 29, 2016"), "2016-02-29");
    CHECK_STR(ts("2000-02-29 23:59:59"), "2000-02-29T23:59:59");
    CHECK_STR(ts("December 31, 2199 00:00 UTC"), "2199-12-31T00:00:00+00:00");
    /* zone names count only in capitals; a stray word is tolerated */
    CHECK_STR(ts("March 3, 2017 10:00 est"), "2017-03-03T10:00:00");
    /* the first complete date wins over an "Updated" one on the same line */
    CHECK_STR(ts("Published March 3, 2017 9:00 AM ET | Updated March 4, 2017 1:00 PM ET"),
              "2017-03-03T09:00:00-05:00");
}
