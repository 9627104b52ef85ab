//! Arbitrary bytes as `cachedData`: for a script, a `compileFunction`
//! function and a `SourceTextModule`, with a fixed valid source or a
//! source taken from the input. The data is either the input's bytes, or
//! real cached data (of this source, or of the same text compiled as
//! another kind or under another filename) mutated by the input: bits
//! flipped, bytes set, inserted and deleted, truncated, extended, header
//! fields overwritten. Whatever it is, the compile either reads it (only
//! when it is exactly what jsvm made for this compile) or rejects it and
//! compiles the source; the code then runs under a timeout and the host
//! keeps working.
//!
//! Out of scope (the format's promise is rejection before the engine's
//! bytecode reader for data jsvm did not make; data from an untrusted
//! producer is not defended against): data whose checksum is valid but
//! that jsvm did not make. The harness skips such data, which libFuzzer's
//! comparison tracing could otherwise build.
//!
//! The first byte chooses: bits 0-1 the kind (script, function, module,
//! module), bit 2 a source from the input (up to the first 0 byte) rather
//! than the fixed one, bit 3 the input's bytes as the data rather than
//! mutated real data. The rest is the data, or the mutations, 4 bytes
//! each.
#![no_main]

#[path = "common.rs"]
mod common;

use std::time::Duration;

use jsvm::cache::HEADER_LEN;
use jsvm::{
    CachedDataStatus, ContextOptions, FunctionOptions, Isolate, MicrotaskMode, ModuleOptions,
    ModuleStatus, RunOptions, ScriptOptions, VmContext,
};
use libfuzzer_sys::fuzz_target;

/// The fixed script: closures, classes, generators, async code,
/// regular expressions, BigInt, templates, destructuring, a source map
/// URL (the data's metadata).
const SCRIPT: &str = r#"
'use strict';
class A { #p = 1; static s = 2; get p() { return this.#p; } m(...a) { return a.length; } }
function* g(n) { for (let i = 0; i < n; i++) yield i * i; }
const { x = 3, ...rest } = { y: [1, 2], z: 'z' };
const re = /(?<w>\w+)-\1/u;
async function f() { await null; return 1; }
f();
const big = 2n ** 70n;
let out = `${[...g(5)].join()}|${new A().p}|${A.s}|${x}|${Object.keys(rest)}|` +
  `${re.exec('ab-ab').groups.w}|${big}|${[3, 1, 2].sort((a, b) => a - b)}|` +
  `${(() => { try { null.x; } catch (e) { return e.constructor.name; } })()}|${typeof f}`;
out
//# sourceMappingURL=fixed.js.map
"#;

/// What [`SCRIPT`] returns.
const SCRIPT_RESULT: &str =
    "0,1,4,9,16|1|2|3|y,z|ab|1180591620717411303424|1,2,3|TypeError|function";

/// The fixed function body and its parameters.
const BODY: &str = "let s = 0; for (const v of [a, b, ...rest]) s += v; \
                    return s + (function inner() { return arguments.length; })(1, 2);";
const PARAMS: &[&str] = &["a", "b", "...rest"];

/// The fixed module: imports (linked to synthetic modules and itself),
/// exports, top-level await, `import.meta`.
const MODULE: &str = r#"
import { x } from 'syn';
import * as self from 'self';
export const y = typeof x;
export default class K { static z = 7; }
export function f(a) { return a + K.z; }
await Promise.resolve();
globalThis.done = Object.keys(self).length + f(1) + typeof import.meta;
"#;

/// Cached data passed every check of jsvm's format (the magic, version,
/// lengths and checksum): data not made by jsvm that does is forged, and
/// out of scope.
fn sealed(data: &[u8]) -> bool {
    use xxhash_rust::xxh3::Xxh3;
    if data.len() < HEADER_LEN || !data.starts_with(&jsvm::cache::MAGIC) {
        return false;
    }
    let mut h = Xxh3::new();
    h.update(&data[..HEADER_LEN - 8]);
    h.update(&data[HEADER_LEN..]);
    h.digest().to_le_bytes() == data[HEADER_LEN - 8..HEADER_LEN]
}

#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Script,
    Function,
    Module,
}

