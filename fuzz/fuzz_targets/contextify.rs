//! Contextifies an object built from a recipe (the input's first bytes,
//! up to a 0xff byte) and runs the rest of the input, then fixed probes,
//! against it: getters and setters that throw or loop, read-only and
//! non-configurable properties, symbols, frozen, sealed and non-extensible
//! objects, proxies whose traps throw or forward, prototypes with
//! accessors, another context's global. Every global operation then goes
//! through the contextified global's exotic methods (Rust code).
#![no_main]

#[path = "common.rs"]
mod common;

use jsvm::engine::EvalOptions;
use jsvm::{ContextOptions, ScriptOptions};
use libfuzzer_sys::fuzz_target;

/// Builds the context object from a list of byte codes, in the main
/// context (run under the timeout: getters may loop when touched).
const BUILDER: &str = r#"(function build(ops) {
  const names = ['a', 'b', 'x', 'Math', 'Array', 'globalThis', 'eval', 'constructor',
    '__proto__', 'toString', 'undefined', 'NaN', 'Object', 'f', 'valueOf', 'length'];
  const sym = Symbol('s');
  let obj = {};
  let proto = null;
  for (let i = 0; i < ops.length; i++) {
    const op = ops[i] & 31, name = names[(ops[i] >> 5) + (i % 2) * 8 & 15];
    const d = (v) => { try { Object.defineProperty(obj, name, v); } catch {} };
    switch (op) {
      case 0: d({ value: i, writable: true, enumerable: true, configurable: true }); break;
      case 1: d({ get() { throw new Error('getter ' + name); }, configurable: true }); break;
      case 2: d({ get() { for (;;) {} }, configurable: true }); break;
      case 3: d({ set(v) { throw new TypeError('setter ' + name); }, get() { return 1; }, configurable: true }); break;
      case 4: d({ value: 'ro', writable: false, configurable: true }); break;
      case 5: d({ value: 'fixed', writable: false, configurable: false }); break;
      case 6: try { obj[sym] = i; obj[Symbol.toPrimitive] = () => { throw 1; }; } catch {} break;
      case 7: Object.freeze(obj); break;
      case 8: Object.seal(obj); break;
      case 9: Object.preventExtensions(obj); break;
      case 10: {
        const trap = ['get', 'set', 'has', 'deleteProperty', 'defineProperty', 'ownKeys',
          'getOwnPropertyDescriptor', 'getPrototypeOf', 'isExtensible', 'preventExtensions'][i % 10];
        obj = new Proxy(obj, { [trap]() { throw new RangeError('trap ' + trap); } });
        break;
      }
      case 11: obj = new Proxy(obj, {}); break;
      case 12: obj = new Proxy(obj, Reflect); break;
      case 13: {
        const { proxy, revoke } = Proxy.revocable(obj, {});
        obj = proxy;
        if (ops[i] & 32) revoke();
        break;
      }
      case 14: proto = { get [name]() { throw new Error('proto ' + name); } }; try { Object.setPrototypeOf(obj, proto); } catch {} break;
      case 15: try { Object.setPrototypeOf(obj, null); } catch {} break;
      case 16: d({ get() { return obj; }, configurable: true }); break;
      case 17: d({ value: globalThis, writable: true, configurable: true }); break;
      case 18: d({ value: () => { throw new Error('call ' + name); }, writable: true, configurable: true }); break;
      case 19: d({ get() { return this[name]; }, configurable: true }); break;
      case 20: try { obj[name] = new Proxy(function () {}, {}); } catch {} break;
      case 21: d({ value: { toString() { for (;;) {} } }, writable: true, configurable: true }); break;
      case 22: { const o = obj; obj = new Proxy(o, { ownKeys() { return ['a', 'a']; } }); break; }
      case 23: { const o = obj; obj = new Proxy(o, { getOwnPropertyDescriptor() { return { value: 1, configurable: false }; } }); break; }
      default: try { obj[name] = ops[i]; } catch {}
    }
  }
  return obj;
})"#;

const PROBES: &[&str] = &[
    "Object.keys(globalThis).length",
    "for (const k in globalThis) {}",
    "Object.getOwnPropertyDescriptors(globalThis)",
    "var a = 1; function b() {} a + b",
    "x = 1; delete x; typeof x",
    "Math.max(1, 2)",
    "'toString' in globalThis",
    "Object.defineProperty(globalThis, 'z', { value: 1 }); z",
    "Object.freeze(globalThis)",
    "globalThis.__proto__",
    "this.f = 1; f",
    "eval('a')",
    "String(globalThis)",
];

fuzz_target!(|data: &[u8]| {
    let split = data.iter().position(|b| *b == 0xff).unwrap_or(data.len().min(8));
    let (recipe, rest) = data.split_at(split);
    let recipe = &recipe[..recipe.len().min(32)];
    let code = common::source(rest.get(1..).unwrap_or_default());
    common::with_isolate(|iso| {
        let m = iso.main_context();
        let run = common::run_options();
        let Ok(build) = m.eval(BUILDER, &EvalOptions::default()) else {
            return;
        };
        let ops = match m.array_from(recipe.iter().map(|b| m.int(*b as i32))) {
            Ok(a) => a,
            Err(_) => return,
        };
        // Built inside a context (under a timeout): the builder runs as
        // vm code would.
        let Ok(builder_ctx) = iso.create_context(None, &ContextOptions::default()) else {
            return;
        };
        let _ = m.set(builder_ctx.object(), "build", build);
        let _ = m.set(builder_ctx.object(), "ops", ops);
        let object = match iso.run_in_context_with(
            "build(ops)",
            &builder_ctx,
            &ScriptOptions::default(),
            &run,
        ) {
            Ok(o) if o.is_object() => o,
            Ok(_) => return,
            Err(e) => {
                common::inspect_exception(iso, &e);
                return;
            }
        };
        let ctx = match iso.create_context(Some(&object), &ContextOptions::default()) {
            Ok(c) => c,
            Err(e) => {
                common::inspect_exception(iso, &e);
                return;
            }
        };
        for code in std::iter::once(code.as_str()).chain(PROBES.iter().copied()) {
            match iso.run_in_context_with(code, &ctx, &ScriptOptions::default(), &run) {
                Ok(v) => common::describe(iso, &v),
                Err(e) => common::inspect_exception(iso, &e),
            }
        }
        let _ = iso.context_of(&object);
        if iso.runtime().is_job_pending() {
            common::renew_isolate();
        }
    });
});
