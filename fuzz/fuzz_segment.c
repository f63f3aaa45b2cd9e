/* fuzz_segment.c - the pipeline on a caller's text: arbitrary bytes set as the text of a new
 * document (annals_doc_set, ANNALS_FIELD_TEXT), annotated with every stage and checked.
 * Valid UTF-8 must be kept exactly as given (offsets are offsets into the caller's text);
 * setting the text again must drop what was found in the old one, and annotating again must
 * give the same record. */
#include <string.h>

#include "common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    annals_engine *e = fz_engine(0);
    const char *s = (const char *)data;
    annals_doc *doc = NULL;
    annals_status st = annals_doc_new(e, &doc);
    FZ_CHECK(st == ANNALS_OK && doc, "annals_doc_new: %s", annals_strerror(st));
    FZ_CHECK(annals_doc_set(doc, ANNALS_FIELD_TEXT, NULL, 1) == ANNALS_EINVAL,
             "NULL text of length 1 accepted%s", "");

    /* The first line is also the title, to have a second string field. */
    const char *nl = memchr(s, '\n', size);
    size_t title_len = nl ? (size_t)(nl - s) : size;
    if (title_len > 300) title_len = 300;
    st = annals_doc_set(doc, ANNALS_FIELD_TITLE, s, title_len);
    FZ_CHECK(st == ANNALS_OK, "setting the title: %s", annals_strerror(st));
    st = annals_doc_set(doc, ANNALS_FIELD_TEXT, s, size);
    FZ_CHECK(st == ANNALS_OK, "setting the text: %s", annals_strerror(st));

    const char *text = annals_doc_get(doc, ANNALS_FIELD_TEXT);
    FZ_CHECK(text != NULL, "the text is NULL after setting it%s", "");
    if (fz_utf8_check(s, size) == size) {
        size_t k = strlen(text);
        FZ_CHECK(k <= size && memcmp(text, s, k) == 0 && (k == size || s[k] == '\0'),
                 "valid UTF-8 text was not kept as given%s", "");
    }
    fz_check_doc(e, doc, 0, NULL);

    st = annals_annotate(e, doc, ANNALS_STAGE_ALL);
    FZ_CHECK(st == ANNALS_OK, "annals_annotate: %s", annals_strerror(st));
    fz_buf first = {0}, second = {0};
    fz_check_doc(e, doc, 1, &first);

    st = annals_doc_set(doc, ANNALS_FIELD_TEXT, s, size);
    FZ_CHECK(st == ANNALS_OK, "setting the text again: %s", annals_strerror(st));
    static const struct {
        annals_list list;
        const char *name;
    } derived[] = {{ANNALS_LIST_SENTENCES, "sentences"}, {ANNALS_LIST_TOKENS, "tokens"},
                   {ANNALS_LIST_TIMES, "times"},         {ANNALS_LIST_PLACES, "places"},
                   {ANNALS_LIST_ACTORS, "actors"}};
    for (size_t i = 0; i < sizeof derived / sizeof *derived; i++)
        FZ_CHECK(annals_doc_count(doc, derived[i].list) == 0,
                 "setting the text kept %zu %s found in the old text (src/api/doc.c)",
                 annals_doc_count(doc, derived[i].list), derived[i].name);
    st = annals_annotate(e, doc, ANNALS_STAGE_ALL);
    FZ_CHECK(st == ANNALS_OK, "annals_annotate again: %s", annals_strerror(st));
    fz_check_doc(e, doc, 1, &second);
    FZ_CHECK(first.len == second.len && memcmp(first.data, second.data, first.len) == 0,
             "the same text segmented twice gives two records:\n%.400s\n%.400s", first.data,
             second.data);

    fz_buf_free(&first);
    fz_buf_free(&second);
    annals_doc_free(doc);
    return 0;
}
