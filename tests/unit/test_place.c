/* test_place.c - the gazetteer and the places stage: folding, loading, recognition (multiword
 * names, type words, qualifiers, person and organisation names, ordinary words, demonyms)
 * and resolution (qualifiers, country context, one sense per document, aliases). The
 * sentences are made up for these tests. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "annals.h"
#include "api/engine.h"
#include "check.h"
#include "place/gazetteer.h"
#include "place/place.h"

/* ---- helpers ---------------------------------------------------------------------- */

static int have_gazetteer(void) {
    annals_engine *e = an_test_engine();
    if (!e->place.have_gaz) an_check_fail(__FILE__, __LINE__, "no gazetteer: %s", e->place.error);
    return e->place.have_gaz;
}

static annals_doc *annotate(const char *text, unsigned stages) {
    annals_doc *doc = NULL;
    if (annals_doc_new(an_test_engine(), &doc) != ANNALS_OK) return NULL;
    annals_doc_set(doc, ANNALS_FIELD_TEXT, text, strlen(text));
    annals_annotate(an_test_engine(), doc, stages);
    return doc;
}

/* The place whose text (ASCII test sentences: code points are bytes) is `surface`, the
 * n-th such (from 0); 0 when there is none. */
static int find_place(annals_doc *doc, const char *surface, int nth, annals_place *out) {
    const char *text = annals_doc_get(doc, ANNALS_FIELD_TEXT);
    size_t len = strlen(surface);
    for (size_t i = 0; i < annals_doc_count(doc, ANNALS_LIST_PLACES); i++) {
        annals_doc_place(doc, i, out);
        if (out->span.end - out->span.start >= len &&
            memcmp(text + out->span.start, surface, len) == 0 && nth-- == 0)
            return 1;
    }
    return 0;
}

static void check_place(const char *text, const char *surface, const char *country,
                        const char *admin1, int line) {
    annals_doc *doc = annotate(text, ANNALS_STAGE_ALL);
    annals_place p;
    if (!find_place(doc, surface, 0, &p))
        an_check_fail(__FILE__, line, "no place \"%s\" in \"%s\"", surface, text);
    else if (strcmp(p.country, country) != 0 || (admin1 && (!p.admin1 || strcmp(p.admin1, admin1))))
        an_check_fail(__FILE__, line, "\"%s\" -> %s (%s, %s), want %s %s", surface, p.name,
                      p.country, p.admin1 ? p.admin1 : "-", country, admin1 ? admin1 : "");
    annals_doc_free(doc);
}

static void check_no_place(const char *text, const char *surface, int line) {
    annals_doc *doc = annotate(text, ANNALS_STAGE_ALL);
    annals_place p;
    if (find_place(doc, surface, 0, &p))
        an_check_fail(__FILE__, line, "\"%s\" is a place (%s, %s) in \"%s\"", surface, p.name,
                      p.country, text);
    annals_doc_free(doc);
}

#define PLACE(text, surface, cc, a1) check_place(text, surface, cc, a1, __LINE__)
#define NO_PLACE(text, surface) check_no_place(text, surface, __LINE__)

static void check_fold(const char *in, const char *want, int line) {
    char out[128];
    size_t n = an_gaz_fold(in, strlen(in), out, sizeof out);
    if (n != strlen(want) || memcmp(out, want, n) != 0)
        an_check_fail(__FILE__, line, "fold(\"%s\") == \"%s\", want \"%s\"", in, out, want);
}

/* ---- the gazetteer ------------------------------------------------------------------ */

TEST(test_place_fold) {
    check_fold("Deir ez-Zor", "deir ez zor", __LINE__);
    check_fold("Sana'a", "sanaa", __LINE__);
    check_fold("São Paulo", "sao paulo", __LINE__);
    check_fold("Łódź", "lodz", __LINE__);
    check_fold("Ḩimş", "hims", __LINE__);
    check_fold("St. Louis", "st louis", __LINE__);
    check_fold("  N.Y.  ", "n y", __LINE__);
    check_fold("Köln–Bonn", "koln bonn", __LINE__);
    check_fold("Ma’arat al-Nu’man", "maarat al numan", __LINE__);
    /* every ASCII mark: dropped (' `), a space (- . , / ( ) " controls), or kept */
    check_fold("A'B`C-D.E,F/G(H)I\"J\tK\x01L", "abc d e f g h i j k l", __LINE__);
    check_fold("x!#$%&*+:;<=>?@[\\]^_{|}~0Z", "x!#$%&*+:;<=>?@[\\]^_{|}~0z", __LINE__);
}

TEST(test_place_gazetteer_loads_fast) {
    if (!have_gazetteer()) return;
    an_gazetteer g;
    char err[256];
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    int rc = an_gaz_open(&g, an_place_default_path(), err, sizeof err);
    clock_gettime(CLOCK_MONOTONIC, &t1);
    CHECK_INT(rc, 0);
    double ms = (double)(t1.tv_sec - t0.tv_sec) * 1e3 + (double)(t1.tv_nsec - t0.tv_nsec) / 1e6;
    if (ms >= 10) an_check_fail(__FILE__, __LINE__, "gazetteer load took %.2f ms", ms);
    CHECK(g.n_entries > 200000);
    const an_gaz_slot *s = an_gaz_find(&g, "tadmur", 6);
    CHECK(s != NULL && AN_GAZ_COUNT(s) > 0);
    if (s) CHECK_INT(an_gaz_entry_at(&g, AN_GAZ_POST_ENTRY(g.post[s->post]))->geonameid, 163808);
    CHECK(an_gaz_find(&g, "no such place anywhere", 22) == NULL);
    an_gaz_close(&g);
}

TEST(test_place_bad_gazetteer_file) {
    an_gazetteer g;
    char err[256];
    CHECK_INT(an_gaz_open(&g, "/nonexistent/annals/gazetteer.bin", err, sizeof err), -1);
    CHECK(strstr(err, "gazetteer") != NULL);
    char path[] = "/tmp/annals-test-gaz-XXXXXX";
    int fd = mkstemp(path);
    if (fd < 0) return;
    char junk[128] = "ANGAZ02";
    memset(junk + 8, 0xff, sizeof junk - 8); /* sections beyond the end of the file */
    CHECK(write(fd, junk, sizeof junk) == (ssize_t)sizeof junk);
    close(fd);
    CHECK_INT(an_gaz_open(&g, path, err, sizeof err), -1);
    unlink(path);
}

TEST(test_place_without_gazetteer) {
    annals_options o;
    annals_options_init(&o);
    o.gazetteer = "/nonexistent/annals/gazetteer.bin";
    annals_engine *e = NULL;
    CHECK_INT(annals_open(&e, &o), ANNALS_OK);
    if (!e) return;
    annals_doc *doc = NULL;
    annals_doc_new(e, &doc);
    const char *text = "Fighting went on in Aleppo.";
    annals_doc_set(doc, ANNALS_FIELD_TEXT, text, strlen(text));
    CHECK_INT(annals_annotate(e, doc, ANNALS_STAGE_SEGMENT | ANNALS_STAGE_PLACE), ANNALS_EUNSUPPORTED);
    CHECK_INT(annals_annotate(e, doc, ANNALS_STAGE_ALL), ANNALS_OK);
    CHECK_INT(annals_doc_count(doc, ANNALS_LIST_PLACES), 0);
    CHECK(annals_doc_count(doc, ANNALS_LIST_TOKENS) > 0);
    annals_doc_free(doc);
    annals_close(e);
}

/* ---- recognition -------------------------------------------------------------------- */

TEST(test_place_multiword_and_aliases) {
    if (!have_gazetteer()) return;
    PLACE("Shelling hit Deir ez-Zor and Deir al-Zour again.", "Deir ez-Zor", "SY", NULL);
    PLACE("Shelling hit Deir ez-Zor and Deir al-Zour again.", "Deir al-Zour", "SY", NULL);
    PLACE("The delegation flew from Kiev to Bombay.", "Kiev", "UA", NULL);
    PLACE("The delegation flew from Kiev to Bombay.", "Bombay", "IN", NULL);
    PLACE("Traffic in New York City stopped.", "New York City", "US", "New York");
    PLACE("Convoys left Raqqa at dawn.", "Raqqa", "SY", NULL);
    PLACE("The team flew from Ft. Worth to St. Paul.", "Ft. Worth", "US", "Texas");
    PLACE("The team flew home to St. Paul.", "St. Paul", "US", "Minnesota");
}

TEST(test_place_type_words) {
    if (!have_gazetteer()) return;
    annals_doc *doc = annotate("Clashes continued in Idlib province overnight.", ANNALS_STAGE_ALL);
    annals_place p;
    CHECK(find_place(doc, "Idlib province", 0, &p));
    if (find_place(doc, "Idlib", 0, &p)) CHECK_INT(p.kind, ANNALS_PLACE_ADMIN1);
    annals_doc_free(doc);
    doc = annotate("Food ran short in the city of Homs.", ANNALS_STAGE_ALL);
    if (find_place(doc, "Homs", 0, &p)) {
        CHECK_INT(p.kind, ANNALS_PLACE_CITY);
        CHECK_STR(p.country, "SY");
    } else {
        CHECK(!"Homs not found");
    }
    annals_doc_free(doc);
}

TEST(test_place_not_person_names) {
    if (!have_gazetteer()) return;
    NO_PLACE("Georgia Smith thanked the volunteers.", "Georgia");
    NO_PLACE("The striker Jordan Henderson scored twice.", "Jordan");
    NO_PLACE("The striker Jordan Henderson scored twice.", "Henderson");
    NO_PLACE("Gov. Austin Reed signed the bill.", "Austin");
    PLACE("Georgia Smith moved to Paris last year.", "Paris", "FR", NULL);
}

TEST(test_place_not_organisations) {
    if (!have_gazetteer()) return;
    NO_PLACE("A columnist for the Washington Post disagreed.", "Washington");
    NO_PLACE("They watched Real Madrid lose at home.", "Madrid");
    NO_PLACE("The crash closed Dublin Road for hours.", "Dublin");
    /* "Co." after a county's name is the county; after any other name a company */
    annals_doc *doc = annotate("A Loudon Co. man died in a wreck.", ANNALS_STAGE_ALL);
    annals_place p;
    if (find_place(doc, "Loudon Co.", 0, &p)) CHECK_INT(p.kind, ANNALS_PLACE_ADMIN2);
    else CHECK(!"no Loudon Co.");
    annals_doc_free(doc);
    PLACE("The Ohio Supreme Court heard the appeal.", "Ohio", "US", NULL);
}

TEST(test_place_not_ordinary_words) {
    if (!have_gazetteer()) return;
    NO_PLACE("Reading the report took an hour.", "Reading");
    NO_PLACE("Nice weather drew crowds to the beach.", "Nice");
    NO_PLACE("The theatre is nice and the bath is hot.", "nice");
    PLACE("She studied in Reading for two years.", "Reading", "GB", NULL);
    PLACE("The ferry docked at Mobile, Ala., late on Tuesday.", "Mobile", "US", "Alabama");
}

TEST(test_place_participle_opening_a_sentence) {
    if (!have_gazetteer()) return;
    NO_PLACE("Posing as aid workers, the men entered the camp.", "Posing");
    NO_PLACE("Barking at strangers, the dog ran into the road.", "Barking");
    NO_PLACE("Posing questions, the panel kept the minister talking.", "Posing");
    PLACE("Kettering on Tuesday approved a new budget.", "Kettering", "GB", NULL);
    PLACE("Wyoming for years has relied on coal.", "Wyoming", "US", NULL);
    PLACE("Police said the men were seen in Barking on Friday.", "Barking", "GB", NULL);
}

TEST(test_place_more_ordinary_words) {
    if (!have_gazetteer()) return;
    NO_PLACE("None of the planned repairs were made this year.", "None");
    NO_PLACE("The case went to Superior Court on Monday.", "Superior");
    PLACE("The ore ship docked in Superior, Wis., on Monday.", "Superior", "US", "Wisconsin");
    /* a car's make is no town without support */
    NO_PLACE("He was driving a 1992 Toyota Corolla when the crash happened.", "Toyota");
    /* nor is a surname after a given name of the lexicon */
    NO_PLACE("The settler wrote a letter to Abraham Lincoln in 1848 about the farm.", "Lincoln");
}

TEST(test_place_demonyms_are_not_places) {
    if (!have_gazetteer()) return;
    NO_PLACE("Syrian troops and Russian aircraft moved north.", "Syrian");
    NO_PLACE("Syrian troops and Russian aircraft moved north.", "Russian");
    NO_PLACE("The Americans left early.", "Americans");
}

/* The demonym whose text starts with `surface`, the n-th such (from 0); 0 when none. */
static int find_demonym(annals_doc *doc, const char *surface, int nth, annals_demonym *out) {
    const char *text = annals_doc_get(doc, ANNALS_FIELD_TEXT);
    size_t len = strlen(surface);
    for (size_t i = 0; i < annals_doc_count(doc, ANNALS_LIST_DEMONYMS); i++) {
        annals_doc_demonym(doc, i, out);
        if (out->span.end - out->span.start == len &&
            memcmp(text + out->span.start, surface, len) == 0 && nth-- == 0)
            return 1;
    }
    return 0;
}

/* A demonym names this place (`name`, in country `cc`), and is no place itself. */
static void check_demonym(const char *text, const char *surface, const char *name,
                          const char *cc, int line) {
    annals_doc *doc = annotate(text, ANNALS_STAGE_ALL);
    annals_demonym d;
    annals_place p;
    if (!find_demonym(doc, surface, 0, &d))
        an_check_fail(__FILE__, line, "no demonym \"%s\" in \"%s\"", surface, text);
    else if (strcmp(d.name, name) != 0 || strcmp(d.country, cc) != 0)
        an_check_fail(__FILE__, line, "\"%s\" -> %s (%s), want %s (%s)", surface, d.name,
                      d.country, name, cc);
    if (find_place(doc, surface, 0, &p) && p.span.start == d.span.start)
        an_check_fail(__FILE__, line, "\"%s\" is also a place", surface);
    annals_doc_free(doc);
}

#define DEMONYM(text, surface, name, cc) check_demonym(text, surface, name, cc, __LINE__)

TEST(test_place_demonyms_name_their_country) {
    if (!have_gazetteer()) return;
    DEMONYM("Palestinian officials met Israeli envoys in Cairo.", "Palestinian", "Palestine", "PS");
    DEMONYM("Palestinian officials met Israeli envoys in Cairo.", "Israeli", "Israel", "IL");
    DEMONYM("Two Israelis and three Iraqis were hurt.", "Israelis", "Israel", "IL");
    DEMONYM("Two Israelis and three Iraqis were hurt.", "Iraqis", "Iraq", "IQ");
    DEMONYM("The Czechs hold the presidency.", "Czechs", "Czechia", "CZ");
    DEMONYM("Russian troops crossed the border at dawn.", "Russian", "Russia", "RU");
    /* "Georgian-controlled": the part before the hyphen */
    DEMONYM("Shells fell on Georgian-controlled villages.", "Georgian", "Georgia", "GE");
    /* after a prefix: "pro-Russian", "inter-Palestinian" */
    DEMONYM("He backed inter-Palestinian talks.", "Palestinian", "Palestine", "PS");
    DEMONYM("Pro-Russian rebels held the town.", "Russian", "Russia", "RU");
}

