//! Console output to Rust: levels, arguments, and `console.log`'s
//! formatting (compared with what Node 26 prints for the same calls).

use std::cell::RefCell;
use std::rc::Rc;

use jsvm::{ConsoleLevel, ConsoleMessage, ContextOptions, Isolate, ScriptOptions, Value};

type Lines = Rc<RefCell<Vec<(ConsoleLevel, &'static str, String, usize)>>>;

fn hooked() -> (Isolate, jsvm::VmContext, Lines) {
    let iso = Isolate::new();
    let lines: Lines = Rc::default();
    let sink = lines.clone();
    let opts = ContextOptions {
        console: Some(Rc::new(move |m: &ConsoleMessage| {
            sink.borrow_mut()
                .push((m.level, m.method, m.text.clone(), m.args.len()));
        })),
        ..Default::default()
    };
    let ctx = iso.create_context(None, &opts).unwrap();
    (iso, ctx, lines)
}

#[test]
fn console_log_formats_as_node_does() {
    let (iso, ctx, lines) = hooked();
    iso.run_in_context(
        r#"
console.log('%s has %d items', 'cart', 3, { a: [1, 'x'] });
console.log('%i|%f|%j|%%|%c.', 42.9, '1.5', { a: 1 }, 'color: red');
console.log({ get g() { throw 1 }, set s(v) {}, get gs() { return 1 }, set gs(v) {} });
const o = { name: 'o' }; o.self = o; console.log(o);
console.log(new Map([[1, { a: 2 }]]), new Set(['a']));
console.log([1, [2, [3, [4]]]], { a: { b: { c: { d: 1 } } } });
console.log(null, undefined, true, -0, 1e21, 10n, Symbol('s'), function f() {}, () => {});
console.log({ 'a-b': 1, _ok: 2 }, Object.create(null), new (class Foo {})());
console.log("it's", ["it's"]);
console.assert(false, 'x %s', 'y');
console.assert(0);
console.assert(true, 'not shown');
"#,
        &ctx,
        &ScriptOptions::default(),
    )
    .unwrap();
    let texts: Vec<String> = lines.borrow().iter().map(|l| l.2.clone()).collect();
    // Node 26's output of the same calls.
    assert_eq!(
        texts,
        [
            "cart has 3 items { a: [ 1, 'x' ] }",
            "42|1.5|{\"a\":1}|%|.",
            "{ g: [Getter], s: [Setter], gs: [Getter/Setter] }",
            "<ref *1> { name: 'o', self: [Circular *1] }",
            "Map(1) { 1 => { a: 2 } } Set(1) { 'a' }",
            "[ 1, [ 2, [ 3, [Array] ] ] ] { a: { b: { c: [Object] } } }",
            "null undefined true -0 1e+21 10n Symbol(s) [Function: f] [Function (anonymous)]",
            "{ 'a-b': 1, _ok: 2 } [Object: null prototype] {} Foo {}",
            "it's [ \"it's\" ]",
            "Assertion failed: x y",
            "Assertion failed",
        ]
    );
}

#[test]
fn levels_and_arguments_reach_the_hook() {
    let (iso, ctx, lines) = hooked();
    iso.run_in_context(
        "console.debug(1); console.info(2, 3); console.warn('w'); console.error(new Error('e').message); console.trace('t'); console.time('x'); console.count()",
        &ctx,
        &ScriptOptions::default(),
    )
    .unwrap();
    let got: Vec<(ConsoleLevel, &str, usize)> =
        lines.borrow().iter().map(|l| (l.0, l.1, l.3)).collect();
    assert_eq!(
        got,
        [
            (ConsoleLevel::Debug, "debug", 1),
            (ConsoleLevel::Info, "info", 2),
            (ConsoleLevel::Warn, "warn", 1),
            (ConsoleLevel::Error, "error", 1),
            (ConsoleLevel::Warn, "trace", 1),
        ]
    );
}

#[test]
fn inspecting_runs_no_script_code() {
    let (iso, ctx, lines) = hooked();
    iso.run_in_context(
        "globalThis.ran = false;
         const p = new Proxy({}, { ownKeys() { ran = true; return [] }, get() { ran = true } });
         const m = new Map([[1, 1]]); m.entries = function entries() { ran = true; return [][Symbol.iterator]() };
         Map.prototype.entries = function entries() { ran = true; return [][Symbol.iterator]() };
         console.log(p, m, { toString() { ran = true } }, [p]);
         console.log(ran)",
        &ctx,
        &ScriptOptions::default(),
    )
    .unwrap();
    let texts: Vec<String> = lines.borrow().iter().map(|l| l.2.clone()).collect();
    assert_eq!(texts[1], "false");
    assert!(texts[0].starts_with("<Proxy> Map {"), "{}", texts[0]);
}

#[test]
fn without_a_hook_console_does_nothing_and_the_main_context_can_have_one() {
    let iso = Isolate::new();
    let ctx = iso
        .create_context(None, &ContextOptions::default())
        .unwrap();
    let r = iso
        .run_in_context("console.log('x')", &ctx, &ScriptOptions::default())
        .unwrap();
    assert!(r.is_undefined());
    let seen: Rc<RefCell<Vec<String>>> = Rc::default();
    let sink = seen.clone();
    iso.set_console(Rc::new(move |m: &ConsoleMessage| {
        sink.borrow_mut().push(m.text.clone())
    }))
    .unwrap();
    iso.eval::<Value>("console.log('main', 1)").unwrap();
    assert_eq!(*seen.borrow(), ["main 1"]);
}
