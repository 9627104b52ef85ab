//! `node:v8`'s natives: the engine's heap numbers under V8's names, the
//! engine build's fingerprint as the cached-data version tag, and the heap
//! limit flags of `setFlagsFromString`.

use std::rc::Rc;

use jsvm::{Context, Isolate, JsResult, Value};

use crate::{arg, def};

/// V8's default heap limit on a 64-bit system, reported when no limit is
/// set (the engine then has none).
const DEFAULT_HEAP_LIMIT: f64 = 4096.0 * 1024.0 * 1024.0;

pub(crate) fn make_v8_binding(isolate: &Rc<Isolate>, main: &Context) -> JsResult<Value> {
    let b = main.new_object()?;
    // heapStatistics() -> [allocated, used, limit, contexts]
    let iso = isolate.clone();
    def(main, &b, "heapStatistics", 0, move |c, _, _| {
        let m = iso.runtime().memory_usage();
        let limit = iso.memory_limit().map_or(DEFAULT_HEAP_LIMIT, |l| l as f64);
        let contexts = iso
            .runtime()
            .measure_contexts()
            .map_or(1, |list| list.len());
        c.array_from([
            c.number(m.malloc_size as f64),
            c.number(m.memory_used_size as f64),
            c.number(limit),
            c.number(contexts as f64),
        ])
    })?;
    // setHeapLimit(megabytes)
    let iso = isolate.clone();
    def(main, &b, "setHeapLimit", 1, move |c, _, a| {
        let mb = arg(a, 0, c).as_f64().unwrap_or(0.0);
        if mb > 0.0 {
            iso.set_memory_limit(Some((mb * 1024.0 * 1024.0) as usize));
        }
        Ok(c.undefined())
    })?;
    // A 32-bit tag of the engine build and its patches: cached data made
    // by another build is rejected, as V8's tag tells.
    let tag = jsvm::engine::ENGINE_FINGERPRINT;
    let tag = ((tag >> 32) ^ (tag & 0xffff_ffff)) as u32;
    main.set(&b, "cachedDataVersionTag", main.number(f64::from(tag)))?;
    Ok(b)
}
