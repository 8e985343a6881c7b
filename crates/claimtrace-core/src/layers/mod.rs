//! The annotation layers a [`crate::Document`] can hold. One file per
//! family; each file is owned by the annotator crate that fills it:
//!
//! | file | layers | filled by |
//! |---|---|---|
//! | `text.rs` | paragraphs, sentences, tokens | `claimtrace-text` |
//! | `entity.rs` | entities and their mentions | `claimtrace-entity` |
//! | `quote.rs` | quotes, attributions, hedges | `claimtrace-quote` |
//! | `time.rs` | time expressions, events | `claimtrace-time` |
//! | `quantity.rs` | quantities, comparisons | `claimtrace-quantity` |
//! | `claim.rs` | check-worthy claims | `claimtrace-quote` |

mod claim;
mod entity;
mod quantity;
mod quote;
mod text;
mod time;

pub use claim::*;
pub use entity::*;
pub use quantity::*;
pub use quote::*;
pub use text::*;
pub use time::*;

/// Implements [`crate::MapOffsets`] for a struct: `start`/`end` fields that
/// are offsets, then fields whose own `MapOffsets` must run.
#[macro_export]
macro_rules! map_offsets {
    ($ty:ty; offsets: [$($o:ident),*]; nested: [$($n:ident),*]) => {
        impl $crate::MapOffsets for $ty {
            #[allow(unused_variables)]
            fn map_offsets(&mut self, f: &dyn Fn(usize) -> usize) {
                $( self.$o = f(self.$o); )*
                $( $crate::MapOffsets::map_offsets(&mut self.$n, f); )*
            }
        }
    };
}
