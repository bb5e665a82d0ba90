mod batch;
mod check;
mod compare;
mod corpus;
mod readers;
mod statements;
