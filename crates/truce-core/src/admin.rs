//! Administrative areas: the OCHA governorates (admin 1), districts (admin 2) and
//! sub-districts (admin 3) with their p-codes, and which one a point falls in.
//!
//! Built from a GeoJSON file of sub-districts whose properties name their parents
//! (`PCODE`, `NAME_EN`, `NAME_AR`, `ADM2_PCODE`, `ADM2_EN`, `ADM2_AR`, `ADM1_PCODE`, `ADM1_EN`,
//! `ADM1_AR`), as in OCHA's common operational dataset for Syria. Districts and governorates
//! are the unions of their sub-districts, so the three levels always nest.

use std::collections::HashMap;

use geo::{Centroid, Coord, MultiPolygon};

use crate::diagnostic::{Diagnostics, SourceText};
use crate::geojson_file::{feature_problem, parse_collection, properties, text};
use crate::geometry::{AreaIndex, polygons_of};

/// One administrative area at any level.
#[derive(Debug, Clone, PartialEq)]
pub struct AdminUnit {
    /// OCHA p-code (`SY07`, `SY0700`, `SY070000`).
    pub pcode: String,
    /// 1 governorate, 2 district, 3 sub-district.
    pub level: u8,
    /// English name.
    pub name: String,
    /// Arabic name.
    pub name_ar: Option<String>,
    /// The p-code of the area it belongs to (none for a governorate).
    pub parent: Option<String>,
    /// The area's centroid (x = longitude, y = latitude).
    pub centroid: Coord<f64>,
}

/// The administrative areas of one country, with a point-in-polygon index of its sub-districts.
#[derive(Debug)]
pub struct AdminAreas {
    units: Vec<AdminUnit>,
    by_pcode: HashMap<String, usize>,
    /// Sub-district shapes; the value is the sub-district's index in `units`.
    sub_districts: AreaIndex<u32>,
}

/// The p-codes of a point, most detailed last.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AdminCodes<'a> {
    /// Governorate.
    pub admin1: &'a str,
    /// District.
    pub admin2: &'a str,
    /// Sub-district.
    pub admin3: &'a str,
}

impl AdminAreas {
    /// Reads the sub-districts file; every feature needs a polygon and its three p-codes.
    pub fn from_geojson(src: SourceText<'_>) -> Result<Self, Diagnostics> {
        let collection = parse_collection(src)?;
        let mut errors = Vec::new();
        let mut shapes: Vec<(String, MultiPolygon<f64>)> = Vec::new();
        let mut parents: Vec<[(String, String, Option<String>); 3]> = Vec::new();
        for (i, feature) in collection.features.iter().enumerate() {
            let props = properties(feature);
            let field = |key: &str| text(&props, key).map(str::to_owned);
            let levels = [
                (field("ADM1_PCODE"), field("ADM1_EN"), field("ADM1_AR")),
                (field("ADM2_PCODE"), field("ADM2_EN"), field("ADM2_AR")),
                (field("PCODE"), field("NAME_EN"), field("NAME_AR")),
            ];
            let Some(shape) = feature.geometry.as_ref().and_then(polygons_of) else {
                errors.push(feature_problem(
                    src,
                    i,
                    Some("geometry"),
                    "a sub-district needs a Polygon or MultiPolygon geometry",
                ));
                continue;
            };
            let mut named = Vec::new();
            for (level, (pcode, name, name_ar)) in levels.into_iter().enumerate() {
                match (pcode, name) {
                    (Some(pcode), Some(name)) => named.push((pcode, name, name_ar)),
                    _ => {
                        let keys = [
                            "ADM1_PCODE and ADM1_EN",
                            "ADM2_PCODE and ADM2_EN",
                            "PCODE and NAME_EN",
                        ];
                        errors.push(feature_problem(src, i, None, format!("feature {} has no admin {} p-code and name: expected properties {}", i + 1, level + 1, keys[level])));
                    }
                }
            }
            if let Ok(levels) = <[_; 3]>::try_from(named) {
                shapes.push((levels[2].0.clone(), shape));
                parents.push(levels);
            }
        }
        if !errors.is_empty() {
            return Err(Diagnostics(errors));
        }
        Ok(Self::build(shapes, parents))
    }

