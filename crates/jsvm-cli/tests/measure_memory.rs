//! `vm.measureMemory()` with the default execution resolves at the next
//! garbage collection the engine runs. Node's own collections are not
//! reproducible, so this is checked here rather than in the conformance
//! suite: a program that allocates cyclic garbage (which only a collection
//! frees) sees its measurement resolve while it runs.

use std::process::Command;

#[test]
fn a_default_measurement_resolves_at_the_next_collection() {
    let dir = std::env::temp_dir().join(format!("jsvm-measure-memory-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("default.js");
    std::fs::write(
        &path,
        r#"
const vm = require('vm');
let resolved = null;
vm.measureMemory({ mode: 'detailed' }).then((r) => { resolved = r; });
let rounds = 0;
(function churn() {
  // Cyclic garbage, freed only by a collection; the engine collects
  // when its allocations grow past its threshold.
  for (let i = 0; i < 2000; i++) { const o = { i }; o.self = o; }
  rounds++;
  if (resolved === null && rounds < 5000) setImmediate(churn);
  else console.log(resolved === null ? 'not resolved' : Object.keys(resolved).join(','));
})();
"#,
    )
    .unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_jsvm"))
        .arg(&path)
        .output()
        .unwrap();
    let _ = std::fs::remove_dir_all(&dir);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "total,WebAssembly,current,other\n"
    );
}
