import CPCRE2

/// PCRE2's own text for an error code (compile errors are positive, match errors negative).
func pcre2Message(_ code: Int32) -> String {
    var buffer = [UInt8](repeating: 0, count: 256)
    let length = buffer.withUnsafeMutableBufferPointer { buf in
        pcre2_get_error_message_8(code, buf.baseAddress, buf.count)
    }
    guard length > 0 else { return "PCRE2 error \(code)" }
    return String(decoding: buffer[0..<Int(length)], as: UTF8.self)
}
