//! Geometry on WGS84 coordinates (x = longitude, y = latitude): polygonal areas prepared for
//! fast point-in-polygon tests, an R-tree over many of them, and distances in kilometres.
//!
//! The areas are the OCHA boundaries and control layers: a few hundred polygons with up to a
//! few thousand vertices each, queried millions of times. A plain crossing-number test walks
//! every edge; [`PreparedArea`] cuts the area into horizontal bands and keeps, per band, the
//! edges that cross it, so a test walks a handful of edges.

use geo::{BoundingRect, Coord, Distance, Haversine, LineString, MultiPolygon, Point, Rect};
use rstar::RTree;
use rstar::primitives::{GeomWithData, Rectangle};

/// A polygonal area (holes and several parts allowed) prepared for point-in-polygon tests.
#[derive(Debug, Clone)]
pub struct PreparedArea {
    bbox: Rect<f64>,
    band_height: f64,
    /// For each band, from the bottom: the range of `edges` that cross it.
    bands: Vec<std::ops::Range<u32>>,
    /// Edges as `[x0, y0, x1, y1]`, grouped by band (an edge crossing several bands is in each).
    edges: Vec<[f64; 4]>,
    /// Every edge once, horizontal ones too: how far a point outside is from the area.
    boundary: Vec<[f64; 4]>,
}

/// Edges per band aimed at: small enough that a test is quick, large enough that an edge is
/// not copied into too many bands.
const EDGES_PER_BAND: usize = 4;
const MAX_BANDS: usize = 8192;

impl PreparedArea {
    /// Prepares an area; `None` for an area without any ring (nothing can be inside it).
    pub fn new(area: &MultiPolygon<f64>) -> Option<Self> {
        let bbox = area.bounding_rect()?;
        let mut segments: Vec<[f64; 4]> = Vec::new();
        for polygon in &area.0 {
            for ring in std::iter::once(polygon.exterior()).chain(polygon.interiors()) {
                segments.extend(
                    ring.lines()
                        .map(|l| [l.start.x, l.start.y, l.end.x, l.end.y]),
                );
            }
        }
        let boundary = segments.clone();
        let band_count = (segments.len() / EDGES_PER_BAND).clamp(1, MAX_BANDS);
        let band_height = (bbox.height() / band_count as f64).max(f64::MIN_POSITIVE);
        let band_of = |y: f64| (((y - bbox.min().y) / band_height) as usize).min(band_count - 1);
        let mut per_band: Vec<Vec<[f64; 4]>> = vec![Vec::new(); band_count];
        for s in segments {
            // Horizontal edges never change the crossing count.
            if s[1] == s[3] {
                continue;
            }
            let (low, high) = (s[1].min(s[3]), s[1].max(s[3]));
            for band in &mut per_band[band_of(low)..=band_of(high)] {
                band.push(s);
            }
        }
        let mut edges = Vec::new();
        let mut bands = Vec::with_capacity(band_count);
        for band in per_band {
            let start = edges.len() as u32;
            edges.extend(band);
            bands.push(start..edges.len() as u32);
        }
        Some(Self {
            bbox,
            band_height,
            bands,
            edges,
            boundary,
        })
    }

    /// The distance from a point to the area's boundary, in kilometres.
    pub fn km_to_boundary(&self, p: Coord<f64>) -> f64 {
        km_to_segments(
            p,
            self.boundary
                .iter()
                .map(|&[x0, y0, x1, y1]| (Coord { x: x0, y: y0 }, Coord { x: x1, y: y1 })),
        )
    }

    /// The bounding box.
    pub fn bbox(&self) -> Rect<f64> {
        self.bbox
    }

    /// Whether the point lies inside (even-odd rule over all rings, so holes are holes).
    /// A point exactly on the boundary may go either way.
    pub fn contains(&self, p: Coord<f64>) -> bool {
        let (min, max) = (self.bbox.min(), self.bbox.max());
        if !(p.x > min.x && p.x < max.x && p.y > min.y && p.y < max.y) {
            return false;
        }
        let band = (((p.y - min.y) / self.band_height) as usize).min(self.bands.len() - 1);
        let range = self.bands[band].clone();
        let mut inside = false;
        for &[x0, y0, x1, y1] in &self.edges[range.start as usize..range.end as usize] {
            if (y0 > p.y) != (y1 > p.y) && p.x < x0 + (p.y - y0) * (x1 - x0) / (y1 - y0) {
                inside = !inside;
            }
        }
        inside
    }
}

