// Timers cleared from another callback of the same turn do not run.
let b;
setTimeout(() => {
  console.log('a');
  clearTimeout(b);
}, 1);
b = setTimeout(() => console.log('b: never'), 1);
setTimeout(() => {
  const im2 = [];
  setImmediate(() => {
    console.log('immediate 1');
    clearImmediate(im2[0]);
  });
  im2.push(setImmediate(() => console.log('immediate 2: never')));
  setImmediate(() => console.log('immediate 3'));
}, 5);
