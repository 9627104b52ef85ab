//! Conformance suite: runs every program under `tests/conformance/` with the
//! `jsvm` binary and compares its stdout, stderr and exit status with the
//! outputs real Node 26 gave for it (`tests/conformance/expected/`, written by
//! `scripts/regen-expected`). Needs no Node.
//!
//! One test per program, named by its path relative to `tests/conformance`
//! (for example `contextify/delete_global.js`), so
//! `cargo test -p jsvm-cli --test conformance -- contextify/` runs a folder.
//!
//! The normalization rules are documented in `tests/conformance/README.md` and
//! must stay identical to `normalize_stdout` / `normalize_stderr` in
//! `scripts/regen-expected`.

use std::fmt::Write as _;
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus, Stdio};
use std::thread;
use std::time::{Duration, Instant};

use libtest_mimic::{Arguments, Failed, Trial};

/// Safety limit for one program.
const TIMEOUT: Duration = Duration::from_secs(60);

fn main() {
    let args = Arguments::from_args();
    let root = conformance_root();
    let mut programs = Vec::new();
    collect_programs(&root, Path::new(""), &mut programs);
    programs.sort();

    let trials = programs
        .into_iter()
        .map(|rel| {
            let name = rel.clone();
            let root = root.clone();
            let source = fs::read_to_string(root.join(&rel)).unwrap_or_default();
            let ignored = !header_values(&source, "jsvm-ignore").is_empty();
            Trial::test(name, move || run_program(&root, &rel)).with_ignored_flag(ignored)
        })
        .chain(std::iter::once(Trial::test(
            "harness/normalization_rules",
            check_normalization,
        )))
        .collect();
    libtest_mimic::run(&args, trials).exit();
}

/// `<workspace>/tests/conformance`.
fn conformance_root() -> PathBuf {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    let root = manifest.join("../../tests/conformance");
    root.canonicalize()
        .unwrap_or_else(|e| panic!("cannot find {}: {e}", root.display()))
}

/// Entry points: `*.js`, `*.mjs`, `*.cjs` anywhere under the root, except
/// under `expected/` (top level) and under any folder named `fixtures`.
/// `rel` uses `/` separators, as the test names and the expected paths do.
fn collect_programs(root: &Path, rel: &Path, out: &mut Vec<String>) {
    let dir = root.join(rel);
    let entries =
        fs::read_dir(&dir).unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()));
    for entry in entries {
        let entry = entry.expect("directory entry");
        let name = entry.file_name();
        let name = name.to_string_lossy();
        let child_rel = rel.join(&*name);
        let file_type = entry.file_type().expect("file type");
        if file_type.is_dir() {
            if name == "fixtures" || (rel.as_os_str().is_empty() && name == "expected") {
                continue;
            }
            collect_programs(root, &child_rel, out);
        } else if name.ends_with(".js") || name.ends_with(".mjs") || name.ends_with(".cjs") {
            let parts: Vec<String> = child_rel
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect();
            out.push(parts.join("/"));
        }
    }
}

/// The values of `// KEY: value` lines in the leading `//` comment lines of a
/// program (the header ends at the first line that is not a `//` comment).
fn header_values(source: &str, key: &str) -> Vec<String> {
    let mut values = Vec::new();
    for line in source.lines() {
        let trimmed = line.trim_start();
        let Some(comment) = trimmed.strip_prefix("//") else {
            break;
        };
        let comment = comment.trim_start();
        if let Some(rest) = comment.strip_prefix(key).and_then(|r| r.strip_prefix(':')) {
            values.push(rest.to_string());
        }
    }
    values
}

/// The flags of a `// jsvm-flags:` header, split on whitespace.
fn header_flags(source: &str, key: &str) -> Vec<String> {
    header_values(source, key)
        .iter()
        .flat_map(|v| v.split_whitespace().map(str::to_string).collect::<Vec<_>>())
        .collect()
}

