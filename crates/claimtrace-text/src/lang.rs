//! Language identification.

use claimtrace_lexicon::{EN, RU, UK};

/// How much text to look at: enough to be sure, cheap on long documents.
const SAMPLE_BYTES: usize = 2048;

/// ISO 639-1 code of the text's language, or `None` when unsure.
///
/// Cyrillic text is told apart by the letters that only one of Ukrainian
/// and Russian uses (the lexicons' `letters`); other scripts go to
/// `whatlang`.
pub fn detect_language(text: &str) -> Option<&'static str> {
    let mut end = text.len().min(SAMPLE_BYTES);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let sample = &text[..end];
    let (mut cyr, mut latin, mut uk, mut ru) = (0usize, 0usize, 0usize, 0usize);
    for c in sample.chars() {
        match c {
            '\u{400}'..='\u{4FF}' => {
                cyr += 1;
                let lower = c.to_lowercase().next().unwrap_or(c);
                if UK.letters.contains(&lower) {
                    uk += 1;
                } else if RU.letters.contains(&lower) {
                    ru += 1;
                }
            }
            'a'..='z' | 'A'..='Z' => latin += 1,
            _ => {}
        }
    }
    if cyr + latin < 3 {
        return None;
    }
    if cyr > latin {
        return Some(if uk > ru {
            "uk"
        } else if ru > uk {
            "ru"
        } else {
            return whatlang_code(sample);
        });
    }
    if looks_english(sample) {
        return Some("en");
    }
    let mut short = sample.len().min(1024);
    while !sample.is_char_boundary(short) {
        short -= 1;
    }
    whatlang_code(&sample[..short])
}

/// English news is a quarter or more of its most common words (the English
/// lexicon's `detection_words`): a cheap exact test that spares the
/// trigram model on most documents.
fn looks_english(sample: &str) -> bool {
    let common = EN.detection_words;
    let (mut total, mut hits) = (0usize, 0usize);
    let mut word = [0u8; 8];
    for w in sample.split(|c: char| !c.is_ascii_alphabetic()) {
        if w.is_empty() {
            continue;
        }
        total += 1;
        if w.len() <= 8 {
            for (d, c) in word.iter_mut().zip(w.bytes()) {
                *d = c.to_ascii_lowercase();
            }
            let lw = &word[..w.len()];
            if common.iter().any(|s| s.as_bytes() == lw) {
                hits += 1;
            }
        }
    }
    total >= 20 && hits * 4 >= total
}

fn whatlang_code(sample: &str) -> Option<&'static str> {
    let info = whatlang::detect(sample)?;
    if !info.is_reliable() && info.confidence() < 0.3 {
        return None;
    }
    use whatlang::Lang::*;
    Some(match info.lang() {
        Eng => "en",
        Ukr => "uk",
        Rus => "ru",
        Deu => "de",
        Fra => "fr",
        Spa => "es",
        Por => "pt",
        Ita => "it",
        Nld => "nl",
        Pol => "pl",
        Ces => "cs",
        Swe => "sv",
        Dan => "da",
        Nob => "no",
        Fin => "fi",
        Tur => "tr",
        Bel => "be",
        Bul => "bg",
        Srp => "sr",
        Hrv => "hr",
        Ron => "ro",
        Hun => "hu",
        Ell => "el",
        Ara => "ar",
        Heb => "he",
        Cmn => "zh",
        Jpn => "ja",
        Kor => "ko",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn en_uk_ru() {
        assert_eq!(
            detect_language("The president said on Tuesday that the talks would go on."),
            Some("en")
        );
        assert_eq!(
            detect_language("Президент заявив, що переговори триватимуть і надалі."),
            Some("uk")
        );
        assert_eq!(
            detect_language("Президент заявил, что переговоры будут продолжены в этом году."),
            Some("ru")
        );
        assert_eq!(detect_language("12 34"), None);
    }
}
