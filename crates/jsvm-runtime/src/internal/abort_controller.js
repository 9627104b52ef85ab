// jsvm: the web globals that timers/promises needs: Event, EventTarget,
// AbortController and AbortSignal (a minimal version of the DOM's: one
// target, no capture or bubbling), and Node's AbortError.
// Body of a function (module, exports, internals, require).
'use strict';

const {
  codes: { ERR_INVALID_ARG_TYPE },
  makeNodeError,
} = require('internal/errors');

const kStop = Symbol('stop');

class Event {
  #type;
  #cancelable;
  #defaultPrevented = false;
  #timeStamp;
  #target = null;

  constructor(type, options = undefined) {
    if (arguments.length === 0) throw makeNodeError(TypeError, 'ERR_MISSING_ARGS', 'The "type" argument must be specified');
    this.#type = `${type}`;
    this.#cancelable = Boolean(options?.cancelable);
    this.bubbles = Boolean(options?.bubbles);
    this.composed = Boolean(options?.composed);
    this.#timeStamp = performance.now();
    this[kStop] = false;
  }

  get type() { return this.#type; }

  get cancelable() { return this.#cancelable; }

  get defaultPrevented() { return this.#cancelable && this.#defaultPrevented; }

  get timeStamp() { return this.#timeStamp; }

  get target() { return this.#target; }

  get currentTarget() { return this.#target; }

  get srcElement() { return this.#target; }

  get isTrusted() { return false; }

  get eventPhase() { return this.#target === null ? 0 : 2; }

  get returnValue() { return !this.defaultPrevented; }

  composedPath() { return this.#target === null ? [] : [this.#target]; }

  preventDefault() { this.#defaultPrevented = true; }

  stopPropagation() {}

  stopImmediatePropagation() { this[kStop] = true; }

  static setTarget(event, target) { event.#target = target; }
}
Object.defineProperty(Event.prototype, Symbol.toStringTag, { value: 'Event', configurable: true });
const setTarget = Event.setTarget;
delete Event.setTarget;

const kListeners = Symbol('kEvents');

class EventTarget {
  constructor() {
    this[kListeners] = new Map();
  }

  addEventListener(type, listener, options = undefined) {
    if (listener == null) return;
    if (typeof options === 'boolean') options = { capture: options };
    const once = Boolean(options?.once);
    const signal = options?.signal;
    if (signal?.aborted) return;
    type = `${type}`;
    let list = this[kListeners].get(type);
    if (!list) {
      list = [];
      this[kListeners].set(type, list);
    }
    if (list.some((l) => l.listener === listener)) return;
    const entry = { listener, once };
    list.push(entry);
    if (signal) signal.addEventListener('abort', () => this.removeEventListener(type, listener), { once: true });
  }

  removeEventListener(type, listener) {
    const list = this[kListeners].get(`${type}`);
    if (!list) return;
    const i = list.findIndex((l) => l.listener === listener);
    if (i >= 0) list.splice(i, 1);
  }

  dispatchEvent(event) {
    if (!(event instanceof Event)) throw ERR_INVALID_ARG_TYPE('event', 'Event', event);
    setTarget(event, this);
    const list = this[kListeners].get(event.type);
    if (list) {
      for (const entry of [...list]) {
        if (!list.includes(entry)) continue;
        if (entry.once) this.removeEventListener(event.type, entry.listener);
        try {
          const { listener } = entry;
          if (typeof listener === 'function') listener.call(this, event);
          else if (typeof listener?.handleEvent === 'function') listener.handleEvent(event);
        } catch (err) {
          process.nextTick(() => { throw err; });
        }
        if (event[kStop]) break;
      }
    }
    return !event.defaultPrevented;
  }
}
Object.defineProperty(EventTarget.prototype, Symbol.toStringTag, { value: 'EventTarget', configurable: true });

const kAborted = Symbol('kAborted');
const kReason = Symbol('kReason');
const kInternal = Symbol('internal');

const abortReason = () => new DOMException('This operation was aborted', 'AbortError');

class AbortSignal extends EventTarget {
  constructor(key) {
    if (key !== kInternal) throw makeNodeError(TypeError, 'ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor');
    super();
    this[kAborted] = false;
    this[kReason] = undefined;
    this.onabort = null;
  }

  get aborted() { return this[kAborted]; }

  get reason() { return this[kReason]; }

  throwIfAborted() {
    if (this[kAborted]) throw this[kReason];
  }

  static abort(reason = abortReason()) {
    const signal = new AbortSignal(kInternal);
    signal[kAborted] = true;
    signal[kReason] = reason;
    return signal;
  }

  static timeout(delay) {
    const signal = new AbortSignal(kInternal);
    setTimeout(() => {
      abortSignal(signal, new DOMException('The operation was aborted due to timeout', 'TimeoutError'));
    }, delay).unref();
    return signal;
  }

  static any(signals) {
    const signal = new AbortSignal(kInternal);
    for (const s of signals) {
      if (s.aborted) {
        signal[kAborted] = true;
        signal[kReason] = s.reason;
        return signal;
      }
    }
    for (const s of signals) {
      s.addEventListener('abort', () => abortSignal(signal, s.reason), { once: true });
    }
    return signal;
  }
}
Object.defineProperty(AbortSignal.prototype, Symbol.toStringTag, { value: 'AbortSignal', configurable: true });

function abortSignal(signal, reason) {
  if (signal[kAborted]) return;
  signal[kAborted] = true;
  signal[kReason] = reason;
  const event = new Event('abort');
  signal.dispatchEvent(event);
  if (typeof signal.onabort === 'function') signal.onabort.call(signal, event);
}

class AbortController {
  #signal = new AbortSignal(kInternal);

  get signal() { return this.#signal; }

  abort(reason = abortReason()) {
    abortSignal(this.#signal, reason);
  }
}
Object.defineProperty(AbortController.prototype, Symbol.toStringTag, { value: 'AbortController', configurable: true });

// Node's AbortError (timers/promises, events.once, ...).
class AbortError extends Error {
  constructor(message = 'The operation was aborted', options = undefined) {
    super(message, options);
    this.code = 'ABORT_ERR';
    this.name = 'AbortError';
  }
}

module.exports = { Event, EventTarget, AbortController, AbortSignal, AbortError };
