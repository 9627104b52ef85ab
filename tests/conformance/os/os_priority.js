// getPriority/setPriority: the current process, validation and failures.
const os = require('os');

function t(label, f) {
  try {
    console.log(label, 'returned', f());
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
    if (e.info) console.log(e.info, e.errno, e.syscall, Object.keys(e).join(','));
  }
}

const p = os.getPriority();
console.log(Number.isInteger(p), p >= -20 && p <= 19, os.getPriority(process.pid) === p,
            os.getPriority(0) === p);
// Setting the priority it has always works.
t('set same', () => os.setPriority(p));
t('set pid same', () => os.setPriority(process.pid, p));
t('pid type', () => os.getPriority('x'));
t('pid fraction', () => os.getPriority(1.5));
t('priority range', () => os.setPriority(0, 100));
t('priority type', () => os.setPriority(0, '1'));
t('no such process', () => os.getPriority(2 ** 30));
t('set no such process', () => os.setPriority(2 ** 30, 0));
