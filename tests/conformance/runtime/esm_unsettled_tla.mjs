// A top-level await that never settles: when nothing is left to run,
// Node warns about each module that waits at an await of its own (not the
// modules waiting for them), after beforeExit, and exits with code 13,
// which 'exit' listeners see.
import './fixtures/esm_exit_listeners.mjs';
import { value } from './fixtures/esm_settles.mjs';
import './fixtures/esm_stalled_a.mjs';
import './fixtures/esm_stalled_b.mjs';

console.log('main never runs', value);
