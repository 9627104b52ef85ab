// timers/promises setInterval: an async iterator that ends with break.
const { setInterval } = require('timers/promises');
(async () => {
  let n = 0;
  for await (const v of setInterval(1, 'tick')) {
    console.log(v, n);
    if (++n === 4) break;
  }
  const it = setInterval(1, 'x');
  console.log(await it.next(), await it.next());
  console.log(await it.return(), await it.next());
})();
