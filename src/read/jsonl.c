/* jsonl.c - JSON Lines records: the members are found by jsonrec.c's scan, or through
 * jansson (strict and well fuzzed) when the scan does not take the line; the line is made
 * valid UTF-8 first because jansson refuses invalid UTF-8 outright. */
#include "jsonl.h"

#include <ctype.h>
#include <jansson.h>
#include <stdio.h>
#include <string.h>

#include "core/buf.h"
#include "core/utf8.h"
#include "read/jsonrec.h"
#include "web/web.h"

static int digits(const char *s, size_t n) {
    for (size_t i = 0; i < n; i++)
        if (!isdigit((unsigned char)s[i])) return 0;
    return 1;
}

static int num(const char *s, size_t n) {
    int v = 0;
    for (size_t i = 0; i < n; i++) v = v * 10 + (s[i] - '0');
    return v;
}

static int days_in_month(int y, int m) {
    static const int d[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) return 29;
    return d[m - 1];
}

/* Reads a zone designator: Z, +HH:MM, +HHMM, +HH. Returns its length or 0. */
static size_t read_zone(const char *s, size_t n, char out[16]) {
    if (n == 1 && (s[0] == 'Z' || s[0] == 'z')) return strcpy(out, "+00:00"), 1;
    if (n < 3 || (s[0] != '+' && s[0] != '-') || !digits(s + 1, 2)) return 0;
    int hh = num(s + 1, 2), mm = 0;
    size_t used = 3;
    if (n == 6 && s[3] == ':' && digits(s + 4, 2)) mm = num(s + 4, 2), used = 6;
    else if (n == 5 && digits(s + 3, 2)) mm = num(s + 3, 2), used = 5;
    if (used != n || hh > 14 || mm > 59) return 0;
    char zone[7] = {s[0], (char)('0' + hh / 10), (char)('0' + hh % 10), ':',
                    (char)('0' + mm / 10), (char)('0' + mm % 10), '\0'};
    memcpy(out, zone, sizeof zone);
    return used;
}

int an_iso_normalize(const char *s, size_t len, char out[40]) {
    while (len && isspace((unsigned char)*s)) s++, len--;
    while (len && isspace((unsigned char)s[len - 1])) len--;
    int y, m, d;
    size_t at;
    if (len >= 10 && digits(s, 4) && s[4] == '-' && digits(s + 5, 2) && s[7] == '-' &&
        digits(s + 8, 2)) {
        y = num(s, 4), m = num(s + 5, 2), d = num(s + 8, 2), at = 10;
    } else if (len == 8 && digits(s, 8)) {
        y = num(s, 4), m = num(s + 4, 2), d = num(s + 6, 2), at = 8;
    } else if (len == 7 && digits(s, 4) && s[4] == '-' && digits(s + 5, 2)) {
        y = num(s, 4), m = num(s + 5, 2);
        if (m < 1 || m > 12) return 0;
        snprintf(out, 40, "%04d-%02d", y, m);
        return 1;
    } else if (len == 4 && digits(s, 4)) {
        snprintf(out, 40, "%04d", num(s, 4));
        return 1;
    } else {
        return 0;
    }
    if (m < 1 || m > 12 || d < 1 || d > days_in_month(y, m)) return 0;
    int n = snprintf(out, 40, "%04d-%02d-%02d", y, m, d);
    if (at == len) return 1;
    if ((s[at] != 'T' && s[at] != ' ' && s[at] != 't') || len - at < 6) return 0;
    const char *t = s + at + 1;
    size_t tn = len - at - 1;
    if (!digits(t, 2) || t[2] != ':' || !digits(t + 3, 2)) return 0;
    int hh = num(t, 2), mi = num(t + 3, 2), ss = 0;
    size_t used = 5;
    if (tn >= 8 && t[5] == ':' && digits(t + 6, 2)) ss = num(t + 6, 2), used = 8;
    if (used < tn && t[used] == '.') /* fractions of a second are dropped */
        for (used++; used < tn && isdigit((unsigned char)t[used]);) used++;
    if (hh > 24 || mi > 59 || ss > 60) return 0;
    n += snprintf(out + n, (size_t)(40 - n), "T%02d:%02d:%02d", hh, mi, ss);
    if (used == tn) return 1;
    char zone[16];
    if (!read_zone(t + used, tn - used, zone)) return 0;
    snprintf(out + n, (size_t)(40 - n), "%s", zone);
    return 1;
}

/* The first of several members that holds a string. */
static const char *get_string(const an_jrec *rec, const int *keys, size_t *len) {
    for (; *keys >= 0; keys++) {
        if (rec->kind[*keys] == AN_JV_STRING) {
            *len = rec->str[*keys].len;
            return rec->str[*keys].s;
        }
    }
    return NULL;
}

static int set_string(annals_doc *doc, annals_field f, const an_jrec *rec, const int *keys) {
    size_t len;
    const char *s = get_string(rec, keys, &len);
    if (!s || len == 0) return 0;
    return an_doc_set_field(doc, f, s, len);
}

static int set_id(annals_doc *doc, const an_jrec *rec) {
    int k = AN_JK_ID;
    if ((rec->kind[k] == AN_JV_STRING && rec->str[k].len) || rec->kind[k] == AN_JV_INTEGER)
        return an_doc_set_field(doc, ANNALS_FIELD_ID, rec->str[k].s, rec->str[k].len);
    return 0;
}

