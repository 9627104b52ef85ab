//! The built-in modules, one folder each, named as Node names them (as
//! Deno's `ext/`): a folder holds the module's JavaScript (its public file
//! `<name>.js`, internals under `internal/`) and its Rust natives
//! (`mod.rs`) side by side. Host-wide internals (the bootstrap, the
//! `ERR_*` helpers) live in `src/internal/`.
//!
//! [`source`] maps a module id (as `requireInternal` in bootstrap.js asks
//! for it) to its embedded JavaScript.

pub(crate) mod buffer;
pub(crate) mod child_process;
pub(crate) mod crypto;
pub(crate) mod fs;
pub(crate) mod module;
pub(crate) mod os;
pub(crate) mod perf_hooks;
pub(crate) mod process;
pub(crate) mod tty;
pub(crate) mod url;
pub(crate) mod v8;
pub(crate) mod vm;

/// Embedded JavaScript sources of the host, by module id.
const SOURCES: &[(&str, &str)] = &[
    ("assert", include_str!("assert/assert.js")),
    ("buffer", include_str!("buffer/buffer.js")),
    (
        "child_process",
        include_str!("child_process/child_process.js"),
    ),
    ("internal/console", include_str!("console/console.js")),
    ("events", include_str!("events/events.js")),
    ("fs", include_str!("fs/fs.js")),
    ("fs/promises", include_str!("fs/promises.js")),
    ("module", include_str!("module/module.js")),
    (
        "internal/modules/esm/resolve",
        include_str!("module/internal/resolve.js"),
    ),
    (
        "internal/modules/cjs/loader",
        include_str!("module/internal/cjs_loader.js"),
    ),
    (
        "internal/modules/cjs/lexer",
        include_str!("module/internal/cjs_lexer.js"),
    ),
    (
        "internal/modules/esm/loader",
        include_str!("module/internal/esm_loader.js"),
    ),
    ("path", include_str!("path/path.js")),
    ("internal/process", include_str!("process/process.js")),
    ("stream", include_str!("stream/stream.js")),
    ("stream/promises", include_str!("stream/promises.js")),
    (
        "internal/stream/legacy",
        include_str!("stream/internal/legacy.js"),
    ),
    (
        "internal/stream/state",
        include_str!("stream/internal/state.js"),
    ),
    (
        "internal/stream/readable",
        include_str!("stream/internal/readable.js"),
    ),
    (
        "internal/stream/writable",
        include_str!("stream/internal/writable.js"),
    ),
    (
        "internal/stream/duplex",
        include_str!("stream/internal/duplex.js"),
    ),
    (
        "internal/stream/transform",
        include_str!("stream/internal/transform.js"),
    ),
    (
        "internal/stream/end_of_stream",
        include_str!("stream/internal/end_of_stream.js"),
    ),
    (
        "internal/stream/pipeline",
        include_str!("stream/internal/pipeline.js"),
    ),
    (
        "internal/stream/add_abort_signal",
        include_str!("stream/internal/add_abort_signal.js"),
    ),
    (
        "internal/stream/from",
        include_str!("stream/internal/from.js"),
    ),
    ("timers", include_str!("timers/timers.js")),
    ("timers/promises", include_str!("timers/promises.js")),
    ("util", include_str!("util/util.js")),
    ("internal/inspect", include_str!("util/internal/inspect.js")),
    ("internal/types", include_str!("util/internal/types.js")),
    (
        "internal/encoding",
        include_str!("util/internal/encoding.js"),
    ),
    ("internal/mime", include_str!("util/internal/mime.js")),
    (
        "internal/parse_args",
        include_str!("util/internal/parse_args.js"),
    ),
    (
        "internal/comparisons",
        include_str!("util/internal/comparisons.js"),
    ),
    ("vm", include_str!("vm/vm.js")),
    ("url", include_str!("url/url.js")),
    ("internal/url", include_str!("url/internal/whatwg.js")),
    ("os", include_str!("os/os.js")),
    ("crypto", include_str!("crypto/crypto.js")),
    (
        "string_decoder",
        include_str!("string_decoder/string_decoder.js"),
    ),
    ("querystring", include_str!("querystring/querystring.js")),
    ("punycode", include_str!("punycode/punycode.js")),
    ("tty", include_str!("tty/tty.js")),
    ("perf_hooks", include_str!("perf_hooks/perf_hooks.js")),
    ("v8", include_str!("v8/v8.js")),
    (
        "worker_threads",
        include_str!("worker_threads/worker_threads.js"),
    ),
    // Host-wide internals (src/internal/).
    ("internal/errors", include_str!("../internal/errors.js")),
    ("internal/util", include_str!("../internal/util.js")),
    (
        "internal/abort",
        include_str!("../internal/abort_controller.js"),
    ),
    (
        "internal/structured_clone",
        include_str!("../internal/structured_clone.js"),
    ),
];

/// The embedded JavaScript of built-in module `id`.
pub(crate) fn source(id: &str) -> Option<&'static str> {
    SOURCES.iter().find(|(k, _)| *k == id).map(|(_, s)| *s)
}