TEST(test_place_demonyms_of_regions_and_states) {
    if (!have_gazetteer()) return;
    /* "The South Ossetian ..." is not "the South" (of the US) and Ossetian */
    DEMONYM("The South Ossetian side said the shelling went on.", "South Ossetian",
            "South Ossetia", "GE");
    NO_PLACE("The South Ossetian side said the shelling went on.", "The South");
    DEMONYM("Abkhaz officials closed the crossing.", "Abkhaz", "Abkhazia", "GE");
    DEMONYM("Thousands of Ohioans lost power on Monday.", "Ohioans", "Ohio", "US");
    DEMONYM("The Ontarians who use the service praised it.", "Ontarians", "Ontario", "CA");
    DEMONYM("Most European leaders agreed.", "European", "Europe", "");
    DEMONYM("Kurdish fighters held the ridge.", "Kurdish", "Kurdistan", "");
    DEMONYM("Kazakh and Uzbek envoys met.", "Uzbek", "Uzbekistan", "UZ");
    /* a state of the past: its demonym, and its name read whole */
    DEMONYM("Soviet tanks rolled into the square.", "Soviet", "Soviet Union", "");
    PLACE("The Soviet Union sent advisers.", "Soviet Union", "", NULL);
}

TEST(test_place_demonym_one_sense_per_document) {
    if (!have_gazetteer()) return;
    /* the country by default, the US state when the document is about it */
    DEMONYM("A Georgian delegation arrived in Tbilisi.", "Georgian", "Georgia", "GE");
    DEMONYM("Atlanta, Georgia: the Georgian delegation to Congress met Monday.", "Georgian",
            "Georgia", "US");
    /* a town's demonym is the document's town of that name */
    DEMONYM("The mayor of London, Ontario, thanked every Londoner who helped.", "Londoner",
            "London", "CA");
    DEMONYM("Every Londoner knows the Tube.", "Londoner", "London", "GB");
}

/* ---- resolution --------------------------------------------------------------------- */

TEST(test_place_palmyra_in_syria) {
    if (!have_gazetteer()) return;
    annals_doc *doc = annotate("Government troops retook Palmyra from the militants, "
                               "the army said in Damascus, Syria.", ANNALS_STAGE_ALL);
    annals_place p;
    CHECK(find_place(doc, "Palmyra", 0, &p));
    CHECK_INT(p.geonameid, 163808);
    CHECK_STR(p.name, "Palmyra");
    CHECK_STR(p.country, "SY");
    annals_doc_free(doc);
}

TEST(test_place_palmyra_new_york) {
    if (!have_gazetteer()) return;
    annals_doc *doc = annotate("A barn burned in Palmyra, N.Y., on Monday. Firefighters from "
                               "nearby towns helped, and Palmyra residents brought water.",
                               ANNALS_STAGE_ALL);
    annals_place p;
    CHECK(find_place(doc, "Palmyra", 0, &p));
    CHECK_STR(p.country, "US");
    CHECK_STR(p.admin1, "New York");
    /* one sense per document: the second Palmyra is the same town */
    CHECK(find_place(doc, "Palmyra", 1, &p));
    CHECK_STR(p.country, "US");
    CHECK(find_place(doc, "N.Y.", 0, &p));
    CHECK_INT(p.kind, ANNALS_PLACE_ADMIN1);
    annals_doc_free(doc);
}

TEST(test_place_qualifier_picks_country) {
    if (!have_gazetteer()) return;
    PLACE("Protesters gathered in Tripoli, Lebanon, after the vote.", "Tripoli", "LB", NULL);
    PLACE("Rockets fell on Tripoli overnight, Libyan officials said.", "Tripoli", "LY", NULL);
    PLACE("Snow closed schools in Paris, Texas, and nearby towns.", "Paris", "US", "Texas");
}

TEST(test_place_document_context) {
    if (!have_gazetteer()) return;
    /* a US state among US cities, a country among its neighbours */
    annals_doc *doc = annotate("Storms moved from Atlanta toward Savannah, and much of Georgia "
                               "lost power.", ANNALS_STAGE_ALL);
    annals_place p;
    CHECK(find_place(doc, "Georgia", 0, &p));
    CHECK_STR(p.country, "US");
    CHECK_INT(p.kind, ANNALS_PLACE_ADMIN1);
    annals_doc_free(doc);
    doc = annotate("Talks between Armenia, Azerbaijan and Georgia resumed in Tbilisi.",
                   ANNALS_STAGE_ALL);
    CHECK(find_place(doc, "Georgia", 0, &p));
    CHECK_STR(p.country, "GE");
    annals_doc_free(doc);
}

TEST(test_place_country_over_towns) {
    if (!have_gazetteer()) return;
    PLACE("Exports from Mexico rose while Canada's fell.", "Mexico", "MX", NULL);
    PLACE("Exports from Mexico rose while Canada's fell.", "Canada", "CA", NULL);
    annals_doc *doc = annotate("Exports from Mexico rose.", ANNALS_STAGE_ALL);
    annals_place p;
    if (find_place(doc, "Mexico", 0, &p)) CHECK_INT(p.kind, ANNALS_PLACE_COUNTRY);
    annals_doc_free(doc);
}

TEST(test_place_named_state_over_co_mentioned_town) {
    if (!have_gazetteer()) return;
    /* a state the article names outweighs the state of a stray town ("Linda", California) */
    PLACE("Dublin schools reopened on Monday. Linda Webb said the district serves families "
          "across Ohio.", "Dublin", "US", "Ohio");
}

TEST(test_place_state_named_most) {
    if (!have_gazetteer()) return;
    /* two states named: the county is in the one the article keeps naming */
    PLACE("Unemployment in Boone County rose to 7.7 percent in February. The rate in Indiana "
          "rose too, and Indiana officials expect more layoffs, while Kentucky reported a "
          "smaller rise.", "Boone County", "US", "Indiana");
}

TEST(test_place_town_and_its_county) {
    if (!have_gazetteer()) return;
    /* a town named like a country, with the county it lies in */
    PLACE("Terry Jolly, 60, Lebanon, was arrested Thursday. Jolly had no prior arrest record in "
          "Boone County.", "Lebanon", "US", "Indiana");
    PLACE("Terry Jolly, 60, Lebanon, was arrested Thursday. Jolly had no prior arrest record in "
          "Boone County.", "Boone County", "US", "Indiana");
}

TEST(test_place_states_among_states) {
    if (!have_gazetteer()) return;
    /* California is the state, not the town in Pennsylvania; Georgia among US states is one */
    annals_doc *doc = annotate("Beekeepers in Pennsylvania, Oklahoma, Wisconsin and California "
                               "lost hives.", ANNALS_STAGE_ALL);
    annals_place p;
    CHECK(find_place(doc, "California", 0, &p));
    CHECK_INT(p.kind, ANNALS_PLACE_ADMIN1);
    annals_doc_free(doc);
    doc = annotate("Beekeepers in Pennsylvania, Oklahoma, Wisconsin and Georgia lost hives.",
                   ANNALS_STAGE_ALL);
    CHECK(find_place(doc, "Georgia", 0, &p));
    CHECK_STR(p.country, "US");
    CHECK_INT(p.kind, ANNALS_PLACE_ADMIN1);
    annals_doc_free(doc);
    /* but a country's own name stays the country among its states */
    doc = annotate("Drought hit farms in Jalisco, Sonora and Chihuahua this year, and Mexico asked "
                   "its neighbours for aid.", ANNALS_STAGE_ALL);
    CHECK(find_place(doc, "Mexico", 0, &p));
    CHECK_INT(p.kind, ANNALS_PLACE_COUNTRY);
    annals_doc_free(doc);
}

TEST(test_place_city_word_same_sense) {
    if (!have_gazetteer()) return;
    /* "London city" is the London the rest of the article means */
    PLACE("The London city council met on Tuesday. London, Ontario, is growing.", "London city",
          "CA", "Ontario");
    PLACE("Flights from Mexico City were delayed.", "Mexico City", "MX", NULL);
}

TEST(test_place_small_towns_close_together) {
    if (!have_gazetteer()) return;
    /* three small towns of one county, each name shared with bigger towns elsewhere */
    PLACE("Students from New London, Winfield and Mount Pleasant met on Friday.", "New London",
          "US", "Iowa");
    PLACE("Students from New London, Winfield and Mount Pleasant met on Friday.", "Winfield", "US",
          "Iowa");
}

TEST(test_place_town_before_a_body) {
    if (!have_gazetteer()) return;
    /* a small town's own name before an unknown capitalised word stays a place */
    PLACE("A spokesman for the Byesville Volunteer Fire Department said the fire was out.",
          "Byesville", "US", "Ohio");
}

TEST(test_place_given_names_and_surnames) {
    if (!have_gazetteer()) return;
    /* a given name before a surname makes a person of both, and the surname stays one */
    const char *text = "Our reporter Linda Webb wrote about the fair this week, and Christina "
                       "Boren took the photos. The photos by Boren were fine.";
    NO_PLACE(text, "Linda");
    NO_PLACE(text, "Webb");
    NO_PLACE(text, "Boren");
    /* a given name that is a state, before a body's name of several words, is the state */
    PLACE("Roberts works for Georgia Modular Systems, a maker of homes near Atlanta.", "Georgia",
          "US", NULL);
    NO_PLACE("Our reporter Georgia Smith wrote it.", "Georgia");
}

TEST(test_place_town_named_surname_stays_a_person) {
    if (!have_gazetteer()) return;
    /* a town's own name after a given name is the person's surname all through ... */
    const char *text = "The captain Jordan Henderson scored for the home team in the second half. "
                       "Henderson was injured later in the game and left the field.";
    NO_PLACE(text, "Henderson");
    /* ... unless the story marks it a place: a preposition, a type word, a qualifier */
    PLACE("The captain Jordan Henderson scored for the home team in the second half. He grew up "
          "in Henderson and still lives there with his family.", "Henderson", "US", NULL);
    PLACE("The singer Jordan Henderson will play a show next week. The city of Henderson has "
          "sold all the tickets.", "Henderson", "US", NULL);
    PLACE("The coach Jordan Henderson spoke to the press after the match. Henderson, Ky., police "
          "said the roads were closed.", "Henderson", "US", "Kentucky");
    /* a given name that is no town's ("Darren") does the same */
    NO_PLACE("The coach Darren Henderson spoke to the team after practice. The players gave "
             "Henderson a trophy.", "Henderson");
    /* so is one after a title and a given name; right after the title it is a nickname */
    NO_PLACE("Police Officer Shawn Henderson saw three men near the store. The men told "
             "Henderson they had no licence.", "Henderson");
    /* or after a middle initial, or with an age after it */
    NO_PLACE("The award went to Karen J. Henderson of the county library. The staff thanked "
             "Henderson for her work.", "Henderson");
    NO_PLACE("The driver, Henderson, 26, was taken to a hospital. The officers found Henderson "
             "had no licence.", "Henderson");
    /* a state's name after a given name is not taken for a surname */
    PLACE("The actor Jordan Washington read a poem at the school. Officials said Washington will "
          "pay for the new roof.", "Washington", "US", NULL);
    PLACE("Students at George Washington University met the dean on the first day. Officials in "
          "Washington said the plan was sound.", "Washington", "US", NULL);
    /* a given name is no surname: the town it names stays one where the story uses it so */
    PLACE("The heiress Paris Hilton arrived at the hotel with her friends in the evening. She had "
          "flown in from Paris that morning.", "Paris", "FR", NULL);
}

TEST(test_place_more_person_names) {
    if (!have_gazetteer()) return;
    /* a middle initial before the name, a small town's name after a given name */
    NO_PLACE("The award went to Karen J. Ripley of the county library.", "Ripley");
    NO_PLACE("The photos were taken by Lonnie Dyer last spring.", "Dyer");
    /* a small town's name as a given name, then a surname and no more capitals */
    NO_PLACE("Coach Tim Callahan said the team was ready.", "Tim");
    /* a direction before an initial-like abbreviation is no initial */
    PLACE("Two men were held after a robbery in W. Columbia, S.C., on Friday.", "Columbia", "US",
          "South Carolina");
}

TEST(test_place_other_names_need_support) {
    if (!have_gazetteer()) return;
    /* a word that is only some town's other name needs a preposition, a list or a hyphen */
    NO_PLACE("Families shared recipes before Passover this year.", "Passover");
    NO_PLACE("The new plan pleased Clarke officials.", "Clarke");
    PLACE("The grant helps Madison and Oconee this year.", "Oconee", "US", NULL);
    PLACE("Deputies came from Athens-Clarke on Friday.", "Clarke", "US", "Georgia");
    /* in a headline, a name after a capitalised word is a surname */
    NO_PLACE("Board Praises Howell For Long Service", "Howell");
}

TEST(test_place_states_listed) {
    if (!have_gazetteer()) return;
    /* states in a list do not qualify each other, and a state's name there is the state */
    PLACE("Cases were found in Washington, Pennsylvania and California.", "Washington", "US", NULL);
    PLACE("Cases were found in Washington, Pennsylvania and California.", "California", "US", NULL);
    annals_doc *doc = annotate("The concerts will be held in New Jersey and New York this winter.",
                               ANNALS_STAGE_ALL);
    annals_place p;
    if (find_place(doc, "New York", 0, &p)) CHECK_INT(p.kind, ANNALS_PLACE_ADMIN1);
    else CHECK(!"no New York");
    annals_doc_free(doc);
    /* ... but two capitals are the cities */
    PLACE("Talks between Washington and Moscow went on.", "Washington", "US", "District of Columbia");
}

TEST(test_place_name_runs_on_past_the) {
    if (!have_gazetteer()) return;
    PLACE("Dow said the South Charleston power plant was safe.", "South Charleston", "US",
          "West Virginia");
    PLACE("It rained hard across the South on Monday.", "the South", "US", NULL);
}

TEST(test_place_short_state_abbreviations) {
    if (!have_gazetteer()) return;
    /* a short dotted abbreviation stands alone after a comma or a preposition */
    PLACE("A man held in Ky. jail died on Monday.", "Ky.", "US", NULL);
    PLACE("Lee Ames, 22, of Sulpher, La., was stopped at a light.", "La.", "US", NULL);
    NO_PLACE("Shares of Smith & Co. rose again.", "Co.");
    NO_PLACE("When a friend lost her job, Ms. Underwood took her in.", "Ms.");
    NO_PLACE("The Rev. Roy Jones spoke first.", "Rev.");
    /* with its dot, a state's abbreviation is the state, not a town spelt alike */
    PLACE("A Fla. economist doubts the casino job figures.", "Fla.", "US", NULL);
}

TEST(test_place_county_bodies) {
    if (!have_gazetteer()) return;
    /* a county's court or road lies in the county; a town's street is not the town */
    PLACE("The case went to Allegheny County Court last week.", "Allegheny County", "US",
          "Pennsylvania");
    PLACE("The crash closed Otter Tail County Road 80 for hours.", "Otter Tail County", "US",
          "Minnesota");
    NO_PLACE("The crash closed Dublin Road for hours.", "Dublin");
    /* "Co." after a county's name is the county; after any other name a company */
    annals_doc *doc = annotate("A Loudon Co. man died in a wreck.", ANNALS_STAGE_ALL);
    annals_place p;
    if (find_place(doc, "Loudon Co.", 0, &p)) CHECK_INT(p.kind, ANNALS_PLACE_ADMIN2);
    else CHECK(!"no Loudon Co.");
    annals_doc_free(doc);
    PLACE("The Dallas Court of Appeals ruled on Friday.", "Dallas", "US", "Texas");
}

