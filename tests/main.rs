
mod readers;
mod compare;
