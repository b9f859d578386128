//! guide (being written).