TEST(test_place_seas_and_type_words_before_of) {
    if (!have_gazetteer()) return;
    PLACE("Oil washed up on the Gulf of Mexico coast after the storm.", "Gulf of Mexico", "", NULL);
    PLACE("The missile fell into the Sea of Japan on Sunday.", "Sea of Japan", "", NULL);
    /* "the Town of X": X is the name */
    PLACE("The Town of Bantam voted on its budget, the first selectman said.", "Bantam", "US",
          "Connecticut");
    PLACE("Officials in the District of Columbia agreed.", "District of Columbia", "US", NULL);
    /* a month after a comma is a date, not a qualifier */
    NO_PLACE("LONDON, March 3 (Reuters) - Prices rose.", "March");
}

TEST(test_place_dateline_is_a_town) {
    if (!have_gazetteer()) return;
    /* an all-caps name before a dash opening the text is a dateline: a town, even among
     * states */
    PLACE("WASHINGTON \xe2\x80\x94 Lawmakers from Oregon, Ohio and Texas passed the bill.",
          "WASHINGTON", "US", "District of Columbia");
    PLACE("Lawmakers from Washington, Oregon, Ohio and Texas passed the bill.", "Washington", "US",
          NULL);
}

TEST(test_place_weekday_of_a_dateline) {
    if (!have_gazetteer()) return;
    /* a timestamp's weekday is no Mon State; the region named in full stays */
    NO_PLACE("AMMAN | Mon Aug 15, 2011 7:59 pm EDT AMMAN (Reuters) - Troops moved in.", "Mon");
    NO_PLACE("KABUL | Mon Jun 27, 2011 4:55 pm BST KABUL (Reuters) - Talks began.", "Mon");
    NO_PLACE("KABUL | Fri Jun 24, 2011 4:55 pm BST KABUL (Reuters) - Talks began.", "Jun");
    PLACE("Fighting spread across Mon State in Myanmar on Tuesday.", "Mon State", "MM", NULL);
}

TEST(test_place_quoted_chant) {
    if (!have_gazetteer()) return;
    /* a chant's ordinary words beside a country are no towns (Göd, Hungary; Freedom, Pa.) */
    NO_PLACE("Crowds marched in Homs, chanting \"God, Syria, Freedom\".", "God");
    NO_PLACE("Crowds marched in Homs, chanting \"God, Syria, Freedom\".", "Freedom");
    PLACE("Crowds marched in Homs, chanting \"God, Syria, Freedom\".", "Syria", "SY", NULL);
}

TEST(test_place_name_before_a_hyphen) {
    if (!have_gazetteer()) return;
    PLACE("A panel of the San Jose-based appeals court in California ruled.", "San Jose", "US",
          "California");
    PLACE("The New York-area office will close.", "New York", "US", NULL);
}

TEST(test_place_country_named_town_in_named_state) {
    if (!have_gazetteer()) return;
    /* a town named like a country, in a state the text names, is the town */
    PLACE("The Palestine fire station reopened, Texas officials said.", "Palestine", "US", "Texas");
    PLACE("Israel and Palestine held talks, the Texas senator said.", "Palestine", "PS", NULL);
    /* ... or when a town close to it is named */
    PLACE("Pupils at a school in Jordan won an award, the Shakopee district said.", "Jordan", "US",
          "Minnesota");
    PLACE("A soldier from Cincinnati died in Lebanon, his family said.", "Lebanon", "LB", NULL);
}

TEST(test_place_postal_villages) {
    if (!have_gazetteer()) return;
    /* a village known only from postal codes, with a preposition or in a list */
    PLACE("The new bunkhouse opened in Atalissa last spring.", "Atalissa", "US", "Iowa");
    PLACE("Crews came from Harwinton and Burlington, Connecticut officials said.", "Harwinton",
          "US", "Connecticut");
    /* ... but not on its own before an ordinary noun */
    NO_PLACE("The Harwinton supporters met on Friday.", "Harwinton");
    /* among towns of its state, a New England town known from postal codes outweighs a
     * bigger town of the same name elsewhere */
    PLACE("A fire in Torrington displaced 18 people on Tuesday. Crews from Litchfield and "
          "Harwinton helped, and firefighters were also busy with brush fires in Weston and "
          "Glastonbury.", "Weston", "US", "Connecticut");
    /* a comma then a lower-case word does not make one name ("Columbus City") */
    PLACE("In Columbus, city firefighters agreed to a pay freeze, Ohio officials said.", "Columbus",
          "US", "Ohio");
}

TEST(test_place_speakers) {
    if (!have_gazetteer()) return;
    /* a small town's name said something, or had something said by it: a person */
    NO_PLACE("The cow was found in central California, said Clifford in a statement.", "Clifford");
    /* a capital, a town with a type word, or a name before a title stays a place */
    PLACE("Moscow said the talks would go on.", "Moscow", "RU", NULL);
    PLACE("Officials in the city of Sevierville said the pool was closed.", "Sevierville", "US",
          "Tennessee");
    PLACE("The rain eased, said Laconia police Capt. Dan Ross.", "Laconia", "US", "New Hampshire");
    /* a big city's name in another tongue is no short form of it: the speaker is a person */
    NO_PLACE("\"The vote will go ahead,\" Berri said on Tuesday.", "Berri");
    PLACE("The mayor of Acapulco spoke. Acapulco said the beaches would reopen.", "Acapulco", "MX",
          NULL);
}

TEST(test_place_town_hall_and_council) {
    if (!have_gazetteer()) return;
    /* a town's word that begins its hall's or its body's name is not part of the place */
    PLACE("Protesters gathered outside Boston Town Hall on Friday.", "Boston", "US", NULL);
    NO_PLACE("Protesters gathered outside Boston Town Hall on Friday.", "Boston Town");
    PLACE("The deeds are kept in Hanover Town Hall records, the clerk said.", "Hanover", "DE", NULL);
    NO_PLACE("The Clinton City Council voted on the budget.", "Clinton City");
    /* with no name after it, the town's word is part of the place */
    PLACE("Floods reached Raqqa city on Monday.", "Raqqa city", "SY", NULL);
}

TEST(test_place_directions_listed_as_areas) {
    if (!have_gazetteer()) return;
    /* a direction in a list of provinces is the province of that name */
    PLACE("Clashes spread to the Northern and Eastern provinces of Sri Lanka.", "Eastern", "LK",
          NULL);
    PLACE("Aid reached the provinces of Nyanza, North Eastern and Western, Kenyan officials said.",
          "Western", "KE", NULL);
    /* alone, or before another name, a direction is no place */
    NO_PLACE("Western envoys met in Geneva on Monday.", "Western");
    NO_PLACE("Rebels still hold the Eastern provinces.", "Eastern");
    NO_PLACE("He spoke for residents of the Central North Side of the city.", "Side");
}

TEST(test_place_county_before_its_police) {
    if (!have_gazetteer()) return;
    /* a county's bare name before its own police, in lower case, is the county */
    PLACE("Miami-Dade police arrested two men after the chase.", "Miami-Dade", "US", "Florida");
    PLACE("Officers said DuPage deputies found the car.", "DuPage", "US", "Illinois");
    /* an ordinary word before "police" still needs support */
    NO_PLACE("Mobile police units arrived within minutes.", "Mobile");
}

TEST(test_place_news_spellings_of_areas_and_towns) {
    if (!have_gazetteer()) return;
    /* admin1 areas and towns as the news spells them, not as GeoNames does */
    PLACE("Drought hit farmers across Oromia this spring.", "Oromia", "ET", NULL);
    PLACE("Troops pushed into Salahuddin province at dawn.", "Salahuddin province", "IQ", NULL);
    PLACE("Tribal leaders in Shabwa rejected the deal.", "Shabwa", "YE", NULL);
    PLACE("Students marched through Sulaymaniyah on Sunday.", "Sulaymaniyah", "IQ", NULL);
    PLACE("The convoy left Ras al-Ain for the border.", "Ras al-Ain", "SY", NULL);
    /* the news's names for states: Iran's, the Vatican's; another state's long official
     * name is read whole */
    PLACE("Sanctions hurt the Islamic Republic's oil exports.", "Islamic Republic", "IR", NULL);
    PLACE("The Islamic Republic of Mauritania held a vote.", "Islamic Republic of Mauritania",
          "MR", NULL);
    PLACE("An envoy of the Holy See arrived on Tuesday.", "Holy See", "VA", NULL);
}

TEST(test_place_body_of_its_field) {
    if (!have_gazetteer()) return;
    /* a named body's "of" names its field, which gives a town's other name no support */
    NO_PLACE("Jobs grew by 2 percent, the state Department of Labor reported Friday.", "Labor");
    NO_PLACE("A grant came from the Department of Homeland Security last year.", "Homeland");
    /* a country, a state or a big city after it stays, and so does a county after an
     * office in lower case */
    PLACE("Juan Ortiz, the Health Minister of Peru, closed the schools.", "Peru", "PE", NULL);
    PLACE("She ran for the office of Fulton County clerk in Georgia.", "Fulton County", "US",
          "Georgia");
}

TEST(test_place_town_shown_by_its_own_name) {
    if (!have_gazetteer()) return;
    /* an English name that adds an area's type word names the area round the town */
    annals_doc *doc = annotate("Billings police arrested two men on Friday.", ANNALS_STAGE_ALL);
    annals_place p;
    if (find_place(doc, "Billings", 0, &p)) CHECK_STR(p.name, "Billings");
    else CHECK(!"no Billings");
    annals_doc_free(doc);
}

TEST(test_place_big_city_other_names) {
    if (!have_gazetteer()) return;
    /* a big city known by a shorter name than its own opens a sentence, or speaks */
    PLACE("Acapulco, a resort of many hotels, is in Guerrero.", "Acapulco", "MX", "Guerrero");
    PLACE("Police in Acapulco said two men were held.", "Acapulco", "MX", "Guerrero");
    /* a short sentence with two names is no headline */
    PLACE("They flew to Acapulco on Monday.", "Acapulco", "MX", NULL);
    NO_PLACE("Part of the road was closed.", "Part");
}

TEST(test_place_former_admin_areas) {
    if (!have_gazetteer()) return;
    /* areas since merged or abolished are still places in older news */
    PLACE("Farms in Vestfold and Telemark had to keep their hens indoors.", "Telemark", "NO", NULL);
    PLACE("Cholera cases rose in Nyanza Province, Kenyan officials said.", "Nyanza Province", "KE",
          NULL);
    /* an island known by the province's name is no village spelt alike */
    PLACE("The ferry to Newfoundland was cancelled by the storm.", "Newfoundland", "CA", NULL);
}

TEST(test_place_one_sense_per_qualifier) {
    if (!have_gazetteer()) return;
    /* one name qualified two ways is two places; a bare mention follows the first */
    const char *text = "Fans in Perth, Western Australia, and Perth, Scotland, both celebrated. "
                       "Perth was busy.";
    annals_doc *doc = annotate(text, ANNALS_STAGE_ALL);
    annals_place p;
    if (find_place(doc, "Perth", 0, &p)) CHECK_STR(p.country, "AU");
    if (find_place(doc, "Perth", 1, &p)) CHECK_STR(p.country, "GB");
    else CHECK(!"no second Perth");
    if (find_place(doc, "Perth", 2, &p)) CHECK_STR(p.country, "AU");
    else CHECK(!"no third Perth");
    annals_doc_free(doc);
}

TEST(test_place_possessive_holder) {
    if (!have_gazetteer()) return;
    /* "Canada's London": the country before the possessive holds the place after it */
    PLACE("Canada's London hosted the fair this week.", "London", "CA", "Ontario");
    PLACE("London hosted the fair this week.", "London", "GB", NULL);
}

TEST(test_place_words_in_capitals) {
    if (!have_gazetteer()) return;
    /* a tabloid's opening word in capitals is no town; a dateline in capitals is */
    const char *text = "A LANDMARK aqueduct in Lancaster was closed. It is the finest aqueduct in "
                       "North West England.";
    NO_PLACE(text, "LANDMARK");
    PLACE(text, "North West England", "GB", NULL);
    PLACE("HARWINTON \xe2\x80\x94 The selectmen met on Monday.", "HARWINTON", "US", "Connecticut");
}

TEST(test_place_support_for_villages) {
    if (!have_gazetteer()) return;
    /* "in the X area", "such as X", "a X man" support a village's or another name */
    PLACE("Police arrested a Meadow Grove man on Friday.", "Meadow Grove", "US", "Nebraska");
    PLACE("The crash happened in the Tennessee Colony area.", "Tennessee Colony", "US", "Texas");
    PLACE("Many were taken to camps such as Auschwitz.", "Auschwitz", "PL", NULL);
    PLACE("Shoppers met at the Harwinton Senior Center.", "Harwinton", "US", "Connecticut");
    /* ... but not an ordinary word */
    NO_PLACE("The report went to the University board.", "University");
}

TEST(test_place_office_after_name) {
    if (!have_gazetteer()) return;
    /* a governor or a legislature is a state's */
    annals_doc *doc = annotate("New York Governor Ann Lane declared an emergency.", ANNALS_STAGE_ALL);
    annals_place p;
    if (find_place(doc, "New York", 0, &p)) CHECK_INT(p.kind, ANNALS_PLACE_ADMIN1);
    else CHECK(!"no New York");
    annals_doc_free(doc);
    doc = annotate("The New York governor signed the bill on Friday.", ANNALS_STAGE_ALL);
    if (find_place(doc, "New York", 0, &p)) CHECK_INT(p.kind, ANNALS_PLACE_ADMIN1);
    else CHECK(!"no New York");
    annals_doc_free(doc);
}

TEST(test_place_joined_particles) {
    if (!have_gazetteer()) return;
    /* "DeSoto" for "De Soto", "LaSalle" for "La Salle" */
    PLACE("Jones once served on the DeSoto Parish school board.", "DeSoto Parish", "US", "Louisiana");
}

TEST(test_place_longer_unknown_name) {
    if (!have_gazetteer()) return;
    /* a state's name starting the name of a smaller place the gazetteer lacks */
    NO_PLACE("Police said a man from the small community of Kansas Landing was arrested there "
             "on a warrant.", "Kansas");
    /* ... which it may hold all the same, from postal codes */
    PLACE("Police said a man from the small community of Tennessee Colony was arrested there on "
          "a warrant.", "Tennessee Colony", "US", "Texas");
    PLACE("Police said a man from the small community of Tennessee was arrested there on a "
          "warrant.", "Tennessee", "US", NULL);
}

TEST(test_place_holidays) {
    if (!have_gazetteer()) return;
    NO_PLACE("Shops in the town stay open late in the weeks before Christmas this year.",
             "Christmas");
    PLACE("Flights to Christmas Island were cancelled again this week after the storm.",
          "Christmas Island", "CX", NULL);
    NO_PLACE("Safety is stressed on St. Patrick's Day every year.", "St. Patrick");
    NO_PLACE("Safety is stressed on St. Patrick's Day every year.", "Day");
}

TEST(test_place_offsets_are_code_points) {
    if (!have_gazetteer()) return;
    annals_doc *doc = annotate("Über 300 people met in São Paulo.", ANNALS_STAGE_ALL);
    CHECK_INT(annals_doc_count(doc, ANNALS_LIST_PLACES), 1);
    annals_place p;
    if (annals_doc_place(doc, 0, &p) == ANNALS_OK) {
        CHECK_INT(p.span.start, 23);
        CHECK_INT(p.span.end, 32);
        CHECK_STR(p.country, "BR");
        CHECK(p.precision > 0);
    }
    annals_doc_free(doc);
}

TEST(test_place_metonymy_stays_a_place) {
    if (!have_gazetteer()) return;
    PLACE("Moscow said the talks would go on.", "Moscow", "RU", NULL);
}

TEST(test_place_stated_distance) {
    if (!have_gazetteer()) return;
    PLACE("Floods hit Tripoli, 80 kilometres north of Beirut, on Monday.", "Tripoli", "LB", NULL);
    PLACE("The crash near Alexandria, about 10 miles south of Washington, closed a road.",
          "Alexandria", "US", "Virginia");
}

