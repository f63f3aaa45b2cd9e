/* test_actor.c - the actors stage: named actors and their aliases, agent nouns with a
 * country or demonym, the document's country for the state's own agents, titled persons
 * with their affiliation, metonymy, groups of people. Sentences made up for the tests. */
#include <math.h>
#include <stdio.h>
#include <string.h>
#include <stdlib.h>
#include <time.h>

#include "annals.h"
#include "check.h"
#include "core/buf.h"
#include "core/doc.h"

static annals_doc *annotate(const char *text) {
    annals_doc *doc = NULL;
    if (annals_doc_new(an_test_engine(), &doc) != ANNALS_OK) return NULL;
    annals_doc_set(doc, ANNALS_FIELD_TEXT, text, strlen(text));
    annals_annotate(an_test_engine(), doc, ANNALS_STAGE_ALL);
    return doc;
}

/* The actor whose text starts with `surface` (ASCII sentences); 0 when none. */
static int find_actor(annals_doc *doc, const char *surface, annals_actor *out) {
    const char *text = annals_doc_get(doc, ANNALS_FIELD_TEXT);
    size_t len = strlen(surface);
    for (size_t i = 0; i < annals_doc_count(doc, ANNALS_LIST_ACTORS); i++) {
        annals_doc_actor(doc, i, out);
        if (out->span.end - out->span.start == len && memcmp(text + out->span.start, surface, len) == 0)
            return 1;
    }
    return 0;
}

static void check_actor(const char *text, const char *surface, const char *name,
                        annals_actor_kind kind, const char *country, int line) {
    annals_doc *doc = annotate(text);
    annals_actor a;
    if (!find_actor(doc, surface, &a))
        an_check_fail(__FILE__, line, "no actor \"%s\" in \"%s\"", surface, text);
    else if ((name && strcmp(a.name, name) != 0) || a.kind != kind ||
             strcmp(a.country ? a.country : "", country) != 0)
        an_check_fail(__FILE__, line, "\"%s\" -> %s kind %d country \"%s\", want %s %d \"%s\"",
                      surface, a.name, (int)a.kind, a.country ? a.country : "",
                      name ? name : "-", (int)kind, country);
    annals_doc_free(doc);
}

#define ACTOR(text, surface, name, kind, cc) check_actor(text, surface, name, kind, cc, __LINE__)

TEST(test_actor_aliases) {
    const char *t = "Daesh and ISIL are names for the Islamic State, which ISIS fighters use.";
    ACTOR(t, "Daesh", "Islamic State", ANNALS_ACTOR_ARMED_GROUP, "");
    ACTOR(t, "ISIL", "Islamic State", ANNALS_ACTOR_ARMED_GROUP, "");
    ACTOR(t, "Islamic State", "Islamic State", ANNALS_ACTOR_ARMED_GROUP, "");
    ACTOR(t, "ISIS fighters", "Islamic State", ANNALS_ACTOR_ARMED_GROUP, "");
    ACTOR("Hezbollah and Hamas praised the deal.", "Hezbollah", "Hezbollah",
          ANNALS_ACTOR_ARMED_GROUP, "LB");
    ACTOR("The UN and NATO met in Brussels.", "UN", "United Nations", ANNALS_ACTOR_ORGANISATION, "");
    ACTOR("The UN and NATO met in Brussels.", "NATO", "NATO", ANNALS_ACTOR_ORGANISATION, "");
}

static int has_actor(const char *text, const char *surface);

/* A world figure's surname that is also a small town's name is the figure, but the town
 * after a preposition of place. */
TEST(test_actor_figure_over_town) {
    const char *t = "Posing with Clinton, Blair pledged to stand with the president.";
    ACTOR(t, "Blair", "Tony Blair", ANNALS_ACTOR_PERSON, "GB");
    ACTOR(t, "Clinton", "Bill Clinton", ANNALS_ACTOR_PERSON, "US");
    ACTOR("Former prime minister Paul Keating welcomed the result.", "prime minister Paul Keating",
          "Paul Keating", ANNALS_ACTOR_PERSON, "AU");
    ACTOR("Hu accepted the invitation.", "Hu", "Hu Jintao", ANNALS_ACTOR_PERSON, "CN");
    CHECK(!has_actor("Hu Yaobang died in 1989.", "Hu"));
    annals_doc *doc = annotate("A factory in Clinton closed on Monday.");
    annals_actor a;
    if (find_actor(doc, "Clinton", &a) && a.kind == ANNALS_ACTOR_PERSON)
        an_check_fail(__FILE__, __LINE__, "\"in Clinton\" read as %s", a.name);
    annals_doc_free(doc);
}

/* Seats and chambers that stand for a state, and a demonym's "Office" or "Department". */
TEST(test_actor_seats_and_chambers) {
    ACTOR("The Knesset approved the plan.", "Knesset", "Knesset", ANNALS_ACTOR_GOVERNMENT, "IL");
    ACTOR("The Quai d'Orsay said no.", "Quai d'Orsay", "Quai d'Orsay", ANNALS_ACTOR_GOVERNMENT,
          "FR");
    ACTOR("The German Foreign Office condemned the attack.", "German Foreign Office",
          "German Foreign Office", ANNALS_ACTOR_GOVERNMENT, "DE");
    ACTOR("ASEAN ministers met in Manila.", "ASEAN ministers", "ASEAN", ANNALS_ACTOR_ORGANISATION,
          "");
}

/* Force as a means is no one's troops; "a force of 300 men" still is an agent. */
TEST(test_actor_force_as_a_means) {
    CHECK(!has_actor("The envoy warned that the threat of force is real.", "force"));
    CHECK(!has_actor("The town was taken by force.", "force"));
    CHECK(has_actor("The town was taken by a force of 300 men.", "force"));
}

TEST(test_actor_capitals_only_aliases) {
    annals_doc *doc = annotate("It is late, and who knows why.");
    annals_actor a;
    CHECK(!find_actor(doc, "is", &a));
    CHECK(!find_actor(doc, "who", &a));
    annals_doc_free(doc);
    ACTOR("The WHO warned of a new outbreak.", "WHO", "World Health Organization",
          ANNALS_ACTOR_ORGANISATION, "");
}

TEST(test_actor_country_agents) {
    ACTOR("Russian aircraft bombed the bridge.", "Russian aircraft", NULL, ANNALS_ACTOR_MILITARY, "RU");
    ACTOR("The Syrian army entered the town.", "Syrian army", NULL, ANNALS_ACTOR_MILITARY, "SY");
    ACTOR("Turkish-backed rebels crossed the river.", "Turkish-backed rebels", NULL,
          ANNALS_ACTOR_ARMED_GROUP, "TR");
    ACTOR("Iraqi police closed the road.", "Iraqi police", NULL, ANNALS_ACTOR_POLICE, "IQ");
}

TEST(test_actor_government_forces_take_the_document_country) {
    ACTOR("Near Homs and Hama in Syria, government forces shelled the villages.",
          "government forces", NULL, ANNALS_ACTOR_MILITARY, "SY");
}

