// jsvm: `node:v8`, the parts that mean something on QuickJS-ng: heap
// statistics (the engine's allocator numbers under V8's field names),
// cachedDataVersionTag (the engine build's fingerprint: jsvm's cached
// data carries the same), setFlagsFromString (the heap-limit flags act;
// V8's other flags have no counterpart here and are ignored).
// Body of a function (module, exports, internals, require).
'use strict';

const { validateString } = require('internal/errors');

const native = internals.v8;

function getHeapStatistics() {
  const [allocated, used, limit, contexts] = native.heapStatistics();
  return {
    total_heap_size: allocated,
    // The engine compiles to bytecode in its ordinary heap.
    total_heap_size_executable: 0,
    total_physical_size: allocated,
    total_available_size: Math.max(limit - allocated, 0),
    used_heap_size: used,
    heap_size_limit: limit,
    malloced_memory: allocated,
    // The engine keeps no peak: the current size is its lower bound.
    peak_malloced_memory: allocated,
    does_zap_garbage: 0,
    number_of_native_contexts: contexts,
    number_of_detached_contexts: 0,
    total_global_handles_size: 0,
    used_global_handles_size: 0,
    external_memory: 0,
  };
}

function cachedDataVersionTag() {
  return native.cachedDataVersionTag;
}

function setFlagsFromString(flags) {
  validateString(flags, 'flags');
  for (const flag of flags.split(/\s+/)) {
    const m = /^--(?:max[-_]old[-_]space[-_]size|max[-_]heap[-_]size)=(\d+)$/.exec(flag);
    if (m) native.setHeapLimit(Number(m[1]));
  }
}

module.exports = {
  cachedDataVersionTag,
  getHeapStatistics,
  setFlagsFromString,
};
