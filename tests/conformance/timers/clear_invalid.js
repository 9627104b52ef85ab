// clear* accept anything without throwing.
for (const v of [undefined, null, 0, 'x', {}, [], 12345, NaN]) {
  clearTimeout(v);
  clearInterval(v);
  clearImmediate(v);
}
console.log('no throw');