TEST(test_actor_titled_person) {
    const char *t = "Lt. Gen. Ivan Petrovsky of the Russian Ministry of Defense said the "
                    "convoy was safe.";
    annals_doc *doc = annotate(t);
    annals_actor a;
    CHECK(find_actor(doc, "Lt. Gen. Ivan Petrovsky", &a));
    if (find_actor(doc, "Lt. Gen. Ivan Petrovsky", &a)) {
        CHECK_INT(a.kind, ANNALS_ACTOR_PERSON);
        CHECK_STR(a.name, "Ivan Petrovsky");
        CHECK_STR(a.role, "Lt. Gen.");
        CHECK_STR(a.country, "RU");
        CHECK_STR(a.affiliation, "Russian Ministry of Defense");
    }
    annals_doc_free(doc);
    ACTOR("Mayor Ann Doyle opened the bridge.", "Mayor Ann Doyle", "Ann Doyle",
          ANNALS_ACTOR_PERSON, "");
}

TEST(test_actor_metonymy) {
    ACTOR("Moscow said the talks would go on.", "Moscow", "Russia government",
          ANNALS_ACTOR_GOVERNMENT, "RU");
    ACTOR("Iran has rejected the offer.", "Iran", "Iran government", ANNALS_ACTOR_GOVERNMENT, "IR");
    /* a participle or relative phrase set off by commas between the state and its verb */
    ACTOR("Iran, citing the sanctions, said it would leave the talks.", "Iran", "Iran government",
          ANNALS_ACTOR_GOVERNMENT, "IR");
    annals_doc *doc = annotate("Fighting in Moscow suburbs was reported.");
    annals_actor a;
    CHECK(!find_actor(doc, "Moscow", &a));
    annals_doc_free(doc);
}

TEST(test_actor_metonymy_keeps_the_place) {
    /* "Moscow said": the government, and the point of the place that stands for it */
    annals_doc *doc = annotate("Moscow said the talks would go on.");
    annals_actor a;
    CHECK(find_actor(doc, "Moscow", &a));
    if (find_actor(doc, "Moscow", &a)) {
        CHECK(a.is_place);
        CHECK_INT(a.geonameid, 524901);
        CHECK(a.lat > 55 && a.lat < 56.5 && a.lon > 37 && a.lon < 38.5);
    }
    CHECK(find_actor(doc, "talks", &a) == 0 || !a.is_place);
    annals_doc_free(doc);
    /* an agent has no point */
    doc = annotate("Russian aircraft struck the town.");
    CHECK(find_actor(doc, "Russian aircraft", &a));
    if (find_actor(doc, "Russian aircraft", &a)) CHECK(!a.is_place && isnan(a.lat));
    annals_doc_free(doc);
}

TEST(test_actor_no_country_from_a_state_demonym) {
    /* "Texan" names Texas, no country: no state actor for "Texan officials" */
    annals_doc *doc = annotate("Texan officials said the road would reopen.");
    annals_actor a;
    if (find_actor(doc, "Texan", &a)) CHECK(a.kind != ANNALS_ACTOR_COUNTRY);
    annals_doc_free(doc);
    ACTOR("Palestinian officials said the crossing was shut.", "Palestinian officials",
          "Palestine government", ANNALS_ACTOR_GOVERNMENT, "PS");
}

TEST(test_actor_groups_of_people) {
    ACTOR("Civilians fled as protesters gathered.", "Civilians", NULL,
          ANNALS_ACTOR_GROUP_OF_PEOPLE, "");
    ACTOR("Civilians fled as protesters gathered.", "protesters", NULL,
          ANNALS_ACTOR_GROUP_OF_PEOPLE, "");
    ACTOR("Thousands of Syrians crossed the border.", "Syrians", NULL,
          ANNALS_ACTOR_GROUP_OF_PEOPLE, "SY");
}

TEST(test_actor_media) {
    ACTOR("The toll rose to nine, Reuters reported.", "Reuters", "Reuters", ANNALS_ACTOR_MEDIA, "GB");
    ACTOR("Citing SANA, the agency said so.", "SANA", "SANA", ANNALS_ACTOR_MEDIA, "SY");
}

TEST(test_actor_organisation_is_not_a_place) {
    annals_doc *doc = annotate("The UN sent aid.");
    const char *text = annals_doc_get(doc, ANNALS_FIELD_TEXT);
    for (size_t i = 0; i < annals_doc_count(doc, ANNALS_LIST_PLACES); i++) {
        annals_place p;
        annals_doc_place(doc, i, &p);
        CHECK(memcmp(text + p.span.start, "UN", 2) != 0);
    }
    annals_doc_free(doc);
}

TEST(test_actor_names_need_a_capital) {
    annals_doc *doc = annotate("Her legal guardian and the times of day were set.");
    annals_actor a;
    CHECK(!find_actor(doc, "guardian", &a));
    annals_doc_free(doc);
    ACTOR("The Guardian reported the toll.", "The Guardian", "The Guardian", ANNALS_ACTOR_MEDIA, "GB");
}

/* A titled person's country: a demonym or a country's possessive before the title, the
 * named person's own entry, else, for an office of state, the country at hand. A given
 * name that is also a town ("Robert") is still a name's word. */
TEST(test_actor_titled_person_country) {
    ACTOR("Zimbabwean Prime Minister Robert Mugabe spoke on Monday.", "Prime Minister Robert Mugabe",
          "Robert Mugabe", ANNALS_ACTOR_PERSON, "ZW");
    ACTOR("Chile sent aid to Peru's new President Ana Quispe.", "President Ana Quispe",
          "Ana Quispe", ANNALS_ACTOR_PERSON, "PE");
    ACTOR("In a speech, President Vladimir Putin praised the harvest.", "President Vladimir Putin",
          "Vladimir Putin", ANNALS_ACTOR_PERSON, "RU");
    ACTOR("Putin offered talks.", "Putin", "Vladimir Putin", ANNALS_ACTOR_PERSON, "RU");
    ACTOR("In Oslo, President George W. Bush spoke.", "President George W. Bush", "George W. Bush",
          ANNALS_ACTOR_PERSON, "US");
    ACTOR("Farmers in Ghana marched as President Kofi Mensah spoke in Accra.",
          "President Kofi Mensah", "Kofi Mensah", ANNALS_ACTOR_PERSON, "GH");
}

/* An agent noun after a named body is the body's ("Hezbollah guerrillas"). */
TEST(test_actor_named_body_with_agent_noun) {
    ACTOR("Hezbollah guerrillas fired rockets.", "Hezbollah guerrillas", "Hezbollah",
          ANNALS_ACTOR_ARMED_GROUP, "LB");
    ACTOR("A French minister spoke.", "French minister", NULL, ANNALS_ACTOR_GOVERNMENT, "FR");
}

/* A demonym before a noun stands for its country ("a Danish proposal"). */
TEST(test_actor_demonym_before_noun) {
    ACTOR("Chile rejected a Danish proposal.", "Danish", "Denmark", ANNALS_ACTOR_COUNTRY, "DK");
    ACTOR("Senior Hungarian and Austrian officials met.", "Hungarian", "Hungary",
          ANNALS_ACTOR_COUNTRY, "HU");
    annals_doc *doc = annotate("The talks were held in Danish by the delegates.");
    annals_actor a;
    CHECK(!find_actor(doc, "Danish", &a));
    annals_doc_free(doc);
}

/* A head of state with no country named beside the title takes the document's. */
TEST(test_actor_office_holder_takes_document_country) {
    ACTOR("President Tomas Vela thanked the Chilean people.", "President Tomas Vela", "Tomas Vela",
          ANNALS_ACTOR_PERSON, "CL");
}

/* Agent nouns in a row are one agent; a country before or after a bare agent is its
 * country; a leader's administration is a government. */
