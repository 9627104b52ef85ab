// The docs' "Timeout interactions with asynchronous tasks and Promises",
// first example, with a loop that ends: without microtaskMode the promise
// callback runs after the run has returned, outside its timeout.
const vm = require('node:vm');

function loop() {
  console.log('entering loop');
  for (let i = 0; i < 3; i++) console.log('iteration', i);
}

vm.runInNewContext(
  'Promise.resolve().then(() => loop());',
  { loop, console },
  { timeout: 1000 },
);
// This is printed *before* 'entering loop' (!)
console.log('done executing');
