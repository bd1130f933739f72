// The C side of RegionGraphviz: Graphviz's public headers (found through pkg-config, libgvc),
// accessors for two of Graphviz's global variables, one helper around a Graphviz bug, and the
// few libc functions RegionGraphviz needs, so that it reaches libc through this module too
// (no Swift file imports Glibc, Musl or Darwin).
//
// Swift 6 rejects direct use of mutable C globals such as `AgMemDisc` or `AgIoDisc` because
// they are not concurrency-safe. These `static inline` functions hand out their addresses
// instead. Only Sources/RegionGraphviz/GraphvizCalls.swift imports this module, and
// RegionGraphviz calls everything here only while it holds its process-wide lock.
//
// SwiftPM does not notice changes to this header: after editing it, touch a file in
// Sources/RegionGraphviz so that the module is rebuilt.
#ifndef REGIONGRAPH_CGRAPHVIZ_SHIM_H
#define REGIONGRAPH_CGRAPHVIZ_SHIM_H

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <stdlib.h>    // free, srand, seed48
#include <string.h>    // strlen
#include <sys/mman.h>  // mmap, madvise
#include <unistd.h>    // sysconf

/// cgraph's default memory discipline, used by every graph opened without one of its own
/// (RegionGraphviz replaces its functions once; see GraphArena.swift and
/// GraphvizCalls.swift).
static inline Agmemdisc_t *_Nonnull cgraphviz_mem_disc(void) { return &AgMemDisc; }

/// cgraph's default I/O discipline; RegionGraphviz borrows its `putstr` and `flush`.
static inline Agiodisc_t *_Nonnull cgraphviz_io_disc(void) { return &AgIoDisc; }

/// Graphviz's text measurer (lib/common/textspan.c). libgvc exports it, but 2.42's installed
/// headers do not declare it.
extern pointf textspan_size(GVC_t *gvc, textspan_t *span);

/// Points the text measurer's one-font caches at a font that no label uses; call it just
/// before `gvFreeContext`.
///
/// The Pango plugin (`pango_textlayout`) and `translate_postscript_fontname` each keep, in
/// `static` variables, a pointer to the name of the last font they measured with, and reuse
/// their result when the next name compares equal. The name belongs to the context's font
/// dictionary, which `gvFreeContext` frees. The next render then reads freed memory, and when
/// `malloc` has put another name of the same length there (say "DejaVu Sans" where
/// "Times-Roman" was), the stale pointer compares equal and that render is measured with the
/// old font: a different drawing, now and then. Measuring one span of a name that lives
/// forever (a string literal) at a size no label has (0.9 pt; Graphviz's smallest is 1 pt)
/// leaves both caches pointing at the literal, so the next render's first measurement misses
/// them and starts afresh. The text must come out wider than zero: otherwise Graphviz falls
/// back to its width estimate and drops (leaks) the Pango layout it made.
static inline void cgraphviz_reset_text_measurement(GVC_t *_Nonnull gvc) {
    textfont_t font = {0};
    font.name = (char *)"RegionGraphviz cache reset";
    font.size = 0.9;
    textspan_t span = {0};
    span.str = (char *)"x";
    span.font = &font;
    span.just = 'n';
    (void)textspan_size(gvc, &span);
    if (span.layout && span.free_layout) span.free_layout(span.layout);
}

// --- libc -----------------------------------------------------------------------------------

/// Puts libc's random number generators back in the state a new process starts in: `srand(1)`
/// is `rand`'s initial state; `seed48` with zeros is `drand48`'s (glibc: state 0 with the
/// standard multiplier and addend).
static inline void cgraphviz_reset_random_numbers(void) {
    srand(1);
    unsigned short zero[3] = {0, 0, 0};
    (void)seed48(zero);
}

/// Reserves `size` bytes of address space, readable and writable, zero until written, that
/// cost memory only once touched (`MAP_NORESERVE`); NULL if that fails.
static inline void *_Nullable cgraphviz_reserve(size_t size) {
    void *range = mmap(NULL, size, PROT_READ | PROT_WRITE,
                       MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    return range == MAP_FAILED ? NULL : range;
}

/// Gives the pages of `size` bytes from `start` (page-aligned) back to the kernel; they read
/// back as zero (`MADV_DONTNEED` on a private anonymous mapping).
static inline void cgraphviz_discard(void *_Nonnull start, size_t size) {
    (void)madvise(start, size, MADV_DONTNEED);
}

/// The size of a memory page in bytes.
static inline long cgraphviz_page_size(void) { return sysconf(_SC_PAGESIZE); }

#endif
