//! The host's event loop state: timers, immediates and signals.
//!
//! JavaScript keeps the callbacks (js/timers.js, process in
//! js/bootstrap.js); this side keeps what is due when, which of it keeps
//! the process alive, and which signals arrived. [`Host::run_loop`]
//! (lib.rs) drives the phases in Node's order.
//!
//! Signals: while `process` has listeners for a signal, its action is a
//! handler that writes the signal's number to a pipe, which the loop
//! reads (and waits on, with its next timer as the time limit); with no listener the action
//! is the default one again (SIGINT and SIGTERM end the process).
//!
//! [`Host::run_loop`]: crate::Host

use std::collections::{BTreeMap, HashMap, VecDeque};
use std::os::fd::RawFd;
use std::sync::atomic::{AtomicI32, Ordering};
use std::time::{Duration, Instant};

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

/// Timers, immediates and watched signals of one host.
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
        }
    }
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

    /// Whether anything keeps the process alive.
    pub(crate) fn alive(&self) -> bool {
        self.refed_timers > 0 || self.immediate_refs.values().any(|r| *r)
    }

    /// Starts or stops delivering `signo` to the loop.
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

    /// The watched signals that arrived since the last call, in order.
    pub(crate) fn take_signals(&mut self) -> Vec<libc::c_int> {
        let Some(fd) = self.signal_read else {
            return Vec::new();
        };
        let mut got = Vec::new();
        let mut buf = [0u8; 64];
        loop {
            // SAFETY: reads into a local buffer from our non-blocking pipe.
            let n = unsafe { libc::read(fd, buf.as_mut_ptr() as *mut libc::c_void, buf.len()) };
            if n <= 0 {
                break;
            }
            got.extend(buf[..n as usize].iter().map(|&b| b as libc::c_int));
        }
        got.retain(|&s| self.watched & (1 << s) != 0);
        got
    }

    /// Whether work is ready without waiting.
    fn ready(&self, now: Instant) -> bool {
        !self.immediate_refs.is_empty()
            || self.due.keys().next().is_some_and(|k| self.at(k.0) <= now)
    }

    /// The instant of a time of the loop's clock.
    fn at(&self, us: u64) -> Instant {
        self.origin + Duration::from_micros(us)
    }

    /// Waits until the next timer is due or a signal arrives.
    pub(crate) fn wait(&mut self) {
        self.wait_for_work();
        // libuv reads the clock again after polling.
        self.update_time();
    }

    fn wait_for_work(&mut self) {
        let now = Instant::now();
        if self.ready(now) || !self.alive() {
            return;
        }
        let timeout_ms = match self.due.keys().next() {
            Some(k) => {
                let d = self.at(k.0).saturating_duration_since(now);
                // Round up so that the timer is due when we wake.
                (d.as_micros().div_ceil(1000)).min(i32::MAX as u128) as i32
            }
            None => -1,
        };
        let fd = self.signal_pipe();
        let mut pfd = libc::pollfd {
            fd,
            events: libc::POLLIN,
            revents: 0,
        };
        // SAFETY: one valid pollfd. The signals are read by take_signals.
        unsafe { libc::poll(&mut pfd, 1, timeout_ms) };
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
