//! baocao: reads the BÁO CÁO that Hải Phòng's wards send, extracts their
//! figures with provenance, checks their arithmetic and compares the wards.
//!
//! The pipeline is a chain of plain functions from data to data, one module
//! per stage: [`read`] (file → [`model::Document`]), [`ocr`] (page image →
//! lines), [`normalize`] (document → matching text with a map back),
//! [`extract`] (normalized text + [`patterns`] → [`model::Extraction`]),
//! [`check`] (extraction → findings), [`compare`] (reports → the city's
//! table), [`publish`] (the table → `.xlsx`, `.csv`, `.parquet`, `.jsonl`
//! or the terminal), [`review`] (reports and their text → the review site) and
//! [`letter`] (a report's findings → the letter back to its ward). [`examples`] runs the pattern files' examples through the
//! pipeline. [`pipeline`] chains them for one file; [`cli`] holds one file per
//! subcommand; [`error`] holds the one [`Error`] of a run and
//! [`vi`] the Vietnamese sentences a clerk reads about files.

pub mod check;
pub mod cli;
pub mod compare;
pub mod error;
pub mod examples;
pub mod extract;
pub mod helper;
pub mod letter;
pub mod model;
pub mod normalize;
pub mod ocr;
pub mod panic;
pub mod patterns;
pub mod pipeline;
pub mod publish;
pub mod read;
pub mod review;
pub mod text;
pub mod vi;
pub mod vocabulary;

pub use error::Error;
