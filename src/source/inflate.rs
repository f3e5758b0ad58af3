//! Decompression under the bundle's limits, for zip entries, gzip files
//! and zips read from their local headers alike.
//!
//! Every limit is enforced while the bytes arrive, not after: inflated
//! bytes are charged to the budget as they are produced (so that entries
//! inflating in parallel cannot together pass `--max-total-bytes`), an
//! entry may expand past its own ratio only by drawing on a pool the whole
//! bundle shares, the bundle as a whole may not expand past the ratio
//! against the compressed bytes it took in (nested zips included), and an
//! entry of nothing but zero bytes is stopped as the bomb it is.

use std::io::Read;
use std::sync::atomic::Ordering;

use super::Ctx;
use crate::record::{MAX_FILE_BYTES, human_bytes, too_large};

/// Bytes that entries may expand past their own ratio, all together: a
/// real log can compress 250 times (CPython's 4.5 MiB `xxl.zip` does), and
/// a bomb of many small entries cannot hide in so little.
pub(super) const RATIO_POOL: u64 = 32 << 20;

/// An entry that has produced this many bytes, every one of them zero, is
/// a bomb: no log starts with a quarter of a megabyte of NUL.
const ZERO_RUN: u64 = 256 << 10;

/// Why an entry was not inflated.
#[derive(Debug)]
pub(super) enum Refused {
    Budget,
    /// Past its own ratio with the pool spent.
    Ratio {
        got: u64,
    },
    /// The bundle as a whole passed the ratio.
    BundleRatio,
    Zeros {
        got: u64,
    },
    /// The bundle made the reader inflate too much, kept or refused.
    Work,
    TooLarge {
        got: u64,
    },
    Corrupt(String),
    Cancelled,
}

impl Refused {
    /// The problem the entry gets.
    pub(super) fn message(&self, ctx: &Ctx, compressed: u64) -> String {
        let ratio = ctx.opts.limits.max_ratio;
        match self {
            Refused::Budget => ctx.budget_message(),
            Refused::Ratio { got } => bomb_message(*got, compressed, ratio),
            Refused::BundleRatio => format!(
                "not read: the bundle as a whole would expand more than {ratio} times the {} of archives it came in; this looks like a zip bomb (raise the limit with --max-ratio)",
                human_bytes(ctx.compressed_in.load(Ordering::Relaxed))
            ),
            Refused::Zeros { got } => format!(
                "not read: it holds nothing but zero bytes ({} before it was stopped); this looks like a zip bomb",
                human_bytes(*got)
            ),
            Refused::TooLarge { got } => too_large(*got),
            Refused::Work => format!(
                "not read: reading this bundle already inflated more than {} (most of it refused); the rest is not opened",
                human_bytes(ctx.work_limit())
            ),
            Refused::Corrupt(e) => format!("corrupt, could not be decompressed: {e}"),
            Refused::Cancelled => "not read: cancelled".to_owned(),
        }
    }
}

pub(super) fn bomb_message(size: u64, compressed: u64, max_ratio: u64) -> String {
    let ratio = size / compressed.max(1);
    format!(
        "not read: it expands {ratio} times ({} from {}), more than the limit of {max_ratio} times; this looks like a zip bomb (raise the limit with --max-ratio)",
        human_bytes(size),
        human_bytes(compressed)
    )
}

/// Whether an entry declaring `declared` bytes from `compressed` can be
/// inflated at all: within its own ratio, or within what the pool still
/// holds. Declared sizes are written by whoever made the zip, so passing
/// this proves nothing; [`inflate`] checks again as the bytes arrive.
pub(super) fn plausible(ctx: &Ctx, declared: u64, compressed: u64) -> bool {
    declared <= own_cap(ctx, compressed).saturating_add(ctx.pool.load(Ordering::Relaxed))
}

fn own_cap(ctx: &Ctx, compressed: u64) -> u64 {
    compressed.saturating_mul(ctx.opts.limits.max_ratio)
}