TEST(test_place_hyphenated_and_possessive) {
    if (!have_gazetteer()) return;
    PLACE("Clashes broke out in Pakistan-administered Kashmir.", "Pakistan", "PK", NULL);
    PLACE("Canada's exports and People's Republic of China imports fell.", "Canada", "CA", NULL);
    PLACE("Canada's exports and People's Republic of China imports fell.",
          "People's Republic of China", "CN", NULL);
    NO_PLACE("Fighters fell back toward al-Tanf after the raid.", "al");
    NO_PLACE("The statue of Al-Uzza stood by the gate of the museum.", "Al");
    PLACE("A US-led coalition struck the bridge.", "US", "US", NULL);
    /* an alliance's letters before a hyphen need support like any word in capitals (Nato,
     * Philippines); a town's in capitals has its own name's strength */
    NO_PLACE("NATO-led troops withdrew from the valley.", "NATO");
    PLACE("A LONDON-based charity sent tents.", "LONDON", "GB", NULL);
}

TEST(test_place_persons_and_dates) {
    if (!have_gazetteer()) return;
    NO_PLACE("The vote is due in March.", "March");
    NO_PLACE("The orchestra played in the Roman theatre of the old city.", "Roman");
    NO_PLACE("Militants blew up the Temple of Bel last summer.", "Bel");
    NO_PLACE("The group destroyed the temples of Bel and Baalshamin.", "Bel");
    NO_PLACE("Vladimir Putin spoke to the troops.", "Vladimir");
    PLACE("The Kremlin said the talks would go on.", "Kremlin", "RU", NULL);
    NO_PLACE("The Arch of Triumph had stood for eighteen centuries.", "Triumph");
    NO_PLACE("The Arch of Triumph had stood for eighteen centuries.", "Arch");
    PLACE("Crowds filled the Citadel of Aleppo on Friday.", "Aleppo", "SY", NULL);
    NO_PLACE("Dr. Ann Dunmore spoke first. Later Dunmore said the tests were clean.", "Dunmore");
    NO_PLACE("Clifford said the samples were safe.", "Clifford");
    NO_PLACE("President Obama spoke. Obama left at noon.", "Obama");
    NO_PLACE("The village was quiet that night.", "The village");
    PLACE("Troops returned to the US on Monday.", "US", "US", NULL);
    PLACE("The ship sailed from David, Panama, at dawn.", "David", "PA", NULL);
}

TEST(test_place_outlet_country) {
    annals_engine *e = an_test_engine();
    const char *outlets[][2] = {{"The Guardian", "GB"}, {"Reuters", "GB"},
                                {"The Washington Post", "US"}, {"Springfield Courier", ""}};
    for (size_t i = 0; i < sizeof outlets / sizeof outlets[0]; i++) {
        annals_doc *doc = NULL;
        annals_doc_new(e, &doc);
        annals_doc_set(doc, ANNALS_FIELD_OUTLET, outlets[i][0], strlen(outlets[i][0]));
        char cc[3];
        an_place_outlet_country(&e->place, doc, cc);
        CHECK_STR(cc, outlets[i][1]);
        annals_doc_free(doc);
    }
}

/* The name the place at `surface` was resolved to. */
static void check_place_name(const char *text, const char *surface, const char *name, int line) {
    annals_doc *doc = annotate(text, ANNALS_STAGE_ALL);
    annals_place p;
    if (!find_place(doc, surface, 0, &p))
        an_check_fail(__FILE__, line, "no place \"%s\" in \"%s\"", surface, text);
    else if (strcmp(p.name, name) != 0)
        an_check_fail(__FILE__, line, "\"%s\" -> %s (%s), want %s", surface, p.name, p.country, name);
    annals_doc_free(doc);
}

#define PLACE_NAME(text, surface, name) check_place_name(text, surface, name, __LINE__)

TEST(test_place_saint_in_capitals_and_possessive_names) {
    if (!have_gazetteer()) return;
    /* a dateline in capitals: "ST." does not end the sentence */
    PLACE("ST. PAUL -- No matter how frustrating taxes get, pay them.", "ST. PAUL", "US",
          "Minnesota");
    /* a name ending in 's, and a Canadian province's abbreviation as its qualifier */
    PLACE("The helicopter flew from St. John's, N.L., on Thursday.", "St. John's", "CA",
          "Newfoundland and Labrador");
    PLACE("The ferry left Halifax, N.S., at noon.", "Halifax", "CA", "Nova Scotia");
    /* a possessive after one word is still the owner's */
    NO_PLACE("Canada's envoy met Kansas City's mayor.", "Canada's");
}

TEST(test_place_state_named_in_the_story) {
    if (!have_gazetteer()) return;
    /* an admin area of the same name in a country the story never names (Egypt's
     * Alexandria governorate) does not weaken the state the story names */
    PLACE("Meeting in Alexandria will discuss the census. The census is critical for "
          "Minnesota, which may lose a seat.", "Alexandria", "US", "Minnesota");
    /* "Palestine, Texas" names the state, not Texas County, Missouri (and its Houston) */
    PLACE("Fans came to Palestine, Texas, for the festival. We had volunteers from Crockett, "
          "Palestine and Houston, she said.", "Houston", "US", "Texas");
    /* a town's other name does not take its county's support: Youngstown is the town of
     * that name, not Mount Gilead (in Morrow County), once called so */
    PLACE_NAME("MOUNT GILEAD (AP) -- The Morrow County court is out of paper. In Youngstown, "
               "the mayor wants a four-day week.", "Youngstown", "Youngstown");
}

TEST(test_place_given_name_one_sense_per_document) {
    if (!have_gazetteer()) return;
    /* a given name before an unknown capitalised word is a person ... */
    NO_PLACE("Paris Hilton arrived late to the gala.", "Paris");
    /* ... unless the document uses the name as a place elsewhere: then it is that place */
    annals_doc *doc = annotate("Paris police said the threat to the Paris Walmart store was a "
                               "rumor.", ANNALS_STAGE_ALL);
    annals_place p;
    CHECK(find_place(doc, "Paris", 1, &p));
    annals_doc_free(doc);
    doc = annotate("Jordan Henderson scored twice for the visitors.", ANNALS_STAGE_ALL);
    CHECK(!find_place(doc, "Jordan", 0, &p));
    annals_doc_free(doc);
}

TEST(test_place_pageant_titles) {
    if (!have_gazetteer()) return;
    /* "Miss" before an area's name is a pageant's title, and the area stays a place */
    PLACE("She was named Miss Butler County and will compete for Miss Ohio.", "Butler County",
          "US", NULL);
    PLACE("She was named Miss Butler County and will compete for Miss Ohio.", "Ohio", "US", NULL);
    /* a given name or a surname after it makes a person */
    NO_PLACE("Miss Georgia Smith and Miss Jordan spoke at the school.", "Georgia");
    NO_PLACE("Miss Georgia Smith and Miss Jordan spoke at the school.", "Jordan");
}

TEST(test_place_lawmakers_states_and_districts) {
    if (!have_gazetteer()) return;
    /* a party's letter glued to a state (abbreviated or not), a county or a home town */
    PLACE("House Speaker Nancy Pelosi, D-Calif, told colleagues.", "Calif", "US", NULL);
    PLACE("Sen. John Cornyn (R-Texas) agreed.", "Texas", "US", NULL);
    PLACE("Delegate Barbara Fleischauer, D-Monongalia, spoke in Charleston, W.Va., on Monday.",
          "Monongalia", "US", "West Virginia");
    /* not after a comma or a bracket: no lawmaker */
    NO_PLACE("The R-Calif plates were stolen.", "Calif");
}

TEST(test_place_support_elsewhere_in_the_story) {
    if (!have_gazetteer()) return;
    /* a name that needs support (a person's name before a town's) takes it from the
     * dateline of the same story */
    PLACE("Clinton couple faces multiple drug counts. CLINTON \xe2\x80\x94 A town couple was "
          "charged on Monday.", "Clinton", "US", NULL);
    NO_PLACE("Clinton couple faces multiple drug counts after a raid on Monday.", "Clinton");
    /* "The ... man": a village's man, the determiner capitalised or not */
    PLACE("The Meadow Grove man and a city woman met in 2007.", "Meadow Grove", "US", "Nebraska");
    /* a county's bare name after a country is no qualifier of it */
    annals_doc *doc = annotate("During her visit to Israel, Clinton praised the plan.", ANNALS_STAGE_ALL);
    annals_place p;
    if (find_place(doc, "Clinton", 0, &p)) CHECK(p.kind != ANNALS_PLACE_ADMIN2);
    annals_doc_free(doc);
}

TEST(test_place_typed_lists) {
    if (!have_gazetteer()) return;
    /* a plural type word after a list: each name is a county (or province) */
    PLACE_NAME("Dakota, Otoe and Washington counties saw losses in Nebraska.", "Washington",
               "Washington County");
    PLACE("Dakota, Otoe and Washington counties saw losses in Nebraska.", "Washington", "US",
          "Nebraska");
    PLACE("Fighting raged in Idlib and Hama provinces.", "Hama", "SY", NULL);
    /* one name alone holds them: the state, not Indiana County, Pa. */
    PLACE_NAME("Boone County is near the middle of Indiana counties this year.", "Indiana",
               "Indiana");
}

TEST(test_place_county_bodies_and_state_adjectives) {
    if (!have_gazetteer()) return;
    /* a county's bare name before a body of its own */
    PLACE("DuPage Sheriff John Zaruba is warning residents.", "DuPage", "US", "Illinois");
    /* an AP state abbreviation before the noun it qualifies */
    PLACE("Scandal-plagued Ga. pastor to be buried Saturday.", "Ga.", "US", NULL);
    NO_PLACE("Shares of Acme Co. rose again on Monday.", "Co.");
}

TEST(test_place_regions_with_a_direction) {
    if (!have_gazetteer()) return;
    /* a region named with a direction is that region, not the place without it */
    PLACE_NAME("Deaths in the West Midlands rose again.", "West Midlands", "West Midlands");
    PLACE_NAME("Farms in Western Europe were hit.", "Western Europe", "Western Europe");
}

TEST(test_place_lower_case_direction_is_a_part) {
    if (!have_gazetteer()) return;
    /* a direction in lower case names a part of the town, not another town of that name */
    NO_PLACE("The council approved a drilling site on a horse farm in north Arlington.",
             "north Arlington");
    PLACE_NAME("The council approved a drilling site on a horse farm in north Arlington.",
               "Arlington", "Arlington");
    /* a region so named stays the region */
    PLACE_NAME("Shelling went on in northern Syria on Tuesday.", "northern Syria", "northern Syria");
}

TEST(test_place_country_name_used_as_a_town) {
    if (!have_gazetteer()) return;
    /* the town of a street address, and "a X woman" (the country's would be "Lebanese") */
    PLACE("Services will be held in the Church of the Brethren, 400 S. Locust St., Lebanon. "
          "She was born in Hershey.", "Lebanon", "US", "Pennsylvania");
    PLACE("The prosecutor said a Lebanon woman accused of theft will stay in jail.", "Lebanon",
          "US", NULL);
    /* the country otherwise */
    PLACE("Fighting in Lebanon went on, and officials said more troops would come.", "Lebanon",
          "LB", NULL);
}

TEST(test_place_street_words_and_type_words_alone) {
    if (!have_gazetteer()) return;
    /* a street's or a building's word alone is no town without support */
    NO_PLACE("More than 200 residents packed City Hall on Tuesday night to weigh in.", "Hall");
    NO_PLACE("Lane closures through Friday to repair a sewer line.", "Lane");
    /* "the" and a type word is no name */
    NO_PLACE("The City Council voted 8-1 on Tuesday to approve the plan.", "The City");
}

TEST(test_place_russian_republics) {
    if (!have_gazetteer()) return;
    /* news spellings of GeoNames' "Kabardino-Balkariya Republic", and the bare name */
    PLACE_NAME("A shootout north of the capital of Kabardino-Balkaria left four dead.",
               "Kabardino-Balkaria", "Kabardino-Balkariya Republic");
    PLACE_NAME("Protests spread to Tatarstan on Monday.", "Tatarstan", "Tatarstan Republic");
    DEMONYM("Ingush police closed the road.", "Ingush", "Ingushetiya Republic", "RU");
}

TEST(test_place_indefinite_article_before_a_name) {
    if (!have_gazetteer()) return;
    /* "A Pa." is no alternate name of Aba: the article, then Pennsylvania */
    PLACE("A Pa. man was arrested on Monday.", "Pa.", "US", NULL);
    NO_PLACE("A Pa. man was arrested on Monday.", "A Pa.");
    /* but a place's own name may begin with "A" */
    PLACE("Fishermen from A Coruna sailed at dawn.", "A Coruna", "ES", "Galicia");
}

TEST(test_place_currency_prefix) {
    if (!have_gazetteer()) return;
    /* a country's letters before "$" name its currency, not the country */
    NO_PLACE("The bank lent US $50 million to the firm.", "US");
    NO_PLACE("The bank lent US$50 million to the firm.", "US");
    PLACE("The US sent $50 million in aid.", "US", "US", NULL);
}

/* The kind of the first place spelled `surface`, or -1 when there is none. */
static int place_kind(const char *text, const char *surface) {
    annals_doc *doc = annotate(text, ANNALS_STAGE_ALL);
    annals_place p;
    int kind = find_place(doc, surface, 0, &p) ? (int)p.kind : -1;
    annals_doc_free(doc);
    return kind;
}

TEST(test_place_natural_features_and_landmarks) {
    if (!have_gazetteer()) return;
    /* rivers, ranges, peninsulas and regions the town lists lack */
    PLACE("Barges were stranded on the Mississippi River after the drought.", "Mississippi River",
          "US", NULL);
    CHECK_INT(place_kind("Climbers died on Mount Everest this spring.", "Mount Everest"),
              ANNALS_PLACE_REGION);
    CHECK_INT(place_kind("Tension rose again on the Korean Peninsula.", "the Korean Peninsula"),
              ANNALS_PLACE_REGION);
    PLACE("Shelling resumed across the Donbas overnight.", "Donbas", "UA", NULL);
    /* a city's neighbourhood is one name, not "Upper East" (Ghana) beside "Side" (Turkey) */
    PLACE("She rents a flat on the Upper East Side near the park.", "Upper East Side", "US", NULL);
    NO_PLACE("She rents a flat on the Upper East Side near the park.", "Side");
    CHECK_INT(place_kind("Protesters filled Tahrir Square on Friday.", "Tahrir Square"),
              ANNALS_PLACE_LANDMARK);
    /* a landmark known to the news outranks a small town of the same name */
    PLACE("Flights out of Heathrow were cancelled.", "Heathrow", "GB", NULL);
}

TEST(test_place_combining_forms) {
    if (!have_gazetteer()) return;
    /* a combining form before a hyphen is a state, never a town (Franco, Mexico) */
    NO_PLACE("The Franco-German plan was signed in the spring.", "Franco");
    NO_PLACE("The museum shows Greco-Roman statues.", "Roman");
    NO_PLACE("The museum shows Greco-Roman statues.", "Greco");
    /* the state after it stays */
    PLACE("Sino-US talks stalled again this week.", "US", "US", NULL);
    /* a town's own name before a hyphen stays */
    PLACE("The Fargo-Moorhead area braced for the flood.", "Fargo", "US", NULL);
}

/* The place named inside another name whose text is `surface`, in `cc` (and, when given,
 * admin1); `want` 0 when there must be none. */
