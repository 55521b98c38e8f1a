// libFuzzer target for the call screen's key decoder; built together with Sources/CallScreen by fuzz/run.

/// Decodes the input whole and again in chunks whose sizes come from the input itself:
/// both must give the same events, since keys arrive split across reads at any point.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzKeyDecoder(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    var whole = KeyDecoder()
    let expected = whole.feed(bytes) + whole.flush()
    var chunked = KeyDecoder()
    var events: [Event] = []
    var offset = 0
    var step = 0
    while offset < bytes.count {
        let length = 1 + Int(bytes[step % bytes.count]) % 7
        step += 1
        let end = min(bytes.count, offset + length)
        events += chunked.feed(bytes[offset..<end])
        offset = end
    }
    events += chunked.flush()
    if events != expected {
        fatalError("chunked decoding differs: \(events) versus \(expected)")
    }
    return 0
}
