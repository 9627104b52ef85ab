//! The cached-data format (`cachedData`, `produceCachedData`,
//! `script.createCachedData()`, `module.createCachedData()`).
//!
//! Cached data is the engine's bytecode of the compiled code (what
//! `JS_WriteObject` writes, read back with `JS_ReadObject`) behind a
//! header that says what it is for. The engine's bytecode reader trusts
//! its input, so everything is checked here first; data that fails any
//! check is rejected and the source is compiled instead.
//!
//! The bytes come from script code (`new vm.Script(src, { cachedData })`)
//! or from an embedder, so a checksum anyone can compute would not do: a
//! script could write bytecode that reads and writes memory at will, fix
//! up the checksum and have it run. The data is authenticated instead, by
//! an HMAC-SHA-256 under a key that is made at random for each process
//! (or set by the embedder with [`set_key`]): only data this process made
//! passes, and anything else is rejected ([`Rejection::Checksum`]) as if
//! it were damaged, before any of it reaches the engine. Cached data is
//! therefore good for the life of the process that made it, unless the
//! embedder sets the same secret key in each process.
//!
//! Layout (integers little-endian):
//!
//! | offset | size | field |
//! | --- | --- | --- |
//! | 0 | 8 | magic `"\0jsvmbc\n"` |
//! | 8 | 4 | format version ([`FORMAT_VERSION`]) |
//! | 12 | 4 | kind: 1 a script, 2 a `compileFunction` function, 3 a `SourceTextModule` |
//! | 16 | 8 | engine fingerprint ([`jsvm_engine::ENGINE_FINGERPRINT`]) |
//! | 24 | 8 | length in bytes (UTF-8) of the compiled text |
//! | 32 | 16 | XXH3-128 of the key: kind, filename, line and column offsets, compiled text |
//! | 48 | 4 | flags: bit 0, a source map URL follows; bit 1, a source URL |
//! | 52 | 4 | length of the metadata (UTF-8: with bit 1, the source URL's length in 4 bytes and the source URL; then the source map URL) |
//! | 56 | 8 | length of the payload (engine bytecode) |
//! | 64 | 32 | HMAC-SHA-256, under the process's key, of bytes 0..64, the metadata and the payload |
//! | 96 | | metadata, then payload; nothing after it |
//!
//! The compiled text of a script or a module is its source; that of a
//! function is the whole text jsvm compiles for it (the wrapper with its
//! parameters and one `with` per context extension, and the body). The
//! key covers the offsets because the bytecode carries its positions, and
//! the filename of scripts and functions. A module's key has an empty
//! filename: a module read from cached data is renamed to its
//! `identifier` (engine patch 0023), which may differ from the producer's
//! (default identifiers count the modules of a context).

use std::sync::OnceLock;

use hmac::{Hmac, KeyInit, Mac};
use sha2::Sha256;
use xxhash_rust::xxh3::Xxh3;

type HmacSha256 = Hmac<Sha256>;

/// The key cached data is authenticated with in this process.
static KEY: OnceLock<[u8; 32]> = OnceLock::new();

fn key() -> &'static [u8; 32] {
    KEY.get_or_init(|| {
        let mut k = [0u8; 32];
        getrandom::fill(&mut k).expect("no system randomness for the cached-data key");
        k
    })
}

/// Sets the key that cached data is authenticated with, so that data made
/// by one process is accepted by another process that sets the same key
/// (a cache kept on disk). Without it, each process makes a random key and
/// accepts only its own data. Must be called before any cached data is
/// made or checked; `Err` (with the key) when too late, or when a key was
/// set already.
///
/// # Safety
/// Whoever knows the key can make cached data that runs any bytecode,
/// which can read and write the process's memory. The key must be secret
/// from everyone who can hand cached data to a compile (scripts that call
/// `new vm.Script(source, { cachedData })` included), and must not be a
/// constant of the program.
///
/// ```compile_fail
/// jsvm::cache::set_key([7; 32]); // error: call to unsafe function
/// ```
pub unsafe fn set_key(key: [u8; 32]) -> Result<(), [u8; 32]> {
    KEY.set(key)
}

/// The first bytes of every cached data.
pub const MAGIC: [u8; 8] = *b"\0jsvmbc\n";
/// The version of the layout; changed whenever the layout or the way the
/// payload is written changes.
pub const FORMAT_VERSION: u32 = 2;
/// The size of the fixed header.
pub const HEADER_LEN: usize = 96;
/// Where the authentication code starts in the header.
const MAC_AT: usize = 64;

