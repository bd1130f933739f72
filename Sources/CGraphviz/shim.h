// The C side of RegionGraphviz: Graphviz's public headers (found through pkg-config, libgvc),
// accessors for two of Graphviz's global variables, and one helper around a Graphviz bug.
//
// Swift 6 rejects direct use of mutable C globals such as `AgMemDisc` or `AgIoDisc` because
// they are not concurrency-safe. These `static inline` functions hand out their addresses
// instead; RegionGraphviz calls everything here only while it holds its process-wide lock.
//
// SwiftPM does not notice changes to this header: after editing it, touch a file in
// Sources/RegionGraphviz so that the module is rebuilt.
#ifndef REGIONGRAPH_CGRAPHVIZ_SHIM_H
#define REGIONGRAPH_CGRAPHVIZ_SHIM_H

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

/// cgraph's default memory discipline, used by every graph opened without one of its own
/// (RegionGraphviz replaces its functions once; see GraphArena.swift).
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

#endif
