//! The natives of the module loaders (ext/module/internal/): the file
//! system questions resolution asks, as Node's loaders ask them
//! (`internalModuleStat`, `realpath`, reading a `package.json`).

use jsvm::{Context, JsResult, Value};

use crate::ext::fs::uv_exception;
use crate::{arg, def};

pub(crate) fn make_module_binding(main: &Context) -> JsResult<Value> {
    let b = main.new_object()?;
    // stat(path): 0 for a file, 1 for a directory, a negative errno
    // otherwise (Node's internalModuleStat; symbolic links followed).
    def(main, &b, "stat", 1, |c, _, a| {
        let p = c.to_rust_string(&arg(a, 0, c))?;
        Ok(c.int(match std::fs::metadata(&p) {
            Ok(m) if m.is_dir() => 1,
            Ok(_) => 0,
            Err(e) => -e.raw_os_error().unwrap_or(libc::ENOENT),
        }))
    })?;
    // realpath(path): the path with every symbolic link resolved, or
    // Node's error (ELOOP for a loop, ENOENT, ...).
    def(main, &b, "realpath", 1, |c, _, a| {
        let p = c.to_rust_string(&arg(a, 0, c))?;
        match std::fs::canonicalize(&p) {
            Ok(r) => c.string(&r.to_string_lossy()),
            Err(e) => Err(uv_exception(c, &e, "realpath", Some(&p), None)),
        }
    })?;
    // readText(path): the file's text (UTF-8, a leading BOM kept), or
    // undefined when it cannot be read (a missing package.json).
    def(main, &b, "readText", 1, |c, _, a| {
        let p = c.to_rust_string(&arg(a, 0, c))?;
        match std::fs::read(&p) {
            Ok(bytes) => c.string(&String::from_utf8_lossy(&bytes)),
            Err(_) => Ok(c.undefined()),
        }
    })?;
    Ok(b)
}
