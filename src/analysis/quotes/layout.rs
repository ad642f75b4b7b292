//! Attribution by layout, where no verb of saying stands: round-ups and
//! transcripts credit a quote with a dash after it (`“…” ― Pamela
//! Padilla`) or a colon before it (`Clinton: “…”`).

use crate::model::{ArticlePeople, PersonIx};

/// Dashes that credit a quote after it.
const DASHES: [char; 5] = ['—', '―', '–', '-', '•'];

/// `“…” ― NAME`: the person named right after a dash after the closing
/// mark at `close` of `text` (block `block`).
pub fn dash_after(
    cast: &ArticlePeople,
    block: usize,
    text: &str,
    close: usize,
) -> Option<PersonIx> {
    let rest = text.get(close..)?;
    let after_dash = rest.trim_start().strip_prefix(DASHES)?;
    let at = close + (rest.len() - after_dash.trim_start().len());
    cast.mentions
        .iter()
        .find(|m| m.block() == block && m.start() == at)
        .map(|m| m.person)
}

/// `NAME: “…”`: the person named right before a colon before the
/// opening mark at `open` of `text` (block `block`), the name opening
/// its sentence or paragraph.
pub fn colon_before(
    cast: &ArticlePeople,
    block: usize,
    text: &str,
    open: usize,
) -> Option<PersonIx> {
    let before = text.get(..open)?.trim_end().strip_suffix(':')?;
    let end = before.trim_end().len();
    let m = cast
        .mentions
        .iter()
        .find(|m| m.block() == block && m.end() == end)?;
    // what stands before the name: nothing, or the end of a sentence
    let lead = text.get(..m.start())?.trim_end();
    (lead.is_empty() || lead.ends_with(['.', '!', '?', '”', '"'])).then_some(m.person)
}
