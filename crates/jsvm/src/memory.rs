//! `vm.measureMemory`: how much memory the contexts of an isolate reach.
//!
//! The engine (patch 0011) walks the heap from each live context and
//! attributes every block it finds to one context: what a context
//! references directly (its global object and global scope, built-ins,
//! modules) is its own, a function is its realm's, and anything else is
//! the context's that reached it first (contexts in creation order, then
//! functions that only the host holds, for their realm). As in V8, an
//! estimate is the bytes attributed to a context, and its range goes from
//! that to that plus what is attributed to no context (the runtime's own
//! tables, atoms, what only the host or a stack holds).

use jsvm_engine::{Context, JsResult};

use crate::Isolate;

/// What [`Isolate::measure_memory`] reports (`options.mode`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum MeasureMemoryMode {
    /// The total only.
    #[default]
    Summary,
    /// The total, the main context and every other live context.
    Detailed,
}

/// When the memory is measured (`options.execution`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum MeasureMemoryExecution {
    /// At the next garbage collection: [`Isolate::measure_memory`] measures
    /// the heap as it is, and a host that waits for collections (the jsvm
    /// runtime does) calls it when one has run.
    #[default]
    Default,
    /// Collect garbage now, then measure.
    Eager,
}

/// Options of [`Isolate::measure_memory`] (`vm.measureMemory([options])`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct MeasureMemoryOptions {
    /// What is reported.
    pub mode: MeasureMemoryMode,
    /// When it is measured.
    pub execution: MeasureMemoryExecution,
}

/// The JavaScript memory of a context, or of all (`{ jsMemoryEstimate,
/// jsMemoryRange }`), in bytes.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct MemoryEstimate {
    /// The bytes attributed (`jsMemoryEstimate`).
    pub estimate: u64,
    /// The range the real value lies in (`jsMemoryRange`): from the
    /// estimate to the estimate plus what no context was attributed.
    pub range: (u64, u64),
}

impl MemoryEstimate {
    fn new(estimate: u64, unattributed: u64) -> MemoryEstimate {
        MemoryEstimate {
            estimate,
            range: (estimate, estimate.saturating_add(unattributed)),
        }
    }
}

/// A context other than the main one, and its memory.
#[derive(Clone)]
pub struct ContextMemory {
    /// The context (a strong reference: holding the measurement keeps it
    /// alive; compare with [`crate::VmContext::context`]).
    pub context: Context,
    /// Its memory.
    pub memory: MemoryEstimate,
}

/// What [`Isolate::measure_memory`] found.
#[derive(Clone)]
pub struct MemoryMeasurement {
    /// All contexts together (`total`): the sum of their estimates.
    pub total: MemoryEstimate,
    /// The main context (`current`), in detailed mode.
    pub current: Option<MemoryEstimate>,
    /// Every other live context, in creation order (`other`), in detailed
    /// mode; empty in summary mode.
    pub other: Vec<ContextMemory>,
}

impl Isolate {
    /// Measures the memory of the isolate's contexts
    /// (`vm.measureMemory`): in summary mode the total, in detailed mode
    /// also the main context's (`current`, the context `vm.measureMemory`
    /// belongs to in Node) and each other live context's. A context no
    /// longer reachable is not reported once a collection has freed it
    /// ([`MeasureMemoryExecution::Eager`] collects first). Measuring keeps
    /// no context alive and changes nothing in the heap; it fails only when
    /// the engine is out of memory.
    pub fn measure_memory(&self, options: &MeasureMemoryOptions) -> JsResult<MemoryMeasurement> {
        let runtime = self.runtime();
        if options.execution == MeasureMemoryExecution::Eager {
            runtime.run_gc();
        }
        let Some(contexts) = runtime.measure_contexts() else {
            return Err(self.main.range_error("out of memory measuring memory"));
        };
        let sum: u64 = contexts.iter().map(|(_, size)| size).sum();
        let allocated = u64::try_from(runtime.memory_usage().malloc_size).unwrap_or(0);
        let unattributed = allocated.saturating_sub(sum);
        let total = MemoryEstimate::new(sum, unattributed);
        if options.mode == MeasureMemoryMode::Summary {
            return Ok(MemoryMeasurement {
                total,
                current: None,
                other: Vec::new(),
            });
        }
        let mut current = MemoryEstimate::new(0, unattributed);
        let mut other = Vec::new();
        for (context, size) in contexts {
            let memory = MemoryEstimate::new(size, unattributed);
            if context.same(&self.main) {
                current = memory;
            } else {
                other.push(ContextMemory { context, memory });
            }
        }
        Ok(MemoryMeasurement {
            total,
            current: Some(current),
            other,
        })
    }
}

#[cfg(test)]
mod tests;
