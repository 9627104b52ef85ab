// jsvm: stream.Duplex: a Readable that is also a Writable (its two sides
// have their own state; `allowHalfOpen: false` ends the writable side when
// the readable side ends). Body of a function (module, exports, internals,
// require).
'use strict';

const Readable = require('internal/stream/readable');
const Writable = require('internal/stream/writable');

function Duplex(options) {
  if (!(this instanceof Duplex)) return new Duplex(options);
  Readable.call(this, options);
  Writable.call(this, options);
  if (options) {
    this.allowHalfOpen = options.allowHalfOpen !== false;
    if (options.readable === false) {
      const r = this._readableState;
      r.readable = false;
      r.ended = true;
      r.endEmitted = true;
    }
    if (options.writable === false) {
      const w = this._writableState;
      w.writable = false;
      w.ending = true;
      w.ended = true;
      w.finished = true;
    }
  } else {
    this.allowHalfOpen = true;
  }
}
Object.setPrototypeOf(Duplex.prototype, Readable.prototype);
Object.setPrototypeOf(Duplex, Readable);

// The Writable side's methods and properties.
for (const key of Object.getOwnPropertyNames(Writable.prototype)) {
  if (key === 'constructor' || key === 'destroy' || key === 'pipe') continue;
  if (Object.prototype.hasOwnProperty.call(Duplex.prototype, key)) continue;
  if (key === 'closed' || key === 'errored' || key === 'destroyed') continue;
  Object.defineProperty(Duplex.prototype, key,
                        Object.getOwnPropertyDescriptor(Writable.prototype, key));
}
Duplex.prototype.destroy = Writable.prototype.destroy;

Object.defineProperty(Duplex.prototype, 'destroyed', {
  get() {
    if (this._readableState === undefined || this._writableState === undefined) return false;
    return this._readableState.destroyed && this._writableState.destroyed;
  },
  set(value) {
    if (this._readableState && this._writableState) {
      this._readableState.destroyed = value;
      this._writableState.destroyed = value;
    }
  },
  enumerable: false,
  configurable: true,
});

module.exports = Duplex;
