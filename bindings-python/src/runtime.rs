//! The process's tokio runtime, and how Python waits on it.
//!
//! One multi-threaded runtime runs every client of the process. It is keyed
//! by process id: after `os.fork()` the child finds a runtime whose worker
//! threads did not survive the fork, so it leaks that one (dropping it would
//! try to join threads that do not exist in the child) and builds a fresh
//! one. Clients created in the parent are unusable in the child; new ones
//! work.
//!
//! [`run`] is the one place where a native operation becomes either an
//! asyncio awaitable (through `pyo3-async-runtimes`, with [`EngineRuntime`]
//! as its runtime) or a blocking call that releases the GIL while it waits.

use std::future::Future;
use std::pin::Pin;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Mutex;

use pyo3::exceptions::PyRuntimeError;
use pyo3::prelude::*;
use pyo3::IntoPyObjectExt;
use pyo3_async_runtimes::generic::{ContextExt, JoinError, Runtime as GenericRuntime};
use pyo3_async_runtimes::TaskLocals;
use tokio::runtime::{Handle, Runtime};
use tokio::task::JoinHandle;

/// The runtime of this process: its owner's pid, a handle to it, and the
/// runtime itself until [`shutdown`] takes it.
struct Slot {
    pid: u32,
    handle: Handle,
    runtime: Option<Runtime>,
}

static RUNTIME: Mutex<Option<Slot>> = Mutex::new(None);

/// Set once the interpreter exits: from then on nothing may start a runtime
/// or call into Python from the engine's threads.
static EXITING: AtomicBool = AtomicBool::new(false);

/// Whether the interpreter is exiting (see [`shutdown`]).
pub fn exiting() -> bool {
    EXITING.load(Ordering::Acquire)
}

/// A handle to the runtime of this process, built on first use (and again
/// after a fork). Handles do not keep the runtime alive, so [`shutdown`]
/// can always stop it. After shutdown it is the stopped runtime's handle:
/// what is spawned on it is dropped at once.
pub fn runtime() -> Handle {
    let pid = std::process::id();
    let mut slot = RUNTIME.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
    match slot.as_ref() {
        Some(current) if current.pid == pid => current.handle.clone(),
        _ => {
            if let Some(stale) = slot.take() {
                // Inherited through fork(): its threads are gone. Leak it
                // (dropping it would try to join threads that do not exist).
                std::mem::forget(stale);
            }
            let rt = tokio::runtime::Builder::new_multi_thread()
                .worker_threads(worker_threads())
                .thread_name("ferrokafka")
                .enable_all()
                .build()
                .expect("cannot start the tokio runtime");
            let handle = rt.handle().clone();
            *slot = Some(Slot { pid, handle: handle.clone(), runtime: Some(rt) });
            handle
        }
    }
}

/// Stops the runtime of this process at interpreter exit: its threads must
/// not call into Python while the interpreter finalizes. Waits up to
/// `timeout` for the tasks being polled; the others are dropped.
pub fn shutdown(timeout: std::time::Duration) {
    EXITING.store(true, Ordering::Release);
    let taken = {
        let mut slot = RUNTIME.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        match slot.as_mut() {
            Some(current) if current.pid == std::process::id() => current.runtime.take(),
            _ => None,
        }
    };
    if let Some(rt) = taken {
        rt.shutdown_timeout(timeout);
    }
}

fn worker_threads() -> usize {
    std::thread::available_parallelism().map_or(2, |n| n.get().clamp(1, 4))
}

/// Runs `fut` on the engine: as an asyncio awaitable, or (when `blocking`)
/// to completion on this thread with the GIL released.
pub fn run<'py, F, T>(py: Python<'py>, blocking: bool, fut: F) -> PyResult<Bound<'py, PyAny>>
where
    F: Future<Output = PyResult<T>> + Send + 'static,
    T: for<'a> IntoPyObject<'a> + Send + 'static,
{
    if blocking {
        if tokio::runtime::Handle::try_current().is_ok() {
            return Err(PyRuntimeError::new_err(
                "a blocking ferrokafka call was made from inside the client's own thread \
                 (a callback); make the call from another thread or use the asyncio API",
            ));
        }
        if exiting() {
            return Err(PyRuntimeError::new_err("ferrokafka has stopped: the interpreter is exiting"));
        }
        let rt = runtime();
        let value = py.detach(move || rt.block_on(fut))?;
        value.into_bound_py_any(py)
    } else {
        pyo3_async_runtimes::generic::future_into_py::<EngineRuntime, F, T>(py, fut)
    }
}

/// Spawns `fut` on the engine's runtime.
pub fn spawn<F>(fut: F) -> JoinHandle<F::Output>
where
    F: Future + Send + 'static,
    F::Output: Send + 'static,
{
    runtime().spawn(fut)
}

/// `pyo3-async-runtimes`' view of the engine's runtime.
pub struct EngineRuntime;

/// A task that ended with a panic or was cancelled.
pub struct TaskFailed(tokio::task::JoinError);

impl JoinError for TaskFailed {
    fn is_panic(&self) -> bool {
        self.0.is_panic()
    }
    fn into_panic(self) -> Box<dyn std::any::Any + Send + 'static> {
        self.0.into_panic()
    }
}

tokio::task_local! {
    static LOCALS: TaskLocals;
}

type BoxFuture<T> = Pin<Box<dyn Future<Output = T> + Send>>;

impl GenericRuntime for EngineRuntime {
    type JoinError = TaskFailed;
    type JoinHandle = BoxFuture<Result<(), TaskFailed>>;

    fn spawn<F>(fut: F) -> Self::JoinHandle
    where
        F: Future<Output = ()> + Send + 'static,
    {
        let handle = spawn(fut);
        Box::pin(async move { handle.await.map_err(TaskFailed) })
    }

    fn spawn_blocking<F>(f: F) -> Self::JoinHandle
    where
        F: FnOnce() + Send + 'static,
    {
        let handle = runtime().spawn_blocking(f);
        Box::pin(async move { handle.await.map_err(TaskFailed) })
    }
}

impl ContextExt for EngineRuntime {
    fn scope<F, R>(locals: TaskLocals, fut: F) -> Pin<Box<dyn Future<Output = R> + Send>>
    where
        F: Future<Output = R> + Send + 'static,
    {
        Box::pin(LOCALS.scope(locals, fut))
    }

    fn get_task_locals() -> Option<TaskLocals> {
        LOCALS.try_with(Clone::clone).ok()
    }
}
