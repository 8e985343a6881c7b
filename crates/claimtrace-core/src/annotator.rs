use crate::Document;

/// One stage of analysis: reads the layers it needs and adds its own.
///
/// Annotators must not panic on any input text and must keep every span on
/// char boundaries of `doc.text`. They are shared across threads.
pub trait Annotator: Send + Sync {
    /// Short stable name, used in timings and `--help`.
    fn name(&self) -> &'static str;
    /// Adds this annotator's layer(s) to `doc`.
    fn annotate(&self, doc: &mut Document);
    /// Whether this stage reads the token layer: the stages after the last
    /// one that does run without it in [`Pipeline::run_dropping_tokens`].
    fn reads_tokens(&self) -> bool {
        true
    }
}

/// An ordered, inspectable list of annotators (like spaCy's `nlp.pipeline`).
#[derive(Default)]
pub struct Pipeline {
    annotators: Vec<Box<dyn Annotator>>,
}

impl Pipeline {
    pub fn new() -> Self {
        Pipeline::default()
    }
    /// Appends a stage.
    pub fn with(mut self, a: impl Annotator + 'static) -> Self {
        self.annotators.push(Box::new(a));
        self
    }
    pub fn push(&mut self, a: Box<dyn Annotator>) {
        self.annotators.push(a);
    }
    /// Names of the stages, in order.
    pub fn names(&self) -> Vec<&'static str> {
        self.annotators.iter().map(|a| a.name()).collect()
    }
    /// Runs every stage on `doc`.
    pub fn run(&self, doc: &mut Document) {
        for a in &self.annotators {
            a.annotate(doc);
        }
    }
    /// Runs every stage on `doc` and drops its token layer (32 bytes a
    /// token, about six times the text) as soon as no stage left reads it,
    /// for callers that do not read it afterwards (the output form and the
    /// store never do): the later stages run with less memory held.
    pub fn run_dropping_tokens(&self, doc: &mut Document) {
        let last_reader = self.annotators.iter().rposition(|a| a.reads_tokens());
        for (i, a) in self.annotators.iter().enumerate() {
            a.annotate(doc);
            if last_reader.is_none_or(|last| i >= last) {
                doc.drop_token_layers();
            }
        }
    }
    /// Runs every stage, adding the time each took to `timings` (by index).
    pub fn run_timed(&self, doc: &mut Document, timings: &mut Vec<std::time::Duration>) {
        timings.resize(self.annotators.len(), std::time::Duration::ZERO);
        for (i, a) in self.annotators.iter().enumerate() {
            let t = std::time::Instant::now();
            a.annotate(doc);
            timings[i] += t.elapsed();
        }
    }
}
