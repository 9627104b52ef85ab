// os.constants: signals, errno, priority, dlopen (Linux values).
const os = require('os');

const c = os.constants;
console.log(c);
console.log(Object.getPrototypeOf(c), Object.isFrozen(c), Object.isFrozen(c.signals), Object.isFrozen(c.dlopen),
            Object.isFrozen(c.errno), Object.isFrozen(c.priority));
const d = Object.getOwnPropertyDescriptor(os, 'constants');
console.log(d.writable, d.enumerable, d.configurable);
console.log(Object.getOwnPropertyDescriptor(os, 'EOL'));
console.log(Object.getOwnPropertyDescriptor(os, 'devNull'));
