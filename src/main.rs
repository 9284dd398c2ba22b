//! The parallax binary: everything lives in the library; this only runs it.

fn main() -> std::process::ExitCode {
    // Like any Unix filter, stop quietly when the reader of our output goes away
    // (`parallax align … | head`) instead of failing on a broken pipe.
    #[cfg(unix)]
    // SAFETY: restoring a signal's default disposition before any thread starts.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
    parallax::cli::main()
}
