// swift-tools-version: 6.1
import PackageDescription

/// Strictness shared by every Swift target: Swift 6 mode plus the upcoming checks the house style asks for.
let strictSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

let log = Target.Dependency.product(name: "Logging", package: "swift-log")

/// Build a NIO product dependency by name.
func nio(_ name: String) -> Target.Dependency { .product(name: name, package: "swift-nio") }

let package = Package(
    name: "retro-metadata",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "retro-metadata", targets: ["RetroMetadataCLI"]),
        .library(name: "RetroMetadataCore", targets: ["RetroMetadataCore"]),
        .library(name: "RetroMetadataScan", targets: ["RetroMetadataScan"]),
        .library(name: "RetroMetadataStore", targets: ["RetroMetadataStore"]),
        .library(name: "RetroMetadataHTTP", targets: ["RetroMetadataHTTP"]),
        .library(name: "RetroMetadataProviders", targets: ["RetroMetadataProviders"]),
        .library(name: "RetroMetadataXML", targets: ["RetroMetadataXML"]),
        .library(name: "RetroMetadataArtwork", targets: ["RetroMetadataArtwork"]),
        .library(name: "RetroMetadata", targets: ["RetroMetadata"]),
        .library(name: "RetroMetadataExport", targets: ["RetroMetadataExport"]),
        .executable(name: "retro-metadata-bench", targets: ["RetroMetadataBench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.3"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
    ],
    targets: [
        // Layer 0: C libraries (module map + shim only) and pure values.
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        .systemLibrary(name: "COpenSSL", pkgConfig: "libcrypto", providers: [.apt(["libssl-dev"])]),
        .systemLibrary(name: "CLibArchive", pkgConfig: "libarchive", providers: [.apt(["libarchive-dev"])]),
        .systemLibrary(name: "CSQLite", pkgConfig: "sqlite3", providers: [.apt(["libsqlite3-dev"])]),
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .systemLibrary(name: "CVips", pkgConfig: "vips", providers: [.apt(["libvips-dev"])]),
        .target(name: "RetroMetadataCore", swiftSettings: strictSettings),
        .target(name: "RetroMetadataFiles", swiftSettings: strictSettings),

        // Layer 1: I/O modules.
        .target(
            name: "RetroMetadataXML",
            dependencies: ["RetroMetadataCore", "RetroMetadataFiles", "CLibXML2"],
            swiftSettings: strictSettings
        ),
        .target(
            name: "RetroMetadataSQLite",
            dependencies: ["CSQLite", log],
            swiftSettings: strictSettings
        ),
        .target(
            name: "RetroMetadataStore",
            dependencies: [
                "RetroMetadataCore", "RetroMetadataFiles", "RetroMetadataSQLite", log, nio("NIOCore"), nio("NIOPosix"),
            ],
            swiftSettings: strictSettings
        ),
        .target(
            name: "RetroMetadataScan",
            dependencies: ["RetroMetadataCore", "RetroMetadataFiles", "CZlib", "COpenSSL", "CLibArchive"],
            swiftSettings: strictSettings
        ),
        .target(
            name: "RetroMetadataHTTP",
            dependencies: [
                "RetroMetadataCore", log,
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                nio("NIOCore"), nio("NIOFoundationEssentialsCompat"), nio("NIOHTTP1"),
            ],
            swiftSettings: strictSettings
        ),

        // Layer 2: providers.
        .target(
            name: "RetroMetadataProviders",
            dependencies: [
                "RetroMetadataCore", "RetroMetadataFiles", "RetroMetadataHTTP", "RetroMetadataXML", "RetroMetadataSQLite",
                "RetroMetadataScan", log,
            ],
            swiftSettings: strictSettings
        ),

        .target(
            name: "RetroMetadataArtwork",
            dependencies: [
                "RetroMetadataCore", "RetroMetadataFiles", "RetroMetadataHTTP", "RetroMetadataSQLite", "RetroMetadataScan",
                "CVips", log,
            ],
            swiftSettings: strictSettings
        ),
        .target(
            name: "RetroMetadataExport",
            dependencies: [
                "RetroMetadataCore", "RetroMetadataFiles", "RetroMetadataXML", "RetroMetadataScan", "RetroMetadataArtwork",
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            swiftSettings: strictSettings
        ),

        // Layer 3: the client that asks providers together, caches and merges.
        .target(
            name: "RetroMetadata",
            dependencies: [
                "RetroMetadataCore", "RetroMetadataFiles", "RetroMetadataXML", "RetroMetadataSQLite", "RetroMetadataStore",
                "RetroMetadataScan", "RetroMetadataHTTP", "RetroMetadataProviders", "RetroMetadataArtwork", "RetroMetadataExport", log,
                .product(name: "Yams", package: "Yams"),
            ],
            swiftSettings: strictSettings
        ),

        // Layer 4: the command line.
        .executableTarget(
            name: "RetroMetadataCLI",
            dependencies: [
                "RetroMetadataCore", "RetroMetadataFiles", "RetroMetadataXML", "RetroMetadataScan", "RetroMetadataSQLite",
                "RetroMetadataStore", "RetroMetadataHTTP", "RetroMetadataProviders", "RetroMetadataArtwork", "RetroMetadataExport", "RetroMetadata",
                log,
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strictSettings
        ),

        .executableTarget(
            name: "RetroMetadataBench",
            dependencies: [
                "RetroMetadataCore", "RetroMetadataXML", "RetroMetadataScan", "RetroMetadataArtwork",
                "RetroMetadataStore", "RetroMetadataHTTP", "RetroMetadataProviders", "RetroMetadataExport",
                "RetroMetadata", "RetroMetadataTesting", log,
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strictSettings
        ),

        // Test support and tests.
        .target(
            name: "RetroMetadataTesting",
            dependencies: [
                "RetroMetadataCore", "RetroMetadataHTTP", log,
                nio("NIOCore"), nio("NIOPosix"), nio("NIOHTTP1"), nio("NIOConcurrencyHelpers"),
                nio("NIOFoundationEssentialsCompat"),
            ],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "RetroMetadataCoreTests",
            dependencies: ["RetroMetadataCore"],
            exclude: ["Fixtures"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "RetroMetadataXMLTests",
            dependencies: ["RetroMetadataXML", "RetroMetadataCore", "RetroMetadataTesting"],
            exclude: ["Fixtures"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "RetroMetadataScanTests",
            dependencies: ["RetroMetadataScan", "RetroMetadataCore", "RetroMetadataTesting"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "RetroMetadataStoreTests",
            dependencies: [
                "RetroMetadataStore", "RetroMetadataSQLite", "RetroMetadataFiles", "RetroMetadataCore", "RetroMetadataTesting",
                log, nio("NIOCore"), nio("NIOPosix"),
            ],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "RetroMetadataHTTPTests",
            dependencies: ["RetroMetadataCore", "RetroMetadataHTTP", "RetroMetadataTesting", log],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "RetroMetadataProvidersTests",
            dependencies: [
                "RetroMetadataCore", "RetroMetadataHTTP", "RetroMetadataProviders", "RetroMetadataTesting", log,
                "RetroMetadataScan", "RetroMetadataSQLite",
            ],
            exclude: ["Fixtures"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "RetroMetadataArtworkTests",
            dependencies: [
                "RetroMetadataArtwork", "RetroMetadataCore", "RetroMetadataHTTP", "RetroMetadataStore",
                "RetroMetadataTesting", log,
            ],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "RetroMetadataTests",
            dependencies: [
                "RetroMetadata", "RetroMetadataCore", "RetroMetadataStore", "RetroMetadataHTTP",
                "RetroMetadataProviders", "RetroMetadataTesting", log, "RetroMetadataScan", "RetroMetadataExport",
                "RetroMetadataXML", "RetroMetadataArtwork",
            ],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "RetroMetadataExportTests",
            dependencies: ["RetroMetadataExport", "RetroMetadataCore", "RetroMetadataXML"],
            exclude: ["Golden"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "RetroMetadataCLITests",
            // Depending on the executable makes `swift build --build-tests` build the binary the tests run.
            dependencies: ["RetroMetadataCLI", "RetroMetadataCore", "RetroMetadataStore", "RetroMetadataTesting"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "RetroMetadataBenchTests",
            // Depends on the bench executable so `swift build --build-tests` builds the binary the smoke test runs.
            dependencies: ["RetroMetadataBench", "RetroMetadataTesting"],
            swiftSettings: strictSettings
        ),
    ],
    swiftLanguageModes: [.v6]
)
