// Promise combinators handle the promises they are given.
process.on('unhandledRejection', (r) => console.log('unhandled:', r));
Promise.allSettled([Promise.reject(1), Promise.resolve(2)]).then((r) => console.log(r));
Promise.all([Promise.reject(3), Promise.reject(4)]).catch((e) => console.log('all', e));
Promise.race([Promise.reject(5)]).then(() => {}, (e) => console.log('race', e));
Promise.any([Promise.reject(6)]).catch((e) => console.log('any', e.constructor.name));
const lonely = Promise.reject(7);
lonely.then(() => {});