TEST(test_actor_agent_phrases) {
    ACTOR("Israeli intelligence officials met them.", "Israeli intelligence officials", NULL,
          ANNALS_ACTOR_POLICE, "IL");
    ACTOR("South Korean army officers left.", "South Korean army officers", NULL,
          ANNALS_ACTOR_MILITARY, "KR");
    ACTOR("They said Ivory Coast rebels had left.", "Ivory Coast rebels", NULL,
          ANNALS_ACTOR_ARMED_GROUP, "CI");
    ACTOR("Heavy rain fell as Bosnia and Herzegovina police left.", "police", NULL,
          ANNALS_ACTOR_POLICE, "BA");
    ACTOR("In Lima, Ecuador's president met Peru's envoy.", "president", NULL,
          ANNALS_ACTOR_GOVERNMENT, "EC");
    ACTOR("In Lima, Ecuador's Socialist government fell.", "government", NULL,
          ANNALS_ACTOR_GOVERNMENT, "EC");
    ACTOR("In Peru, Western diplomats met.", "diplomats", NULL, ANNALS_ACTOR_GOVERNMENT, "");
    ACTOR("In Lima, the Chilean deputy foreign minister spoke.", "Chilean deputy foreign minister",
          NULL, ANNALS_ACTOR_GOVERNMENT, "CL");
    ACTOR("Peru will not send troops in Chile.", "troops", NULL, ANNALS_ACTOR_MILITARY, "PE");
    ACTOR("Protesters in Chile blocked roads.", "Protesters", NULL,
          ANNALS_ACTOR_GROUP_OF_PEOPLE, "CL");
    ACTOR("The Putin government said no.", "Putin government", "Vladimir Putin",
          ANNALS_ACTOR_GOVERNMENT, "RU");
}

/* A capitalised name opened by a country or demonym and holding a body word is a body of
 * that country; a titled person is not. */
TEST(test_actor_country_body) {
    ACTOR("The Chilean Union of Miners called a strike.", "Chilean Union of Miners", NULL,
          ANNALS_ACTOR_ORGANISATION, "CL");
    ACTOR("The Peruvian Congress voted.", "Peruvian Congress", NULL, ANNALS_ACTOR_GOVERNMENT, "PE");
    ACTOR("Danish Foreign Ministry officials met.", "Danish Foreign Ministry", NULL,
          ANNALS_ACTOR_GOVERNMENT, "DK");
    ACTOR("Chilean President Ana Soto spoke.", "President Ana Soto", "Ana Soto",
          ANNALS_ACTOR_PERSON, "CL");
}

/* "Norway's navy said its ships ...": the agent after a possessive is the country of the
 * actor before it, not the document's. */
TEST(test_actor_possessive_owner) {
    const char *t = "Fighting went on in Chile and Chile again. The Peruvian navy said its "
                    "jets had sunk two boats.";
    ACTOR(t, "jets", NULL, ANNALS_ACTOR_MILITARY, "PE");
    /* opening the sentence: the named actor after it */
    const char *u = "Fighting went on in Chile and Chile again. Its gunmen had killed two "
                    "guards, Hamas said.";
    ACTOR(u, "gunmen", NULL, ANNALS_ACTOR_ARMED_GROUP, "PS");
    /* a country or capital before it owns it too */
    const char *v = "Fighting went on in Chile and Chile again. Moscow began withdrawing its "
                    "warplanes.";
    ACTOR(v, "warplanes", NULL, ANNALS_ACTOR_MILITARY, "RU");
}

/* "the militants", "40 fighters", "the group" after a named armed group are that group;
 * "pro-government fighters", "a monitoring group" and "the group of men" are not. */
TEST(test_actor_refers_back_to_named_group) {
    const char *t = "Hamas fighters raided the camp. The militants held it for a day, and the "
                    "group said 40 fighters had joined them.";
    ACTOR(t, "militants", "Hamas", ANNALS_ACTOR_ARMED_GROUP, "PS");
    ACTOR(t, "group", "Hamas", ANNALS_ACTOR_ARMED_GROUP, "PS");
    ACTOR(t, "fighters", "Hamas", ANNALS_ACTOR_ARMED_GROUP, "PS");
    const char *u = "Hamas fighters raided the camp. A monitoring group said pro-government "
                    "fighters and the group of men fled.";
    ACTOR(u, "fighters", "fighters", ANNALS_ACTOR_ARMED_GROUP, "");
    annals_doc *doc = annotate(u);
    annals_actor a;
    CHECK(!find_actor(doc, "group", &a));
    annals_doc_free(doc);
    const char *v = "The militants held the camp for a day.";
    ACTOR(v, "militants", "militants", ANNALS_ACTOR_GROUP_OF_PEOPLE, "");
}

/* An article of many places: each agent noun finds the place before it without reading
 * every place of the article. */
TEST(test_actor_many_places) {
    enum { N = 100000 };
    static const char piece[] = "Xanadu police left. ";
    const size_t len = sizeof piece - 1;
    an_buf text;
    an_buf_init(&text);
    for (int i = 0; i < N; i++) an_buf_append(&text, piece, len);
    annals_doc *doc = NULL;
    if (annals_doc_new(an_test_engine(), &doc) != ANNALS_OK) return;
    annals_doc_set(doc, ANNALS_FIELD_TEXT, text.data, text.len);
    an_buf_free(&text);
    annals_annotate(an_test_engine(), doc, ANNALS_STAGE_SEGMENT);
    for (int i = 0; i < N; i++) {
        an_place *p = AN_PUSH(doc, places);
        p->start = len * (size_t)i;
        p->end = p->start + 6;
        p->where = AN_WHERE_TEXT;
        p->name = "Xanadu";
        p->kind = AN_PLACE_COUNTRY;
        memcpy(p->country, "IQ", 3);
    }
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    annals_annotate(an_test_engine(), doc, ANNALS_STAGE_ACTOR);
    clock_gettime(CLOCK_MONOTONIC, &t1);
    double s = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
    if (s > 2) an_check_fail(__FILE__, __LINE__, "actors took %.1f s on %d places", s, N);
    size_t n = annals_doc_count(doc, ANNALS_LIST_ACTORS);
    CHECK_INT(n, N);
    annals_actor first, last;
    if (n == N) {
        annals_doc_actor(doc, 0, &first);
        annals_doc_actor(doc, n - 1, &last);
        CHECK_STR(first.country, "IQ");
        CHECK_STR(last.country, "IQ");
        CHECK_INT(last.span.start, len * (N - 1) + 7);
    }
    annals_doc_free(doc);
}

/* Actors of diplomatic news: an office the titles list does not hold whole, a capital
 * before an agent, a demonym after "of", peoples named for their state. */
