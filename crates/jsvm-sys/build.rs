//! Builds QuickJS-ng from the pristine source shipped in the crates.io package
//! `rquickjs-sys = "=0.14.0"`, with jsvm's patches applied.
//!
//! 1. find the package's directory with `cargo metadata` (offline first);
//! 2. copy the engine's C sources and headers to `OUT_DIR`;
//! 3. apply `patches/*.patch` in name order (unified diffs, exact context);
//! 4. compile with the `cc` crate;
//! 5. write the engine fingerprint (`ENGINE_FINGERPRINT`, which cached data
//!    carries) to `OUT_DIR/fingerprint.rs`.
//!
//! Set `JSVM_QUICKJS_SRC` to a directory holding the same files to build from
//! elsewhere.

use std::env;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

const ENGINE_PACKAGE: &str = "rquickjs-sys";
const ENGINE_VERSION: &str = "0.14.0";

const SOURCES: &[&str] = &["quickjs.c", "libregexp.c", "libunicode.c", "dtoa.c"];
const HEADERS: &[&str] = &[
    "quickjs.h",
    "builtin-array-fromasync.h",
    "builtin-iterator-zip-keyed.h",
    "builtin-iterator-zip.h",
    "cutils.h",
    "dtoa.h",
    "libregexp-opcode.h",
    "libregexp.h",
    "libunicode-table.h",
    "libunicode.h",
    "list.h",
    "quickjs-atom.h",
    "quickjs-opcode.h",
    "quickjs-c-atomics.h",
];

fn main() {
    let manifest_dir = PathBuf::from(env::var("CARGO_MANIFEST_DIR").unwrap());
    let out_dir = PathBuf::from(env::var("OUT_DIR").unwrap());
    let patch_dir = manifest_dir.join("patches");
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed={}", patch_dir.display());
    println!("cargo:rerun-if-env-changed=JSVM_QUICKJS_SRC");

    let src_dir = match env::var_os("JSVM_QUICKJS_SRC") {
        Some(dir) => PathBuf::from(dir),
        None => locate_engine_package(&manifest_dir).join("quickjs"),
    };
    let build_dir = out_dir.join("quickjs");
    fs::create_dir_all(&build_dir).unwrap();
    for file in SOURCES.iter().chain(HEADERS) {
        let from = src_dir.join(file);
        fs::copy(&from, build_dir.join(file))
            .unwrap_or_else(|e| panic!("cannot copy {}: {e}", from.display()));
    }

    let mut patches: Vec<PathBuf> = fs::read_dir(&patch_dir)
        .expect("patches directory")
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "patch"))
        .collect();
    patches.sort();
    for patch in &patches {
        let text = fs::read_to_string(patch).unwrap();
        if let Err(e) = apply_patch(&build_dir, &text) {
            panic!("patch {} does not apply: {e}", patch.display());
        }
    }

    let mut build = cc::Build::new();
    build
        .files(SOURCES.iter().map(|f| build_dir.join(f)))
        .include(&build_dir)
        .define("_GNU_SOURCE", None)
        .warnings(false)
        .extra_warnings(false)
        .flag_if_supported("-Wno-implicit-const-int-float-conversion")
        .flag_if_supported("-fno-strict-aliasing");
    println!("cargo:rerun-if-env-changed=CC");
    if env::var_os("CARGO_CFG_FUZZING").is_some() {
        // cargo fuzz: libFuzzer must see the engine's coverage too, which
        // takes clang's -fsanitize=fuzzer-no-link (gcc has no equivalent).
        if env::var_os("CC").is_none() && Command::new("clang").arg("--version").output().is_ok() {
            build.compiler("clang");
        }
        build.flag_if_supported("-fsanitize=fuzzer-no-link");
    }
    if env::var("CARGO_CFG_SANITIZE").as_deref() == Ok("address") {
        build
            .flag("-fsanitize=address")
            .flag("-fno-omit-frame-pointer");
    }
    build.compile("jsvm_quickjs");
    println!("cargo:include={}", build_dir.display());

    write_fingerprint(&out_dir, &build_dir, &patches);
}

/// Writes `fingerprint.rs`: a 64-bit FNV-1a hash of what decides the
/// engine's bytecode — the engine package and version, each patch (name
/// and text), the patched sources that were compiled, and the target — and
/// a short description. Cached data made by another engine build carries
/// another fingerprint and is rejected before the engine reads it.
fn write_fingerprint(out_dir: &Path, build_dir: &Path, patches: &[PathBuf]) {
    let mut h = Fnv64::new();
    h.field(format!("{ENGINE_PACKAGE} {ENGINE_VERSION}").as_bytes());
    h.field(env::var("TARGET").unwrap_or_default().as_bytes());
    for patch in patches {
        h.field(patch.file_name().unwrap().to_string_lossy().as_bytes());
        h.field(&fs::read(patch).unwrap());
    }
    for file in SOURCES.iter().chain(HEADERS) {
        h.field(file.as_bytes());
        h.field(&fs::read(build_dir.join(file)).unwrap());
    }
    let description = format!(
        "{ENGINE_PACKAGE} {ENGINE_VERSION} with {} jsvm patches",
        patches.len()
    );
    let code = format!(
        "/// A hash of the engine build (package version, patches, patched sources,\n\
         /// target): cached data made by another build is rejected.\n\
         pub const ENGINE_FINGERPRINT: u64 = {:#018x};\n\
         /// What the engine build is, in words.\n\
         pub const ENGINE_DESCRIPTION: &str = {description:?};\n",
        h.0
    );
    fs::write(out_dir.join("fingerprint.rs"), code).unwrap();
}

