//! The data everything else works on: articles and their blocks, people,
//! mentions and quotes, as plain values. It knows no file, rule, index or
//! terminal.

mod article;
mod ids;
mod person;
mod quote;
mod strings;

pub use article::{Article, Block, Mark, MarkKind, TitleKind};
pub use ids::{ArticleIx, PersonIx, QuoteIx, small};
pub use person::{ArticlePeople, Mention, Person};
pub use quote::{Quote, QuoteKind, Span, Speaker, Why};
pub use strings::Strings;
