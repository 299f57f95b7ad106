//! The routes: incidents (listed, one, figures), reports filed, decisions and publication,
//! the review queue, login; and the OpenAPI description of them all.

use axum::extract::{Path, Query, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use serde::{Deserialize, Serialize};
use tower_http::limit::RequestBodyLimitLayer;
use truce_core::Outcome;
use truce_core::reconcile::Grade;
use truce_store::{IncidentFilter, IndexEntry, Selection, StoredIncident};
use utoipa::{IntoParams, OpenApi, ToSchema};
use utoipa_swagger_ui::SwaggerUi;

use crate::AppState;
use crate::auth::{Caller, SESSION_COOKIE, verify_password};
use crate::policy::{Role, audience};

/// The largest request body accepted.
const BODY_LIMIT: usize = 1 << 20;

/// An error as the API returns it.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct ApiError {
    #[serde(skip)]
    status: StatusCode,
    /// A stable code a program can act on.
    code: &'static str,
    /// What is wrong and what to do.
    message: String,
}

impl ApiError {
    fn new(status: StatusCode, code: &'static str, message: impl Into<String>) -> Self {
        Self {
            status,
            code,
            message: message.into(),
        }
    }

    pub(crate) fn unauthorized(message: &str) -> Self {
        Self::new(StatusCode::UNAUTHORIZED, "unauthorized", message)
    }

    pub(crate) fn login_required() -> Self {
        Self::unauthorized("log in (or send a token) to do this")
    }

    fn forbidden(what: &str) -> Self {
        Self::new(
            StatusCode::FORBIDDEN,
            "forbidden",
            format!("your role may not {what}"),
        )
    }

    fn not_found(id: &str) -> Self {
        Self::new(
            StatusCode::NOT_FOUND,
            "not_found",
            format!("no incident `{id}` that you may see"),
        )
    }

    fn invalid(message: impl Into<String>) -> Self {
        Self::new(StatusCode::UNPROCESSABLE_ENTITY, "invalid", message)
    }
}

