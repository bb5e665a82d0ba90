//! Patterns as data (stub, being built).
#[derive(Debug, Clone, Default)]
pub struct Patterns {}
#[derive(Debug, thiserror::Error)]
pub enum PatternError {
    #[error("cannot read pattern folder: {0}")]
    Io(#[from] std::io::Error),
}
impl Patterns {
    pub fn builtin() -> Patterns {
        Patterns {}
    }
    pub fn load_with_overrides(_dir: &std::path::Path) -> Result<Patterns, PatternError> {
        Ok(Patterns {})
    }
}
