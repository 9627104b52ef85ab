//! A console whose output goes to Rust: [`ContextOptions::console`]
//! (crate::ContextOptions::console) for a context, [`Isolate::set_console`]
//! for the main context. Each call of `console.log` and its kin reaches the
//! hook with its level, its arguments and their text formatted as
//! `console.log` does (`%s`/`%d`/`%i`/`%f`/`%j`/`%o`/`%O`/`%c`/`%%`
//! substitutions, then the other arguments inspected in the style of
//! `util.inspect`, without running any of the script's code: getters show
//! as `[Getter]`).
//!
//! ```
//! use std::cell::RefCell;
//! use std::rc::Rc;
//! use jsvm::{ConsoleLevel, ContextOptions, Isolate, ScriptOptions};
//!
//! let iso = Isolate::new();
//! let lines = Rc::new(RefCell::new(Vec::new()));
//! let sink = lines.clone();
//! let options = ContextOptions {
//!     console: Some(Rc::new(move |m: &jsvm::ConsoleMessage| {
//!         sink.borrow_mut().push(format!("{:?} {}", m.level, m.text));
//!     })),
//!     ..Default::default()
//! };
//! let ctx = iso.create_context(None, &options).unwrap();
//! iso.run_in_context(
//!     "console.log('%s has %d items', 'cart', 3, { a: [1, 'x'] }); console.error(new Map([[1, 2]]))",
//!     &ctx,
//!     &ScriptOptions::default(),
//! )
//! .unwrap();
//! assert_eq!(
//!     *lines.borrow(),
//!     ["Log cart has 3 items { a: [ 1, 'x' ] }", "Error Map(1) { 1 => 2 }"]
//! );
//! ```

use std::rc::Rc;

use jsvm_engine::{flags, Context, JsResult, Value};

use crate::convert::data_string;
use crate::Isolate;

/// The severity of a console call.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ConsoleLevel {
    /// `console.debug`.
    Debug,
    /// `console.info`.
    Info,
    /// `console.log`, `dir`, `dirxml`, `table`, `group`,
    /// `groupCollapsed`, `timeLog`, `count`.
    Log,
    /// `console.warn`, `trace`.
    Warn,
    /// `console.error`, a failed `console.assert`.
    Error,
}

/// One call of a console method.
#[derive(Debug)]
pub struct ConsoleMessage {
    /// Its severity.
    pub level: ConsoleLevel,
    /// The method called (`log`, `warn`, ...).
    pub method: &'static str,
    /// The arguments as given (for `assert`, those after the condition).
    pub args: Vec<Value>,
    /// The arguments formatted as `console.log` prints them.
    pub text: String,
}

/// Receives each console call of the contexts it is given to. Like host
/// functions, it must not capture [`Value`]s.
pub type ConsoleHook = Rc<dyn Fn(&ConsoleMessage)>;

const METHODS: &[(&str, ConsoleLevel)] = &[
    ("log", ConsoleLevel::Log),
    ("info", ConsoleLevel::Info),
    ("debug", ConsoleLevel::Debug),
    ("warn", ConsoleLevel::Warn),
    ("error", ConsoleLevel::Error),
    ("trace", ConsoleLevel::Warn),
    ("dir", ConsoleLevel::Log),
    ("dirxml", ConsoleLevel::Log),
    ("table", ConsoleLevel::Log),
    ("group", ConsoleLevel::Log),
    ("groupCollapsed", ConsoleLevel::Log),
];

/// Methods that exist and do nothing (no output of their own here).
const SILENT: &[&str] = &[
    "groupEnd",
    "clear",
    "countReset",
    "profile",
    "profileEnd",
    "time",
    "timeEnd",
    "timeLog",
    "timeStamp",
    "context",
    "count",
];

