// node:timers and node:timers/promises.
const timers = require('timers');
for (const n of ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'setImmediate', 'clearImmediate']) {
  console.log(n, typeof timers[n], timers[n] === globalThis[n]);
}
const tp = require('timers/promises');
console.log(timers.promises === tp, require('node:timers/promises') === tp);
console.log(Object.keys(tp).sort(), typeof tp.scheduler.wait, typeof tp.scheduler.yield);
