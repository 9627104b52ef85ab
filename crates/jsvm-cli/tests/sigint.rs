//! SIGINT sent from outside to a child `jsvm`, as a user's Ctrl+C would be:
//! `breakOnSigint` stops the run, listeners work after it, and without
//! either the signal ends the process.

use std::io::{BufRead, BufReader, Lines};
use std::path::PathBuf;
use std::process::{Child, ChildStdout, Command, Stdio};

fn program(name: &str, source: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("jsvm-sigint-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, source).unwrap();
    path
}

fn spawn(path: &PathBuf) -> (Child, Lines<BufReader<ChildStdout>>) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_jsvm"))
        .arg(path)
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .unwrap();
    let lines = BufReader::new(child.stdout.take().unwrap()).lines();
    (child, lines)
}

fn sigint(child: &Child) {
    // SAFETY: kill(2) on our own child.
    assert_eq!(unsafe { libc::kill(child.id() as i32, libc::SIGINT) }, 0);
}

fn next(lines: &mut Lines<BufReader<ChildStdout>>) -> String {
    lines.next().expect("the child ended early").unwrap()
}

#[test]
fn break_on_sigint_stops_the_run_and_listeners_work_afterwards() {
    let path = program(
        "break.js",
        r#"
const vm = require('vm');
process.on('SIGINT', (signal) => {
  console.log(`listener ${signal}`);
  process.exit(0);
});
try {
  vm.runInNewContext('log("ready"); for (;;) {}', { log: console.log }, { breakOnSigint: true });
} catch (e) {
  console.log(e.code);
}
console.log('after');
setInterval(() => {}, 1000);
"#,
    );
    let (mut child, mut lines) = spawn(&path);
    assert_eq!(next(&mut lines), "ready");
    sigint(&child);
    assert_eq!(next(&mut lines), "ERR_SCRIPT_EXECUTION_INTERRUPTED");
    assert_eq!(next(&mut lines), "after");
    sigint(&child);
    assert_eq!(next(&mut lines), "listener SIGINT");
    assert!(child.wait().unwrap().success());
}

#[test]
fn without_listener_or_break_on_sigint_sigint_ends_the_process() {
    use std::os::unix::process::ExitStatusExt;
    let path = program(
        "plain.js",
        r#"
const vm = require('vm');
try {
  vm.runInNewContext('log("ready"); for (;;) {}', { log: console.log }, { breakOnSigint: true });
} catch (e) {
  console.log(e.code);
}
console.log('waiting');
setInterval(() => {}, 1000);
"#,
    );
    let (mut child, mut lines) = spawn(&path);
    assert_eq!(next(&mut lines), "ready");
    sigint(&child);
    assert_eq!(next(&mut lines), "ERR_SCRIPT_EXECUTION_INTERRUPTED");
    assert_eq!(next(&mut lines), "waiting");
    sigint(&child);
    let status = child.wait().unwrap();
    assert_eq!(status.signal(), Some(libc::SIGINT), "{status:?}");
}

#[test]
fn a_run_without_break_on_sigint_is_ended_by_sigint() {
    use std::os::unix::process::ExitStatusExt;
    let path = program(
        "loop.js",
        r#"
require('vm').runInNewContext('log("ready"); for (;;) {}', { log: console.log }, { timeout: 60000 });
"#,
    );
    let (mut child, mut lines) = spawn(&path);
    assert_eq!(next(&mut lines), "ready");
    sigint(&child);
    let status = child.wait().unwrap();
    assert_eq!(status.signal(), Some(libc::SIGINT), "{status:?}");
}
