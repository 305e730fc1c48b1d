/*
 * The C reference for one Lloyd iteration (issue 17): assign every row of an n x d table to the nearest
 * of k centres and sum the rows per centre, column-blocked (the table stored column by column), the inner
 * loops over rows so the compiler vectorises them, OpenMP over blocks of rows. It reads the table
 * `segmenta bench` writes (`java -cp target/segmenta.jar io.segmenta.bench.Benchmark --npy FILE`: float64,
 * C order), starts from its first k rows as centres and prints the median time of an iteration on 1 thread
 * and on every core, with the WCSS after the last one (a check that the work was done), in the line format
 * of bench/sklearn_bench.py, so that `segmenta bench --sklearn SK.txt --sklearn C.txt` prints the ratio.
 * -ffast-math lets the compiler vectorise the sums (it may add them in another order).
 *
 *   gcc -O3 -march=native -ffast-math -fopenmp -o /tmp/lloyd bench/lloyd.c -lm && /tmp/lloyd /tmp/bench.npy 5
 */
#include <math.h>
#include <omp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define BLOCK 256
#define RUNS 30

static int compare(const void *a, const void *b) {
    double x = *(const double *) a, y = *(const double *) b;
    return x < y ? -1 : x > y;
}

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + t.tv_nsec * 1e-9;
}

/* One iteration: labels, new centres (in place), returns the WCSS against the old centres. */
static double iterate(const double *x, long n, int d, int k, double *centres, int *labels) {
    double *sums = calloc((size_t) k * d, sizeof(double));
    long *counts = calloc(k, sizeof(long));
    double wcss = 0;
#pragma omp parallel reduction(+ : wcss)
    {
        double *s = calloc((size_t) k * d, sizeof(double));
        long *c = calloc(k, sizeof(long));
        double dist[BLOCK], best[BLOCK];
        int lab[BLOCK];
#pragma omp for schedule(static)
        for (long b = 0; b < n; b += BLOCK) {
            int m = n - b < BLOCK ? (int) (n - b) : BLOCK;
            for (int i = 0; i < m; i++) {
                best[i] = INFINITY;
                lab[i] = 0;
            }
            for (int q = 0; q < k; q++) {
                for (int i = 0; i < m; i++) {
                    dist[i] = 0;
                }
                for (int j = 0; j < d; j++) {
                    const double *col = x + (size_t) j * n + b;
                    double cj = centres[q * d + j];
                    for (int i = 0; i < m; i++) {
                        double t = col[i] - cj;
                        dist[i] += t * t;
                    }
                }
                for (int i = 0; i < m; i++) {
                    int closer = dist[i] < best[i];
                    best[i] = closer ? dist[i] : best[i];
                    lab[i] = closer ? q : lab[i];
                }
            }
            for (int i = 0; i < m; i++) {
                labels[b + i] = lab[i];
                c[lab[i]]++;
                wcss += best[i];
            }
            for (int q = 0; q < k; q++) { /* sums per centre through a mask: vectorised, no scatter */
                for (int j = 0; j < d; j++) {
                    const double *col = x + (size_t) j * n + b;
                    double acc = 0;
                    for (int i = 0; i < m; i++) {
                        acc += lab[i] == q ? col[i] : 0.0;
                    }
                    s[q * d + j] += acc;
                }
            }
        }
#pragma omp critical
        {
            for (int q = 0; q < k * d; q++) {
                sums[q] += s[q];
            }
            for (int q = 0; q < k; q++) {
                counts[q] += c[q];
            }
        }
        free(s);
        free(c);
    }
    for (int q = 0; q < k; q++) {
        for (int j = 0; j < d && counts[q] > 0; j++) {
            centres[q * d + j] = sums[q * d + j] / counts[q];
        }
    }
    free(sums);
    free(counts);
    return wcss;
}

int main(int argc, char **argv) {
    if (argc < 2) {
        fprintf(stderr, "usage: lloyd TABLE.npy [K]\n");
        return 2;
    }
    int k = argc > 2 ? atoi(argv[2]) : 5;
    FILE *f = fopen(argv[1], "rb");
    if (!f) {
        perror(argv[1]);
        return 1;
    }
    unsigned char magic[10];
    if (fread(magic, 1, 10, f) != 10 || memcmp(magic, "\x93NUMPY", 6) != 0) {
        fprintf(stderr, "%s is not a .npy file\n", argv[1]);
        return 1;
    }
    int headerLength = magic[8] | magic[9] << 8;
    char *header = calloc(headerLength + 1, 1);
    if (fread(header, 1, headerLength, f) != (size_t) headerLength || !strstr(header, "'<f8'")
        || !strstr(header, "'fortran_order': False")) {
        fprintf(stderr, "%s: expected float64 in C order: %s\n", argv[1], header);
        return 1;
    }
    long n;
    int d;
    if (sscanf(strstr(header, "'shape': (") + 10, "%ld, %d", &n, &d) != 2) {
        fprintf(stderr, "%s: no shape in %s\n", argv[1], header);
        return 1;
    }
    double *rows = malloc(sizeof(double) * n * d);
    if (fread(rows, sizeof(double), (size_t) n * d, f) != (size_t) n * d) {
        fprintf(stderr, "%s: short file\n", argv[1]);
        return 1;
    }
    fclose(f);
    double *x = malloc(sizeof(double) * n * d); /* column-blocked: column j at x + j * n */
    for (long i = 0; i < n; i++) {
        for (int j = 0; j < d; j++) {
            x[(size_t) j * n + i] = rows[(size_t) i * d + j];
        }
    }
    free(rows);
    int *labels = malloc(sizeof(int) * n);
    int cores = omp_get_max_threads();
    int threads[2] = {1, cores};
    printf("C, %ld x %d, k = %d, -O3 -march=native -ffast-math, column-blocked, OpenMP\n", n, d, k);
    for (int t = 0; t < (cores > 1 ? 2 : 1); t++) {
        omp_set_num_threads(threads[t]);
        double *centres = malloc(sizeof(double) * k * d);
        for (int q = 0; q < k * d; q++) {
            centres[q] = x[(size_t) (q % d) * n + q / d];
        }
        double times[RUNS], wcss = 0;
        for (int w = 0; w < 3; w++) {
            iterate(x, n, d, k, centres, labels);
        }
        for (int r = 0; r < RUNS; r++) {
            double t0 = now();
            wcss = iterate(x, n, d, k, centres, labels);
            times[r] = now() - t0;
        }
        qsort(times, RUNS, sizeof(double), compare);
        char name[64];
        snprintf(name, sizeof name, "Lloyd iteration in C, %d thread%s", threads[t], threads[t] == 1 ? "" : "s");
        printf("%-44s median %8.5f s   min %8.5f s   (%d runs)   WCSS %.6e\n", name, times[RUNS / 2], times[0], RUNS,
               wcss);
        free(centres);
    }
    return 0;
}
