// The Truce dashboard: the API's incidents on an offline map (the OCHA boundaries are the
// base layer; no tiles), with filters, an incident panel and, for monitors, the review.
"use strict";

const COLOURS = {
  violation: "#c0392b", needs_review: "#d68910", permitted: "#2e86c1",
  not_covered: "#7f8c8d", insufficient_information: "#95a5a6",
};
// The cessation of hostilities of 27 February 2016, and the period the slider covers.
const COMMENCEMENT = "2016-02-27";
const PERIOD = ["2016-02-01", "2016-03-31"];

const state = { me: null, markers: L.layerGroup(), loads: 0 };
const $ = (id) => document.getElementById(id);

async function api(path, options = {}) {
  const response = await fetch(path, {
    credentials: "same-origin",
    headers: options.body ? { "Content-Type": "application/json" } : {},
    ...options,
  });
  const body = await response.json().catch(() => null);
  if (!response.ok) throw new Error(body && body.message ? body.message : response.statusText);
  return body;
}

function text(tag, content, attrs = {}) {
  const el = document.createElement(tag);
  if (content !== undefined && content !== null) el.textContent = String(content);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  return el;
}

const map = L.map("map", { zoomControl: true, attributionControl: true }).setView([35.0, 38.5], 7);
map.attributionControl.addAttribution("Boundaries: OCHA (CC BY-IGO); events: UCDP GED (CC BY 4.0)");
state.markers.addTo(map);

async function baseLayer() {
  const areas = await api("/api/admin-areas.geojson");
  L.geoJSON(areas, { style: { color: "#8a99a8", weight: 0.6, fillColor: "#f4f1e8", fillOpacity: 1 } })
    .addTo(map).bringToBack();
}

function days() {
  const out = [];
  for (let d = new Date(PERIOD[0]); d <= new Date(PERIOD[1]); d.setUTCDate(d.getUTCDate() + 1)) {
    out.push(d.toISOString().slice(0, 10));
  }
  return out;
}

function setupSlider() {
  const all = days();
  const slider = $("day");
  slider.max = String(all.length - 1);
  slider.value = String(all.length - 1);
  const label = () => {
    const day = all[Number(slider.value)];
    $("day-label").textContent = day + (day === COMMENCEMENT ? " (commencement)" : day < COMMENCEMENT ? " (before commencement)" : "");
    $("to").value = day;
  };
  slider.addEventListener("input", label);
  slider.addEventListener("change", () => load());
  label();
}

function query() {
  const params = new URLSearchParams();
  if ($("from").value) params.set("from", $("from").value);
  if ($("to").value) params.set("to", $("to").value);
  if ($("outcome").value) params.set("outcome", $("outcome").value);
  return params.toString();
}

async function load() {
  // Only the latest load draws: an earlier one that answers late is dropped.
  const mine = ++state.loads;
  const collection = await api("/api/incidents.geojson?" + query());
  if (mine !== state.loads) return;
  state.markers.clearLayers();
  let shown = 0;
  for (const f of collection.features) {
    if (!f.geometry) continue;
    shown += 1;
    const p = f.properties;
    const deaths = p.deaths || 0;
    const marker = L.circleMarker([f.geometry.coordinates[1], f.geometry.coordinates[0]], {
      radius: 4 + Math.min(16, Math.sqrt(deaths) * 2),
      color: COLOURS[p.outcome] || "#555", weight: 1, fillOpacity: 0.7,
      className: "incident-marker",
    });
    marker.on("click", () => openIncident(p.id));
    marker.bindTooltip(`${p.date_start} ${p.sub_event_type} — ${p.outcome || "undetermined"}`);
    marker.addTo(state.markers);
  }
  $("count").textContent = `${collection.features.length} incident(s), ${shown} on the map`;
  chart(collection.features);
  if (state.me && (state.me.role === "monitor" || state.me.role === "admin")) await queue();
}

// Violations per day per party, over the incidents shown.
function chart(features) {
  const perDay = new Map();
  const parties = new Map();
  for (const f of features) {
    const p = f.properties;
    if (p.outcome !== "violation" || !p.date_start) continue;
    const row = perDay.get(p.date_start) || new Map();
    for (const a of p.actors) {
      if (a.role === "target") continue;
      const name = a.actor_id || a.name;
      row.set(name, (row.get(name) || 0) + 1);
      parties.set(name, (parties.get(name) || 0) + 1);
    }
    perDay.set(p.date_start, row);
  }
  const box = $("chart");
  box.replaceChildren(text("h2", "Violations per day, per party"));
  if (perDay.size === 0) {
    box.append(text("p", "No violation among the incidents shown.", { class: "hint" }));
    return;
  }
  const names = [...parties.keys()].sort((a, b) => parties.get(b) - parties.get(a));
  const table = document.createElement("table");
  const head = document.createElement("tr");
  head.append(text("th", "day"), ...names.map((n) => text("th", n)));
  table.append(head);
  for (const day of [...perDay.keys()].sort()) {
    const row = document.createElement("tr");
    row.append(text("td", day + (day === COMMENCEMENT ? " (commencement)" : "")));
    for (const n of names) {
      const count = perDay.get(day).get(n) || 0;
      const cell = document.createElement("td");
      cell.append(text("span", "", { class: "bar", style: `width:${8 * count}px` }), text("span", count ? ` ${count}` : ""));
      row.append(cell);
    }
    table.append(row);
  }
  box.append(table);
}

