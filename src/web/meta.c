/* meta.c - the article's metadata, each field from the most trusted source that has it:
 * JSON-LD (what publishers feed search engines), then <meta> tags, then the page itself
 * (<h1>, <time>, byline nodes, the URL, visible date lines). */
#include <ctype.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "core/utf8.h"
#include "read/jsonl.h"
#include "web/page.h"

#define MAX_AUTHORS 12

typedef struct {
    char names[MAX_AUTHORS][128];
    int n;
} author_list;

typedef struct {
    char og_title[1024], ld_headline[1024], html_title[1024], h1[1024];
    char site_name[256], ld_publisher[256], app_name[256];
    char canonical[2048], og_url[2048];
    char lang[32];
    char ld_pub[40], meta_pub[40], time_pub[40];
    char ld_mod[40], meta_mod[40]; /* dateModified: parsed, for when the record has a field */
    author_list ld_authors, meta_authors, rel_authors;
    an_buf tmp;
    an_page *page; /* takes the articleBody */
} meta;

static void copy(char *dst, size_t cap, const char *s) {
    if (!s || dst[0]) return; /* the first one found wins */
    size_t n = 0;
    int space = 1;
    for (; *s && n + 1 < cap; s++) {
        int sp = isspace((unsigned char)*s);
        if (sp && space) continue;
        dst[n++] = sp ? ' ' : *s;
        space = sp;
    }
    while (n && dst[n - 1] == ' ') n--;
    if (*s) /* cut short: do not end inside a UTF-8 sequence */
        while (n && ((unsigned char)dst[n - 1] & 0xc0) == 0x80) n--;
    if (*s && n && (unsigned char)dst[n - 1] >= 0xc0) n--;
    dst[n] = 0;
}

static void add_author(author_list *a, const char *s) {
    if (!s || a->n >= MAX_AUTHORS) return;
    while (isspace((unsigned char)*s)) s++;
    if (!*s || strncmp(s, "http", 4) == 0 || strchr(s, '@') || strlen(s) > 100) return;
    for (int i = 0; i < a->n; i++)
        if (strcasecmp(a->names[i], s) == 0) return;
    a->names[a->n][0] = 0;
    copy(a->names[a->n++], sizeof a->names[0], s);
}

/* Several authors in one string: "Ann Lee, Bo Chan and Cy Dee". */
static void add_authors_split(author_list *a, const char *s) {
    char buf[512];
    snprintf(buf, sizeof buf, "%s", s);
    char *p = buf;
    while (*p) {
        char *cut = p + strcspn(p, ",;|");
        char *and = strstr(p, " and ");
        if (and && and < cut) cut = and;
        char save = *cut;
        *cut = 0;
        add_author(a, p);
        if (!save) break;
        p = cut + (save == ' ' ? 5 : 1);
    }
}

static void set_date(char out[40], const char *s) {
    char iso[40];
    if (out[0] || !s) return;
    if (an_iso_normalize(s, strlen(s), iso)) memcpy(out, iso, 40);
}

/* ---- JSON-LD ---- */

static int is_article_type(json_t *t) {
    static const char *const types[] = {"Article", "NewsArticle", "ReportageNews", "BlogPosting",
                                        "AnalysisNewsArticle", "OpinionNewsArticle", "Report",
                                        "BackgroundNewsArticle", "LiveBlogPosting", "WebPage",
                                        "ScholarlyArticle", "TechArticle", "SocialMediaPosting",
                                        NULL};
    if (json_is_array(t)) {
        size_t i;
        json_t *v;
        json_array_foreach(t, i, v) if (is_article_type(v)) return 1;
        return 0;
    }
    const char *s = json_string_value(t);
    for (size_t i = 0; s && types[i]; i++)
        if (strcmp(s, types[i]) == 0) return 1;
    return 0;
}

static const char *jstr(json_t *o, const char *key) {
    return json_string_value(json_object_get(o, key));
}

static void ld_authors(meta *m, json_t *a) {
    if (json_is_array(a)) {
        size_t i;
        json_t *v;
        json_array_foreach(a, i, v) ld_authors(m, v);
    } else if (json_is_string(a)) {
        add_authors_split(&m->ld_authors, json_string_value(a));
    } else if (json_is_object(a)) {
        add_author(&m->ld_authors, jstr(a, "name"));
    }
}

