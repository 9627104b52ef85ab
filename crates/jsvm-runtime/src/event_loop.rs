//! The host's event loop state: timers, immediates, signals, child
//! processes and pipes.
//!
//! JavaScript keeps the callbacks (ext/timers/timers.js, process in
//! src/internal/bootstrap.js, ext/child_process/child_process.js); this side keeps what is due
//! when, which of it keeps the process alive, and what the poll phase
//! found. [`Host::run_loop`] (lib.rs) drives the phases in Node's order.
//!
//! Waiting is a `mio::Poll` (epoll): the signal pipe, each child's pidfd
//! and each child pipe are its sources, the next timer its timeout; the
//! file system threads (ext/fs/pool.rs) wake it with a `mio::Waker`.
//!
//! Signals: while `process` has listeners for a signal, its action is a
//! handler that writes the signal's number to a pipe, which the poll
//! watches; with no listener the action is the default one again (SIGINT
//! and SIGTERM end the process).
//!
//! [`Host::run_loop`]: crate::Host

use std::collections::{BTreeMap, HashMap, VecDeque};
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd, RawFd};
use std::sync::atomic::{AtomicI32, Ordering};
use std::time::{Duration, Instant};

use mio::unix::SourceFd;
use mio::{Events, Interest, Poll, Token, Waker};

use crate::ext::fs::pool::{Outcome, Pool, Req};

/// The write end of the signal pipe (-1 before it exists).
static SIGNAL_WRITE: AtomicI32 = AtomicI32::new(-1);

/// Writes the signal's number to the pipe: signals reach the loop in the
/// order they arrived, and a loop waiting for its next timer wakes up.
extern "C" fn on_signal(signo: libc::c_int) {
    let fd = SIGNAL_WRITE.load(Ordering::SeqCst);
    if fd >= 0 {
        let byte = signo as u8;
        // SAFETY: write(2) is async-signal-safe; the pipe is non-blocking
        // (a full pipe drops the signal, as a busy kernel coalesces them).
        unsafe { libc::write(fd, &byte as *const u8 as *const libc::c_void, 1) };
    }
}

/// The signal names Node knows on this platform, with their numbers.
pub(crate) const SIGNALS: &[(&str, libc::c_int)] = &[
    ("SIGHUP", libc::SIGHUP),
    ("SIGINT", libc::SIGINT),
    ("SIGQUIT", libc::SIGQUIT),
    ("SIGILL", libc::SIGILL),
    ("SIGTRAP", libc::SIGTRAP),
    ("SIGABRT", libc::SIGABRT),
    ("SIGIOT", libc::SIGIOT),
    ("SIGBUS", libc::SIGBUS),
    ("SIGFPE", libc::SIGFPE),
    ("SIGKILL", libc::SIGKILL),
    ("SIGUSR1", libc::SIGUSR1),
    ("SIGSEGV", libc::SIGSEGV),
    ("SIGUSR2", libc::SIGUSR2),
    ("SIGPIPE", libc::SIGPIPE),
    ("SIGALRM", libc::SIGALRM),
    ("SIGTERM", libc::SIGTERM),
    ("SIGCHLD", libc::SIGCHLD),
    ("SIGSTKFLT", libc::SIGSTKFLT),
    ("SIGCONT", libc::SIGCONT),
    ("SIGSTOP", libc::SIGSTOP),
    ("SIGTSTP", libc::SIGTSTP),
    ("SIGTTIN", libc::SIGTTIN),
    ("SIGTTOU", libc::SIGTTOU),
    ("SIGURG", libc::SIGURG),
    ("SIGXCPU", libc::SIGXCPU),
    ("SIGXFSZ", libc::SIGXFSZ),
    ("SIGVTALRM", libc::SIGVTALRM),
    ("SIGPROF", libc::SIGPROF),
    ("SIGWINCH", libc::SIGWINCH),
    ("SIGIO", libc::SIGIO),
    ("SIGPOLL", libc::SIGPOLL),
    ("SIGPWR", libc::SIGPWR),
    ("SIGSYS", libc::SIGSYS),
];

struct Timer {
    key: (u64, u64),
    refed: bool,
}

