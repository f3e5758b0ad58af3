//! The analysis worker and its typed channel to the UI.
//!
//! One named thread per analysis reads and analyses a bundle, reporting
//! through [`Message`]s; the UI drains them at the start of each frame. The
//! worker holds the `egui::Context` and asks for a repaint after each send,
//! so the window wakes up when there is news.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, Sender, TryRecvError, channel};

use crate::analysis::{self, Analysis};
use crate::record::Bundle;
use crate::source::local::LocalLog;
use crate::source::{Limits, Progress, ReadOptions};

/// What to analyse.
#[derive(Debug, Clone)]
pub enum Input {
    /// Zips, folders or files, as one bundle.
    Paths(Vec<PathBuf>),
    /// The Webex logs of this computer.
    Local(Vec<LocalLog>),
}

/// From the worker to the UI.
pub enum Message {
    /// Every file is read and split; the analysis is running. The UI can
    /// already list the sources and show the log.
    Read(Arc<Bundle>),
    /// The analysis is done.
    Analysed(Arc<Bundle>, Arc<Analysis>),
    /// The user cancelled; nothing more will come.
    Cancelled,
}

/// What [`Job::poll`] found.
pub enum Polled {
    Message(Message),
    Nothing,
    /// The worker ended without a final message (it panicked).
    Gone,
}

/// A running analysis, seen from the UI.
pub struct Job {
    rx: Receiver<Message>,
    cancel: Arc<AtomicBool>,
    pub progress: Arc<Progress>,
    pub input: Input,
}

impl Job {
    pub fn start(ctx: egui::Context, input: Input, limits: Limits) -> std::io::Result<Job> {
        let (tx, rx) = channel();
        let cancel = Arc::new(AtomicBool::new(false));
        let progress = Arc::new(Progress::default());
        let opts = ReadOptions {
            limits,
            cancel: Some(cancel.clone()),
            progress: Some(progress.clone()),
        };
        let job_input = input.clone();
        std::thread::Builder::new()
            .name("wxbw-analysis".into())
            .spawn(move || work(ctx, tx, job_input, opts))?;
        Ok(Job {
            rx,
            cancel,
            progress,
            input,
        })
    }

    pub fn cancel(&self) {
        self.cancel.store(true, Ordering::Relaxed);
    }

    /// The next message, if one is waiting.
    pub fn poll(&self) -> Polled {
        match self.rx.try_recv() {
            Ok(m) => Polled::Message(m),
            Err(TryRecvError::Empty) => Polled::Nothing,
            Err(TryRecvError::Disconnected) => Polled::Gone,
        }
    }
}

fn work(ctx: egui::Context, tx: Sender<Message>, input: Input, opts: ReadOptions) {
    let cancelled = || {
        opts.cancel
            .as_ref()
            .is_some_and(|c| c.load(Ordering::Relaxed))
    };
    let send = |m: Message| {
        let _ = tx.send(m);
        ctx.request_repaint();
    };
    let bundle = Arc::new(match &input {
        Input::Paths(paths) => Bundle::read_paths(paths, &opts),
        Input::Local(logs) => Bundle::read_local(logs, &opts),
    });
    if cancelled() {
        return send(Message::Cancelled);
    }
    send(Message::Read(bundle.clone()));
    let analysis = Arc::new(analysis::analyze(&bundle));
    if cancelled() {
        return send(Message::Cancelled);
    }
    send(Message::Analysed(bundle, analysis));
}
