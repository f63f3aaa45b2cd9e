/* test_verbs.c - CAMEO verb-pattern dictionaries in the PETRARCH format
 * (annals_options.verb_dictionaries), on a small dictionary of our own: verbs the trigger
 * lexicon lacks, coded by the pattern that matches most words in their clause; verbs of the
 * lexicon keeping their own code; and files that are not dictionaries refused, naming the
 * file and the line. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "annals.h"
#include "check.h"
#include "core/doc.h"

/* Made up for the tests: a synonym set (one name with a trailing _, one synonym of two
 * words), a verb block coding nothing by itself with irregular forms, patterns with a noun
 * phrase, a prepositional phrase, an actor marker and a second code, a [---] pattern, and
 * a block for a verb the lexicon has. */
static const char *const test_verbs =
    "# made up for the tests\n"
    "&OFFICIAL_\n"
    "+MINISTER\n"
    "+ENVOY\n"
    "+TRADE_ENVOY\n"
    "\n"
    "---  JEER   [---]  ---\n"
    "JEER\n"
    "HECKLE {HECKLED HECKLES HECKLING}  # irregular forms, listed\n"
    "+BOO_AT {+BOOED_AT +BOOING_AT}     # a verb of two words\n"
    "DOUBLE_+CROSS {DOUBLE_+CROSSED}   # the word before the verb\n"
    "- * &OFFICIAL                              [1122]\n"
    "- * &OFFICIAL (AT {PRESS CONFERENCE})       [141]   # more words win\n"
    "- * BUS (OF &OFFICIAL)                     [---]\n"
    "- $ * ^ (FROM +)                           [:112]\n"
    "- * &OFFICIAL (AT {FOOTBALL MATCH})        [:112]  # the other side's act\n"
    "~ a (a b ATTACK) SAY = a b 015\n"
    "\n"
    "---  SEEK   [---]  ---\n"
    "SEEK {SOUGHT}\n"
    "- * &OFFICIAL                              [1122]\n"
    "\n"
    "---  ATTACK   [---]  ---\n"
    "ATTACK\n"
    "- * EMBASSY [1712]\n";

static char *write_temp(const char *text) {
    static char path[64];
    snprintf(path, sizeof path, "/tmp/annals-test-verbs-XXXXXX");
    int fd = mkstemp(path);
    if (fd < 0) return NULL;
    FILE *f = fdopen(fd, "w");
    if (!f) return NULL;
    fputs(text, f);
    fclose(f);
    return path;
}

static annals_status verbs_engine(const char *path, annals_engine **e) {
    annals_options o;
    annals_options_init(&o);
    const char *verbs[] = {path, NULL};
    o.verb_dictionaries = verbs;
    *e = NULL;
    return annals_open(e, &o);
}

/* The first event of text, its CAMEO code and its parties' countries ("" when none);
 * cameo NULL: no event with a code. */
static void check_verb_event(annals_engine *e, const char *text, const char *cameo,
                             const char *cc1, const char *cc2, int line) {
    annals_doc *doc = NULL;
    if (annals_doc_new(e, &doc) != ANNALS_OK) return;
    annals_doc_set(doc, ANNALS_FIELD_TEXT, text, strlen(text));
    annals_doc_set(doc, ANNALS_FIELD_PUBLISHED, "2015-03-02", 10);
    annals_annotate(e, doc, ANNALS_STAGE_ALL);
    const an_event *ev = NULL;
    for (size_t k = 0; k < doc->events.n && !ev; k++)
        if (doc->events.v[k].cameo) ev = &doc->events.v[k];
    if (!cameo) {
        if (ev) an_check_fail(__FILE__, line, "an event %s in \"%s\"", ev->cameo, text);
    } else if (!ev) {
        an_check_fail(__FILE__, line, "no event in \"%s\"", text);
    } else {
        const char *a = ev->actor1 >= 0 ? doc->actors.v[ev->actor1].country : ev->actor1_cc;
        const char *b = ev->actor2 >= 0 ? doc->actors.v[ev->actor2].country : ev->actor2_cc;
        if (strcmp(ev->cameo, cameo) != 0 || strcmp(a, cc1) != 0 || strcmp(b, cc2) != 0)
            an_check_fail(__FILE__, line, "\"%s\": %s %s -> %s, want %s %s -> %s", text,
                          ev->cameo, a, b, cameo, cc1, cc2);
    }
    annals_doc_free(doc);
}
#define VERB_EVENT(text, cameo, cc1, cc2) check_verb_event(e, text, cameo, cc1, cc2, __LINE__)

