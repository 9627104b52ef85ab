//! The natives of fs.js (`node:fs`'s synchronous functions) and of
//! `process.chdir`: system calls, and failures as Node's errors
//! (`Error: ENOENT: no such file or directory, open '/x'` with `errno`,
//! `code`, `syscall`, `path` and `dest`, as libuv names and words them).

use std::fs::{self, OpenOptions};
use std::io::{self, Read, Write};
use std::mem::ManuallyDrop;
use std::os::fd::FromRawFd;
use std::os::unix::fs::{FileTypeExt, MetadataExt, OpenOptionsExt};
use std::path::{Path, PathBuf};

use std::cell::RefCell;
use std::rc::Rc;

use jsvm::{Context, Exception, JsResult, Value};

use crate::event_loop::LoopState;
use crate::{arg, def};

pub(crate) mod pool;
use pool::Req;

/// libuv's name and message for an errno value.
pub(crate) fn uv_error(errno: i32) -> (&'static str, &'static str) {
    match errno {
        libc::EPERM => ("EPERM", "operation not permitted"),
        libc::ENOENT => ("ENOENT", "no such file or directory"),
        libc::ESRCH => ("ESRCH", "no such process"),
        libc::EINTR => ("EINTR", "interrupted system call"),
        libc::EIO => ("EIO", "i/o error"),
        libc::EBADF => ("EBADF", "bad file descriptor"),
        libc::EAGAIN => ("EAGAIN", "resource temporarily unavailable"),
        libc::ENOMEM => ("ENOMEM", "not enough memory"),
        libc::EACCES => ("EACCES", "permission denied"),
        libc::EFAULT => ("EFAULT", "bad address in system call argument"),
        libc::EBUSY => ("EBUSY", "resource busy or locked"),
        libc::EEXIST => ("EEXIST", "file already exists"),
        libc::EXDEV => ("EXDEV", "cross-device link not permitted"),
        libc::ENODEV => ("ENODEV", "no such device"),
        libc::ENOTDIR => ("ENOTDIR", "not a directory"),
        libc::EISDIR => ("EISDIR", "illegal operation on a directory"),
        libc::EINVAL => ("EINVAL", "invalid argument"),
        libc::ENFILE => ("ENFILE", "file table overflow"),
        libc::EMFILE => ("EMFILE", "too many open files"),
        libc::ETXTBSY => ("ETXTBSY", "text file is busy"),
        libc::EFBIG => ("EFBIG", "file too large"),
        libc::ENOSPC => ("ENOSPC", "no space left on device"),
        libc::ESPIPE => ("ESPIPE", "invalid seek"),
        libc::EROFS => ("EROFS", "read-only file system"),
        libc::EMLINK => ("EMLINK", "too many links"),
        libc::EPIPE => ("EPIPE", "broken pipe"),
        libc::ENAMETOOLONG => ("ENAMETOOLONG", "name too long"),
        libc::ENOSYS => ("ENOSYS", "function not implemented"),
        libc::ENOTEMPTY => ("ENOTEMPTY", "directory not empty"),
        libc::ELOOP => ("ELOOP", "too many symbolic links encountered"),
        libc::ENOTSUP => ("ENOTSUP", "operation not supported on socket"),
        libc::ETIMEDOUT => ("ETIMEDOUT", "connection timed out"),
        libc::ECHILD => ("ECHILD", "no child processes"),
        _ => ("UNKNOWN", "unknown error"),
    }
}

