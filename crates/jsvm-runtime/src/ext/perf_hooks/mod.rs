//! `node:perf_hooks`' natives: the high-resolution clock of `performance`.

use std::time::{Instant, SystemTime, UNIX_EPOCH};

use jsvm::{Context, JsResult, Value};

use crate::def;

/// `now()`: milliseconds since the binding was made (at startup, Node's
/// time origin); `timeOrigin`: that moment in milliseconds since the epoch.
pub(crate) fn make_perf_binding(main: &Context) -> JsResult<Value> {
    let b = main.new_object()?;
    let start = Instant::now();
    let origin = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs_f64() * 1000.0)
        .unwrap_or(0.0);
    def(main, &b, "now", 0, move |c, _, _| {
        Ok(c.number(start.elapsed().as_secs_f64() * 1000.0))
    })?;
    main.set(&b, "timeOrigin", main.number(origin))?;
    Ok(b)
}
