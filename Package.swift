// swift-tools-version: 6.0
import PackageDescription

// The targets, from the bottom up (each imports only those above it):
//
//   RegionGraph           the core: model, validation, queries; pure Swift, no I/O, no C
//   RegionGraphIO         the edge: loading (YAML, spreadsheets, workbooks), exports, text reports, files
//   RegionGraphDiagrams   views of the network as DOT text, styled for print; pure Swift
//   RegionGraphviz        the binding to Graphviz's C library; every C call in one file
//   RegionGraphRendering  diagram files: the views file, Graphs/, renders in child processes
//   RegionGraphSite       the report: a static HTML site of the network, its diagrams inline
//   regiongraph           the command-line tool: subcommands over the libraries
let package = Package(
    name: "RegionGraph",
    products: [
        .library(name: "RegionGraph", targets: ["RegionGraph"]),
        .library(name: "RegionGraphIO", targets: ["RegionGraphIO"]),
        .library(name: "RegionGraphDiagrams", targets: ["RegionGraphDiagrams"]),
        .library(name: "RegionGraphviz", targets: ["RegionGraphviz"]),
        .library(name: "RegionGraphRendering", targets: ["RegionGraphRendering"]),
        .library(name: "RegionGraphSite", targets: ["RegionGraphSite"]),
        .executable(name: "regiongraph", targets: ["regiongraph"]),
        .executable(name: "regiongraph-bench", targets: ["regiongraph-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.6.0"),
        // `swift package generate-documentation --target RegionGraph` (the DocC catalog).
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.4.0"),
        // Excel workbooks (.xlsx) are zip archives: read and written in memory (zlib, Debian's
        // zlib1g-dev); their XML is read with Foundation's XMLParser (libxml2).
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.19"),
    ],
    targets: [
        // The pure-Swift core: model, validation, queries. No C, no I/O.
        .target(name: "RegionGraph"),
        // libyaml (Debian: libyaml-dev), found through pkg-config; called from one file,
        // Sources/RegionGraphIO/Loading/YAMLNode+Composing.swift.
        .systemLibrary(
            name: "CLibYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"])]
        ),
        // The edge: reading YAML and spreadsheet folders and workbooks, exports, text reports,
        // atomic files.
        .target(
            name: "RegionGraphIO",
            dependencies: ["RegionGraph", "CLibYAML", .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        // Diagrams: views of the network as DOT text, styled for print. Pure Swift.
        .target(name: "RegionGraphDiagrams", dependencies: ["RegionGraph"]),
        // Graphviz's C library (Debian: libgraphviz-dev), found through pkg-config.
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"])]
        ),
        // The only module that calls Graphviz: renders DOT in-process, owns and frees every
        // pointer, turns Graphviz's errors into thrown Swift errors, serialises all calls.
        .target(name: "RegionGraphviz", dependencies: ["CGraphviz"]),
        // Diagram files: the views file, the Graphs/ folder, diagrams drawn through Graphviz in
        // this process or in a child process with a time limit, and the Mermaid export.
        .target(
            name: "RegionGraphRendering",
            dependencies: ["RegionGraph", "RegionGraphIO", "RegionGraphDiagrams", "RegionGraphviz"]
        ),
        // The report: a static site (or one HTML file) of the network for people without the
        // tool: an index with search, a page per entity and plan, the membership matrix, the
        // diagrams inline as SVG (drawn through RegionGraphRendering's workers). It loads
        // nothing from elsewhere.
        .target(
            name: "RegionGraphSite",
            dependencies: ["RegionGraph", "RegionGraphIO", "RegionGraphDiagrams", "RegionGraphRendering"]
        ),
        // The command-line tool: a thin layer of subcommands over the libraries. Its release
        // build links the Swift runtime statically when built with --static-swift-stdlib
        // (scripts/run, scripts/bench-cli): a query then starts in about 5 ms instead of 12.
        .executableTarget(
            name: "regiongraph",
            dependencies: [
                "RegionGraph", "RegionGraphIO", "RegionGraphDiagrams", "RegionGraphRendering", "RegionGraphSite",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The scale benchmark: loads a spreadsheet folder through DatasetLoader, answers a
        // query file, computes the co-membership projection and the degrees (scripts/bench).
        .executableTarget(name: "regiongraph-bench", dependencies: ["RegionGraph", "RegionGraphIO"]),
        // A driver for the Graphviz binding: repeated renders for timing and leak checks
        // (scripts/bench-graphviz, scripts/leak-check) and for the cross-process determinism test.
        .executableTarget(
            name: "regiongraph-render-bench",
            dependencies: ["RegionGraphviz"],
            path: "Benchmarks/GraphvizBench/Driver"
        ),
        // Memory of a long-running renderer over many renders, in-process or through a
        // RenderWorker's recycled child (scripts/memory-steady).
        .executableTarget(
            name: "regiongraph-memory-bench",
            dependencies: ["RegionGraphIO", "RegionGraphRendering", "RegionGraphviz"],
            path: "Benchmarks/MemoryBench"
        ),
        // Fixtures the test targets share: a hostile network, the shipped data, an XML reader.
        .target(name: "RegionGraphTestSupport", dependencies: ["RegionGraph", "RegionGraphIO"], path: "Tests/Support"),
        .testTarget(name: "RegionGraphTests", dependencies: ["RegionGraph"]),
        .testTarget(
            name: "RegionGraphIOTests", dependencies: ["RegionGraph", "RegionGraphIO", "RegionGraphTestSupport"],
            exclude: ["FuzzCorpus", "Golden"]),
        .testTarget(
            name: "RegionGraphDiagramsTests", dependencies: ["RegionGraph", "RegionGraphDiagrams"],
            exclude: ["Golden"]),
        .testTarget(name: "RegionGraphvizTests", dependencies: ["RegionGraphviz", "regiongraph-render-bench"]),
        .testTarget(
            name: "RegionGraphRenderingTests",
            dependencies: [
                "RegionGraph", "RegionGraphIO", "RegionGraphDiagrams", "RegionGraphRendering", "RegionGraphTestSupport",
            ]),
        .testTarget(
            name: "RegionGraphSiteTests",
            dependencies: [
                "RegionGraph", "RegionGraphIO", "RegionGraphDiagrams", "RegionGraphRendering", "RegionGraphSite",
                "RegionGraphTestSupport",
            ]),
        // Runs the built `regiongraph` as a user does (`swift build --build-tests` and `swift test`
        // build every product first), without linking its code.
        .testTarget(
            name: "EndToEndTests", dependencies: ["RegionGraphIO", "RegionGraphRendering"], exclude: ["Fixtures"]),
    ]
)