impl From<truce_store::StoreError> for ApiError {
    fn from(e: truce_store::StoreError) -> Self {
        match e {
            truce_store::StoreError::Missing(m) => Self::new(StatusCode::NOT_FOUND, "not_found", m),
            truce_store::StoreError::Input(m) => Self::invalid(m.to_string()),
            other => Self::new(
                StatusCode::INTERNAL_SERVER_ERROR,
                "store",
                other.to_string(),
            ),
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        (self.status, Json(self)).into_response()
    }
}

/// Where an incident happened, as the caller may see it.
#[derive(Debug, Serialize, ToSchema)]
struct LocationView {
    name: Option<String>,
    lat: Option<f64>,
    lon: Option<f64>,
    admin1: Option<String>,
    admin2: Option<String>,
    admin3: Option<String>,
    geo_precision: Option<u8>,
}

#[derive(Debug, Serialize, ToSchema)]
struct ActorView {
    name: String,
    actor_id: Option<String>,
    /// The registry's Arabic name, where it has one.
    arabic: Option<String>,
    role: String,
    attribution: String,
}

#[derive(Debug, Serialize, ToSchema)]
struct FatalitiesView {
    low: Option<u32>,
    best: Option<u32>,
    high: Option<u32>,
}

impl From<truce_core::Fatalities> for FatalitiesView {
    fn from(f: truce_core::Fatalities) -> Self {
        Self {
            low: f.low,
            best: f.best,
            high: f.high,
        }
    }
}

/// One source's report, side by side with the others.
#[derive(Debug, Serialize, ToSchema)]
struct ReportView {
    id: String,
    source: Option<String>,
    date_start: Option<String>,
    fatalities: FatalitiesView,
    denial: bool,
    protected: bool,
}

#[derive(Debug, Serialize, ToSchema)]
struct DeterminationView {
    outcome: String,
    clauses: Vec<String>,
    reasons: Vec<String>,
    terms_version: String,
}

#[derive(Debug, Serialize, ToSchema)]
struct ReviewView {
    reviewer: String,
    outcome: String,
    clauses: Vec<String>,
    reason: String,
    automatic_outcome: Option<String>,
}

/// An incident as the caller may see it.
#[derive(Debug, Serialize, ToSchema)]
struct IncidentView {
    id: String,
    date_start: Option<String>,
    date_end: Option<String>,
    event_type: String,
    sub_event_type: String,
    location: LocationView,
    actors: Vec<ActorView>,
    fatalities: FatalitiesView,
    /// The outcome that stands (a reviewer's when reviewers agree).
    outcome: Option<String>,
    grade: String,
    grade_reason: String,
    published: bool,
    /// The automatic determination.
    determination: Option<DeterminationView>,
    reports: Vec<ReportView>,
    /// Reviewers' decisions (monitors and admins only).
    reviews: Option<Vec<ReviewView>>,
}

fn name_of<T: Serialize>(value: &T) -> String {
    serde_json::to_value(value)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}

/// What `role` sees of `incident`: protected sources and exact places only for staff.
fn view(state: &AppState, role: &Role, i: &StoredIncident) -> IncidentView {
    let terms = state.shown_terms();
    let (registry, _) = &*terms;
    let r = &i.record;
    let staff = role.is_staff();
    let coarse = r.protected && !staff;
    let l = &r.location;
    let location = if coarse {
        LocationView {
            name: None,
            lat: None,
            lon: None,
            admin1: l.admin1.clone(),
            admin2: l.admin2.clone(),
            admin3: None,
            geo_precision: Some(3),
        }
    } else {
        LocationView {
            name: l.name.clone(),
            lat: l.lat,
            lon: l.lon,
            admin1: l.admin1.clone(),
            admin2: l.admin2.clone(),
            admin3: l.admin3.clone(),
            geo_precision: l.geo_precision,
        }
    };
    IncidentView {
        id: r.id.clone(),
        date_start: r.date_start.map(|d| d.to_string()),
        date_end: r.date_end.map(|d| d.to_string()),
        event_type: r.event_type.clone(),
        sub_event_type: r.sub_event_type.name().to_owned(),
        location,
        actors: r
            .actors
            .iter()
            .map(|a| ActorView {
                name: a.name.clone(),
                actor_id: a.actor_id.clone(),
                arabic: a
                    .actor_id
                    .as_deref()
                    .and_then(|id| registry.by_id(id))
                    .and_then(|idx| registry.actor(idx).arabic.clone()),
                role: name_of(&a.role),
                attribution: name_of(&a.attribution),
            })
            .collect(),
        fatalities: r.fatalities.into(),
        outcome: i.outcome().map(str::to_owned),
        grade: i.verification.grade.as_str().to_owned(),
        grade_reason: if coarse {
            "graded on sources that are protected".to_owned()
        } else {
            i.verification.reason.clone()
        },
        published: i.published,
        determination: i.determination.as_ref().map(|d| DeterminationView {
            outcome: d.outcome.clone(),
            clauses: d.clauses.clone(),
            // The reasoning names the place; for a protected incident it waits for staff.
            reasons: if coarse {
                vec!["the reasoning names a protected place; monitors can read it".to_owned()]
            } else {
                d.reasons.clone()
            },
            terms_version: d.terms_version.clone(),
        }),
        reports: i
            .reports
            .iter()
            .map(|rep| {
                let hide = rep.record.protected && !staff;
                ReportView {
                    id: if hide {
                        "protected".to_owned()
                    } else {
                        rep.record.id.clone()
                    },
                    source: if hide {
                        Some("a protected source".to_owned())
                    } else {
                        rep.record.sources.iter().find_map(|s| s.name.clone())
                    },
                    date_start: rep.record.date_start.map(|d| d.to_string()),
                    fatalities: rep.record.fatalities.into(),
                    denial: rep.record.denial,
                    protected: rep.record.protected,
                }
            })
            .collect(),
        reviews: staff.then(|| {
            i.reviews
                .iter()
                .map(|v| ReviewView {
                    reviewer: v.reviewer.clone(),
                    outcome: v.outcome.clone(),
                    clauses: v.clauses.clone(),
                    reason: v.reason.clone(),
                    automatic_outcome: v.automatic_outcome.clone(),
                })
                .collect()
        }),
    }
}

/// Filters of the incident list.
#[derive(Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
struct ListQuery {
    /// First day (YYYY-MM-DD) of the incident's start.
    #[param(value_type = Option<String>, format = Date)]
    from: Option<jiff::civil::Date>,
    /// Last day (YYYY-MM-DD) of the incident's start.
    #[param(value_type = Option<String>, format = Date)]
    to: Option<jiff::civil::Date>,
    /// The outcome that stands.
    outcome: Option<String>,
    /// A registry actor id.
    actor: Option<String>,
    /// Governorate p-code.
    admin1: Option<String>,
    /// Verification grade.
    grade: Option<String>,
    /// `min_lon,min_lat,max_lon,max_lat`.
    bbox: Option<String>,
    /// The record as it stood at this instant (RFC 3339).
    #[param(value_type = Option<String>, format = DateTime)]
    as_of: Option<jiff::Timestamp>,
    /// The `next` of the previous page.
    cursor: Option<String>,
    /// Incidents per page (1 to 1000; 100 when absent).
    limit: Option<usize>,
}

/// A page of incidents, as the index summarises them (each one in full at
/// `/api/incidents/{id}`).
#[derive(Debug, Serialize, ToSchema)]
struct IncidentPage {
    #[schema(value_type = Vec<truce_store::IncidentSummary>)]
    items: Vec<Box<serde_json::value::RawValue>>,
    /// The cursor of the next page, when there is one.
    next: Option<String>,
}

/// The filters of a list request, checked.
fn filters(q: &ListQuery) -> Result<(IncidentFilter, Option<[f64; 4]>), ApiError> {
    if let Some(o) = &q.outcome
        && !Outcome::ALL.iter().any(|x| x.as_str() == o)
    {
        return Err(ApiError::invalid(format!(
            "outcome `{o}`: expected violation, permitted, not_covered, needs_review or insufficient_information"
        )));
    }
    let grade = q
        .grade
        .as_deref()
        .map(str::parse::<Grade>)
        .transpose()
        .map_err(ApiError::invalid)?;
    let bbox = q
        .bbox
        .as_deref()
        .map(|b| {
            let v: Vec<f64> = b.split(',').filter_map(|x| x.trim().parse().ok()).collect();
            match v[..] {
                [a, b, c, d] if a <= c && b <= d => Ok([a, b, c, d]),
                _ => Err(ApiError::invalid(
                    "bbox: expected min_lon,min_lat,max_lon,max_lat",
                )),
            }
        })
        .transpose()?;
    let filter = IncidentFilter {
        outcome: q.outcome.clone(),
        from: q.from,
        to: q.to,
        actor_id: q.actor.clone(),
        admin1: q.admin1.clone(),
        grade,
        as_of: q.as_of,
        ..Default::default()
    };
    Ok((filter, bbox))
}

/// What a caller asks of the incident list, and may see.
fn selection(caller: &Caller, q: &ListQuery) -> Result<Selection, ApiError> {
    let (filter, bbox) = filters(q)?;
    Ok(Selection {
        filter,
        bbox,
        audience: audience(&caller.role),
    })
}

/// The index entries `caller` may see under `q`'s filters, after `after` in list order, at
/// most `limit` of them.
async fn visible(
    state: &AppState,
    caller: &Caller,
    q: &ListQuery,
    after: Option<(String, String)>,
    limit: Option<usize>,
) -> Result<Vec<IndexEntry>, ApiError> {
    let selection = selection(caller, q)?;
    Ok(state
        .store
        .index_entries(&selection.query(after, limit))
        .await?)
}

/// A page's cursor: the list position of its last incident.
fn cursor_of(e: &IndexEntry) -> String {
    let (day, id) = e.position();
    format!("{day}|{id}")
}

#[utoipa::path(get, path = "/api/incidents", params(ListQuery),
    responses((status = 200, body = IncidentPage), (status = 401, body = ApiError), (status = 422, body = ApiError)))]
