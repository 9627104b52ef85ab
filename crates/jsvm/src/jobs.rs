//! Promise jobs under the run's limits: [`Isolate::run_jobs`] and
//! [`Isolate::settle`].

use jsvm_engine::PromiseState;

use crate::{Error, FromJs, Isolate, RunOptions, Value};

impl Isolate {
    /// Runs the pending promise jobs (and those they queue) until none is
    /// left, under `run`'s timeout and `breakOnSigint` (and the isolate's
    /// [`InterruptHandle`](crate::InterruptHandle)): a job that loops
    /// forever is stopped like a script. Returns how many jobs ran. A job
    /// that throws ends the call with its error; the other jobs stay
    /// queued for the next call.
    ///
    /// ```
    /// use std::time::Duration;
    /// use jsvm::{Error, Isolate, RunOptions};
    /// let iso = Isolate::new();
    /// iso.eval::<()>("Promise.resolve().then(() => { for (;;) {} })").unwrap();
    /// let run = RunOptions { timeout: Some(Duration::from_millis(20)), ..Default::default() };
    /// assert!(matches!(iso.run_jobs(&run), Err(Error::Timeout { .. })));
    /// ```
    pub fn run_jobs(&self, run: &RunOptions) -> Result<usize, Error> {
        let mut ran = 0;
        self.controls
            .run(&self.main, run, || {
                while self.runtime.run_pending_job()? {
                    ran += 1;
                }
                Ok(())
            })
            .map_err(|e| crate::error::Error::from_exception(self, &e, run.timeout))?;
        Ok(ran)
    }

    /// Runs promise jobs (under `run`, as [`Isolate::run_jobs`]) until
    /// `promise` settles, and reads its value as a `T`; a rejection is the
    /// error of its reason. A value that is not a promise is read as it
    /// is. When the jobs run out first (the promise waits for something
    /// the host must do), the error is a `Thrown` `Error` saying so.
    ///
    /// ```
    /// let iso = jsvm::Isolate::new();
    /// let p: jsvm::Value = iso.eval("(async () => { await null; return [1, 2]; })()").unwrap();
    /// let v: Vec<u8> = iso.settle(&p, &Default::default()).unwrap();
    /// assert_eq!(v, [1, 2]);
    /// ```
    pub fn settle<T: FromJs>(&self, promise: &Value, run: &RunOptions) -> Result<T, Error> {
        let m = &self.main;
        if !m.owns(promise) {
            return Err(Error::WrongIsolate);
        }
        let outcome = self
            .controls
            .run(m, run, || loop {
                match m.promise_state(promise) {
                    None => return Ok(Ok(promise.clone())),
                    Some((PromiseState::Fulfilled, v)) => return Ok(Ok(v)),
                    Some((PromiseState::Rejected, reason)) => return Ok(Err(reason)),
                    Some((PromiseState::Pending, _)) => {
                        if !self.runtime.run_pending_job()? {
                            return Err(m
                                .error("The promise is still pending and no job is left to run")
                                .map_or_else(|e| e, jsvm_engine::Exception::new));
                        }
                    }
                }
            })
            .map_err(|e| crate::error::Error::from_exception(self, &e, run.timeout))?;
        match outcome {
            Ok(v) => self.from_js(&v),
            Err(reason) => Err(self.error_of(&jsvm_engine::Exception::new(reason))),
        }
    }
}