fn read_expected(root: &Path, rel: &str, ext: &str) -> Result<String, Failed> {
    let path = root.join("expected").join(format!("{rel}.{ext}"));
    fs::read_to_string(&path).map_err(|e| {
        Failed::from(format!(
            "missing expected file {} ({e}); run scripts/regen-expected {rel}",
            path.display()
        ))
    })
}

fn run_program(root: &Path, rel: &str) -> Result<(), Failed> {
    let path = root.join(rel);
    let source =
        fs::read_to_string(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let dir = path
        .parent()
        .expect("program has a parent directory")
        .canonicalize()
        .map_err(|e| format!("cannot resolve the directory of {}: {e}", path.display()))?;
    let base = path.file_name().expect("program has a file name");
    let dir_str = dir.to_str().ok_or("non-UTF-8 test directory")?.to_string();

    let expected_stdout = read_expected(root, rel, "stdout")?;
    let expected_stderr = read_expected(root, rel, "stderr")?;
    let expected_status = read_expected(root, rel, "status")?.trim().to_string();

    let flags = header_flags(&source, "jsvm-flags");
    let missing = missing_shared_flags(&header_flags(&source, "node-flags"), &flags);
    if !missing.is_empty() {
        return Err(format!(
            "node-flags has {} but jsvm-flags does not: a flag both runtimes \
             implement alike must be given to both",
            missing.join(" ")
        )
        .into());
    }
    let mut command = Command::new(env!("CARGO_BIN_EXE_jsvm"));
    command
        .args(&flags)
        .arg(base)
        .current_dir(&dir)
        .env_remove("NODE_OPTIONS")
        .env_remove("NODE_PATH")
        .env("NO_COLOR", "1")
        .env("TZ", "UTC")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let output = run_with_timeout(command, TIMEOUT)?;

    let actual_stdout = normalize_stdout(&String::from_utf8_lossy(&output.stdout), &dir_str);
    let actual_stderr = normalize_stderr(&String::from_utf8_lossy(&output.stderr), &dir_str);
    let actual_status = status_string(output.status);

    let mut report = String::new();
    if actual_status != expected_status {
        let _ = writeln!(
            report,
            "exit status: expected {expected_status}, got {actual_status}"
        );
    }
    if actual_stdout != expected_stdout {
        let _ = writeln!(report, "stdout differs (- expected, + actual):");
        report.push_str(&diff(&expected_stdout, &actual_stdout));
    }
    if actual_stderr != expected_stderr {
        let _ = writeln!(report, "stderr differs (- expected, + actual; normalized):");
        report.push_str(&diff(&expected_stderr, &actual_stderr));
    }
    if report.is_empty() {
        Ok(())
    } else {
        let flags = if flags.is_empty() {
            String::new()
        } else {
            format!("{} ", flags.join(" "))
        };
        Err(format!(
            "{report}(ran: cd {dir_str} && jsvm {flags}{})",
            base.to_string_lossy()
        )
        .into())
    }
}

/// Flags jsvm implements with Node's meaning. Node's flags are not given to
/// jsvm as they are (many are V8's, which jsvm does not have), so a test
/// names jsvm's in its own header; one of these in `node-flags` only is a
/// mistake the runner reports.
const SHARED_FLAGS: &[&str] = &[
    "--experimental-vm-modules",
    "--expose-gc",
    "--no-warnings",
    "--no-deprecation",
    "--throw-deprecation",
    "--trace-deprecation",
    "--trace-warnings",
    "--trace-uncaught",
    "--abort-on-uncaught-exception",
    "--unhandled-rejections=",
];

/// The flags of `node` that are shared ([`SHARED_FLAGS`], in either
/// spelling) and missing from `jsvm`.
fn missing_shared_flags(node: &[String], jsvm: &[String]) -> Vec<String> {
    let canon = |f: &str| f.replace('_', "-");
    node.iter()
        .filter(|f| {
            let f = canon(f);
            SHARED_FLAGS.iter().any(|s| {
                if s.ends_with('=') {
                    f.starts_with(s)
                } else {
                    f == *s
                }
            })
        })
        .filter(|f| !jsvm.iter().any(|j| canon(j) == canon(f)))
        .cloned()
        .collect()
}

struct Output {
    status: ExitStatus,
    stdout: Vec<u8>,
    stderr: Vec<u8>,
}

/// Runs the command, reading its outputs on threads, and kills it after
/// `limit`.
fn run_with_timeout(mut command: Command, limit: Duration) -> Result<Output, Failed> {
    let mut child = command
        .spawn()
        .map_err(|e| format!("cannot start {}: {e}", env!("CARGO_BIN_EXE_jsvm")))?;
    let mut stdout_pipe = child.stdout.take().expect("piped stdout");
    let mut stderr_pipe = child.stderr.take().expect("piped stderr");
    let stdout_reader = thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = stdout_pipe.read_to_end(&mut buf);
        buf
    });
    let stderr_reader = thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = stderr_pipe.read_to_end(&mut buf);
        buf
    });

    let start = Instant::now();
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) if start.elapsed() >= limit => {
                let _ = child.kill();
                let _ = child.wait();
                // The readers end when the pipes close; a grandchild holding
                // them open would keep them alive, so do not join them.
                return Err(format!("timed out after {} s", limit.as_secs()).into());
            }
            Ok(None) => thread::sleep(Duration::from_millis(5)),
            Err(e) => return Err(format!("waiting for jsvm failed: {e}").into()),
        }
    };
    let stdout = stdout_reader.join().unwrap_or_default();
    let stderr = stderr_reader.join().unwrap_or_default();
    Ok(Output {
        status,
        stdout,
        stderr,
    })
}

