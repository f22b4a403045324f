//! Record batches (message format v2): writing, lazy reading, compression.
