// jsvm: `util.inspect` / `util.format` for a bare ECMAScript engine.
//
// This file is the body of a function `(module, exports, internals)`.  It sets
//   module.exports = { inspect, format, formatWithOptions,
//                      stripVTControlCharacters, getStringWidth }
// and aims to print exactly what Node.js 26 prints (tested against Node 26.10
// by inspect-test/run.js).  It uses no Node globals
// (no require/process/Buffer) and never relies on `instanceof` for type
// detection, because values may come from other realms (vm contexts).
// Brand checks are done by calling built-in methods/getters that throw on the
// wrong receiver (e.g. the `Map.prototype.size` getter).
//
// ---------------------------------------------------------------------------
// The `internals` contract (provided by the embedding runtime)
// ---------------------------------------------------------------------------
// Required:
//   internals.getProxyDetails(value)
//     -> undefined when `value` is not a Proxy;
//     -> [target, handler] when it is one (a revoked proxy gives [null, null]).
//     Must not trigger any proxy trap.
//   internals.getPromiseState(value)
//     -> undefined when `value` is not a Promise (this is also the brand
//        check used to detect promises);
//     -> { state: 'pending' | 'fulfilled' | 'rejected', result } otherwise
//        (`result` is undefined while pending).
//   internals.previewEntries(value, isIterator)
//     Called as (weakMapOrSet, false) or (mapOrSetIterator, true).
//     Without side effects (iterators must not be advanced):
//     - WeakMap:  flat array [key1, value1, key2, value2, ...] of live entries;
//     - WeakSet:  array [value1, value2, ...];
//     - Map / Set iterator (isIterator === true): a pair [entries, isKeyValue]
//       where `entries` are the items the iterator has left to produce; for a
//       Map `entries()` iterator isKeyValue is true and entries is flat
//       [k1, v1, k2, v2, ...]; for keys()/values() (and all Set iterators)
//       isKeyValue is false and entries is [item1, item2, ...].
//     May return undefined when unsupported: weak collections then print
//     `<items unknown>` and iterators print `<items unknown>` too.
// Optional (pure-JS fallbacks are used when absent):
//   internals.getConstructorName(obj) -> string: the engine's notion of the
//     object's class name, used only when no `constructor` is found on the
//     prototype chain (Node: `[Foo: null prototype] {}` for a Foo instance
//     whose prototype was set to null).  Fallback: derived from brand checks
//     ('Array', 'Map', 'Function', 'Error', ...; otherwise 'Object').
//   internals.isNativeError(value) -> boolean.  Fallback: `Error.isError`
//     when the engine has it, else Object.prototype.toString === '[object Error]'.
//   internals.isAsyncFunction(fn) / internals.isGeneratorFunction(fn)
//     -> boolean.  Fallback: the `Symbol.toStringTag` of the function's
//     prototype chain ('AsyncFunction', 'GeneratorFunction',
//     'AsyncGeneratorFunction').
//   internals.getOwnNonIndexProperties(obj, onlyEnumerable) -> array of own
//     string and symbol keys that are not array indices (a speed-up for huge
//     arrays). Fallback: filters Reflect.ownKeys.
//   internals.getStringWidth(str) -> number of terminal columns of `str`
//     (Node uses ICU).  Fallback: an East-Asian-width table (see below).
//   internals.cwd() -> string: used only with `colors: true` to grey out the
//     working directory in error stack frames (Node uses process.cwd()).
//   internals.isBuiltinModule(id) -> boolean: used only with `colors: true`
//     to grey out stack frames of `node:<id>` builtin modules.  Fallback:
//     every `node:` frame counts as builtin.
//
// Notes for the embedding runtime:
// - Errors print `err.stack` as is (then own extra properties in braces), so
//   `stack` must be V8-shaped: "Name: message\n    at fn (file:line:col)...".
//   QuickJS-ng's default stack holds only the frames (plus a trailing
//   newline); install an `Error.prepareStackTrace` that prepends
//   Error.prototype.toString(err) and formats frames as "\n    at ...".
//   With showHidden, V8 shows `stack` as a non-enumerable own accessor
//   (`[stack]: [Getter/Setter]`); QuickJS's differs.
// - QuickJS-ng C APIs covering the required members: JS_IsProxy /
//   JS_GetProxyTarget / JS_GetProxyHandler, JS_PromiseState /
//   JS_PromiseResult.  previewEntries has no public QuickJS API (returning
//   undefined degrades to `<items unknown>`).
// - getOwnNonIndexProperties: the pure-JS fallback enumerates every index of
//   an array / typed array (about 0.5 s for 1e6 elements in QuickJS); a native
//   version that skips integer atoms makes that O(extra keys).
//
// V8-only behaviour that an engine such as QuickJS cannot reproduce in pure JS
// is noted inline (search for "ENGINE NOTE").
'use strict';

const {
  getProxyDetails: internalProxyDetails,
  getPromiseState,
  previewEntries,
} = internals;

// ---------------------------------------------------------------------------
// Captured intrinsics (protect against later monkey-patching by user code).
// ---------------------------------------------------------------------------
const ReflectApply = Reflect.apply;
const uncurry = (fn) => (self, ...args) => ReflectApply(fn, self, args);
const getter = (proto, key) => Object.getOwnPropertyDescriptor(proto, key).get;

const ObjectKeys = Object.keys;
const ObjectGetOwnPropertyNames = Object.getOwnPropertyNames;
const ObjectGetOwnPropertySymbols = Object.getOwnPropertySymbols;
const ObjectGetOwnPropertyDescriptor = Object.getOwnPropertyDescriptor;
const ObjectGetPrototypeOf = Object.getPrototypeOf;
const ObjectSetPrototypeOf = Object.setPrototypeOf;
const ObjectDefineProperty = Object.defineProperty;
const ObjectIs = Object.is;
const ObjectIsExtensible = Object.isExtensible;
const ReflectOwnKeys = Reflect.ownKeys;
const hasOwn = uncurry(Object.prototype.hasOwnProperty);
const isEnumerable = uncurry(Object.prototype.propertyIsEnumerable);
const objectToString = uncurry(Object.prototype.toString);
const functionToString = uncurry(Function.prototype.toString);
const functionHasInstance = uncurry(Function.prototype[Symbol.hasInstance]);
const ArrayIsArray = Array.isArray;
const JSONStringify = JSON.stringify;
const errorToString = uncurry(Error.prototype.toString);
const strEndsWith = uncurry(String.prototype.endsWith);
const symbolToString = uncurry(Symbol.prototype.toString);
const numberValueOf = uncurry(Number.prototype.valueOf);
const stringValueOf = uncurry(String.prototype.valueOf);
const booleanValueOf = uncurry(Boolean.prototype.valueOf);
const bigintValueOf = uncurry(BigInt.prototype.valueOf);
const symbolValueOf = uncurry(Symbol.prototype.valueOf);
const dateGetTime = uncurry(Date.prototype.getTime);
const dateToISOString = uncurry(Date.prototype.toISOString);
const dateToString = uncurry(Date.prototype.toString);
const regexpToString = uncurry(RegExp.prototype.toString);
const regexpSource = uncurry(getter(RegExp.prototype, 'source'));
const mapSize = uncurry(getter(Map.prototype, 'size'));
const setSize = uncurry(getter(Set.prototype, 'size'));
const mapEntries = uncurry(Map.prototype.entries);
const setValues = uncurry(Set.prototype.values);
const weakMapHas = uncurry(WeakMap.prototype.has);
const weakSetHas = uncurry(WeakSet.prototype.has);
const arrayBufferByteLength = uncurry(getter(ArrayBuffer.prototype, 'byteLength'));
const sharedArrayBufferByteLength = typeof SharedArrayBuffer === 'function' ?
  uncurry(getter(SharedArrayBuffer.prototype, 'byteLength')) : undefined;
const dataViewBuffer = uncurry(getter(DataView.prototype, 'buffer'));
const TypedArrayPrototype = ObjectGetPrototypeOf(Uint8Array.prototype);
const typedArrayTag = uncurry(getter(TypedArrayPrototype, Symbol.toStringTag));
const typedArrayLength = uncurry(getter(TypedArrayPrototype, 'length'));
const NativeUint8Array = Uint8Array;
const NativeRegExp = RegExp;
const NativeMap = Map;
const NativeSet = Set;
const RegExpPrototype = RegExp.prototype;

const typedArrayConstructors = {
  __proto__: null,
  Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array,
  Int32Array, Uint32Array, Float32Array, Float64Array, BigInt64Array,
  BigUint64Array,
};
if (typeof Float16Array === 'function') typedArrayConstructors.Float16Array = Float16Array;

// ---------------------------------------------------------------------------
// Type checks (cross-realm safe).
// ---------------------------------------------------------------------------
function succeeds(fn, value, arg) {
  try {
    fn(value, arg);
    return true;
  } catch {
    return false;
  }
}
const isMap = (v) => succeeds(mapSize, v);
const isSet = (v) => succeeds(setSize, v);
const isWeakMap = (v) => succeeds(weakMapHas, v, {});
const isWeakSet = (v) => succeeds(weakSetHas, v, {});
const isDate = (v) => succeeds(dateGetTime, v);
const isArrayBuffer = (v) => succeeds(arrayBufferByteLength, v);
const isSharedArrayBuffer = (v) => sharedArrayBufferByteLength !== undefined &&
  succeeds(sharedArrayBufferByteLength, v);
const isAnyArrayBuffer = (v) => isArrayBuffer(v) || isSharedArrayBuffer(v);
const isDataView = (v) => succeeds(dataViewBuffer, v);
const isTypedArray = (v) => typedArrayTag(v) !== undefined;
// `RegExp.prototype.source` special-cases %RegExp.prototype% of this realm.
const isRegExp = (v) => v !== RegExpPrototype && succeeds(regexpSource, v);
const isNumberObject = (v) => succeeds(numberValueOf, v);
const isStringObject = (v) => succeeds(stringValueOf, v);
const isBooleanObject = (v) => succeeds(booleanValueOf, v);
const isBigIntObject = (v) => succeeds(bigintValueOf, v);
const isSymbolObject = (v) => succeeds(symbolValueOf, v);
const isBoxedPrimitive = (v) => isNumberObject(v) || isStringObject(v) ||
  isBooleanObject(v) || isBigIntObject(v) || isSymbolObject(v);
const isPromise = (v) => getPromiseState(v) !== undefined;
// ENGINE NOTE: V8 checks the internal object type; the toStringTag-based
// checks below can be fooled by objects that fake the tag.
const isArgumentsObject = (v) => objectToString(v) === '[object Arguments]';
const isMapIterator = (v) => objectToString(v) === '[object Map Iterator]';
const isSetIterator = (v) => objectToString(v) === '[object Set Iterator]';
function isModuleNamespaceObject(v) {
  try {
    return ObjectGetPrototypeOf(v) === null && !ObjectIsExtensible(v) &&
      ObjectGetOwnPropertyDescriptor(v, Symbol.toStringTag)?.value === 'Module';
  } catch {
    return false;
  }
}
const isNativeError = typeof internals.isNativeError === 'function' ?
  internals.isNativeError :
  typeof Error.isError === 'function' ? Error.isError :
    (v) => objectToString(v) === '[object Error]';
function isError(e) {
  return isNativeError(e) || functionHasInstance(Error, e);
}
function functionTag(fn) {
  try {
    return objectToString(fn);
  } catch {
    return '';
  }
}
const isAsyncFunction = typeof internals.isAsyncFunction === 'function' ?
  internals.isAsyncFunction :
  (fn) => {
    const t = functionTag(fn);
    return t === '[object AsyncFunction]' || t === '[object AsyncGeneratorFunction]';
  };
const isGeneratorFunction = typeof internals.isGeneratorFunction === 'function' ?
  internals.isGeneratorFunction :
  (fn) => {
    const t = functionTag(fn);
    return t === '[object GeneratorFunction]' || t === '[object AsyncGeneratorFunction]';
  };

function getProxyDetails(value) {
  const details = internalProxyDetails(value);
  return details === undefined || details === null ? undefined : details;
}

