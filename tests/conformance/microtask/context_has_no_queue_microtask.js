// queueMicrotask is a host (Node) function: a new context has none, and the
// host's, given to a context, schedules on the host's queue.
const vm = require('node:vm');

console.log(vm.runInNewContext('typeof queueMicrotask'));
const log = [];
const ctx = vm.createContext({ log, queueMicrotask }, { microtaskMode: 'afterEvaluate' });
vm.runInContext('queueMicrotask(() => log.push("host queue")); Promise.resolve().then(() => log.push("context queue"))', ctx);
console.log(log.join(', '));
Promise.resolve().then(() => console.log(log.join(', ')));
