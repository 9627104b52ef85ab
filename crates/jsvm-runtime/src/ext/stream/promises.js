// jsvm: `node:stream/promises`: pipeline and finished returning promises.
// Body of a function (module, exports, internals, require).
'use strict';

const st = require('internal/stream/state');
const { pipelineImpl, isIterable } = require('internal/stream/pipeline');
const { finished } = require('internal/stream/end_of_stream');

function pipeline(...streams) {
  return new Promise((resolve, reject) => {
    let signal;
    let end;
    const lastArg = streams[streams.length - 1];
    if (lastArg && typeof lastArg === 'object' && !st.isNodeStream(lastArg) &&
        !isIterable(lastArg)) {
      const options = streams.pop();
      signal = options.signal;
      end = options.end;
    }
    pipelineImpl(streams, (err, value) => {
      if (err) reject(err);
      else resolve(value);
    }, { signal, end });
  });
}

module.exports = { finished, pipeline };
