//! Indices into the archive, one type each so that an article's index
//! cannot stand where a quote's or a person's is meant. Each item's own
//! module lets its index type index a list of it ([`indexes`]).

/// A count or a place as the model keeps it, in 32 bits: an article,
/// a paragraph, an archive's names are far below 4 billion (one past is
/// kept as the largest).
pub fn small(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

macro_rules! id {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(
            Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default,
            serde::Serialize, serde::Deserialize,
        )]
        pub struct $name(pub usize);

        impl $name {
            /// The position, for a container that is not typed by it.
            pub fn index(self) -> usize {
                self.0
            }
        }
    };
}

/// Lets `$ix` index slices and vectors of `$item`.
macro_rules! indexes {
    ($ix:ty => $item:ty) => {
        impl std::ops::Index<$ix> for [$item] {
            type Output = $item;
            fn index(&self, ix: $ix) -> &$item {
                &self[ix.0]
            }
        }

        impl std::ops::IndexMut<$ix> for [$item] {
            fn index_mut(&mut self, ix: $ix) -> &mut $item {
                &mut self[ix.0]
            }
        }

        impl std::ops::Index<$ix> for Vec<$item> {
            type Output = $item;
            fn index(&self, ix: $ix) -> &$item {
                &self[ix.0]
            }
        }

        impl std::ops::IndexMut<$ix> for Vec<$item> {
            fn index_mut(&mut self, ix: $ix) -> &mut $item {
                &mut self[ix.0]
            }
        }
    };
}
pub(crate) use indexes;

id!(
    /// Index of an article in the archive.
    ArticleIx
);
id!(
    /// Index of a person in the archive.
    PersonIx
);
id!(
    /// Index of a quote in the archive.
    QuoteIx
);