TEST(test_actor_diplomatic_news) {
    ACTOR("British Foreign Secretary Jack Straw met Colin Powell.", "Secretary Jack Straw",
          "Jack Straw", ANNALS_ACTOR_PERSON, "GB");
    ACTOR("China's Vice Premier Wu Yi visited Berlin.", "Premier Wu Yi", "Wu Yi",
          ANNALS_ACTOR_PERSON, "CN");
    ACTOR("Germany was told. Washington officials rejected the offer.", "officials",
          "United States government", ANNALS_ACTOR_GOVERNMENT, "US");
    ACTOR("Premier Li received a delegation of the Japanese Communist Party.", "delegation",
          NULL, ANNALS_ACTOR_GOVERNMENT, "JP");
    ACTOR("Philippine troops attacked the camp.", "Philippine troops", "Philippines military",
          ANNALS_ACTOR_MILITARY, "PH");
    ACTOR("Bosnian Serbs demanded a truce.", "Bosnian Serbs", "Bosnian Serbs",
          ANNALS_ACTOR_GROUP_OF_PEOPLE, "BA");
    ACTOR("Serb forces shelled the town.", "Serb forces", "Serbia military",
          ANNALS_ACTOR_MILITARY, "RS");
    ACTOR("Israelis and Palestinians resumed talks.", "Israelis", "Israelis",
          ANNALS_ACTOR_GROUP_OF_PEOPLE, "IL");
    /* an office with no name after it is an agent of its state */
    ACTOR("The Israeli Prime Minister met his Egyptian counterpart.", "Israeli Prime Minister",
          "Israel government", ANNALS_ACTOR_GOVERNMENT, "IL");
    ACTOR("The Israeli Prime Minister met his Egyptian counterpart.", "Egyptian counterpart",
          "Egypt government", ANNALS_ACTOR_GOVERNMENT, "EG");
    ACTOR("Indian Prime Minister Manmohan Singh met them.", "Prime Minister Manmohan Singh",
          "Manmohan Singh", ANNALS_ACTOR_PERSON, "IN");
    /* a people of a state ("Iraqi Kurds"); each demonym of a list ("Bosnian, Herzegovinian") */
    ACTOR("Some 800,000 Iraqi Kurds fled.", "Iraqi Kurds", "Iraq Kurds",
          ANNALS_ACTOR_GROUP_OF_PEOPLE, "IQ");
    ACTOR("Bosnian troops attacked the village.", "Bosnian troops",
          "Bosnia and Herzegovina military", ANNALS_ACTOR_MILITARY, "BA");
    /* two states joined by a hyphen: one actor on each half */
    ACTOR("Israeli-Palestinian talks resumed.", "Israeli", "Israel", ANNALS_ACTOR_COUNTRY, "IL");
    ACTOR("Israeli-Palestinian talks resumed.", "Palestinian", "Palestine", ANNALS_ACTOR_COUNTRY,
          "PS");
    /* "his government" is the government of the person named before */
    ACTOR("Pakistani President Pervez Musharraf said his government would help Britain.",
          "government", "Pakistan government", ANNALS_ACTOR_GOVERNMENT, "PK");
    /* a title in lower case before a name ("prime minister Tony Blair") */
    ACTOR("He met former prime minister Tony Blair in London.", "prime minister Tony Blair",
          "Tony Blair", ANNALS_ACTOR_PERSON, "GB");
    /* an agent after a named body is that body's ("White House security officials") */
    ACTOR("White House security officials met them. Germany agreed.", "officials",
          "United States government", ANNALS_ACTOR_GOVERNMENT, "US");
    /* a minority named by its people belongs to the state the story is about */
    ACTOR("Serbian police said ethnic Albanians marched in southern Serbia. Serbia said so.",
          "Albanians", "Albanians", ANNALS_ACTOR_GROUP_OF_PEOPLE, "RS");
}

/* A title word after a first name is the surname, not a second title. */
TEST(test_actor_title_word_as_surname) {
    ACTOR("British Defence Secretary Tom King visited the troops.", "Secretary Tom King",
          "Tom King", ANNALS_ACTOR_PERSON, "GB");
    ACTOR("Foreign Minister Ann Bishop met the envoy in Canberra.", "Foreign Minister Ann Bishop",
          "Ann Bishop", ANNALS_ACTOR_PERSON, "AU");
    ACTOR("President Bush met King Hussein.", "King Hussein", "King Hussein",
          ANNALS_ACTOR_PERSON, "JO");
}

/* A pair of states joined by a hyphen: a combining form ("Sino", "Franco") or a country's
 * name ("US", which the places stage also reads as a place) is a half as a demonym is. */
TEST(test_actor_hyphenated_pairs_of_states) {
    ACTOR("Sino-Japanese talks resumed in Tokyo.", "Sino", "China", ANNALS_ACTOR_COUNTRY, "CN");
    ACTOR("Sino-Japanese talks resumed in Tokyo.", "Japanese", "Japan", ANNALS_ACTOR_COUNTRY,
          "JP");
    ACTOR("US-Russian talks on arms ended.", "US", "United States", ANNALS_ACTOR_COUNTRY, "US");
    ACTOR("US-Russian talks on arms ended.", "Russian", "Russia", ANNALS_ACTOR_COUNTRY, "RU");
    ACTOR("They eased tensions in Franco-German relations.", "Franco", "France",
          ANNALS_ACTOR_COUNTRY, "FR");
    /* a demonym before a participle is one actor, not a pair */
    ACTOR("Turkish-backed rebels crossed the river.", "Turkish-backed rebels", NULL,
          ANNALS_ACTOR_ARMED_GROUP, "TR");
}

/* A date between a country and its verb of saying ("Nigeria today announced", "Moscow on
 * Tuesday said") still makes the country its government. */
TEST(test_actor_metonymy_over_a_date) {
    ACTOR("Norway today announced new quotas.", "Norway", "Norway government",
          ANNALS_ACTOR_GOVERNMENT, "NO");
    ACTOR("Moscow on Tuesday said the talks were over.", "Moscow", "Russia government",
          ANNALS_ACTOR_GOVERNMENT, "RU");
}

/* "inhabitants" are people as "residents" are, of the state named after "of". */
TEST(test_actor_inhabitants) {
    ACTOR("Druze inhabitants of the Syrian Golan Heights threatened a strike.", "inhabitants",
          "Syria inhabitants", ANNALS_ACTOR_GROUP_OF_PEOPLE, "SY");
}

/* News names the packages lack: "Bosnia" for the state, "Kyrgyz" for its people. */
TEST(test_actor_news_names_of_states) {
    ACTOR("Bosnia said the talks had failed.", "Bosnia", "Bosnia and Herzegovina government",
          ANNALS_ACTOR_GOVERNMENT, "BA");
    ACTOR("Kyrgyz officials met the envoy.", "Kyrgyz officials", "Kyrgyzstan government",
          ANNALS_ACTOR_GOVERNMENT, "KG");
    /* names of the 1980s wires: Kampuchea for Cambodia, Zaire for DR Congo */
    ACTOR("Troops shelled Kampuchean guerrilla camps.", "Kampuchean guerrilla", NULL,
          ANNALS_ACTOR_ARMED_GROUP, "KH");
    ACTOR("Zairean troops crossed the river.", "Zairean troops", NULL, ANNALS_ACTOR_MILITARY,
          "CD");
}

/* A title spelt with a hyphen ("Vice-President") is the title. */
TEST(test_actor_hyphenated_title) {
    ACTOR("Kenyan Vice-President Ann Otieno met the envoy.", "Vice-President Ann Otieno",
          "Ann Otieno", ANNALS_ACTOR_PERSON, "KE");
}

/* Troops "from" a country are its own, where troops "in" a country may be anyone's. */
TEST(test_actor_troops_from_a_country) {
    ACTOR("Soldiers from Chile crossed into Peru near Tacna and Lima.", "Soldiers",
          "Chile military", ANNALS_ACTOR_MILITARY, "CL");
}

/* An agent word used of a thing makes no actor ("military aid", "military exercises"),
 * while "the military" alone and "military advisers" are actors. */