/// The code to compile: the source text, and for a function its
/// parameters.
struct Code<'a> {
    text: &'a str,
    params: Vec<&'a str>,
}

fn filename(variant: u8) -> String {
    if variant == 0 {
        "fuzz.js".into()
    } else {
        format!("other{variant}.js")
    }
}

/// Real cached data for `code` compiled as `kind` under filename variant
/// `variant` (0 being the compile under test) and line offset `line`.
fn produce(
    iso: &Isolate,
    ctx: &VmContext,
    code: &Code<'_>,
    kind: Kind,
    variant: u8,
    line: i32,
) -> Option<Vec<u8>> {
    match kind {
        Kind::Script => {
            let opts = ScriptOptions {
                filename: filename(variant),
                line_offset: line,
                column_offset: 0,
            };
            iso.compile_script_in(code.text, &opts, Some(ctx))
                .ok()?
                .create_cached_data()
                .ok()
        }
        Kind::Function => {
            let opts = FunctionOptions {
                filename: filename(variant),
                line_offset: line,
                parsing_context: Some(ctx.clone()),
                ..Default::default()
            };
            iso.compile_function_with_cache(code.text, &code.params, &opts, None)
                .ok()?
                .create_cached_data()
                .ok()
        }
        Kind::Module => {
            let opts = ModuleOptions {
                identifier: Some(filename(variant)),
                context: Some(ctx.clone()),
                line_offset: line,
                ..Default::default()
            };
            iso.source_text_module(code.text, &opts)
                .ok()?
                .create_cached_data()
                .ok()
        }
    }
}

/// Applies the input's mutations to `data`; `others` gives real data made
/// for other compiles (another kind, filename or offset).
fn mutate(data: &mut Vec<u8>, ops: &[u8], others: &mut dyn FnMut(u8) -> Option<Vec<u8>>) {
    // Header fields: offset and width.
    const FIELDS: [(usize, usize); 10] = [
        (0, 8),
        (8, 4),
        (12, 4),
        (16, 8),
        (24, 8),
        (32, 16),
        (48, 4),
        (52, 4),
        (56, 8),
        (64, 8),
    ];
    for op in ops.chunks(4).take(16) {
        let &[o, a, b, c] = op else { break };
        let len = data.len();
        let pos = (u16::from_le_bytes([a, b]) as usize) % (len + 1);
        match o % 10 {
            0 if pos < len => data[pos] ^= 1 << (c & 7),
            1 if pos < len => data[pos] = c,
            2 => data.truncate(pos),
            3 => data.insert(pos, c),
            4 if pos < len => {
                data.remove(pos);
            }
            5 => data.extend(std::iter::repeat_n(c, (a as usize) + 1)),
            6 => {
                // A header field set to a value chosen to trip the
                // checks: 0, 1, all ones, the data's length, a byte.
                let (at, width) = FIELDS[(a % 10) as usize];
                if at + width <= len {
                    let value: u64 = match b % 5 {
                        0 => 0,
                        1 => 1,
                        2 => u64::MAX,
                        3 => len as u64,
                        _ => c as u64,
                    };
                    let bytes = value.to_le_bytes();
                    for i in 0..width {
                        data[at + i] = bytes[i % 8];
                    }
                }
            }
            7 => {
                // A header field taken from real data of another compile.
                if let Some(other) = others(c) {
                    let (at, width) = FIELDS[(a % 10) as usize];
                    if at + width <= len && at + width <= other.len() {
                        data[at..at + width].copy_from_slice(&other[at..at + width]);
                    }
                }
            }
            8 => {
                // Real data of another compile, whole.
                if let Some(other) = others(c) {
                    *data = other;
                }
            }
            _ => {
                // The payload of another compile behind this header.
                if let Some(other) = others(c) {
                    data.truncate(HEADER_LEN.min(len));
                    data.extend_from_slice(other.get(HEADER_LEN..).unwrap_or_default());
                }
            }
        }
    }
}