static void check_named_in(const char *text, const char *surface, const char *cc, const char *admin1,
                           int want, int line) {
    annals_doc *doc = annotate(text, ANNALS_STAGE_ALL);
    const an_place *hit = NULL;
    for (size_t i = 0; i < doc->named_in.n && !hit; i++) {
        const an_place *p = &doc->named_in.v[i];
        if (p->end - p->start == strlen(surface) && memcmp(annals_doc_get(doc, ANNALS_FIELD_TEXT) + p->start, surface, strlen(surface)) == 0)
            hit = p;
    }
    if (!want && hit) an_check_fail(__FILE__, line, "\"%s\" named inside a name in \"%s\"", surface, text);
    if (want && !hit) an_check_fail(__FILE__, line, "no \"%s\" named inside a name in \"%s\"", surface, text);
    if (want && hit && (strcmp(hit->country, cc) != 0 || (admin1 && (!hit->admin1 || strcmp(hit->admin1, admin1)))))
        an_check_fail(__FILE__, line, "\"%s\" -> %s (%s, %s), want %s %s", surface, hit->name, hit->country,
                      hit->admin1 ? hit->admin1 : "-", cc, admin1 ? admin1 : "");
    annals_doc_free(doc);
}

#define NAMED_IN(text, surface, cc, a1) check_named_in(text, surface, cc, a1, 1, __LINE__)
#define NOT_NAMED_IN(text, surface) check_named_in(text, surface, "", NULL, 0, __LINE__)

TEST(test_place_named_inside_papers_and_teams) {
    if (!have_gazetteer()) return;
    /* the paper's or the team's place is kept apart from the places */
    const char *post = "A columnist for the Washington Post disagreed with the mayor.";
    NO_PLACE(post, "Washington");
    NAMED_IN(post, "Washington", "US", "District of Columbia");
    /* a paper bears its city's name, not its state's */
    NAMED_IN("The story about the budget ran in the New York Times on Sunday morning.", "New York", "US",
             "New York");
    /* a state's own name stays the state */
    NAMED_IN("She threw the first pitch for the Texas Rangers last year.", "Texas", "US", NULL);
    /* a team's town takes the country the story is about */
    NAMED_IN("Fans across England cheered when Manchester United won the cup final on Saturday.",
             "Manchester", "GB", NULL);
    /* a club's word before the town: the club's name */
    NAMED_IN("Inter Milan and Atletico Madrid drew on Sunday night in a dull match.", "Milan", "IT", NULL);
    NO_PLACE("Inter Milan and Atletico Madrid drew on Sunday night in a dull match.", "Madrid");
    /* a place where the story happens is no part of a name */
    NOT_NAMED_IN("The parade went through Washington on Monday.", "Washington");
}

TEST(test_place_ordinary_word_towns_with_their_people) {
    if (!have_gazetteer()) return;
    /* a town named with an ordinary word, before a local noun, is the town */
    PLACE("Police said a Mobile man was hurt in the crash on Tuesday.", "Mobile", "US", "Alabama");
    PLACE("Prosecutors charged an Independence teenager with the theft on Monday.", "Independence",
          "US", NULL);
    /* not without one */
    NO_PLACE("Independence from the crown came late for the islands.", "Independence");
}

TEST(test_place_news_abbreviations_and_islands) {
    if (!have_gazetteer()) return;
    PLACE("Envoys of the DPRK met their neighbours at the border.", "DPRK", "KP", NULL);
    PLACE("Exports from Korea rose for a third month.", "Korea", "KR", NULL);
    PLACE("The delegation flew to Washington, DC, on Monday.", "Washington", "US", NULL);
    PLACE("The storm reached Kyushu overnight, closing schools.", "Kyushu", "JP", NULL);
}

TEST(test_place_article_and_alternate_names) {
    if (!have_gazetteer()) return;
    /* "The Bank" is only a nickname of Portsmouth: after an article, a place's own name */
    NO_PLACE("The Bank of England kept rates on hold on Thursday.", "The Bank");
    PLACE("The Bank of England kept rates on hold on Thursday.", "England", "GB", NULL);
    PLACE("The envoys flew from The Hague to Madrid.", "The Hague", "NL", NULL);
    /* "the City of X": the type word is a hint, the name is the town's */
    PLACE("Thieves stole tools from the City of Lexington's public works yard.", "Lexington", "US", NULL);
}

TEST(test_place_no_qualifier_before_a_name) {
    if (!have_gazetteer()) return;
    /* "Mount" folds as "MT", Montana's letters: before a capitalised word it begins a name */
    NO_PLACE("In Indonesia, Mount Agung erupted again, closing the airport.", "Mount");
    PLACE("A barn burned in Billings, MT, on Monday.", "MT", "US", NULL);
    /* the currency is no town without support */
    NO_PLACE("Sterling fell against the dollar in Asian trading on Monday.", "Sterling");
    PLACE("Hurricane winds battered the U.S. Virgin Islands overnight.", "U.S. Virgin Islands", "VI", NULL);
}

TEST(test_place_sentence_full_of_names_is_no_headline) {
    if (!have_gazetteer()) return;
    /* long words in lower case ("final", "beat") make it a sentence: the team's name is read */
    const char *final = "The Champions League final in Kiev saw Real Madrid beat Liverpool.";
    NO_PLACE(final, "Madrid");
    PLACE(final, "Kiev", "UA", NULL);
}

TEST(test_place_money_is_a_weak_country_prior) {
    if (!have_gazetteer()) return;
    /* a town of like size in two countries: the document's money tips it */
    PLACE("The council in Mansfield approved a $2 million budget on Monday.", "Mansfield", "US", NULL);
    PLACE("The council in Mansfield approved a budget on Monday.", "Mansfield", "GB", NULL);
    /* never against the document's own places: dollars are the world's money */
    PLACE("Aid worth $2 billion reached Aleppo and Homs in Syria this week.", "Homs", "SY", NULL);
    /* another country's letters before the sign name its dollar */
    PLACE("The council in Mansfield approved a A$2 million budget on Monday.", "Mansfield", "GB", NULL);
}

TEST(test_place_seat_of_a_body) {
    if (!have_gazetteer()) return;
    /* "X-based": a big city of the name before the state of it */
    PLACE("A Washington-based think tank published the report on Monday.", "Washington", "US",
          "District of Columbia");
    /* and before a county of the state the story is about */
    PLACE("Schools in Clarke County and Oconee County, Georgia, hired a Washington-based group.",
          "Washington", "US", "District of Columbia");
    /* a state with no big city of its name stays the state */
    annals_doc *doc = annotate("A Texas-based firm bought the plant last year.", ANNALS_STAGE_ALL);
    annals_place p;
    if (find_place(doc, "Texas", 0, &p)) CHECK_INT(p.kind, ANNALS_PLACE_ADMIN1);
    else CHECK(!"no Texas");
    annals_doc_free(doc);
}

TEST(test_place_more_country_adjectives) {
    if (!have_gazetteer()) return;
    DEMONYM("The Ecuadorian navy seized the boat near the islands.", "Ecuadorian", "Ecuador", "EC");
    DEMONYM("Icelandic fishermen returned to port on Friday.", "Icelandic", "Iceland", "IS");
    DEMONYM("A Slovenian climber reached the summit first.", "Slovenian", "Slovenia", "SI");
    DEMONYM("Quebecois voters went to the polls in the autumn.", "Quebecois", "Quebec", "CA");
    DEMONYM("Korean exporters warned of weaker demand.", "Korean", "South Korea", "KR");
    DEMONYM("North Korean troops held a parade.", "North Korean", "North Korea", "KP");
}

TEST(test_place_ordinary_word_at_a_start) {
    if (!have_gazetteer()) return;
    /* a small town's name opening a sentence, written in lower case elsewhere in the story */
    NO_PLACE("Officials spoke on Monday. Power returned to most homes. Crews cut power again.", "Power");
    /* the same after a dateline's dash */
    NO_PLACE("SAN JUAN, Puerto Rico (AP) \xe2\x80\x94 Power returned to most homes. Crews cut power again.",
             "Power");
    PLACE("SAN JUAN, Puerto Rico (AP) \xe2\x80\x94 Power returned to most homes. Crews cut power again.",
          "SAN JUAN", "PR", NULL);
}

TEST(test_place_ordinary_word_beginning_a_longer_name) {
    if (!have_gazetteer()) return;
    /* a preposition is no support for an ordinary word that begins a longer name */
    NO_PLACE("A psychologist from the state Department of Human Resources testified.", "Human");
    NO_PLACE("The board elected its Chairman and Vice Chairman in May.", "Vice");
    PLACE("She studied in Reading for two years.", "Reading", "GB", NULL);
    /* a brand's halves are no towns */
    NO_PLACE("Wal-Mart stores opened across Ohio last year.", "Wal");
    NO_PLACE("Wal-Mart stores opened across Ohio last year.", "Mart");
    NO_PLACE("A fire damaged the Titan plant on Monday.", "Titan");
}

TEST(test_place_given_name_alone) {
    if (!have_gazetteer()) return;
    /* a given name alone that only small towns bear is the person ... */
    NO_PLACE("Tim and Kristina said they were in shock after the crash.", "Tim");
    NO_PLACE("Billy's opened and closed within a year on Main Street.", "Billy");
    /* ... unless a preposition makes it a place */
    PLACE("She moved to Billy last spring with her family.", "Billy", "FR", NULL);
    NO_PLACE("They bought the slabs from United Concrete Products last year.", "United");
}

TEST(test_place_american_street_address_is_a_weak_hint) {
    if (!have_gazetteer()) return;
    /* a house number, a street's name and "St." written the American way */
    PLACE("The council in Mansfield met at 12 Main St. on Monday night.", "Mansfield", "US", NULL);
    /* "St." for a saint after a number is no address */
    PLACE("The council in Mansfield met at 12 St. Mary's Road on Monday night.", "Mansfield", "GB", NULL);
}

TEST(test_place_other_name_beginning_a_longer_name) {
    if (!have_gazetteer()) return;
    /* a town's other name with a preposition before it, but "of" and a name after it */
    NO_PLACE("Shares fell at Bank of America on Monday morning.", "Bank");
    PLACE("Shares fell at Bank of America on Monday morning.", "America", "US", NULL);
    PLACE("The mayor of Mobile spoke on Tuesday.", "Mobile", "US", NULL);
}

TEST(test_place_capitals_listed_together) {
    if (!have_gazetteer()) return;
    /* two capitals' names listed together are the capitals, even in a story of US states */
    PLACE("Farmers in Iowa and Ohio worry. Talks between Beijing and Washington stalled.", "Washington",
          "US", "District of Columbia");
    /* states listed together stay states */
    annals_doc *doc = annotate("Voters in Washington and Oregon backed the measure.", ANNALS_STAGE_ALL);
    annals_place p;
    if (find_place(doc, "Washington", 0, &p)) CHECK_INT(p.kind, ANNALS_PLACE_ADMIN1);
    else CHECK(!"no Washington");
    annals_doc_free(doc);
    NO_PLACE("Hurricane damage was worst along the coast.", "Hurricane");
}

TEST(test_place_city_landmarks) {
    if (!have_gazetteer()) return;
    /* a famous district or landmark before a small town of its name elsewhere */
    PLACE("They met at a sushi bar in Piccadilly on Wednesday.", "Piccadilly", "GB", NULL);
    CHECK_INT(place_kind("The Hollywood actress arrived on Monday.", "Hollywood"), ANNALS_PLACE_LANDMARK);
    /* a qualifier still gives the town */
    PLACE("A fire broke out in Hollywood, Fla., on Monday.", "Hollywood", "US", "Florida");
}

TEST(test_place_qualifier_that_is_a_big_city) {
    if (!have_gazetteer()) return;
    /* a borough qualified by the name of the state and of the city that holds it */
    annals_doc *doc = annotate("Eight students in Queens, New York have the flu.", ANNALS_STAGE_ALL);
    annals_place p;
    if (find_place(doc, "New York", 0, &p)) CHECK_INT(p.kind, ANNALS_PLACE_CITY);
    else CHECK(!"no New York");
    annals_doc_free(doc);
    /* a town of the state further off keeps the state */
    doc = annotate("Flooding hit Poughkeepsie, New York, on Monday.", ANNALS_STAGE_ALL);
    if (find_place(doc, "New York", 0, &p)) CHECK_INT(p.kind, ANNALS_PLACE_ADMIN1);
    else CHECK(!"no New York");
    annals_doc_free(doc);
}

TEST(test_place_word_beginning_a_place_name) {
    if (!have_gazetteer()) return;
    /* "Abu", "Bab" begin names the gazetteer lacks: no Abu, Japan, no El Oued */
    NO_PLACE("Relief restarted in Abu Shok refugee camp near the town.", "Abu");
    NO_PLACE("He was treated in Bab el-Oued hospital in Algiers.", "el-Oued");
    PLACE("He was treated in Bab el-Oued hospital in Algiers.", "Algiers", "DZ", NULL);
    /* names the gazetteer joins stay */
    PLACE("The envoy met officials in Abu Dhabi on Monday.", "Abu Dhabi", "AE", NULL);
    PLACE("Rockets were fired at Tel Aviv overnight.", "Tel Aviv", "IL", NULL);
    /* a mountain's or a fort's name is no town of its second word */
    NO_PLACE("Anthrax spores were made at Fort Detrick, Maryland, investigators said.", "Detrick");
    NO_PLACE("Climbers were rescued on Mount Hood in Oregon.", "Hood");
    PLACE("They sailed from Port Said to Cape Town.", "Cape Town", "ZA", NULL);
}

TEST(test_place_country_points_inside_their_country) {
    if (!have_gazetteer()) return;
    /* world-countries' point for Kuwait lies in Iraq; ours is GeoNames' */
    annals_doc *doc = annotate("Troops crossed into Kuwait at dawn.", ANNALS_STAGE_ALL);
    annals_place p;
    if (find_place(doc, "Kuwait", 0, &p)) CHECK(p.lon > 46.6 && p.lon < 48.5);
    else CHECK(!"no Kuwait");
    annals_doc_free(doc);
}

TEST(test_place_unknown_name_with_qualifier) {
    if (!have_gazetteer()) return;
    /* a name the gazetteer lacks, then a comma and a state, a country or a big city: a
     * place inside it, at its point */
    PLACE("He worked at the laboratories in Fort Detrick, Maryland for 18 years.", "Fort Detrick",
          "US", "Maryland");
    PLACE("Refugees in Kakuma, Turkana, said food was short.", "Kakuma", "KE", NULL);
    PLACE("Samples came from Pingilikani, Kenya, and from Kinshasa.", "Pingilikani", "KE", NULL);
    PLACE("A man from Sulpher, La., was stopped at the bypass.", "Sulpher", "US", "Louisiana");
    PLACE("Diners ate at a restaurant in Greenlane, Auckland, New Zealand, last month.", "Greenlane",
          "NZ", NULL);
    annals_doc *doc = annotate("He worked in Fort Detrick, Maryland for 18 years.", ANNALS_STAGE_ALL);
    annals_place p;
    if (find_place(doc, "Fort Detrick", 0, &p)) {
        CHECK_STR(p.name, "Fort Detrick");
        CHECK_INT(p.kind, ANNALS_PLACE_LANDMARK);
        CHECK(p.geonameid == 0 && p.precision >= 50);
    } else
        CHECK(!"no Fort Detrick");
    annals_doc_free(doc);
    /* not a person, a band, an opening word or a list's item */
    NO_PLACE("The DNA was a probable match to Lovelle Mixon, Oakland police said.", "Lovelle Mixon");
    NO_PLACE("According to Bruschke, China is cooperating with the inquiry.", "Bruschke");
    NO_PLACE("The hall hosted the Flaming Lips, Queens of the Stone Age and others.", "Flaming Lips");
    NO_PLACE("Separately, Texas officials said the road was open.", "Separately");
    NO_PLACE("Sen. Cardwell, Maryland, voted against it.", "Cardwell");
    NO_PLACE("Voters in Migori, Kalondo, Siaya, Kisumu and Bondo waited.", "Kalondo");
    NO_PLACE("The winner was Ezra Tallow, Jamaica, 9.58 seconds.", "Ezra Tallow");
}

