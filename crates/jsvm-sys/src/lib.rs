//! FFI declarations for the patched QuickJS-ng engine that `build.rs` builds.
//!
//! Only what jsvm uses is declared, by hand, for 64-bit targets (where a
//! `JSValue` is a 16-byte struct, not NaN-boxed). Nothing here is safe to
//! call without reading the engine's header: the `jsvm-engine` crate is the
//! only user, and the only place that manages reference counts.
#![allow(non_camel_case_types, non_snake_case, clippy::missing_safety_doc)]

use std::os::raw::{c_char, c_int, c_void};

// ENGINE_FINGERPRINT and ENGINE_DESCRIPTION, computed by build.rs.
include!(concat!(env!("OUT_DIR"), "/fingerprint.rs"));

#[cfg(not(target_pointer_width = "64"))]
compile_error!("jsvm-sys declares the 64-bit (non NaN-boxing) JSValue layout only");

pub enum JSRuntime {}
pub enum JSContext {}
pub enum JSObject {}
pub enum JSModuleDef {}
pub enum JSGCObjectHeader {}

pub type JSAtom = u32;

/// An entry of a C function list (`JS_SetPropertyFunctionList`). The
/// union `u` is written by hand: for `JS_DEF_CFUNC`, byte 0 is the length,
/// byte 1 the `JSCFunctionEnum` and bytes 8..16 the function; for
/// `JS_DEF_OBJECT`, bytes 0..8 point to the entries and bytes 8..12 count them.
#[repr(C)]
#[derive(Copy, Clone)]
pub struct JSCFunctionListEntry {
    pub name: *const c_char,
    pub prop_flags: u8,
    pub def_type: u8,
    pub magic: i16,
    pub u: [usize; 2],
}
pub const JS_DEF_CFUNC: u8 = 0;
pub const JS_DEF_OBJECT: u8 = 8;
/// `JSCFunction`.
/// Patch 0060: makes a host autoinit property's value.
pub type JSHostAutoInitFunc = unsafe extern "C" fn(ctx: *mut JSContext, prop: JSAtom) -> JSValue;
/// Patch 0060: serves a built-in's locale-sensitive method (`JS_LOCALE_OP_*`).
pub type JSLocaleHookFunc = unsafe extern "C" fn(
    ctx: *mut JSContext,
    op: c_int,
    this_val: JSValue,
    argc: c_int,
    argv: *mut JSValue,
) -> JSValue;
pub const JS_LOCALE_OP_NUMBER: c_int = 0;
pub const JS_LOCALE_OP_BIGINT: c_int = 1;
pub const JS_LOCALE_OP_COMPARE: c_int = 2;
pub const JS_LOCALE_OP_DATE: c_int = 3;
pub const JS_LOCALE_OP_DATE_DATE: c_int = 4;
pub const JS_LOCALE_OP_DATE_TIME: c_int = 5;
pub type JSCFunction = unsafe extern "C" fn(
    ctx: *mut JSContext,
    this_val: JSValue,
    argc: c_int,
    argv: *mut JSValue,
) -> JSValue;
pub type JSClassID = u32;

#[repr(C)]
#[derive(Copy, Clone)]
pub union JSValueUnion {
    pub int32: i32,
    pub float64: f64,
    pub ptr: *mut c_void,
    pub short_big_int: i32,
}

/// A JavaScript value as the engine passes it: a payload and a tag.
#[repr(C)]
#[derive(Copy, Clone)]
pub struct JSValue {
    pub u: JSValueUnion,
    pub tag: i64,
}

pub const JS_TAG_BIG_INT: i32 = -9;
pub const JS_TAG_SYMBOL: i32 = -8;
pub const JS_TAG_STRING: i32 = -7;
pub const JS_TAG_STRING_ROPE: i32 = -6;
pub const JS_TAG_MODULE: i32 = -3;
pub const JS_TAG_FUNCTION_BYTECODE: i32 = -2;
pub const JS_TAG_OBJECT: i32 = -1;
pub const JS_TAG_INT: i32 = 0;
pub const JS_TAG_BOOL: i32 = 1;
pub const JS_TAG_NULL: i32 = 2;
pub const JS_TAG_UNDEFINED: i32 = 3;
pub const JS_TAG_UNINITIALIZED: i32 = 4;
pub const JS_TAG_CATCH_OFFSET: i32 = 5;
pub const JS_TAG_EXCEPTION: i32 = 6;
pub const JS_TAG_SHORT_BIG_INT: i32 = 7;
pub const JS_TAG_FLOAT64: i32 = 8;

impl JSValue {
    #[inline]
    pub const fn mkval(tag: i32, v: i32) -> JSValue {
        JSValue {
            u: JSValueUnion { int32: v },
            tag: tag as i64,
        }
    }
    #[inline]
    pub fn tag(&self) -> i32 {
        self.tag as i32
    }
    /// Whether the value holds a reference count (objects, strings, ...).
    #[inline]
    pub fn has_ref_count(&self) -> bool {
        (self.tag as i32) < 0
    }
}

