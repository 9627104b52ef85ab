// jsvm: `util.types` (node:util/types), brand checks that work across
// contexts. Body of a function (module, exports, internals, require).
//
// Most checks call a built-in getter or method that throws on the wrong
// receiver; the rest compare the engine's class id of an object
// (`internals.classId`) with that of a sample object of the kind, which
// holds in every context of the runtime. Loading this module also gives
// `internals` optional members inspect.js uses (isNativeError,
// isAsyncFunction, isGeneratorFunction), so it is loaded before inspect.js.
'use strict';

const { classId } = internals;
const ReflectApply = Reflect.apply;
const uncurry = (fn) => (self, ...args) => ReflectApply(fn, self, args);
const getter = (proto, key) => uncurry(Object.getOwnPropertyDescriptor(proto, key).get);

function succeeds(fn, value, arg) {
  try {
    fn(value, arg);
    return true;
  } catch {
    return false;
  }
}

// Class ids of sample objects.
const ids = {
  error: classId(new Error()),
  asyncFunction: classId(async function f() {}),
  generatorFunction: classId(function* g() {}),
  asyncGeneratorFunction: classId(async function* ag() {}),
  generator: classId((function* g() {})()),
  asyncGenerator: classId((async function* ag() {})()),
  // This file is strict code: sloppy functions' arguments come from Function.
  // eslint-disable-next-line no-new-func
  mappedArguments: classId(Function('return arguments')()),
  // eslint-disable-next-line prefer-rest-params
  arguments: classId((function f() { return arguments; })()),
  mapIterator: classId(new Map().keys()),
  setIterator: classId(new Set().keys()),
  regexp: classId(/x/),
};

const mapSize = getter(Map.prototype, 'size');
const setSize = getter(Set.prototype, 'size');
const weakMapHas = uncurry(WeakMap.prototype.has);
const weakSetHas = uncurry(WeakSet.prototype.has);
const dateGetTime = uncurry(Date.prototype.getTime);
const arrayBufferByteLength = getter(ArrayBuffer.prototype, 'byteLength');
const sharedArrayBufferByteLength = getter(SharedArrayBuffer.prototype, 'byteLength');
const dataViewBuffer = getter(DataView.prototype, 'buffer');
const TypedArrayPrototype = Object.getPrototypeOf(Uint8Array.prototype);
const typedArrayTag = getter(TypedArrayPrototype, Symbol.toStringTag);
const numberValueOf = uncurry(Number.prototype.valueOf);
const stringValueOf = uncurry(String.prototype.valueOf);
const booleanValueOf = uncurry(Boolean.prototype.valueOf);
const bigintValueOf = uncurry(BigInt.prototype.valueOf);
const symbolValueOf = uncurry(Symbol.prototype.valueOf);

const isObject = (v) => (typeof v === 'object' && v !== null) || typeof v === 'function';
const hasClass = (v, id) => isObject(v) && classId(v) === id;

const isMap = (v) => isObject(v) && succeeds(mapSize, v);
const isSet = (v) => isObject(v) && succeeds(setSize, v);
const isWeakMap = (v) => isObject(v) && succeeds(weakMapHas, v, {});
const isWeakSet = (v) => isObject(v) && succeeds(weakSetHas, v, {});
const isDate = (v) => isObject(v) && succeeds(dateGetTime, v);
const isArrayBuffer = (v) => isObject(v) && succeeds(arrayBufferByteLength, v);
const isSharedArrayBuffer = (v) => isObject(v) && succeeds(sharedArrayBufferByteLength, v);
const isDataView = (v) => isObject(v) && succeeds(dataViewBuffer, v);
const isTypedArray = (v) => isObject(v) && typedArrayTag(v) !== undefined;
const isRegExp = (v) => hasClass(v, ids.regexp);
const isNumberObject = (v) => typeof v === 'object' && v !== null && succeeds(numberValueOf, v);
const isStringObject = (v) => typeof v === 'object' && v !== null && succeeds(stringValueOf, v);
const isBooleanObject = (v) => typeof v === 'object' && v !== null && succeeds(booleanValueOf, v);
const isBigIntObject = (v) => typeof v === 'object' && v !== null && succeeds(bigintValueOf, v);
const isSymbolObject = (v) => typeof v === 'object' && v !== null && succeeds(symbolValueOf, v);