/// Defines a `console` whose methods call `hook` on `target` (writable,
/// configurable, not enumerable, as V8's).
pub(crate) fn install(ctx: &Context, target: &Value, hook: ConsoleHook) -> JsResult<()> {
    let console = ctx.new_object()?;
    let method_flags = flags::WRITABLE | flags::ENUMERABLE | flags::CONFIGURABLE | flags::THROW;
    for &(method, level) in METHODS {
        let hook = hook.clone();
        let f = ctx.new_function(method, 0, move |c, _, args| {
            let text = format(c, args);
            hook(&ConsoleMessage {
                level,
                method,
                args: args.to_vec(),
                text,
            });
            Ok(c.undefined())
        })?;
        ctx.define_value(&console, method, f, method_flags)?;
    }
    let h = hook.clone();
    let assert = ctx.new_function("assert", 0, move |c, _, args| {
        if args.first().is_some_and(|v| c.to_bool(v)) {
            return Ok(c.undefined());
        }
        let rest = args.get(1..).unwrap_or(&[]);
        let text = match rest.first() {
            Some(first) if first.is_string() => {
                format!("Assertion failed: {}", format(c, rest))
            }
            Some(_) => format!("Assertion failed {}", format(c, rest)),
            None => "Assertion failed".to_string(),
        };
        h(&ConsoleMessage {
            level: ConsoleLevel::Error,
            method: "assert",
            args: rest.to_vec(),
            text,
        });
        Ok(c.undefined())
    })?;
    ctx.define_value(&console, "assert", assert, method_flags)?;
    for &method in SILENT {
        let f = ctx.new_function(method, 0, |c, _, _| Ok(c.undefined()))?;
        ctx.define_value(&console, method, f, method_flags)?;
    }
    ctx.define_value(
        target,
        "console",
        console,
        flags::WRITABLE | flags::CONFIGURABLE | flags::THROW,
    )?;
    Ok(())
}

/// The text `console.log(...args)` prints.
pub fn format(ctx: &Context, args: &[Value]) -> String {
    let mut out = String::new();
    let mut rest = args;
    if let Some(first) = args.first().filter(|v| v.is_string()) {
        let f = ctx.to_rust_string(first).unwrap_or_default();
        rest = &args[1..];
        let mut chars = f.chars().peekable();
        while let Some(ch) = chars.next() {
            if ch != '%' {
                out.push(ch);
                continue;
            }
            let Some(&spec) = chars.peek() else {
                out.push('%');
                break;
            };
            if spec == '%' {
                chars.next();
                out.push('%');
                continue;
            }
            if !"sdifjoOc".contains(spec) {
                out.push('%');
                continue;
            }
            chars.next();
            let Some((arg, tail)) = rest.split_first() else {
                out.push('%');
                out.push(spec);
                continue;
            };
            rest = tail;
            match spec {
                's' if arg.is_string() => {
                    out.push_str(&ctx.to_rust_string(arg).unwrap_or_default())
                }
                's' => out.push_str(&inspect(ctx, arg, 1)),
                'o' => out.push_str(&inspect(ctx, arg, 4)),
                'd' | 'i' => {
                    let n = if arg.is_object() {
                        f64::NAN
                    } else {
                        ctx.to_number(arg).unwrap_or(f64::NAN)
                    };
                    let n = if spec == 'i' { n.trunc() } else { n };
                    out.push_str(&number(ctx, n));
                }
                'f' => {
                    let n = if arg.is_symbol() {
                        f64::NAN
                    } else {
                        ctx.to_number(arg).unwrap_or(f64::NAN)
                    };
                    out.push_str(&number(ctx, n));
                }
                'j' => {
                    let s = ctx
                        .json_stringify(arg)
                        .and_then(|s| ctx.to_rust_string(&s))
                        .unwrap_or_else(|_| "[Circular]".into());
                    out.push_str(&s);
                }
                'O' => out.push_str(&inspect(ctx, arg, 2)),
                _ => {} // %c: CSS, ignored
            }
        }
        if rest.is_empty() {
            return out;
        }
        out.push(' ');
    }
    let parts: Vec<String> = rest
        .iter()
        .map(|v| {
            if v.is_string() {
                ctx.to_rust_string(v).unwrap_or_default()
            } else {
                inspect(ctx, v, 2)
            }
        })
        .collect();
    out.push_str(&parts.join(" "));
    out
}

/// A number as `util.inspect` writes it (JavaScript's `ToString`, and
/// `-0`).
fn number(ctx: &Context, n: f64) -> String {
    if n == 0.0 && n.is_sign_negative() {
        return "-0".into();
    }
    ctx.to_rust_string(&ctx.number(n)).unwrap_or_default()
}

