// swift-tools-version: 6.1
import PackageDescription

/// Strictness shared by every Swift target: Swift 6 mode plus the upcoming checks the house style asks for.
let strictSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
    name: "retro-metadata",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "retro-metadata", targets: ["RetroMetadataCLI"]),
        .library(name: "RetroMetadataCore", targets: ["RetroMetadataCore"]),
        .library(name: "RetroMetadataScan", targets: ["RetroMetadataScan"]),
        .library(name: "RetroMetadataStore", targets: ["RetroMetadataStore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.3"),
    ],
    targets: [
        .target(
            name: "RetroMetadataCore",
            swiftSettings: strictSettings
        ),
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        .systemLibrary(name: "COpenSSL", pkgConfig: "libcrypto", providers: [.apt(["libssl-dev"])]),
        .systemLibrary(name: "CLibArchive", pkgConfig: "libarchive", providers: [.apt(["libarchive-dev"])]),
        .systemLibrary(name: "CSQLite", pkgConfig: "sqlite3", providers: [.apt(["libsqlite3-dev"])]),
        .target(
            name: "RetroMetadataStore",
            dependencies: [
                "RetroMetadataCore",
                "CSQLite",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ],
            swiftSettings: strictSettings
        ),
        .target(
            name: "RetroMetadataScan",
            dependencies: ["RetroMetadataCore", "CZlib", "COpenSSL", "CLibArchive"],
            swiftSettings: strictSettings
        ),
        .executableTarget(
            name: "RetroMetadataCLI",
            dependencies: [
                "RetroMetadataCore",
                "RetroMetadataScan",
                "RetroMetadataStore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "RetroMetadataCoreTests",
            dependencies: ["RetroMetadataCore"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "RetroMetadataScanTests",
            dependencies: ["RetroMetadataScan", "RetroMetadataCore"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "RetroMetadataStoreTests",
            dependencies: [
                "RetroMetadataStore",
                "RetroMetadataCore",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "RetroMetadataCLITests",
            dependencies: ["RetroMetadataCLI", "RetroMetadataCore", "RetroMetadataStore"],
            swiftSettings: strictSettings
        ),
    ],
    swiftLanguageModes: [.v6]
)