/// Node's error for a failed system call: `Error: CODE: message, syscall
/// 'path' -> 'dest'` with `errno` (negative), `code`, `syscall`, `path`,
/// `dest`.
pub(crate) fn uv_exception(
    c: &Context,
    err: &io::Error,
    syscall: &str,
    path: Option<&str>,
    dest: Option<&str>,
) -> Exception {
    let errno = err.raw_os_error().unwrap_or(libc::EIO);
    let (code, text) = uv_error(errno);
    let mut message = format!("{code}: {text}, {syscall}");
    if let Some(p) = path {
        message.push_str(&format!(" '{p}'"));
    }
    if let Some(d) = dest {
        message.push_str(&format!(" -> '{d}'"));
    }
    let build = || -> JsResult<Value> {
        let e = c.error(&message)?;
        c.set(&e, "errno", c.int(-errno))?;
        c.set(&e, "code", c.string(code)?)?;
        c.set(&e, "syscall", c.string(syscall)?)?;
        if let Some(p) = path {
            c.set(&e, "path", c.string(p)?)?;
        }
        if let Some(d) = dest {
            c.set(&e, "dest", c.string(d)?)?;
        }
        Ok(e)
    };
    match build() {
        Ok(e) => Exception::new(e),
        Err(e) => e,
    }
}

fn string_arg(c: &Context, a: &[Value], i: usize) -> JsResult<String> {
    c.to_rust_string(&arg(a, i, c))
}

/// An fd argument (a number) or a path.
enum Target {
    Fd(i32),
    Path(String),
}

fn target(c: &Context, a: &[Value]) -> JsResult<Target> {
    let v = arg(a, 0, c);
    if v.is_number() {
        Ok(Target::Fd(v.as_i32().unwrap_or(-1)))
    } else {
        Ok(Target::Path(c.to_rust_string(&v)?))
    }
}

/// A file that is not closed when dropped (an fd the program owns).
fn borrowed_file(fd: i32) -> ManuallyDrop<fs::File> {
    // SAFETY: the fd belongs to the program; ManuallyDrop never closes it.
    ManuallyDrop::new(unsafe { fs::File::from_raw_fd(fd) })
}

fn check_fd(c: &Context, fd: i32, syscall: &str) -> JsResult<()> {
    // SAFETY: fcntl(F_GETFD) only asks whether the descriptor is open.
    if fd < 0 || unsafe { libc::fcntl(fd, libc::F_GETFD) } < 0 {
        let err = io::Error::from_raw_os_error(libc::EBADF);
        return Err(uv_exception(c, &err, syscall, None, None));
    }
    Ok(())
}

/// Open options for Node's string flags (`r`, `w`, `a`, `wx`, `r+`, ...).
fn open_options(flags: &str, mode: u32) -> OpenOptions {
    let mut o = OpenOptions::new();
    let plus = flags.contains('+');
    let excl = flags.contains('x');
    match flags.chars().find(|ch| "rwa".contains(*ch)).unwrap_or('r') {
        'w' => {
            o.write(true).truncate(true).read(plus);
            if excl {
                o.create_new(true);
            } else {
                o.create(true);
            }
        }
        'a' => {
            o.append(true).read(plus);
            if excl {
                o.create_new(true);
            } else {
                o.create(true);
            }
        }
        _ => {
            o.read(true).write(plus);
        }
    }
    if flags.contains('s') {
        o.custom_flags(libc::O_SYNC);
    }
    o.mode(mode);
    o
}

/// A file's status: dev, mode, nlink, uid, gid, rdev, blksize, ino, size,
/// blocks, then seconds and nanoseconds of atime, mtime, ctime, birthtime.
fn stat_array(c: &Context, m: &fs::Metadata) -> JsResult<Value> {
    let birth = m
        .created()
        .ok()
        .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
        .map(|d| (d.as_secs() as i64, i64::from(d.subsec_nanos())))
        .unwrap_or((0, 0));
    let n = |v: f64| c.number(v);
    c.array_from([
        n(m.dev() as f64),
        n(f64::from(m.mode())),
        n(m.nlink() as f64),
        n(f64::from(m.uid())),
        n(f64::from(m.gid())),
        n(m.rdev() as f64),
        n(m.blksize() as f64),
        n(m.ino() as f64),
        n(m.size() as f64),
        n(m.blocks() as f64),
        n(m.atime() as f64),
        n(m.atime_nsec() as f64),
        n(m.mtime() as f64),
        n(m.mtime_nsec() as f64),
        n(m.ctime() as f64),
        n(m.ctime_nsec() as f64),
        n(birth.0 as f64),
        n(birth.1 as f64),
    ])
}