static void ld_object(meta *m, json_t *o) {
    if (json_is_array(o)) {
        size_t i;
        json_t *v;
        json_array_foreach(o, i, v) ld_object(m, v);
        return;
    }
    if (!json_is_object(o)) return;
    json_t *graph = json_object_get(o, "@graph");
    if (graph) ld_object(m, graph);
    if (!is_article_type(json_object_get(o, "@type"))) return;
    copy(m->ld_headline, sizeof m->ld_headline, jstr(o, "headline"));
    set_date(m->ld_pub, jstr(o, "datePublished"));
    set_date(m->ld_mod, jstr(o, "dateModified"));
    if (m->ld_authors.n == 0) ld_authors(m, json_object_get(o, "author"));
    json_t *pub = json_object_get(o, "publisher");
    if (json_is_object(pub)) copy(m->ld_publisher, sizeof m->ld_publisher, jstr(pub, "name"));
    copy(m->lang, sizeof m->lang, jstr(o, "inLanguage"));
    const char *text = jstr(o, "articleBody");
    if (text && !m->page->ld_body) {
        m->page->ld_body_len = strlen(text);
        m->page->ld_body = an_arena_strndup(&m->page->arena, text, m->page->ld_body_len);
    }
}

static void read_jsonld(meta *m, xmlNode *script) {
    xmlChar *s = xmlNodeGetContent(script);
    if (!s) return;
    json_t *o = json_loads((const char *)s, JSON_DECODE_ANY, NULL);
    xmlFree(s);
    if (!o) return;
    ld_object(m, o);
    json_decref(o);
}

/* ---- <meta>, <link>, <title>, <time> ---- */

static const char *attr(xmlNode *n, const char *name) {
    xmlAttr *a = xmlHasProp(n, (const xmlChar *)name);
    return a && a->children && a->children->content ? (const char *)a->children->content : NULL;
}

static void read_meta(meta *m, xmlNode *n) {
    const char *key = attr(n, "property");
    if (!key) key = attr(n, "name");
    if (!key) key = attr(n, "itemprop");
    const char *v = attr(n, "content");
    if (!key || !v) {
        const char *eq = attr(n, "http-equiv");
        if (eq && v && strcasecmp(eq, "content-language") == 0) copy(m->lang, sizeof m->lang, v);
        return;
    }
    static const char *const pub_keys[] = {"article:published_time", "og:published_time",
                                           "datepublished", "pubdate", "publishdate",
                                           "publish-date", "date", "dc.date.issued", "dc.date",
                                           "sailthru.date", "parsely-pub-date", "dcterms.created",
                                           "article.published", "published_time", NULL};
    static const char *const mod_keys[] = {"article:modified_time", "og:updated_time",
                                           "datemodified", "dcterms.modified", NULL};
    static const char *const author_keys[] = {"author", "article:author", "parsely-author",
                                              "sailthru.author", "dc.creator", "byl", NULL};
    if (strcasecmp(key, "og:title") == 0) copy(m->og_title, sizeof m->og_title, v);
    else if (strcasecmp(key, "og:site_name") == 0) copy(m->site_name, sizeof m->site_name, v);
    else if (strcasecmp(key, "application-name") == 0) copy(m->app_name, sizeof m->app_name, v);
    else if (strcasecmp(key, "og:url") == 0) copy(m->og_url, sizeof m->og_url, v);
    else if (strcasecmp(key, "og:locale") == 0) copy(m->lang, sizeof m->lang, v);
    for (size_t i = 0; pub_keys[i]; i++)
        if (strcasecmp(key, pub_keys[i]) == 0) set_date(m->meta_pub, v);
    for (size_t i = 0; mod_keys[i]; i++)
        if (strcasecmp(key, mod_keys[i]) == 0) set_date(m->meta_mod, v);
    for (size_t i = 0; author_keys[i]; i++)
        if (strcasecmp(key, author_keys[i]) == 0) {
            if (strncasecmp(v, "by ", 3) == 0) v += 3;
            add_authors_split(&m->meta_authors, v);
        }
}

