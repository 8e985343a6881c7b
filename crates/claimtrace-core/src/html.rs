//! HTML escaping for every page claimtrace writes (the timeline, the
//! desk): document text is untrusted.

/// `s` escaped for HTML text and quoted attribute values. Control
/// characters (other than line breaks and tabs) become spaces: they never
/// reach a page raw.
pub fn escape_html(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 16);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c if c.is_control() && c != '\n' && c != '\t' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::escape_html;

    #[test]
    fn markup_quotes_and_controls_are_neutralised() {
        assert_eq!(
            escape_html("<img src=x onerror=\"alert('x')\">&\u{1}"),
            "&lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt;&amp; "
        );
        assert_eq!(escape_html("line\none\ttab"), "line\none\ttab");
    }
}