pub const JS_UNDEFINED: JSValue = JSValue::mkval(JS_TAG_UNDEFINED, 0);
pub const JS_NULL: JSValue = JSValue::mkval(JS_TAG_NULL, 0);
pub const JS_FALSE: JSValue = JSValue::mkval(JS_TAG_BOOL, 0);
pub const JS_TRUE: JSValue = JSValue::mkval(JS_TAG_BOOL, 1);
pub const JS_EXCEPTION: JSValue = JSValue::mkval(JS_TAG_EXCEPTION, 0);
pub const JS_UNINITIALIZED: JSValue = JSValue::mkval(JS_TAG_UNINITIALIZED, 0);

pub const JS_ATOM_NULL: JSAtom = 0;

pub const JS_PROP_CONFIGURABLE: c_int = 1 << 0;
pub const JS_PROP_WRITABLE: c_int = 1 << 1;
pub const JS_PROP_ENUMERABLE: c_int = 1 << 2;
pub const JS_PROP_C_W_E: c_int = JS_PROP_CONFIGURABLE | JS_PROP_WRITABLE | JS_PROP_ENUMERABLE;
pub const JS_PROP_LENGTH: c_int = 1 << 3;
pub const JS_PROP_TMASK: c_int = 3 << 4;
pub const JS_PROP_NORMAL: c_int = 0;
pub const JS_PROP_GETSET: c_int = 1 << 4;
pub const JS_PROP_HAS_CONFIGURABLE: c_int = 1 << 8;
pub const JS_PROP_HAS_WRITABLE: c_int = 1 << 9;
pub const JS_PROP_HAS_ENUMERABLE: c_int = 1 << 10;
pub const JS_PROP_HAS_GET: c_int = 1 << 11;
pub const JS_PROP_HAS_SET: c_int = 1 << 12;
pub const JS_PROP_HAS_VALUE: c_int = 1 << 13;
pub const JS_PROP_THROW: c_int = 1 << 14;
pub const JS_PROP_THROW_STRICT: c_int = 1 << 15;
/// Patch 0001: the definition is a global `var` or function declaration.
pub const JS_PROP_GLOBAL_DECLARATION: c_int = 1 << 20;

pub const JS_EVAL_TYPE_GLOBAL: c_int = 0;
pub const JS_EVAL_TYPE_MODULE: c_int = 1;
pub const JS_EVAL_FLAG_STRICT: c_int = 1 << 3;
pub const JS_EVAL_FLAG_COMPILE_ONLY: c_int = 1 << 5;
pub const JS_EVAL_FLAG_BACKTRACE_BARRIER: c_int = 1 << 6;
pub const JS_EVAL_FLAG_ASYNC: c_int = 1 << 7;

pub const JS_GPN_STRING_MASK: c_int = 1 << 0;
pub const JS_GPN_SYMBOL_MASK: c_int = 1 << 1;
pub const JS_GPN_PRIVATE_MASK: c_int = 1 << 2;
pub const JS_GPN_ENUM_ONLY: c_int = 1 << 4;
pub const JS_GPN_SET_ENUM: c_int = 1 << 5;

pub const JS_CFUNC_GENERIC: c_int = 0;
pub const JS_CFUNC_CONSTRUCTOR_OR_FUNC: c_int = 4;

pub const JS_WRITE_OBJ_BYTECODE: c_int = 1 << 0;
pub const JS_WRITE_OBJ_REFERENCE: c_int = 1 << 3;
pub const JS_WRITE_OBJ_STRIP_SOURCE: c_int = 1 << 4;
pub const JS_READ_OBJ_BYTECODE: c_int = 1 << 0;
pub const JS_READ_OBJ_REFERENCE: c_int = 1 << 3;

#[repr(C)]
pub struct JSPropertyEnum {
    pub is_enumerable: bool,
    pub atom: JSAtom,
}

#[repr(C)]
pub struct JSPropertyDescriptor {
    pub flags: c_int,
    pub value: JSValue,
    pub getter: JSValue,
    pub setter: JSValue,
}

pub type JS_MarkFunc = unsafe extern "C" fn(rt: *mut JSRuntime, gp: *mut JSGCObjectHeader);

#[repr(C)]
#[derive(Default)]
pub struct JSClassExoticMethods {
    pub get_own_property: Option<
        unsafe extern "C" fn(
            ctx: *mut JSContext,
            desc: *mut JSPropertyDescriptor,
            obj: JSValue,
            prop: JSAtom,
        ) -> c_int,
    >,
    pub get_own_property_names: Option<
        unsafe extern "C" fn(
            ctx: *mut JSContext,
            ptab: *mut *mut JSPropertyEnum,
            plen: *mut u32,
            obj: JSValue,
        ) -> c_int,
    >,
    pub delete_property:
        Option<unsafe extern "C" fn(ctx: *mut JSContext, obj: JSValue, prop: JSAtom) -> c_int>,
    pub define_own_property: Option<
        unsafe extern "C" fn(
            ctx: *mut JSContext,
            this_obj: JSValue,
            prop: JSAtom,
            val: JSValue,
            getter: JSValue,
            setter: JSValue,
            flags: c_int,
        ) -> c_int,
    >,
    pub has_property:
        Option<unsafe extern "C" fn(ctx: *mut JSContext, obj: JSValue, atom: JSAtom) -> c_int>,
    pub get_property: Option<
        unsafe extern "C" fn(
            ctx: *mut JSContext,
            obj: JSValue,
            atom: JSAtom,
            receiver: JSValue,
        ) -> JSValue,
    >,
    pub set_property: Option<
        unsafe extern "C" fn(
            ctx: *mut JSContext,
            obj: JSValue,
            atom: JSAtom,
            value: JSValue,
            receiver: JSValue,
            flags: c_int,
        ) -> c_int,
    >,
    /// Patch 0001: refuse or allow `Object.preventExtensions` and friends.
    pub prevent_extensions:
        Option<unsafe extern "C" fn(ctx: *mut JSContext, obj: JSValue) -> c_int>,
    /// Patch 0001: whether global code sees a binding (default: has_property).
    pub has_binding:
        Option<unsafe extern "C" fn(ctx: *mut JSContext, obj: JSValue, atom: JSAtom) -> c_int>,
}

