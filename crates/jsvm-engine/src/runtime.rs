use std::cell::RefCell;
use std::rc::Rc;

use jsvm_sys as sys;

use crate::class::ClassRegistry;

/// The state shared by a runtime and every value, context and atom made in
/// it. It frees the engine runtime when the last of them is gone.
pub(crate) struct RtInner {
    pub(crate) rt: *mut sys::JSRuntime,
    pub(crate) classes: RefCell<ClassRegistry>,
    /// Asked by the engine, every few thousand operations of running code
    /// (and of regular-expression matching), whether to stop it.
    interrupt: RefCell<Option<Rc<InterruptHandler>>>,
    /// What `import()` and `import.meta` do (module.rs).
    pub(crate) module_hooks: RefCell<Option<Rc<dyn crate::ModuleHooks>>>,
    /// What makes host built-ins and serves locale methods (host_builtins.rs).
    pub(crate) host_builtins: RefCell<Option<Rc<dyn crate::HostBuiltins>>>,
    /// Told when a promise is rejected with no handler, and when a handler
    /// is added to such a promise.
    rejections: RefCell<Option<Rc<RejectionTracker>>>,
    /// Whether a [`LimitsKey`] was taken: then only it sets the limits.
    limits_locked: std::cell::Cell<bool>,
    /// The panic of a host callback, on its way to the Rust code that runs
    /// the JavaScript that called it.
    panic: RefCell<Option<Box<dyn std::any::Any + Send>>>,
    /// The embedder's data, one value per type.
    user_data: RefCell<std::collections::HashMap<std::any::TypeId, Rc<dyn std::any::Any>>>,
}

impl RtInner {
    /// Keeps the panic of a host callback (the first one, if several).
    pub(crate) fn keep_panic(&self, payload: Box<dyn std::any::Any + Send>) {
        let mut p = self.panic.borrow_mut();
        if p.is_none() {
            *p = Some(payload);
        }
    }

    /// Goes on with a host callback's panic, if one is on its way.
    pub(crate) fn resume_panic(&self) {
        let payload = self.panic.borrow_mut().take();
        if let Some(payload) = payload {
            std::panic::resume_unwind(payload);
        }
    }
}

/// The refusal to change a limit of a runtime whose owner holds its
/// [`LimitsKey`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LimitsLocked;

impl std::fmt::Display for LimitsLocked {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("the runtime's limits are set by its owner (an isolate) only")
    }
}

impl std::error::Error for LimitsLocked {}

/// The sole right to set a runtime's interrupt handler, memory limit and
/// stack limit, taken once by its owner with [`Runtime::lock_limits`] (an
/// isolate, whose timeouts and memory limit must not be switched off by
/// whoever else holds a handle to the runtime). Not `Clone`.
pub struct LimitsKey {
    inner: Rt,
}

impl std::fmt::Debug for LimitsKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("LimitsKey")
    }
}

impl LimitsKey {
    fn runtime(&self) -> Runtime {
        Runtime::from_inner(self.inner.clone())
    }
    /// [`Runtime::set_memory_limit`], for the holder of the key.
    pub fn set_memory_limit(&self, bytes: usize) {
        self.runtime().set_memory_limit_unchecked(bytes)
    }
    /// [`Runtime::set_max_stack_size`], for the holder of the key.
    pub fn set_max_stack_size(&self, bytes: usize) -> usize {
        self.runtime().set_max_stack_size_unchecked(bytes)
    }
    /// [`Runtime::set_interrupt_handler`], for the holder of the key.
    pub fn set_interrupt_handler(&self, handler: Option<Rc<InterruptHandler>>) {
        self.runtime().set_interrupt_handler_unchecked(handler)
    }
}

/// Told of unhandled rejections (see [`Runtime::set_rejection_tracker`]).
pub type RejectionTracker = dyn Fn(crate::Value, crate::Value, bool);

unsafe extern "C" fn rejection_trampoline(
    ctx: *mut sys::JSContext,
    promise: sys::JSValue,
    reason: sys::JSValue,
    is_handled: bool,
    _opaque: *mut std::ffi::c_void,
) {
    let rt = sys::JS_GetRuntime(ctx);
    if sys::JS_GetRuntimeOpaque(rt).is_null() {
        return;
    }
    let inner = rt_from_raw(rt);
    let tracker = match inner.rejections.try_borrow() {
        Ok(t) => t.clone(),
        Err(_) => None,
    };
    if let Some(t) = tracker {
        let promise = crate::Value::from_borrowed(&inner, promise);
        let reason = crate::Value::from_borrowed(&inner, reason);
        let _ = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            t(promise, reason, is_handled)
        }));
    }
}

