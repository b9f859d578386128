//! checks (being written).
