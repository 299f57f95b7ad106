//! `truce demo`: what a task-force analyst wants on day one.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context as _;
use truce_core::terms::{AcceptanceStatus, Exclusion};
use truce_core::when::{DayBoundary, Relation};
use truce_core::{ActorKind, Outcome};
use truce_import::admin::governorate_name;
use truce_store::{ImportSummary, IncidentFilter, StoredIncident};

use crate::Global;

use crate::scenario::Scenario;

/// UCDP GED events for Syria with a start date in February or March 2016 (CC BY 4.0; see
/// ATTRIBUTION), built into the binary.
const UCDP_FEB_MAR_2016: &str = include_str!("../../../data/ucdp/ged_syria_2016-02_to_2016-03.csv");
const UCDP_NAME: &str = "data/ucdp/ged_syria_2016-02_to_2016-03.csv";

#[derive(Debug, clap::Args)]
pub struct DemoArgs {
    /// A terms file or scenario directory to use instead of the built-in Syria 2016 scenario.
    #[arg(long)]
    scenario: Option<PathBuf>,
    /// A UCDP GED CSV file to use instead of the built-in February–March 2016 events.
    #[arg(long)]
    events: Option<PathBuf>,
}

pub async fn run(global: &Global, args: &DemoArgs) -> anyhow::Result<ExitCode> {
    let started = std::time::Instant::now();
    let scenario = crate::load_or_report(args.scenario.as_deref())?;
    let (name, text) = match &args.events {
        Some(path) => (
            path.display().to_string(),
            std::fs::read_to_string(path)
                .with_context(|| format!("cannot read {}", path.display()))?,
        ),
        None => (UCDP_NAME.to_owned(), UCDP_FEB_MAR_2016.to_owned()),
    };
    // A fresh record in a temporary directory, unless the user named one.
    let scratch = tempfile::tempdir()?;
    let mut global = global.clone();
    if global.db.is_none() && global.database_url.is_none() {
        global.db = Some(scratch.path().join("truce.db"));
    }
    let (store, shown) = crate::record::open(&global).await?;
    store
        .load_scenario(&global.user, scenario.files.clone())
        .await?;
    for layer in &scenario.control {
        store.load_control(&global.user, layer.clone()).await?;
    }
    crate::ground::take_in_allegations(&store, &global.user, &scenario).await?;
    let imported = crate::record::import_rows(
        &store,
        &global.user,
        &name,
        crate::record::Dataset::Ucdp,
        text.as_bytes(),
        &scenario,
    )
    .await?;
    let control = crate::ground::control_map(&store, &scenario).await?;
    let judge = truce_store::Judge::new(&scenario.agreement, &scenario.registry, &control);
    store.adjudicate(&global.user, judge, false).await?;
    let incidents = store.incidents(&IncidentFilter::default()).await?;
    crate::emit(&report(&scenario, &name, &imported, &incidents))?;
    let verdict = store.verify().await?;
    println!();
    crate::record::print_verdict(&shown, &verdict);
    println!(
        "(record at {shown}; {:.1} s in all)",
        started.elapsed().as_secs_f64()
    );
    store.close().await;
    Ok(if verdict.is_intact() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

fn report(
    scenario: &Scenario,
    source: &str,
    imported: &ImportSummary,
    incidents: &[StoredIncident],
) -> String {
    let (registry, agreement) = (&scenario.registry, &scenario.agreement);
    let version = agreement.current_version();
    let mut out = String::new();
    let w = &mut out;
    let _ = writeln!(w, "TRUCE — {}", agreement.title);
    let _ = writeln!(
        w,
        "\n== The agreement in force ({} version {}) ==",
        agreement.id, version.id
    );
    if let Some(a) = &version.adopted {
        let _ = writeln!(w, "  adopted               {a}");
    }
    if let Some(a) = &version.acceptance_deadline {
        let _ = writeln!(w, "  acceptance deadline   {a}");
    }
    let _ = writeln!(
        w,
        "  commencement          {} (= {} UTC)",
        version.commencement, version.commencement.instant
    );
    let names = |ids: &[truce_core::ActorIdx]| {
        ids.iter()
            .map(|i| registry.actor(*i).name.clone())
            .collect::<Vec<_>>()
            .join(", ")
    };
    let _ = writeln!(w, "  co-chairs             {}", names(&agreement.co_chairs));
    let _ = writeln!(
        w,
        "  scope                 {}",
        [
            version.scope.countries.join(", "),
            version.scope.areas.join(", ")
        ]
        .join(" ")
        .trim()
    );
    for e in &version.exclusions {
        let _ = match e {
            Exclusion::Actor { actor, .. } => writeln!(
                w,
                "  excluded              {} (by name)",
                registry.actor(*actor).name
            ),
            Exclusion::Designation {
                list,
                listed_on_or_before,
                ..
            } => writeln!(
                w,
                "  excluded              everyone designated on {}{}",
                registry.list(*list).title,
                listed_on_or_before
                    .map(|d| format!(" (listed by {d})"))
                    .unwrap_or_default()
            ),
        };
    }
    for a in &agreement.acceptances {
        let status = match a.status {
            AcceptanceStatus::Accepted => "accepted",
            AcceptanceStatus::Declined => "declined",
            AcceptanceStatus::Unknown => "acceptance unknown",
        };
        let on =
            a.on.as_ref()
                .map(|o| format!(" on {}", o.local_day().0))
                .unwrap_or_default();
        let through = a
            .through
            .map(|t| format!(" through {}", registry.actor(t).name))
            .unwrap_or_default();
        let _ = writeln!(
            w,
            "  {:<21} {}{on}{through}",
            status,
            registry.actor(a.actor).name
        );
    }
    for c in &version.clauses {
        let _ = writeln!(
            w,
            "  clause {:<14} [{}] {}",
            c.id,
            truce_core::terms::kind_name(c.kind),
            c.paraphrase
        );
    }

    let _ = writeln!(w, "\n== {} events from {source} ==", imported.read);
    let _ = writeln!(
        w,
        "  taken in: {} new, {} revised, {} unchanged",
        imported.new, imported.revised, imported.unchanged
    );
    let _ = writeln!(w, "  actor names unresolved: {}", imported.unresolved.len());
    for (name, n) in &imported.unresolved {
        let _ = writeln!(w, "    {name} ({n})");
    }

    let mut figures = PublishedFigures::new(scenario);
    figures.add(incidents);
    out.push_str(&figures.render());
    let w = &mut out;
    let version = agreement.current_version();
    let commencement = DayBoundary::new(&version.commencement);
    let after = after_commencement(&commencement, incidents);
    let outcome_of = |i: &StoredIncident| i.outcome().unwrap_or("undetermined").to_owned();
    let _ = writeln!(w, "\n== Example determinations ==");
    for outcome in [Outcome::Violation, Outcome::Permitted, Outcome::NeedsReview] {
        let example = after
            .iter()
            .filter(|i| outcome_of(i) == outcome.as_str())
            .max_by_key(|i| {
                (
                    i.record.fatalities.best,
                    std::cmp::Reverse(i.record.id.clone()),
                )
            });
        let Some(incident) = example else { continue };
        let _ = write!(w, "\n{}", crate::output::detail(incident));
    }
    let composite = after
        .iter()
        .filter(|i| outcome_of(i) == "needs_review")
        .filter(|i| {
            i.record.actors.iter().any(|a| {
                !a.members.is_empty()
                    || a.actor_id
                        .as_deref()
                        .and_then(|id| registry.by_id(id))
                        .is_some_and(|idx| registry.actor(idx).kind == ActorKind::Composite)
            })
        })
        .count();
    let _ = writeln!(
        w,
        "\n{composite} events after commencement involve a composite side (e.g. UCDP's \"Syrian insurgents\") and wait for a person to attribute them."
    );
    out
}

/// The figures a mission publishes, from the incidents as the record holds them (the
/// outcome that stands, the reconciled tolls): per outcome, per day after commencement,
/// per party and per governorate. Counted as incidents arrive (`truce figures` reads a large
/// record a page at a time); `truce demo` prints them too.
pub struct PublishedFigures<'s> {
    scenario: &'s Scenario,
    commencement: DayBoundary,
    /// Per outcome (in [`Outcome::ALL`] order): events and deaths (best).
    per_outcome: [(usize, u32); 5],
    /// Events after commencement.
    after: usize,
    days: BTreeMap<jiff::civil::Date, [usize; 5]>,
    parties: BTreeMap<String, [usize; 5]>,
    /// Per governorate after commencement: events, violations, deaths (best).
    areas: BTreeMap<String, (usize, usize, u32)>,
}

impl<'s> PublishedFigures<'s> {
    /// No incidents yet, under `scenario`'s agreement and registry.
    pub fn new(scenario: &'s Scenario) -> Self {
        let version = scenario.agreement.current_version();
        Self {
            scenario,
            commencement: DayBoundary::new(&version.commencement),
            per_outcome: [(0, 0); 5],
            after: 0,
            days: BTreeMap::new(),
            parties: BTreeMap::new(),
            areas: BTreeMap::new(),
        }
    }

    /// Counts incidents in.
    pub fn add(&mut self, incidents: &[StoredIncident]) {
        let registry = &self.scenario.registry;
        for i in incidents {
            let outcome = i.outcome().unwrap_or("undetermined");
            let deaths = i.record.fatalities.best.unwrap_or(0);
            let known = Outcome::ALL.iter().position(|o| o.as_str() == outcome);
            if let Some(k) = known {
                self.per_outcome[k].0 += 1;
                self.per_outcome[k].1 += deaths;
            }
            if !is_after(&self.commencement, i) {
                continue;
            }
            self.after += 1;
            // The column of the per-day and per-party counts: undetermined counts as
            // insufficient.
            let column = known.unwrap_or(4);
            let day = i
                .record
                .date_start
                .expect("events after commencement are dated");
            self.days.entry(day).or_default()[column] += 1;
            for a in &i.record.actors {
                let name = match (&a.actor_id, a.members.is_empty()) {
                    (Some(id), _) => registry
                        .by_id(id)
                        .map_or_else(|| id.clone(), |idx| registry.actor(idx).name.clone()),
                    (None, false) => "(coalitions of named groups)".to_owned(),
                    (None, true) => format!("{} (unresolved)", a.name),
                };
                self.parties.entry(name).or_default()[column] += 1;
            }
            let area = self
                .areas
                .entry(
                    i.record
                        .location
                        .admin1
                        .clone()
                        .unwrap_or_else(|| "unknown".to_owned()),
                )
                .or_default();
            area.0 += 1;
            area.1 += usize::from(outcome == "violation");
            area.2 += deaths;
        }
    }

    /// The figures as a mission's tables.
    pub fn render(&self) -> String {
        let mut out = String::new();
        let w = &mut out;
        let _ = writeln!(w, "\n== Determinations ==");
        for (outcome, (n, deaths)) in Outcome::ALL.iter().zip(self.per_outcome) {
            let _ = writeln!(
                w,
                "  {:<26} {n:>5} events  {deaths:>6} deaths (best)",
                outcome.as_str()
            );
        }

        let _ = writeln!(
            w,
            "\n== Per day after commencement ({} events) ==",
            self.after
        );
        let _ = writeln!(w, "  {:<10}{}", "day", count_header(TABLE_COLUMNS.len()));
        for (day, c) in &self.days {
            let _ = writeln!(w, "  {day}{}", count_cells(c, TABLE_COLUMNS.len()));
        }

        let _ = writeln!(w, "\n== Per party, events after commencement ==");
        // Parties are named, so the per-party table leaves out `insufficient`.
        let _ = writeln!(
            w,
            "  {:<44}{}",
            "party (as resolved)",
            count_header(TABLE_COLUMNS.len() - 1)
        );
        let mut parties: Vec<_> = self.parties.iter().collect();
        parties.sort_by_key(|(name, c)| (std::cmp::Reverse(c.iter().sum::<usize>()), *name));
        for (name, c) in parties.iter().take(12) {
            let _ = writeln!(
                w,
                "  {:<44}{}",
                truncate(name, 44),
                count_cells(c, TABLE_COLUMNS.len() - 1)
            );
        }

        let _ = writeln!(w, "\n== Top governorates, events after commencement ==");
        let mut areas: Vec<_> = self.areas.iter().collect();
        areas.sort_by_key(|(a, (n, _, _))| (std::cmp::Reverse(*n), *a));
        for (pcode, (n, violations, deaths)) in areas.iter().take(6) {
            let name = governorate_name(pcode).unwrap_or("(no governorate)");
            let _ = writeln!(
                w,
                "  {pcode:<7} {name:<16} {n:>5} events {violations:>4} violations {deaths:>6} deaths (best)"
            );
        }
        out
    }
}

/// Whether an incident happened after the agreement commenced.
fn is_after(commencement: &DayBoundary, i: &StoredIncident) -> bool {
    i.record
        .day_span()
        .is_some_and(|t| commencement.relate(&t) == Relation::After)
}

fn after_commencement<'a>(
    commencement: &DayBoundary,
    incidents: &'a [StoredIncident],
) -> Vec<&'a StoredIncident> {
    incidents
        .iter()
        .filter(|i| is_after(commencement, i))
        .collect()
}

