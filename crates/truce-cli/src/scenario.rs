//! Agreement terms and their actor registry: from files, from the record, or the scenario
//! built into the binary.

use std::path::{Path, PathBuf};

use truce_core::terms::registry_reference;
use truce_core::{Agreement, Diagnostic, Registry, SourceText};
use truce_store::{ControlFile, ScenarioFiles};

/// An agreement with the registry it was checked against, and the texts they came from.
pub struct Scenario {
    pub registry: Registry,
    pub agreement: Agreement,
    pub files: ScenarioFiles,
    /// Control layers shipped with the scenario (`control*.geojson` in its directory),
    /// checked against the registry and the boundaries.
    pub control: Vec<ControlFile>,
}

/// The Syria 2016 scenario, compiled into the binary so that `truce demo` runs anywhere.
const SYRIA_TERMS: &str = include_str!("../../../scenarios/syria-2016/agreement.toml");
const SYRIA_ACTORS: &str = include_str!("../../../scenarios/syria-2016/actors.toml");
const SYRIA_CONTROL: &str = include_str!("../../../scenarios/syria-2016/control.geojson");
const SYRIA_SOURCES: &str = include_str!("../../../scenarios/syria-2016/sources.toml");

impl Scenario {
    /// The built-in Syria 2016 scenario.
    pub fn built_in() -> Result<Self, Vec<Diagnostic>> {
        let mut scenario = Self::from_files(ScenarioFiles {
            agreement_id: String::new(),
            terms_path: "scenarios/syria-2016/agreement.toml".to_owned(),
            terms_text: SYRIA_TERMS.to_owned(),
            registry_path: "scenarios/syria-2016/actors.toml".to_owned(),
            registry_text: SYRIA_ACTORS.to_owned(),
            zone_files: Vec::new(),
            sources: Some((
                "scenarios/syria-2016/sources.toml".to_owned(),
                SYRIA_SOURCES.to_owned(),
            )),
        })?;
        scenario.control = vec![crate::ground::control_file(
            "scenarios/syria-2016/control.geojson",
            SYRIA_CONTROL.to_owned(),
            &scenario.registry,
        )?];
        Ok(scenario)
    }

    /// The scenario from its texts (as the record holds them): the registry, the terms
    /// checked against it, and the zone geometry attached.
    pub fn from_files(mut files: ScenarioFiles) -> Result<Self, Vec<Diagnostic>> {
        let (registry, agreement) = files.compile().map_err(|d| d.0)?;
        files.agreement_id = agreement.id.clone();
        Ok(Self {
            registry,
            agreement,
            files,
            control: Vec::new(),
        })
    }

    /// The stored terms checked against a new registry file: a registry update.
    pub fn with_registry(
        files: ScenarioFiles,
        registry_path: &Path,
    ) -> Result<Self, Vec<Diagnostic>> {
        let registry_text = read(registry_path)?;
        Self::from_files(ScenarioFiles {
            registry_path: registry_path.display().to_string(),
            registry_text,
            ..files
        })
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
        // The zones' files are read where the terms name them, then kept with the texts.
        let registry = Registry::parse(SourceText::new(
            &registry_path.display().to_string(),
            &registry_text,
        ))
        .map_err(|d| d.0)?;
        let agreement = Agreement::parse(SourceText::new(&terms_name, &terms_text), &registry)
            .map_err(|d| d.0)?;
        let mut zone_files = Vec::new();
        let mut problems = Vec::new();
        for file in agreement
            .versions
            .iter()
            .flat_map(|v| &v.zones)
            .filter_map(|z| z.geojson.as_ref())
        {
            if zone_files
                .iter()
                .any(|(p, _): &(String, String)| *p == file.path)
            {
                continue;
            }
            let full = relative_to(&terms_path, &file.path);
            match std::fs::read_to_string(&full) {
                Ok(text) => zone_files.push((file.path.clone(), text)),
                Err(e) => {
                    problems.push(file.problem(format!("cannot read `{}`: {e}", full.display())))
                }
            }
        }
        if !problems.is_empty() {
            return Err(problems);
        }
        // The mission's source reliability, when the scenario has one beside its terms.
        let sources_path = relative_to(&terms_path, "sources.toml");
        let sources = if sources_path.is_file() {
            Some((sources_path.display().to_string(), read(&sources_path)?))
        } else {
            None
        };
        let mut scenario = Self::from_files(ScenarioFiles {
            agreement_id: agreement.id,
            terms_path: terms_name,
            terms_text,
            registry_path: registry_path.display().to_string(),
            registry_text,
            zone_files,
            sources,
        })?;
        if path.is_dir() {
            let mut layers: Vec<PathBuf> = std::fs::read_dir(path)
                .map_err(|e| vec![unreadable(path, &e)])?
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| {
                    p.file_name()
                        .and_then(|n| n.to_str())
                        .is_some_and(|n| n.starts_with("control") && n.ends_with(".geojson"))
                })
                .collect();
            layers.sort();
            let mut problems = Vec::new();
            for layer in layers {
                let loaded = read(&layer).and_then(|text| {
                    crate::ground::control_file(
                        &layer.display().to_string(),
                        text,
                        &scenario.registry,
                    )
                });
                match loaded {
                    Ok(file) => scenario.control.push(file),
                    Err(p) => problems.extend(p),
                }
            }
            if !problems.is_empty() {
                return Err(problems);
            }
        }
        Ok(scenario)
    }
}

pub(crate) fn read(path: &Path) -> Result<String, Vec<Diagnostic>> {
    std::fs::read_to_string(path).map_err(|e| vec![unreadable(path, &e)])
}

/// A file that cannot be read, as a diagnostic at its start.
pub(crate) fn unreadable(path: &Path, e: &std::io::Error) -> Diagnostic {
    Diagnostic {
        file: path.display().to_string(),
        line: 1,
        column: 1,
        message: format!("cannot read the file: {e}"),
    }
}

fn relative_to(file: &Path, reference: &str) -> PathBuf {
    file.parent().unwrap_or(Path::new(".")).join(reference)
}
