// script.sourceURL: the value of the script's last `//# sourceURL=` (or
// `//@`) magic comment, read as V8 reads it (only from real `//`
// comments); V8 names the script's frames and error arrow by it.
const vm = require('vm');

const s = new vm.Script('1 //# sourceURL=foo.js', { filename: 'f.js' });
console.log(Object.keys(s), s.sourceURL, s.sourceMapURL);
console.log(Object.getOwnPropertyDescriptor(s, 'sourceURL'));
console.log(new vm.Script('1', { filename: 'f.js' }).sourceURL);

for (const src of [
  '//@ sourceURL=at.js',
  '//# sourceURL= spaced.js  ',
  '//# sourceURL=a.js b',
  '"//# sourceURL=str.js"',
  '`\n//# sourceURL=template.js\n`',
  '/*//# sourceURL=c.js*/',
  '//# sourceURL=one.js\n//# sourceURL=two.js',
  '//# sourceURL=',
  '//#sourceURL=x.js',
  '//# sourceURL=u.js\n//# sourceMappingURL=m.js',
  '//# sourceMappingURL=m.js\n//# sourceURL=u.js',
]) {
  const t = new vm.Script(src);
  console.log(JSON.stringify(src), JSON.stringify(t.sourceURL), JSON.stringify(t.sourceMapURL));
}

// Frames and the error arrow use the source URL.
const stack = new vm.Script('new Error("x").stack //# sourceURL=bar.js\n', { filename: 'f.js' })
  .runInThisContext();
console.log(stack.split('\n').slice(0, 2));
try {
  new vm.Script('function thrower() {\n  throw new Error("y");\n}\nthrower(); //# sourceURL=thr.js')
    .runInThisContext();
} catch (e) {
  console.log(e.stack.split('\n').slice(0, 7));
}
const fn = vm.compileFunction('return new Error("z").stack;');
console.log(Object.keys(fn), fn.sourceURL);

// Cached data keeps it.
const produced = new vm.Script('1 //# sourceURL=cached.js', { produceCachedData: true });
console.log(Object.keys(produced));
const consumed = new vm.Script('1 //# sourceURL=cached.js', { cachedData: produced.cachedData });
console.log(consumed.cachedDataRejected, consumed.sourceURL, Object.keys(consumed));