async function queue() {
  const items = await api("/api/review-queue");
  $("queue").hidden = false;
  const list = $("queue-list");
  list.replaceChildren();
  for (const item of items.slice(0, 50)) {
    const li = text("li", "");
    const link = text("a", `${item.incident.id} (${item.incident.date_start})`, { href: "#incident=" + encodeURIComponent(item.incident.id) });
    li.append(link, text("span", " — " + item.why.join("; ")));
    list.append(li);
  }
}

async function openIncident(id) {
  const panel = $("panel");
  let incident;
  try {
    incident = await api("/api/incidents/" + encodeURIComponent(id));
  } catch (e) {
    panel.replaceChildren(text("p", `Incident ${id}: ${e.message}`, { class: "error" }));
    return;
  }
  history.replaceState(null, "", "#incident=" + encodeURIComponent(id));
  const outcome = incident.outcome || "undetermined";
  const h = text("h2", incident.id, { id: "incident-id" });
  const badge = text("span", outcome, { class: "outcome " + outcome, id: "incident-outcome" });
  const what = text("p", `${incident.date_start} · ${incident.sub_event_type} · ${incident.location.name || "(place withheld)"} · ${incident.location.admin1 || ""}`);
  const grade = text("p", `Verification: ${incident.grade} — ${incident.grade_reason}`);
  const actors = text("ul", "");
  for (const a of incident.actors) {
    const li = text("li", `${a.name} (${a.role}, ${a.attribution})`);
    // The registry's Arabic name, right to left.
    if (a.arabic) li.append(" ", text("span", a.arabic, { lang: "ar", dir: "rtl" }));
    actors.append(li);
  }
  const reasons = text("ol", "", { id: "reasons" });
  if (incident.determination) {
    for (const r of incident.determination.reasons) reasons.append(text("li", r));
  }
  const auto = text("p", incident.determination ? `Automatic: ${incident.determination.outcome} (${incident.determination.clauses.join(", ") || "no clause"})` : "Not determined yet");
  const reports = document.createElement("table");
  reports.className = "reports";
  reports.append(Object.assign(document.createElement("tr"), { innerHTML: "<th>report</th><th>source</th><th>deaths</th>" }));
  for (const r of incident.reports) {
    const row = document.createElement("tr");
    row.append(text("td", r.id + (r.denial ? " (denial)" : "")), text("td", r.source || ""), text("td", r.fatalities.best ?? ""));
    reports.append(row);
  }
  panel.replaceChildren(h, badge, what, grade, text("h3", "Actors"), actors, text("h3", "Reasoning"), auto, reasons, text("h3", "Sources"), reports);
  if (incident.reviews) {
    const history = text("ul", "", { id: "reviews" });
    for (const v of incident.reviews) history.append(text("li", `${v.reviewer}: ${v.outcome} — ${v.reason} (automatic: ${v.automatic_outcome || "none"})`));
    panel.append(text("h3", "Review history"), history, reviewForm(incident));
  }
}

function reviewForm(incident) {
  const form = document.createElement("form");
  form.id = "review";
  const select = text("select", "", { id: "review-outcome", "aria-label": "Outcome" });
  for (const o of Object.keys(COLOURS)) select.append(text("option", o));
  const reason = text("input", "", { id: "review-reason", placeholder: "reason", required: "" });
  const publish = text("input", "", { id: "review-publish", type: "checkbox" });
  publish.checked = incident.published;
  const label = text("label", " published");
  label.prepend(publish);
  const submit = text("button", "Decide", { type: "submit" });
  form.append(text("h3", "Decide"), select, reason, label, submit);
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    try {
      await api(`/api/incidents/${encodeURIComponent(incident.id)}/decision`, {
        method: "POST", body: JSON.stringify({ outcome: select.value, reason: reason.value }),
      });
      if (publish.checked !== incident.published) {
        await api(`/api/incidents/${encodeURIComponent(incident.id)}/publication`, {
          method: "POST", body: JSON.stringify({ published: publish.checked }),
        });
      }
      await openIncident(incident.id);
      await load();
    } catch (e) {
      form.append(text("p", e.message, { class: "error" }));
    }
  });
  return form;
}

function signedIn(me) {
  state.me = me;
  localStorage.setItem("truce-me", me ? JSON.stringify(me) : "");
  $("login").hidden = !!me;
  $("whoami").hidden = !me;
  $("whoami-text").textContent = me ? `${me.name} (${me.role})` : "";
  if (!me) $("queue").hidden = true;
}

$("login").addEventListener("submit", async (event) => {
  event.preventDefault();
  try {
    const me = await api("/api/login", { method: "POST", body: JSON.stringify({ name: $("login-name").value, password: $("login-password").value }) });
    signedIn(me);
    await load();
    if (location.hash.startsWith("#incident=")) await openIncident(decodeURIComponent(location.hash.slice(10)));
  } catch (e) {
    alert(e.message);
  }
});

$("logout").addEventListener("click", async () => {
  document.cookie = "truce_session=; Max-Age=0; path=/";
  await api("/api/logout", { method: "POST" }).catch(() => {});
  signedIn(null);
  $("panel").replaceChildren(text("p", "Choose an incident on the map.", { class: "hint" }));
  await load();
});

$("apply").addEventListener("click", () => load());
window.addEventListener("hashchange", () => {
  if (location.hash.startsWith("#incident=")) openIncident(decodeURIComponent(location.hash.slice(10)));
});

(async () => {
  const saved = localStorage.getItem("truce-me");
  signedIn(saved ? JSON.parse(saved) : null);
  setupSlider();
  await baseLayer();
  await load();
  if (location.hash.startsWith("#incident=")) await openIncident(decodeURIComponent(location.hash.slice(10)));
})();
