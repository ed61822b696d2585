/*
 * Raw PCRE2 JIT loop: the floor for Lede's regex step (see README.md).
 *
 *   cc -O2 -o pcre2_loop pcre2_loop.c $(pkg-config --cflags --libs libpcre2-8)
 *   ./pcre2_loop patterns.tsv corpus.txt [runs]
 *
 * patterns.tsv: one "name<TAB>flags<TAB>pattern" per line (flags: PCRE2 compile
 * option bits in decimal), as written by `regex-bench --dump`. Each pattern is
 * compiled with UTF|UCP like Lede, JIT-compiled, and run over the whole buffer
 * with the same empty-match rule (retry with NOTEMPTY_ATSTART). Prints JSON lines:
 * per-pattern match counts, the best time of all separate passes, and the best time
 * of one combined alternation `(*MARK:name)(?:p1)|(*MARK:name)(?:p2)|...` (its
 * match count differs: the alternation reports no overlapping matches), and what
 * allocating the per-search scratch afresh for every document would cost.
 */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);  /* CPU time: robust to other load on the machine */
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

static char *slurp(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f) { perror(path); exit(1); }
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *buf = malloc(n + 1);
    if (fread(buf, 1, n, f) != (size_t)n) { perror(path); exit(1); }
    buf[n] = 0;
    fclose(f);
    *len = n;
    return buf;
}

static pcre2_code *compile(const char *pattern, uint32_t flags) {
    int err; PCRE2_SIZE off;
    pcre2_code *code = pcre2_compile((PCRE2_SPTR)pattern, PCRE2_ZERO_TERMINATED,
                                     flags | PCRE2_UTF | PCRE2_UCP | PCRE2_NEVER_BACKSLASH_C, &err, &off, NULL);
    if (!code) {
        PCRE2_UCHAR msg[256];
        pcre2_get_error_message(err, msg, sizeof msg);
        fprintf(stderr, "compile error at %zu: %s\n", (size_t)off, msg);
        exit(1);
    }
    if (pcre2_jit_compile(code, PCRE2_JIT_COMPLETE) != 0) { fprintf(stderr, "no JIT\n"); exit(1); }
    return code;
}

/* All matches of `code` in the buffer; the same loop as CompiledPattern.forEachMatch. */
static long scan(pcre2_code *code, const char *buf, size_t len, pcre2_match_data *md, pcre2_match_context *mc) {
    PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
    PCRE2_SIZE offset = 0;
    uint32_t notempty = 0;
    long count = 0;
    while (offset <= len) {
        int rc = pcre2_match(code, (PCRE2_SPTR)buf, len, offset, PCRE2_NO_UTF_CHECK | notempty, md, mc);
        if (rc < 0) break;
        count++;
        notempty = ov[1] == ov[0] ? PCRE2_NOTEMPTY_ATSTART : 0;
        offset = ov[1];
    }
    return count;
}

int main(int argc, char **argv) {
    if (argc < 3) { fprintf(stderr, "usage: %s patterns.tsv corpus.txt [runs]\n", argv[0]); return 64; }
    int runs = argc > 3 ? atoi(argv[3]) : 10;
    size_t plen, len;
    char *spec = slurp(argv[1], &plen);
    char *buf = slurp(argv[2], &len);

    char *names[64]; pcre2_code *codes[64]; int n = 0;
    size_t combined_cap = plen * 2 + 1024, used = 0;
    char *combined = malloc(combined_cap);
    combined[0] = 0;
    for (char *line = strtok(spec, "\n"); line && n < 64; line = strtok(NULL, "\n")) {
        char *tab1 = strchr(line, '\t'), *tab2 = tab1 ? strchr(tab1 + 1, '\t') : NULL;
        if (!tab2) continue;
        *tab1 = 0; *tab2 = 0;
        names[n] = line;
        codes[n] = compile(tab2 + 1, (uint32_t)strtoul(tab1 + 1, NULL, 10));
        used += snprintf(combined + used, combined_cap - used, "%s(*MARK:%s)(?:%s)", n ? "|" : "", line, tab2 + 1);
        n++;
    }
    pcre2_code *all = compile(combined, PCRE2_DUPNAMES);

    pcre2_match_data *md = pcre2_match_data_create(64, NULL);
    pcre2_match_context *mc = pcre2_match_context_create(NULL);
    pcre2_jit_stack *stack = pcre2_jit_stack_create(32 * 1024, 1024 * 1024, NULL);
    pcre2_jit_stack_assign(mc, NULL, stack);

    long counts[64] = {0}, total = 0, combined_count = 0;
    double pattern_best[64];
    for (int i = 0; i < n; i++) pattern_best[i] = 1e9;
    double best = 1e9, best_combined = 1e9;
    for (int r = 0; r < runs; r++) {
        double t0 = now();
        total = 0;
        for (int i = 0; i < n; i++) {
            double p0 = now();
            counts[i] = scan(codes[i], buf, len, md, mc);
            double p1 = now();
            if (p1 - p0 < pattern_best[i]) pattern_best[i] = p1 - p0;
            total += counts[i];
        }
        double t1 = now();
        combined_count = scan(all, buf, len, md, mc);
        double t2 = now();
        if (t1 - t0 < best) best = t1 - t0;
        if (t2 - t1 < best_combined) best_combined = t2 - t1;
    }
    printf("{\"engine\": \"pcre2-c\", \"bytes\": %zu, \"matches\": %ld, \"seconds\": %.6f, \"counts\": {", len, total, best);
    for (int i = 0; i < n; i++) printf("%s\"%s\": %ld", i ? ", " : "", names[i], counts[i]);
    printf("}, \"pattern_seconds\": {");
    for (int i = 0; i < n; i++) printf("%s\"%s\": %.6f", i ? ", " : "", names[i], pattern_best[i]);
    printf("}}\n");
    /* What per-call scratch would cost (Lede caches it per thread instead): match data,
       match context and JIT stack created and freed once per document. */
    double a0 = now();
    for (int i = 0; i < 1000; i++) {
        pcre2_match_data *d = pcre2_match_data_create(64, NULL);
        pcre2_match_context *c = pcre2_match_context_create(NULL);
        pcre2_jit_stack *s = pcre2_jit_stack_create(32 * 1024, 1024 * 1024, NULL);
        pcre2_jit_stack_assign(c, NULL, s);
        pcre2_jit_stack_free(s);
        pcre2_match_context_free(c);
        pcre2_match_data_free(d);
    }
    double a1 = now();
    printf("{\"engine\": \"pcre2-c-combined\", \"bytes\": %zu, \"matches\": %ld, \"seconds\": %.6f}\n", len, combined_count, best_combined);
    printf("{\"scratch_alloc_free_us\": %.2f}\n", (a1 - a0) * 1e6 / 1000);
    return 0;
}