// The engine's class name of an object (V8: JSReceiver::GetConstructorName).
function internalGetConstructorName(obj) {
  if (typeof internals.getConstructorName === 'function') {
    return internals.getConstructorName(obj);
  }
  // ENGINE NOTE: V8 first asks the object's hidden class for the constructor
  // that created it (which survives prototype replacement); pure JS cannot
  // do that.  The remaining steps of V8's algorithm are emulated: walk the
  // prototype chain (stopping at proxies) looking for an own string-valued
  // Symbol.toStringTag data property, or (on prototypes only) an own
  // `constructor` data property that is a function with a name other than
  // '' and 'Object'; otherwise use the builtin class name.
  let current = obj;
  while (current !== null && getProxyDetails(current) === undefined) {
    const tagDesc = ObjectGetOwnPropertyDescriptor(current, Symbol.toStringTag);
    if (tagDesc !== undefined && typeof tagDesc.value === 'string') return tagDesc.value;
    if (current !== obj) {
      const ctorDesc = ObjectGetOwnPropertyDescriptor(current, 'constructor');
      if (ctorDesc !== undefined && typeof ctorDesc.value === 'function') {
        const name = ctorDesc.value.name;
        if (typeof name === 'string' && name !== '' && name !== 'Object') return name;
      }
    }
    current = ObjectGetPrototypeOf(current);
  }
  return builtinClassName(obj);
}

function builtinClassName(obj) {
  if (typeof obj === 'function') return 'Function';
  if (isArgumentsObject(obj)) return 'Arguments';
  if (ArrayIsArray(obj)) return 'Array';
  if (isTypedArray(obj)) return typedArrayTag(obj);
  if (isMap(obj)) return 'Map';
  if (isSet(obj)) return 'Set';
  if (isWeakMap(obj)) return 'WeakMap';
  if (isWeakSet(obj)) return 'WeakSet';
  if (isDate(obj)) return 'Date';
  if (isRegExp(obj)) return 'RegExp';
  if (isPromise(obj)) return 'Promise';
  if (isArrayBuffer(obj)) return 'ArrayBuffer';
  if (isSharedArrayBuffer(obj)) return 'SharedArrayBuffer';
  if (isDataView(obj)) return 'DataView';
  if (isNumberObject(obj)) return 'Number';
  if (isStringObject(obj)) return 'String';
  if (isBooleanObject(obj)) return 'Boolean';
  if (isBigIntObject(obj)) return 'BigInt';
  if (isSymbolObject(obj)) return 'Symbol';
  if (isNativeError(obj)) return 'Error';
  return 'Object';
}

const kArrayIndexLimit = 2 ** 32 - 1;
const numberRegExp = /^(0|[1-9][0-9]*)$/;
function isIndexKey(key) {
  return typeof key === 'string' && numberRegExp.test(key) && +key < kArrayIndexLimit;
}
function getOwnNonIndexProperties(obj, onlyEnumerable) {
  if (typeof internals.getOwnNonIndexProperties === 'function') {
    return internals.getOwnNonIndexProperties(obj, onlyEnumerable);
  }
  const all = ReflectOwnKeys(obj);
  const out = [];
  for (let i = 0; i < all.length; i++) {
    const key = all[i];
    if (isIndexKey(key)) continue;
    if (onlyEnumerable && !isEnumerable(obj, key)) continue;
    out.push(key);
  }
  return out;
}

// Node: errors thrown by an overflowing call stack stop inspection gracefully.
let stackOverflowSignature;
function isStackOverflowError(err) {
  if (stackOverflowSignature === undefined) {
    try {
      const overflow = () => overflow() + 1;
      overflow();
    } catch (e) {
      stackOverflowSignature = e && [e.name, e.message];
    }
  }
  return !!err && stackOverflowSignature !== undefined &&
    err.name === stackOverflowSignature[0] &&
    err.message === stackOverflowSignature[1];
}

// Global names that count as "built in" (classes like `Map`, `Error`, ...).
const builtInObjects = new Set(
  (internals.engineGlobals ?? ObjectGetOwnPropertyNames(globalThis))
    .filter((e) => /^[A-Z][a-zA-Z0-9]+$/.test(e)),
);

// https://tc39.es/ecma262/#sec-IsHTMLDDA-internal-slot
const isUndetectableObject = (v) => typeof v === 'undefined' && v !== undefined;

// ---------------------------------------------------------------------------
// Options and public API surface.
// ---------------------------------------------------------------------------
const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');

const inspectDefaultOptions = Object.seal({
  showHidden: false,
  depth: 2,
  colors: false,
  customInspect: true,
  showProxy: false,
  maxArrayLength: 100,
  maxStringLength: 10000,
  breakLength: 80,
  compact: 3,
  sorted: false,
  getters: false,
  numericSeparator: false,
});
const optionNames = ObjectKeys(inspectDefaultOptions);

const kObjectType = 0;
const kArrayType = 1;
const kArrayExtrasType = 2;

const kMinLineLength = 16;

// Iterator preview kinds.
const kWeak = 0;
const kIterator = 1;
const kMapEntries = 2;