async fn list_incidents(
    State(state): State<AppState>,
    caller: Caller,
    Query(q): Query<ListQuery>,
) -> Result<Json<IncidentPage>, ApiError> {
    let limit = q.limit.unwrap_or(100);
    if !(1..=1000).contains(&limit) {
        return Err(ApiError::invalid("limit: expected 1 to 1000"));
    }
    let after = match &q.cursor {
        Some(c) => Some(
            c.split_once('|')
                .map(|(day, id)| (day.to_owned(), id.to_owned()))
                .ok_or_else(|| ApiError::invalid("cursor: expected the `next` of a page"))?,
        ),
        None => None,
    };
    let mut page = visible(&state, &caller, &q, after, Some(limit + 1)).await?;
    let next = (page.len() > limit).then(|| {
        page.truncate(limit);
        page.last().map(cursor_of)
    });
    let items = page
        .into_iter()
        .map(|e| serde_json::value::RawValue::from_string(e.summary))
        .collect::<Result<_, _>>()
        .map_err(|e| ApiError::new(StatusCode::INTERNAL_SERVER_ERROR, "index", e.to_string()))?;
    Ok(Json(IncidentPage {
        items,
        next: next.flatten(),
    }))
}

/// The record as it stood at an instant.
#[derive(Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
struct AsOfQuery {
    /// RFC 3339 instant.
    #[param(value_type = Option<String>, format = DateTime)]
    as_of: Option<jiff::Timestamp>,
}

#[utoipa::path(get, path = "/api/incidents/{id}", params(("id" = String, Path, description = "An incident, or one of its reports"), AsOfQuery),
    responses((status = 200, body = IncidentView), (status = 404, body = ApiError)))]