/// Many prepared areas, each carrying a value, with an R-tree over their bounding boxes.
#[derive(Debug)]
pub struct AreaIndex<T> {
    areas: Vec<(PreparedArea, T)>,
    tree: RTree<GeomWithData<Rectangle<[f64; 2]>, u32>>,
}

impl<T> Default for AreaIndex<T> {
    fn default() -> Self {
        Self {
            areas: Vec::new(),
            tree: RTree::new(),
        }
    }
}

impl<T> AreaIndex<T> {
    /// Indexes the areas; areas without any ring are left out.
    pub fn new(items: impl IntoIterator<Item = (MultiPolygon<f64>, T)>) -> Self {
        let areas: Vec<(PreparedArea, T)> = items
            .into_iter()
            .filter_map(|(shape, value)| Some((PreparedArea::new(&shape)?, value)))
            .collect();
        let boxes = areas
            .iter()
            .enumerate()
            .map(|(i, (area, _))| {
                let b = area.bbox();
                GeomWithData::new(
                    Rectangle::from_corners([b.min().x, b.min().y], [b.max().x, b.max().y]),
                    i as u32,
                )
            })
            .collect();
        Self {
            areas,
            tree: RTree::bulk_load(boxes),
        }
    }

    /// The values of the areas containing the point.
    pub fn containing(&self, p: Coord<f64>) -> impl Iterator<Item = &T> {
        self.tree
            .locate_all_at_point(&[p.x, p.y])
            .map(|hit| &self.areas[hit.data as usize])
            .filter(move |(area, _)| area.contains(p))
            .map(|(_, value)| value)
    }

    /// The value of the area nearest the point within `km` kilometres of its boundary, for a
    /// point that no area contains (a coastal town's point a few hundred metres offshore of a
    /// simplified coastline).
    pub fn nearest_within(&self, p: Coord<f64>, km: f64) -> Option<&T> {
        let dy = km / KM_PER_DEGREE;
        let dx = dy / p.y.to_radians().cos().max(0.01);
        let around = rstar::AABB::from_corners([p.x - dx, p.y - dy], [p.x + dx, p.y + dy]);
        self.tree
            .locate_in_envelope_intersecting(&around)
            .map(|hit| &self.areas[hit.data as usize])
            .map(|(area, value)| (area.km_to_boundary(p), value))
            .filter(|(distance, _)| *distance <= km)
            .min_by(|a, b| a.0.total_cmp(&b.0))
            .map(|(_, value)| value)
    }

    /// The number of areas.
    pub fn len(&self) -> usize {
        self.areas.len()
    }

    /// Whether there are no areas.
    pub fn is_empty(&self) -> bool {
        self.areas.is_empty()
    }
}

/// The great-circle distance between two points, in kilometres.
pub fn km_between(a: Coord<f64>, b: Coord<f64>) -> f64 {
    Haversine.distance(Point(a), Point(b)) / 1000.0
}

/// Kilometres per degree of latitude (and of longitude at the equator).
const KM_PER_DEGREE: f64 = 111.195;

/// The distance from a point to a line, in kilometres: exact enough for the few kilometres
/// a corridor or a buffer spans (the line is projected on the plane tangent at the point).
pub fn km_to_line(p: Coord<f64>, line: &LineString<f64>) -> f64 {
    km_to_segments(p, line.lines().map(|l| (l.start, l.end)))
}

/// The distance from a point to the nearest of some segments, in kilometres (projected on
/// the plane tangent at the point).
fn km_to_segments(p: Coord<f64>, segments: impl Iterator<Item = (Coord<f64>, Coord<f64>)>) -> f64 {
    let x_scale = KM_PER_DEGREE * p.y.to_radians().cos();
    let local = |c: Coord<f64>| ((c.x - p.x) * x_scale, (c.y - p.y) * KM_PER_DEGREE);
    segments
        .map(|(start, end)| {
            let (ax, ay) = local(start);
            let (bx, by) = local(end);
            let (dx, dy) = (bx - ax, by - ay);
            let length2 = dx * dx + dy * dy;
            let t = if length2 == 0.0 {
                0.0
            } else {
                (-(ax * dx + ay * dy) / length2).clamp(0.0, 1.0)
            };
            (ax + t * dx).hypot(ay + t * dy)
        })
        .fold(f64::INFINITY, f64::min)
}

