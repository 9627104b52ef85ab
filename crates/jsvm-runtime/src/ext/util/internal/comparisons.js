// jsvm: deep equality as Node 26's assert and util.isDeepStrictEqual decide
// it (loose, strict, strict without prototypes, partial). The rules follow
// Node's documented algorithm: primitives by Object.is (loose: ==, NaN
// equals NaN), prototypes and [[Class]] tags in strict mode, own enumerable
// string keys (and symbols in strict mode), Map and Set entries regardless of
// order, boxed primitives, dates, regular expressions (source, flags,
// lastIndex), errors (message, name, cause, errors), typed arrays and array
// buffers by bytes, cycles.
// Body of a function (module, exports, internals, require).
'use strict';

const types = require('internal/types');
const {
  isAnyArrayBuffer, isArrayBufferView, isBigIntObject, isBooleanObject, isBoxedPrimitive,
  isDate, isFloat16Array, isFloat32Array, isFloat64Array, isMap, isNativeError,
  isNumberObject, isPromise, isRegExp, isSet, isStringObject, isSymbolObject, isWeakMap,
  isWeakSet,
} = types;

const hasOwn = (o, k) => Object.prototype.hasOwnProperty.call(o, k);
const hasEnumerable = (o, k) => Object.prototype.propertyIsEnumerable.call(o, k);
const objectToString = (o) => Object.prototype.toString.call(o);
const typedArrayTag = Object.getOwnPropertyDescriptor(
  Object.getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag).get;

const LOOSE = 0;
const PARTIAL = 1;
const STRICT = 2;
const STRICT_NO_PROTO = 3;

const NONE = 0;
const ARRAY = 1;
const SET = 2;
const MAP = 3;

let wellKnown;
function wellKnownConstructors() {
  if (wellKnown === undefined) {
    wellKnown = new Set([Array, ArrayBuffer, BigInt, BigInt64Array, BigUint64Array, Boolean,
      DataView, Date, Error, Float32Array, Float64Array, Function, Int16Array, Int32Array,
      Int8Array, Map, Number, Object, Promise, RegExp, Set, String, Symbol, Uint16Array,
      Uint32Array, Uint8Array, Uint8ClampedArray, WeakMap, WeakSet]);
    if (typeof Float16Array === 'function') wellKnown.add(Float16Array);
    if (typeof globalThis.Buffer === 'function') wellKnown.add(globalThis.Buffer);
  }
  return wellKnown;
}

function isError(v) {
  return isNativeError(v) || v instanceof Error;
}

// Own enumerable keys that are not array indices.
const indexRe = /^(0|[1-9][0-9]*)$/;
function nonIndexKeys(obj, withSymbols) {
  const out = [];
  for (const k of Reflect.ownKeys(obj)) {
    if (typeof k === 'string') {
      if (indexRe.test(k) && +k < 4294967295) continue;
    } else if (!withSymbols) {
      continue;
    }
    if (hasEnumerable(obj, k)) out.push(k);
  }
  return out;
}

function bytesOf(view) {
  return new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}