/// The token of the signal pipe; sources added later get the next ones.
const SIGNAL_TOKEN: Token = Token(0);
/// The token of the waker the file system threads wake the poll with.
const FS_TOKEN: Token = Token(usize::MAX);

/// How many reads of one pipe a wake-up does before the loop goes on
/// with its other work (a child that writes without pause would
/// otherwise hold the loop in its poll phase).
const READS_PER_WAKE: usize = 16;
/// The size of one read, as libuv's.
const READ_SIZE: usize = 64 * 1024;

/// What the poll phase found, in the order it is delivered to JavaScript.
pub(crate) enum IoEvent {
    /// A watched signal arrived.
    Signal(libc::c_int),
    /// Bytes read from a pipe.
    Data(u32, Vec<u8>),
    /// A pipe reached its end (or failed to read: errno); it is closed.
    End(u32, i32),
    /// A pipe written to has sent everything it was given.
    Drain(u32),
    /// Writing to a pipe failed (errno); the writer is closed.
    WriteError(u32, i32),
    /// A child process ended: its exit code, or the signal that ended it.
    Exit(u32, i32, libc::c_int),
    /// A file system request of the thread pool (ext/fs/pool.rs) finished.
    Fs(u32, Outcome),
}

/// A child process the loop waits for.
struct Child {
    pid: libc::pid_t,
    /// A pidfd that becomes readable when the child ends; `None` where the
    /// kernel has no `pidfd_open` (the loop then polls `waitpid`).
    pidfd: Option<OwnedFd>,
    refed: bool,
}

/// The read end of a pipe (a child's stdout or stderr).
struct Reader {
    fd: OwnedFd,
    refed: bool,
}

/// The write end of a pipe (a child's stdin), with what it still has to
/// write; `ending` closes it once everything is written.
struct Writer {
    fd: OwnedFd,
    pending: Vec<u8>,
    ending: bool,
}

/// The poll the loop waits in (a `mio::Poll`: epoll on Linux), made on
/// the first wait that needs it.
struct Io {
    poll: Poll,
    events: Events,
}

/// Timers, immediates, watched signals, child processes and pipes of one
/// host.
///
/// Time is libuv's: milliseconds, a clock read at the start of each loop
/// iteration and after waiting, against which timers are due.
pub(crate) struct LoopState {
    /// When the loop's clock started.
    origin: Instant,
    /// The loop's clock, in microseconds since `origin`.
    now_us: u64,
    /// Timers by (due time in µs, creation order).
    due: BTreeMap<(u64, u64), u32>,
    timers: HashMap<u32, Timer>,
    refed_timers: usize,
    immediates: VecDeque<u32>,
    /// Queued immediates and whether each keeps the process alive.
    immediate_refs: HashMap<u32, bool>,
    seq: u64,
    signal_read: Option<RawFd>,
    watched: u64,
    io: Option<Io>,
    /// The last token given to a source (children and pipes share one
    /// numbering: a source's token is its id in JavaScript).
    last_token: usize,
    children: HashMap<u32, Child>,
    readers: HashMap<u32, Reader>,
    writers: HashMap<u32, Writer>,
    /// Readers that may have more to read than their last wake-up took.
    hot: Vec<u32>,
    /// What the last poll found, for the loop to deliver.
    found: Vec<IoEvent>,
    /// The file system threads, started by the first request.
    fs_pool: Option<Pool>,
    /// File system requests not yet delivered (each keeps the loop alive).
    fs_pending: usize,
}

impl Default for LoopState {
    fn default() -> Self {
        LoopState {
            origin: Instant::now(),
            now_us: 0,
            due: BTreeMap::new(),
            timers: HashMap::new(),
            refed_timers: 0,
            immediates: VecDeque::new(),
            immediate_refs: HashMap::new(),
            seq: 0,
            signal_read: None,
            watched: 0,
            io: None,
            last_token: 0,
            children: HashMap::new(),
            readers: HashMap::new(),
            writers: HashMap::new(),
            hot: Vec::new(),
            found: Vec::new(),
            fs_pool: None,
            fs_pending: 0,
        }
    }
}

/// The `errno` of the last failed system call.
fn last_errno() -> i32 {
    std::io::Error::last_os_error()
        .raw_os_error()
        .unwrap_or(libc::EIO)
}

