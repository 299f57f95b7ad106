//! Errors in data files, located by file, line and column.

use std::fmt;
use std::ops::Range;

/// One problem found in a data file: where it is, what is wrong, what is expected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// The file name as the caller gave it (core never opens files).
    pub file: String,
    /// 1-based line.
    pub line: usize,
    /// 1-based column, counted in characters.
    pub column: usize,
    /// What is wrong and what is expected instead.
    pub message: String,
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}:{}: {}",
            self.file, self.line, self.column, self.message
        )
    }
}

/// A source text with its name, able to turn byte offsets into line and column.
#[derive(Debug, Clone, Copy)]
pub struct SourceText<'a> {
    /// The file name used in messages.
    pub name: &'a str,
    /// The whole text.
    pub text: &'a str,
}

impl<'a> SourceText<'a> {
    /// Pairs a text with the name it is reported under.
    pub fn new(name: &'a str, text: &'a str) -> Self {
        Self { name, text }
    }

    /// A diagnostic at the start of `span` (a byte range into the text).
    pub fn diagnostic(&self, span: Option<Range<usize>>, message: impl Into<String>) -> Diagnostic {
        let offset = span.map_or(0, |s| s.start.min(self.text.len()));
        let before = &self.text[..floor_char_boundary(self.text, offset)];
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let column = before[line_start..].chars().count() + 1;
        Diagnostic {
            file: self.name.to_owned(),
            line,
            column,
            message: message.into(),
        }
    }
}

fn floor_char_boundary(text: &str, mut offset: usize) -> usize {
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

/// All the problems found in one or more files; never empty.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct Diagnostics(pub Vec<Diagnostic>);

impl fmt::Display for Diagnostics {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, d) in self.0.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{d}")?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_and_column_count_characters() {
        let src = SourceText::new("f.toml", "a = 1\nb = \"é\"\nc = 3\n");
        let at = |offset: usize| {
            let d = src.diagnostic(Some(offset..offset + 1), "x");
            (d.line, d.column)
        };
        assert_eq!(at(0), (1, 1));
        assert_eq!(at(6), (2, 1));
        // 'é' is two bytes: the byte after it is column 7 on line 2.
        assert_eq!(at(13), (2, 7));
        assert_eq!(at(15), (3, 1));
        assert_eq!(src.diagnostic(None, "x").to_string(), "f.toml:1:1: x");
    }
}
