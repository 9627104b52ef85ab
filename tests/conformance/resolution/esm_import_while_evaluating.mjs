// import() of a module whose evaluation waits at a top-level await: the
// promise settles once that evaluation is done.
import { x } from './fixtures/tla/slow.mjs';
console.log('main', x);