impl LoopState {
    /// Reads the clock (libuv's `uv_update_time`).
    pub(crate) fn update_time(&mut self) {
        // Whole milliseconds, as libuv's clock.
        self.now_us = self.origin.elapsed().as_millis() as u64 * 1000;
    }

    /// Arms (or re-arms) timer `id` to fire `ms` after now. As in Node
    /// (`getLibuvNow` reads the clock), a timer starts at the current
    /// millisecond and is due when the loop's clock, read once per
    /// iteration, has reached its start plus its delay.
    pub(crate) fn start_timer(&mut self, id: u32, ms: f64, refed: bool) {
        self.stop_timer(id);
        let ms = if ms.is_finite() && ms >= 1.0 { ms } else { 1.0 };
        let start_ms = self.origin.elapsed().as_millis() as u64;
        let key = ((start_ms * 1000) + (ms * 1000.0) as u64, self.seq);
        self.seq += 1;
        self.due.insert(key, id);
        self.timers.insert(id, Timer { key, refed });
        if refed {
            self.refed_timers += 1;
        }
    }

    pub(crate) fn stop_timer(&mut self, id: u32) {
        if let Some(t) = self.timers.remove(&id) {
            self.due.remove(&t.key);
            if t.refed {
                self.refed_timers -= 1;
            }
        }
    }

    pub(crate) fn ref_timer(&mut self, id: u32, refed: bool) {
        if let Some(t) = self.timers.get_mut(&id) {
            if t.refed != refed {
                t.refed = refed;
                if refed {
                    self.refed_timers += 1;
                } else {
                    self.refed_timers -= 1;
                }
            }
        }
    }

    /// The next timer due by the loop's clock, taken off the list.
    pub(crate) fn pop_due(&mut self) -> Option<u32> {
        let (&key, &id) = self.due.iter().next()?;
        if key.0 > self.now_us {
            return None;
        }
        self.stop_timer(id);
        Some(id)
    }

    pub(crate) fn start_immediate(&mut self, id: u32, refed: bool) {
        self.immediates.push_back(id);
        self.immediate_refs.insert(id, refed);
    }

    pub(crate) fn stop_immediate(&mut self, id: u32) {
        self.immediate_refs.remove(&id);
    }

    pub(crate) fn ref_immediate(&mut self, id: u32, refed: bool) {
        if let Some(r) = self.immediate_refs.get_mut(&id) {
            *r = refed;
        }
    }

    /// The immediates queued before this phase, in order (those queued by
    /// them wait for the next iteration, as in Node).
    pub(crate) fn take_immediates(&mut self) -> Vec<u32> {
        let queued: Vec<u32> = self.immediates.drain(..).collect();
        queued
            .into_iter()
            .filter(|id| self.immediate_refs.remove(id).is_some())
            .collect()
    }

    /// Whether anything keeps the process alive: ref'd timers and
    /// immediates, ref'd child processes, ref'd pipes being read, pipes
    /// with data still to write (libuv's active and ref'd handles).
    pub(crate) fn alive(&self) -> bool {
        self.refed_timers > 0
            || self.immediate_refs.values().any(|r| *r)
            || self.children.values().any(|c| c.refed)
            || self.readers.values().any(|r| r.refed)
            || self.writers.values().any(|w| !w.pending.is_empty())
            || self.fs_pending > 0
    }

    /// Hands a file system request to the thread pool; its id (from the
    /// numbering of the poll's sources, so it names one `io` target).
    pub(crate) fn submit_fs(&mut self, req: Req) -> u32 {
        if self.fs_pool.is_none() {
            let waker = Waker::new(self.io().poll.registry(), FS_TOKEN)
                .expect("cannot create the file system threads' waker");
            self.fs_pool = Some(Pool::new(std::sync::Arc::new(waker)));
        }
        self.last_token += 1;
        let id = self.last_token as u32;
        self.fs_pending += 1;
        if let Some(pool) = &self.fs_pool {
            pool.submit(id, req);
        }
        id
    }

