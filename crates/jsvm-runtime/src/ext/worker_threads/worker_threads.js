// jsvm: `node:worker_threads` as seen from the main thread, the only one
// jsvm runs: no Worker class (jsvm has no workers), no parent port, no
// worker data; environment data is kept for the workers a program would
// start. Body of a function (module, exports, internals, require).
'use strict';

const environmentData = new Map();

function setEnvironmentData(key, value) {
  if (value === undefined) environmentData.delete(key);
  else environmentData.set(key, value);
}

function getEnvironmentData(key) {
  return environmentData.get(key);
}

module.exports = {
  isInternalThread: false,
  isMainThread: true,
  resourceLimits: {},
  threadId: 0,
  threadName: '',
  SHARE_ENV: Symbol.for('nodejs.worker_threads.SHARE_ENV'),
  parentPort: null,
  workerData: null,
  setEnvironmentData,
  getEnvironmentData,
};
