// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "RegionGraph",
    products: [
        .library(name: "RegionGraph", targets: ["RegionGraph"]),
        .library(name: "RegionGraphIO", targets: ["RegionGraphIO"]),
        .executable(name: "regiongraph", targets: ["regiongraph"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    ],
    targets: [
        // The pure-Swift core: model, validation, queries. No C, no I/O.
        .target(name: "RegionGraph"),
        // The edge: reading YAML and spreadsheet folders, writing reports and files.
        .target(
            name: "RegionGraphIO",
            dependencies: ["RegionGraph", .product(name: "Yams", package: "Yams")]
        ),
        // The command-line tool: a thin layer of subcommands over the libraries.
        .executableTarget(
            name: "regiongraph",
            dependencies: [
                "RegionGraph", "RegionGraphIO",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "RegionGraphTests", dependencies: ["RegionGraph"]),
        .testTarget(name: "RegionGraphIOTests", dependencies: ["RegionGraph", "RegionGraphIO"]),
        .testTarget(name: "EndToEndTests", dependencies: ["regiongraph"]),
    ]
)