fn run_options(ms: u64) -> RunOptions {
    RunOptions {
        timeout: Some(Duration::from_millis(ms)),
        break_on_sigint: false,
    }
}

/// The host keeps working: another script runs in the context.
fn check_alive(iso: &Isolate, ctx: &VmContext) {
    let after = iso.run_in_context_with("6 * 7", ctx, &ScriptOptions::default(), &run_options(20));
    if let Ok(v) = after {
        assert_eq!(v.as_i32(), Some(42));
    }
    if iso.runtime().is_job_pending() {
        common::renew_isolate();
    }
}

/// Data accepted only if made for this compile; the data made for it
/// (`exact`) always accepted.
fn check_status(status: CachedDataStatus, fits: bool, exact: bool) {
    if status == CachedDataStatus::Accepted {
        assert!(fits, "cached data not made for this compile was accepted");
    } else if exact {
        panic!("cached data made for this compile was not accepted: {status:?}");
    }
}

fuzz_target!(|input: &[u8]| {
    let Some((&head, rest)) = input.split_first() else {
        return;
    };
    let kind = match head & 3 {
        0 => Kind::Script,
        1 => Kind::Function,
        _ => Kind::Module,
    };
    let derived = head & 4 != 0;
    let raw = head & 8 != 0;
    let derived_text;
    let (text, rest) = if derived {
        let end = rest.iter().position(|b| *b == 0).unwrap_or(rest.len());
        derived_text = common::source(&rest[..end]);
        (
            derived_text.as_str(),
            rest.get(end + 1..).unwrap_or_default(),
        )
    } else {
        let fixed = match kind {
            Kind::Script => SCRIPT,
            Kind::Function => BODY,
            Kind::Module => MODULE,
        };
        (fixed, rest)
    };
    let code = Code {
        text,
        params: if kind == Kind::Function && !derived {
            PARAMS.to_vec()
        } else {
            Vec::new()
        },
    };
    common::with_isolate(|iso| {
        let Ok(ctx) = iso.create_context(
            None,
            &ContextOptions {
                microtask_mode: MicrotaskMode::AfterEvaluate,
                ..Default::default()
            },
        ) else {
            return;
        };
        let genuine = produce(iso, &ctx, &code, kind, 0, 0);
        let mut others_made: Vec<(Vec<u8>, bool)> = Vec::new();
        let data = if raw {
            rest.to_vec()
        } else {
            let Some(g) = genuine.clone() else {
                return;
            };
            let mut data = g;
            let mut others = |c: u8| {
                let kinds = [Kind::Script, Kind::Function, Kind::Module];
                let (other_kind, line) = (kinds[(c % 3) as usize], (c >> 4) as i32 % 3);
                let other = produce(iso, &ctx, &code, other_kind, (c >> 2) % 3, line)?;
                // A module's data is for its source and offsets, under any
                // identifier.
                let fits = other_kind == kind && kind == Kind::Module && line == 0;
                others_made.push((other.clone(), fits));
                Some(other)
            };
            mutate(&mut data, rest, &mut others);
            data
        };
        let made_by_jsvm =
            genuine.as_deref() == Some(&data[..]) || others_made.iter().any(|o| o.0 == data);
        if sealed(&data) && !made_by_jsvm {
            return;
        }
        // What may be accepted: the data made for this compile.
        let fits =
            genuine.as_deref() == Some(&data[..]) || others_made.iter().any(|o| o.1 && o.0 == data);
        let exact = genuine.as_deref() == Some(&data[..]);
        let genuine = genuine.as_deref();
        match kind {
            Kind::Script => {
                let opts = ScriptOptions {
                    filename: filename(0),
                    ..Default::default()
                };
                match iso.compile_script_with_cache(text, &opts, Some(&ctx), Some(&data)) {
                    Ok(script) => {
                        check_status(script.cached_data_status(), fits, exact);
                        if script.cached_data_status() == CachedDataStatus::Accepted {
                            // Read back, it makes the same data again.
                            if let Ok(again) = script.create_cached_data() {
                                assert_eq!(Some(&again[..]), genuine);
                            }
                        }
                        let ms = if derived { 20 } else { 1000 };
                        match script.run_in_context_with(&ctx, &run_options(ms)) {
                            Ok(v) => {
                                if !derived {
                                    assert_eq!(
                                        iso.main_context().to_rust_string(&v).ok().as_deref(),
                                        Some(SCRIPT_RESULT)
                                    );
                                    assert_eq!(script.source_map_url(), Some("fixed.js.map"));
                                }
                                common::describe(iso, &v);
                            }
                            Err(e) => common::inspect_exception(iso, &e),
                        }
                    }
                    Err(e) => common::inspect_exception(iso, &e),
                }
            }
            Kind::Function => {
                let opts = FunctionOptions {
                    filename: filename(0),
                    parsing_context: Some(ctx.clone()),
                    ..Default::default()
                };
                match iso.compile_function_with_cache(text, &code.params, &opts, Some(&data)) {
                    Ok(f) => {
                        check_status(f.cached_data_status(), fits, exact);
                        let m = iso.main_context();
                        if m.set(ctx.object(), "f", f.function.clone()).is_ok() {
                            let ms = if derived { 20 } else { 1000 };
                            let r = iso.run_in_context_with(
                                "f(1, 2, 3, 4)",
                                &ctx,
                                &ScriptOptions::default(),
                                &run_options(ms),
                            );
                            match r {
                                Ok(v) => {
                                    if !derived {
                                        assert_eq!(v.as_i32(), Some(12));
                                    }
                                    common::describe(iso, &v);
                                }
                                Err(e) => common::inspect_exception(iso, &e),
                            }
                        }
                    }
                    Err(e) => common::inspect_exception(iso, &e),
                }
            }
            Kind::Module => {
                let opts = ModuleOptions {
                    identifier: Some(filename(0)),
                    context: Some(ctx.clone()),
                    cached_data: Some(data.clone()),
                    ..Default::default()
                };
                match iso.source_text_module(text, &opts) {
                    Ok(module) => {
                        check_status(module.cached_data_status(), fits, exact);
                        run_module(iso, &ctx, &module, derived);
                    }
                    Err(e) => common::inspect_exception(iso, &e),
                }
            }
        }
        check_alive(iso, &ctx);
    });
});

