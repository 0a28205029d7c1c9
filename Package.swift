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
        .library(name: "RetroMetadataHTTP", targets: ["RetroMetadataHTTP"]),
        .library(name: "RetroMetadataProviders", targets: ["RetroMetadataProviders"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.3"),
    ],
    targets: [
        .target(
            name: "RetroMetadataCore",
            swiftSettings: strictSettings
        ),
        .target(
            name: "RetroMetadataHTTP",
            dependencies: [
                "RetroMetadataCore",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOFoundationEssentialsCompat", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strictSettings
        ),
        .target(
            name: "RetroMetadataProviders",
            dependencies: [
                "RetroMetadataCore",
                "RetroMetadataHTTP",
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strictSettings
        ),
        .target(
            name: "RetroMetadataTesting",
            dependencies: [
                "RetroMetadataCore",
                "RetroMetadataHTTP",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                .product(name: "NIOFoundationEssentialsCompat", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strictSettings
        ),
        .executableTarget(
            name: "RetroMetadataCLI",
            dependencies: [
                "RetroMetadataCore",
                "RetroMetadataHTTP",
                "RetroMetadataProviders",
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
            name: "RetroMetadataHTTPTests",
            dependencies: [
                "RetroMetadataCore",
                "RetroMetadataHTTP",
                "RetroMetadataTesting",
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "RetroMetadataProvidersTests",
            dependencies: [
                "RetroMetadataCore",
                "RetroMetadataHTTP",
                "RetroMetadataProviders",
                "RetroMetadataTesting",
                .product(name: "Logging", package: "swift-log"),
            ],
            exclude: ["Fixtures"],
            swiftSettings: strictSettings
        ),
    ],
    swiftLanguageModes: [.v6]
)