TEST(test_place_unknown_name_with_settlement_word) {
    if (!have_gazetteer()) return;
    /* a settlement's word before or after a name the gazetteer lacks, and where it lies */
    PLACE("A dead swan was found in the village of Cellardyke in Fife, Scotland.", "Cellardyke", "GB",
          "Scotland");
    PLACE("The children were from Dogu Beyazit, a farming town in eastern Turkey.", "Dogu Beyazit",
          "TR", NULL);
    PLACE("A resident of Mabvuku, a suburb located east of Harare, told reporters.", "Mabvuku", "ZW",
          NULL);
    PLACE("Relief restarted in Abu Shok refugee camp in Al-Fashir on Monday.", "Abu Shok", "SD", NULL);
    PLACE("Farmers in the Wedza district, Mashonaland East province, are worried.", "Wedza", "ZW", NULL);
    /* no place said, or a people's community */
    NO_PLACE("Cases were found in the village of Kalondo last week.", "Kalondo");
    NO_PLACE("Leaders of the black and Latino community in Alexandria met.", "Latino");
}

TEST(test_place_regions_named_with_their_type_word) {
    if (!have_gazetteer()) return;
    /* a region named by a direction is one with its type word, in either spelling */
    PLACE("Separatists in Cameroon's North-West region clashed with troops.", "North-West region",
          "CM", NULL);
    PLACE("Schools closed in Cameroon's Northwest region on Monday.", "Northwest region", "CM", NULL);
    PLACE("Rebels seized towns in the Anglophone North West and South West regions of Cameroon.",
          "North West", "CM", NULL);
    PLACE("Raids hit the Adamawa region of Cameroon last week.", "Adamawa region", "CM", NULL);
    /* "of" and a country after the type word qualifies the area */
    PLACE("Rebels attacked the Eastern province of Sierra Leone.", "Eastern province", "SL", NULL);
    /* the DR Congo's provinces before 2015 */
    PLACE("The disease struck in Orientale province, in the north of Congo.", "Orientale", "CD", NULL);
}

TEST(test_place_airports_are_their_towns) {
    if (!have_gazetteer()) return;
    /* an airport's short name is the town it serves, not a town of the name */
    PLACE("A plane landed at Logan airport on Monday.", "Logan airport", "US", "Massachusetts");
    PLACE("He flew in from Jomo Kenyatta International Airport.", "Jomo Kenyatta", "KE", NULL);
    PLACE("Passengers at Ben Gurion airport waited for hours.", "Ben Gurion", "IL", NULL);
    PLACE("Fog closed Manhattan Regional Airport in the morning.", "Manhattan Regional", "US", "Kansas");
}

TEST(test_place_unknown_name_owner_and_second_mention) {
    if (!have_gazetteer()) return;
    /* the owner named before it, with a settlement's word after it */
    PLACE("Refugees in Kenya's overcrowded Dadaab camps need help.", "Dadaab", "KE", NULL);
    NO_PLACE("He ran in Nebraska's 3rd Congressional District last year.", "Congressional");
    /* a weekday after the qualifier closes the phrase */
    PLACE("Pork was seized at a market in Balintawak, Quezon City Wednesday evening.", "Balintawak",
          "PH", NULL);
    /* named again alone: the same place */
    annals_doc *doc = annotate("Refugees reached Kakuma, Turkana, on Monday. Aid to Kakuma was cut.",
                               ANNALS_STAGE_ALL);
    annals_place p;
    if (find_place(doc, "Kakuma", 1, &p)) CHECK_STR(p.country, "KE");
    else CHECK(!"no second Kakuma");
    annals_doc_free(doc);
}

TEST(test_place_regional_districts_by_their_bare_names) {
    if (!have_gazetteer()) return;
    /* "Fraser Valley Regional District" is "Fraser Valley", no town Fraser */
    PLACE("The cow was found in Fraser Valley, a farming community near Vancouver.", "Fraser Valley",
          "CA", NULL);
}

TEST(test_place_town_outside_its_qualifier) {
    if (!have_gazetteer()) return;
    /* no Stroud in Ontario in the gazetteer (England's only): a town it lacks, in Ontario */
    PLACE("He was pulled over on Highway 11 in Stroud, Ontario, Canada, on Monday.", "Stroud", "CA",
          "Ontario");
    /* a list goes on after the second name: no qualifier to trust */
    annals_doc *doc = annotate("Visitors came from Sharon, Cornwall and Salisbury.", ANNALS_STAGE_ALL);
    annals_place p;
    if (find_place(doc, "Sharon", 0, &p)) CHECK(p.kind != ANNALS_PLACE_LANDMARK);
    annals_doc_free(doc);
}

TEST(test_place_sports_venues) {
    if (!have_gazetteer()) return;
    /* a venue named alone is the venue, not a town of the name elsewhere */
    PLACE("England beat Wales at Twickenham on Saturday.", "Twickenham", "GB", NULL);
    PLACE("The fans marched from Old Trafford to the city centre.", "Old Trafford", "GB", NULL);
    PLACE("The Knicks lost at Madison Square Garden.", "Madison Square Garden", "US", NULL);
}

TEST(test_place_district_of_a_city) {
    if (!have_gazetteer()) return;
    /* "X district of Baghdad": no district of the name there in the gazetteer (one in
     * Duhok is no candidate): at Baghdad's point */
    PLACE("The cakes were made in the Adhamiyah district of Baghdad.", "Adhamiyah", "IQ", "Baghdad");
}

TEST(test_place_area_of_a_county) {
    if (!have_gazetteer()) return;
    /* "the X area of Y County": no town X in that county: at the county's point */
    PLACE("Swans were found in the Rice Lake area of Fulton County, Illinois.", "Rice Lake", "US",
          "Illinois");
}

TEST(test_place_unknown_name_not_a_subject_or_noun) {
    if (!have_gazetteer()) return;
    /* a company opening the clause with its seat between commas */
    NO_PLACE("Jayark, New York, distributes audio-visual equipment.", "Jayark");
    /* an English noun's ending, an owner that is a person, a possessive written apart */
    NO_PLACE("Location, Birmingham, Alabama.", "Location");
    NO_PLACE("Many fled Fidel Castro's failed Communist state in those years.", "Communist");
    NO_PLACE("Earlier , Iraq 's prime minister warned of war.", "Earlier");
    PLACE("But in Brussels , Russia 's envoy spoke.", "Brussels", "BE", NULL);
    /* a dateline's town the gazetteer lacks */
    PLACE("O'SMACH, Cambodia (AP) - The commander fled.", "O'SMACH", "KH", NULL);
    PLACE("KAKUMA, Kenya, Jan. 3 (Reuters) - Refugees protested.", "KAKUMA", "KE", NULL);
}

TEST(test_place_date_before_a_comma_is_no_qualified_place) {
    if (!have_gazetteer()) return;
    /* a day or a month opening the sentence is no town qualified by the state after it */
    NO_PLACE("On Thursday, Alaska Gov. Sarah Palin said she would veto it.", "Thursday");
    NO_PLACE("In March, China's largest meat processor apologized.", "March");
    PLACE("In March, China's largest meat processor apologized.", "China", "CN", NULL);
}

/* A document with a caption: its sentences come after the text's, and a qualifier in the
 * text must still be read in the text's string (and one in the caption in its own). */
TEST(test_place_qualifier_beside_a_caption) {
    if (!have_gazetteer()) return;
    static const char caption[] = "Children sledge down a hill in Tripoli, Lebanon, on Sunday.";
    annals_doc *doc = NULL;
    if (annals_doc_new(an_test_engine(), &doc) != ANNALS_OK) return;
    const char *text = "A barn burned in Palmyra, N.Y., on Monday. Vaccines were made at Fort Detrick, Maryland.";
    annals_doc_set(doc, ANNALS_FIELD_TEXT, text, strlen(text));
    an_caption *cap = AN_PUSH(doc, captions);
    CHECK(cap != NULL);
    if (!cap) return;
    cap->len = sizeof caption - 1;
    cap->text = an_arena_strndup(&doc->arena, caption, cap->len);
    annals_annotate(an_test_engine(), doc, ANNALS_STAGE_ALL);
    annals_place p;
    CHECK(find_place(doc, "Palmyra", 0, &p));
    CHECK_STR(p.country, "US");
    CHECK_STR(p.admin1, "New York");
    CHECK(find_place(doc, "Fort Detrick", 0, &p));
    int tripoli = 0;
    for (size_t i = 0; i < annals_doc_count(doc, ANNALS_LIST_PLACES); i++) {
        annals_doc_place(doc, i, &p);
        if (p.span.where == 0 && p.span.start == 31) {
            tripoli = 1;
            CHECK_STR(p.country, "LB");
        }
    }
    CHECK(tripoli);
    annals_doc_free(doc);
}

/* The dateline's qualifier holds the bare mentions of its name, as one in the text would:
 * "Palmyra, N.Y." named once in a story from Syria is the other Palmyra. */
TEST(test_place_dateline_qualifies_its_name) {
    if (!have_gazetteer()) return;
    annals_doc *doc = NULL;
    if (annals_doc_new(an_test_engine(), &doc) != ANNALS_OK) return;
    const char *text = "Troops drove the militants out of Palmyra last week. Settlers gave the "
                       "name to other towns, among them Palmyra, N.Y., east of Rochester.";
    annals_doc_set(doc, ANNALS_FIELD_DATELINE, "PALMYRA, Syria", 14);
    annals_doc_set(doc, ANNALS_FIELD_TEXT, text, strlen(text));
    annals_annotate(an_test_engine(), doc, ANNALS_STAGE_ALL);
    annals_place p;
    CHECK(find_place(doc, "Palmyra", 0, &p));
    CHECK_STR(p.country, "SY");
    CHECK(find_place(doc, "Palmyra", 1, &p));
    CHECK_STR(p.country, "US");
    annals_doc_free(doc);
}

/* A list after a comma is no qualifier when no place of the first name lies in the
 * second ("Homs, Damascus or camps"), and two big cities' names listed together are the
 * cities, not the areas named after them. */
TEST(test_place_list_is_no_qualifier) {
    if (!have_gazetteer()) return;
    const char *texts[] = {"Most residents fled to Homs, Damascus or camps further afield.",
                           "Most residents fled to Homs or Damascus."};
    for (int i = 0; i < 2; i++) {
        annals_doc *doc = annotate(texts[i], ANNALS_STAGE_ALL);
        annals_place p;
        CHECK(find_place(doc, "Damascus", 0, &p));
        CHECK_INT(p.kind, ANNALS_PLACE_CITY);
        CHECK(find_place(doc, "Homs", 0, &p));
        CHECK_INT(p.kind, ANNALS_PLACE_CITY);
        annals_doc_free(doc);
    }
    /* a town and its state before "and" stay so */
    PLACE("Storms hit Paris, Texas and the towns around it.", "Paris", "US", "Texas");
}

/* A state's abbreviation is no town's name: "Del" is only Delle's other name, so it needs
 * support ("Del Beccaro", "former Del. Brian Moran" are people), and gives none to an
 * opening word beside it ("Still, Del Beccaro said"). */
TEST(test_place_state_abbreviation_is_no_town_name) {
    if (!have_gazetteer()) return;
    NO_PLACE("Still, Del Beccaro said the party would win.", "Still");
    NO_PLACE("Still, Del Beccaro said the party would win.", "Del");
    NO_PLACE("The race drew former Del. Brian Moran of Alexandria.", "Del.");
    PLACE("Rep. Ann Jones, D-Del., voted no.", "Del.", "US", NULL);
    /* a name before a party's letter and a state is a lawmaker's, all through the story */
    NO_PLACE("Smith, R-Ind., and Jones, D-Del., voted no. Jones later left.", "Jones");
    NO_PLACE("Senate President Therese Murray, D-Plymouth, spoke first.", "Murray");
    PLACE("Sens. Ann Jones and Al Poe, both D-W. Va., voted no.", "W. Va.", "US", NULL);
    /* a title's word before it makes no person of a state's abbreviation */
    PLACE("Major Mich. utilities seek double-digit rate boosts", "Mich.", "US", NULL);
    /* a title's word in lower case before a one-word name is an ordinary word */
    PLACE("The storm is expected to miss Rochester area schools.", "Rochester", "US", NULL);
    NO_PLACE("The statement came from hospital spokeswoman Kerry-Ann Hamilton.", "Kerry");
    PLACE("The plant is in Dover, Del., near the base.", "Dover", "US", "Delaware");
}

/* Legislatures named like small towns: no place after "in", only with a qualifier. */
TEST(test_place_legislatures_are_no_towns) {
    if (!have_gazetteer()) return;
    NO_PLACE("Lawmakers in Congress passed the bill.", "Congress");
    NO_PLACE("The bill went to the Senate and then to the Capitol.", "Capitol");
    PLACE("He retired to Congress, Ariz., last year.", "Congress", "US", "Arizona");
    /* deities named like small towns: no place even after "in" */
    NO_PLACE("She was a fervent believer in God and in prayer.", "God");
    NO_PLACE("\"I love Jesus!\" she shouted in the church.", "Jesus");
    /* the seats news names for their capital stay the capital */
    PLACE("The Kremlin said the talks would go on.", "Kremlin", "RU", NULL);
}

/* A disease or its agent named after a place: the place is named inside its name, as in a
 * paper's, and is no place of the story. */
TEST(test_place_named_inside_diseases) {
    if (!have_gazetteer()) return;
    const char *nile = "Two horses in Rhode Island tested positive for West Nile virus.";
    NO_PLACE(nile, "Nile");
    PLACE(nile, "Rhode Island", "US", NULL);
    const char *reston = "Pigs near Manila carried the Reston ebolavirus, and Marburg hemorrhagic "
                         "fever was feared.";
    NO_PLACE(reston, "Reston");
    NO_PLACE(reston, "Marburg");
    NAMED_IN(reston, "Reston", "US", "Virginia");
    PLACE(reston, "Manila", "PH", NULL);
}

/* A small province's name (Uruguay's Flores) is a surname like a town's: only a country's
 * or a state's of note is never taken so. */
TEST(test_place_small_province_name_as_surname) {
    if (!have_gazetteer()) return;
    const char *t = "Who wanted Matthew D. Flores dead? His stepfather said Flores had just left "
                    "the Army when the car came.";
    NO_PLACE(t, "Flores");
    PLACE("George Washington crossed the river into New Jersey.", "New Jersey", "US", NULL);
}

/* "Stevens & Wilkinson": a firm named after its founders, though both are towns'
 * names; big cities and countries joined by "&" stay places. */
TEST(test_place_firm_names_with_ampersand) {
    if (!have_gazetteer()) return;
    const char *t = "The city owes the design firm Stevens & Wilkinson money for the hotel.";
    NO_PLACE(t, "Stevens");
    NO_PLACE(t, "Wilkinson");
    PLACE("Fares rose for flights between Minneapolis & St. Paul last year.", "Minneapolis", "US", NULL);
    PLACE("Fares rose for flights between Minneapolis & St. Paul last year.", "St. Paul", "US", NULL);
    PLACE("Carnival in Trinidad & Tobago drew crowds.", "Trinidad & Tobago", "TT", NULL);
}

