// AbortController and AbortSignal.
const ac = new AbortController();
const { signal } = ac;
console.log(signal.aborted, signal.reason, typeof signal.addEventListener);
let events = 0;
signal.addEventListener('abort', (e) => {
  events++;
  console.log('abort event', e.type, e.target === signal, signal.aborted);
});
signal.onabort = (e) => console.log('onabort', e.type);
ac.abort();
ac.abort('again');
console.log(events, signal.aborted, signal.reason.name, signal.reason.message, signal.reason instanceof DOMException);
const ac2 = new AbortController();
ac2.abort('custom reason');
console.log(ac2.signal.reason);
try {
  ac2.signal.throwIfAborted();
} catch (e) {
  console.log('thrown', e);
}
new AbortController().signal.throwIfAborted();
const pre = AbortSignal.abort();
console.log(pre.aborted, pre.reason.name);
console.log(AbortSignal.abort(42).reason);
try {
  new AbortSignal();
} catch (e) {
  console.log(e.name, e.code);
}
const any = AbortSignal.any([new AbortController().signal, ac2.signal]);
console.log(any.aborted, any.reason);
const t = AbortSignal.timeout(5);
t.addEventListener('abort', () => console.log('timeout signal', t.reason.name, t.reason.message));
setTimeout(() => {}, 20);
