//! Bounded reading and decoding of bytes into text.

use std::io::Read;

use encoding_rs::Encoding;

/// Reads at most `limit` bytes; the flag says whether more followed (the
/// rest is left unread).
pub(crate) fn read_bounded(reader: &mut dyn Read, limit: usize) -> (Vec<u8>, bool) {
    let mut bytes = Vec::new();
    let cap = (limit as u64).saturating_add(1);
    // The latched readers turn I/O errors into end of input (and record
    // them), so an error here only means "stop".
    let _ = reader.take(cap).read_to_end(&mut bytes);
    let over = bytes.len() > limit;
    if over {
        bytes.truncate(limit);
    }
    (bytes, over)
}

/// Decodes text bytes: a BOM decides the encoding, else `declared` (an
/// encoding label from a charset declaration), else UTF-8. Invalid bytes
/// become U+FFFD with a warning; an incomplete character at the end of
/// `bytes` is dropped silently when the bytes were cut (`cut`).
pub(crate) fn decode_text(
    bytes: Vec<u8>,
    declared: Option<&str>,
    cut: bool,
    warnings: &mut Vec<String>,
) -> String {
    if let Some((encoding, bom_len)) = Encoding::for_bom(&bytes) {
        let body = bytes.get(bom_len..).unwrap_or_default();
        if encoding == encoding_rs::UTF_8 {
            return decode_utf8(body.to_vec(), cut, warnings);
        }
        return decode_with(encoding, body, warnings);
    }
    let declared = declared
        .and_then(|label| Encoding::for_label(label.trim().as_bytes()))
        // A page declaring UTF-16 in a meta tag is ASCII-compatible bytes
        // by then (HTML spec): read it as UTF-8.
        .filter(|e| *e != encoding_rs::UTF_16LE && *e != encoding_rs::UTF_16BE);
    match declared {
        Some(encoding) if encoding != encoding_rs::UTF_8 => {
            // Declared charsets are often wrong the other way round: a page
            // that says latin-1 but is valid UTF-8 with non-ASCII text.
            if encoding != encoding_rs::UTF_8 && is_utf8_with_non_ascii(&bytes) {
                return decode_utf8(bytes, cut, warnings);
            }
            decode_with(encoding, &bytes, warnings)
        }
        _ => decode_utf8(bytes, cut, warnings),
    }
}

fn is_utf8_with_non_ascii(bytes: &[u8]) -> bool {
    !bytes.is_ascii() && std::str::from_utf8(bytes).is_ok()
}

fn decode_with(encoding: &'static Encoding, bytes: &[u8], warnings: &mut Vec<String>) -> String {
    let (text, had_errors) = encoding.decode_without_bom_handling(bytes);
    if had_errors {
        warnings.push(format!(
            "bytes invalid in {} replaced with U+FFFD",
            encoding.name()
        ));
    }
    text.into_owned()
}

/// UTF-8 decoding that never fails: invalid sequences become U+FFFD (with a
/// warning saying where the first one was).
pub(crate) fn decode_utf8(bytes: Vec<u8>, cut: bool, warnings: &mut Vec<String>) -> String {
    match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(err) => {
            let utf8 = err.utf8_error();
            let mut bytes = err.into_bytes();
            if cut && utf8.error_len().is_none() {
                // Only the last character was cut in half by the limit.
                bytes.truncate(utf8.valid_up_to());
                return String::from_utf8(bytes).unwrap_or_default();
            }
            warnings.push(format!(
                "invalid UTF-8 (first at byte {}): decoded lossily, bad bytes replaced with U+FFFD",
                utf8.valid_up_to()
            ));
            String::from_utf8_lossy(&bytes).into_owned()
        }
    }
}

/// Cuts `text` to at most `max` bytes at a character boundary; true if it
/// was cut.
pub(crate) fn truncate_at_char_boundary(text: &mut String, max: usize) -> bool {
    if text.len() <= max {
        return false;
    }
    let mut end = max;
    while end > 0 && !text.is_char_boundary(end) {
        end -= 1;
    }
    text.truncate(end);
    true
}

/// Truncates `text` to the document limit, with a warning when it does.
pub(crate) fn limit_document(text: &mut String, max: usize, warnings: &mut Vec<String>) {
    let original = text.len();
    if truncate_at_char_boundary(text, max) {
        warnings.push(format!(
            "document text of {original} bytes truncated to {} bytes (limit {max})",
            text.len()
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invalid_utf8_is_replaced_with_a_warning() {
        let mut warnings = Vec::new();
        let text = decode_text(b"caf\xe9 ok".to_vec(), None, false, &mut warnings);
        assert_eq!(text, "caf\u{fffd} ok");
        assert_eq!(warnings.len(), 1);
        assert!(warnings[0].contains("byte 3"), "{warnings:?}");
    }

    #[test]
    fn a_character_cut_by_the_limit_is_dropped_silently() {
        let mut warnings = Vec::new();
        let bytes = "ab\u{0416}".as_bytes();
        let text = decode_text(bytes[..3].to_vec(), None, true, &mut warnings);
        assert_eq!(text, "ab");
        assert!(warnings.is_empty());
    }

    #[test]
    fn declared_and_bom_encodings_are_honoured() {
        let mut warnings = Vec::new();
        let text = decode_text(vec![0xc7, 0xe0], Some("windows-1251"), false, &mut warnings);
        assert_eq!(text, "За");
        let utf16: Vec<u8> = [0xff, 0xfe, b'h', 0, b'i', 0].to_vec();
        assert_eq!(decode_text(utf16, None, false, &mut warnings), "hi");
        // Valid UTF-8 wins over a wrong latin-1 declaration.
        let text = decode_text(
            "Zoë".as_bytes().to_vec(),
            Some("iso-8859-1"),
            false,
            &mut warnings,
        );
        assert_eq!(text, "Zoë");
        assert!(warnings.is_empty());
    }

    #[test]
    fn truncation_respects_char_boundaries() {
        let mut s = "Жж".to_string();
        assert!(truncate_at_char_boundary(&mut s, 3));
        assert_eq!(s, "Ж");
        let mut w = Vec::new();
        let mut s = "short".to_string();
        limit_document(&mut s, 10, &mut w);
        assert!(w.is_empty());
    }
}
