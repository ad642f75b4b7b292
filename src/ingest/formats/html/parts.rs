//! An article's HTML as body parts: its paragraphs, headings, list items
//! and captions, in reading order, with what is never text (scripts,
//! styles, forms, navigation) left out.

use dom_query::{Document, NodeRef};

use crate::ingest::formats::parts::Parts;
use crate::ingest::formats::plain::{Hint, Part};
use crate::model::MarkKind;

/// Elements whose content is never the article's text.
const SKIPPED: &[&str] = &[
    "script", "style", "noscript", "template", "nav", "form", "button", "svg", "iframe", "select",
    "textarea", "input", "head", "object", "canvas", "video", "audio", "map", "math",
];

/// Words of a class or id that mark what is not the article: a page's
/// chrome inside the part an extractor kept.
const CHROME: &[&str] = &[
    "cookie",
    "consent",
    "newsletter",
    "signup",
    "sign-up",
    "subscribe",
    "share",
    "sharing",
    "social",
    "related",
    "comment",
    "comments",
    "advert",
    "advertisement",
    "ad",
    "ads",
    "promo",
    "sponsor",
    "breadcrumb",
    "tags",
    "author-bio",
    "byline",
];

/// Whether an element's class or id says it is chrome ([`CHROME`]).
fn is_chrome(node: &NodeRef) -> bool {
    let names = format!(
        "{} {}",
        node.attr("class").as_deref().unwrap_or_default(),
        node.attr("id").as_deref().unwrap_or_default()
    )
    .to_ascii_lowercase();
    names
        .split(|c: char| c.is_whitespace() || c == '_')
        .any(|n| {
            CHROME
                .iter()
                .any(|w| n == *w || n.split('-').any(|part| part == *w))
        })
}

/// Elements that stand as blocks of their own.
const BLOCKS: &[&str] = &[
    "p",
    "div",
    "section",
    "article",
    "main",
    "header",
    "footer",
    "li",
    "dd",
    "dt",
    "blockquote",
    "pre",
    "table",
    "tr",
    "td",
    "th",
    "figure",
    "ul",
    "ol",
    "dl",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "figcaption",
    "caption",
    "hr",
    "address",
    "aside",
    "details",
    "summary",
    "body",
    "center",
];

/// The parts of an HTML fragment (a record's `content`, a feed item's
/// body).
pub fn parts(html: &str) -> Vec<Part> {
    let doc = Document::fragment(html);
    parts_of(&doc.root())
}

/// The parts under `node`.
pub fn parts_of(node: &NodeRef) -> Vec<Part> {
    let mut w = Parts::default();
    walk(&mut w, node, Hint::Para);
    w.flush(Hint::Para);
    w.out
}

/// What an inline element marks, if anything: links only to where a
/// reader offline can still go (an absolute URL).
fn mark_of(name: &str, node: &NodeRef) -> Option<MarkKind> {
    match name {
        "em" | "i" | "cite" => Some(MarkKind::Emphasis),
        "strong" | "b" => Some(MarkKind::Strong),
        "a" => node
            .attr("href")
            .map(|h| h.trim().to_string())
            .filter(|h| h.starts_with("https://") || h.starts_with("http://"))
            .map(MarkKind::Link),
        _ => None,
    }
}

fn walk(w: &mut Parts, node: &NodeRef, hint: Hint) {
    if node.is_text() {
        w.push(&node.text());
        return;
    }
    if !(node.is_element() || node.is_document() || node.is_fragment()) {
        return;
    }
    let name = node
        .node_name()
        .map(|n| n.to_ascii_lowercase())
        .unwrap_or_default();
    if SKIPPED.contains(&name.as_str()) || node.has_attr("hidden") || is_chrome(node) {
        return;
    }
    if name == "br" {
        w.flush(hint);
        return;
    }
    let block = BLOCKS.contains(&name.as_str());
    let inner = match name.as_str() {
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => Hint::Subhead,
        "figcaption" | "caption" | "aside" => Hint::Aside,
        _ => hint,
    };
    if block {
        w.flush(hint);
    }
    if name == "li" {
        w.push("• ");
    }
    let mark = mark_of(&name, node);
    if let Some(k) = mark.clone() {
        w.open(k);
    }
    for child in node.children_it(false) {
        walk(w, &child, inner);
    }
    if mark.is_some() {
        w.close();
    }
    if block {
        w.flush(inner);
    } else if name == "img" {
        // an image is no text, but its words are not run into the
        // next ones
        w.space();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(parts: &[Part]) -> Vec<(String, Hint)> {
        parts.iter().map(|p| (p.text.clone(), p.hint)).collect()
    }

    #[test]
    fn emphasis_and_links_are_marked() {
        let got = parts(
            "<p>An <em>emphatic</em> word and <a href='https://x.example/r'>a <b>report</b></a>, <a href='/rel'>local</a>.</p>",
        );
        let p = &got[0];
        assert_eq!(p.text, "An emphatic word and a report, local.");
        let marks: Vec<(&str, &MarkKind)> = p
            .marks
            .iter()
            .map(|m| (&p.text[m.start as usize..m.end as usize], &m.kind))
            .collect();
        assert_eq!(
            marks,
            [
                ("emphatic", &MarkKind::Emphasis),
                ("a report", &MarkKind::Link("https://x.example/r".into())),
                ("report", &MarkKind::Strong),
            ]
        );
    }

    #[test]
    fn blocks_come_out_in_order_with_their_kind() {
        let got = parts(
            "<h2>The vote</h2><p>First <b>bold</b> &amp; plain.<br>Second line</p>\
             <script>alert(1)</script><figure><img src=x><figcaption>A caption</figcaption></figure>\
             <ul><li>One</li><li>Two</li></ul><blockquote><p>“Quoted,” she said.</p></blockquote>",
        );
        let want: Vec<(String, Hint)> = [
            ("The vote", Hint::Subhead),
            ("First bold & plain.", Hint::Para),
            ("Second line", Hint::Para),
            ("A caption", Hint::Aside),
            ("• One", Hint::Para),
            ("• Two", Hint::Para),
            ("“Quoted,” she said.", Hint::Para),
        ]
        .into_iter()
        .map(|(t, h)| (t.to_string(), h))
        .collect();
        assert_eq!(plain(&got), want);
    }

    #[test]
    fn chrome_inside_an_article_is_left_out() {
        let got = parts(
            "<div class='article-body'><p>Story.</p><div class='newsletter-signup'><p>Sign up.</p></div>\
             <div id='share_bar'><a>Tweet</a></div><div class='ad ad-inline'>Advertisement</div>\
             <div class='shared-team'><p>Kept: no chrome word alone.</p></div></div>",
        );
        let texts: Vec<&str> = got.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(texts, ["Story.", "Kept: no chrome word alone."]);
    }

    #[test]
    fn entities_decode_to_what_the_cleaning_then_makes_safe() {
        // (a C1 control by number is read as HTML reads it: 0x9b is "›")
        let got = parts("<p>a&#27;[2Jb &#x9b; c</p>");
        assert_eq!(plain(&got), [("a\u{1b}[2Jb › c".to_string(), Hint::Para)]);
    }
}