/// Decides whether running code stops (see [`Runtime::set_interrupt_handler`]).
pub type InterruptHandler = dyn Fn() -> bool;

unsafe extern "C" fn interrupt_trampoline(
    rt: *mut sys::JSRuntime,
    _opaque: *mut std::ffi::c_void,
) -> std::ffi::c_int {
    let ptr = sys::JS_GetRuntimeOpaque(rt) as *const RtInner;
    if ptr.is_null() {
        return 0;
    }
    // The handler is cloned out so that it may replace itself.
    let handler = match (*ptr).interrupt.try_borrow() {
        Ok(h) => h.clone(),
        Err(_) => None,
    };
    match handler {
        Some(h) => std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| h()))
            .map_or(0, std::ffi::c_int::from),
        None => 0,
    }
}

impl Drop for RtInner {
    fn drop(&mut self) {
        unsafe {
            sys::JS_RunGC(self.rt);
            sys::JS_FreeRuntime(self.rt);
        }
    }
}

pub(crate) type Rt = Rc<RtInner>;

/// Recovers the shared runtime state inside an engine callback.
///
/// # Safety
/// `rt` must be a runtime made by [`Runtime::new`], still alive.
pub(crate) unsafe fn rt_from_raw(rt: *mut sys::JSRuntime) -> Rt {
    let ptr = sys::JS_GetRuntimeOpaque(rt) as *const RtInner;
    Rc::increment_strong_count(ptr);
    Rc::from_raw(ptr)
}

/// An engine runtime: one heap and one garbage collector, shared by all the
/// contexts made in it. Not thread-safe: use it from the thread that made it.
///
/// The engine runtime is freed when the last handle to it, and the last
/// [`Value`](crate::Value), [`Context`](crate::Context) and
/// [`Atom`](crate::Atom) of it, are gone. Objects of the heap may hold values
/// too (class data): run [`Runtime::run_gc`] before dropping the last handle
/// so that what nothing outside the heap reaches is freed first.
#[derive(Clone)]
pub struct Runtime {
    pub(crate) inner: Rt,
}

/// Engine memory statistics (bytes and counts), as the engine reports them.
#[derive(Debug, Clone, Copy, Default)]
pub struct MemoryUsage {
    /// Bytes allocated by the engine's allocator.
    pub malloc_size: i64,
    /// Bytes in use as the engine accounts them.
    pub memory_used_size: i64,
    /// Number of live objects.
    pub obj_count: i64,
}

/// The native stack JavaScript may use by default: 1 MiB, as the engine
/// (V8's default is about 984 KiB).
pub const DEFAULT_MAX_STACK_SIZE: usize = 1024 * 1024;

/// The stack pointer (the address of a local where the architecture is
/// not known: under AddressSanitizer locals may live elsewhere).
#[inline(always)]
fn stack_pointer() -> usize {
    #[cfg(target_arch = "x86_64")]
    {
        let sp: usize;
        // SAFETY: reads the stack pointer register only.
        unsafe { std::arch::asm!("mov {}, rsp", out(reg) sp, options(nomem, nostack)) };
        sp
    }
    #[cfg(target_arch = "aarch64")]
    {
        let sp: usize;
        // SAFETY: reads the stack pointer register only.
        unsafe { std::arch::asm!("mov {}, sp", out(reg) sp, options(nomem, nostack)) };
        sp
    }
    #[cfg(not(any(target_arch = "x86_64", target_arch = "aarch64")))]
    {
        let here = std::hint::black_box(0u8);
        &here as *const u8 as usize
    }
}

/// How many bytes of this thread's stack lie below the caller's frame, if
/// the platform says.
fn stack_room() -> Option<usize> {
    #[cfg(any(target_os = "linux", target_os = "android"))]
    unsafe {
        let mut attr: libc::pthread_attr_t = std::mem::zeroed();
        // glibc's call allocates (a CPU set), so it can fail for a moment
        // (a failure was seen once in the test suite, cause unconfirmed);
        // try a few times before giving up.
        let mut tries = 0;
        while libc::pthread_getattr_np(libc::pthread_self(), &mut attr) != 0 {
            tries += 1;
            if tries == 5 {
                return None;
            }
            std::thread::sleep(std::time::Duration::from_millis(10));
        }
        let mut low: *mut libc::c_void = std::ptr::null_mut();
        let mut size: libc::size_t = 0;
        let r = libc::pthread_attr_getstack(&attr, &mut low, &mut size);
        libc::pthread_attr_destroy(&mut attr);
        if r != 0 || low.is_null() {
            return None;
        }
        stack_pointer().checked_sub(low as usize)
    }
    #[cfg(not(any(target_os = "linux", target_os = "android")))]
    {
        None
    }
}

