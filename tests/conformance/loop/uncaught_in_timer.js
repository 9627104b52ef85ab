// An error thrown by a timer without listeners ends the process.
setTimeout(() => console.log('first'), 1);
setTimeout(() => {
  throw new TypeError('from the timer');
}, 2);
setTimeout(() => console.log('never'), 50);
