//! `jsvm --max-heap-size=MB` (alias `--max-old-space-size`): memory bombs
//! in vm contexts and in the program itself are `RangeError: Out of
//! memory`, which the program can catch and the host reports; the process
//! lives on and runs the next script. Node has no such behaviour to
//! compare with (V8 aborts the process when its heap is full), so the
//! expectations are written here.

use std::path::PathBuf;
use std::process::{Command, Output};

fn program(name: &str, source: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("jsvm-memory-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, source).unwrap();
    path
}

fn jsvm(args: &[&str], path: &PathBuf) -> Output {
    Command::new(env!("CARGO_BIN_EXE_jsvm"))
        .args(args)
        .arg(path)
        .output()
        .unwrap()
}

const BOMBS: &str = r#"
const vm = require('vm');
const bombs = [
  ['strings', "let a = []; for (let i = 0; ; i++) a.push('x'.repeat(1000) + i);"],
  ['arrays', 'let a = []; for (;;) a.push([1, 2, 3]);'],
  ['object graph', 'let o = {}; for (;;) o = { o };'],
  ['typed arrays', 'const a = []; for (;;) a.push(new Uint8Array(1e6));'],
];
for (const [name, code] of bombs) {
  try {
    vm.runInNewContext(`(() => { ${code} })()`);
    console.log(name, 'no error');
  } catch (e) {
    console.log(name, e.name, e.message);
  }
}
const inside = vm.runInNewContext(
  "(() => { try { (() => { const a = []; for (;;) a.push({}); })(); } catch (e) { return e.name + ': ' + e.message; } })()");
console.log('caught inside:', inside);
console.log('then', vm.runInNewContext('[1, 2, 3].map((x) => x * 2).join()'));
"#;

#[test]
fn memory_bombs_are_range_errors_and_the_host_lives_on() {
    let path = program("bombs.js", BOMBS);
    for flag in ["--max-heap-size=48", "--max-old-space-size=48"] {
        let out = jsvm(&[flag], &path);
        assert_eq!(
            String::from_utf8_lossy(&out.stdout),
            "strings RangeError Out of memory\n\
             arrays RangeError Out of memory\n\
             object graph RangeError Out of memory\n\
             typed arrays RangeError Out of memory\n\
             caught inside: RangeError: Out of memory\n\
             then 2,4,6\n",
            "{flag}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert_eq!(out.status.code(), Some(0));
    }
    // V8 flags take their value after `=` (also with underscores).
    let out = jsvm(&["--max_old_space_size=48"], &path);
    assert_eq!(out.status.code(), Some(0));
    let out = jsvm(&["--max-heap-size", "48"], &path);
    assert_eq!(out.status.code(), Some(9));
}

#[test]
fn an_uncaught_out_of_memory_error_is_reported_not_an_abort() {
    let path = program(
        "uncaught.js",
        "const keep = [];\nfor (;;) keep.push({ n: keep.length });\n",
    );
    let out = jsvm(&["--max-heap-size=32"], &path);
    // An exit code, not a signal: the process was not aborted.
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("RangeError: Out of memory"), "{stderr}");
}

#[test]
fn bad_limits_are_refused() {
    let path = program("empty.js", "console.log('ran');\n");
    let out = jsvm(&["--max-heap-size=lots"], &path);
    assert_eq!(out.status.code(), Some(9));
    // V8's words, then Node's (with the binary's name as run).
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        format!(
            "Error: illegal value for flag --max-heap-size=lots of type size_t\n\
             Try --help for options\n\
             {}: bad option: --max-heap-size=lots\n",
            env!("CARGO_BIN_EXE_jsvm")
        )
    );
    assert_eq!(jsvm(&["--max-heap-size=64"], &path).stdout, b"ran\n");
}

#[test]
fn deep_recursion_is_a_range_error_at_any_stack_size() {
    let path = program(
        "recursion.js",
        "function f() { return f(); }\ntry { f(); } catch (e) { console.log(e.name, e.message); }\n",
    );
    for size in ["--stack-size=64", "--stack-size=1024", "--stack-size=4000"] {
        let out = jsvm(&[size], &path);
        assert_eq!(
            String::from_utf8_lossy(&out.stdout),
            "RangeError Maximum call stack size exceeded\n",
            "{size}"
        );
    }
}