/// The polygonal part of a GeoJSON geometry (`Polygon` or `MultiPolygon`).
pub fn polygons_of(geometry: &geojson::Geometry) -> Option<MultiPolygon<f64>> {
    match &geometry.value {
        geojson::GeometryValue::Polygon { .. } => geo::Polygon::try_from(&geometry.value)
            .ok()
            .map(|p| MultiPolygon(vec![p])),
        geojson::GeometryValue::MultiPolygon { .. } => MultiPolygon::try_from(&geometry.value).ok(),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use geo::{Contains, LineString, MultiPolygon, Polygon, coord};
    use proptest::prelude::*;

    use super::*;

    fn star(points: usize, hole: bool) -> MultiPolygon<f64> {
        // A star-shaped ring (many concave corners), optionally with a square hole.
        let ring: Vec<Coord<f64>> = (0..=points)
            .map(|i| {
                let a = (i % points) as f64 / points as f64 * std::f64::consts::TAU;
                let r = if i % 2 == 0 { 1.0 } else { 0.45 };
                coord! { x: 36.0 + r * a.cos(), y: 35.0 + r * a.sin() }
            })
            .collect();
        let holes = if hole {
            vec![LineString::from(vec![
                (35.9, 34.9),
                (36.1, 34.9),
                (36.1, 35.1),
                (35.9, 35.1),
                (35.9, 34.9),
            ])]
        } else {
            vec![]
        };
        MultiPolygon(vec![Polygon::new(LineString::from(ring), holes)])
    }

    proptest! {
        /// The banded test agrees with geo's reference `Contains` everywhere but on the
        /// boundary itself.
        #[test]
        fn banded_test_agrees_with_geo(points in 3usize..200, hole: bool, x in 34.8f64..37.2, y in 33.8f64..36.2) {
            let shape = star(points * 2, hole);
            let prepared = PreparedArea::new(&shape).unwrap();
            let p = coord! { x: x, y: y };
            prop_assume!(shape.0[0].exterior().lines().chain(shape.0[0].interiors().iter().flat_map(|r| r.lines()))
                .all(|l| km_to_line(p, &LineString::from(vec![l.start, l.end])) > 1e-6));
            prop_assert_eq!(prepared.contains(p), shape.contains(&Point(p)));
        }
    }

    #[test]
    fn index_finds_every_area_containing_a_point() {
        let index = AreaIndex::new([(star(40, false), "star"), (star(40, true), "holed")]);
        let centre = coord! { x: 36.0, y: 35.0 };
        assert_eq!(index.containing(centre).collect::<Vec<_>>(), vec![&"star"]);
        let ring = coord! { x: 36.3, y: 35.0 };
        let mut both: Vec<_> = index.containing(ring).collect();
        both.sort();
        assert_eq!(both, vec![&"holed", &"star"]);
        assert_eq!(index.containing(coord! { x: 40.0, y: 35.0 }).count(), 0);
    }

    #[test]
    fn distances_in_kilometres() {
        let damascus = coord! { x: 36.29128, y: 33.5102 };
        let aleppo = coord! { x: 37.16117, y: 36.20124 };
        let d = km_between(damascus, aleppo);
        assert!((d - 310.0).abs() < 5.0, "{d}");
        let line = LineString::from(vec![(36.0, 35.0), (37.0, 35.0)]);
        let north = coord! { x: 36.5, y: 35.0 + 6.0 / 111.195 };
        assert!((km_to_line(north, &line) - 6.0).abs() < 0.01);
        let beyond_end = coord! { x: 37.0 + 0.1, y: 35.0 };
        assert!(
            (km_to_line(beyond_end, &line) - km_between(beyond_end, coord! { x: 37.0, y: 35.0 }))
                .abs()
                < 0.05
        );
    }
}