/// The stack size to give the engine on this thread when `wanted` is
/// asked for: no more than the thread has below this frame, less a margin
/// for the host code (Rust callbacks, error construction) that runs past
/// the engine's last check.
fn fit_stack_size(wanted: usize) -> usize {
    match stack_room() {
        Some(room) => {
            let margin = (room / 4).max(128 * 1024);
            wanted.min(room.saturating_sub(margin)).max(16 * 1024)
        }
        None => wanted,
    }
}

/// `JSVM_GC_STRESS=N`: every runtime collects cycles every N object
/// allocations (0: off). Read once per process.
fn gc_stress_interval() -> Option<u32> {
    static INTERVAL: std::sync::OnceLock<Option<u32>> = std::sync::OnceLock::new();
    *INTERVAL.get_or_init(|| {
        let v = std::env::var("JSVM_GC_STRESS").ok()?;
        match v.trim().parse::<u32>() {
            Ok(n) => (n > 0).then_some(n),
            Err(_) => {
                eprintln!("jsvm: JSVM_GC_STRESS must be a number, not {v:?}; ignored");
                None
            }
        }
    })
}

impl Runtime {
    /// Creates a runtime. JavaScript on it may use
    /// [`DEFAULT_MAX_STACK_SIZE`] bytes of native stack below this call's
    /// frame, or less on a thread whose stack is smaller (see
    /// [`Runtime::set_max_stack_size`]).
    pub fn new() -> Runtime {
        Runtime::try_new().expect("out of memory creating a JavaScript runtime")
    }

    /// Creates a runtime; `None` when the system is out of memory.
    pub fn try_new() -> Option<Runtime> {
        let rt = unsafe { sys::JS_NewRuntime() };
        if rt.is_null() {
            return None;
        }
        let inner = Rc::new(RtInner {
            rt,
            classes: RefCell::new(ClassRegistry::default()),
            interrupt: RefCell::new(None),
            module_hooks: RefCell::new(None),
            host_builtins: RefCell::new(None),
            rejections: RefCell::new(None),
            limits_locked: std::cell::Cell::new(false),
            panic: RefCell::new(None),
            user_data: RefCell::default(),
        });
        // The opaque pointer does not own a count: callbacks only run while
        // some owner is alive.
        unsafe { sys::JS_SetRuntimeOpaque(rt, Rc::as_ptr(&inner) as *mut _) };
        let runtime = Runtime { inner };
        runtime.set_max_stack_size_unchecked(DEFAULT_MAX_STACK_SIZE);
        if let Some(n) = gc_stress_interval() {
            runtime.set_gc_stress_interval(n);
        }
        Some(runtime)
    }

    /// GC stress mode (patch 0031, V8's `--gc-interval`): the cycle
    /// collector also runs before every `n`-th object allocation; 0 turns
    /// it off. Runtimes start with the interval of the `JSVM_GC_STRESS`
    /// environment variable, if set.
    pub fn set_gc_stress_interval(&self, n: u32) {
        unsafe { sys::JS_SetGCStressInterval(self.inner.rt, n) }
    }

    pub(crate) fn from_inner(inner: Rt) -> Runtime {
        Runtime { inner }
    }

    /// Takes the sole right to set this runtime's interrupt handler,
    /// memory limit and stack limit: from now on the setters of
    /// [`Runtime`] refuse ([`LimitsLocked`]) and only the key's work.
    /// `None` when it was taken already.
    ///
    /// ```
    /// use jsvm_engine::{LimitsLocked, Runtime};
    /// let rt = Runtime::new();
    /// let key = rt.lock_limits().unwrap();
    /// key.set_memory_limit(64 << 20);
    /// assert_eq!(rt.set_memory_limit(0), Err(LimitsLocked));
    /// assert_eq!(rt.set_interrupt_handler(None), Err(LimitsLocked));
    /// assert!(rt.lock_limits().is_none());
    /// ```
    pub fn lock_limits(&self) -> Option<LimitsKey> {
        if self.inner.limits_locked.replace(true) {
            return None;
        }
        Some(LimitsKey {
            inner: self.inner.clone(),
        })
    }

