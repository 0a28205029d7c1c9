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
        .executable(name: "retro-metadata-bench", targets: ["RetroMetadataBench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    ],
    targets: [
        .target(
            name: "RetroMetadataCore",
            swiftSettings: strictSettings
        ),
        .executableTarget(
            name: "RetroMetadataCLI",
            dependencies: [
                "RetroMetadataCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strictSettings
        ),
        .executableTarget(
            name: "RetroMetadataBench",
            dependencies: [
                "RetroMetadataCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
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
            name: "RetroMetadataCLITests",
            // Depending on the executable makes `swift build --build-tests` build the binary the tests run.
            dependencies: ["RetroMetadataCLI"],
            swiftSettings: strictSettings
        ),
    ],
    swiftLanguageModes: [.v6]
)