pub type JSClassFinalizer = unsafe extern "C" fn(rt: *mut JSRuntime, val: JSValue);
pub type JSClassGCMark =
    unsafe extern "C" fn(rt: *mut JSRuntime, val: JSValue, mark_func: JS_MarkFunc);
pub type JSClassCall = unsafe extern "C" fn(
    ctx: *mut JSContext,
    func_obj: JSValue,
    this_val: JSValue,
    argc: c_int,
    argv: *mut JSValue,
    flags: c_int,
) -> JSValue;

#[repr(C)]
pub struct JSClassDef {
    pub class_name: *const c_char,
    pub finalizer: Option<JSClassFinalizer>,
    pub gc_mark: Option<JSClassGCMark>,
    pub call: Option<JSClassCall>,
    pub exotic: *mut JSClassExoticMethods,
}

pub type JSCClosure = unsafe extern "C" fn(
    ctx: *mut JSContext,
    this_val: JSValue,
    argc: c_int,
    argv: *mut JSValue,
    magic: c_int,
    opaque: *mut c_void,
) -> JSValue;
pub type JSCClosureFinalizerFunc = unsafe extern "C" fn(opaque: *mut c_void);
pub type JSInterruptHandler =
    unsafe extern "C" fn(rt: *mut JSRuntime, opaque: *mut c_void) -> c_int;
pub type JSHostPromiseRejectionTracker = unsafe extern "C" fn(
    ctx: *mut JSContext,
    promise: JSValue,
    reason: JSValue,
    is_handled: bool,
    opaque: *mut c_void,
);

pub const JS_EVAL_OPTIONS_VERSION: c_int = 1;

#[repr(C)]
pub struct JSEvalOptions {
    pub version: c_int,
    pub eval_flags: c_int,
    pub filename: *const c_char,
    pub line_num: c_int,
}

#[repr(C)]
#[derive(Default, Debug, Clone, Copy)]
pub struct JSMemoryUsage {
    pub malloc_size: i64,
    pub malloc_limit: i64,
    pub memory_used_size: i64,
    pub malloc_count: i64,
    pub memory_used_count: i64,
    pub atom_count: i64,
    pub atom_size: i64,
    pub str_count: i64,
    pub str_size: i64,
    pub obj_count: i64,
    pub obj_size: i64,
    pub prop_count: i64,
    pub prop_size: i64,
    pub shape_count: i64,
    pub shape_size: i64,
    pub js_func_count: i64,
    pub js_func_size: i64,
    pub js_func_code_size: i64,
    pub js_func_pc2line_count: i64,
    pub js_func_pc2line_size: i64,
    pub c_func_count: i64,
    pub array_count: i64,
    pub fast_array_count: i64,
    pub fast_array_elements: i64,
    pub binary_object_count: i64,
    pub binary_object_size: i64,
}

