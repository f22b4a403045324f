//! Re-authentication on the writer task's own stream (KIP-368): the SASL
//! frames go straight to the socket, and the writer sends nothing else until
//! the conversation is over, as the broker expects.

use std::sync::atomic::Ordering;

use bytes::Bytes;
use tokio::io::{AsyncWrite, AsyncWriteExt, BufWriter};
use tokio::sync::oneshot;
use tokio::time::Instant;

use super::{Authenticator, Wire};
use crate::error::Error;
use crate::net::transport::{Reply, Shared};

/// Authenticates again on the writer's own stream; returns when to do it next.
pub(crate) async fn reauthenticate<W: AsyncWrite + Unpin + Send>(
    stream: &mut BufWriter<W>,
    shared: &Shared,
    authenticator: &Authenticator,
) -> Result<Option<Instant>, Error> {
    let deadline = Instant::now() + authenticator.request_timeout;
    let mut wire = DirectWire { stream, shared };
    let session = authenticator.authenticate(&mut wire, &shared.next_correlation_id, deadline).await?;
    shared.reauthentications.fetch_add(1, Ordering::Relaxed);
    tracing::debug!(broker = %shared.broker, "re-authenticated");
    Ok(session.reauthenticate_at)
}

/// Writes SASL frames straight to the socket, bypassing the queue.
struct DirectWire<'a, W> {
    stream: &'a mut BufWriter<W>,
    shared: &'a Shared,
}

impl<W: AsyncWrite + Unpin + Send> Wire for DirectWire<'_, W> {
    fn queue(
        &mut self,
        correlation_id: i32,
        frame: Bytes,
    ) -> impl std::future::Future<Output = Result<oneshot::Receiver<Reply>, Error>> + Send {
        async move {
            let (tx, rx) = oneshot::channel();
            self.shared.register(correlation_id, tx)?;
            let written = async {
                self.stream.write_all(&frame).await?;
                self.stream.flush().await
            };
            written.await.map_err(|e| self.shared.io_error(&e))?;
            Ok(rx)
        }
    }
}