TEST(test_actor_agent_word_of_a_thing) {
    annals_doc *doc = annotate("Chile and Peru agreed to hold joint military exercises.");
    annals_actor a;
    CHECK(!find_actor(doc, "military", &a));
    CHECK(!find_actor(doc, "military exercises", &a));
    annals_doc_free(doc);
    doc = annotate("Norway promised military aid to Chile.");
    CHECK(!find_actor(doc, "military", &a));
    annals_doc_free(doc);
    ACTOR("In Chile, the military said the roads were closed.", "military", "Chile military",
          ANNALS_ACTOR_MILITARY, "CL");
    ACTOR("Russian military advisers left Chile.", "Russian military advisers", "Russia military",
          ANNALS_ACTOR_MILITARY, "RU");
}

/* "spokesperson" speaks for a state as "spokesman" does. */
TEST(test_actor_spokesperson) {
    ACTOR("Chile will close the port, said a spokesperson for the navy.", "spokesperson",
          "Chile government", ANNALS_ACTOR_GOVERNMENT, "CL");
}

/* Armed groups and parties of the wires' years, with their states. */
TEST(test_actor_armed_groups_of_the_wires) {
    ACTOR("The Tamil Tigers attacked the base.", "Tamil Tigers",
          "Liberation Tigers of Tamil Eelam", ANNALS_ACTOR_ARMED_GROUP, "LK");
    ACTOR("UNITA refused to disarm.", "UNITA", "UNITA", ANNALS_ACTOR_ARMED_GROUP, "AO");
    ACTOR("He will lift the ban on the Islamic Salvation Front.", "Islamic Salvation Front",
          "Islamic Salvation Front", ANNALS_ACTOR_PARTY, "DZ");
}

/* A demonym of two words before a noun stands for its state as one of one word does. */
TEST(test_actor_two_word_demonym_before_noun) {
    ACTOR("Guinean troops attacked South Korean and Liberian ships.", "South Korean",
          "South Korea", ANNALS_ACTOR_COUNTRY, "KR");
    ACTOR("Guinea rejected a Sierra Leonean proposal.", "Sierra Leonean", "Sierra Leone",
          ANNALS_ACTOR_COUNTRY, "SL");
}

/* A possessive country over two words before the agent ("Spain's new Socialist
 * government"); exiles and dissidents are groups of people. */
TEST(test_actor_possessive_over_two_words_and_groups) {
    ACTOR("Spain's new Socialist government will bring its troops home.", "government",
          "Spain government", ANNALS_ACTOR_GOVERNMENT, "ES");
    ACTOR("Cuban dissidents met the envoy.", "Cuban dissidents", NULL,
          ANNALS_ACTOR_GROUP_OF_PEOPLE, "CU");
}

/* A body's country reaches an agent over a word describing it ("White House security
 * officials"), not over a verb: the insurgents US-led forces attacked are not American. */
TEST(test_actor_named_body_not_over_a_verb) {
    ACTOR("US-led forces attacked insurgents in Fallujah.", "insurgents", NULL,
          ANNALS_ACTOR_ARMED_GROUP, "IQ");
    ACTOR("Kremlin defence officials arrived.", "officials", NULL, ANNALS_ACTOR_GOVERNMENT,
          "RU");
}

/* A country just before a known person's name says whose he is where the name is shared
 * ("Saudi King Abdullah", "Saudi Arabia's King Abdullah"), and a two-word country owns a
 * title after its possessive. */
TEST(test_actor_country_before_a_known_person) {
    ACTOR("Saudi Arabia's King Abdullah received the envoy.", "King Abdullah", "King Abdullah",
          ANNALS_ACTOR_PERSON, "SA");
    ACTOR("Saudi King Abdullah received the envoy.", "King Abdullah", "King Abdullah",
          ANNALS_ACTOR_PERSON, "SA");
    ACTOR("King Abdullah received the envoy.", "King Abdullah", "King Abdullah",
          ANNALS_ACTOR_PERSON, "JO");
}

/* One capitalised word naming a community between a demonym and an agent noun: the agent
 * is of the demonym's country ("Iraqi Kurdish leaders", "Lebanese Christian militias"). */
TEST(test_actor_community_between_demonym_and_agent) {
    ACTOR("Iraqi Kurdish leaders welcomed the decision.", "Iraqi Kurdish leaders", NULL,
          ANNALS_ACTOR_GOVERNMENT, "IQ");
    ACTOR("Lebanese Christian militias attacked the camp.", "Lebanese Christian militias", NULL,
          ANNALS_ACTOR_ARMED_GROUP, "LB");
}

static int has_actor(const char *text, const char *surface) {
    annals_doc *doc = annotate(text);
    annals_actor a;
    int found = find_actor(doc, surface, &a);
    annals_doc_free(doc);
    return found;
}

/* A person named in full is the same person when named again by surname alone or after a
 * title; the title's country stands, a guess from the document's places gives way. */
TEST(test_actor_surname_refers_back) {
    const char *t = "Prime Minister Ehud Vardi of Israel met the envoy. Then Vardi said the "
                    "talks had gone well.";
    ACTOR(t, "Vardi", "Ehud Vardi", ANNALS_ACTOR_PERSON, "IL");
    t = "Israeli Prime Minister Ehud Vardi landed in Cairo. Prime Minister Vardi met officials "
        "in Cairo and Alexandria, and Mr. Vardi left for Giza.";
    ACTOR(t, "Prime Minister Vardi", "Ehud Vardi", ANNALS_ACTOR_PERSON, "IL");
    ACTOR(t, "Mr. Vardi", "Ehud Vardi", ANNALS_ACTOR_PERSON, "IL");
    /* a title's own country is kept */
    ACTOR("Foreign Minister Anna Kessler of Austria spoke. German President Kessler replied.",
          "President Kessler", "Kessler", ANNALS_ACTOR_PERSON, "DE");
}

/* No surname is read back when two persons bear it, before the full name, inside a longer
 * name, or where the places stage found a place. */
TEST(test_actor_surname_not_read_back) {
    CHECK(!has_actor("Defence Minister Tomas Kellan and Dr. Anders Kellan met. Kellan spoke.",
                     "Kellan"));
    CHECK(!has_actor("Vardi spoke first. Then Prime Minister Ehud Vardi of Israel spoke.",
                     "Vardi"));
    CHECK(!has_actor("Prime Minister Ehud Vardi of Israel met the envoy. Vardi Holdings said "
                     "it would invest.",
                     "Vardi"));
    CHECK(!has_actor("General Omar Tikrit of Iraq spoke. Troops fought near Tikrit on Monday.",
                     "Tikrit"));
    ACTOR("General Omar Tikrit of Iraq spoke. But Tikrit said the troops were ready.", "Tikrit",
          "Omar Tikrit", ANNALS_ACTOR_PERSON, "IQ");
    /* another of the name: a first name opening the sentence, initials */
    CHECK(!has_actor("Prime Minister Ehud Vardi of Israel spoke. Alan Vardi, his brother, "
                     "listened.",
                     "Vardi"));
    CHECK(!has_actor("Prime Minister Ehud Vardi of Israel spoke. His cousin D.E. Vardi listened.",
                     "Vardi"));
}

/* A well-known figure named by surname alone is his state's (data/figures.txt), with the
 * office news gives him; not an ordinary word in lower case, nor a town of that name. */
