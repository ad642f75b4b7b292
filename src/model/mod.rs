//! The data everything else works on: articles and their blocks, people,
//! mentions and quotes, as plain values. It knows no file, rule, index or
//! terminal.

mod article;
mod person;
mod quote;

pub use article::{Article, ArticleIx, Block, TitleKind};
pub use person::{ArticlePeople, Mention, Person, PersonIx};
pub use quote::{Quote, QuoteIx, QuoteKind, Span, Speaker};
