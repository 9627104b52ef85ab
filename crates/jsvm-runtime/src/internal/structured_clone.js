// jsvm: `structuredClone(value[, { transfer }])`, the HTML structured clone
// algorithm for the types V8's serializer supports, with the same
// `DataCloneError`s.
// Body of a function (module, exports, internals, require).
'use strict';

const {
  codes: { ERR_INVALID_ARG_TYPE },
  makeNodeError,
} = require('internal/errors');

const objectToString = Object.prototype.toString;
const tagOf = (v) => objectToString.call(v).slice(8, -1);

const errorConstructors = {
  Error, EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError,
};

function dataCloneError(message) {
  return new DOMException(message, 'DataCloneError');
}

// How V8 names a value it cannot clone.
function describe(v) {
  if (typeof v === 'symbol') return v.toString();
  if (typeof v === 'function') {
    try {
      return Function.prototype.toString.call(v);
    } catch {
      return 'function';
    }
  }
  const proto = Object.getPrototypeOf(v);
  const ctor = proto && Object.getOwnPropertyDescriptor(proto, 'constructor')?.value;
  const name = typeof ctor === 'function' && ctor.name ? ctor.name : 'Object';
  return `#<${name}>`;
}

function isTypedArray(v) {
  return ArrayBuffer.isView(v) && !(v instanceof DataView);
}

function structuredClone(value, options = undefined) {
  if (arguments.length === 0) {
    // Node 26's message, as it is.
    throw makeNodeError(TypeError, 'ERR_MISSING_ARGS',
                        'The "The value argument must be specified" argument must be specified');
  }
  let transfer = [];
  if (options !== undefined && options !== null) {
    if (typeof options !== 'object' && typeof options !== 'function') {
      throw makeNodeError(TypeError, 'ERR_INVALID_ARG_TYPE',
                          "Failed to execute 'structuredClone': Options cannot be converted to a dictionary");
    }
    if (options.transfer !== undefined) {
      if (options.transfer === null || typeof options.transfer[Symbol.iterator] !== 'function') {
        throw ERR_INVALID_ARG_TYPE('options.transfer', 'Iterable', options.transfer);
      }
      transfer = [...options.transfer];
      for (const t of transfer) {
        if (!(t instanceof ArrayBuffer)) {
          throw dataCloneError(`Value not transferable`);
        }
      }
    }
  }
  const memory = new Map();
  const transferred = new Map();
  for (const ab of transfer) {
    if (transferred.has(ab)) throw dataCloneError('ArrayBuffer at index 1 is a duplicate of an earlier ArrayBuffer. Duplicate ArrayBuffers in the transfer list are not allowed.');
    transferred.set(ab, null);
  }

  function cloneBuffer(buf) {
    if (memory.has(buf)) return memory.get(buf);
    const out = copyBuffer(buf);
    memory.set(buf, out);
    return out;
  }

  function copyBuffer(buf) {
    if (transferred.has(buf)) {
      let t = transferred.get(buf);
      if (t === null) {
        t = buf.transfer ? buf.transfer() : buf.slice(0);
        transferred.set(buf, t);
      }
      return t;
    }
    if (buf.detached) throw dataCloneError('An ArrayBuffer is detached and could not be cloned.');
    return buf.slice(0);
  }

  function clone(v) {
    if (typeof v === 'symbol') throw dataCloneError(`${describe(v)} could not be cloned.`);
    if (typeof v === 'function') throw dataCloneError(`${describe(v)} could not be cloned.`);
    if (typeof v !== 'object' || v === null) return v;
    if (memory.has(v)) return memory.get(v);
    if (internals.getProxyDetails(v) !== undefined) {
      throw dataCloneError(`${describe(v)} could not be cloned.`);
    }
    // Host objects that Node does not clone (URL, URLSearchParams) carry
    // this symbol, made by the first module that needs it.
    const uncloneable = internals.kUncloneable;
    if (uncloneable !== undefined && v[uncloneable] === true) {
      throw dataCloneError('Cannot clone object of unsupported type.');
    }
    const tag = tagOf(v);
    let out;
    if (Array.isArray(v)) {
      out = new Array(v.length);
      memory.set(v, out);
      for (const key of Object.keys(v)) out[key] = clone(v[key]);
      return out;
    }
    if (v instanceof Date) {
      out = new Date(v.getTime());
    } else if (v instanceof RegExp) {
      out = new RegExp(v.source, v.flags);
    } else if (v instanceof ArrayBuffer) {
      out = cloneBuffer(v);
    } else if (isTypedArray(v)) {
      const { byteOffset, length } = v;
      const buf = cloneBuffer(v.buffer);
      // Buffers come back as plain Uint8Arrays, as in Node.
      const Ctor = v.constructor.name === 'Buffer' ? Uint8Array : v.constructor;
      out = new Ctor(buf, byteOffset, length);
    } else if (v instanceof DataView) {
      const { byteOffset, byteLength } = v;
      out = new DataView(cloneBuffer(v.buffer), byteOffset, byteLength);
    } else if (v instanceof Map) {
      out = new Map();
      memory.set(v, out);
      for (const [k, val] of [...v]) out.set(clone(k), clone(val));
      return out;
    } else if (v instanceof Set) {
      out = new Set();
      memory.set(v, out);
      for (const k of [...v]) out.add(clone(k));
      return out;
    } else if (tag === 'Error' || v instanceof Error) {
      const name = v.name;
      const Ctor = Object.hasOwn(errorConstructors, name) ? errorConstructors[name] : Error;
      out = Object.create(Ctor.prototype);
      memory.set(v, out);
      const desc = Object.getOwnPropertyDescriptor(v, 'message');
      if (desc) {
        Object.defineProperty(out, 'message', {
          value: String(v.message), writable: true, enumerable: false, configurable: true,
        });
      }
      Object.defineProperty(out, 'stack', {
        value: v.stack, writable: true, enumerable: false, configurable: true,
      });
      if ('cause' in v) {
        Object.defineProperty(out, 'cause', {
          value: clone(v.cause), writable: true, enumerable: false, configurable: true,
        });
      }
      return out;
    } else if (v instanceof Boolean) {
      out = Object(Boolean.prototype.valueOf.call(v));
    } else if (v instanceof Number) {
      out = Object(Number.prototype.valueOf.call(v));
    } else if (v instanceof String) {
      out = Object(String.prototype.valueOf.call(v));
    } else if (tag === 'BigInt') {
      out = Object(BigInt.prototype.valueOf.call(v));
    } else if (v instanceof Promise || v instanceof WeakMap || v instanceof WeakSet ||
               (typeof WeakRef === 'function' && v instanceof WeakRef) ||
               tag === 'Generator' || tag === 'AsyncGenerator' || v instanceof Event ||
               (typeof EventTarget === 'function' && v instanceof EventTarget)) {
      throw dataCloneError(`${describe(v)} could not be cloned.`);
    } else {
      // A plain object (class instances lose their prototype).
      out = {};
      memory.set(v, out);
      for (const key of Object.keys(v)) out[key] = clone(v[key]);
      return out;
    }
    memory.set(v, out);
    return out;
  }
  return clone(value);
}

// The globals of internal/abort_controller.js, if present when this runs.
const { Event, EventTarget } = require('internal/abort');

module.exports = { structuredClone };
