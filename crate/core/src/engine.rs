//! The background worker's brain, as a pure reducer: given the state and one input (a message
//! from a frame or the overlay), it changes the state and says what to send where.
//!
//! The wasm shell (`crate/background`) persists [`State`] between inputs (the service worker can
//! be stopped at any time), routes [`Output`], and does nothing else.

use serde::{Deserialize, Serialize};

use crate::protocol::{
    FrameKind, AnchorReport, Dock, FrameReport, FromContent, FromOverlay, Mark, Needs, ShownFinding, UserInput, OverlayAttrs, Progress, StepAction, StepMark, OverlayState, Status, ToContent, ToOverlay,
};
use std::cell::RefCell;
use std::rc::Rc;
use std::thread::LocalKey;

use std::collections::BTreeMap;

use crate::guidance;
use crate::guide::{self, Field, Plan, Values};
use crate::{Lang, Localizer, Target};

/// What the worker remembers between messages (persisted by the shell).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct State {
    pub target: Option<Target>,
    pub lang: Option<Lang>,
    pub collapsed: bool,
    pub dock: Dock,
    /// Index of the current step of the chosen guide (== its length when finished).
    pub step: usize,
    /// Steps marked done or skipped, by id.
    pub done: Vec<String>,
    pub skipped: Vec<String>,
    /// Values captured so far, except the client secret (kept apart, in session storage only).
    pub values: Values,
    /// The client secret's value: only ever in the worker and `chrome.storage.session`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub secret: Option<String>,
    /// What the admin typed into the overlay for values the portal does not show, by field.
    pub entered: BTreeMap<Field, String>,
    /// Values typed into the portal's boxes this step, by anchor key (checked live).
    pub typed: BTreeMap<String, String>,
    /// Other targets' progress, kept while this one is shown.
    pub others: BTreeMap<Target, GuideProgress>,
    /// Frames whose content script said hello, most recent last (bounded).
    pub frames: Vec<FrameRecord>,
    /// `target:step` of the plan last sent to the frames.
    pub plan_key: String,
    /// The frames' latest reports about the current step.
    pub reports: Vec<ReportRecord>,
    /// Anchors of the current step whose condition was seen met (kept while hidden).
    pub met: Vec<usize>,
    /// Where the highlight is: (tab, frame, anchor).
    pub highlight: Option<(i64, i64, usize)>,
    /// No frame finds the step's elements: the overlay shows what to look for.
    pub fallback: bool,
    /// The top frame's last URL fragment, to notice navigation.
    pub last_hash: Option<String>,
    /// What the hand-over remembers: the last results (crate::handoff).
    #[serde(default, skip_serializing_if = "crate::handoff::Memory::is_empty")]
    pub handoff: crate::handoff::Memory,
}

/// A frame's latest report.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ReportRecord {
    pub tab: i64,
    pub frame: i64,
    pub report: FrameReport,
}

/// A frame known to the worker.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FrameRecord {
    pub tab: i64,
    pub frame: i64,
    pub kind: FrameKind,
}

/// Who sent an input, as established by the browser (never by the message itself).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "from", rename_all = "kebab-case")]
pub enum Sender {
    /// A content script in a tab's frame; `url` is the frame's URL.
    Content { tab: i64, frame: i64, url: String },
    /// One of our extension pages (the overlay); `tab` when it is framed into a tab.
    Extension {
        url: String,
        #[serde(default)]
        tab: Option<i64>,
    },
}

/// What the shell must do after an input.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Output {
    /// The answer to the sender's message.
    pub reply: Option<serde_json::Value>,
    /// Messages for content scripts: (tab, frame, message).
    pub to_frames: Vec<(i64, i64, ToContent)>,
    /// A message for every connected overlay.
    pub to_overlays: Vec<ToOverlay>,
    /// Work for the shell outside the reducer (network, tabs, clipboard); its result comes back
    /// through `handoff::settle`, whose reply answers the message.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub effect: Option<crate::handoff::Effect>,
    /// Something other than the frames' transient view changed (progress, values, settings):
    /// the shell persists at once. Otherwise it may persist later, coalescing a burst.
    #[serde(default)]
    pub progress_changed: bool,
}

const MAX_FRAMES: usize = 64;

/// Applies one message. Messages from the wrong kind of sender are refused with an error reply.
pub fn handle(state: &mut State, sender: &Sender, msg: serde_json::Value) -> Output {
    let before = state.progress_fingerprint();
    let mut out = apply(state, sender, msg);
    out.progress_changed = state.progress_fingerprint() != before;
    out
}

impl State {
    /// A digest of everything but what the frames re-establish by themselves (their reports, the
    /// highlight's frame, the fallback flag, the last fragment seen): those change on every
    /// navigation and may be saved lazily; a change to anything else must be saved at once. The
    /// frames known count: a worker restarted without a frame could not send it the next plan.
    pub fn progress_fingerprint(&mut self) -> u64 {
        struct Digest(std::collections::hash_map::DefaultHasher);
        impl std::io::Write for Digest {
            fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
                std::hash::Hasher::write(&mut self.0, b);
                Ok(b.len())
            }
            fn flush(&mut self) -> std::io::Result<()> {
                Ok(())
            }
        }
        // The transient fields are set aside while the rest is serialised into the digest, so a
        // field added later counts as progress unless it is listed here.
        let reports = std::mem::take(&mut self.reports);
        let highlight = self.highlight.take();
        let fallback = std::mem::take(&mut self.fallback);
        let last_hash = self.last_hash.take();
        let mut d = Digest(Default::default());
        serde_json::to_writer(&mut d, &*self).expect("serializable");
        (self.reports, self.highlight, self.fallback, self.last_hash) = (reports, highlight, fallback, last_hash);
        std::hash::Hasher::finish(&d.0)
    }
}

fn apply(state: &mut State, sender: &Sender, msg: serde_json::Value) -> Output {
    match sender {
        Sender::Content { tab, frame, url } => match serde_json::from_value::<FromContent>(msg) {
            Ok(m) => on_content(state, *tab, *frame, url, m),
            Err(e) => refuse(&format!("bad content message: {e}")),
        },
        Sender::Extension { tab, .. } => match serde_json::from_value::<FromOverlay>(msg) {
            Ok(FromOverlay::Navigate { hash }) => navigate(state, *tab, hash),
            Ok(m) => on_overlay(state, m),
            Err(e) => refuse(&format!("bad overlay message: {e}")),
        },
    }
}

fn refuse(reason: &str) -> Output {
    Output {
        reply: Some(serde_json::json!({ "type": "error", "reason": reason })),
        ..Output::default()
    }
}

