//! Checks that the documentation cannot drift from the repository:
//!
//! - every relative link in README.md, CONTRIBUTING.md, docs/*.md and
//!   tests/conformance/README.md points to a file or folder that exists,
//!   and its `#anchor`, if any, to a heading of the Markdown file it
//!   points to (GitHub's heading anchors);
//! - the README's two commands at the top are the ones CI runs (`.ci/run`)
//!   and the example file names, and the example runs;
//! - the benchmark's result sections, which `scripts/bench` rewrites,
//!   exist in the README and docs/benchmark.md.
//!
//! The Rust examples of README.md and docs/rust.md are compiled and run as
//! doc tests of the `jsvm` crate.

use std::collections::HashSet;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()
        .unwrap()
}

/// The Markdown files whose links are checked.
fn documents() -> Vec<PathBuf> {
    let root = root();
    let mut files = vec![
        root.join("README.md"),
        root.join("CONTRIBUTING.md"),
        root.join("tests/conformance/README.md"),
    ];
    let mut docs: Vec<PathBuf> = fs::read_dir(root.join("docs"))
        .expect("docs/")
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "md"))
        .collect();
    docs.sort();
    files.extend(docs);
    files
}

/// The text of a Markdown file outside fenced code blocks, as
/// (line number, line) pairs.
fn prose_lines(text: &str) -> Vec<(usize, &str)> {
    let mut in_fence = false;
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim_start().starts_with("```") {
            in_fence = !in_fence;
            continue;
        }
        if !in_fence {
            out.push((i + 1, line));
        }
    }
    out
}

/// A line with its inline code spans (`...`) taken out.
fn without_code_spans(line: &str) -> String {
    let mut out = String::new();
    let mut in_code = false;
    for c in line.chars() {
        if c == '`' {
            in_code = !in_code;
        } else if !in_code {
            out.push(c);
        }
    }
    out
}

/// The targets of the inline links `[text](target)` of a Markdown text,
/// with their line numbers.
fn links(text: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    for (n, line) in prose_lines(text) {
        let line = without_code_spans(line);
        let mut rest = line.as_str();
        while let Some(i) = rest.find("](") {
            let after = &rest[i + 2..];
            let Some(end) = after.find(')') else { break };
            let target = after[..end].trim();
            // `[text](url "title")`
            let target = target.split_whitespace().next().unwrap_or("");
            out.push((n, target.to_string()));
            rest = &after[end..];
        }
    }
    out
}

/// GitHub's anchor for a heading: lower case, punctuation other than `-`
/// and `_` dropped, spaces made `-`.
fn slug(heading: &str) -> String {
    heading
        .trim()
        .to_lowercase()
        .chars()
        .filter(|c| c.is_alphanumeric() || *c == ' ' || *c == '-' || *c == '_')
        .map(|c| if c == ' ' { '-' } else { c })
        .collect()
}

/// The anchors of a Markdown file's headings (a repeated heading gets
/// `-1`, `-2`, ... as on GitHub).
fn anchors(text: &str) -> HashSet<String> {
    let mut seen = HashSet::new();
    for (_, line) in prose_lines(text) {
        let t = line.trim_start_matches('#');
        if t.len() == line.len() || !t.starts_with(' ') {
            continue;
        }
        let base = slug(t);
        let mut a = base.clone();
        let mut k = 0;
        while seen.contains(&a) {
            k += 1;
            a = format!("{base}-{k}");
        }
        seen.insert(a);
    }
    seen
}

/// The broken relative links of the given files, one message each.
fn broken_links(files: &[PathBuf]) -> Vec<String> {
    let mut broken = Vec::new();
    for file in files {
        let text = fs::read_to_string(file).unwrap();
        let dir = file.parent().unwrap();
        for (n, target) in links(&text) {
            if target.contains("://") || target.starts_with("mailto:") {
                continue;
            }
            let (path, anchor) = match target.split_once('#') {
                Some((p, a)) => (p, Some(a)),
                None => (target.as_str(), None),
            };
            let where_ = format!("{}:{n}: link `{target}`", file.display());
            let dest = if path.is_empty() {
                file.clone()
            } else {
                dir.join(path)
            };
            if !dest.exists() {
                broken.push(format!("{where_}: {} does not exist", dest.display()));
                continue;
            }
            if let Some(anchor) = anchor {
                if dest.extension().is_some_and(|x| x == "md") {
                    let headings = anchors(&fs::read_to_string(&dest).unwrap());
                    if !headings.contains(anchor) {
                        broken.push(format!(
                            "{where_}: no heading with anchor #{anchor} in {}",
                            dest.display()
                        ));
                    }
                }
            }
        }
    }
    broken
}

