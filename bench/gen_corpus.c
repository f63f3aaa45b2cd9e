/* gen_corpus.c - a deterministic synthetic news corpus for the benchmark.
 *
 *   gen_corpus text DIR COUNT       COUNT articles in the plain-text form, one a file
 *   gen_corpus jsonl FILE MB        JSON Lines articles until the file holds MB * 10^6 bytes
 *   gen_corpus long FILE KB         one plain-text article of about KB * 1000 bytes (the
 *                                   cost of one very long article: anything quadratic shows)
 *   -s SEED (before the mode)       another corpus (default seed 1)
 *
 * Article N is the same story in both forms: its own PRNG stream (splitmix64 of SEED and N)
 * drives every choice, so the corpus depends on nothing but the arguments. The plain-text
 * form is a page dump: "date YYYY-MM-DD Headline", byline, reading time, "Published ..."
 * line, dateline, 3-13 paragraphs with leftover <strong> and <a href> tags and entities,
 * furniture lines and a gallery of captions with photo credits. The JSON Lines form holds the
 * same story as a scraper would: clean text (paragraphs joined by a blank line), title, ISO
 * date, authors, outlet, url. Sentences mix capitalised names, ranks and abbreviations
 * (Lt. Gen., U.S., No. 4, Jan. 5), numbers (1,200  3.5%  10:43), quotes and questions.
 * As in real reporting, most sentences are background (towns, distances, what daily life is
 * like) and the rest carry a statement or an event: per KB of text the corpus holds about
 * as many events, actors, sentences, times and places as real news (bench/density.py;
 * bench/README.md has the figures), so that what the store writes an article is what real
 * articles make it write. */
#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* ---- output buffer ------------------------------------------------------------------ */

typedef struct {
    char *p;
    size_t len, cap;
} sbuf;

static void die(const char *what) {
    fprintf(stderr, "gen_corpus: %s: %s\n", what, strerror(errno));
    exit(1);
}

static void putn(sbuf *b, const char *s, size_t n) {
    if (b->len + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap * 2 : 16384;
        while (cap < b->len + n + 1) cap *= 2;
        char *q = realloc(b->p, cap);
        if (!q) die("out of memory");
        b->p = q;
        b->cap = cap;
    }
    memcpy(b->p + b->len, s, n);
    b->len += n;
    b->p[b->len] = '\0';
}

static void put(sbuf *b, const char *s) { putn(b, s, strlen(s)); }