fn on_content(state: &mut State, tab: i64, frame: i64, url: &str, msg: FromContent) -> Output {
    match msg {
        FromContent::Report(report) => {
            // A frame the worker does not know (its hello was not yet saved when the worker was
            // stopped) is known again by its report. Chrome's frame id 0 is a tab's top frame
            // (developer.chrome.com/docs/extensions/reference/api/runtime#type-MessageSender).
            let unknown = !state.frames.iter().any(|f| f.tab == tab && f.frame == frame);
            if unknown {
                remember_frame(state, tab, frame, FrameKind::of(url, frame == 0));
            }
            on_report(state, tab, frame, report, unknown)
        }
        FromContent::Hello {
            top,
            lang,
            browser_lang,
            ..
        } => {
            // The browser's sender URL is trusted, the message's `href` is not.
            let kind = FrameKind::of(url, top);
            remember_frame(state, tab, frame, kind);
            let mut changed = false;
            if kind == FrameKind::PortalTop {
                if let Some((t, l)) = regpilot_param(url) {
                    changed = state.target != Some(t) || state.lang != Some(l);
                    state.target = Some(t);
                    state.lang = Some(l);
                } else if state.lang.is_none() {
                    // Default: the portal's language, else the browser's (issue 6 §5).
                    let guess = [lang, browser_lang]
                        .iter()
                        .flatten()
                        .find_map(|tag| Lang::from_tag(tag));
                    if let Some(l) = guess {
                        state.lang = Some(l);
                        changed = true;
                    }
                }
            }
            let overlay = (kind == FrameKind::PortalTop).then(|| overlay_attrs(state));
            let (plan, needs) = current_plan(state);
            let reply = ToContent::Welcome {
                frame: kind,
                overlay,
                plan,
                needs,
            };
            let mut out = Output {
                reply: Some(serde_json::to_value(reply).expect("serializable")),
                ..Output::default()
            };
            if changed {
                broadcast(state, &mut out);
            }
            out
        }
    }
}

/// Records a frame (most recent last, bounded).
fn remember_frame(state: &mut State, tab: i64, frame: i64, kind: FrameKind) {
    state.frames.retain(|f| !(f.tab == tab && f.frame == frame));
    state.frames.push(FrameRecord { tab, frame, kind });
    if state.frames.len() > MAX_FRAMES {
        let excess = state.frames.len() - MAX_FRAMES;
        state.frames.drain(..excess);
    }
}

/// The current step's plan and what frames must read for it; `None` without a guide, past its
/// end, or for a step done outside the portal.
fn current_plan(state: &State) -> (Option<Plan>, Needs) {
    let plan = state
        .target
        .and_then(cached_guide)
        .and_then(|g| g.plan(state.step, &state.values))
        .filter(|p| !p.outside_portal);
    let needs = plan.as_ref().map(guidance::needs).unwrap_or_default();
    (plan, needs)
}

/// Sends the overlay's tab to a portal page. Only portal fragments are accepted, so the overlay
/// cannot be used to send the portal elsewhere.
fn navigate(state: &State, tab: Option<i64>, hash: String) -> Output {
    if guide::parse_hash(&hash).is_none() || hash.contains(['<', '>', '"', '\n']) {
        return refuse("not a portal page");
    }
    let mut out = ack();
    for f in state.frames.iter().filter(|f| f.kind == FrameKind::PortalTop && Some(f.tab) == tab) {
        out.to_frames.push((f.tab, f.frame, ToContent::Navigate { hash: hash.clone() }));
    }
    out
}

fn ack() -> Output {
    Output { reply: Some(serde_json::json!({ "type": "ack" })), ..Output::default() }
}

/// A frame reported what it sees: capture, verify, route the highlight, notice navigation.
fn on_report(state: &mut State, tab: i64, frame: i64, report: FrameReport, unknown: bool) -> Output {
    let mut out = ack();
    let (Some(plan), needs) = current_plan(state) else { return out };
    if report.step != plan.step_id {
        // A frame the worker had forgotten may have missed the plan: it gets the current one. (A
        // known frame reporting an older step has its plan on the way.)
        if unknown {
            out.to_frames.push((tab, frame, ToContent::Plan { plan: Some(plan), needs }));
        }
        return out;
    }
    let is_top = state.frames.iter().any(|f| f.tab == tab && f.frame == frame && f.kind == FrameKind::PortalTop);
    let hash = if is_top { report.hash.clone() } else { None };
    state.reports.retain(|r| !(r.tab == tab && r.frame == frame));
    state.reports.push(ReportRecord { tab, frame, report: FrameReport { hash: hash.clone(), ..report } });
    let values_before = (state.values.clone(), state.secret.is_some(), state.typed.clone());

    // Conditions met earlier in the step (a ticked box) stay met while hidden; unticking a
    // visible box takes it back.
    for (i, a) in plan.anchors.iter().enumerate() {
        let seen: Vec<_> = state.reports.iter().filter(|r| r.tab == tab).filter_map(|r| r.report.anchors.get(i)).filter(|x| x.present).collect();
        if a.done.is_some() && seen.iter().any(|x| x.done) && !state.met.contains(&i) {
            state.met.push(i);
        } else if !seen.is_empty() && seen.iter().all(|x| !x.done) {
            state.met.retain(|m| *m != i);
        }
    }
    let remembered = FrameReport {
        step: plan.step_id.clone(),
        settled: true,
        anchors: (0..plan.anchors.len()).map(|i| AnchorReport { present: false, done: state.met.contains(&i), score: 0.0 }).collect(),
        ..FrameReport::default()
    };
    let reps: Vec<(i64, &FrameReport)> = state
        .reports
        .iter()
        .filter(|r| r.tab == tab)
        .map(|r| (r.frame, &r.report))
        .chain(std::iter::once((-1, &remembered)))
        .collect();
    let captured = guidance::captures(&plan, &reps);
    let typed: BTreeMap<String, String> = plan
        .anchors
        .iter()
        .filter(|a| a.role.as_deref() == Some("textbox"))
        .filter_map(|a| {
            let k = guidance::anchor_value_key(&a.key);
            reps.iter().flat_map(|(_, r)| &r.inputs).find(|(n, _)| *n == k).map(|(_, v)| (a.key.clone(), v.clone()))
        })
        .collect();
    // A step that captures values is verified by what the portal shows now: values kept from an
    // earlier registration must not pass for this one.
    let fresh: Values = captured.iter().filter(|(f, _)| !f.is_secret()).cloned().collect();
    let verified = plan.missing.is_empty()
        && guidance::verified(&plan, &reps, &fresh, captured.iter().any(|(f, _)| f.is_secret()));
    let target = guidance::highlight(&plan, &reps);
    let fallback = guidance::fallback(&plan, &reps);
    drop(reps);
    for (f, v) in captured {
        if f.is_secret() {
            state.secret = Some(v);
        } else {
            state.values.insert(f, v);
        }
    }
    state.typed = typed;
    if verified {
        if !state.done.contains(&plan.step_id) {
            state.done.push(plan.step_id.clone());
        }
        state.skipped.retain(|s| *s != plan.step_id);
        state.step += 1;
        broadcast(state, &mut out);
        return out;
    }
    // Where am I: the admin navigated to a page of a later (or skipped) step. Checked after
    // verification, so the page a step leads to first completes that step.
    // A page the current step leads to is this step's to confirm (its title may render late).
    let leads_here = |h: &String| matches!(&plan.verify, guide::VerifySpec::Page { page } if page.matches_hash(h));
    if let Some(h) = hash.clone().filter(|h| state.last_hash.as_ref() != Some(h) && !leads_here(h)) {
        state.last_hash = Some(h.clone());
        if let Some(g) = state.target.and_then(cached_guide) {
            let located = g.locate(&h);
            let open = |i: usize| {
                let id = &g.steps[i].id;
                !state.done.contains(id) && !state.skipped.contains(id)
            };
            // Forward only over steps that are finished or optional (the portal itself moves on,
            // e.g. to the Overview after Register, and must not make the guide skip required
            // steps); backward to any open step (the admin went back to redo something).
            let reachable = |i: usize| {
                i < state.step || g.steps[state.step.min(i)..i].iter().enumerate().all(|(k, s)| s.optional || !open(state.step + k))
            };
            let target = located.iter().copied().find(|&i| open(i) && reachable(i));
            if let Some(i) = target.filter(|_| !located.contains(&state.step)) {
                // Optional steps jumped over are marked skipped (the overlay lists them), so
                // coming back to their page does not pull the guide back.
                for s in g.steps.iter().take(i).skip(state.step) {
                    if !state.done.contains(&s.id) && !state.skipped.contains(&s.id) {
                        state.skipped.push(s.id.clone());
                    }
                }
                state.step = i;
                broadcast(state, &mut out);
                return out;
            }
        }
    }

    // When the highlighted element vanishes (a re-render) and no other frame has it, the frame
    // keeps its assignment and re-marks the element itself the moment it is back.
    let new_hl = target.map(|(f, i)| (tab, f, i)).or(state.highlight.filter(|h| h.0 == tab));
    if new_hl != state.highlight {
        if let Some((t, f, _)) = state.highlight {
            if new_hl.is_none_or(|(nt, nf, _)| (nt, nf) != (t, f)) {
                out.to_frames.push((t, f, ToContent::Highlight { step: plan.step_id.clone(), anchor: None }));
            }
        }
        if let Some((t, f, i)) = new_hl {
            out.to_frames.push((t, f, ToContent::Highlight { step: plan.step_id.clone(), anchor: Some(i) }));
        }
        state.highlight = new_hl;
    }
    let changed = fallback != state.fallback
        || values_before != (state.values.clone(), state.secret.is_some(), state.typed.clone());
    state.fallback = fallback;
    if changed {
        broadcast(state, &mut out);
    }
    out
}

