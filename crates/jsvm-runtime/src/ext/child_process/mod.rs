//! The natives of ext/child_process/child_process.js (`node:child_process`): starting
//! processes with `std::process::Command`, for the loop to watch (`spawn`)
//! or to run to their end (`spawnSync`).
//!
//! A spawned child's pipes and exit are sources of the loop's poll
//! (src/event_loop.rs): the pipes non-blocking, the exit seen through a
//! pidfd. `spawnSync` waits in its own `poll(2)` on the child's pipes and
//! pidfd, outside the loop, as libuv's synchronous spawn runs its own loop.

use std::cell::RefCell;
use std::io::{self, Read};
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd, RawFd};
use std::os::unix::process::{CommandExt, ExitStatusExt};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::rc::Rc;
use std::time::{Duration, Instant};

use jsvm::{Context, JsResult, Value};

use crate::event_loop::LoopState;
use crate::{arg, def};

/// What one of the child's standard streams is connected to.
#[derive(Clone, Copy, PartialEq)]
enum StdioKind {
    Pipe,
    Ignore,
    Inherit,
    /// One of our file descriptors.
    Fd(RawFd),
}

/// The options ext/child_process/child_process.js has validated and normalised (Node's
/// `normalizeSpawnArguments`): the file, the whole argv (argv0 first), the
/// environment as `KEY=value` pairs, the working directory, stdio.
struct Spawn {
    file: String,
    args: Vec<String>,
    env: Vec<String>,
    cwd: Option<String>,
    stdio: [StdioKind; 3],
    detached: bool,
    uid: Option<u32>,
    gid: Option<u32>,
}

fn read_spawn(c: &Context, o: &Value) -> JsResult<Spawn> {
    let strings = |name: &str| -> JsResult<Vec<String>> {
        let v = c.get(o, name)?;
        let n = c.to_number(&c.get(&v, "length")?)? as u32;
        (0..n)
            .map(|i| c.to_rust_string(&c.get_index(&v, i)?))
            .collect()
    };
    let stdio_v = c.get(o, "stdio")?;
    let mut stdio = [StdioKind::Pipe; 3];
    for (i, kind) in stdio.iter_mut().enumerate() {
        let v = c.get_index(&stdio_v, i as u32)?;
        *kind = if v.is_number() {
            StdioKind::Fd(v.as_i32().unwrap_or(-1))
        } else {
            match c.to_rust_string(&v)?.as_str() {
                "ignore" => StdioKind::Ignore,
                "inherit" => StdioKind::Inherit,
                _ => StdioKind::Pipe,
            }
        };
    }
    let cwd = c.get(o, "cwd")?;
    let id = |name: &str| -> JsResult<Option<u32>> {
        let v = c.get(o, name)?;
        Ok(if v.is_number() {
            Some(c.to_number(&v)? as u32)
        } else {
            None
        })
    };
    Ok(Spawn {
        file: c.to_rust_string(&c.get(o, "file")?)?,
        args: strings("args")?,
        env: strings("envPairs")?,
        cwd: if cwd.is_string() {
            Some(c.to_rust_string(&cwd)?)
        } else {
            None
        },
        stdio,
        detached: c.to_bool(&c.get(o, "detached")?),
        uid: id("uid")?,
        gid: id("gid")?,
    })
}

fn stdio_of(kind: StdioKind) -> io::Result<Stdio> {
    Ok(match kind {
        StdioKind::Pipe => Stdio::piped(),
        StdioKind::Ignore => Stdio::null(),
        StdioKind::Inherit => Stdio::inherit(),
        StdioKind::Fd(fd) => {
            // SAFETY: dup(2) of a descriptor the program named; the copy is ours.
            let copy = unsafe { libc::fcntl(fd, libc::F_DUPFD_CLOEXEC, 0) };
            if copy < 0 {
                return Err(io::Error::last_os_error());
            }
            // SAFETY: a new descriptor nobody else owns.
            Stdio::from(unsafe { OwnedFd::from_raw_fd(copy) })
        }
    })
}

/// Starts the process.
fn start(s: &Spawn) -> io::Result<Child> {
    let mut cmd = Command::new(&s.file);
    if let Some(argv0) = s.args.first() {
        cmd.arg0(argv0);
    }
    cmd.args(s.args.iter().skip(1));
    cmd.env_clear();
    for pair in &s.env {
        let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
        if !k.is_empty() {
            cmd.env(k, v);
        }
    }
    if let Some(cwd) = &s.cwd {
        cmd.current_dir(cwd);
    }
    cmd.stdin(stdio_of(s.stdio[0])?);
    cmd.stdout(stdio_of(s.stdio[1])?);
    cmd.stderr(stdio_of(s.stdio[2])?);
    if let Some(uid) = s.uid {
        cmd.uid(uid);
    }
    if let Some(gid) = s.gid {
        cmd.gid(gid);
    }
    if s.detached {
        // SAFETY: setsid(2) is async-signal-safe; the child leads a new
        // session, as libuv's UV_PROCESS_DETACHED.
        unsafe {
            cmd.pre_exec(|| {
                libc::setsid();
                Ok(())
            });
        }
    }
    cmd.spawn()
}