async fn one_incident(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
    Query(q): Query<AsOfQuery>,
) -> Result<Json<IncidentView>, ApiError> {
    let filter = IncidentFilter {
        id: Some(id.clone()),
        as_of: q.as_of,
        ..Default::default()
    };
    let found = state.store.incidents(&filter).await?;
    let incident = found
        .iter()
        .find(|i| audience(&caller.role).sees(i))
        // A protected report's id is not a way in for those who may not see it.
        .filter(|i| {
            caller.role.is_staff()
                || i.id() == id
                || i.reports
                    .iter()
                    .any(|r| r.record.id == id && !r.record.protected)
        })
        .ok_or_else(|| ApiError::not_found(&id))?;
    Ok(Json(view(&state, &caller.role, incident)))
}

/// The most incidents one map answer holds (a million markers help no one, and would cost
/// the server a gigabyte to join).
const MAP_LIMIT: usize = 100_000;

#[utoipa::path(get, path = "/api/incidents.geojson", params(ListQuery),
    responses((status = 200, description = "A GeoJSON FeatureCollection of the incidents (all pages), with what a map needs of each: where, when, what, the outcome that stands, the toll and who", content_type = "application/geo+json"), (status = 422, description = "More than 100,000 incidents answer the query", body = ApiError)))]
async fn incidents_geojson(
    State(state): State<AppState>,
    caller: Caller,
    Query(q): Query<ListQuery>,
) -> Result<Response, ApiError> {
    let selection = selection(&caller, &q)?;
    let (features, count) = state
        .store
        .index_features(&selection.query(None, Some(MAP_LIMIT + 1)))
        .await?;
    if count > MAP_LIMIT as u64 {
        return Err(ApiError::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "too_many",
            format!(
                "more than {MAP_LIMIT} incidents answer this query, more than a map can show: narrow it (from, to, outcome, bbox), or export it as CSV"
            ),
        ));
    }
    let body = format!(r#"{{"type":"FeatureCollection","features":[{features}]}}"#);
    Ok(([(header::CONTENT_TYPE, "application/geo+json")], body).into_response())
}

#[utoipa::path(get, path = "/api/incidents.csv", params(ListQuery),
    responses((status = 200, description = "The incidents as CSV (all pages)", content_type = "text/csv")))]
async fn incidents_csv(
    State(state): State<AppState>,
    caller: Caller,
    Query(q): Query<ListQuery>,
) -> Result<Response, ApiError> {
    // Streamed a page of 500 at a time: the whole record of a mission is one request away,
    // and the server holds one page of it. The first page is read before answering, so that
    // a bad query or an unreadable record is an error status, not a cut-off file.
    let mut pages = state.store.incident_pages(selection(&caller, &q)?, 500);
    let first = pages.next().await?.unwrap_or_default();
    let (sender, receiver) = tokio::sync::mpsc::channel(2);
    tokio::spawn(async move {
        let mut page = Some(first);
        let mut header = true;
        while let Some(incidents) = page.take() {
            let chunk = csv_rows(&state, &caller.role, header, &incidents);
            header = false;
            if sender.send(chunk).await.is_err() {
                return; // the client went away
            }
            page = match pages.next().await {
                Ok(next) => next,
                Err(e) => {
                    // Headers are sent: the transfer is cut short, which the client sees.
                    let _ = sender.send(Err(std::io::Error::other(e))).await;
                    return;
                }
            };
        }
    });
    Ok((
        [(header::CONTENT_TYPE, "text/csv; charset=utf-8")],
        axum::body::Body::from_stream(Chunks(receiver)),
    )
        .into_response())
}

/// A streamed body's chunks, as they are made.
struct Chunks(tokio::sync::mpsc::Receiver<std::io::Result<axum::body::Bytes>>);

impl futures_core::Stream for Chunks {
    type Item = std::io::Result<axum::body::Bytes>;

    fn poll_next(
        mut self: std::pin::Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
    ) -> std::task::Poll<Option<Self::Item>> {
        self.0.poll_recv(cx)
    }
}

/// Incidents as CSV rows (after the header row, when `header`), as `role` may see them.
fn csv_rows(
    state: &AppState,
    role: &Role,
    header: bool,
    incidents: &[StoredIncident],
) -> std::io::Result<axum::body::Bytes> {
    let mut w = csv::Writer::from_writer(Vec::new());
    if header {
        w.write_record([
            "id",
            "date_start",
            "date_end",
            "event_type",
            "sub_event_type",
            "place",
            "lat",
            "lon",
            "admin1",
            "admin2",
            "low",
            "best",
            "high",
            "outcome",
            "grade",
            "published",
        ])?;
    }
    let text = |x: Option<String>| x.unwrap_or_default();
    let number = |x: Option<u32>| x.map(|n| n.to_string()).unwrap_or_default();
    for i in incidents {
        let v = view(state, role, i);
        w.write_record([
            v.id,
            text(v.date_start),
            text(v.date_end),
            v.event_type,
            v.sub_event_type,
            text(v.location.name),
            text(v.location.lat.map(|x| x.to_string())),
            text(v.location.lon.map(|x| x.to_string())),
            text(v.location.admin1),
            text(v.location.admin2),
            number(v.fatalities.low),
            number(v.fatalities.best),
            number(v.fatalities.high),
            text(v.outcome),
            v.grade,
            v.published.to_string(),
        ])?;
    }
    w.into_inner()
        .map(axum::body::Bytes::from)
        .map_err(|e| e.into_error())
}

