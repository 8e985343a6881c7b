//! Language identification.

/// How much text to look at: enough to be sure, cheap on long documents.
const SAMPLE_BYTES: usize = 4096;

/// ISO 639-1 code of the text's language, or `None` when unsure.
///
/// Cyrillic text is told apart by letters that only one of Ukrainian and
/// Russian uses (і ї є ґ against ы э ъ ё); other scripts go to `whatlang`.
pub fn detect_language(text: &str) -> Option<&'static str> {
    let mut end = text.len().min(SAMPLE_BYTES);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let sample = &text[..end];
    let (mut cyr, mut latin, mut uk, mut ru) = (0usize, 0usize, 0usize, 0usize);
    for c in sample.chars() {
        match c {
            'і' | 'ї' | 'є' | 'ґ' | 'І' | 'Ї' | 'Є' | 'Ґ' => {
                uk += 1;
                cyr += 1
            }
            'ы' | 'э' | 'ъ' | 'ё' | 'Ы' | 'Э' | 'Ъ' | 'Ё' => {
                ru += 1;
                cyr += 1
            }
            '\u{400}'..='\u{4FF}' => cyr += 1,
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
    whatlang_code(sample)
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