static void putf(sbuf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void putf(sbuf *b, const char *fmt, ...) {
    char tmp[512];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    if (n < 0) return;
    putn(b, tmp, (size_t)n < sizeof tmp ? (size_t)n : sizeof tmp - 1);
}

/* ---- randomness ----------------------------------------------------------------------- */

static uint64_t rng;

static uint64_t next64(void) { /* splitmix64 */
    uint64_t z = (rng += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
}

static unsigned below(unsigned n) { return (unsigned)(next64() % n); }
static int chance(unsigned percent) { return below(100) < percent; }
static unsigned between(unsigned lo, unsigned hi) { return lo + below(hi - lo + 1); }
#define PICK(a) ((a)[below((unsigned)(sizeof(a) / sizeof *(a)))])

/* ---- vocabulary ------------------------------------------------------------------------- */

static const char *const first_names[] = {
    "Amira", "Tobias", "Ines", "Kwame", "Mei", "Santiago", "Olga", "Rahul", "Fatima", "Lukas",
    "Chiara", "Daniel", "Yusuf", "Hana", "Pedro", "Sofia", "Ibrahim", "Elena", "Kenji", "Grace",
    "Omar", "Maren", "Viktor", "Leila", "Jonas", "Priya", "Mateo", "Nadia", "Samuel", "Irina"};
static const char *const last_names[] = {
    "Haddad", "Lindqvist", "Carvalho", "Mensah", "Zhou", "Herrera", "Petrova", "Sharma",
    "Benali", "Becker", "Romano", "Okafor", "Demir", "Sato", "Alves", "Novak", "Kassab",
    "Morales", "Tanaka", "Osei", "Farouk", "Jensen", "Kowalski", "Nasser", "Brennan", "Iyer",
    "Castillo", "Volkov", "Adeyemi", "Moreau"};
static const char *const ranks[] = {"Lt. Gen.", "Maj. Gen.", "Col.", "Sgt.", "Mr.", "Mrs.",
                                    "Ms.", "Dr.", "Prof.", "Gov.", "Sen.", "Capt.", "Adm."};
static const char *const roles[] = {
    "the interior minister", "a spokesman for the army", "the regional governor",
    "a senior U.N. official", "the head of the port authority", "a local council member",
    "an analyst at the Meridian Institute", "the mayor", "a police spokeswoman",
    "the health minister", "a lawyer for the families", "the chief of the fire service"};
static const char *const cities[] = {
    "BEIRUT", "GENEVA", "NAIROBI", "LIMA", "OSLO", "MANILA", "ACCRA", "TBILISI", "HALDEN",
    "BRENNA", "PORT ELLIS", "NEW DELHI", "WASHINGTON", "CAIRO", "QUITO", "HANOI"};
static const char *const outlets[] = {"Northern Gazette", "Levant Wire", "Atlas Daily",
                                      "Coastline Herald", "Meridian Post", "River Post",
                                      "The Daily Ledger", "Harbour & Hill"};
static const char *const orgs[] = {
    "the U.S. State Department", "the European Commission", "the U.N. refugee agency",
    "Corvane Inc.", "the Red Crescent", "the central bank", "the electoral commission",
    "the Halden Port Authority", "the Ministry of Health", "Harlow & Finch Ltd.",
    "the World Food Programme", "the national weather service"};
static const char *const subjects[] = {
    "officials", "residents", "protesters", "troops", "rescue workers", "investors", "doctors",
    "farmers", "lawmakers", "police", "witnesses", "engineers", "aid groups", "teachers"};
static const char *const verbs[] = {
    "reported", "confirmed", "denied", "announced", "rejected", "approved", "warned of",
    "described", "welcomed", "criticised", "investigated", "postponed", "blamed",
    "pointed to"};
static const char *const objects[] = {
    "a new curfew", "the ceasefire", "fresh flooding", "the budget", "an outbreak of cholera",
    "the election results", "a fire at a warehouse", "the trade agreement", "power cuts",
    "a rise in fuel prices", "the evacuation plan", "damage to the bridge",
    "a shortage of medicine", "the closure of the airport", "the talks"};
static const char *const places[] = {
    "in the north of the country", "near the border", "on the outskirts of the capital",
    "across the region", "at the main hospital", "along the coast", "in three provinces",
    "outside parliament", "in the old town", "at the harbour"};
/* Towns of conflict reporting, as agencies spell them: most sentences of such news name one. */
static const char *const towns[] = {
    "Aleppo", "Homs", "Idlib", "Raqqa", "Palmyra", "Hama", "Daraa", "Manbij", "Mosul",
    "Kirkuk", "Tikrit", "Fallujah", "Ramadi", "Sanaa", "Aden", "Taiz", "Hodeidah", "Benghazi",
    "Misrata", "Sirte", "Kandahar", "Herat", "Kunduz", "Mogadishu", "Kismayo", "Baidoa", "Gao",
    "Timbuktu", "Mopti", "Maiduguri", "Donetsk", "Luhansk", "Mariupol", "Kharkiv", "Rafah",
    "Khan Younis", "Goma", "Bunia", "Malakal", "Deir ez-Zor"};
static const char *const directions[] = {"north", "south", "east", "west", "northeast",
                                         "southwest"};
static const char *const backgrounds[] = {
    "the war began", "the last census", "the floods of that spring", "the siege",
    "the fighting reached the province", "the dam was built"};
static const char *const aftermaths[] = {
    "schools in the district stayed closed", "the main road remained blocked",
    "families queued for bread and fuel", "shops reopened for a few hours",
    "aid convoys waited at the checkpoint", "the power station ran on one generator"};
static const char *const agencies[] = {"Reuters", "AFP via Getty Images", "AP Photo",
                                       "EPA", "Getty Images", "Handout"};
static const char *const adjectives[] = {"heavy", "sudden", "long-awaited", "disputed",
                                         "second", "unexpected", "brief", "costly"};
static const char *const things[] = {"storm", "vote", "strike", "offensive", "inquiry",
                                     "shipment", "blackout", "hearing"};
static const char *const month_names[] = {"January", "February", "March",     "April",
                                          "May",     "June",     "July",      "August",
                                          "September", "October", "November", "December"};
static const char *const month_abbr[] = {"Jan.", "Feb.", "March", "April", "May",  "June",
                                         "July", "Aug.", "Sept.", "Oct.",  "Nov.", "Dec."};
static const char *const weekdays[] = {"Sunday",   "Monday", "Tuesday", "Wednesday",
                                       "Thursday", "Friday", "Saturday"};

/* ---- the article --------------------------------------------------------------------------- */

enum { PLAIN, JSONL };

typedef struct {
    int y, m, d, hh, mi, dow;
    const char *tz, *offset;
    char author[2][64];
    int n_authors;
    const char *outlet, *city;
    sbuf title, text; /* text: the body, in the form's own markup */
} article;

static int day_of_week(int y, int m, int d) { /* 0 = Sunday */
    static const int t[] = {0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4};
    if (m < 3) y -= 1;
    return (y + y / 4 - y / 100 + y / 400 + t[m - 1] + d) % 7;
}

static void number(sbuf *b, unsigned v) { /* 1,200 */
    if (v >= 1000) {
        number(b, v / 1000);
        putf(b, ",%03u", v % 1000);
    } else {
        putf(b, "%u", v);
    }
}

static void amp_text(sbuf *b, int form, const char *s) { /* & as &amp; in page dumps */
    for (const char *p = s; *p; p++) {
        if (*p == '&' && form == PLAIN)
            put(b, "&amp;");
        else
            putn(b, p, 1);
    }
}

static void quote_mark(sbuf *b, int form) { put(b, form == PLAIN && chance(30) ? "&quot;" : "\""); }

static void person(sbuf *b) {
    if (chance(40)) putf(b, "%s ", PICK(ranks));
    putf(b, "%s %s", PICK(first_names), PICK(last_names));
}

static void clause(sbuf *b) {
    putf(b, "%s %s %s %s", PICK(subjects), PICK(verbs), PICK(objects), PICK(places));
}

static void when(sbuf *b, const article *a) {
    switch (below(5)) {
    case 0: putf(b, "on %s", weekdays[(a->dow + 6) % 7]); break;
    case 1: putf(b, "early on %s", weekdays[a->dow]); break;
    case 2: putf(b, "at %d:%02d %s", between(1, 12), below(60), chance(50) ? "a.m." : "p.m."); break;
    case 3: put(b, "last week"); break;
    default: putf(b, "on %s %d", month_abbr[a->m - 1], a->d); break;
    }
}

static void capital_first(sbuf *b, size_t at) {
    if (at < b->len && b->p[at] >= 'a' && b->p[at] <= 'z') b->p[at] = (char)(b->p[at] - 32);
}

static void put_link(sbuf *b, int form, const article *a, const char *text) {
    if (form == PLAIN)
        putf(b, "<a href=\"https://www.example-news.org/%04d/%02d/%02d/story-%u\">%s</a>", a->y,
             a->m, a->d, below(100000), text);
    else
        put(b, text);
}

/* What lengthens a sentence of news without naming anyone or any time. */
static const char *const tails[] = {
    ", a sign of how far the crisis had spread",
    ", though the figures could not be independently verified",
    ", the latest in a series of setbacks for the local authorities",
    ", and the full extent of the damage was still unclear",
    ", in a region where roads, clinics and markets have changed hands several times",
    ", while families who had fled the area waited for word from relatives"};

static void town_phrase(sbuf *b) {
    static const char *const preps[] = {"in", "near", "outside", "on the outskirts of",
                                        "in the town of", "north of"};
    putf(b, "%s %s", PICK(preps), PICK(towns));
}

/* A sentence of background: distances, populations, what life is like; numbers that are no
 * dates, and places, but no event. Most sentences of a news story are such. */
static void background(sbuf *b) {
    switch (below(3)) {
    case 0:
        putf(b, "%s, which had about ", PICK(towns));
        number(b, between(20, 900) * 1000);
        putf(b, " residents before %s, lies some %u kilometers %s of the provincial capital, on "
                "a plain of wheat fields and olive groves.",
             PICK(backgrounds), between(15, 400), PICK(directions));
        break;
    case 1:
        putf(b, "In the weeks that followed, %s, and %s%s.", PICK(aftermaths), PICK(aftermaths),
             PICK(tails));
        break;
    default:
        putf(b, "The road between %s and %s, once a busy route for traders and farmers, is now "
                "lined with abandoned cars and burned-out trucks.",
             PICK(towns), PICK(towns));
        break;
    }
}

static void sentence(sbuf *b, int form, const article *a) {
    size_t at = b->len;
    unsigned kind = below(14);
    if (kind >= 9) { /* five in fourteen: background */
        background(b);
        return;
    }
    switch (kind) {
    case 0:
        clause(b);
        capital_first(b, at);
        put(b, " ");
        when(b, a);
        put(b, ", ");
        person(b);
        putf(b, ", %s, said in a telephone interview%s.", PICK(roles), PICK(tails));
        break;
    case 1:
        quote_mark(b, form);
        clause(b);
        capital_first(b, at + (b->p[at] == '&' ? 6 : 1));
        put(b, ",");
        quote_mark(b, form);
        put(b, " ");
        person(b);
        put(b, " told reporters ");
        when(b, a);
        putf(b, ", adding that %s.", PICK(aftermaths));
        break;
    case 2:
        put(b, "About ");
        number(b, between(20, 250000));
        put(b, " people were affected ");
        town_phrase(b);
        put(b, ", according to ");
        amp_text(b, form, PICK(orgs));
        putf(b, ", which said %s.", PICK(aftermaths));
        break;
    case 3:
        amp_text(b, form, PICK(orgs));
        capital_first(b, at);
        putf(b, " said %u.%u%% of %s had %s %s since %s %d%s.", between(1, 99), below(10),
             PICK(subjects), PICK(verbs), PICK(objects), month_abbr[below(12)], between(1, 28),
             PICK(tails));
        break;
    case 4:
        putf(b, "The %s %s began at %d:%02d, and No. %u was the first to be hit%s.",
             PICK(adjectives), PICK(things), between(0, 23), below(60), between(1, 12),
             PICK(tails));
        break;
    case 5:
        person(b);
        putf(b, ", %u, a shopkeeper from %s, said the %s had cost $", between(19, 88),
             PICK(towns), PICK(things));
        number(b, between(2, 9000));
        put(b, chance(50) ? " million." : ",000 so far.");
        break;
    case 6:
        putf(b, "Will %s accept %s? ", PICK(subjects), PICK(objects));
        putf(b, "Few in %s expect it before %s.", PICK(towns), month_names[below(12)]);
        break;
    case 7:
        amp_text(b, form, PICK(orgs));
        capital_first(b, at);
        put(b, " ");
        put_link(b, form, a, "said in a statement");
        putf(b, " that it was monitoring %s in %s.", PICK(objects), PICK(towns));
        break;
    default:
        clause(b);
        capital_first(b, at);
        put(b, " ");
        town_phrase(b);
        put(b, chance(20) ? " (the second time this year)" : "");
        putf(b, "%s.", PICK(tails));
        break;
    }
}

static void paragraph(sbuf *b, int form, const article *a, int first) {
    if (first) {
        put(b, a->city);
        if (chance(70)) {
            put(b, " (");
            amp_text(b, form, a->outlet);
            put(b, ")");
        }
        put(b, " \xe2\x80\x94 "); /* an em dash */
    }
    unsigned n = between(1, 5);
    for (unsigned i = 0; i < n; i++) {
        if (i) put(b, " ");
        sentence(b, form, a);
    }
}

static void make_article(article *a, uint64_t seed, uint64_t index, int form, size_t min_bytes) {
    rng = seed * 0x100000001b3ull + index;
    next64();
    a->title.len = a->text.len = 0;
    a->y = (int)between(2008, 2023), a->m = (int)between(1, 12), a->d = (int)between(1, 28);
    a->hh = (int)below(24), a->mi = (int)below(60);
    a->dow = day_of_week(a->y, a->m, a->d);
    int summer = a->m >= 4 && a->m <= 10;
    switch (below(4)) {
    case 0: a->tz = "GMT", a->offset = "+00:00"; break;
    case 1: a->tz = "ET", a->offset = summer ? "-04:00" : "-05:00"; break;
    default: a->tz = summer ? "EDT" : "EST", a->offset = summer ? "-04:00" : "-05:00"; break;
    }
    a->n_authors = chance(25) ? 2 : 1;
    for (int i = 0; i < a->n_authors; i++)
        snprintf(a->author[i], sizeof a->author[i], "%s %s", PICK(first_names), PICK(last_names));
    a->outlet = PICK(outlets);
    a->city = PICK(cities);

    putf(&a->title, "%s %s %s %s", PICK(subjects), PICK(verbs), PICK(objects), PICK(places));
    capital_first(&a->title, 0);

    unsigned paras = between(3, 13);
    for (unsigned i = 0; i < paras || a->text.len < min_bytes; i++) {
        if (i) put(&a->text, "\n\n");
        if (i > 1 && chance(8)) { /* a "read more" line */
            if (form == PLAIN) put(&a->text, "<strong>Read more:</strong> ");
            else put(&a->text, "Read more: ");
            put_link(&a->text, form, a, "What we know so far");
            continue;
        }
        paragraph(&a->text, form, a, i == 0);
        if (form == PLAIN && chance(5)) put(&a->text, "\n\nAdvertisement");
    }
}

/* The page dump: header, byline block, body, furniture and the gallery. */
static void write_plain(sbuf *out, article *a) {
    int h12 = a->hh % 12 ? a->hh % 12 : 12;
    putf(out, "date %04d-%02d-%02d %s\n\n", a->y, a->m, a->d, a->title.p);
    put(out, "By ");
    amp_text(out, PLAIN, a->author[0]);
    if (a->n_authors > 1) putf(out, " and %s", a->author[1]);
    put(out, ", ");
    amp_text(out, PLAIN, a->outlet);
    putf(out, "\n%u minute read\n", between(1, 9));
    putf(out, "Published %d:%02d %s %s, %.3s %s %d, %d\n\n", h12, a->mi, a->hh < 12 ? "AM" : "PM",
         a->tz, weekdays[a->dow], month_names[a->m - 1], a->d, a->y);
    putn(out, a->text.p, a->text.len);
    put(out, "\n\n");
    if (chance(50)) put(out, "Share this article\n\n");
    unsigned captions = below(5);
    for (unsigned i = 0; i < captions; i++) {
        putf(out, "%s gather %s on %s.\n", i % 2 ? "Residents" : "Rescue workers", PICK(places),
             weekdays[a->dow]);
        if (chance(50))
            putf(out, "Photo: %s %s/%s\n", PICK(first_names), PICK(last_names), PICK(agencies));
        else
            putf(out, "%s %s/%s\n", PICK(first_names), PICK(last_names), PICK(agencies));
    }
}

static void json_string(sbuf *out, const char *s, size_t n) {
    put(out, "\"");
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '"' || c == '\\') {
            char e[2] = {'\\', (char)c};
            putn(out, e, 2);
        } else if (c == '\n') {
            put(out, "\\n");
        } else if (c < 0x20) {
            putf(out, "\\u%04x", c);
        } else {
            putn(out, s + i, 1);
        }
    }
    put(out, "\"");
}

