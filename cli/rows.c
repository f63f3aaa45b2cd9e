/* rows.c - writing query rows as text for people (aligned, colour on a terminal), JSON
 * lines, CSV with ACLED's column names, ACLED's own columns, a GDELT 2.0 event table
 * (tab-separated, its 61 columns, those we cannot fill empty) or one GeoJSON
 * FeatureCollection. */
#include <inttypes.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

struct cli_rows {
    const cli_query_opts *o;
    FILE *out;
    size_t n;
    char last_date[40];
};

#define BOLD "\033[1m"
#define DIM "\033[2m"
#define RED "\033[31m"
#define CYAN "\033[36m"
#define RESET "\033[0m"

cli_rows *cli_rows_new(const cli_query_opts *o, FILE *out) {
    cli_rows *w = calloc(1, sizeof *w);
    if (!w) return NULL;
    w->o = o, w->out = out;
    return w;
}

static const char *or_empty(const char *s) { return s ? s : ""; }

/* ---- text -------------------------------------------------------------------------- */

static void text_casualties(cli_rows *w, const annals_row *r) {
    for (size_t i = 0; i < r->casualty_count; i++) {
        const annals_casualties *c = &r->casualties[i];
        fprintf(w->out, "%s%s %s ", cli_colour(w->o, RED), i ? "," : "  ", c->kind);
        if (c->low >= 0 && c->high >= 0 && c->low != c->high)
            fprintf(w->out, "%" PRId64 "-%" PRId64, c->low, c->high);
        else if (c->low >= 0 || c->high >= 0)
            fprintf(w->out, "%" PRId64, c->low >= 0 ? c->low : c->high);
        if (c->best >= 0) fprintf(w->out, " (best %" PRId64 ": %s)", c->best, or_empty(c->rule));
        fputs(cli_colour(w->o, RESET), w->out);
    }
}

/* Who says so, as a report tells it: "says the Syrian Observatory", "denied". */
static void text_claim(cli_rows *w, const annals_report *rep) {
    if (!rep) return;
    if (rep->claimed_by) fprintf(w->out, ", says %s", rep->claimed_by);
    if (rep->modality && strcmp(rep->modality, "asserted") != 0 &&
        strcmp(rep->modality, "reported") != 0)
        fprintf(w->out, ", %s", rep->modality);
}

static void text_source(cli_rows *w, const annals_row *r) {
    fprintf(w->out, "%s      %s %.10s", cli_colour(w->o, DIM), r->outlet ? r->outlet : "(no outlet)",
            or_empty(r->published));
    text_claim(w, r->report_count ? &r->report_list[0] : NULL);
    if (r->reports > 1) fprintf(w->out, ", %" PRId64 " reports", r->reports);
    if (r->duplicates)
        fprintf(w->out, ", %" PRId64 " %s not counted", r->duplicates,
                r->duplicates == 1 ? "copy" : "copies");
    fprintf(w->out, "%s\n", cli_colour(w->o, RESET));
}

static void text_event(cli_rows *w, const annals_row *r) {
    fprintf(w->out, "  %sevent%s     %s%-10s%s", cli_colour(w->o, CYAN), cli_colour(w->o, RESET),
            cli_colour(w->o, BOLD), or_empty(r->plover), cli_colour(w->o, RESET));
    if (r->place) fprintf(w->out, " %s%s%s", r->place, r->country ? ", " : "", or_empty(r->country));
    if (r->actor1 || r->actor2)
        fprintf(w->out, "  %s -> %s", r->actor1 ? r->actor1 : "?", r->actor2 ? r->actor2 : "?");
    text_casualties(w, r);
    fputc('\n', w->out);
    fprintf(w->out, "            %s\n", or_empty(r->text));
    text_source(w, r);
    for (size_t i = 1; i < r->report_count; i++) { /* other articles' reports, once each */
        const annals_report *rep = &r->report_list[i];
        int shown = rep->article == r->article;
        for (size_t j = 1; j < i && !shown; j++) shown = r->report_list[j].article == rep->article;
        if (shown) continue;
        fprintf(w->out, "%s      also: %s %.10s%s", cli_colour(w->o, DIM), or_empty(rep->outlet),
                or_empty(rep->published), rep->duplicate ? " (copy)" : "");
        text_claim(w, rep);
        fprintf(w->out, ": %s%s\n", or_empty(rep->text), cli_colour(w->o, RESET));
    }
}