function sameBytes(a, b) {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

// Is `b` a subsequence of `a` (byte-wise)? Partial mode for buffers.
function bytesContainInOrder(a, b) {
  if (a.length < b.length) return false;
  let i = 0;
  for (let j = 0; j < b.length; j++) {
    while (a[i] !== b[j]) {
      i++;
      if (i > a.length - b.length + j) return false;
    }
    i++;
  }
  return true;
}

function sameBoxed(a, b) {
  if (isNumberObject(a)) {
    return isNumberObject(b) && Object.is(Number.prototype.valueOf.call(a),
      Number.prototype.valueOf.call(b));
  }
  if (isStringObject(a)) {
    return isStringObject(b) && String.prototype.valueOf.call(a) === String.prototype.valueOf.call(b);
  }
  if (isBooleanObject(a)) {
    return isBooleanObject(b) &&
      Boolean.prototype.valueOf.call(a) === Boolean.prototype.valueOf.call(b);
  }
  if (isBigIntObject(a)) {
    return isBigIntObject(b) && BigInt.prototype.valueOf.call(a) === BigInt.prototype.valueOf.call(b);
  }
  if (isSymbolObject(a)) {
    return isSymbolObject(b) && Symbol.prototype.valueOf.call(a) === Symbol.prototype.valueOf.call(b);
  }
  return false;
}

function deepEqual(a, b, mode, memos) {
  if (a === b) return a !== 0 || Object.is(a, b) || mode === LOOSE;
  if (mode !== LOOSE) {
    if (typeof a === 'number') return a !== a && b !== b;
    if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  } else {
    if (a === null || typeof a !== 'object') {
      // eslint-disable-next-line eqeqeq
      return (b === null || typeof b !== 'object') && (a == b || (a !== a && b !== b));
    }
    if (b === null || typeof b !== 'object') return false;
  }
  return compareObjects(a, b, mode, memos);
}

const unequalTags = (a, b) => a[Symbol.toStringTag] !== b[Symbol.toStringTag];
function unequalTagsSlow(tagA, a, b) {
  if (a[Symbol.toStringTag] !== undefined && b[Symbol.toStringTag] !== undefined) {
    return a[Symbol.toStringTag] !== b[Symbol.toStringTag];
  }
  return tagA !== objectToString(b);
}

function errorPropertyMatches(a, b, key, mode, memos) {
  return hasEnumerable(b, key) ||
    (mode === PARTIAL && (b[key] === undefined || (key === 'message' && b[key] === ''))) ||
    deepEqual(a[key], b[key], mode, memos);
}

function compareObjects(a, b, mode, memos) {
  if (mode === STRICT) {
    const ctor = a.constructor;
    if (wellKnownConstructors().has(ctor) || (ctor !== undefined && !hasOwn(a, 'constructor'))) {
      if (ctor !== b.constructor) return false;
    } else if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) {
      return false;
    }
  }

  if (Array.isArray(a)) {
    if (!Array.isArray(b) ||
        (a.length !== b.length && (mode !== PARTIAL || a.length < b.length)) ||
        unequalTags(a, b)) {
      return false;
    }
    const keysB = nonIndexKeys(b, mode !== LOOSE);
    if (mode !== PARTIAL && keysB.length !== nonIndexKeys(a, mode !== LOOSE).length) return false;
    return checkKeys(a, b, mode, memos, ARRAY, keysB);
  }

  let tagA;
  if (a[Symbol.toStringTag] === undefined && (tagA = objectToString(a)) === '[object Object]') {
    if (unequalTagsSlow(tagA, a, b)) return false;
    return checkKeys(a, b, mode, memos, NONE);
  }
  if (isSet(a)) {
    if (!isSet(b) || (a.size !== b.size && (mode !== PARTIAL || a.size < b.size)) ||
        unequalTags(a, b)) {
      return false;
    }
    return checkKeys(a, b, mode, memos, SET);
  }
  if (isMap(a)) {
    if (!isMap(b) || (a.size !== b.size && (mode !== PARTIAL || a.size < b.size)) ||
        unequalTags(a, b)) {
      return false;
    }
    return checkKeys(a, b, mode, memos, MAP);
  }
  if (isArrayBufferView(a)) {
    const tag = (v) => (types.isTypedArray(v) ? typedArrayTag.call(v) : undefined);
    if (tag(a) !== tag(b)) return false;
    if (mode === PARTIAL && a.byteLength !== b.byteLength) {
      if (!bytesContainInOrder(bytesOf(a), bytesOf(b))) return false;
    } else if (mode === LOOSE && (isFloat32Array(a) || isFloat64Array(a) || isFloat16Array(a))) {
      // Loose: element values, so 0 equals -0 (and NaN never equals NaN).
      if (a.byteLength !== b.byteLength) return false;
      for (let i = 0; i < a.byteLength; i++) if (a[i] !== b[i]) return false;
    } else if (!isArrayBufferView(b) || a.byteLength !== b.byteLength ||
               !sameBytes(bytesOf(a), bytesOf(b))) {
      return false;
    }
    const keysB = nonIndexKeys(b, mode !== LOOSE);
    if (mode !== PARTIAL && keysB.length !== nonIndexKeys(a, mode !== LOOSE).length) return false;
    return checkKeys(a, b, mode, memos, NONE, keysB);
  }
  if (isDate(a)) {
    if (!isDate(b) || unequalTags(a, b)) return false;
    const ta = Date.prototype.getTime.call(a);
    const tb = Date.prototype.getTime.call(b);
    if (ta !== tb && (ta === ta || tb === tb)) return false;
  } else if (isRegExp(a)) {
    if (!isRegExp(b) || a.source !== b.source || a.flags !== b.flags ||
        a.lastIndex !== b.lastIndex || unequalTags(a, b)) {
      return false;
    }
  } else if (isAnyArrayBuffer(a)) {
    if (!isAnyArrayBuffer(b) || unequalTags(a, b)) return false;
    if (mode !== PARTIAL || a.byteLength === b.byteLength) {
      if (a.byteLength !== b.byteLength || !sameBytes(new Uint8Array(a), new Uint8Array(b))) {
        return false;
      }
    } else if (!bytesContainInOrder(new Uint8Array(a), new Uint8Array(b))) {
      return false;
    }
  } else if (unequalTagsSlow(tagA ?? objectToString(a), a, b) || Array.isArray(b) ||
             isArrayBufferView(b) || isSet(b) || isMap(b) || isDate(b) || isRegExp(b) ||
             isAnyArrayBuffer(b)) {
    return false;
  } else if (isError(a)) {
    if (!isError(b) ||
        !errorPropertyMatches(a, b, 'message', mode, memos) ||
        !errorPropertyMatches(a, b, 'name', mode, memos) ||
        !errorPropertyMatches(a, b, 'cause', mode, memos) ||
        !errorPropertyMatches(a, b, 'errors', mode, memos)) {
      return false;
    }
    const bHasCause = hasOwn(b, 'cause');
    if (bHasCause !== hasOwn(a, 'cause') && (mode !== PARTIAL || bHasCause)) return false;
  } else if (isBoxedPrimitive(a)) {
    if (!sameBoxed(a, b)) return false;
  } else if (isBoxedPrimitive(b) || isNativeError(b) || b instanceof Error ||
             isWeakMap(a) || isWeakSet(a) || isPromise(a)) {
    return false;
  }
  return checkKeys(a, b, mode, memos, NONE);
}