TEST(test_actor_known_figures) {
    ACTOR("Shoigu said the drills would go on.", "Shoigu", "Sergei Shoigu", ANNALS_ACTOR_PERSON,
          "RU");
    ACTOR("Late on Sunday Zarif rejected the offer.", "Zarif", "Mohammad Javad Zarif",
          ANNALS_ACTOR_PERSON, "IR");
    annals_doc *doc = annotate("Tsipras met the lenders in Brussels.");
    annals_actor a;
    CHECK(find_actor(doc, "Tsipras", &a) && a.role && strcmp(a.role, "Prime Minister") == 0);
    annals_doc_free(doc);
    CHECK(!has_actor("Workers replaced the old truss under the bridge.", "truss"));
    CHECK(!has_actor("Growers in Berri, South Australia, picked grapes.", "Berri"));
    CHECK(!has_actor("Blair Norton, a television reporter, filed the story.", "Blair"));
}

/* An office holder with no country of his own takes the government his sentence states,
 * before the country the document names most; a title's country stands, and a guess (an
 * agent given the document's country) states nothing. */
TEST(test_actor_office_of_stated_government) {
    const char *t = "Talks in Beirut, Sidon and Tyre went on. The Jordanian government approved "
                    "the plan on Sunday, and Prime Minister Omar Khalidi said it would pass.";
    ACTOR(t, "Prime Minister Omar Khalidi", "Omar Khalidi", ANNALS_ACTOR_PERSON, "JO");
    t = "Talks in Beirut, Sidon and Tyre went on. Amman said on Sunday that Prime Minister "
        "Omar Khalidi would attend. Later Mr. Khalidi arrived.";
    ACTOR(t, "Prime Minister Omar Khalidi", "Omar Khalidi", ANNALS_ACTOR_PERSON, "JO");
    ACTOR(t, "Mr. Khalidi", "Omar Khalidi", ANNALS_ACTOR_PERSON, "JO");
    t = "Talks in Beirut, Sidon and Tyre went on. Amman said that Syrian President Omar "
        "Khalidi would attend.";
    ACTOR(t, "President Omar Khalidi", "Omar Khalidi", ANNALS_ACTOR_PERSON, "SY");
    t = "Talks in Beirut, Sidon and Tyre went on. The government approved it as Prime "
        "Minister Omar Khalidi spoke.";
    ACTOR(t, "Prime Minister Omar Khalidi", "Omar Khalidi", ANNALS_ACTOR_PERSON, "LB");
}

/* A full name with an office of state in apposition is a person of that state; the office
 * is his, not an actor of its own. Not any noun in apposition. */
TEST(test_actor_office_in_apposition) {
    const char *t = "Ehud Vardi, the Israeli prime minister, met Egyptian envoys. Vardi said the "
                    "talks went well.";
    ACTOR(t, "Ehud Vardi", "Ehud Vardi", ANNALS_ACTOR_PERSON, "IL");
    ACTOR(t, "Vardi", "Ehud Vardi", ANNALS_ACTOR_PERSON, "IL");
    CHECK(!has_actor(t, "Israeli prime minister"));
    ACTOR("Omar Khalidi, Jordan's foreign minister, said the border would open.", "Omar Khalidi",
          "Omar Khalidi", ANNALS_ACTOR_PERSON, "JO");
    CHECK(!has_actor("Anna Berg, a Swedish teacher, watched the parade.", "Anna Berg"));
    CHECK(!has_actor("Crowds in Paris, the French capital, cheered.", "Paris"));
}

/* The leader of an armed group bound to one state is that state's actor. */
TEST(test_actor_figure_of_a_state_bound_group) {
    ACTOR("A message from Zarqawi claimed the bombing.", "Zarqawi", "Abu Musab al-Zarqawi",
          ANNALS_ACTOR_PERSON, "IQ");
}

/* A surname many people bear is no figure's alias, but still refers back to his full
 * name in the same story. */
TEST(test_actor_common_surname_needs_the_full_name) {
    CHECK(!has_actor("Deputy sheriff's officer Blair said the car left the road.", "Blair"));
    ACTOR("Prime Minister Tony Blair flew to Basra. Blair met British troops there.", "Blair",
          "Tony Blair", ANNALS_ACTOR_PERSON, "GB");
}

/* A state's title before the surname of one known figure whose office holds the title is
 * that figure; not another office ("Mayor"), a surname two figures bear, or a title of
 * another country. */
TEST(test_actor_title_and_figure_surname) {
    ACTOR("Secretary Powell met Egyptian officials in Cairo.", "Secretary Powell", "Colin Powell",
          ANNALS_ACTOR_PERSON, "US");
    ACTOR("Mr. Putin said the talks would go on.", "Mr. Putin", "Vladimir Putin",
          ANNALS_ACTOR_PERSON, "RU");
    ACTOR("Secretary of State Albright met the envoys.", "Secretary of State Albright",
          "Madeleine Albright", ANNALS_ACTOR_PERSON, "US");
    ACTOR("Mayor Albright opened the new park.", "Mayor Albright", "Albright",
          ANNALS_ACTOR_PERSON, "");
    ACTOR("Interior Minister Ivanov met police chiefs in Moscow.", "Interior Minister Ivanov",
          "Ivanov", ANNALS_ACTOR_PERSON, "RU");
    ACTOR("Canadian Prime Minister Rudd met the visitors in Ottawa.", "Prime Minister Rudd",
          "Rudd", ANNALS_ACTOR_PERSON, "CA");
}

/* An Arabic name keeps its article in lower case: the title takes the whole name, not
 * "President Bashar" alone with the country at hand. */
TEST(test_actor_title_over_an_arabic_article) {
    ACTOR("AMMAN (Reuters) - Protests against President Bashar al-Assad went on.",
          "President Bashar al-Assad", "Bashar al-Assad", ANNALS_ACTOR_PERSON, "SY");
    ACTOR("Egyptian President Abdel Fattah el-Sisi spoke.", "President Abdel Fattah el-Sisi",
          "Abdel Fattah el-Sisi", ANNALS_ACTOR_PERSON, "EG");
}

/* A known figure's bare surname after another first name is someone else ("Bashar
 * Jaafari" is not Ibrahim al-Jaafari); after a title or on its own it is the figure. */
TEST(test_actor_surname_after_another_first_name) {
    annals_doc *doc = annotate("The envoy Bashar Jaafari spoke in New York.");
    annals_actor a;
    CHECK(!find_actor(doc, "Jaafari", &a) || strcmp(a.name, "Ibrahim al-Jaafari") != 0);
    annals_doc_free(doc);
    ACTOR("Foreign Minister Lavrov met the envoy.", "Foreign Minister Lavrov", "Sergei Lavrov",
          ANNALS_ACTOR_PERSON, "RU");
    ACTOR("Then Lavrov said no.", "Lavrov", "Sergei Lavrov", ANNALS_ACTOR_PERSON, "RU");
}

/* Where the story names no place, unnamed state agents take the state most named among
 * the actors; a capitalised body ("Western diplomats") stays no one state's. */
TEST(test_actor_unnamed_agents_take_the_actors_state) {
    ACTOR("Activists said security forces killed 11 people after protests against President "
          "Bashar al-Assad.",
          "security forces", NULL, ANNALS_ACTOR_MILITARY, "SY");
    /* a name before the agent says whose it is: not the most named state's */
    ACTOR("Lavrov must stop the shipments, a Foreign Office spokesperson said of Sergei Lavrov.",
          "spokesperson", NULL, ANNALS_ACTOR_GOVERNMENT, "");
}

/* "forces loyal to X", "workers affiliated with X", "fighters of X": an unnamed agent with no
 * country before it is of the country of the named actor it serves; an agent with its own
 * country keeps it. */