static void write_jsonl(sbuf *out, article *a, uint64_t index) {
    putf(out, "{\"id\": \"bench-%08llu\", \"url\": \"https://www.example-news.org/%04d/%02d/%02d/"
              "story-%llu\", \"title\": ",
         (unsigned long long)index, a->y, a->m, a->d, (unsigned long long)index);
    json_string(out, a->title.p, a->title.len);
    putf(out, ", \"date\": \"%04d-%02d-%02dT%02d:%02d:00%s\", \"authors\": [", a->y, a->m, a->d,
         a->hh, a->mi, a->offset);
    for (int i = 0; i < a->n_authors; i++) {
        if (i) put(out, ", ");
        json_string(out, a->author[i], strlen(a->author[i]));
    }
    put(out, "], \"outlet\": ");
    json_string(out, a->outlet, strlen(a->outlet));
    put(out, ", \"lang\": \"en\", \"text\": ");
    json_string(out, a->text.p, a->text.len);
    put(out, "}\n");
}

/* ---- main ----------------------------------------------------------------------------------- */

static unsigned long long parse_count(const char *s, const char *what) {
    char *end;
    errno = 0;
    unsigned long long v = strtoull(s, &end, 10);
    if (errno || end == s || *end || v == 0 || s[0] == '-') {
        fprintf(stderr, "gen_corpus: %s must be a positive number, not '%s'\n", what, s);
        exit(2);
    }
    return v;
}