function checkKeys(a, b, mode, memos, iteration, keysB) {
  const arrayLike = keysB !== undefined;
  if (!arrayLike) keysB = Object.keys(b);
  let keysA;
  if (!arrayLike) {
    if (mode === PARTIAL) {
      for (const k of Object.getOwnPropertySymbols(b)) if (hasEnumerable(b, k)) keysB.push(k);
    } else if (keysB.length !== (keysA = Object.keys(a)).length) {
      return false;
    } else if (mode === STRICT || mode === STRICT_NO_PROTO) {
      for (const k of Object.getOwnPropertySymbols(a)) if (hasEnumerable(a, k)) keysA.push(k);
      for (const k of Object.getOwnPropertySymbols(b)) if (hasEnumerable(b, k)) keysB.push(k);
      if (keysA.length !== keysB.length) return false;
    }
  }
  if (keysB.length === 0 &&
      (iteration === NONE || (iteration === ARRAY && b.length === 0) || b.size === 0)) {
    return true;
  }
  return withCycleCheck(a, b, mode, keysA, keysB, memos, iteration);
}

// Two values already being compared further up are equal when they were
// met together (a cycle on both sides), unequal when only one side cycles.
function withCycleCheck(a, b, mode, keysA, keysB, memos, iteration) {
  const seen = memos.seen;
  const before = seen.size;
  seen.add(a);
  seen.add(b);
  if (before !== seen.size - 2) return before === seen.size;
  const result = equivalent(a, b, mode, keysA, keysB, memos, iteration);
  seen.delete(a);
  seen.delete(b);
  return result;
}

