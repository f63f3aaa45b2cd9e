/* inputs.c - expanding the paths given on the command line into files. */
#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cli.h"

static int by_name(const void *a, const void *b) {
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static int walk(const char *path, cli_file_fn fn, void *ctx, int depth);

static int walk_dir(const char *path, cli_file_fn fn, void *ctx, int depth) {
    DIR *d = opendir(path);
    if (!d) {
        cli_error("%s: %s", path, strerror(errno));
        return 1;
    }
    char **names = NULL;
    size_t n = 0, cap = 0;
    int failed = 0;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (e->d_name[0] == '.') continue;
        if (n == cap) {
            cap = cap ? cap * 2 : 64;
            char **p = realloc(names, cap * sizeof *names);
            if (!p) break;
            names = p;
        }
        size_t len = strlen(path) + strlen(e->d_name) + 2;
        names[n] = malloc(len);
        if (!names[n]) break;
        snprintf(names[n], len, "%s%s%s", path, path[strlen(path) - 1] == '/' ? "" : "/",
                 e->d_name);
        n++;
    }
    closedir(d);
    qsort(names, n, sizeof *names, by_name);
    for (size_t i = 0; i < n; i++) {
        failed += walk(names[i], fn, ctx, depth + 1);
        free(names[i]);
    }
    free(names);
    return failed;
}

static int walk(const char *path, cli_file_fn fn, void *ctx, int depth) {
    struct stat st;
    if (strcmp(path, "-") == 0) return fn(path, ctx);
    if (stat(path, &st) != 0) {
        cli_error("%s: %s", path, strerror(errno));
        return 1;
    }
    if (S_ISDIR(st.st_mode)) {
        if (depth > 64) {
            cli_error("%s: directories nested too deep", path);
            return 1;
        }
        return walk_dir(path, fn, ctx, depth);
    }
    if (!S_ISREG(st.st_mode) && depth > 0) return 0; /* sockets and the like inside a tree */
    return fn(path, ctx);
}

int cli_each_input(char **paths, int n, cli_file_fn fn, void *ctx) {
    int failed = 0;
    for (int i = 0; i < n; i++) failed += walk(paths[i], fn, ctx, 0);
    return failed;
}
