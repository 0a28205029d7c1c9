import ArgumentParser
import Foundation

/// Runs the command line, mapping usage errors to exit code 2 as documented in the README.
@MainActor
func runMain() async -> Never {
    do {
        var command = try RetroMetadataCommand.parseAsRoot()
        if var asyncCommand = command as? any AsyncParsableCommand {
            try await asyncCommand.run()
        } else {
            try command.run()
        }
        exit(0)
    } catch {
        let code = RetroMetadataCommand.exitCode(for: error)
        let message = RetroMetadataCommand.fullMessage(for: error)
        if !message.isEmpty {
            let stream = code == .success ? FileHandle.standardOutput : FileHandle.standardError
            stream.write(Data((message + "\n").utf8))
        }
        exit(code == .validationFailure ? ExitCode.badInput.rawValue : code.rawValue)
    }
}

await runMain()
