mod batch;
mod check;
mod compare;
mod consolidation;
mod corpus;
mod errors;
mod readers;
mod statements;
