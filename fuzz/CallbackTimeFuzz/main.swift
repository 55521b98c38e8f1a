// libFuzzer target for the callback-time parser; built together with Sources/Model by fuzz/run.
import Foundation

/// Parses the input as typed text: the parser must never crash, and never answer a time in the past.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCallbackTime(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let now = Date(timeIntervalSince1970: 1_795_701_600)
    for rules in [CallingRules(), CallingRules(startMinute: 0, endMinute: 1440, callingDays: Set(Weekday.allCases))] {
        if let time = CallbackTime.parse(text, now: now, rules: rules), time < now {
            fatalError("'\(text)' gave \(time), before now")
        }
    }
    return 0
}