fn errno_of(e: &io::Error) -> i32 {
    e.raw_os_error().unwrap_or(libc::EIO)
}

/// The natives of ext/child_process/child_process.js.
pub(crate) fn make_child_process_binding(
    state: &Rc<RefCell<LoopState>>,
    main: &Context,
) -> JsResult<Value> {
    let b = main.new_object()?;
    let st = state.clone();
    // spawn(options): the negative errno when the process cannot start,
    // else [id, pid, stdin, stdout, stderr] (the ids of the pipes the loop
    // watches, -1 where there is none).
    def(main, &b, "spawn", 1, move |c, _, a| {
        let s = read_spawn(c, &arg(a, 0, c))?;
        let mut child = match start(&s) {
            Ok(child) => child,
            Err(e) => return Ok(c.int(-errno_of(&e))),
        };
        let mut state = st.borrow_mut();
        let id = state.add_child(child.id() as libc::pid_t);
        let mut ids = [-1; 3];
        if let Some(p) = child.stdin.take() {
            ids[0] = state.add_writer(OwnedFd::from(p)).map_or(-1, |i| i as i32);
        }
        if let Some(p) = child.stdout.take() {
            ids[1] = state.add_reader(OwnedFd::from(p)).map_or(-1, |i| i as i32);
        }
        if let Some(p) = child.stderr.take() {
            ids[2] = state.add_reader(OwnedFd::from(p)).map_or(-1, |i| i as i32);
        }
        let pid = child.id() as i32;
        // The loop reaps the child (waitpid when its pidfd is readable).
        drop(child);
        c.array_from([
            c.int(id as i32),
            c.int(pid),
            c.int(ids[0]),
            c.int(ids[1]),
            c.int(ids[2]),
        ])
    })?;
    let st = state.clone();
    // kill(id, signo): 0, or the negative errno.
    def(main, &b, "kill", 2, move |c, _, a| {
        let id = arg(a, 0, c).as_i32().unwrap_or(0) as u32;
        let signo = arg(a, 1, c).as_i32().unwrap_or(0);
        Ok(c.int(match st.borrow_mut().kill_child(id, signo) {
            Ok(()) => 0,
            Err(errno) => -errno,
        }))
    })?;
    let st = state.clone();
    // ref(id, refed): a child or a pipe being read.
    def(main, &b, "ref", 2, move |c, _, a| {
        let id = arg(a, 0, c).as_i32().unwrap_or(0) as u32;
        let refed = c.to_bool(&arg(a, 1, c));
        let mut state = st.borrow_mut();
        state.ref_child(id, refed);
        state.ref_reader(id, refed);
        Ok(c.undefined())
    })?;
    let st = state.clone();
    // write(id, bytes): true when all is written, false when some waits
    // (a `drain` follows), or the negative errno.
    def(main, &b, "write", 2, move |c, _, a| {
        let id = arg(a, 0, c).as_i32().unwrap_or(0) as u32;
        let bytes = c.bytes_of(&arg(a, 1, c)).unwrap_or_default();
        Ok(match st.borrow_mut().write(id, &bytes) {
            Ok(done) => c.boolean(done),
            Err(errno) => c.int(-errno),
        })
    })?;
    let st = state.clone();
    // end(id): closes a pipe written to once all is written.
    def(main, &b, "end", 1, move |c, _, a| {
        let id = arg(a, 0, c).as_i32().unwrap_or(0) as u32;
        st.borrow_mut().end_writer(id);
        Ok(c.undefined())
    })?;
    let st = state.clone();
    // close(id): closes a pipe now.
    def(main, &b, "close", 1, move |c, _, a| {
        let id = arg(a, 0, c).as_i32().unwrap_or(0) as u32;
        st.borrow_mut().close_stream(id);
        Ok(c.undefined())
    })?;
    // spawnSync(options, input, timeout, killSignal, maxBuffer):
    // { error, pid, status, signal, stdout, stderr } (error the negative
    // errno, status -1 when a signal ended the process, the outputs
    // Uint8Arrays of the piped streams).
    def(main, &b, "spawnSync", 5, move |c, _, a| {
        let s = read_spawn(c, &arg(a, 0, c))?;
        let input = {
            let v = arg(a, 1, c);
            if v.is_undefined() {
                None
            } else {
                Some(c.bytes_of(&v).unwrap_or_default())
            }
        };
        let timeout = arg(a, 2, c).as_f64().unwrap_or(0.0);
        let limits = Limits {
            deadline: (timeout > 0.0)
                .then(|| Instant::now() + Duration::from_millis(timeout as u64)),
            kill_signal: arg(a, 3, c).as_i32().unwrap_or(libc::SIGTERM),
            max_buffer: arg(a, 4, c).as_f64().unwrap_or(f64::INFINITY),
        };
        let r = run_sync(&s, input, &limits);
        let o = c.new_object()?;
        if let Some(errno) = r.error {
            c.set(&o, "error", c.int(-errno))?;
        }
        c.set(&o, "pid", c.int(r.pid))?;
        if let Some(status) = r.status {
            match status.signal() {
                Some(signo) => {
                    c.set(&o, "status", c.int(-1))?;
                    c.set(&o, "signal", c.int(signo))?;
                }
                None => {
                    c.set(&o, "status", c.int(status.code().unwrap_or(0)))?;
                    c.set(&o, "signal", c.int(0))?;
                }
            }
        }
        if let Some(out) = r.stdout {
            c.set(&o, "stdout", c.uint8_array(&out)?)?;
        }
        if let Some(err) = r.stderr {
            c.set(&o, "stderr", c.uint8_array(&err)?)?;
        }
        Ok(o)
    })?;
    Ok(b)
}

