//! Administrative operations (topics, for now).