/// 64-bit FNV-1a; each field is preceded by its length so that fields
/// cannot run into each other.
struct Fnv64(u64);

impl Fnv64 {
    fn new() -> Fnv64 {
        Fnv64(0xcbf2_9ce4_8422_2325)
    }
    fn bytes(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    fn field(&mut self, bytes: &[u8]) {
        self.bytes(&(bytes.len() as u64).to_le_bytes());
        self.bytes(bytes);
    }
}

/// Finds the directory of the engine package through `cargo metadata`, which
/// also downloads it when `cargo fetch` has not been run.
fn locate_engine_package(manifest_dir: &Path) -> PathBuf {
    let cargo = env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let manifest = manifest_dir.join("Cargo.toml");
    let mut last_err = String::new();
    for offline in [true, false] {
        let mut cmd = Command::new(&cargo);
        cmd.args(["metadata", "--format-version", "1", "--manifest-path"])
            .arg(&manifest);
        if offline {
            cmd.arg("--offline");
        }
        let out = match cmd.output() {
            Ok(out) => out,
            Err(e) => {
                last_err = e.to_string();
                continue;
            }
        };
        if !out.status.success() {
            last_err = String::from_utf8_lossy(&out.stderr).into_owned();
            continue;
        }
        let meta: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        let packages = meta["packages"].as_array().unwrap();
        if let Some(pkg) = packages
            .iter()
            .find(|p| p["name"] == ENGINE_PACKAGE && p["version"] == ENGINE_VERSION)
        {
            let path = PathBuf::from(pkg["manifest_path"].as_str().unwrap());
            return path.parent().unwrap().to_path_buf();
        }
        last_err = format!("{ENGINE_PACKAGE} {ENGINE_VERSION} is not in cargo metadata");
    }
    panic!(
        "cannot locate the engine source package {ENGINE_PACKAGE} {ENGINE_VERSION} \
         (run `cargo fetch`): {last_err}"
    );
}

/// One hunk of a unified diff: the old lines (context and removed) and the
/// new lines (context and added), with the old start line as a hint.
struct Hunk {
    old_start: usize,
    old: Vec<String>,
    new: Vec<String>,
}

/// Applies a unified diff (as written by `diff -u`) to files in `dir`.
/// Context must match exactly; a hunk may have moved, and is then searched
/// for nearest to its stated line.
fn apply_patch(dir: &Path, text: &str) -> Result<(), String> {
    let mut files: Vec<(String, Vec<Hunk>)> = Vec::new();
    let mut lines = text.lines().peekable();
    while let Some(line) = lines.next() {
        if line.starts_with("--- ") {
            let target = lines
                .next()
                .and_then(|l| l.strip_prefix("+++ "))
                .ok_or("missing +++ line")?;
            let name = target.split('\t').next().unwrap().trim();
            let name = name.strip_prefix("b/").unwrap_or(name).to_string();
            files.push((name, Vec::new()));
        } else if let Some(rest) = line.strip_prefix("@@ -") {
            let (old_range, _) = rest.split_once(' ').ok_or("bad hunk header")?;
            let old_start: usize = old_range
                .split(',')
                .next()
                .unwrap()
                .parse()
                .map_err(|_| "bad hunk start")?;
            let mut hunk = Hunk {
                old_start,
                old: Vec::new(),
                new: Vec::new(),
            };
            while let Some(next) = lines.peek() {
                let next = *next;
                if next.starts_with("@@") || next.starts_with("--- ") {
                    break;
                }
                lines.next();
                if let Some(l) = next.strip_prefix('+') {
                    hunk.new.push(l.to_string());
                } else if let Some(l) = next.strip_prefix('-') {
                    hunk.old.push(l.to_string());
                } else if let Some(l) = next.strip_prefix(' ') {
                    hunk.old.push(l.to_string());
                    hunk.new.push(l.to_string());
                } else if next.is_empty() {
                    hunk.old.push(String::new());
                    hunk.new.push(String::new());
                } else if next.starts_with('\\') {
                    // "\ No newline at end of file"
                } else {
                    return Err(format!("unexpected line in hunk: {next}"));
                }
            }
            files
                .last_mut()
                .ok_or("hunk before file header")?
                .1
                .push(hunk);
        }
    }
    if files.is_empty() {
        return Err("no file in patch".into());
    }
    for (name, hunks) in files {
        let path = dir.join(&name);
        let content = fs::read_to_string(&path).map_err(|e| format!("{name}: {e}"))?;
        let mut out: Vec<String> = content.lines().map(str::to_string).collect();
        // Apply from the last hunk to the first so earlier line numbers hold.
        for hunk in hunks.iter().rev() {
            let at = find_block(&out, &hunk.old, hunk.old_start.saturating_sub(1))
                .ok_or_else(|| format!("{name}: hunk at line {} not found", hunk.old_start))?;
            out.splice(at..at + hunk.old.len(), hunk.new.iter().cloned());
        }
        let mut joined = out.join("\n");
        joined.push('\n');
        fs::write(&path, joined).map_err(|e| e.to_string())?;
    }
    Ok(())
}

fn find_block(haystack: &[String], needle: &[String], hint: usize) -> Option<usize> {
    if needle.len() > haystack.len() {
        return None;
    }
    let last = haystack.len() - needle.len();
    let matches = |i: usize| haystack[i..i + needle.len()] == *needle;
    (0..=last.max(hint)).find_map(|d| {
        let after = hint + d;
        if after <= last && matches(after) {
            return Some(after);
        }
        let before = hint.checked_sub(d)?;
        (before <= last && matches(before)).then_some(before)
    })
}