#[utoipa::path(get, path = "/api/admin-areas.geojson",
    responses((status = 200, description = "OCHA sub-district boundaries of Syria (2016), the map's base layer", content_type = "application/geo+json")))]
async fn admin_areas() -> Response {
    (
        [
            (header::CONTENT_TYPE, "application/geo+json"),
            (header::CACHE_CONTROL, "public, max-age=86400"),
        ],
        truce_places::ADMIN_AREAS_GEOJSON,
    )
        .into_response()
}

/// The texts the record runs on.
#[derive(Debug, Serialize, ToSchema)]
struct Terms {
    agreement_id: String,
    /// The terms file (TOML; docs/terms-format.md).
    terms: String,
    /// The actor registry (TOML).
    registry: String,
}

#[utoipa::path(get, path = "/api/terms", responses((status = 200, body = Terms)))]
async fn terms(State(state): State<AppState>) -> Result<Json<Terms>, ApiError> {
    let files = state
        .store
        .scenario()
        .await?
        .ok_or_else(|| ApiError::new(StatusCode::NOT_FOUND, "not_found", "no terms loaded"))?;
    Ok(Json(Terms {
        agreement_id: files.agreement_id,
        terms: files.terms_text,
        registry: files.registry_text,
    }))
}

/// A territorial-control layer.
#[derive(Debug, Serialize, ToSchema)]
struct ControlLayerView {
    name: String,
    records: i64,
    /// The layer (GeoJSON text; docs/control-format.md).
    geojson: String,
}

#[utoipa::path(get, path = "/api/control", responses((status = 200, body = Vec<ControlLayerView>)))]
async fn control(State(state): State<AppState>) -> Result<Json<Vec<ControlLayerView>>, ApiError> {
    Ok(Json(
        state
            .store
            .control_layers()
            .await?
            .into_iter()
            .map(|c| ControlLayerView {
                name: c.name,
                records: c.records,
                geojson: c.text,
            })
            .collect(),
    ))
}

/// A split or a merge by hand.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
struct Regroup {
    reason: String,
}

/// Where reports now are.
#[derive(Debug, Serialize, ToSchema)]
struct Placed {
    report: String,
    incident: String,
}

#[utoipa::path(post, path = "/api/reports/{id}/split", params(("id" = String, Path, description = "The report")), request_body = Regroup,
    responses((status = 200, body = Vec<Placed>), (status = 401, body = ApiError), (status = 403, body = ApiError), (status = 404, body = ApiError)))]
async fn split(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
    Json(body): Json<Regroup>,
) -> Result<Json<Vec<Placed>>, ApiError> {
    let reviewer = staff_action(&caller, "split incidents", &body.reason)?;
    let moved = state.store.split(&reviewer, &id, &body.reason).await?;
    Ok(Json(placed(moved)))
}

#[utoipa::path(post, path = "/api/incidents/{id}/merge/{other}", params(("id" = String, Path, description = "The incident that stays"), ("other" = String, Path, description = "The incident whose reports join it")), request_body = Regroup,
    responses((status = 200, body = Vec<Placed>), (status = 401, body = ApiError), (status = 403, body = ApiError), (status = 404, body = ApiError)))]
async fn merge(
    State(state): State<AppState>,
    caller: Caller,
    Path((id, other)): Path<(String, String)>,
    Json(body): Json<Regroup>,
) -> Result<Json<Vec<Placed>>, ApiError> {
    let reviewer = staff_action(&caller, "merge incidents", &body.reason)?;
    let moved = state
        .store
        .merge_incidents(&reviewer, &id, &other, &body.reason)
        .await?;
    Ok(Json(placed(moved)))
}

/// The monitor or admin calling, or why the caller may not `what`.
fn staff(caller: &Caller, what: &str) -> Result<String, ApiError> {
    let name = caller.actor()?.to_owned();
    if !caller.role.is_staff() {
        return Err(ApiError::forbidden(what));
    }
    Ok(name)
}

/// The reviewer of a staff action with a reason, or why not.
fn staff_action(caller: &Caller, what: &str, reason: &str) -> Result<String, ApiError> {
    let name = staff(caller, what)?;
    if reason.trim().is_empty() {
        return Err(ApiError::invalid(
            "reason: say why, so that another reviewer can check it",
        ));
    }
    Ok(name)
}