function typedArrayIs(name) {
  return (v) => isObject(v) && typedArrayTag(v) === name;
}

const types = {
  isArgumentsObject: (v) => hasClass(v, ids.arguments) || hasClass(v, ids.mappedArguments),
  isArrayBuffer,
  isAsyncFunction: (v) => hasClass(v, ids.asyncFunction) || hasClass(v, ids.asyncGeneratorFunction),
  isBigIntObject,
  isBooleanObject,
  isDate,
  isExternal: () => false,
  isGeneratorFunction: (v) => hasClass(v, ids.generatorFunction) ||
    hasClass(v, ids.asyncGeneratorFunction),
  isGeneratorObject: (v) => hasClass(v, ids.generator) || hasClass(v, ids.asyncGenerator),
  isMap,
  isMapIterator: (v) => hasClass(v, ids.mapIterator),
  isModuleNamespaceObject(v) {
    try {
      return isObject(v) && Object.getPrototypeOf(v) === null && !Object.isExtensible(v) &&
        Object.getOwnPropertyDescriptor(v, Symbol.toStringTag)?.value === 'Module' &&
        internals.getProxyDetails(v) === undefined;
    } catch {
      return false;
    }
  },
  isNativeError: (v) => hasClass(v, ids.error),
  isNumberObject,
  isPromise: (v) => internals.getPromiseState(v) !== undefined,
  isProxy: (v) => internals.getProxyDetails(v) !== undefined,
  isRegExp,
  isSet,
  isSetIterator: (v) => hasClass(v, ids.setIterator),
  isSharedArrayBuffer,
  isStringObject,
  isSymbolObject,
  isWeakMap,
  isWeakSet,
  isAnyArrayBuffer: (v) => isArrayBuffer(v) || isSharedArrayBuffer(v),
  isBoxedPrimitive: (v) => isNumberObject(v) || isStringObject(v) || isBooleanObject(v) ||
    isBigIntObject(v) || isSymbolObject(v),
  isArrayBufferView: (v) => isTypedArray(v) || isDataView(v),
  isDataView,
  isTypedArray,
  isUint8Array: typedArrayIs('Uint8Array'),
  isUint8ClampedArray: typedArrayIs('Uint8ClampedArray'),
  isUint16Array: typedArrayIs('Uint16Array'),
  isUint32Array: typedArrayIs('Uint32Array'),
  isInt8Array: typedArrayIs('Int8Array'),
  isInt16Array: typedArrayIs('Int16Array'),
  isInt32Array: typedArrayIs('Int32Array'),
  isFloat16Array: typedArrayIs('Float16Array'),
  isFloat32Array: typedArrayIs('Float32Array'),
  isFloat64Array: typedArrayIs('Float64Array'),
  isBigInt64Array: typedArrayIs('BigInt64Array'),
  isBigUint64Array: typedArrayIs('BigUint64Array'),
  isKeyObject: () => false,
  isCryptoKey: () => false,
};
// Node's names: its native checks have none, isArrayBufferView is
// ArrayBuffer.isView, the typed array checks are named after themselves.
const names = Object.keys(types);
for (const name of names) {
  const index = names.indexOf(name);
  const fnName = index < names.indexOf('isArrayBufferView') ? '' :
    name === 'isArrayBufferView' ? 'isView' : name;
  Object.defineProperty(types[name], 'name', { value: fnName });
}

// What inspect.js can use beyond its required members.
internals.isNativeError = types.isNativeError;
internals.isAsyncFunction = types.isAsyncFunction;
internals.isGeneratorFunction = types.isGeneratorFunction;

module.exports = types;
