//! Starting the window on whatever graphics the machine has. A driver may refuse one way of
//! drawing (an old GPU, a remote desktop, a virtual machine, Direct3D 12 under Wine) and accept
//! another, so the window is tried with each backend in turn; only when none starts does the
//! app give up, and then it says so in a message box, not only on a console nobody sees.

use std::fmt::Write as _;

use eframe::egui_wgpu::{WgpuConfiguration, WgpuSetup, WgpuSetupCreateNew};
use eframe::wgpu;

use crate::tr;

/// The variable that makes named backends fail on purpose, so the fallback can be seen working
/// on a machine whose first backend is fine (`MANDATE_COMPARE_BROKEN_BACKENDS=vulkan`).
pub const BROKEN_BACKENDS_VAR: &str = "MANDATE_COMPARE_BROKEN_BACKENDS";

/// A way to draw the window: one of wgpu's backends.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backend {
    /// Direct3D 12 (Windows).
    Direct3d12,
    /// Metal (macOS).
    Metal,
    /// Vulkan (Linux, Windows).
    Vulkan,
    /// OpenGL (everywhere but macOS; on Linux through EGL).
    OpenGl,
}

impl Backend {
    /// Every backend, in the order `WGPU_BACKEND` and the broken list spell them.
    const ALL: [Self; 4] = [Self::Direct3d12, Self::Metal, Self::Vulkan, Self::OpenGl];

    /// Its name as the graphics world writes it (not translated).
    pub fn name(self) -> &'static str {
        match self {
            Self::Direct3d12 => "Direct3D 12",
            Self::Metal => "Metal",
            Self::Vulkan => "Vulkan",
            Self::OpenGl => "OpenGL",
        }
    }

    /// Its name as `WGPU_BACKEND` spells it.
    pub fn key(self) -> &'static str {
        match self {
            Self::Direct3d12 => "dx12",
            Self::Metal => "metal",
            Self::Vulkan => "vulkan",
            Self::OpenGl => "gl",
        }
    }

    fn wgpu(self) -> wgpu::Backends {
        match self {
            Self::Direct3d12 => wgpu::Backends::DX12,
            Self::Metal => wgpu::Backends::METAL,
            Self::Vulkan => wgpu::Backends::VULKAN,
            Self::OpenGl => wgpu::Backends::GL,
        }
    }

    /// The backends named in a comma-separated list (`dx12`, `metal`, `vulkan`, `gl`; the
    /// names wgpu's `WGPU_BACKEND` takes, and `opengl`); unknown names are left out.
    pub fn parse_list(list: &str) -> Vec<Self> {
        list.split(',')
            .map(|name| name.trim().to_ascii_lowercase())
            .filter_map(|name| {
                Self::ALL
                    .into_iter()
                    .find(|b| b.key() == name || (name == "opengl" && *b == Self::OpenGl))
            })
            .collect()
    }
}

/// The backends to try on this system, in order: the ones named in `WGPU_BACKEND` (`chosen`)
/// first, then the system's own (Direct3D 12 on Windows, Metal on macOS), Vulkan, OpenGL.
pub fn attempts(chosen: Option<&str>) -> Vec<Backend> {
    let platform: &[Backend] = if cfg!(target_os = "windows") {
        &[Backend::Direct3d12, Backend::Vulkan, Backend::OpenGl]
    } else if cfg!(target_os = "macos") {
        &[Backend::Metal]
    } else {
        &[Backend::Vulkan, Backend::OpenGl]
    };
    let mut list = chosen.map(Backend::parse_list).unwrap_or_default();
    for backend in platform {
        if !list.contains(backend) {
            list.push(*backend);
        }
    }
    list
}

/// How one attempt to run the window ended.
#[derive(Debug)]
pub enum Outcome {
    /// The window opened and was closed: the app is done.
    Ran,
    /// This backend could not draw (the text says why): try the next.
    BackendFailed(String),
    /// Something else failed (no display, no windowing system): another backend cannot help.
    Failed(String),
}

/// One backend that did not start, and why.
#[derive(Debug, PartialEq)]
pub struct Failure {
    /// The backend tried.
    pub backend: Backend,
    /// What went wrong, as the graphics stack said it.
    pub error: String,
}

