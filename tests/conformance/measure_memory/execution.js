// node-flags: --no-warnings
// jsvm-flags: --no-warnings
// execution: 'eager' collects at once; 'default' waits for the next
// collection, which any eager measurement is: requests waiting are answered
// together, in the order they were made. A default measurement nothing else
// answers does not keep the process alive.
const vm = require('vm');

const order = [];
const track = (name, p) => p.then((r) => {
  order.push(`${name}:${Object.keys(r).join(',')}`);
});

(async () => {
  await Promise.all([
    track('default summary', vm.measureMemory()),
    track('eager detailed', vm.measureMemory({ mode: 'detailed', execution: 'eager' })),
    track('default detailed', vm.measureMemory({ mode: 'detailed' })),
  ]);
  console.log(order.splice(0));

  await Promise.all([
    track('eager summary', vm.measureMemory({ execution: 'eager' })),
    track('default summary', vm.measureMemory({ execution: 'default' })),
  ]);
  console.log(order.splice(0));

  // Asynchronous even when eager: nothing resolves before this job ends.
  let settled = false;
  const p = vm.measureMemory({ execution: 'eager' }).then(() => { settled = true; });
  await null;
  console.log('settled after a microtask', settled);
  await p;
  console.log('settled', settled);

  let late = false;
  vm.measureMemory().then(() => { late = true; });
  process.on('exit', (code) => console.log('exit', code, 'late default resolved', late));
})();
