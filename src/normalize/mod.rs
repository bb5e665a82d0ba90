//! normalize (stub)
