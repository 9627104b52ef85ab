// Callbacks get the extra arguments; `this` is the timer object.
setTimeout(function (a, b) {
  console.log('timeout', a, b, this.constructor.name);
  setImmediate(function (...args) {
    console.log('immediate', args, this.constructor.name);
    const i = setInterval(function (v) {
      console.log('interval', v, this === i);
      clearInterval(this);
    }, 1, 'z');
  }, 'y', [3]);
}, 1, 'x', 2);
