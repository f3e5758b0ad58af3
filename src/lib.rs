//! wxbw-doctor reads Webex for Cisco BroadWorks logs (the Webex app's, and
//! the BroadWorks servers') and says what went wrong, why, and how to fix
//! it, citing the log lines as evidence.
//!
//! The layers, each a module, run in this order:
//! - [`source`]: finds and reads bytes (zips, folders, files, this machine);
//! - [`record`]: decodes, classifies and splits them into time-ordered records;
//! - [`analysis`]: turns records into facts, a timeline and findings;
//! - presentation: [`export`] (text, JSON) and [`cli`].
//!
//! See `ARCHITECTURE.md` for the map and its invariants.

pub mod analysis;
pub mod cli;
pub mod export;
pub mod i18n;
pub mod record;
pub mod source;
#[doc(hidden)]
pub mod testutil;
pub mod ui;

/// Sets up the process's memory allocator for bundles of hundreds of
/// megabytes; the app calls it first thing, and the benchmarks do too.
///
/// glibc raises its mmap threshold each time a large block is freed, up
/// to 32 MiB. Reading a bundle frees such blocks (sort buffers, grown
/// vectors), so afterwards every vector up to 32 MiB comes from the heap,
/// whose freed middle is never given back: on the generated 1 GB bundle
/// of the benchmarks that costs 27 MB of resident memory for nothing, at
/// no gain in speed. Setting the threshold fixes it at glibc's own
/// starting value. Other platforms' allocators return large blocks to the
/// system by themselves.
pub fn tune_allocator() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: mallopt only sets a parameter of the allocator; it is called
    // before the program allocates in earnest and its failure (0) leaves
    // the default in place.
    unsafe {
        libc::mallopt(libc::M_MMAP_THRESHOLD, 128 * 1024);
    }
}