static void mkdir_p(const char *path) {
    char tmp[4096];
    snprintf(tmp, sizeof tmp, "%s", path);
    for (char *p = tmp + 1; *p; p++)
        if (*p == '/') {
            *p = '\0';
            if (mkdir(tmp, 0777) != 0 && errno != EEXIST) die(tmp);
            *p = '/';
        }
    if (mkdir(tmp, 0777) != 0 && errno != EEXIST) die(tmp);
}

static void usage(void) {
    fprintf(stderr, "usage: gen_corpus [-s SEED] text DIR COUNT\n"
                    "       gen_corpus [-s SEED] jsonl FILE MB\n"
                    "       gen_corpus [-s SEED] long FILE KB\n");
    exit(2);
}

int main(int argc, char **argv) {
    uint64_t seed = 1;
    int i = 1;
    if (argc > 2 && strcmp(argv[1], "-s") == 0) {
        seed = parse_count(argv[2], "SEED");
        i = 3;
    }
    if (argc - i != 3) usage();
    const char *mode = argv[i], *path = argv[i + 1];
    unsigned long long n = parse_count(argv[i + 2], strcmp(mode, "text") == 0   ? "COUNT"
                                                    : strcmp(mode, "long") == 0 ? "KB"
                                                                                : "MB");
    article a;
    memset(&a, 0, sizeof a);
    sbuf out = {0};

    if (strcmp(mode, "text") == 0) {
        mkdir_p(path);
        uint64_t total = 0;
        for (unsigned long long k = 0; k < n; k++) {
            char name[4096];
            snprintf(name, sizeof name, "%s/%06llu.txt", path, k);
            make_article(&a, seed, k, PLAIN, 0);
            out.len = 0;
            write_plain(&out, &a);
            FILE *f = fopen(name, "wb");
            if (!f || fwrite(out.p, 1, out.len, f) != out.len || fclose(f) != 0) die(name);
            total += out.len;
        }
        fprintf(stderr, "gen_corpus: %llu articles, %.1f MB in %s\n", n, (double)total / 1e6, path);
    } else if (strcmp(mode, "jsonl") == 0) {
        FILE *f = fopen(path, "wb");
        if (!f) die(path);
        static char iobuf[1 << 20];
        setvbuf(f, iobuf, _IOFBF, sizeof iobuf);
        uint64_t want = (uint64_t)n * 1000000u, total = 0, k = 0;
        for (; total < want; k++) {
            make_article(&a, seed, k, JSONL, 0);
            out.len = 0;
            write_jsonl(&out, &a, k);
            if (fwrite(out.p, 1, out.len, f) != out.len) die(path);
            total += out.len;
        }
        if (fclose(f) != 0) die(path);
        fprintf(stderr, "gen_corpus: %llu articles, %.1f MB in %s\n", (unsigned long long)k,
                (double)total / 1e6, path);
    } else if (strcmp(mode, "long") == 0) {
        make_article(&a, seed, 0, PLAIN, (size_t)n * 1000u);
        write_plain(&out, &a);
        FILE *f = fopen(path, "wb");
        if (!f || fwrite(out.p, 1, out.len, f) != out.len || fclose(f) != 0) die(path);
        fprintf(stderr, "gen_corpus: 1 article, %.1f MB in %s\n", (double)out.len / 1e6, path);
    } else {
        usage();
    }
    free(out.p);
    free(a.title.p);
    free(a.text.p);
    return 0;
}
