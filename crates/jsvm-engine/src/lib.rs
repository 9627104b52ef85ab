//! Safe ownership of the patched QuickJS-ng engine.
//!
//! This crate is the only one that calls the engine's C API, and the only
//! place where reference counts are managed by hand:
//!
//! - [`Runtime`]: one engine runtime (one heap, one garbage collector);
//! - [`Context`]: a realm of that runtime (its own built-ins and global);
//! - [`Value`]: an owned reference to a JavaScript value;
//! - [`Atom`]: an interned property key;
//! - [`Exception`]: a thrown JavaScript value, as a Rust error;
//! - [`class`]: classes whose instances carry Rust data, optionally with
//!   exotic property behaviour (the contextified global of `node:vm`).
//!
//! Every context of a runtime shares its heap: a [`Value`] made in one can
//! be used in any other, as objects pass between realms in V8.
#![warn(missing_docs)]

mod atom;
pub mod class;
mod context;
mod function;
mod host_builtins;
mod lazy;
mod module;
mod runtime;
mod value;

pub use atom::{Atom, PropertyKey};
pub use class::{Class, ExoticObject, PropertyDescriptor, Tracer};
pub use context::Context;
pub use context::{EvalOptions, FunctionBody, GlobalRead, PromiseState};
pub use function::HostFunction;
pub use host_builtins::{HostBuiltins, LocaleOp};
pub use lazy::LazyNoopObject;
pub use module::{ModuleDef, ModuleHooks, ModuleStatus};
pub use runtime::{
    InterruptHandler, LimitsKey, LimitsLocked, MemoryUsage, RejectionTracker, Runtime,
    DEFAULT_MAX_STACK_SIZE,
};
pub use value::{Exception, HostCause, JsResult, ThrowSite, Value};

/// Which engine build this is: compiled code ([`Context::write_compiled`])
/// can only be read back by the same build. A hash of the engine package
/// and version, jsvm's patches, the patched sources and the target.
pub use jsvm_sys::{ENGINE_DESCRIPTION, ENGINE_FINGERPRINT};

/// Property attribute flags, as the engine spells them.
pub mod flags {
    pub use jsvm_sys::{
        JS_PROP_CONFIGURABLE as CONFIGURABLE, JS_PROP_ENUMERABLE as ENUMERABLE,
        JS_PROP_GLOBAL_DECLARATION as GLOBAL_DECLARATION, JS_PROP_THROW as THROW,
        JS_PROP_THROW_STRICT as THROW_STRICT, JS_PROP_WRITABLE as WRITABLE,
    };
}