#[test]
fn relative_links_resolve() {
    let files = documents();
    let broken = broken_links(&files);
    assert!(broken.is_empty(), "broken links:\n{}", broken.join("\n"));
}

#[test]
fn the_link_check_finds_broken_links_and_anchors() {
    let dir = std::env::temp_dir().join(format!("jsvm-docs-test-{}", std::process::id()));
    fs::create_dir_all(&dir).unwrap();
    let page = dir.join("page.md");
    fs::write(
        &page,
        "# A page\n\n## Its `code` section (one)\n\n\
         [ok](page.md#its-code-section-one) [self](#a-page) [web](https://example.com/x)\n\
         `[not a link](nowhere.md)`\n\n```\n[in a fence](nowhere.md)\n```\n\n\
         [missing file](other.md) [missing anchor](page.md#no-such-heading)\n",
    )
    .unwrap();
    let broken = broken_links(std::slice::from_ref(&page));
    fs::remove_dir_all(&dir).unwrap();
    assert_eq!(broken.len(), 2, "{broken:#?}");
    assert!(broken[0].contains("other.md") && broken[0].contains("does not exist"));
    assert!(broken[1].contains("#no-such-heading"));
}

/// The commands of the README's first code block, without their comments.
fn readme_commands() -> Vec<String> {
    let readme = fs::read_to_string(root().join("README.md")).unwrap();
    let mut lines = readme.lines();
    lines
        .by_ref()
        .find(|l| l.starts_with("```"))
        .expect("a code block in the README");
    lines
        .take_while(|l| !l.starts_with("```"))
        .map(|l| l.split(" #").next().unwrap().trim().to_string())
        .filter(|l| !l.is_empty())
        .collect()
}

#[test]
fn readme_commands_are_those_of_ci_and_the_example() {
    let commands = readme_commands();
    assert_eq!(
        commands.len(),
        2,
        "two commands at the top of the README: {commands:?}"
    );

    // The test command is exactly the command line of .ci/run.
    let ci = fs::read_to_string(root().join(".ci/run")).unwrap();
    let ci_commands: Vec<&str> = ci
        .lines()
        .map(str::trim)
        .filter(|l| l.starts_with("cargo "))
        .collect();
    assert_eq!(
        ci_commands,
        [commands[1].as_str()],
        ".ci/run and the README differ"
    );

    // The build-and-run command builds in release mode and runs an
    // example, with the very command line the example gives for itself.
    let (build, run) = commands[0]
        .split_once(" && ")
        .expect("`cargo build ... && ./target/release/jsvm EXAMPLE`");
    assert_eq!(build, "cargo build --release");
    let example = run
        .strip_prefix("./target/release/jsvm ")
        .expect("the README runs ./target/release/jsvm");
    let source = fs::read_to_string(root().join(example))
        .unwrap_or_else(|e| panic!("the README's example {example}: {e}"));
    let header = source.lines().next().unwrap_or("");
    assert!(
        header.ends_with(&format!("Run: {run}")),
        "{example} says how to run it on its first line (`// ... Run: {run}`), got `{header}`"
    );

    // And the example runs (with this build's binary).
    let out = Command::new(env!("CARGO_BIN_EXE_jsvm"))
        .arg(example)
        .current_dir(root())
        .output()
        .unwrap();
    assert!(
        out.status.success() && !out.stdout.is_empty(),
        "{example} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn benchmark_sections_exist_for_scripts_bench() {
    for file in ["README.md", "docs/benchmark.md"] {
        let text = fs::read_to_string(root().join(file)).unwrap();
        let start = text.matches("<!-- bench:start -->").count();
        let end = text.matches("<!-- bench:end -->").count();
        assert!(
            start == 1 && end == 1 && text.find("<!-- bench:start -->") < text.find("<!-- bench:end -->"),
            "{file} needs one <!-- bench:start --> ... <!-- bench:end --> section (bench/driver.js writes it)"
        );
    }
}

#[test]
fn readme_fits_on_a_few_screens() {
    let lines = fs::read_to_string(root().join("README.md"))
        .unwrap()
        .lines()
        .count();
    assert!(
        lines <= 150,
        "README.md has {lines} lines: keep it under 150 and put details in docs/ (CONTRIBUTING.md says where)"
    );
}