/// When `spawnSync` stops a child: its `timeout`, `killSignal`, `maxBuffer`.
struct Limits {
    deadline: Option<Instant>,
    kill_signal: libc::c_int,
    max_buffer: f64,
}

/// What `spawnSync` saw: the error (errno) that stopped it, the pid (0 if
/// the process did not start), how the process ended, the piped outputs.
#[derive(Default)]
struct SyncResult {
    error: Option<i32>,
    pid: i32,
    status: Option<ExitStatus>,
    stdout: Option<Vec<u8>>,
    stderr: Option<Vec<u8>>,
}

/// Runs a process to its end: writes `input` to its stdin, reads its
/// piped outputs, kills it with the kill signal when the deadline passes
/// (`ETIMEDOUT`) or an output grows past `maxBuffer` (`ENOBUFS`).
fn run_sync(s: &Spawn, input: Option<Vec<u8>>, limits: &Limits) -> SyncResult {
    let mut child = match start(s) {
        Ok(child) => child,
        Err(e) => {
            return SyncResult {
                error: Some(errno_of(&e)),
                ..Default::default()
            }
        }
    };
    let mut r = SyncResult {
        pid: child.id() as i32,
        ..Default::default()
    };
    let mut stdin = child.stdin.take().map(OwnedFd::from);
    let input = input.unwrap_or_default();
    let mut written = 0;
    if input.is_empty() {
        stdin = None;
    }
    let mut outs: [Option<OwnedFd>; 2] = [
        child.stdout.take().map(OwnedFd::from),
        child.stderr.take().map(OwnedFd::from),
    ];
    let mut bufs: [Option<Vec<u8>>; 2] = [
        outs[0].as_ref().map(|_| Vec::new()),
        outs[1].as_ref().map(|_| Vec::new()),
    ];
    if let Some(fd) = &stdin {
        // SAFETY: fcntl on the pipe we own: writes must not block the reads.
        unsafe {
            let flags = libc::fcntl(fd.as_raw_fd(), libc::F_GETFL);
            libc::fcntl(fd.as_raw_fd(), libc::F_SETFL, flags | libc::O_NONBLOCK);
        }
    }
    // SAFETY: pidfd_open with plain integers; the result (or -1) is ours.
    let raw = unsafe { libc::syscall(libc::SYS_pidfd_open, r.pid, 0) } as RawFd;
    // SAFETY: a new descriptor nobody else owns.
    let pidfd = (raw >= 0).then(|| unsafe { OwnedFd::from_raw_fd(raw) });
    let mut killed = false;
    fn kill(child: &Child, signo: libc::c_int, killed: &mut bool, error: i32, r: &mut SyncResult) {
        if !*killed {
            *killed = true;
            r.error = Some(error);
            // SAFETY: kill(2) of our own child, not yet reaped.
            unsafe { libc::kill(child.id() as libc::pid_t, signo) };
        }
    }
    let mut check_exit = pidfd.is_none();
    loop {
        if check_exit || outs.iter().all(Option::is_none) {
            if let Ok(Some(status)) = child.try_wait() {
                // Read what the pipes still hold (not what a grandchild that
                // keeps them open writes later).
                r.status = Some(status);
                for (i, out) in outs.iter_mut().enumerate() {
                    if let (Some(fd), Some(buf)) = (out.take(), bufs[i].as_mut()) {
                        set_nonblocking(&fd);
                        let _ = std::fs::File::from(fd).read_to_end(buf);
                        if buf.len() as f64 > limits.max_buffer && r.error.is_none() {
                            r.error = Some(libc::ENOBUFS);
                        }
                    }
                }
                break;
            }
        }
        let mut fds = Vec::new();
        if let Some(fd) = &stdin {
            fds.push(libc::pollfd {
                fd: fd.as_raw_fd(),
                events: libc::POLLOUT,
                revents: 0,
            });
        }
        for fd in outs.iter().flatten() {
            fds.push(libc::pollfd {
                fd: fd.as_raw_fd(),
                events: libc::POLLIN,
                revents: 0,
            });
        }
        if let Some(fd) = &pidfd {
            fds.push(libc::pollfd {
                fd: fd.as_raw_fd(),
                events: libc::POLLIN,
                revents: 0,
            });
        }
        let mut wait_ms: i32 = if pidfd.is_none() {
            // Nothing tells us when the child ends: look every 5 ms.
            5
        } else {
            -1
        };
        if let Some(deadline) = limits.deadline {
            if !killed {
                let left = deadline.saturating_duration_since(Instant::now());
                if left.is_zero() {
                    kill(
                        &child,
                        limits.kill_signal,
                        &mut killed,
                        libc::ETIMEDOUT,
                        &mut r,
                    );
                    continue;
                }
                let ms = left.as_micros().div_ceil(1000).min(i32::MAX as u128) as i32;
                wait_ms = if wait_ms < 0 { ms } else { wait_ms.min(ms) };
            }
        }
        // SAFETY: polls our own descriptors.
        let n = unsafe { libc::poll(fds.as_mut_ptr(), fds.len() as libc::nfds_t, wait_ms) };
        if n <= 0 {
            continue;
        }
        let mut k = 0;
        if let Some(fd) = &stdin {
            if fds[k].revents != 0 {
                // SAFETY: writes from our buffer to the non-blocking pipe.
                let w = unsafe {
                    libc::write(
                        fd.as_raw_fd(),
                        input[written..].as_ptr() as *const libc::c_void,
                        input.len() - written,
                    )
                };
                if w > 0 {
                    written += w as usize;
                }
                let failed = w < 0 && !matches!(last_errno(), libc::EAGAIN | libc::EINTR);
                if written == input.len() || failed {
                    stdin = None;
                }
            }
            k += 1;
        }
        let pipes: Vec<usize> = (0..2).filter(|&i| outs[i].is_some()).collect();
        let mut over = false;
        if pidfd.is_some() {
            check_exit = fds[k + pipes.len()].revents != 0;
        }
        for i in pipes {
            let Some(fd) = &outs[i] else { continue };
            let revents = fds[k].revents;
            k += 1;
            if revents == 0 {
                continue;
            }
            let mut chunk = [0u8; 65536];
            // SAFETY: reads into a local buffer from our pipe.
            let n = unsafe {
                libc::read(
                    fd.as_raw_fd(),
                    chunk.as_mut_ptr() as *mut libc::c_void,
                    chunk.len(),
                )
            };
            if n > 0 {
                let buf = bufs[i].as_mut().expect("a buffer for each pipe");
                buf.extend_from_slice(&chunk[..n as usize]);
                if buf.len() as f64 > limits.max_buffer {
                    kill(
                        &child,
                        limits.kill_signal,
                        &mut killed,
                        libc::ENOBUFS,
                        &mut r,
                    );
                    // As libuv: what comes after the limit is not read.
                    over = true;
                }
            } else if n == 0 || !matches!(last_errno(), libc::EAGAIN | libc::EINTR) {
                outs[i] = None;
            }
        }
        if over {
            outs = [None, None];
        }
    }
    r.stdout = bufs[0].take();
    r.stderr = bufs[1].take();
    r
}

fn last_errno() -> i32 {
    io::Error::last_os_error()
        .raw_os_error()
        .unwrap_or(libc::EIO)
}

fn set_nonblocking(fd: &OwnedFd) {
    // SAFETY: fcntl on a descriptor we own.
    unsafe {
        let flags = libc::fcntl(fd.as_raw_fd(), libc::F_GETFL);
        libc::fcntl(fd.as_raw_fd(), libc::F_SETFL, flags | libc::O_NONBLOCK);
    }
}