fn on_overlay(state: &mut State, msg: FromOverlay) -> Output {
    let reply = match msg {
        FromOverlay::Status => ToOverlay::Status(Status {
            version: crate::VERSION.to_owned(),
            targets: Target::ALL.to_vec(),
            langs: Lang::ALL.to_vec(),
            frames: state.frames.len(),
        }),
        FromOverlay::GetState => ToOverlay::State(overlay_state(state)),
        // Needs the overlay's tab: handled in `handle`.
        FromOverlay::Navigate { .. } => return refuse("navigate needs a tab"),
        FromOverlay::Choose { target, lang } => {
            if let Some(t) = target.filter(|t| Some(*t) != state.target) {
                switch_target(state, t);
            }
            if lang.is_some() {
                state.lang = lang;
            }
            return changed(state);
        }
        FromOverlay::Capture { field, value } => {
            if field.is_secret() {
                // The secret is captured from the portal, right after it is created.
                return refuse("the secret is not entered in the overlay");
            }
            let value = value.trim().to_owned();
            let ok = state.target.is_some_and(|t| {
                field_findings(field, &value, t).iter().all(|f| f.severity != crate::checks::Severity::Error)
            });
            if ok && !value.is_empty() {
                state.values.insert(field, value.clone());
            } else {
                state.values.remove(&field);
            }
            // Kept as typed, so nothing the admin typed is lost, even when it is wrong.
            state.entered.insert(field, value);
            let verify_captured = state.target.and_then(cached_guide).and_then(|g| {
                let step = g.steps.get(state.step)?;
                Some(matches!(step.verify, guide::VerifySpec::Captured) && step.captures.iter().all(|c| state.values.contains_key(&c.field)))
            });
            if verify_captured == Some(true) {
                step(state, StepAction::Done);
            }
            return changed(state);
        }
        FromOverlay::Step { action } => {
            step(state, action);
            return changed(state);
        }
        FromOverlay::ForgetAll => {
            // Everything collected, every guide's progress and every secret; the frames and the
            // panel's language and layout stay.
            *state = State {
                lang: state.lang,
                collapsed: state.collapsed,
                dock: state.dock,
                frames: std::mem::take(&mut state.frames),
                ..State::default()
            };
            return changed(state);
        }
        FromOverlay::Layout { collapsed, dock } => {
            state.collapsed = collapsed.unwrap_or(state.collapsed);
            state.dock = dock.unwrap_or(state.dock);
            return changed(state);
        }
        m @ (FromOverlay::SetSecret { .. }
        | FromOverlay::CredentialCheck { .. }
        | FromOverlay::GetHandoff
        | FromOverlay::Export { .. }
        | FromOverlay::Autofill { .. }
        | FromOverlay::CopySecret) => return crate::handoff::handle(state, m),
    };
    Output {
        reply: Some(serde_json::to_value(reply).expect("serializable")),
        ..Output::default()
    }
}

thread_local! {
    static GUIDES: RefCell<Vec<(Target, Rc<guide::Guide>)>> = const { RefCell::new(Vec::new()) };
    static LOCALIZERS: RefCell<Vec<(Lang, Rc<Localizer>)>> = const { RefCell::new(Vec::new()) };
    static TEXTS: RefCell<Vec<(Lang, BTreeMap<String, String>)>> = const { RefCell::new(Vec::new()) };
}

/// What `make` gives for `key`, made once per worker lifetime (what it is made from is embedded
/// and immutable); a key `make` cannot serve is asked again next time.
fn memo<K: PartialEq + Copy, V: Clone>(cache: &'static LocalKey<RefCell<Vec<(K, V)>>>, key: K, make: impl FnOnce() -> Option<V>) -> Option<V> {
    if let Some(v) = cache.with(|c| c.borrow().iter().find(|(k, _)| *k == key).map(|(_, v)| v.clone())) {
        return Some(v);
    }
    let v = make()?;
    cache.with(|c| c.borrow_mut().push((key, v.clone())));
    Some(v)
}

/// The guide of `target`, parsed once.
fn cached_guide(target: Target) -> Option<Rc<guide::Guide>> {
    memo(&GUIDES, target, || guide::load(target).ok().map(Rc::new))
}

/// The overlay's own texts in `lang`, formatted once (they take no state).
fn overlay_texts(lang: Lang, l10n: &Localizer) -> BTreeMap<String, String> {
    memo(&TEXTS, lang, || {
        let mut ui = l10n.texts(OVERLAY_TEXTS);
        ui.insert("overlay-connected".into(), l10n.format("overlay-connected", &[("version", crate::VERSION.into())]));
        Some(ui)
    })
    .unwrap_or_default()
}