function loosePrimitiveAlternative(prim) {
  switch (typeof prim) {
    case 'undefined':
      return null;
    case 'object':
      return undefined;
    case 'symbol':
      return false;
    case 'string':
      prim = +prim;
    // falls through
    case 'number':
      if (prim !== prim) return false;
  }
  return true;
}

function setMightHaveLoosePrimitive(a, b, prim) {
  const alt = loosePrimitiveAlternative(prim);
  if (alt != null) return alt;
  return !b.has(alt) && a.has(alt);
}

function mapMightHaveLoosePrimitive(a, b, prim, itemB, memos) {
  const alt = loosePrimitiveAlternative(prim);
  if (alt != null) return alt;
  const itemA = a.get(alt);
  if ((itemA === undefined && !a.has(alt)) || !deepEqual(itemA, itemB, LOOSE, memos)) {
    return false;
  }
  return !b.has(alt) && deepEqual(itemA, itemB, LOOSE, memos);
}

function takeEqualElement(list, value, mode, memos, compare, start, end) {
  for (let i = end - 1; i >= start; i--) {
    if (compare(value, list[i], mode, memos)) {
      list[i] = list[end];
      return true;
    }
  }
  return false;
}

function takeEqualMapElement(list, keyA, itemA, b, mode, memos, compare, start, end) {
  for (let i = end - 1; i >= start; i--) {
    const keyB = list[i];
    if (compare(keyA, keyB, mode, memos) && deepEqual(itemA, b.get(keyB), mode, memos)) {
      list[i] = list[end];
      return true;
    }
  }
  return false;
}

// `list`: the members of b that a lacks; each member of a that b lacks must
// match one of them. The list is consumed from both ends, which finds the
// matches of sets in the same or reversed order quickly.
function setObjectsEquivalent(list, a, b, mode, memos) {
  let direction = 1;
  let start = 0;
  let end = list.length - 1;
  const compare = mode !== LOOSE ? compareObjects : deepEqual;
  const extraChecks = mode === LOOSE || list.length !== a.size;
  for (const v of a) {
    if (typeof v !== 'object' || v === null) {
      if (b.has(v)) continue;
      if (mode !== LOOSE) return false;
    } else if (extraChecks && b.has(v)) {
      continue;
    }
    let innerStart = start;
    if (direction === 1) {
      if (compare(v, list[start], mode, memos)) {
        start++;
        continue;
      }
      if (start === end) return false;
      direction = -1;
      innerStart++;
    }
    if (!compare(v, list[end], mode, memos)) {
      direction = 1;
      if (!takeEqualElement(list, v, mode, memos, compare, innerStart, end)) return false;
    }
    end--;
  }
  return true;
}

function setPartialEquivalent(list, a, b, mode, memos) {
  let pos = 0;
  let direction = 1;
  let start = 0;
  let end = list.length - 1;
  for (const v of a) {
    pos++;
    if (!b.has(v)) {
      let innerStart = start;
      if (direction === 1) {
        if (deepEqual(v, list[start], mode, memos)) {
          if (start === end) return true;
          start++;
          continue;
        }
        if (start === end) continue;
        direction = -1;
        innerStart++;
      }
      let matched = true;
      if (!deepEqual(v, list[end], mode, memos)) {
        direction = 1;
        matched = takeEqualElement(list, v, mode, memos, deepEqual, innerStart, end);
      }
      if (matched) {
        if (start === end) return true;
        end--;
      }
    }
    if (a.size - pos <= end - start) return false;
  }
  return false;
}