const FLAG_SOURCE_MAP_URL: u32 = 1;
const FLAG_SOURCE_URL: u32 = 2;

/// What compiled code cached data holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CodeKind {
    /// A script (`vm.Script`).
    Script = 1,
    /// A function (`vm.compileFunction`).
    Function = 2,
    /// A source-text module (`vm.SourceTextModule`).
    Module = 3,
}

/// What happened to the cached data given to a compile.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum CachedDataStatus {
    /// None was given (`cachedDataRejected` is `undefined`).
    #[default]
    NotGiven,
    /// It was used: the code was read from it, not compiled.
    Accepted,
    /// It was not used, for this reason; the source was compiled.
    Rejected(Rejection),
}

impl CachedDataStatus {
    /// `cachedDataRejected`: `None` when no cached data was given.
    pub fn rejected(&self) -> Option<bool> {
        match self {
            CachedDataStatus::NotGiven => None,
            CachedDataStatus::Accepted => Some(false),
            CachedDataStatus::Rejected(_) => Some(true),
        }
    }
}

/// Why cached data was rejected.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rejection {
    /// Shorter than the header.
    TooShort,
    /// Does not start with [`MAGIC`].
    Magic,
    /// Another [`FORMAT_VERSION`].
    FormatVersion,
    /// Made by another engine build (version, patches or target).
    Engine,
    /// Made for another kind of code (a script, a function, a module).
    Kind,
    /// Made for another source text, filename, line or column offset (or,
    /// for a function, other parameters or another number of context
    /// extensions).
    Source,
    /// The lengths in the header do not add up to the data's length: the
    /// data was truncated or extended.
    Length,
    /// The authentication code does not match: some byte changed, or the
    /// data was not made by this process (nor under its key, see
    /// [`set_key`]).
    Checksum,
    /// The checksum matches but the header's flags or metadata do not
    /// make sense (data not made by jsvm).
    Malformed,
    /// The engine could not read the payload (does not happen with data
    /// that passed the checks above).
    Unreadable,
}

/// What the compiled code is for: everything that must match for its
/// bytecode to be the bytecode of this compile.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct CacheKey {
    kind: CodeKind,
    text_len: u64,
    hash: u128,
}

impl CacheKey {
    /// The key of compiling `text` as `kind` under `filename` and the
    /// offsets.
    pub(crate) fn new(
        kind: CodeKind,
        filename: &str,
        line_offset: i32,
        column_offset: i32,
        text: &str,
    ) -> CacheKey {
        let mut h = Xxh3::new();
        h.update(&(kind as u32).to_le_bytes());
        h.update(&(filename.len() as u64).to_le_bytes());
        h.update(filename.as_bytes());
        h.update(&line_offset.to_le_bytes());
        h.update(&column_offset.to_le_bytes());
        h.update(&(text.len() as u64).to_le_bytes());
        h.update(text.as_bytes());
        CacheKey {
            kind,
            text_len: text.len() as u64,
            hash: h.digest128(),
        }
    }
}

/// Cached data that passed every check.
#[derive(Debug)]
pub(crate) struct Checked<'a> {
    /// The engine bytecode.
    pub payload: &'a [u8],
    pub source_map_url: Option<String>,
    pub source_url: Option<String>,
}

fn u32_at(data: &[u8], at: usize) -> u32 {
    u32::from_le_bytes(data[at..at + 4].try_into().unwrap())
}

fn u64_at(data: &[u8], at: usize) -> u64 {
    u64::from_le_bytes(data[at..at + 8].try_into().unwrap())
}

/// Cached data for `key`: the header, `source_map_url` and `payload`.
pub(crate) fn encode(key: &CacheKey, source_map_url: Option<&str>, payload: &[u8]) -> Vec<u8> {
    encode_urls(key, source_map_url, None, payload)
}

/// [`encode`] with the script's source URL too.
pub(crate) fn encode_urls(
    key: &CacheKey,
    source_map_url: Option<&str>,
    source_url: Option<&str>,
    payload: &[u8],
) -> Vec<u8> {
    encode_with(
        key,
        jsvm_engine::ENGINE_FINGERPRINT,
        source_map_url,
        source_url,
        payload,
    )
}