static void read_element(meta *m, const an_elem *e) {
    xmlNode *n = e->node;
    const char *name = (const char *)n->name;
    if (!strchr("mltsha", name[0])) return; /* most elements: div, p, span, li, img */
    if (strcmp(name, "meta") == 0) {
        read_meta(m, n);
    } else if (strcmp(name, "link") == 0) {
        const char *rel = attr(n, "rel");
        if (rel && strcasecmp(rel, "canonical") == 0)
            copy(m->canonical, sizeof m->canonical, attr(n, "href"));
    } else if (strcmp(name, "title") == 0 && !m->html_title[0]) {
        an_web_node_text(n, &m->tmp);
        copy(m->html_title, sizeof m->html_title, an_buf_cstr(&m->tmp));
    } else if (strcmp(name, "script") == 0) {
        const char *type = attr(n, "type");
        if (type && strcasecmp(type, "application/ld+json") == 0) read_jsonld(m, n);
    } else if (strcmp(name, "html") == 0) {
        copy(m->lang, sizeof m->lang, attr(n, "lang"));
    } else if (strcmp(name, "time") == 0 && !(e->in & E_BOILER)) {
        set_date(m->time_pub, attr(n, "datetime"));
    } else if (strcmp(name, "a") == 0) {
        const char *rel = attr(n, "rel");
        if (rel && strcasecmp(rel, "author") == 0 && !(e->in & E_BOILER)) {
            an_web_node_text(n, &m->tmp);
            add_author(&m->rel_authors, an_buf_cstr(&m->tmp));
        }
    } else if (strcmp(name, "h1") == 0 && !m->h1[0]) {
        an_web_node_text(n, &m->tmp);
        copy(m->h1, sizeof m->h1, an_buf_cstr(&m->tmp));
    }
}

/* The walk does not go into <head>: its children are read here. */
static void read_head(meta *m, an_page *p) {
    xmlNode *root = xmlDocGetRootElement(p->dom);
    for (xmlNode *h = root ? root->children : NULL; h; h = h->next) {
        if (h->type != XML_ELEMENT_NODE || strcmp((const char *)h->name, "head") != 0) continue;
        an_elem e = {0};
        for (xmlNode *n = h->children; n; n = n->next) {
            if (n->type != XML_ELEMENT_NODE) continue;
            e.node = n;
            read_element(m, &e);
        }
    }
}

/* ---- choosing ---- */

static int contains_ci(const char *s, const char *word) {
    size_t k = strlen(word);
    for (; *s; s++)
        if (strncasecmp(s, word, k) == 0) return 1;
    return 0;
}

/* "Headline | Site" -> "Headline" when the tail is the site name or short. */
static void strip_site(char *t, const char *site) {
    static const char *const seps[] = {" | ", " - ", " \xe2\x80\x93 ", " \xe2\x80\x94 ", " :: ",
                                       " \xc2\xb7 ", " // ", NULL};
    for (size_t i = 0; seps[i]; i++) {
        char *at = NULL;
        for (char *q = strstr(t, seps[i]); q; q = strstr(q + 1, seps[i])) at = q;
        if (!at || at == t) continue;
        const char *tail = at + strlen(seps[i]);
        int words = 1;
        for (const char *c = tail; *c; c++) words += *c == ' ';
        if ((site && *site && contains_ci(tail, site)) || words <= 3) {
            *at = 0;
            return;
        }
    }
}

/* Sets a field unless set; what came from outside the parser (a WARC header) may be any
 * bytes, so it is repaired to UTF-8 on the way in. */
static int set(annals_doc *doc, annals_field f, const char *s) {
    if (!s || !*s || doc->field[f]) return 0;
    an_buf b;
    an_buf_init(&b);
    int rc = an_utf8_repair(&b, s, strlen(s)) < 0 ? -1 : an_doc_set_field(doc, f, b.data, b.len);
    an_buf_free(&b);
    return rc;
}

static int set_title(meta *m, annals_doc *doc) {
    const char *site = m->site_name[0] ? m->site_name : m->ld_publisher;
    char *cands[] = {m->og_title, m->ld_headline, m->h1, m->html_title};
    for (size_t i = 0; i < 4; i++) {
        if (!cands[i][0]) continue;
        strip_site(cands[i], site);
        return set(doc, ANNALS_FIELD_TITLE, cands[i]);
    }
    return 0;
}

static int set_authors(meta *m, annals_doc *doc) {
    author_list *lists[] = {&m->ld_authors, &m->meta_authors, &m->rel_authors};
    for (size_t i = 0; i < 3; i++) {
        if (lists[i]->n == 0) continue;
        for (int k = 0; k < lists[i]->n; k++)
            if (an_doc_add_author(doc, lists[i]->names[k], strlen(lists[i]->names[k])) != 0)
                return -1;
        return 0;
    }
    return 0;
}

