// jsvm: stream.addAbortSignal: destroys a stream with an AbortError when
// the signal aborts. Body of a function (module, exports, internals,
// require).
'use strict';

const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
const st = require('internal/stream/state');

function addAbortSignal(signal, stream) {
  const { isAbortSignal, eos } = require('internal/stream/end_of_stream');
  if (!isAbortSignal(signal)) throw ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  if (!st.isNodeStream(stream)) {
    throw ERR_INVALID_ARG_TYPE('stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);
  }
  const onAbort = () => {
    const { AbortError } = require('internal/abort');
    stream.destroy(new AbortError(undefined, { cause: signal.reason }));
  };
  if (signal.aborted) {
    onAbort();
  } else {
    signal.addEventListener('abort', onAbort, { once: true });
    eos(stream, () => signal.removeEventListener('abort', onAbort));
  }
  return stream;
}

module.exports = { addAbortSignal };