    /// Starts or stops delivering `signo` to the loop.
    ///
    /// The action is installed with our own `sigaction` rather than by a
    /// library (signal-hook, tokio): those keep their handler for the life
    /// of the process, while Node puts the default action back when the
    /// last listener goes (a program that stops listening for SIGINT dies
    /// on the next one). The handler only writes to the signal pipe, which
    /// the loop's poll watches like any other source.
    pub(crate) fn watch_signal(&mut self, signo: libc::c_int, on: bool) -> bool {
        if !(1..64).contains(&signo) {
            return false;
        }
        self.signal_pipe();
        // SAFETY: sigaction with a handler that only touches atomics and
        // write(2), or with the default action.
        unsafe {
            let mut action: libc::sigaction = std::mem::zeroed();
            action.sa_sigaction = if on {
                on_signal as *const () as libc::sighandler_t
            } else {
                libc::SIG_DFL
            };
            action.sa_flags = libc::SA_RESTART;
            libc::sigemptyset(&mut action.sa_mask);
            if libc::sigaction(signo, &action, std::ptr::null_mut()) != 0 {
                return false;
            }
        }
        if on {
            self.watched |= 1 << signo;
        } else {
            self.watched &= !(1 << signo);
        }
        true
    }

    /// Reads the watched signals that arrived since the last read, in order.
    fn read_signals(&mut self) {
        let Some(fd) = self.signal_read else {
            return;
        };
        let mut buf = [0u8; 64];
        loop {
            // SAFETY: reads into a local buffer from our non-blocking pipe.
            let n = unsafe { libc::read(fd, buf.as_mut_ptr() as *mut libc::c_void, buf.len()) };
            if n <= 0 {
                break;
            }
            for &b in &buf[..n as usize] {
                let s = b as libc::c_int;
                if self.watched & (1 << s) != 0 {
                    self.found.push(IoEvent::Signal(s));
                }
            }
        }
    }

    /// What the last wait found, in order.
    pub(crate) fn take_events(&mut self) -> Vec<IoEvent> {
        std::mem::take(&mut self.found)
    }

    /// Whether work is ready without waiting.
    fn ready(&self, now: Instant) -> bool {
        !self.immediate_refs.is_empty()
            || !self.hot.is_empty()
            || self.due.keys().next().is_some_and(|k| self.at(k.0) <= now)
    }

    /// The instant of a time of the loop's clock.
    fn at(&self, us: u64) -> Instant {
        self.origin + Duration::from_micros(us)
    }

    /// The poll phase: waits until the next timer is due, a signal
    /// arrives, a pipe can be read or written or a child ends (not at all
    /// when work is ready), and gathers what happened for
    /// [`LoopState::take_events`].
    pub(crate) fn wait(&mut self) {
        let now = Instant::now();
        let timeout = if self.ready(now) || !self.alive() {
            Some(Duration::ZERO)
        } else {
            let timer = self.due.keys().next().map(|k| {
                // mio rounds up to whole milliseconds, so the timer is due
                // when we wake.
                self.at(k.0).saturating_duration_since(now)
            });
            // Children without a pidfd are looked at every 20 ms.
            if self.children.values().any(|c| c.pidfd.is_none()) {
                Some(timer.map_or(Duration::from_millis(20), |t| {
                    t.min(Duration::from_millis(20))
                }))
            } else {
                timer
            }
        };
        self.poll(timeout);
        // libuv reads the clock again after polling.
        self.update_time();
    }