    fn unlocked(&self) -> Result<(), LimitsLocked> {
        if self.inner.limits_locked.get() {
            Err(LimitsLocked)
        } else {
            Ok(())
        }
    }

    /// Limits the memory the engine may allocate (0: no limit). An
    /// allocation past it fails with `RangeError: Out of memory` (patch
    /// 0021), which code may catch; the heap stays usable. Refused when
    /// the owner holds the runtime's [`LimitsKey`].
    pub fn set_memory_limit(&self, bytes: usize) -> Result<(), LimitsLocked> {
        self.unlocked()?;
        self.set_memory_limit_unchecked(bytes);
        Ok(())
    }

    fn set_memory_limit_unchecked(&self, bytes: usize) {
        unsafe { sys::JS_SetMemoryLimit(self.inner.rt, bytes) }
    }

    /// Limits the native stack that JavaScript may use, counted from the
    /// frame this is called from (and the stack top the engine took when
    /// the runtime was made): deeper recursion throws `RangeError: Maximum
    /// call stack size exceeded`. The size is reduced to what this
    /// thread's stack holds below the caller, less a margin for host code;
    /// returns the size set. 0 removes the limit (then deep recursion can
    /// overflow the native stack: never do that with code you do not
    /// trust). Refused when the owner holds the runtime's [`LimitsKey`].
    pub fn set_max_stack_size(&self, bytes: usize) -> Result<usize, LimitsLocked> {
        self.unlocked()?;
        Ok(self.set_max_stack_size_unchecked(bytes))
    }

    fn set_max_stack_size_unchecked(&self, bytes: usize) -> usize {
        let bytes = if bytes == 0 { 0 } else { fit_stack_size(bytes) };
        unsafe {
            sys::JS_UpdateStackTop(self.inner.rt);
            sys::JS_SetMaxStackSize(self.inner.rt, bytes);
        }
        bytes
    }

    /// Sets the function the engine asks, every few thousand operations of
    /// running code and of regular-expression matching, whether to stop.
    /// When it returns `true` the engine throws an uncatchable error
    /// ([`Exception::is_uncatchable`](crate::Exception::is_uncatchable)):
    /// no `catch` or `finally` of the running code sees it, and it unwinds
    /// to the host. The handler must not run JavaScript. `None` removes it.
    /// Refused when the owner holds the runtime's [`LimitsKey`].
    pub fn set_interrupt_handler(
        &self,
        handler: Option<Rc<InterruptHandler>>,
    ) -> Result<(), LimitsLocked> {
        self.unlocked()?;
        self.set_interrupt_handler_unchecked(handler);
        Ok(())
    }

    fn set_interrupt_handler_unchecked(&self, handler: Option<Rc<InterruptHandler>>) {
        let cb: Option<sys::JSInterruptHandler> = match handler {
            Some(_) => Some(interrupt_trampoline),
            None => None,
        };
        *self.inner.interrupt.borrow_mut() = handler;
        unsafe { sys::JS_SetInterruptHandler(self.inner.rt, cb, std::ptr::null_mut()) }
    }

    /// Sets the function the engine tells, with the promise and its reason,
    /// when a promise is rejected while it has no handler (`false`) and when
    /// a handler is added to a promise it told of (`true`): V8's
    /// `kPromiseRejectWithNoHandler` and `kPromiseHandlerAddedAfterReject`.
    /// The tracker is called while the engine settles the promise or adds
    /// the handler: it must not run JavaScript. `None` removes it.
    pub fn set_rejection_tracker(&self, tracker: Option<Rc<RejectionTracker>>) {
        let cb: Option<sys::JSHostPromiseRejectionTracker> = match tracker {
            Some(_) => Some(rejection_trampoline),
            None => None,
        };
        *self.inner.rejections.borrow_mut() = tracker;
        unsafe { sys::JS_SetHostPromiseRejectionTracker(self.inner.rt, cb, std::ptr::null_mut()) }
    }