static void text_timeline(cli_rows *w, const annals_row *r) {
    char date[40];
    snprintf(date, sizeof date, "%s (%s)", or_empty(r->date), or_empty(r->precision));
    if (strcmp(date, w->last_date) != 0) {
        fprintf(w->out, "%s%s%s\n", cli_colour(w->o, BOLD), date, cli_colour(w->o, RESET));
        memcpy(w->last_date, date, sizeof date);
    }
    if (r->kind == ANNALS_ROW_EVENT) {
        text_event(w, r);
        return;
    }
    fprintf(w->out, "  %sdated%s     %s\n", cli_colour(w->o, DIM), cli_colour(w->o, RESET),
            or_empty(r->text));
    text_source(w, r);
}

static void text_search(cli_rows *w, const annals_row *r) {
    if (w->n == 0 && r->ranked_among)
        fprintf(w->out, "%s(%zu or more sentences match: the newest %zu are ranked; narrow with"
                        " more words or --from/--to, or --sort date for all)%s\n",
                cli_colour(w->o, DIM), r->ranked_among, r->ranked_among, cli_colour(w->o, RESET));
    fprintf(w->out, "%s%.10s%s  %-24.24s  %s%s%s\n", cli_colour(w->o, BOLD), or_empty(r->published),
            cli_colour(w->o, RESET), or_empty(r->outlet), cli_colour(w->o, BOLD),
            r->title ? r->title : or_empty(r->doc_id), cli_colour(w->o, RESET));
    fprintf(w->out, "            %s", or_empty(r->snippet));
    if (r->duplicates) fprintf(w->out, "%s  (+%" PRId64 " copies)%s", cli_colour(w->o, DIM),
                               r->duplicates, cli_colour(w->o, RESET));
    fputc('\n', w->out);
}

/* ---- JSON ---------------------------------------------------------------------------- */

static void json_kv(FILE *out, const char *key, const char *value) {
    fprintf(out, ", \"%s\": ", key);
    cli_json_string(out, value);
}

static void json_num(FILE *out, const char *key, double v) {
    if (isnan(v)) fprintf(out, ", \"%s\": null", key);
    else fprintf(out, ", \"%s\": %.6g", key, v);
}

static void json_count(FILE *out, const char *key, int64_t v) {
    if (v < 0) fprintf(out, ", \"%s\": null", key);
    else fprintf(out, ", \"%s\": %" PRId64, key, v);
}

static const char *kind_name(annals_row_kind k) {
    return k == ANNALS_ROW_EVENT ? "event" : k == ANNALS_ROW_SENTENCE ? "dated_sentence" : "article";
}

/* A merged event's reconciled figures (with their rule) or one report's own. */
static void json_casualties(FILE *out, const annals_casualties *v, size_t n) {
    fputs(", \"casualties\": [", out);
    for (size_t i = 0; i < n; i++) {
        const annals_casualties *c = &v[i];
        fprintf(out, "%s{\"kind\": ", i ? ", " : "");
        cli_json_string(out, c->kind);
        json_count(out, "low", c->low);
        json_count(out, "best", c->best);
        json_count(out, "high", c->high);
        if (c->rule) json_kv(out, "rule", c->rule);
        fputc('}', out);
    }
    fputc(']', out);
}

static void json_reports(FILE *out, const annals_row *r) {
    fputs(", \"report_list\": [", out);
    for (size_t i = 0; i < r->report_count; i++) {
        const annals_report *rep = &r->report_list[i];
        fprintf(out, "%s{\"article\": ", i ? ", " : "");
        cli_json_string(out, rep->doc_id);
        json_kv(out, "outlet", rep->outlet);
        json_kv(out, "published", rep->published);
        json_kv(out, "url", rep->url);
        json_kv(out, "title", rep->title);
        json_kv(out, "date", rep->date);
        json_kv(out, "sentence", rep->text);
        json_kv(out, "claimed_by", rep->claimed_by);
        json_kv(out, "modality", rep->modality);
        json_casualties(out, rep->casualties, rep->casualty_count);
        fprintf(out, ", \"duplicate\": %s}", rep->duplicate ? "true" : "false");
    }
    fputc(']', out);
}