static int set_authors(annals_doc *doc, const an_jrec *rec) {
    int which = rec->kind[AN_JK_AUTHORS] ? 0 : rec->kind[AN_JK_AUTHOR] ? 1 : -1;
    if (which < 0) return 0;
    int k = which == 0 ? AN_JK_AUTHORS : AN_JK_AUTHOR;
    doc->authors.n = 0; /* given authors replace what an "html" page's byline said */
    if (rec->kind[k] == AN_JV_STRING && rec->str[k].len)
        return an_doc_add_author(doc, rec->str[k].s, rec->str[k].len);
    if (rec->kind[k] != AN_JV_ARRAY) return 0;
    for (size_t i = 0; i < rec->n_items[which]; i++) {
        const an_jstr *item = &rec->items[which][i];
        if (item->len && an_doc_add_author(doc, item->s, item->len) != 0) return -1;
    }
    return 0;
}

static int set_published(const an_read_res *r, annals_doc *doc, const an_jrec *rec) {
    static const int keys[] = {AN_JK_DATE, AN_JK_PUBLISHED, AN_JK_DATEPUBLISHED, -1};
    size_t len;
    const char *s = get_string(rec, keys, &len);
    char iso[40];
    if (!s || !(an_iso_normalize(s, len, iso) || an_parse_timestamp(r, s, len, iso))) return 0;
    if (an_doc_set_field(doc, ANNALS_FIELD_PUBLISHED, iso, strlen(iso)) != 0) return -1;
    return an_doc_set_field(doc, ANNALS_FIELD_PUBLISHED_FROM, "given", 5);
}

/* Text is kept exactly as given, so offsets stay offsets into the caller's text. */
static int set_text(annals_doc *doc, const char *s, size_t len) {
    if (an_doc_set_field(doc, ANNALS_FIELD_TEXT, s, len) != 0) return -1;
    return an_doc_split_paragraphs(doc);
}

/* A whole page or a fragment: the web extractor takes the article out of it. */
static int set_html(const an_read_res *r, annals_doc *doc, const char *s, size_t len) {
    return an_web_read_html(r, doc, s, len, NULL);
}

/* The record's members into rec: by the scan when it takes the line, else through
 * jansson, whose errors are the reader's. */
static annals_status members(an_jrec *rec, const char *line, size_t len, char *msg,
                             size_t msglen) {
    int scanned = an_jrec_scan(rec, line, len);
    if (scanned != 0) return scanned > 0 ? ANNALS_OK : ANNALS_ENOMEM;
    json_error_t jerr;
    json_t *obj = json_loadb(line, len, 0, &jerr);
    if (!obj) {
        snprintf(msg, msglen, "not JSON: %s at column %d", jerr.text, jerr.column);
        return ANNALS_EFORMAT;
    }
    annals_status st = ANNALS_OK;
    if (!json_is_object(obj)) {
        snprintf(msg, msglen, "a JSON value that is not an object");
        st = ANNALS_EFORMAT;
    } else if (an_jrec_from_json(rec, obj) != 0) {
        st = ANNALS_ENOMEM;
    }
    json_decref(obj);
    return st;
}

annals_status an_read_jsonl(const an_read_res *r, annals_doc *doc, const char *line, size_t len,
                            char *msg, size_t msglen) {
    static const int text_keys[] = {AN_JK_TEXT, AN_JK_BODY, AN_JK_ARTICLEBODY, -1};
    static const int html_keys[] = {AN_JK_HTML, -1};
    static const int url_keys[] = {AN_JK_URL, AN_JK_LINK, -1};
    static const int title_keys[] = {AN_JK_TITLE, AN_JK_HEADLINE, -1};
    static const int outlet_keys[] = {AN_JK_OUTLET, AN_JK_SOURCE, AN_JK_SITE_NAME,
                                      AN_JK_PUBLISHER, -1};
    static const int lang_keys[] = {AN_JK_LANG, AN_JK_LANGUAGE, -1};
    an_buf clean;
    an_buf_init(&clean);
    if (an_utf8_repair(&clean, line, len) < 0) return ANNALS_ENOMEM;
    an_jrec rec;
    an_jrec_init(&rec);
    annals_status st = members(&rec, clean.data ? clean.data : "", clean.len, msg, msglen);
    an_buf_free(&clean);
    size_t tlen = 0;
    const char *text = st == ANNALS_OK ? get_string(&rec, text_keys, &tlen) : NULL;
    const char *html = text || st != ANNALS_OK ? NULL : get_string(&rec, html_keys, &tlen);
    if (st != ANNALS_OK) {
        if (st == ANNALS_ENOMEM) snprintf(msg, msglen, "out of memory");
    } else if (!text && !html) {
        snprintf(msg, msglen, "the record has no \"text\" (or \"html\") string");
        st = ANNALS_EFORMAT;
    } else if ((text ? set_text(doc, text, tlen) : set_html(r, doc, html, tlen)) != 0 ||
               set_id(doc, &rec) != 0 || set_string(doc, ANNALS_FIELD_URL, &rec, url_keys) != 0 ||
               set_string(doc, ANNALS_FIELD_TITLE, &rec, title_keys) != 0 ||
               set_string(doc, ANNALS_FIELD_OUTLET, &rec, outlet_keys) != 0 ||
               set_string(doc, ANNALS_FIELD_LANG, &rec, lang_keys) != 0 ||
               set_authors(doc, &rec) != 0 || set_published(r, doc, &rec) != 0) {
        snprintf(msg, msglen, "out of memory");
        st = ANNALS_ENOMEM;
    }
    an_jrec_free(&rec);
    return st;
}
