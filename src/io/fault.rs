//! A seam for testing the save path: every file-system step of a save (see [`SaveStep`]) passes
//! through [`step`], which a test can make fail once, stop the process dead at as a kill would,
//! or use to act in the middle of a save (another program writing the file meanwhile). Without
//! the `fault-injection` feature (off in the app as shipped) [`step`] does nothing.
//!
//! In a test (this thread only): [`inject`]`(At::Index(n), Fault::Fail)` makes the `n`th step
//! from now (from 0) fail; [`steps_taken`] says how many steps have been taken since. For a
//! whole process, `MANDATE_COMPARE_FAULT=fail:N` or `abort:N` does the same to its `N`th step
//! (`scripts/fault-injection` and the kill tests use it).

use super::SaveStep;

/// What happens at the chosen step.
#[derive(Clone, Copy, Debug)]
pub enum Fault {
    /// The step fails with an I/O error, as a full disk or a lost connection would.
    Fail,
    /// The process stops at once, without cleaning anything up, as if killed.
    Abort,
    /// This function runs just before the step, which then goes on (another program acting in
    /// the middle of a save).
    Call(fn()),
}

/// Which step meets the fault.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum At {
    /// The `n`th step from the injection, from 0.
    Index(usize),
    /// The first step of this kind.
    Step(SaveStep),
}

#[cfg(feature = "fault-injection")]
mod plan {
    use std::cell::Cell;

    use super::{At, Fault, SaveStep};

    thread_local! {
        static PLAN: Cell<Option<(At, Fault)>> = const { Cell::new(None) };
        static TAKEN: Cell<usize> = const { Cell::new(0) };
    }

    /// The plan from `MANDATE_COMPARE_FAULT`, read once per process.
    fn from_env() -> Option<(At, Fault)> {
        static ENV: std::sync::OnceLock<Option<(At, Fault)>> = std::sync::OnceLock::new();
        *ENV.get_or_init(|| {
            let value = std::env::var("MANDATE_COMPARE_FAULT").ok()?;
            let (kind, at) = value.split_once(':')?;
            let fault = match kind {
                "fail" => Fault::Fail,
                "abort" => Fault::Abort,
                _ => return None,
            };
            Some((At::Index(at.parse().ok()?), fault))
        })
    }

    pub fn inject(at: At, fault: Fault) {
        PLAN.set(Some((at, fault)));
        TAKEN.set(0);
    }

    pub fn clear() {
        PLAN.set(None);
        TAKEN.set(0);
    }

    pub fn steps_taken() -> usize {
        TAKEN.get()
    }

    pub fn next(step: SaveStep) -> Option<(usize, Fault)> {
        let taken = TAKEN.get();
        TAKEN.set(taken + 1);
        let (at, fault) = PLAN.get().or_else(from_env)?;
        let here = match at {
            At::Index(index) => index == taken,
            At::Step(wanted) => wanted == step,
        };
        if here && matches!(at, At::Step(_)) {
            // Once only.
            PLAN.set(None);
        }
        here.then_some((taken, fault))
    }
}

/// From now on, on this thread, the step `at` of saving meets `fault`; the count of steps
/// starts again.
#[cfg(feature = "fault-injection")]
pub fn inject(at: At, fault: Fault) {
    plan::inject(at, fault);
}

/// No more faults on this thread; the count of steps starts again.
#[cfg(feature = "fault-injection")]
pub fn clear() {
    plan::clear();
}

/// How many steps of saving this thread took since [`inject`] or [`clear`].
#[cfg(feature = "fault-injection")]
pub fn steps_taken() -> usize {
    plan::steps_taken()
}

/// One file-system step of saving is about to be taken: fails it, stops the process or runs
/// a test's function first, if a test planned that for it.
pub(super) fn step(step: SaveStep) -> std::io::Result<()> {
    #[cfg(feature = "fault-injection")]
    match plan::next(step) {
        Some((_, Fault::Abort)) => std::process::abort(),
        Some((at, Fault::Fail)) => {
            return Err(std::io::Error::other(format!(
                "injected fault at step {at} ({step:?})"
            )));
        }
        Some((_, Fault::Call(run))) => run(),
        None => {}
    }
    let _ = step;
    Ok(())
}
