
mod readers;
mod compare;
mod check;