    fn poll(&mut self, timeout: Option<Duration>) {
        let mut tokens = Vec::new();
        // Nothing but signals to wait for and no time to wait: no poll is
        // needed (and none is made), the pipe is read directly.
        if self.io.is_some() || timeout != Some(Duration::ZERO) {
            let io = self.io();
            match io.poll.poll(&mut io.events, timeout) {
                Ok(()) => tokens.extend(io.events.iter().map(|e| e.token())),
                // A signal interrupted the wait: its byte is in the pipe.
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                Err(e) => panic!("the event loop's poll failed: {e}"),
            }
        }
        self.read_signals();
        let mut exited = Vec::new();
        let hot = std::mem::take(&mut self.hot);
        for token in tokens {
            let id = token.0 as u32;
            if token == SIGNAL_TOKEN || token == FS_TOKEN {
                continue;
            } else if self.readers.contains_key(&id) {
                if !hot.contains(&id) {
                    self.read(id);
                }
            } else if self.writers.contains_key(&id) {
                self.flush(id);
            } else if self.children.contains_key(&id) {
                exited.push(id);
            }
        }
        for id in hot {
            self.read(id);
        }
        if let Some(pool) = &self.fs_pool {
            for (id, outcome) in pool.take_done() {
                self.fs_pending -= 1;
                self.found.push(IoEvent::Fs(id, outcome));
            }
        }
        // A child's exit goes after the data its pipes had in the same
        // wake-up, before their ends (in Node's usual order: 'data',
        // 'exit', 'end', as libuv reads the pipe before it sees the end).
        let ends: Vec<IoEvent> = {
            let (ends, rest) = std::mem::take(&mut self.found)
                .into_iter()
                .partition(|e| matches!(e, IoEvent::End(..)));
            self.found = rest;
            ends
        };
        for id in exited {
            self.reap(id);
        }
        let polled: Vec<u32> = self
            .children
            .iter()
            .filter(|(_, c)| c.pidfd.is_none())
            .map(|(id, _)| *id)
            .collect();
        for id in polled {
            self.reap(id);
        }
        self.found.extend(ends);
    }

    /// The poll, made (with the signal pipe registered) on first use.
    fn io(&mut self) -> &mut Io {
        if self.io.is_none() {
            let fd = self.signal_pipe();
            let poll = Poll::new().expect("cannot create the event loop's poll");
            poll.registry()
                .register(&mut SourceFd(&fd), SIGNAL_TOKEN, Interest::READABLE)
                .expect("cannot watch the event loop's signal pipe");
            self.io = Some(Io {
                poll,
                events: Events::with_capacity(64),
            });
        }
        self.io.as_mut().expect("made above")
    }

    fn signal_pipe(&mut self) -> RawFd {
        if let Some(fd) = self.signal_read {
            return fd;
        }
        let mut fds = [-1; 2];
        // SAFETY: creates a pipe into a local array.
        let ok = unsafe { libc::pipe2(fds.as_mut_ptr(), libc::O_NONBLOCK | libc::O_CLOEXEC) } == 0;
        if !ok {
            panic!("cannot create the event loop's signal pipe");
        }
        SIGNAL_WRITE.store(fds[1], Ordering::SeqCst);
        self.signal_read = Some(fds[0]);
        fds[0]
    }

    /// Registers a new source with the poll; its token (and id).
    fn add_source(&mut self, fd: RawFd, interest: Interest) -> std::io::Result<u32> {
        self.last_token += 1;
        let token = Token(self.last_token);
        self.io()
            .poll
            .registry()
            .register(&mut SourceFd(&fd), token, interest)?;
        Ok(token.0 as u32)
    }

    fn remove_source(&mut self, fd: RawFd) {
        if let Some(io) = &self.io {
            let _ = io.poll.registry().deregister(&mut SourceFd(&fd));
        }
    }

    /// Watches a child process until it ends; its id.
    pub(crate) fn add_child(&mut self, pid: libc::pid_t) -> u32 {
        // SAFETY: pidfd_open with plain integers; the result is a new fd
        // (or -1) that we own.
        let raw = unsafe { libc::syscall(libc::SYS_pidfd_open, pid, 0) } as RawFd;
        let pidfd = (raw >= 0).then(|| {
            // SAFETY: a valid fd nobody else owns.
            let fd = unsafe { OwnedFd::from_raw_fd(raw) };
            // SAFETY: sets FD_CLOEXEC on our own fd.
            unsafe { libc::fcntl(fd.as_raw_fd(), libc::F_SETFD, libc::FD_CLOEXEC) };
            fd
        });
        let id = match &pidfd {
            Some(fd) => self.add_source(fd.as_raw_fd(), Interest::READABLE).ok(),
            None => None,
        };
        let (id, pidfd) = match id {
            Some(id) => (id, pidfd),
            None => {
                self.last_token += 1;
                (self.last_token as u32, None)
            }
        };
        self.children.insert(
            id,
            Child {
                pid,
                pidfd,
                refed: true,
            },
        );
        id
    }