    /// Keeps `data` with the runtime (replacing the data of the same
    /// type), for host callbacks to read with [`Runtime::user_data`]. It
    /// must not hold [`Value`](crate::Value)s: a value holds the runtime,
    /// so neither would ever be freed.
    pub fn set_user_data<T: 'static>(&self, data: T) {
        let old = self
            .inner
            .user_data
            .borrow_mut()
            .insert(std::any::TypeId::of::<T>(), Rc::new(data));
        drop(old);
    }

    /// The data of type `T` kept with [`Runtime::set_user_data`].
    pub fn user_data<T: 'static>(&self) -> Option<Rc<T>> {
        let d = self
            .inner
            .user_data
            .borrow()
            .get(&std::any::TypeId::of::<T>())
            .cloned()?;
        d.downcast::<T>().ok()
    }

    /// Runs a full garbage collection, cycles included.
    pub fn run_gc(&self) {
        unsafe { sys::JS_RunGC(self.inner.rt) }
    }

    /// What the engine has allocated.
    pub fn memory_usage(&self) -> MemoryUsage {
        let mut m = sys::JSMemoryUsage::default();
        unsafe { sys::JS_ComputeMemoryUsage(self.inner.rt, &mut m) };
        MemoryUsage {
            malloc_size: m.malloc_size,
            memory_used_size: m.memory_used_size,
            obj_count: m.obj_count,
        }
    }

    /// The live contexts of this runtime, in creation order, each with the
    /// bytes it reaches (patch 0011): what the context references directly
    /// (its global object and global scope, prototypes, constructors,
    /// modules), functions of its realm, and whatever those reach that no
    /// context walked before it reached. Objects, their property arrays
    /// and elements, shapes, strings, function bytecode and array buffer
    /// contents are counted, each once for the whole runtime. What only
    /// the host or a stack holds and is no function is not counted. The
    /// walk changes nothing in the heap; `None` when out of memory.
    pub fn measure_contexts(&self) -> Option<Vec<(crate::Context, u64)>> {
        let rt = self.inner.rt;
        let mut n = 0;
        loop {
            let mut ctxs = vec![std::ptr::null_mut(); n];
            let mut sizes = vec![0i64; n];
            let max = std::ffi::c_int::try_from(n).ok()?;
            let count = unsafe {
                sys::JS_MeasureContextMemory(rt, ctxs.as_mut_ptr(), sizes.as_mut_ptr(), max)
            };
            let count = usize::try_from(count).ok()?;
            if count > n {
                n = count;
                continue;
            }
            return Some(
                ctxs.into_iter()
                    .zip(sizes)
                    .take(count)
                    .map(|(c, size)| {
                        // Duplicated: the engine's list holds no reference.
                        let c = unsafe { crate::Context::from_raw_dup(&self.inner, c) };
                        (c, size.max(0) as u64)
                    })
                    .collect(),
            );
        }
    }

    /// The bytes `value` reaches beyond the contexts' own objects (their
    /// global objects, prototypes and constructors, and what only those
    /// reach), each block counted once (patch 0011). `None` when out of
    /// memory, or when `value` is of another runtime.
    pub fn value_size(&self, value: &crate::Value) -> Option<u64> {
        if !value.belongs_to(&self.inner) {
            return None;
        }
        let size = unsafe { sys::JS_ComputeValueSize(self.inner.rt, value.raw()) };
        u64::try_from(size).ok()
    }

    /// Whether a promise job is waiting.
    pub fn is_job_pending(&self) -> bool {
        unsafe { sys::JS_IsJobPending(self.inner.rt) }
    }

    /// Drops the pending promise jobs without running them (patch 0025), for
    /// an owner that goes away: queued jobs would otherwise keep alive what
    /// they reach, the runtime included when that holds Rust values.
    pub fn discard_pending_jobs(&self) {
        unsafe { sys::JS_DiscardPendingJobs(self.inner.rt) };
    }

    /// Runs one pending promise job. `Ok(false)` when none was pending; an
    /// exception thrown by the job is returned (the job queue goes on).
    pub fn run_pending_job(&self) -> Result<bool, crate::Exception> {
        let mut ctx = std::ptr::null_mut();
        let r = unsafe { sys::JS_ExecutePendingJob(self.inner.rt, &mut ctx) };
        if r == 0 {
            return Ok(false);
        }
        // The job held a reference to its context while it ran; the engine
        // hands it over with the context (patch 0030), released here.
        let c = unsafe { crate::Context::from_raw_owned(&self.inner, ctx) };
        if r > 0 {
            Ok(true)
        } else {
            Err(c.take_exception())
        }
    }

    /// How many handles, values, contexts and atoms of this runtime are
    /// alive outside the engine (for tests and leak checks).
    pub fn reference_count(&self) -> usize {
        Rc::strong_count(&self.inner)
    }

    /// Whether two handles are the same runtime.
    pub fn same(&self, other: &Runtime) -> bool {
        Rc::ptr_eq(&self.inner, &other.inner)
    }
}

