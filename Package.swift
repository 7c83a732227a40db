// swift-tools-version:6.0
//
// Folio: a literate notebook runner. The path of a notebook through the targets reads like the
// pipeline: FolioNotebook -> FolioScript -> FolioLibrary -> the engine (FolioTensor, FolioPlot)
// -> the system-library shims (CBLAS, CPNG, CCairo).
import PackageDescription

// Swift 5 language mode everywhere: the engine keeps one global random generator (seeded by
// setSeed, as in PyTorch) and the interpreter keeps per-session mutable state behind plain
// classes. Swift 6's strict concurrency checking rejects both without buying safety here,
// because a notebook session runs on a single thread.
let swift5: [SwiftSetting] = [.swiftLanguageMode(.v5)]

let package = Package(
  name: "Folio",
  products: [
    .executable(name: "folio", targets: ["folio"]),
    // The engine alone, usable from plain Swift without the interpreter.
    .library(name: "FolioEngine", targets: ["FolioTensor", "FolioPlot", "FolioData", "FolioNN"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
  ],
  targets: [
    // System libraries, found through pkg-config; `make setup` installs the apt packages.
    .systemLibrary(name: "CBLAS", pkgConfig: "openblas", providers: [.apt(["libopenblas-dev"])]),
    .systemLibrary(name: "CPNG", pkgConfig: "libpng", providers: [.apt(["libpng-dev"])]),
    .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
    .systemLibrary(
      name: "CCairo", pkgConfig: "cairo",
      providers: [.apt(["libcairo2-dev", "libfreetype-dev", "fonts-dejavu-core"])]),

    // The engine.
    // exp and sigmoid in C for AVX-512, AVX2 and baseline x86-64, chosen at run time.
    .target(name: "CKernels"),
    // zlib gives .npz archives their CRC-32 and inflates numpy.savez_compressed's entries.
    .target(name: "FolioTensor", dependencies: ["CBLAS", "CKernels", "CZlib"], swiftSettings: swift5),
    .target(name: "FolioPlot", dependencies: ["CCairo", "CPNG"], swiftSettings: swift5),
    .target(name: "FolioData", dependencies: ["FolioTensor", "CZlib"], swiftSettings: swift5),
    .target(name: "FolioNN", dependencies: ["FolioTensor"], swiftSettings: swift5),

    // The language and its bindings to the engine.
    // Exclusivity checks on every slot access cost the interpreter a third of its speed in
    // loops (measured in ../shared/notes/swift-system-libraries.md, section 4); the slots are
    // only touched by the single thread running a cell, so release builds turn them off.
    .target(
      name: "FolioScript",
      swiftSettings: swift5 + [.unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release))]),
    .target(
      name: "FolioLibrary", dependencies: ["FolioScript", "FolioTensor", "FolioPlot", "FolioData", "FolioNN"],
      swiftSettings: swift5),

    // Notebooks and the command line.
    .target(name: "FolioNotebook", dependencies: ["FolioScript", "FolioLibrary"], swiftSettings: swift5),
    .executableTarget(
      name: "folio",
      dependencies: [
        "FolioNotebook", "FolioScript", "FolioLibrary",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      swiftSettings: swift5),

    // Speed figures, measured against their peers in the same run: `make bench`.
    .executableTarget(
      name: "folio-bench", dependencies: ["FolioLibrary", "FolioScript", "FolioTensor", "FolioPlot", "CBLAS"], swiftSettings: swift5),

    // Replays fuzz inputs; scripts/fuzz.sh builds the libFuzzer binary from the same sources.
    .executableTarget(name: "folio-fuzz", dependencies: ["FolioNotebook", "FolioScript"], swiftSettings: swift5),

    .testTarget(
      name: "FolioTensorTests", dependencies: ["FolioTensor", "CBLAS", "CKernels"],
      // The .npy fixtures are read by path from #filePath; scripts/make-tensor-fixtures.py writes them.
      exclude: ["Fixtures"], swiftSettings: swift5),
    .testTarget(
      name: "FolioPlotTests", dependencies: ["FolioPlot", "CPNG"],
      // Golden images are read by path from #filePath, not bundled as resources.
      exclude: ["Golden"], swiftSettings: swift5),
    // Runs golden scripts (`// expect:` comments) for the language and for the engine's bindings.
    .target(name: "ScriptTesting", dependencies: ["FolioScript"], path: "Tests/ScriptTesting", swiftSettings: swift5),
    .testTarget(
      name: "FolioScriptTests", dependencies: ["FolioScript", "ScriptTesting"],
      // The golden scripts are read by path from #filePath; they are not test sources.
      exclude: ["Scripts"], swiftSettings: swift5),
    .testTarget(
      name: "FolioLibraryTests", dependencies: ["FolioLibrary", "FolioScript", "ScriptTesting"],
      exclude: ["Scripts"], swiftSettings: swift5),
    .testTarget(
      name: "FolioNotebookTests", dependencies: ["FolioNotebook", "FolioScript"], swiftSettings: swift5),
    // Snapshots/ holds whole transcripts compared by path from #filePath; FOLIO_RECORD_SNAPSHOTS=1 re-records them.
    .testTarget(name: "FolioNNTests", dependencies: ["FolioNN", "FolioData", "FolioTensor"], swiftSettings: swift5),
    .testTarget(name: "EndToEndTests", dependencies: ["CPNG"], exclude: ["Snapshots"], swiftSettings: swift5),
  ]
)