/// [`encode`] for an engine build with another fingerprint.
pub(crate) fn encode_with(
    key: &CacheKey,
    engine: u64,
    source_map_url: Option<&str>,
    source_url: Option<&str>,
    payload: &[u8],
) -> Vec<u8> {
    let mut meta = Vec::new();
    if let Some(u) = source_url {
        meta.extend_from_slice(&(u.len() as u32).to_le_bytes());
        meta.extend_from_slice(u.as_bytes());
    }
    meta.extend_from_slice(source_map_url.unwrap_or("").as_bytes());
    let meta = meta.as_slice();
    let mut out = Vec::with_capacity(HEADER_LEN + meta.len() + payload.len());
    out.extend_from_slice(&MAGIC);
    out.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
    out.extend_from_slice(&(key.kind as u32).to_le_bytes());
    out.extend_from_slice(&engine.to_le_bytes());
    out.extend_from_slice(&key.text_len.to_le_bytes());
    out.extend_from_slice(&key.hash.to_le_bytes());
    let mut flags = 0;
    if source_map_url.is_some() {
        flags |= FLAG_SOURCE_MAP_URL;
    }
    if source_url.is_some() {
        flags |= FLAG_SOURCE_URL;
    }
    out.extend_from_slice(&flags.to_le_bytes());
    out.extend_from_slice(&(meta.len() as u32).to_le_bytes());
    out.extend_from_slice(&(payload.len() as u64).to_le_bytes());
    let mac = mac(&out, meta, payload).finalize().into_bytes();
    out.extend_from_slice(&mac);
    debug_assert_eq!(out.len(), HEADER_LEN);
    out.extend_from_slice(meta);
    out.extend_from_slice(payload);
    out
}

/// The authentication code that cached data with this header, metadata
/// and payload carries in this process.
#[cfg(test)]
pub(crate) fn authenticate(head: &[u8], meta: &[u8], payload: &[u8]) -> [u8; 32] {
    mac(head, meta, payload).finalize().into_bytes().into()
}

/// The authentication code of a header (its first [`MAC_AT`] bytes), the
/// metadata and the payload, under the process's key.
fn mac(head: &[u8], meta: &[u8], payload: &[u8]) -> HmacSha256 {
    let mut m = <HmacSha256 as KeyInit>::new_from_slice(key()).expect("any key length");
    m.update(&head[..MAC_AT]);
    m.update(meta);
    m.update(payload);
    m
}

/// Checks `data` against `key` and this engine build; on success, the
/// bytecode and the metadata, which only then may go to the engine.
pub(crate) fn check<'a>(data: &'a [u8], key: &CacheKey) -> Result<Checked<'a>, Rejection> {
    if data.len() < HEADER_LEN {
        return Err(Rejection::TooShort);
    }
    if data[..8] != MAGIC {
        return Err(Rejection::Magic);
    }
    if u32_at(data, 8) != FORMAT_VERSION {
        return Err(Rejection::FormatVersion);
    }
    if u32_at(data, 12) != key.kind as u32 {
        return Err(Rejection::Kind);
    }
    if u64_at(data, 16) != jsvm_engine::ENGINE_FINGERPRINT {
        return Err(Rejection::Engine);
    }
    if u64_at(data, 24) != key.text_len
        || u128::from_le_bytes(data[32..48].try_into().unwrap()) != key.hash
    {
        return Err(Rejection::Source);
    }
    let meta_len = u32_at(data, 52) as u64;
    let payload_len = u64_at(data, 56);
    let body = (data.len() - HEADER_LEN) as u64;
    if meta_len.checked_add(payload_len) != Some(body) {
        return Err(Rejection::Length);
    }
    let (meta, payload) = data[HEADER_LEN..].split_at(meta_len as usize);
    // Compared in constant time.
    if mac(data, meta, payload)
        .verify_slice(&data[MAC_AT..HEADER_LEN])
        .is_err()
    {
        return Err(Rejection::Checksum);
    }
    let flags = u32_at(data, 48);
    if flags & !(FLAG_SOURCE_MAP_URL | FLAG_SOURCE_URL) != 0 {
        return Err(Rejection::Malformed);
    }
    let text = |b: &[u8]| {
        std::str::from_utf8(b)
            .map(str::to_string)
            .map_err(|_| Rejection::Malformed)
    };
    let (source_url, rest) = if flags & FLAG_SOURCE_URL != 0 {
        if meta.len() < 4 {
            return Err(Rejection::Malformed);
        }
        let n = u32_at(meta, 0) as usize;
        if n > meta.len() - 4 {
            return Err(Rejection::Malformed);
        }
        (Some(text(&meta[4..4 + n])?), &meta[4 + n..])
    } else {
        (None, meta)
    };
    let source_map_url = if flags & FLAG_SOURCE_MAP_URL != 0 {
        Some(text(rest)?)
    } else if rest.is_empty() {
        None
    } else {
        return Err(Rejection::Malformed);
    };
    Ok(Checked {
        payload,
        source_map_url,
        source_url,
    })
}
