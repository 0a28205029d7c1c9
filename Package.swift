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
        .library(name: "RetroMetadataXML", targets: ["RetroMetadataXML"]),
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
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .target(
            name: "RetroMetadataXML",
            dependencies: ["RetroMetadataCore", "CLibXML2"],
            swiftSettings: strictSettings
        ),
        .executableTarget(
            name: "RetroMetadataCLI",
            dependencies: [
                "RetroMetadataCore",
                "RetroMetadataXML",
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
            name: "RetroMetadataXMLTests",
            dependencies: ["RetroMetadataXML", "RetroMetadataCore"],
            exclude: ["Fixtures"],
            swiftSettings: strictSettings
        ),
    ],
    swiftLanguageModes: [.v6]
)
