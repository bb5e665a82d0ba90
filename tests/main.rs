
mod compare;