/// Runs the window with each of `attempts` in turn until one runs. Returns the backends that
/// failed before it (to tell the user, who may want to know), or every failure when none ran;
/// an error that is not the backend's ends the attempts at once.
///
/// # Errors
/// When no backend ran the window: the failures, in the order tried.
pub fn run_with_fallback(
    attempts: &[Backend],
    mut run: impl FnMut(Backend) -> Outcome,
) -> Result<Vec<Failure>, Vec<Failure>> {
    let mut failures = Vec::new();
    for &backend in attempts {
        match run(backend) {
            Outcome::Ran => return Ok(failures),
            Outcome::BackendFailed(error) => failures.push(Failure { backend, error }),
            Outcome::Failed(error) => {
                failures.push(Failure { backend, error });
                return Err(failures);
            }
        }
    }
    Err(failures)
}

/// The renderer's settings for one attempt: only `backend`; when `broken`, the adapter choice
/// fails on purpose, exactly where a machine without that driver fails.
pub fn wgpu_options(backend: Backend, broken: bool) -> WgpuConfiguration {
    let mut setup = WgpuSetupCreateNew::without_display_handle();
    setup.instance_descriptor.backends = backend.wgpu();
    if broken {
        let name = backend.name();
        setup.native_adapter_selector = Some(std::sync::Arc::new(move |_, _| {
            Err(format!("{name} was made to fail ({BROKEN_BACKENDS_VAR})"))
        }));
    }
    WgpuConfiguration {
        wgpu_setup: WgpuSetup::CreateNew(setup),
        ..WgpuConfiguration::default()
    }
}

/// What the message box says when no backend started: each failure, then what to try.
pub fn failure_report(failures: &[Failure]) -> String {
    let mut text = tr!("graphics-failed-body");
    text.push_str("\n\n");
    for failure in failures {
        // Writing to a String cannot fail.
        writeln!(text, "• {}: {}", failure.backend.name(), failure.error).ok();
    }
    text.push('\n');
    text.push_str(&tr!(
        "graphics-failed-advice",
        packages = "libegl1 libgl1-mesa-dri mesa-vulkan-drivers",
        commands = "check, export, merge"
    ));
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_next_backend_is_tried_when_the_first_cannot_start() {
        let mut tried = Vec::new();
        let result = run_with_fallback(&[Backend::Vulkan, Backend::OpenGl], |backend| {
            tried.push(backend);
            if backend == Backend::Vulkan {
                Outcome::BackendFailed("no Vulkan driver".to_owned())
            } else {
                Outcome::Ran
            }
        });
        assert_eq!(tried, [Backend::Vulkan, Backend::OpenGl]);
        assert_eq!(
            result,
            Ok(vec![Failure {
                backend: Backend::Vulkan,
                error: "no Vulkan driver".to_owned()
            }])
        );
    }

    #[test]
    fn every_failure_is_reported_when_none_starts_and_other_errors_stop_at_once() {
        let all = run_with_fallback(&attempts(None), |b| Outcome::BackendFailed(b.key().into()));
        let failed = all.expect_err("none started");
        assert_eq!(failed.len(), attempts(None).len());
        let report = failure_report(&failed);
        for failure in &failed {
            assert!(report.contains(failure.backend.name()), "{report}");
        }
        let mut tried = 0;
        let stopped = run_with_fallback(&[Backend::Vulkan, Backend::OpenGl], |_| {
            tried += 1;
            Outcome::Failed("no display".to_owned())
        });
        assert_eq!(tried, 1);
        assert!(stopped.is_err());
    }

    #[test]
    fn the_users_choice_comes_first_then_the_systems_own() {
        let chosen = attempts(Some("gl"));
        assert_eq!(chosen[0], Backend::OpenGl);
        assert_eq!(chosen.iter().filter(|b| **b == Backend::OpenGl).count(), 1);
        assert!(attempts(None).contains(&Backend::OpenGl) || cfg!(target_os = "macos"));
        assert_eq!(
            Backend::parse_list("Vulkan, opengl,bogus"),
            [Backend::Vulkan, Backend::OpenGl]
        );
        if cfg!(target_os = "linux") {
            assert_eq!(attempts(None), [Backend::Vulkan, Backend::OpenGl]);
        }
    }
}
