//! Runs one client in a process of its own and reads back what the kernel
//! counted for it: user and system CPU time and peak resident memory, from
//! `wait4`, so the figures are the client's alone.

use std::io::{self, Read};
use std::process::{Command, Stdio};

/// What the kernel accounted to a finished process.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Usage {
    /// User plus system CPU seconds.
    pub cpu_seconds: f64,
    /// Peak resident set size in KiB (`ru_maxrss`).
    pub max_rss_kib: i64,
}

/// A finished client process.
#[derive(Debug)]
pub struct Finished {
    pub stdout: String,
    /// `None` when it exited with status 0, else how it ended.
    pub failure: Option<String>,
    pub usage: Usage,
}

/// Starts `command` with stdout captured (stderr passes through), waits for
/// it with `wait4` and returns its output and resource usage.
pub fn run(mut command: Command) -> io::Result<Finished> {
    let mut child = command
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .spawn()?;
    let pid = libc::pid_t::try_from(child.id()).map_err(io::Error::other)?;
    let mut stdout = Vec::new();
    if let Some(mut pipe) = child.stdout.take() {
        pipe.read_to_end(&mut stdout)?;
    }
    let (status, usage) = wait4(pid)?;
    let failure = if libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0 {
        None
    } else if libc::WIFEXITED(status) {
        Some(format!("exit status {}", libc::WEXITSTATUS(status)))
    } else {
        Some(format!("killed by signal {}", libc::WTERMSIG(status)))
    };
    Ok(Finished {
        stdout: String::from_utf8_lossy(&stdout).into_owned(),
        failure,
        usage,
    })
}

fn wait4(pid: libc::pid_t) -> io::Result<(libc::c_int, Usage)> {
    let mut status: libc::c_int = 0;
    // SAFETY: rusage is plain old data; all-zero is a valid value.
    let mut rusage: libc::rusage = unsafe { std::mem::zeroed() };
    loop {
        // SAFETY: both pointers are to live locals of the right types.
        let reaped = unsafe { libc::wait4(pid, &mut status, 0, &mut rusage) };
        if reaped == pid {
            break;
        }
        let err = io::Error::last_os_error();
        if err.kind() != io::ErrorKind::Interrupted {
            return Err(err);
        }
    }
    let seconds = |t: libc::timeval| t.tv_sec as f64 + t.tv_usec as f64 / 1e6;
    let usage = Usage {
        cpu_seconds: seconds(rusage.ru_utime) + seconds(rusage.ru_stime),
        max_rss_kib: rusage.ru_maxrss,
    };
    Ok((status, usage))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_a_child_that_burns_cpu_and_memory() {
        // Touch 64 MiB and spin for a while; the figures must be the child's.
        let mut cmd = Command::new("python3");
        cmd.args(["-c", "b = bytearray(64 << 20)\nfor i in range(0, len(b), 4096): b[i] = 1\nn = 0\nfor i in range(3_000_000): n += i\nprint('done')"]);
        let done = run(cmd).unwrap();
        assert_eq!(done.failure, None);
        assert_eq!(done.stdout.trim(), "done");
        assert!(done.usage.max_rss_kib >= 64 * 1024, "{:?}", done.usage);
        assert!(done.usage.cpu_seconds > 0.0, "{:?}", done.usage);
    }

    #[test]
    fn reports_a_failing_child() {
        let mut cmd = Command::new("sh");
        cmd.args(["-c", "exit 3"]);
        assert_eq!(run(cmd).unwrap().failure.as_deref(), Some("exit status 3"));
    }
}
