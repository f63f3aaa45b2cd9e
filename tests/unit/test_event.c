/* test_event.c - the events stage on texts of our own with the hard cases of a real war
 * report: a combined toll ("at least 1,200 ... killed or wounded"), a claim made by a
 * ministry's general "said on Thursday" (Thursday is when he spoke, not when it happened),
 * two recaptures years apart, and "the town" / "the ancient city" referring back to the
 * place named before. Actors and places are filled in by hand, so these tests check the
 * events stage alone. */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "annals.h"
#include "check.h"
#include "core/buf.h"
#include "core/doc.h"
#include "event/event.h"

/* Byte offset of the n-th (0-based) occurrence of s in the text, or -1. */
static long find(const annals_doc *d, const char *s, int nth) {
    const char *t = d->field[ANNALS_FIELD_TEXT];
    const char *p = t;
    for (; (p = strstr(p, s)) != NULL; p++)
        if (nth-- == 0) return (long)(p - t);
    return -1;
}

static void actor(annals_doc *d, const char *text, int nth, const char *name, int kind,
                  const char *country) {
    long at = find(d, text, nth);
    if (at < 0) return;
    an_actor *a = AN_PUSH(d, actors);
    a->start = (size_t)at;
    a->end = (size_t)at + strlen(text);
    a->where = AN_WHERE_TEXT;
    a->name = name;
    a->kind = (uint8_t)kind;
    snprintf(a->country, sizeof a->country, "%s", country);
}

static void place(annals_doc *d, const char *text, int nth, int kind, const char *country) {
    long at = find(d, text, nth);
    if (at < 0) return;
    an_place *p = AN_PUSH(d, places);
    p->start = (size_t)at;
    p->end = (size_t)at + strlen(text);
    p->where = AN_WHERE_TEXT;
    p->name = text;
    p->kind = (uint8_t)kind;
    p->geonameid = 1;
    snprintf(p->country, sizeof p->country, "%s", country);
}

static annals_doc *prepare(const char *published, const char *text) {
    annals_doc *d = NULL;
    if (annals_doc_new(an_test_engine(), &d) != ANNALS_OK) return NULL;
    annals_doc_set(d, ANNALS_FIELD_TEXT, text, strlen(text));
    annals_doc_set(d, ANNALS_FIELD_PUBLISHED, published, strlen(published));
    annals_annotate(an_test_engine(), d, ANNALS_STAGE_SEGMENT | ANNALS_STAGE_TIME);
    return d;
}

static void run(annals_doc *d) { annals_annotate(an_test_engine(), d, ANNALS_STAGE_EVENT); }

/* The event whose trigger starts with `trigger`, or NULL. */
static const an_event *event(const annals_doc *d, const char *trigger) {
    for (size_t i = 0; i < d->events.n; i++) {
        const an_event *e = &d->events.v[i];
        if (!e->n_ev) continue;
        const char *t = d->field[ANNALS_FIELD_TEXT] + e->ev[0].start;
        if (strncmp(t, trigger, strlen(trigger)) == 0) return e;
    }
    return NULL;
}

static const char *actor_name(const annals_doc *d, int k) {
    return k >= 0 ? d->actors.v[k].name : NULL;
}

static const char *place_name(const annals_doc *d, int k) {
    return k >= 0 ? d->places.v[k].name : NULL;
}

static const char *claim_text(const annals_doc *d, const an_event *e) {
    static char buf[200];
    size_t n = e->claim_end - e->claim_start;
    if (n >= sizeof buf) n = sizeof buf - 1;
    memcpy(buf, d->field[ANNALS_FIELD_TEXT] + e->claim_start, n);
    buf[n] = '\0';
    return buf;
}

static const char *const report =
    "At least 1,200 Islamic State fighters were killed or wounded by army troops and Russian "
    "jets as the Syrian army retook the town of Palmyra from Islamic State, Maj. Gen. Igor "
    "Konashenkov of the Russian Defence Ministry said on Thursday.\n\n"
    "Government troops captured the town this week, freeing it after the militants had held "
    "it for ten months.\n\n"
    "The militants seized the ancient city in May 2015 and destroyed several of its temples.\n\n"
    "Syrian forces first recaptured the ancient city from the group in March 2016.";

