// Calling and constructing what is not a function: V8 names the callee
// from the source (its CallPrinter), or says what the value is.
function t(label, f) {
  try {
    f();
    console.log(label, 'no error');
  } catch (e) {
    console.log(label, e instanceof TypeError, e.name + ': ' + e.message);
  }
}
var o = { f: 1, g: {}, arr: [1], 'a b': 2, 5: 1, h: () => 1 }, x = 1, s = 'abc', u, sym = Symbol('q');
class A { m() { return this.nope(); } static s() { super.zz(); } #p = 1; q() { this.#p(); } }
class B extends A { m() { super.m2(); } }
t('member', () => o.f());
t('chain', () => o.g.h());
t('string key', () => o['f']());
t('string key with space', () => o['a b']());
t('number key', () => o[5]());
t('variable key', () => o[x]());
t('expression key', () => o[x + 1]());
t('symbol key', () => o[sym]());
t('well-known symbol key', () => o[Symbol.iterator]());
t('index in chain', () => o.arr[0]());
t('optional member', () => o?.f());
t('optional call', () => o.f?.());
t('optional chain', () => o?.g.h());
t('variable', () => x());
t('undefined variable', () => u());
t('parenthesized', () => (x)());
t('comma', () => (0, o.f)());
t('parenthesized member', () => (o.f)());
t('new result', () => new A().x());
t('object literal', () => ({}).x());
t('array literal', () => [].x());
t('array literal with items', () => [1, 2][0]());
t('string literal', () => 'abc'.x());
t('double-quoted string', () => "abc".x());
t('template', () => `abc`.x());
t('number', () => (5).x());
t('number dots', () => 5..x());
t('boolean', () => true.x());
t('this', () => this.x());
t('method this', () => new A().m());
t('super static', () => A.s());
t('super method', () => new B().m());
t('private', () => new A().q());
t('function expression', () => (function () {}).x());
t('call result', () => (() => 1)()());
t('call of call', () => x()());
t('member result', () => o.g()());
t('built-in result', () => Math.max().x());
t('built-in member', () => Math.foo());
t('console', () => console.nope());
t('string length', () => s.length());
t('arguments', () => o.f(1, 2, 3));
t('member key', () => o.g[o.f]());
t('chain key', () => o.g[o.g.h]());
t('template key', () => o.g[`k`]());
t('fraction key', () => o.g[1.5]());
t('negative key', () => o.g[-1]());
t('true key', () => o.g[true]());
t('null key', () => o.g[null]());
t('undefined key', () => o.g[u]());
t('binary', () => (x + 1)());
t('conditional', () => (x ? o : o).f());
t('logical', () => (o || o).f());
t('typeof', () => typeof x());
t('void', () => (void 0)());
t('assignment', () => (x = o).f());
t('tagged template', () => o.g.h`tpl`);
t('tagged template variable', () => x`tpl`);
t('across lines', () => {
  o
    .g
    .h();
});
t('comment', () => o.f /* c */ ());
t('regexp', () => /re/.foo());
t('function argument', () => o.g.h(function () { return 1; }));
x = 1;
t('new variable', () => new x());
t('new without arguments', () => new x);
t('new member', () => new o.f());
t('new chain', () => new o.arr.length(1, 2));
t('new string key', () => new o['f']());
t('new undefined', () => new u());
t('new arrow', () => new o.h());
t('new built-in', () => new Math.max());
t('new member no arguments', () => new o.f);
var C = class {};
t('class call', () => A());
t('class expression call', () => C());
t('anonymous class call', () => (class {})());
t('map callback', () => [1].map(5));
t('forEach callback', () => [1].forEach({}));
t('string callback', () => [1].map('abc'));
t('null callback', () => [1].reduce(null));