/// Links a module (`'self'` and cycles to itself, anything else to a
/// synthetic module exporting `x` and `default`) and evaluates it.
fn run_module(iso: &Isolate, ctx: &VmContext, module: &jsvm::Module, derived: bool) {
    let m = iso.main_context();
    let Ok(noop) = m.eval("(function () {})", &Default::default()) else {
        return;
    };
    let opts = ModuleOptions {
        context: Some(ctx.clone()),
        ..Default::default()
    };
    let linked = module.link(&mut |spec, _req, referencing| {
        if spec == "self" || spec.is_empty() {
            Ok(referencing.clone())
        } else {
            iso.synthetic_module(&["x".into(), "default".into()], &noop, &opts)
        }
    });
    if let Err(e) = linked {
        common::inspect_exception(iso, &e);
        return;
    }
    let ms = if derived { 20 } else { 1000 };
    match module.evaluate(&run_options(ms)) {
        Ok(p) => {
            let _ = m.promise_state(&p);
            if !derived {
                assert_eq!(module.status(), ModuleStatus::Evaluated);
                let done = m.get(ctx.object(), "done").ok();
                assert_eq!(
                    done.and_then(|v| m.to_rust_string(&v).ok()).as_deref(),
                    Some("11object")
                );
            }
        }
        Err(e) => common::inspect_exception(iso, &e),
    }
    if module.status() == ModuleStatus::Errored {
        if let Ok(e) = module.error() {
            common::describe(iso, &e);
        }
    }
}