    pub(crate) fn ref_child(&mut self, id: u32, refed: bool) {
        if let Some(c) = self.children.get_mut(&id) {
            c.refed = refed;
        }
    }

    /// Sends a signal to a child that has not ended yet (once ended and
    /// reaped, its pid may belong to another process): `Err(ESRCH)` then.
    pub(crate) fn kill_child(&mut self, id: u32, signo: libc::c_int) -> Result<(), i32> {
        match self.children.get(&id) {
            Some(c) => kill(c.pid, signo),
            None => Err(libc::ESRCH),
        }
    }

    /// Collects a child's exit status if it has ended.
    fn reap(&mut self, id: u32) {
        let Some(child) = self.children.get(&id) else {
            return;
        };
        let mut status = 0;
        // SAFETY: waitpid for our own child into a local status.
        let r = unsafe { libc::waitpid(child.pid, &mut status, libc::WNOHANG) };
        if r == 0 || (r < 0 && last_errno() == libc::EINTR) {
            return;
        }
        let child = self.children.remove(&id).expect("looked up above");
        if let Some(fd) = &child.pidfd {
            self.remove_source(fd.as_raw_fd());
        }
        let (code, signo) = if r < 0 {
            (0, 0)
        } else if libc::WIFSIGNALED(status) {
            (0, libc::WTERMSIG(status))
        } else {
            (libc::WEXITSTATUS(status), 0)
        };
        self.found.push(IoEvent::Exit(id, code, signo));
    }

    /// Reads a pipe (made non-blocking here) as data arrives; its id.
    pub(crate) fn add_reader(&mut self, fd: OwnedFd) -> std::io::Result<u32> {
        set_nonblocking(&fd)?;
        let id = self.add_source(fd.as_raw_fd(), Interest::READABLE)?;
        self.readers.insert(id, Reader { fd, refed: true });
        Ok(id)
    }

    pub(crate) fn ref_reader(&mut self, id: u32, refed: bool) {
        if let Some(r) = self.readers.get_mut(&id) {
            r.refed = refed;
        }
    }

    /// Closes a pipe (read or write end) at once.
    pub(crate) fn close_stream(&mut self, id: u32) {
        let fd = match (self.readers.remove(&id), self.writers.remove(&id)) {
            (Some(r), _) => r.fd,
            (_, Some(w)) => w.fd,
            _ => return,
        };
        self.hot.retain(|h| *h != id);
        self.remove_source(fd.as_raw_fd());
    }

    /// Reads what a pipe has, up to [`READS_PER_WAKE`] reads.
    fn read(&mut self, id: u32) {
        let mut buf = vec![0u8; READ_SIZE];
        for _ in 0..READS_PER_WAKE {
            let Some(r) = self.readers.get(&id) else {
                return;
            };
            // SAFETY: reads into a local buffer from a non-blocking fd we own.
            let n = unsafe {
                libc::read(
                    r.fd.as_raw_fd(),
                    buf.as_mut_ptr() as *mut libc::c_void,
                    buf.len(),
                )
            };
            if n > 0 {
                self.found
                    .push(IoEvent::Data(id, buf[..n as usize].to_vec()));
                continue;
            }
            let errno = if n == 0 { 0 } else { last_errno() };
            match errno {
                libc::EAGAIN => return,
                libc::EINTR => continue,
                _ => {
                    self.close_stream(id);
                    self.found.push(IoEvent::End(id, errno));
                    return;
                }
            }
        }
        // Edge-triggered: no new wake-up comes for what is left.
        self.hot.push(id);
    }

    /// Writes to a pipe (made non-blocking here) as it can take data; its id.
    pub(crate) fn add_writer(&mut self, fd: OwnedFd) -> std::io::Result<u32> {
        set_nonblocking(&fd)?;
        let id = self.add_source(fd.as_raw_fd(), Interest::WRITABLE)?;
        self.writers.insert(
            id,
            Writer {
                fd,
                pending: Vec::new(),
                ending: false,
            },
        );
        Ok(id)
    }

