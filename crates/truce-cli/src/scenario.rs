//! Agreement terms and their actor registry: from files, from the record, or the scenario
//! built into the binary.

use std::path::{Path, PathBuf};

use truce_core::terms::registry_reference;
use truce_core::{Agreement, Diagnostic, Registry, SourceText};
use truce_store::ScenarioFiles;

/// An agreement with the registry it was checked against, and the texts they came from.
pub struct Scenario {
    pub registry: Registry,
    pub agreement: Agreement,
    pub files: ScenarioFiles,
}

/// The Syria 2016 scenario, compiled into the binary so that `truce demo` runs anywhere.
const SYRIA_TERMS: &str = include_str!("../../../scenarios/syria-2016/agreement.toml");
const SYRIA_ACTORS: &str = include_str!("../../../scenarios/syria-2016/actors.toml");

impl Scenario {
    /// The built-in Syria 2016 scenario.
    pub fn built_in() -> Result<Self, Vec<Diagnostic>> {
        Self::from_texts(
            "scenarios/syria-2016/agreement.toml",
            SYRIA_TERMS.to_owned(),
            "scenarios/syria-2016/actors.toml",
            SYRIA_ACTORS.to_owned(),
        )
    }

    /// The scenario as the record holds it.
    pub fn from_files(files: ScenarioFiles) -> Result<Self, Vec<Diagnostic>> {
        Self::from_texts(
            &files.terms_path,
            files.terms_text,
            &files.registry_path,
            files.registry_text,
        )
    }

    fn from_texts(
        terms_path: &str,
        terms_text: String,
        registry_path: &str,
        registry_text: String,
    ) -> Result<Self, Vec<Diagnostic>> {
        let registry =
            Registry::parse(SourceText::new(registry_path, &registry_text)).map_err(|d| d.0)?;
        let agreement = Agreement::parse(SourceText::new(terms_path, &terms_text), &registry)
            .map_err(|d| d.0)?;
        let files = ScenarioFiles {
            agreement_id: agreement.id.clone(),
            terms_path: terms_path.to_owned(),
            terms_text,
            registry_path: registry_path.to_owned(),
            registry_text,
        };
        Ok(Self {
            registry,
            agreement,
            files,
        })
    }

    /// The stored terms checked against a new registry file: a registry update.
    pub fn with_registry(
        files: ScenarioFiles,
        registry_path: &Path,
    ) -> Result<Self, Vec<Diagnostic>> {
        let registry_text = read(registry_path)?;
        Self::from_texts(
            &files.terms_path,
            files.terms_text,
            &registry_path.display().to_string(),
            registry_text,
        )
    }

    /// Whether `path` is an actor registry file rather than terms: it has `[[actor]]` tables and
    /// no `[agreement]`.
    pub fn is_registry_file(path: &Path) -> bool {
        let Ok(text) = std::fs::read_to_string(path) else {
            return false;
        };
        let has = |table: &str| text.lines().any(|l| l.trim() == table);
        path.is_file() && has("[[actor]]") && !has("[agreement]")
    }

    /// Loads a terms file, or the `agreement.toml` of a scenario directory, with the registry
    /// it names; checks the files it references. Every problem comes back located.
    pub fn load(path: &Path) -> Result<Self, Vec<Diagnostic>> {
        let terms_path = if path.is_dir() {
            path.join("agreement.toml")
        } else {
            path.to_owned()
        };
        let terms_name = terms_path.display().to_string();
        let terms_text = read(&terms_path)?;
        let registry_path = relative_to(
            &terms_path,
            &registry_reference(SourceText::new(&terms_name, &terms_text)).map_err(|d| d.0)?,
        );
        let registry_text = read(&registry_path)?;
        let scenario = Self::from_texts(
            &terms_name,
            terms_text,
            &registry_path.display().to_string(),
            registry_text,
        )?;
        let mut problems = Vec::new();
        for version in &scenario.agreement.versions {
            for zone in &version.zones {
                if let Some(file) = &zone.geojson {
                    check_geojson(&relative_to(&terms_path, &file.path), file, &mut problems);
                }
            }
        }
        if problems.is_empty() {
            Ok(scenario)
        } else {
            Err(problems)
        }
    }
}

fn read(path: &Path) -> Result<String, Vec<Diagnostic>> {
    std::fs::read_to_string(path).map_err(|e| {
        vec![Diagnostic {
            file: path.display().to_string(),
            line: 1,
            column: 1,
            message: format!("cannot read the file: {e}"),
        }]
    })
}

fn relative_to(file: &Path, reference: &str) -> PathBuf {
    file.parent().unwrap_or(Path::new(".")).join(reference)
}

/// A referenced GeoJSON file must exist and hold GeoJSON (its geometry is used by later stages).
fn check_geojson(
    path: &Path,
    reference: &truce_core::terms::FileRef,
    problems: &mut Vec<Diagnostic>,
) {
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) => {
            problems.push(reference.problem(format!("cannot read `{}`: {e}", path.display())));
            return;
        }
    };
    let value: serde_json::Value = match serde_json::from_str(&text) {
        Ok(v) => v,
        Err(e) => {
            problems.push(Diagnostic {
                file: path.display().to_string(),
                line: e.line(),
                column: e.column(),
                message: format!("not valid JSON: {e}"),
            });
            return;
        }
    };
    const TYPES: &[&str] = &[
        "FeatureCollection",
        "Feature",
        "Point",
        "LineString",
        "Polygon",
        "MultiPoint",
        "MultiLineString",
        "MultiPolygon",
        "GeometryCollection",
    ];
    let kind = value.get("type").and_then(|t| t.as_str()).unwrap_or("");
    if !TYPES.contains(&kind) {
        problems.push(reference.problem(format!(
            "`{}` is not GeoJSON: its top-level `type` is `{kind}`, expected e.g. FeatureCollection",
            path.display()
        )));
    }
}