fn placed(moved: Vec<truce_store::Membership>) -> Vec<Placed> {
    moved
        .into_iter()
        .map(|m| Placed {
            report: m.report_id,
            incident: m.incident_id,
        })
        .collect()
}

#[utoipa::path(get, path = "/api/figures", params(AsOfQuery), responses((status = 200, body = truce_store::IndexFigures, description = "Counts over the incidents the caller may see")))]
async fn figures(
    State(state): State<AppState>,
    caller: Caller,
    Query(q): Query<AsOfQuery>,
) -> Result<Json<truce_store::IndexFigures>, ApiError> {
    let list = ListQuery {
        as_of: q.as_of,
        ..Default::default()
    };
    let selection = selection(&caller, &list)?;
    Ok(Json(
        state
            .store
            .index_figures(&selection.query(None, None))
            .await?,
    ))
}

/// What filing a report did.
#[derive(Debug, Serialize, ToSchema)]
struct Filed {
    /// The report's id in the record (`report:USER.KEY`).
    report: String,
    /// The incident it belongs to.
    incident: Option<String>,
    /// `new`, `revised` or `unchanged`.
    status: &'static str,
}

#[utoipa::path(post, path = "/api/reports", request_body(content = Object, description = "A filed report: see `truce import reports --help`"),
    responses((status = 200, body = Filed), (status = 401, body = ApiError), (status = 403, body = ApiError), (status = 422, body = ApiError)))]
async fn file_report(
    State(state): State<AppState>,
    caller: Caller,
    body: String,
) -> Result<Json<Filed>, ApiError> {
    let actor = caller.actor()?.to_owned();
    if !caller.role.may_file() {
        return Err(ApiError::forbidden("file reports"));
    }
    let mut filed: truce_import::filed::FiledReport =
        serde_json::from_str(&body).map_err(|e| ApiError::invalid(format!("the report: {e}")))?;
    // Keys are the filer's own: two filers' "0001" are two reports.
    filed.key = format!("{actor}.{}", filed.key);
    let terms = state.terms().await?;
    let (registry, _) = &*terms;
    let record = filed.into_record(registry).map_err(ApiError::invalid)?;
    let id = record.id.clone();
    let report = truce_store::Report::filed(record, body);
    let summary = state
        .store
        .import(
            &actor,
            "api",
            registry,
            None,
            std::iter::once(Ok::<_, std::convert::Infallible>(report)),
        )
        .await?;
    let filter = IncidentFilter {
        id: Some(id.clone()),
        ..Default::default()
    };
    let incident = state
        .store
        .incidents(&filter)
        .await?
        .first()
        .map(|i| i.id().to_owned());
    let status = if summary.new > 0 {
        "new"
    } else if summary.revised > 0 {
        "revised"
    } else {
        "unchanged"
    };
    Ok(Json(Filed {
        report: id,
        incident,
        status,
    }))
}

/// A reviewer's decision.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
struct Decision {
    outcome: String,
    reason: String,
    #[serde(default)]
    clauses: Vec<String>,
}

#[utoipa::path(post, path = "/api/incidents/{id}/decision", params(("id" = String, Path)), request_body = Decision,
    responses((status = 200, body = IncidentView), (status = 401, body = ApiError), (status = 403, body = ApiError), (status = 422, body = ApiError)))]
async fn decide(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
    Json(d): Json<Decision>,
) -> Result<Json<IncidentView>, ApiError> {
    let reviewer = staff_action(&caller, "decide outcomes", &d.reason)?;
    let review = truce_store::Review {
        incident_id: id.clone(),
        reviewer,
        outcome: d.outcome,
        clauses: d.clauses,
        reason: d.reason,
        automatic_outcome: None,
    };
    review
        .check(&state.terms().await?.1)
        .map_err(ApiError::invalid)?;
    state.store.review(review).await?;
    one_incident(State(state), caller, Path(id), Query(AsOfQuery::default())).await
}

/// Publication.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
struct PublicationBody {
    published: bool,
}

#[utoipa::path(post, path = "/api/incidents/{id}/publication", params(("id" = String, Path)), request_body = PublicationBody,
    responses((status = 200, body = IncidentView), (status = 401, body = ApiError), (status = 403, body = ApiError), (status = 404, body = ApiError)))]
async fn publish(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
    Json(body): Json<PublicationBody>,
) -> Result<Json<IncidentView>, ApiError> {
    let actor = staff(&caller, "publish incidents")?;
    state.store.publish(&actor, &id, body.published).await?;
    one_incident(State(state), caller, Path(id), Query(AsOfQuery::default())).await
}

/// One incident waiting for a person.
#[derive(Debug, Serialize, ToSchema)]
struct QueueItem {
    incident: IncidentView,
    why: Vec<String>,
}

