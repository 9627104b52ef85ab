//! The natives of `process` (ext/process/process.js): memory, identity, the
//! working directory, the clock since start.

use std::rc::Rc;
use std::time::Instant;

use jsvm::{Context, Isolate, JsResult, Value};

use crate::ext::fs::uv_exception;
use crate::{arg, def};

/// The resident set size in bytes (`/proc/self/statm`), or 0.
fn rss() -> f64 {
    let pages = std::fs::read_to_string("/proc/self/statm")
        .ok()
        .and_then(|s| s.split_whitespace().nth(1)?.parse::<f64>().ok())
        .unwrap_or(0.0);
    // SAFETY: sysconf with a constant name.
    let page = unsafe { libc::sysconf(libc::_SC_PAGESIZE) };
    pages * page.max(0) as f64
}

pub(crate) fn make_process_binding(isolate: &Rc<Isolate>, main: &Context) -> JsResult<Value> {
    let b = main.new_object()?;
    let start = Instant::now();
    // memoryUsage() -> [rss, heapTotal, heapUsed, external, arrayBuffers]
    let iso = isolate.clone();
    def(main, &b, "memoryUsage", 0, move |c, _, _| {
        let m = iso.runtime().memory_usage();
        c.array_from([
            c.number(rss()),
            c.number(m.malloc_size as f64),
            c.number(m.memory_used_size as f64),
            // The engine does not count ArrayBuffer storage apart.
            c.number(0.0),
            c.number(0.0),
        ])
    })?;
    def(main, &b, "rss", 0, |c, _, _| Ok(c.number(rss())))?;
    def(main, &b, "uptime", 0, move |c, _, _| {
        Ok(c.number(start.elapsed().as_secs_f64()))
    })?;
    def(main, &b, "chdir", 1, |c, _, a| {
        let dir = c.to_rust_string(&arg(a, 0, c))?;
        if let Err(e) = std::env::set_current_dir(&dir) {
            let cwd = std::env::current_dir()
                .map(|p| p.to_string_lossy().into_owned())
                .unwrap_or_default();
            return Err(uv_exception(c, &e, "chdir", Some(&cwd), Some(&dir)));
        }
        Ok(c.undefined())
    })?;
    // umask(mask | undefined) -> the previous mask
    def(main, &b, "umask", 1, |c, _, a| {
        let v = arg(a, 0, c);
        // SAFETY: umask(2) cannot fail; reading it means setting it back.
        let old = unsafe {
            match v.as_f64() {
                Some(m) => libc::umask(m as libc::mode_t),
                None => {
                    let old = libc::umask(0);
                    libc::umask(old);
                    old
                }
            }
        };
        Ok(c.int(old as i32))
    })?;
    // ids() -> [uid, euid, gid, egid]
    def(main, &b, "ids", 0, |c, _, _| {
        // SAFETY: these calls cannot fail.
        let ids = unsafe {
            [
                libc::getuid(),
                libc::geteuid(),
                libc::getgid(),
                libc::getegid(),
            ]
        };
        c.array_from(ids.map(|i| c.number(f64::from(i))))
    })?;
    // cpuUsage() -> [user µs, system µs]
    def(main, &b, "cpuUsage", 0, |c, _, _| {
        // SAFETY: getrusage fills a zeroed struct.
        let mut u: libc::rusage = unsafe { std::mem::zeroed() };
        unsafe { libc::getrusage(libc::RUSAGE_SELF, &mut u) };
        let us = |t: libc::timeval| c.number(t.tv_sec as f64 * 1e6 + t.tv_usec as f64);
        c.array_from([us(u.ru_utime), us(u.ru_stime)])
    })?;
    // writeBytes(fd, bytes): written through at once, as `write` is.
    def(main, &b, "writeBytes", 2, |c, _, a| {
        use std::io::Write;
        let fd = arg(a, 0, c).as_i32().unwrap_or(1);
        let bytes = c.bytes_of(&arg(a, 1, c)).unwrap_or_default();
        let _ = std::io::stdout().flush();
        if fd == 2 {
            let _ = std::io::stderr().write_all(&bytes);
        } else {
            let mut out = std::io::stdout().lock();
            let _ = out.write_all(&bytes);
            let _ = out.flush();
        }
        Ok(c.undefined())
    })?;
    def(main, &b, "isatty", 1, |c, _, a| {
        let fd = arg(a, 0, c).as_i32().unwrap_or(-1);
        // SAFETY: isatty with any integer.
        Ok(c.boolean(unsafe { libc::isatty(fd) } == 1))
    })?;
    // SAFETY: getppid cannot fail.
    main.set(&b, "ppid", main.int(unsafe { libc::getppid() }))?;
    let exec_path = std::env::current_exe()
        .map(|p| p.to_string_lossy().into_owned())
        .unwrap_or_default();
    main.set(&b, "execPath", main.string(&exec_path)?)?;
    let argv0 = std::env::args().next().unwrap_or_else(|| "jsvm".into());
    main.set(&b, "argv0", main.string(&argv0)?)?;
    Ok(b)
}