    /// Queues bytes on a pipe and writes what it takes now. `Ok(true)`
    /// when all is written, `Ok(false)` when some waits (a `Drain` event
    /// follows), `Err(errno)` when writing failed (the pipe is closed).
    pub(crate) fn write(&mut self, id: u32, bytes: &[u8]) -> Result<bool, i32> {
        let Some(w) = self.writers.get_mut(&id) else {
            return Err(libc::EPIPE);
        };
        w.pending.extend_from_slice(bytes);
        if w.pending.len() > bytes.len() {
            // Earlier bytes are waiting for the pipe: so do these.
            return Ok(false);
        }
        match self.write_pending(id) {
            Ok(()) => Ok(self.writers.get(&id).is_none_or(|w| w.pending.is_empty())),
            Err(errno) => Err(errno),
        }
    }

    /// Closes a pipe once all its bytes are written.
    pub(crate) fn end_writer(&mut self, id: u32) {
        if let Some(w) = self.writers.get_mut(&id) {
            w.ending = true;
            if w.pending.is_empty() {
                self.close_stream(id);
            }
        }
    }

    /// Writes what the pipe takes of its pending bytes.
    fn write_pending(&mut self, id: u32) -> Result<(), i32> {
        let Some(w) = self.writers.get_mut(&id) else {
            return Ok(());
        };
        let mut failed = None;
        while !w.pending.is_empty() {
            // SAFETY: writes from our buffer to a non-blocking fd we own.
            let n = unsafe {
                libc::write(
                    w.fd.as_raw_fd(),
                    w.pending.as_ptr() as *const libc::c_void,
                    w.pending.len(),
                )
            };
            if n >= 0 {
                w.pending.drain(..n as usize);
                continue;
            }
            match last_errno() {
                libc::EAGAIN => return Ok(()),
                libc::EINTR => continue,
                errno => {
                    failed = Some(errno);
                    break;
                }
            }
        }
        let done = w.ending || failed.is_some();
        if done {
            self.close_stream(id);
        }
        match failed {
            Some(errno) => Err(errno),
            None => Ok(()),
        }
    }

    /// A pipe can take more: writes, and reports a drained or failed pipe.
    fn flush(&mut self, id: u32) {
        let waiting = self.writers.get(&id).is_some_and(|w| !w.pending.is_empty());
        if !waiting {
            return;
        }
        match self.write_pending(id) {
            Ok(()) => {
                if self.writers.get(&id).is_none_or(|w| w.pending.is_empty()) {
                    self.found.push(IoEvent::Drain(id));
                }
            }
            Err(errno) => self.found.push(IoEvent::WriteError(id, errno)),
        }
    }
}

/// Sets `O_NONBLOCK` on a pipe end we own.
fn set_nonblocking(fd: &OwnedFd) -> std::io::Result<()> {
    // SAFETY: fcntl on an fd we own.
    let ok = unsafe {
        let flags = libc::fcntl(fd.as_raw_fd(), libc::F_GETFL);
        flags >= 0 && libc::fcntl(fd.as_raw_fd(), libc::F_SETFL, flags | libc::O_NONBLOCK) == 0
    };
    if ok {
        Ok(())
    } else {
        Err(std::io::Error::last_os_error())
    }
}

/// Sends a signal; `Err(errno)` when the system refuses.
pub(crate) fn kill(pid: i32, signo: libc::c_int) -> Result<(), i32> {
    // SAFETY: kill(2) with plain integers.
    if unsafe { libc::kill(pid, signo) } == 0 {
        Ok(())
    } else {
        Err(std::io::Error::last_os_error().raw_os_error().unwrap_or(0))
    }
}

/// The monotonic clock, as `process.hrtime` reads it: seconds, nanoseconds.
pub(crate) fn hrtime() -> (u64, u32) {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: writes into a local timespec.
    unsafe { libc::clock_gettime(libc::CLOCK_MONOTONIC, &mut ts) };
    (ts.tv_sec as u64, ts.tv_nsec as u32)
}

/// The name of an errno value as Node gives it in `err.code` (`ESRCH`).
pub(crate) fn errno_name(errno: i32) -> &'static str {
    match errno {
        libc::EPERM => "EPERM",
        libc::ESRCH => "ESRCH",
        libc::EINVAL => "EINVAL",
        libc::ENOSYS => "ENOSYS",
        _ => "EIO",
    }
}
