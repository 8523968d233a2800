//! The one way a value quoted in a message is cut: at most `max` characters, ending with `…`,
//! cut where a token ends (a space, `,`, `/`, ...), never inside a `${placeholder}` or a Jinja
//! `{{ ... }}` / `{% ... %}` (a cut one reads as a different placeholder).

/// Characters after which a value may be cut (token boundaries).
fn is_boundary(c: char) -> bool {
    c.is_whitespace() || matches!(c, ',' | '/' | ';' | '=' | ':' | '|' | '&' | '\'' | '"')
}

/// Byte ranges of the placeholders and Jinja tags of `s`.
fn protected(s: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut at = 0;
    while let Some(rel) = s.get(at..).and_then(|r| r.find(['$', '{'])) {
        let start = at + rel;
        let rest = s.get(start..).unwrap_or("");
        let close = if rest.starts_with("${") {
            rest.find('}').map(|i| i + 1)
        } else if rest.starts_with("{{") {
            rest.find("}}").map(|i| i + 2)
        } else if rest.starts_with("{%") {
            rest.find("%}").map(|i| i + 2)
        } else {
            None
        };
        match close {
            Some(len) => {
                out.push((start, start + len));
                at = start + len;
            }
            None => at = start + 1,
        }
    }
    out
}

/// `s` itself when it has at most `max` characters; otherwise its longest start that ends
/// at a token boundary and outside every placeholder, in at most `max - 1` characters, then
/// `…`. A single token longer than that is cut inside (still never inside a placeholder).
pub fn shorten(s: &str, max: usize) -> String {
    let max = max.max(2);
    let Some((limit, _)) = s.char_indices().nth(max - 1) else {
        return s.to_owned();
    };
    // the cut is at most `limit` bytes (max - 1 characters)
    let spans = protected(s);
    let inside = |cut: usize| spans.iter().any(|&(a, b)| a < cut && cut < b);
    let mut cut = limit;
    // the last boundary at or before the limit, in the last two thirds
    let floor = s.char_indices().nth(max / 3).map_or(0, |(i, _)| i);
    let boundary = s
        .get(..limit)
        .unwrap_or("")
        .char_indices()
        .rev()
        .find(|&(i, c)| i >= floor && is_boundary(c) && !inside(i + c.len_utf8()))
        .map(|(i, c)| i + c.len_utf8());
    match boundary {
        Some(b) => cut = b,
        None => {
            if let Some(&(a, _)) = spans.iter().find(|&&(a, b)| a < cut && cut < b) {
                cut = a;
            }
        }
    }
    let mut out = s.get(..cut).unwrap_or("").trim_end().to_owned();
    out.push('…');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cuts_at_tokens_and_never_in_a_placeholder() {
        assert_eq!(shorten("short", 10), "short");
        let s = "oss://test-nni/examples/search/pai/stdout/stdout_${exp_id}_${trial_id}";
        let cut = shorten(s, 60);
        assert_eq!(cut, "oss://test-nni/examples/search/pai/stdout/…");
        assert!(cut.chars().count() <= 60);
        let s = format!("{}${{trial_id}}", "a".repeat(55));
        let cut = shorten(&s, 60);
        assert_eq!(cut, format!("{}…", "a".repeat(55)));
        let s = "a".repeat(100);
        assert_eq!(shorten(&s, 10), format!("{}…", "a".repeat(9)));
        let s = "python train.py --lr=${lr} --batch_size=${batch_size} --epochs=10";
        let cut = shorten(s, 40);
        assert!(
            !cut.contains("${b") || cut.contains("${batch_size}"),
            "{cut}"
        );
        assert_eq!(
            shorten("é".repeat(20).as_str(), 5),
            format!("{}…", "é".repeat(4))
        );
    }
}
