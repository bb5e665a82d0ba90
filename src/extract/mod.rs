//! The `extract` stage (stub, being built).
use crate::model::{Document, Extraction};
use crate::patterns::Patterns;
pub fn extract(_doc: &Document, _p: &Patterns) -> Extraction {
    Extraction::default()
}