static annals_doc *report_doc(void) {
    annals_doc *d = prepare("2016-03-31", report);
    if (!d) return NULL;
    actor(d, "Islamic State fighters", 0, "Islamic State", AN_ACTOR_ARMED_GROUP, "");
    actor(d, "army troops", 0, "Syrian Arab Army", AN_ACTOR_MILITARY, "SY");
    actor(d, "Russian jets", 0, "Russian Aerospace Forces", AN_ACTOR_MILITARY, "RU");
    actor(d, "Syrian army", 0, "Syrian Arab Army", AN_ACTOR_MILITARY, "SY");
    actor(d, "Islamic State", 1, "Islamic State", AN_ACTOR_ARMED_GROUP, "");
    actor(d, "Igor Konashenkov", 0, "Igor Konashenkov", AN_ACTOR_PERSON, "RU");
    actor(d, "Russian Defence Ministry", 0, "Ministry of Defence of Russia",
          AN_ACTOR_GOVERNMENT, "RU");
    actor(d, "Government troops", 0, "Syrian Arab Army", AN_ACTOR_MILITARY, "SY");
    actor(d, "militants", 0, "Islamic State", AN_ACTOR_ARMED_GROUP, "");
    actor(d, "militants", 1, "Islamic State", AN_ACTOR_ARMED_GROUP, "");
    actor(d, "Syrian forces", 0, "Syrian Arab Army", AN_ACTOR_MILITARY, "SY");
    actor(d, "the group", 0, "Islamic State", AN_ACTOR_ARMED_GROUP, "");
    place(d, "Palmyra", 0, AN_PLACE_CITY, "SY");
    run(d);
    return d;
}

TEST(test_event_combined_toll_and_claim) {
    annals_doc *d = report_doc();
    CHECK(d != NULL);
    if (!d) return;
    const an_event *e = event(d, "killed or wounded");
    CHECK(e != NULL);
    if (e) {
        CHECK_STR(e->plover, "ASSAULT");
        CHECK_STR(actor_name(d, e->actor1), "Syrian Arab Army");
        CHECK_STR(actor_name(d, e->actor2), "Islamic State");
        CHECK_INT(e->n_cas, 1);
        if (e->n_cas) {
            CHECK_STR(an_event_casualty_kind(e->cas[0].kind), "killed_or_wounded");
            CHECK_INT(e->cas[0].low, 1200);
            CHECK_INT(e->cas[0].best, 1200);
            CHECK_INT(e->cas[0].high, AN_COUNT_NONE);
            CHECK_STR(e->cas[0].who, "Islamic State fighters");
        }
        CHECK_STR(actor_name(d, e->source), "Igor Konashenkov");
        CHECK_STR(claim_text(d, e),
                  "Maj. Gen. Igor Konashenkov of the Russian Defence Ministry said on Thursday");
        CHECK_STR(an_event_modality(e->modality), "reported");
        /* "on Thursday" is when he spoke: the event takes the week of the report */
        CHECK_STR(e->date, "2016-W13");
        CHECK_STR(an_event_date_precision(e->date_precision), "week");
    }
    annals_doc_free(d);
}

TEST(test_event_recapture_is_its_own_event) {
    annals_doc *d = report_doc();
    if (!d) return;
    const an_event *e = event(d, "retook");
    CHECK(e != NULL);
    if (e) {
        CHECK_STR(e->plover, "ASSAULT");
        CHECK_STR(e->acled_type, "Battles");
        CHECK_STR(e->acled_subtype, "Government regains territory");
        CHECK_STR(actor_name(d, e->actor1), "Syrian Arab Army");
        CHECK_STR(actor_name(d, e->actor2), "Islamic State");
        CHECK_STR(place_name(d, e->place), "Palmyra");
        CHECK_STR(an_event_place_precision(e->place_precision), "sentence");
        CHECK_INT(e->n_cas, 0);
        CHECK_STR(actor_name(d, e->source), "Igor Konashenkov");
    }
    annals_doc_free(d);
}

TEST(test_event_the_town_refers_back) {
    annals_doc *d = report_doc();
    if (!d) return;
    const an_event *e = event(d, "captured");
    CHECK(e != NULL);
    if (e) {
        CHECK_STR(e->acled_subtype, "Government regains territory");
        CHECK_STR(place_name(d, e->place), "Palmyra");
        CHECK_STR(an_event_place_precision(e->place_precision), "coreference");
        CHECK_STR(e->date, "2016-W13");
        CHECK_STR(an_event_modality(e->modality), "asserted");
    }
    /* "freeing it" repeats the capture: no event of its own */
    CHECK(event(d, "freeing") == NULL);
    CHECK(event(d, "held") == NULL);
    annals_doc_free(d);
}

