import SQLite

extension StoreError {
    /// Storage's error for what SQLite reported.
    init(_ error: SQLiteError) {
        self =
            if error.isBusy { .busy }
            else if error.isFull { .full }
            else if error.isIOError { .ioFailure(detail: error.message) }
            else if error.isCorruption { .damaged(detail: error.message) }
            else if error.isReadOnly { .readOnly }
            else if error.isConstraintViolation { .constraint(error.message) }
            else { .engine(code: error.extendedCode, message: error.message) }
    }

    /// Runs `body`, reporting SQLite's errors as Storage's: what crosses Storage's boundary.
    static func translating<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as SQLiteError {
            throw StoreError(error)
        }
    }

    /// `error` in Storage's words when it is the database engine's, else `error` itself: for callers of the
    /// Storage API whose failure left by a path that does not translate on its own (a statement run outside
    /// `Store.read` and `Store.write`, a backup).
    public static func translated(_ error: Error) -> Error {
        (error as? SQLiteError).map { StoreError($0) } ?? error
    }
}
