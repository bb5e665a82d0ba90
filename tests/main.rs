mod batch;
mod check;
mod compare;
mod consolidation;
mod corpus;
mod readers;
mod statements;