TEST(test_event_two_recaptures_years_apart) {
    annals_doc *d = report_doc();
    if (!d) return;
    const an_event *seized = event(d, "seized");
    CHECK(seized != NULL);
    if (seized) {
        CHECK_STR(seized->acled_subtype, "Non-state actor overtakes territory");
        CHECK_STR(seized->date, "2015-05");
        CHECK_STR(an_event_date_precision(seized->date_precision), "month");
        CHECK_STR(place_name(d, seized->place), "Palmyra");
    }
    const an_event *destroyed = event(d, "destroyed");
    CHECK(destroyed != NULL);
    if (destroyed) {
        CHECK_STR(destroyed->plover, "COERCE");
        CHECK_STR(actor_name(d, destroyed->actor1), "Islamic State");
        CHECK_STR(destroyed->date, "2015-05");
    }
    const an_event *first = event(d, "recaptured");
    CHECK(first != NULL);
    if (first) {
        CHECK_STR(first->date, "2016-03");
        CHECK_STR(first->acled_subtype, "Government regains territory");
        CHECK_STR(actor_name(d, first->actor2), "Islamic State");
        CHECK_STR(place_name(d, first->place), "Palmyra");
    }
    annals_doc_free(d);
}

/* "since May 13" and "in the past 24 hours" run up to the report: an interval, not the day. */
TEST(test_event_dates_looking_back) {
    static const struct {
        const char *text, *date, *precision;
    } cases[] = {
        {"Rebels have killed at least 40 villagers in the district since May 13, the governor "
         "said on Sunday.", "2017-05-13/2017-06-04", "month"},
        {"At least 12 soldiers were killed in the past 24 hours, the monitor said.",
         "2017-06-03/2017-06-04", "week"},
        {"Air strikes killed 30 civilians in the last three days.", "2017-06-02/2017-06-04", "week"},
        {"Troops recaptured the village on Thursday, the army said on Friday.", "2017-06-01", "day"},
    };
    /* the event of an "after" clause does not take the main clause's Thursday */
    annals_doc *after = prepare("2017-06-04", "Troops recaptured the village on Thursday, two "
                                              "months after rebels had seized it.");
    if (after) {
        run(after);
        const an_event *seized = event(after, "seized");
        CHECK(seized != NULL);
        if (seized) CHECK(strcmp(seized->date, "2017-06-01") != 0);
        annals_doc_free(after);
    }
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        annals_doc *d = prepare("2017-06-04", cases[i].text);
        if (!d) continue;
        run(d);
        CHECK(d->events.n >= 1);
        if (d->events.n >= 1) {
            CHECK_STR(d->events.v[0].date, cases[i].date);
            CHECK_STR(an_event_date_precision(d->events.v[0].date_precision), cases[i].precision);
        }
        annals_doc_free(d);
    }
}

/* ---- counts, frames, modality --------------------------------------------------------- */

typedef struct {
    const char *text;
    const char *kind;
    long long low, best, high;
} count_case;

TEST(test_event_casualty_counts) {
    static const count_case cases[] = {
        {"Rebels shelled the town, killing about 20 people.", "killed", -1, 20, -1},
        {"Dozens of soldiers were killed in the fighting.", "killed", 12, 12, -1},
        {"Gunmen kidnapped up to 40 villagers.", "captured", -1, -1, 40},
        {"Three policemen were wounded in the attack.", "injured", 3, 3, 3},
        {"Hundreds of families have been displaced by the shelling.", "displaced", 100, 100, -1},
        {"A car bomb killed more than 30 people in the market.", "killed", 30, 30, -1},
        {"An airstrike killed twenty-five people.", "killed", 25, 25, 25},
        {"Its jets had killed more than 300 militants.", "killed", 300, 300, -1},
        {"Nearly 40 people were reported missing after the attack.", "missing", -1, 40, -1},
        /* a toll whose figure comes later in the clause, skipping dates */
        {"The death toll from the bombing in Jalalabad rose to 52 on Sunday.", "killed", 52, 52, 52},
        {"Police put the toll from the 2019 attack on the mosque at 37.", "killed", 37, 37, 37},
        {"The number of people killed in the floods near Derna has risen to 61.", "killed", 61, 61, 61},
        {"The ambush near Menaka claimed the lives of 14 soldiers.", "killed", 14, 14, 14},
        {"Medics recovered the bodies of 27 people after the raid.", "killed", 27, 27, 27},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        annals_doc *d = prepare("2020-01-10", cases[i].text);
        if (!d) continue;
        run(d);
        int found = 0;
        for (size_t k = 0; k < d->events.n && !found; k++)
            for (size_t x = 0; x < d->events.v[k].n_cas; x++) {
                const an_casualty *c = &d->events.v[k].cas[x];
                if (strcmp(an_event_casualty_kind(c->kind), cases[i].kind) != 0) continue;
                found = 1;
                CHECK_INT(c->low, cases[i].low);
                CHECK_INT(c->best, cases[i].best);
                CHECK_INT(c->high, cases[i].high);
            }
        if (!found) an_check_fail(__FILE__, __LINE__, "no %s count in: %s", cases[i].kind, cases[i].text);
        annals_doc_free(d);
    }
}

