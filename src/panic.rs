//! Panics: the hook ([`install_panic_hook`]) records each panic's message
//! and place per thread, so that the pipeline can name a bug precisely
//! ([`caught_panic`]). Takes nothing from the rest of the crate.

use std::cell::RefCell;
use std::fmt;

/// A panic's message and the place in the source it was raised.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PanicReport {
    pub message: String,
    /// `file:line:column`, when the hook saw it.
    pub location: Option<String>,
}

impl fmt::Display for PanicReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.location {
            Some(at) => write!(f, "{} ({at})", self.message),
            None => f.write_str(&self.message),
        }
    }
}

thread_local! {
    static LAST_PANIC: RefCell<Option<PanicReport>> = const { RefCell::new(None) };
}

/// Replaces the default panic hook (which prints "thread panicked at …" for
/// every panic, the expected ones of third-party parsers on damaged files
/// included) by one that records the panic for the thread it happened on.
/// Whoever catches it decides what to say: the pipeline names a reader's
/// crash in one sentence and a bug of baocao with its message and place.
pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        let message = payload_text(info.payload());
        let location = info
            .location()
            .map(|l| format!("{}:{}:{}", l.file(), l.line(), l.column()));
        LAST_PANIC.with(|p| *p.borrow_mut() = Some(PanicReport { message, location }));
    }));
}

/// The panic caught on this thread: what the hook recorded, if it is this
/// panic (a panic raised on another thread and resumed here, as rayon does,
/// was recorded there: then the payload's text alone, as without a hook).
pub fn caught_panic(payload: &(dyn std::any::Any + Send)) -> PanicReport {
    let message = payload_text(payload);
    LAST_PANIC
        .with(|p| p.borrow_mut().take())
        .filter(|r| r.message == message)
        .unwrap_or(PanicReport {
            message,
            location: None,
        })
}

fn payload_text(payload: &(dyn std::any::Any + Send)) -> String {
    payload
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "a panic without a message".to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_caught_panic_without_the_hook_keeps_its_message() {
        let payload = std::panic::catch_unwind(|| panic!("boom {}", 7)).unwrap_err();
        assert_eq!(caught_panic(payload.as_ref()).message, "boom 7");
    }
}
