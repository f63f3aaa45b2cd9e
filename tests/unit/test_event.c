/* test_event.c - the events stage on texts of our own with the hard cases of a real war
 * report: a combined toll ("at least 1,200 ... killed or wounded"), a claim made by a
 * ministry's general "said on Thursday" (Thursday is when he spoke, not when it happened),
 * two recaptures years apart, and "the town" / "the ancient city" referring back to the
 * place named before. Actors and places are filled in by hand, so these tests check the
 * events stage alone. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "annals.h"
#include "check.h"
#include "core/buf.h"
#include "core/doc.h"
#include "event/ev.h"
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
        /* a month or a year after "since" opens the stretch too, before 1970 as well */
        {"Activists say 7,500 people have been killed since March 2011.", "2011-03-01/2017-06-04",
         "year"},
        {"Police have arrested hundreds of people since 1963.", "1963-01-01/2017-06-04", "year"},
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
        /* the whole vague count, not its last word ("thousands") */
        {"Tens of thousands were killed when the army stormed the city in 1982.", "killed", 10000,
         10000, -1},
        {"Hundreds of thousands of people have been displaced by the fighting.", "displaced", 100000,
         100000, -1},
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
        /* tanks and soldiers sent are a deployment, not aid */
        {"The army sent tanks into the city on Sunday.", "MOBILIZE", "asserted"},
        {"The ministry sent 300 more soldiers to the province.", "MOBILIZE", "asserted"},
        /* a date after the report's in the event's clause: still to come, as with "will" */
        {"The minister visits the capital next week.", "AGREE", "planned"},
        {"The minister visited the capital last week.", "CONSULT", "asserted"},
        {"The minister meets the delegation on Tuesday, officials said.", "AGREE", "planned"},
        /* the army sent, or sent in, is a deployment; vowed, a threat of force */
        {"The ministry sent the army to the province.", "MOBILIZE", "asserted"},
        {"The government vowed to send in the army.", "THREATEN", "planned"},
        /* CAMEO's dictionary: HOLD * RESPONSIBLE 112 */
        {"The minister held the rebels responsible for the blast.", "ACCUSE", "asserted"},
        /* CAMEO's dictionary: SURROUND, ENCIRCLE 190 */
        {"Troops surrounded the village on Sunday.", "ASSAULT", "asserted"},
        /* what must happen as the content of a view is no demand made */
        {"The implication is that the army must release the prisoners.", "REQUEST",
         "hypothetical"},
        /* holding out the prospect of aid offers it; a mere possibility is no event yet */
        {"The minister held out the prospect of more aid to the province.", "AGREE", "planned"},
        {"The possibility of a meeting with the minister rose on Monday.", "CONSULT",
         "hypothetical"},
        {"The envoy expressed his gratitude for the help.", "SUPPORT", "asserted"},
        {"The embassy lodged a strong protest with the ministry.", "ACCUSE", "asserted"},
        {"The minister left for the capital on Monday.", "CONSULT", "asserted"},
        {"The government reiterated its commitment to the talks.", "AGREE", "asserted"},
        /* an option weighed is no act yet; "no plans to" is no threat */
        {"The government is considering sending troops to the border.", "MOBILIZE",
         "hypothetical"},
        {"The army has no plans to attack the town.", "ASSAULT", "negated"},
        {"The union called off a strike on Monday.", "CONCEDE", "asserted"},
        {"The ministry moved to improve ties with the neighbours.", "SUPPORT", "asserted"},
        {"The minister inked the accord on Monday.", "SUPPORT", "asserted"},
        {"The agency inspected the site on Monday.", "ACCUSE", "asserted"},
        /* a subject a negative quantifier opens, or "no" before the noun: nothing happened */
        {"None of the rebels attacked the airport.", "ASSAULT", "negated"},
        {"No one has offered aid to the province.", "AGREE", "negated"},
        {"Neither side accepted the ceasefire.", "AGREE", "negated"},
        {"There were no talks with the delegation on Monday.", "CONSULT", "negated"},
        {"The rebels attacked the airport, but no one was hurt.", "ASSAULT", "asserted"},
        {"The army attacked the town with no warning.", "ASSAULT", "asserted"},
        {"There were no further peace talks with the rebels.", "CONSULT", "negated"},
        {"The rebels left the town without a fight.", "ASSAULT", "negated"},
        {"The rebels left the town without firing a shot.", "ASSAULT", "negated"},
        /* "would" told by no one is a conditional; said, or with a day to come, a plan */
        {"In exchange, the army would attack the town.", "ASSAULT", "hypothetical"},
        {"The minister said the army would attack the town.", "THREATEN", "planned"},
        {"The union would stage a strike on Saturday.", "THREATEN", "planned"},
        /* "whether" asks, it does not tell */
        {"It is unclear whether the army attacked the town.", "ASSAULT", "hypothetical"},
        /* chemical weapons used are an attack; had, they are none (test_event_weapons_had) */
        {"The army used chemical weapons against the rebels.", "ASSAULT", "asserted"},
        /* a right or an ability to act is no act */
        {"Students have the right to demonstrate in the capital.", "PROTEST", "hypothetical"},
        {"It is difficult to negotiate with the rebels.", "CONSULT", "hypothetical"},
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
                                          "cut power. The report named a heart attack. "
                                          "The old fort occupies a special place in the "
                                          "town's history. The agency released satellite "
                                          "images of the port, offering fresh evidence of "
                                          "the damage. The footage was shot on mobile phones. "
                                          "The ministry did not provide details.");
    if (!d) return;
    run(d);
    CHECK_INT(d->events.n, 0);
    annals_doc_free(d);
}

/* ACLED sub-types and CAMEO roots that the actors decide: gunmen on villagers use
 * unconventional violence (180), a state's forces on protesters military force (19). */
