/* c_loop: the baseline for scripts/bench-graphviz. Renders one DOT file N times with Graphviz's
 * C API directly, doing per render what RegionGraphviz does:
 *
 *   gvContext, agmemread, gvLayout, gvRenderData, gvFreeRenderData, gvFreeLayout, agclose,
 *   gvFreeContext
 *
 * (with --shared-context, one context for all renders instead). It prints the same timing line
 * as regiongraph-render-bench --time:
 *
 *   renders=<n> total_ms=<ms> per_render_ms=<ms> cpu_per_render_ms=<ms>
 *
 * Build: gcc -O2 c_loop.c $(pkg-config --cflags --libs libgvc) -o c_loop
 * Usage: c_loop [--layout dot] [--format svg] [--repeat N] [--warmup N] [--shared-context]
 *               [--out FILE] FILE
 */
#include <graphviz/gvc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static char *read_file(const char *path)
{
    FILE *file = fopen(path, "rb");
    if (!file) {
        fprintf(stderr, "c_loop: cannot open %s\n", path);
        exit(2);
    }
    size_t size = 0, capacity = 65536;
    char *text = malloc(capacity);
    size_t count;
    while ((count = fread(text + size, 1, capacity - size - 1, file)) > 0) {
        size += count;
        if (capacity - size < 2) text = realloc(text, capacity *= 2);
    }
    text[size] = '\0';
    fclose(file);
    return text;
}

static int quiet(char *message) { (void)message; return 0; }

/* One render; returns the output's length (and writes it to out if given), -1 on failure. */
static long render(GVC_t *shared, const char *dot, const char *layout, const char *format, FILE *out)
{
    GVC_t *gvc = shared ? shared : gvContext();
    Agraph_t *g = agmemread(dot);
    long length = -1;
    if (g) {
        if (gvLayout(gvc, g, layout) == 0) {
            char *data = NULL;
            unsigned int size = 0;
            if (gvRenderData(gvc, g, format, &data, &size) == 0) {
                length = size;
                if (out) fwrite(data, 1, size, out);
            }
            if (data) gvFreeRenderData(data);
        }
        gvFreeLayout(gvc, g);
        agclose(g);
    }
    if (!shared) gvFreeContext(gvc);
    return length;
}

int main(int argc, char **argv)
{
    const char *layout = "dot", *format = "svg", *path = NULL, *out_path = NULL;
    int repeat = 1, warmup = 0, shared_context = 0;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--layout") && i + 1 < argc) layout = argv[++i];
        else if (!strcmp(argv[i], "--format") && i + 1 < argc) format = argv[++i];
        else if (!strcmp(argv[i], "--repeat") && i + 1 < argc) repeat = atoi(argv[++i]);
        else if (!strcmp(argv[i], "--warmup") && i + 1 < argc) warmup = atoi(argv[++i]);
        else if (!strcmp(argv[i], "--out") && i + 1 < argc) out_path = argv[++i];
        else if (!strcmp(argv[i], "--shared-context")) shared_context = 1;
        else path = argv[i];
    }
    if (!path) {
        fprintf(stderr, "usage: c_loop [--layout L] [--format F] [--repeat N] [--warmup N] "
                        "[--shared-context] [--out FILE] FILE\n");
        return 2;
    }
    char *dot = read_file(path);
    agseterrf(quiet);  /* like RegionGraphviz, keep Graphviz's messages off stderr */
    GVC_t *shared = shared_context ? gvContext() : NULL;

    for (int i = 0; i < warmup; i++) render(shared, dot, layout, format, NULL);
    struct timespec start, end, cpu_start, cpu_end;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &cpu_start);
    clock_gettime(CLOCK_MONOTONIC, &start);
    for (int i = 0; i < repeat; i++) {
        if (render(shared, dot, layout, format, NULL) < 0) {
            fprintf(stderr, "c_loop: render failed\n");
            return 1;
        }
    }
    clock_gettime(CLOCK_MONOTONIC, &end);
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &cpu_end);
    double ms = (end.tv_sec - start.tv_sec) * 1e3 + (end.tv_nsec - start.tv_nsec) / 1e6;
    double cpu = (cpu_end.tv_sec - cpu_start.tv_sec) * 1e3 + (cpu_end.tv_nsec - cpu_start.tv_nsec) / 1e6;
    int count = repeat > 0 ? repeat : 1;
    printf("renders=%d total_ms=%.3f per_render_ms=%.3f cpu_per_render_ms=%.3f\n", repeat, ms, ms / count,
           cpu / count);

    if (out_path) {
        FILE *out = fopen(out_path, "wb");
        if (out) {
            render(shared, dot, layout, format, out);
            fclose(out);
        }
    }
    if (shared) gvFreeContext(shared);
    free(dot);
    return 0;
}
