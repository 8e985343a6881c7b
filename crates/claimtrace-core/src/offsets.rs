//! Byte offsets inside, code-point offsets outside.

/// Converts byte offsets of one text into code-point offsets.
///
/// Built once per document in O(n); each lookup is O(1). For non-ASCII
/// text it keeps, for every block of 64 bytes, the number of chars that
/// start before the block and a bit mask of the bytes that start a char:
/// 16 bytes per 64 bytes of text, whatever the script (one entry per
/// non-ASCII char, as before, was 24 bytes per char: twelve times the size
/// of a Cyrillic text), and a lookup reads one entry, not a binary search
/// over the whole text.
pub struct CharIndex {
    /// Per 64-byte block: (chars starting before the block, mask of the
    /// block's bytes that start a char). Empty for ASCII text, where byte
    /// offsets equal char offsets.
    blocks: Vec<(usize, u64)>,
    len_bytes: usize,
    len_chars: usize,
}

const BLOCK: usize = 64;

impl CharIndex {
    pub fn new(text: &str) -> Self {
        let mut blocks = Vec::new();
        let mut chars = 0usize;
        if !text.is_ascii() {
            blocks.reserve(text.len() / BLOCK + 1);
            for block in text.as_bytes().chunks(BLOCK) {
                let mut mask = 0u64;
                for (i, &byte) in block.iter().enumerate() {
                    // A char starts at every byte but a UTF-8 continuation
                    // byte (0b10xx_xxxx).
                    if byte & 0xC0 != 0x80 {
                        mask |= 1 << i;
                    }
                }
                blocks.push((chars, mask));
                chars += mask.count_ones() as usize;
            }
        } else {
            chars = text.len();
        }
        CharIndex {
            blocks,
            len_bytes: text.len(),
            len_chars: chars,
        }
    }

    /// The code-point offset of byte offset `byte`. Offsets past the end
    /// clamp to the end; an offset inside a char maps to that char's start.
    pub fn char_offset(&self, byte: usize) -> usize {
        let byte = byte.min(self.len_bytes);
        if self.blocks.is_empty() || byte == self.len_bytes {
            return if self.blocks.is_empty() {
                byte
            } else {
                self.len_chars
            };
        }
        let Some(&(before, mask)) = self.blocks.get(byte / BLOCK) else {
            return self.len_chars;
        };
        let bit = byte % BLOCK;
        let starts_before = (mask & ((1u64 << bit) - 1)).count_ones() as usize;
        let is_start = mask & (1u64 << bit) != 0;
        // Inside a char: the char that started before it.
        (before + starts_before).saturating_sub(usize::from(!is_start))
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

    /// Every byte of a text of many blocks, chars of one to four bytes
    /// across the block edges: a boundary maps to its char's index, a byte
    /// inside a char to that char's start.
    #[test]
    fn every_byte_of_a_long_mixed_text() {
        let text = "Zelensky — «Ми переможемо» 😀, said 5 000 шт. ".repeat(40);
        let idx = CharIndex::new(&text);
        let starts: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
        for byte in 0..=text.len() + 3 {
            let expected = if byte >= text.len() {
                starts.len()
            } else {
                starts.partition_point(|&b| b <= byte) - 1
            };
            assert_eq!(idx.char_offset(byte), expected, "byte {byte}");
        }
    }

    #[test]
    fn ascii_is_identity() {
        let idx = CharIndex::new("plain text");
        assert_eq!(idx.char_offset(5), 5);
        assert_eq!(idx.char_offset(99), 10);
    }
}
