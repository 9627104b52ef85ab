//! The contextified global object: an exotic object that forwards global
//! property operations to the context object ("sandbox") first and to the
//! context's own global (the "backing" object: built-ins and declared
//! variables) second, as Node's V8 interceptors do.
//!
//! The rules, each checked against Node 26:
//! - reads: the sandbox, own properties and its prototype chain, then the
//!   backing object (getters of the sandbox see the sandbox as `this`; a
//!   read that yields the sandbox itself yields the global instead);
//! - writes of string keys: refused when the sandbox (or the backing
//!   object) holds a read-only property; otherwise set on the sandbox, and
//!   on the backing object too when a declaration put the name there;
//!   symbol-keyed writes stay on the backing object;
//! - `var` declarations are made on the backing object (a name the sandbox
//!   already has, own or inherited, is left alone); function declarations
//!   also set the function on the sandbox;
//! - `Object.defineProperty(globalThis, …)` defines on the sandbox;
//! - `delete` deletes from the sandbox, then from the backing object;
//! - own keys: the backing object's, then the sandbox's;
//! - `in` sees the sandbox's own names and the backing object's, while
//!   global code also resolves names the sandbox inherits;
//! - freeze, seal and preventExtensions are refused;
//! - an error of a sandbox getter for a name the backing object lacks is
//!   not heard (V8's interceptor): a global name is then not defined, a
//!   property read or `typeof` finds nothing.

use jsvm_engine::{
    flags, Atom, Class, Context, ExoticObject, GlobalRead, JsResult, PropertyDescriptor, Tracer,
    Value,
};

pub(crate) struct ContextifiedGlobal {
    pub(crate) sandbox: Value,
    pub(crate) backing: Value,
}

// SAFETY: `trace` reports only values and contexts that the data owns.
unsafe impl Class for ContextifiedGlobal {
    const NAME: &'static str = "Object";
    fn trace(&self, t: &Tracer<'_>) {
        t.value(&self.sandbox);
        t.value(&self.backing);
    }
}

impl ContextifiedGlobal {
    /// Whether a string-keyed write must be refused: a read-only data
    /// property on the sandbox (own or inherited) or on the backing object.
    fn read_only(&self, ctx: &Context, key: &Atom) -> JsResult<bool> {
        let mut obj = self.sandbox.clone();
        while obj.is_object() {
            if let Some(d) = ctx.get_own_property(&obj, key)? {
                if d.writable == Some(false) {
                    return Ok(true);
                }
                break;
            }
            obj = ctx.get_prototype(&obj)?;
        }
        Ok(matches!(
            ctx.get_own_property(&self.backing, key)?,
            Some(d) if d.writable == Some(false)
        ))
    }
}

impl ExoticObject for ContextifiedGlobal {
    fn get_own_property(
        &self,
        ctx: &Context,
        _obj: &Value,
        key: &Atom,
    ) -> JsResult<Option<PropertyDescriptor>> {
        if let Some(d) = ctx.get_own_property(&self.sandbox, key)? {
            return Ok(Some(d));
        }
        ctx.get_own_property(&self.backing, key)
    }

    fn own_keys(&self, ctx: &Context, _obj: &Value) -> JsResult<Vec<Atom>> {
        let mut keys = ctx.own_keys(&self.backing, true, false)?;
        let seen: std::collections::HashSet<u32> = keys.iter().map(Atom::id).collect();
        for k in ctx.own_keys(&self.sandbox, true, false)? {
            if !seen.contains(&k.id()) {
                keys.push(k);
            }
        }
        Ok(keys)
    }

    fn delete(&self, ctx: &Context, _obj: &Value, key: &Atom) -> JsResult<bool> {
        if !ctx.delete(&self.sandbox, key)? {
            return Ok(false);
        }
        ctx.delete(&self.backing, key)
    }

    fn define_own_property(
        &self,
        ctx: &Context,
        _obj: &Value,
        key: &Atom,
        desc: PropertyDescriptor,
        flags: i32,
    ) -> JsResult<bool> {
        if flags & flags::GLOBAL_DECLARATION != 0 {
            // A declaration of global code: the name lives on the backing
            // object, as on V8's real global; a function is also assigned.
            let value = desc.value.clone();
            let ok = ctx.define_property(&self.backing, key, &desc, false)?;
            if let Some(v) = value {
                if !v.is_undefined() && !self.read_only(ctx, key)? {
                    ctx.set(&self.sandbox, key, v)?;
                }
            }
            return Ok(ok);
        }
        ctx.define_property(&self.sandbox, key, &desc, false)
    }

    fn has(&self, ctx: &Context, _obj: &Value, key: &Atom) -> JsResult<bool> {
        // `in` sees the sandbox's own names only, and the backing object's.
        Ok(ctx.get_own_property(&self.sandbox, key)?.is_some() || ctx.has(&self.backing, key)?)
    }

    fn has_binding(&self, ctx: &Context, _obj: &Value, key: &Atom) -> JsResult<bool> {
        // Global code resolves names the sandbox inherits too.
        Ok(ctx.has(&self.sandbox, key)? || ctx.has(&self.backing, key)?)
    }

    fn get(&self, ctx: &Context, obj: &Value, key: &Atom, _receiver: &Value) -> JsResult<Value> {
        let read = ctx.take_global_read();
        if ctx.has(&self.sandbox, key)? {
            match ctx.get(&self.sandbox, key) {
                // As in Node, the context object read through a global is
                // the global itself.
                Ok(v) if v.same_object(&self.sandbox) => return Ok(obj.clone()),
                Ok(v) => return Ok(v),
                // As in Node (V8's interceptor), an error of the context
                // object's getter for a name the global itself lacks is
                // not heard: a global name found nowhere is not defined,
                // a property read or `typeof` finds nothing. For a name
                // the global has, the error stands.
                Err(e) if !e.is_uncatchable() && !ctx.has(&self.backing, key)? => {
                    if read == GlobalRead::Name {
                        let name = key.to_string(ctx)?;
                        return Err(ctx.reference_error(&format!("{name} is not defined")));
                    }
                    return Ok(ctx.undefined());
                }
                Err(e) => return Err(e),
            }
        }
        ctx.get(&self.backing, key)
    }

    fn set(
        &self,
        ctx: &Context,
        _obj: &Value,
        key: &Atom,
        value: Value,
        _receiver: &Value,
    ) -> JsResult<bool> {
        if key.is_symbol(ctx) {
            // A symbol-keyed write reaches the sandbox only for a key it has.
            let target = if ctx.get_own_property(&self.sandbox, key)?.is_some() {
                &self.sandbox
            } else {
                &self.backing
            };
            ctx.set(target, key, value)?;
            return Ok(true);
        }
        if self.read_only(ctx, key)? {
            return Ok(false);
        }
        let declared = ctx.get_own_property(&self.backing, key)?.is_some();
        if declared {
            ctx.set(&self.backing, key, value.clone())?;
        }
        if !ctx.is_extensible(&self.sandbox)? && !ctx.has(&self.sandbox, key)? {
            // A non-extensible sandbox cannot take a new name: like V8's
            // real global, the backing object holds it.
            if !declared {
                ctx.set(&self.backing, key, value)?;
            }
            return Ok(true);
        }
        ctx.set(&self.sandbox, key, value)?;
        Ok(true)
    }

    fn prevent_extensions(&self, _ctx: &Context, _obj: &Value) -> JsResult<bool> {
        Ok(false)
    }
}