function smallSetsEquivalent(a, b, v, iterB, mode, memos) {
  const iterA = a.values();
  const firstA = iterA.next().value;
  if (deepEqual(firstA, v, mode, memos)) {
    if (b.size === 1) return true;
    const secondA = iterA.next().value;
    return b.has(secondA) || deepEqual(secondA, iterB.next().value, mode, memos);
  }
  return a.size !== 1 && deepEqual(iterA.next().value, v, mode, memos) &&
    (b.size === 1 || b.has(firstA) || deepEqual(firstA, iterB.next().value, mode, memos));
}

function setsEquivalent(a, b, mode, memos) {
  let list;
  const iterB = b.values();
  for (const v of iterB) {
    if (!a.has(v)) {
      if ((typeof v !== 'object' || v === null) &&
          (mode !== LOOSE || !setMightHaveLoosePrimitive(a, b, v))) {
        return false;
      }
      if (list === undefined) {
        if (a.size < 3) return smallSetsEquivalent(a, b, v, iterB, mode, memos);
        list = [];
      }
      list.push(v);
    }
  }
  if (list === undefined) return true;
  if (mode === PARTIAL) return setPartialEquivalent(list, a, b, mode, memos);
  return setObjectsEquivalent(list, a, b, mode, memos);
}

function mapObjectsEquivalent(list, a, b, mode, memos) {
  let direction = 1;
  let start = 0;
  let end = list.length - 1;
  const compare = mode !== LOOSE ? compareObjects : deepEqual;
  for (const [keyA, itemA] of a) {
    if (typeof keyA !== 'object' || keyA === null) {
      if (b.has(keyA)) {
        if (mode !== LOOSE || deepEqual(itemA, b.get(keyA), mode, memos)) continue;
      } else if (mode !== LOOSE) {
        return false;
      }
    }
    let innerStart = start;
    if (direction === 1) {
      const keyB = list[start];
      if (compare(keyA, keyB, mode, memos) && deepEqual(itemA, b.get(keyB), mode, memos)) {
        start++;
        continue;
      }
      if (start === end) return false;
      direction = -1;
      innerStart++;
    }
    const keyB = list[end];
    if (!compare(keyA, keyB, mode, memos) || !deepEqual(itemA, b.get(keyB), mode, memos)) {
      direction = 1;
      if (!takeEqualMapElement(list, keyA, itemA, b, mode, memos, compare, innerStart, end)) {
        return false;
      }
    }
    end--;
  }
  return true;
}

function mapPartialEquivalent(list, a, b, mode, memos) {
  let pos = 0;
  let direction = 1;
  let start = 0;
  let end = list.length - 1;
  for (const [keyA, itemA] of a) {
    pos++;
    if (typeof keyA === 'object' && keyA !== null) {
      let innerStart = start;
      if (direction === 1) {
        const keyB = list[start];
        if (compareObjects(keyA, keyB, mode, memos) && deepEqual(itemA, b.get(keyB), mode, memos)) {
          if (start === end) return true;
          start++;
          continue;
        }
        if (start === end) continue;
        direction = -1;
        innerStart++;
      }
      let matched = true;
      const keyB = list[end];
      if (!compareObjects(keyA, keyB, mode, memos) || !deepEqual(itemA, b.get(keyB), mode, memos)) {
        direction = 1;
        matched = takeEqualMapElement(list, keyA, itemA, b, mode, memos, compareObjects,
          innerStart, end);
      }
      if (matched) {
        if (start === end) return true;
        end--;
      }
    }
    if (a.size - pos <= end - start) return false;
  }
  return false;
}