TEST(test_actor_agent_tied_to_a_named_actor) {
    ACTOR("Some 2,000 workers affiliated with the Serbian Workers' Union stopped work.",
          "workers", NULL, ANNALS_ACTOR_GROUP_OF_PEOPLE, "RS");
    ACTOR("Forces loyal to Gaddafi shelled the port on Tuesday.", "Forces", NULL,
          ANNALS_ACTOR_MILITARY, "LY");
    ACTOR("Fighters of the Free Syrian Army attacked a checkpoint.", "Fighters", NULL,
          ANNALS_ACTOR_ARMED_GROUP, "SY");
    ACTOR("Egyptian troops loyal to Gaddafi were seen.", "Egyptian troops", NULL,
          ANNALS_ACTOR_MILITARY, "EG");
}

/* A state's agent written as a title after "the" ("the Interior Ministry") is an unnamed
 * agent like "the interior ministry"; not when a longer name goes on ("the Army Corps"). */
TEST(test_actor_titled_state_agent_after_the) {
    ACTOR("The Interior Ministry banned the rally in Cairo.", "Interior Ministry", NULL,
          ANNALS_ACTOR_GOVERNMENT, "EG");
    ACTOR("Clashes went on in Homs and the Army said it had sealed the city.", "Army", NULL,
          ANNALS_ACTOR_MILITARY, "SY");
    CHECK(!has_actor("Engineers of the Army Corps built a dam in Iraq.", "Army"));
}

/* "the opposition party in Algeria": a party, of the country it is in. */
TEST(test_actor_opposition_party) {
    ACTOR("The opposition party in Algeria said it would boycott the vote.", "opposition party",
          NULL, ANNALS_ACTOR_PARTY, "DZ");
}

/* Nouns for the unnamed doers of an attack ("the assailants", "a gunman", "kidnappers")
 * and for a crowd are agents: an event they do has a doer to code. */
TEST(test_actor_assailants_and_crowds) {
    ACTOR("The assailants damaged the front gate of the refinery.", "assailants", NULL,
          ANNALS_ACTOR_ARMED_GROUP, "");
    ACTOR("Witnesses said a gunman opened fire on the bus.", "gunman", NULL,
          ANNALS_ACTOR_ARMED_GROUP, "");
    ACTOR("A crowd chanted slogans outside the embassy.", "crowd", NULL,
          ANNALS_ACTOR_GROUP_OF_PEOPLE, "");
}

/* An agent after an international body's name ("U.N. peacekeeping force", "NATO monitoring
 * teams") is the body's, of no one state, even where the story is about one; "Kremlin
 * officials" stay the state's. */
TEST(test_actor_agents_of_an_international_body) {
    ACTOR("The U.N. peacekeeping force in Ivory Coast fired on the base.", "force",
          "United Nations force", ANNALS_ACTOR_MILITARY, "");
    ACTOR("Kremlin officials met the envoy in Moscow.", "Kremlin officials", NULL,
          ANNALS_ACTOR_GOVERNMENT, "RU");
}

/* "federal agents" are a state's police, "chemical agents" no one; "the family" and
 * "relatives" are people who act ("the family refused"). */
TEST(test_actor_agents_and_families) {
    ACTOR("Federal agents raided the house in Miami.", "Federal agents", NULL,
          ANNALS_ACTOR_POLICE, "US");
    CHECK(!has_actor("Inspectors found chemical agents in the depot.", "chemical agents"));
    ACTOR("The family refused to hand the boy over.", "family", NULL,
          ANNALS_ACTOR_GROUP_OF_PEOPLE, "");
    ACTOR("Relatives of the victims protested outside the court.", "Relatives", NULL,
          ANNALS_ACTOR_GROUP_OF_PEOPLE, "");
}

/* Outlaws and crowds ("pirates", "gangs", "rioters") and a state's office holders named
 * by their office ("the junta", "the governor", "senators") are agents. */
TEST(test_actor_outlaws_and_office_holders) {
    ACTOR("Somali pirates seized a tanker off the coast.", "Somali pirates", NULL,
          ANNALS_ACTOR_ARMED_GROUP, "SO");
    ACTOR("Rioters burned cars in the suburbs.", "Rioters", NULL,
          ANNALS_ACTOR_GROUP_OF_PEOPLE, "");
    ACTOR("The Burmese junta rejected the call.", "Burmese junta", NULL,
          ANNALS_ACTOR_GOVERNMENT, "MM");
    ACTOR("The governor of Kandahar accused the Taliban of the attack.", "governor", NULL,
          ANNALS_ACTOR_GOVERNMENT, "AF");
    ACTOR("Egyptian mediators met the two sides in Cairo.", "Egyptian mediators", NULL,
          ANNALS_ACTOR_GOVERNMENT, "EG");
    ACTOR("Turkish prosecutors charged the journalists.", "Turkish prosecutors", NULL,
          ANNALS_ACTOR_GOVERNMENT, "TR");
}

/* A word saying what kind of force may stand between the demonym and the agent: the
 * demonym's country, not the one the troops are in. */
TEST(test_actor_demonym_over_kind_of_force) {
    ACTOR("Bangladeshi peacekeeping troops arrived in Sierra Leone on Tuesday.",
          "Bangladeshi peacekeeping troops", NULL, ANNALS_ACTOR_MILITARY, "BD");
    ACTOR("Turkish riot police fired tear gas at protesters in Istanbul.", "Turkish riot police",
          NULL, ANNALS_ACTOR_POLICE, "TR");
}

/* Ranks written without dots (British style: "Brig Gen", "Col") are titles as "Brig. Gen."
 * and "Col." are. */
TEST(test_actor_ranks_without_dots) {
    ACTOR("Syrian Brig Gen Manaf Tlas criticised the plan in Damascus.", "Brig Gen Manaf Tlas",
          NULL, ANNALS_ACTOR_PERSON, "SY");
    ACTOR("Syrian Col Riad al-Asaad criticised the plan in Damascus.", "Col Riad al-Asaad", NULL,
          ANNALS_ACTOR_PERSON, "SY");
}

/* "Syria's UN ambassador": a state's envoy to the body speaks for the state; "the UN
 * envoy" alone is the body's. */
TEST(test_actor_state_envoy_to_the_un) {
    ACTOR("Syria's UN ambassador spoke in New York.", "UN ambassador", "Syria government",
          ANNALS_ACTOR_GOVERNMENT, "SY");
    ACTOR("The UN envoy met the rebels.", "UN envoy", "United Nations",
          ANNALS_ACTOR_ORGANISATION, "");
}

/* A state and a body joined by "and" are two actors ("the United States and European
 * Union"), and so are two states' bodies; a body's own "and" stays inside it. */
TEST(test_actor_country_body_stops_at_another_party) {
    ACTOR("The United States and European Union imposed sanctions.", "European Union",
          "European Union", ANNALS_ACTOR_ORGANISATION, "");
    ACTOR("The Nigerian Union of Teachers and the Serbian Workers' Union protested.",
          "Nigerian Union of Teachers", NULL, ANNALS_ACTOR_ORGANISATION, "NG");
    ACTOR("The Syrian Ministry of Culture and Tourism protested.",
          "Syrian Ministry of Culture and Tourism", NULL, ANNALS_ACTOR_GOVERNMENT, "SY");
}

/* The dateline names where the reporter files from: the story's country is the one its
 * body and demonyms name ("AMMAN (Reuters) - Syrian forces ..."). */