extern "C" {
    pub fn JS_NewRuntime() -> *mut JSRuntime;
    pub fn JS_FreeRuntime(rt: *mut JSRuntime);
    pub fn JS_GetRuntimeOpaque(rt: *mut JSRuntime) -> *mut c_void;
    pub fn JS_SetRuntimeOpaque(rt: *mut JSRuntime, opaque: *mut c_void);
    pub fn JS_SetMemoryLimit(rt: *mut JSRuntime, limit: usize);
    pub fn JS_SetMaxStackSize(rt: *mut JSRuntime, stack_size: usize);
    pub fn JS_UpdateStackTop(rt: *mut JSRuntime);
    /// Patch 0021: throws the engine's stack-overflow `RangeError` and
    /// returns -1 when the native stack is more than `slack` bytes past
    /// the runtime's limit.
    pub fn JS_CheckStackOverflow(ctx: *mut JSContext, slack: usize) -> c_int;
    /// (patch 0047) What the exotic global's get being run serves: 1 a
    /// global name, 2 `typeof`, 0 a property read. Taken: later calls
    /// return 0.
    pub fn JS_TakeGlobalReadKind(ctx: *mut JSContext) -> c_int;
    pub fn JS_MarkValue(rt: *mut JSRuntime, val: JSValue, mark_func: JS_MarkFunc);
    pub fn JS_RunGC(rt: *mut JSRuntime);
    pub fn JS_ComputeMemoryUsage(rt: *mut JSRuntime, s: *mut JSMemoryUsage);
    /// Patch 0011: the live contexts (creation order, not duplicated) and
    /// the bytes each reaches; nothing is measured when there are more
    /// than `max`. Returns their number, or -1 when out of memory.
    pub fn JS_MeasureContextMemory(
        rt: *mut JSRuntime,
        ctxs: *mut *mut JSContext,
        sizes: *mut i64,
        max: c_int,
    ) -> c_int;
    /// Patch 0011: the bytes a value reaches beyond the contexts' own
    /// objects; -1 when out of memory.
    pub fn JS_ComputeValueSize(rt: *mut JSRuntime, val: JSValue) -> i64;
    pub fn JS_SetInterruptHandler(
        rt: *mut JSRuntime,
        cb: Option<JSInterruptHandler>,
        opaque: *mut c_void,
    );

    /// Patch 0060: the runtime's hooks for host-made built-ins (Intl).
    pub fn JS_SetHostBuiltinHooks(
        rt: *mut JSRuntime,
        autoinit: Option<JSHostAutoInitFunc>,
        locale: Option<JSLocaleHookFunc>,
    );
    /// Patch 0060: a placeholder property made by the autoinit hook on
    /// first read.
    pub fn JS_DefineHostAutoInitProperty(
        ctx: *mut JSContext,
        obj: JSValue,
        prop: JSAtom,
        flags: c_int,
    ) -> c_int;
    /// Patch 0060: the context's host value (a new reference).
    pub fn JS_GetContextHostValue(ctx: *mut JSContext) -> JSValue;
    /// Patch 0060: takes the reference.
    pub fn JS_SetContextHostValue(ctx: *mut JSContext, val: JSValue);

    pub fn JS_NewContext(rt: *mut JSRuntime) -> *mut JSContext;
    /// Patch 0015: a context whose Date, RegExp, Map/Set, typed arrays and
    /// WeakRef built-ins are created on first use.
    pub fn JS_NewContextLazy(rt: *mut JSRuntime) -> *mut JSContext;
    pub fn JS_FreeContext(ctx: *mut JSContext);
    pub fn JS_DupContext(ctx: *mut JSContext) -> *mut JSContext;
    /// Patch 0002.
    pub fn JS_MarkContextRef(rt: *mut JSRuntime, ctx: *mut JSContext, mark_func: JS_MarkFunc);
    pub fn JS_GetContextOpaque(ctx: *mut JSContext) -> *mut c_void;
    pub fn JS_SetContextOpaque(ctx: *mut JSContext, opaque: *mut c_void);
    /// Patch 0008.
    pub fn JS_AllowCodeGenerationFromStrings(ctx: *mut JSContext, allow: bool);
    pub fn JS_GetRuntime(ctx: *mut JSContext) -> *mut JSRuntime;
    pub fn JS_GetClassProto(ctx: *mut JSContext, class_id: JSClassID) -> JSValue;
    pub fn JS_SetClassProto(ctx: *mut JSContext, class_id: JSClassID, obj: JSValue);

    pub fn JS_IsStrictEqual(ctx: *mut JSContext, a: JSValue, b: JSValue) -> bool;
    pub fn JS_IsSameValue(ctx: *mut JSContext, a: JSValue, b: JSValue) -> bool;

    pub fn JS_NewAtomLen(ctx: *mut JSContext, s: *const c_char, len: usize) -> JSAtom;
    pub fn JS_NewAtomUInt32(ctx: *mut JSContext, n: u32) -> JSAtom;
    pub fn JS_DupAtom(ctx: *mut JSContext, v: JSAtom) -> JSAtom;
    pub fn JS_DupAtomRT(rt: *mut JSRuntime, v: JSAtom) -> JSAtom;
    pub fn JS_FreeAtom(ctx: *mut JSContext, v: JSAtom);
    pub fn JS_FreeAtomRT(rt: *mut JSRuntime, v: JSAtom);
    pub fn JS_AtomToValue(ctx: *mut JSContext, atom: JSAtom) -> JSValue;
    pub fn JS_AtomToString(ctx: *mut JSContext, atom: JSAtom) -> JSValue;
    pub fn JS_ValueToAtom(ctx: *mut JSContext, val: JSValue) -> JSAtom;

    pub fn JS_NewClassID(rt: *mut JSRuntime, pclass_id: *mut JSClassID) -> JSClassID;
    pub fn JS_GetClassID(v: JSValue) -> JSClassID;
    pub fn JS_NewClass(rt: *mut JSRuntime, class_id: JSClassID, def: *const JSClassDef) -> c_int;

    pub fn JS_NewNumber(ctx: *mut JSContext, d: f64) -> JSValue;
    pub fn JS_NewBigInt64(ctx: *mut JSContext, v: i64) -> JSValue;
    pub fn JS_NewBigUint64(ctx: *mut JSContext, v: u64) -> JSValue;
    pub fn JS_ToBigInt64(ctx: *mut JSContext, pres: *mut i64, val: JSValue) -> c_int;
    pub fn JS_ToBigUint64(ctx: *mut JSContext, pres: *mut u64, val: JSValue) -> c_int;

    pub fn JS_Throw(ctx: *mut JSContext, obj: JSValue) -> JSValue;
    pub fn JS_GetException(ctx: *mut JSContext) -> JSValue;
    pub fn JS_HasException(ctx: *mut JSContext) -> bool;
    /// Patch 0006: the location of a thrown value (filename, or
    /// `undefined` when unknown; `pos` gets line, column, end column).
    pub fn JS_GetThrowSite(ctx: *mut JSContext, exc: JSValue, pos: *mut c_int) -> JSValue;
    /// Patch 0006.
    pub fn JS_SetThrowSite(
        ctx: *mut JSContext,
        exc: JSValue,
        filename: *const c_char,
        line: c_int,
        col: c_int,
        end_col: c_int,
    ) -> c_int;
    /// Patch 0006.
    pub fn JS_ClearThrowSite(ctx: *mut JSContext);
    /// Patch 0006: the first-line column offset of the next parsed script.
    pub fn JS_SetNextEvalColumnOffset(ctx: *mut JSContext, col_offset: c_int);
    /// Patch 0010: the sourceMappingURL of the last parsed script.
    pub fn JS_GetSourceMapURL(ctx: *mut JSContext) -> JSValue;
    /// Patch 0050: the sourceURL of the last parsed script.
    pub fn JS_GetSourceURL(ctx: *mut JSContext) -> JSValue;
    /// Patch 0009: where the function of the next parsed script starts,
    /// the line its body starts on (gets the column offset) and its
    /// closing brace (byte offsets).
    pub fn JS_SetNextEvalFunctionBody(
        ctx: *mut JSContext,
        function_start: c_int,
        body_line: c_int,
        close_brace: c_int,
    );
    pub fn JS_IsError(val: JSValue) -> bool;
    pub fn JS_IsUncatchableError(val: JSValue) -> bool;
    pub fn JS_SetUncatchableError(ctx: *mut JSContext, val: JSValue);
    pub fn JS_NewError(ctx: *mut JSContext) -> JSValue;
    pub fn JS_ThrowTypeError(ctx: *mut JSContext, fmt: *const c_char, ...) -> JSValue;
    pub fn JS_ThrowRangeError(ctx: *mut JSContext, fmt: *const c_char, ...) -> JSValue;
    pub fn JS_ThrowReferenceError(ctx: *mut JSContext, fmt: *const c_char, ...) -> JSValue;
    pub fn JS_ThrowSyntaxError(ctx: *mut JSContext, fmt: *const c_char, ...) -> JSValue;
    pub fn JS_ThrowInternalError(ctx: *mut JSContext, fmt: *const c_char, ...) -> JSValue;
    pub fn JS_ThrowPlainError(ctx: *mut JSContext, fmt: *const c_char, ...) -> JSValue;
    pub fn JS_ThrowOutOfMemory(ctx: *mut JSContext) -> JSValue;

    pub fn JS_FreeValue(ctx: *mut JSContext, v: JSValue);
    pub fn JS_FreeValueRT(rt: *mut JSRuntime, v: JSValue);
    pub fn JS_DupValue(ctx: *mut JSContext, v: JSValue) -> JSValue;
    pub fn JS_DupValueRT(rt: *mut JSRuntime, v: JSValue) -> JSValue;

    pub fn JS_ToBool(ctx: *mut JSContext, val: JSValue) -> c_int;
    pub fn JS_ToInt32(ctx: *mut JSContext, pres: *mut i32, val: JSValue) -> c_int;
    pub fn JS_ToInt64(ctx: *mut JSContext, pres: *mut i64, val: JSValue) -> c_int;
    pub fn JS_ToFloat64(ctx: *mut JSContext, pres: *mut f64, val: JSValue) -> c_int;
    pub fn JS_ToNumber(ctx: *mut JSContext, val: JSValue) -> JSValue;
    /// A string of UTF-16 code units (lone surrogates kept).
    pub fn JS_NewStringUTF16(ctx: *mut JSContext, buf: *const u16, len: usize) -> JSValue;
    pub fn JS_NewStringLen(ctx: *mut JSContext, s: *const c_char, len: usize) -> JSValue;
    pub fn JS_ToString(ctx: *mut JSContext, val: JSValue) -> JSValue;
    pub fn JS_ToPropertyKey(ctx: *mut JSContext, val: JSValue) -> JSValue;
    pub fn JS_ToCStringLen2(
        ctx: *mut JSContext,
        plen: *mut usize,
        val: JSValue,
        cesu8: bool,
    ) -> *const c_char;
    pub fn JS_FreeCString(ctx: *mut JSContext, ptr: *const c_char);

    pub fn JS_NewObjectProtoClass(
        ctx: *mut JSContext,
        proto: JSValue,
        class_id: JSClassID,
    ) -> JSValue;
    pub fn JS_NewObjectClass(ctx: *mut JSContext, class_id: JSClassID) -> JSValue;
    pub fn JS_NewObjectProto(ctx: *mut JSContext, proto: JSValue) -> JSValue;
    pub fn JS_NewObject(ctx: *mut JSContext) -> JSValue;
    pub fn JS_ToObject(ctx: *mut JSContext, val: JSValue) -> JSValue;
    pub fn JS_IsFunction(ctx: *mut JSContext, val: JSValue) -> bool;
    pub fn JS_IsConstructor(ctx: *mut JSContext, val: JSValue) -> bool;
    pub fn JS_SetConstructorBit(ctx: *mut JSContext, func: JSValue, val: bool) -> bool;
    pub fn JS_NewArray(ctx: *mut JSContext) -> JSValue;
    pub fn JS_IsArray(val: JSValue) -> bool;
    pub fn JS_IsProxy(val: JSValue) -> bool;
    pub fn JS_GetProxyTarget(ctx: *mut JSContext, proxy: JSValue) -> JSValue;
    pub fn JS_GetProxyHandler(ctx: *mut JSContext, proxy: JSValue) -> JSValue;
    /// Patch 0013: the entries inspect previews of a WeakMap, WeakSet or
    /// Map/Set iterator (undefined for other values).
    pub fn JS_PreviewEntries(ctx: *mut JSContext, obj: JSValue, is_key_value: *mut bool)
        -> JSValue;
    pub fn JS_IsMap(val: JSValue) -> bool;
    pub fn JS_IsSet(val: JSValue) -> bool;
    pub fn JS_IsWeakMap(val: JSValue) -> bool;
    pub fn JS_IsWeakSet(val: JSValue) -> bool;
    pub fn JS_IsDate(val: JSValue) -> bool;
    pub fn JS_IsRegExp(val: JSValue) -> bool;

    pub fn JS_GetProperty(ctx: *mut JSContext, this_obj: JSValue, prop: JSAtom) -> JSValue;
    pub fn JS_GetPropertyUint32(ctx: *mut JSContext, this_obj: JSValue, idx: u32) -> JSValue;
    pub fn JS_GetPropertyStr(
        ctx: *mut JSContext,
        this_obj: JSValue,
        prop: *const c_char,
    ) -> JSValue;
    pub fn JS_SetProperty(
        ctx: *mut JSContext,
        this_obj: JSValue,
        prop: JSAtom,
        val: JSValue,
    ) -> c_int;
    pub fn JS_SetPropertyUint32(
        ctx: *mut JSContext,
        this_obj: JSValue,
        idx: u32,
        val: JSValue,
    ) -> c_int;
    pub fn JS_HasProperty(ctx: *mut JSContext, this_obj: JSValue, prop: JSAtom) -> c_int;
    pub fn JS_IsExtensible(ctx: *mut JSContext, obj: JSValue) -> c_int;
    pub fn JS_PreventExtensions(ctx: *mut JSContext, obj: JSValue) -> c_int;
    pub fn JS_DeleteProperty(
        ctx: *mut JSContext,
        obj: JSValue,
        prop: JSAtom,
        flags: c_int,
    ) -> c_int;
    pub fn JS_SetPrototype(ctx: *mut JSContext, obj: JSValue, proto: JSValue) -> c_int;
    pub fn JS_GetPrototype(ctx: *mut JSContext, val: JSValue) -> JSValue;
    pub fn JS_GetLength(ctx: *mut JSContext, obj: JSValue, pres: *mut i64) -> c_int;
    pub fn JS_GetOwnPropertyNames(
        ctx: *mut JSContext,
        ptab: *mut *mut JSPropertyEnum,
        plen: *mut u32,
        obj: JSValue,
        flags: c_int,
    ) -> c_int;
    pub fn JS_GetOwnProperty(
        ctx: *mut JSContext,
        desc: *mut JSPropertyDescriptor,
        obj: JSValue,
        prop: JSAtom,
    ) -> c_int;
    pub fn JS_FreePropertyEnum(ctx: *mut JSContext, tab: *mut JSPropertyEnum, len: u32);
    pub fn JS_Call(
        ctx: *mut JSContext,
        func: JSValue,
        this_obj: JSValue,
        argc: c_int,
        argv: *const JSValue,
    ) -> JSValue;
    pub fn JS_CallConstructor(
        ctx: *mut JSContext,
        func: JSValue,
        argc: c_int,
        argv: *const JSValue,
    ) -> JSValue;
    pub fn JS_Eval2(
        ctx: *mut JSContext,
        input: *const c_char,
        input_len: usize,
        options: *mut JSEvalOptions,
    ) -> JSValue;
    pub fn JS_EvalThis2(
        ctx: *mut JSContext,
        this_obj: JSValue,
        input: *const c_char,
        input_len: usize,
        options: *mut JSEvalOptions,
    ) -> JSValue;
    pub fn JS_EvalFunction(ctx: *mut JSContext, fun_obj: JSValue) -> JSValue;
    pub fn JS_GetGlobalObject(ctx: *mut JSContext) -> JSValue;
    /// Patch 0001.
    pub fn JS_SetGlobalObject(ctx: *mut JSContext, global: JSValue) -> JSValue;
    pub fn JS_IsInstanceOf(ctx: *mut JSContext, val: JSValue, obj: JSValue) -> c_int;
    pub fn JS_DefineProperty(
        ctx: *mut JSContext,
        this_obj: JSValue,
        prop: JSAtom,
        val: JSValue,
        getter: JSValue,
        setter: JSValue,
        flags: c_int,
    ) -> c_int;
    pub fn JS_DefinePropertyValue(
        ctx: *mut JSContext,
        this_obj: JSValue,
        prop: JSAtom,
        val: JSValue,
        flags: c_int,
    ) -> c_int;
    pub fn JS_SetOpaque(obj: JSValue, opaque: *mut c_void) -> c_int;
    pub fn JS_GetOpaque(obj: JSValue, class_id: JSClassID) -> *mut c_void;
    pub fn JS_GetAnyOpaque(obj: JSValue, class_id: *mut JSClassID) -> *mut c_void;
    pub fn JS_ParseJSON(
        ctx: *mut JSContext,
        buf: *const c_char,
        len: usize,
        filename: *const c_char,
    ) -> JSValue;
    pub fn JS_JSONStringify(
        ctx: *mut JSContext,
        obj: JSValue,
        replacer: JSValue,
        space: JSValue,
    ) -> JSValue;
    pub fn JS_NewArrayBufferCopy(ctx: *mut JSContext, buf: *const u8, len: usize) -> JSValue;
    pub fn JS_GetArrayBuffer(ctx: *mut JSContext, psize: *mut usize, obj: JSValue) -> *mut u8;
    pub fn JS_GetUint8Array(ctx: *mut JSContext, psize: *mut usize, obj: JSValue) -> *mut u8;
    pub fn JS_NewUint8ArrayCopy(ctx: *mut JSContext, buf: *const u8, len: usize) -> JSValue;
    pub fn JS_IsPromise(val: JSValue) -> bool;
    pub fn JS_PromiseState(ctx: *mut JSContext, promise: JSValue) -> c_int;
    pub fn JS_PromiseResult(ctx: *mut JSContext, promise: JSValue) -> JSValue;
    pub fn JS_NewSymbol(
        ctx: *mut JSContext,
        description: *const c_char,
        is_global: bool,
    ) -> JSValue;
    pub fn JS_IsJobPending(rt: *mut JSRuntime) -> bool;
    pub fn JS_SetHostPromiseRejectionTracker(
        rt: *mut JSRuntime,
        cb: Option<JSHostPromiseRejectionTracker>,
        opaque: *mut c_void,
    );
    /// Patch 0031: the cycle collector also runs before every `n`-th object
    /// allocation (0: off).
    pub fn JS_SetGCStressInterval(rt: *mut JSRuntime, n: u32);
    /// Patch 0030: `*pctx` gets the job's context with the job's reference
    /// to it, which the caller frees.
    pub fn JS_ExecutePendingJob(rt: *mut JSRuntime, pctx: *mut *mut JSContext) -> c_int;
    /// Patch 0007.
    pub fn JS_EnableContextJobQueue(ctx: *mut JSContext);
    /// Patch 0025: frees the runtime's pending jobs without running them.
    pub fn JS_DiscardPendingJobs(rt: *mut JSRuntime);
    /// Patch 0007.
    pub fn JS_RunContextJobs(ctx: *mut JSContext) -> c_int;
    pub fn JS_NewCFunction2(
        ctx: *mut JSContext,
        func: *const c_void,
        name: *const c_char,
        length: c_int,
        cproto: c_int,
        magic: c_int,
    ) -> JSValue;
    pub fn JS_SetPropertyFunctionList(
        ctx: *mut JSContext,
        obj: JSValue,
        tab: *const JSCFunctionListEntry,
        len: c_int,
    ) -> c_int;
    pub fn JS_NewCClosure(
        ctx: *mut JSContext,
        func: JSCClosure,
        name: *const c_char,
        opaque_finalize: Option<JSCClosureFinalizerFunc>,
        length: c_int,
        magic: c_int,
        opaque: *mut c_void,
    ) -> JSValue;
    pub fn JS_WriteObject(
        ctx: *mut JSContext,
        psize: *mut usize,
        obj: JSValue,
        flags: c_int,
    ) -> *mut u8;
    pub fn JS_ReadObject(ctx: *mut JSContext, buf: *const u8, len: usize, flags: c_int) -> JSValue;
    pub fn js_free(ctx: *mut JSContext, ptr: *mut c_void);
    pub fn js_malloc(ctx: *mut JSContext, size: usize) -> *mut c_void;
    pub fn JS_GetVersion() -> *const c_char;
}