typedef struct {
    const char *text;
    const char *plover;   /* the only type expected */
    const char *modality;
} type_case;

TEST(test_event_types_frames_modality) {
    static const type_case cases[] = {
        {"The rebels threatened to shell the capital.", "THREATEN", "threatened"},
        {"The government said it will release the prisoners.", "AGREE", "planned"},
        {"The minister refused to meet the delegation.", "REJECT", "asserted"},
        {"Protesters demanded the resignation of the governor.", "REQUEST", "asserted"},
        {"The army did not attack the village.", "ASSAULT", "negated"},
        {"The militia could attack the airport.", "ASSAULT", "hypothetical"},
        {"The ministry denied that its aircraft had struck the hospital.", "ASSAULT", "denied"},
        {"Police arrested 12 students, according to witnesses.", "COERCE", "reported"},
        {"Thousands of workers staged a general strike.", "PROTEST", "asserted"},
        {"The two countries signed a treaty on Monday.", "SUPPORT", "asserted"},
        {"The country will not accept more refugees.", "REJECT", "asserted"},
        {"The agency suspended aid deliveries to the region.", "SANCTION", "asserted"},
        {"The premier congratulated the winner of the vote.", "SUPPORT", "asserted"},
        {"The senator slammed the new tariffs.", "ACCUSE", "asserted"},
        {"The council spurned the offer from the union.", "REJECT", "asserted"},
        {"The envoy toured the flooded districts.", "CONSULT", "asserted"},
        {"A rocket attack hit the air base.", "ASSAULT", "asserted"},
        {"Soldiers freed three hostages on Sunday.", "RETREAT", "asserted"},
        {"Troops remained on high alert along the border.", "MOBILIZE", "asserted"},
        {"The embassy protested to the ministry over the arrests.", "ACCUSE", "asserted"},
        {"The minister traveled to the capital on Monday.", "CONSULT", "asserted"},
        {"The visiting Chilean minister praised the reform.", "SUPPORT", "asserted"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        annals_doc *d = prepare("2020-01-10", cases[i].text);
        if (!d) continue;
        run(d);
        if (d->events.n != 1) {
            an_check_fail(__FILE__, __LINE__, "%zu events in: %s", d->events.n, cases[i].text);
        } else {
            CHECK_STR(d->events.v[0].plover, cases[i].plover);
            CHECK_STR(an_event_modality(d->events.v[0].modality), cases[i].modality);
        }
        annals_doc_free(d);
    }
}

TEST(test_event_public_accessor) {
    annals_doc *d = report_doc();
    if (!d) return;
    CHECK(annals_doc_count(d, ANNALS_LIST_EVENTS) >= 5);
    annals_event ev;
    CHECK_INT(annals_doc_event(d, 0, &ev), ANNALS_OK);
    CHECK_STR(ev.plover, "ASSAULT");
    CHECK_INT(ev.trigger.start, 43);
    CHECK_INT(ev.casualty_count, 1);
    annals_casualty c;
    CHECK_INT(annals_doc_event_casualty(d, 0, 0, &c), ANNALS_OK);
    CHECK_STR(c.kind, "killed_or_wounded");
    CHECK_INT(c.low, 1200);
    CHECK_INT(annals_doc_event(d, 999, &ev), ANNALS_EINVAL);
    annals_doc_free(d);
}

TEST(test_event_no_events_in_plain_text) {
    annals_doc *d = prepare("2020-01-10", "The weather was mild and the museum opened at nine. "
                                          "The exhibition shows old missiles and rockets. "
                                          "Its new wing cost two million pounds. A storm "
                                          "cut power. The report named a heart attack.");
    if (!d) return;
    run(d);
    CHECK_INT(d->events.n, 0);
    annals_doc_free(d);
}

/* ACLED sub-types and CAMEO roots that the actors decide. */
TEST(test_event_acled_from_actors) {
    annals_doc *d = prepare("2020-01-10", "Government warplanes struck the market.\n\n"
                                          "Gunmen attacked the villagers.");
    if (!d) return;
    actor(d, "Government warplanes", 0, "Syrian Air Force", AN_ACTOR_MILITARY, "SY");
    actor(d, "Gunmen", 0, "gunmen", AN_ACTOR_ARMED_GROUP, "");
    actor(d, "villagers", 0, "villagers", AN_ACTOR_GROUP_OF_PEOPLE, "");
    run(d);
    const an_event *air = event(d, "struck");
    CHECK(air != NULL);
    if (air) {
        CHECK_STR(air->acled_type, "Explosions/Remote violence");
        CHECK_STR(air->acled_subtype, "Air/drone strike");
        CHECK_STR(air->cameo, "195");
    }
    const an_event *vac = event(d, "attacked");
    CHECK(vac != NULL);
    if (vac) {
        CHECK_STR(vac->acled_type, "Violence against civilians");
        CHECK_STR(vac->cameo, "180");
        CHECK_STR(actor_name(d, vac->actor2), "villagers");
    }
    annals_doc_free(d);
}

/* The country of an event's side: its actor's, else the place standing for it ("--"). */
static const char *side_country(const annals_doc *d, int actor, int place) {
    if (actor >= 0) return d->actors.v[actor].country[0] ? d->actors.v[actor].country : "--";
    return place >= 0 && d->places.v[place].country[0] ? d->places.v[place].country : "--";
}

/* The dyads of the events whose trigger starts with `trigger`, "NO>CL NO>IR ...". */
static const char *dyads(const annals_doc *d, const char *trigger, char *buf, size_t cap) {
    size_t n = 0;
    buf[0] = '\0';
    for (size_t i = 0; i < d->events.n; i++) {
        const an_event *e = &d->events.v[i];
        const char *t = d->field[ANNALS_FIELD_TEXT] + e->ev[0].start;
        if (!e->n_ev || strncmp(t, trigger, strlen(trigger)) != 0) continue;
        int w = snprintf(buf + n, cap - n, "%s%s>%s", n ? " " : "",
                         side_country(d, e->actor1, e->actor1_place),
                         side_country(d, e->actor2, e->actor2_place));
        if (w < 0 || (size_t)w >= cap - n) break;
        n += (size_t)w;
    }
    return buf;
}

/* Compound actors give one event a pair, as CAMEO codes them; two subjects without an
 * object act on each other. */
TEST(test_event_compound_actors) {
    annals_doc *d = prepare("2021-05-03", "Norway and Chile signed a fisheries treaty.\n\n"
                                          "Canada denounced Belarus, Myanmar and Iran.");
    if (!d) return;
    place(d, "Norway", 0, AN_PLACE_COUNTRY, "NO");
    place(d, "Chile", 0, AN_PLACE_COUNTRY, "CL");
    place(d, "Canada", 0, AN_PLACE_COUNTRY, "CA");
    place(d, "Belarus", 0, AN_PLACE_COUNTRY, "BY");
    place(d, "Myanmar", 0, AN_PLACE_COUNTRY, "MM");
    place(d, "Iran", 0, AN_PLACE_COUNTRY, "IR");
    run(d);
    char buf[128];
    CHECK_STR(dyads(d, "signed", buf, sizeof buf), "CL>NO NO>CL");
    CHECK_STR(dyads(d, "denounced", buf, sizeof buf), "CA>BY CA>MM CA>IR");
    annals_doc_free(d);
    /* words between "and" and the second party: "Norway and coastal Chile" */
    d = prepare("2021-05-03", "The Chilean navy and southern Peruvian fishermen met on Monday.");
    if (!d) return;
    actor(d, "Chilean navy", 0, "Chile military", AN_ACTOR_MILITARY, "CL");
    actor(d, "Peruvian fishermen", 0, "Peru fishermen", AN_ACTOR_GROUP_OF_PEOPLE, "PE");
    run(d);
    CHECK_STR(dyads(d, "met", buf, sizeof buf), "PE>CL CL>PE");
    annals_doc_free(d);
}

/* Without an actor after the verb, the place the act is aimed at is the target (and still
 * the event's place); the subject's own troops are not its target. */
TEST(test_event_target_place_and_own_agents) {
    annals_doc *d = prepare("2021-05-03", "Kenya lifted the curfew in Mombasa.\n\n"
                                          "Peru withdrew its troops from Ecuador.");
    if (!d) return;
    place(d, "Kenya", 0, AN_PLACE_COUNTRY, "KE");
    place(d, "Mombasa", 0, AN_PLACE_CITY, "KE");
    place(d, "Peru", 0, AN_PLACE_COUNTRY, "PE");
    actor(d, "troops", 0, "Peru military", AN_ACTOR_MILITARY, "PE");
    place(d, "Ecuador", 0, AN_PLACE_COUNTRY, "EC");
    run(d);
    const an_event *lift = event(d, "lifted");
    CHECK(lift != NULL);
    if (lift) {
        CHECK_STR(place_name(d, lift->actor2_place), "Mombasa");
        CHECK_STR(place_name(d, lift->place), "Mombasa");
    }
    char buf[64];
    CHECK_STR(dyads(d, "withdrew", buf, sizeof buf), "PE>EC");
    annals_doc_free(d);
    /* rebels of the subject's own country are its target, not its agents */
    d = prepare("2021-05-03", "Peruvian troops attacked rebels in Cusco.");
    if (!d) return;
    actor(d, "Peruvian troops", 0, "Peru military", AN_ACTOR_MILITARY, "PE");
    actor(d, "rebels", 0, "rebels", AN_ACTOR_ARMED_GROUP, "PE");
    place(d, "Cusco", 0, AN_PLACE_CITY, "PE");
    run(d);
    const an_event *e = event(d, "attacked");
    CHECK(e != NULL);
    if (e) CHECK_STR(actor_name(d, e->actor2), "rebels");
    annals_doc_free(d);
}

/* The object is the nearer of an actor and a country after the verb, a town only when no
 * actor is; a capital before the verb stands for its government. */
TEST(test_event_nearest_object_and_capital_subject) {
    annals_doc *d = prepare("2021-05-03", "Dairy farmers blockaded Lyon.\n\nOttawa condemned "
                                          "Belarus over a ruling of the European Union.");
    if (!d) return;
    actor(d, "Dairy farmers", 0, "farmers", AN_ACTOR_GROUP_OF_PEOPLE, "FR");
    place(d, "Lyon", 0, AN_PLACE_CITY, "FR");
    actor(d, "European Union", 0, "European Union", AN_ACTOR_ORGANISATION, "");
    place(d, "Ottawa", 0, AN_PLACE_CITY, "CA");
    d->places.v[d->places.n - 1].precision = 15;
    place(d, "Belarus", 0, AN_PLACE_COUNTRY, "BY");
    run(d);
    char buf[64];
    CHECK_STR(dyads(d, "blockaded", buf, sizeof buf), "FR>FR");
    CHECK_STR(dyads(d, "condemned", buf, sizeof buf), "CA>BY");
    annals_doc_free(d);
}

/* The subject of a "that" clause is the one a demand is made of; an unnamed actor without
 * a country takes the other side's ("rebels" of a Sudanese accusation). */
TEST(test_event_that_clause_and_domestic_actors) {
    annals_doc *d = prepare("2021-05-03", "Norway demanded that Iran free the sailors.\n\n"
                                          "The Sudanese government accused rebels of looting.");
    if (!d) return;
    place(d, "Norway", 0, AN_PLACE_COUNTRY, "NO");
    place(d, "Iran", 0, AN_PLACE_COUNTRY, "IR");
    actor(d, "Sudanese government", 0, "Sudan government", AN_ACTOR_GOVERNMENT, "SD");
    actor(d, "rebels", 0, "rebels", AN_ACTOR_ARMED_GROUP, "");
    run(d);
    char buf[64];
    CHECK_STR(dyads(d, "demanded", buf, sizeof buf), "NO>IR");
    const an_event *e = event(d, "accused");
    CHECK(e != NULL);
    if (e) {
        CHECK_STR(actor_name(d, e->actor2), "rebels");
        CHECK_STR(e->actor2_cc, "SD");
        CHECK_STR(e->actor1_cc, "");
    }
    annals_doc_free(d);
}

/* "the town" is the town the last event took place in, not one named in passing. */
TEST(test_event_the_town_is_the_last_event_town) {
    annals_doc *d = prepare("2021-05-03", "Rebels seized Saraqeb on Monday.\n\n"
                                          "Saraqeb lies 20 km from Idlib.\n\n"
                                          "Troops retook the town on Friday.");
    if (!d) return;
    actor(d, "Rebels", 0, "rebels", AN_ACTOR_ARMED_GROUP, "SY");
    place(d, "Saraqeb", 0, AN_PLACE_CITY, "SY");
    place(d, "Saraqeb", 1, AN_PLACE_CITY, "SY");
    place(d, "Idlib", 0, AN_PLACE_CITY, "SY");
    d->places.v[d->places.n - 1].name = "Idlib city";
    actor(d, "Troops", 0, "troops", AN_ACTOR_MILITARY, "SY");
    run(d);
    const an_event *e = event(d, "retook");
    CHECK(e != NULL);
    if (e) {
        CHECK_STR(place_name(d, e->place), "Saraqeb");
        CHECK_STR(an_event_place_precision(e->place_precision), "coreference");
    }
    annals_doc_free(d);
}

/* "is suing" and "is opposed to" are not passives: the subject acts. "were sent to" is. */
TEST(test_event_not_passive) {
    annals_doc *d = prepare("2021-05-03", "Chile is suing Peru.\n\nNorway is opposed to Danish "
                                          "mediation.\n\nSoldiers were sent to Mali.");
    if (!d) return;
    place(d, "Chile", 0, AN_PLACE_COUNTRY, "CL");
    place(d, "Peru", 0, AN_PLACE_COUNTRY, "PE");
    place(d, "Norway", 0, AN_PLACE_COUNTRY, "NO");
    actor(d, "Danish", 0, "Denmark", AN_ACTOR_COUNTRY, "DK");
    actor(d, "Soldiers", 0, "soldiers", AN_ACTOR_MILITARY, "FR");
    place(d, "Mali", 0, AN_PLACE_COUNTRY, "ML");
    run(d);
    char buf[64];
    CHECK_STR(dyads(d, "suing", buf, sizeof buf), "CL>PE");
    CHECK_STR(dyads(d, "opposed", buf, sizeof buf), "NO>DK");
    const an_event *e = event(d, "sent");
    CHECK(e != NULL);
    if (e) CHECK_STR(actor_name(d, e->actor2), "soldiers");
    annals_doc_free(d);
}

/* With no other side, an unnamed actor takes the country of the event's place. */
TEST(test_event_domestic_actor_from_place) {
    annals_doc *d = prepare("2021-05-03", "A car bomb killed 15 people in Mosul.");
    if (!d) return;
    actor(d, "people", 0, "people", AN_ACTOR_GROUP_OF_PEOPLE, "");
    place(d, "Mosul", 0, AN_PLACE_CITY, "IQ");
    run(d);
    const an_event *e = event(d, "car bomb");
    CHECK(e != NULL);
    if (e) CHECK_STR(e->actor2_cc, "IQ");
    annals_doc_free(d);
}

/* "talks between A and B", "there were clashes between A and B": the two act on each other,
 * and a trigger opening the sentence or after "there were" is a noun. */
TEST(test_event_between_parties) {
    annals_doc *d = prepare("2021-05-03", "Talks between Norway and Chile resumed.\n\n"
                                          "There were clashes between Vanguard and Aurora gunmen.");
    if (!d) return;
    place(d, "Norway", 0, AN_PLACE_COUNTRY, "NO");
    place(d, "Chile", 0, AN_PLACE_COUNTRY, "CL");
    actor(d, "Vanguard", 0, "Vanguard", AN_ACTOR_ARMED_GROUP, "CO");
    actor(d, "Aurora gunmen", 0, "Aurora", AN_ACTOR_ARMED_GROUP, "CO");
    run(d);
    char buf[64];
    CHECK_STR(dyads(d, "Talks", buf, sizeof buf), "NO>CL CL>NO");
    CHECK_STR(dyads(d, "clashes", buf, sizeof buf), "CO>CO CO>CO");
    const an_event *e = event(d, "clashes");
    CHECK(e != NULL);
    if (e) CHECK_STR(actor_name(d, e->actor1), "Vanguard");
    annals_doc_free(d);
}

/* "A and his Chilean counterpart B" are two subjects; what two subjects talk "on" is no
 * target; an unnamed attacker takes the country where force is used. */
TEST(test_event_counterparts_topics_force) {
    annals_doc *d = prepare("2021-05-03", "Ana Soto and her Peruvian counterpart Luis Rojas met.\n\n"
                                          "Norway and Chile agreed to cooperate on Iceland.\n\n"
                                          "Gunmen seized two Danish sailors in Ghana.");
    if (!d) return;
    actor(d, "Ana Soto", 0, "Ana Soto", AN_ACTOR_PERSON, "CL");
    actor(d, "Peruvian", 0, "Peru", AN_ACTOR_COUNTRY, "PE");
    actor(d, "Luis Rojas", 0, "Luis Rojas", AN_ACTOR_PERSON, "PE");
    place(d, "Norway", 0, AN_PLACE_COUNTRY, "NO");
    place(d, "Chile", 0, AN_PLACE_COUNTRY, "CL");
    place(d, "Iceland", 0, AN_PLACE_COUNTRY, "IS");
    actor(d, "Gunmen", 0, "gunmen", AN_ACTOR_ARMED_GROUP, "");
    actor(d, "Danish sailors", 0, "Denmark sailors", AN_ACTOR_GROUP_OF_PEOPLE, "DK");
    place(d, "Ghana", 0, AN_PLACE_COUNTRY, "GH");
    run(d);
    char buf[64];
    CHECK_STR(dyads(d, "met", buf, sizeof buf), "PE>CL CL>PE");
    CHECK_STR(dyads(d, "agreed", buf, sizeof buf), "CL>NO NO>CL");
    const an_event *e = event(d, "seized");
    CHECK(e != NULL);
    if (e) CHECK_STR(e->actor1_cc, "GH");
    annals_doc_free(d);
}

/* Whoever claims responsibility for an attack made it. */
TEST(test_event_claimed_responsibility) {
    annals_doc *d = prepare("2021-05-03", "The Vanguard claimed responsibility for the attack.");
    if (!d) return;
    actor(d, "Vanguard", 0, "Vanguard", AN_ACTOR_ARMED_GROUP, "CO");
    run(d);
    const an_event *e = event(d, "attack");
    CHECK(e != NULL);
    if (e) CHECK_STR(actor_name(d, e->actor1), "Vanguard");
    annals_doc_free(d);
}

/* "X said Y must ...": X demands of Y, as X's own word. */
TEST(test_event_speaker_demands) {
    annals_doc *d = prepare("2021-05-03", "Norway said Chile and Peru must free the sailors.");
    if (!d) return;
    actor(d, "Norway", 0, "Norway government", AN_ACTOR_GOVERNMENT, "NO");
    place(d, "Norway", 0, AN_PLACE_COUNTRY, "NO");
    place(d, "Chile", 0, AN_PLACE_COUNTRY, "CL");
    place(d, "Peru", 0, AN_PLACE_COUNTRY, "PE");
    run(d);
    char buf[64];
    CHECK_STR(dyads(d, "must", buf, sizeof buf), "NO>PE NO>CL");
    const an_event *e = event(d, "must");
    CHECK(e != NULL);
    if (e) CHECK_STR(an_event_modality(e->modality), "asserted");
    annals_doc_free(d);
}

/* An apposition between the subject and its verb is passed over. */
TEST(test_event_apposition) {
    annals_doc *d = prepare("2021-05-03", "Chile, a close ally of Peru, rejected the plan.");
    if (!d) return;
    place(d, "Chile", 0, AN_PLACE_COUNTRY, "CL");
    place(d, "Peru", 0, AN_PLACE_COUNTRY, "PE");
    run(d);
    char buf[64];
    CHECK_STR(dyads(d, "rejected", buf, sizeof buf), "CL>--");
    annals_doc_free(d);
}

/* Those who died in an attack suffer it; a passive's doers after "by" may be compound. */
TEST(test_event_died_and_passive_compound) {
    annals_doc *d = prepare("2021-05-03", "Four guards died in an attack by Vanguard gunmen.\n\n"
                                          "The accord was signed by Norway and Chile.");
    if (!d) return;
    actor(d, "guards", 0, "guards", AN_ACTOR_POLICE, "CO");
    actor(d, "Vanguard gunmen", 0, "Vanguard", AN_ACTOR_ARMED_GROUP, "CO");
    place(d, "Norway", 0, AN_PLACE_COUNTRY, "NO");
    place(d, "Chile", 0, AN_PLACE_COUNTRY, "CL");
    run(d);
    const an_event *e = event(d, "died");
    CHECK(e != NULL);
    if (e) {
        CHECK_STR(actor_name(d, e->actor1), "Vanguard");
        CHECK_STR(actor_name(d, e->actor2), "guards");
    }
    char buf[64];
    CHECK_STR(dyads(d, "signed", buf, sizeof buf), "NO>CL CL>NO");
    annals_doc_free(d);
}

/* An article of many places: the town named most often is found in time linear in their
 * number, not by comparing every place with every other. */
TEST(test_event_main_place_of_many) {
    enum { N = 60000 };
    static const char head[] = "Rebels attacked army troops.\n\n";
    an_buf text;
    an_buf_init(&text);
    an_buf_append(&text, head, strlen(head));
    for (int i = 0; i < N; i++) an_buf_append(&text, i % 3 ? "Kabul " : "Herat ", 6);
    an_buf_append(&text, "", 1);
    annals_doc *d = prepare("2016-03-31", text.data);
    an_buf_free(&text);
    if (!d) return;
    actor(d, "Rebels", 0, "Rebels", AN_ACTOR_ARMED_GROUP, "");
    actor(d, "army troops", 0, "Afghan army", AN_ACTOR_MILITARY, "AF");
    for (int i = 0; i < N; i++) {
        an_place *p = AN_PUSH(d, places);
        p->start = strlen(head) + 6 * (size_t)i;
        p->end = p->start + 5;
        p->where = AN_WHERE_TEXT;
        p->name = i % 3 ? "Kabul" : "Herat";
        p->kind = AN_PLACE_CITY;
        p->geonameid = i % 3 ? 1 : 2;
        memcpy(p->country, "AF", 3);
    }
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    run(d);
    clock_gettime(CLOCK_MONOTONIC, &t1);
    double s = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
    if (s > 2) an_check_fail(__FILE__, __LINE__, "events took %.1f s on %d places", s, N);
    const an_event *e = event(d, "attacked");
    CHECK(e != NULL);
    if (e) {
        CHECK_STR(place_name(d, e->place), "Kabul");
        CHECK_STR(an_event_place_precision(e->place_precision), "article");
    }
    annals_doc_free(d);
}
