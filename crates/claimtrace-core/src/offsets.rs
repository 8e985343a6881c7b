//! Byte offsets inside, code-point offsets outside.

/// Converts byte offsets of one text into code-point offsets.
///
/// Built once per document in O(n); each lookup is O(log n) for non-ASCII
/// text and O(1) for ASCII text.
pub struct CharIndex {
    /// For every non-ASCII char, in order: its byte offset, its length in
    /// bytes, and the extra bytes (len - 1) of all multibyte chars before it.
    /// Empty for ASCII text, where byte offsets equal char offsets.
    multibyte: Vec<(usize, usize, usize)>,
    len_bytes: usize,
}

impl CharIndex {
    pub fn new(text: &str) -> Self {
        let mut multibyte = Vec::new();
        if !text.is_ascii() {
            let mut extra = 0usize;
            for (b, c) in text.char_indices() {
                let l = c.len_utf8();
                if l > 1 {
                    multibyte.push((b, l, extra));
                    extra += l - 1;
                }
            }
        }
        CharIndex {
            multibyte,
            len_bytes: text.len(),
        }
    }

    /// The code-point offset of byte offset `byte`. Offsets past the end
    /// clamp to the end; an offset inside a char maps to that char's start.
    pub fn char_offset(&self, byte: usize) -> usize {
        let byte = byte.min(self.len_bytes);
        let idx = self.multibyte.partition_point(|&(b, _, _)| b < byte);
        if idx == 0 {
            return byte;
        }
        let (b, l, extra_before) = self.multibyte[idx - 1];
        if byte < b + l {
            // inside a multibyte char: clamp to its start
            b - extra_before
        } else {
            byte - extra_before - (l - 1)
        }
    }
}

/// Implemented by every annotation type that holds offsets, so that
/// [`crate::Document::to_output`] can rewrite them all.
pub trait MapOffsets {
    fn map_offsets(&mut self, f: &dyn Fn(usize) -> usize);
}

impl<T: MapOffsets> MapOffsets for Vec<T> {
    fn map_offsets(&mut self, f: &dyn Fn(usize) -> usize) {
        for x in self {
            x.map_offsets(f);
        }
    }
}

impl<T: MapOffsets> MapOffsets for Option<T> {
    fn map_offsets(&mut self, f: &dyn Fn(usize) -> usize) {
        if let Some(x) = self {
            x.map_offsets(f);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reference(text: &str, byte: usize) -> usize {
        text.char_indices().take_while(|&(b, _)| b < byte).count()
    }

    #[test]
    fn matches_python_slicing_on_mixed_text() {
        let text = "Путін said «так» — 5 000 шт. and “ok” 😀 end";
        let idx = CharIndex::new(text);
        for (b, _) in text
            .char_indices()
            .chain(std::iter::once((text.len(), ' ')))
        {
            assert_eq!(idx.char_offset(b), reference(text, b), "byte {b}");
        }
    }

    #[test]
    fn ascii_is_identity() {
        let idx = CharIndex::new("plain text");
        assert_eq!(idx.char_offset(5), 5);
        assert_eq!(idx.char_offset(99), 10);
    }
}