/// Patch 0012: the host's import() hook (referrer's host-defined value,
/// specifier, attributes or undefined); returns what settles the promise.
pub type JSHostImportFunc = unsafe extern "C" fn(
    ctx: *mut JSContext,
    referrer: JSValue,
    specifier: JSValue,
    attributes: JSValue,
    opaque: *mut c_void,
) -> JSValue;
/// Patch 0012: the host's import.meta hook.
pub type JSHostImportMetaFunc =
    unsafe extern "C" fn(ctx: *mut JSContext, referrer: JSValue, opaque: *mut c_void) -> JSValue;
/// A C module's evaluation (`JS_NewCModule`).
pub type JSModuleInitFunc = unsafe extern "C" fn(ctx: *mut JSContext, m: *mut JSModuleDef) -> c_int;

/// Module statuses (`JSModuleStatus`).
pub const JS_MODULE_STATUS_UNLINKED: c_int = 0;
pub const JS_MODULE_STATUS_LINKING: c_int = 1;
pub const JS_MODULE_STATUS_LINKED: c_int = 2;
pub const JS_MODULE_STATUS_EVALUATING: c_int = 3;
pub const JS_MODULE_STATUS_EVALUATING_ASYNC: c_int = 4;
pub const JS_MODULE_STATUS_EVALUATED: c_int = 5;

