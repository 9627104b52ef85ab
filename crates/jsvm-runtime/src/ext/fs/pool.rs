//! File system requests off the loop thread, as libuv's thread pool runs
//! them: [`FS_THREADS`] worker threads take [`Req`]s from a channel, run
//! the system calls and leave the [`Outcome`] in a shared list, then wake
//! the loop's poll (a `mio::Waker`). The loop (event_loop.rs) turns each
//! outcome into an `IoEvent::Fs`, delivered to fs.js through the `io` hook
//! in its poll phase; while requests are pending the loop stays alive.

use std::fs::{self, OpenOptions};
use std::io::{self, Read, Write};
use std::os::fd::{FromRawFd, IntoRawFd};
use std::os::unix::fs::{DirBuilderExt, FileExt, OpenOptionsExt};
use std::path::Path;
use std::sync::mpsc::{channel, Receiver, Sender};
use std::sync::{Arc, Mutex};

use jsvm::{Context, JsResult, Value};

use super::{borrowed_file, dirent_type, first_missing, open_options, stat_array, uv_exception};

/// How many threads run requests (libuv's default is 4).
pub(crate) const FS_THREADS: usize = 4;

/// A request: the system calls to make, with their arguments.
pub(crate) enum Req {
    ReadFile(Option<String>, i32),
    WriteFile(Option<String>, i32, Vec<u8>, String, u32),
    Access(String, i32),
    Exists(String),
    Mkdir(String, bool, u32),
    Readdir(String),
    Stat(Option<String>, i32, bool),
    Unlink(String),
    Rmdir(String),
    Rename(String, String),
    CopyFile(String, String, i32),
    Realpath(String),
    Open(String, String, u32),
    Close(i32),
    /// fd, length, position (-1: the current one)
    Read(i32, usize, i64),
    /// fd, bytes, position (-1: the current one)
    Write(i32, Vec<u8>, i64),
}