/* A date in the URL path: /2019/11/19/ or /2019-11-19-slug. */
static int url_date(const char *url, char out[40]) {
    if (!url) return 0;
    const char *path = strstr(url, "://");
    path = path ? strchr(path + 3, '/') : url;
    for (const char *s = path; s && *s; s++) {
        if (*s != '/' && *s != '-' && *s != '_') continue;
        int y, mo, d, n = 0;
        if ((sscanf(s + 1, "%4d/%2d/%2d%n", &y, &mo, &d, &n) == 3 ||
             sscanf(s + 1, "%4d-%2d-%2d%n", &y, &mo, &d, &n) == 3) &&
            y >= 1990 && y <= 2100 && an_date_valid(y, mo, d)) {
            snprintf(out, 40, "%04d-%02d-%02d", y, mo, d);
            return 1;
        }
    }
    return 0;
}

/* A visible date in a byline or date element of the article. */
static int visible_date(an_page *p, char out[40]) {
    for (size_t i = 0; i < p->blocks.n; i++) {
        const an_block *b = &p->blocks.v[i];
        const an_elem *o = &p->elems.v[b->owner];
        if (!(o->in & (E_DATE | E_BYLINE)) || (o->in & E_BOILER) || b->words > 20) continue;
        if (an_parse_timestamp(p->res, p->text.data + b->off, b->len, out)) return 1;
    }
    return 0;
}

/* Authors from a byline element, or from a short "By ..." line anywhere but the page's
 * navigation and footer (an_parse_byline checks that the names look like names). */
static int bylines(an_page *p, annals_doc *doc) {
    for (size_t i = 0; i < p->blocks.n && doc->authors.n == 0; i++) {
        const an_block *b = &p->blocks.v[i];
        const an_elem *o = &p->elems.v[b->owner];
        const char *s = p->text.data + b->off;
        int by = b->len > 3 && (s[0] == 'B' || s[0] == 'b') && (s[1] == 'y' || s[1] == 'Y') &&
                 (s[2] == ' ' || s[2] == ':');
        if (!((o->in & E_BYLINE) || by) || (o->in & E_BOILER) || b->words > 16) continue;
        if (an_parse_byline(p->res, doc, s, b->len) < 0) return -1;
    }
    return 0;
}

static int set_published(an_page *p, meta *m, annals_doc *doc, const char *url) {
    char iso[40];
    const char *v = NULL, *from = NULL;
    if (m->ld_pub[0]) v = m->ld_pub, from = "jsonld";
    else if (m->meta_pub[0]) v = m->meta_pub, from = "meta";
    else if (m->time_pub[0]) v = m->time_pub, from = "meta";
    else if (url_date(url, iso)) v = iso, from = "url";
    else if (visible_date(p, iso)) v = iso, from = "byline";
    if (!v || doc->field[ANNALS_FIELD_PUBLISHED]) return 0;
    if (set(doc, ANNALS_FIELD_PUBLISHED, v) != 0) return -1;
    return set(doc, ANNALS_FIELD_PUBLISHED_FROM, from);
}

static void short_lang(char *lang) {
    size_t n = strcspn(lang, "-_");
    lang[n] = 0;
    for (char *c = lang; *c; c++) *c = (char)tolower((unsigned char)*c);
}

int an_page_meta(an_page *p, annals_doc *doc, const char *url) {
    static meta zero;
    meta *m = malloc(sizeof *m);
    if (!m) return -1;
    *m = zero;
    an_buf_init(&m->tmp);
    m->page = p;
    read_head(m, p);
    for (size_t i = 0; i < p->elems.n; i++) read_element(m, &p->elems.v[i]);
    if (!url || !*url) url = m->canonical[0] ? m->canonical : m->og_url;
    short_lang(m->lang);
    int rc = set_title(m, doc) || set(doc, ANNALS_FIELD_URL, url) ||
             set(doc, ANNALS_FIELD_OUTLET, m->site_name[0] ? m->site_name :
                                           m->ld_publisher[0] ? m->ld_publisher : m->app_name) ||
             set(doc, ANNALS_FIELD_LANG, m->lang[0] ? m->lang : NULL) || set_authors(m, doc) ||
             (doc->authors.n == 0 && bylines(p, doc)) || set_published(p, m, doc, url);
    an_buf_free(&m->tmp);
    free(m);
    return rc ? -1 : 0;
}