/// The review queue's head.
#[derive(Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
struct QueueQuery {
    /// RFC 3339 instant.
    #[param(value_type = Option<String>, format = DateTime)]
    as_of: Option<jiff::Timestamp>,
    /// How many of the oldest (1 to 1000; 100 when absent).
    limit: Option<usize>,
}

#[utoipa::path(get, path = "/api/review-queue", params(QueueQuery),
    responses((status = 200, body = Vec<QueueItem>), (status = 401, body = ApiError), (status = 403, body = ApiError), (status = 422, body = ApiError)))]
async fn review_queue(
    State(state): State<AppState>,
    caller: Caller,
    Query(q): Query<QueueQuery>,
) -> Result<Json<Vec<QueueItem>>, ApiError> {
    staff(&caller, "read the review queue")?;
    let limit = q.limit.unwrap_or(100);
    if !(1..=1000).contains(&limit) {
        return Err(ApiError::invalid("limit: expected 1 to 1000"));
    }
    let queue = state.store.review_queue(q.as_of, Some(limit)).await?;
    Ok(Json(
        queue
            .iter()
            .map(|(i, why)| QueueItem {
                incident: view(&state, &caller.role, i),
                why: why.iter().map(ToString::to_string).collect(),
            })
            .collect(),
    ))
}

/// A login.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
struct Login {
    name: String,
    password: String,
}

/// Who logged in.
#[derive(Debug, Serialize, ToSchema)]
struct LoggedIn {
    name: String,
    role: String,
}

#[utoipa::path(post, path = "/api/login", request_body = Login,
    responses((status = 200, body = LoggedIn), (status = 401, body = ApiError), (status = 429, body = ApiError)))]
async fn login(
    State(state): State<AppState>,
    headers: axum::http::HeaderMap,
    Json(l): Json<Login>,
) -> Result<Response, ApiError> {
    if !state.logins.allows(&l.name) {
        return Err(ApiError::new(
            StatusCode::TOO_MANY_REQUESTS,
            "rate_limited",
            "too many failed logins for this name: wait a minute",
        ));
    }
    let user = state.store.user(&l.name).await?;
    let Some(user) = user.filter(|u| {
        u.password_hash
            .as_deref()
            .is_some_and(|h| verify_password(h, &l.password))
    }) else {
        state.logins.failed(&l.name);
        return Err(ApiError::unauthorized("wrong name or password"));
    };
    state.logins.succeeded(&l.name);
    let token = crate::auth::new_token();
    state
        .store
        .issue_token(&user.name, &user.name, &truce_store::ledger::digest(&token))
        .await?;
    let cookie = format!("{SESSION_COOKIE}={token}; {}", cookie_attributes(&headers));
    Ok((
        [(header::SET_COOKIE, cookie)],
        Json(LoggedIn {
            name: user.name,
            role: user.role,
        }),
    )
        .into_response())
}

/// The session cookie's attributes: never readable by scripts, never sent cross-site, and
/// `Secure` — sent over HTTPS only — when the request came through a proxy that terminated
/// TLS (`X-Forwarded-Proto: https`, as a mission server is deployed). Served directly over
/// plain HTTP (a laptop, a test), a Secure cookie would not come back.
fn cookie_attributes(headers: &axum::http::HeaderMap) -> &'static str {
    let https = headers
        .get("x-forwarded-proto")
        .and_then(|v| v.to_str().ok())
        .is_some_and(|p| p.eq_ignore_ascii_case("https"));
    if https {
        "HttpOnly; SameSite=Strict; Path=/; Secure"
    } else {
        "HttpOnly; SameSite=Strict; Path=/"
    }
}

/// Every operation may answer with the API's errors: this documents them all, once.
#[derive(Debug)]
struct StandardErrors;

impl utoipa::Modify for StandardErrors {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        use utoipa::openapi::{ContentBuilder, Ref, ResponseBuilder};
        let errors = [
            ("400", "The query or path is malformed"),
            (
                "401",
                "No valid login or token (where one is needed, or one was sent)",
            ),
            ("403", "The role may not do this"),
            ("404", "No such incident, report or route, for this caller"),
            ("413", "The body is over 1 MiB"),
            ("415", "The body is not JSON"),
            (
                "422",
                "The input is invalid: the message says what and where",
            ),
            ("429", "Too many failed logins"),
        ];
        for item in openapi.paths.paths.values_mut() {
            for op in [
                &mut item.get,
                &mut item.post,
                &mut item.put,
                &mut item.delete,
                &mut item.patch,
            ]
            .into_iter()
            .flatten()
            {
                for (code, description) in errors {
                    op.responses
                        .responses
                        .entry(code.to_owned())
                        .or_insert_with(|| {
                            ResponseBuilder::new()
                                .description(description)
                                .content(
                                    "application/json",
                                    ContentBuilder::new()
                                        .schema(Some(Ref::from_schema_name("ApiError")))
                                        .build(),
                                )
                                .into()
                        });
                }
            }
        }
    }
}

