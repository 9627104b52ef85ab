// Assignments that fail: constants, read-only and non-extensible objects,
// redefinitions and deletions, in V8's words.
function t(label, f) {
  try {
    f();
    console.log(label, 'no error');
  } catch (e) {
    console.log(label, e instanceof TypeError, e.name + ': ' + e.message);
  }
}
const c = 1;
t('global const', () => { c = 2; });
t('global const compound', () => { c += 2; });
t('global const increment', () => { c++; });
t('local const', () => { const k = 1; k = 2; });
t('loop const', () => { for (const i = 0; i < 2; i++) {} });
t('frozen property', () => { 'use strict'; const o = Object.freeze({ x: 1 }); o.x = 2; });
t('frozen element', () => { 'use strict'; const o = Object.freeze([1]); o[0] = 2; });
t('frozen new property', () => { 'use strict'; const o = Object.freeze({ x: 1 }); o.y = 2; });
t('non-extensible', () => { 'use strict'; const o = Object.preventExtensions({}); o.y = 2; });
t('frozen push', () => { 'use strict'; const o = Object.freeze([]); o.push(1); });
t('frozen delete', () => { 'use strict'; const o = Object.freeze({ x: 1 }); delete o.x; });
t('delete built-in', () => { 'use strict'; delete Object.prototype; });
t('frozen length', () => { 'use strict'; const a = Object.freeze([1]); a.length = 0; });
t('redefine frozen', () => { const o = Object.freeze({ x: 1 }); Object.defineProperty(o, 'x', { value: 2 }); });
t('redefine', () => { const o = {}; Object.defineProperty(o, 'x', { value: 1 }); Object.defineProperty(o, 'x', { value: 2 }); });
t('define on non-extensible', () => { const o = Object.preventExtensions({}); Object.defineProperty(o, 'y', { value: 2 }); });
t('redefine symbol', () => { const s = Symbol('s'); const o = {}; Object.defineProperty(o, s, { value: 1 }); Object.defineProperty(o, s, { value: 2 }); });
t('class instance', () => { 'use strict'; class K { constructor() { this.x = 1; } } const k = Object.freeze(new K()); k.x = 2; });
t('null prototype', () => { 'use strict'; const o = Object.freeze(Object.create(null)); o.x = 2; });
t('string length', () => { 'use strict'; 'abc'.length = 1; });
t('property on number', () => { 'use strict'; (5).x = 1; });
t('function name', () => { 'use strict'; const f = function () {}; f.name = 'x'; });
t('Math.PI', () => { 'use strict'; Math.PI = 3; });
t('undefined', () => { 'use strict'; undefined = 1; });
t('NaN', () => { 'use strict'; NaN = 1; });
t('read-only length push', () => { 'use strict'; const a = [1]; Object.defineProperty(a, 'length', { writable: false }); a.push(2); });
t('sealed delete', () => { 'use strict'; const o = Object.seal({ x: 1 }); delete o.x; });
t('sealed pop', () => { 'use strict'; const a = Object.seal([1]); a.pop(); });
t('sloppy frozen write', () => { const o = Object.freeze({ x: 1 }); o.x = 2; return o.x; });