/// A request's result, made into JavaScript values on the loop thread.
pub(crate) enum Outcome {
    Undefined,
    Bool(bool),
    Bytes(Vec<u8>),
    Str(String),
    Int(f64),
    Stat(Box<fs::Metadata>),
    Dir(Vec<(String, i32)>),
    /// The error, its syscall, path and dest (as the sync calls report).
    Err(io::Error, &'static str, Option<String>, Option<String>),
}

impl Outcome {
    /// `[error, undefined]` or `[undefined, value]` for the callback.
    pub(crate) fn into_js(self, c: &Context) -> JsResult<(Value, Value)> {
        let ok = |v: Value| Ok((c.undefined(), v));
        match self {
            Outcome::Undefined => ok(c.undefined()),
            Outcome::Bool(b) => ok(c.boolean(b)),
            Outcome::Bytes(b) => ok(c.uint8_array(&b)?),
            Outcome::Str(s) => ok(c.string(&s)?),
            Outcome::Int(n) => ok(c.number(n)),
            Outcome::Stat(m) => ok(stat_array(c, &m)?),
            Outcome::Dir(entries) => {
                let names = c.array_from(
                    entries
                        .iter()
                        .map(|(n, _)| c.string(n))
                        .collect::<JsResult<Vec<_>>>()?,
                )?;
                let types = c.array_from(entries.iter().map(|(_, t)| c.int(*t)))?;
                ok(c.array_from([names, types])?)
            }
            Outcome::Err(e, syscall, path, dest) => {
                let ex = uv_exception(c, &e, syscall, path.as_deref(), dest.as_deref());
                Ok((ex.value().clone(), c.undefined()))
            }
        }
    }
}

fn fd_ok(fd: i32, syscall: &'static str) -> Result<(), Outcome> {
    // SAFETY: fcntl(F_GETFD) only asks whether the descriptor is open.
    if fd < 0 || unsafe { libc::fcntl(fd, libc::F_GETFD) } < 0 {
        let e = io::Error::from_raw_os_error(libc::EBADF);
        return Err(Outcome::Err(e, syscall, None, None));
    }
    Ok(())
}

fn err(e: io::Error, syscall: &'static str, path: &str) -> Outcome {
    Outcome::Err(e, syscall, Some(path.to_string()), None)
}

/// Runs a request: on a pool thread, or on the loop thread for the sync
/// natives of mod.rs that share these calls (`sync_call`).
pub(crate) fn run(req: Req) -> Outcome {
    let r = (|| -> Result<Outcome, Outcome> {
        Ok(match req {
            Req::ReadFile(path, fd) => {
                let mut bytes = Vec::new();
                match path {
                    None => {
                        fd_ok(fd, "fstat")?;
                        borrowed_file(fd)
                            .read_to_end(&mut bytes)
                            .map_err(|e| Outcome::Err(e, "read", None, None))?;
                    }
                    Some(p) => {
                        let mut f = fs::File::open(&p).map_err(|e| err(e, "open", &p))?;
                        // Node's async readFile names the path here too.
                        f.read_to_end(&mut bytes).map_err(|e| err(e, "read", &p))?;
                    }
                }
                Outcome::Bytes(bytes)
            }
            Req::WriteFile(path, fd, bytes, flags, mode) => {
                match path {
                    None => {
                        fd_ok(fd, "write")?;
                        borrowed_file(fd)
                            .write_all(&bytes)
                            .map_err(|e| Outcome::Err(e, "write", None, None))?;
                    }
                    Some(p) => {
                        let mut f = open_options(&flags, mode)
                            .open(&p)
                            .map_err(|e| err(e, "open", &p))?;
                        f.write_all(&bytes)
                            .map_err(|e| Outcome::Err(e, "write", None, None))?;
                    }
                }
                Outcome::Undefined
            }
            Req::Access(p, mode) => {
                let cp = std::ffi::CString::new(p.clone())
                    .map_err(|_| err(io::Error::from_raw_os_error(libc::EINVAL), "access", &p))?;
                // SAFETY: access(2) with a NUL-terminated path.
                if unsafe { libc::access(cp.as_ptr(), mode) } != 0 {
                    return Err(err(io::Error::last_os_error(), "access", &p));
                }
                Outcome::Undefined
            }
            Req::Exists(p) => Outcome::Bool(fs::metadata(p).is_ok()),
            Req::Mkdir(p, recursive, mode) => {
                let mut builder = fs::DirBuilder::new();
                builder.mode(mode).recursive(recursive);
                if recursive {
                    let first = first_missing(Path::new(&p));
                    if let Ok(m) = fs::metadata(&p) {
                        if !m.is_dir() {
                            let e = io::Error::from_raw_os_error(libc::EEXIST);
                            return Err(err(e, "mkdir", &p));
                        }
                    }
                    builder.create(&p).map_err(|e| err(e, "mkdir", &p))?;
                    return Ok(match first {
                        Some(f) => Outcome::Str(f.to_string_lossy().into_owned()),
                        None => Outcome::Undefined,
                    });
                }
                builder.create(&p).map_err(|e| err(e, "mkdir", &p))?;
                Outcome::Undefined
            }
            Req::Readdir(p) => {
                let mut entries = Vec::new();
                for entry in fs::read_dir(&p).map_err(|e| err(e, "scandir", &p))? {
                    let entry = entry.map_err(|e| err(e, "scandir", &p))?;
                    let t = entry.file_type().map(dirent_type).unwrap_or(0);
                    entries.push((entry.file_name().to_string_lossy().into_owned(), t));
                }
                entries.sort_by(|x, y| x.0.as_bytes().cmp(y.0.as_bytes()));
                Outcome::Dir(entries)
            }
            Req::Stat(path, fd, follow) => {
                let m = match path {
                    None => {
                        fd_ok(fd, "fstat")?;
                        borrowed_file(fd)
                            .metadata()
                            .map_err(|e| Outcome::Err(e, "fstat", None, None))?
                    }
                    Some(p) if follow => fs::metadata(&p).map_err(|e| err(e, "stat", &p))?,
                    Some(p) => fs::symlink_metadata(&p).map_err(|e| err(e, "lstat", &p))?,
                };
                Outcome::Stat(Box::new(m))
            }
            Req::Unlink(p) => {
                fs::remove_file(&p).map_err(|e| err(e, "unlink", &p))?;
                Outcome::Undefined
            }
            Req::Rmdir(p) => {
                fs::remove_dir(&p).map_err(|e| err(e, "rmdir", &p))?;
                Outcome::Undefined
            }
            Req::Rename(from, to) => {
                fs::rename(&from, &to)
                    .map_err(|e| Outcome::Err(e, "rename", Some(from.clone()), Some(to.clone())))?;
                Outcome::Undefined
            }
            Req::CopyFile(from, to, mode) => {
                let fail = |e| Outcome::Err(e, "copyfile", Some(from.clone()), Some(to.clone()));
                if mode & 1 != 0 && fs::symlink_metadata(&to).is_ok() {
                    return Err(fail(io::Error::from_raw_os_error(libc::EEXIST)));
                }
                fs::copy(&from, &to).map_err(fail)?;
                Outcome::Undefined
            }
            Req::Realpath(p) => match fs::canonicalize(&p) {
                Ok(r) => Outcome::Str(r.to_string_lossy().into_owned()),
                Err(e) => return Err(realpath_error(&p, e)),
            },
            Req::Open(p, flags, mode) => {
                let f: fs::File = open_flags(&flags, mode)
                    .open(&p)
                    .map_err(|e| err(e, "open", &p))?;
                Outcome::Int(f64::from(f.into_raw_fd()))
            }
            Req::Close(fd) => {
                fd_ok(fd, "close")?;
                // SAFETY: the program gave this fd up to be closed.
                drop(unsafe { fs::File::from_raw_fd(fd) });
                Outcome::Undefined
            }
            Req::Read(fd, len, pos) => {
                fd_ok(fd, "read")?;
                let f = borrowed_file(fd);
                let mut buf = vec![0; len];
                let n = if pos >= 0 {
                    f.read_at(&mut buf, pos as u64)
                } else {
                    (&*f).read(&mut buf)
                }
                .map_err(|e| Outcome::Err(e, "read", None, None))?;
                buf.truncate(n);
                Outcome::Bytes(buf)
            }
            Req::Write(fd, bytes, pos) => {
                fd_ok(fd, "write")?;
                let f = borrowed_file(fd);
                let n = if pos >= 0 {
                    f.write_at(&bytes, pos as u64)
                } else {
                    (&*f).write(&bytes)
                }
                .map_err(|e| Outcome::Err(e, "write", None, None))?;
                Outcome::Int(n as f64)
            }
        })
    })();
    r.unwrap_or_else(|e| e)
}

/// Node's fs.realpath walks the absolute path a component at a time with
/// lstat, and fails on the first that is missing: the same error, made
/// from the canonical part that exists and the first component that does
/// not.
fn realpath_error(p: &str, e: io::Error) -> Outcome {
    use std::path::Component;
    let cwd = std::env::current_dir().unwrap_or_default();
    let mut resolved = std::path::PathBuf::from("/");
    for comp in cwd.join(p).components() {
        match comp {
            Component::RootDir | Component::Prefix(_) | Component::CurDir => continue,
            Component::ParentDir => {
                resolved.pop();
                continue;
            }
            Component::Normal(name) => {
                let next = resolved.join(name);
                if let Err(e) = fs::symlink_metadata(&next) {
                    return err(e, "lstat", &next.to_string_lossy());
                }
                match fs::canonicalize(&next) {
                    Ok(r) => resolved = r,
                    Err(e) => return err(e, "realpath", p),
                }
            }
        }
    }
    err(e, "realpath", p)
}

/// Open options for `open` (Node's string flags; `r` is the default).
fn open_flags(flags: &str, mode: u32) -> OpenOptions {
    let mut o = open_options(flags, mode);
    o.custom_flags(libc::O_CLOEXEC);
    o
}

/// The pool: its request channel and the finished requests.
pub(crate) struct Pool {
    tx: Sender<(u32, Req)>,
    done: Arc<Mutex<Vec<(u32, Outcome)>>>,
}

impl Pool {
    /// Starts the threads; each finished request wakes `waker`.
    pub(crate) fn new(waker: Arc<mio::Waker>) -> Pool {
        let (tx, rx) = channel::<(u32, Req)>();
        let rx = Arc::new(Mutex::new(rx));
        let done = Arc::new(Mutex::new(Vec::new()));
        for i in 0..FS_THREADS {
            let rx: Arc<Mutex<Receiver<(u32, Req)>>> = rx.clone();
            let done = done.clone();
            let waker = waker.clone();
            std::thread::Builder::new()
                .name(format!("jsvm-fs-{i}"))
                .spawn(move || loop {
                    let next = rx.lock().map(|r| r.recv());
                    let Ok(Ok((id, req))) = next else { return };
                    let outcome = run(req);
                    if let Ok(mut d) = done.lock() {
                        d.push((id, outcome));
                    }
                    let _ = waker.wake();
                })
                .expect("cannot start a file system thread");
        }
        Pool { tx, done }
    }

    pub(crate) fn submit(&self, id: u32, req: Req) {
        let _ = self.tx.send((id, req));
    }

    /// The requests finished since the last call.
    pub(crate) fn take_done(&self) -> Vec<(u32, Outcome)> {
        self.done
            .lock()
            .map(|mut d| std::mem::take(&mut *d))
            .unwrap_or_default()
    }
}
