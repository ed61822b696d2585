/*
 * c_splitter.c: the speed anchor for Lede's tokenizer (issue 7).
 *
 * A plain C program that reads a file and splits it with a 256-entry byte class
 * table into word and punctuation tokens, storing each token's kind and byte
 * offsets struct-of-arrays. It knows nothing of Unicode, quotes, numbers or
 * abbreviations: it is the lower bound a real tokenizer is measured against.
 *
 * Build and run:
 *     cc -O2 -o /tmp/c_splitter Benchmarks/compare/c_splitter.c
 *     time /tmp/c_splitter /tmp/reuters16.txt
 * It prints the token count (so the work cannot be optimized away) on stderr.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

enum { SPACE = 0, WORD = 1, PUNCT = 2 };

int main(int argc, char **argv) {
    if (argc < 2) {
        fprintf(stderr, "usage: %s FILE\n", argv[0]);
        return 2;
    }
    FILE *f = fopen(argv[1], "rb");
    if (!f) {
        perror(argv[1]);
        return 1;
    }
    fseek(f, 0, SEEK_END);
    long size = ftell(f);
    fseek(f, 0, SEEK_SET);
    uint8_t *text = malloc(size > 0 ? (size_t)size : 1);
    size_t n = fread(text, 1, (size_t)size, f);
    fclose(f);

    uint8_t cls[256];
    for (int b = 0; b < 256; b++) {
        if (b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\v' || b == '\f')
            cls[b] = SPACE;
        else if ((b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9') || b >= 0x80)
            cls[b] = WORD;
        else
            cls[b] = PUNCT;
    }

    size_t cap = n / 4 + 16, count = 0;
    uint8_t *kinds = malloc(cap);
    int32_t *starts = malloc(cap * sizeof(int32_t));
    int32_t *ends = malloc(cap * sizeof(int32_t));

    size_t i = 0;
    while (i < n) {
        uint8_t c = cls[text[i]];
        if (c == SPACE) {
            i++;
            continue;
        }
        size_t start = i++;
        if (c == WORD)
            while (i < n && cls[text[i]] == WORD) i++;
        if (count == cap) {
            cap *= 2;
            kinds = realloc(kinds, cap);
            starts = realloc(starts, cap * sizeof(int32_t));
            ends = realloc(ends, cap * sizeof(int32_t));
        }
        kinds[count] = c;
        starts[count] = (int32_t)start;
        ends[count] = (int32_t)i;
        count++;
    }
    fprintf(stderr, "tokens %zu\n", count);
    free(kinds);
    free(starts);
    free(ends);
    free(text);
    return 0;
}
