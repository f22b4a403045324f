//! The cluster as the client sees it: bootstrap and metadata.
