//! The `check` stage: an extraction's figures in, findings out.
//!
//! (Being built in issue 3.)

use crate::model::{Extraction, Finding};

/// Every arithmetic relation of the report that does not hold.
pub fn check(_x: &Extraction) -> Vec<Finding> {
    Vec::new()
}