/// `truce figures`: the published figures, now or as the record stood at an instant (with
/// the terms and registry of that instant too).
pub async fn figures(global: &Global, as_of: Option<jiff::Timestamp>) -> anyhow::Result<ExitCode> {
    let (store, _) = crate::record::open(global).await?;
    let files = store.scenario_at(as_of).await?.ok_or_else(|| {
        anyhow::anyhow!(
            "no terms in the record{}: load a scenario first (`truce load scenarios/syria-2016`)",
            as_of.map(|t| format!(" as of {t}")).unwrap_or_default()
        )
    })?;
    let scenario = Scenario::from_files(files).map_err(crate::problems_error)?;
    let mut figures = PublishedFigures::new(&scenario);
    let mut pages = store.incident_pages(
        truce_store::Selection::everything(IncidentFilter {
            as_of,
            ..Default::default()
        }),
        500,
    );
    while let Some(page) = pages.next().await? {
        figures.add(&page);
    }
    crate::emit(&figures.render())?;
    store.close().await;
    Ok(ExitCode::SUCCESS)
}

/// The count columns of the per-day and per-party tables, in reading order: an index into
/// [`Outcome::ALL`] and the heading (whose width the column takes).
const TABLE_COLUMNS: [(usize, &str); 5] = [
    (0, "violation"),
    (3, "needs_review"),
    (1, "permitted"),
    (2, "not_covered"),
    (4, "insufficient"),
];

/// The headings of the first `shown` count columns, then `total`.
fn count_header(shown: usize) -> String {
    let mut s: String = TABLE_COLUMNS[..shown]
        .iter()
        .map(|(_, h)| format!(" {h}"))
        .collect();
    s.push_str("  total");
    s
}

/// The first `shown` counts (per outcome, in [`Outcome::ALL`] order), then the total of all.
fn count_cells(counts: &[usize; 5], shown: usize) -> String {
    let mut s: String = TABLE_COLUMNS[..shown]
        .iter()
        .map(|(i, h)| format!(" {:>width$}", counts[*i], width = h.len()))
        .collect();
    s.push_str(&format!(" {:>6}", counts.iter().sum::<usize>()));
    s
}

fn truncate(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_owned()
    } else {
        s.chars().take(n - 1).chain(['…']).collect()
    }
}
