// jsvm: `node:stream`: the public surface (Node 26's exports, in its
// order), over the classes in internal/. Body of a function (module,
// exports, internals, require).
'use strict';

const { Buffer } = require('buffer');
const { Stream } = require('internal/stream/legacy');
const st = require('internal/stream/state');
const Readable = require('internal/stream/readable');
const Writable = require('internal/stream/writable');
const Duplex = require('internal/stream/duplex');
const { Transform, PassThrough } = require('internal/stream/transform');
const { pipeline } = require('internal/stream/pipeline');
const { eos } = require('internal/stream/end_of_stream');
const { addAbortSignal } = require('internal/stream/add_abort_signal');

Stream.isDestroyed = st.isDestroyed;
Stream.isDisturbed = st.isDisturbed;
Stream.isErrored = st.isErrored;
Stream.isReadable = st.isReadable;
Stream.isWritable = st.isWritable;
Stream.Readable = Readable;
Stream.Writable = Writable;
Stream.Duplex = Duplex;
Stream.Transform = Transform;
Stream.PassThrough = PassThrough;
Stream.pipeline = pipeline;
Stream.addAbortSignal = addAbortSignal;
Stream.finished = eos;
Stream.destroy = st.destroyer;
Stream.setDefaultHighWaterMark = st.setDefaultHighWaterMark;
Stream.getDefaultHighWaterMark = st.getDefaultHighWaterMark;

Object.defineProperty(Stream, 'promises', {
  configurable: true,
  enumerable: true,
  get() { return require('stream/promises'); },
});
Object.defineProperty(pipeline, Symbol.for('nodejs.util.promisify.custom'), {
  enumerable: true,
  get() { return require('stream/promises').pipeline; },
});
Object.defineProperty(eos, Symbol.for('nodejs.util.promisify.custom'), {
  enumerable: true,
  get() { return require('stream/promises').finished; },
});

Stream.Stream = Stream;
Stream._isArrayBufferView = ArrayBuffer.isView;
Stream._isUint8Array = (value) => value instanceof Uint8Array;
Stream._uint8ArrayToBuffer = (chunk) =>
  Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);

module.exports = Stream;
