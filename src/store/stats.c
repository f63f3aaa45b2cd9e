/* stats.c - what the store holds, as named counts. */
#include "store/store.h"

static const struct {
    const char *name, *sql;
} counts[] = {
    {"articles", "SELECT count(*) FROM articles"},
    {"stories", "SELECT count(*) FROM articles WHERE dup_of IS NULL"},
    {"duplicates", "SELECT count(*) FROM articles WHERE dup_of IS NOT NULL"},
    {"sources", "SELECT count(DISTINCT outlet) FROM articles WHERE outlet IS NOT NULL"},
    {"sentences", "SELECT count(*) FROM sentences"},
    {"times", "SELECT coalesce(sum(json_array_length(times)), 0) FROM article_mentions"},
    {"dated_sentences",
     "SELECT count(DISTINCT sentence_id) FROM time_mentions WHERE date_start IS NOT NULL"},
    {"places", "SELECT count(*) FROM places"},
    {"place_mentions", "SELECT coalesce(sum(json_array_length(places)), 0) FROM article_mentions"},
    {"actors", "SELECT count(*) FROM actors"},
    {"actor_mentions", "SELECT coalesce(sum(json_array_length(actors)), 0) FROM article_mentions"},
    {"events", "SELECT count(*) FROM event_groups"},
    {"event_reports", "SELECT count(*) FROM events"},
    {"casualty_figures", "SELECT count(*) FROM casualties"},
    {"bytes", "SELECT coalesce(sum(bytes), 0) FROM articles"},
    {"file_bytes", "SELECT page_count * page_size FROM pragma_page_count, pragma_page_size"},
};

annals_status annals_store_stats(annals_store *s, annals_count_fn fn, void *ctx) {
    if (!s || !s->db || !fn) return ANNALS_EINVAL;
    for (size_t i = 0; i < sizeof counts / sizeof *counts; i++) {
        sqlite3_stmt *q;
        if (sqlite3_prepare_v2(s->db, counts[i].sql, -1, &q, NULL) != SQLITE_OK)
            return an_store_sqlfail(s, counts[i].name);
        int rc = sqlite3_step(q);
        int64_t v = rc == SQLITE_ROW ? sqlite3_column_int64(q, 0) : 0;
        sqlite3_finalize(q);
        if (rc != SQLITE_ROW) return an_store_sqlfail(s, counts[i].name);
        fn(ctx, counts[i].name, v);
    }
    return ANNALS_OK;
}
