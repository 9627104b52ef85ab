// util.promisify, callbackify, inherits, deprecate, debuglog, isArray,
// toUSVString, stripVTControlCharacters, getSystemErrorName, styleText.
const util = require('util');

function show(label, fn) {
  try {
    console.log(label, fn());
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}

// promisify
function adder(a, b, cb) { cb(null, a + b); }
function failer(cb) { cb(new Error('failed')); }
function multi(cb) { cb(null, 1, 2); }
const pAdd = util.promisify(adder);
show('promisify name/length', () => [pAdd.name, pAdd.length, typeof pAdd]);
show('promisify cached', () => util.promisify(adder) === pAdd ? 'no' : 'new', util.promisify(pAdd) === pAdd);
show('promisify twice same', () => util.promisify(pAdd) === pAdd);
function withCustom() {}
const customImpl = () => Promise.resolve('custom');
withCustom[util.promisify.custom] = customImpl;
show('promisify custom', () => util.promisify(withCustom) === customImpl);
show('promisify.custom symbol', () => util.promisify.custom === Symbol.for('nodejs.util.promisify.custom'));
show('promisify bad', () => util.promisify('x'));
const badCustom = () => {};
badCustom[util.promisify.custom] = 5;
show('promisify bad custom', () => util.promisify(badCustom));
const obj = { v: 10, get(cb) { cb(null, this.v); } };
obj.pget = util.promisify(obj.get);
function Props(cb) { cb(null); }
Props.extra = 'kept';
show('promisify props', () => util.promisify(Props).extra);

// callbackify
async function asyncAdd(a, b) { return a + b; }
const cbAdd = util.callbackify(asyncAdd);
show('callbackify name/length', () => [cbAdd.name, cbAdd.length]);
show('callbackify bad', () => util.callbackify(null));
show('callbackify no callback', () => cbAdd(1, 2));

// inherits
function Base() {}
Base.prototype.hello = function () { return 'hello'; };
function Derived() { Base.call(this); }
util.inherits(Derived, Base);
show('inherits', () => [new Derived().hello(), Derived.super_ === Base,
  Object.getOwnPropertyDescriptor(Derived, 'super_').enumerable]);
show('inherits null ctor', () => util.inherits(null, Base));
show('inherits undefined super', () => util.inherits(Derived));
show('inherits no prototype', () => util.inherits(Derived, Object.create(null)));

// deprecate: its warning goes through process.emitWarning
const seen = [];
const realEmit = process.emitWarning;
process.emitWarning = (msg, type, code) => seen.push([msg, type, code]);
const dep = util.deprecate(function original(a, b) { return a + b; }, 'original() is old', 'DEP_TEST');
show('deprecate calls', () => [dep(1, 2), dep(3, 4), dep.name, dep.length]);
const dep2 = util.deprecate(() => 'x', 'same code', 'DEP_TEST');
show('deprecate same code', () => dep2());
const dep3 = util.deprecate(() => 'y', 'no code');
show('deprecate no code', () => [dep3(), dep3()]);
class Old { constructor(v) { this.v = v; } }
const DepOld = util.deprecate(Old, 'Old is old', 'DEP_OLD');
show('deprecate class', () => [new DepOld(5).v, new DepOld(1) instanceof Old]);
show('deprecate bad code', () => util.deprecate(() => {}, 'm', 5));
show('isArray', () => [util.isArray([]), util.isArray({})]);
process.noDeprecation = true;
const dep4 = util.deprecate(() => 'z', 'silenced', 'DEP_SILENT');
show('noDeprecation', () => dep4());
process.noDeprecation = false;
process.emitWarning = realEmit;
for (const w of seen) console.log('warning', JSON.stringify(w));

// misc
show('toUSVString', () => JSON.stringify(util.toUSVString('a\ud800b\udc00')));
show('stripVT', () => JSON.stringify(util.stripVTControlCharacters('\u001b[1mbold\u001b[22m \u001b]8;;http://x\u0007link\u001b]8;;\u0007')));
show('stripVT bad', () => util.stripVTControlCharacters(5));
show('getSystemErrorName', () => [util.getSystemErrorName(-2), util.getSystemErrorName(-13)]);
show('getSystemErrorName bad', () => util.getSystemErrorName(1));
show('styleText no tty', () => JSON.stringify(util.styleText('red', 'text')));
show('styleText forced', () => JSON.stringify(util.styleText(['bold', 'red'], 'text', { validateStream: false })));
show('styleText bad', () => util.styleText('nocolor', 'text'));
show('debuglog off', () => { const d = util.debuglog('jsvmtest'); d('not printed'); return d.enabled; });
show('format', () => util.format('%s=%d', 'x', 5, 'rest'));
show('formatWithOptions', () => util.formatWithOptions({ compact: false }, { a: 1 }));

Promise.all([
  pAdd(2, 3),
  util.promisify(failer)().catch((e) => `rejected ${e.message}`),
  util.promisify(multi)(),
  obj.pget(),
]).then((r) => console.log('promisify results', r));
cbAdd(1, 2, (err, v) => console.log('callbackify result', err, v));
util.callbackify(async () => { throw new Error('no'); })((err) => console.log('callbackify error', err.message));
util.callbackify(async () => { throw null; })((err) => console.log('callbackify null', err.code, err.message, err.reason));
util.callbackify(function () { return Promise.resolve(this.v); }).call({ v: 'this kept' }, (e, v) => console.log('callbackify this', v));