/// Errors the framework produces (a query, path or body it cannot read; an oversize body)
/// said as the API says them: JSON with a code and a message.
pub(crate) async fn json_errors(response: Response) -> Response {
    let status = response.status();
    let is_json = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/json"));
    if !(status.is_client_error() || status.is_server_error()) || is_json {
        return response;
    }
    let text = axum::body::to_bytes(response.into_body(), 64 * 1024)
        .await
        .map(|b| String::from_utf8_lossy(&b).into_owned())
        .unwrap_or_default();
    let code = match status {
        StatusCode::PAYLOAD_TOO_LARGE => "too_large",
        StatusCode::UNSUPPORTED_MEDIA_TYPE => "not_json",
        StatusCode::METHOD_NOT_ALLOWED => "method_not_allowed",
        s if s.is_server_error() => "server",
        _ => "invalid",
    };
    let message = if text.is_empty() {
        status.canonical_reason().unwrap_or("error").to_owned()
    } else {
        text
    };
    ApiError::new(status, code, message).into_response()
}

#[derive(Debug, OpenApi)]
#[openapi(
    modifiers(&StandardErrors),
    info(
        title = "Truce",
        description = "The shared record a ceasefire runs on: incidents, determinations, reviews."
    ),
    paths(
        list_incidents,
        one_incident,
        incidents_geojson,
        incidents_csv,
        figures,
        file_report,
        decide,
        publish,
        split,
        merge,
        review_queue,
        terms,
        control,
        admin_areas,
        login,
        logout
    ),
    components(schemas(
        ApiError,
        IncidentView,
        IncidentPage,
        truce_store::IndexFigures,
        Filed,
        Decision,
        PublicationBody,
        Regroup,
        Placed,
        QueueItem,
        Terms,
        ControlLayerView,
        Login,
        LoggedIn
    ))
)]
/// The OpenAPI 3 description of the API.
pub struct ApiDoc;

async fn openapi() -> Json<utoipa::openapi::OpenApi> {
    Json(ApiDoc::openapi())
}

/// The dashboard's assets, else a JSON 404.
async fn no_route(uri: axum::http::Uri) -> Response {
    crate::dashboard::asset(uri.path()).unwrap_or_else(|| {
        ApiError::new(
            StatusCode::NOT_FOUND,
            "not_found",
            "no such route (see /openapi.json)",
        )
        .into_response()
    })
}

#[utoipa::path(post, path = "/api/logout", responses((status = 204, description = "The session ends: its token is withdrawn and the cookie cleared")))]
async fn logout(
    State(state): State<AppState>,
    caller: Caller,
    headers: axum::http::HeaderMap,
) -> Result<Response, ApiError> {
    if let (Some(name), Some(token)) = (&caller.name, crate::auth::session_token(&headers)) {
        state
            .store
            .revoke_token(name, &truce_store::ledger::digest(token))
            .await?;
    }
    Ok((
        StatusCode::NO_CONTENT,
        [(
            header::SET_COOKIE,
            format!(
                "{SESSION_COOKIE}=; Max-Age=0; {}",
                cookie_attributes(&headers)
            ),
        )],
    )
        .into_response())
}

pub(crate) fn router(state: AppState) -> Router {
    Router::new()
        .route("/api/incidents", get(list_incidents))
        .route("/api/incidents.geojson", get(incidents_geojson))
        .route("/api/incidents.csv", get(incidents_csv))
        .route("/api/admin-areas.geojson", get(admin_areas))
        .route("/api/terms", get(terms))
        .route("/api/control", get(control))
        .route("/api/reports/{id}/split", post(split))
        .route("/api/incidents/{id}/merge/{other}", post(merge))
        .route("/api/incidents/{id}", get(one_incident))
        .route("/api/incidents/{id}/decision", post(decide))
        .route("/api/incidents/{id}/publication", post(publish))
        .route("/api/reports", post(file_report))
        .route("/api/review-queue", get(review_queue))
        .route("/api/figures", get(figures))
        .route("/api/login", post(login))
        .route("/api/logout", post(logout))
        .route("/openapi.json", get(openapi))
        .merge(SwaggerUi::new("/api-docs").url("/api-docs/openapi.json", ApiDoc::openapi()))
        .fallback(no_route)
        .layer(RequestBodyLimitLayer::new(BODY_LIMIT))
        // Outermost, so that the body limit's refusal is said in JSON too.
        .layer(axum::middleware::map_response(json_errors))
        .with_state(state)
}
