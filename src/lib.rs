//! parallax: compare how different outlets cover the same news story.
//!
//! The pipeline flows one way: [`ingest`] turns inputs into clean articles, [`store`]
//! keeps them in a library grouped into stories, [`align`] lines up the sentences of
//! a story fact by fact, and [`ui`] and [`cli`] show the result. See ARCHITECTURE.md.

pub mod align;
pub mod cli;
pub mod compare;
pub mod demo;
pub mod ingest;
pub mod store;
pub mod text;
pub mod ui;
pub mod web;

/// mimalloc serves every allocation: parsing a page builds and drops thousands of
/// small DOM nodes and strings, and it measured faster than the system allocator
/// on extraction and import (see benches/ingest.rs and benches/measure_add.py).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;
