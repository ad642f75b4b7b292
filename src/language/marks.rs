//! Marks: the quotation marks that open and close direct speech, and the
//! combining marks that are part of a letter.

/// Characters that open or close a direct quotation.
pub fn is_quote_mark(c: char) -> bool {
    matches!(c, '"' | '“' | '”' | '„' | '«' | '»')
}

/// Marks that may open a quotation or a quoted title, single ones
/// included: `"`, `“`, `'`, `‘`.
pub fn opens_quote(c: char) -> bool {
    matches!(c, '"' | '“' | '\'' | '‘')
}

/// What closes a sentence after its full stop and still belongs to it: a
/// closing quote or bracket (`.”`, `.)`).
pub fn closes_after_stop(c: char) -> bool {
    matches!(c, '"' | '”' | '’' | '\'' | ')')
}

/// Combining marks (accents written as separate code points).
pub fn is_combining(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}')
}
