//! Node's display of where an error happened: `file:line`, the source
//! line and a caret line (`GetErrorSource` in Node's `node_errors.cc`).

use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;

use jsvm_engine::ThrowSite;

/// The source text of a compiled script and the offsets it was compiled
/// with.
#[derive(Debug, Clone)]
pub struct ScriptSource {
    /// The source text.
    pub text: Rc<str>,
    /// The script's line offset.
    pub line_offset: i32,
    /// The script's first-line column offset.
    pub column_offset: i32,
}

/// Node's arrow for a position in a script: `file:line`, the source line,
/// and `^` under the position's range (a single `^` for runtime errors,
/// the token for syntax errors), each line ending in a newline. The caret
/// line is left out when the range does not fit the line, as in Node.
pub fn error_arrow(site: &ThrowSite, source: &ScriptSource) -> Option<String> {
    let index = i64::from(site.line) - i64::from(source.line_offset) - 1;
    let index = usize::try_from(index).ok()?;
    let line = source.text.split('\n').nth(index)?;
    let line = line.strip_suffix('\r').unwrap_or(line);
    let mut out = format!("{}:{}\n{}\n", site.filename, site.line, line);
    // V8's message columns are 0-based and include the column offset on
    // the script's first line; Node takes it off.
    let script_start = if index == 0 {
        i64::from(source.column_offset)
    } else {
        0
    };
    let mut start = i64::from(site.column) - 1;
    let mut end = i64::from(site.end_column.max(site.column)) - 1;
    if start >= script_start {
        start -= script_start;
        end -= script_start;
    }
    let bytes = line.as_bytes();
    if start < 0 || start > end || end > bytes.len() as i64 {
        return Some(out);
    }
    // Columns count UTF-16 units in V8 and bytes in Node's underline;
    // for ASCII lines they agree.
    for &b in &bytes[..start as usize] {
        out.push(if b == b'\t' { '\t' } else { ' ' });
    }
    for _ in start..end {
        out.push('^');
    }
    out.push('\n');
    Some(out)
}

/// Source text of recently compiled code, by filename.
#[derive(Default)]
pub(crate) struct RecentSources(RefCell<VecDeque<(String, ScriptSource)>>);

impl RecentSources {
    const KEEP: usize = 64;

    pub(crate) fn remember(&self, filename: &str, source: ScriptSource) {
        let mut q = self.0.borrow_mut();
        q.retain(|(f, _)| f != filename);
        if q.len() == Self::KEEP {
            q.pop_front();
        }
        q.push_back((filename.to_string(), source));
    }

    pub(crate) fn get(&self, filename: &str) -> Option<ScriptSource> {
        let q = self.0.borrow();
        q.iter()
            .rev()
            .find(|(f, _)| f == filename)
            .map(|(_, s)| s.clone())
    }
}
