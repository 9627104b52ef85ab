use jsvm_sys as sys;

use crate::runtime::Rt;
use crate::{Context, JsResult, Value};

/// An interned property key (string, symbol or array index).
pub struct Atom {
    pub(crate) raw: sys::JSAtom,
    pub(crate) rt: Rt,
}

impl Atom {
    pub(crate) fn from_owned(rt: &Rt, raw: sys::JSAtom) -> Atom {
        Atom {
            raw,
            rt: rt.clone(),
        }
    }

    pub(crate) fn from_borrowed(ctx: &Context, raw: sys::JSAtom) -> Atom {
        Atom {
            raw: unsafe { sys::JS_DupAtom(ctx.raw(), raw) },
            rt: ctx.rt.clone(),
        }
    }

    /// The engine's number for this key.
    pub fn id(&self) -> u32 {
        self.raw
    }

    /// Whether this key was made in `ctx`'s runtime (an atom is a number
    /// that only means something there).
    pub fn belongs_to(&self, ctx: &Context) -> bool {
        std::rc::Rc::ptr_eq(&self.rt, &ctx.rt)
    }

    /// The key's engine number when it may be given to `ctx`'s runtime;
    /// otherwise the refusal.
    fn own(&self, ctx: &Context) -> JsResult<sys::JSAtom> {
        if self.belongs_to(ctx) {
            Ok(self.raw)
        } else {
            Err(ctx.wrong_runtime())
        }
    }

    /// The key as a JavaScript value (string or symbol).
    pub fn to_value(&self, ctx: &Context) -> JsResult<Value> {
        self.own(ctx)?;
        ctx.check(unsafe { sys::JS_AtomToValue(ctx.raw(), self.raw) })
    }

    /// The key as a Rust string (symbols give their description).
    pub fn to_string(&self, ctx: &Context) -> JsResult<String> {
        self.own(ctx)?;
        let s = ctx.check(unsafe { sys::JS_AtomToString(ctx.raw(), self.raw) })?;
        ctx.to_rust_string(&s)
    }

    /// Whether this key is a symbol.
    pub fn is_symbol(&self, ctx: &Context) -> bool {
        self.to_value(ctx).map(|v| v.is_symbol()).unwrap_or(false)
    }
}

impl Clone for Atom {
    fn clone(&self) -> Atom {
        Atom {
            raw: unsafe { sys::JS_DupAtomRT(self.rt.rt, self.raw) },
            rt: self.rt.clone(),
        }
    }
}

impl Drop for Atom {
    fn drop(&mut self) {
        unsafe { sys::JS_FreeAtomRT(self.rt.rt, self.raw) }
    }
}

impl PartialEq for Atom {
    fn eq(&self, other: &Atom) -> bool {
        self.raw == other.raw
    }
}
impl Eq for Atom {}

impl std::hash::Hash for Atom {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.raw.hash(state)
    }
}

impl std::fmt::Debug for Atom {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Atom({})", self.raw)
    }
}

/// Anything that names a property: a Rust string, an index, an atom or a
/// JavaScript value (converted as `ToPropertyKey` does).
pub trait PropertyKey {
    /// The key as an atom of `ctx`'s runtime.
    fn to_atom(&self, ctx: &Context) -> JsResult<Atom>;

    /// The key's atom for one engine call: an atom key lends its own
    /// (no reference counted), others make one.
    #[doc(hidden)]
    fn key_atom(&self, ctx: &Context) -> JsResult<KeyAtom> {
        let a = self.to_atom(ctx)?;
        Ok(KeyAtom {
            raw: a.raw,
            _owned: Some(a),
        })
    }
}

/// An atom for the length of one call (see [`PropertyKey::key_atom`]).
#[doc(hidden)]
pub struct KeyAtom {
    pub(crate) raw: sys::JSAtom,
    _owned: Option<Atom>,
}

impl PropertyKey for str {
    fn to_atom(&self, ctx: &Context) -> JsResult<Atom> {
        let raw = unsafe { sys::JS_NewAtomLen(ctx.raw(), self.as_ptr().cast(), self.len()) };
        if raw == sys::JS_ATOM_NULL {
            return Err(ctx.take_exception());
        }
        Ok(Atom::from_owned(&ctx.rt, raw))
    }
}

impl PropertyKey for &str {
    fn to_atom(&self, ctx: &Context) -> JsResult<Atom> {
        (**self).to_atom(ctx)
    }
}

impl PropertyKey for String {
    fn to_atom(&self, ctx: &Context) -> JsResult<Atom> {
        self.as_str().to_atom(ctx)
    }
}

impl PropertyKey for u32 {
    fn to_atom(&self, ctx: &Context) -> JsResult<Atom> {
        let raw = unsafe { sys::JS_NewAtomUInt32(ctx.raw(), *self) };
        if raw == sys::JS_ATOM_NULL {
            return Err(ctx.take_exception());
        }
        Ok(Atom::from_owned(&ctx.rt, raw))
    }
}

impl PropertyKey for Atom {
    fn to_atom(&self, ctx: &Context) -> JsResult<Atom> {
        self.own(ctx)?;
        Ok(self.clone())
    }

    fn key_atom(&self, ctx: &Context) -> JsResult<KeyAtom> {
        // The key outlives the call it is passed to.
        Ok(KeyAtom {
            raw: self.own(ctx)?,
            _owned: None,
        })
    }
}

impl PropertyKey for &Atom {
    fn to_atom(&self, ctx: &Context) -> JsResult<Atom> {
        (**self).to_atom(ctx)
    }

    fn key_atom(&self, ctx: &Context) -> JsResult<KeyAtom> {
        (**self).key_atom(ctx)
    }
}

impl PropertyKey for Value {
    fn to_atom(&self, ctx: &Context) -> JsResult<Atom> {
        let raw = unsafe { sys::JS_ValueToAtom(ctx.raw(), ctx.own(self)?) };
        if raw == sys::JS_ATOM_NULL {
            return Err(ctx.take_exception());
        }
        Ok(Atom::from_owned(&ctx.rt, raw))
    }
}
