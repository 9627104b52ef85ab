//! One isolate per thread: N threads each make their own isolate and run
//! the same CPU-bound script, against the same work done on one thread.
//! An isolate is not `Send`, so it is made on the thread that uses it; what
//! crosses threads is Rust data (here the results) and `InterruptHandle`s.
//! Run: `cargo run --release -p jsvm --example threads`.

use std::time::{Duration, Instant};

const SCRIPT: &str = "(() => { let h = 0; for (let i = 0; i < ROUNDS; i++) h = (h * 31 + i) % 1000003; return h })()";

/// Runs the script `jobs` times on each of `threads` threads.
fn run(threads: usize, jobs: usize, rounds: u32) -> (Duration, Vec<i64>) {
    let started = Instant::now();
    let handles: Vec<_> = (0..threads)
        .map(|_| {
            std::thread::spawn(move || {
                let iso = jsvm::Isolate::new();
                iso.set_global("ROUNDS", rounds).unwrap();
                (0..jobs)
                    .map(|_| iso.eval::<i64>(SCRIPT).unwrap())
                    .collect::<Vec<_>>()
            })
        })
        .collect();
    let results = handles
        .into_iter()
        .flat_map(|h| h.join().unwrap())
        .collect();
    (started.elapsed(), results)
}

fn main() {
    let cores = std::thread::available_parallelism().map_or(2, |n| n.get());
    let rounds = 2_000_000;
    let jobs = 4;
    let (one, r1) = run(1, jobs * cores, rounds);
    let (many, rn) = run(cores, jobs, rounds);
    assert_eq!(r1.len(), rn.len());
    assert!(r1.iter().chain(&rn).all(|&h| h == r1[0]));
    println!(
        "{} runs: 1 thread {:.2?}, {cores} threads {:.2?} (speed-up {:.2}x on {cores} cores)",
        r1.len(),
        one,
        many,
        one.as_secs_f64() / many.as_secs_f64()
    );
}

#[test]
fn isolates_run_on_their_own_threads() {
    let (_, results) = run(2, 2, 10_000);
    assert_eq!(results.len(), 4);
    assert!(results.iter().all(|&h| h == results[0]));
}