/// The localizer of `lang`, built once.
pub(crate) fn cached_localizer(lang: Lang) -> Rc<Localizer> {
    memo(&LOCALIZERS, lang, || Some(Rc::new(Localizer::new(lang)))).expect("a localizer is always made")
}

/// Switches to another target's guide. Each target keeps its own progress and values (they are
/// another app registration), so switching back finds everything as it was.
fn switch_target(state: &mut State, target: Target) {
    let mine = GuideProgress {
        step: state.step,
        done: std::mem::take(&mut state.done),
        skipped: std::mem::take(&mut state.skipped),
        values: std::mem::take(&mut state.values),
        entered: std::mem::take(&mut state.entered),
        secret: state.secret.take(),
    };
    if let Some(old) = state.target {
        state.others.insert(old, mine);
    }
    let theirs = state.others.remove(&target).unwrap_or_default();
    state.step = theirs.step;
    state.done = theirs.done;
    state.skipped = theirs.skipped;
    state.values = theirs.values;
    state.entered = theirs.entered;
    state.secret = theirs.secret;
    state.target = Some(target);
}

/// A guide's progress, kept while another target's guide is shown.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct GuideProgress {
    pub step: usize,
    pub done: Vec<String>,
    pub skipped: Vec<String>,
    pub values: Values,
    pub entered: BTreeMap<Field, String>,
    /// Session storage only, like [`State::secret`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub secret: Option<String>,
}

/// Applies a step action of the admin's to the chosen guide.
fn step(state: &mut State, action: StepAction) {
    let Some(guide) = state.target.and_then(|t| cached_guide(t)) else {
        return;
    };
    let total = guide.steps.len();
    let current = guide.steps.get(state.step).map(|s| s.id.clone());
    match action {
        StepAction::Done | StepAction::Skip => {
            if let Some(id) = current {
                let list = if action == StepAction::Done { &mut state.done } else { &mut state.skipped };
                if !list.contains(&id) {
                    list.push(id.clone());
                }
                let other = if action == StepAction::Done { &mut state.skipped } else { &mut state.done };
                other.retain(|s| *s != id);
                state.step = (state.step + 1).min(total);
            }
        }
        StepAction::Back => state.step = state.step.saturating_sub(1),
        StepAction::Goto { index } => state.step = index.min(total),
        StepAction::Finish => {
            state.secret = None;
            state.step = total;
        }
        StepAction::Restart => {
            state.step = 0;
            state.done.clear();
            state.skipped.clear();
        }
    }
}

/// The state changed at the overlay's request: reply with the new state and tell everyone.
fn changed(state: &mut State) -> Output {
    let mut out = Output::default();
    broadcast(state, &mut out);
    // The state just broadcast is the answer too: built once.
    out.reply = out.to_overlays.last().map(|m| serde_json::to_value(m).expect("serializable"));
    out
}

/// Tells every overlay and every portal top frame about a changed overlay state, and every
/// frame about a new plan when the step changed.
fn broadcast(state: &mut State, out: &mut Output) {
    let key = format!("{}:{}", state.target.map(|t| t.id()).unwrap_or(""), state.step);
    if key != state.plan_key {
        state.plan_key = key;
        state.reports.clear();
        state.met.clear();
        state.highlight = None;
        state.fallback = false;
        state.typed.clear();
        let (plan, needs) = current_plan(state);
        for f in &state.frames {
            out.to_frames.push((f.tab, f.frame, ToContent::Plan { plan: plan.clone(), needs }));
        }
    }
    let attrs = overlay_attrs(state);
    for f in state.frames.iter().filter(|f| f.kind == FrameKind::PortalTop) {
        out.to_frames.push((f.tab, f.frame, ToContent::Overlay { overlay: attrs.clone() }));
    }
    out.to_overlays.push(ToOverlay::State(overlay_state(state)));
}

/// What the overlay shows and the top frame mirrors on the overlay iframe's attributes.
pub fn overlay_state(state: &State) -> OverlayState {
    let lang = state.lang.unwrap_or(Lang::En);
    let l10n = cached_localizer(lang);
    let ui = overlay_texts(lang, &l10n);
    let progress = state.target.and_then(|t| cached_guide(t)).map(|g| {
        let marks = g
            .steps
            .iter()
            .enumerate()
            .map(|(i, s)| StepMark {
                id: s.id.clone(),
                title: l10n.format(&s.title_id(), &[]),
                mark: if state.done.contains(&s.id) {
                    Mark::Done
                } else if state.skipped.contains(&s.id) {
                    Mark::Skipped
                } else if i == state.step {
                    Mark::Current
                } else {
                    Mark::Todo
                },
            })
            .collect();
        let mut values: Vec<(String, String)> = state
            .values
            .iter()
            .map(|(f, v)| (l10n.msg(&f.message_id()), v.clone()))
            .collect();
        if state.secret.is_some() {
            values.push((l10n.msg(&Field::SecretValue.message_id()), l10n.msg("overlay-secret-kept")));
        }
        let inputs = g
            .steps
            .get(state.step)
            .map(|s| {
                s.captures
                    .iter()
                    .filter(|c| matches!(c.source, guide::CaptureSource::User))
                    .map(|c| UserInput {
                        field: c.field,
                        label: l10n.msg(&c.field.message_id()),
                        value: state.entered.get(&c.field).cloned().or_else(|| state.values.get(&c.field).cloned()).unwrap_or_default(),
                    })
                    .collect()
            })
            .unwrap_or_default();
        Progress {
            title: l10n.msg(&format!("{}.title", g.text)),
            steps: marks,
            current: g.step_view(state.step, &l10n, &state.values),
            values,
            findings: findings(state)
                .into_iter()
                .map(|f| ShownFinding { message: f.finding.message(&l10n), rule: f.finding.rule.to_string(), error: f.error, input: f.input })
                .collect(),
            inputs,
        }
    });
    OverlayState { attrs: overlay_attrs(state), progress, ui }
}

/// A finding about a value of the current step, with the value it concerns.
struct ValueFinding {
    finding: crate::checks::Finding,
    error: bool,
    input: String,
}

/// Findings for what the admin typed this step: into the portal's boxes (redirect URI) or into
/// the overlay (values from outside the portal).
fn findings(state: &State) -> Vec<ValueFinding> {
    let Some(target) = state.target else { return Vec::new() };
    let mut pairs: Vec<(Field, &String)> = state.entered.iter().map(|(f, v)| (*f, v)).collect();
    if let Some(v) = state.typed.get("redirect-uri-input") {
        pairs.push((Field::RedirectUri, v));
    }
    let mut out: Vec<ValueFinding> = pairs
        .into_iter()
        .filter(|(_, v)| !v.trim().is_empty())
        .flat_map(|(f, v)| {
            field_findings(f, v, target).into_iter().map(move |finding| ValueFinding {
                error: finding.severity == crate::checks::Severity::Error,
                finding,
                input: v.clone(),
            })
        })
        .collect();
    out.extend(permission_findings(state, target));
    out
}