static void json_row(cli_rows *w, const annals_row *r) {
    FILE *out = w->out;
    fputs("{\"kind\": ", out);
    cli_json_string(out, kind_name(r->kind));
    const char *strs[][2] = {
        {"date", r->date}, {"precision", r->precision}, {"date_start", r->date_start},
        {"date_end", r->date_end}, {"event_id", r->event_id}, {"plover", r->plover},
        {"mode", r->mode}, {"cameo", r->cameo}, {"acled_type", r->acled_type},
        {"acled_subtype", r->acled_subtype}, {"modality", r->modality}, {"actor1", r->actor1},
        {"actor1_country", r->actor1_country}, {"actor2", r->actor2},
        {"actor2_country", r->actor2_country}, {"place", r->place}, {"country", r->country},
        {"admin1", r->admin1}, {"text", r->text}, {"snippet", r->snippet},
        {"article", r->doc_id}, {"url", r->url}, {"title", r->title}, {"outlet", r->outlet},
        {"published", r->published}, {"source", r->source},
        {"first_report", r->first_report}, {"last_report", r->last_report}};
    for (size_t i = 0; i < sizeof strs / sizeof *strs; i++)
        if (strs[i][1] || r->kind == ANNALS_ROW_EVENT) json_kv(out, strs[i][0], strs[i][1]);
    json_num(out, "lat", r->lat);
    json_num(out, "lon", r->lon);
    fprintf(out, ", \"sentence_start\": %" PRId64 ", \"sentence_end\": %" PRId64, r->sentence_start,
            r->sentence_end);
    fprintf(out, ", \"reports\": %" PRId64 ", \"duplicates\": %" PRId64, r->reports, r->duplicates);
    if (r->kind == ANNALS_ROW_ARTICLE) fprintf(out, ", \"score\": %.4f", r->score);
    if (r->kind == ANNALS_ROW_ARTICLE && r->ranked_among)
        fprintf(out, ", \"ranked_among\": %zu", r->ranked_among);
    if (r->kind == ANNALS_ROW_EVENT) {
        json_casualties(out, r->casualties, r->casualty_count);
        json_reports(out, r);
    }
    fputs("}\n", out);
}

/* ---- CSV, ACLED, GDELT, GeoJSON ------------------------------------------------------------ */

static const annals_casualties *killed(const annals_row *r) {
    for (size_t i = 0; i < r->casualty_count; i++)
        if (strcmp(r->casualties[i].kind, "killed") == 0) return &r->casualties[i];
    return NULL;
}

/* ACLED's names where they apply; ours after them. */
static const char csv_header[] =
    "event_id_cnty,event_date,year,time_precision,event_type,sub_event_type,actor1,actor2,"
    "country,admin1,location,latitude,longitude,source,notes,fatalities,"
    "kind,date,precision,plover,cameo,modality,fatalities_low,fatalities_high,"
    "fatalities_rule,reports,duplicates,first_report,last_report,article,url,title,"
    "country_code\n";
static const char acled_header[] =
    "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,"
    "actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,"
    "iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,"
    "source,source_scale,notes,fatalities,tags,timestamp\n";

/* ACLED's time_precision: 1 day, 2 week or so, 3 month or longer. */
static const char *acled_precision(const char *p) {
    if (!p) return "";
    return strcmp(p, "day") == 0 ? "1" : strcmp(p, "week") == 0 ? "2" : "3";
}

static void csv_fields(FILE *out, const char *const *v, size_t n, char sep) {
    for (size_t i = 0; i < n; i++) {
        if (i) putc(sep, out);
        if (sep == ',') cli_csv_field(out, v[i]);
        else if (v[i]) /* TSV: no tabs or newlines inside a field */
            for (const char *p = v[i]; *p; p++) putc(*p == '\t' || *p == '\n' ? ' ' : *p, out);
    }
    putc('\n', out);
}

static void fmt_count(char *buf, size_t n, int64_t v) {
    if (v >= 0) snprintf(buf, n, "%" PRId64, v);
    else buf[0] = 0;
}

static void csv_row(cli_rows *w, const annals_row *r) {
    const annals_casualties *k = killed(r);
    char year[8] = "", lat[32] = "", lon[32] = "", best[24] = "", low[24] = "", high[24] = "";
    char reports[24], dups[24];
    if (r->date_start) snprintf(year, sizeof year, "%.4s", r->date_start);
    if (!isnan(r->lat)) snprintf(lat, sizeof lat, "%.5f", r->lat), snprintf(lon, sizeof lon, "%.5f", r->lon);
    fmt_count(best, sizeof best, k ? (k->best >= 0 ? k->best : k->low) : -1);
    fmt_count(low, sizeof low, k ? k->low : -1);
    fmt_count(high, sizeof high, k ? k->high : -1);
    fmt_count(reports, sizeof reports, r->reports);
    fmt_count(dups, sizeof dups, r->duplicates);
    const char *country = r->country;
    annals_country(r->country, &country, NULL);
    const char *v[] = {r->event_id, r->date_start, year, acled_precision(r->precision),
                       r->acled_type, r->acled_subtype, r->actor1, r->actor2, country,
                       r->admin1, r->place, lat, lon, r->outlet, r->text, best,
                       kind_name(r->kind), r->date, r->precision, r->plover, r->cameo, r->modality,
                       low, high, k ? k->rule : NULL, reports, dups, r->first_report,
                       r->last_report, r->doc_id, r->url, r->title, r->country};
    csv_fields(w->out, v, sizeof v / sizeof *v, ',');
}