/// The exit code as a decimal number; 128 + N when killed by signal N, as
/// the shell that records Node's status reports it (`scripts/regen-expected`).
fn status_string(status: ExitStatus) -> String {
    if let Some(code) = status.code() {
        return code.to_string();
    }
    #[cfg(unix)]
    {
        use std::os::unix::process::ExitStatusExt;
        if let Some(signal) = status.signal() {
            return (128 + signal).to_string();
        }
    }
    format!("{status}")
}

/// Stdout rule: every occurrence of the test's directory becomes `<dir>`.
fn normalize_stdout(raw: &str, dir: &str) -> String {
    raw.replace(dir, "<dir>")
}

/// Stderr rules, in order:
/// 1. every occurrence of the test's directory becomes `<dir>`;
/// 2. lines that start with spaces or tabs followed by `at ` are dropped;
/// 3. trailing blank (whitespace-only) lines are dropped;
/// 4. if the last line is `Node.js vX.Y.Z`, it is dropped, then rule 3 again;
/// 5. the lines are joined with `\n`, with a final `\n` if any remain.
fn normalize_stderr(raw: &str, dir: &str) -> String {
    let replaced = raw.replace(dir, "<dir>");
    let mut lines: Vec<&str> = replaced
        .split('\n')
        .filter(|line| !is_stack_frame(line))
        .collect();
    drop_trailing_blank(&mut lines);
    if lines.last().is_some_and(|line| is_node_version_line(line)) {
        lines.pop();
        drop_trailing_blank(&mut lines);
    }
    let mut out = lines.join("\n");
    if !lines.is_empty() {
        out.push('\n');
    }
    out
}

fn is_stack_frame(line: &str) -> bool {
    let rest = line.trim_start_matches([' ', '\t']);
    rest.len() < line.len() && rest.starts_with("at ")
}

fn drop_trailing_blank(lines: &mut Vec<&str>) {
    while lines.last().is_some_and(|line| line.trim().is_empty()) {
        lines.pop();
    }
}

/// `Node.js v26.10.0` (any `vX.Y.Z`).
fn is_node_version_line(line: &str) -> bool {
    let Some(version) = line.strip_prefix("Node.js v") else {
        return false;
    };
    let parts: Vec<&str> = version.split('.').collect();
    parts.len() == 3
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
}