extern "C" {
    /// Patch 0012.
    pub fn JS_SetModuleHostHooks(
        rt: *mut JSRuntime,
        import_func: Option<JSHostImportFunc>,
        import_meta_func: Option<JSHostImportMetaFunc>,
        opaque: *mut c_void,
    );
    pub fn JS_ClearUncatchableError(ctx: *mut JSContext, val: JSValue);
    /// Patch 0012.
    pub fn JS_SetHostDefined(ctx: *mut JSContext, code: JSValue, value: JSValue) -> c_int;
    /// Patch 0012: `input[input_len]` must be 0.
    pub fn JS_CompileModuleRecord(
        ctx: *mut JSContext,
        input: *const c_char,
        input_len: usize,
        filename: *const c_char,
        line: c_int,
    ) -> *mut JSModuleDef;
    /// Patch 0012.
    pub fn JS_GetModuleRequestCount(m: *mut JSModuleDef) -> c_int;
    /// Patch 0012.
    pub fn JS_GetModuleRequest(
        ctx: *mut JSContext,
        m: *mut JSModuleDef,
        i: c_int,
        pattributes: *mut JSValue,
    ) -> JSValue;
    /// Patch 0012.
    pub fn JS_SetModuleRequest(
        ctx: *mut JSContext,
        m: *mut JSModuleDef,
        i: c_int,
        target: *mut JSModuleDef,
    ) -> c_int;
    /// Patch 0012.
    pub fn JS_GetModuleStatus(
        ctx: *mut JSContext,
        m: *mut JSModuleDef,
        perror: *mut JSValue,
    ) -> c_int;
    /// Patch 0012.
    pub fn JS_ModuleHasTopLevelAwait(m: *mut JSModuleDef) -> bool;
    /// Patch 0023 (stalled top-level await): whether the module's own
    /// code is suspended at an `await`, and its 1-based line and column.
    pub fn JS_GetModuleStalledAwait(
        ctx: *mut JSContext,
        m: *mut JSModuleDef,
        line: *mut c_int,
        column: *mut c_int,
    ) -> bool;
    /// Patch 0012.
    pub fn JS_LinkModuleRecord(ctx: *mut JSContext, m: *mut JSModuleDef) -> c_int;
    /// Patch 0012.
    pub fn JS_EvaluateModuleRecord(ctx: *mut JSContext, m: *mut JSModuleDef) -> JSValue;
    /// Patch 0023: a module record from what `JS_WriteObject` wrote of a
    /// module (`JS_WRITE_OBJ_BYTECODE | JS_WRITE_OBJ_REFERENCE`), named
    /// `filename`; the bytes must be trusted.
    pub fn JS_ReadModuleRecord(
        ctx: *mut JSContext,
        buf: *const u8,
        buf_len: usize,
        filename: *const c_char,
    ) -> *mut JSModuleDef;
    pub fn JS_NewCModule(
        ctx: *mut JSContext,
        name: *const c_char,
        func: Option<JSModuleInitFunc>,
    ) -> *mut JSModuleDef;
    pub fn JS_AddModuleExport(
        ctx: *mut JSContext,
        m: *mut JSModuleDef,
        name: *const c_char,
    ) -> c_int;
    pub fn JS_SetModuleExport(
        ctx: *mut JSContext,
        m: *mut JSModuleDef,
        name: *const c_char,
        val: JSValue,
    ) -> c_int;
    pub fn JS_SetModulePrivateValue(
        ctx: *mut JSContext,
        m: *mut JSModuleDef,
        val: JSValue,
    ) -> c_int;
    pub fn JS_GetModulePrivateValue(ctx: *mut JSContext, m: *mut JSModuleDef) -> JSValue;
    pub fn JS_GetModuleNamespace(ctx: *mut JSContext, m: *mut JSModuleDef) -> JSValue;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn engine_version_is_the_pinned_one() {
        let v = unsafe { std::ffi::CStr::from_ptr(JS_GetVersion()) };
        assert_eq!(v.to_str().unwrap(), "0.16.2");
    }

    #[test]
    fn layout_matches_the_header() {
        assert_eq!(std::mem::size_of::<JSValue>(), 16);
        assert_eq!(std::mem::size_of::<JSPropertyDescriptor>(), 56);
        assert_eq!(std::mem::size_of::<JSClassExoticMethods>(), 9 * 8);
    }
}