static int has(const char *s, const char *const *words) {
    for (; s && *words; words++)
        if (strstr(s, *words)) return 1;
    return 0;
}

/* ACLED's actor type (inter1, inter2) where the actor's kind says it: 1 state forces, 2
 * rebel groups, 5 rioters, 6 protesters, 7 civilians; else empty. */
static int acled_inter(const char *kind, const char *name) {
    static const char *const state[] = {"government", "military", "police", "country", NULL};
    static const char *const protest[] = {"protest", "demonstrat", "marcher", NULL};
    static const char *const civil[] = {"civilian", "people", "resident", "villager",
                                        "worker", "student", "children", "women", NULL};
    if (!kind) return 0;
    for (const char *const *k = state; *k; k++)
        if (strcmp(kind, *k) == 0) return 1;
    if (strcmp(kind, "armed_group") == 0) return 2;
    if (strcmp(kind, "group_of_people") != 0) return 0;
    return has(name, protest) ? 6 : name && strstr(name, "rioter") ? 5 : has(name, civil) ? 7 : 0;
}

static void acled_row(cli_rows *w, const annals_row *r) {
    const annals_casualties *k = killed(r);
    char year[8] = "", lat[32] = "", lon[32] = "", best[24] = "0", iso[8] = "";
    char inter1[4] = "", inter2[4] = "", interaction[8] = "";
    if (r->date_start) snprintf(year, sizeof year, "%.4s", r->date_start);
    if (!isnan(r->lat)) snprintf(lat, sizeof lat, "%.5f", r->lat), snprintf(lon, sizeof lon, "%.5f", r->lon);
    if (k) fmt_count(best, sizeof best, k->best >= 0 ? k->best : k->low);
    const char *country = NULL;
    int numeric;
    if (annals_country(r->country, &country, &numeric) == 0) snprintf(iso, sizeof iso, "%d", numeric);
    int i1 = acled_inter(r->actor1_kind, r->actor1), i2 = acled_inter(r->actor2_kind, r->actor2);
    if (i1) snprintf(inter1, sizeof inter1, "%d", i1);
    if (i2) snprintf(inter2, sizeof inter2, "%d", i2);
    /* the pair, smaller first; an actor alone pairs with 0 ("10") */
    int lo = i1 && i2 ? (i1 < i2 ? i1 : i2) : i1 + i2, hi = i1 && i2 ? i1 + i2 - lo : 0;
    if (lo) snprintf(interaction, sizeof interaction, "%d%d", lo, hi);
    const char *v[] = {r->event_id, r->date_start, year, acled_precision(r->precision), NULL,
                       r->acled_type, r->acled_subtype, r->actor1, NULL, inter1, r->actor2, NULL,
                       inter2, interaction, i2 == 7 ? "Civilian targeting" : NULL, iso, NULL,
                       country ? country : r->country, r->admin1, NULL, NULL, r->place, lat, lon,
                       NULL, r->outlet, NULL, r->text, best, NULL, NULL};
    csv_fields(w->out, v, sizeof v / sizeof *v, ',');
}

/* CAMEO root to GDELT's QuadClass: verbal/material cooperation, verbal/material conflict. */
static const char *quad_class(const char *cameo) {
    if (!cameo || cameo[0] < '0' || cameo[0] > '9' || cameo[1] < '0' || cameo[1] > '9') return NULL;
    int root = (cameo[0] - '0') * 10 + (cameo[1] - '0');
    return root <= 5 ? "1" : root <= 9 ? "2" : root <= 14 ? "3" : "4";
}

