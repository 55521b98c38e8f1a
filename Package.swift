// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "dues",
    products: [
        .executable(name: "dues", targets: ["dues"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.19"),
    ],
    targets: [
        .systemLibrary(
            name: "CSQLite",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"])]
        ),
        .target(name: "SQLite", dependencies: ["CSQLite"]),
        .systemLibrary(
            name: "CSodium",
            pkgConfig: "libsodium",
            providers: [.apt(["libsodium-dev"])]
        ),
        .target(name: "Sealing", dependencies: ["CSodium", "Model"]),
        .systemLibrary(
            name: "CQRencode",
            pkgConfig: "libqrencode",
            providers: [.apt(["libqrencode-dev"])]
        ),
        .target(name: "QRCode", dependencies: ["CQRencode", "TextCells"]),
        .target(name: "Model"),
        .target(name: "TextCells"),
        .target(
            name: "Spreadsheet",
            dependencies: ["Model", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        .executableTarget(name: "MigrationEmbedder", dependencies: ["SQLite"]),
        .plugin(
            name: "EmbedMigrations",
            capability: .buildTool(),
            dependencies: ["MigrationEmbedder"]
        ),
        .target(
            name: "Storage",
            dependencies: ["SQLite", "Model"],
            plugins: ["EmbedMigrations"]
        ),
        .target(name: "Register", dependencies: ["Model", "Spreadsheet", "Storage"]),
        .target(name: "Demo", dependencies: ["Model", "Storage"]),
        .target(name: "CallScreen", dependencies: ["TextCells"]),
        .target(name: "Terminal", dependencies: ["CallScreen"]),
        .target(name: "CallSession", dependencies: ["CallScreen", "Storage", "Model", "SQLite", "TextCells", "QRCode"]),
        .target(name: "Reports", dependencies: ["Model", "Storage", "Spreadsheet", "TextCells", "QRCode"]),
        .executableTarget(
            name: "dues",
            dependencies: [
                "SQLite", "Model", "Storage", "Register", "Demo", "Spreadsheet", "TextCells",
                "CallScreen", "Terminal", "CallSession", "Reports", "Sealing",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "DuesBench",
            dependencies: [
                "Demo", "Model", "Storage", "Spreadsheet", "CallScreen", "CallSession",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(name: "TestSupport", dependencies: ["SQLite"], path: "Tests/TestSupport"),
        .testTarget(name: "SQLiteTests", dependencies: ["SQLite", "TestSupport"]),
        .testTarget(name: "StorageTests", dependencies: ["Storage", "SQLite", "Model", "Demo", "TestSupport"]),
        .testTarget(name: "ModelTests", dependencies: ["Model", "TestSupport"]),
        .testTarget(name: "SealingTests", dependencies: ["Sealing"]),
        .testTarget(name: "QRCodeTests", dependencies: ["QRCode", "TextCells", "TestSupport"]),
        .testTarget(name: "SpreadsheetTests", dependencies: ["Spreadsheet", "Model"]),
        .testTarget(name: "RegisterTests", dependencies: ["Register", "Storage", "Spreadsheet", "Model", "TestSupport"]),
        .testTarget(name: "TextCellsTests", dependencies: ["TextCells"], exclude: ["Fixtures"]),
        .testTarget(name: "CallScreenTests", dependencies: ["CallScreen", "Model", "QRCode", "TextCells"], exclude: ["Golden"]),
        .testTarget(name: "TerminalTests", dependencies: ["Terminal", "CallScreen"]),
        .testTarget(
            name: "CallSessionTests",
            dependencies: ["CallSession", "CallScreen", "Storage", "Model", "SQLite", "QRCode", "TestSupport"]),
        .testTarget(name: "ReportsTests", dependencies: ["Reports", "Storage", "Model", "Spreadsheet", "TextCells", "QRCode", "TestSupport"]),
        .testTarget(
            name: "CLITests",
            dependencies: ["Storage", "SQLite", "Model", "TestSupport", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            exclude: ["Fixtures"]),
        .testTarget(name: "ReliabilityTests", dependencies: ["TestSupport", "SQLite", "Storage", "Model"]),
    ]
)
