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
pub(crate) mod fs;
pub(crate) mod module;
pub(crate) mod process;
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
    ("timers", include_str!("timers/timers.js")),
    ("timers/promises", include_str!("timers/promises.js")),
    ("util", include_str!("util/util.js")),
    ("internal/inspect", include_str!("util/internal/inspect.js")),
    ("internal/types", include_str!("util/internal/types.js")),
    (
        "internal/comparisons",
        include_str!("util/internal/comparisons.js"),
    ),
    ("vm", include_str!("vm/vm.js")),
    // Host-wide internals (src/internal/).
    ("internal/errors", include_str!("../internal/errors.js")),
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