/// A JavaScript string literal as `util.inspect` quotes it.
fn quote(s: &str) -> String {
    let q = if !s.contains('\'') {
        '\''
    } else if !s.contains('"') {
        '"'
    } else if !s.contains('`') {
        '`'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(q);
    for ch in s.chars() {
        match ch {
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\\' => out.push_str("\\\\"),
            c if c == q => {
                out.push('\\');
                out.push(c);
            }
            c => out.push(c),
        }
    }
    out.push(q);
    out
}

/// A property key as `util.inspect` shows it.
fn key_text(k: &str) -> String {
    let ident = k
        .chars()
        .next()
        .is_some_and(|c| c.is_alphabetic() || c == '_' || c == '$')
        && k.chars()
            .all(|c| c.is_alphanumeric() || c == '_' || c == '$');
    if ident {
        k.to_string()
    } else {
        quote(k)
    }
}

/// `util.inspect`-style text of a value, `depth` levels of objects deep,
/// without running any code of the script (no getter, no proxy trap, no
/// `toString`).
pub fn inspect(ctx: &Context, v: &Value, depth: usize) -> String {
    let mut seen = Seen::default();
    inspect_in(ctx, v, depth + 1, &mut seen)
}

/// The objects being shown (to find cycles), and the one a cycle goes
/// back to.
#[derive(Default)]
struct Seen {
    stack: Vec<usize>,
    target: Option<usize>,
}

impl Seen {
    fn contains(&mut self, id: usize) -> bool {
        let hit = self.stack.contains(&id);
        if hit && self.target.is_none() {
            self.target = Some(id);
        }
        hit
    }
    fn push(&mut self, id: usize) {
        self.stack.push(id);
    }
    /// Ends showing object `id`; its text gets `<ref *1>` when a cycle
    /// went back to it.
    fn pop(&mut self, text: String) -> String {
        let id = self.stack.pop();
        if id.is_some() && id == self.target {
            format!("<ref *1> {text}")
        } else {
            text
        }
    }
}

fn inspect_in(ctx: &Context, v: &Value, depth: usize, seen: &mut Seen) -> String {
    if v.is_undefined() {
        return "undefined".into();
    }
    if v.is_null() {
        return "null".into();
    }
    if let Some(b) = v.as_bool() {
        return b.to_string();
    }
    if let Some(n) = v.as_f64() {
        return number(ctx, n);
    }
    if v.is_string() {
        return quote(&ctx.to_rust_string(v).unwrap_or_default());
    }
    if v.is_bigint() {
        return format!("{}n", ctx.to_rust_string(v).unwrap_or_default());
    }
    if v.is_symbol() {
        // A symbol's key names it by its description.
        let d = jsvm_engine::PropertyKey::to_atom(v, ctx)
            .and_then(|a| a.to_string(ctx))
            .unwrap_or_default();
        return format!("Symbol({d})");
    }
    if !v.is_object() {
        return String::new();
    }
    if v.is_proxy() {
        return "<Proxy>".into();
    }
    if ctx.is_function(v) {
        let name = data_string(ctx, v, "name").unwrap_or_default();
        return if name.is_empty() {
            "[Function (anonymous)]".into()
        } else {
            format!("[Function: {name}]")
        };
    }
    if v.is_error() {
        let stack = ctx
            .get_own_property(v, "stack")
            .ok()
            .flatten()
            .and_then(|d| d.value)
            .filter(|s| s.is_string())
            .and_then(|s| ctx.to_rust_string(&s).ok());
        if let Some(s) = stack {
            return s;
        }
        let name = data_string(ctx, v, "name").unwrap_or_else(|| "Error".into());
        let message = data_string(ctx, v, "message").unwrap_or_default();
        return if message.is_empty() {
            format!("[{name}]")
        } else {
            format!("[{name}: {message}]")
        };
    }
    let id = v.object_id().unwrap_or_default();
    if seen.contains(id) {
        return "[Circular *1]".into();
    }
    let ctor = ctx
        .get_prototype(v)
        .ok()
        .filter(|p| p.is_object() && !p.is_proxy())
        .and_then(|p| ctx.get_own_property(&p, "constructor").ok().flatten())
        .and_then(|d| d.value)
        .and_then(|c| data_string(ctx, &c, "name"));
    // Map and Set entries, read without calling their methods.
    if let Some(kind) = ctor.as_deref().filter(|c| *c == "Map" || *c == "Set") {
        let entries = collection_entries(ctx, v, kind == "Map");
        if let Some(entries) = entries {
            if depth == 0 {
                return format!("[{kind}]");
            }
            seen.push(id);
            let items: Vec<String> = entries
                .iter()
                .map(|(k, val)| match val {
                    Some(val) => format!(
                        "{} => {}",
                        inspect_in(ctx, k, depth - 1, seen),
                        inspect_in(ctx, val, depth - 1, seen)
                    ),
                    None => inspect_in(ctx, k, depth - 1, seen),
                })
                .collect();
            let text = if items.is_empty() {
                format!("{kind}(0) {{}}")
            } else {
                format!("{kind}({}) {{ {} }}", items.len(), items.join(", "))
            };
            return seen.pop(text);
        }
    }
    let array = v.is_array();
    if depth == 0 {
        return if array {
            "[Array]".into()
        } else {
            format!("[{}]", ctor.as_deref().unwrap_or("Object"))
        };
    }
    seen.push(id);
    let mut items = Vec::new();
    let keys = ctx.own_keys(v, false, true).unwrap_or_default();
    for key in keys {
        let Ok(name) = key.to_string(ctx) else {
            continue;
        };
        if array && name == "length" {
            continue;
        }
        let Ok(Some(d)) = ctx.get_own_property(v, &key) else {
            continue;
        };
        let shown = match (&d.value, &d.get, &d.set) {
            (Some(val), _, _) => inspect_in(ctx, val, depth - 1, seen),
            (None, Some(g), Some(s)) if !g.is_undefined() && !s.is_undefined() => {
                "[Getter/Setter]".into()
            }
            (None, Some(g), _) if !g.is_undefined() => "[Getter]".into(),
            _ => "[Setter]".into(),
        };
        let index = array && name.parse::<u32>().is_ok();
        items.push(if index {
            shown
        } else {
            format!("{}: {}", key_text(&name), shown)
        });
    }
    let text = if array {
        if items.is_empty() {
            "[]".to_string()
        } else {
            format!("[ {} ]", items.join(", "))
        }
    } else {
        let prefix = match ctor.as_deref() {
            Some("Object") => String::new(),
            Some(name) => format!("{name} "),
            None => "[Object: null prototype] ".into(),
        };
        if items.is_empty() {
            format!("{prefix}{{}}")
        } else {
            format!("{prefix}{{ {} }}", items.join(", "))
        }
    };
    seen.pop(text)
}

/// The entries of a Map (key and value) or a Set (value only), from the
/// engine's preview of a fresh iterator: `Map.prototype.entries` and
/// `Set.prototype.values` of the realm are the built-ins, read from the
/// prototype's own data properties (a script that replaced them gets
/// `None`, and the object is shown as an object).
fn collection_entries(
    ctx: &Context,
    v: &Value,
    is_map: bool,
) -> Option<Vec<(Value, Option<Value>)>> {
    let proto = ctx.get_prototype(v).ok()?;
    let method = ctx
        .get_own_property(&proto, if is_map { "entries" } else { "values" })
        .ok()??
        .value?;
    // A built-in of that name runs no script code.
    let native = method.is_builtin_function()
        && data_string(ctx, &method, "name")
            .is_some_and(|n| n == if is_map { "entries" } else { "values" });
    if !native {
        return None;
    }
    let iter = ctx.call(&method, v, &[]).ok()?;
    let (flat, pairs) = ctx.preview_entries(&iter).ok()??;
    let n = ctx.get(&flat, "length").ok()?.as_f64()? as u32;
    let mut out = Vec::new();
    if pairs {
        let mut i = 0;
        while i + 1 < n {
            out.push((
                ctx.get_index(&flat, i).ok()?,
                Some(ctx.get_index(&flat, i + 1).ok()?),
            ));
            i += 2;
        }
    } else {
        for i in 0..n {
            out.push((ctx.get_index(&flat, i).ok()?, None));
        }
    }
    Some(out)
}

impl Isolate {
    /// Gives the main context a `console` whose calls go to `hook` (see
    /// [`ConsoleMessage`]). Contexts get theirs with
    /// [`ContextOptions::console`](crate::ContextOptions::console).
    pub fn set_console(&self, hook: ConsoleHook) -> JsResult<()> {
        install(&self.main, &self.main.global(), hook)
    }
}