/// A line diff (longest common subsequence): `-` expected, `+` actual, ` `
/// common. Also says when the texts differ only in their final newline.
fn diff(expected: &str, actual: &str) -> String {
    let a: Vec<&str> = expected.split_inclusive('\n').collect();
    let b: Vec<&str> = actual.split_inclusive('\n').collect();
    let mut out = String::new();
    if a.len() * b.len() > 4_000_000 {
        let _ = writeln!(
            out,
            "--- expected ---\n{expected}\n--- actual ---\n{actual}"
        );
        return out;
    }
    // lcs[i][j] = length of the LCS of a[i..] and b[j..].
    let mut lcs = vec![vec![0u32; b.len() + 1]; a.len() + 1];
    for i in (0..a.len()).rev() {
        for j in (0..b.len()).rev() {
            lcs[i][j] = if a[i] == b[j] {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    let show = |out: &mut String, mark: char, line: &str| match line.strip_suffix('\n') {
        Some(text) => {
            let _ = writeln!(out, "{mark} {text}");
        }
        None => {
            let _ = writeln!(out, "{mark} {line}\u{23CE} (no newline at end)");
        }
    };
    let (mut i, mut j) = (0, 0);
    while i < a.len() || j < b.len() {
        if i < a.len() && j < b.len() && a[i] == b[j] {
            show(&mut out, ' ', a[i]);
            i += 1;
            j += 1;
        } else if i < a.len() && (j == b.len() || lcs[i + 1][j] >= lcs[i][j + 1]) {
            show(&mut out, '-', a[i]);
            i += 1;
        } else {
            show(&mut out, '+', b[j]);
            j += 1;
        }
    }
    out
}

/// Checks of the normalization rules themselves (runs without jsvm).
fn check_normalization() -> Result<(), Failed> {
    let dir = "/abs/tests/conformance/runtime";
    let raw = "/abs/tests/conformance/runtime/x.js:3\nthrow new Error('boom');\n^\n\nError: boom\n    at Object.<anonymous> (/abs/tests/conformance/runtime/x.js:3:7)\n\tat node:internal/main:1:1\n\nNode.js v26.10.0\n";
    let want = "<dir>/x.js:3\nthrow new Error('boom');\n^\n\nError: boom\n";
    let cases: [(&str, &str); 6] = [
        (raw, want),
        ("", ""),
        ("\n\n", ""),
        ("only\n\n  \n", "only\n"),
        ("no newline", "no newline\n"),
        ("Node.js v26.1.0\nend\n", "Node.js v26.1.0\nend\n"),
    ];
    for (input, expected) in cases {
        let got = normalize_stderr(input, dir);
        if got != expected {
            return Err(
                format!("normalize_stderr({input:?}) = {got:?}, expected {expected:?}").into(),
            );
        }
    }
    let got = normalize_stdout("at /abs/tests/conformance/runtime\n  at x\n", dir);
    if got != "at <dir>\n  at x\n" {
        return Err(format!("normalize_stdout gave {got:?}").into());
    }
    let d = diff("a\nb\nc\n", "a\nB\nc");
    if d != "  a\n- b\n- c\n+ B\n+ c\u{23CE} (no newline at end)\n" {
        return Err(format!("diff gave {d:?}").into());
    }
    let header = "// node-flags: --expose-gc\n// jsvm-flags: --a  --b\n//jsvm-flags:--c\ncode\n// jsvm-flags: --late\n";
    let node = [
        "--expose_gc".to_string(),
        "--no-compilation-cache".to_string(),
    ];
    if missing_shared_flags(&node, &[]) != ["--expose_gc"]
        || !missing_shared_flags(&node, &["--expose-gc".to_string()]).is_empty()
    {
        return Err("missing_shared_flags is wrong".into());
    }
    if header_flags(header, "jsvm-flags") != ["--a", "--b", "--c"] {
        return Err(format!("header_flags gave {:?}", header_flags(header, "jsvm-flags")).into());
    }
    Ok(())
}