TEST(test_verb_dictionary) {
    char *path = write_temp(test_verbs);
    CHECK(path != NULL);
    if (!path) return;
    annals_engine *e = NULL;
    CHECK_INT(verbs_engine(path, &e), ANNALS_OK);
    if (e) {
        /* a verb the lexicon lacks, in a listed form, coded by its pattern */
        VERB_EVENT("Greek students heckled the Turkish minister in Athens on Monday.", "1122",
                   "GR", "TR");
        /* the pattern matching more words wins; a synonym of two words */
        VERB_EVENT("Greek protesters jeered the Turkish envoy at a press conference in Athens.",
                   "141", "GR", "TR");
        VERB_EVENT("Greek protesters jeered the Turkish trade envoy in Athens.", "1122", "GR",
                   "TR");
        /* "[:112]": the code of the target's act on the source */
        VERB_EVENT("Greek fans jeered the Turkish minister at a football match in Athens.", "112",
                   "TR", "GR");
        /* a verb of two words: "booed at", not "booed" alone */
        VERB_EVENT("Greek fans booed at the Turkish minister in Athens on Monday.", "1122", "GR",
                   "TR");
        VERB_EVENT("Greek fans booed the Turkish minister in Athens on Monday.", NULL, "", "");
        VERB_EVENT("Greek fans double crossed the Turkish minister in Athens.", "1122", "GR", "TR");
        VERB_EVENT("Greek fans crossed the Turkish minister in Athens.", NULL, "", "");
        /* no pattern: the block's [---] codes nothing; a [---] pattern neither */
        VERB_EVENT("Greek protesters jeered the Turkish team in Athens on Monday.", NULL, "", "");
        VERB_EVENT("Greek students jeered the bus of the Turkish minister in Athens.", NULL, "",
                   "");
        /* read as a noun, it is no verb */
        VERB_EVENT("The jeer of the Turkish minister angered Greece.", NULL, "", "");
        /* what the lexicon says is no event stays none ("seek to") */
        VERB_EVENT("Greek students will seek to photograph the Turkish minister in Athens.", NULL,
                   "", "");
        /* the lexicon's own verb keeps its code ("attack" is 190 there, not 1712) */
        VERB_EVENT("Turkish troops attacked the Greek embassy in Nicosia on Monday.", "190", "TR",
                   "GR");
        annals_close(e);
    }
    /* without it, the verbs it adds are no events */
    CHECK(annals_open(&e, NULL) == ANNALS_OK);
    if (e) {
        VERB_EVENT("Greek students heckled the Turkish minister in Athens on Monday.", NULL, "",
                   "");
        annals_close(e);
    }
    remove(path);
    /* a missing file: the reason names it */
    CHECK_INT(verbs_engine(path, &e), ANNALS_EIO);
    const char *why = annals_open_error();
    CHECK(why && strstr(why, path) != NULL);
}

/* A file that is not a verb dictionary is refused, naming the file and the line. */
static void check_broken(const char *text, const char *where, int line) {
    char *path = write_temp(text);
    if (!path) return;
    annals_engine *e = NULL;
    annals_status st = verbs_engine(path, &e);
    const char *why = annals_open_error();
    char want[128];
    snprintf(want, sizeof want, "%s%s", path, where);
    if (st != ANNALS_EFORMAT || !why || !strstr(why, want))
        an_check_fail(__FILE__, line, "status %d, \"%s\", want the format refused at \"%s\"",
                      (int)st, why ? why : "(none)", want);
    annals_close(e);
    remove(path);
}
#define BROKEN(text, where) check_broken(text, where, __LINE__)

TEST(test_verb_dictionary_broken) {
    BROKEN("Some text that is no dictionary.\n", ":1: not a line of a verb dictionary");
    BROKEN("# a comment\n\n- * TALKS [040]\n", ":3: a pattern outside a verb block");
    BROKEN("--- MEET [040] ---\nMEET\n- TALKS [040]\n", ":3: a pattern without '*'");
    BROKEN("--- MEET [040] ---\nMEET\n- * * TALKS [040]\n", ":3: a pattern with two '*'");
    BROKEN("--- MEET [040] ---\nMEET\n- * TALKS\n", ":3: a pattern without its [code]");
    BROKEN("--- MEET [040 ---\n", ":1: a code without its closing ']'");
    BROKEN("--- MEET ---\n", ":1: a verb block without its [code]");
    BROKEN("&GREETINGS\nHELLO\n", ":2: a synonym without its '+'");
    BROKEN("# only comments\n&SET\n+WORD\n", ": no verb block");
}