TEST(test_actor_dateline_counts_less) {
    ACTOR("AMMAN (Reuters) - Syrian forces shelled Latakia on Monday, the third day of a "
          "military assault on the port.",
          "military", NULL, ANNALS_ACTOR_MILITARY, "SY");
    /* "UN" is a body's letters, no Un in India to give the government a country */
    ACTOR("The UN has warned the government not to use the truce.", "government", NULL,
          ANNALS_ACTOR_GOVERNMENT, "");
}

/* ---- actor dictionaries (TABARI / PETRARCH format) ---------------------------------- */

/* A dictionary of made-up actors in the format: names with synonyms, codes after them or
 * on the name's line, dated codes, an agent line and a macro the reader skips, a name the
 * built-in lexicon has, and a town filed under its country. */
static const char *const test_dict =
    "# made up for the tests\n"
    "!PERSON! = MAN, MEN\n"
    "IGNATIUS_VARNAKOVA_  # a minister\n"
    "+VARNAKOVA\n"
    "\t[RUSGOV]\n"
    "TEODOR_BRILMANN\n"
    "+MR._BRILMANN_\n"
    "\t[DEUELI 900101-051231]\n"
    "\t[AUTGOV >060101]\n"
    "NORTHERN_VALLEY_LIBERATION_FRONT_(NVLF)_ [PHLREB]\n"
    "+NVL\n"
    "ISLAMIC_STATE_ [IRQREB]\n"
    "FARMHAND [~AGR]\n"
    "KENYA_ [KEN]\n"
    "+NAIROBI_\n";

static annals_engine *dict_engine(const char *path) {
    annals_options o;
    annals_options_init(&o);
    const char *dicts[] = {path, NULL};
    o.actor_dictionaries = dicts;
    annals_engine *e = NULL;
    return annals_open(&e, &o) == ANNALS_OK ? e : NULL;
}

/* The name, kind and country of the actor at `surface` in text dated `date`. */
static void check_dict_actor(annals_engine *e, const char *date, const char *text,
                             const char *surface, const char *name, annals_actor_kind kind,
                             const char *country, int line) {
    annals_doc *doc = NULL;
    annals_actor a;
    if (annals_doc_new(e, &doc) != ANNALS_OK) return;
    annals_doc_set(doc, ANNALS_FIELD_TEXT, text, strlen(text));
    if (date) annals_doc_set(doc, ANNALS_FIELD_PUBLISHED, date, strlen(date));
    annals_annotate(e, doc, ANNALS_STAGE_ALL);
    if (!find_actor(doc, surface, &a)) {
        if (name) an_check_fail(__FILE__, line, "no actor \"%s\" in \"%s\"", surface, text);
    } else if (!name) {
        an_check_fail(__FILE__, line, "\"%s\" is an actor (%s) in \"%s\"", surface, a.name, text);
    } else if (strcmp(a.name, name) != 0 || a.kind != kind ||
               strcmp(a.country ? a.country : "", country) != 0) {
        an_check_fail(__FILE__, line, "\"%s\" -> %s kind %d country \"%s\", want %s %d \"%s\"",
                      surface, a.name, (int)a.kind, a.country ? a.country : "", name, (int)kind,
                      country);
    }
    annals_doc_free(doc);
}
#define DICT_ACTOR(date, text, surface, name, kind, cc)                                    \
    check_dict_actor(e, date, text, surface, name, kind, cc, __LINE__)

TEST(test_actor_dictionary) {
    char path[] = "/tmp/annals-test-dict-XXXXXX";
    int fd = mkstemp(path);
    CHECK(fd >= 0);
    if (fd < 0) return;
    FILE *f = fdopen(fd, "w");
    fputs(test_dict, f);
    fclose(f);
    annals_engine *e = dict_engine(path);
    CHECK(e != NULL);
    if (e) {
        /* a person: two words and none a body's or an agent's */
        DICT_ACTOR("2015-03-02", "Ignatius Varnakova said the talks would resume.",
                   "Ignatius Varnakova", "Ignatius Varnakova", ANNALS_ACTOR_PERSON, "RU");
        DICT_ACTOR("2015-03-02", "The talks will resume, Varnakova said.", "Varnakova",
                   "Ignatius Varnakova", ANNALS_ACTOR_PERSON, "RU");
        /* the code of the article's date */
        DICT_ACTOR("2004-05-01", "Teodor Brilmann criticised the budget.", "Teodor Brilmann",
                   "Teodor Brilmann", ANNALS_ACTOR_PERSON, "DE");
        DICT_ACTOR("2010-05-01", "Teodor Brilmann criticised the budget.", "Teodor Brilmann",
                   "Teodor Brilmann", ANNALS_ACTOR_PERSON, "AT");
        /* an organisation, its bracketed letters dropped; three letters only in capitals */
        DICT_ACTOR("2015-03-02", "The Northern Valley Liberation Front attacked a convoy.",
                   "Northern Valley Liberation Front", "Northern Valley Liberation Front",
                   ANNALS_ACTOR_ARMED_GROUP, "PH");
        DICT_ACTOR("2015-03-02", "Fighters of the NVL attacked a convoy.", "NVL",
                   "Northern Valley Liberation Front", ANNALS_ACTOR_ARMED_GROUP, "PH");
        /* the built-in entry wins; a town is the places stage's */
        DICT_ACTOR("2015-03-02", "The Islamic State claimed the attack.", "Islamic State",
                   "Islamic State", ANNALS_ACTOR_ARMED_GROUP, "");
        DICT_ACTOR("2015-03-02", "A bomb exploded in Nairobi on Monday.", "Nairobi", NULL, 0, "");
        annals_close(e);
    }
    /* without the file: no engine, and the reason names it */
    remove(path);
    CHECK(dict_engine(path) == NULL);
    const char *why = annals_open_error();
    CHECK(why && strstr(why, path) != NULL);
}

/* A body's seat ("a Britain-based group", "based in London") and a news agency's country
 * ("told AFP") say nothing of whose troops act in the story. */
TEST(test_actor_seat_and_agency_lend_no_country) {
    ACTOR("The Syrian Observatory for Human Rights, a Britain-based monitoring group, said "
          "troops shelled the village.",
          "troops", NULL, ANNALS_ACTOR_MILITARY, "SY");
    ACTOR("An Iraqi rights group based in London said police raided the office.", "police", NULL,
          ANNALS_ACTOR_POLICE, "IQ");
    ACTOR("Security forces fired on the crowd, a witness told AFP.", "Security forces", NULL,
          ANNALS_ACTOR_MILITARY, "");
}

/* "a British-based monitor" says where the monitor sits: no British actor, and no British
 * country for the story's unnamed agents. */
TEST(test_actor_based_demonym_is_no_actor) {
    annals_doc *doc = annotate("The British-based monitor said the dead included women. "
                               "A London-based group said police fired on the crowd.");
    annals_actor a;
    CHECK(!find_actor(doc, "British-based", &a));
    CHECK(find_actor(doc, "police", &a) && strcmp(a.country ? a.country : "", "") == 0);
    annals_doc_free(doc);
}

/* A state's news media speak as media, not as the state: the speaker a timeline names. */
TEST(test_actor_state_media) {
    ACTOR("Syrian state television said the army had repelled the attack.",
          "Syrian state television", "Syria state television", ANNALS_ACTOR_MEDIA, "SY");
    ACTOR("Syrian state television said the army had repelled the attack.", "army",
          "Syria military", ANNALS_ACTOR_MILITARY, "SY");
}