/// libuv's dirent type numbers (`UV_DIRENT_*`), which fs.js maps to
/// `Dirent` methods.
fn dirent_type(t: fs::FileType) -> i32 {
    if t.is_file() {
        1
    } else if t.is_dir() {
        2
    } else if t.is_symlink() {
        3
    } else if t.is_fifo() {
        4
    } else if t.is_socket() {
        5
    } else if t.is_char_device() {
        6
    } else if t.is_block_device() {
        7
    } else {
        0
    }
}

/// The first directory `mkdir -p` would create for `p`, if any.
fn first_missing(p: &Path) -> Option<PathBuf> {
    let mut first = None;
    let mut cur = Some(p);
    while let Some(d) = cur {
        if d.as_os_str().is_empty() || fs::symlink_metadata(d).is_ok() {
            break;
        }
        first = Some(d.to_path_buf());
        cur = d.parent();
    }
    first
}

/// A request for the thread pool from `request(op, ...args)` of fs.js
/// (the arguments are checked there).
fn request(c: &Context, a: &[Value]) -> JsResult<Req> {
    let op = string_arg(c, a, 0)?;
    let a = &a[1.min(a.len())..];
    let s = |i| string_arg(c, a, i);
    let num = |i| arg(a, i, c).as_f64().unwrap_or(0.0);
    let flag = |i| arg(a, i, c).as_bool() == Some(true);
    let target = || -> JsResult<(Option<String>, i32)> {
        Ok(match target(c, a)? {
            Target::Fd(fd) => (None, fd),
            Target::Path(p) => (Some(p), -1),
        })
    };
    let bytes = |i| c.bytes_of(&arg(a, i, c)).unwrap_or_default();
    Ok(match op.as_str() {
        "readFile" => {
            let (p, fd) = target()?;
            Req::ReadFile(p, fd)
        }
        "writeFile" => {
            let (p, fd) = target()?;
            Req::WriteFile(p, fd, bytes(1), s(2)?, num(3) as u32)
        }
        "access" => Req::Access(s(0)?, num(1) as i32),
        "exists" => Req::Exists(s(0)?),
        "mkdir" => Req::Mkdir(s(0)?, flag(1), num(2) as u32),
        "readdir" => Req::Readdir(s(0)?),
        "stat" => {
            let (p, fd) = target()?;
            Req::Stat(p, fd, flag(1))
        }
        "unlink" => Req::Unlink(s(0)?),
        "rmdir" => Req::Rmdir(s(0)?),
        "rename" => Req::Rename(s(0)?, s(1)?),
        "copyFile" => Req::CopyFile(s(0)?, s(1)?, num(2) as i32),
        "realpath" => Req::Realpath(s(0)?),
        "open" => Req::Open(s(0)?, s(1)?, num(2) as u32),
        "close" => Req::Close(num(0) as i32),
        "read" => Req::Read(num(0) as i32, num(1) as usize, num(2) as i64),
        "write" => Req::Write(num(0) as i32, bytes(1), num(2) as i64),
        _ => return Err(c.type_error(&format!("unknown fs request {op}"))),
    })
}

/// Runs a request of pool.rs on this thread and returns its value or
/// throws its error: the sync natives and the pool share one
/// implementation of each system call they have in common.
fn sync_call(c: &Context, req: Req) -> JsResult<Value> {
    let (error, value) = pool::run(req).into_js(c)?;
    if error.is_undefined() {
        Ok(value)
    } else {
        Err(Exception::new(error))
    }
}

