// refresh() restarts the timer with its delay.
let n = 0;
const t = setTimeout(() => console.log('fired after the refreshes', n), 20);
const i = setInterval(() => {
  n++;
  t.refresh();
  if (n === 2) clearInterval(i);
}, 5);