const keyStrRegExp = /^[a-zA-Z_][a-zA-Z_0-9]*$/;
const coreModuleRegExp = /^ {4}at (?:[^/\\(]+ \(|)node:(.+):\d+:\d+\)?$/;
const classRegExp = /^(\s+[^(]*?)\s*{/;
const stripCommentsRegExp = /(\/\/.*?\n)|(\/\*(.|\n)*?\*\/)/g;
const colorRegExp = /\u001b\[\d\d?m/g;
// Matches ANSI escape sequences (same grammar as chalk/ansi-regex).
const ansi = new RegExp(
  '(?:\\u001B\\][\\s\\S]*?(?:\\u0007|\\u001B\\u005C|\\u009C))' +
  '|[\\u001B\\u009B][[\\]()#;?]*' +
  '(?:\\d{1,4}(?:[;:]\\d{0,4})*)?' +
  '[\\dA-PR-TZcf-nq-uy=><~]', 'g',
);

function makeInvalidArgType(name, expected, actual) {
  // Same wording as Node's ERR_INVALID_ARG_TYPE ("Received ...").
  let received;
  const type = typeof actual;
  if (actual === null || actual === undefined) {
    received = ` Received ${actual}`;
  } else if (type === 'function') {
    received = ` Received function ${actual.name}`;
  } else if (type === 'object') {
    let ctorName;
    try {
      ctorName = actual.constructor?.name;
    } catch {
      // Ignore.
    }
    received = typeof ctorName === 'string' && ctorName !== '' ?
      ` Received an instance of ${ctorName}` :
      ` Received ${inspect(actual, { depth: -1 })}`;
  } else if (type === 'string') {
    let shown = actual.length > 28 ? `${actual.slice(0, 25)}...` : actual;
    shown = shown.includes("'") ? JSONStringify(shown) : `'${shown}'`;
    received = ` Received type string (${shown})`;
  } else if (type === 'number' || type === 'bigint' || type === 'boolean' || type === 'symbol') {
    const shown = type === 'bigint' ? `${actual}n` :
      type === 'number' && ObjectIs(actual, -0) ? '-0' : String(actual);
    received = ` Received type ${type} (${shown})`;
  } else {
    let shown = inspect(actual, { colors: false });
    if (shown.length > 28) shown = `${shown.slice(0, 25)}...`;
    received = ` Received type ${type} (${shown})`;
  }
  const err = new TypeError(`The "${name}" argument must be of type ${expected}.${received}`);
  err.code = 'ERR_INVALID_ARG_TYPE';
  return err;
}

function validateObject(value, name, allowArray) {
  if (value === null || typeof value !== 'object' || (!allowArray && ArrayIsArray(value))) {
    throw makeInvalidArgType(name, 'object', value);
  }
}

function getUserOptions(ctx, isCrossContext) {
  const ret = { stylize: ctx.stylize };
  for (let i = 0; i < optionNames.length; i++) {
    ret[optionNames[i]] = ctx[optionNames[i]];
  }
  if (ctx.userOptions !== undefined) Object.assign(ret, ctx.userOptions);

  // Values from another realm must not receive objects from this realm:
  // hand over a null-prototype object with primitives and a wrapped stylize.
  if (isCrossContext) {
    ObjectSetPrototypeOf(ret, null);
    for (const key of ObjectKeys(ret)) {
      const v = ret[key];
      if ((typeof v === 'object' || typeof v === 'function') && v !== null) {
        delete ret[key];
      }
    }
    ret.stylize = ObjectSetPrototypeOf((value, flavour) => {
      let stylized;
      try {
        stylized = `${ctx.stylize(value, flavour)}`;
      } catch {
        // Ignore.
      }
      return typeof stylized === 'string' ? stylized : value;
    }, null);
  }
  return ret;
}

/**
 * Returns a string representation of `value` (legacy signature:
 * value, showHidden, depth, colors).
 */
function inspect(value, opts) {
  const ctx = {
    budget: {},
    indentationLvl: 0,
    seen: [],
    currentDepth: 0,
    stylize: stylizeNoColor,
  };
  for (let i = 0; i < optionNames.length; i++) {
    ctx[optionNames[i]] = inspectDefaultOptions[optionNames[i]];
  }
  if (arguments.length > 1) {
    if (arguments.length > 2) {
      if (arguments[2] !== undefined) ctx.depth = arguments[2];
      if (arguments.length > 3 && arguments[3] !== undefined) ctx.colors = arguments[3];
    }
    if (typeof opts === 'boolean') {
      ctx.showHidden = opts;
    } else if (opts) {
      const keys = ObjectKeys(opts);
      for (let i = 0; i < keys.length; i++) {
        const key = keys[i];
        if (hasOwn(inspectDefaultOptions, key) || key === 'stylize') {
          ctx[key] = opts[key];
        } else if (ctx.userOptions === undefined) {
          // Pass unknown options through to custom inspect functions.
          ctx.userOptions = opts;
        }
      }
    }
  }
  if (ctx.colors) ctx.stylize = stylizeWithColor;
  if (ctx.maxArrayLength === null) ctx.maxArrayLength = Infinity;
  if (ctx.maxStringLength === null) ctx.maxStringLength = Infinity;
  return formatValue(ctx, value, 0);
}
inspect.custom = customInspectSymbol;

ObjectDefineProperty(inspect, 'defaultOptions', {
  __proto__: null,
  get() {
    return inspectDefaultOptions;
  },
  set(options) {
    validateObject(options, 'options', false);
    return Object.assign(inspectDefaultOptions, options);
  },
});

// SGR codes: [set, reset].
const kDefaultFG = 39;
const kDefaultBG = 49;
inspect.colors = {
  __proto__: null,
  reset: [0, 0],
  bold: [1, 22],
  dim: [2, 22],
  italic: [3, 23],
  underline: [4, 24],
  blink: [5, 25],
  inverse: [7, 27],
  hidden: [8, 28],
  strikethrough: [9, 29],
  doubleunderline: [21, 24],
  black: [30, kDefaultFG],
  red: [31, kDefaultFG],
  green: [32, kDefaultFG],
  yellow: [33, kDefaultFG],
  blue: [34, kDefaultFG],
  magenta: [35, kDefaultFG],
  cyan: [36, kDefaultFG],
  white: [37, kDefaultFG],
  bgBlack: [40, kDefaultBG],
  bgRed: [41, kDefaultBG],
  bgGreen: [42, kDefaultBG],
  bgYellow: [43, kDefaultBG],
  bgBlue: [44, kDefaultBG],
  bgMagenta: [45, kDefaultBG],
  bgCyan: [46, kDefaultBG],
  bgWhite: [47, kDefaultBG],
  framed: [51, 54],
  overlined: [53, 55],
  gray: [90, kDefaultFG],
  redBright: [91, kDefaultFG],
  greenBright: [92, kDefaultFG],
  yellowBright: [93, kDefaultFG],
  blueBright: [94, kDefaultFG],
  magentaBright: [95, kDefaultFG],
  cyanBright: [96, kDefaultFG],
  whiteBright: [97, kDefaultFG],
  bgGray: [100, kDefaultBG],
  bgRedBright: [101, kDefaultBG],
  bgGreenBright: [102, kDefaultBG],
  bgYellowBright: [103, kDefaultBG],
  bgBlueBright: [104, kDefaultBG],
  bgMagentaBright: [105, kDefaultBG],
  bgCyanBright: [106, kDefaultBG],
  bgWhiteBright: [107, kDefaultBG],
};

for (const [alias, target] of [
  ['grey', 'gray'], ['blackBright', 'gray'], ['bgGrey', 'bgGray'],
  ['bgBlackBright', 'bgGray'], ['faint', 'dim'], ['crossedout', 'strikethrough'],
  ['strikeThrough', 'strikethrough'], ['crossedOut', 'strikethrough'],
  ['conceal', 'hidden'], ['swapColors', 'inverse'], ['swapcolors', 'inverse'],
  ['doubleUnderline', 'doubleunderline'],
]) {
  ObjectDefineProperty(inspect.colors, alias, {
    __proto__: null,
    get() { return this[target]; },
    set(value) { this[target] = value; },
    configurable: true,
    enumerable: false,
  });
}

inspect.styles = Object.assign({ __proto__: null }, {
  special: 'cyan',
  number: 'yellow',
  bigint: 'yellow',
  boolean: 'yellow',
  undefined: 'grey',
  null: 'bold',
  string: 'green',
  symbol: 'green',
  date: 'magenta',
  // "name": intentionally not styled.
  regexp: highlightRegExp,
  module: 'underline',
});
// Palette for RegExp group-depth highlighting; users may change it.
highlightRegExp.colors = ['green', 'red', 'yellow', 'cyan', 'magenta'];
const defaultRegExpPalette = highlightRegExp.colors.slice();

// Colorizes a RegExp literal (`/pattern/flags`) by nesting depth. A tolerant
// single pass over the source, matching Node's highlighter token for token.
function highlightRegExp(src) {
  const names = highlightRegExp.colors?.length > 0 ?
    highlightRegExp.colors : defaultRegExpPalette;
  const palette = [];
  for (const name of names) {
    const c = inspect.colors[name];
    if (c) palette.push([`\u001b[${c[0]}m`, `\u001b[${c[1]}m`]);
  }
  const n = src.length;
  let out = '';
  let pos = 0;
  let depth = 0;
  let inClass = false;

  const emit = (s) => {
    const c = palette[depth % palette.length] ?? palette[0];
    out += c[0] + s + c[1];
  };
  // Emit `s` one level deeper (or shallower) and advance by `advance`.
  const emitAt = (s, delta, advance) => {
    depth += delta;
    emit(s);
    depth -= delta;
    pos += advance;
  };
  // Emits a bracketed run such as `\u{...}`, `\p{...}` or `\k<...>`.
  const emitGroup = (open, close, lower) => {
    let inner = '';
    pos++;
    while (pos < n && src[pos] !== close) inner += src[pos++];
    if (pos < n) {
      depth -= lower;
      emit(open);
      emitAt(inner, 1, 1);
      emit(close);
      depth += lower;
    } else {
      // Unterminated: keep output intact.
      emitAt(open, 1, -inner.length);
    }
  };
  const isDigit = (ch) => ch >= '0' && ch <= '9';

  emit('/');
  depth++;
  pos = 1;
  while (pos < n) {
    const ch = src[pos];
    if (inClass) {
      if (ch === '\\') {
        let seq = '\\';
        pos++;
        if (pos < n) {
          seq += src[pos++];
          const kind = seq[1];
          if ((kind === 'u' || kind === 'p' || kind === 'P') && src[pos] === '{') {
            emitGroup(`${seq}{`, '}', 0);
            continue;
          } else if (kind === 'x') {
            seq += src.slice(pos, pos + 2);
            pos += 2;
          }
        }
        emit(seq);
      } else if (ch === ']') {
        depth--;
        emit(']');
        pos++;
        inClass = false;
      } else if (ch === '-' && src[pos - 1] !== '[' && pos + 1 < n && src[pos + 1] !== ']') {
        emitAt('-', 1, 1);
      } else {
        emit(ch);
        pos++;
      }
    } else if (ch === '[') {
      emit('[');
      depth++;
      pos++;
      inClass = true;
    } else if (ch === '(') {
      emit('(');
      depth++;
      pos++;
      if (pos < n && src[pos] === '?') {
        pos++;
        const a = pos < n ? src[pos] : '';
        if (a === ':' || a === '=' || a === '!') {
          emitAt(`?${a}`, -1, 1);
        } else {
          const b = pos + 1 < n ? src[pos + 1] : '';
          if (a === '<' && (b === '=' || b === '!')) {
            emitAt(`?<${b}`, -1, 2);
          } else if (a === '<') {
            pos++;
            const start = pos;
            while (pos < n && src[pos] !== '>') pos++;
            const name = src.slice(start, pos);
            if (pos < n && src[pos] === '>') {
              depth--;
              emit('?<');
              emitAt(name, 1, 0);
              emit('>');
              depth++;
              pos++;
            } else {
              emitAt('?<', -1, 0);
              emit(name);
            }
          } else {
            emit('?');
          }
        }
      }
    } else if (ch === ')') {
      depth--;
      emit(')');
      pos++;
    } else if (ch === '\\') {
      let seq = '\\';
      pos++;
      if (pos < n) {
        seq += src[pos++];
        const kind = seq[1];
        if (pos < n) {
          if (kind === 'u' && src[pos] === '{') {
            emitGroup(`${seq}{`, '}', 0);
            continue;
          } else if (kind === 'x') {
            seq += src.slice(pos, pos + 2);
            pos += 2;
          } else if (isDigit(kind)) {
            while (pos < n && isDigit(src[pos])) seq += src[pos++];
          } else if (kind === 'k' && src[pos] === '<') {
            emitGroup(`${seq}<`, '>', 1);
            continue;
          } else if ((kind === 'p' || kind === 'P') && src[pos] === '{') {
            emitGroup(`${seq}{`, '}', 0);
            continue;
          }
        }
      }
      emitAt(seq, 1, 0);
    } else if ('|+*?,^$'.includes(ch)) {
      emitAt(ch, 3, 1);
    } else if (ch === '{') {
      pos++;
      let lo = '';
      while (pos < n && isDigit(src[pos])) lo += src[pos++];
      if (lo) {
        emit('{');
        depth++;
        emitAt(lo, 1, 0);
      }
      if (pos < n) {
        if (src[pos] === ',') {
          if (!lo) {
            emit('{');
            depth++;
          }
          emit(',');
          pos++;
        } else if (!lo) {
          emitAt('{', 1, 0);
          continue;
        }
      }
      let hi = '';
      while (pos < n && isDigit(src[pos])) hi += src[pos++];
      if (hi) emitAt(hi, 1, 0);
      if (pos < n && src[pos] === '}') {
        depth--;
        emit('}');
        pos++;
      }
      if (pos < n && src[pos] === '?') emitAt('?', 3, 1);
    } else if (ch === '.') {
      emitAt(ch, 2, 1);
    } else if (ch === '/') {
      break;
    } else {
      emitAt(ch, 1, 1);
    }
  }
  emitAt('/', -1, 1);
  if (pos < n) emit(src.slice(pos));
  return out;
}

// ---------------------------------------------------------------------------
// Strings.
// ---------------------------------------------------------------------------
function hex2(code) {
  return code.toString(16).toUpperCase().padStart(2, '0');
}

// Escape for a control / C1 / quote / backslash character.
function metaEscape(code) {
  switch (code) {
    case 8: return '\\b';
    case 9: return '\\t';
    case 10: return '\\n';
    case 12: return '\\f';
    case 13: return '\\r';
    case 39: return "\\'";
    case 92: return '\\\\';
    default: return `\\x${hex2(code)}`;
  }
}

// Escapes control characters, C1 controls, the backslash, lone surrogates and
// (when `quoteCode` is 39) single quotes.
function escapeString(str, quoteCode) {
  let result = '';
  let last = 0;
  for (let i = 0; i < str.length; i++) {
    const code = str.charCodeAt(i);
    if (code === quoteCode || code === 92 || code < 32 || (code > 126 && code < 160)) {
      result += str.slice(last, i) + metaEscape(code);
      last = i + 1;
    } else if (code >= 0xd800 && code <= 0xdfff) {
      if (code <= 0xdbff && i + 1 < str.length) {
        const next = str.charCodeAt(i + 1);
        if (next >= 0xdc00 && next <= 0xdfff) {
          i++;
          continue;
        }
      }
      result += `${str.slice(last, i)}\\u${code.toString(16)}`;
      last = i + 1;
    }
  }
  return last === 0 ? str : result + str.slice(last);
}

// Quotes a string: single quotes by default, double quotes if it contains a
// single quote (but no double quote), backticks if it contains both (but no
// backtick or `${`); otherwise single quotes with escaping.
function strEscape(str) {
  let quote = "'";
  if (str.includes("'")) {
    if (!str.includes('"')) {
      quote = '"';
    } else if (!str.includes('`') && !str.includes('${')) {
      quote = '`';
    }
  }
  return quote + escapeString(str, quote === "'" ? 39 : -1) + quote;
}

function stylizeWithColor(str, styleType) {
  const style = inspect.styles[styleType];
  if (style !== undefined) {
    const color = inspect.colors[style];
    if (color !== undefined) {
      return `\u001b[${color[0]}m${str}\u001b[${color[1]}m`;
    }
    if (typeof style === 'function') {
      return style(str);
    }
  }
  return str;
}

function stylizeNoColor(str) {
  return str;
}

function removeColors(str) {
  return str.replace(colorRegExp, '');
}

function join(output, separator) {
  let str = '';
  if (output.length !== 0) {
    const last = output.length - 1;
    for (let i = 0; i < last; i++) {
      str += output[i];
      str += separator;
    }
    str += output[last];
  }
  return str;
}

// ---------------------------------------------------------------------------
// Constructor names and prefixes.
// ---------------------------------------------------------------------------
function isInstanceof(object, constructor) {
  try {
    return object instanceof constructor;
  } catch {
    return false;
  }
}

// Builtin prototypes whose `constructor` property might have been tampered.
const wellKnownPrototypes = new NativeMap();
for (const C of [Array, ArrayBuffer, Function, Map, Set, Object, RegExp, Date,
  DataView, Error, AggregateError, RangeError, TypeError, Boolean, Number,
  String, Promise, WeakMap, WeakSet]) {
  wellKnownPrototypes.set(C.prototype, { name: C.name, constructor: C });
}
wellKnownPrototypes.set(TypedArrayPrototype,
  { name: 'TypedArray', constructor: TypedArrayPrototype.constructor });

function getConstructorName(obj, ctx, recurseTimes, protoProps) {
  let firstProto;
  const tmp = obj;
  while (obj || isUndetectableObject(obj)) {
    const known = wellKnownPrototypes.get(obj);
    if (known !== undefined && functionHasInstance(known.constructor, tmp)) {
      if (protoProps !== undefined && firstProto !== obj) {
        addPrototypeProperties(ctx, tmp, firstProto || tmp, recurseTimes, protoProps);
      }
      return known.name;
    }
    const descriptor = ObjectGetOwnPropertyDescriptor(obj, 'constructor');
    if (descriptor !== undefined &&
        typeof descriptor.value === 'function' &&
        descriptor.value.name !== '' &&
        isInstanceof(tmp, descriptor.value)) {
      if (protoProps !== undefined &&
          (firstProto !== obj || !builtInObjects.has(descriptor.value.name))) {
        addPrototypeProperties(ctx, tmp, firstProto || tmp, recurseTimes, protoProps);
      }
      return String(descriptor.value.name);
    }
    obj = ObjectGetPrototypeOf(obj);
    if (firstProto === undefined) firstProto = obj;
  }

  if (firstProto === null) return null;

  const res = internalGetConstructorName(tmp);
  if (recurseTimes > ctx.depth && ctx.depth !== null) {
    return `${res} <Complex prototype>`;
  }
  const protoConstr = getConstructorName(firstProto, ctx, recurseTimes + 1, protoProps);
  if (protoConstr === null) {
    return `${res} <${inspect(firstProto, {
      ...ctx,
      customInspect: false,
      depth: -1,
    })}>`;
  }
  return `${res} <${protoConstr}>`;
}

// With `showHidden`, non-function properties of user-defined prototypes (up
// to three levels) are listed, too.
function addPrototypeProperties(ctx, main, obj, recurseTimes, output) {
  let depth = 0;
  let keys;
  let keySet;
  do {
    if (depth !== 0 || main === obj) {
      obj = ObjectGetPrototypeOf(obj);
      if (obj === null) return;
      const descriptor = ObjectGetOwnPropertyDescriptor(obj, 'constructor');
      if (descriptor !== undefined &&
          typeof descriptor.value === 'function' &&
          builtInObjects.has(descriptor.value.name)) {
        return;
      }
    }
    if (depth === 0) {
      keySet = new NativeSet();
    } else {
      for (const key of keys) keySet.add(key);
    }
    keys = ReflectOwnKeys(obj);
    ctx.seen.push(main);
    for (const key of keys) {
      if (key === 'constructor' || hasOwn(main, key) || (depth !== 0 && keySet.has(key))) {
        continue;
      }
      const desc = ObjectGetOwnPropertyDescriptor(obj, key);
      if (typeof desc.value === 'function') continue;
      const value = formatProperty(ctx, obj, recurseTimes, key, kObjectType, desc, main);
      output.push(ctx.colors ? `\u001b[2m${value}\u001b[22m` : value);
    }
    ctx.seen.pop();
  } while (++depth !== 3);
}

function getPrefix(constructor, tag, fallback, size = '') {
  if (constructor === null) {
    if (tag !== '' && fallback !== tag) {
      return `[${fallback}${size}: null prototype] [${tag}] `;
    }
    return `[${fallback}${size}: null prototype] `;
  }
  if (tag !== '') {
    const dot = tag.lastIndexOf('.');
    if (constructor === (dot >= 1 ? tag.slice(dot + 1) : tag)) {
      return `${tag}${size} `;
    }
    return `${constructor}${size} [${tag}] `;
  }
  return `${constructor}${size} `;
}

function getKeys(value, showHidden) {
  let keys;
  const symbols = ObjectGetOwnPropertySymbols(value);
  if (showHidden) {
    keys = ObjectGetOwnPropertyNames(value);
    for (const s of symbols) keys.push(s);
  } else {
    try {
      keys = ObjectKeys(value);
    } catch (err) {
      // Namespace of a module that has not been evaluated yet.
      if (!(isModuleNamespaceObject(value) && isNativeError(err))) throw err;
      keys = ObjectGetOwnPropertyNames(value);
    }
    for (const s of symbols) {
      if (isEnumerable(value, s)) keys.push(s);
    }
  }
  return keys;
}

function getCtxStyle(value, constructor, tag) {
  let fallback = '';
  if (constructor === null) {
    fallback = internalGetConstructorName(value);
    if (fallback === tag) fallback = 'Object';
  }
  return getPrefix(constructor, tag, fallback);
}

function formatProxy(ctx, proxy, recurseTimes) {
  if (recurseTimes > ctx.depth && ctx.depth !== null) {
    return ctx.stylize('Proxy [Array]', 'special');
  }
  recurseTimes += 1;
  ctx.indentationLvl += 2;
  const res = [
    formatValue(ctx, proxy[0], recurseTimes),
    formatValue(ctx, proxy[1], recurseTimes),
  ];
  ctx.indentationLvl -= 2;
  return reduceToSingleString(ctx, res, '', ['Proxy [', ']'], kArrayExtrasType, recurseTimes);
}

function wrapProxies(ctx, formatted, count) {
  for (let i = 0; i < count; i++) {
    formatted = `${ctx.stylize('Proxy(', 'special')}${formatted}${ctx.stylize(')', 'special')}`;
  }
  return formatted;
}

// ---------------------------------------------------------------------------
// The core formatter.
// ---------------------------------------------------------------------------
function formatValue(ctx, value, recurseTimes, typedArray) {
  if (typeof value !== 'object' && typeof value !== 'function' && !isUndetectableObject(value)) {
    return formatPrimitive(ctx.stylize, value, ctx);
  }
  if (value === null) {
    return ctx.stylize('null', 'null');
  }

  // Custom inspect functions are called with the proxy itself as `this`.
  const context = value;
  let proxies = 0;
  // Proxies are unwrapped without triggering any trap.
  let proxy = getProxyDetails(value);
  if (proxy !== undefined) {
    if (ctx.showProxy) {
      if (proxy[0] === null) return ctx.stylize('<Revoked Proxy>', 'special');
      return formatProxy(ctx, proxy, recurseTimes);
    }
    do {
      if (proxy[0] === null) {
        return wrapProxies(ctx, ctx.stylize('<Revoked Proxy>', 'special'), proxies);
      }
      value = proxy[0];
      proxy = getProxyDetails(value);
      proxies += 1;
    } while (proxy !== undefined);
  }

  if (ctx.customInspect) {
    const maybeCustom = value[customInspectSymbol];
    if (typeof maybeCustom === 'function' &&
        maybeCustom !== inspect &&
        // Skip prototype objects that carry the method for their instances.
        ObjectGetOwnPropertyDescriptor(value, 'constructor')?.value?.prototype !== value) {
      const depth = ctx.depth === null ? null : ctx.depth - recurseTimes;
      const isCrossContext = proxies !== 0 || !functionHasInstance(Object, context);
      const ret = ReflectApply(maybeCustom, context,
        [depth, getUserOptions(ctx, isCrossContext), inspect]);
      if (ret !== context) {
        if (typeof ret !== 'string') {
          return formatValue(ctx, ret, recurseTimes);
        }
        return ret.replaceAll('\n', `\n${' '.repeat(ctx.indentationLvl)}`);
      }
    }
  }

  if (ctx.seen.includes(value)) {
    let index = 1;
    if (ctx.circular === undefined) {
      ctx.circular = new NativeMap();
      ctx.circular.set(value, index);
    } else {
      index = ctx.circular.get(value);
      if (index === undefined) {
        index = ctx.circular.size + 1;
        ctx.circular.set(value, index);
      }
    }
    return ctx.stylize(`[Circular *${index}]`, 'special');
  }

  return wrapProxies(ctx, formatRaw(ctx, value, recurseTimes, typedArray), proxies);
}

function formatRaw(ctx, value, recurseTimes, typedArray) {
  let keys;
  let protoProps;
  if (ctx.showHidden && (recurseTimes <= ctx.depth || ctx.depth === null)) {
    protoProps = [];
  }

  const constructor = getConstructorName(value, ctx, recurseTimes, protoProps);
  if (protoProps !== undefined && protoProps.length === 0) {
    protoProps = undefined;
  }

  let tag = '';
  try {
    tag = value[Symbol.toStringTag];
  } catch {
    // Ignore.
  }
  // Only show the tag if it is not an own (enumerable) property; otherwise it
  // would be printed twice.
  if (typeof tag !== 'string' ||
      (tag !== '' && (ctx.showHidden ? hasOwn : isEnumerable)(value, Symbol.toStringTag))) {
    tag = '';
  }

  let base = '';
  let formatter = getEmptyFormatArray;
  let braces;
  let noIterator = true;
  const onlyEnumerable = !ctx.showHidden;
  let extrasType = kObjectType;
  let extraKeys;

  // Null-prototype objects are checked for every type, as there is no
  // constructor to go by.
  if (Symbol.iterator in value || constructor === null) {
    noIterator = false;
    if (ArrayIsArray(value)) {
      const prefix = (constructor !== 'Array' || tag !== '') ?
        getPrefix(constructor, tag, 'Array', `(${value.length})`) :
        '';
      keys = getOwnNonIndexProperties(value, onlyEnumerable);
      braces = [`${prefix}[`, ']'];
      if (value.length === 0 && keys.length === 0 && protoProps === undefined) {
        return `${braces[0]}]`;
      }
      extrasType = kArrayExtrasType;
      formatter = formatArray;
    } else if (isSet(value)) {
      const size = setSize(value);
      const prefix = getPrefix(constructor, tag, 'Set', `(${size})`);
      keys = getKeys(value, ctx.showHidden);
      const source = constructor !== null ? value : setValues(value);
      formatter = (c, v, r) => formatSet(source, c, v, r);
      if (size === 0 && keys.length === 0 && protoProps === undefined) {
        return `${prefix}{}`;
      }
      braces = [`${prefix}{`, '}'];
    } else if (isMap(value)) {
      const size = mapSize(value);
      const prefix = getPrefix(constructor, tag, 'Map', `(${size})`);
      keys = getKeys(value, ctx.showHidden);
      const source = constructor !== null ? value : mapEntries(value);
      formatter = (c, v, r) => formatMap(source, c, v, r);
      if (size === 0 && keys.length === 0 && protoProps === undefined) {
        return `${prefix}{}`;
      }
      braces = [`${prefix}{`, '}'];
    } else if (isTypedArray(value)) {
      keys = getOwnNonIndexProperties(value, onlyEnumerable);
      let bound = value;
      let fallback = '';
      if (constructor === null) {
        fallback = typedArrayTag(value);
        // Rebuild a regular typed array to read the elements from.
        bound = new typedArrayConstructors[fallback](value);
      }
      const size = typedArrayLength(value);
      const prefix = getPrefix(constructor, tag, fallback, `(${size})`);
      braces = [`${prefix}[`, ']'];
      if (value.length === 0 && keys.length === 0 && !ctx.showHidden) {
        return `${braces[0]}]`;
      }
      formatter = (c) => formatTypedArray(bound, size, c);
      extrasType = kArrayExtrasType;
      if (ctx.showHidden) {
        extraKeys = ['BYTES_PER_ELEMENT', 'length', 'byteLength', 'byteOffset', 'buffer'];
        typedArray = true;
      }
    } else if (isMapIterator(value)) {
      keys = getKeys(value, ctx.showHidden);
      braces = getIteratorBraces('Map', tag);
      const b = braces;
      formatter = (c, v, r) => formatIterator(b, c, v, r);
    } else if (isSetIterator(value)) {
      keys = getKeys(value, ctx.showHidden);
      braces = getIteratorBraces('Set', tag);
      const b = braces;
      formatter = (c, v, r) => formatIterator(b, c, v, r);
    } else {
      noIterator = true;
    }
  }
  if (noIterator) {
    keys = getKeys(value, ctx.showHidden);
    braces = ['{', '}'];
    if (typeof value === 'function') {
      base = getFunctionBase(ctx, value, constructor, tag);
      if (keys.length === 0 && protoProps === undefined) {
        return ctx.stylize(base, 'special');
      }
    } else if (constructor === 'Object') {
      if (isArgumentsObject(value)) {
        braces[0] = '[Arguments] {';
      } else if (tag !== '') {
        braces[0] = `${getPrefix(constructor, tag, 'Object')}{`;
      }
      if (keys.length === 0 && protoProps === undefined) {
        return `${braces[0]}}`;
      }
    } else if (isRegExp(value)) {
      base = regexpToString(constructor !== null ? value : new NativeRegExp(value));
      const prefix = getPrefix(constructor, tag, 'RegExp');
      if (prefix !== 'RegExp ') base = `${prefix}${base}`;
      base = ctx.stylize(base, 'regexp');
      if ((keys.length === 0 && protoProps === undefined) ||
          (recurseTimes > ctx.depth && ctx.depth !== null)) {
        return base;
      }
    } else if (isDate(value)) {
      base = Number.isNaN(dateGetTime(value)) ? dateToString(value) : dateToISOString(value);
      const prefix = getPrefix(constructor, tag, 'Date');
      if (prefix !== 'Date ') base = `${prefix}${base}`;
      if (keys.length === 0 && protoProps === undefined) {
        return ctx.stylize(base, 'date');
      }
    } else if (isError(value)) {
      base = formatError(value, constructor, tag, ctx, keys);
      if (keys.length === 0 && protoProps === undefined) return base;
    } else if (isAnyArrayBuffer(value)) {
      const arrayType = isArrayBuffer(value) ? 'ArrayBuffer' : 'SharedArrayBuffer';
      const prefix = getPrefix(constructor, tag, arrayType);
      if (typedArray === undefined) {
        formatter = formatArrayBuffer;
      } else if (keys.length === 0 && protoProps === undefined) {
        return prefix +
          `{ [byteLength]: ${formatNumber(ctx.stylize, value.byteLength, false)} }`;
      }
      braces[0] = `${prefix}{`;
      extraKeys = ['byteLength'];
    } else if (isDataView(value)) {
      braces[0] = `${getPrefix(constructor, tag, 'DataView')}{`;
      extraKeys = ['byteLength', 'byteOffset', 'buffer'];
    } else if (isPromise(value)) {
      braces[0] = `${getPrefix(constructor, tag, 'Promise')}{`;
      formatter = formatPromise;
    } else if (isWeakSet(value)) {
      braces[0] = `${getPrefix(constructor, tag, 'WeakSet')}{`;
      formatter = ctx.showHidden ? formatWeakSet : formatWeakCollection;
    } else if (isWeakMap(value)) {
      braces[0] = `${getPrefix(constructor, tag, 'WeakMap')}{`;
      formatter = ctx.showHidden ? formatWeakMap : formatWeakCollection;
    } else if (isModuleNamespaceObject(value)) {
      braces[0] = `${getPrefix(constructor, tag, 'Module')}{`;
      const k = keys;
      formatter = (c, v, r) => formatNamespaceObject(k, c, v, r);
    } else if (isBoxedPrimitive(value)) {
      base = getBoxedBase(value, ctx, keys, constructor, tag);
      if (keys.length === 0 && protoProps === undefined) return base;
    } else {
      if (keys.length === 0 && protoProps === undefined) {
        return `${getCtxStyle(value, constructor, tag)}{}`;
      }
      braces[0] = `${getCtxStyle(value, constructor, tag)}{`;
    }
  }

  if (recurseTimes > ctx.depth && ctx.depth !== null) {
    let constructorName = getCtxStyle(value, constructor, tag).slice(0, -1);
    if (constructor !== null) constructorName = `[${constructorName}]`;
    return ctx.stylize(constructorName, 'special');
  }
  recurseTimes += 1;

  ctx.seen.push(value);
  ctx.currentDepth = recurseTimes;
  let output;
  const indentationLvl = ctx.indentationLvl;
  try {
    output = formatter(ctx, value, recurseTimes);
    if (extraKeys !== undefined) {
      for (let i = 0; i < extraKeys.length; i++) {
        let formatted;
        try {
          formatted = formatExtraProperties(ctx, value, recurseTimes, extraKeys[i], typedArray);
        } catch {
          const tempValue = { [extraKeys[i]]: value.buffer[extraKeys[i]] };
          formatted = formatExtraProperties(ctx, tempValue, recurseTimes, extraKeys[i], typedArray);
        }
        output.push(formatted);
      }
    }
    for (let i = 0; i < keys.length; i++) {
      output.push(formatProperty(ctx, value, recurseTimes, keys[i], extrasType));
    }
    if (protoProps !== undefined) {
      for (const p of protoProps) output.push(p);
    }
  } catch (err) {
    if (!isStackOverflowError(err)) throw err;
    const constructorName = getCtxStyle(value, constructor, tag).slice(0, -1);
    ctx.seen.pop();
    ctx.indentationLvl = indentationLvl;
    return ctx.stylize(
      `[${constructorName}: Inspection interrupted prematurely. Maximum call stack size exceeded.]`,
      'special');
  }
  if (ctx.circular !== undefined) {
    const index = ctx.circular.get(value);
    if (index !== undefined) {
      const reference = ctx.stylize(`<ref *${index}>`, 'special');
      if (ctx.compact !== true) {
        base = base === '' ? reference : `${reference} ${base}`;
      } else {
        braces[0] = `${reference} ${braces[0]}`;
      }
    }
  }
  ctx.seen.pop();

  if (ctx.sorted) {
    const comparator = ctx.sorted === true ? undefined : ctx.sorted;
    if (extrasType === kObjectType) {
      output.sort(comparator);
    } else if (keys.length > 1) {
      const tail = output.slice(output.length - keys.length).sort(comparator);
      output.splice(output.length - keys.length, keys.length, ...tail);
    }
  }

  const res = reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value);
  const newLength = (ctx.budget[ctx.indentationLvl] || 0) + res.length;
  ctx.budget[ctx.indentationLvl] = newLength;
  // Stop descending once the output gets huge (keeps below string limits).
  if (newLength > 2 ** 27) {
    ctx.depth = -1;
  }
  return res;
}

function getEmptyFormatArray() {
  return [];
}

function getIteratorBraces(type, tag) {
  if (tag !== `${type} Iterator`) {
    if (tag !== '') tag += '] [';
    tag += `${type} Iterator`;
  }
  return [`[${tag}] {`, '}'];
}

function getBoxedBase(value, ctx, keys, constructor, tag) {
  let type;
  let primitive;
  if (isNumberObject(value)) {
    type = 'Number';
    primitive = numberValueOf(value);
  } else if (isStringObject(value)) {
    type = 'String';
    primitive = stringValueOf(value);
    // The index keys of a boxed string are redundant.
    keys.splice(0, value.length);
  } else if (isBooleanObject(value)) {
    type = 'Boolean';
    primitive = booleanValueOf(value);
  } else if (isBigIntObject(value)) {
    type = 'BigInt';
    primitive = bigintValueOf(value);
  } else {
    type = 'Symbol';
    primitive = symbolValueOf(value);
  }
  let base = `[${type}`;
  if (type !== constructor) {
    base += constructor === null ? ' (null prototype)' : ` (${constructor})`;
  }
  base += `: ${formatPrimitive(stylizeNoColor, primitive, ctx)}]`;
  if (tag !== '' && tag !== constructor) {
    base += ` [${tag}]`;
  }
  if (keys.length !== 0 || ctx.stylize === stylizeNoColor) return base;
  return ctx.stylize(base, type.toLowerCase());
}

function getClassBase(value, constructor, tag) {
  const name = (hasOwn(value, 'name') && value.name) || '(anonymous)';
  let base = `class ${name}`;
  if (constructor !== 'Function' && constructor !== null) {
    base += ` [${constructor}]`;
  }
  if (tag !== '' && constructor !== tag) {
    base += ` [${tag}]`;
  }
  if (constructor !== null) {
    const superName = ObjectGetPrototypeOf(value).name;
    if (superName) base += ` extends ${superName}`;
  } else {
    base += ' extends [null prototype]';
  }
  return `[${base}]`;
}

function getFunctionBase(ctx, value, constructor, tag) {
  const source = functionToString(value);
  if (source.startsWith('class') && source[source.length - 1] === '}') {
    const body = source.slice(5, -1);
    const brace = body.indexOf('{');
    if (brace !== -1 &&
        (!body.slice(0, brace).includes('(') ||
         classRegExp.exec(body.replace(stripCommentsRegExp, '')) !== null)) {
      return getClassBase(value, constructor, tag);
    }
  }
  let type = 'Function';
  if (isGeneratorFunction(value)) type = `Generator${type}`;
  if (isAsyncFunction(value)) type = `Async${type}`;
  let base = `[${type}`;
  if (constructor === null) base += ' (null prototype)';
  if (value.name === '') {
    base += ' (anonymous)';
  } else {
    base += `: ${typeof value.name === 'string' ? value.name : formatValue(ctx, value.name)}`;
  }
  base += ']';
  if (constructor !== type && constructor !== null) {
    base += ` ${constructor}`;
  }
  if (tag !== '' && constructor !== tag) {
    base += ` [${tag}]`;
  }
  return base;
}

// ---------------------------------------------------------------------------
// Errors.
// ---------------------------------------------------------------------------

// Finds the first run (> 3) of identical lines of `a` inside `b`.
function identicalSequenceRange(a, b) {
  for (let i = 0; i < a.length - 3; i++) {
    const pos = b.indexOf(a[i]);
    if (pos !== -1) {
      const rest = b.length - pos;
      if (rest > 3) {
        let len = 1;
        const maxLen = Math.min(a.length - i, rest);
        while (maxLen > len && a[i + len] === b[pos + len]) len++;
        if (len > 3) return [len, i];
      }
    }
  }
  return [0, 0];
}

// Detects repeated blocks of stack frames (deep recursion) and returns flat
// triples [offset, blockLength, repetitions].
function getDuplicateErrorFrameRanges(frames) {
  const result = [];
  const positionsByLine = new NativeMap();
  for (let i = 0; i < frames.length; i++) {
    const positions = positionsByLine.get(frames[i]);
    if (positions === undefined) {
      positionsByLine.set(frames[i], [i]);
    } else {
      positions.push(i);
    }
  }
  const minimumDuplicateRange = 3;
  if (frames.length - positionsByLine.size <= minimumDuplicateRange) {
    return result;
  }
  for (let i = 0; i < frames.length - minimumDuplicateRange; i++) {
    const positions = positionsByLine.get(frames[i]);
    if (positions.length === 1 || positions[positions.length - 1] === i) continue;
    const current = positions.indexOf(i) + 1;
    if (current === positions.length) continue;

    let range = positions[positions.length - 1] - i;
    if (range < minimumDuplicateRange) continue;
    let extraSteps;
    if (current + 1 < positions.length) {
      // Start with the GCD of all distances; keep the others as fallbacks.
      let gcdRange = 0;
      for (let j = current; j < positions.length; j++) {
        let distance = positions[j] - i;
        while (distance !== 0) {
          const remainder = gcdRange % distance;
          if (gcdRange !== 0) {
            extraSteps ??= new NativeSet();
            extraSteps.add(gcdRange);
          }
          gcdRange = distance;
          distance = remainder;
        }
        if (gcdRange === 1) break;
      }
      range = gcdRange;
      if (extraSteps) {
        extraSteps.delete(range);
        extraSteps = [...extraSteps];
      }
    }
    let maxRange = range;
    let maxDuplicates = 0;
    let duplicateRanges = 0;
    for (let nextStart = i + range; ; nextStart += range) {
      let equalFrames = 0;
      for (let j = 0; j < range; j++) {
        if (frames[i + j] !== frames[nextStart + j]) break;
        equalFrames++;
      }
      if (equalFrames !== range) {
        if (!extraSteps?.length) break;
        if (duplicateRanges !== 0 && maxRange * maxDuplicates < range * duplicateRanges) {
          maxRange = range;
          maxDuplicates = duplicateRanges;
        }
        range = extraSteps.pop();
        nextStart = i;
        duplicateRanges = 0;
        continue;
      }
      duplicateRanges++;
    }
    if (maxDuplicates !== 0 && maxRange * maxDuplicates >= range * duplicateRanges) {
      range = maxRange;
      duplicateRanges = maxDuplicates;
    }
    if (duplicateRanges * range >= 3) {
      result.push(i + range, range, duplicateRanges);
      i += range * (duplicateRanges + 1) - 1;
    }
  }
  return result;
}

function getStackString(ctx, error) {
  let stack;
  try {
    stack = error.stack;
  } catch {
    // A throwing `stack` getter is ignored.
  }
  if (stack) {
    if (typeof stack === 'string') return stack;
    ctx.seen.push(error);
    ctx.indentationLvl += 4;
    const result = formatValue(ctx, stack);
    ctx.indentationLvl -= 4;
    ctx.seen.pop();
    return `${errorToString(error)}\n    ${result}`;
  }
  return errorToString(error);
}

function getStackFrames(ctx, err, stack) {
  const frames = stack.split('\n');
  let cause;
  try {
    ({ cause } = err);
  } catch {
    // Ignore a throwing `cause` getter.
  }
  // Collapse frames that also appear in the cause's stack.
  if (cause != null && isError(cause)) {
    const causeStack = getStackString(ctx, cause);
    const causeStackStart = causeStack.indexOf('\n    at');
    if (causeStackStart !== -1) {
      const causeFrames = causeStack.slice(causeStackStart + 1).split('\n');
      const [len, offset] = identicalSequenceRange(frames, causeFrames);
      if (len > 0) {
        const skipped = len - 2;
        const msg = `    ... ${skipped} lines matching cause stack trace ...`;
        frames.splice(offset + 1, skipped, ctx.stylize(msg, 'undefined'));
      }
    }
  }
  // Collapse recursive repetitions in long stacks.
  if (frames.length > 10) {
    const ranges = getDuplicateErrorFrameRanges(frames);
    for (let i = ranges.length - 3; i >= 0; i -= 3) {
      const offset = ranges[i];
      const length = ranges[i + 1];
      const duplicateRanges = ranges[i + 2];
      const msg = `    ... collapsed ${length * duplicateRanges} duplicate lines ` +
        'matching above ' +
        (duplicateRanges > 1 ?
          `${length} lines ${duplicateRanges} times...` :
          'lines ...');
      frames.splice(offset, length * duplicateRanges, ctx.stylize(msg, 'undefined'));
    }
  }
  return frames;
}

// Adds the constructor / tag to the first stack line when it differs from the
// error's name (e.g. `TypeError [ERR_X]: ...`, `Foo [TypeError]: ...`).
function improveStack(stack, constructor, name, tag) {
  let len = name.length;
  if (typeof name !== 'string') {
    stack = stack.replace(`${name}`,
      `${name} [${getPrefix(constructor, tag, 'Error').slice(0, -1)}]`);
  }
  // `name` may be a non-string; like Node's primordials, coerce it.
  if (constructor === null ||
      (strEndsWith(name, 'Error') &&
       stack.startsWith(name) &&
       (stack.length === len || stack[len] === ':' || stack[len] === '\n'))) {
    let fallback = 'Error';
    if (constructor === null) {
      const start = /^([A-Z][a-z_ A-Z0-9[\]()-]+)(?::|\n {4}at)/.exec(stack) ||
        /^([a-z_A-Z0-9-]*Error)$/.exec(stack);
      fallback = (start?.[1]) || '';
      len = fallback.length;
      fallback ||= 'Error';
    }
    const prefix = getPrefix(constructor, tag, fallback).slice(0, -1);
    if (name !== prefix) {
      if (prefix.includes(name)) {
        if (len === 0) {
          stack = `${prefix}: ${stack}`;
        } else {
          stack = `${prefix}${stack.slice(len)}`;
        }
      } else {
        stack = `${prefix} [${name}]${stack.slice(len)}`;
      }
    }
  }
  return stack;
}

function markNodeModules(ctx, line) {
  let tempLine = '';
  let lastPos = 0;
  let searchFrom = 0;
  while (true) {
    const at = line.indexOf('node_modules', searchFrom);
    if (at === -1) break;
    const separator = line[at - 1];
    const after = line[at + 12];
    if ((after !== '/' && after !== '\\') || (separator !== '/' && separator !== '\\')) {
      searchFrom = at + 1;
      continue;
    }
    const moduleStart = at + 13;
    tempLine += line.slice(lastPos, moduleStart);
    let moduleEnd = line.indexOf(separator, moduleStart);
    if (moduleEnd === -1) {
      moduleEnd = line.length;
    } else if (line[moduleStart] === '@') {
      moduleEnd = line.indexOf(separator, moduleEnd + 1);
      if (moduleEnd === -1) moduleEnd = line.length;
    }
    tempLine += ctx.stylize(line.slice(moduleStart, moduleEnd), 'module');
    lastPos = moduleEnd;
    searchFrom = moduleEnd;
  }
  if (lastPos !== 0) line = tempLine + line.slice(lastPos);
  return line;
}

function markCwd(ctx, line, workingDirectory) {
  let cwdStartPos = line.indexOf(workingDirectory);
  let tempLine = '';
  let cwdLength = workingDirectory.length;
  if (cwdStartPos !== -1) {
    if (line.slice(cwdStartPos - 7, cwdStartPos) === 'file://') {
      cwdLength += 7;
      cwdStartPos -= 7;
    }
    const start = line[cwdStartPos - 1] === '(' ? cwdStartPos - 1 : cwdStartPos;
    const end = start !== cwdStartPos && line.endsWith(')') ? -1 : line.length;
    const workingDirectoryEndPos = cwdStartPos + cwdLength + 1;
    const cwdSlice = line.slice(start, workingDirectoryEndPos);
    tempLine += line.slice(0, start);
    tempLine += ctx.stylize(cwdSlice, 'undefined');
    tempLine += line.slice(workingDirectoryEndPos, end);
    if (end === -1) tempLine += ctx.stylize(')', 'undefined');
  } else {
    tempLine += line;
  }
  return tempLine;
}

function safeGetCWD() {
  if (typeof internals.cwd !== 'function') return undefined;
  try {
    return internals.cwd();
  } catch {
    return undefined;
  }
}

// file:// URL of an absolute POSIX or Windows path (percent-encoding like
// Node's pathToFileURL for the characters that matter in practice).
function pathToFileUrlHref(path) {
  let p = path.replace(/\\/g, '/');
  if (!p.startsWith('/')) p = `/${p}`;
  return `file://${encodeURI(p).replace(/[?#]/g, encodeURIComponent)}`;
}

function isBuiltinModule(id) {
  if (typeof internals.isBuiltinModule === 'function') return internals.isBuiltinModule(id);
  return true;
}

function formatError(err, constructor, tag, ctx, keys) {
  let message, name, stack;
  try {
    stack = getStackString(ctx, err);
  } catch {
    return objectToString(err);
  }
  let messageThrows = false;
  try {
    message = err.message;
  } catch {
    messageThrows = true;
  }
  let nameThrows = false;
  try {
    name = err.name;
  } catch {
    nameThrows = true;
  }

  if (!ctx.showHidden && keys.length !== 0) {
    const stackIndex = keys.indexOf('stack');
    if (stackIndex !== -1) keys.splice(stackIndex, 1);
    // Hide `message` / `name` own properties when the stack shows them.
    if (!messageThrows) {
      const index = keys.indexOf('message');
      if (index !== -1 && (typeof message !== 'string' || stack.includes(message))) {
        keys.splice(index, 1);
      }
    }
    if (!nameThrows) {
      const index = keys.indexOf('name');
      if (index !== -1 && (typeof name !== 'string' || stack.includes(name))) {
        keys.splice(index, 1);
      }
    }
  }
  name ??= 'Error';

  if (hasOwn(err, 'cause') && (keys.length === 0 || !keys.includes('cause'))) {
    keys.push('cause');
  }
  // AggregateError#errors is non-enumerable but shown.
  try {
    const errors = err.errors;
    if (ArrayIsArray(errors) && hasOwn(err, 'errors') &&
        (keys.length === 0 || !keys.includes('errors'))) {
      keys.push('errors');
    }
  } catch {
    // Ignore.
  }

  stack = improveStack(stack, constructor, name, tag);

  // The stack frames start after the message (which may contain "\n    at").
  let pos = (message && stack.indexOf(message)) || -1;
  if (pos !== -1) pos += message.length;
  const stackStart = stack.indexOf('\n    at', pos);
  if (stackStart === -1) {
    stack = `[${stack}]`;
  } else {
    let newStack = stack.slice(0, stackStart);
    const lines = getStackFrames(ctx, err, stack.slice(stackStart + 1));
    if (ctx.colors) {
      // Grey out builtin frames; highlight node_modules and the cwd.
      const workingDirectory = safeGetCWD();
      let esmWorkingDirectory;
      for (let line of lines) {
        const core = coreModuleRegExp.exec(line);
        if (core !== null && isBuiltinModule(core[1])) {
          newStack += `\n${ctx.stylize(line, 'undefined')}`;
        } else {
          newStack += '\n';
          line = markNodeModules(ctx, line);
          if (workingDirectory !== undefined) {
            let newLine = markCwd(ctx, line, workingDirectory);
            if (newLine === line) {
              esmWorkingDirectory ??= pathToFileUrlHref(workingDirectory);
              newLine = markCwd(ctx, line, esmWorkingDirectory);
            }
            line = newLine;
          }
          newStack += line;
        }
      }
    } else {
      newStack += `\n${lines.join('\n')}`;
    }
    stack = newStack;
  }
  if (ctx.indentationLvl !== 0) {
    stack = stack.replaceAll('\n', `\n${' '.repeat(ctx.indentationLvl)}`);
  }
  return stack;
}

// ---------------------------------------------------------------------------
// Layout.
// ---------------------------------------------------------------------------

// Arranges many short array entries in aligned columns.
function groupArrayElements(ctx, output, value) {
  let totalLength = 0;
  let maxLength = 0;
  let outputLength = output.length;
  if (ctx.maxArrayLength < output.length) {
    // Leave the "... more items" entry out of the calculation.
    outputLength--;
  }
  const separatorSpace = 2; // ", "
  const dataLen = new Array(outputLength);
  for (let i = 0; i < outputLength; i++) {
    const len = getStringWidth(output[i], ctx.colors);
    dataLen[i] = len;
    totalLength += len + separatorSpace;
    if (maxLength < len) maxLength = len;
  }
  const actualMax = maxLength + separatorSpace;
  // At least three columns must fit, and no entry may dominate the others.
  if (actualMax * 3 + ctx.indentationLvl < ctx.breakLength &&
      (totalLength / actualMax > 5 || maxLength <= 6)) {
    const approxCharHeights = 2.5;
    const averageBias = Math.sqrt(actualMax - totalLength / output.length);
    const biasedMax = Math.max(actualMax - 3 - averageBias, 1);
    const columns = Math.min(
      // Aim for a roughly square block of text.
      Math.round(Math.sqrt(approxCharHeights * biasedMax * outputLength) / biasedMax),
      Math.floor((ctx.breakLength - ctx.indentationLvl) / actualMax),
      ctx.compact * 4,
      15,
    );
    if (columns <= 1) return output;
    const tmp = [];
    const maxLineLength = [];
    for (let i = 0; i < columns; i++) {
      let lineMaxLength = 0;
      for (let j = i; j < output.length; j += columns) {
        if (dataLen[j] > lineMaxLength) lineMaxLength = dataLen[j];
      }
      maxLineLength.push(lineMaxLength + separatorSpace);
    }
    // Numbers are right-aligned, everything else left-aligned.
    let padStart = true;
    if (value !== undefined) {
      for (let i = 0; i < output.length; i++) {
        if (typeof value[i] !== 'number' && typeof value[i] !== 'bigint') {
          padStart = false;
          break;
        }
      }
    }
    for (let i = 0; i < outputLength; i += columns) {
      const max = Math.min(i + columns, outputLength);
      let str = '';
      let j = i;
      for (; j < max - 1; j++) {
        // Compensate for invisible color codes.
        const padding = maxLineLength[j - i] + output[j].length - dataLen[j];
        const cell = `${output[j]}, `;
        str += padStart ? cell.padStart(padding, ' ') : cell.padEnd(padding, ' ');
      }
      if (padStart) {
        const padding = maxLineLength[j - i] + output[j].length - dataLen[j] - separatorSpace;
        str += output[j].padStart(padding, ' ');
      } else {
        str += output[j];
      }
      tmp.push(str);
    }
    if (ctx.maxArrayLength < output.length) {
      tmp.push(output[outputLength]);
    }
    output = tmp;
  }
  return output;
}

function isBelowBreakLength(ctx, output, start, base) {
  if (ctx.breakLength === Infinity) {
    if (base !== '' && base.includes('\n')) return false;
    for (let i = 0; i < output.length; i++) {
      if (typeof output[i] === 'string' && output[i].includes('\n')) return false;
    }
    return true;
  }
  // Every entry is followed by a separator (and usually a space).
  let totalLength = output.length + start;
  if (totalLength + output.length > ctx.breakLength) return false;
  for (let i = 0; i < output.length; i++) {
    totalLength += ctx.colors ? removeColors(output[i]).length : output[i].length;
    if (totalLength > ctx.breakLength) return false;
  }
  return base === '' || !base.includes('\n');
}

function reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value) {
  if (ctx.compact !== true) {
    if (typeof ctx.compact === 'number' && ctx.compact >= 1) {
      const entries = output.length;
      if (extrasType === kArrayExtrasType && entries > 6) {
        output = groupArrayElements(ctx, output, value);
      }
      // Put the innermost `compact` levels on a single line if they fit.
      if (ctx.currentDepth - recurseTimes < ctx.compact && entries === output.length) {
        const start = output.length + ctx.indentationLvl + braces[0].length + base.length + 10;
        if (isBelowBreakLength(ctx, output, start, base)) {
          const joined = join(output, ', ');
          if (!joined.includes('\n')) {
            return `${base ? `${base} ` : ''}${braces[0]} ${joined} ${braces[1]}`;
          }
        }
      }
    }
    const indentation = `\n${' '.repeat(ctx.indentationLvl)}`;
    return `${base ? `${base} ` : ''}${braces[0]}${indentation}  ` +
      `${join(output, `,${indentation}  `)}${indentation}${braces[1]}`;
  }
  // compact === true: fill lines up to breakLength.
  if (isBelowBreakLength(ctx, output, 0, base)) {
    return `${braces[0]}${base ? ` ${base}` : ''} ${join(output, ', ')} ${braces[1]}`;
  }
  const indentation = ' '.repeat(ctx.indentationLvl);
  const ln = base === '' && braces[0].length === 1 ?
    ' ' : `${base ? ` ${base}` : ''}\n${indentation}  `;
  return `${braces[0]}${ln}${join(output, `,\n${indentation}  `)} ${braces[1]}`;
}

// ---------------------------------------------------------------------------
// Numbers and primitives.
// ---------------------------------------------------------------------------
function addNumericSeparator(integerString) {
  let result = '';
  let i = integerString.length;
  const start = integerString[0] === '-' ? 1 : 0;
  for (; i >= start + 4; i -= 3) {
    result = `_${integerString.slice(i - 3, i)}${result}`;
  }
  return i === integerString.length ? integerString : `${integerString.slice(0, i)}${result}`;
}

function addNumericSeparatorEnd(integerString) {
  let result = '';
  let i = 0;
  for (; i < integerString.length - 3; i += 3) {
    result += `${integerString.slice(i, i + 3)}_`;
  }
  return i === 0 ? integerString : `${result}${integerString.slice(i)}`;
}

const remainingText = (remaining) => `... ${remaining} more item${remaining > 1 ? 's' : ''}`;

function formatNumber(fn, number, numericSeparator) {
  if (ObjectIs(number, -0)) return fn('-0', 'number');
  if (!numericSeparator) return fn(`${number}`, 'number');
  const numberString = String(number);
  if (Math.trunc(number) === number) {
    if (!Number.isFinite(number) || numberString.includes('e')) {
      return fn(numberString, 'number');
    }
    return fn(addNumericSeparator(numberString), 'number');
  }
  if (Number.isNaN(number) || numberString.includes('e')) {
    return fn(numberString, 'number');
  }
  const dot = numberString.indexOf('.');
  return fn(`${addNumericSeparator(numberString.slice(0, dot))}.${
    addNumericSeparatorEnd(numberString.slice(dot + 1))}`, 'number');
}

function formatBigInt(fn, bigint, numericSeparator) {
  const string = String(bigint);
  return fn(`${numericSeparator ? addNumericSeparator(string) : string}n`, 'bigint');
}

function formatPrimitive(fn, value, ctx) {
  if (typeof value === 'string') {
    let trailer = '';
    if (value.length > ctx.maxStringLength) {
      const remaining = value.length - ctx.maxStringLength;
      value = value.slice(0, ctx.maxStringLength);
      trailer = `... ${remaining} more character${remaining > 1 ? 's' : ''}`;
    }
    // Long strings are split after each newline.
    if (ctx.compact !== true &&
        value.length > kMinLineLength &&
        value.length > ctx.breakLength - ctx.indentationLvl - 4) {
      return value.split(/(?<=\n)/)
        .map((line) => fn(strEscape(line), 'string'))
        .join(` +\n${' '.repeat(ctx.indentationLvl + 2)}`) + trailer;
    }
    return fn(strEscape(value), 'string') + trailer;
  }
  if (typeof value === 'number') return formatNumber(fn, value, ctx.numericSeparator);
  if (typeof value === 'bigint') return formatBigInt(fn, value, ctx.numericSeparator);
  if (typeof value === 'boolean') return fn(`${value}`, 'boolean');
  if (typeof value === 'undefined') return fn('undefined', 'undefined');
  return fn(symbolToString(value), 'symbol');
}

// ---------------------------------------------------------------------------
// Entry formatters.
// ---------------------------------------------------------------------------
function formatNamespaceObject(keys, ctx, value, recurseTimes) {
  const output = new Array(keys.length);
  for (let i = 0; i < keys.length; i++) {
    try {
      output[i] = formatProperty(ctx, value, recurseTimes, keys[i], kObjectType);
    } catch (err) {
      if (!isNativeError(err)) throw err;
      // Binding in its temporal dead zone.
      const tmp = { [keys[i]]: '' };
      output[i] = formatProperty(ctx, tmp, recurseTimes, keys[i], kObjectType);
      const pos = output[i].lastIndexOf(' ');
      output[i] = output[i].slice(0, pos + 1) + ctx.stylize('<uninitialized>', 'special');
    }
  }
  keys.length = 0;
  return output;
}

// Sparse arrays and arrays whose index keys are not contiguous.
function formatSpecialArray(ctx, value, recurseTimes, maxLength, output, i) {
  const keys = ObjectKeys(value);
  let index = i;
  for (; i < keys.length && output.length < maxLength; i++) {
    const key = keys[i];
    const tmp = +key;
    if (tmp > 2 ** 32 - 2) break;
    if (`${index}` !== key) {
      if (!numberRegExp.test(key)) break;
      const emptyItems = tmp - index;
      output.push(ctx.stylize(`<${emptyItems} empty item${emptyItems > 1 ? 's' : ''}>`, 'undefined'));
      index = tmp;
      if (output.length === maxLength) break;
    }
    output.push(formatProperty(ctx, value, recurseTimes, key, kArrayType));
    index++;
  }
  const remaining = value.length - index;
  if (output.length !== maxLength) {
    if (remaining > 0) {
      output.push(ctx.stylize(`<${remaining} empty item${remaining > 1 ? 's' : ''}>`, 'undefined'));
    }
  } else if (remaining > 0) {
    output.push(remainingText(remaining));
  }
  return output;
}

function formatArrayBuffer(ctx, value) {
  let bytes;
  try {
    bytes = new NativeUint8Array(value);
  } catch {
    return [ctx.stylize('(detached)', 'special')];
  }
  const shown = Math.min(ctx.maxArrayLength, bytes.length);
  let str = '';
  for (let i = 0; i < shown; i++) {
    const b = bytes[i];
    str += (i === 0 ? '' : ' ') + (b < 16 ? '0' : '') + b.toString(16);
  }
  const remaining = bytes.length - ctx.maxArrayLength;
  if (remaining > 0) {
    str += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
  }
  return [`${ctx.stylize('[Uint8Contents]', 'special')}: <${str}>`];
}

function formatArray(ctx, value, recurseTimes) {
  const valLen = value.length;
  const len = Math.min(Math.max(0, ctx.maxArrayLength), valLen);
  const remaining = valLen - len;
  const output = [];
  for (let i = 0; i < len; i++) {
    const desc = ObjectGetOwnPropertyDescriptor(value, i);
    if (desc === undefined) {
      return formatSpecialArray(ctx, value, recurseTimes, len, output, i);
    }
    output.push(formatProperty(ctx, value, recurseTimes, i, kArrayType, desc));
  }
  if (remaining > 0) output.push(remainingText(remaining));
  return output;
}

function formatTypedArray(value, length, ctx) {
  const maxLength = Math.min(Math.max(0, ctx.maxArrayLength), length);
  const remaining = value.length - maxLength;
  const output = new Array(maxLength);
  const elementFormatter = value.length > 0 && typeof value[0] === 'number' ?
    formatNumber : formatBigInt;
  for (let i = 0; i < maxLength; ++i) {
    output[i] = elementFormatter(ctx.stylize, value[i], ctx.numericSeparator);
  }
  if (remaining > 0) output[maxLength] = remainingText(remaining);
  return output;
}

// `value` is the Set, or a values() iterator for null-prototype Sets.
function formatSet(value, ctx, ignored, recurseTimes) {
  const length = value.size;
  const maxLength = Math.min(Math.max(0, ctx.maxArrayLength), length);
  const remaining = length - maxLength;
  const output = [];
  ctx.indentationLvl += 2;
  let i = 0;
  for (const v of value) {
    if (i >= maxLength) break;
    output.push(formatValue(ctx, v, recurseTimes));
    i++;
  }
  if (remaining > 0) output.push(remainingText(remaining));
  ctx.indentationLvl -= 2;
  return output;
}

// `value` is the Map, or an entries() iterator for null-prototype Maps.
function formatMap(value, ctx, ignored, recurseTimes) {
  const length = value.size;
  const maxLength = Math.min(Math.max(0, ctx.maxArrayLength), length);
  const remaining = length - maxLength;
  const output = [];
  ctx.indentationLvl += 2;
  let i = 0;
  for (const { 0: k, 1: v } of value) {
    if (i >= maxLength) break;
    output.push(`${formatValue(ctx, k, recurseTimes)} => ${formatValue(ctx, v, recurseTimes)}`);
    i++;
  }
  if (remaining > 0) output.push(remainingText(remaining));
  ctx.indentationLvl -= 2;
  return output;
}

function formatSetIterInner(ctx, recurseTimes, entries, state) {
  const maxArrayLength = Math.max(ctx.maxArrayLength, 0);
  const maxLength = Math.min(maxArrayLength, entries.length);
  const output = new Array(maxLength);
  ctx.indentationLvl += 2;
  for (let i = 0; i < maxLength; i++) {
    output[i] = formatValue(ctx, entries[i], recurseTimes);
  }
  ctx.indentationLvl -= 2;
  if (state === kWeak && !ctx.sorted) {
    // Weak collections have no order; sort for a stable output.
    output.sort();
  }
  const remaining = entries.length - maxLength;
  if (remaining > 0) output.push(remainingText(remaining));
  return output;
}

function formatMapIterInner(ctx, recurseTimes, entries, state) {
  const maxArrayLength = Math.max(ctx.maxArrayLength, 0);
  // entries: [k1, v1, k2, v2, ...]
  const len = entries.length / 2;
  const remaining = len - maxArrayLength;
  const maxLength = Math.min(maxArrayLength, len);
  const output = new Array(maxLength);
  ctx.indentationLvl += 2;
  if (state === kWeak) {
    for (let i = 0; i < maxLength; i++) {
      const pos = i * 2;
      output[i] = `${formatValue(ctx, entries[pos], recurseTimes)} => ${
        formatValue(ctx, entries[pos + 1], recurseTimes)}`;
    }
    if (!ctx.sorted) output.sort();
  } else {
    for (let i = 0; i < maxLength; i++) {
      const pos = i * 2;
      const res = [
        formatValue(ctx, entries[pos], recurseTimes),
        formatValue(ctx, entries[pos + 1], recurseTimes),
      ];
      output[i] = reduceToSingleString(ctx, res, '', ['[', ']'], kArrayExtrasType, recurseTimes);
    }
  }
  ctx.indentationLvl -= 2;
  if (remaining > 0) output.push(remainingText(remaining));
  return output;
}

function formatWeakCollection(ctx) {
  return [ctx.stylize('<items unknown>', 'special')];
}

function formatWeakSet(ctx, value, recurseTimes) {
  const entries = previewEntries(value, false);
  if (entries === undefined) return formatWeakCollection(ctx);
  return formatSetIterInner(ctx, recurseTimes, entries, kWeak);
}

function formatWeakMap(ctx, value, recurseTimes) {
  const entries = previewEntries(value, false);
  if (entries === undefined) return formatWeakCollection(ctx);
  return formatMapIterInner(ctx, recurseTimes, entries, kWeak);
}

function formatIterator(braces, ctx, value, recurseTimes) {
  const preview = previewEntries(value, true);
  if (preview === undefined) return formatWeakCollection(ctx);
  const [entries, isKeyValue] = preview;
  if (isKeyValue) {
    braces[0] = braces[0].replace(/ Iterator] {$/, ' Entries] {');
    return formatMapIterInner(ctx, recurseTimes, entries, kMapEntries);
  }
  return formatSetIterInner(ctx, recurseTimes, entries, kIterator);
}

function formatPromise(ctx, value, recurseTimes) {
  const { state, result } = getPromiseState(value);
  if (state === 'pending') {
    return [ctx.stylize('<pending>', 'special')];
  }
  ctx.indentationLvl += 2;
  const str = formatValue(ctx, result, recurseTimes);
  ctx.indentationLvl -= 2;
  return [state === 'rejected' ? `${ctx.stylize('<rejected>', 'special')} ${str}` : str];
}

function formatExtraProperties(ctx, value, recurseTimes, key, typedArray) {
  ctx.indentationLvl += 2;
  const str = formatValue(ctx, value[key], recurseTimes, typedArray);
  ctx.indentationLvl -= 2;
  return `${ctx.stylize(`[${key}]`, 'string')}: ${str}`;
}

function formatProperty(ctx, value, recurseTimes, key, type, desc, original = value) {
  let name, str;
  let extra = ' ';
  desc ??= ObjectGetOwnPropertyDescriptor(value, key);
  if (desc.value !== undefined) {
    const diff = (ctx.compact !== true || type !== kObjectType) ? 2 : 3;
    ctx.indentationLvl += diff;
    str = formatValue(ctx, desc.value, recurseTimes);
    if (diff === 3 && ctx.breakLength < getStringWidth(str, ctx.colors)) {
      extra = `\n${' '.repeat(ctx.indentationLvl)}`;
    }
    ctx.indentationLvl -= diff;
  } else if (desc.get !== undefined) {
    const label = desc.set !== undefined ? 'Getter/Setter' : 'Getter';
    const s = ctx.stylize;
    const sp = 'special';
    if (ctx.getters && (ctx.getters === true ||
          (ctx.getters === 'get' && desc.set === undefined) ||
          (ctx.getters === 'set' && desc.set !== undefined))) {
      ctx.indentationLvl += 2;
      try {
        const tmp = ReflectApply(desc.get, original, []);
        if (tmp === null) {
          str = `${s(`[${label}:`, sp)} ${s('null', 'null')}${s(']', sp)}`;
        } else if (typeof tmp === 'object' || typeof tmp === 'function') {
          str = `${s(`[${label}]`, sp)} ${formatValue(ctx, tmp, recurseTimes)}`;
        } else {
          str = `${s(`[${label}:`, sp)} ${formatPrimitive(s, tmp, ctx)}${s(']', sp)}`;
        }
      } catch (err) {
        const message = `<Inspection threw (${formatValue(ctx, err, recurseTimes)})>`;
        str = `${s(`[${label}:`, sp)} ${message}${s(']', sp)}`;
      }
      ctx.indentationLvl -= 2;
    } else {
      str = ctx.stylize(`[${label}]`, sp);
    }
  } else if (desc.set !== undefined) {
    str = ctx.stylize('[Setter]', 'special');
  } else {
    str = ctx.stylize('undefined', 'undefined');
  }
  if (type === kArrayType) return str;
  if (typeof key === 'symbol') {
    name = ctx.stylize(escapeString(symbolToString(key), 39), 'symbol');
  } else if (keyStrRegExp.test(key)) {
    name = key === '__proto__' ? "['__proto__']" : ctx.stylize(key, 'name');
  } else {
    name = ctx.stylize(strEscape(key), 'string');
  }
  if (desc.enumerable === false) name = `[${name}]`;
  return `${name}:${extra}${str}`;
}

// ---------------------------------------------------------------------------
// format / formatWithOptions.
// ---------------------------------------------------------------------------

// Whether `%s` should print the object with inspect() rather than String():
// true unless a user-defined toString / Symbol.toPrimitive is found.
function hasBuiltInToString(value) {
  const proxy = getProxyDetails(value);
  if (proxy !== undefined) {
    if (proxy[0] === null) return true;
    return hasBuiltInToString(proxy[0]);
  }
  let checkToString = true;
  let checkToPrimitive = true;
  if (typeof value.toString !== 'function') {
    if (typeof value[Symbol.toPrimitive] !== 'function') return true;
    if (hasOwn(value, Symbol.toPrimitive)) return false;
    checkToString = false;
  } else if (hasOwn(value, 'toString')) {
    return false;
  } else if (typeof value[Symbol.toPrimitive] !== 'function') {
    checkToPrimitive = false;
  } else if (hasOwn(value, Symbol.toPrimitive)) {
    return false;
  }
  // Find the prototype that defines the method.
  let pointer = value;
  do {
    pointer = ObjectGetPrototypeOf(pointer);
  } while (!(checkToString && hasOwn(pointer, 'toString')) &&
           !(checkToPrimitive && hasOwn(pointer, Symbol.toPrimitive)));
  const descriptor = ObjectGetOwnPropertyDescriptor(pointer, 'constructor');
  return descriptor !== undefined &&
    typeof descriptor.value === 'function' &&
    builtInObjects.has(descriptor.value.name);
}

const firstErrorLine = (error) => String(error.message).split('\n', 1)[0];
let circularErrorMessage;
function tryStringify(arg) {
  try {
    return JSONStringify(arg);
  } catch (err) {
    if (!circularErrorMessage) {
      try {
        const a = {};
        a.a = a;
        JSONStringify(a);
      } catch (circularError) {
        circularErrorMessage = firstErrorLine(circularError);
      }
    }
    if (err.name === 'TypeError' && firstErrorLine(err) === circularErrorMessage) {
      return '[Circular]';
    }
    throw err;
  }
}

function format(...args) {
  return formatWithOptionsInternal(undefined, args);
}

function formatWithOptions(inspectOptions, ...args) {
  validateObject(inspectOptions, 'inspectOptions', true);
  return formatWithOptionsInternal(inspectOptions, args);
}

function formatNumberNoColor(number, options) {
  return formatNumber(stylizeNoColor, number,
    options?.numericSeparator ?? inspectDefaultOptions.numericSeparator);
}

function formatBigIntNoColor(bigint, options) {
  return formatBigInt(stylizeNoColor, bigint,
    options?.numericSeparator ?? inspectDefaultOptions.numericSeparator);
}

function formatWithOptionsInternal(inspectOptions, args) {
  const first = args[0];
  let a = 0;
  let str = '';
  let joiner = '';

  if (typeof first === 'string') {
    if (args.length === 1) return first;
    let tempStr;
    let lastPos = 0;
    for (let i = 0; i < first.length - 1; i++) {
      if (first.charCodeAt(i) !== 37) continue; // '%'
      const nextChar = first.charCodeAt(++i);
      if (a + 1 !== args.length) {
        switch (nextChar) {
          case 115: { // 's'
            const arg = args[++a];
            if (typeof arg === 'number') {
              tempStr = formatNumberNoColor(arg, inspectOptions);
            } else if (typeof arg === 'bigint') {
              tempStr = formatBigIntNoColor(arg, inspectOptions);
            } else if (typeof arg !== 'object' || arg === null || !hasBuiltInToString(arg)) {
              tempStr = String(arg);
            } else {
              tempStr = inspect(arg, { ...inspectOptions, compact: 3, colors: false, depth: 0 });
            }
            break;
          }
          case 106: // 'j'
            tempStr = tryStringify(args[++a]);
            break;
          case 100: { // 'd'
            const arg = args[++a];
            if (typeof arg === 'bigint') {
              tempStr = formatBigIntNoColor(arg, inspectOptions);
            } else if (typeof arg === 'symbol') {
              tempStr = 'NaN';
            } else {
              tempStr = formatNumberNoColor(Number(arg), inspectOptions);
            }
            break;
          }
          case 79: // 'O'
            tempStr = inspect(args[++a], inspectOptions);
            break;
          case 111: // 'o'
            tempStr = inspect(args[++a], {
              ...inspectOptions,
              showHidden: true,
              showProxy: true,
              depth: 4,
            });
            break;
          case 105: { // 'i'
            const arg = args[++a];
            if (typeof arg === 'bigint') {
              tempStr = formatBigIntNoColor(arg, inspectOptions);
            } else if (typeof arg === 'symbol') {
              tempStr = 'NaN';
            } else {
              tempStr = formatNumberNoColor(Number.parseInt(arg), inspectOptions);
            }
            break;
          }
          case 102: { // 'f'
            const arg = args[++a];
            tempStr = typeof arg === 'symbol' ?
              'NaN' : formatNumberNoColor(Number.parseFloat(arg), inspectOptions);
            break;
          }
          case 99: // 'c'
            a += 1;
            tempStr = '';
            break;
          case 37: // '%'
            str += first.slice(lastPos, i);
            lastPos = i + 1;
            continue;
          default: // Not a placeholder.
            continue;
        }
        if (lastPos !== i - 1) str += first.slice(lastPos, i - 1);
        str += tempStr;
        lastPos = i + 1;
      } else if (nextChar === 37) {
        str += first.slice(lastPos, i);
        lastPos = i + 1;
      }
    }
    if (lastPos !== 0) {
      a++;
      joiner = ' ';
      if (lastPos < first.length) str += first.slice(lastPos);
    }
  }

  while (a < args.length) {
    const value = args[a];
    str += joiner;
    str += typeof value !== 'string' ? inspect(value, inspectOptions) : value;
    joiner = ' ';
    a++;
  }
  return str;
}

// ---------------------------------------------------------------------------
// String width.
// ---------------------------------------------------------------------------
function isZeroWidthCodePoint(code) {
  return code <= 0x1F ||
    (code >= 0x7F && code <= 0x9F) ||
    (code >= 0x300 && code <= 0x36F) ||
    (code >= 0x200B && code <= 0x200F) ||
    (code >= 0x20D0 && code <= 0x20FF) ||
    (code >= 0xFE00 && code <= 0xFE0F) ||
    (code >= 0xFE20 && code <= 0xFE2F) ||
    (code >= 0xE0100 && code <= 0xE01EF);
}

// East Asian Wide / Fullwidth code points (and wide emoji).
// ENGINE NOTE: Node measures non-ASCII text with ICU; this table covers the
// common cases (CJK, Hangul, fullwidth forms, emoji) but not every code point.
function isFullWidthCodePoint(code) {
  return code >= 0x1100 && (
    code <= 0x115f ||
    code === 0x2329 || code === 0x232a ||
    (code >= 0x231a && code <= 0x231b) ||
    (code >= 0x23e9 && code <= 0x23ec) || code === 0x23f0 || code === 0x23f3 ||
    (code >= 0x25fd && code <= 0x25fe) ||
    (code >= 0x2614 && code <= 0x2615) ||
    (code >= 0x2648 && code <= 0x2653) ||
    code === 0x267f || code === 0x2693 || code === 0x26a1 ||
    (code >= 0x26aa && code <= 0x26ab) ||
    (code >= 0x26bd && code <= 0x26be) ||
    (code >= 0x26c4 && code <= 0x26c5) ||
    code === 0x26ce || code === 0x26d4 || code === 0x26ea ||
    (code >= 0x26f2 && code <= 0x26f3) || code === 0x26f5 || code === 0x26fa ||
    code === 0x26fd || code === 0x2705 ||
    (code >= 0x270a && code <= 0x270b) || code === 0x2728 || code === 0x274c ||
    code === 0x274e || (code >= 0x2753 && code <= 0x2755) || code === 0x2757 ||
    (code >= 0x2795 && code <= 0x2797) || code === 0x27b0 || code === 0x27bf ||
    (code >= 0x2b1b && code <= 0x2b1c) || code === 0x2b50 || code === 0x2b55 ||
    (code >= 0x2e80 && code <= 0x303e) ||
    (code >= 0x3041 && code <= 0x3247) ||
    (code >= 0x3250 && code <= 0x4dbf) ||
    (code >= 0x4e00 && code <= 0xa4c6) ||
    (code >= 0xa960 && code <= 0xa97c) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe10 && code <= 0xfe19) ||
    (code >= 0xfe30 && code <= 0xfe6b) ||
    (code >= 0xff01 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x16fe0 && code <= 0x18cff) ||
    (code >= 0x1b000 && code <= 0x1b2ff) ||
    code === 0x1f004 || code === 0x1f0cf || code === 0x1f18e ||
    (code >= 0x1f191 && code <= 0x1f19a) ||
    (code >= 0x1f200 && code <= 0x1f251) ||
    (code >= 0x1f300 && code <= 0x1f320) ||
    (code >= 0x1f32d && code <= 0x1f335) ||
    (code >= 0x1f337 && code <= 0x1f37c) ||
    (code >= 0x1f37e && code <= 0x1f393) ||
    (code >= 0x1f3a0 && code <= 0x1f3ca) ||
    (code >= 0x1f3cf && code <= 0x1f3d3) ||
    (code >= 0x1f3e0 && code <= 0x1f3f0) || code === 0x1f3f4 ||
    (code >= 0x1f3f8 && code <= 0x1f43e) || code === 0x1f440 ||
    (code >= 0x1f442 && code <= 0x1f4fc) ||
    (code >= 0x1f4ff && code <= 0x1f53d) ||
    (code >= 0x1f54b && code <= 0x1f54e) ||
    (code >= 0x1f550 && code <= 0x1f567) || code === 0x1f57a ||
    (code >= 0x1f595 && code <= 0x1f596) || code === 0x1f5a4 ||
    (code >= 0x1f5fb && code <= 0x1f64f) ||
    (code >= 0x1f680 && code <= 0x1f6c5) || code === 0x1f6cc ||
    (code >= 0x1f6d0 && code <= 0x1f6d2) ||
    (code >= 0x1f6d5 && code <= 0x1f6d7) ||
    (code >= 0x1f6dc && code <= 0x1f6df) ||
    (code >= 0x1f6eb && code <= 0x1f6ec) ||
    (code >= 0x1f6f4 && code <= 0x1f6fc) ||
    (code >= 0x1f7e0 && code <= 0x1f7eb) || code === 0x1f7f0 ||
    (code >= 0x1f90c && code <= 0x1f93a) ||
    (code >= 0x1f93c && code <= 0x1f945) ||
    (code >= 0x1f947 && code <= 0x1f9ff) ||
    (code >= 0x1fa70 && code <= 0x1faff) ||
    (code >= 0x20000 && code <= 0x3fffd)
  );
}

function getStringWidth(str, removeControlChars = true) {
  if (removeControlChars) str = stripVTControlCharacters(str);
  let width = 0;
  for (let i = 0; i < str.length; i++) {
    const code = str.charCodeAt(i);
    if (code >= 127) {
      const rest = str.slice(i).normalize('NFC');
      if (typeof internals.getStringWidth === 'function') {
        return width + internals.getStringWidth(rest);
      }
      for (const char of rest) {
        const cp = char.codePointAt(0);
        if (isFullWidthCodePoint(cp)) {
          width += 2;
        } else if (!isZeroWidthCodePoint(cp)) {
          width++;
        }
      }
      return width;
    }
    width += code >= 32 ? 1 : 0;
  }
  return width;
}

/** Removes all VT control sequences (ANSI escape codes) from `str`. */
function stripVTControlCharacters(str) {
  if (typeof str !== 'string') throw makeInvalidArgType('str', 'string', str);
  if (str.indexOf('\u001B') === -1 && str.indexOf('\u009B') === -1) return str;
  return str.replace(ansi, '');
}

module.exports = {
  inspect,
  format,
  formatWithOptions,
  stripVTControlCharacters,
  getStringWidth,
};