function mapsEquivalent(a, b, mode, memos) {
  let list;
  for (const [keyB, itemB] of b) {
    if (typeof keyB === 'object' && keyB !== null) {
      if (list === undefined) {
        if (a.size === 1) {
          const [keyA, itemA] = a.entries().next().value;
          return deepEqual(keyA, keyB, mode, memos) && deepEqual(itemA, itemB, mode, memos);
        }
        list = [];
      }
      list.push(keyB);
    } else {
      const itemA = a.get(keyB);
      if ((itemA === undefined && !a.has(keyB)) || !deepEqual(itemA, itemB, mode, memos)) {
        if (mode !== LOOSE) return false;
        if (!mapMightHaveLoosePrimitive(a, b, keyB, itemB, memos)) return false;
        if (list === undefined) list = [];
        list.push(keyB);
      }
    }
  }
  if (list === undefined) return true;
  if (mode === PARTIAL) return mapPartialEquivalent(list, a, b, mode, memos);
  return mapObjectsEquivalent(list, a, b, mode, memos);
}

function sparseArraysEquivalent(a, b, mode, memos, i) {
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.length !== keysB.length) return false;
  for (; i < keysB.length; i++) {
    const k = keysB[i];
    if ((a[k] === undefined && !hasOwn(a, k)) || !deepEqual(a[k], b[k], mode, memos)) return false;
  }
  return true;
}

function sparsePartialEquivalent(a, b, mode, memos, startA, startB) {
  let pos = startA;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  const lenA = keysA.length - startA;
  const lenB = keysB.length - startB;
  if (lenA < lenB) return false;
  for (let i = 0; i < lenB; i++) {
    const k = keysB[startB + i];
    while (!deepEqual(a[keysA[pos]], b[k], mode, memos)) {
      pos++;
      if (pos > keysA.length - lenB + i) return false;
    }
    pos++;
  }
  return true;
}

function arrayPartialEquivalent(a, b, mode, memos) {
  let pos = 0;
  for (let i = 0; i < b.length; i++) {
    let hole = b[i] === undefined && !hasOwn(b, i);
    if (hole) return sparsePartialEquivalent(a, b, mode, memos, pos, i);
    while (!(hole = a[pos] === undefined && !hasOwn(a, pos)) &&
           !deepEqual(a[pos], b[i], mode, memos)) {
      pos++;
      if (pos > a.length - b.length + i) return false;
    }
    if (hole) return sparsePartialEquivalent(a, b, mode, memos, pos, i);
    pos++;
  }
  return true;
}

function equivalent(a, b, mode, keysA, keysB, memos, iteration) {
  let i = 0;
  if (keysA !== undefined) {
    for (; i < keysB.length; i++) {
      const k = keysB[i];
      if (keysA[i] !== k) break;
      if (!deepEqual(a[k], b[k], mode, memos)) return false;
    }
  }
  for (; i < keysB.length; i++) {
    const k = keysB[i];
    const desc = Object.getOwnPropertyDescriptor(a, k);
    if (desc === undefined || desc.enumerable !== true) return false;
    const v = desc.writable !== undefined ? desc.value : a[k];
    if (!deepEqual(v, b[k], mode, memos)) return false;
  }
  if (iteration === ARRAY) {
    if (mode === PARTIAL) return arrayPartialEquivalent(a, b, mode, memos);
    for (let j = 0; j < a.length; j++) {
      if (b[j] === undefined) {
        if (!hasOwn(b, j)) return sparseArraysEquivalent(a, b, mode, memos, j);
        if ((a[j] !== undefined || !hasOwn(a, j)) && (mode !== LOOSE || a[j] !== null)) return false;
      } else if ((a[j] === undefined || !deepEqual(a[j], b[j], mode, memos)) &&
                 (mode !== LOOSE || b[j] !== null)) {
        return false;
      }
    }
  } else if (iteration === SET) {
    return setsEquivalent(a, b, mode, memos);
  } else if (iteration === MAP) {
    return mapsEquivalent(a, b, mode, memos);
  }
  return true;
}

const run = (a, b, mode) => deepEqual(a, b, mode, { seen: new Set() });

module.exports = {
  isDeepEqual: (a, b) => run(a, b, LOOSE),
  isDeepStrictEqual: (a, b, skipPrototype) => run(a, b, skipPrototype ? STRICT_NO_PROTO : STRICT),
  isPartialStrictEqual: (a, b) => run(a, b, PARTIAL),
};