/// Findings about the permissions the portal lists while a permissions step is current: a
/// permission of the wrong kind (delegated where the target signs in app-only) or more than the
/// target needs. What is still missing is not a finding yet: the step is there to add it.
fn permission_findings(state: &State, target: Target) -> Vec<ValueFinding> {
    use crate::checks::{scopes, Severity};
    use crate::permissions::Kind;
    let Some(plan) = state.target.and_then(cached_guide).and_then(|g| g.plan(state.step, &state.values)) else {
        return Vec::new();
    };
    if !matches!(plan.verify, guide::VerifySpec::PermissionRows { .. }) {
        return Vec::new();
    }
    // The Type column's words, from the portal description (perm-type-*), in every language.
    let Some(g) = state.target.and_then(cached_guide) else { return Vec::new() };
    let kind_of = |cell: &str| {
        [("perm-type-delegated", Kind::Delegated), ("perm-type-application", Kind::Application)]
            .into_iter()
            .find(|(key, _)| g.labels.get(*key).is_some_and(|l| l.matches(guide::LabelMatch::Exact, cell)))
            .map(|(_, k)| k)
    };
    let mut listed: Vec<(Kind, String)> = Vec::new();
    for r in &state.reports {
        for t in &r.report.tables {
            for row in &t.rows {
                if let (Some(name), Some(kind)) = (row.first(), row.get(1).and_then(|c| kind_of(c))) {
                    if !listed.iter().any(|(k, n)| *k == kind && n == name) {
                        listed.push((kind, name.trim().to_owned()));
                    }
                }
            }
        }
    }
    let mut out = Vec::new();
    for kind in [Kind::Delegated, Kind::Application] {
        let names: Vec<&str> = listed.iter().filter(|(k, _)| *k == kind).map(|(_, n)| n.as_str()).collect();
        if names.is_empty() {
            continue;
        }
        for finding in scopes::check(&names, target, kind).findings {
            if !["wrong-kind", "excess-scope", "unknown-scope"].contains(&finding.rule.to_string().as_str()) {
                continue;
            }
            let (a, b) = finding.span;
            let joined = scopes::join(&names);
            let input: String = joined.chars().skip(a).take(b.saturating_sub(a)).collect();
            out.push(ValueFinding { error: finding.severity == Severity::Error, input: if input.is_empty() { joined } else { input }, finding });
        }
    }
    out
}

/// Checks a value of a field with Entra's rules for the target (crate::checks).
pub fn field_findings(field: Field, value: &str, target: Target) -> Vec<crate::checks::Finding> {
    use crate::checks::{ids, redirect_uri, Audience, Platform};
    let profile = crate::permissions::profile(target);
    match field {
        Field::RedirectUri => redirect_uri::check(
            value,
            profile.platform.unwrap_or(Platform::Web),
            profile.recommended_audience().unwrap_or(Audience::AzureADMyOrg),
            Some(target),
        )
        .findings,
        Field::TenantId => ids::tenant(value, Some(target)).findings,
        Field::ClientId => ids::client(value).findings,
        Field::ObjectId | Field::ServicePrincipalObjectId | Field::UserObjectId | Field::SecretId => {
            ids::object(value).findings
        }
        Field::SecretValue => ids::secret(value, Some(target)).findings,
        _ => Vec::new(),
    }
}

/// What the top frame mirrors on the overlay iframe (contract: `data-*` of `#regpilot-overlay`).
pub fn overlay_attrs(state: &State) -> OverlayAttrs {
    let steps = state.target.and_then(|t| cached_guide(t)).map(|g| g.step_ids().iter().map(|s| s.to_string()).collect::<Vec<_>>());
    let (step, status) = match &steps {
        None => (String::new(), String::new()),
        Some(ids) => match ids.get(state.step) {
            Some(id) => (id.clone(), "active".to_owned()),
            None => (ids.last().cloned().unwrap_or_default(), "finished".to_owned()),
        },
    };
    OverlayAttrs {
        target: state.target,
        lang: state.lang.unwrap_or(Lang::En),
        collapsed: state.collapsed,
        dock: state.dock,
        findings: findings(state).iter().filter(|f| f.error).count(),
        status: if state.fallback && status == "active" { "fallback".to_owned() } else { status },
        step,
    }
}

/// Message id prefixes of the texts the overlay renders.
const OVERLAY_TEXTS: &[&str] = &["overlay-", "app-", "lang-name-", "target-name-"];