static void gdelt_row(cli_rows *w, const annals_row *r) {
    char day[16] = "", month[8] = "", year[8] = "", frac[16] = "", lat[32] = "", lon[32] = "";
    char root[3] = "", base[4] = "", reports[24], id[24];
    if (r->date_start) {
        snprintf(day, sizeof day, "%.4s%.2s%.2s", r->date_start, r->date_start + 5, r->date_start + 8);
        snprintf(month, sizeof month, "%.4s%.2s", r->date_start, r->date_start + 5);
        snprintf(year, sizeof year, "%.4s", r->date_start);
        snprintf(frac, sizeof frac, "%.4f", atoi(year) + (atoi(r->date_start + 5) - 1) / 12.0 +
                                                (atoi(r->date_start + 8) - 1) / 365.0);
    }
    if (r->cameo && strlen(r->cameo) >= 2) snprintf(root, sizeof root, "%.2s", r->cameo);
    if (r->cameo && strlen(r->cameo) >= 3) snprintf(base, sizeof base, "%.3s", r->cameo);
    if (!isnan(r->lat)) snprintf(lat, sizeof lat, "%.4f", r->lat), snprintf(lon, sizeof lon, "%.4f", r->lon);
    fmt_count(reports, sizeof reports, r->reports);
    snprintf(id, sizeof id, "%zu", w->n + 1);
    const char *v[61] = {id, day, month, year, frac};
    v[6] = r->actor1, v[7] = r->actor1_country;
    v[16] = r->actor2, v[17] = r->actor2_country;
    v[25] = "1", v[26] = r->cameo, v[27] = base[0] ? base : NULL, v[28] = root[0] ? root : NULL;
    v[29] = quad_class(r->cameo);
    v[31] = reports, v[32] = reports, v[33] = reports;
    v[52] = r->place, v[53] = r->country, v[56] = lat, v[57] = lon;
    v[59] = day, v[60] = r->url;
    csv_fields(w->out, v, 61, '\t');
}

static void geojson_row(cli_rows *w, const annals_row *r) {
    if (isnan(r->lat) || isnan(r->lon)) return;
    fprintf(w->out, "%s\n{\"type\": \"Feature\", \"geometry\": {\"type\": \"Point\", \"coordinates\": "
                    "[%.6f, %.6f]}, \"properties\": {\"kind\": \"%s\"",
            w->n ? "," : "", r->lon, r->lat, kind_name(r->kind));
    const char *strs[][2] = {{"date", r->date}, {"precision", r->precision},
                             {"plover", r->plover}, {"place", r->place}, {"country", r->country},
                             {"actor1", r->actor1}, {"actor2", r->actor2}, {"text", r->text},
                             {"outlet", r->outlet}, {"url", r->url}};
    for (size_t i = 0; i < sizeof strs / sizeof *strs; i++) json_kv(w->out, strs[i][0], strs[i][1]);
    const annals_casualties *k = killed(r);
    json_count(w->out, "fatalities", k ? (k->best >= 0 ? k->best : k->low) : -1);
    fprintf(w->out, ", \"reports\": %" PRId64 "}}", r->reports);
}

int cli_rows_write(void *ctx, const annals_row *r) {
    cli_rows *w = ctx;
    int events_only = w->o->format == CLI_ACLED || w->o->format == CLI_GDELT;
    if (events_only && r->kind != ANNALS_ROW_EVENT) return 0;
    if (w->o->format == CLI_GEOJSON && (isnan(r->lat) || isnan(r->lon))) return 0;
    if (w->n == 0 && w->o->format == CLI_CSV) fputs(csv_header, w->out);
    if (w->n == 0 && w->o->format == CLI_ACLED) fputs(acled_header, w->out);
    if (w->n == 0 && w->o->format == CLI_GEOJSON) fputs("{\"type\": \"FeatureCollection\", \"features\": [", w->out);
    switch (w->o->format) {
    case CLI_TEXT: r->kind == ANNALS_ROW_ARTICLE ? text_search(w, r) : text_timeline(w, r); break;
    case CLI_JSON: case CLI_JSONL: json_row(w, r); break;
    case CLI_CSV: csv_row(w, r); break;
    case CLI_ACLED: acled_row(w, r); break;
    case CLI_GDELT: gdelt_row(w, r); break;
    case CLI_GEOJSON: geojson_row(w, r); break;
    }
    w->n++;
    return ferror(w->out) ? 1 : 0;
}

size_t cli_rows_count(const cli_rows *w) { return w ? w->n : 0; }

size_t cli_rows_end(cli_rows *w) {
    if (!w) return 0;
    if (w->o->format == CLI_GEOJSON)
        fputs(w->n ? "\n]}\n" : "{\"type\": \"FeatureCollection\", \"features\": []}\n", w->out);
    if (w->n == 0 && w->o->format == CLI_CSV) fputs(csv_header, w->out);
    if (w->n == 0 && w->o->format == CLI_ACLED) fputs(acled_header, w->out);
    size_t n = w->n;
    free(w);
    return n;
}
