//! The dashboard's assets, embedded in the binary: its own files from `web/src`, and Leaflet
//! from `web/dist` (`npm run build` copies it there from npm; kept in the repository so that a
//! Rust build needs no Node.js).

use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};

/// (path, content type, bytes) of every asset.
const ASSETS: &[(&str, &str, &[u8])] = &[
    (
        "/",
        "text/html; charset=utf-8",
        include_bytes!("../../../web/src/index.html"),
    ),
    (
        "/app.js",
        "text/javascript; charset=utf-8",
        include_bytes!("../../../web/src/app.js"),
    ),
    (
        "/style.css",
        "text/css; charset=utf-8",
        include_bytes!("../../../web/src/style.css"),
    ),
    (
        "/leaflet.js",
        "text/javascript; charset=utf-8",
        include_bytes!("../../../web/dist/leaflet.js"),
    ),
    (
        "/leaflet.css",
        "text/css; charset=utf-8",
        include_bytes!("../../../web/dist/leaflet.css"),
    ),
    (
        "/images/layers.png",
        "image/png",
        include_bytes!("../../../web/dist/images/layers.png"),
    ),
    (
        "/images/layers-2x.png",
        "image/png",
        include_bytes!("../../../web/dist/images/layers-2x.png"),
    ),
    (
        "/images/marker-icon.png",
        "image/png",
        include_bytes!("../../../web/dist/images/marker-icon.png"),
    ),
    (
        "/images/marker-icon-2x.png",
        "image/png",
        include_bytes!("../../../web/dist/images/marker-icon-2x.png"),
    ),
    (
        "/images/marker-shadow.png",
        "image/png",
        include_bytes!("../../../web/dist/images/marker-shadow.png"),
    ),
];

/// The asset at `path`, if there is one.
pub(crate) fn asset(path: &str) -> Option<Response> {
    ASSETS
        .iter()
        .find(|(p, _, _)| *p == path)
        .map(|(_, kind, bytes)| {
            (
                StatusCode::OK,
                [
                    (header::CONTENT_TYPE, *kind),
                    (header::CACHE_CONTROL, "no-cache"),
                ],
                *bytes,
            )
                .into_response()
        })
}