/* Coordinated directions share the rest of the name: "Central and South America" names
 * Central America too, "North and South Korea" North Korea. */
TEST(test_place_coordinated_directions) {
    if (!have_gazetteer()) return;
    PLACE("Talks between North and South Korea resumed on Monday.", "North", "KP", NULL);
    PLACE("Talks between North and South Korea resumed on Monday.", "South Korea", "KR", NULL);
    PLACE("Storms swept across North and South Dakota overnight.", "North", "US", NULL);
    NO_PLACE("Troops moved north and south of the river near Paris.", "north");
}

/* Norway's counties before 2020, as the news of their time names them: "Vest-Agder" was
 * Vest, Kentucky and Agder. */
TEST(test_place_former_norwegian_counties) {
    if (!have_gazetteer()) return;
    const char *t = "Bird flu was found in Oppland, Vest-Agder and Finnmark.";
    PLACE(t, "Vest-Agder", "NO", NULL);
    PLACE(t, "Finnmark", "NO", NULL);
    /* a river's delta the packages lack is a region, not the river alone and a Delta State */
    PLACE("Romania confirmed another outbreak in the Danube Delta area.", "Danube Delta", "RO", NULL);
    annals_doc *doc = annotate(t, ANNALS_STAGE_ALL);
    annals_place p;
    for (size_t i = 0; i < annals_doc_count(doc, ANNALS_LIST_PLACES); i++) {
        annals_doc_place(doc, i, &p);
        CHECK(strcmp(p.country, "US") != 0); /* no Vest, Kentucky */
    }
    annals_doc_free(doc);
}

/* A country named lifts its small towns of a name less than its towns, states or dateline
 * do: a small town is not put above a world city elsewhere ("Geneva" beside "U.S.", or
 * "Washington" speaking for its state); with a state named, the town of that state. */
TEST(test_place_world_city_beside_a_country) {
    if (!have_gazetteer()) return;
    PLACE("The U.S. envoy flew to Geneva on Monday for talks.", "Geneva", "CH", NULL);
    PLACE("Washington said its envoy would travel to Geneva next week.", "Geneva", "CH", NULL);
    PLACE("The fair in Paris drew visitors from across Tennessee and Kentucky.", "Paris", "US",
          "Tennessee");
    /* a town over 50,000 against a capital several times its size */
    PLACE("The United States urged Athens to accept the terms of the loan.", "Athens", "GR", NULL);
    PLACE("Police in Athens arrested a man held at the Clarke County jail.", "Athens", "US", "Georgia");
}

TEST(test_place_foreign_other_name_in_a_national_list) {
    if (!have_gazetteer()) return;
    /* no Kenyan place of the name: Suva's old name is no better */
    NO_PLACE("Floods hit western Kenya, where Migori, Suba and Homa Bay were the worst affected.",
             "Suba");
    PLACE("Floods hit western Kenya, where Migori, Suba and Homa Bay were the worst affected.",
          "Homa Bay", "KE", NULL);
    /* counties in a list read as qualifiers of one another count as its places */
    NO_PLACE("Aid reached Kenya's west. Suba, Migori, Homa Bay and Kisumu are among the areas.", "Suba");
    /* one place of another country beside it is not enough */
    PLACE("The town has sister cities in Quebec City and Nanjing, China.", "Quebec City", "CA", NULL);
    PLACE("The town has sister cities in Quebec City and Nanjing, Jiangsu.", "Quebec City", "CA", NULL);
}

TEST(test_place_body_of_one_countrys_law) {
    if (!have_gazetteer()) return;
    PLACE("He appeared at Durham Crown Court on Monday charged with fraud.", "Durham", "GB", NULL);
    PLACE("The trial at Lincoln Crown Court ended on Friday.", "Lincoln", "GB", NULL);
    PLACE("He appeared at Kingston Crown Court on Monday.", "Kingston", "GB", NULL);
    /* other courts say nothing of the country */
    PLACE("He appeared in Durham County Court on Monday.", "Durham", "US", NULL);
}

TEST(test_place_city_council_of_a_town) {
    if (!have_gazetteer()) return;
    /* the story's state decides whether "City" is the town's name or its council's */
    PLACE("The San Fernando City Council in Los Angeles County voted to raise water rates, "
          "California officials said.", "San Fernando City", "US", "California");
    PLACE("The San Fernando City Council met on Tuesday.", "San Fernando City", "PH", NULL);
    PLACE("The Carson City Council in Nevada voted on Tuesday.", "Carson City", "US", "Nevada");
}

/* A building's own name is capitalised or plural ("the Temple of Bel", "the temples of
 * Baalshamin"): a lower-case "theatre of Palmyra" is a theatre in the town. */
TEST(test_place_building_in_a_town) {
    if (!have_gazetteer()) return;
    PLACE("Musicians played in the Roman theatre of Palmyra on Thursday.", "Palmyra", "SY", NULL);
    NO_PLACE("Militants blew up the Temple of Bel on Sunday.", "Bel");
}

/* A type word that says state where the name's group says town (or the reverse) is the
 * name's other sense: one sense per document and type word, a bare name with the first. */
static void check_kind(const char *text, const char *surface, int nth, annals_place_kind kind, int line) {
    annals_doc *doc = annotate(text, ANNALS_STAGE_ALL);
    annals_place p;
    if (!find_place(doc, surface, nth, &p))
        an_check_fail(__FILE__, line, "no place \"%s\" (%d) in \"%s\"", surface, nth, text);
    else if (p.kind != kind)
        an_check_fail(__FILE__, line, "\"%s\" (%d) -> %s of kind %d, want %d", surface, nth, p.name,
                      (int)p.kind, (int)kind);
    annals_doc_free(doc);
}

TEST(test_place_type_words_split_senses) {
    if (!have_gazetteer()) return;
    const char *t = "Shells fell across the Idlib province on Monday. In the city of Idlib, shops "
                    "stayed shut, and Idlib was quiet by night.";
    check_kind(t, "Idlib", 0, ANNALS_PLACE_ADMIN1, __LINE__);
    check_kind(t, "Idlib", 1, ANNALS_PLACE_CITY, __LINE__);
    check_kind(t, "Idlib", 2, ANNALS_PLACE_ADMIN1, __LINE__);
    /* a border is a state's or a country's, no town's */
    check_kind("The road runs from the New York border to Springfield, Mass.", "New York", 0,
               ANNALS_PLACE_ADMIN1, __LINE__);
}

/* Demonyms of mountains, deserts, peoples and provinces; a demonym's word is a people
 * before it is a town's English name ("Brits", a town in South Africa). */
TEST(test_place_more_demonyms) {
    if (!have_gazetteer()) return;
    DEMONYM("Himalayan villages were cut off by snow.", "Himalayan", "Himalayas", "");
    DEMONYM("Saharan dust reached the coast.", "Saharan", "Sahara", "");
    DEMONYM("The staff there were friendly and mostly Maori.", "Maori", "New Zealand", "NZ");
    DEMONYM("Gujarati traders met in the port.", "Gujarati", "Gujarat", "IN");
    DEMONYM("Brits flock to the coast every summer.", "Brits", "United Kingdom", "GB");
    NO_PLACE("Brits flock to the coast every summer.", "Brits");
    /* an ordinary word that is also a town (Arsenal, Mauritius) */
    NO_PLACE("Arsenal beat the visitors 2-1 on Saturday.", "Arsenal");
}

/* A name alone that is arrested, charged or born, or that is a source ("according to
 * Berri,"), is a person unless it is a well-known place; a town's police or a man of the
 * town stay the town's. */
TEST(test_place_people_by_role) {
    if (!have_gazetteer()) return;
    NO_PLACE("According to Berri, the vote is off.", "Berri");
    NO_PLACE("Police said Kelso was arrested on Friday.", "Kelso");
    NO_PLACE("Berri, a former speaker, met the envoy.", "Berri");
    PLACE("According to Syria, the vote is off.", "Syria", "SY", NULL);
    PLACE("A man of Elkhart was indicted on Friday, Indiana police said.", "Elkhart", "US", "Indiana");
    PLACE("The store burned, according to Tyler police in Texas.", "Tyler", "US", "Texas");
}

/* A state named like its capital is the state when the capital holds few of its people
 * ("Quebec"), the city when it holds many ("New York"); a premier is a province's. */
TEST(test_place_state_named_like_a_small_capital) {
    if (!have_gazetteer()) return;
    check_kind("Cases were found in Alberta, one in New Brunswick, and one in Quebec.", "Quebec", 0,
               ANNALS_PLACE_ADMIN1, __LINE__);
    check_kind("Quebec Premier Francois Legault spoke on Monday.", "Quebec", 0, ANNALS_PLACE_ADMIN1,
               __LINE__);
    check_kind("She flew from Dallas to New York on Monday.", "New York", 0, ANNALS_PLACE_CITY,
               __LINE__);
}

/* A lower-case direction before a continent tells a part of it ("east Africa" is Africa);
 * the region's own name is capitalised ("East Africa"). */
TEST(test_place_direction_before_a_continent) {
    if (!have_gazetteer()) return;
    annals_doc *doc = annotate("Cholera spread in east Africa, and floods hit East Africa.", ANNALS_STAGE_ALL);
    annals_place p;
    if (!find_place(doc, "Africa", 0, &p) || strcmp(p.name, "Africa") != 0)
        an_check_fail(__FILE__, __LINE__, "'east Africa' is not Africa");
    if (!find_place(doc, "East Africa", 0, &p) || strcmp(p.name, "East Africa") != 0)
        an_check_fail(__FILE__, __LINE__, "'East Africa' is not the region");
    annals_doc_free(doc);
}

/* "X, the capital of Y", "X, a city in Y": the area qualifies the town as "X, Y" would. */
TEST(test_place_appositive_seat_qualifies) {
    if (!have_gazetteer()) return;
    PLACE("Hamilton, the capital of Bermuda, was hit by the storm.", "Hamilton", "BM", NULL);
    PLACE("Perth, a city in Scotland, grew fast.", "Perth", "GB", "Scotland");
    PLACE("Perth, the capital of Western Australia, grew fast.", "Perth", "AU", "Western Australia");
}

/* An admin1 area named "Southern X" goes by "South X" in the news too. */
TEST(test_place_short_direction_of_an_admin1) {
    if (!have_gazetteer()) return;
    PLACE("Fighting spread in South Kordofan on Monday.", "South Kordofan", "SD", NULL);
    check_kind("Nyala, the capital of South Darfur, grew.", "South Darfur", 0, ANNALS_PLACE_ADMIN1, __LINE__);
}

/* A word of a headline in capitals that the story writes in lower case is that word
 * ("RAINS HIT" is no Hit in Iraq), unless a country or a big city goes by it ("US"). */
TEST(test_place_capitals_headline_word_written_lower_elsewhere) {
    if (!have_gazetteer()) return;
    const char *t = "FLOODS KILL 20 AS RAINS HIT GUANGDONG\nHeavy rains hit Guangdong province on "
                    "Monday, US officials told us.";
    NO_PLACE(t, "HIT");
    PLACE(t, "GUANGDONG", "CN", NULL);
    PLACE(t, "US", "US", NULL);
}

/* A name and a landmark's word before "in" and a known place: a landmark at that place. */
TEST(test_place_landmark_in_a_town) {
    if (!have_gazetteer()) return;
    PLACE("A memorial stands at Shawnee Park in Institute, W.Va.", "Shawnee Park", "US", "West Virginia");
    check_kind("A memorial stands at Shawnee Park in Institute, W.Va.", "Shawnee", 0,
               ANNALS_PLACE_LANDMARK, __LINE__);
    PLACE("Horses wait at Eastern Creek in New South Wales.", "Eastern Creek", "AU", "New South Wales");
}

/* A place's name and a word of no class that say something are a person's name, which
 * names the place inside it ("York Chow said"); "Harrisburg, Pa. Smith said" keeps Pa. */
TEST(test_place_name_of_a_speaker) {
    if (!have_gazetteer()) return;
    NO_PLACE("York Chow said the government would act.", "York");
    PLACE("He works in Harrisburg, Pa. Smerecznsky said he had never met him.", "Pa.", "US", NULL);
}

/* "the X district of Angola's capital city Luanda": the place the owner's words name. */
TEST(test_place_unknown_place_in_the_owners_city) {
    if (!have_gazetteer()) return;
    PLACE("The disorder was centred in the Cacuaco district of Angola's capital city Luanda.", "Cacuaco",
          "AO", "Luanda");
}

/* A state named like the big city inside it is the state among three or more of its
 * country's other states, the city beside fewer. */
TEST(test_place_big_city_name_among_states) {
    if (!have_gazetteer()) return;
    check_kind("Three cases were found in Texas, two in Kansas and one in Ohio. New York has "
               "confirmed 28 cases.", "New York", 0, ANNALS_PLACE_ADMIN1, __LINE__);
    check_kind("She flew from Texas to New York on Monday.", "New York", 0, ANNALS_PLACE_CITY, __LINE__);
}

/* A region the news knows goes before a village of its name ("northern Luzon" in a story
 * from Davao), not before a town of note ("Lake Geneva" in Wisconsin). */
TEST(test_place_known_region_before_a_village) {
    if (!have_gazetteer()) return;
    check_kind("Pigs died in Santa Maria, Davao del Sur. Farms in northern Luzon were tested.", "Luzon", 0,
               ANNALS_PLACE_REGION, __LINE__);
    PLACE("Tourists flock to Lake Geneva in Wisconsin every summer.", "Lake Geneva", "US", "Wisconsin");
}

/* American regions that a town's name would otherwise take. */
TEST(test_place_american_regions) {
    if (!have_gazetteer()) return;
    check_kind("Remains were found on a beach in S. Jersey.", "S. Jersey", 0, ANNALS_PLACE_REGION, __LINE__);
    check_kind("Snow hit upstate New York on Monday.", "upstate New York", 0, ANNALS_PLACE_REGION, __LINE__);
    check_kind("Wildfires burned in the Hudson Valley.", "Hudson Valley", 0, ANNALS_PLACE_REGION, __LINE__);
}

/* Regions that a small town's name took; Zimbabwe's Midlands stays in its story. */
TEST(test_place_european_regions) {
    if (!have_gazetteer()) return;
    PLACE("Floods hit Yorkshire on Monday.", "Yorkshire", "GB", NULL);
    PLACE("Bears roam the forests of Transylvania.", "Transylvania", "RO", NULL);
    PLACE("Farmers in the Midlands of Zimbabwe got seeds.", "Midlands", "ZW", NULL);
}

/* A landform's or a water's name that the gazetteer lacks is no town of its first word
 * far from the story; near it (or with a qualifier) the town stays, and a state's water
 * is the state's. */
TEST(test_place_landform_namesakes) {
    if (!have_gazetteer()) return;
    NO_PLACE("Hikers crossed the Atlas Mountains last week.", "Atlas");
    NO_PLACE("Police in Fargo, N.D., said the Red River will crest at 40 feet on Monday.", "Red River");
    NO_PLACE("County Road 35, north of Alexandria, Minn., near Lake Vermont, is closed.", "Vermont");
    NO_PLACE("The ship sank in the Gulf of Carpentaria.", "the Gulf");
    NO_PLACE("A boat capsized near the Farallon Islands off San Francisco.", "Farallon");
    PLACE("A boat capsized near the Farallon Islands off San Francisco.", "San Francisco", "US", "California");
    PLACE("Volunteers cleaned Freeborn Lake near Albert Lea.", "Freeborn Lake", "US", "Minnesota");
    PLACE("Remains were found on a Delaware Bay beach.", "Delaware Bay", "US", NULL);
    PLACE("Smog covered the Sichuan Basin and Chongqing on Monday.", "Sichuan Basin", "CN", NULL);
    PLACE("Samples were found in the Rice Lake area of Fulton County, Illinois.", "Rice Lake", "US", "Illinois");
}

