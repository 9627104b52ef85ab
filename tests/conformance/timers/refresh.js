// refresh() restarts the timer with its delay; an interval keeps repeating.
let n = 0;
const t = setTimeout(() => console.log('fired once', n), 20);
const i = setInterval(() => {
  n++;
  if (n < 3) t.refresh();
  if (n === 5) clearInterval(i);
}, 5);
