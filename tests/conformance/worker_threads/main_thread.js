// node:worker_threads from the main thread.
const wt = require('worker_threads');
console.log(wt.isMainThread, wt.threadId, wt.parentPort, wt.workerData, wt.resourceLimits,
  JSON.stringify(wt.threadName), wt.isInternalThread);
console.log(wt.SHARE_ENV, wt.SHARE_ENV === Symbol.for('nodejs.worker_threads.SHARE_ENV'));
console.log(wt.getEnvironmentData('k'));
wt.setEnvironmentData('k', { v: 1 });
console.log(wt.getEnvironmentData('k'));
wt.setEnvironmentData('k', undefined);
console.log(wt.getEnvironmentData('k'));
import('node:worker_threads').then((ns) => console.log(ns.isMainThread, ns.default === wt));
