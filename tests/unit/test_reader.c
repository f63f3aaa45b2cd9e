/* test_reader.c - input sources (gzip), kind detection, ISO dates, JSONL records and the
 * reader's error reporting, through the public API where there is one. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#include "annals.h"
#include "check.h"
#include "core/buf.h"
#include "read/detect.h"
#include "read/jsonl.h"
#include "read/jsonrec.h"
#include "read/lang.h"
#include "read/source.h"

/* gzip-compresses s into out (one member). */
static void gzip_into(an_buf *out, const char *s, size_t len) {
    z_stream z;
    memset(&z, 0, sizeof z);
    deflateInit2(&z, 6, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
    size_t cap = deflateBound(&z, (uLong)len) + 32;
    an_buf_reserve(out, cap);
    z.next_in = (Bytef *)s;
    z.avail_in = (uInt)len;
    z.next_out = (Bytef *)out->data + out->len;
    z.avail_out = (uInt)cap;
    deflate(&z, Z_FINISH);
    out->len += cap - z.avail_out;
    deflateEnd(&z);
}

static void read_all(an_source *s, an_buf *out) {
    an_buf_clear(out);
    an_source_rest(s, out, 1 << 30);
}

TEST(test_reader_source_plain_and_gzip_members) {
    an_buf gz, got;
    an_buf_init(&gz);
    an_buf_init(&got);
    gzip_into(&gz, "first member\n", 13);
    gzip_into(&gz, "second member\n", 14); /* concatenated, as .warc.gz files are */
    an_source s;
    CHECK_INT(an_source_open_memory(&s, gz.data, gz.len), ANNALS_OK);
    read_all(&s, &got);
    CHECK_STR(an_buf_cstr(&got), "first member\nsecond member\n");
    CHECK_INT(s.status, ANNALS_OK);
    an_source_close(&s);

    an_source_open_memory(&s, "x", 1); /* one byte: too short to be gzip */
    read_all(&s, &got);
    CHECK_STR(an_buf_cstr(&got), "x");
    an_source_close(&s);
    an_buf_free(&gz);
    an_buf_free(&got);
}

TEST(test_reader_source_truncated_and_corrupt_gzip) {
    an_buf gz, got, text;
    an_buf_init(&gz);
    an_buf_init(&got);
    an_buf_init(&text);
    for (int i = 0; i < 20000; i++) an_buf_printf(&text, "line %d of a long input\n", i);
    gzip_into(&gz, text.data, text.len);
    an_source s;
    an_source_open_memory(&s, gz.data, gz.len / 2);
    CHECK_INT(an_source_rest(&s, &got, 1 << 30), -1);
    CHECK_INT(s.status, ANNALS_ETRUNC);
    CHECK_INT(s.error_byte, gz.len / 2);
    CHECK(strstr(s.message, "truncated gzip") != NULL);
    an_source_close(&s);

    gz.data[gz.len / 2] ^= 0x55; /* damage in the middle */
    gz.data[gz.len / 2 + 1] ^= 0x55;
    an_source_open_memory(&s, gz.data, gz.len);
    CHECK_INT(an_source_rest(&s, &got, 1 << 30), -1);
    CHECK(s.status == ANNALS_EFORMAT || s.status == ANNALS_ETRUNC);
    an_source_close(&s);
    an_buf_free(&gz);
    an_buf_free(&got);
    an_buf_free(&text);
}

TEST(test_reader_source_lines_and_limits) {
    const char *in = "one\ntwo that is long\n\nthree";
    an_source s;
    an_buf line;
    an_buf_init(&line);
    an_source_open_memory(&s, in, strlen(in));
    CHECK_INT(an_source_line(&s, &line, 10), 1);
    CHECK_STR(an_buf_cstr(&line), "one");
    CHECK_INT(an_source_line(&s, &line, 10), 2); /* too long: skipped */
    CHECK_INT(an_source_line(&s, &line, 10), 1);
    CHECK_STR(an_buf_cstr(&line), "");
    CHECK_INT(an_source_line(&s, &line, 10), 1);
    CHECK_STR(an_buf_cstr(&line), "three");
    CHECK_INT(an_source_line(&s, &line, 10), 0);
    an_source_close(&s);
    an_buf_free(&line);
}

TEST(test_reader_detect_kinds) {
    const char *why;
#define KIND(s) an_detect_kind((const unsigned char *)(s), sizeof(s) - 1, &why)
    CHECK_INT(KIND("date 2017-01-01 Title\n\nBody"), ANNALS_KIND_TEXT);
    CHECK_INT(KIND("\xef\xbb\xbf  {\"text\":\"x\"}\n"), ANNALS_KIND_JSONL);
    CHECK_INT(KIND("<!DOCTYPE html><html>"), ANNALS_KIND_HTML);
    CHECK_INT(KIND("WARC/1.0\r\nWARC-Type: warcinfo"), ANNALS_KIND_WARC);
    CHECK_INT(KIND("<strong>Before:</strong> a caption"), ANNALS_KIND_TEXT);
    CHECK_INT(KIND("%PDF-1.4 ..."), ANNALS_KIND_UNKNOWN);
    CHECK(strstr(why, "PDF") != NULL);
    CHECK_INT(KIND("text\0with a NUL"), ANNALS_KIND_UNKNOWN);
    CHECK_INT(KIND("  \n\t "), ANNALS_KIND_UNKNOWN);
    CHECK_STR(why, "empty input");
#undef KIND
}

/* Control bytes anywhere in the first 8 KB count, whatever their place in an 8-byte step:
 * over 5 % of them, or one NUL, make binary data. */
TEST(test_reader_detect_control_bytes) {
    static unsigned char buf[9000];
    const char *why;
    for (int shift = 0; shift < 8; shift++) {
        memset(buf, 'a', sizeof buf);
        for (int k = 0; k < 50; k++) buf[shift + k * 19] = 0x01; /* 50 in 1,000 */
        CHECK_INT(an_detect_kind(buf, 1000, &why), ANNALS_KIND_TEXT);
        buf[999 - shift] = 0x02; /* the 51st */
        CHECK_INT(an_detect_kind(buf, 1000, &why), ANNALS_KIND_UNKNOWN);
        memset(buf, 'a', sizeof buf);
        buf[8191 - shift] = 0;
        CHECK_INT(an_detect_kind(buf, sizeof buf, &why), ANNALS_KIND_UNKNOWN);
        buf[8191 - shift] = 'a';
        buf[8192 + shift] = 0; /* past what is looked at */
        CHECK_INT(an_detect_kind(buf, sizeof buf, &why), ANNALS_KIND_TEXT);
    }
}

TEST(test_reader_iso_normalize) {
    char out[40];
    CHECK(an_iso_normalize("2017-03-03", 10, out));
    CHECK_STR(out, "2017-03-03");
    CHECK(an_iso_normalize("2017-03-03T22:43:00Z", 20, out));
    CHECK_STR(out, "2017-03-03T22:43:00+00:00");
    CHECK(an_iso_normalize("2017-03-03 22:43-0500", 21, out));
    CHECK_STR(out, "2017-03-03T22:43:00-05:00");
    CHECK(an_iso_normalize("2017-03-03T22:43:05.123+03:00", 29, out));
    CHECK_STR(out, "2017-03-03T22:43:05+03:00");
    CHECK(an_iso_normalize("20160327", 8, out));
    CHECK_STR(out, "2016-03-27");
    CHECK(an_iso_normalize("2016-02", 7, out));
    CHECK_STR(out, "2016-02");
    CHECK(!an_iso_normalize("2017-02-30", 10, out));
    CHECK(!an_iso_normalize("2017-13-01", 10, out));
    CHECK(!an_iso_normalize("2017-03-03T25:00", 16, out));
    CHECK(!an_iso_normalize("yesterday", 9, out));
    CHECK(an_iso_normalize("2016-02-29", 10, out));
    CHECK(!an_iso_normalize("2015-02-29", 10, out));
}

/* Reads all of `in` through the public reader; returns the number of documents and of
 * errors, keeping the first document. */
static void read_memory(const char *in, size_t len, int *docs, int *errors, annals_doc **first,
                        annals_error *last_err) {
    annals_reader *r;
    *docs = *errors = 0;
    *first = NULL;
    CHECK_INT(annals_reader_open_memory(an_test_engine(), "mem", in, len, &r), ANNALS_OK);
    for (;;) {
        annals_doc *d;
        annals_status st = annals_reader_next(r, &d);
        if (st == ANNALS_DONE) break;
        if (st != ANNALS_OK) {
            (*errors)++;
            /* the message lives in the reader: keep a copy */
            static char message[256];
            *last_err = *annals_reader_error(r);
            snprintf(message, sizeof message, "%s", last_err->message);
            last_err->message = message;
            continue;
        }
        if (!*first)
            *first = d;
        else
            annals_doc_free(d);
        (*docs)++;
    }
    annals_reader_close(r);
}

TEST(test_reader_jsonl_fields) {
    const char *in =
        "{\"id\": 17, \"title\": \"A title\", \"url\": \"https://example.org/a\", "
        "\"date\": \"2016-03-27T10:00:00Z\", \"authors\": [\"Ann Lee\", \"Bo Chan\"], "
        "\"outlet\": \"Example Post\", \"lang\": \"en\", "
        "\"text\": \"  First paragraph.\\nStill first.\\n\\n\\nSecond one.  \"}\n";
    int docs, errors;
    annals_doc *d;
    annals_error err;
    read_memory(in, strlen(in), &docs, &errors, &d, &err);
    CHECK_INT(docs, 1);
    CHECK_INT(errors, 0);
    if (!d) return;
    CHECK_STR(annals_doc_get(d, ANNALS_FIELD_ID), "17");
    CHECK_STR(annals_doc_get(d, ANNALS_FIELD_TITLE), "A title");
    CHECK_STR(annals_doc_get(d, ANNALS_FIELD_PUBLISHED), "2016-03-27T10:00:00+00:00");
    CHECK_STR(annals_doc_get(d, ANNALS_FIELD_PUBLISHED_FROM), "given");
    CHECK_STR(annals_doc_get(d, ANNALS_FIELD_OUTLET), "Example Post");
    CHECK_STR(annals_doc_get(d, ANNALS_FIELD_SOURCE), "mem:1");
    CHECK_INT(annals_doc_count(d, ANNALS_LIST_AUTHORS), 2);
    /* the text stays exactly as given; paragraphs are spans of it */
    CHECK_STR(annals_doc_get(d, ANNALS_FIELD_TEXT),
              "  First paragraph.\nStill first.\n\n\nSecond one.  ");
    CHECK_INT(annals_doc_count(d, ANNALS_LIST_PARAGRAPHS), 2);
    annals_span sp;
    annals_doc_paragraph(d, 1, &sp);
    CHECK_INT(sp.start, 34);
    CHECK_INT(sp.end, 45);
    annals_doc_free(d);
}

TEST(test_reader_jsonl_errors_name_the_line) {
    const char *in = "{\"text\": \"ok\"}\n\n{broken\n{\"title\": \"no text\"}\n\"just a string\"\n"
                     "{\"text\": \"caf\xe9\"}\n{\"html\": \"<p>One</p><script>x()</script><p>Two &amp; more</p>\"}";
    int docs, errors;
    annals_doc *d;
    annals_error err;
    read_memory(in, strlen(in), &docs, &errors, &d, &err);
    CHECK_INT(docs, 3);
    CHECK_INT(errors, 3);
    CHECK_INT(err.line, 5);
    CHECK_INT(err.status, ANNALS_EFORMAT);
    annals_doc_free(d);
}

TEST(test_reader_html_in_jsonl) {
    const char *in = "{\"html\": \"<html><head><title>x</title><style>p{}</style></head><body>"
                     "<p>One <b>bold</b> line.</p><script>var a = '<p>';</script>"
                     "<p>Two &amp; more.</p></body></html>\"}\n";
    int docs, errors;
    annals_doc *d;
    annals_error err;
    read_memory(in, strlen(in), &docs, &errors, &d, &err);
    CHECK_INT(docs, 1);
    if (!d) return;
    const char *text = annals_doc_get(d, ANNALS_FIELD_TEXT);
    CHECK(text && strstr(text, "One bold line.") != NULL);
    CHECK(text && strstr(text, "Two & more.") != NULL);
    CHECK(text && strstr(text, "var a") == NULL);
    annals_doc_free(d);
}

TEST(test_reader_plain_text_and_ids) {
    const char *in = "date 2018-05-06 A quiet day\n\nNothing happened in the town on Sunday.\n";
    int docs, errors;
    annals_doc *d1, *d2;
    annals_error err;
    read_memory(in, strlen(in), &docs, &errors, &d1, &err);
    CHECK_INT(docs, 1);
    read_memory(in, strlen(in), &docs, &errors, &d2, &err);
    if (!d1 || !d2) return;
    CHECK_STR(annals_doc_get(d1, ANNALS_FIELD_TITLE), "A quiet day");
    CHECK_STR(annals_doc_get(d1, ANNALS_FIELD_PUBLISHED), "2018-05-06");
    CHECK_STR(annals_doc_get(d1, ANNALS_FIELD_PUBLISHED_FROM), "header");
    CHECK_STR(annals_doc_get(d1, ANNALS_FIELD_ID), annals_doc_get(d2, ANNALS_FIELD_ID));
    CHECK_INT(strlen(annals_doc_get(d1, ANNALS_FIELD_ID)), 16);
    annals_doc_free(d1);
    annals_doc_free(d2);
}

TEST(test_reader_bad_inputs) {
    int docs, errors;
    annals_doc *d;
    annals_error err;
    read_memory("", 0, &docs, &errors, &d, &err);
    CHECK_INT(docs, 0);
    CHECK_INT(errors, 1);
    CHECK(strstr(err.message, "empty") != NULL);
    read_memory("\x89PNG\r\n\x1a\n....", 12, &docs, &errors, &d, &err);
    CHECK_INT(errors, 1);
    CHECK(strstr(err.message, "PNG") != NULL);
    read_memory("WARC/1.0\r\n", 10, &docs, &errors, &d, &err); /* a header cut short */
    CHECK_INT(err.status, ANNALS_EFORMAT);
    annals_reader *r;
    CHECK_INT(annals_reader_open(an_test_engine(), "/nonexistent/file.txt", &r), ANNALS_OK);
    CHECK_INT(annals_reader_next(r, &d), ANNALS_EIO);
    CHECK_INT(annals_reader_next(r, &d), ANNALS_DONE);
    annals_reader_close(r);
}

TEST(test_reader_article_limit) {
    annals_options o;
    annals_options_init(&o);
    o.max_article_bytes = 100;
    annals_engine *e;
    CHECK_INT(annals_open(&e, &o), ANNALS_OK);
    char big[300];
    memset(big, 'a', sizeof big);
    annals_reader *r;
    annals_reader_open_memory(e, "big", big, sizeof big, &r);
    annals_doc *d;
    CHECK_INT(annals_reader_next(r, &d), ANNALS_ETOOBIG);
    CHECK_INT(annals_reader_next(r, &d), ANNALS_DONE);
    annals_reader_close(r);
    annals_close(e);
}

TEST(test_reader_doc_api_set_text) {
    annals_doc *d;
    CHECK_INT(annals_doc_new(an_test_engine(), &d), ANNALS_OK);
    const char *t = "Caf\xc3\xa9 one.\n\nBad \xff byte.";
    CHECK_INT(annals_doc_set(d, ANNALS_FIELD_TEXT, t, strlen(t)), ANNALS_OK);
    CHECK_STR(annals_doc_get(d, ANNALS_FIELD_TEXT), "Caf\xc3\xa9 one.\n\nBad \xef\xbf\xbd byte.");
    CHECK_INT(annals_doc_count(d, ANNALS_LIST_PARAGRAPHS), 2);
    annals_span sp;
    annals_doc_paragraph(d, 1, &sp);
    CHECK_INT(sp.start, 11); /* code points: é counts once */
    CHECK_INT(annals_doc_set(d, ANNALS_FIELD_COUNT_, "x", 1), ANNALS_EINVAL);
    CHECK_INT(annals_doc_paragraph(d, 5, &sp), ANNALS_EINVAL);
    CHECK_INT(annals_annotate(an_test_engine(), d, ANNALS_STAGE_ALL), ANNALS_OK);
    CHECK(annals_doc_count(d, ANNALS_LIST_SENTENCES) >= 2);
    annals_doc_free(d);
}

TEST(test_reader_language_detection) {
    an_lang_res r;
    CHECK_INT(an_lang_res_load(&r), 0);
#define LANG(s) an_lang_detect(&r, (s), strlen(s))
    CHECK_STR(LANG("The army said that it had taken the town after a week of fighting."), "en");
    CHECK_STR(LANG("L'armée a déclaré qu'elle avait repris la ville après une semaine de combats."), "fr");
    CHECK_STR(LANG("El ejército dijo que había tomado la ciudad después de una semana de combates."), "es");
    CHECK_STR(LANG("Die Armee sagte, dass sie die Stadt nach einer Woche eingenommen hat."), "de");
    CHECK_STR(LANG("\xd9\x82\xd8\xa7\xd9\x84 \xd8\xa7\xd9\x84\xd8\xac\xd9\x8a\xd8\xb4"), "ar");
    CHECK_STR(LANG("\xd0\x90\xd1\x80\xd0\xbc\xd0\xb8\xd1\x8f \xd0\xb7\xd0\xb0\xd0\xbd\xd1\x8f\xd0\xbb\xd0\xb0"), "ru");
    CHECK_STR(LANG("\xd0\x9a\xd0\xb8\xd1\x97\xd0\xb2 \xd1\x96 \xd0\xbc\xd1\x96\xd1\x81\xd1\x82\xd0\xbe"), "uk");
    CHECK(LANG("Qwx zzv 12345.") == NULL);
    /* a few letters of another script weigh less than the Latin ones around them */
    CHECK_STR(LANG("The \xd0\x9a\xd1\x80\xd0\xb5\xd0\xbc\xd0\xbb\xd1\x8c said that the army "
                   "was in the town."), "en");
    CHECK_STR(LANG("\xd0\x90\xd1\x80\xd0\xbc\xd0\xb8\xd1\x8f \xd0\xb7\xd0\xb0\xd0\xbd\xd1\x8f"
                   "\xd0\xbb\xd0\xb0 NATO"), "ru");
#undef LANG
    an_lang_res_free(&r);
}

/* The scan of a JSONL record gives what jansson's tree gives, member by member; what the
 * scan does not take is left to jansson. */
static void same_members(const char *line, int want_scanned) {
    an_jrec a, b;
    an_jrec_init(&a);
    an_jrec_init(&b);
    int scanned = an_jrec_scan(&a, line, strlen(line));
    if (want_scanned >= 0 && scanned != want_scanned) an_check_fail(__FILE__, __LINE__, "scan %d of %s", scanned, line);
    json_t *obj = json_loadb(line, strlen(line), 0, NULL);
    if (scanned == 1) {
        if (!json_is_object(obj)) an_check_fail(__FILE__, __LINE__, "scanned, not JSON: %s", line);
        if (!obj) return;
        CHECK_INT(an_jrec_from_json(&b, obj), 0);
        for (int k = 0; k < AN_JK_N; k++) {
            int ka = a.kind[k] == AN_JV_INTEGER ? AN_JV_OTHER : a.kind[k];
            int kb = b.kind[k] == AN_JV_INTEGER ? AN_JV_OTHER : b.kind[k];
            if (ka != kb) an_check_fail(__FILE__, __LINE__, "%s: kind %d, want %d in %s",
                                        an_jrec_names[k], ka, kb, line);
            if (ka == AN_JV_STRING && (a.str[k].len != b.str[k].len ||
                                       memcmp(a.str[k].s, b.str[k].s, a.str[k].len) != 0))
                an_check_fail(__FILE__, __LINE__, "%s: \"%s\", want \"%s\"", an_jrec_names[k],
                              a.str[k].s, b.str[k].s);
        }
        for (int w = 0; w < 2; w++) {
            CHECK_INT(a.n_items[w], b.n_items[w]);
            for (size_t i = 0; i < a.n_items[w] && i < b.n_items[w]; i++)
                CHECK_STR(a.items[w][i].s, b.items[w][i].s);
        }
    }
    json_decref(obj);
    an_jrec_free(&a);
    an_jrec_free(&b);
}

TEST(test_reader_jsonl_scan_matches_jansson) {
    same_members("{\"text\": \"plain\", \"id\": \"a1\", \"authors\": [\"Ann\", 3, null, \"Bo\"]}", 1);
    same_members(" {\"text\":\"q\\\" b\\\\ s\\/ \\b\\f\\n\\r\\t u\\u00e9\\u20AC p\\ud83d\\ude00\"} \r\n", 1);
    same_members("{\"title\": \"one\", \"title\": \"two\", \"author\": \"Solo\", \"text\": \"\"}", 1);
    same_members("{\"x\": {\"text\": \"nested\", \"y\": [1, -2.5e10, true, false, null, {}]}, "
                 "\"body\": \"b\", \"text\": 5, \"date\": [\"2020-01-01\"]}", 1);
    same_members("{\"authors\": [\"A\"], \"authors\": [\"B\", \"C\"], \"headline\": \"h\"}", 1);
    same_members("{}", 1);
    same_members("{\"\": \"empty key\", \"te\\u0078t\": \"escaped key\"}", 1);
    same_members("{\"text\": \"nul \\u0000\"}", 0);        /* jansson refuses it */
    same_members("{\"text\": \"lone \\udc00\"}", 0);
    same_members("{\"text\": \"half \\ud800 x\"}", 0);
    same_members("{\"text\": \"tab\tinside\"}", 0);        /* a raw control character */
    same_members("{\"id\": 12, \"text\": \"x\"}", 0);       /* jansson formats the id */
    same_members("{\"n\": 12345678901234567890, \"text\": \"x\"}", 0);
    same_members("{\"n\": 1e400, \"text\": \"x\"}", 0);
    same_members("{\"n\": 01, \"text\": \"x\"}", 0);
    same_members("{\"text\": \"x\"} trailing", 0);
    same_members("{\"text\": \"x\",}", 0);
    same_members("[\"text\"]", 0);
    same_members("{\"text\": \"unterminated}", 0);
    same_members("{\"a\": tru}", 0);
    char deep[400] = "{\"a\": ";
    for (int i = 0; i < 70; i++) strcat(deep, "[");
    for (int i = 0; i < 70; i++) strcat(deep, "]");
    strcat(deep, ", \"text\": \"deep\"}");
    same_members(deep, 0); /* deeper than the scan goes: jansson reads it */
}

/* Lines cut and changed at random: the scan takes a line only when jansson reads the same
 * members from it. */
TEST(test_reader_jsonl_scan_mutations) {
    static const char base[] = "{\"id\": \"x-1\", \"text\": \"A \\\"q\\\" \\u00e9 b\", "
                               "\"authors\": [\"Ann\", 2], \"n\": -1.5e3, \"o\": {\"k\": [true]}}";
    static const char bytes[] = "{}[]\",:\\u0e9-+. tfn\x01";
    uint64_t seed = 7;
    char line[sizeof base + 8];
    for (int round = 0; round < 3000; round++) {
        memcpy(line, base, sizeof base);
        size_t len = sizeof base - 1;
        for (int m = 0; m < 1 + round % 3 && len > 0; m++) {
            seed = seed * 6364136223846793005ull + 1442695040888963407ull;
            size_t at = (size_t)(seed >> 33) % len;
            char b = bytes[(seed >> 20) % (sizeof bytes - 1)];
            if ((seed >> 12) % 4 == 0) len = at; /* cut */
            else line[at] = b;
            line[len] = 0;
        }
        same_members(line, -1);
    }
}

/* The rest of an input, small or larger than the window, whole or over the limit, with
 * the offset after it; a buffer reused for the next input. */
TEST(test_reader_source_rest_sizes) {
    an_buf text, gz, got;
    an_buf_init(&text);
    an_buf_init(&gz);
    an_buf_init(&got);
    for (int i = 0; i < 60000; i++) an_buf_printf(&text, "line %d of a long input\n", i);
    gzip_into(&gz, text.data, text.len);
    for (int round = 0; round < 2; round++) {
        an_source s;
        an_source_open_memory(&s, gz.data, gz.len);
        CHECK_INT(an_source_rest(&s, &got, 1 << 30), 1);
        CHECK_INT(got.len, text.len);
        CHECK(got.len == text.len && memcmp(got.data, text.data, text.len) == 0);
        CHECK_INT(got.data[got.len], 0);
        CHECK_INT(an_source_offset(&s), text.len);
        CHECK_INT(an_source_rest(&s, &got, 1 << 30), 0);
        an_source_close(&s);
    }
    an_source s;
    an_source_open_memory(&s, gz.data, gz.len);
    CHECK_INT(an_source_rest(&s, &got, text.len - 1), 2);
    CHECK_INT(an_source_offset(&s), text.len);
    an_source_close(&s);
    an_source_open_memory(&s, "short", 5);
    CHECK_INT(an_source_rest(&s, &got, 5), 1);
    CHECK_STR(an_buf_cstr(&got), "short");
    an_source_close(&s);
    an_buf_free(&text);
    an_buf_free(&gz);
    an_buf_free(&got);
}