impl Default for Runtime {
    fn default() -> Self {
        Runtime::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Context, EvalOptions};

    #[test]
    fn rejection_tracker_sees_unhandled_and_late_handled_rejections() {
        let rt = Runtime::new();
        let ctx = Context::new(&rt);
        let seen: Rc<RefCell<Vec<(String, bool)>>> = Rc::default();
        let log = seen.clone();
        let c = ctx.clone();
        rt.set_rejection_tracker(Some(Rc::new(move |_promise, reason, handled| {
            let r = c.to_rust_string(&reason).unwrap_or_default();
            log.borrow_mut().push((r, handled));
        })));
        let opts = EvalOptions::default();
        ctx.eval(
            "var p = Promise.reject('a'); Promise.reject('b').catch(() => {});",
            &opts,
        )
        .unwrap();
        ctx.eval("p.then(null, () => {}); Promise.resolve(1);", &opts)
            .unwrap();
        while rt.run_pending_job().unwrap() {}
        // `Promise.reject('b')` has no handler until `catch` is called.
        let expected = [("a", false), ("b", false), ("b", true), ("a", true)];
        let expected: Vec<(String, bool)> =
            expected.iter().map(|(r, h)| (r.to_string(), *h)).collect();
        assert_eq!(*seen.borrow(), expected);
        rt.set_rejection_tracker(None);
    }

    fn live_contexts(rt: &Runtime) -> usize {
        rt.measure_contexts()
            .expect("memory for the measurement")
            .len()
    }

    /// Patch 0030: an `await` settled by code of another context resumes
    /// in a job queued with that context; the job holds it until it ran,
    /// even when nothing else does (it used to be freed by a collection
    /// while the resumed function still ran with it).
    #[test]
    fn a_job_keeps_its_context_alive_until_it_has_run() {
        let rt = Runtime::new();
        rt.set_gc_stress_interval(0);
        let main = Context::new(&rt);
        let opts = EvalOptions::default();
        main.eval(
            "var resumed = 'no'; (async () => { await new Promise((r) => { globalThis.res = r; }); resumed = 'yes'; })();",
            &opts,
        )
        .unwrap();
        let other = Context::new(&rt);
        let res = main.get(&main.global(), "res").unwrap();
        other.set(&other.global(), "res", res).unwrap();
        other
            .eval("Promise.resolve().then(() => res(1));", &opts)
            .unwrap();
        drop(other);
        // The other context's job calls `res`: the main function's resumption
        // is queued with the other context, which nothing else holds now.
        assert!(rt.run_pending_job().unwrap());
        rt.run_gc();
        assert_eq!(live_contexts(&rt), 2, "the queued job's context was freed");
        while rt.run_pending_job().unwrap() {}
        let resumed = main.get(&main.global(), "resumed").unwrap();
        assert_eq!(main.to_rust_string(&resumed).unwrap(), "yes");
        rt.run_gc();
        assert_eq!(live_contexts(&rt), 1, "the context outlived its job");
    }

    /// Patch 0031: in GC stress mode an allocation runs the collector, which
    /// frees cycles long before the heap would have grown enough.
    #[test]
    fn gc_stress_mode_collects_between_allocations() {
        let rt = Runtime::new();
        rt.set_gc_stress_interval(0);
        let ctx = Context::new(&rt);
        let opts = EvalOptions::default();
        rt.run_gc();
        let cycles = "for (let i = 0; i < 100; i++) { const a = {}; const b = { a }; a.b = b; }";
        ctx.eval(cycles, &opts).unwrap();
        let before = rt.memory_usage().obj_count;
        let kept = ctx.eval("({})", &opts).unwrap();
        let without = rt.memory_usage().obj_count;
        assert!(without > before, "no collection without the stress mode");
        ctx.eval(cycles, &opts).unwrap();
        rt.set_gc_stress_interval(1);
        let kept2 = ctx.eval("({})", &opts).unwrap();
        rt.set_gc_stress_interval(0);
        let with = rt.memory_usage().obj_count;
        assert!(
            with < without,
            "{with} objects after an allocation in stress mode, {without} before"
        );
        drop((kept, kept2));
    }
}
