// A promise job goes to the microtask queue of the context in which its
// callback function was created, whichever context schedules it.
const vm = require('node:vm');

const log = [];
const A = vm.createContext({ log }, { microtaskMode: 'afterEvaluate' });
const B = vm.createContext({ log }, { microtaskMode: 'afterEvaluate' });
vm.runInContext(
  'globalThis.schedule = (tag) => Promise.resolve().then(() => log.push("B job " + tag))', B);

// A calls a function of B: its callback waits for B's next evaluation.
A.bSchedule = B.schedule;
vm.runInContext('bSchedule("from A"); Promise.resolve().then(() => log.push("A job"))', A);
log.push('after A');
vm.runInContext('0', B);
log.push('after B');
console.log(log.join(', '));
log.length = 0;

// A context with the default mode runs a function of A.
const P = vm.createContext({ log });
P.aSchedule = vm.runInContext(
  '(tag) => Promise.resolve().then(() => log.push("A job " + tag))', A);
vm.runInContext('aSchedule("from P"); Promise.resolve().then(() => log.push("P job"))', P);
log.push('after P');

// A host function given to then() in A goes to the host's queue.
A.hostFn = (v) => log.push(`host fn ${v}`);
vm.runInContext('Promise.resolve("h").then(hostFn)', A);
log.push('after A with host fn');

// The host calls then() on a promise of A with a host callback.
vm.runInContext('globalThis.ap = Promise.resolve(7)', A);
A.ap.then((v) => log.push(`host then on A's promise ${v}`));

Promise.resolve().then(() => Promise.resolve()).then(() => {
  log.push('host later');
  vm.runInContext('0', A);
  log.push('after A again');
  console.log(log.join(', '));
});