    fn build(
        shapes: Vec<(String, MultiPolygon<f64>)>,
        parents: Vec<[(String, String, Option<String>); 3]>,
    ) -> Self {
        let mut units: Vec<AdminUnit> = Vec::new();
        let mut by_pcode: HashMap<String, usize> = HashMap::new();
        // Shapes of every unit at every level, for centroids of the unions.
        let mut members: Vec<MultiPolygon<f64>> = Vec::new();
        let mut sub_district_units = Vec::new();
        for ((_, shape), levels) in shapes.iter().zip(&parents) {
            let mut parent: Option<String> = None;
            for (level, (pcode, name, name_ar)) in levels.iter().enumerate() {
                let idx = *by_pcode.entry(pcode.clone()).or_insert_with(|| {
                    units.push(AdminUnit {
                        pcode: pcode.clone(),
                        level: level as u8 + 1,
                        name: name.clone(),
                        name_ar: name_ar.clone(),
                        parent: parent.clone(),
                        centroid: Coord::zero(),
                    });
                    members.push(MultiPolygon(Vec::new()));
                    units.len() - 1
                });
                members[idx].0.extend(shape.0.iter().cloned());
                parent = Some(pcode.clone());
                if level == 2 {
                    sub_district_units.push(idx as u32);
                }
            }
        }
        for (unit, shape) in units.iter_mut().zip(&members) {
            if let Some(c) = shape.centroid() {
                unit.centroid = c.0;
            }
        }
        let sub_districts = AreaIndex::new(
            shapes
                .into_iter()
                .map(|(_, shape)| shape)
                .zip(sub_district_units),
        );
        Self {
            units,
            by_pcode,
            sub_districts,
        }
    }

    /// The sub-district a point (x = longitude, y = latitude) lies in, if any.
    pub fn locate(&self, p: Coord<f64>) -> Option<&AdminUnit> {
        self.sub_districts
            .containing(p)
            .next()
            .map(|&i| &self.units[i as usize])
    }

    /// The admin 1/2/3 p-codes of a point, if it lies inside the country.
    pub fn codes_at(&self, p: Coord<f64>) -> Option<AdminCodes<'_>> {
        self.codes_of(self.locate(p)?)
    }

    /// The p-codes of a point inside the country or within `km` kilometres of its edge (of the
    /// nearest sub-district): a coastal town's point just offshore of the boundaries.
    pub fn codes_near(&self, p: Coord<f64>, km: f64) -> Option<AdminCodes<'_>> {
        self.codes_at(p).or_else(|| {
            let &i = self.sub_districts.nearest_within(p, km)?;
            self.codes_of(&self.units[i as usize])
        })
    }

    /// A sub-district's p-codes with its parents'.
    fn codes_of<'a>(&'a self, admin3: &'a AdminUnit) -> Option<AdminCodes<'a>> {
        let admin2 = self.get(admin3.parent.as_deref()?)?;
        let admin1 = self.get(admin2.parent.as_deref()?)?;
        Some(AdminCodes {
            admin1: &admin1.pcode,
            admin2: &admin2.pcode,
            admin3: &admin3.pcode,
        })
    }

    /// The area with this p-code.
    pub fn get(&self, pcode: &str) -> Option<&AdminUnit> {
        self.by_pcode.get(pcode).map(|&i| &self.units[i])
    }

    /// Every area, governorates first within each branch as they were read.
    pub fn units(&self) -> &[AdminUnit] {
        &self.units
    }

    /// The sub-districts inside an area of any level (the area itself for a sub-district).
    pub fn sub_districts_of<'a>(&'a self, pcode: &'a str) -> impl Iterator<Item = &'a AdminUnit> {
        self.units
            .iter()
            .filter(move |u| u.level == 3 && u.pcode.starts_with(pcode))
    }
}