pub(crate) fn make_fs_binding(state: &Rc<RefCell<LoopState>>, main: &Context) -> JsResult<Value> {
    let b = main.new_object()?;
    // request(op, ...args) -> the id its completion reaches the `io` hook
    // with (`io('fs', id, error, value)`).
    let st = state.clone();
    def(main, &b, "request", 5, move |c, _, a| {
        let req = request(c, a)?;
        Ok(c.int(st.borrow_mut().submit_fs(req) as i32))
    })?;
    // readFile(pathOrFd) -> Uint8Array
    def(main, &b, "readFile", 1, |c, _, a| {
        let mut bytes = Vec::new();
        match target(c, a)? {
            Target::Fd(fd) => {
                check_fd(c, fd, "fstat")?;
                let mut f = borrowed_file(fd);
                f.read_to_end(&mut bytes)
                    .map_err(|e| uv_exception(c, &e, "read", None, None))?;
            }
            Target::Path(p) => {
                let mut f =
                    fs::File::open(&p).map_err(|e| uv_exception(c, &e, "open", Some(&p), None))?;
                f.read_to_end(&mut bytes)
                    .map_err(|e| uv_exception(c, &e, "read", None, None))?;
            }
        }
        c.uint8_array(&bytes)
    })?;
    // writeFile(pathOrFd, bytes, flags, mode)
    def(main, &b, "writeFile", 4, |c, _, a| {
        let bytes = c.bytes_of(&arg(a, 1, c)).unwrap_or_default();
        let flags = string_arg(c, a, 2)?;
        let mode = arg(a, 3, c).as_f64().unwrap_or(438.0) as u32;
        match target(c, a)? {
            Target::Fd(fd) => {
                check_fd(c, fd, "write")?;
                let mut f = borrowed_file(fd);
                f.write_all(&bytes)
                    .map_err(|e| uv_exception(c, &e, "write", None, None))?;
            }
            Target::Path(p) => {
                let mut f = open_options(&flags, mode)
                    .open(&p)
                    .map_err(|e| uv_exception(c, &e, "open", Some(&p), None))?;
                f.write_all(&bytes)
                    .map_err(|e| uv_exception(c, &e, "write", None, None))?;
            }
        }
        Ok(c.undefined())
    })?;
    def(main, &b, "exists", 1, |c, _, a| {
        sync_call(c, Req::Exists(string_arg(c, a, 0)?))
    })?;
    // access(path, mode): throws when the access is refused.
    def(main, &b, "access", 2, |c, _, a| {
        let mode = arg(a, 1, c).as_i32().unwrap_or(0);
        sync_call(c, Req::Access(string_arg(c, a, 0)?, mode))
    })?;
    // mkdir(path, recursive, mode) -> the first directory made (recursive)
    def(main, &b, "mkdir", 3, |c, _, a| {
        let recursive = arg(a, 1, c).as_bool() == Some(true);
        let mode = arg(a, 2, c).as_f64().unwrap_or(511.0) as u32;
        sync_call(c, Req::Mkdir(string_arg(c, a, 0)?, recursive, mode))
    })?;
    // readdir(path, withTypes) -> [names] or [names, types], sorted as
    // libuv's scandir sorts them.
    def(main, &b, "readdir", 2, |c, _, a| {
        let with_types = arg(a, 1, c).as_bool() == Some(true);
        let names_and_types = sync_call(c, Req::Readdir(string_arg(c, a, 0)?))?;
        if with_types {
            Ok(names_and_types)
        } else {
            c.get_index(&names_and_types, 0)
        }
    })?;
    // stat(path, followLinks, throwIfNoEntry) -> numbers (see fs.js)
    def(main, &b, "stat", 3, |c, _, a| {
        let follow = arg(a, 1, c).as_bool() != Some(false);
        let throw_if_no_entry = arg(a, 2, c).as_bool() != Some(false);
        let (m, syscall) = match target(c, a)? {
            Target::Fd(fd) => {
                check_fd(c, fd, "fstat")?;
                (borrowed_file(fd).metadata(), "fstat")
            }
            Target::Path(p) => {
                let m = if follow {
                    fs::metadata(&p)
                } else {
                    fs::symlink_metadata(&p)
                };
                let syscall = if follow { "stat" } else { "lstat" };
                match m {
                    Ok(m) => (Ok(m), syscall),
                    Err(e) => {
                        let missing =
                            matches!(e.raw_os_error(), Some(libc::ENOENT) | Some(libc::ENOTDIR));
                        if missing && !throw_if_no_entry {
                            return Ok(c.undefined());
                        }
                        return Err(uv_exception(c, &e, syscall, Some(&p), None));
                    }
                }
            }
        };
        let m = m.map_err(|e| uv_exception(c, &e, syscall, None, None))?;
        stat_array(c, &m)
    })?;
    def(main, &b, "unlink", 1, |c, _, a| {
        sync_call(c, Req::Unlink(string_arg(c, a, 0)?))
    })?;
    def(main, &b, "rmdir", 1, |c, _, a| {
        sync_call(c, Req::Rmdir(string_arg(c, a, 0)?))
    })?;
    def(main, &b, "rename", 2, |c, _, a| {
        sync_call(c, Req::Rename(string_arg(c, a, 0)?, string_arg(c, a, 1)?))
    })?;
    def(main, &b, "copyFile", 3, |c, _, a| {
        let mode = arg(a, 2, c).as_i32().unwrap_or(0);
        sync_call(
            c,
            Req::CopyFile(string_arg(c, a, 0)?, string_arg(c, a, 1)?, mode),
        )
    })?;
    def(main, &b, "realpath", 1, |c, _, a| {
        let p = string_arg(c, a, 0)?;
        let r =
            fs::canonicalize(&p).map_err(|e| uv_exception(c, &e, "realpath", Some(&p), None))?;
        c.string(&r.to_string_lossy())
    })?;
    def(main, &b, "readlink", 1, |c, _, a| {
        let p = string_arg(c, a, 0)?;
        let r = fs::read_link(&p).map_err(|e| uv_exception(c, &e, "readlink", Some(&p), None))?;
        c.string(&r.to_string_lossy())
    })?;
    def(main, &b, "symlink", 2, |c, _, a| {
        let target = string_arg(c, a, 0)?;
        let p = string_arg(c, a, 1)?;
        std::os::unix::fs::symlink(&target, &p)
            .map_err(|e| uv_exception(c, &e, "symlink", Some(&target), Some(&p)))?;
        Ok(c.undefined())
    })?;
    def(main, &b, "chmod", 2, |c, _, a| {
        use std::os::unix::fs::PermissionsExt;
        let p = string_arg(c, a, 0)?;
        let mode = arg(a, 1, c).as_f64().unwrap_or(0.0) as u32;
        fs::set_permissions(&p, fs::Permissions::from_mode(mode))
            .map_err(|e| uv_exception(c, &e, "chmod", Some(&p), None))?;
        Ok(c.undefined())
    })?;
    // mkdtemp(prefix) -> the new directory
    def(main, &b, "mkdtemp", 1, |c, _, a| {
        let prefix = string_arg(c, a, 0)?;
        let template = std::ffi::CString::new(format!("{prefix}XXXXXX"))
            .map_err(|_| c.type_error("bad path"))?;
        let mut buf = template.into_bytes_with_nul();
        // SAFETY: mkdtemp(3) rewrites the X's of a NUL-terminated buffer.
        let r = unsafe { libc::mkdtemp(buf.as_mut_ptr() as *mut libc::c_char) };
        if r.is_null() {
            let e = io::Error::last_os_error();
            let shown = format!("{prefix}XXXXXX");
            return Err(uv_exception(c, &e, "mkdtemp", Some(&shown), None));
        }
        buf.pop();
        c.string(&String::from_utf8_lossy(&buf))
    })?;
    Ok(b)
}