/// Inflates `reader` (the decompressing reader of `compressed` bytes) into
/// memory; `expected` is what it says it holds. The bytes returned are
/// charged to the budget.
///
/// What it says it holds is reserved before the first byte is inflated:
/// entries inflating side by side then cannot each start, fill the budget
/// together and all be refused half-way. One that cannot be reserved is
/// refused at once; bytes past the reservation (a size that lied) are
/// charged as they come.
pub(super) fn inflate(
    ctx: &Ctx,
    reader: impl Read,
    compressed: u64,
    expected: u64,
) -> Result<Vec<u8>, Refused> {
    let reserved = expected
        .min(own_cap(ctx, compressed).saturating_add(ctx.pool.load(Ordering::Relaxed)))
        .min(MAX_FILE_BYTES - 1);
    if !ctx.charge(reserved) {
        return Err(Refused::Budget);
    }
    let mut meter = Meter {
        ctx,
        inner: reader,
        own_cap: own_cap(ctx, compressed),
        produced: 0,
        charged: reserved,
        pooled: 0,
        nonzero: false,
        refused: None,
    };
    let mut bytes = Vec::with_capacity(usize::try_from(reserved).unwrap_or(0));
    let result = meter.read_to_end(&mut bytes);
    let (charged, produced, refused) = (meter.charged, meter.produced, meter.refused.take());
    let refused = match (refused, result) {
        (Some(r), _) => Some(r),
        (None, Err(e)) => Some(Refused::Corrupt(e.to_string())),
        (None, Ok(_)) => None,
    };
    if let Some(refused) = refused {
        // What was refused is not kept: it counts neither against the
        // budget nor against the bundle's ratio (only as work done).
        ctx.release(charged);
        ctx.inflated.fetch_sub(
            produced.min(ctx.inflated.load(Ordering::Relaxed)),
            Ordering::Relaxed,
        );
        return Err(refused);
    }
    // A size that promised more than came: the rest is not held.
    ctx.release(charged.saturating_sub(produced));
    if bytes.capacity() > bytes.len() + bytes.len() / 8 {
        bytes.shrink_to_fit();
    }
    Ok(bytes)
}

/// Counts, charges and checks every byte a decompressor produces.
struct Meter<'c, 'a, R> {
    ctx: &'c Ctx<'a>,
    inner: R,
    own_cap: u64,
    produced: u64,
    /// Charged so far: the reservation, then whatever came past it.
    charged: u64,
    /// Bytes past the entry's own ratio, taken from the bundle's pool.
    pooled: u64,
    nonzero: bool,
    refused: Option<Refused>,
}

impl<R: Read> Meter<'_, '_, R> {
    fn refuse(&mut self, why: Refused) -> std::io::Error {
        self.refused = Some(why);
        std::io::Error::other("refused")
    }
}

impl<R: Read> Read for Meter<'_, '_, R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let ctx = self.ctx;
        if ctx.cancelled() {
            return Err(self.refuse(Refused::Cancelled));
        }
        let n = self.inner.read(buf)?;
        let size = n as u64;
        self.produced += size;
        let got = self.produced;
        if got >= MAX_FILE_BYTES {
            return Err(self.refuse(Refused::TooLarge { got }));
        }
        // Past what was reserved, each byte is charged as it comes.
        let due = got.saturating_sub(self.charged);
        if due > 0 {
            if !ctx.charge(due) {
                return Err(self.refuse(Refused::Budget));
            }
            self.charged += due;
        }
        ctx.note_progress(size);
        let past = got.saturating_sub(self.own_cap).saturating_sub(self.pooled);
        if past > 0 {
            if !ctx.draw_pool(past) {
                return Err(self.refuse(Refused::Ratio { got }));
            }
            self.pooled += past;
        }
        if !ctx.inflated_within_ratio(size) {
            return Err(self.refuse(Refused::BundleRatio));
        }
        if !ctx.work(size) {
            return Err(self.refuse(Refused::Work));
        }
        if !self.nonzero {
            self.nonzero = buf[..n].iter().any(|&b| b != 0);
            if !self.nonzero && got >= ZERO_RUN {
                return Err(self.refuse(Refused::Zeros { got }));
            }
        }
        Ok(n)
    }
}