TEST(test_event_acled_from_actors) {
    annals_doc *d = prepare("2020-01-10", "Government warplanes struck the market.\n\n"
                                          "Gunmen attacked the villagers.\n\n"
                                          "Security forces killed 11 protesters.");
    if (!d) return;
    actor(d, "Security forces", 0, "Syria police", AN_ACTOR_POLICE, "SY");
    actor(d, "protesters", 0, "protesters", AN_ACTOR_GROUP_OF_PEOPLE, "SY");
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
    /* a state's forces on civilians: violence against civilians for ACLED, but military
     * force in CAMEO (its "kill" is 190) */
    const an_event *sf = event(d, "killed");
    CHECK(sf != NULL);
    if (sf) {
        CHECK_STR(sf->acled_type, "Violence against civilians");
        CHECK(sf->cameo != NULL && strncmp(sf->cameo, "19", 2) == 0);
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

/* A town named only as where someone spoke from ("by video link from Sochi") is not the
 * town a later "the town" means, even when that sentence praised someone there. */
TEST(test_event_the_town_is_not_a_speakers_origin) {
    annals_doc *d = prepare("2016-05-06", "Rebels shelled Saraqeb on Monday.\n\n"
                                          "The president, speaking by video link from Sochi, "
                                          "praised the soldiers.\n\n"
                                          "Troops retook the town in March.");
    if (!d) return;
    actor(d, "Rebels", 0, "rebels", AN_ACTOR_ARMED_GROUP, "SY");
    place(d, "Saraqeb", 0, AN_PLACE_CITY, "SY");
    place(d, "Sochi", 0, AN_PLACE_CITY, "RU");
    actor(d, "Troops", 0, "troops", AN_ACTOR_MILITARY, "SY");
    run(d);
    const an_event *e = event(d, "retook");
    CHECK(e != NULL);
    if (e) CHECK_STR(place_name(d, e->place), "Saraqeb");
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
    /* no speaker in the sentence: the demand is made of Chile, by someone unnamed */
    d = prepare("2021-05-03", "Chile must free the sailors at once.");
    if (!d) return;
    place(d, "Chile", 0, AN_PLACE_COUNTRY, "CL");
    run(d);
    CHECK_STR(dyads(d, "must", buf, sizeof buf), "-->CL");
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

/* A separable verb takes its object inside ("drove X out"): X is acted on, the trigger is
 * the verb and its particle; "swept back into" a town takes it. */
TEST(test_event_separable_verbs) {
    annals_doc *d = prepare("2021-05-03", "Chilean troops drove the Vanguard out of Arica.\n\n"
                                          "Vanguard gunmen swept back into Tacna on Monday.\n\n"
                                          "The rebels pushed for talks.\n\n"
                                          "Chilean troops pushed west through Tacna out to "
                                          "the coast.");
    if (!d) return;
    actor(d, "Chilean troops", 0, "Chile military", AN_ACTOR_MILITARY, "CL");
    actor(d, "Vanguard", 0, "Vanguard", AN_ACTOR_ARMED_GROUP, "");
    actor(d, "Vanguard gunmen", 0, "Vanguard", AN_ACTOR_ARMED_GROUP, "");
    actor(d, "rebels", 0, "rebels", AN_ACTOR_ARMED_GROUP, "");
    place(d, "Arica", 0, AN_PLACE_CITY, "CL");
    place(d, "Tacna", 0, AN_PLACE_CITY, "PE");
    run(d);
    const an_event *e = event(d, "drove");
    CHECK(e != NULL);
    if (e) {
        CHECK_STR(e->plover, "ASSAULT");
        CHECK_STR(e->acled_subtype, "Government regains territory");
        CHECK_STR(actor_name(d, e->actor1), "Chile military");
        CHECK_STR(actor_name(d, e->actor2), "Vanguard");
        CHECK_STR(place_name(d, e->place), "Arica");
        CHECK(e->ev[0].end - e->ev[0].start == strlen("drove")); /* not the object */
        CHECK(e->ev[1].role == AN_EVR_TRIGGER);
    }
    e = event(d, "swept");
    CHECK(e != NULL);
    if (e) {
        CHECK_STR(actor_name(d, e->actor1), "Vanguard");
        CHECK_STR(place_name(d, e->place), "Tacna");
        CHECK_STR(e->acled_subtype, "Non-state actor overtakes territory");
    }
    e = event(d, "pushed");
    CHECK(e != NULL);
    if (e) CHECK_STR(e->plover, "REQUEST"); /* "push for" is no "push * out" */
    CHECK(event(d, "pushed west") == NULL); /* no object passes over "through" */
    annals_doc_free(d);
}

/* Senses the context decides: a strike by jets is an air strike; "captured" before the
 * object of "shot" takes no town; "called X a crime" accuses, "called X an honour" is no
 * telephone call; "have returned" and "returned to clear mines" give nothing back. */
TEST(test_event_senses) {
    annals_doc *d = prepare("2021-05-03", "Chilean jets carried out 12 strikes on the camp.\n\n"
                                          "Gunmen shot captured Peruvian guards.\n\n"
                                          "Norway called the shelling a grave crime.\n\n"
                                          "Ana Soto called the result an honour.\n\n"
                                          "Chilean engineers have returned to clear mines.\n\n"
                                          "Peru returned the bodies.\n\n"
                                          "Chilean soldiers went on strike.\n\n"
                                          "Chilean marines guided strikes on the port.");
    if (!d) return;
    actor(d, "Chilean soldiers", 0, "Chile military", AN_ACTOR_MILITARY, "CL");
    actor(d, "Chilean marines", 0, "Chile military", AN_ACTOR_MILITARY, "CL");
    actor(d, "Chilean jets", 0, "Chile military", AN_ACTOR_MILITARY, "CL");
    actor(d, "Gunmen", 0, "gunmen", AN_ACTOR_ARMED_GROUP, "");
    actor(d, "Peruvian guards", 0, "Peru police", AN_ACTOR_POLICE, "PE");
    actor(d, "Norway", 0, "Norway government", AN_ACTOR_GOVERNMENT, "NO");
    actor(d, "Ana Soto", 0, "Ana Soto", AN_ACTOR_PERSON, "CL");
    actor(d, "Chilean engineers", 0, "Chile military", AN_ACTOR_MILITARY, "CL");
    place(d, "Peru", 1, AN_PLACE_COUNTRY, "PE");
    run(d);
    const an_event *e = event(d, "strikes");
    CHECK(e != NULL);
    if (e) {
        CHECK_STR(e->plover, "ASSAULT");
        CHECK_STR(e->acled_subtype, "Air/drone strike");
    }
    CHECK(event(d, "captured") == NULL);
    e = event(d, "strike.");
    CHECK(e != NULL);
    if (e) CHECK_STR(e->plover, "PROTEST"); /* "Chilean soldiers went on strike." */
    e = event(d, "strikes on the port");
    CHECK(e != NULL);
    if (e) CHECK_STR(e->plover, "ASSAULT");
    CHECK(event(d, "shot") != NULL);
    e = event(d, "called the");
    CHECK(e != NULL);
    if (e) CHECK_STR(e->plover, "ACCUSE");
    CHECK(event(d, "called the result") == NULL);
    CHECK(event(d, "returned to") == NULL);
    e = event(d, "returned the");
    CHECK(e != NULL);
    if (e) CHECK_STR(e->plover, "RETREAT");
    annals_doc_free(d);
}

/* Who says so is not who did it: "it" after an attribution that follows its content is
 * the group named before, not the speaker; an attribution between commas covers both
 * sides; "X did Y and said Z" makes X the speaker of Z, not Z's doer. */
TEST(test_event_speaker_is_no_actor) {
    annals_doc *d = prepare("2021-05-03", "Vanguard gunmen attacked the port, the monitor said, "
                                          "in the group's first raid since it seized Arica.\n\n"
                                          "Norway condemned the blast and said the attacks "
                                          "on the port were part of a campaign.");
    if (!d) return;
    actor(d, "Vanguard gunmen", 0, "Vanguard", AN_ACTOR_ARMED_GROUP, "CO");
    actor(d, "monitor", 0, "monitor", AN_ACTOR_ORGANISATION, "CO");
    actor(d, "group", 0, "Vanguard", AN_ACTOR_ARMED_GROUP, "CO");
    actor(d, "Norway", 0, "Norway government", AN_ACTOR_GOVERNMENT, "NO");
    place(d, "Arica", 0, AN_PLACE_CITY, "CL");
    run(d);
    const an_event *e = event(d, "attacked");
    CHECK(e != NULL);
    if (e) CHECK_STR(claim_text(d, e), "the monitor said");
    e = event(d, "seized");
    CHECK(e != NULL);
    if (e) CHECK_STR(actor_name(d, e->actor1), "Vanguard");
    e = event(d, "attacks");
    CHECK(e != NULL);
    if (e) {
        CHECK(e->actor1 < 0);
        CHECK(e->source >= 0 && strcmp(d->actors.v[e->source].name, "Norway government") == 0);
    }
    annals_doc_free(d);
}

/* Two subjects using force on an object act together, not on each other. */
TEST(test_event_allies_use_force_together) {
    annals_doc *d = prepare("2021-05-03", "Chilean and Peruvian jets pounded their positions.");
    if (!d) return;
    actor(d, "Chilean", 0, "Chile", AN_ACTOR_COUNTRY, "CL");
    actor(d, "Peruvian jets", 0, "Peru military", AN_ACTOR_MILITARY, "PE");
    run(d);
    char buf[64];
    CHECK_STR(dyads(d, "pounded", buf, sizeof buf), "PE>-- CL>--");
    annals_doc_free(d);
}

/* "The film, released online" frees no one; "called the show tasteless" is no phone call
 * even when an actor is named later in the sentence. */
TEST(test_event_no_object_no_act) {
    annals_doc *d = prepare("2021-05-03", "The film, released online on Monday, shows the port.\n\n"
                                          "Ana Soto called the show tasteless and blamed Peru.\n\n"
                                          "Peru released 15 sailors.");
    if (!d) return;
    actor(d, "Ana Soto", 0, "Ana Soto", AN_ACTOR_PERSON, "CL");
    place(d, "Peru", 0, AN_PLACE_COUNTRY, "PE");
    place(d, "Peru", 1, AN_PLACE_COUNTRY, "PE");
    run(d);
    CHECK(event(d, "released online") == NULL);
    CHECK(event(d, "called") == NULL);
    CHECK(event(d, "blamed") != NULL);
    CHECK(event(d, "released 15") != NULL);
    annals_doc_free(d);
}

/* Where: a place name going on into a person's name ("Lima Soto") or inside a building's
 * ("the Temple of Arica") is not where it happened, nor a dateline in capitals; of two
 * towns the one "in" wins; the article's main place is not a building's name. */
TEST(test_event_places_not_names) {
    annals_doc *d = prepare("2021-05-03", "TACNA (Agency) - Gunmen attacked a bus on Monday.\n\n"
                                          "Police arrested Lima Soto on Monday.\n\n"
                                          "Rebels blew up the Temple of Arica in Cusco.\n\n"
                                          "Rebels blew up the Temple of Arica and the bridge.\n\n"
                                          "Gunmen from Lima shot two men in the theatre of "
                                          "Cusco, weeks after rebels stormed the town.\n\n"
                                          "Rebels withdrew from Tacna toward Arica.");
    if (!d) return;
    place(d, "TACNA", 0, AN_PLACE_CITY, "PE");
    place(d, "Lima", 0, AN_PLACE_CITY, "PE");
    place(d, "Arica", 0, AN_PLACE_CITY, "CL");
    place(d, "Cusco", 0, AN_PLACE_CITY, "PE");
    place(d, "Arica", 1, AN_PLACE_CITY, "CL");
    place(d, "Lima", 1, AN_PLACE_CITY, "PE");
    place(d, "Cusco", 1, AN_PLACE_CITY, "PE");
    place(d, "Tacna", 0, AN_PLACE_CITY, "PE");
    place(d, "Arica", 2, AN_PLACE_CITY, "CL");
    run(d);
    const an_event *e = event(d, "attacked");
    CHECK(e != NULL);
    if (e) CHECK(e->place_precision != AN_PPREC_SENTENCE);
    e = event(d, "arrested");
    CHECK(e != NULL);
    if (e) CHECK(e->place_precision != AN_PPREC_SENTENCE);
    e = event(d, "blew up the Temple of Arica in");
    CHECK(e != NULL);
    if (e) CHECK_STR(place_name(d, e->place), "Cusco");
    e = event(d, "blew up the Temple of Arica and");
    CHECK(e != NULL);
    if (e) CHECK(e->place < 0 || strcmp(place_name(d, e->place), "Arica") != 0);
    e = event(d, "shot"); /* "the theatre of Cusco" is in Cusco */
    CHECK(e != NULL);
    if (e) CHECK_STR(place_name(d, e->place), "Cusco");
    e = event(d, "stormed"); /* "the town": the one named before it in the sentence */
    CHECK(e != NULL);
    if (e) CHECK_STR(place_name(d, e->place), "Cusco");
    e = event(d, "withdrew"); /* "from" after the event word is where, no origin */
    CHECK(e != NULL);
    if (e) CHECK_STR(place_name(d, e->place), "Tacna");
    annals_doc_free(d);
}

/* "the town" before any town is named is the one the article is about; two speakers
 * joined by "and" between commas still say what comes before them. */
TEST(test_event_the_town_first_and_two_speakers) {
    annals_doc *d = prepare("2021-05-03", "Singers from Lima gave a concert after troops drove "
                                          "the Vanguard out of the town.\n\n"
                                          "Troops retook Tacna on Monday, Peru and the army "
                                          "said, after a long siege.\n\n"
                                          "Tacna was quiet. Tacna was calm.");
    if (!d) return;
    place(d, "Lima", 0, AN_PLACE_CITY, "PE");
    place(d, "Tacna", 0, AN_PLACE_CITY, "PE");
    place(d, "Peru", 0, AN_PLACE_COUNTRY, "PE");
    place(d, "Tacna", 1, AN_PLACE_CITY, "PE");
    place(d, "Tacna", 2, AN_PLACE_CITY, "PE");
    actor(d, "troops", 0, "Peru military", AN_ACTOR_MILITARY, "PE");
    actor(d, "Vanguard", 0, "Vanguard", AN_ACTOR_ARMED_GROUP, "PE");
    actor(d, "Troops", 0, "Peru military", AN_ACTOR_MILITARY, "PE");
    actor(d, "army", 0, "Peru military", AN_ACTOR_MILITARY, "PE");
    run(d);
    const an_event *e = event(d, "drove");
    CHECK(e != NULL);
    if (e) CHECK_STR(place_name(d, e->place), "Tacna");
    e = event(d, "retook");
    CHECK(e != NULL);
    if (e) CHECK_STR(claim_text(d, e), "Peru and the army said");
    annals_doc_free(d);
}

/* "troops, helped by allied fighters, pushed X out": the helpers are no subject; "civilians
 * killed by the Vanguard" is a passive, "cut by one hour" is not. */
TEST(test_event_participle_phrases) {
    annals_doc *d = prepare("2021-05-03", "Chilean troops, helped by air power and allied "
                                          "fighters, pushed the Vanguard out of Arica.\n\n"
                                          "Peru counted 40 civilians killed by the Vanguard.");
    if (!d) return;
    actor(d, "Chilean troops", 0, "Chile military", AN_ACTOR_MILITARY, "CL");
    actor(d, "fighters", 0, "fighters", AN_ACTOR_ARMED_GROUP, "");
    actor(d, "Vanguard", 0, "Vanguard", AN_ACTOR_ARMED_GROUP, "");
    place(d, "Arica", 0, AN_PLACE_CITY, "CL");
    actor(d, "civilians", 0, "civilians", AN_ACTOR_GROUP_OF_PEOPLE, "");
    actor(d, "Vanguard", 1, "Vanguard", AN_ACTOR_ARMED_GROUP, "");
    run(d);
    const an_event *e = event(d, "pushed");
    CHECK(e != NULL);
    if (e) CHECK_STR(actor_name(d, e->actor1), "Chile military");
    e = event(d, "killed");
    CHECK(e != NULL);
    if (e) {
        CHECK_STR(actor_name(d, e->actor1), "Vanguard");
        CHECK_STR(actor_name(d, e->actor2), "civilians");
    }
    annals_doc_free(d);
}

/* "repelled the attack" is the defenders' fight, one event, not their attack. */
TEST(test_event_repel) {
    annals_doc *d = prepare("2021-05-03", "Chilean troops repelled the attack on Arica.");
    if (!d) return;
    actor(d, "Chilean troops", 0, "Chile military", AN_ACTOR_MILITARY, "CL");
    place(d, "Arica", 0, AN_PLACE_CITY, "CL");
    run(d);
    const an_event *e = event(d, "repelled");
    CHECK(e != NULL);
    if (e) CHECK_STR(e->acled_subtype, "Armed clash");
    CHECK(event(d, "attack") == NULL);
    annals_doc_free(d);
}

/* "pushed them back out", "pounded their positions": the armed group named before is the
 * target. */
TEST(test_event_them_is_the_group_before) {
    annals_doc *d = prepare("2021-05-03", "The Vanguard broke into Arica. Chilean jets pounded "
                                          "their positions, and the army pushed them back out.");
    if (!d) return;
    actor(d, "Vanguard", 0, "Vanguard", AN_ACTOR_ARMED_GROUP, "");
    place(d, "Arica", 0, AN_PLACE_CITY, "CL");
    actor(d, "Chilean jets", 0, "Chile military", AN_ACTOR_MILITARY, "CL");
    actor(d, "army", 0, "Chile military", AN_ACTOR_MILITARY, "CL");
    run(d);
    const an_event *e = event(d, "pounded");
    CHECK(e != NULL);
    if (e) CHECK_STR(actor_name(d, e->actor2), "Vanguard");
    e = event(d, "pushed");
    CHECK(e != NULL);
    if (e) CHECK_STR(actor_name(d, e->actor2), "Vanguard");
    annals_doc_free(d);
}

/* "troops, supported by allied militias, had taken full control of the town with heavy
 * Peruvian air support": the militias support the troops (a passive through "allied"),
 * "taken full control" takes the town, and the Peruvian helpers are not its target. */
TEST(test_event_helpers_and_control) {
    annals_doc *d = prepare("2021-05-03", "Chilean troops, supported by allied militias, had "
                                          "taken full control of Arica with heavy Peruvian air "
                                          "support.");
    if (!d) return;
    actor(d, "Chilean troops", 0, "Chile military", AN_ACTOR_MILITARY, "CL");
    actor(d, "militias", 0, "militias", AN_ACTOR_ARMED_GROUP, "");
    place(d, "Arica", 0, AN_PLACE_CITY, "CL");
    actor(d, "Peruvian", 0, "Peru", AN_ACTOR_COUNTRY, "PE");
    run(d);
    const an_event *e = event(d, "supported");
    CHECK(e != NULL);
    if (e) {
        CHECK_STR(actor_name(d, e->actor1), "militias");
        CHECK_STR(actor_name(d, e->actor2), "Chile military");
    }
    e = event(d, "taken");
    CHECK(e != NULL);
    if (e) {
        CHECK_STR(e->acled_subtype, "Government regains territory");
        CHECK(e->actor2 < 0 || strcmp(actor_name(d, e->actor2), "Peru") != 0);
    }
    annals_doc_free(d);
}

/* "troops firing artillery": the artillery is what is fired, not who is hit. */
TEST(test_event_fired_weapon_is_no_target) {
    annals_doc *d = prepare("2021-05-03", "Chilean troops fired artillery at dawn.");
    if (!d) return;
    actor(d, "Chilean troops", 0, "Chile military", AN_ACTOR_MILITARY, "CL");
    actor(d, "artillery", 0, "Chile military", AN_ACTOR_MILITARY, "CL"); /* its own too */
    run(d);
    const an_event *e = event(d, "fired");
    CHECK(e != NULL);
    if (e) CHECK(e->actor2 < 0);
    annals_doc_free(d);
}

/* "X advanced on the town, seizing posts", "X packed it with explosives and detonated
 * them": the participle's or the second verb's doer is the main clause's subject even when
 * its own verb reports nothing; "The rebels, who seized Arica," is the rebels' act. */
TEST(test_event_participle_takes_main_subject) {
    annals_doc *d = prepare("2021-05-03", "Vanguard gunmen advanced on Arica, seizing two "
                                          "army posts.\n\n"
                                          "Aurora gunmen packed the hall with explosives and "
                                          "detonated them.\n\n"
                                          "The Dawn rebels, who seized Tacna in May, said nothing.");
    if (!d) return;
    actor(d, "Vanguard gunmen", 0, "Vanguard", AN_ACTOR_ARMED_GROUP, "CO");
    place(d, "Arica", 0, AN_PLACE_CITY, "CL");
    actor(d, "Aurora gunmen", 0, "Aurora", AN_ACTOR_ARMED_GROUP, "CO");
    actor(d, "Dawn rebels", 0, "Dawn", AN_ACTOR_ARMED_GROUP, "PE");
    place(d, "Tacna", 0, AN_PLACE_CITY, "PE");
    run(d);
    const an_event *e = event(d, "seizing");
    CHECK(e != NULL);
    if (e) CHECK_STR(actor_name(d, e->actor1), "Vanguard");
    e = event(d, "detonated");
    CHECK(e != NULL);
    if (e) CHECK_STR(actor_name(d, e->actor1), "Aurora");
    e = event(d, "seized");
    CHECK(e != NULL);
    if (e) CHECK_STR(actor_name(d, e->actor1), "Dawn");
    annals_doc_free(d);
}

/* "Chile began withdrawing ... but kept bombing the rebels": the country opening the
 * sentence is the second verb's doer, not the object of the first. */
TEST(test_event_country_subject_shared) {
    annals_doc *d = prepare("2021-05-03", "Chile began withdrawing its jets from Peru but kept "
                                          "bombing the rebels.");
    if (!d) return;
    place(d, "Chile", 0, AN_PLACE_COUNTRY, "CL");
    actor(d, "jets", 0, "Chile military", AN_ACTOR_MILITARY, "CL");
    place(d, "Peru", 0, AN_PLACE_COUNTRY, "PE");
    actor(d, "rebels", 0, "rebels", AN_ACTOR_ARMED_GROUP, "");
    run(d);
    char buf[64];
    CHECK_STR(dyads(d, "bombing", buf, sizeof buf), "CL>--");
    const an_event *e = event(d, "bombing");
    CHECK(e != NULL);
    if (e) CHECK(e->actor1 < 0 && e->actor1_place >= 0);
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

/* A run of thousands of words with no full stop is no sentence: it gives no events (and
 * takes no memory in proportion); a real sentence after it still does. */
TEST(test_event_endless_sentence) {
    enum { N = 3000 };
    static const char piece[] = "troops attacked, ";
    size_t len = sizeof piece - 1;
    static const char tail[] = "end.\n\nRebels shelled the town on Monday.";
    char *text = malloc(N * len + sizeof tail);
    if (!text) return;
    for (size_t i = 0; i < N; i++) memcpy(text + i * len, piece, len);
    memcpy(text + N * len, tail, sizeof tail);
    annals_doc *d = prepare("2021-05-03", text);
    free(text);
    if (!d) return;
    run(d);
    CHECK_INT(d->events.n, 1);
    if (d->events.n == 1) CHECK_STR(d->events.v[0].plover, "ASSAULT");
    annals_doc_free(d);
}

/* Diplomatic news: a visit hosted ("received" someone, but not "received a letter"), a
 * statement CAMEO has a code for and PLOVER no type ("expressed concern"), a state's
 * protest that is an official complaint, and a speaker who does what he declares. */
static annals_doc *diplomacy_doc(void) {
    annals_doc *d = prepare("2003-05-06",
                            "Premier Li received the Japanese envoy on Monday.\n\n"
                            "Premier Li received a letter from the rebels.\n\n"
                            "Japan expressed deep concern over the tests in North Korea.\n\n"
                            "The Chinese government protested against the visit.\n\n"
                            "Students protested against the visit.\n\n"
                            "The rebels declared a ceasefire on Friday.");
    if (!d) return NULL;
    actor(d, "Premier Li", 0, "Li", AN_ACTOR_PERSON, "CN");
    actor(d, "Japanese envoy", 0, "Japan government", AN_ACTOR_GOVERNMENT, "JP");
    actor(d, "Premier Li", 1, "Li", AN_ACTOR_PERSON, "CN");
    actor(d, "rebels", 0, "rebels", AN_ACTOR_ARMED_GROUP, "NP");
    actor(d, "Chinese government", 0, "China government", AN_ACTOR_GOVERNMENT, "CN");
    actor(d, "Students", 0, "students", AN_ACTOR_GROUP_OF_PEOPLE, "");
    actor(d, "rebels", 1, "rebels", AN_ACTOR_ARMED_GROUP, "NP");
    place(d, "Japan", 0, AN_PLACE_COUNTRY, "JP");
    place(d, "North Korea", 0, AN_PLACE_COUNTRY, "KP");
    run(d);
    return d;
}

TEST(test_event_received_a_guest) {
    annals_doc *d = diplomacy_doc();
    if (!d) return;
    const an_event *e = event(d, "received the");
    CHECK(e != NULL);
    if (e) {
        CHECK_STR(e->plover, "CONSULT");
        CHECK_STR(e->cameo, "043");
        CHECK_STR(actor_name(d, e->actor1), "Li");
        CHECK_STR(actor_name(d, e->actor2), "Japan government");
    }
    CHECK(event(d, "received a") == NULL); /* a letter is no guest */
    annals_doc_free(d);
}

TEST(test_event_statement_has_no_plover_type) {
    annals_doc *d = diplomacy_doc();
    if (!d) return;
    const an_event *e = event(d, "expressed");
    CHECK(e != NULL);
    if (e) {
        CHECK(e->plover == NULL);
        CHECK_STR(e->cameo, "012");
    }
    annals_doc_free(d);
}

TEST(test_event_state_protest_is_a_complaint) {
    annals_doc *d = diplomacy_doc();
    if (!d) return;
    const an_event *state = NULL, *crowd = NULL;
    for (size_t i = 0; i < d->events.n; i++) {
        const an_event *e = &d->events.v[i];
        const char *a = actor_name(d, e->actor1);
        if (a && strcmp(a, "China government") == 0) state = e;
        if (a && strcmp(a, "students") == 0) crowd = e;
    }
    CHECK(state != NULL && crowd != NULL);
    if (state) {
        CHECK_STR(state->plover, "ACCUSE");
        CHECK_STR(state->cameo, "114");
    }
    if (crowd) CHECK_STR(crowd->plover, "PROTEST");
    annals_doc_free(d);
}

TEST(test_event_declared_ceasefire_is_the_speakers) {
    annals_doc *d = diplomacy_doc();
    if (!d) return;
    const an_event *e = event(d, "ceasefire");
    CHECK(e != NULL);
    if (e) {
        CHECK_STR(e->plover, "RETREAT");
        CHECK_STR(actor_name(d, e->actor1), "rebels");
        CHECK_STR(an_event_modality(e->modality), "asserted");
    }
    annals_doc_free(d);
}

/* "the agreement signed in March": a participle describing a noun tells no event of its
 * own; "the rebels signed" does, and so does "The Pope condemned" (a past tense after a
 * name is its verb, not a noun). */
TEST(test_event_participle_of_a_noun) {
    annals_doc *d = prepare("2003-05-06",
                            "The army violated the ceasefire agreement signed in March.\n\n"
                            "The rebels signed a new agreement on Monday.\n\n"
                            "The Pope condemned the attack on Monday.");
    if (!d) return;
    actor(d, "army", 0, "army", AN_ACTOR_MILITARY, "PH");
    actor(d, "rebels", 0, "rebels", AN_ACTOR_ARMED_GROUP, "PH");
    run(d);
    CHECK(event(d, "signed in") == NULL);
    const an_event *e = event(d, "signed a");
    CHECK(e != NULL);
    if (e) CHECK_STR(e->plover, "SUPPORT");
    e = event(d, "condemned");
    CHECK(e != NULL);
    if (e) CHECK_STR(e->plover, "ACCUSE");
    annals_doc_free(d);
}

/* A threat is aimed at the subject of its condition; a promise on a condition ("will free
 * them unless ...") is a threat. */
TEST(test_event_threat_on_a_condition) {
    annals_doc *d = prepare("2003-05-06",
                            "Russia threatened to suspend the talks if Washington deployed "
                            "the missiles.\n\n"
                            "The rebels will free the hostages unless the army withdraws.");
    if (!d) return;
    actor(d, "Russia", 0, "Russia", AN_ACTOR_GOVERNMENT, "RU");
    actor(d, "Washington", 0, "United States", AN_ACTOR_GOVERNMENT, "US");
    actor(d, "rebels", 0, "rebels", AN_ACTOR_ARMED_GROUP, "NP");
    actor(d, "army", 0, "Nepal army", AN_ACTOR_MILITARY, "NP");
    run(d);
    const an_event *e = event(d, "threatened");
    CHECK(e != NULL);
    if (e) {
        CHECK_STR(e->plover, "THREATEN");
        CHECK_STR(actor_name(d, e->actor2), "United States");
    }
    e = event(d, "free");
    CHECK(e != NULL);
    if (e) {
        CHECK_STR(e->plover, "THREATEN");
        CHECK_STR(an_event_modality(e->modality), "threatened");
        CHECK_STR(actor_name(d, e->actor1), "rebels");
    }
    annals_doc_free(d);
}

/* A named speaker who speaks of another state, in a sentence that reports no act of its
 * own, makes a public statement (CAMEO 010); an anonymous official does not. */
TEST(test_event_residual_statement) {
    annals_doc *d = prepare("2003-05-06",
                            "Iran's foreign minister said on Tuesday that the United States "
                            "was isolated.\n\n"
                            "Officials said the United States was isolated.");
    if (!d) return;
    actor(d, "foreign minister", 0, "Iran government", AN_ACTOR_GOVERNMENT, "IR");
    actor(d, "Officials", 0, "Iran government", AN_ACTOR_GOVERNMENT, "IR");
    place(d, "Iran", 0, AN_PLACE_COUNTRY, "IR");
    place(d, "United States", 0, AN_PLACE_COUNTRY, "US");
    place(d, "United States", 1, AN_PLACE_COUNTRY, "US");
    run(d);
    CHECK_INT(d->events.n, 1);
    const an_event *e = event(d, "said");
    CHECK(e != NULL);
    if (e) {
        CHECK(e->plover == NULL);
        CHECK_STR(e->cameo, "010");
        CHECK_STR(actor_name(d, e->actor1), "Iran government");
        CHECK_STR(place_name(d, e->actor2_place), "United States");
        /* the day of the saying is the statement's own */
        CHECK_STR(an_event_date_precision(e->date_precision), "day");
    }
    annals_doc_free(d);
}

/* "aid workers" names who the workers are, not an aid event; a killing told "a day after"
 * with its own subject is an event apart, not the toll of the attack before it. */
TEST(test_event_noun_before_agent_and_own_subject) {
    annals_doc *d = prepare("2003-05-06",
                            "Two aid workers were kidnapped on Monday.\n\n"
                            "The attack came a day after Israeli troops killed a militant.");
    if (!d) return;
    actor(d, "workers", 0, "workers", AN_ACTOR_GROUP_OF_PEOPLE, "");
    actor(d, "Israeli troops", 0, "Israel military", AN_ACTOR_MILITARY, "IL");
    actor(d, "militant", 0, "militant", AN_ACTOR_GROUP_OF_PEOPLE, "");
    run(d);
    CHECK(event(d, "aid") == NULL);
    CHECK(event(d, "kidnapped") != NULL);
    const an_event *e = event(d, "killed");
    CHECK(e != NULL);
    if (e) CHECK_STR(actor_name(d, e->actor1), "Israel military");
    annals_doc_free(d);
}

/* A "to" clause after a verb's object: the subject does it ("summoned the envoy to
 * complain", "met with the envoy to complain"), unless the verb hands the act to its
 * object ("urged the envoy to release", "called on Chile to release"). */
TEST(test_event_purpose_clause_doer) {
    annals_doc *d = prepare("2021-05-03", "Norway summoned the Chilean envoy to complain about "
                                          "the arrests.\n\nPeru met with the Danish envoy Ole "
                                          "Berg to complain about the fishing.");
    if (!d) return;
    actor(d, "Norway", 0, "Norway government", AN_ACTOR_GOVERNMENT, "NO");
    actor(d, "Chilean envoy", 0, "Chile government", AN_ACTOR_GOVERNMENT, "CL");
    actor(d, "Peru", 0, "Peru government", AN_ACTOR_GOVERNMENT, "PE");
    actor(d, "envoy Ole Berg", 0, "Ole Berg", AN_ACTOR_PERSON, "DK");
    run(d);
    char buf[64];
    CHECK_STR(dyads(d, "complain", buf, sizeof buf), "NO>CL PE>DK");
    annals_doc_free(d);
    d = prepare("2021-05-03", "Norway urged the Chilean envoy to release the crew.\n\n"
                              "Peru called on the Danish envoy to release the boats.");
    if (!d) return;
    actor(d, "Norway", 0, "Norway government", AN_ACTOR_GOVERNMENT, "NO");
    actor(d, "Chilean envoy", 0, "Chile government", AN_ACTOR_GOVERNMENT, "CL");
    actor(d, "Peru", 0, "Peru government", AN_ACTOR_GOVERNMENT, "PE");
    actor(d, "Danish envoy", 0, "Denmark government", AN_ACTOR_GOVERNMENT, "DK");
    run(d);
    CHECK_STR(dyads(d, "urged", buf, sizeof buf), "NO>CL");
    CHECK_STR(dyads(d, "called", buf, sizeof buf), "PE>DK");
    CHECK_STR(dyads(d, "release", buf, sizeof buf), "");
    annals_doc_free(d);
}

/* Unnamed protesters are of the place where they protest, not of the state they defy. */
TEST(test_event_protesters_take_the_place) {
    annals_doc *d = prepare("2021-05-03", "Hundreds of students blocked streets in Bergen in "
                                          "defiance of Danish authorities.");
    if (!d) return;
    actor(d, "students", 0, "students", AN_ACTOR_GROUP_OF_PEOPLE, "");
    place(d, "Bergen", 0, AN_PLACE_CITY, "NO");
    actor(d, "Danish authorities", 0, "Denmark government", AN_ACTOR_GOVERNMENT, "DK");
    run(d);
    const an_event *e = event(d, "blocked");
    CHECK(e != NULL);
    if (e) {
        CHECK_STR(e->plover, "PROTEST");
        CHECK_STR(e->actor1_cc, "NO");
    }
    annals_doc_free(d);
}

/* A demonym standing for its state opens a noun; the compound goes on after that noun
 * ("between an Israeli peace movement and the PLO"). */
TEST(test_event_compound_after_demonym_noun) {
    annals_doc *d = prepare("2021-05-03", "Norway condemned Danish fishing quotas and Chile.");
    if (!d) return;
    actor(d, "Norway", 0, "Norway government", AN_ACTOR_GOVERNMENT, "NO");
    actor(d, "Danish", 0, "Denmark", AN_ACTOR_COUNTRY, "DK");
    actor(d, "Chile", 0, "Chile government", AN_ACTOR_GOVERNMENT, "CL");
    run(d);
    char buf[64];
    CHECK_STR(dyads(d, "condemned", buf, sizeof buf), "NO>DK NO>CL");
    annals_doc_free(d);
}

/* Scare quotes around a noun phrase ('staged a "tactical withdrawal"') open no clause: the
 * doer before them is the subject; a quotation after "said" still stands apart. */
TEST(test_event_scare_quotes_open_no_clause) {
    annals_doc *d = prepare("2021-05-03",
                            "Chilean rebels staged a \"tactical withdrawal\" on Monday.\n\n"
                            "Peru said \"Chile attacked the border\" on Monday.");
    if (!d) return;
    actor(d, "Chilean rebels", 0, "Chile rebels", AN_ACTOR_ARMED_GROUP, "CL");
    actor(d, "Peru", 0, "Peru government", AN_ACTOR_GOVERNMENT, "PE");
    actor(d, "Chile", 1, "Chile government", AN_ACTOR_GOVERNMENT, "CL"); /* 0: Chilean */
    run(d);
    char buf[64];
    CHECK_STR(dyads(d, "withdrawal", buf, sizeof buf), "CL>--");
    CHECK_STR(dyads(d, "attacked", buf, sizeof buf), "CL>--");
    annals_doc_free(d);
}

/* An adverb in -ly between a verb and the rest of its phrase ("talked directly to") keeps
 * the phrase; a noun in -ly ("rally") is no adverb. */
TEST(test_event_adverb_inside_a_verb_phrase) {
    annals_doc *d = prepare("2021-05-03", "Norway talked directly to Chile on Monday.");
    if (!d) return;
    actor(d, "Norway", 0, "Norway government", AN_ACTOR_GOVERNMENT, "NO");
    actor(d, "Chile", 0, "Chile government", AN_ACTOR_GOVERNMENT, "CL");
    run(d);
    char buf[64];
    CHECK_STR(dyads(d, "talked directly to", buf, sizeof buf), "NO>CL");
    annals_doc_free(d);
}

/* The CAMEO code of the first event whose trigger starts with `trigger`, or "". */
static const char *cameo_of(const annals_doc *d, const char *trigger) {
    const an_event *e = event(d, trigger);
    return e && e->cameo ? e->cameo : "";
}

/* "backed", "backing", "backs" endorse; the noun ("with the backing of") and "backed away"
 * do not. */
TEST(test_event_backing_endorses) {
    annals_doc *d = prepare("2021-05-03",
                            "Norway and Peru are backing Chile in the dispute.\n\n"
                            "With the backing of Peru, Chile left the talks.\n\n"
                            "Norway backed away from the plan.");
    if (!d) return;
    actor(d, "Norway", 0, "Norway government", AN_ACTOR_GOVERNMENT, "NO");
    actor(d, "Peru", 0, "Peru government", AN_ACTOR_GOVERNMENT, "PE");
    actor(d, "Chile", 0, "Chile government", AN_ACTOR_GOVERNMENT, "CL");
    actor(d, "Peru", 1, "Peru government", AN_ACTOR_GOVERNMENT, "PE");
    actor(d, "Chile", 1, "Chile government", AN_ACTOR_GOVERNMENT, "CL");
    actor(d, "Norway", 1, "Norway government", AN_ACTOR_GOVERNMENT, "NO");
    run(d);
    char buf[64];
    CHECK_STR(cameo_of(d, "backing Chile"), "051");
    CHECK_STR(dyads(d, "backing Chile", buf, sizeof buf), "PE>CL NO>CL");
    CHECK(event(d, "backing of") == NULL);
    CHECK_STR(cameo_of(d, "backed away"), "080");
    annals_doc_free(d);
}

/* Separable phrases with their object inside: "forced the envoy out" expels,
 * "strengthened its forces" is a force posture. */
TEST(test_event_separable_expel_and_reinforce) {
    annals_doc *d = prepare("2021-05-03",
                            "Norway forced the Chilean envoy out of Oslo.\n\n"
                            "Chile has strengthened its forces near the border.");
    if (!d) return;
    actor(d, "Norway", 0, "Norway government", AN_ACTOR_GOVERNMENT, "NO");
    actor(d, "Chilean envoy", 0, "Chile government", AN_ACTOR_GOVERNMENT, "CL");
    actor(d, "Chile", 1, "Chile government", AN_ACTOR_GOVERNMENT, "CL"); /* 0: Chilean */
    run(d);
    CHECK_STR(cameo_of(d, "forced"), "166");
    CHECK_STR(cameo_of(d, "strengthened"), "154");
    annals_doc_free(d);
}

/* Wire verbs outside violence: a pardon releases, a sentence is legal action, "lambasted"
 * criticises, "ruled out talks" rejects a meeting, troops sent (with their count) are a force posture,
 * burning flags a protest, an invitation a consultation, restored ties diplomatic
 * cooperation; "training camp" and "according to" report nothing. */
TEST(test_event_wire_verbs_by_cameo_root) {
    annals_doc *d = prepare("2021-05-03",
                            "Norway pardoned two Chilean fishermen on Monday.\n\n"
                            "Chile sent another 3,000 troops to the border.\n\n"
                            "A court in Oslo sentenced the activist to seven years in prison.\n\n"
                            "Peru lambasted Chile over the fishing dispute.\n\n"
                            "Norway ruled out talks with the rebels.\n\n"
                            "Students burned Danish flags outside the embassy.\n\n"
                            "Peru invited the Danish envoy to Lima.\n\n"
                            "Norway restored diplomatic ties with Chile.\n\n"
                            "The rebels left their training camp.\n\n"
                            "According to reports the fishermen are safe.");
    if (!d) return;
    actor(d, "Norway", 0, "Norway government", AN_ACTOR_GOVERNMENT, "NO");
    actor(d, "Chile", 1, "Chile government", AN_ACTOR_GOVERNMENT, "CL"); /* 0: Chilean */
    actor(d, "court", 0, "Norway judiciary", AN_ACTOR_GOVERNMENT, "NO");
    actor(d, "Peru", 0, "Peru government", AN_ACTOR_GOVERNMENT, "PE");
    actor(d, "Norway", 1, "Norway government", AN_ACTOR_GOVERNMENT, "NO");
    actor(d, "Students", 0, "students", AN_ACTOR_GROUP_OF_PEOPLE, "");
    actor(d, "Peru", 1, "Peru government", AN_ACTOR_GOVERNMENT, "PE");
    actor(d, "Norway", 2, "Norway government", AN_ACTOR_GOVERNMENT, "NO");
    run(d);
    CHECK_STR(cameo_of(d, "pardoned"), "0841");
    CHECK_STR(cameo_of(d, "sentenced"), "173");
    CHECK_STR(cameo_of(d, "lambasted"), "111");
    CHECK_STR(cameo_of(d, "ruled out"), "125"); /* talks refused */
    CHECK_STR(cameo_of(d, "sent"), "154");
    CHECK_STR(cameo_of(d, "burned"), "141");
    CHECK_STR(cameo_of(d, "invited"), "040");
    CHECK_STR(cameo_of(d, "restored"), "050");
    CHECK(event(d, "training") == NULL);
    CHECK(event(d, "According") == NULL);
    annals_doc_free(d);
}

/* "lashed out at Chile": "at" right after a verb trigger leads to whom it is aimed at; a
 * time between the object and a purpose clause keeps the object the one acted on
 * ("summoned the envoy on Wednesday to protest against the arrest of Norwegian
 * sailors"). */
TEST(test_event_aimed_at_and_purpose_after_a_time) {
    annals_doc *d = prepare("2021-05-03",
                            "Peru lashed out at Chile and Norway on Monday.\n\n"
                            "Norway summoned the Chilean envoy on Wednesday to protest against "
                            "the arrest of Norwegian sailors.");
    if (!d) return;
    actor(d, "Peru", 0, "Peru government", AN_ACTOR_GOVERNMENT, "PE");
    place(d, "Chile", 0, AN_PLACE_COUNTRY, "CL");
    place(d, "Norway", 0, AN_PLACE_COUNTRY, "NO");
    actor(d, "Norway", 1, "Norway government", AN_ACTOR_GOVERNMENT, "NO");
    actor(d, "Chilean envoy", 0, "Chile government", AN_ACTOR_GOVERNMENT, "CL");
    actor(d, "Norwegian sailors", 0, "Norway sailors", AN_ACTOR_GROUP_OF_PEOPLE, "NO");
    run(d);
    char buf[64];
    CHECK_STR(dyads(d, "lashed out", buf, sizeof buf), "PE>CL PE>NO");
    CHECK_STR(dyads(d, "protest", buf, sizeof buf), "NO>CL");
    annals_doc_free(d);
}

/* ", a move welcomed by Norway" is about the whole clause: Norway is not the one freed;
 * nor is the visitor named in ", the first visit by ..." the one visited. */
TEST(test_event_clause_apposition_is_no_object) {
    annals_doc *d = prepare("2021-05-03",
                            "Chile freed 14 fishermen on Thursday, a move welcomed by Norway.");
    if (!d) return;
    actor(d, "Chile", 0, "Chile government", AN_ACTOR_GOVERNMENT, "CL");
    actor(d, "Norway", 0, "Norway government", AN_ACTOR_GOVERNMENT, "NO");
    run(d);
    const an_event *e = event(d, "freed");
    CHECK(e != NULL);
    if (e) CHECK(e->actor2 < 0);
    char buf[64];
    CHECK_STR(dyads(d, "welcomed", buf, sizeof buf), "NO>CL");
    annals_doc_free(d);
    d = prepare("2021-05-03", "Peru's foreign minister arrived in Santiago on Sunday, the "
                              "first visit by a Peruvian foreign minister since the war.");
    if (!d) return;
    actor(d, "foreign minister", 0, "Peru government", AN_ACTOR_GOVERNMENT, "PE");
    place(d, "Santiago", 0, AN_PLACE_CITY, "CL");
    actor(d, "Peruvian foreign minister", 0, "Peru government", AN_ACTOR_GOVERNMENT, "PE");
    run(d);
    CHECK_STR(dyads(d, "arrived", buf, sizeof buf), "PE>CL");
    annals_doc_free(d);
}

/* "The Chilean government and communist rebels agreed": a lower-case word describing the
 * second subject does not break the compound; the two act on each other. */
TEST(test_event_compound_with_describing_word) {
    annals_doc *d = prepare("2021-05-03", "The Chilean government and communist rebels agreed "
                                          "on Tuesday to hold talks in Oslo.");
    if (!d) return;
    actor(d, "Chilean government", 0, "Chile government", AN_ACTOR_GOVERNMENT, "CL");
    actor(d, "rebels", 0, "rebels", AN_ACTOR_ARMED_GROUP, "");
    place(d, "Oslo", 0, AN_PLACE_CITY, "NO");
    run(d);
    char buf[64];
    CHECK_STR(dyads(d, "agreed", buf, sizeof buf), "-->CL CL>--");
    annals_doc_free(d);
}

/* "killed 23 people when they blew themselves up": the "when" clause with a pronoun
 * subject tells the same attack again; "since it seized" would be one before. */
TEST(test_event_same_time_clause_repeats) {
    annals_doc *d = prepare("2021-05-03", "Two bombers killed 23 people when they blew "
                                          "themselves up in Arica.");
    if (!d) return;
    actor(d, "bombers", 0, "bombers", AN_ACTOR_ARMED_GROUP, "CL");
    actor(d, "people", 0, "people", AN_ACTOR_GROUP_OF_PEOPLE, "");
    place(d, "Arica", 0, AN_PLACE_CITY, "CL");
    run(d);
    CHECK_INT(d->events.n, 1);
    annals_doc_free(d);
}

/* "welcomed the decision to hand over", "rejected a proposal to halt": the "to" clause
 * after a noun of intent is what the noun holds, not an event of its own; nationalising is
 * seizing property, a fine an administrative sanction. */
TEST(test_event_content_of_a_noun) {
    annals_doc *d = prepare("2021-05-03",
                            "Norway welcomed the Chilean decision to hand over the suspects.\n\n"
                            "Peru rejected a proposal to halt fishing.\n\n"
                            "Peru nationalised the mines and fined the company.");
    if (!d) return;
    actor(d, "Norway", 0, "Norway government", AN_ACTOR_GOVERNMENT, "NO");
    actor(d, "Peru", 0, "Peru government", AN_ACTOR_GOVERNMENT, "PE");
    actor(d, "Peru", 1, "Peru government", AN_ACTOR_GOVERNMENT, "PE");
    run(d);
    CHECK(event(d, "welcomed") != NULL);
    CHECK(event(d, "hand over") == NULL);
    CHECK(event(d, "rejected") != NULL);
    CHECK(event(d, "halt") == NULL);
    CHECK_STR(cameo_of(d, "nationalised"), "1711");
    CHECK_STR(cameo_of(d, "fined"), "172");
    annals_doc_free(d);
}

/* "warned that Norway would strike the rebels' bases in Chile": the subject's own state
 * opening the clause is no target, the other party after it is; with none, it is
 * ("demanded that the Peruvian government release them"). */
TEST(test_event_that_clause_restating_the_subject) {
    annals_doc *d = prepare("2021-05-03",
                            "Norway's army chief warned that Norway would strike Chilean "
                            "rebels.\n\n"
                            "Peruvian rebels demanded that the Peruvian government release "
                            "them.");
    if (!d) return;
    actor(d, "army chief", 0, "Norway military", AN_ACTOR_MILITARY, "NO");
    actor(d, "Norway", 1, "Norway government", AN_ACTOR_GOVERNMENT, "NO");
    actor(d, "Chilean rebels", 0, "rebels", AN_ACTOR_ARMED_GROUP, "CL");
    actor(d, "Peruvian rebels", 0, "rebels", AN_ACTOR_ARMED_GROUP, "PE");
    actor(d, "Peruvian government", 0, "Peru government", AN_ACTOR_GOVERNMENT, "PE");
    run(d);
    char buf[64];
    CHECK_STR(dyads(d, "warned", buf, sizeof buf), "NO>CL");
    CHECK_STR(dyads(d, "demanded", buf, sizeof buf), "PE>PE");
    annals_doc_free(d);
}

/* "were wounded when gunmen opened fire on their patrol": the toll and the attack of the
 * same time are one event, by the gunmen on the victims; "since" would tell another. */
TEST(test_event_toll_before_its_cause) {
    annals_doc *d = prepare("2021-05-03", "Two Chilean soldiers were wounded when Peruvian "
                                          "gunmen opened fire on their patrol near Arica.");
    if (!d) return;
    actor(d, "Chilean soldiers", 0, "Chile military", AN_ACTOR_MILITARY, "CL");
    actor(d, "Peruvian gunmen", 0, "gunmen", AN_ACTOR_ARMED_GROUP, "PE");
    place(d, "Arica", 0, AN_PLACE_CITY, "CL");
    run(d);
    CHECK_INT(d->events.n, 1);
    char buf[64];
    CHECK_STR(dyads(d, "wounded", buf, sizeof buf), "PE>CL");
    CHECK_STR(cameo_of(d, "wounded"), "193");
    const an_event *e = event(d, "wounded");
    if (e) CHECK_INT(e->n_cas, 1);
    annals_doc_free(d);
}

/* "was attacked by a group of protesters": the doer after a count of them; closing a
 * border restricts movement (191); an approved loan is aid, an approved plan a concession. */
TEST(test_event_doer_after_a_count_and_objects) {
    annals_doc *d = prepare("2021-05-03",
                            "The Chilean embassy was attacked by a group of Peruvian students.\n\n"
                            "Peru closed its border with Chile on Thursday.\n\n"
                            "The bank approved a loan to Peru.\n\n"
                            "Chile approved the plan.");
    if (!d) return;
    actor(d, "Chilean embassy", 0, "Chile government", AN_ACTOR_GOVERNMENT, "CL");
    actor(d, "Peruvian students", 0, "students", AN_ACTOR_GROUP_OF_PEOPLE, "PE");
    actor(d, "Peru", 1, "Peru government", AN_ACTOR_GOVERNMENT, "PE");
    place(d, "Chile", 1, AN_PLACE_COUNTRY, "CL");
    actor(d, "Peru", 2, "Peru", AN_ACTOR_COUNTRY, "PE");
    actor(d, "Chile", 2, "Chile government", AN_ACTOR_GOVERNMENT, "CL");
    run(d);
    char buf[64];
    CHECK_STR(dyads(d, "attacked", buf, sizeof buf), "PE>CL");
    CHECK_STR(cameo_of(d, "closed"), "191");
    CHECK_STR(dyads(d, "closed", buf, sizeof buf), "PE>CL");
    const an_event *approved[2] = {NULL, NULL};
    for (size_t i = 0, n = 0; i < d->events.n && n < 2; i++) {
        const an_event *e = &d->events.v[i];
        if (strncmp(d->field[ANNALS_FIELD_TEXT] + e->ev[0].start, "approved", 8) == 0)
            approved[n++] = e;
    }
    const an_event *loan = approved[0], *plan = approved[1];
    CHECK(loan != NULL && plan != NULL);
    if (loan) CHECK_STR(loan->cameo, "071");
    if (plan) CHECK_STR(plan->cameo, "083");
    annals_doc_free(d);
}

/* "criticised Chile for failing to stop the boats": the reason of a judgement is part of
 * it; "vetoed a resolution condemning Peru": what a document holds is part of the event
 * told about the document. A participle after any other noun is not ("soldiers beating"). */
TEST(test_event_reasons_and_document_contents) {
    annals_doc *d = prepare("2021-05-03",
                            "Peru criticised Chile for failing to stop the boats.\n\n"
                            "Norway vetoed a resolution condemning Peru.\n\n"
                            "Norway praised Chile for helping to free the crew.");
    if (!d) return;
    actor(d, "Peru", 0, "Peru government", AN_ACTOR_GOVERNMENT, "PE");
    actor(d, "Norway", 0, "Norway government", AN_ACTOR_GOVERNMENT, "NO");
    actor(d, "Norway", 1, "Norway government", AN_ACTOR_GOVERNMENT, "NO");
    run(d);
    CHECK(event(d, "criticised") != NULL);
    CHECK(event(d, "stop") == NULL);
    CHECK(event(d, "vetoed") != NULL);
    CHECK(event(d, "condemning") == NULL);
    CHECK(event(d, "praised") != NULL);
    CHECK(event(d, "free") == NULL);
    annals_doc_free(d);
}

/* Force and sanctions land on what follows "on", even from two subjects ("Chile and Peru
 * launched air strikes on Bolivia"); a ban bars what follows "from"; a word the trigger
 * phrase goes on to is no party ("expressed strong opposition to Chile's plans"). */
TEST(test_event_aimed_on_barred_from_and_trigger_words) {
    annals_doc *d = prepare("2021-05-03",
                            "Chile and Peru launched air strikes on Bolivia on Sunday.\n\n"
                            "Norway banned Chilean fishermen from travelling to Bergen.\n\n"
                            "Peru expressed strong opposition to Chile's plans.");
    if (!d) return;
    place(d, "Chile", 0, AN_PLACE_COUNTRY, "CL");
    place(d, "Peru", 0, AN_PLACE_COUNTRY, "PE");
    place(d, "Bolivia", 0, AN_PLACE_COUNTRY, "BO");
    actor(d, "Norway", 0, "Norway government", AN_ACTOR_GOVERNMENT, "NO");
    actor(d, "Chilean fishermen", 0, "fishermen", AN_ACTOR_GROUP_OF_PEOPLE, "CL");
    place(d, "Bergen", 0, AN_PLACE_CITY, "NO");
    actor(d, "Peru", 1, "Peru government", AN_ACTOR_GOVERNMENT, "PE");
    actor(d, "opposition", 0, "opposition", AN_ACTOR_GROUP_OF_PEOPLE, "");
    actor(d, "Chile", 2, "Chile government", AN_ACTOR_GOVERNMENT, "CL");
    run(d);
    char buf[64];
    CHECK_STR(dyads(d, "air strikes", buf, sizeof buf), "PE>BO CL>BO");
    CHECK(event(d, "banned") != NULL);
    CHECK(event(d, "travelling") == NULL);
    CHECK_STR(dyads(d, "expressed", buf, sizeof buf), "PE>CL");
    CHECK_STR(cameo_of(d, "expressed"), "120");
    annals_doc_free(d);
}

/* "a treaty of friendship and cooperation", "since last month's invasion", "over two
 * Peruvian air raids": event nouns led by a preposition over a conjunct, a time or a count
 * in words are background, not events. */
TEST(test_event_background_over_conjunct_and_time) {
    annals_doc *d = prepare("2021-05-03",
                            "Norway and Chile signed a treaty of friendship and cooperation.\n\n"
                            "Peru granted asylum to five Chilean officers since last month's "
                            "invasion.\n\n"
                            "Chile complained to the United Nations on Tuesday over two Peruvian "
                            "air raids.");
    if (!d) return;
    run(d);
    CHECK(event(d, "complained") != NULL);
    CHECK(event(d, "air raids") == NULL);

    CHECK(event(d, "signed") != NULL);
    CHECK(event(d, "cooperation") == NULL);
    CHECK(event(d, "granted") != NULL);
    CHECK(event(d, "invasion") == NULL);
    annals_doc_free(d);
    d = prepare("2021-05-03", "The Chilean president arrived in Lima on a previously "
                              "unannounced visit.");
    if (!d) return;
    run(d);
    CHECK(event(d, "arrived") != NULL);
    CHECK(event(d, "visit") == NULL);
    annals_doc_free(d);
}

/* Sending is aid only for what aid is ("sent arms to Peru"); "sent a signal" reports
 * nothing, and a cue of intent does not bring back what reports nothing ("will send a
 * delegation", "residents will return home"). */
TEST(test_event_sending_and_cues_on_nothing) {
    annals_doc *d = prepare("2021-05-03",
                            "Chile sent arms to Peru last year.\n\n"
                            "Chile sent a clear signal to Peru.\n\n"
                            "Chile will send a delegation to Lima.\n\n"
                            "Residents will return home next week.");
    if (!d) return;
    actor(d, "Chile", 0, "Chile government", AN_ACTOR_GOVERNMENT, "CL");
    run(d);
    CHECK_STR(cameo_of(d, "sent"), "072");
    CHECK_INT(d->events.n, 1);
    annals_doc_free(d);
}

/* "Vargas, speaking in Lima, urged Chile": a participle phrase between the subject and its
 * verb; "called Vargas a liar" names what he is called, no telephone call. */
TEST(test_event_inserted_participle_and_naming_call) {
    annals_doc *d = prepare("2021-05-03",
                            "Minister Ana Vargas, speaking in Lima, urged Chile to release the "
                            "boats.\n\n"
                            "The Chilean president called Ana Vargas a liar.\n\n"
                            "The Chilean president called Ana Vargas on Monday.");
    if (!d) return;
    actor(d, "Minister Ana Vargas", 0, "Ana Vargas", AN_ACTOR_PERSON, "PE");
    place(d, "Lima", 0, AN_PLACE_CITY, "PE");
    actor(d, "Chile", 0, "Chile government", AN_ACTOR_GOVERNMENT, "CL");
    actor(d, "Chilean president", 0, "Chile government", AN_ACTOR_GOVERNMENT, "CL");
    actor(d, "Ana Vargas", 1, "Ana Vargas", AN_ACTOR_PERSON, "PE");
    actor(d, "Chilean president", 1, "Chile government", AN_ACTOR_GOVERNMENT, "CL");
    actor(d, "Ana Vargas", 2, "Ana Vargas", AN_ACTOR_PERSON, "PE");
    run(d);
    char buf[64];
    CHECK_STR(dyads(d, "urged", buf, sizeof buf), "PE>CL");
    CHECK_STR(dyads(d, "called", buf, sizeof buf), "CL>PE PE>CL");
    annals_doc_free(d);
}

/* A state's unnamed agents after its verb are its own ("Chile withdrew troops"); an
 * opposition group does not own the police it clashes with. */
TEST(test_event_group_owns_no_state_agents) {
    annals_doc *d = prepare("2021-05-03", "Chilean students clashed with police in Santiago.");
    if (!d) return;
    actor(d, "Chilean students", 0, "students", AN_ACTOR_GROUP_OF_PEOPLE, "CL");
    actor(d, "police", 0, "Chile police", AN_ACTOR_POLICE, "CL");
    place(d, "Santiago", 0, AN_PLACE_CITY, "CL");
    run(d);
    const an_event *e = event(d, "clashed");
    CHECK(e != NULL);
    if (e) CHECK_STR(actor_name(d, e->actor2), "Chile police");
    annals_doc_free(d);
}

/* "state" after its modifier is the noun of "a new state of emergency", not "to state". */
TEST(test_event_state_after_a_modifier_is_a_noun) {
    annals_doc *d = prepare("2021-05-03", "Peru imposed a new state of emergency.\n\n"
                                          "Chile declared a 30-day state of emergency.");
    if (!d) return;
    actor(d, "Peru", 0, "Peru government", AN_ACTOR_GOVERNMENT, "PE");
    actor(d, "Chile", 0, "Chile government", AN_ACTOR_GOVERNMENT, "CL");
    run(d);
    CHECK_INT(d->events.n, 2);
    CHECK_STR(cameo_of(d, "state of emergency"), "1724");
    annals_doc_free(d);
}

/* "expressed strong dissatisfaction over the Chilean president's visit": displeasure voiced
 * disapproves (110); the visit behind "over" and its owner is the background. */
TEST(test_event_dissatisfaction_over_an_owned_event) {
    annals_doc *d = prepare("2021-05-03", "Peru expressed strong dissatisfaction on Friday over "
                                          "the Chilean president's visit to the islands.");
    if (!d) return;
    actor(d, "Peru", 0, "Peru government", AN_ACTOR_GOVERNMENT, "PE");
    actor(d, "Chilean president", 0, "Chile government", AN_ACTOR_GOVERNMENT, "CL");
    run(d);
    CHECK_STR(cameo_of(d, "expressed"), "110");
    char buf[64];
    CHECK_STR(dyads(d, "expressed", buf, sizeof buf), "PE>CL");
    CHECK(event(d, "visit") == NULL);
    annals_doc_free(d);
}

/* "were killed in clashes with Peruvian rebels": the other side of the fight is the doer. */
TEST(test_event_passive_toll_in_clashes_with) {
    annals_doc *d = prepare("2021-05-03", "Two Chilean soldiers were killed in clashes with "
                                          "Peruvian rebels near Arica.");
    if (!d) return;
    actor(d, "Chilean soldiers", 0, "Chile military", AN_ACTOR_MILITARY, "CL");
    actor(d, "Peruvian rebels", 0, "rebels", AN_ACTOR_ARMED_GROUP, "PE");
    place(d, "Arica", 0, AN_PLACE_CITY, "CL");
    run(d);
    char buf[64];
    CHECK_STR(dyads(d, "killed", buf, sizeof buf), "PE>CL");
    annals_doc_free(d);
}

/* "X and Peruvian leader Ana Vargas agreed on a Chilean pullback": a state's title found
 * apart before its person keeps the compound, the two act on each other, and a party after
 * the topic word ending the trigger ("agree on") is only the topic; barring restricts. */
TEST(test_event_title_in_compound_and_topic_in_trigger) {
    annals_doc *d = prepare("2021-05-03",
                            "Chilean President Jose Soto and Peruvian leader Ana Vargas agreed "
                            "on a further Chilean troop pullback.\n\n"
                            "Peru barred Chilean inspectors from entering the port.");
    if (!d) return;
    actor(d, "President Jose Soto", 0, "Jose Soto", AN_ACTOR_PERSON, "CL");
    actor(d, "Peruvian leader", 0, "Peru government", AN_ACTOR_GOVERNMENT, "PE");
    actor(d, "Ana Vargas", 0, "Ana Vargas", AN_ACTOR_PERSON, "PE");
    actor(d, "Chilean", 1, "Chile", AN_ACTOR_COUNTRY, "CL");
    actor(d, "Peru", 1, "Peru government", AN_ACTOR_GOVERNMENT, "PE");
    actor(d, "Chilean inspectors", 0, "Chile government", AN_ACTOR_GOVERNMENT, "CL");
    run(d);
    char buf[64];
    CHECK_STR(dyads(d, "agreed", buf, sizeof buf), "PE>CL CL>PE");
    CHECK_STR(cameo_of(d, "barred"), "172");
    CHECK_STR(dyads(d, "barred", buf, sizeof buf), "PE>CL");
    annals_doc_free(d);
}

/* Neither a subject with its verb ("since the rebels launched their attack") nor a clause
 * of the same time that acts on someone else ("captured when it overran the town") is the
 * background of the event before it: both stay events. */
TEST(test_event_own_subject_and_other_act_stay_events) {
    annals_doc *d = prepare("2021-05-03",
                            "Fifty soldiers had been killed since the rebels launched their "
                            "attack on Thursday.\n\n"
                            "Jets destroyed weapons the group captured when it overran the "
                            "town.");
    if (!d) return;
    actor(d, "soldiers", 0, "Chile military", AN_ACTOR_MILITARY, "CL");
    actor(d, "rebels", 0, "rebels", AN_ACTOR_ARMED_GROUP, "CL");
    actor(d, "Jets", 0, "Chile military", AN_ACTOR_MILITARY, "CL");
    actor(d, "the group", 0, "rebels", AN_ACTOR_ARMED_GROUP, "CL");
    run(d);
    CHECK(event(d, "attack") != NULL);
    CHECK(event(d, "overran") != NULL);
    annals_doc_free(d);
}

/* CAMEO codes who did what to whom: an event with no doer that names only people it
 * befell ("five people were shot dead") keeps its PLOVER type but no CAMEO code, nor does
 * one that did not or would only happen; a refusal the negation makes ("failed to reach
 * agreement") is coded, and a state's embassy attacked by someone unnamed too. */
TEST(test_event_cameo_needs_a_party_and_a_deed) {
    annals_doc *d = prepare("2021-05-03",
                            "Five people were shot dead in the capital.\n\n"
                            "Chile did not attack the rebels.\n\n"
                            "If Peru can crush the protests, it will stay in power.\n\n"
                            "Peru and Chile failed to reach agreement on the border.\n\n"
                            "Chile shelled the rebels on Monday.\n\n"
                            "Civilians were killed in the capital.\n\n"
                            "The embassy was attacked on Sunday.");
    if (!d) return;
    actor(d, "Civilians", 0, "civilians", AN_ACTOR_GROUP_OF_PEOPLE, "CL");
    actor(d, "embassy", 0, "Peru government", AN_ACTOR_GOVERNMENT, "PE");
    actor(d, "Chile", 0, "Chile government", AN_ACTOR_GOVERNMENT, "CL");
    actor(d, "rebels", 0, "rebels", AN_ACTOR_ARMED_GROUP, "CL");
    actor(d, "Peru", 0, "Peru government", AN_ACTOR_GOVERNMENT, "PE");
    actor(d, "Peru", 1, "Peru government", AN_ACTOR_GOVERNMENT, "PE");
    actor(d, "Chile", 1, "Chile government", AN_ACTOR_GOVERNMENT, "CL");
    actor(d, "Chile", 2, "Chile government", AN_ACTOR_GOVERNMENT, "CL");
    actor(d, "rebels", 1, "rebels", AN_ACTOR_ARMED_GROUP, "CL");
    run(d);
    const an_event *shot = event(d, "shot"), *attack = event(d, "attack");
    const an_event *crush = event(d, "crush");
    CHECK(shot != NULL && attack != NULL && crush != NULL);
    if (shot) CHECK(shot->plover != NULL && shot->cameo == NULL);
    if (attack) CHECK(attack->plover != NULL && attack->cameo == NULL);
    if (crush) CHECK(crush->cameo == NULL);
    const an_event *reach = event(d, "reach");
    if (reach) CHECK(reach->cameo != NULL && strncmp(reach->cameo, "12", 2) == 0);
    CHECK_STR(cameo_of(d, "shelled"), "194");
    const an_event *killed = event(d, "killed");
    if (killed) CHECK(killed->cameo == NULL);
    const an_event *attacked = event(d, "attacked");
    CHECK(attacked != NULL && attacked->cameo != NULL);
    annals_doc_free(d);
}

/* Banning imports is an embargo (163), blocking a resolution rejects it (125), a speech is
 * a public statement (010); "sought to" is an attempt, no appeal of its own; what
 * resolutions hold ("resolutions condemning") is no event of its own. */
TEST(test_event_embargo_blocked_resolution_speech_attempt) {
    annals_doc *d = prepare("2021-05-03",
                            "Peru banned the import of Chilean copper.\n\n"
                            "Norway blocked two Security Council resolutions on Chile.\n\n"
                            "The Chilean president made a speech in Lima on Monday.\n\n"
                            "Peru sought to build support for the plan.\n\n"
                            "Norway vetoed two resolutions condemning Chile.\n\n"
                            "Peru blocked resolutions on Chile.");
    if (!d) return;
    actor(d, "Peru", 0, "Peru government", AN_ACTOR_GOVERNMENT, "PE");
    actor(d, "Norway", 0, "Norway government", AN_ACTOR_GOVERNMENT, "NO");
    actor(d, "Chilean president", 0, "Chile government", AN_ACTOR_GOVERNMENT, "CL");
    actor(d, "Peru", 1, "Peru government", AN_ACTOR_GOVERNMENT, "PE");
    actor(d, "Norway", 1, "Norway government", AN_ACTOR_GOVERNMENT, "NO");
    actor(d, "Peru", 2, "Peru government", AN_ACTOR_GOVERNMENT, "PE");
    run(d);
    CHECK_STR(cameo_of(d, "banned"), "163");
    CHECK_STR(cameo_of(d, "blocked"), "125");
    CHECK_STR(cameo_of(d, "made"), "010");
    CHECK(event(d, "sought") == NULL);
    CHECK(event(d, "condemning") == NULL); /* what the resolutions hold */
    const an_event *blocked = NULL;
    for (size_t i = 0; i < d->events.n; i++)
        if (strncmp(d->field[ANNALS_FIELD_TEXT] + d->events.v[i].ev[0].start, "blocked", 7) == 0)
            blocked = &d->events.v[i]; /* the last: "blocked resolutions" */
    CHECK(blocked != NULL && blocked->cameo && strcmp(blocked->cameo, "125") == 0);
    annals_doc_free(d);
}

/* A gerund after a preposition with its object is a verb ("in recalling their
 * ambassadors" recalls them: 161); after a noun of intent ("the decision of sending
 * troops") it is what the noun holds, no event of its own. */
TEST(test_event_gerund_with_object_after_preposition) {
    annals_doc *d = prepare("2021-05-03",
                            "Peru followed Norway in recalling their ambassadors from Chile.\n\n"
                            "Students marched against the decision of sending troops to Chile.");
    if (!d) return;
    actor(d, "Peru", 0, "Peru government", AN_ACTOR_GOVERNMENT, "PE");
    actor(d, "Norway", 0, "Norway government", AN_ACTOR_GOVERNMENT, "NO");
    actor(d, "Students", 0, "students", AN_ACTOR_GROUP_OF_PEOPLE, "PE");
    actor(d, "troops", 0, "Peru military", AN_ACTOR_MILITARY, "PE");
    run(d);
    CHECK_STR(cameo_of(d, "recalling"), "161");
    CHECK(event(d, "marched") != NULL);
    CHECK(event(d, "sending") == NULL);
    annals_doc_free(d);
}

/* An infinitive of purpose after a time or a place, or opening the sentence, is what was
 * meant, not done: no CAMEO code. After a verb ("continued to send") it is the act. */
TEST(test_event_purpose_infinitive_is_not_coded) {
    annals_doc *d = prepare("2021-05-03",
                            "Chile sent troops to the border on Monday to attack the rebels.\n\n"
                            "To support the rebels, Peru met the envoy.\n\n"
                            "Peru continued to send arms to Chile.\n\n"
                            "Chile began an assault aimed at crushing the rebels.");
    if (!d) return;
    actor(d, "Chile", 0, "Chile government", AN_ACTOR_GOVERNMENT, "CL");
    actor(d, "rebels", 0, "rebels", AN_ACTOR_ARMED_GROUP, "PE");
    actor(d, "rebels", 1, "rebels", AN_ACTOR_ARMED_GROUP, "PE");
    actor(d, "Peru", 0, "Peru government", AN_ACTOR_GOVERNMENT, "PE");
    actor(d, "envoy", 0, "Chile government", AN_ACTOR_GOVERNMENT, "CL");
    actor(d, "Peru", 1, "Peru government", AN_ACTOR_GOVERNMENT, "PE");
    actor(d, "Chile", 1, "Chile government", AN_ACTOR_GOVERNMENT, "CL");
    actor(d, "Chile", 2, "Chile government", AN_ACTOR_GOVERNMENT, "CL");
    actor(d, "rebels", 2, "rebels", AN_ACTOR_ARMED_GROUP, "CL");
    run(d);
    const an_event *attack = event(d, "attack"), *support = event(d, "support");
    CHECK(attack != NULL && support != NULL);
    if (attack) CHECK(attack->cameo == NULL);
    if (support) CHECK(support->cameo == NULL);
    CHECK_STR(cameo_of(d, "send"), "072"); /* arms: military aid */
    const an_event *crush = event(d, "crushing");
    CHECK(crush != NULL);
    if (crush) CHECK(crush->cameo == NULL);
    annals_doc_free(d);
}

/* Stopping what is no event ("stopped estimating the toll") halts nothing; stopping aid
 * is a sanction (162). */
TEST(test_event_halt_of_nothing) {
    annals_doc *d = prepare("2021-05-03",
                            "Peru stopped estimating the death toll in May.\n\n"
                            "Norway stopped aid to Chile.");
    if (!d) return;
    actor(d, "Peru", 0, "Peru government", AN_ACTOR_GOVERNMENT, "PE");
    actor(d, "Norway", 0, "Norway government", AN_ACTOR_GOVERNMENT, "NO");
    actor(d, "Chile", 0, "Chile government", AN_ACTOR_GOVERNMENT, "CL");
    run(d);
    CHECK(event(d, "stopped estimating") == NULL);
    const an_event *aid = NULL;
    for (size_t i = 0; i < d->events.n; i++)
        if (d->events.v[i].actor1 >= 0 && strcmp(actor_name(d, d->events.v[i].actor1),
                                                 "Norway government") == 0)
            aid = &d->events.v[i];
    CHECK(aid != NULL && aid->cameo && strncmp(aid->cameo, "16", 2) == 0);
    annals_doc_free(d);
}

/* ", citing NATO's bombing of Tripoli,": an event noun in a participle phrase set off by a
 * comma is the background of the sentence's event, as after a preposition. */
TEST(test_event_noun_in_participle_phrase_is_background) {
    annals_doc *d = prepare("2021-05-03",
                            "Peru, citing the bombing of the port, said it would veto the plan.");
    if (!d) return;
    actor(d, "Peru", 0, "Peru government", AN_ACTOR_GOVERNMENT, "PE");
    run(d);
    CHECK(event(d, "bombing") == NULL);
    CHECK(event(d, "veto") != NULL);
    annals_doc_free(d);
}

/* "is to meet": a meeting scheduled, an intent to meet (036), not a meeting held. */
TEST(test_event_be_to_is_planned) {
    annals_doc *d = prepare("2021-05-03", "Peru's foreign minister is to meet the Chilean envoy.");
    if (!d) return;
    actor(d, "foreign minister", 0, "Peru government", AN_ACTOR_GOVERNMENT, "PE");
    actor(d, "Chilean envoy", 0, "Chile government", AN_ACTOR_GOVERNMENT, "CL");
    run(d);
    const an_event *e = event(d, "meet");
    CHECK(e != NULL);
    if (e) {
        CHECK_STR(e->cameo, "036");
        CHECK_STR(an_event_modality(e->modality), "planned");
    }
    annals_doc_free(d);
}

/* "is committed to the plan" expresses intent (030); to an act, intent to do it. */
TEST(test_event_committed_to) {
    annals_doc *d = prepare("2021-05-03", "Peru is committed to the plan.\n\n"
                                          "Chile is committed to withdrawing its troops.");
    if (!d) return;
    actor(d, "Peru", 0, "Peru government", AN_ACTOR_GOVERNMENT, "PE");
    actor(d, "Chile", 0, "Chile government", AN_ACTOR_GOVERNMENT, "CL");
    run(d);
    CHECK_STR(cameo_of(d, "is committed to the"), "030");
    const an_event *w = NULL;
    for (size_t i = 0; i < d->events.n; i++)
        if (d->events.v[i].actor1 >= 0 && strcmp(actor_name(d, d->events.v[i].actor1),
                                                 "Chile government") == 0)
            w = &d->events.v[i];
    CHECK(w != NULL && w->cameo && strncmp(w->cameo, "03", 2) == 0);
    annals_doc_free(d);
}

/* Bringing someone to justice is legal action (173); vowing it is a threat (13). */
TEST(test_event_bring_to_justice) {
    annals_doc *d = prepare("2021-05-03", "Peru brought the killers to justice.\n\n"
                                          "Chile vowed that the killers would be brought to "
                                          "justice.");
    if (!d) return;
    actor(d, "Peru", 0, "Peru government", AN_ACTOR_GOVERNMENT, "PE");
    actor(d, "Chile", 0, "Chile government", AN_ACTOR_GOVERNMENT, "CL");
    run(d);
    CHECK_STR(cameo_of(d, "brought the"), "173");
    const an_event *v = event(d, "vowed");
    CHECK(v != NULL && v->cameo && strncmp(v->cameo, "13", 2) == 0);
    annals_doc_free(d);
}

/* A visit is made by someone speaking for a state or body: journalists or refugees
 * arriving somewhere make none; an envoy arriving does. */
TEST(test_event_crowd_makes_no_visit) {
    annals_doc *d = prepare("2021-05-03", "Thousands of journalists arrived in Lima.\n\n"
                                          "The Chilean envoy arrived in Lima.");
    if (!d) return;
    actor(d, "journalists", 0, "journalists", AN_ACTOR_GROUP_OF_PEOPLE, "");
    actor(d, "Chilean envoy", 0, "Chile government", AN_ACTOR_GOVERNMENT, "CL");
    place(d, "Lima", 0, AN_PLACE_CITY, "PE");
    place(d, "Lima", 1, AN_PLACE_CITY, "PE");
    run(d);
    CHECK_INT(d->events.n, 1);
    if (d->events.n == 1) CHECK_STR(actor_name(d, d->events.v[0].actor1), "Chile government");
    annals_doc_free(d);
}

/* An event noun after "amid", "despite", "under", "in the wake of" ... sets the scene of a
 * sentence that tells no act of its own: the event stands, but CAMEO codes nothing. */
TEST(test_event_scene_noun_is_not_coded) {
    annals_doc *d = prepare("2021-05-03",
                            "Thousands have fled to Peru in the wake of a bloody government "
                            "crackdown on protesters.\n\n"
                            "The Chilean government cracked down on protesters.");
    if (!d) return;
    actor(d, "government", 0, "Chile government", AN_ACTOR_GOVERNMENT, "CL");
    actor(d, "protesters", 0, "protesters", AN_ACTOR_GROUP_OF_PEOPLE, "CL");
    actor(d, "Chilean government", 0, "Chile government", AN_ACTOR_GOVERNMENT, "CL");
    actor(d, "protesters", 1, "protesters", AN_ACTOR_GROUP_OF_PEOPLE, "CL");
    run(d);
    const an_event *scene = event(d, "crackdown"), *act = event(d, "cracked");
    CHECK(scene != NULL && act != NULL);
    if (scene) CHECK(scene->plover != NULL && scene->cameo == NULL);
    if (act) CHECK(act->cameo != NULL);
    annals_doc_free(d);
}

/* "There might be ..." opens a clause of what may happen: hypothetical, as after "if". */
TEST(test_event_there_might_be_is_hypothetical) {
    annals_doc *d = prepare("2021-05-03",
                            "There might be some kind of covert support for the Chilean "
                            "opposition.");
    if (!d) return;
    actor(d, "Chilean opposition", 0, "Chile opposition", AN_ACTOR_PARTY, "CL");
    run(d);
    const an_event *e = event(d, "support");
    CHECK(e != NULL);
    if (e) {
        CHECK_STR(an_event_modality(e->modality), "hypothetical");
        CHECK(e->cameo == NULL);
    }
    annals_doc_free(d);
}

/* A light verb takes its type from its object, not from a noun after a preposition:
 * "opened fire at a funeral" is a shooting, no funeral procession. */
TEST(test_event_light_verb_object_without_preposition) {
    annals_doc *d = prepare("2021-05-03", "Chilean troops opened fire at a demonstration in Lima.");
    if (!d) return;
    actor(d, "Chilean troops", 0, "Chile military", AN_ACTOR_MILITARY, "CL");
    place(d, "Lima", 0, AN_PLACE_CITY, "PE");
    run(d);
    const an_event *e = event(d, "opened fire");
    CHECK(e != NULL);
    if (e) CHECK_STR(e->plover, "ASSAULT");
    annals_doc_free(d);
}

/* "he" opening a clause set on the main one is the office holder named before it; a date
 * after the report's makes the visit an intent to meet. */
TEST(test_event_he_in_a_set_clause) {
    annals_doc *d = prepare("2021-05-03", "Peru's president will seek to calm his ally's worries "
                                          "when he visits Chile next week.");
    if (!d) return;
    actor(d, "president", 0, "President of Peru", AN_ACTOR_GOVERNMENT, "PE");
    place(d, "Peru", 0, AN_PLACE_COUNTRY, "PE");
    place(d, "Chile", 0, AN_PLACE_COUNTRY, "CL");
    run(d);
    char buf[64];
    CHECK_STR(dyads(d, "visits", buf, sizeof buf), "PE>CL");
    const an_event *e = event(d, "visits");
    CHECK(e != NULL);
    if (e) {
        CHECK_STR(e->cameo, "036");
        CHECK_STR(an_event_modality(e->modality), "planned");
    }
    annals_doc_free(d);
}

/* A participle with its doer after "by", set off by a comma after a noun, describes the
 * noun: no CAMEO code of its own; "targeted ... with helicopters" is the attack (190). */
TEST(test_event_described_by_participle) {
    annals_doc *d = prepare("2021-05-03", "The peacekeeping force, supported by French troops, "
                                          "targeted the rebels' heavy weapons with helicopters.");
    if (!d) return;
    actor(d, "peacekeeping force", 0, "peacekeeping force", AN_ACTOR_MILITARY, "");
    actor(d, "French troops", 0, "French Army", AN_ACTOR_MILITARY, "FR");
    actor(d, "rebels", 0, "rebels", AN_ACTOR_ARMED_GROUP, "");
    run(d);
    const an_event *e = event(d, "supported");
    if (e) CHECK(e->cameo == NULL);
    e = event(d, "targeted");
    CHECK(e != NULL);
    if (e) {
        CHECK_STR(e->plover, "ASSAULT");
        CHECK_STR(e->cameo, "190");
    }
    annals_doc_free(d);
}

/* "Peru, citing NATO's bombing of the port, said it would veto ...": the speaker stands before the
 * participle phrase, and "it" is the speaker. */
TEST(test_event_speaker_before_participle_phrase) {
    annals_doc *d = prepare("2021-05-03", "Peru, citing NATO's bombing of the port, said it would "
                                          "veto the plan at the United Nations.");
    if (!d) return;
    actor(d, "Peru", 0, "Peru government", AN_ACTOR_GOVERNMENT, "PE");
    actor(d, "NATO", 0, "NATO", AN_ACTOR_ORGANISATION, "");
    actor(d, "United Nations", 0, "United Nations", AN_ACTOR_ORGANISATION, "");
    place(d, "Peru", 0, AN_PLACE_COUNTRY, "PE");
    run(d);
    const an_event *e = event(d, "veto");
    CHECK(e != NULL);
    if (e) CHECK_STR(actor_name(d, e->actor1), "Peru government");
    annals_doc_free(d);
}

/* "together with X", "along with X": X acts beside the subject before the phrase, or
 * beside the sentence's subject after "and". */
TEST(test_event_together_with) {
    char buf[64];
    annals_doc *d = prepare("2021-05-03", "Peru, along with Chile, rejected the fishing plan.");
    if (!d) return;
    place(d, "Peru", 0, AN_PLACE_COUNTRY, "PE");
    place(d, "Chile", 0, AN_PLACE_COUNTRY, "CL");
    run(d);
    CHECK_STR(dyads(d, "rejected", buf, sizeof buf), "PE>-- CL>--");
    annals_doc_free(d);
    d = prepare("2021-05-03", "Peru is a close ally of Bolivia and, together with Chile, has "
                              "rejected the fishing plan.");
    if (!d) return;
    place(d, "Peru", 0, AN_PLACE_COUNTRY, "PE");
    place(d, "Bolivia", 0, AN_PLACE_COUNTRY, "BO");
    place(d, "Chile", 0, AN_PLACE_COUNTRY, "CL");
    run(d);
    CHECK_STR(dyads(d, "rejected", buf, sizeof buf), "PE>-- CL>--");
    annals_doc_free(d);
}

/* "A and B followed C in recalling ...": all three do the act. */
TEST(test_event_followed_in) {
    char buf[64];
    annals_doc *d = prepare("2021-05-03", "Peru and Chile have now followed Bolivia in recalling "
                                          "their ambassadors.");
    if (!d) return;
    place(d, "Peru", 0, AN_PLACE_COUNTRY, "PE");
    place(d, "Chile", 0, AN_PLACE_COUNTRY, "CL");
    place(d, "Bolivia", 0, AN_PLACE_COUNTRY, "BO");
    run(d);
    CHECK_STR(dyads(d, "recalling", buf, sizeof buf), "CL>-- BO>-- PE>--");
    annals_doc_free(d);
}

/* A noun-or-verb trigger right after a verb trigger is its object: "moved to crush
 * protests" is one repression, not a protest by the police. */
TEST(test_event_object_of_a_verb_trigger) {
    annals_doc *d = prepare("2021-05-03", "Police moved to crush protests in the capital.");
    if (!d) return;
    actor(d, "Police", 0, "police", AN_ACTOR_POLICE, "");
    run(d);
    CHECK(event(d, "crush") != NULL);
    CHECK(event(d, "protests") == NULL);
    annals_doc_free(d);
}

/* A participle with "by" after it describes the noun before it, even one opening the
 * sentence: "a team sent by the envoy has arrived" is one visit, no aid sent. */
TEST(test_event_participle_with_by_opening) {
    annals_doc *d = prepare("2021-05-03", "A team of experts sent by the envoy has arrived in "
                                          "Chile to discuss the plan.");
    if (!d) return;
    place(d, "Chile", 0, AN_PLACE_COUNTRY, "CL");
    run(d);
    CHECK(event(d, "arrived") != NULL);
    CHECK(event(d, "sent") == NULL);
    annals_doc_free(d);
}

/* An event noun after "to" ("resistance to the crackdown", "yielded to mass protests") is
 * the background of the sentence's event, as after other prepositions. */
TEST(test_event_noun_after_to_is_background) {
    annals_doc *d = prepare("2021-05-03", "Troops killed 25 people in the town, the latest blow "
                                          "to resistance to the government's crackdown.");
    if (!d) return;
    actor(d, "Troops", 0, "army", AN_ACTOR_MILITARY, "CL");
    actor(d, "government", 0, "government", AN_ACTOR_GOVERNMENT, "CL");
    run(d);
    CHECK(event(d, "killed") != NULL);
    CHECK(event(d, "crackdown") == NULL);
    annals_doc_free(d);
}

/* "was allowed to visit": the visit is the event, not a concession by no one. */
TEST(test_event_passive_permission) {
    annals_doc *d = prepare("2021-05-03", "The UN envoy was allowed to visit Arica on Monday.");
    if (!d) return;
    actor(d, "UN envoy", 0, "United Nations", AN_ACTOR_ORGANISATION, "");
    place(d, "Arica", 0, AN_PLACE_CITY, "CL");
    run(d);
    CHECK(event(d, "visit") != NULL);
    const an_event *e = event(d, "allowed");
    CHECK(e == NULL || e->cameo == NULL);
    annals_doc_free(d);
}

/* An attack aimed at a place (a demonym naming one) was aimed at the people its toll names. */
TEST(test_event_victims_of_the_toll) {
    annals_doc *d = prepare("2021-05-03", "Bolivian troops fired on a rally at the Peruvian "
                                          "border town, killing 11 Chileans.");
    if (!d) return;
    actor(d, "Bolivian troops", 0, "Bolivian Army", AN_ACTOR_MILITARY, "BO");
    actor(d, "Peruvian", 0, "Peru", AN_ACTOR_COUNTRY, "PE");
    actor(d, "Chileans", 0, "Chileans", AN_ACTOR_GROUP_OF_PEOPLE, "CL");
    run(d);
    char buf[64];
    CHECK_STR(dyads(d, "fired", buf, sizeof buf), "BO>CL");
    annals_doc_free(d);
}

/* "are equally to blame" says who is at fault; no accusation is made. */
TEST(test_event_be_to_blame) {
    annals_doc *d = prepare("2021-05-03", "The position is that the army and the rebels are "
                                          "equally to blame for the violence.");
    if (!d) return;
    actor(d, "army", 0, "army", AN_ACTOR_MILITARY, "CL");
    actor(d, "rebels", 0, "rebels", AN_ACTOR_ARMED_GROUP, "CL");
    run(d);
    const an_event *e = event(d, "blame");
    CHECK(e == NULL || e->cameo == NULL);
    annals_doc_free(d);
}

/* A clause of contrast with its own subject ("even as", "although") tells an event of its
 * own, not the background of the main one. */
TEST(test_event_clause_of_contrast) {
    annals_doc *d = prepare("2021-05-03", "The general has vowed to return to Peru, even as "
                                          "Chilean officials urge him to stay away.");
    if (!d) return;
    actor(d, "Chilean officials", 0, "Chile government", AN_ACTOR_GOVERNMENT, "CL");
    place(d, "Peru", 0, AN_PLACE_COUNTRY, "PE");
    run(d);
    const an_event *e = event(d, "urge");
    CHECK(e != NULL);
    if (e) CHECK_STR(e->plover, "REQUEST");
    annals_doc_free(d);
}

/* Denying a charge is CAMEO's 016, an event of its own; "denied that ..." stays a report
 * whose content is denied. */
TEST(test_event_denied_the_allegations) {
    annals_doc *d = prepare("1998-06-10", "The Iranian government denied the allegations on Monday.\n\n"
                                          "The Iranian government refuted the report.");
    if (!d) return;
    actor(d, "Iranian government", 0, "Iran government", AN_ACTOR_GOVERNMENT, "IR");
    actor(d, "Iranian government", 1, "Iran government", AN_ACTOR_GOVERNMENT, "IR");
    run(d);
    const an_event *e = event(d, "denied");
    CHECK(e != NULL);
    if (e) {
        CHECK(e->plover == NULL);
        CHECK_STR(e->cameo, "016");
        CHECK_STR(an_event_modality(e->modality), "asserted");
        CHECK_STR(actor_name(d, e->actor1), "Iran government");
    }
    CHECK_STR(cameo_of(d, "refuted"), "016");
    annals_doc_free(d);
}

/* "sees no hope" is a pessimistic comment (012), even with a word inside ("no early hope"). */
TEST(test_event_sees_no_hope) {
    annals_doc *d = prepare("1998-06-10", "The Iranian government sees no early hope for a settlement.");
    if (!d) return;
    actor(d, "Iranian government", 0, "Iran government", AN_ACTOR_GOVERNMENT, "IR");
    run(d);
    const an_event *e = event(d, "sees");
    CHECK(e != NULL);
    if (e) CHECK_STR(e->cameo, "012");
    annals_doc_free(d);
}

/* Demand as a market quantity is no request; a state's demand still is. */
TEST(test_event_market_demand_is_no_request) {
    annals_doc *d = prepare("1998-06-10", "Exports rose on higher demand in Japan.\n\n"
                                          "The Chinese government renewed its demand that Japan "
                                          "apologize.");
    if (!d) return;
    actor(d, "Chinese government", 0, "China government", AN_ACTOR_GOVERNMENT, "CN");
    run(d);
    CHECK(event(d, "demand in") == NULL);
    const an_event *e = event(d, "demand that");
    CHECK(e != NULL);
    if (e) CHECK_STR(e->plover, "REQUEST");
    annals_doc_free(d);
}

/* Bombs dropped by aircraft are aerial weapons (195), not a planted bomb (183). */
TEST(test_event_warplanes_bombed_is_aerial) {
    annals_doc *d = prepare("2008-06-10", "Turkish warplanes bombed rebel targets on Monday.");
    if (!d) return;
    actor(d, "Turkish warplanes", 0, "Turkey military", AN_ACTOR_MILITARY, "TR");
    run(d);
    const an_event *e = event(d, "bombed");
    CHECK(e != NULL);
    if (e) {
        CHECK_STR(e->cameo, "195");
        CHECK_STR(e->acled_subtype, "Air/drone strike");
    }
    annals_doc_free(d);
}

/* A state named by its country that summons an envoy to protest complains officially
 * (114), as its government would; a crowd's protest stays a demonstration. */
TEST(test_event_country_summons_to_protest) {
    annals_doc *d = prepare("2008-06-10", "Turkey summoned the ambassador to protest the decision.");
    if (!d) return;
    actor(d, "ambassador", 0, "ambassador", AN_ACTOR_GOVERNMENT, "");
    place(d, "Turkey", 0, AN_PLACE_COUNTRY, "TR");
    run(d);
    const an_event *e = event(d, "protest");
    CHECK(e != NULL);
    if (e) CHECK_STR(e->cameo, "114");
    annals_doc_free(d);
}

/* "his Chinese counterpart" is the other side, not the subject's own agent: the meeting is
 * with him, not with the city it is held in. */
TEST(test_event_counterpart_is_the_other_side) {
    annals_doc *d = prepare("2008-06-10", "The Russian minister met his Chinese counterpart in Geneva.");
    if (!d) return;
    actor(d, "Russian minister", 0, "Russia government", AN_ACTOR_GOVERNMENT, "RU");
    actor(d, "Chinese counterpart", 0, "China government", AN_ACTOR_GOVERNMENT, "CN");
    place(d, "Geneva", 0, AN_PLACE_CITY, "CH");
    run(d);
    const an_event *e = event(d, "met");
    CHECK(e != NULL);
    if (e) CHECK_STR(actor_name(d, e->actor2), "China government");
    annals_doc_free(d);
}

/* "announced new sanctions": the object is the announcer's own act, not a report of
 * someone else's. */
TEST(test_event_announced_new_sanctions) {
    annals_doc *d = prepare("2008-06-10", "The Japanese government announced new sanctions on Monday.");
    if (!d) return;
    actor(d, "Japanese government", 0, "Japan government", AN_ACTOR_GOVERNMENT, "JP");
    run(d);
    const an_event *e = event(d, "sanctions");
    CHECK(e != NULL);
    if (e) {
        CHECK_STR(actor_name(d, e->actor1), "Japan government");
        CHECK_STR(an_event_modality(e->modality), "asserted");
    }
    annals_doc_free(d);
}

/* ", warning X that ..." is the subject's own act, not a speaker named after the verb as
 * in ", said the ministry." */
TEST(test_event_participle_is_no_inverted_speaker) {
    annals_doc *d = prepare("2008-06-10", "The rebels shelled the town, warning residents that "
                                          "more attacks would follow.");
    if (!d) return;
    actor(d, "rebels", 0, "rebels", AN_ACTOR_ARMED_GROUP, "");
    run(d);
    const an_event *e = event(d, "shelled");
    CHECK(e != NULL);
    if (e) CHECK_STR(an_event_modality(e->modality), "asserted");
    annals_doc_free(d);
}

/* Codebook coverage, roots 01-05: pleading is an appeal, brokering a truce mediation,
 * extolling praise, laying a wreath a symbolic act. */
TEST(test_event_codebook_verbs_01_to_05) {
    annals_doc *d = prepare("2021-05-03", "Peru pleaded with Chile to reopen the border.\n\n"
                                          "Norway brokered a deal between the two sides.\n\n"
                                          "Chile extolled the new agreement.\n\n"
                                          "Peru laid a wreath at the war memorial.");
    if (!d) return;
    actor(d, "Peru", 0, "Peru government", AN_ACTOR_GOVERNMENT, "PE");
    actor(d, "Chile", 0, "Chile government", AN_ACTOR_GOVERNMENT, "CL");
    actor(d, "Norway", 0, "Norway government", AN_ACTOR_GOVERNMENT, "NO");
    actor(d, "Chile", 1, "Chile government", AN_ACTOR_GOVERNMENT, "CL");
    actor(d, "Peru", 1, "Peru government", AN_ACTOR_GOVERNMENT, "PE");
    run(d);
    CHECK(strncmp(cameo_of(d, "pleaded"), "02", 2) == 0);
    CHECK_STR(cameo_of(d, "brokered"), "045");
    CHECK_STR(cameo_of(d, "extolled"), "051");
    CHECK_STR(cameo_of(d, "laid a wreath"), "017");
    annals_doc_free(d);
}

/* Codebook coverage, roots 06-10: relaxing restrictions eases them, laying down arms
 * disarms, setting people free releases them, an inquiry investigates. */
TEST(test_event_codebook_verbs_06_to_10) {
    annals_doc *d = prepare("2021-05-03", "Chile relaxed restrictions on imports.\n\n"
                                          "The rebels laid down their arms.\n\n"
                                          "Peru set the hostages free.\n\n"
                                          "Norway opened an inquiry into the shooting.");
    if (!d) return;
    actor(d, "Chile", 0, "Chile government", AN_ACTOR_GOVERNMENT, "CL");
    actor(d, "rebels", 0, "rebels", AN_ACTOR_ARMED_GROUP, "");
    actor(d, "Peru", 0, "Peru government", AN_ACTOR_GOVERNMENT, "PE");
    actor(d, "Norway", 0, "Norway government", AN_ACTOR_GOVERNMENT, "NO");
    run(d);
    CHECK_STR(cameo_of(d, "relaxed"), "081");
    CHECK_STR(cameo_of(d, "laid down"), "0873");
    CHECK_STR(cameo_of(d, "set"), "0841");
    CHECK_STR(cameo_of(d, "inquiry"), "090");
    annals_doc_free(d);
}

/* Codebook coverage, roots 11-15: censure disapproves, flouting a ban defies a norm,
 * taking to the streets protests, amassing troops mobilizes. */
TEST(test_event_codebook_verbs_11_to_15) {
    annals_doc *d = prepare("2021-05-03", "Peru censured Chile over the fishing dispute.\n\n"
                                          "Norway flouted the embargo.\n\n"
                                          "Thousands of workers took to the streets of Lima.\n\n"
                                          "Chile amassed troops on the border.");
    if (!d) return;
    actor(d, "Peru", 0, "Peru government", AN_ACTOR_GOVERNMENT, "PE");
    actor(d, "Chile", 0, "Chile government", AN_ACTOR_GOVERNMENT, "CL");
    actor(d, "Norway", 0, "Norway government", AN_ACTOR_GOVERNMENT, "NO");
    actor(d, "workers", 0, "workers", AN_ACTOR_GROUP_OF_PEOPLE, "");
    actor(d, "Chile", 1, "Chile government", AN_ACTOR_GOVERNMENT, "CL");
    run(d);
    CHECK_STR(cameo_of(d, "censured"), "111");
    CHECK_STR(cameo_of(d, "flouted"), "128");
    CHECK_STR(cameo_of(d, "took to the streets"), "141");
    CHECK_STR(cameo_of(d, "amassed"), "154");
    annals_doc_free(d);
}

/* Codebook coverage, roots 16-20: withholding aid cuts it, apprehending arrests,
 * quelling represses, exchanging fire is a clash. */
TEST(test_event_codebook_verbs_16_to_20) {
    annals_doc *d = prepare("2021-05-03", "Chile withheld aid from Peru.\n\n"
                                          "Norwegian police apprehended two suspects in Oslo.\n\n"
                                          "Police quelled the riot in Lima.\n\n"
                                          "Rebels and soldiers exchanged fire near the border.");
    if (!d) return;
    actor(d, "Chile", 0, "Chile government", AN_ACTOR_GOVERNMENT, "CL");
    actor(d, "Peru", 0, "Peru government", AN_ACTOR_GOVERNMENT, "PE");
    actor(d, "Norwegian police", 0, "Norway police", AN_ACTOR_POLICE, "NO");
    actor(d, "Police", 0, "Peru police", AN_ACTOR_POLICE, "PE");
    actor(d, "Rebels", 0, "rebels", AN_ACTOR_ARMED_GROUP, "");
    actor(d, "soldiers", 0, "soldiers", AN_ACTOR_MILITARY, "");
    run(d);
    CHECK_STR(cameo_of(d, "withheld"), "162");
    CHECK_STR(cameo_of(d, "apprehended"), "173");
    CHECK_STR(cameo_of(d, "quelled"), "175");
    CHECK_STR(cameo_of(d, "exchanged fire"), "190");
    annals_doc_free(d);
}

/* Codebook coverage, phrases: throwing one's weight behind is support, joining forces
 * cooperation, assisting aid, taking issue with disapproval. */
TEST(test_event_codebook_phrases) {
    annals_doc *d = prepare("2021-05-03", "Norway threw its weight behind the plan.\n\n"
                                          "Peru joined forces with Chile against the cartels.\n\n"
                                          "Norway assisted Chile in the search.\n\n"
                                          "Peru took issue with the report.");
    if (!d) return;
    actor(d, "Norway", 0, "Norway government", AN_ACTOR_GOVERNMENT, "NO");
    actor(d, "Peru", 0, "Peru government", AN_ACTOR_GOVERNMENT, "PE");
    actor(d, "Chile", 0, "Chile government", AN_ACTOR_GOVERNMENT, "CL");
    actor(d, "Norway", 1, "Norway government", AN_ACTOR_GOVERNMENT, "NO");
    actor(d, "Chile", 1, "Chile government", AN_ACTOR_GOVERNMENT, "CL");
    actor(d, "Peru", 1, "Peru government", AN_ACTOR_GOVERNMENT, "PE");
    run(d);
    CHECK_STR(cameo_of(d, "threw"), "051");
    CHECK_STR(cameo_of(d, "joined forces"), "060");
    CHECK_STR(cameo_of(d, "assisted"), "070");
    CHECK_STR(cameo_of(d, "took issue"), "110");
    annals_doc_free(d);
}

/* The irregular pasts of new codebook phrases: found guilty is a conviction, flew to a
 * visit, sat down with a meeting. */
TEST(test_event_codebook_irregular_pasts) {
    annals_doc *d = prepare("2021-05-03", "A court in Lima found the general guilty of torture.\n\n"
                                          "The Chilean envoy flew to Oslo on Monday.\n\n"
                                          "Chile sat down with the rebels.");
    if (!d) return;
    actor(d, "court", 0, "Peru judiciary", AN_ACTOR_GOVERNMENT, "PE");
    actor(d, "Chilean envoy", 0, "Chile government", AN_ACTOR_GOVERNMENT, "CL");
    actor(d, "Chile", 1, "Chile government", AN_ACTOR_GOVERNMENT, "CL");
    actor(d, "rebels", 0, "rebels", AN_ACTOR_ARMED_GROUP, "");
    run(d);
    CHECK_STR(cameo_of(d, "found"), "116");
    CHECK_STR(cameo_of(d, "flew"), "042");
    CHECK_STR(cameo_of(d, "sat down"), "040");
    annals_doc_free(d);
}

/* Capture and recapture are also told as nouns: "the recapture of the town". */
TEST(test_event_capture_as_noun) {
    annals_doc *d = prepare("2021-05-03", "Peruvian troops completed the recapture of the town.");
    if (!d) return;
    actor(d, "Peruvian troops", 0, "Peru military", AN_ACTOR_MILITARY, "PE");
    run(d);
    CHECK_STR(cameo_of(d, "recapture"), "190");
    annals_doc_free(d);
}

/* Codebook verb heads: slapping sanctions imposes them, suppressing an uprising is
 * repression, terrorizing villagers unconventional violence. */
TEST(test_event_codebook_verb_heads) {
    annals_doc *d = prepare("2021-05-03", "Norway slapped new sanctions on Chile.\n\n"
                                          "Peru suppressed the uprising.\n\n"
                                          "The rebels terrorized villagers in the north.");
    if (!d) return;
    actor(d, "Norway", 0, "Norway government", AN_ACTOR_GOVERNMENT, "NO");
    actor(d, "Chile", 0, "Chile government", AN_ACTOR_GOVERNMENT, "CL");
    actor(d, "Peru", 0, "Peru government", AN_ACTOR_GOVERNMENT, "PE");
    actor(d, "rebels", 0, "rebels", AN_ACTOR_ARMED_GROUP, "");
    actor(d, "villagers", 0, "villagers", AN_ACTOR_GROUP_OF_PEOPLE, "");
    run(d);
    CHECK_STR(cameo_of(d, "slapped"), "163");
    CHECK_STR(cameo_of(d, "suppressed"), "175");
    CHECK_STR(cameo_of(d, "terrorized"), "180");
    annals_doc_free(d);
}

/* Stones hurled and petrol bombs thrown by a crowd are rioting (145), not a bombing. */
TEST(test_event_petrol_bombs_are_rioting) {
    annals_doc *d = prepare("2021-05-03", "Protesters pelted police with stones in Lima.\n\n"
                                          "Students threw petrol bombs at the police.");
    if (!d) return;
    actor(d, "Protesters", 0, "protesters", AN_ACTOR_GROUP_OF_PEOPLE, "");
    actor(d, "police", 0, "Peru police", AN_ACTOR_POLICE, "PE");
    actor(d, "Students", 0, "students", AN_ACTOR_GROUP_OF_PEOPLE, "");
    actor(d, "police", 1, "Peru police", AN_ACTOR_POLICE, "PE");
    run(d);
    CHECK_STR(cameo_of(d, "pelted"), "145");
    CHECK_STR(cameo_of(d, "petrol bombs"), "145");
    CHECK(event(d, "bombs") == NULL);
    annals_doc_free(d);
}

/* Petitioning is an appeal (02); backing away from a threat a concession (08). */
TEST(test_event_petition_and_back_away) {
    annals_doc *d = prepare("2021-05-03", "Peru petitioned Chile to reopen the border.\n\n"
                                          "Chile backed away from its threat.");
    if (!d) return;
    actor(d, "Peru", 0, "Peru government", AN_ACTOR_GOVERNMENT, "PE");
    actor(d, "Chile", 0, "Chile government", AN_ACTOR_GOVERNMENT, "CL");
    actor(d, "Chile", 1, "Chile government", AN_ACTOR_GOVERNMENT, "CL");
    run(d);
    CHECK(strncmp(cameo_of(d, "petitioned"), "02", 2) == 0);
    CHECK_STR(cameo_of(d, "backed away"), "080");
    annals_doc_free(d);
}

/* Where a body sits is no place of its news ("a monitoring group based in Britain"), and a
 * noun after "next", "main" or "possible" is no verb ("the army's next target"). */
TEST(test_event_seat_and_noun_after_adjective) {
    const char *text = "Troops shelled Palmyra on Sunday. The Syrian Observatory, a monitoring "
                       "group based in Britain, confirmed that the militants had withdrawn. The "
                       "army's next target is likely to be al-Qaryatayn.";
    annals_doc *d = prepare("2016-03-27", text);
    CHECK(d != NULL);
    if (!d) return;
    place(d, "Palmyra", 0, AN_PLACE_CITY, "SY");
    place(d, "Britain", 0, AN_PLACE_COUNTRY, "GB");
    place(d, "al-Qaryatayn", 0, AN_PLACE_CITY, "SY");
    run(d);
    int retreats = 0;
    for (size_t i = 0; i < d->events.n; i++) {
        const an_event *e = &d->events.v[i];
        if (!e->plover || strcmp(e->plover, "RETREAT") != 0) continue;
        retreats++;
        CHECK(e->place < 0 || strcmp(place_name(d, e->place), "Britain") != 0);
    }
    CHECK_INT(retreats, 1);
    CHECK(event(d, "target") == NULL);
    annals_doc_free(d);
}

/* "it" in a later clause is the sentence's subject, not the doer of the last event told
 * (here a placard's accusation "according to activists" a sentence before). */
TEST(test_event_it_is_the_subject) {
    const char *text = "A placard was hung there, according to activists, accusing him of "
                       "serving the government. The group has already smashed a statue, and "
                       "in June it blew up two shrines nearby.";
    annals_doc *d = prepare("2015-08-19", text);
    CHECK(d != NULL);
    if (!d) return;
    actor(d, "activists", 0, "activists", AN_ACTOR_GROUP_OF_PEOPLE, "");
    actor(d, "government", 0, "government", AN_ACTOR_GOVERNMENT, "SY");
    actor(d, "group", 0, "Islamic State", AN_ACTOR_ARMED_GROUP, "");
    run(d);
    const an_event *e = event(d, "blew up");
    CHECK(e != NULL);
    if (e) CHECK_STR(actor_name(d, e->actor1), "Islamic State");
    annals_doc_free(d);
}

/* A sentence that speaks of "the town" in another clause means the town of the story, not
 * the dateline's city. */
TEST(test_event_the_town_in_the_sentence) {
    const char *text = "DAMASCUS (Agency) - Militants shelled Palmyra on Monday. The group "
                       "smashed a statue outside the town museum, and in June it blew up two "
                       "shrines nearby.";
    annals_doc *d = prepare("2015-08-19", text);
    CHECK(d != NULL);
    if (!d) return;
    place(d, "DAMASCUS", 0, AN_PLACE_CITY, "SY");
    place(d, "Palmyra", 0, AN_PLACE_CITY, "SY");
    run(d);
    const an_event *e = event(d, "blew up");
    CHECK(e != NULL);
    if (e) CHECK_STR(place_name(d, e->place), "Palmyra");
    annals_doc_free(d);
}

/* "X, which ..., VERB": the relative clause set off by commas ends at its closing comma,
 * and the verb after it is the main clause's, whose subject stands before "which" (not the
 * object of the relative clause); a country may be that subject too. */
TEST(test_event_main_clause_after_relative) {
    const char *text = "The Pakistani army, which has fought the Taliban for years, attacked "
                       "militants in Swat.\n\nKenya, which hosts many refugees from Somalia, "
                       "criticised Ethiopia on Monday.";
    annals_doc *d = prepare("2012-05-07", text);
    CHECK(d != NULL);
    if (!d) return;
    actor(d, "Pakistani army", 0, "Pakistan military", AN_ACTOR_MILITARY, "PK");
    actor(d, "Taliban", 0, "Taliban", AN_ACTOR_ARMED_GROUP, "AF");
    actor(d, "militants", 0, "militants", AN_ACTOR_ARMED_GROUP, "PK");
    place(d, "Swat", 0, AN_PLACE_REGION, "PK");
    place(d, "Kenya", 0, AN_PLACE_COUNTRY, "KE");
    place(d, "Somalia", 0, AN_PLACE_COUNTRY, "SO");
    place(d, "Ethiopia", 0, AN_PLACE_COUNTRY, "ET");
    run(d);
    const an_event *e = event(d, "attacked");
    CHECK(e != NULL);
    if (e) {
        CHECK_STR(actor_name(d, e->actor1), "Pakistan military");
        CHECK_STR(actor_name(d, e->actor2), "militants");
    }
    e = event(d, "fought");
    CHECK(e != NULL);
    if (e) CHECK_STR(actor_name(d, e->actor2), "Taliban");
    e = event(d, "criticised");
    CHECK(e != NULL);
    if (e) {
        CHECK_STR(place_name(d, e->actor1_place), "Kenya");
        CHECK_STR(place_name(d, e->actor2_place), "Ethiopia");
    }
    annals_doc_free(d);
}

/* Who acts, said other ways than as a subject: "at the hands of X" names the doer as "by"
 * does; a reaction noun after "drew", "faced", "sparked" is made by whom "from" names and
 * aimed at the verb's subject; a complaint taken to a body of no state "over" a party's
 * act is aimed at that party. */
TEST(test_event_doer_by_hands_from_and_over) {
    const char *text = "Nine prisoners died at the hands of Ruritanian guards.\n\n"
                       "The Ruritanian blockade drew sharp criticism from Freedonia.\n\n"
                       "Freedonia complained to the United Nations on Monday over Ruritanian "
                       "shelling.";
    annals_doc *d = prepare("2019-02-11", text);
    CHECK(d != NULL);
    if (!d) return;
    actor(d, "prisoners", 0, "prisoners", AN_ACTOR_GROUP_OF_PEOPLE, "");
    actor(d, "Ruritanian guards", 0, "Ruritania police", AN_ACTOR_POLICE, "RU");
    actor(d, "Ruritanian", 1, "Ruritania", AN_ACTOR_COUNTRY, "RU");
    actor(d, "Freedonia", 0, "Freedonia", AN_ACTOR_COUNTRY, "FR");
    actor(d, "Freedonia", 1, "Freedonia", AN_ACTOR_COUNTRY, "FR");
    actor(d, "United Nations", 0, "United Nations", AN_ACTOR_ORGANISATION, "");
    actor(d, "Ruritanian", 2, "Ruritania", AN_ACTOR_COUNTRY, "RU");
    run(d);
    const an_event *e = event(d, "died");
    CHECK(e != NULL);
    if (e) {
        CHECK_STR(actor_name(d, e->actor1), "Ruritania police");
        CHECK_STR(actor_name(d, e->actor2), "prisoners");
    }
    e = event(d, "criticism");
    CHECK(e != NULL);
    if (e) {
        CHECK_STR(actor_name(d, e->actor1), "Freedonia");
        CHECK_STR(actor_name(d, e->actor2), "Ruritania");
    }
    e = event(d, "complained");
    CHECK(e != NULL);
    if (e) {
        CHECK_STR(actor_name(d, e->actor1), "Freedonia");
        CHECK_STR(actor_name(d, e->actor2), "Ruritania");
    }
    annals_doc_free(d);
}

/* "X, whose fighters battled Y, condemned Z": the unnamed agents "whose" opens are X's own,
 * as "X's fighters" are X; the main verb after the relative clause is X's too. */
TEST(test_event_whose_agents_are_the_antecedent) {
    const char *text = "Hezbollah, whose fighters battled Israel in 2006, condemned the "
                       "Saudi decision.";
    annals_doc *d = prepare("2016-03-03", text);
    CHECK(d != NULL);
    if (!d) return;
    actor(d, "Hezbollah", 0, "Hezbollah", AN_ACTOR_ARMED_GROUP, "LB");
    actor(d, "fighters", 0, "fighters", AN_ACTOR_ARMED_GROUP, "");
    place(d, "Israel", 0, AN_PLACE_COUNTRY, "IL");
    actor(d, "Saudi", 0, "Saudi Arabia", AN_ACTOR_COUNTRY, "SA");
    run(d);
    const an_event *e = event(d, "battled");
    CHECK(e != NULL);
    if (e) {
        CHECK_STR(actor_name(d, e->actor1), "Hezbollah");
        CHECK_STR(place_name(d, e->actor2_place), "Israel");
    }
    e = event(d, "condemned");
    CHECK(e != NULL);
    if (e) CHECK_STR(actor_name(d, e->actor1), "Hezbollah");
    annals_doc_free(d);
}

/* "urged X to V ... Y": the request is made of X, the object before "to"; who the clause
 * names after it is not acted on by the one who asks, and an unnamed X ("its allies") still
 * makes a request of someone. */
TEST(test_event_control_object_is_the_target) {
    const char *text = "Freedonia urged its allies to send aid to Sylvania.\n\n"
                       "Freedonia urged Ruritania to release the detained students.";
    annals_doc *d = prepare("2019-02-11", text);
    CHECK(d != NULL);
    if (!d) return;
    place(d, "Freedonia", 0, AN_PLACE_COUNTRY, "FR");
    place(d, "Sylvania", 0, AN_PLACE_COUNTRY, "SV");
    place(d, "Freedonia", 1, AN_PLACE_COUNTRY, "FR");
    place(d, "Ruritania", 0, AN_PLACE_COUNTRY, "RU");
    run(d);
    CHECK_INT(d->events.n, 2);
    if (d->events.n < 2) {
        annals_doc_free(d);
        return;
    }
    const an_event *e = &d->events.v[0];
    CHECK_STR(place_name(d, e->actor1_place), "Freedonia");
    CHECK(e->actor2 < 0 && e->actor2_place < 0);
    CHECK(e->cameo != NULL);
    e = &d->events.v[1];
    CHECK_STR(place_name(d, e->actor2_place), "Ruritania");
    annals_doc_free(d);
}

/* "member states" is a noun, no "states that": the request the sentence reports is the
 * council's own, not a claim the council makes. */
TEST(test_event_member_states_is_no_report) {
    const char *text = "The Council called on member states to cut ties with Sylvania.";
    annals_doc *d = prepare("2019-02-11", text);
    CHECK(d != NULL);
    if (!d) return;
    actor(d, "Council", 0, "Council", AN_ACTOR_ORGANISATION, "");
    place(d, "Sylvania", 0, AN_PLACE_COUNTRY, "SV");
    run(d);
    const an_event *e = event(d, "called on");
    CHECK(e != NULL);
    if (e) {
        CHECK_STR(e->plover, "REQUEST");
        CHECK_STR(actor_name(d, e->actor1), "Council");
        CHECK_INT(e->source, -1);
    }
    annals_doc_free(d);
}

/* "X reminded Y on Monday that it must ...": with no one reported as saying it, the demand
 * of a "must" clause after "that" is the main clause's subject's, and "it" is the party the
 * main clause addresses. */
TEST(test_event_must_after_that_is_the_subjects_demand) {
    const char *text = "Freedonia reminded Sylvania on Monday that it must withdraw its troops.";
    annals_doc *d = prepare("2019-02-11", text);
    CHECK(d != NULL);
    if (!d) return;
    place(d, "Freedonia", 0, AN_PLACE_COUNTRY, "FR");
    place(d, "Sylvania", 0, AN_PLACE_COUNTRY, "SV");
    run(d);
    const an_event *e = event(d, "must");
    CHECK(e != NULL);
    if (e) {
        CHECK_STR(place_name(d, e->actor1_place), "Freedonia");
        CHECK_STR(place_name(d, e->actor2_place), "Sylvania");
    }
    annals_doc_free(d);
}

/* A verb joined right after "and" shares the auxiliary of the verb before ("could end ...
 * and stop": both hypothetical), and one after "or" its negation ("did not shell ... or
 * attack"); a verb with no cue before it stays asserted ("stormed ... and arrested"). */
TEST(test_event_joined_verb_shares_the_modal) {
    const char *text = "The minister could end the curfew and stop the raids.\n\n"
                       "The army did not shell the town or attack the villagers.\n\n"
                       "Troops stormed the town and arrested 20 people.";
    annals_doc *d = prepare("2019-02-11", text);
    CHECK(d != NULL);
    if (!d) return;
    actor(d, "minister", 0, "minister", AN_ACTOR_GOVERNMENT, "SV");
    actor(d, "army", 0, "army", AN_ACTOR_MILITARY, "SV");
    actor(d, "Troops", 0, "army", AN_ACTOR_MILITARY, "SV");
    run(d);
    const an_event *e = event(d, "stop");
    CHECK(e != NULL);
    if (e) CHECK_INT(e->modality, AN_MOD_HYPOTHETICAL);
    e = event(d, "attack");
    CHECK(e != NULL);
    if (e) CHECK_INT(e->modality, AN_MOD_NEGATED);
    e = event(d, "arrested");
    CHECK(e != NULL);
    if (e) CHECK_INT(e->modality, AN_MOD_ASSERTED);
    annals_doc_free(d);
}

/* "X handed Y a draft on Monday condemning Z", "X sent a letter to Y urging ...": a
 * participle after a document speaks for who issued it, the subject (each of a compound
 * one), not the one it was handed to. */
TEST(test_event_document_participle_is_the_issuers) {
    const char *text = "Freedonia and Sylvania handed the Council a draft on Monday condemning "
                       "Ruritania.\n\nThe League sent a letter to the Council urging action "
                       "against Ruritania.";
    annals_doc *d = prepare("2019-02-11", text);
    CHECK(d != NULL);
    if (!d) return;
    place(d, "Freedonia", 0, AN_PLACE_COUNTRY, "FR");
    place(d, "Sylvania", 0, AN_PLACE_COUNTRY, "SV");
    actor(d, "Council", 0, "Council", AN_ACTOR_ORGANISATION, "");
    place(d, "Ruritania", 0, AN_PLACE_COUNTRY, "RU");
    actor(d, "League", 0, "League", AN_ACTOR_ORGANISATION, "");
    actor(d, "Council", 1, "Council", AN_ACTOR_ORGANISATION, "");
    place(d, "Ruritania", 1, AN_PLACE_COUNTRY, "RU");
    run(d);
    int freedonia = 0, sylvania = 0;
    for (size_t i = 0; i < d->events.n; i++) {
        const an_event *e = &d->events.v[i];
        if (!e->plover || strcmp(e->plover, "ACCUSE") != 0) continue;
        CHECK(e->actor1 < 0);
        const char *p = place_name(d, e->actor1_place);
        freedonia += p && strcmp(p, "Freedonia") == 0;
        sylvania += p && strcmp(p, "Sylvania") == 0;
    }
    CHECK_INT(freedonia, 1);
    CHECK_INT(sylvania, 1);
    const an_event *e = event(d, "urging");
    CHECK(e != NULL);
    if (e) CHECK_STR(actor_name(d, e->actor1), "League");
    annals_doc_free(d);
}

/* A refusal aimed at no one is aimed at whoever pressed for what was refused ("despite
 * calls from X", "in defiance of pressure by X"). */
TEST(test_event_refusal_despite_pressure) {
    const char *text = "Ruritania rejected the proposal despite strong pressure from Freedonia.";
    annals_doc *d = prepare("2019-02-11", text);
    CHECK(d != NULL);
    if (!d) return;
    place(d, "Ruritania", 0, AN_PLACE_COUNTRY, "RU");
    place(d, "Freedonia", 0, AN_PLACE_COUNTRY, "FR");
    run(d);
    const an_event *e = event(d, "rejected");
    CHECK(e != NULL);
    if (e) {
        CHECK_STR(place_name(d, e->actor1_place), "Ruritania");
        CHECK_STR(place_name(d, e->actor2_place), "Freedonia");
    }
    annals_doc_free(d);
}

/* "fired two artillery shells at X": a plural after a count and the word naming its kind
 * is a noun, not a verb whose subject would be the weapon. */
TEST(test_event_count_kind_plural_is_a_noun) {
    const char *text = "Freedonia fired two artillery shells at Sylvania on Thursday.";
    annals_doc *d = prepare("2019-02-11", text);
    CHECK(d != NULL);
    if (!d) return;
    place(d, "Freedonia", 0, AN_PLACE_COUNTRY, "FR");
    actor(d, "artillery", 0, "Sylvania military", AN_ACTOR_MILITARY, "SV");
    place(d, "Sylvania", 0, AN_PLACE_COUNTRY, "SV");
    run(d);
    CHECK(event(d, "shells") == NULL);
    const an_event *e = event(d, "fired");
    CHECK(e != NULL);
    if (e) CHECK_STR(place_name(d, e->actor1_place), "Freedonia");
    annals_doc_free(d);
}

/* "X, a monitoring group, said troops killed ...": the speaker stands before the
 * apposition, and a name of no known actor speaks for the body its apposition names; the
 * content after "said" keeps its own doer. */
TEST(test_event_speaker_before_apposition) {
    const char *text = "The Observatory, a monitoring group, said troops killed 10 people.\n\n"
                       "Nabil Elaraby, the head of the League, said troops shelled Homs.";
    annals_doc *d = prepare("2012-02-11", text);
    CHECK(d != NULL);
    if (!d) return;
    actor(d, "Observatory", 0, "Observatory", AN_ACTOR_ORGANISATION, "SV");
    actor(d, "troops", 0, "Sylvania military", AN_ACTOR_MILITARY, "SV");
    actor(d, "people", 0, "people", AN_ACTOR_GROUP_OF_PEOPLE, "");
    actor(d, "League", 0, "League", AN_ACTOR_ORGANISATION, "");
    actor(d, "troops", 1, "Sylvania military", AN_ACTOR_MILITARY, "SV");
    place(d, "Homs", 0, AN_PLACE_CITY, "SV");
    run(d);
    const an_event *e = event(d, "killed");
    CHECK(e != NULL);
    if (e) {
        CHECK_STR(actor_name(d, e->actor1), "Sylvania military");
        CHECK_STR(actor_name(d, e->source), "Observatory");
    }
    e = event(d, "shelled");
    CHECK(e != NULL);
    if (e) CHECK_STR(actor_name(d, e->source), "League");
    annals_doc_free(d);
}

/* A compound subject ends in "and" before its last party ("Freedonia, Sylvania and
 * Ruritania agreed"); a bare comma before the subject closes an opening phrase, whose party
 * does not act ("Posing with X, Y pledged"). */
TEST(test_event_comma_before_subject_is_no_list) {
    const char *text = "Posing for photographers with Freedonia's president, Ruritania "
                       "pledged aid to Sylvania.\n\nFreedonia, Sylvania and Ruritania signed "
                       "a treaty.";
    annals_doc *d = prepare("2019-02-11", text);
    CHECK(d != NULL);
    if (!d) return;
    actor(d, "Freedonia's president", 0, "Freedonia president", AN_ACTOR_PERSON, "FR");
    actor(d, "Ruritania", 0, "Ruritania government", AN_ACTOR_GOVERNMENT, "RU");
    place(d, "Sylvania", 0, AN_PLACE_COUNTRY, "SV");
    place(d, "Freedonia", 1, AN_PLACE_COUNTRY, "FR");
    place(d, "Sylvania", 1, AN_PLACE_COUNTRY, "SV");
    place(d, "Ruritania", 1, AN_PLACE_COUNTRY, "RU");
    run(d);
    size_t pledges = 0, signings = 0;
    for (size_t i = 0; i < d->events.n; i++) {
        const an_event *e = &d->events.v[i];
        const char *t = d->field[ANNALS_FIELD_TEXT] + e->ev[0].start;
        if (strncmp(t, "pledged", 7) == 0) {
            pledges++;
            CHECK_STR(actor_name(d, e->actor1), "Ruritania government");
        }
        signings += strncmp(t, "signed", 6) == 0;
    }
    CHECK_INT(pledges, 1);
    CHECK_INT(signings, 6); /* three parties, each with each other */
    annals_doc_free(d);
}

/* ", warning X that ...": a participle aimed at someone it names is an act of its own, by
 * the main clause's subject, not the background of the main event. */
TEST(test_event_participle_aimed_at_someone) {
    const char *text = "Freedonia pledged aid to Sylvania, warning Ruritania that the threat "
                       "of force is real.";
    annals_doc *d = prepare("2019-02-11", text);
    CHECK(d != NULL);
    if (!d) return;
    actor(d, "Freedonia", 0, "Freedonia government", AN_ACTOR_GOVERNMENT, "FR");
    place(d, "Sylvania", 0, AN_PLACE_COUNTRY, "SV");
    actor(d, "Ruritania", 0, "Ruritania government", AN_ACTOR_GOVERNMENT, "RU");
    run(d);
    const an_event *e = event(d, "warning");
    CHECK(e != NULL);
    if (e) {
        CHECK_STR(e->plover, "THREATEN");
        CHECK_STR(actor_name(d, e->actor1), "Freedonia government");
        CHECK_STR(actor_name(d, e->actor2), "Ruritania government");
    }
    CHECK(event(d, "pledged") != NULL);
    annals_doc_free(d);
}

/* "X said his country would ...": "his country" as the subject of what a speaker says
 * stands for the speaker's state. */
TEST(test_event_his_country_is_the_speakers) {
    const char *text = "Sylvania's foreign minister said his country would impose sanctions "
                       "on Ruritania.";
    annals_doc *d = prepare("2019-02-11", text);
    CHECK(d != NULL);
    if (!d) return;
    actor(d, "Sylvania's foreign minister", 0, "Sylvania government", AN_ACTOR_GOVERNMENT, "SV");
    place(d, "Ruritania", 0, AN_PLACE_COUNTRY, "RU");
    run(d);
    const an_event *e = event(d, "impose");
    CHECK(e != NULL);
    if (e) {
        CHECK_STR(actor_name(d, e->actor1), "Sylvania government");
        CHECK_STR(place_name(d, e->actor2_place), "Ruritania");
    }
    annals_doc_free(d);
}

/* "blamed the deaths of X's soldiers on Y and Z": the blamed come after "on", each of
 * them; who is named in what is blamed is not. */
TEST(test_event_blamed_on) {
    const char *text = "Sylvania blamed the deaths of Sylvanian soldiers on Ruritania and "
                       "Freedonia.";
    annals_doc *d = prepare("2019-02-11", text);
    CHECK(d != NULL);
    if (!d) return;
    place(d, "Sylvania", 0, AN_PLACE_COUNTRY, "SV");
    actor(d, "Sylvanian soldiers", 0, "Sylvania military", AN_ACTOR_MILITARY, "SV");
    place(d, "Ruritania", 0, AN_PLACE_COUNTRY, "RU");
    place(d, "Freedonia", 0, AN_PLACE_COUNTRY, "FR");
    run(d);
    int ru = 0, fr = 0;
    for (size_t i = 0; i < d->events.n; i++) {
        const an_event *e = &d->events.v[i];
        if (!e->plover || strcmp(e->plover, "ACCUSE") != 0) continue;
        CHECK(e->actor2 < 0);
        const char *t = place_name(d, e->actor2_place);
        ru += t && strcmp(t, "Ruritania") == 0;
        fr += t && strcmp(t, "Freedonia") == 0;
    }
    CHECK_INT(ru, 1);
    CHECK_INT(fr, 1);
    annals_doc_free(d);
}

/* "sanctions targeting X": an -ing verb right after an event noun tells what that event
 * does; it is no attack of its own, and its object is the noun's target. */
TEST(test_event_ing_after_event_noun) {
    const char *text = "The League adopted sanctions targeting Ruritania's oil sector.";
    annals_doc *d = prepare("2019-02-11", text);
    CHECK(d != NULL);
    if (!d) return;
    actor(d, "League", 0, "League", AN_ACTOR_ORGANISATION, "");
    place(d, "Ruritania", 0, AN_PLACE_COUNTRY, "RU");
    run(d);
    CHECK(event(d, "targeting") == NULL);
    const an_event *e = event(d, "sanctions");
    if (!e) e = event(d, "adopted");
    CHECK(e != NULL);
    if (e) {
        CHECK_STR(e->plover, "SANCTION");
        CHECK_STR(place_name(d, e->actor2_place), "Ruritania");
    }
    annals_doc_free(d);
}

/* A protest aimed at no one is aimed at whom it is "against", or whose removal it calls
 * for. */
TEST(test_event_protest_against) {
    const char *text = "Thousands of students protested in the capital against the Ruritanian "
                       "government.\n\nDemonstrators rioted, calling for the removal of the "
                       "Sylvanian president.";
    annals_doc *d = prepare("2019-02-11", text);
    CHECK(d != NULL);
    if (!d) return;
    actor(d, "students", 0, "students", AN_ACTOR_GROUP_OF_PEOPLE, "RU");
    actor(d, "Ruritanian government", 0, "Ruritania government", AN_ACTOR_GOVERNMENT, "RU");
    actor(d, "Demonstrators", 0, "demonstrators", AN_ACTOR_GROUP_OF_PEOPLE, "SV");
    actor(d, "Sylvanian president", 0, "Sylvania president", AN_ACTOR_PERSON, "SV");
    run(d);
    const an_event *e = event(d, "protested");
    CHECK(e != NULL);
    if (e) CHECK_STR(actor_name(d, e->actor2), "Ruritania government");
    e = event(d, "rioted");
    CHECK(e != NULL);
    if (e) CHECK_STR(actor_name(d, e->actor2), "Sylvania president");
    annals_doc_free(d);
}

/* "against Ruritanian raids": a demonym after a preposition modifies the plural after it,
 * which is a noun; the sentence's subject is not its doer. */
TEST(test_event_demonym_after_preposition_opens_a_noun) {
    const char *text = "Students marched in protest against Ruritanian raids on Sylvania.";
    annals_doc *d = prepare("2019-02-11", text);
    CHECK(d != NULL);
    if (!d) return;
    actor(d, "Students", 0, "students", AN_ACTOR_GROUP_OF_PEOPLE, "SV");
    actor(d, "Ruritanian", 0, "Ruritania", AN_ACTOR_COUNTRY, "RU");
    place(d, "Sylvania", 0, AN_PLACE_COUNTRY, "SV");
    run(d);
    for (size_t i = 0; i < d->events.n; i++) {
        const an_event *e = &d->events.v[i];
        if (e->plover && strcmp(e->plover, "ASSAULT") == 0)
            CHECK(e->actor1 < 0 || strcmp(actor_name(d, e->actor1), "students") != 0);
    }
    const an_event *e = event(d, "marched");
    if (!e) e = event(d, "protest");
    CHECK(e != NULL);
    if (e) CHECK_STR(actor_name(d, e->actor2), "Ruritania");
    annals_doc_free(d);
}

/* Who speaks inside and around the content: an attribution set off by commas between a
 * subject and its verb is passed over ("The army, activists said, shelled"); "we" and "I"
 * in what a speaker says are the speaker's side; "cut all ties" cuts ties. */
TEST(test_event_subjects_around_attributions) {
    const char *text = "The army, activists said, shelled the town overnight.\n\n"
                       "\"We will cut all ties with Ruritania,\" the Sylvanian president said.";
    annals_doc *d = prepare("2019-02-11", text);
    CHECK(d != NULL);
    if (!d) return;
    actor(d, "army", 0, "Sylvania military", AN_ACTOR_MILITARY, "SV");
    actor(d, "activists", 0, "activists", AN_ACTOR_GROUP_OF_PEOPLE, "SV");
    place(d, "Ruritania", 0, AN_PLACE_COUNTRY, "RU");
    actor(d, "Sylvanian president", 0, "Sylvania president", AN_ACTOR_PERSON, "SV");
    run(d);
    const an_event *e = event(d, "shelled");
    CHECK(e != NULL);
    if (e) CHECK_STR(actor_name(d, e->actor1), "Sylvania military");
    e = event(d, "cut");
    CHECK(e != NULL);
    if (e) {
        CHECK(e->cameo && e->cameo[0] == '1'); /* a sanction, or the threat of one */
        CHECK_STR(actor_name(d, e->actor1), "Sylvania president");
        CHECK_STR(place_name(d, e->actor2_place), "Ruritania");
    }
    annals_doc_free(d);
}

/* A verb after "and" with no subject of its own has the whole subject of the verb before:
 * side by side for a call ("condemned X and called for"), on each other for a mutual act
 * ("met and signed a deal"). */
TEST(test_event_joined_verb_keeps_the_whole_subject) {
    const char *text = "Freedonia and Sylvania condemned Ruritania and called for a "
                       "ceasefire.\n\nFreedonia and Sylvania met in the capital and signed a "
                       "trade deal.";
    annals_doc *d = prepare("2019-02-11", text);
    CHECK(d != NULL);
    if (!d) return;
    place(d, "Freedonia", 0, AN_PLACE_COUNTRY, "FR");
    place(d, "Sylvania", 0, AN_PLACE_COUNTRY, "SV");
    place(d, "Ruritania", 0, AN_PLACE_COUNTRY, "RU");
    place(d, "Freedonia", 1, AN_PLACE_COUNTRY, "FR");
    place(d, "Sylvania", 1, AN_PLACE_COUNTRY, "SV");
    run(d);
    int calls = 0, calls_at = 0, signs = 0, signs_at = 0;
    for (size_t i = 0; i < d->events.n; i++) {
        const an_event *e = &d->events.v[i];
        const char *t = d->field[ANNALS_FIELD_TEXT] + e->ev[0].start;
        if (strncmp(t, "called", 6) == 0) {
            calls++;
            calls_at += e->actor2_place >= 0;
        }
        if (strncmp(t, "signed", 6) == 0) {
            signs++;
            signs_at += e->actor2_place >= 0;
        }
    }
    CHECK_INT(calls, 2);
    CHECK_INT(calls_at, 0);
    CHECK_INT(signs, 2);
    CHECK_INT(signs_at, 2);
    annals_doc_free(d);
}

/* "X came under fire from Y": the attack is Y's, on X (the word after "under" is a noun
 * whatever it was read as). */
TEST(test_event_came_under_fire_from) {
    const char *text = "Sylvanian monitors came under fire from Ruritanian troops.";
    annals_doc *d = prepare("2019-02-11", text);
    CHECK(d != NULL);
    if (!d) return;
    actor(d, "Sylvanian monitors", 0, "Sylvania monitors", AN_ACTOR_GOVERNMENT, "SV");
    actor(d, "Ruritanian troops", 0, "Ruritania military", AN_ACTOR_MILITARY, "RU");
    run(d);
    const an_event *e = event(d, "fire");
    CHECK(e != NULL);
    if (e) {
        CHECK_STR(actor_name(d, e->actor1), "Ruritania military");
        CHECK_STR(actor_name(d, e->actor2), "Sylvania monitors");
    }
    annals_doc_free(d);
}

/* "The X who V-ed Y V-ed Z" with no commas: the relative clause ends before the second verb
 * after its own, whose subject is X; not "in which it said" (a relative with a subject). */
TEST(test_event_restrictive_relative_ends_at_main_verb) {
    const char *text = "The soldiers who defected to the opposition attacked a Ruritanian "
                       "checkpoint.";
    annals_doc *d = prepare("2019-02-11", text);
    CHECK(d != NULL);
    if (!d) return;
    actor(d, "soldiers", 0, "Sylvania military", AN_ACTOR_MILITARY, "SV");
    actor(d, "opposition", 0, "Sylvania opposition", AN_ACTOR_ARMED_GROUP, "SV");
    actor(d, "Ruritanian", 0, "Ruritania", AN_ACTOR_COUNTRY, "RU");
    run(d);
    const an_event *e = event(d, "attacked");
    CHECK(e != NULL);
    if (e) {
        CHECK_STR(actor_name(d, e->actor1), "Sylvania military");
        CHECK_STR(actor_name(d, e->actor2), "Ruritania");
    }
    annals_doc_free(d);
}

/* "bombed PKK targets": a plural after a name that is the object of a verb is a noun (no
 * attack by the PKK); "fought alongside X": X is on the doer's side, not attacked. */
TEST(test_event_object_name_plural_and_alongside) {
    const char *text = "Ruritanian jets bombed Vanguard targets in Sylvania.\n\n"
                       "Vanguard fighters fought alongside Sylvanian troops.";
    annals_doc *d = prepare("2019-02-11", text);
    CHECK(d != NULL);
    if (!d) return;
    actor(d, "Ruritanian jets", 0, "Ruritania military", AN_ACTOR_MILITARY, "RU");
    actor(d, "Vanguard", 0, "Vanguard", AN_ACTOR_ARMED_GROUP, "SV");
    place(d, "Sylvania", 0, AN_PLACE_COUNTRY, "SV");
    actor(d, "Vanguard fighters", 0, "Vanguard", AN_ACTOR_ARMED_GROUP, "SV");
    actor(d, "Sylvanian troops", 0, "Sylvania military", AN_ACTOR_MILITARY, "SV");
    run(d);
    CHECK(event(d, "targets") == NULL);
    const an_event *e = event(d, "bombed");
    CHECK(e != NULL);
    if (e) CHECK_STR(actor_name(d, e->actor2), "Vanguard");
    e = event(d, "fought");
    CHECK(e != NULL);
    if (e) CHECK(e->actor2 < 0 || strcmp(actor_name(d, e->actor2), "Sylvania military") != 0);
    annals_doc_free(d);
}

/* An unnamed doer with no country in its sentence takes, as the weakest default, the
 * country of the town the story names most, not that of a dateline abroad. */
TEST(test_event_story_country_for_bare_agents) {
    const char *text = "BEIRUT (Agency) - Troops shelled Homs on Monday. Residents of Homs "
                       "fled.\n\nRebels later attacked a checkpoint.";
    annals_doc *d = prepare("2012-02-11", text);
    CHECK(d != NULL);
    if (!d) return;
    place(d, "BEIRUT", 0, AN_PLACE_CITY, "LB");
    place(d, "Homs", 0, AN_PLACE_CITY, "SY");
    place(d, "Homs", 1, AN_PLACE_CITY, "SY");
    actor(d, "Troops", 0, "Sylvania military", AN_ACTOR_MILITARY, "SY");
    actor(d, "Rebels", 0, "rebels", AN_ACTOR_ARMED_GROUP, "");
    run(d);
    const an_event *e = event(d, "attacked");
    CHECK(e != NULL);
    if (e) CHECK_STR(e->actor1_cc, "SY");
    annals_doc_free(d);
}

/* "X, Y's closest ally, vetoed", "X, A and B envoy, met": a phrase between commas after a
 * named party that ends in a lower-case title and holds no verb describes that party; the
 * doer is the party, not the one its title names. */
TEST(test_event_titled_apposition) {
    const char *text = "Ruritania, Sylvania's closest ally, vetoed the resolution.\n\n"
                       "Kofi Annan, League and Union envoy, met the Sylvanian president.";
    annals_doc *d = prepare("2012-02-11", text);
    CHECK(d != NULL);
    if (!d) return;
    place(d, "Ruritania", 0, AN_PLACE_COUNTRY, "RU");
    place(d, "Sylvania", 0, AN_PLACE_COUNTRY, "SV");
    actor(d, "Kofi Annan", 0, "Kofi Annan", AN_ACTOR_PERSON, "");
    actor(d, "League", 0, "League", AN_ACTOR_ORGANISATION, "");
    actor(d, "Union envoy", 0, "Union", AN_ACTOR_ORGANISATION, "");
    actor(d, "Sylvanian president", 0, "Sylvania president", AN_ACTOR_PERSON, "SV");
    run(d);
    const an_event *e = event(d, "vetoed");
    CHECK(e != NULL);
    if (e) CHECK_STR(place_name(d, e->actor1_place), "Ruritania");
    int met = 0;
    for (size_t i = 0; i < d->events.n; i++) {
        const an_event *m = &d->events.v[i];
        if (strncmp(d->field[ANNALS_FIELD_TEXT] + m->ev[0].start, "met", 3) != 0) continue;
        met++;
        CHECK_STR(actor_name(d, m->actor1), "Kofi Annan");
    }
    CHECK_INT(met, 1);
    annals_doc_free(d);
}

/* "X, Y's closest ally, said ...": the speaker stands before the titled apposition, and
 * what follows "said" is the content with its own doer. */
TEST(test_event_speaker_before_titled_apposition) {
    const char *text = "Ruritania, Sylvania's closest ally, said rebels had attacked the "
                       "embassy.";
    annals_doc *d = prepare("2012-02-11", text);
    CHECK(d != NULL);
    if (!d) return;
    actor(d, "Ruritania", 0, "Ruritania", AN_ACTOR_COUNTRY, "RU");
    place(d, "Sylvania", 0, AN_PLACE_COUNTRY, "SV");
    actor(d, "rebels", 0, "rebels", AN_ACTOR_ARMED_GROUP, "SV");
    run(d);
    const an_event *e = event(d, "attacked");
    CHECK(e != NULL);
    if (e) {
        CHECK_STR(actor_name(d, e->actor1), "rebels");
        CHECK_STR(actor_name(d, e->source), "Ruritania");
    }
    annals_doc_free(d);
}

/* "..., said X" names a speaker after the verb only when no verb follows in that phrase:
 * ", said troops attacked the rebels" is content, whose event is kept. */
TEST(test_event_no_inverted_speaker_with_a_verb) {
    const char *text = "Ruritania, under pressure from the League, said troops attacked the "
                       "rebels.";
    annals_doc *d = prepare("2012-02-11", text);
    CHECK(d != NULL);
    if (!d) return;
    place(d, "Ruritania", 0, AN_PLACE_COUNTRY, "RU");
    actor(d, "League", 0, "League", AN_ACTOR_ORGANISATION, "");
    actor(d, "troops", 0, "Ruritania military", AN_ACTOR_MILITARY, "RU");
    actor(d, "rebels", 0, "rebels", AN_ACTOR_ARMED_GROUP, "RU");
    run(d);
    const an_event *e = event(d, "attacked");
    CHECK(e != NULL);
    if (e) {
        CHECK_STR(actor_name(d, e->actor1), "Ruritania military");
        CHECK_STR(actor_name(d, e->actor2), "rebels");
    }
    annals_doc_free(d);
}

/* The British and hyphenated spellings ("co-operate", "co-ordinate with", "air-strike",
 * "walk-out", "demobilise") are the same triggers as "cooperate" ... */
TEST(test_event_british_hyphenated_spellings) {
    const char *text = "Ruritania co-operated with Sylvania against the smugglers.\n\n"
                       "Ruritanian jets carried out an air-strike on the port.";
    annals_doc *d = prepare("2012-02-11", text);
    CHECK(d != NULL);
    if (!d) return;
    place(d, "Ruritania", 0, AN_PLACE_COUNTRY, "RU");
    place(d, "Sylvania", 0, AN_PLACE_COUNTRY, "SV");
    run(d);
    const an_event *e = event(d, "co-operated");
    CHECK(e != NULL);
    if (e) {
        CHECK_STR(e->plover, "COOPERATE");
        CHECK_STR(place_name(d, e->actor2_place), "Sylvania");
    }
    e = event(d, "air-strike");
    if (!e) e = event(d, "carried out");
    CHECK(e != NULL);
    if (e) CHECK_STR(e->plover, "ASSAULT");
    annals_doc_free(d);
}

/* "X including helicopter gunships killed ...": what "including" lists belongs to the
 * subject before it; the subject is X. */
TEST(test_event_including_is_no_subject) {
    const char *text = "Ruritanian aircraft including helicopter gunships killed 46 Sylvanian "
                       "civilians.";
    annals_doc *d = prepare("2012-02-11", text);
    CHECK(d != NULL);
    if (!d) return;
    actor(d, "Ruritanian aircraft", 0, "Ruritania military", AN_ACTOR_MILITARY, "RU");
    actor(d, "gunships", 0, "Sylvania military", AN_ACTOR_MILITARY, "SV");
    actor(d, "Sylvanian civilians", 0, "Sylvania civilians", AN_ACTOR_GROUP_OF_PEOPLE, "SV");
    run(d);
    const an_event *e = event(d, "killed");
    CHECK(e != NULL);
    if (e) CHECK_STR(actor_name(d, e->actor1), "Ruritania military");
    annals_doc_free(d);
}

/* "A wants B to act" is A's demand made of B, not B's act; "wants to act" stays A's own
 * intent. */
TEST(test_event_wants_someone_to_act_is_a_demand) {
    annals_doc *d =
        prepare("2021-05-03", "The Vanguard wants the Chilean army to release the prisoners.");
    if (!d) return;
    actor(d, "Vanguard", 0, "Vanguard", AN_ACTOR_PARTY, "CL");
    actor(d, "Chilean army", 0, "Chile military", AN_ACTOR_MILITARY, "CL");
    run(d);
    const an_event *e = event(d, "release");
    CHECK(e != NULL);
    if (e) {
        CHECK_STR(e->plover, "REQUEST");
        CHECK_STR(actor_name(d, e->actor1), "Vanguard");
        CHECK_STR(actor_name(d, e->actor2), "Chile military");
    }
    annals_doc_free(d);
    d = prepare("2021-05-03", "The Chilean army wants to release the prisoners.");
    if (!d) return;
    actor(d, "Chilean army", 0, "Chile military", AN_ACTOR_MILITARY, "CL");
    run(d);
    e = event(d, "release");
    CHECK(e != NULL);
    if (e) {
        CHECK_STR(e->plover, "AGREE");
        CHECK_STR(an_event_modality(e->modality), "planned");
    }
    annals_doc_free(d);
}

/* A past participle after a noun an earlier verb took, with no object of its own, tells
 * background about that noun: no CAMEO code, the main verb keeps its own; a gapped
 * passive ("killed ... and 40 others arrested") is still an act. */
TEST(test_event_reduced_relative_is_background) {
    annals_doc *d = prepare("2021-05-03",
                            "The rebels returned weapons seized last year from the peacekeepers.");
    if (!d) return;
    actor(d, "rebels", 0, "rebels", AN_ACTOR_ARMED_GROUP, "CL");
    run(d);
    const an_event *ret = event(d, "returned"), *seized = event(d, "seized");
    CHECK(ret != NULL && ret->cameo != NULL);
    if (seized) CHECK(seized->cameo == NULL);
    annals_doc_free(d);
    d = prepare("2021-05-03", "Police arrested 12 students in the capital.");
    if (!d) return;
    actor(d, "Police", 0, "Chile police", AN_ACTOR_POLICE, "CL");
    run(d);
    const an_event *e = event(d, "arrested");
    CHECK(e != NULL && e->cameo != NULL);
    annals_doc_free(d);
    d = prepare("2021-05-03",
                "Ten soldiers have been killed by Chilean police and 40 others arrested.");
    if (!d) return;
    actor(d, "Chilean police", 0, "Chile police", AN_ACTOR_POLICE, "CL");
    run(d);
    e = event(d, "arrested");
    CHECK(e != NULL && e->cameo != NULL);
    annals_doc_free(d);
}

/* What someone is suspected of or known for characterises them: no CAMEO code for it. */
TEST(test_event_known_for_is_no_act) {
    static const char *const texts[] = {
        "Chilean police named him as a suspect in three sniper attacks on doctors.",
        "The Vanguard is known for kidnapping Chilean officials.",
        "The prison was long associated with the torture of Chilean detainees.",
    };
    static const char *const triggers[] = {"attacks", "kidnapping", "torture"};
    for (size_t i = 0; i < 3; i++) {
        annals_doc *d = prepare("2021-05-03", texts[i]);
        if (!d) return;
        actor(d, "Chilean police", 0, "Chile police", AN_ACTOR_POLICE, "CL");
        actor(d, "Vanguard", 0, "Vanguard", AN_ACTOR_ARMED_GROUP, "CL");
        run(d);
        const an_event *e = event(d, triggers[i]);
        CHECK(e != NULL && e->cameo == NULL);
        annals_doc_free(d);
    }
    annals_doc *d = prepare("2021-05-03", "The Vanguard attacked Chilean police on Monday.");
    if (!d) return;
    actor(d, "Vanguard", 0, "Vanguard", AN_ACTOR_ARMED_GROUP, "CL");
    actor(d, "Chilean police", 0, "Chile police", AN_ACTOR_POLICE, "CL");
    run(d);
    const an_event *e = event(d, "attacked");
    CHECK(e != NULL && e->cameo != NULL);
    annals_doc_free(d);
}

/* A journalist or an analyst describes the news: no public statement of a party. */
TEST(test_event_observer_makes_no_statement) {
    annals_doc *d = prepare("2003-05-06",
                            "The BBC's Jim Muir in Tehran said on Tuesday that the United "
                            "States was isolated.\n\n"
                            "Our correspondent in Tehran said the United States was isolated.");
    if (!d) return;
    actor(d, "BBC", 0, "BBC", AN_ACTOR_MEDIA, "GB");
    actor(d, "Tehran", 0, "Iran government", AN_ACTOR_GOVERNMENT, "IR");
    actor(d, "Tehran", 1, "Iran government", AN_ACTOR_GOVERNMENT, "IR");
    place(d, "United States", 0, AN_PLACE_COUNTRY, "US");
    place(d, "United States", 1, AN_PLACE_COUNTRY, "US");
    run(d);
    for (size_t i = 0; i < d->events.n; i++) CHECK(d->events.v[i].cameo == NULL);
    annals_doc_free(d);
}

/* Weapons had or stockpiled are no event. */
TEST(test_event_weapons_had) {
    annals_doc *d = prepare("2013-05-06", "The army has a large stockpile of chemical weapons.");
    if (!d) return;
    run(d);
    CHECK_INT(d->events.n, 0);
    annals_doc_free(d);
}

/* An event noun after "following weeks of", "after years of" is the scene, as after
 * "following" alone: no CAMEO code. */
TEST(test_event_span_of_time_before_scene_noun) {
    annals_doc *d = prepare("2013-05-06",
                            "The regime collapsed following weeks of heavy Chilean air strikes.");
    if (!d) return;
    actor(d, "Chilean", 0, "Chile military", AN_ACTOR_MILITARY, "CL");
    run(d);
    const an_event *e = event(d, "air strikes");
    CHECK(e != NULL && e->cameo == NULL);
    annals_doc_free(d);
}

/* A body that meets with no one named is in session: no consultation; one that meets
 * someone, or two that meet, consult. */
TEST(test_event_lone_meeting_is_no_consultation) {
    annals_doc *d = prepare("2013-05-06", "The Chilean cabinet met on Sunday.");
    if (!d) return;
    actor(d, "Chilean cabinet", 0, "Chile government", AN_ACTOR_GOVERNMENT, "CL");
    run(d);
    CHECK(event(d, "met") == NULL);
    annals_doc_free(d);
    d = prepare("2013-05-06", "The Chilean cabinet met the Peruvian envoy on Sunday.");
    if (!d) return;
    actor(d, "Chilean cabinet", 0, "Chile government", AN_ACTOR_GOVERNMENT, "CL");
    actor(d, "Peruvian envoy", 0, "Peru government", AN_ACTOR_GOVERNMENT, "PE");
    run(d);
    const an_event *e = event(d, "met");
    CHECK(e != NULL && e->plover != NULL && strcmp(e->plover, "CONSULT") == 0);
    annals_doc_free(d);
}

/* Troops that arrive are moved there: no visit; a leader who arrives visits. */
TEST(test_event_forces_arriving_pay_no_visit) {
    annals_doc *d = prepare("2013-05-06", "Chilean troops have arrived in Peru on Sunday.");
    if (!d) return;
    actor(d, "Chilean troops", 0, "Chile military", AN_ACTOR_MILITARY, "CL");
    place(d, "Peru", 0, AN_PLACE_COUNTRY, "PE");
    run(d);
    CHECK(event(d, "arrived") == NULL);
    annals_doc_free(d);
    d = prepare("2013-05-06", "The Chilean president arrived in Peru on Sunday.");
    if (!d) return;
    actor(d, "Chilean president", 0, "Chile government", AN_ACTOR_GOVERNMENT, "CL");
    place(d, "Peru", 0, AN_PLACE_COUNTRY, "PE");
    run(d);
    const an_event *e = event(d, "arrived");
    CHECK(e != NULL && e->cameo != NULL && strcmp(e->cameo, "042") == 0);
    annals_doc_free(d);
}

/* An event noun before a noun of people, bodies or things names a kind of them. */
TEST(test_event_compound_modifier_is_no_event) {
    annals_doc *d = prepare("2013-05-06",
                            "Aid agencies say the protest movement has grown in Chile.");
    if (!d) return;
    run(d);
    CHECK_INT(d->events.n, 0);
    annals_doc_free(d);
    d = prepare("2013-05-06", "The Chilean army launched an attack on the town.");
    if (!d) return;
    actor(d, "Chilean army", 0, "Chile military", AN_ACTOR_MILITARY, "CL");
    run(d);
    CHECK(event(d, "attack") != NULL);
    annals_doc_free(d);
}

/* The walk from a background noun to its preposition passes a compound's first noun:
 * "negotiations on an Argentine troop pullback" is one consultation. */
TEST(test_event_background_noun_over_compound) {
    annals_doc *d = prepare("2013-05-06",
                            "Chile and Peru renewed negotiations on an Argentine troop pullback.");
    if (!d) return;
    place(d, "Chile", 0, AN_PLACE_COUNTRY, "CL");
    place(d, "Peru", 0, AN_PLACE_COUNTRY, "PE");
    run(d);
    CHECK(event(d, "negotiations") != NULL);
    CHECK(event(d, "pullback") == NULL);
    annals_doc_free(d);
}

/* An event noun after "such" or "any" names a kind of event, after "possible" one still
 * to come: no CAMEO code. */
TEST(test_event_such_and_any_name_a_kind) {
    annals_doc *d = prepare("2013-05-06", "The Chilean government has held such rallies daily.");
    if (!d) return;
    actor(d, "Chilean government", 0, "Chile government", AN_ACTOR_GOVERNMENT, "CL");
    run(d);
    const an_event *e = event(d, "rallies");
    CHECK(e != NULL && e->cameo == NULL);
    annals_doc_free(d);
    d = prepare("2013-05-06", "The Chilean army prepared for a possible attack on Lima.");
    if (!d) return;
    actor(d, "Chilean army", 0, "Chile military", AN_ACTOR_MILITARY, "CL");
    run(d);
    e = event(d, "attack");
    CHECK(e != NULL && e->cameo == NULL);
    annals_doc_free(d);
    d = prepare("2013-05-06", "The Chilean government held mass rallies on Sunday.");
    if (!d) return;
    actor(d, "Chilean government", 0, "Chile government", AN_ACTOR_GOVERNMENT, "CL");
    run(d);
    e = event(d, "rallies");
    CHECK(e != NULL && e->cameo != NULL);
    annals_doc_free(d);
}

/* What footage or a video shows is told by whoever posted it: no CAMEO code. */
TEST(test_event_depicted_in_footage) {
    annals_doc *d = prepare("2013-05-06",
                            "Chilean television showed footage of Chilean troops firing on "
                            "protesters.");
    if (!d) return;
    actor(d, "Chilean troops", 0, "Chile military", AN_ACTOR_MILITARY, "CL");
    run(d);
    const an_event *e = event(d, "firing");
    CHECK(e != NULL && e->cameo == NULL);
    annals_doc_free(d);
}

/* A present participle hanging on a noun or a comma is no act of its own: the finite
 * verb is coded, the participle keeps its PLOVER type only. */
TEST(test_event_participle_adjunct_uncoded) {
    annals_doc *d = prepare("2014-03-02",
                            "Canada expelled the Iranian envoy, criticizing Iran.\n\n"
                            "Norway praised Swedish diplomats criticizing Sudan.\n\n"
                            "Denmark drafted a motion condemning Chad.\n\n"
                            "Finland issued a statement condemning Chad.");
    if (!d) return;
    actor(d, "Canada", 0, "Canada", AN_ACTOR_COUNTRY, "CA");
    actor(d, "Iranian envoy", 0, "Iran diplomat", AN_ACTOR_PERSON, "IR");
    actor(d, "Iran", 1, "Iran", AN_ACTOR_COUNTRY, "IR");
    actor(d, "Norway", 0, "Norway", AN_ACTOR_COUNTRY, "NO");
    actor(d, "Swedish diplomats", 0, "Sweden diplomats", AN_ACTOR_GOVERNMENT, "SE");
    actor(d, "Denmark", 0, "Denmark", AN_ACTOR_COUNTRY, "DK");
    actor(d, "Finland", 0, "Finland", AN_ACTOR_COUNTRY, "FI");
    actor(d, "Chad", 0, "Chad", AN_ACTOR_COUNTRY, "TD");
    actor(d, "Chad", 1, "Chad", AN_ACTOR_COUNTRY, "TD");
    actor(d, "Sudan", 0, "Sudan", AN_ACTOR_COUNTRY, "SD");
    run(d);
    const an_event *e = event(d, "expelled");
    CHECK(e != NULL && e->cameo != NULL);
    e = event(d, "criticizing");
    CHECK(e != NULL && e->cameo == NULL);
    e = event(d, "praised");
    CHECK(e != NULL && e->cameo != NULL);
    /* only the statement's condemnation is coded 11 */
    size_t n11 = 0;
    for (size_t i = 0; i < d->events.n; i++) {
        const an_event *x = &d->events.v[i];
        if (x->cameo && strncmp(x->cameo, "11", 2) == 0) {
            n11++;
            CHECK(x->n_ev && x->ev[0].start > 150);
        }
    }
    CHECK_INT(n11, 1);
    annals_doc_free(d);
}

/* No doer, and a target that is a generic agent of no known country: CAMEO has no side
 * to code; with the target's country it codes the event against that country. */
TEST(test_event_no_doer_generic_target_uncoded) {
    annals_doc *d = prepare("2014-03-02", "Several guards were shot.\n\n"
                                          "Several Kenyan guards were shot.");
    if (!d) return;
    actor(d, "guards", 0, "guards", AN_ACTOR_POLICE, "");
    actor(d, "Kenyan guards", 0, "Kenya police", AN_ACTOR_POLICE, "KE");
    run(d);
    CHECK_INT(d->events.n, 2);
    if (d->events.n == 2) {
        CHECK(d->events.v[0].cameo == NULL && d->events.v[0].plover != NULL);
        CHECK(d->events.v[1].cameo != NULL);
    }
    annals_doc_free(d);
}

/* An event noun between parties of no known country ("talks between the rebels and the
 * militia") is not coded; with a country on a side it is. */
TEST(test_event_noun_without_country_uncoded) {
    annals_doc *d = prepare("2014-03-02", "Talks between the rebels and the militia resumed.\n\n"
                                          "Talks between Sudan and the rebels resumed.");
    if (!d) return;
    actor(d, "rebels", 0, "rebels", AN_ACTOR_ARMED_GROUP, "");
    actor(d, "militia", 0, "militia", AN_ACTOR_ARMED_GROUP, "");
    actor(d, "Sudan", 0, "Sudan", AN_ACTOR_COUNTRY, "SD");
    actor(d, "rebels", 1, "rebels", AN_ACTOR_ARMED_GROUP, "");
    run(d);
    int coded[2] = {0, 0}, found[2] = {0, 0};
    for (size_t i = 0; i < d->events.n; i++) {
        const an_event *e = &d->events.v[i];
        int second = e->n_ev && e->ev[0].start > 40;
        found[second] = 1;
        if (e->cameo) coded[second] = 1;
    }
    CHECK(found[0] && !coded[0]);
    CHECK(found[1] && coded[1]);
    annals_doc_free(d);
}

/* A statement is coded about the other state a sentence names, not about its people. */
TEST(test_event_statement_not_about_people) {
    annals_doc *d = prepare("2012-03-02",
                            "Many Kenyans are worried about the drought, the Ugandan foreign "
                            "minister said.\n\n"
                            "Kenya is worried about the drought, the Ugandan foreign minister "
                            "said.");
    if (!d) return;
    actor(d, "Kenyans", 0, "Kenyans", AN_ACTOR_GROUP_OF_PEOPLE, "KE");
    actor(d, "Ugandan foreign minister", 0, "Uganda government", AN_ACTOR_GOVERNMENT, "UG");
    actor(d, "Kenya", 1, "Kenya", AN_ACTOR_COUNTRY, "KE");
    actor(d, "Ugandan foreign minister", 1, "Uganda government", AN_ACTOR_GOVERNMENT, "UG");
    run(d);
    CHECK_INT(d->events.n, 1);
    if (d->events.n == 1) {
        CHECK_STR(d->events.v[0].cameo, "010");
        CHECK(d->events.v[0].ev[0].start > 80);
    }
    annals_doc_free(d);
}

/* An "if" clause inside a quote is a condition as it is outside one: nothing in it
 * happened, so nothing is coded. */
TEST(test_event_quoted_condition_uncoded) {
    annals_doc *d = prepare("2012-03-02",
                            "The minister added: \"If Chad attacks again, Niger will respond.\"");
    if (!d) return;
    actor(d, "Chad", 0, "Chad", AN_ACTOR_COUNTRY, "TD");
    actor(d, "Niger", 0, "Niger", AN_ACTOR_COUNTRY, "NE");
    run(d);
    const an_event *e = event(d, "attacks");
    CHECK(e != NULL && e->cameo == NULL && e->modality == AN_MOD_HYPOTHETICAL);
    annals_doc_free(d);
}

/* "It said ...": a pronoun speaker is the one the latest claim before it named; with no
 * claim before, the event is still reported, by no one named. */
static const char *pronoun_claimant(const char *text, size_t nth) {
    annals_doc *doc = NULL;
    static char name[128];
    name[0] = 0;
    if (annals_doc_new(an_test_engine(), &doc) != ANNALS_OK) return NULL;
    annals_doc_set(doc, ANNALS_FIELD_TEXT, text, strlen(text));
    annals_doc_set(doc, ANNALS_FIELD_PUBLISHED, "2015-05-14", 10);
    annals_annotate(an_test_engine(), doc, ANNALS_STAGE_ALL);
    annals_event e;
    const char *got = NULL;
    if (nth < annals_doc_count(doc, ANNALS_LIST_EVENTS) &&
        annals_doc_event(doc, nth, &e) == ANNALS_OK) {
        annals_actor a;
        if (e.claimed_by >= 0 && annals_doc_actor(doc, (size_t)e.claimed_by, &a) == ANNALS_OK)
            snprintf(name, sizeof name, "%s", a.name);
        else if (e.claimed_by_name)
            snprintf(name, sizeof name, "%s", e.claimed_by_name);
        got = name;
    }
    annals_doc_free(doc);
    return got;
}

TEST(test_event_pronoun_speaker_is_the_earlier_one) {
    CHECK_STR(pronoun_claimant("The Syrian Observatory for Human Rights said fighting continued "
                               "near the town. It said the fighters had executed five men.",
                               1),
              "Syrian Observatory for Human Rights");
    CHECK_STR(pronoun_claimant("It said the militants had destroyed the temple.", 0), "");
}

/* "the monitor said", "the ministry said": a definite description refers back to the
 * latest speaker the noun fits; an indefinite one ("a monitoring group") is someone new. */
TEST(test_event_described_speaker_is_the_earlier_one) {
    CHECK_STR(pronoun_claimant("The Syrian Observatory for Human Rights said fighting continued "
                               "near the town. The Britain-based monitor said the fighters had "
                               "executed five men.",
                               1),
              "Syrian Observatory for Human Rights");
    /* a government spoke last: the monitor is still the body named before it */
    CHECK_STR(pronoun_claimant("The Syrian Observatory for Human Rights said fighting continued "
                               "near the town. Syrian state media said the army had shelled the "
                               "hills. The monitor said the fighters had executed five men.",
                               2),
              "Syrian Observatory for Human Rights");
    /* the same word names the same speaker: "a military source ... the source" */
    CHECK_STR(pronoun_claimant("Syrian troops found a mass grave in the town, a military source "
                               "told state media. The source said the victims had been killed "
                               "by Islamic State.",
                               0),
              "Syria military");
    /* no body named before: the words are all there is */
    CHECK_STR(pronoun_claimant("The monitor said the militants had destroyed the temple.", 0),
              "monitor");
    CHECK_STR(pronoun_claimant("The Syrian Observatory for Human Rights said fighting continued "
                               "near the town. A monitoring group said the fighters had "
                               "executed five men.",
                               1),
              "monitoring group");
}

/* Images, footage, a video, a statement or a report are the medium, not the speaker: the
 * one who issued them speaks ("a video released by X", "a statement from X"), a pronoun
 * poster closing the sentence is its subject ("images they posted"), else no one named. */
TEST(test_event_medium_is_no_speaker) {
    CHECK_STR(pronoun_claimant("The rebels shelled the airport on Monday, according to "
                               "photographs they published online.",
                               0),
              "rebels");
    CHECK_STR(pronoun_claimant("Gunmen burned the market, according to a video posted by "
                               "local activists.",
                               0),
              "activists");
    CHECK_STR(pronoun_claimant("A statement said the army had shelled the port.", 0), "");
    /* the issuer named before the medium speaks */
    CHECK_STR(pronoun_claimant("A coalition statement said the raids destroyed six tanks.", 0),
              "coalition");
    CHECK_STR(pronoun_claimant("Rebels seized the dam, according to the militia's statement.", 0),
              "militia");
    /* a paper the report appeared in, not a place */
    CHECK_STR(pronoun_claimant("Rebels seized the dam, according to a report in The Coastal "
                               "Ledger.",
                               0),
              "Coastal Ledger");
    CHECK_STR(pronoun_claimant("Rebels seized the dam, according to a report in Mosul.", 0), "");
    /* a medium that is no head of the phrase leaves the speaker as it was */
    CHECK_STR(pronoun_claimant("A video journalist said troops shelled the port.", 0),
              "video journalist");
    CHECK_STR(pronoun_claimant("Troops burned the village, according to undated satellite "
                               "images.",
                               0),
              "");
    CHECK_STR(pronoun_claimant("Troops stormed the village, according to footage shared on "
                               "social media.",
                               0),
              "");
}

/* "Our correspondent in Cairo said": a journalist of the outlet reports; the place he
 * writes from is not the speaker. */
TEST(test_event_correspondent_place_is_no_speaker) {
    CHECK_STR(pronoun_claimant("Our correspondent in Amman said the police arrested twelve "
                               "students.",
                               0),
              "Our correspondent");
    CHECK_STR(pronoun_claimant("Police arrested twelve students, a reporter based in Amman "
                               "said.",
                               0),
              "reporter");
}

/* ---- the word-form memo a thread keeps from one document to the next ---------------- */

static void forms_of(const an_event_res *r, an_ev_memo *memo, an_evtok *t, const char *w,
                     int kind, int flags) {
    memset(t, 0, sizeof *t);
    t->kind = (uint16_t)kind;
    t->flags = (uint16_t)flags;
    an_ev_forms(r, memo, t, w, strlen(w));
}

static int used_slots(const an_ev_memo *m) {
    int n = 0;
    for (unsigned k = 0; k < AN_EV_MEMO; k++) n += m[k].used;
    return n;
}

static void *memo_in_thread(void *r) { return an_ev_thread_memo(r); }

TEST(test_event_thread_memo) {
    an_event_res a, b;
    CHECK(an_event_res_load(&a) == 0);
    CHECK(an_event_res_load(&b) == 0);
    CHECK(a.serial != b.serial);
    an_ev_memo *m = an_ev_thread_memo(&a);
    CHECK(m != NULL);
    if (!m) return;
    /* answers from the memo are those computed without it, the first time and after */
    static const char *const words[] = {"killed", "Attacks", "the", "carried", "n\xe2\x80\x99t",
                                        "shelling"};
    for (size_t k = 0; k < sizeof words / sizeof *words; k++) {
        int flags = words[k][0] == 'A' ? ANNALS_TOKEN_CAPITALIZED | ANNALS_TOKEN_SENT_START : 0;
        an_evtok plain, first, again;
        forms_of(&a, NULL, &plain, words[k], ANNALS_TOKEN_WORD, flags);
        forms_of(&a, m, &first, words[k], ANNALS_TOKEN_WORD, flags);
        forms_of(&a, m, &again, words[k], ANNALS_TOKEN_WORD, flags);
        CHECK(plain.n_forms > 0);
        CHECK_INT(first.n_forms, plain.n_forms);
        CHECK_INT(again.n_forms, plain.n_forms);
        CHECK_INT(again.cls, plain.cls);
        CHECK_INT(again.lex, plain.lex);
        for (unsigned f = 0; f < plain.n_forms && f < again.n_forms; f++) {
            CHECK_STR(first.form[f], plain.form[f]);
            CHECK_STR(again.form[f], plain.form[f]);
            CHECK_INT(again.form_len[f], plain.form_len[f]);
        }
    }
    an_evtok t;
    forms_of(&a, m, &t, "killed", ANNALS_TOKEN_WORD, 0);
    CHECK_STR(t.form[1], "kill");
    /* the same memo for the same resources, kept; emptied for others */
    int kept = used_slots(m);
    CHECK(kept > 0);
    CHECK(an_ev_thread_memo(&a) == m);
    CHECK_INT(used_slots(m), kept);
    CHECK(an_ev_thread_memo(&b) == m);
    CHECK_INT(used_slots(m), 0);
    /* another thread has its own */
    pthread_t th;
    void *other = NULL;
    CHECK(pthread_create(&th, NULL, memo_in_thread, &a) == 0);
    CHECK(pthread_join(th, &other) == 0);
    CHECK(other != NULL && other != (void *)m);
    an_event_res_free(&a);
    an_event_res_free(&b);
}

/* Endings read from the form's kept length, as strlen would have found it. */
TEST(test_event_form_endings) {
    an_event_res *r = malloc(sizeof *r);
    CHECK(r && an_event_res_load(r) == 0);
    if (!r) return;
    an_evtok t;
    forms_of(r, NULL, &t, "shelling", ANNALS_TOKEN_WORD, 0);
    CHECK_INT(an_ev_len0(&t), 8);
    CHECK(an_ev_ends(&t, "ing", 3, 1));
    CHECK(!an_ev_ends(&t, "ed", 2, 2));
    forms_of(r, NULL, &t, "sing", ANNALS_TOKEN_WORD, 0);
    CHECK(!an_ev_ends(&t, "ing", 3, 1)); /* no more than the ending */
    /* a word too long for any lexicon has no form */
    forms_of(r, NULL, &t, "internationalisationsbewegung", ANNALS_TOKEN_WORD, 0);
    CHECK_INT(t.n_forms, 0);
    CHECK_INT(an_ev_len0(&t), 0);
    CHECK(!an_ev_ends(&t, "ng", 2, 0));
    an_event_res_free(r);
    free(r);
}

/* A demonym adjective between a determiner and a word makes the word a noun ("the
 * Norwegian press"); a modal there stays a verb. */
TEST(test_event_word_after_determiner_and_name_is_a_noun) {
    annals_doc *d = prepare("2021-05-03",
                            "There was anger in the Norwegian press over the plan.\n\n"
                            "Peru said the Chilean government must leave the border.");
    if (!d) return;
    actor(d, "Norwegian", 0, "Norway", AN_ACTOR_COUNTRY, "NO");
    actor(d, "Peru", 0, "Peru government", AN_ACTOR_GOVERNMENT, "PE");
    actor(d, "Chilean", 0, "Chile", AN_ACTOR_COUNTRY, "CL");
    run(d);
    CHECK(event(d, "press") == NULL);
    CHECK(event(d, "must") != NULL);
    annals_doc_free(d);
}
