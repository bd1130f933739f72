// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "RegionGraph",
    products: [
        .library(name: "RegionGraph", targets: ["RegionGraph"]),
        .library(name: "RegionGraphIO", targets: ["RegionGraphIO"]),
        .library(name: "RegionGraphviz", targets: ["RegionGraphviz"]),
        .executable(name: "regiongraph", targets: ["regiongraph"]),
        .executable(name: "regiongraph-bench", targets: ["regiongraph-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // YAML: the data and views files are read from the events of the libyaml that Yams
        // ships (its CYaml module), see Sources/RegionGraphIO/YAMLNode+Composing.swift.
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    ],
    targets: [
        // The pure-Swift core: model, validation, queries. No C, no I/O.
        .target(name: "RegionGraph"),
        // The edge: reading YAML and spreadsheet folders, writing reports, diagrams and files.
        .target(
            name: "RegionGraphIO",
            dependencies: [
                "RegionGraph", "RegionGraphDiagrams", "RegionGraphviz",
                .product(name: "Yams", package: "Yams"),
            ]
        ),
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
        // A driver for the Graphviz binding: repeated renders for timing and leak checks
        // (scripts/bench-graphviz, scripts/leak-check) and for the cross-process determinism test.
        .executableTarget(
            name: "regiongraph-render-bench",
            dependencies: ["RegionGraphviz"],
            path: "Benchmarks/GraphvizBench/Driver"
        ),
        // The command-line tool: a thin layer of subcommands over the libraries.
        // A release build links the Swift runtime and Foundation statically: a query then starts
        // in about 5 ms instead of 12 (no symbol binding against the runtime's shared libraries).
        .executableTarget(
            name: "regiongraph",
            dependencies: [
                "RegionGraph", "RegionGraphIO", "RegionGraphDiagrams",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: [.unsafeFlags(["-static-stdlib"], .when(configuration: .release))],
            linkerSettings: [.unsafeFlags(["-static-stdlib"], .when(configuration: .release))]
        ),
        // The scale benchmark (issue 6): loads a spreadsheet folder through DatasetLoader, answers
        // a query file, computes the co-membership projection and the degrees (scripts/bench).
        .executableTarget(name: "regiongraph-bench", dependencies: ["RegionGraph", "RegionGraphIO"]),
        // Memory of a long-running renderer over many renders, in-process or through a
        // RenderWorker's recycled child (scripts/memory-steady).
        .executableTarget(
            name: "regiongraph-memory-bench",
            dependencies: ["RegionGraphIO", "RegionGraphviz"],
            path: "Benchmarks/MemoryBench"
        ),
        .testTarget(name: "RegionGraphTests", dependencies: ["RegionGraph"]),
        .testTarget(name: "RegionGraphIOTests", dependencies: ["RegionGraph", "RegionGraphIO"], exclude: ["FuzzCorpus"]),
        .testTarget(name: "RegionGraphDiagramsTests", dependencies: ["RegionGraph", "RegionGraphDiagrams"], exclude: ["Golden"]),
        .testTarget(name: "RegionGraphvizTests", dependencies: ["RegionGraphviz", "regiongraph-render-bench"]),
        // Runs the built `regiongraph` as a user does (`swift build --build-tests` and `swift test`
        // build every product first). Not a dependency on the executable target: linking its code
        // into the test bundle would also link the release build's static Swift runtime.
        .testTarget(name: "EndToEndTests", dependencies: ["RegionGraphIO"], exclude: ["Fixtures"]),
    ]
)