/// Reads `regpilot=<target>:<lang>` from a portal URL's query (contract: "choosing a guide
/// without clicking"). Anything malformed is ignored.
pub fn regpilot_param(url: &str) -> Option<(Target, Lang)> {
    let before_hash = url.split('#').next()?;
    let query = before_hash.split_once('?')?.1;
    query.split('&').find_map(|pair| {
        let (k, v) = pair.split_once('=')?;
        if k != "regpilot" {
            return None;
        }
        let v = v.replace("%3A", ":").replace("%3a", ":");
        let (t, l) = v.split_once(':')?;
        Some((Target::parse(t)?, Lang::parse(l)?))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn content(tab: i64, frame: i64, url: &str) -> Sender {
        Sender::Content {
            tab,
            frame,
            url: url.into(),
        }
    }

    #[test]
    fn regpilot_param_chooses_guide() {
        let u = "https://portal.azure.com/?regpilot=yetiforce:pl#view/Microsoft_AAD_RegisteredApps/ApplicationsListBlade";
        assert_eq!(regpilot_param(u), Some((Target::Yetiforce, Lang::Pl)));
        assert_eq!(
            regpilot_param("https://portal.azure.com/?x=1&regpilot=statlook%3Acs"),
            Some((Target::Statlook, Lang::Cs))
        );
        assert_eq!(
            regpilot_param("https://portal.azure.com/?regpilot=nope:pl"),
            None
        );
        assert_eq!(
            regpilot_param("https://portal.azure.com/#x?regpilot=statlook:cs"),
            None
        );
    }

    #[test]
    fn hello_from_top_frame_picks_guide_from_trusted_url_only() {
        let mut s = State::default();
        let top = "https://portal.azure.com/?regpilot=comarch:cs#home";
        let out = handle(
            &mut s,
            &content(1, 0, top),
            json!({"type":"hello","href":"https://portal.azure.com/?regpilot=statlook:pl","top":true}),
        );
        assert_eq!(s.target, Some(Target::Comarch));
        assert_eq!(s.lang, Some(Lang::Cs));
        assert_eq!(out.reply.unwrap()["frame"], "portal-top");
        assert_eq!(out.to_overlays.len(), 1);
    }

    #[test]
    fn language_defaults_to_the_portals_then_the_browsers() {
        let mut s = State::default();
        let top = "https://portal.azure.com/#home";
        handle(&mut s, &content(1, 0, top), json!({"type":"hello","href":top,"top":true,"lang":"de-DE","browser_lang":"cs-CZ"}));
        assert_eq!(s.lang, Some(Lang::Cs));
        handle(&mut s, &content(1, 0, top), json!({"type":"hello","href":top,"top":true,"lang":"pl","browser_lang":"en"}));
        assert_eq!(s.lang, Some(Lang::Cs), "a language once chosen stays");
        let mut s = State::default();
        handle(&mut s, &content(1, 0, top), json!({"type":"hello","href":top,"top":true,"lang":"pl-PL"}));
        assert_eq!(s.lang, Some(Lang::Pl));
    }

    #[test]
    fn choosing_in_the_overlay_updates_frames_and_overlays() {
        let mut s = State::default();
        let top = "https://portal.azure.com/#home";
        handle(&mut s, &content(7, 0, top), json!({"type":"hello","href":top,"top":true}));
        let ext = Sender::Extension { url: "chrome-extension://x/overlay.html".into(), tab: Some(1) };
        let out = handle(&mut s, &ext, json!({"type":"choose","target":"aktionnext","lang":"cs"}));
        assert_eq!((s.target, s.lang), (Some(Target::Aktionnext), Some(Lang::Cs)));
        assert_eq!(out.reply.as_ref().unwrap()["attrs"]["target"], "aktionnext");
        assert_eq!(out.reply.as_ref().unwrap()["ui"]["overlay-title"], "Průvodce regpilot");
        // The frame gets the new guide's first plan and the overlay attributes.
        assert_eq!(out.to_frames.len(), 2);
        assert!(out.to_frames.iter().all(|f| f.0 == 7));
        assert!(matches!(&out.to_frames[0].2, ToContent::Plan { plan: Some(p), .. } if p.target == Target::Aktionnext && p.index == 0));
        let out = handle(&mut s, &ext, json!({"type":"layout","collapsed":true,"dock":"left"}));
        assert!(s.collapsed);
        assert_eq!(s.dock, Dock::Left);
        assert!(matches!(&out.to_frames[0].2, ToContent::Overlay { overlay } if overlay.collapsed));
    }

    #[test]
    fn reports_route_the_highlight_verify_the_step_and_capture_ids() {
        let mut s = State::default();
        let top = "https://portal.azure.com/?regpilot=yetiforce:en#view/Microsoft_AAD_RegisteredApps/ApplicationsListBlade";
        let rb = "https://x.reactblade.portal.azure.net/view/ApplicationsList";
        handle(&mut s, &content(1, 0, top), json!({"type":"hello","href":top,"top":true}));
        handle(&mut s, &content(1, 5, rb), json!({"type":"hello","href":rb,"top":false}));
        assert_eq!(overlay_attrs(&s).step, "open-app-registrations");
        // A report for another step changes nothing (the frame's plan is on the way).
        let before = s.clone();
        let out = handle(&mut s, &content(1, 0, top), json!({"type":"report","step":"nope","hash":"#x"}));
        assert_eq!(s, before);
        assert!(out.to_frames.is_empty());
        // The list page with its title verifies the first step; every frame gets the next plan.
        let out = handle(&mut s, &content(1, 0, top), json!({"type":"report","step":"open-app-registrations",
            "hash":"#view/Microsoft_AAD_RegisteredApps/ApplicationsListBlade","titles":["App registrations"],"anchors":[{"present":true,"score":5}]}));
        assert_eq!(overlay_attrs(&s).step, "new-registration");
        let plans: Vec<_> = out.to_frames.iter().filter(|f| matches!(f.2, ToContent::Plan { .. })).map(|f| f.1).collect();
        assert_eq!(plans, vec![0, 5]);
        // The button is found in the React frame only: that frame highlights it.
        handle(&mut s, &content(1, 0, top), json!({"type":"report","step":"new-registration","hash":"#view/Microsoft_AAD_RegisteredApps/ApplicationsListBlade","anchors":[{"present":false}]}));
        let out = handle(&mut s, &content(1, 5, rb), json!({"type":"report","step":"new-registration","anchors":[{"present":true,"score":6}]}));
        assert!(out.to_frames.iter().any(|f| f.1 == 5 && matches!(&f.2, ToContent::Highlight { anchor: Some(0), .. })), "{:?}", out.to_frames);
        assert_eq!(s.highlight, Some((1, 5, 0)));
        // It vanishes from the React frame (a re-render): the frame keeps the assignment and
        // re-marks it itself when it is back; no message is needed.
        let out = handle(&mut s, &content(1, 5, rb), json!({"type":"report","step":"new-registration","anchors":[{"present":false}],"settled":true}));
        assert!(out.to_frames.iter().all(|f| !matches!(&f.2, ToContent::Highlight { .. })));
        assert_eq!(s.highlight, Some((1, 5, 0)));
        // Found in the top frame instead: the highlight moves, withdrawn from the React frame.
        let out = handle(&mut s, &content(1, 0, top), json!({"type":"report","step":"new-registration","hash":"#view/Microsoft_AAD_RegisteredApps/ApplicationsListBlade","anchors":[{"present":true,"score":5}]}));
        assert!(out.to_frames.iter().any(|f| f.1 == 5 && matches!(&f.2, ToContent::Highlight { anchor: None, .. })));
        assert!(out.to_frames.iter().any(|f| f.1 == 0 && matches!(&f.2, ToContent::Highlight { anchor: Some(0), .. })));
        handle(&mut s, &content(1, 0, top), json!({"type":"report","step":"new-registration","hash":"#view/Microsoft_AAD_RegisteredApps/ApplicationsListBlade","anchors":[{"present":false}]}));
        assert_eq!(overlay_attrs(&s).status, "active", "the top frame is still looking");
        handle(&mut s, &content(1, 0, top), json!({"type":"report","step":"new-registration","hash":"#view/Microsoft_AAD_RegisteredApps/ApplicationsListBlade","anchors":[{"present":false}],"settled":true}));
        assert_eq!(overlay_attrs(&s).status, "fallback");
        // The portal (or the admin) shows an app's Overview while required steps are still open:
        // the guide stays, and offers its way back (fallback with the deep link).
        let overview = "#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/Overview/appId/8f2d4c61-3b7a-4e59-a1c2-6d0e9f8b7a35/objectId/e4b1c9d2-5f3a-4b8e-9c7d-1a2b3c4d5e6f";
        handle(&mut s, &content(1, 0, top), json!({"type":"report","step":"new-registration","hash":overview,"anchors":[{"present":false}],"settled":true}));
        assert_eq!(overlay_attrs(&s).step, "new-registration");
        assert!(s.skipped.is_empty());
        // Every step up to the Overview's is done or optional: the guide follows the admin there.
        let g = guide::load(Target::Yetiforce).unwrap();
        let copy = g.step_index("copy-ids").unwrap();
        for st in &g.steps[s.step..copy] {
            s.done.push(st.id.clone());
        }
        s.last_hash = None;
        handle(&mut s, &content(1, 0, top), json!({"type":"report","step":"new-registration","hash":overview}));
        assert_eq!(s.step, copy);
        // Going back to the list, whose steps are done, does not pull the guide back.
        handle(&mut s, &content(1, 0, top), json!({"type":"report","step":"copy-ids","hash":"#view/Microsoft_AAD_RegisteredApps/ApplicationsListBlade"}));
        assert_eq!(s.step, copy);
        // Back to an open earlier step's page: the guide goes back with the admin.
        s.done.retain(|d| d != "new-registration");
        s.last_hash = None;
        handle(&mut s, &content(1, 0, top), json!({"type":"report","step":"copy-ids","hash":"#view/Microsoft_AAD_RegisteredApps/ApplicationsListBlade"}));
        assert_eq!(overlay_attrs(&s).step, "new-registration");
    }

    #[test]
    fn only_progress_asks_to_be_saved_at_once() {
        let mut s = State::default();
        let top = "https://portal.azure.com/?regpilot=yetiforce:en#home";
        let rb = "https://x.reactblade.portal.azure.net/view/ApplicationsList";
        // Choosing the guide is progress; so is a new frame (a restarted worker must reach it).
        assert!(handle(&mut s, &content(1, 0, top), json!({"type":"hello","href":top,"top":true})).progress_changed);
        assert!(handle(&mut s, &content(1, 5, rb), json!({"type":"hello","href":rb,"top":false})).progress_changed);
        assert!(!handle(&mut s, &content(1, 5, rb), json!({"type":"hello","href":rb,"top":false})).progress_changed);
        // Navigating between pages that do not move the guide changes only the frames' view.
        for hash in ["#home", "#view/Microsoft_AAD_IAM/StartboardApplicationsMenuBlade/~/AppAppsPreview/menuId~/null", "#home"] {
            let out = handle(&mut s, &content(1, 0, top), json!({"type":"report","step":"open-app-registrations","hash":hash,"anchors":[{"present":false}],"settled":true}));
            assert!(!out.progress_changed, "{hash}");
        }
        assert_eq!(s.reports.len(), 1);
        // The step verified (the list page with its title) is progress.
        let out = handle(&mut s, &content(1, 0, top), json!({"type":"report","step":"open-app-registrations",
            "hash":"#view/Microsoft_AAD_RegisteredApps/ApplicationsListBlade","titles":["App registrations"],"anchors":[{"present":true,"score":5}]}));
        assert!(out.progress_changed);
        assert_eq!(overlay_attrs(&s).step, "new-registration");
    }

    #[test]
    fn a_frame_forgotten_by_a_restarted_worker_is_known_again_by_its_report() {
        let mut s = State::default();
        let top = "https://portal.azure.com/?regpilot=yetiforce:en#home";
        let rb = "https://x.reactblade.portal.azure.net/view/ApplicationsList";
        handle(&mut s, &content(1, 0, top), json!({"type":"hello","href":top,"top":true}));
        s.frames.clear();
        // Working on an older step, it gets the current plan.
        let out = handle(&mut s, &content(1, 0, top), json!({"type":"report","step":"older","hash":"#home"}));
        assert!(matches!(&out.to_frames[..], [(1, 0, ToContent::Plan { plan: Some(p), .. })] if p.step_id == "open-app-registrations"));
        handle(&mut s, &content(1, 0, top), json!({"type":"report","step":"open-app-registrations","hash":"#home"}));
        handle(&mut s, &content(1, 5, rb), json!({"type":"report","step":"open-app-registrations"}));
        let kinds: Vec<_> = s.frames.iter().map(|f| (f.frame, f.kind)).collect();
        assert_eq!(kinds, vec![(0, FrameKind::PortalTop), (5, FrameKind::Reactblade)]);
        // Both get the next plan when the step changes.
        let out = handle(&mut s, &content(1, 0, top), json!({"type":"report","step":"open-app-registrations",
            "hash":"#view/Microsoft_AAD_RegisteredApps/ApplicationsListBlade","titles":["App registrations"],"anchors":[{"present":true,"score":5}]}));
        let plans: Vec<_> = out.to_frames.iter().filter(|f| matches!(f.2, ToContent::Plan { .. })).map(|f| f.1).collect();
        assert_eq!(plans, vec![0, 5]);
    }

    #[test]
    fn take_me_there_navigates_only_the_overlays_tab_and_only_to_portal_pages() {
        let mut s = State::default();
        for tab in [1, 2] {
            handle(&mut s, &content(tab, 0, "https://portal.azure.com/"), json!({"type":"hello","href":"","top":true}));
        }
        let ext = Sender::Extension { url: "chrome-extension://x/overlay.html".into(), tab: Some(2) };
        let out = handle(&mut s, &ext, json!({"type":"navigate","hash":"#view/Microsoft_AAD_RegisteredApps/ApplicationsListBlade"}));
        assert_eq!(out.to_frames.len(), 1);
        assert_eq!(out.to_frames[0].0, 2);
        let out = handle(&mut s, &ext, json!({"type":"navigate","hash":"javascript:alert(1)"}));
        assert_eq!(out.reply.unwrap()["type"], "error");
        assert!(out.to_frames.is_empty());
    }

    #[test]
    fn finish_forgets_the_secret_and_keeps_the_ids() {
        let mut s = State { target: Some(Target::Aktionnext), secret: Some("abc8Q~0123456789abcdefghijklmnopqrstuvwx".into()), ..State::default() };
        s.values.insert(Field::ClientId, "8f2d4c61-3b7a-4e59-a1c2-6d0e9f8b7a35".into());
        let ext = Sender::Extension { url: "chrome-extension://x/overlay.html".into(), tab: Some(1) };
        let before = serde_json::to_string(&s).unwrap();
        assert!(before.contains("abc8Q~"), "the secret is in the (session) state until finished");
        handle(&mut s, &ext, json!({"type":"step","action":{"do":"finish"}}));
        assert_eq!(s.secret, None);
        assert!(!serde_json::to_string(&s).unwrap().contains("abc8Q~"));
        assert_eq!(s.values.len(), 1);
        assert_eq!(overlay_attrs(&s).status, "finished");
    }

    #[test]
    fn forget_all_drops_every_value_and_secret_but_keeps_frames_and_layout() {
        let mut s = State { target: Some(Target::Statlook), lang: Some(Lang::Cs), dock: Dock::Left, secret: Some("x".into()), ..State::default() };
        s.values.insert(Field::ClientId, "8f2d4c61-3b7a-4e59-a1c2-6d0e9f8b7a35".into());
        s.others.insert(Target::Yetiforce, GuideProgress { secret: Some("y".into()), ..GuideProgress::default() });
        handle(&mut s, &content(1, 0, "https://portal.azure.com/"), json!({"type":"hello","href":"","top":true}));
        let ext = Sender::Extension { url: "chrome-extension://x/overlay.html".into(), tab: Some(1) };
        handle(&mut s, &ext, json!({"type":"forget-all"}));
        assert_eq!((s.target, s.secret.clone(), s.values.len(), s.others.len()), (None, None, 0, 0));
        assert_eq!((s.lang, s.dock, s.frames.len()), (Some(Lang::Cs), Dock::Left, 1));
    }

    #[test]
    fn permissions_the_portal_lists_are_checked_while_adding_them() {
        let mut s = State::default();
        let ext = Sender::Extension { url: "chrome-extension://x/overlay.html".into(), tab: Some(1) };
        handle(&mut s, &ext, json!({"type":"choose","target":"aktionnext","lang":"en"}));
        let g = guide::load(Target::Aktionnext).unwrap();
        let i = g.step_index("api-permissions").unwrap();
        handle(&mut s, &ext, json!({"type":"step","action":{"do":"goto","index":i}}));
        let table = |rows: serde_json::Value| ReportRecord {
            tab: 1,
            frame: 3,
            report: serde_json::from_value(json!({"step":"api-permissions","tables":[{"headers":[],"rows":rows}]})).unwrap(),
        };
        // AktionNEXT sends as the application: a delegated Mail.Send is the wrong kind (an error).
        s.reports = vec![table(json!([["Mail.Send","Delegated","Send mail as a user","No",""]]))];
        let f = findings(&s);
        assert!(f.iter().any(|f| f.error && f.finding.rule.to_string() == "wrong-kind" && f.input.contains("Mail.Send")), "{:?}", f.iter().map(|f| f.finding.rule.to_string()).collect::<Vec<_>>());
        assert_eq!(overlay_attrs(&s).findings, f.iter().filter(|f| f.error).count());
        // The right kind: no error.
        s.reports = vec![table(json!([["Mail.Send","Application","Send mail as any user","Yes","Not granted for Contoso"]]))];
        assert!(findings(&s).iter().all(|f| !f.error), "{:?}", findings(&s).iter().map(|f| f.finding.rule.to_string()).collect::<Vec<_>>());
    }

    #[test]
    fn typed_values_are_kept_checked_and_counted_as_findings() {
        let mut s = State::default();
        let ext = Sender::Extension { url: "chrome-extension://x/overlay.html".into(), tab: Some(1) };
        handle(&mut s, &ext, json!({"type":"choose","target":"yetiforce","lang":"pl"}));
        let g = guide::load(Target::Yetiforce).unwrap();
        let i = g.step_index("target-redirect-uri").unwrap();
        handle(&mut s, &ext, json!({"type":"step","action":{"do":"goto","index":i}}));
        let out = handle(&mut s, &ext, json!({"type":"capture","field":"redirectUri","value":"http://crm.example.com/webservice/OAuth/MailAccount/1"}));
        assert_eq!(s.entered.get(&Field::RedirectUri).map(String::as_str), Some("http://crm.example.com/webservice/OAuth/MailAccount/1"));
        assert!(!s.values.contains_key(&Field::RedirectUri), "an invalid value is not captured");
        assert!(overlay_attrs(&s).findings >= 1);
        let reply = out.reply.unwrap();
        let f = &reply["progress"]["findings"][0];
        assert_eq!(f["rule"], "http-localhost-only");
        assert!(f["message"].as_str().unwrap().to_lowercase().contains("https"), "{f}");
        assert_eq!(s.step, i, "the step waits for a valid value");
        handle(&mut s, &ext, json!({"type":"capture","field":"redirectUri","value":"https://crm.example.com/webservice/OAuth/MailAccount/1"}));
        assert_eq!(overlay_attrs(&s).findings, 0);
        assert_eq!(s.step, i + 1, "a valid value completes a step verified by its capture");
        let out = handle(&mut s, &ext, json!({"type":"capture","field":"secretValue","value":"abc"}));
        assert_eq!(out.reply.unwrap()["type"], "error");
    }

    #[test]
    fn step_actions_move_through_the_guide_and_mark_steps() {
        let mut s = State::default();
        let ext = Sender::Extension { url: "chrome-extension://x/overlay.html".into(), tab: Some(1) };
        handle(&mut s, &ext, json!({"type":"choose","target":"yetiforce","lang":"pl"}));
        let ids: Vec<String> = guide::load(Target::Yetiforce).unwrap().step_ids().iter().map(|s| s.to_string()).collect();
        assert_eq!(overlay_attrs(&s).step, ids[0]);
        assert_eq!(overlay_attrs(&s).status, "active");
        handle(&mut s, &ext, json!({"type":"step","action":{"do":"done"}}));
        handle(&mut s, &ext, json!({"type":"step","action":{"do":"skip"}}));
        let out = handle(&mut s, &ext, json!({"type":"get-state"}));
        let reply = out.reply.unwrap();
        let marks: Vec<&str> = reply["progress"]["steps"].as_array().unwrap().iter().map(|m| m["mark"].as_str().unwrap()).collect();
        assert_eq!(&marks[..3], ["done", "skipped", "current"]);
        assert_eq!(reply["progress"]["current"]["id"], ids[2].as_str());
        assert_eq!(reply["attrs"]["step"], ids[2].as_str());
        handle(&mut s, &ext, json!({"type":"step","action":{"do":"goto","index":999}}));
        assert_eq!(overlay_attrs(&s).status, "finished");
        handle(&mut s, &ext, json!({"type":"step","action":{"do":"restart"}}));
        assert_eq!((s.step, s.done.len(), s.skipped.len()), (0, 0, 0));
        // Another target starts its own guide from the beginning; switching back restores this one.
        handle(&mut s, &ext, json!({"type":"step","action":{"do":"done"}}));
        s.values.insert(Field::ClientId, "8f2d4c61-3b7a-4e59-a1c2-6d0e9f8b7a35".into());
        s.secret = Some("abc8Q~0123456789abcdefghijklmnopqrstuvwx".into());
        handle(&mut s, &ext, json!({"type":"choose","target":"statlook"}));
        assert_eq!((s.step, s.done.len(), s.values.len(), s.secret.is_some()), (0, 0, 0, false));
        handle(&mut s, &ext, json!({"type":"choose","target":"yetiforce"}));
        assert_eq!((s.step, s.done.len(), s.values.len(), s.secret.is_some()), (1, 1, 1, true));
    }

    #[test]
    fn frames_are_registered_once_and_bounded() {
        let mut s = State::default();
        for i in 0..100 {
            handle(
                &mut s,
                &content(1, i % 70, "https://x.reactblade.portal.azure.net/"),
                json!({"type":"hello","href":"","top":false}),
            );
        }
        assert_eq!(s.frames.len(), MAX_FRAMES);
        assert!(s.frames.iter().all(|f| f.kind == FrameKind::Reactblade));
    }

    #[test]
    fn overlay_messages_from_a_content_script_are_refused() {
        let mut s = State::default();
        let out = handle(
            &mut s,
            &content(1, 0, "https://portal.azure.com/"),
            json!({"type":"status"}),
        );
        assert_eq!(out.reply.unwrap()["type"], "error");
        let out = handle(
            &mut s,
            &Sender::Extension {
                url: "chrome-extension://x/overlay.html".into(),
                tab: None,
            },
            json!({"type":"status"}),
        );
        let reply = out.reply.unwrap();
        assert_eq!(reply["type"], "status");
        assert_eq!(reply["targets"].as_array().unwrap().len(), 4);
    }
}
