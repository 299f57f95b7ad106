//! Determinations per second on 1,000,000 generated incidents under the Syria 2016 terms.
//!
//! Run: `cargo bench -p truce-core --bench determinations`. The incidents mix every actor of
//! the shipped registry, dates from before commencement to well after it, and all ACLED
//! sub-event types, so every rule path is taken. No territorial control is involved.

use std::hint::black_box;
use std::path::Path;

use divan::Bencher;
use divan::counter::ItemsCount;
use jiff::civil::Date;
use truce_core::event::SubEventType;
use truce_core::when::{DatePrecision, DaySpan};
use truce_core::{
    Agreement, Attribution, Incident, IncidentActor, Place, Registry, Resolution, Role, SourceText,
    determine,
};

const INCIDENTS: usize = 1_000_000;

fn main() {
    divan::main();
}

fn scenario() -> (Registry, Agreement) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../scenarios/syria-2016");
    let read = |f: &str| std::fs::read_to_string(dir.join(f)).unwrap();
    let registry = Registry::parse(SourceText::new("actors.toml", &read("actors.toml"))).unwrap();
    let agreement = Agreement::parse(
        SourceText::new("agreement.toml", &read("agreement.toml")),
        &registry,
    )
    .unwrap();
    (registry, agreement)
}

/// A small deterministic generator (xorshift64*), so runs are comparable.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        (self.0.wrapping_mul(0x2545_F491_4F6C_DD1D) >> 33) as usize % n
    }
}

fn incidents(registry: &Registry) -> Vec<Incident> {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let first = Date::constant(2016, 2, 1);
    let roles = [Role::Participant, Role::Perpetrator];
    (0..INCIDENTS)
        .map(|n| {
            let mut actor = |role| {
                let (idx, a) = registry.actors().nth(rng.below(registry.len())).unwrap();
                IncidentActor {
                    name: a.name.clone(),
                    resolved: Resolution::Actor(idx),
                    role,
                    attribution: Attribution::Known,
                }
            };
            let role = roles[n % 2];
            let actors = vec![
                actor(role),
                actor(if role == Role::Perpetrator {
                    Role::Target
                } else {
                    Role::Participant
                }),
            ];
            let start = first
                .checked_add(jiff::Span::new().days(rng.below(90) as i64))
                .unwrap();
            let end = if n % 17 == 0 {
                start.tomorrow().unwrap()
            } else {
                start
            };
            Incident {
                id: format!("gen:{n}"),
                sub_event_type: SubEventType::ALL[rng.below(SubEventType::ALL.len())],
                actors,
                place: Place {
                    lat: Some(36.2),
                    lon: Some(37.1),
                    country: Some("SY".into()),
                    admin1: Some("SY02".into()),
                    geo_precision: Some(1),
                    ..Place::default()
                },
                time: Some(DaySpan {
                    start,
                    end,
                    precision: if start == end {
                        DatePrecision::Day
                    } else {
                        DatePrecision::Days
                    },
                }),
                fatalities: Default::default(),
                sources: vec![],
                self_defence_claimed: n % 101 == 0,
            }
        })
        .collect()
}

#[divan::bench(sample_count = 10, sample_size = 1)]
fn determine_1m_incidents(bencher: Bencher) {
    let (registry, agreement) = scenario();
    let incidents = incidents(&registry);
    // Rules only: no control layer.
    let control = truce_core::control::ControlMap::default();
    bencher
        .counter(ItemsCount::new(incidents.len()))
        .bench_local(|| {
            for incident in &incidents {
                black_box(determine(&agreement, black_box(incident), &control));
            }
        });
}
