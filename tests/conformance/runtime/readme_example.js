// The README's example program prints what Node prints.
require('../../../examples/contexts.js');