/* An explicit "state" or "province" is the area, even where the document names the
 * town or capital of that name with a qualifier; "X State University" is no state. */
TEST(test_place_state_word_beside_its_city) {
    if (!have_gazetteer()) return;
    check_kind("Officials in Washington, D.C., met on Monday. Farmers in Washington state lost crops to drought.",
               "Washington state", 0, ANNALS_PLACE_ADMIN1, __LINE__);
    check_kind("Lawmakers in Washington, D.C., debated. Apple growers in Washington State asked for help.",
               "Washington, D.C.", 0, ANNALS_PLACE_CITY, __LINE__);
    check_kind("Lawmakers in Washington, D.C., debated. Apple growers in Washington State asked for help.",
               "Washington State", 0, ANNALS_PLACE_ADMIN1, __LINE__);
    check_kind("Police in New York City said snow fell across New York state.", "New York state", 0,
               ANNALS_PLACE_ADMIN1, __LINE__);
    check_kind("Troops shelled Idlib city on Monday. Fighting also spread across Idlib province.",
               "Idlib province", 0, ANNALS_PLACE_ADMIN1, __LINE__);
    PLACE("Students at Bowling Green State University voted in Bowling Green, Ohio.", "Bowling Green State",
          "US", "Ohio");
}

/* A name ending in such a word without an article ("Twin Lakes", "a Red River crest") is a
 * small town's as often: kept near the story, with a qualifier, or as a lawmaker's town. */
TEST(test_place_small_towns_named_like_waters) {
    if (!have_gazetteer()) return;
    NO_PLACE("Highway 10 was closed near Twin Lakes, police in Fargo, N.D., said.", "Twin Lakes");
    NO_PLACE("The river level in Fargo, N.D., was 27 feet. The city prepared for a Red River crest of 38 feet.",
             "Red River");
    PLACE("Sen. Torrey Westrom, R-Elbow Lake, went before a committee.", "Elbow Lake", "US", "Minnesota");
    PLACE("Snow fell on Sun Valley, Idaho.", "Sun Valley", "US", "Idaho");
    PLACE("Visitors flocked to Grand Island, Neb., on Monday.", "Grand Island", "US", "Nebraska");
}

/* Parks, forests and refuges named after a place are features too ("Zion National Park"
 * is no Zion, Ill.); a bigger town named so ("Hampton Park", Victoria) is kept unless the
 * story is plainly in another country. */
TEST(test_place_parks_named_after_places) {
    if (!have_gazetteer()) return;
    NO_PLACE("Hikers visited Utah's Zion National Park.", "Zion");
    NO_PLACE("Deer live in the Pictured Rocks National Lakeshore in Michigan.", "Lakeshore");
    /* with "in" a place after it, the feature is written there */
    PLACE("A body was found east of Hampton Park in Charleston, S.C.", "Hampton Park", "US", "South Carolina");
    check_kind("A body was found east of Hampton Park in Charleston, S.C.", "Hampton Park", 0,
               ANNALS_PLACE_LANDMARK, __LINE__);
    PLACE("Fishing is banned in the Neches River National Wildlife Refuge near Athens, Texas.", "Neches River",
          "US", "Texas");
    check_kind("The Georgia National Guard was deployed in Atlanta.", "Georgia", 0, ANNALS_PLACE_ADMIN1, __LINE__);
}

/* A far namesake dropped, the feature is written where the text puts it ("in Morocco"). */
TEST(test_place_landform_in_a_named_place) {
    if (!have_gazetteer()) return;
    PLACE("Hikers crossed the Atlas Mountains in Morocco last week.", "Atlas Mountains", "MA", NULL);
    check_kind("Hikers crossed the Atlas Mountains in Morocco last week.", "Atlas Mountains", 0,
               ANNALS_PLACE_LANDMARK, __LINE__);
    PLACE("Hikers visited Zion National Park in Utah.", "Zion National Park", "US", "Utah");
    NO_PLACE("Hikers crossed the Atlas Mountains last week.", "Atlas");
}

/* With no town or area of the story to go by, a district named like its valley stays; a
 * feature's word alone after a name is no place ("Tampa Bay" is no Bay, Somalia). */
TEST(test_place_landform_without_context) {
    if (!have_gazetteer()) return;
    PLACE("Fighting in the Swat Valley killed 10.", "Swat Valley", "PK", NULL);
    NO_PLACE("Sales rose in Tampa Bay and Green Bay, Wis.", "Bay");
    PLACE("Sales rose in Tampa Bay and Green Bay, Wis.", "Green Bay", "US", "Wisconsin");
}

/* New Zealand's two main islands, which news names as regions (South Island was
 * Coronado, Calif., by an old name); "the X Island of Y" is that island. */
TEST(test_place_new_zealand_islands) {
    if (!have_gazetteer()) return;
    PLACE("Rain fell on the North Island of New Zealand and on South Island.", "North Island", "NZ", NULL);
    PLACE("Rain fell on the North Island of New Zealand and on South Island.", "South Island", "NZ", NULL);
}

/* A city of note named like a water stays beside far towns; a mid-sized town of such a
 * name only where the story is. */
TEST(test_place_cities_named_like_waters) {
    if (!have_gazetteer()) return;
    PLACE("The Packers beat Chicago in Green Bay on Sunday.", "Green Bay", "US", "Wisconsin");
    NO_PLACE("Sales taxes rose in Sun Valley and Paris, Texas.", "Sun Valley");
    NO_PLACE("A semi collapsed Bridge 136 over Big Creek near Mount Pleasant, Iowa.", "Big Creek");
    PLACE("Fish died in Cherry Creek near Denver, Colo.", "Cherry Creek", "US", "Colorado");
}

/* A small town's one-word name opening a sentence before a lower-case word is capitalised
 * by its place ("Sales rose" is no Sales, France): kept only in a story of the town's
 * state, or before a word for its people ("Preble voters"). */
TEST(test_place_sentence_openers) {
    if (!have_gazetteer()) return;
    NO_PLACE("The company reported on Tuesday. Sales rose 4 percent in the quarter.", "Sales");
    NO_PLACE("Farmers met in Chicago on Monday. Apples sold out by noon.", "Apples");
    NO_PLACE("Rangers counted the herd near Pittsburgh. Deer live in the woods there all year.", "Deer");
    NO_PLACE("Prices fell on Monday. Planes were grounded at the airport.", "Planes");
    /* after a dateline's dash, as at a sentence's start */
    NO_PLACE("The market opened.\n\nCHICAGO (AP) \xe2\x80\x94 Apples sold out by noon, traders said.", "Apples");
    PLACE("Columbus, Ohio, grew fast last year. Pataskala has added 2,000 homes since then.", "Pataskala", "US",
          "Ohio");
    PLACE("The count starts on Monday. Preble voters can apply for absentee ballots.", "Preble", "US", NULL);
    PLACE("Water rose near Pittsburgh. Apples, Switzerland, was dry.", "Apples", "CH", NULL);
}

/* A city's compass side ("the North Side") is meant where the story is: no Cayman Islands
 * district in a story of Pittsburgh, nor a hamlet of New York beside Chicago. */
TEST(test_place_city_sides) {
    if (!have_gazetteer()) return;
    NO_PLACE("Police patrolled the North Side on Friday in Pittsburgh.", "North Side");
    NO_PLACE("Crime fell on the South Side of Chicago last year.", "South Side");
    PLACE("Crime fell on the South Side of Chicago last year.", "Chicago", "US", "Illinois");
    PLACE("Storms hit the Cayman Islands. Roads in North Side were flooded.", "North Side", "KY", NULL);
}

/* Ordinary nouns that are towns somewhere, a town of note among them (Ełk, Poland), need
 * a preposition or a qualifier. */
TEST(test_place_common_nouns_as_towns) {
    if (!have_gazetteer()) return;
    NO_PLACE("Rangers met in Montana on Monday. Elk herds grew by a third last year.", "Elk");
    NO_PLACE("The farm lies in Kansas. Hay prices doubled after the drought.", "Hay");
    NO_PLACE("The path was closed. Moss covered the rocks by the river.", "Moss");
    PLACE("The ferry sailed from Moss to Horten on Monday.", "Moss", "NO", NULL);
}

/* English words that only small towns bear (marked from the word list when the gazetteer
 * is built), capitalised inside a sentence for a title, a list or a brand, are the words;
 * a preposition still makes them the town. */
TEST(test_place_dictionary_words_inside_a_sentence) {
    if (!have_gazetteer()) return;
    NO_PLACE("The bank said Cars and Loans had grown fastest this year.", "Cars");
    NO_PLACE("The bank said Cars and Loans had grown fastest this year.", "Loans");
    NO_PLACE("The menu lists Salmon, Barley soup and Rye bread this week.", "Salmon");
    NO_PLACE("Shares of Clover Foods rose after the report on Monday.", "Clover");
    /* a headline in title case past its first word */
    NO_PLACE("Fresh Salmon Prices Climb\n\nThe market said on Monday that prices rose.", "Salmon");
    NO_PLACE("Bank Cuts Rates On Cars And Loans\n\nThe bank said on Monday that rates would fall.", "Cars");
    PLACE("The family drove from Paris to Cars last summer.", "Cars", "FR", NULL);
    PLACE("Buses ran between Loans and Cars on Monday.", "Cars", "FR", NULL);
    PLACE("Anglers crowded the Salmon River in Idaho last week.", "Salmon River", "US", "Idaho");
    /* a list of towns holds its members along it, not only beside a strong one */
    PLACE("Crews came from Harwinton, Bantam, Litchfield and Winsted on Sunday.", "Harwinton", "US",
          "Connecticut");
}

/* ---- countries at the article's date ------------------------------------------------ */

static void check_place_on(const char *date, const char *text, const char *surface,
                           const char *country, int line) {
    annals_doc *doc = NULL;
    if (annals_doc_new(an_test_engine(), &doc) != ANNALS_OK) return;
    if (date) annals_doc_set(doc, ANNALS_FIELD_PUBLISHED, date, strlen(date));
    annals_doc_set(doc, ANNALS_FIELD_TEXT, text, strlen(text));
    annals_annotate(an_test_engine(), doc, ANNALS_STAGE_ALL);
    annals_place p;
    if (!find_place(doc, surface, 0, &p))
        an_check_fail(__FILE__, line, "no place \"%s\" in \"%s\"", surface, text);
    else if (strcmp(p.country, country) != 0)
        an_check_fail(__FILE__, line, "\"%s\" on %s -> %s, want %s", surface, date ? date : "-",
                      p.country, country);
    annals_doc_free(doc);
}

#define PLACE_ON(date, text, surface, cc) check_place_on(date, text, surface, cc, __LINE__)

TEST(test_place_country_at_article_date) {
    if (!have_gazetteer()) return;
    const char *juba = "Aid workers left Juba after the clashes.";
    PLACE_ON("2005-03-01", juba, "Juba", "SD");
    PLACE_ON("2011-07-09", juba, "Juba", "SS");
    PLACE_ON("2013-12-20T10:00:00Z", juba, "Juba", "SS");
    PLACE_ON("2011", juba, "Juba", "SS"); /* the year alone does not tell */
    PLACE_ON("2010", juba, "Juba", "SD");
    PLACE_ON(NULL, juba, "Juba", "SS");
    /* splits chain back in time: Serbia and Montenegro, then Yugoslavia */
    const char *pristina = "The bus to Pristina was stopped at the border.";
    PLACE_ON("2007-05-02", pristina, "Pristina", "RS");
    PLACE_ON("2004-05-02", pristina, "Pristina", "CS");
    PLACE_ON("1999-05-02", pristina, "Pristina", "YU");
    PLACE_ON("2009-05-02", pristina, "Pristina", "XK");
    /* Czechoslovakia's CS does not go on to Yugoslavia's */
    PLACE_ON("1990-11-17", "Students marched through Bratislava on Friday.", "Bratislava", "CS");
    PLACE_ON("1989-06-01", "Strikes spread to Kiev and the mines of the Donbass.", "Kiev", "SU");
    PLACE_ON("1995-06-01", "Strikes spread to Kiev and the mines of the Donbass.", "Kiev", "UA");
}

/* ---- the phrase saying what kind of place, and whose ------------------------------- */

TEST(test_place_demonym_in_kind_phrase) {
    if (!have_gazetteer()) return;
    PLACE("Clashes erupted in the north Lebanese port of Tripoli on Sunday.", "Tripoli", "LB", NULL);
    PLACE("Clashes erupted in Tripoli, the Lebanese port city, on Sunday.", "Tripoli", "LB", NULL);
    PLACE("The Canadian town of Paris voted on a new bridge on Monday.", "Paris", "CA", NULL);
    PLACE("Shells landed near the Syrian border town of Tripoli, a resident said.", "Tripoli", "LY", NULL);
    /* not a kind of place: the demonym says nothing of where Georgia is */
    PLACE("The Russian invasion of Georgia began in August.", "Georgia", "GE", NULL);
}

TEST(test_place_apposition_names_country) {
    if (!have_gazetteer()) return;
    PLACE("Aid reached Tripoli, a city in northern Lebanon, on Sunday.", "Tripoli", "LB", NULL);
    PLACE("Voters in Paris, a small town in Canada, chose a new mayor.", "Paris", "CA", NULL);
    PLACE("Shells hit Tripoli, Lebanon's second city, on Sunday.", "Tripoli", "LB", NULL);
    /* a settlement word right before the name, without "of" */
    PLACE("Clashes broke out in the Lebanese city Tripoli on Sunday.", "Tripoli", "LB", NULL);
    PLACE("Floods reached the Canadian town Paris on Sunday.", "Paris", "CA", NULL);
}

TEST(test_place_outlet_named_after_its_noun) {
    if (!have_gazetteer()) return;
    NO_PLACE("The newspaper La Prensa reported that the mayor resigned.", "La Prensa");
    NO_PLACE("Talks failed, the Lebanese daily As-Safir said on Monday.", "As-Safir");
    /* the place beside the outlet stays one */
    PLACE("A newspaper in Managua said the vote was fair.", "Managua", "NI", NULL);
    PLACE("He told the weekly Der Spiegel that Berlin would act.", "Berlin", "DE", NULL);
    /* named inside the outlet's name, as in "Washington Post" */
    annals_doc *doc = annotate("The newspaper La Prensa reported that the mayor resigned.", ANNALS_STAGE_ALL);
    CHECK_INT((long)annals_doc_count(doc, ANNALS_LIST_PLACES), 0);
    annals_doc_free(doc);
}

TEST(test_place_person_word_before_a_town) {
    if (!have_gazetteer()) return;
    /* a name the lexicon knows as a person's, before a town's: a surname */
    NO_PLACE("The talks were chaired by Ahmed Kirkuk, an engineer.", "Kirkuk");
    NO_PLACE("The lawyer, Michael York, declined to comment.", "York");
    /* not before a country's own name, which a firm's name may hold */
    PLACE("Prices rose at Taco Bell Canada this year.", "Canada", "CA", NULL);
    /* such a name that is also a town's, before an unknown surname, is the given name */
    NO_PLACE("Fans of David Biggs gathered outside the hall.", "David");
}

TEST(test_place_saint_name_before_a_town) {
    if (!have_gazetteer()) return;
    PLACE("The team from St. Joseph London finished second.", "London", "GB", NULL);
}
